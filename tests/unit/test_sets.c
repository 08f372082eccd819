/* test_sets.c: CUnit tests of set and frozenset (set.c, setops.c): the
 * table's growth (CPython's sizes), the C API the comprehensions use,
 * frozenset hashes, a set looked up as a frozenset, the operators' result
 * types, s &= t keeping s, pop's order, the collector's view.
 *
 * Build against every file of code/ but main.c (chapter 12, the whole
 * runtime), with -fsanitize=address,undefined -fno-sanitize-recover=all.
 * Every expected value was measured with CPython 3.11.7.
 */
#include "harness.h"
#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "error.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "runtime.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

/* A set (or frozenset) of the ints in [from, to). */
static Object *ints(Type *type, int64_t from, int64_t to)
{
    Object *set = type == &set_type ? set_new() : NULL;
    Object *list = list_new(0);
    for (int64_t i = from; i < to; i++) {
        Object *n = int_from_i64(i);
        if (set != NULL)
            CU_ASSERT(set_add(set, n) == 0);
        list_append(list, n);
        decref(n);
    }
    if (set == NULL)
        set = frozenset_from_iterable(list);
    decref(list);
    return set;
}

static bool repr_is(Object *op, const char *expected)
{
    Object *repr = op ? object_repr(op) : NULL;
    bool same = repr != NULL && str_equal_cstr(repr, expected);
    if (!same && repr != NULL)
        fprintf(stderr, "\n  repr: %s (expected %s)\n", STR_DATA(repr), expected);
    xdecref(repr);
    xdecref(op);
    return same;
}

static void test_growth(void)
{
    /* sys.getsizeof(s) while adding 0..19: 216 five times, then 728, then 2264 */
    Object *set = set_new();
    CU_ASSERT(gc_is_tracked(set));
    for (int64_t i = 0; i < 20; i++) {
        size_t expected = i < 5 ? 0 : i < 19 ? 32 * sizeof(SetEntry) : 128 * sizeof(SetEntry);
        CU_ASSERT_EQUAL(set_table_bytes(set), expected);
        Object *n = int_from_i64(i);
        set_add(set, n);
        decref(n);
    }
    CU_ASSERT_EQUAL(SET_SIZE(set), 20);
    decref(set);
}

static void test_frozenset_hash(void)
{
    Object *empty = ints(&frozenset_type, 0, 0), *one = ints(&frozenset_type, 1, 2);
    Object *three = ints(&frozenset_type, 1, 4);
    CU_ASSERT_EQUAL(object_hash(empty), 133146708735736);
    CU_ASSERT_EQUAL(object_hash(one), -558064481276695278);
    CU_ASSERT_EQUAL(object_hash(three), -272375401224217160);
    Object *mutable = ints(&set_type, 1, 4);
    CU_ASSERT(object_hash(mutable) == -1);
    error_clear();
    /* a set key is looked up as the equal frozenset */
    Object *holder = set_new();
    set_add(holder, three);
    CU_ASSERT(set_contains(holder, mutable) == 1);
    CU_ASSERT(object_compare_bool(mutable, three, CMP_EQ) == 1);
    decref(holder);
    decref(mutable);
    decref(three);
    decref(one);
    decref(empty);
}

static void test_operators(void)
{
    Object *a = ints(&set_type, 0, 6), *f = ints(&frozenset_type, 4, 9);
    CU_ASSERT(repr_is(number_binary(a, f, '&'), "{4, 5}"));
    CU_ASSERT(repr_is(number_binary(f, a, '&'), "frozenset({4, 5})"));
    CU_ASSERT(repr_is(number_binary(a, f, '-'), "{0, 1, 2, 3}"));
    CU_ASSERT(repr_is(number_binary(f, a, '^'), "frozenset({0, 1, 2, 3, 6, 7, 8})"));
    Object *same = number_inplace(a, f, '&');     /* s &= t keeps s */
    CU_ASSERT(same == a);
    xdecref(same);
    CU_ASSERT(repr_is(incref(a), "{4, 5}"));
    Object *list = list_new(0);
    CU_ASSERT(number_inplace(a, list, '|') == NULL);
    Object *exception = error_fetch();
    Object *text = exception ? object_str(exception) : NULL;
    CU_ASSERT(text && str_equal_cstr(text, "unsupported operand type(s) for |=: 'set' and 'list'"));
    xdecref(text);
    xdecref(exception);
    decref(list);
    decref(f);
    decref(a);
}

static void test_pop_order(void)
{
    Object *set = ints(&set_type, 0, 3);
    Object *pop = str_from_cstr("pop");
    for (int64_t i = 0; i < 3; i++) {
        Object *method = object_getattr(set, pop);
        Object *key = method ? object_call(method, NULL, 0, NULL) : NULL;
        CU_ASSERT(key != NULL && INT_VALUE(key) == i);
        xdecref(key);
        xdecref(method);
    }
    CU_ASSERT(SET_SIZE(set) == 0);
    decref(pop);
    decref(set);
}


static const TestEntry tests[] = {
    {"the table grows as CPython's", test_growth},
    {"frozenset hashes, a set as a key", test_frozenset_hash},
    {"operators and their result types, in place", test_operators},
    {"pop order", test_pop_order},
};

int main(void)
{
    return RUN_SUITE("sets", tests, CU_BRM_NORMAL);
}
