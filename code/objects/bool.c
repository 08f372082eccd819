/* bool.c: None, True, False and NotImplemented.
 *
 * The four singletons are static objects, like CPython's _Py_NoneStruct
 * and _Py_TrueStruct: they are not in minipy's heap. Their counts start
 * at IMMORTAL_REFCOUNT so that no decref can ever free them, where
 * CPython 3.11 starts them at 1 (a difference appendix A shows).
 * bool is a subclass of int (True + True == 2): True and False are
 * IntObjects whose type is bool, and bool defines only repr and & | ^,
 * which give a bool when both operands are bools: type_ready gives it
 * int's other slots at start-up (CPython's PyType_Ready).
 */
#include "bool.h"

#include <stdint.h>

#include "builtins.h"
#include "error.h"
#include "str.h"
#include "tuple.h"

static Object *bool_repr(Object *self)
{
    return str_from_cstr(INT_VALUE(self) ? "True" : "False");
}

/* True & False is False, True & 1 is 1 (bool_and in boolobject.c). */
static Object *bool_and(Object *a, Object *b)
{
    if (a->type != &bool_type || b->type != &bool_type)
        return int_bit_and(a, b);
    return bool_from(a == True && b == True);
}

static Object *bool_or(Object *a, Object *b)
{
    if (a->type != &bool_type || b->type != &bool_type)
        return int_bit_or(a, b);
    return bool_from(a == True || b == True);
}

static Object *bool_xor(Object *a, Object *b)
{
    if (a->type != &bool_type || b->type != &bool_type)
        return int_bit_xor(a, b);
    return bool_from(a != b);
}

Type bool_type = {
    .base = TYPE_HEAD_INIT,
    .name = "bool",
    .basic_size = INT_BASIC_SIZE,
    .parent = &int_type,
    .construct = bool_construct,
    .repr = bool_repr,
    .bit_and = bool_and,
    .bit_or = bool_or,
    .bit_xor = bool_xor,
    /* every other slot is int's, copied by type_ready at start-up */
};

IntObject true_object = {
    .base = { .base = { .refcount = IMMORTAL_REFCOUNT, .type = &bool_type }, .size = 1 },
    .digits = {1},
};

IntObject false_object = {
    .base = { .base = { .refcount = IMMORTAL_REFCOUNT, .type = &bool_type }, .size = 0 },
};

/* Objects without a value of their own hash by address, as CPython's
 * object.__hash__ does (rotated: the low bits of an address are zeros). */
static int64_t address_hash(Object *self)
{
    uintptr_t p = (uintptr_t)self;
    int64_t hash = (int64_t)((p >> 4) | (p << (8 * sizeof p - 4)));
    return hash == -1 ? -2 : hash;
}

static Object *none_repr(Object *self)
{
    (void)self;
    return str_from_cstr("None");
}

static int none_is_true(Object *self)
{
    (void)self;
    return 0;
}

/* type(None)() is None, the one instance (none_new in CPython's object.c). */
static Object *none_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    (void)args;
    if (nargs > 0 || (kwnames != NULL && TUPLE_SIZE(kwnames) > 0))
        return error_format(&exc_TypeError, "NoneType takes no arguments");
    return incref(None);
}

Type none_type = {
    .base = TYPE_HEAD_INIT,
    .name = "NoneType",
    .basic_size = sizeof(Object),
    .parent = &object_type,
    .repr = none_repr,
    .hash = address_hash,
    .is_true = none_is_true,
    .construct = none_construct,
};

Object none_object = { .refcount = IMMORTAL_REFCOUNT, .type = &none_type };

static Object *notimplemented_repr(Object *self)
{
    (void)self;
    return str_from_cstr("NotImplemented");
}

Type notimplemented_type = {
    .base = TYPE_HEAD_INIT,
    .name = "NotImplementedType",
    .basic_size = sizeof(Object),
    .parent = &object_type,
    .repr = notimplemented_repr,
    .hash = address_hash,
};

Object notimplemented_object = { .refcount = IMMORTAL_REFCOUNT, .type = &notimplemented_type };
