/* slice.h: slice objects, what `a[start:stop:step]` hands to the
 * sequence it subscripts (CPython's Objects/sliceobject.c).
 *
 * A slice only holds its three bounds, any objects at all; what they mean
 * is decided when a sequence of a given length asks for them
 * (slice_unpack, then slice_adjust), so that the same slice object can
 * cut a list of 3 and a str of 3000. The sequences' slicing itself is in
 * seqslice.c. */
#ifndef MINIPY_SLICE_H
#define MINIPY_SLICE_H

#include "object.h"

typedef struct SliceObject {
    Object base;
    Object *start, *stop, *step;    /* never NULL: None when left out */
} SliceObject;

extern Type slice_type;

static inline bool is_slice(Object *op) { return op->type == &slice_type; }

/* slice(start, stop, step); each borrowed, NULL meaning None. */
Object *slice_new(Object *start, Object *stop, Object *step);

/* The three bounds as integers, before any length is known (CPython's
 * PySlice_Unpack): a left-out step is 1, a left-out start or stop the
 * far end in the step's direction, and ints too big for 64 bits are
 * clamped (they lie beyond any sequence anyway). 0, or -1 with
 * "ValueError: slice step cannot be zero" or the TypeError for a bound
 * that is not an integer. */
int slice_unpack(Object *slice, int64_t *start, int64_t *stop, int64_t *step);

/* Fit unpacked bounds to a sequence of `length` items (negative ones
 * count from the end) and return how many items the slice selects
 * (PySlice_AdjustIndices). Never fails. */
int64_t slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step);

/* The sequences' subscripts with a slice (seqslice.c; range's in
 * range.c). `slice` is borrowed and must be a slice. */
Object *list_getslice(Object *list, Object *slice);
int list_setslice(Object *list, Object *slice, Object *value);  /* value NULL: delete */
Object *tuple_getslice(Object *tuple, Object *slice);
Object *str_getslice(Object *str, Object *slice);
Object *range_getslice(Object *range, Object *slice);

#endif
