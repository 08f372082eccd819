/* list.h: list objects: a growable array of references. */
#ifndef MINIPY_LIST_H
#define MINIPY_LIST_H

#include "object.h"

typedef struct ListObject {
    VarObject base;         /* base.size = number of items */
    Object **items;         /* owned references, capacity slots */
    intptr_t capacity;
} ListObject;

extern Type list_type;

#define LIST_SIZE(op) (((ListObject *)(op))->base.size)
#define LIST_ITEMS(op) (((ListObject *)(op))->items)
/* CPython's PyList_CheckExact: fast paths that read the items directly
 * (a subclass may override how it iterates). */
static inline bool is_list(Object *op) { return op->type == &list_type; }
/* PyList_Check: a list or an instance of a class derived from list
 * (from chapter 8), whose struct starts with a ListObject. */
static inline bool is_list_or_subclass(Object *op)
{
    return is_list(op) || ((op->type->flags & TYPE_HEAP) && type_is_subtype(op->type, &list_type));
}

Object *list_new(intptr_t size);                /* size slots, all NULL: fill with list_set_steal */
void list_set_steal(Object *list, intptr_t i, Object *item);
Object *list_new_steal(Object **items, intptr_t count);   /* the items' references move in */
int list_append(Object *list, Object *item);    /* increfs item */
/* list.append as a built-in method, which the evaluator knows by its
 * address: `items.append(x)` then appends without the call (CPython
 * 3.11's CALL_NO_KW_LIST_APPEND). */
Object *list_append_method(Object *self, Object **args, size_t nargs, Object *kwnames);
Object *list_from_iterable(Object *iterable);   /* list(x) */
/* list += iterable, in place (the list keeps its id, as in CPython). */
int list_extend(Object *list, Object *iterable);
/* For seqslice.c: make room for `size` items (new slots uninitialised;
 * CPython's list_resize), and empty the list, dropping its items last to
 * first (_list_clear; also tp_clear and list.clear()). */
void list_resize(ListObject *list, intptr_t size);
void list_clear(Object *list);

#endif
