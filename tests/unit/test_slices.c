/* test_slices.c: CUnit tests of slice objects (slice.c) and of the
 * sequences cut with them (seqslice.c, range.c): the bounds' meaning for
 * a given length, what a slice of each sequence is (a copy, the object
 * itself, a shared one-character string, a range), slice assignment and
 * deletion with their errors, and the one-slice cache.
 *
 * Build against every file of code/ but main.c (chapter 12, the whole
 * runtime), with -fsanitize=address,undefined -fno-sanitize-recover=all.
 * Every expected value and message was measured with CPython 3.11.7.
 */
#include "harness.h"
#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "error.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "runtime.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

/* ---- helpers ------------------------------------------------------------- */

static Object *ints(int64_t a, int64_t b, int64_t c, bool with_step)
{
    Object *x = int_from_i64(a), *y = int_from_i64(b), *z = int_from_i64(c);
    Object *slice = slice_new(x, y, with_step ? z : NULL);
    decref(x);
    decref(y);
    decref(z);
    return slice;
}

/* A list of 0 .. n-1. */
static Object *numbers(intptr_t n)
{
    Object *list = list_new(n);
    for (intptr_t i = 0; i < n; i++)
        list_set_steal(list, i, int_from_i64(i));
    return list;
}

/* op's repr is `expected`; drops op. */
static bool repr_is(Object *op, const char *expected)
{
    if (op == NULL)
        return false;
    Object *repr = object_repr(op);
    bool same = repr != NULL && str_equal_cstr(repr, expected);
    if (!same && repr != NULL)
        fprintf(stderr, "\n  repr: %s (expected %s)\n", STR_DATA(repr), expected);
    xdecref(repr);
    decref(op);
    return same;
}

/* ---- the slice object ------------------------------------------------------ */

static void test_unpack_and_adjust(void)
{
    int64_t start, stop, step;
    Object *none_slice = slice_new(NULL, NULL, NULL);
    CU_ASSERT(slice_unpack(none_slice, &start, &stop, &step) == 0);
    CU_ASSERT(start == 0 && stop == INT64_MAX && step == 1);
    CU_ASSERT(slice_adjust(10, &start, &stop, step) == 10);
    CU_ASSERT(start == 0 && stop == 10);
    decref(none_slice);

    Object *backwards = slice_new(NULL, NULL, NULL);
    object_set_slot(&((SliceObject *)backwards)->step, int_from_i64(-1));
    CU_ASSERT(slice_unpack(backwards, &start, &stop, &step) == 0);
    CU_ASSERT(start == INT64_MAX && stop == INT64_MIN && step == -1);
    CU_ASSERT(slice_adjust(5, &start, &stop, step) == 5);
    CU_ASSERT(start == 4 && stop == -1);            /* slice(None, None, -1).indices(5) */
    decref(backwards);

    Object *wide = ints(-100, 100, 3, true);        /* range(10)[-100:100:3] has 4 items */
    CU_ASSERT(slice_unpack(wide, &start, &stop, &step) == 0);
    CU_ASSERT(slice_adjust(10, &start, &stop, step) == 4);
    CU_ASSERT(start == 0 && stop == 10);
    decref(wide);

    Object *zero = ints(1, 2, 0, true);
    CU_ASSERT(slice_unpack(zero, &start, &stop, &step) == -1);
    CU_ASSERT(raised(&exc_ValueError, "slice step cannot be zero"));
    decref(zero);

    Object *text = str_from_cstr("a");
    Object *bad = slice_new(text, NULL, NULL);
    CU_ASSERT(slice_unpack(bad, &start, &stop, &step) == -1);
    CU_ASSERT(raised(&exc_TypeError,
                     "slice indices must be integers or None or have an __index__ method"));
    decref(bad);
    decref(text);
}

static void test_slice_object(void)
{
    CU_ASSERT(repr_is(ints(1, 2, 3, true), "slice(1, 2, 3)"));
    CU_ASSERT(repr_is(ints(1, 2, 0, false), "slice(1, 2, None)"));
    Object *slice = ints(1, 2, 0, false);
    CU_ASSERT(object_hash(slice) == -1);            /* unhashable in 3.11 */
    CU_ASSERT(raised(&exc_TypeError, "unhashable type: 'slice'"));
    Object *other = ints(1, 3, 0, false);
    CU_ASSERT(object_compare_bool(slice, other, CMP_LT) == 1);
    CU_ASSERT(object_compare_bool(slice, other, CMP_EQ) == 0);
    decref(other);
    Object *name = str_from_cstr("stop");
    Object *stop = object_getattr(slice, name);
    CU_ASSERT(stop != NULL && INT_VALUE(stop) == 2);
    xdecref(stop);
    CU_ASSERT(object_setattr(slice, name, None) == -1);
    CU_ASSERT(raised(&exc_AttributeError, "readonly attribute"));
    decref(name);
    /* a container the collector tracks, as CPython 3.11's slices */
    CU_ASSERT(gc_is_tracked(slice));
    decref(slice);
}

/* CPython 3.11's slice_cache: the slice just freed is the next one made,
 * and reusing it counts no allocation. */
static void test_slice_cache(void)
{
    Object *first = ints(1, 2, 0, false);
    Object *kept = first;
    decref(first);
    CU_ASSERT(runtime.free_lists.slice == kept);
    int before = runtime.gc.generations[0].count;
    Object *second = ints(3, 4, 0, false);
    CU_ASSERT(second == kept);
    CU_ASSERT(runtime.gc.generations[0].count == before);
    CU_ASSERT(runtime.free_lists.slice == NULL);
    CU_ASSERT(repr_is(second, "slice(3, 4, None)"));
}

/* ---- the sequences ---------------------------------------------------------- */

static void test_list_slices(void)
{
    Object *list = numbers(10);
    Object *all = slice_new(NULL, NULL, NULL);
    Object *copy = object_getitem(list, all);
    CU_ASSERT(copy != NULL && copy != list && LIST_SIZE(copy) == 10);  /* a[:] copies */
    xdecref(copy);
    Object *odd = ints(1, 100, 2, true);
    CU_ASSERT(repr_is(object_getitem(list, odd), "[1, 3, 5, 7, 9]"));
    Object *back = ints(-1, -4, -1, true);
    CU_ASSERT(repr_is(object_getitem(list, back), "[9, 8, 7]"));
    /* extended assignment needs as many items as the slice selects */
    Object *two = numbers(2);
    CU_ASSERT(object_setitem(list, odd, two) == -1);
    CU_ASSERT(raised(&exc_ValueError,
                     "attempt to assign sequence of size 2 to extended slice of size 5"));
    Object *five = int_from_i64(5);
    CU_ASSERT(object_setitem(list, odd, five) == -1);
    CU_ASSERT(raised(&exc_TypeError, "must assign iterable to extended slice"));
    Object *head = ints(0, 3, 0, false);
    CU_ASSERT(object_setitem(list, head, five) == -1);
    CU_ASSERT(raised(&exc_TypeError, "can only assign an iterable"));
    /* a simple slice may change the length; a list assigned into itself */
    CU_ASSERT(object_setitem(list, head, two) == 0);
    CU_ASSERT(repr_is(incref(list), "[0, 1, 3, 4, 5, 6, 7, 8, 9]"));
    CU_ASSERT(object_delitem(list, odd) == 0);
    CU_ASSERT(repr_is(incref(list), "[0, 3, 5, 7, 9]"));
    CU_ASSERT(object_delitem(list, back) == 0);     /* del a[-1:-4:-1] */
    CU_ASSERT(repr_is(incref(list), "[0, 3]"));
    CU_ASSERT(object_setitem(list, all, list) == 0);
    CU_ASSERT(repr_is(incref(list), "[0, 3]"));
    CU_ASSERT(object_delitem(list, all) == 0);
    CU_ASSERT(LIST_SIZE(list) == 0 && ((ListObject *)list)->capacity == 0);
    decref(head);
    decref(five);
    decref(two);
    decref(back);
    decref(odd);
    decref(all);
    decref(list);
}

static void test_tuple_and_str_slices(void)
{
    Object *tuple = tuple_pack(3, True, False, None);
    Object *all = slice_new(NULL, NULL, NULL);
    Object *same = object_getitem(tuple, all);
    CU_ASSERT(same == tuple);                       /* t[:] is t */
    xdecref(same);
    Object *back = ints(0, 0, -1, false);
    object_set_slot(&((SliceObject *)back)->start, incref(None));
    object_set_slot(&((SliceObject *)back)->stop, incref(None));
    object_set_slot(&((SliceObject *)back)->step, int_from_i64(-1));
    CU_ASSERT(repr_is(object_getitem(tuple, back), "(None, False, True)"));
    Object *text = str_from_cstr("h\xc3\xa9llo");   /* "héllo" */
    CU_ASSERT(repr_is(object_getitem(text, back), "'oll\xc3\xa9h'"));
    same = object_getitem(text, all);
    CU_ASSERT(same == text);                        /* s[:] is s */
    xdecref(same);
    Object *one = ints(1, 2, 0, false);
    Object *e_acute = object_getitem(text, one);
    Object *item = int_from_i64(1);
    Object *indexed = object_getitem(text, item);
    CU_ASSERT(e_acute != NULL && e_acute == indexed);   /* the shared one-character str */
    xdecref(indexed);
    xdecref(e_acute);
    CU_ASSERT(object_delitem(tuple, one) == -1);
    CU_ASSERT(raised(&exc_TypeError, "'tuple' object does not support item deletion"));
    CU_ASSERT(object_delitem(tuple, item) == -1);
    CU_ASSERT(raised(&exc_TypeError, "'tuple' object doesn't support item deletion"));
    decref(item);
    decref(one);
    decref(text);
    decref(back);
    decref(all);
    decref(tuple);
}

static void test_range_slices(void)
{
    Object *range = range_new(0, 10, 1);
    Object *even = ints(0, 0, 2, true);
    object_set_slot(&((SliceObject *)even)->start, incref(None));
    object_set_slot(&((SliceObject *)even)->stop, incref(None));
    CU_ASSERT(repr_is(object_getitem(range, even), "range(0, 10, 2)"));
    Object *down = ints(2, 100, -1, true);
    CU_ASSERT(repr_is(object_getitem(range, down), "range(2, 9, -1)"));
    Object *huge = range_new(0, INT64_MAX, INT64_MAX / 2);
    Object *far = ints(0, 5, 2, true);
    CU_ASSERT(object_getitem(huge, far) == NULL);  /* beyond 64 bits: refused, never wrapped */
    CU_ASSERT(raised(&exc_OverflowError, "Python int too large to convert to C ssize_t"));
    decref(far);
    decref(huge);
    decref(down);
    decref(even);
    decref(range);
}

/* ---- the suite -------------------------------------------------------------- */


static const TestEntry tests[] = {
    {"slice_unpack and slice_adjust", test_unpack_and_adjust},
    {"slice objects", test_slice_object},
    {"the slice cache", test_slice_cache},
    {"list slices: get, assign, delete", test_list_slices},
    {"tuple and str slices", test_tuple_and_str_slices},
    {"range slices", test_range_slices},
};

int main(void)
{
    return RUN_SUITE("slices", tests, CU_BRM_NORMAL);
}
