/* tuple.c: tuple objects (CPython's Objects/tupleobject.c, reduced).
 *
 * Unlike a list, a tuple stores its references inline, right after the
 * header: one allocation, sized once. The empty tuple is a singleton,
 * made the first time tuple_new(0) is called and kept in runtime.empty_tuple
 * until exit (CPython 3.11 keeps it in the interpreter state too).
 */
#include "tuple.h"

#include <stdarg.h>

#include "bool.h"
#include "builtins.h"
#include "error.h"
#include "indexiter.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "gc.h"
#include "dealloc.h"
#include "runtime.h"
#include "slice.h"
#include "str.h"

Object *tuple_new(intptr_t size)
{
    if (size == 0) {
        if (runtime.empty_tuple == NULL) {
            runtime.empty_tuple = object_new(&tuple_type, sizeof(TupleObject));
#if CHAPTER >= CH_THRESHOLDS
            /* It holds nothing: the collector never needs to see it. */
            gc_untrack(runtime.empty_tuple);
#endif
        }
        return incref(runtime.empty_tuple);
    }
#if CHAPTER >= CH_THRESHOLDS
    FreeLists *free = &runtime.free_lists;
    /* Strictly below 20: CPython 3.11's maybe_freelist_pop takes sizes 1
     * to 19 back, although maybe_freelist_push keeps 20-tuples too (they
     * wait there until a full collection). */
    if (size < TUPLE_FREE_SIZES && free->tuple_count[size] > 0) {
        Object *t = free->tuples[size];
        free->tuples[size] = TUPLE_ITEMS(t)[0];
        free->tuple_count[size]--;
        TUPLE_ITEMS(t)[0] = NULL;
        return object_reuse(t, true);
    }
#endif
    TupleObject *t = (TupleObject *)object_new(&tuple_type,
                                                sizeof(TupleObject) + (size_t)size * sizeof(Object *));
    t->base.size = size;
    return (Object *)t;
}

#if CHAPTER >= CH_GENERATIONS
/* A tuple whose items can never be tracked cannot be part of a cycle. An
 * item still NULL (the tuple is being filled) keeps it tracked. */
bool tuple_holds_only_atoms(Object *tuple)
{
    for (intptr_t i = 0; i < TUPLE_SIZE(tuple); i++) {
        Object *item = TUPLE_ITEMS(tuple)[i];
        if (item == NULL || gc_may_be_tracked(item))
            return false;
    }
    return true;
}

/* CPython's _PyTuple_MaybeUntrack. */
void tuple_maybe_untrack(Object *tuple)
{
    if (gc_is_tracked(tuple) && tuple_holds_only_atoms(tuple))
        gc_untrack(tuple);
}
#endif

Object *tuple_pack(size_t n, ...)
{
    Object *t = tuple_new((intptr_t)n);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        TUPLE_ITEMS(t)[i] = incref(va_arg(ap, Object *));
    va_end(ap);
    return t;
}

/* tuple(x): a tuple is returned as it is (it cannot change). */
Object *tuple_from_array(Object **items, intptr_t count)
{
    Object *t = tuple_new(count);
    for (intptr_t i = 0; i < count; i++)
        TUPLE_ITEMS(t)[i] = incref(items[i]);
    return t;
}

/* tuple(x). The items of anything but a list or tuple are gathered in a
 * plain C array first, not in a temporary list, so that the tuple is the
 * only object made: CPython's PySequence_Tuple makes no list either, and a
 * list would show in gc.get_count(). */
Object *tuple_from_iterable(Object *iterable)
{
    if (is_tuple(iterable))
        return incref(iterable);
    if (is_list(iterable))
        return tuple_from_array(LIST_ITEMS(iterable), LIST_SIZE(iterable));
    Object *iter = object_iter(iterable);
    if (iter == NULL)
        return NULL;
    Object **items = NULL;
    size_t count = 0, capacity = 0;
    Object *item;
    while ((item = iter_next(iter)) != NULL) {
        if (count == capacity) {
            size_t grown = capacity ? 2 * capacity : 8;
            items = mem_realloc(items, capacity * sizeof(Object *), grown * sizeof(Object *));
            capacity = grown;
        }
        items[count++] = item;
    }
    decref(iter);
    Object *t = error_occurred() ? NULL : tuple_from_array(items, (intptr_t)count);
    for (size_t i = 0; i < count; i++)
        decref(items[i]);
    mem_free(items, capacity * sizeof(Object *));
    return t;
}

/* ---- life and death ------------------------------------------------------ */

static int tuple_traverse(Object *self, VisitProc visit, void *arg)
{
    for (intptr_t i = TUPLE_SIZE(self) - 1; i >= 0; i--)
        VISIT(TUPLE_ITEMS(self)[i]);
    return 0;
}

#if CHAPTER >= CH_THRESHOLDS
/* A dead tuple of 1 to 20 items waits on the free list of its size,
 * chained through its first item (tuple_dealloc has emptied its slots,
 * as tuple_new expects them). */
static bool tuple_recycle(Object *self)
{
    FreeLists *free = &runtime.free_lists;
    intptr_t size = TUPLE_SIZE(self);
    if (size == 0 || size > TUPLE_FREE_SIZES || free->tuple_count[size] == TUPLE_FREE_MAX)
        return false;
    TUPLE_ITEMS(self)[0] = free->tuples[size];
    free->tuples[size] = self;
    free->tuple_count[size]++;
    return true;
}
#endif

/* Tuples have no tp_clear in CPython either: a cycle through a tuple
 * always passes through a mutable container, whose clear breaks it. */
static void tuple_dealloc(Object *self)
{
#if CHAPTER >= CH_DEL && CHAPTER < CH_THRESHOLDS
    if (!trashcan_begin(self))
        return;
#endif
    /* Each slot emptied as its item goes: a tuple kept for reuse
     * (tuple_recycle) needs no second pass. */
    for (intptr_t i = TUPLE_SIZE(self) - 1; i >= 0; i--)
        CLEAR_SLOT(TUPLE_ITEMS(self)[i]);
#if CHAPTER < CH_THRESHOLDS
    dealloc_end(self);      /* from chapter 6 on, object_dealloc frees */
#endif
}

/* ---- repr, hash, compare ------------------------------------------------- */

/* "()", "(1,)", "(1, 2)". A tuple can contain itself only through a
 * mutable container, but CPython guards it like a list ("(...)"). */
static Object *tuple_repr(Object *self)
{
    intptr_t n = TUPLE_SIZE(self);
    if (n == 0)
        return str_from_cstr("()");
    StrBuilder sb;
    Object *again;
    if (!sb_open_repr(&sb, self, "(", ")", &again))
        return again;
    int status = 0;
    for (intptr_t i = 0; status == 0 && i < n; i++) {
        if (i > 0)
            sb_append_cstr(&sb, ", ");
        status = sb_append_repr(&sb, TUPLE_ITEMS(self)[i]);
    }
    return sb_close_repr(&sb, self, status, n == 1 ? ",)" : ")");
}

/* A tuple nested 175,000 deep would recurse here until the C stack ends
 * (CPython 3.11 crashes so); minipy counts the nesting as a recursion. */
static int64_t tuple_item_hash(Object *item)
{
    if (enter_recursive_call(" while hashing a tuple") < 0)
        return -1;
    int64_t hash = object_hash(item);
    leave_recursive_call();
    return hash;
}

/* CPython 3.11's tuplehash, a variant of xxHash: mix each item's hash
 * into an accumulator with multiplications by large primes and a
 * rotation, so that (1, 2) and (2, 1) hash differently. */
static int64_t tuple_hash(Object *self)
{
    const uint64_t prime1 = 11400714785074694791u, prime2 = 14029467366897019727u,
                   prime5 = 2870177450012600261u;
    uint64_t acc = prime5;
    for (intptr_t i = 0; i < TUPLE_SIZE(self); i++) {
        int64_t lane = tuple_item_hash(TUPLE_ITEMS(self)[i]);
        if (lane == -1)
            return -1;
        acc += (uint64_t)lane * prime2;
        acc = acc << 31 | acc >> 33;
        acc *= prime1;
    }
    acc += (uint64_t)TUPLE_SIZE(self) ^ (prime5 ^ 3527539u);
    return acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
}

/* Lexicographic, as list_compare (tuples cannot change meanwhile). */
static Object *tuple_compare(Object *a, Object *b, CompareOp op)
{
    if (!is_tuple(a) || !is_tuple(b))
        return incref(NotImplemented);
    intptr_t na = TUPLE_SIZE(a), nb = TUPLE_SIZE(b), i = 0;
    if (na != nb && (op == CMP_EQ || op == CMP_NE))
        return bool_from(op == CMP_NE);
    for (; i < na && i < nb; i++) {
        int equal = object_equal(TUPLE_ITEMS(a)[i], TUPLE_ITEMS(b)[i]);
        if (equal < 0)
            return NULL;
        if (!equal)
            break;
    }
    if (i >= na || i >= nb)
        return bool_from(size_compare(na, nb, op));
    if (op == CMP_EQ || op == CMP_NE)
        return bool_from(op == CMP_NE);
    return object_compare(TUPLE_ITEMS(a)[i], TUPLE_ITEMS(b)[i], op);
}

/* ---- the sequence protocol ----------------------------------------------- */

static intptr_t tuple_len(Object *self)
{
    return TUPLE_SIZE(self);
}

static Object *tuple_getitem(Object *self, Object *key)
{
    if (is_slice(key))
        return tuple_getslice(self, key);
    if (!is_int(key))
        return error_format(&exc_TypeError, "tuple indices must be integers or slices, not %s",
                            key->type->name);
    int64_t i = INT_VALUE(key);
    if (i < 0)
        i += TUPLE_SIZE(self);
    if (i < 0 || i >= TUPLE_SIZE(self))
        return error_set_string(&exc_IndexError, "tuple index out of range");
    return incref(TUPLE_ITEMS(self)[i]);
}

/* Index of the first item equal to value in [start, stop), -1 if none,
 * -2 on error. */
static intptr_t tuple_find(Object *self, Object *value, intptr_t start, intptr_t stop)
{
    for (intptr_t i = start; i < stop; i++) {
        int equal = object_equal(TUPLE_ITEMS(self)[i], value);
        if (equal != 0)
            return equal < 0 ? -2 : i;
    }
    return -1;
}

static int tuple_contains(Object *self, Object *value)
{
    intptr_t i = tuple_find(self, value, 0, TUPLE_SIZE(self));
    return i == -2 ? -1 : i >= 0;
}

/* t + u; adding () gives back the other tuple itself, as in CPython. */
static Object *tuple_add(Object *a, Object *b)
{
    if (!is_tuple(a) || !is_tuple(b))
        return incref(NotImplemented);
    intptr_t na = TUPLE_SIZE(a), nb = TUPLE_SIZE(b);
    if (nb == 0)
        return incref(a);
    if (na == 0)
        return incref(b);
    Object *t = tuple_new(na + nb);
    for (intptr_t i = 0; i < na; i++)
        TUPLE_ITEMS(t)[i] = incref(TUPLE_ITEMS(a)[i]);
    for (intptr_t i = 0; i < nb; i++)
        TUPLE_ITEMS(t)[na + i] = incref(TUPLE_ITEMS(b)[i]);
    return t;
}

/* t * n and n * t; t * 1 is t itself. */
static Object *tuple_mul(Object *a, Object *b)
{
    Object *t = is_tuple(a) ? a : b;
    Object *count = t == a ? b : a;
    if (!is_tuple(t) || !is_int(count))
        return incref(NotImplemented);
    int64_t n;
    if (int_to_i64(count, &n) < 0)      /* CPython's index-size check */
        return error_set_string(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    intptr_t size = TUPLE_SIZE(t);
    if (n <= 0 || size == 0)
        return tuple_new(0);
    if (n == 1)
        return incref(t);
    if ((uint64_t)n > (uint64_t)(INTPTR_MAX / (intptr_t)sizeof(Object *)) / (uint64_t)size) {
        error_set_object((Object *)&exc_MemoryError);
        return NULL;
    }
    Object *result = object_try_new(&tuple_type, sizeof(TupleObject)
                                    + (size_t)(size * (intptr_t)n) * sizeof(Object *));
    if (result == NULL)
        return NULL;
    ((TupleObject *)result)->base.size = size * (intptr_t)n;
    for (intptr_t i = 0; i < size * (intptr_t)n; i++)
        TUPLE_ITEMS(result)[i] = incref(TUPLE_ITEMS(t)[i % size]);
    return result;
}

/* ---- iteration ----------------------------------------------------------- */

static Object *tuple_next_item(Object *tuple, intptr_t *index)
{
    return incref(TUPLE_ITEMS(tuple)[(*index)++]);
}

static IndexIterType tuple_iterator_type =
    INDEX_ITER_TYPE("tuple_iterator", tuple_len, tuple_next_item);

static Object *tuple_iter(Object *self)
{
    return index_iter_new(&tuple_iterator_type, self);
}

/* ---- methods ------------------------------------------------------------- */

static intptr_t clamp(int64_t i, intptr_t n)
{
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    return i > n ? n : (intptr_t)i;
}

static Object *tuple_index(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("tuple.index", kwnames) < 0 || args_range("index", nargs, 1, 3) < 0)
        return NULL;
    int64_t bounds[2] = {0, INTPTR_MAX};
    for (size_t k = 1; k < nargs; k++)
        if (int_as_index(args[k], &bounds[k - 1]) < 0)
            return NULL;
    intptr_t n = TUPLE_SIZE(self);
    intptr_t i = tuple_find(self, args[0], clamp(bounds[0], n), clamp(bounds[1], n));
    if (i == -2)
        return NULL;
    if (i < 0)
        return error_set_string(&exc_ValueError, "tuple.index(x): x not in tuple");
    return int_from_i64(i);
}

static Object *tuple_count(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("tuple.count", kwnames) < 0 || args_exact("tuple.count", nargs, 1) < 0)
        return NULL;
    int64_t count = 0;
    for (intptr_t i = 0; i < TUPLE_SIZE(self); i++) {
        int equal = object_equal(TUPLE_ITEMS(self)[i], args[0]);
        if (equal < 0)
            return NULL;
        count += equal;
    }
    return int_from_i64(count);
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_index},
    {"count", tuple_count},
    {NULL, NULL},
};

Type tuple_type = {
    .base = TYPE_HEAD_INIT,
    .name = "tuple",
    .basic_size = sizeof(TupleObject),
    .item_size = sizeof(Object *),
    .parent = &object_type,
    .flags = TYPE_BASETYPE | TYPE_CONTAINER,
    .construct = tuple_construct,
    .dealloc = tuple_dealloc,
#if CHAPTER >= CH_THRESHOLDS
    .recycle = tuple_recycle,
#endif
    .traverse = tuple_traverse,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .compare = tuple_compare,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .add = tuple_add,
    .mul = tuple_mul,
    .methods = tuple_methods,
};
