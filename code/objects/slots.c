/* slots.c: what each built-in operation calls for an instance of a class
 * defined in minipy (CPython's slot_tp_*, slot_nb_*, slot_sq_* and
 * slot_mp_* functions and fixup_slot_dispatchers, Objects/typeobject.c).
 *
 * `a == b` calls a's type's compare slot. For a class with `__eq__`, that
 * slot is slot_compare below: it looks `__eq__` up on the type, as every
 * special method is looked up (an instance attribute called `__eq__`
 * changes nothing), and calls it with the instance first. When the method
 * is missing after all (deleted from the class later), a slot does what
 * the class's built-in base does, or raises the TypeError CPython raises.
 *
 * Reference counts: the method is held for the call; the operands stay
 * borrowed from the caller (the evaluator's stack holds them, as CPython's
 * value stack does) and the call copies them into the method's locals, so
 * that sys.getrefcount(self) inside `__eq__` prints what CPython prints.
 */
#include "slots.h"

#include <string.h>

#include "bool.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "function.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "typecache.h"

/* ---- looking up and calling a special method ----------------------------- */

/* Call `method` (held by the caller) for `self`: a function binds self
 * as its first argument; anything else is called as it is (an attribute
 * that is not a descriptor). */
static Object *call_bound(Object *method, Object *self, Object **args, size_t nargs,
                          Object *kwnames)
{
    if (is_function(method))
        return call_with_self(method, self, args, nargs, kwnames);
    return object_call(method, args, nargs, kwnames);
}

/* self's special method `name`, looked up on its type and called with
 * the borrowed arguments: a new reference, or NULL with an exception.
 * *found is false (and nothing is called) when the type has no `name`. */
static Object *call_special(Object *self, const char *name, Object **args, size_t nargs,
                            bool *found)
{
    Object *method = type_lookup_cstr(self->type, name);
    *found = method != NULL;
    if (method == NULL)
        return NULL;
    /* Borrowed from the class dict: the call may change the class. */
    incref(method);
    Object *result = call_bound(method, self, args, nargs, NULL);
    decref(method);
    return result;
}

/* call_special for binary operators and comparisons (CPython's
 * vectorcall_maybe): NotImplemented when there is no such method. */
static Object *call_maybe(Object *self, const char *name, Object *other)
{
    bool found;
    Object *result = call_special(self, name, &other, 1, &found);
    return found ? result : incref(NotImplemented);
}

static Type *base_of(Object *self)
{
    return type_builtin_base(self->type);
}

/* ---- repr, str, hash ------------------------------------------------------ */

static Object *slot_repr(Object *self)
{
    bool found;
    Object *result = call_special(self, "__repr__", NULL, 0, &found);
    return found ? result : base_of(self)->repr(self);
}

static Object *slot_str(Object *self)
{
    bool found;
    Object *result = call_special(self, "__str__", NULL, 0, &found);
    if (found)
        return result;
    /* object.__str__ calls the repr slot itself: a bad result is then
     * reported as __str__'s, as in CPython. */
    UnaryFn str = base_of(self)->str;
    return str ? str(self) : self->type->repr(self);
}

/* An int returned by `__hash__` is the hash when it fits in 64 bits (so
 * that a class returning hash(self.key) hashes like its key), else that
 * int's hash; -1 is kept for errors (CPython's slot_tp_hash). */
static int64_t slot_hash(Object *self)
{
    bool found;
    Object *result = call_special(self, "__hash__", NULL, 0, &found);
    if (!found) {
        HashFn hash = base_of(self)->hash;
        if (hash == NULL)
            error_format(&exc_TypeError, "unhashable type: '%T'", self);
        return hash ? hash(self) : -1;
    }
    if (result == NULL)
        return -1;
    int64_t hash = -1;
    if (is_int(result)) {
        if (int_to_i64(result, &hash) < 0)
            hash = object_hash(result);
        hash = hash == -1 ? -2 : hash;
    } else
        error_set_string(&exc_TypeError, "__hash__ method should return an integer");
    decref(result);
    return hash;
}

/* ---- comparisons ------------------------------------------------------------ */

static const char *const compare_method[] = {
    [CMP_LT] = "__lt__", [CMP_LE] = "__le__", [CMP_EQ] = "__eq__",
    [CMP_NE] = "__ne__", [CMP_GT] = "__gt__", [CMP_GE] = "__ge__",
};

/* `!=` without `__ne__`: object.__ne__ asks `__eq__` and inverts its
 * answer, unless that is NotImplemented. In CPython object.__ne__ is a
 * slot wrapper, called with a tuple (self, other) that it slices to
 * (other,) before it calls `__eq__`: those tuples hold one more reference
 * to self and two more to other, which sys.getrefcount inside `__eq__`
 * shows. They are held here for the same span. */
static Object *inverted_eq(Object *self, Object *other)
{
    incref(self);
    incref(incref(other));
    Object *equal = call_maybe(self, "__eq__", other);
    decref(other);
    decref(other);
    decref(self);
    if (equal == NULL || equal == NotImplemented)
        return equal;
    int truth = object_is_true(equal);
    decref(equal);
    return truth < 0 ? NULL : bool_from(!truth);
}

/* Returns the method's result as it is (NotImplemented included):
 * object_compare tries the reflected operation and the identity
 * fallback, as CPython's do_richcompare does. */
static Object *slot_compare(Object *self, Object *other, CompareOp op)
{
    bool found;
    Object *result = call_special(self, compare_method[op], &other, 1, &found);
    if (found)
        return result;
    Type *base = base_of(self);
    if (op == CMP_NE && base == &object_type && type_lookup_cstr(self->type, "__eq__"))
        return inverted_eq(self, other);
    return base->compare ? base->compare(self, other, op) : incref(NotImplemented);
}

/* ---- truth and length ------------------------------------------------------- */

/* `__len__`'s result as a length: CPython's checks, in its order. */
static intptr_t length_from(Object *result)
{
    int64_t n = -1;
    if (!is_int(result))
        error_format(&exc_TypeError, "'%T' object cannot be interpreted as an integer", result);
    else if (int_is_negative(result))
        error_set_string(&exc_ValueError, "__len__() should return >= 0");
    else if (int_to_i64(result, &n) < 0 || n > INTPTR_MAX) {
        error_set_string(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        n = -1;
    }
    decref(result);
    return (intptr_t)n;
}

static intptr_t slot_len(Object *self)
{
    bool found;
    Object *result = call_special(self, "__len__", NULL, 0, &found);
    if (found)
        return result ? length_from(result) : -1;
    LenFn len = base_of(self)->len;
    if (len == NULL)
        error_format(&exc_TypeError, "object of type '%T' has no len()", self);
    return len ? len(self) : -1;
}

/* `if x:`: `__bool__`, else `__len__` (nonzero is true), else true. */
static int slot_is_true(Object *self)
{
    bool found;
    Object *result = call_special(self, "__bool__", NULL, 0, &found);
    if (!found) {
        if (type_lookup_cstr(self->type, "__len__") != NULL) {
            intptr_t n = slot_len(self);
            return n < 0 ? -1 : n > 0;
        }
        Type *base = base_of(self);
        return base->is_true ? base->is_true(self) : 1;
    }
    if (result == NULL)
        return -1;
    int truth = result == True;
    if (result != True && result != False) {
        error_format(&exc_TypeError, "__bool__ should return bool, returned %T", result);
        truth = -1;
    }
    decref(result);
    return truth;
}

/* ---- items ------------------------------------------------------------------ */

static Object *slot_getitem(Object *self, Object *key)
{
    bool found;
    Object *result = call_special(self, "__getitem__", &key, 1, &found);
    if (found)
        return result;
    BinaryFn getitem = base_of(self)->getitem;
    if (getitem == NULL)
        return error_format(&exc_TypeError, "'%T' object is not subscriptable", self);
    return getitem(self, key);
}

/* `o[k] = v` calls `__setitem__`, `del o[k]` (value NULL) `__delitem__`. */
static int slot_setitem(Object *self, Object *key, Object *value)
{
    bool found;
    Object *args[2] = {key, value};
    Object *result = value ? call_special(self, "__setitem__", args, 2, &found)
                           : call_special(self, "__delitem__", args, 1, &found);
    if (found) {
        xdecref(result);
        return result ? 0 : -1;
    }
    SetItemFn setitem = base_of(self)->setitem;
    if (setitem != NULL)
        return setitem(self, key, value);
    if (value != NULL)
        error_format(&exc_TypeError, "'%T' object does not support item assignment", self);
    else
        error_format(&exc_TypeError, is_int(key) ? "'%T' object doesn't support item deletion"
                                                 : "'%T' object does not support item deletion",
                     self);
    return -1;
}

static int slot_contains(Object *self, Object *value)
{
    bool found;
    Object *result = call_special(self, "__contains__", &value, 1, &found);
    if (!found) {
        ContainsFn contains = base_of(self)->contains;
        return contains ? contains(self, value) : iteration_contains(self, value);
    }
    if (result == NULL)
        return -1;
    int truth = object_is_true(result);
    decref(result);
    return truth;
}

/* ---- iteration -------------------------------------------------------------- */

typedef struct SeqIterObject {
    Object base;
    Object *seq;            /* NULL once exhausted */
    intptr_t index;
} SeqIterObject;

static Object *seqiter_new(Object *seq)
{
    SeqIterObject *it = (SeqIterObject *)object_new(&seqiter_type, sizeof(SeqIterObject));
    it->seq = incref(seq);
    it->index = 0;
    return (Object *)it;
}

static Object *seqiter_next(Object *self)
{
    SeqIterObject *it = (SeqIterObject *)self;
    if (it->seq == NULL)
        return NULL;
    Object *index = int_from_i64(it->index);
    Object *item = index ? object_getitem(it->seq, index) : NULL;
    xdecref(index);
    if (item != NULL) {
        it->index++;
        return item;
    }
    if (error_matches(&exc_IndexError) || error_matches(&exc_StopIteration)) {
        error_clear();
        CLEAR_SLOT(it->seq);
    }
    return NULL;
}

static int seqiter_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((SeqIterObject *)self)->seq);
    return 0;
}

static void seqiter_clear(Object *self)
{
    CLEAR_SLOT(((SeqIterObject *)self)->seq);
}

Type seqiter_type = {
    .base = TYPE_HEAD_INIT,
    .name = "iterator",
    .basic_size = sizeof(SeqIterObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = seqiter_traverse,
    .clear = seqiter_clear,
    .iter = object_iter_self,
    .iternext = seqiter_next,
};

static Object *slot_iter(Object *self)
{
    bool found;
    Object *result = call_special(self, "__iter__", NULL, 0, &found);
    if (found) {
        if (result != NULL && result->type->iternext == NULL) {
            error_format(&exc_TypeError, "iter() returned non-iterator of type '%T'", result);
            CLEAR_SLOT(result);
        }
        return result;
    }
    if (type_lookup_cstr(self->type, "__getitem__") != NULL)
        return seqiter_new(self);
    UnaryFn iter = base_of(self)->iter;
    if (iter == NULL)
        return error_format(&exc_TypeError, "'%T' object is not iterable", self);
    return iter(self);
}

/* StopIteration from `__next__` ends the iteration: NULL without an
 * exception, what every iternext slot returns when it is exhausted. */
static Object *slot_iternext(Object *self)
{
    bool found;
    Object *result = call_special(self, "__next__", NULL, 0, &found);
    if (found) {
        if (result == NULL && error_matches(&exc_StopIteration))
            error_clear();
        return result;
    }
    UnaryFn iternext = base_of(self)->iternext;
    if (iternext == NULL)
        return error_format(&exc_TypeError, "'%T' object is not an iterator", self);
    return iternext(self);
}

/* ---- calls and attributes --------------------------------------------------- */

/* CPython calls an instance through tp_call, with a tuple of the
 * positional arguments and a dict of the keyword ones: each argument has
 * one more reference while `__call__` runs, as here. */
static Object *slot_call(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    Object *method = type_lookup_cstr(self->type, "__call__");
    if (method == NULL) {
        CallFn call = base_of(self)->call;
        if (call == NULL)
            return error_format(&exc_TypeError, "'%T' object is not callable", self);
        return call(self, args, nargs, kwnames);
    }
    size_t total = nargs + (kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0);
    incref(method);
    for (size_t i = 0; i < total; i++)
        incref(args[i]);
    Object *result = call_bound(method, self, args, nargs, kwnames);
    for (size_t i = 0; i < total; i++)
        decref(args[i]);
    decref(method);
    return result;
}

/* `__getattr__` runs only when the normal lookup raised AttributeError
 * (CPython's slot_tp_getattr_hook). */
static Object *slot_getattr(Object *self, Object *name)
{
    GetAttrFn getattr = base_of(self)->getattr;
    Object *value = getattr ? getattr(self, name) : generic_getattr(self, name);
    if (value != NULL || !error_matches(&exc_AttributeError))
        return value;
    Object *hook = type_lookup_cstr(self->type, "__getattr__");
    if (hook == NULL)
        return NULL;
    error_clear();
    incref(hook);
    value = call_bound(hook, self, &name, 1, NULL);
    decref(hook);
    return value;
}

/* ---- numbers ---------------------------------------------------------------- */

typedef struct NumberMethod {
    int op;                 /* number_binary's operator */
    const char *name, *reflected, *inplace;
} NumberMethod;

static const NumberMethod number_methods[] = {
    {'+', "__add__", "__radd__", "__iadd__"},
    {'-', "__sub__", "__rsub__", "__isub__"},
    {'*', "__mul__", "__rmul__", "__imul__"},
    {'/', "__truediv__", "__rtruediv__", "__itruediv__"},
    {'f', "__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {'%', "__mod__", "__rmod__", "__imod__"},
    {'p', "__pow__", "__rpow__", "__ipow__"},
    {'l', "__lshift__", "__rlshift__", "__ilshift__"},
    {'r', "__rshift__", "__rrshift__", "__irshift__"},
    {'&', "__and__", "__rand__", "__iand__"},
    {'|', "__or__", "__ror__", "__ior__"},
    {'^', "__xor__", "__rxor__", "__ixor__"},
};

#define NUMBER_METHOD_COUNT (sizeof number_methods / sizeof number_methods[0])

static const NumberMethod *number_method(int op)
{
    for (size_t i = 0; i < NUMBER_METHOD_COUNT; i++)
        if (number_methods[i].op == op)
            return &number_methods[i];
    return NULL;
}

static BinaryFn *number_slot(Type *type, int op)
{
    switch (op) {
    case '+': return &type->add;
    case '-': return &type->sub;
    case '*': return &type->mul;
    case '/': return &type->truediv;
    case 'f': return &type->floordiv;
    case '%': return &type->mod;
    case 'p': return &type->pow;
    case 'l': return &type->lshift;
    case 'r': return &type->rshift;
    case '&': return &type->bit_and;
    case '|': return &type->bit_or;
    default:  return &type->bit_xor;
    }
}

/* Does `other`'s type define the reflected method differently from
 * `self`'s? Only then is it worth calling first (CPython's
 * method_is_overloaded). */
static bool reflected_overridden(Object *self, Object *other, const char *reflected)
{
    Object *mine = type_lookup_cstr(self->type, reflected);
    Object *theirs = type_lookup_cstr(other->type, reflected);
    return theirs != NULL && theirs != mine;
}

/* One binary slot serves both sides, as CPython's SLOT1BINFULL: `a + b`
 * asks a's `__add__`, then b's `__radd__`; b's goes first when b's class
 * derives from a's and overrides it. */
static Object *binary_special(Object *a, Object *b, int op, BinaryFn wrapper)
{
    const NumberMethod *m = number_method(op);
    bool do_other = a->type != b->type && *number_slot(b->type, op) == wrapper;
    if (*number_slot(a->type, op) == wrapper) {
        if (do_other && type_is_subtype(b->type, a->type)
            && reflected_overridden(a, b, m->reflected)) {
            Object *result = call_maybe(b, m->reflected, a);
            if (result != NotImplemented)
                return result;
            decref(result);
            do_other = false;
        }
        Object *result = call_maybe(a, m->name, b);
        if (result != NotImplemented || a->type == b->type)
            return result;
        decref(result);
    }
    return do_other ? call_maybe(b, m->reflected, a) : incref(NotImplemented);
}

#define BINARY_WRAPPER(fn, op) \
    static Object *fn(Object *a, Object *b) { return binary_special(a, b, op, fn); }

BINARY_WRAPPER(slot_add, '+')
BINARY_WRAPPER(slot_sub, '-')
BINARY_WRAPPER(slot_mul, '*')
BINARY_WRAPPER(slot_truediv, '/')
BINARY_WRAPPER(slot_floordiv, 'f')
BINARY_WRAPPER(slot_mod, '%')
BINARY_WRAPPER(slot_pow, 'p')
BINARY_WRAPPER(slot_lshift, 'l')
BINARY_WRAPPER(slot_rshift, 'r')
BINARY_WRAPPER(slot_and, '&')
BINARY_WRAPPER(slot_or, '|')
BINARY_WRAPPER(slot_xor, '^')

/* pow(base, exp, mod) with a modulus asks only base's __pow__, with two
 * arguments (CPython's slot_nb_power: three-argument power never uses
 * __rpow__). NotImplemented when base's class does not define it. */
Object *slots_ternary_pow(Object *base, Object *exp, Object *mod)
{
    if (base->type->pow != slot_pow)
        return incref(NotImplemented);
    Object *args[2] = {exp, mod};
    bool found;
    Object *result = call_special(base, "__pow__", args, 2, &found);
    return found ? result : incref(NotImplemented);
}

static BinaryFn binary_wrapper(int op)
{
    switch (op) {
    case '+': return slot_add;
    case '-': return slot_sub;
    case '*': return slot_mul;
    case '/': return slot_truediv;
    case 'f': return slot_floordiv;
    case '%': return slot_mod;
    case 'p': return slot_pow;
    case 'l': return slot_lshift;
    case 'r': return slot_rshift;
    case '&': return slot_and;
    case '|': return slot_or;
    default:  return slot_xor;
    }
}

Object *slots_inplace(Object *left, Object *right, int op)
{
    const NumberMethod *m = number_method(op);
    if (m == NULL || !(left->type->flags & TYPE_HEAP))
        return incref(NotImplemented);
    return call_maybe(left, m->inplace, right);
}

/* A unary special method, or the TypeError of an operand without one. */
static Object *unary_special(Object *self, const char *name, const char *what)
{
    bool found;
    Object *result = call_special(self, name, NULL, 0, &found);
    if (!found)
        error_format(&exc_TypeError, "bad operand type for %s: '%T'", what, self);
    return result;
}

static Object *slot_neg(Object *self) { return unary_special(self, "__neg__", "unary -"); }
static Object *slot_pos(Object *self) { return unary_special(self, "__pos__", "unary +"); }
static Object *slot_abs(Object *self) { return unary_special(self, "__abs__", "abs()"); }
static Object *slot_invert(Object *self) { return unary_special(self, "__invert__", "unary ~"); }

/* ---- giving a class its slots ----------------------------------------------- */

static bool has_method(Type *type, const char *name)
{
    return type_lookup_cstr(type, name) != NULL;
}

/* The hash slot: none when `__hash__` is None (an unhashable class). */
static void fix_hash_slot(Type *type)
{
    Object *hash = type_lookup_cstr(type, "__hash__");
    if (hash == None)
        type->hash = NULL;
    else if (hash != NULL)
        type->hash = slot_hash;
}

/* Every slot whose special method `type` (or a parent) defines. */
static void fix_slots(Type *type)
{
    /* Like the slots, the flag stays once set; object_has_finalizer
     * looks __del__ up only for the classes that have it. */
    if (has_method(type, "__del__")) type->flags |= TYPE_HAS_DEL;
    if (has_method(type, "__repr__")) type->repr = slot_repr;
    if (has_method(type, "__str__") || has_method(type, "__repr__"))
        type->str = slot_str;
    fix_hash_slot(type);
    for (size_t op = 0; op < sizeof compare_method / sizeof compare_method[0]; op++)
        if (has_method(type, compare_method[op]))
            type->compare = slot_compare;
    if (has_method(type, "__bool__")) type->is_true = slot_is_true;
    if (has_method(type, "__len__")) type->len = slot_len;
    if (has_method(type, "__getitem__")) type->getitem = slot_getitem;
    if (has_method(type, "__setitem__") || has_method(type, "__delitem__"))
        type->setitem = slot_setitem;
    if (has_method(type, "__contains__")) type->contains = slot_contains;
    if (has_method(type, "__iter__") || has_method(type, "__getitem__"))
        type->iter = slot_iter;
    if (has_method(type, "__next__")) type->iternext = slot_iternext;
    if (has_method(type, "__call__")) type->call = slot_call;
    if (has_method(type, "__getattr__")) type->getattr = slot_getattr;
    if (has_method(type, "__neg__")) type->neg = slot_neg;
    if (has_method(type, "__pos__")) type->pos = slot_pos;
    if (has_method(type, "__abs__")) type->absolute = slot_abs;
    if (has_method(type, "__invert__")) type->invert = slot_invert;
    for (size_t i = 0; i < NUMBER_METHOD_COUNT; i++) {
        const NumberMethod *m = &number_methods[i];
        if (has_method(type, m->name) || has_method(type, m->reflected))
            *number_slot(type, m->op) = binary_wrapper(m->op);
        if (has_method(type, m->inplace))
            type->inplace = slots_inplace;
    }
}

/* Special methods minipy does not dispatch. A class defining one would
 * run, but wrongly (setattr ignoring `__setattr__`, a class attribute
 * ignoring `__get__`): the class statement refuses it instead.
 * (`__format__` and `__reversed__` are looked up where they are used:
 * strformat.c, bltiniter.c.) */
static const char *const undispatched[] = {
    "__setattr__", "__delattr__", "__getattribute__", "__new__",
    "__get__", "__set__", "__delete__", "__set_name__", "__init_subclass__",
    "__sizeof__", "__class_getitem__", NULL,
};

static int refuse_defined(Type *type, const char *name)
{
    error_format(&exc_TypeError, "class '%s' defines %s, which minipy does not support",
                 type->name, name);
    return -1;
}

/* `__slots__` too, in the class statement only (set later it is a plain
 * class attribute, for CPython as well): its instances would silently
 * take any attribute, and the site caches assume none is a descriptor. */
static int refuse_undispatched(Type *type)
{
    if (dict_get_item_cstr(type->dict, "__slots__") != NULL)
        return refuse_defined(type, "__slots__");
    for (const char *const *name = undispatched; *name != NULL; name++)
        if (dict_get_item_cstr(type->dict, *name) != NULL)
            return refuse_defined(type, *name);
    return 0;
}

/* The same refusal for `C.name = value` after the class statement. */
int slots_refuse(Type *type, Object *name)
{
    for (const char *const *special = undispatched; *special != NULL; special++) {
        if (str_equal_cstr(name, *special)) {
            error_format(&exc_TypeError, "class '%s' cannot take %s, which minipy does not "
                         "support", type->name, *special);
            return -1;
        }
    }
    return 0;
}

int slots_init_class(Type *type)
{
    Object *dict = type->dict;
    if (refuse_undispatched(type) < 0)
        return -1;
    if (dict_get_item_cstr(dict, "__eq__") != NULL && dict_get_item_cstr(dict, "__hash__") == NULL
        && dict_set_item_cstr(dict, "__hash__", None) < 0)
        return -1;
    type_modified(type);            /* in case a lookup came before the write */
    fix_slots(type);
    return 0;
}

/* The class and, as CPython's update_slot does through tp_subclasses,
 * every class derived from it that exists already. */
static void fix_slots_down(Type *type)
{
    fix_slots(type);
    for (intptr_t i = 0; i < type->subclass_count; i++)
        fix_slots_down(type->subclasses[i]);
}

void slots_update(Type *type, Object *name)
{
    const char *text = STR_DATA(name);
    size_t size = (size_t)STR_SIZE(name);
    if (size > 4 && strncmp(text, "__", 2) == 0 && strcmp(text + size - 2, "__") == 0)
        fix_slots_down(type);
}
