/* slots.h: the special methods of classes defined in minipy, as the
 * built-in operations see them (CPython's slot wrappers, the slot_* half
 * of Objects/typeobject.c).
 *
 * The evaluator never asks an instance for `__eq__` or `__len__`: it calls
 * its type's compare or len slot, as it does for a list or an int. When a
 * class statement defines a special method, the class gets a slot that
 * looks the method up on the TYPE (never on the instance) and calls it
 * with the instance in front of the arguments. A class that defines none
 * keeps the slots it inherited, so plain instances pay nothing. */
#ifndef MINIPY_SLOTS_H
#define MINIPY_SLOTS_H

#include "object.h"

/* A new class: `__hash__ = None` in its dict when it defines `__eq__`
 * without `__hash__` (CPython's type_new does the same), then every slot
 * whose special method the class or a parent defines. 0, or -1 with an
 * exception set (a TypeError for a special method minipy does not
 * dispatch, such as `__setattr__`: refused rather than ignored). */
int slots_init_class(Type *type);

/* `C.name = value` for a special method minipy does not dispatch: the
 * same TypeError (-1), else 0. */
int slots_refuse(Type *type, Object *name);

/* `name` was just set on the class (`C.__eq__ = f`): give it and every
 * class already derived from it the slot, as CPython's update_slot does
 * through tp_subclasses (Type.subclasses). */
void slots_update(Type *type, Object *name);

/* The in-place slot of a class that defines `__iadd__`, `__ior__`...:
 * `left op= right` calls the method, and its result (new reference),
 * NULL with an exception set, or NotImplemented (a new reference) when
 * the class has no such method or it declined, after which
 * number_inplace falls back to the binary operator. */
Object *slots_inplace(Object *left, Object *right, int op);

/* pow(base, exp, mod) for a class whose __pow__ takes the modulus: its
 * result, NULL with an exception, or NotImplemented (a new reference)
 * when base's class has no __pow__ of its own making. */
Object *slots_ternary_pow(Object *base, Object *exp, Object *mod);

/* The iterator CPython makes for a class with `__getitem__` but no
 * `__iter__`: items 0, 1, 2 ... until IndexError (or StopIteration). */
extern Type seqiter_type;

#endif
