/* range.c: range objects and their iterator (CPython's
 * Objects/rangeobject.c). A range stores three numbers, never its items:
 * range(10**9) is as small as range(3). */
#include "range.h"

#include <stdio.h>

#include "bool.h"
#include "builtins.h"
#include "error.h"
#include "int.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

typedef struct RangeObject {
    Object base;
    int64_t start, stop, step;
    uint64_t length;        /* can exceed INT64_MAX: range(-2**63, 2**63-1) */
} RangeObject;

typedef struct RangeIterObject {
    Object base;
    int64_t next, step;
    uint64_t remaining;
} RangeIterObject;

#define RANGE(op) ((RangeObject *)(op))

/* How many values start, start+step, ... lie before stop. Computed in
 * unsigned arithmetic, where stop - start cannot overflow. */
static uint64_t range_length(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0 && start < stop)
        return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop)
        return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

Object *range_new(int64_t start, int64_t stop, int64_t step)
{
    if (step == 0)
        return error_set_string(&exc_ValueError, "range() arg 3 must not be zero");
    RangeObject *r = (RangeObject *)object_new(&range_type, sizeof(RangeObject));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = range_length(start, stop, step);
    return (Object *)r;
}

/* The i-th value (i < length): it lies between start and stop, so the
 * wrapping unsigned computation gives the right int64. */
static int64_t range_item(RangeObject *r, uint64_t i)
{
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

static Object *range_repr(Object *self)
{
    RangeObject *r = RANGE(self);
    if (r->step == 1)
        return str_format("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_format("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                      (long long)r->step);
}

static intptr_t range_len(Object *self)
{
    if (RANGE(self)->length > (uint64_t)INTPTR_MAX) {
        error_set_string(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)RANGE(self)->length;
}

static int range_is_true(Object *self)
{
    return RANGE(self)->length != 0;
}

static Object *range_too_large(void)
{
    return error_set_string(&exc_OverflowError, "Python int too large to convert to C ssize_t");
}

/* range(10)[::2] is range(0, 10, 2): the slice of a range is a range,
 * worked out from the indices the slice selects (compute_slice). minipy's
 * ranges hold 64-bit bounds, so a result beyond them is an OverflowError
 * (CPython's would hold big ints). */
Object *range_getslice(Object *self, Object *slice)
{
    RangeObject *r = RANGE(self);
    Object *step_bound = ((SliceObject *)slice)->step;
    int64_t exact, start, stop, step;
    if (r->length > (uint64_t)INT64_MAX || (is_int(step_bound) && int_to_i64(step_bound, &exact) < 0))
        return range_too_large();
    if (slice_unpack(slice, &start, &stop, &step) < 0)
        return NULL;
    slice_adjust((int64_t)r->length, &start, &stop, step);
    int64_t first, last, stride;
    if (__builtin_mul_overflow(start, r->step, &first) || __builtin_add_overflow(first, r->start, &first)
        || __builtin_mul_overflow(stop, r->step, &last) || __builtin_add_overflow(last, r->start, &last)
        || __builtin_mul_overflow(step, r->step, &stride))
        return range_too_large();
    return range_new(first, last, stride);
}

static Object *range_getitem(Object *self, Object *key)
{
    if (is_slice(key))
        return range_getslice(self, key);
    if (!is_int(key))
        return error_format(&exc_TypeError, "range indices must be integers or slices, not %s",
                            key->type->name);
    RangeObject *r = RANGE(self);
    int64_t i = INT_VALUE(key);
    uint64_t index = i < 0 ? r->length - (0 - (uint64_t)i) : (uint64_t)i;
    bool inside = i < 0 ? 0 - (uint64_t)i <= r->length : (uint64_t)i < r->length;
    if (!inside)
        return error_set_string(&exc_IndexError, "range object index out of range");
    return int_from_i64(range_item(r, index));
}

/* An int is tested arithmetically; anything else (1.0 in range(3)) by
 * comparing with each value, as CPython does. */
static int range_contains(Object *self, Object *value)
{
    RangeObject *r = RANGE(self);
    if (!is_int(value)) {
        for (uint64_t i = 0; i < r->length; i++) {
            Object *item = int_from_i64(range_item(r, i));
            int equal = object_equal(item, value);
            decref(item);
            if (equal != 0)
                return equal;
        }
        return 0;
    }
    int64_t v = INT_VALUE(value);
    if (r->length == 0 || (r->step > 0 ? v < r->start || v >= r->stop : v > r->start || v <= r->stop))
        return 0;
    uint64_t distance = r->step > 0 ? (uint64_t)v - (uint64_t)r->start
                                    : (uint64_t)r->start - (uint64_t)v;
    uint64_t stride = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
    return distance % stride == 0;
}

/* Ranges are equal when they give the same values: range(0) ==
 * range(5, 5), range(0, 3, 2) == range(0, 4, 2). */
static Object *range_compare(Object *a, Object *b, CompareOp op)
{
    if (a->type != &range_type || b->type != &range_type || (op != CMP_EQ && op != CMP_NE))
        return incref(NotImplemented);
    RangeObject *x = RANGE(a), *y = RANGE(b);
    bool equal = x->length == y->length
                 && (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
    return bool_from(equal == (op == CMP_EQ));
}

/* CPython hashes the tuple (len, start, step), with None for what does
 * not matter, so that equal ranges hash equal. */
static int64_t range_hash(Object *self)
{
    RangeObject *r = RANGE(self);
    Object *length = int_from_i64((int64_t)r->length);
    Object *start = r->length == 0 ? incref(None) : int_from_i64(r->start);
    Object *step = r->length <= 1 ? incref(None) : int_from_i64(r->step);
    Object *key = tuple_pack(3, length, start, step);
    int64_t hash = object_hash(key);
    decref(key);
    decref(length);
    decref(start);
    decref(step);
    return hash;
}

static Object *range_iter(Object *self)
{
    RangeIterObject *it = (RangeIterObject *)object_new(&range_iterator_type,
                                                         sizeof(RangeIterObject));
    it->next = RANGE(self)->start;
    it->step = RANGE(self)->step;
    it->remaining = RANGE(self)->length;
    return (Object *)it;
}

static Object *range_iternext(Object *self)
{
    RangeIterObject *it = (RangeIterObject *)self;
    if (it->remaining == 0)
        return NULL;
    int64_t value = it->next;
    it->remaining--;
    it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);    /* may wrap past the end */
    return int_from_i64(value);
}


Type range_type = {
    .base = TYPE_HEAD_INIT,
    .name = "range",
    .basic_size = sizeof(RangeObject),
    .parent = &object_type,
    .construct = range_construct,
    .dealloc = object_dealloc_default,
    .repr = range_repr,
    .hash = range_hash,
    .compare = range_compare,
    .is_true = range_is_true,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
};

Type range_iterator_type = {
    .base = TYPE_HEAD_INIT,
    .name = "range_iterator",
    .basic_size = sizeof(RangeIterObject),
    .parent = &object_type,
    .dealloc = object_dealloc_default,
    .iter = object_iter_self,
    .iternext = range_iternext,
};
