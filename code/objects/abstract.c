/* abstract.c: the protocols every kind of object may take part in:
 * len(), subscripts (get, set, delete), `in`, iteration and calls
 * (CPython's Objects/abstract.c, the PySequence_, PyMapping_, PyIter_ and
 * PyObject_Call parts). Each looks up the slot in the object's type and,
 * when the type has none, raises CPython 3.11's TypeError word for word.
 * The number protocol is in number.c. Last, the checks of a built-in
 * method's arguments (_PyArg_CheckPositional, _PyArg_NoKeywords in
 * CPython's Python/getargs.c).
 */
#include "object.h"

#include "error.h"
#include "int.h"
#include "tuple.h"

intptr_t object_len(Object *op)
{
    if (op->type->len == NULL) {
        error_format(&exc_TypeError, "object of type '%s' has no len()", op->type->name);
        return -1;
    }
    return op->type->len(op);
}

Object *object_getitem(Object *op, Object *key)
{
    if (op->type->getitem == NULL)
        return error_format(&exc_TypeError, "'%s' object is not subscriptable",
                            op->type->name);
    return op->type->getitem(op, key);
}

int object_setitem(Object *op, Object *key, Object *value)
{
    if (op->type->setitem == NULL) {
        error_format(&exc_TypeError, "'%s' object does not support item assignment",
                     op->type->name);
        return -1;
    }
    return op->type->setitem(op, key, value);
}

int object_delitem(Object *op, Object *key)
{
    if (op->type->setitem == NULL) {
        /* CPython words it differently for a sequence's int index
         * (PySequence_DelItem) and for the rest (a slice too); a class
         * has both protocols, so there the key alone decides. */
        bool sequence = is_int(key) && (op->type->flags & TYPE_HEAP || op->type->getitem != NULL);
        const char *fmt = sequence ? "'%s' object doesn't support item deletion"
                                   : "'%s' object does not support item deletion";
        error_format(&exc_TypeError, fmt, op->type->name);
        return -1;
    }
    return op->type->setitem(op, key, NULL);
}

/* `value in container`: the type's own test, else a linear search of
 * its iteration (PySequence_Contains). */
int object_contains(Object *container, Object *value)
{
    if (container->type->contains)
        return container->type->contains(container, value);
    if (container->type->iter == NULL) {
        error_format(&exc_TypeError, "argument of type '%s' is not iterable",
                     container->type->name);
        return -1;
    }
    return iteration_contains(container, value);
}

/* Compare value with each item of the iteration (_PySequence_IterSearch);
 * also `x in o` for a class with `__iter__` but no `__contains__`. */
int iteration_contains(Object *container, Object *value)
{
    Object *iter = object_iter(container);
    if (iter == NULL)
        return -1;
    int found = 0;
    Object *item;
    while (found == 0 && (item = iter_next(iter)) != NULL) {
        found = object_equal(item, value);
        decref(item);
    }
    decref(iter);
    return found == 0 && error_occurred() ? -1 : found;
}

Object *object_iter(Object *op)
{
    if (op->type->iter == NULL)
        return error_format(&exc_TypeError, "'%s' object is not iterable", op->type->name);
    return op->type->iter(op);
}

/* iter(it) is it, for every iterator (CPython's PyObject_SelfIter). */
Object *object_iter_self(Object *self)
{
    return incref(self);
}

Object *iter_next(Object *iter)
{
    if (iter->type->iternext == NULL)
        return error_format(&exc_TypeError, "'%s' object is not an iterator",
                            iter->type->name);
    return iter->type->iternext(iter);
}

Object *object_call(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    if (callable->type->call == NULL)
        return error_format(&exc_TypeError, "'%s' object is not callable",
                            callable->type->name);
    return callable->type->call(callable, args, nargs, kwnames);
}

/* ---- argument checks of built-in methods --------------------------------- */

int args_exact(const char *qualname, size_t nargs, size_t n)
{
    if (nargs == n)
        return 0;
    if (n == 0)
        error_format(&exc_TypeError, "%s() takes no arguments (%zd given)",
                     qualname, (intptr_t)nargs);
    else
        error_format(&exc_TypeError, "%s() takes exactly one argument (%zd given)",
                     qualname, (intptr_t)nargs);
    return -1;
}

int args_range(const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    size_t bound = nargs < min ? min : max;
    const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
    error_format(&exc_TypeError, "%s expected %s%zd argument%s, got %zd", name, how,
                 (intptr_t)bound, bound == 1 ? "" : "s", (intptr_t)nargs);
    return -1;
}

int args_no_kw(const char *qualname, Object *kwnames)
{
    if (kwnames == NULL || TUPLE_SIZE(kwnames) == 0)
        return 0;
    error_format(&exc_TypeError, "%s() takes no keyword arguments", qualname);
    return -1;
}
