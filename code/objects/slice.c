/* slice.c: slice objects (CPython's Objects/sliceobject.c).
 *
 * `a[1:n]` builds a slice(1, n, None) and passes it to a's subscript, as
 * CPython 3.11's BUILD_SLICE does; `slice(...)` builds one by hand. A slice
 * may hold any objects, so it is a container the collector tracks (as in
 * CPython 3.11: gc.is_tracked(slice(1)) is True). From chapter 6 on, one
 * dead slice is kept for the next subscript, CPython's slice_cache: slicing
 * in a loop allocates nothing.
 */
#include "slice.h"

#include "bool.h"
#include "error.h"
#include "int.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

#define SLICE(op) ((SliceObject *)(op))

Object *slice_new(Object *start, Object *stop, Object *step)
{
    SliceObject *slice;
#if CHAPTER >= CH_THRESHOLDS
    Object **cache = &runtime.free_lists.slice;
    if (*cache != NULL) {
        slice = (SliceObject *)object_reuse(*cache, true);
        *cache = NULL;
    } else {
        slice = (SliceObject *)object_new(&slice_type, sizeof(SliceObject));
    }
#else
    slice = (SliceObject *)object_new(&slice_type, sizeof(SliceObject));
#endif
    slice->start = incref(start ? start : None);
    slice->stop = incref(stop ? stop : None);
    slice->step = incref(step ? step : None);
    return (Object *)slice;
}

/* ---- what the bounds mean ------------------------------------------------- */

/* A bound as an int64, clamped (_PyEval_SliceIndex). The hook for
 * __index__ of user classes would go here; today ints (and bools) only. */
static int bound_value(Object *bound, int64_t *out)
{
    if (!is_int(bound)) {
        error_set_string(&exc_TypeError,
                         "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    *out = int_value_clamped(bound);
    return 0;
}

int slice_unpack(Object *op, int64_t *start, int64_t *stop, int64_t *step)
{
    SliceObject *slice = SLICE(op);
    *step = 1;
    if (slice->step != None) {
        if (bound_value(slice->step, step) < 0)
            return -1;
        if (*step == 0) {
            error_set_string(&exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX)
            *step = -INT64_MAX;     /* so that -step cannot overflow */
    }
    if (slice->start == None)
        *start = *step < 0 ? INT64_MAX : 0;
    else if (bound_value(slice->start, start) < 0)
        return -1;
    if (slice->stop == None)
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (bound_value(slice->stop, stop) < 0)
        return -1;
    return 0;
}

/* One bound fitted to [0, length], or to [-1, length - 1] going backwards. */
static int64_t adjust_bound(int64_t bound, int64_t length, int64_t step)
{
    if (bound < 0) {
        bound += length;
        if (bound < 0)
            bound = step < 0 ? -1 : 0;
    } else if (bound >= length) {
        bound = step < 0 ? length - 1 : length;
    }
    return bound;
}

int64_t slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step)
{
    *start = adjust_bound(*start, length, step);
    *stop = adjust_bound(*stop, length, step);
    if (step < 0)
        return *stop < *start ? (*start - *stop - 1) / -step + 1 : 0;
    return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

/* ---- slice.indices(length) ------------------------------------------------ */

/* One bound of indices(): clamped into [lower, upper] (_PySlice_GetLongIndices). */
static int indices_bound(Object *bound, int64_t length, int64_t lower, int64_t upper,
                         int64_t *out)
{
    if (bound_value(bound, out) < 0)
        return -1;
    if (*out < 0) {
        *out += length;
        if (*out < lower)
            *out = lower;
    } else if (*out > upper) {
        *out = upper;
    }
    return 0;
}

/* The step as indices() returns it: the step's own value, exact even past
 * 64 bits (a bool becomes an int, as PyNumber_Index makes it). */
static Object *indices_step(Object *step, int64_t *sign)
{
    if (step == None) {
        *sign = 1;
        return int_from_i64(1);
    }
    if (!is_int(step))
        return error_set_string(&exc_TypeError,
                                "slice indices must be integers or None or have an __index__ method");
    int64_t value = int_value_clamped(step);
    if (value == 0)
        return error_set_string(&exc_ValueError, "slice step cannot be zero");
    *sign = value < 0 ? -1 : 1;
    int64_t exact;
    if (int_to_i64(step, &exact) == 0)
        return int_from_i64(exact);
    return incref(step);            /* a big int is never a bool */
}

static Object *slice_indices(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    int64_t length;
    if (args_no_kw("slice.indices", kwnames) < 0 || args_exact("slice.indices", nargs, 1) < 0
        || int_as_index(args[0], &length) < 0)
        return NULL;
    if (length < 0)
        return error_set_string(&exc_ValueError, "length should not be negative");
    SliceObject *slice = SLICE(self);
    int64_t sign = 1;
    Object *step = indices_step(slice->step, &sign);
    if (step == NULL)
        return NULL;
    int64_t lower = sign < 0 ? -1 : 0, upper = sign < 0 ? length - 1 : length;
    int64_t start = sign < 0 ? upper : lower, stop = sign < 0 ? lower : upper;
    if ((slice->start != None && indices_bound(slice->start, length, lower, upper, &start) < 0)
        || (slice->stop != None && indices_bound(slice->stop, length, lower, upper, &stop) < 0)) {
        decref(step);
        return NULL;
    }
    Object *first = int_from_i64(start), *last = int_from_i64(stop);
    Object *result = tuple_pack(3, first, last, step);
    decref(first);
    decref(last);
    decref(step);
    return result;
}

/* ---- the type --------------------------------------------------------------- */

static Object *slice_repr(Object *self)
{
    SliceObject *slice = SLICE(self);
    return str_format("slice(%R, %R, %R)", slice->start, slice->stop, slice->step);
}

/* Slices compare as the tuples (start, stop, step) (slice_richcompare). */
static Object *slice_compare(Object *a, Object *b, CompareOp op)
{
    if (!is_slice(a) || !is_slice(b))
        return incref(NotImplemented);
    if (a == b && (op == CMP_EQ || op == CMP_NE))
        return bool_from(op == CMP_EQ);
    Object *x = tuple_pack(3, SLICE(a)->start, SLICE(a)->stop, SLICE(a)->step);
    Object *y = tuple_pack(3, SLICE(b)->start, SLICE(b)->stop, SLICE(b)->step);
    Object *result = object_compare(x, y, op);
    decref(x);
    decref(y);
    return result;
}

/* start, stop, step: read-only members. */
static Object *slice_getattr(Object *self, Object *name)
{
    SliceObject *slice = SLICE(self);
    if (str_equal_cstr(name, "start"))
        return incref(slice->start);
    if (str_equal_cstr(name, "stop"))
        return incref(slice->stop);
    if (str_equal_cstr(name, "step"))
        return incref(slice->step);
    return generic_getattr(self, name);
}

static int slice_setattr(Object *self, Object *name, Object *value)
{
    if (str_equal_cstr(name, "start") || str_equal_cstr(name, "stop")
        || str_equal_cstr(name, "step")) {
        error_set_string(&exc_AttributeError, "readonly attribute");
        return -1;
    }
    return generic_setattr(self, name, value);
}

/* slice(stop), slice(start, stop[, step]). */
static Object *slice_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    if (args_no_kw("slice", kwnames) < 0 || args_range("slice", nargs, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return slice_new(NULL, args[0], NULL);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static int slice_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(SLICE(self)->start);
    VISIT(SLICE(self)->stop);
    VISIT(SLICE(self)->step);
    return 0;
}

/* No clear slot, as in CPython: a cycle through a slice also runs
 * through a container, whose clear breaks it. */
static void slice_dealloc(Object *self)
{
    SliceObject *slice = SLICE(self);
    CLEAR_SLOT(slice->step);
    CLEAR_SLOT(slice->start);
    CLEAR_SLOT(slice->stop);
#if CHAPTER < CH_THRESHOLDS
    object_free(self);
#endif
}

#if CHAPTER >= CH_THRESHOLDS
/* A dead slice waits for the next subscript, if none waits already. */
static bool slice_recycle(Object *self)
{
    if (runtime.free_lists.slice != NULL)
        return false;
    runtime.free_lists.slice = self;
    return true;
}
#endif

static const MethodDef slice_methods[] = {
    {"indices", slice_indices},
    {NULL, NULL},
};

/* No hash slot: slices are unhashable in 3.11 (hashable from 3.12). */
Type slice_type = {
    .base = TYPE_HEAD_INIT,
    .name = "slice",
    .basic_size = sizeof(SliceObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
#if CHAPTER >= CH_THRESHOLDS
    .recycle = slice_recycle,
#endif
    .repr = slice_repr,
    .compare = slice_compare,
    .construct = slice_construct,
    .getattr = slice_getattr,
    .setattr = slice_setattr,
    .methods = slice_methods,
};
