/* test_types.c: CUnit tests of the built-in object kinds (object.c int.c
 * float.c bool.c str.c list.c tuple.c dict.c range.c).
 *
 * Build against every file of code/ but main.c (chapter 12, the whole
 * runtime), with -fsanitize=address,undefined -fno-sanitize-recover=all,
 * -Icode and -lcunit -lm.
 * Expected values come from CPython 3.11 (python3.11 -c 'print(repr(...))').
 */
#include "harness.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "dict.h"
#include "error.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* Objects alive, not counting the dead lists, dicts and tuples that the
 * free lists keep for reuse (they are given back first). */
static size_t live_objects(void)
{
    free_lists_clear();
    return heap_object_count();
}

/* ---- helpers: each returns a truth for CU_ASSERT and prints what it saw
 * when that is false, so a failure names both texts. The helpers consume
 * (decref) the object they are given. ---------------------------------- */

static bool text_is(Object *s, const char *expected)
{
    if (s == NULL) {
        fprintf(stderr, "\n  expected %s, got NULL\n", expected);
        error_clear();
        return false;
    }
    bool same = str_equal_cstr(s, expected);
    if (!same)
        fprintf(stderr, "\n  expected [%s]\n       got [%s]\n", expected, STR_DATA(s));
    decref(s);
    return same;
}

/* repr(op) == expected; consumes op (may be NULL: then false). */
static bool repr_is(Object *op, const char *expected)
{
    if (op == NULL) {
        fprintf(stderr, "\n  expected an object with repr %s, got NULL\n", expected);
        error_clear();
        return false;
    }
    Object *r = object_repr(op);
    decref(op);
    return text_is(r, expected);
}

/* The call returned NULL (or -1) and raised "Type: message". */
static bool raised_summary(const char *summary)
{
    if (!error_occurred()) {
        fprintf(stderr, "\n  expected %s, nothing raised\n", summary);
        return false;
    }
    Object *exc = error_fetch();
    bool same = text_is(exception_summary(exc), summary);
    decref(exc);
    return same;
}

static bool raises(Object *result, const char *summary)
{
    if (result != NULL) {
        fprintf(stderr, "\n  expected %s, got a result\n", summary);
        decref(result);
        return false;
    }
    return raised_summary(summary);
}

static Object *I(int64_t v) { return int_from_i64(v); }
static Object *F(double v) { return float_from_double(v); }
static Object *S(const char *text) { return str_from_cstr(text); }

/* a OP b, consuming both operands. */
static Object *binop(Object *a, int op, Object *b)
{
    Object *result = number_binary(a, b, op);
    decref(a);
    decref(b);
    return result;
}

/* Call a built-in method by name: self.name(args..., **kwargs) */
static Object *call_method_kw(Object *self, const char *name, size_t nargs, Object **args,
                              Object *kwnames)
{
    for (const MethodDef *m = self->type->methods; m && m->name; m++)
        if (strcmp(m->name, name) == 0)
            return m->fn(self, args, nargs, kwnames);
    fprintf(stderr, "\n  no method %s.%s\n", self->type->name, name);
    return NULL;
}

static Object *call_method(Object *self, const char *name, size_t nargs, Object **args)
{
    return call_method_kw(self, name, nargs, args, NULL);
}

static Object *list_of_ints(int n, const int64_t *values)
{
    Object *list = list_new(0);
    for (int i = 0; i < n; i++) {
        Object *v = I(values[i]);
        list_append(list, v);
        decref(v);
    }
    return list;
}

/* ---- repr ---------------------------------------------------------------- */

static void test_repr_scalars(void)
{
    CU_ASSERT(repr_is(I(0), "0"));
    CU_ASSERT(repr_is(I(-5), "-5"));
    CU_ASSERT(repr_is(I(INT64_MIN), "-9223372036854775808"));
    CU_ASSERT(repr_is(incref(True), "True"));
    CU_ASSERT(repr_is(incref(False), "False"));
    CU_ASSERT(repr_is(incref(None), "None"));
    CU_ASSERT(repr_is(incref(NotImplemented), "NotImplemented"));
    CU_ASSERT(repr_is(range_new(0, 3, 1), "range(0, 3)"));
    CU_ASSERT(repr_is(range_new(10, -2, -3), "range(10, -2, -3)"));
}

static void test_repr_float(void)
{
    static const struct { double value; const char *text; } cases[] = {
        {1.0, "1.0"}, {0.1, "0.1"}, {1e16, "1e+16"}, {1.5e-07, "1.5e-07"},
        {-0.0, "-0.0"}, {1e15, "1000000000000000.0"}, {0.0001, "0.0001"}, {1e-05, "1e-05"},
        {123.456, "123.456"}, {1.0 / 3, "0.3333333333333333"}, {2.5, "2.5"}, {1e22, "1e+22"},
        {5e-324, "5e-324"}, {1.7976931348623157e+308, "1.7976931348623157e+308"},
        {100.0, "100.0"}, {0.3, "0.3"}, {9007199254740992.0, "9007199254740992.0"},
        {123456789.123, "123456789.123"}, {1e-4 * 3, "0.00030000000000000003"},
        {-2.5e-300, "-2.5e-300"}, {0.0, "0.0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CU_ASSERT(repr_is(F(cases[i].value), cases[i].text));
    CU_ASSERT(repr_is(F(INFINITY), "inf"));
    CU_ASSERT(repr_is(F(-INFINITY), "-inf"));
    CU_ASSERT(repr_is(F(NAN), "nan"));
}

static void test_repr_str(void)
{
    CU_ASSERT(repr_is(S("abc"), "'abc'"));
    CU_ASSERT(repr_is(S("it's"), "\"it's\""));
    CU_ASSERT(repr_is(S("a\"b"), "'a\"b'"));
    CU_ASSERT(repr_is(S("it's \"x\""), "'it\\'s \"x\"'"));
    CU_ASSERT(repr_is(S("a\nb\tc\r"), "'a\\nb\\tc\\r'"));
    CU_ASSERT(repr_is(S("\x01\x7f"), "'\\x01\\x7f'"));
    CU_ASSERT(repr_is(S("h\xc3\xa9llo"), "'h\xc3\xa9llo'"));
    CU_ASSERT(repr_is(S("\\"), "'\\\\'"));
    CU_ASSERT(repr_is(S("\xc2\xa0\xc2\xad"), "'\\xa0\\xad'"));
    CU_ASSERT(repr_is(S("\xe2\x80\xa8"), "'\\u2028'"));
    CU_ASSERT(repr_is(S("\xe4\xb8\xad\xe6\x96\x87"), "'\xe4\xb8\xad\xe6\x96\x87'"));
    CU_ASSERT(repr_is(S(""), "''"));
}

static void test_repr_containers(void)
{
    int64_t values[] = {1, 2};
    CU_ASSERT(repr_is(list_new(0), "[]"));
    CU_ASSERT(repr_is(list_of_ints(2, values), "[1, 2]"));
    CU_ASSERT(repr_is(tuple_new(0), "()"));
    Object *one = I(1), *a = S("a");
    CU_ASSERT(repr_is(tuple_pack(1, one), "(1,)"));
    CU_ASSERT(repr_is(tuple_pack(2, one, a), "(1, 'a')"));
    Object *d = dict_new();
    CU_ASSERT(repr_is(incref(d), "{}"));
    dict_set_item(d, a, one);
    CU_ASSERT(repr_is(incref(d), "{'a': 1}"));
    CU_ASSERT(repr_is(call_method(d, "keys", 0, NULL), "dict_keys(['a'])"));
    CU_ASSERT(repr_is(call_method(d, "values", 0, NULL), "dict_values([1])"));
    CU_ASSERT(repr_is(call_method(d, "items", 0, NULL), "dict_items([('a', 1)])"));
    decref(d);
    decref(one);
    decref(a);
}

/* S14, S15: a = []; b = [a]; a.append(b) prints [[[...]]]. */
static void test_repr_recursive(void)
{
    Object *a = list_new(0), *b = list_new(0);
    list_append(b, a);
    list_append(a, b);
    CU_ASSERT(repr_is(incref(a), "[[[...]]]"));
    Object *self_list = list_new(0);
    list_append(self_list, self_list);
    CU_ASSERT_EQUAL(self_list->refcount, 2);
    CU_ASSERT(repr_is(incref(self_list), "[[...]]"));
    Object *d = dict_new(), *k = S("k");
    dict_set_item(d, k, d);
    CU_ASSERT(repr_is(incref(d), "{'k': {...}}"));
    Object *t = tuple_pack(1, a);
    list_append(a, t);
    CU_ASSERT(repr_is(incref(t), "([[[...]], (...)],)"));
    /* break the cycles by hand: there is no collector in these tests */
    dict_clear(d);
    decref(call_method(self_list, "clear", 0, NULL));
    decref(call_method(a, "clear", 0, NULL));
    decref(t);
    decref(d);
    decref(k);
    decref(self_list);
    decref(a);
    decref(b);
    CU_ASSERT_PTR_NULL(runtime.current_exception);
}

/* ---- numbers ------------------------------------------------------------- */

static void test_int_overflow(void)
{
    /* Past 64 bits an int grows a digit (values from python3 3.11). */
    CU_ASSERT(repr_is(binop(I(INT64_MAX), '+', I(1)), "9223372036854775808"));
    CU_ASSERT(repr_is(binop(I(INT64_MIN), '-', I(1)), "-9223372036854775809"));
    CU_ASSERT(repr_is(binop(I(INT64_MIN), '*', I(-1)), "9223372036854775808"));
    CU_ASSERT(repr_is(binop(I(INT64_MIN), 'f', I(-1)), "9223372036854775808"));
    Object *min = I(INT64_MIN);
    CU_ASSERT(repr_is(number_negative(min), "9223372036854775808"));
    decref(min);
    CU_ASSERT(repr_is(binop(I(INT64_MIN), '%', I(-1)), "0"));
    CU_ASSERT(repr_is(binop(I(INT64_MAX), '-', I(INT64_MAX)), "0"));
}

static void test_floor_division(void)
{
    CU_ASSERT(repr_is(binop(I(-7), 'f', I(2)), "-4"));
    CU_ASSERT(repr_is(binop(I(-7), '%', I(2)), "1"));
    CU_ASSERT(repr_is(binop(I(7), 'f', I(-2)), "-4"));
    CU_ASSERT(repr_is(binop(I(7), '%', I(-2)), "-1"));
    CU_ASSERT(repr_is(binop(I(-7), 'f', I(-2)), "3"));
    CU_ASSERT(repr_is(binop(I(-7), '%', I(-2)), "-1"));
    CU_ASSERT(repr_is(binop(I(7), '/', I(2)), "3.5"));
    CU_ASSERT(repr_is(binop(I(4), '/', I(2)), "2.0"));
    CU_ASSERT(repr_is(binop(F(-7.0), 'f', I(2)), "-4.0"));
    CU_ASSERT(repr_is(binop(F(-7.0), '%', I(2)), "1.0"));
    CU_ASSERT(repr_is(binop(F(7.5), '%', I(-2)), "-0.5"));
    CU_ASSERT(repr_is(binop(F(-0.0), 'f', I(1)), "-0.0"));
    CU_ASSERT(repr_is(binop(F(0.0), '%', I(-1)), "-0.0"));
    CU_ASSERT(repr_is(binop(I(1), '+', F(0.5)), "1.5"));
    CU_ASSERT(repr_is(binop(incref(True), '+', incref(True)), "2"));
    CU_ASSERT(raises(binop(I(1), '/', I(0)), "ZeroDivisionError: division by zero"));
    CU_ASSERT(raises(binop(I(1), 'f', I(0)), "ZeroDivisionError: integer division or modulo by zero"));
    CU_ASSERT(raises(binop(I(1), '%', I(0)), "ZeroDivisionError: integer modulo by zero"));
    CU_ASSERT(raises(binop(F(1), '/', I(0)), "ZeroDivisionError: float division by zero"));
    CU_ASSERT(raises(binop(I(1), '/', F(0)), "ZeroDivisionError: float division by zero"));
    CU_ASSERT(raises(binop(F(1), 'f', I(0)), "ZeroDivisionError: float floor division by zero"));
    CU_ASSERT(raises(binop(F(1), '%', F(0)), "ZeroDivisionError: float modulo"));
}

static void test_binary_type_errors(void)
{
    CU_ASSERT(raises(binop(I(1), '+', S("a")),
                     "TypeError: unsupported operand type(s) for +: 'int' and 'str'"));
    CU_ASSERT(raises(binop(S("a"), '+', I(1)),
                     "TypeError: can only concatenate str (not \"int\") to str"));
    CU_ASSERT(raises(binop(list_new(0), '+', tuple_new(0)),
                     "TypeError: can only concatenate list (not \"tuple\") to list"));
    CU_ASSERT(raises(binop(list_new(0), '*', S("a")),
                     "TypeError: can't multiply sequence by non-int of type 'str'"));
    CU_ASSERT(raises(binop(F(1.5), '*', S("a")),
                     "TypeError: can't multiply sequence by non-int of type 'float'"));
    CU_ASSERT(raises(binop(S("a"), 'f', S("a")),
                     "TypeError: unsupported operand type(s) for //: 'str' and 'str'"));
    CU_ASSERT(raises(binop(incref(None), '+', I(1)),
                     "TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'"));
    Object *s = S("a"), *l = list_new(0), *one = I(1);
    CU_ASSERT(raises(number_negative(s), "TypeError: bad operand type for unary -: 'str'"));
    CU_ASSERT(raises(object_compare(l, one, CMP_LT),
                     "TypeError: '<' not supported between instances of 'list' and 'int'"));
    CU_ASSERT(object_len(one) == -1 && raised_summary("TypeError: object of type 'int' has no len()"));
    CU_ASSERT(raises(object_getitem(one, one), "TypeError: 'int' object is not subscriptable"));
    CU_ASSERT(raises(object_iter(one), "TypeError: 'int' object is not iterable"));
    CU_ASSERT(raises(object_call(one, NULL, 0, NULL), "TypeError: 'int' object is not callable"));
    CU_ASSERT(object_setitem(one, one, one) == -1
              && raised_summary("TypeError: 'int' object does not support item assignment"));
    Object *t = tuple_pack(1, one);
    CU_ASSERT(object_setitem(t, one, one) == -1
              && raised_summary("TypeError: 'tuple' object does not support item assignment"));
    CU_ASSERT(object_delitem(t, one) == -1
              && raised_summary("TypeError: 'tuple' object doesn't support item deletion"));
    CU_ASSERT(object_contains(one, one) == -1
              && raised_summary("TypeError: argument of type 'int' is not iterable"));
    CU_ASSERT(object_contains(s, one) == -1
              && raised_summary("TypeError: 'in <string>' requires string as left operand, not int"));
    decref(t);
    decref(s);
    decref(l);
    decref(one);
    CU_ASSERT(repr_is(binop(S("ab"), '*', I(3)), "'ababab'"));
    CU_ASSERT(repr_is(binop(I(2), '*', list_new(0)), "[]"));
    CU_ASSERT(repr_is(binop(S("ab"), '+', S("cd")), "'abcd'"));
}

static void test_compare_and_hash(void)
{
    Object *one = I(1), *onef = F(1.0), *big = I((INT64_C(1) << 53) + 1);
    Object *bigf = F(9007199254740992.0), *nan = F(NAN);
    CU_ASSERT_EQUAL(object_equal(one, onef), 1);
    CU_ASSERT_EQUAL(object_equal(one, True), 1);
    CU_ASSERT_EQUAL(object_equal(big, bigf), 0);          /* exact, not rounded */
    CU_ASSERT_EQUAL(object_compare_bool(bigf, big, CMP_LT), 1);
    CU_ASSERT_EQUAL(object_compare_bool(nan, nan, CMP_EQ), 1);   /* identity */
    Object *eq = object_compare(nan, nan, CMP_EQ);     /* the == operator */
    CU_ASSERT_PTR_EQUAL(eq, False);
    xdecref(eq);
    CU_ASSERT_EQUAL(object_hash(one), object_hash(onef));
    CU_ASSERT_EQUAL(object_hash(one), object_hash(True));
    decref(one); decref(onef); decref(big); decref(bigf); decref(nan);

    static const struct { double value; int64_t hash; } fh[] = {
        {1.5, 1152921504606846977}, {0.1, 230584300921369408},
        {-0.5, -1152921504606846976}, {1e300, 1224995262755759164}, {-2.0, -2},
    };
    for (size_t i = 0; i < sizeof fh / sizeof fh[0]; i++) {
        Object *f = F(fh[i].value);
        CU_ASSERT_EQUAL(object_hash(f), fh[i].hash);
        decref(f);
    }
    Object *m1 = I(-1), *p62 = I(INT64_C(1) << 62), *p61 = I((INT64_C(1) << 61) - 1);
    CU_ASSERT_EQUAL(object_hash(m1), -2);
    CU_ASSERT_EQUAL(object_hash(p62), 2);
    CU_ASSERT_EQUAL(object_hash(p61), 0);
    Object *two = I(2), *half = F(2.5);
    Object *t12 = tuple_pack(2, m1, two), *t = tuple_pack(2, m1, half);
    Object *t1 = I(1), *pair = tuple_pack(2, t1, two), *empty = tuple_new(0);
    CU_ASSERT_EQUAL(object_hash(pair), INT64_C(-3550055125485641917));
    CU_ASSERT_EQUAL(object_hash(empty), INT64_C(5740354900026072187));
    CU_ASSERT_EQUAL(object_hash(t), INT64_C(8137071277632274043));
    decref(m1); decref(p62); decref(p61); decref(two); decref(half);
    decref(t12); decref(t); decref(t1); decref(pair); decref(empty);

    Object *l = list_new(0);
    CU_ASSERT(object_hash(l) == -1 && raised_summary("TypeError: unhashable type: 'list'"));
    decref(l);
    Object *a = S("abc"), *b = S("abd");
    CU_ASSERT_EQUAL(object_compare_bool(a, b, CMP_LT), 1);
    CU_ASSERT_EQUAL(object_hash(a), object_hash(a));
    Object *empty_s = S("");
    CU_ASSERT_EQUAL(object_hash(empty_s), 0);
    decref(a); decref(b); decref(empty_s);

    int64_t x[] = {1, 2, 3}, y[] = {1, 2, 4}, z[] = {1, 2};
    Object *lx = list_of_ints(3, x), *ly = list_of_ints(3, y), *lz = list_of_ints(2, z);
    CU_ASSERT_EQUAL(object_compare_bool(lx, ly, CMP_LT), 1);
    CU_ASSERT_EQUAL(object_compare_bool(lz, lx, CMP_LT), 1);
    CU_ASSERT_EQUAL(object_compare_bool(lx, lx, CMP_EQ), 1);
    Object *lx2 = list_of_ints(3, x);
    CU_ASSERT_EQUAL(object_equal(lx, lx2), 1);
    decref(lx); decref(ly); decref(lz); decref(lx2);
}

static void test_int_from_string(void)
{
    CU_ASSERT(repr_is(int_from_string(" 1_000 ", 7), "1000"));
    CU_ASSERT(repr_is(int_from_string("-9223372036854775808", 20), "-9223372036854775808"));
    CU_ASSERT(repr_is(int_from_string("+42", 3), "42"));
    CU_ASSERT(raises(int_from_string("abc", 3),
                     "ValueError: invalid literal for int() with base 10: 'abc'"));
    CU_ASSERT(raises(int_from_string("", 0), "ValueError: invalid literal for int() with base 10: ''"));
    CU_ASSERT(raises(int_from_string("1__0", 4),
                     "ValueError: invalid literal for int() with base 10: '1__0'"));
    CU_ASSERT(repr_is(int_from_string("9223372036854775808", 19), "9223372036854775808"));
}

/* ---- identity: the caches of chapter 2 ----------------------------------- */

static void test_small_ints(void)
{
    Object *a = I(256), *b = I(256), *c = I(257), *d = I(257), *e = I(-5), *f = I(-5);
    Object *g = I(-6), *h = I(-6);
    CU_ASSERT_PTR_EQUAL(a, b);
    CU_ASSERT_PTR_NOT_EQUAL(c, d);
    CU_ASSERT_PTR_EQUAL(e, f);
    CU_ASSERT_PTR_NOT_EQUAL(g, h);
    CU_ASSERT(a->refcount > 999999999);    /* CPython 3.11's immortal start */
    decref(a); decref(b); decref(c); decref(d); decref(e); decref(f); decref(g); decref(h);
    Object *s1 = S("x"), *s2 = S("x"), *e1 = S(""), *e2 = S("");
    CU_ASSERT_PTR_EQUAL(s1, s2);           /* one-character latin-1 strings */
    CU_ASSERT_PTR_EQUAL(e1, e2);
    decref(s1); decref(s2); decref(e1); decref(e2);
    Object *t1 = tuple_new(0), *t2 = tuple_new(0);
    CU_ASSERT_PTR_EQUAL(t1, t2);
    decref(t1); decref(t2);
}

static void test_interning(void)
{
    Object *a = S("good morning"), *b = S("good morning");
    CU_ASSERT_PTR_NOT_EQUAL(a, b);
    Object *ia = str_intern(a), *ib = str_intern(b);
    CU_ASSERT_PTR_EQUAL(ia, a);
    CU_ASSERT_PTR_EQUAL(ib, a);
    /* the interned dict's two references are not counted */
    CU_ASSERT_EQUAL(a->refcount, 3);        /* a, ia, ib */
    decref(ia);
    decref(ib);
    CU_ASSERT_EQUAL(a->refcount, 1);
    Object *c = str_intern_cstr("good morning");
    CU_ASSERT_PTR_EQUAL(c, a);
    decref(c);
    size_t before = heap_object_count();
    intptr_t interned_size = DICT_SIZE(runtime.interned);
    decref(a);                              /* dies, and leaves the dict */
    CU_ASSERT_EQUAL(DICT_SIZE(runtime.interned), interned_size - 1);
    CU_ASSERT_EQUAL(heap_object_count(), before - 1);
    Object *d = str_intern_cstr("good morning");
    CU_ASSERT_PTR_NOT_EQUAL(d, b);
    CU_ASSERT_EQUAL(d->refcount, 1);
    decref(d);
    decref(b);
}

/* ---- reference counts ---------------------------------------------------- */

static void test_refcounts(void)
{
    Object *item = S("an item"), *list = list_new(0);
    CU_ASSERT_EQUAL(item->refcount, 1);
    list_append(list, item);
    CU_ASSERT_EQUAL(item->refcount, 2);
    list_append(list, item);
    CU_ASSERT_EQUAL(item->refcount, 3);
    Object *popped = call_method(list, "pop", 0, NULL);
    CU_ASSERT_PTR_EQUAL(popped, item);
    CU_ASSERT_EQUAL(item->refcount, 3);     /* the list's reference moved to us */
    decref(popped);
    Object *d = dict_new(), *key = S("key");
    dict_set_item(d, key, item);
    CU_ASSERT_EQUAL(key->refcount, 2);
    CU_ASSERT_EQUAL(item->refcount, 3);
    dict_set_item(d, key, list);            /* value replaced: item dropped */
    CU_ASSERT_EQUAL(item->refcount, 2);
    CU_ASSERT_EQUAL(list->refcount, 2);
    decref(d);                              /* frees the dict: drops key and list */
    CU_ASSERT_EQUAL(key->refcount, 1);
    CU_ASSERT_EQUAL(list->refcount, 1);
    size_t before = live_objects();
    decref(list);                           /* frees the list, then item's count drops */
    CU_ASSERT_EQUAL(item->refcount, 1);
    CU_ASSERT_EQUAL(live_objects(), before - 1);
    Object *it = object_iter(item);         /* the iterator holds the str */
    CU_ASSERT_EQUAL(item->refcount, 2);
    decref(it);
    CU_ASSERT_EQUAL(item->refcount, 1);
    decref(item);
    decref(key);
}

/* ---- list ---------------------------------------------------------------- */

static void test_list_methods(void)
{
    int64_t values[] = {3, 1, 4, 1, 5};
    Object *list = list_of_ints(5, values);
    Object *one = I(1), *nine = I(9), *zero = I(0), *minus1 = I(-1), *big = I(100);
    CU_ASSERT(repr_is(call_method(list, "count", 1, &one), "2"));
    CU_ASSERT(repr_is(call_method(list, "index", 1, &one), "1"));
    CU_ASSERT(raises(call_method(list, "index", 1, &nine), "ValueError: 9 is not in list"));
    CU_ASSERT(repr_is(call_method(list, "remove", 1, &one), "None"));
    CU_ASSERT(repr_is(incref(list), "[3, 4, 1, 5]"));
    CU_ASSERT(raises(call_method(list, "remove", 1, &nine),
                     "ValueError: list.remove(x): x not in list"));
    Object *args[2] = {zero, nine};
    CU_ASSERT(repr_is(call_method(list, "insert", 2, args), "None"));
    args[0] = big;
    CU_ASSERT(repr_is(call_method(list, "insert", 2, args), "None"));
    args[0] = I(-100);
    CU_ASSERT(repr_is(call_method(list, "insert", 2, args), "None"));
    decref(args[0]);
    CU_ASSERT(repr_is(incref(list), "[9, 9, 3, 4, 1, 5, 9]"));
    CU_ASSERT(repr_is(call_method(list, "pop", 1, &zero), "9"));
    CU_ASSERT(repr_is(call_method(list, "pop", 1, &minus1), "9"));
    CU_ASSERT(raises(call_method(list, "pop", 1, &big), "IndexError: pop index out of range"));
    CU_ASSERT(raises(call_method(list, "pop", 2, args), "TypeError: pop expected at most 1 argument, got 2"));
    CU_ASSERT(raises(call_method(list, "append", 0, NULL),
                     "TypeError: list.append() takes exactly one argument (0 given)"));
    CU_ASSERT(raises(call_method(list, "insert", 1, args), "TypeError: insert expected 2 arguments, got 1"));
    Object *f = F(1.5);
    CU_ASSERT(raises(call_method(list, "pop", 1, &f),
                     "TypeError: 'float' object cannot be interpreted as an integer"));
    decref(f);
    Object *tail = tuple_pack(2, one, nine);
    CU_ASSERT(repr_is(call_method(list, "extend", 1, &tail), "None"));
    decref(tail);
    CU_ASSERT(repr_is(incref(list), "[9, 3, 4, 1, 5, 1, 9]"));
    CU_ASSERT(list_extend(list, list) == 0);        /* a += a */
    CU_ASSERT_EQUAL(LIST_SIZE(list), 14);
    CU_ASSERT(repr_is(object_getitem(list, minus1), "9"));
    CU_ASSERT(raises(object_getitem(list, big), "IndexError: list index out of range"));
    Object *s = S("x");
    CU_ASSERT(raises(object_getitem(list, s), "TypeError: list indices must be integers or slices, not str"));
    CU_ASSERT(object_setitem(list, big, one) == -1 && raised_summary("IndexError: list assignment index out of range"));
    CU_ASSERT(object_setitem(list, zero, s) == 0);
    CU_ASSERT(object_delitem(list, minus1) == 0);
    CU_ASSERT(object_delitem(list, big) == -1 && raised_summary("IndexError: list assignment index out of range"));
    CU_ASSERT_EQUAL(object_contains(list, s), 1);
    CU_ASSERT_EQUAL(object_contains(list, big), 0);
    CU_ASSERT(repr_is(call_method(list, "clear", 0, NULL), "None"));
    CU_ASSERT(raises(call_method(list, "clear", 1, &one), "TypeError: list.clear() takes no arguments (1 given)"));
    CU_ASSERT(raises(call_method(list, "pop", 0, NULL), "IndexError: pop from empty list"));
    CU_ASSERT_EQUAL(object_is_true(list), 0);
    decref(s);
    decref(list); decref(one); decref(nine); decref(zero); decref(minus1); decref(big);
}

static void test_list_iteration(void)
{
    int64_t values[] = {10, 20, 30};
    Object *list = list_of_ints(3, values), *iter = object_iter(list), *item;
    int64_t sum = 0;
    while ((item = iter_next(iter)) != NULL) {
        sum += INT_VALUE(item);
        decref(item);
    }
    CU_ASSERT_EQUAL(sum, 60);
    CU_ASSERT_FALSE(error_occurred());
    CU_ASSERT_EQUAL(list->refcount, 1);     /* an exhausted iterator lets go */
    decref(iter);
    Object *copy = list_from_iterable(list), *t = tuple_from_iterable(list);
    CU_ASSERT(repr_is(copy, "[10, 20, 30]"));
    CU_ASSERT(repr_is(t, "(10, 20, 30)"));
    CU_ASSERT(repr_is(binop(incref(list), '*', I(2)), "[10, 20, 30, 10, 20, 30]"));
    CU_ASSERT(repr_is(binop(incref(list), '+', incref(list)), "[10, 20, 30, 10, 20, 30]"));
    decref(list);
}

/* ---- tuple --------------------------------------------------------------- */

static void test_tuple(void)
{
    Object *one = I(1), *two = I(2), *nine = I(9);
    Object *t = tuple_pack(3, one, two, one);
    CU_ASSERT(repr_is(call_method(t, "count", 1, &one), "2"));
    CU_ASSERT(repr_is(call_method(t, "index", 1, &two), "1"));
    CU_ASSERT(raises(call_method(t, "index", 1, &nine), "ValueError: tuple.index(x): x not in tuple"));
    CU_ASSERT(raises(object_getitem(t, nine), "IndexError: tuple index out of range"));
    CU_ASSERT(repr_is(object_getitem(t, one), "2"));
    Object *same = binop(incref(t), '*', I(1));
    CU_ASSERT_PTR_EQUAL(same, t);           /* t * 1 is t */
    decref(same);
    Object *empty = tuple_new(0);
    Object *plus = number_binary(t, empty, '+');
    CU_ASSERT_PTR_EQUAL(plus, t);
    decref(plus);
    decref(empty);
    CU_ASSERT(raises(binop(incref(t), '+', I(1)),
                     "TypeError: can only concatenate tuple (not \"int\") to tuple"));
    CU_ASSERT(repr_is(binop(incref(t), '+', incref(t)), "(1, 2, 1, 1, 2, 1)"));
    CU_ASSERT_EQUAL(object_contains(t, two), 1);
    decref(t); decref(one); decref(two); decref(nine);
}

/* ---- str ----------------------------------------------------------------- */

static void test_str(void)
{
    Object *s = S("h\xc3\xa9llo");
    CU_ASSERT_EQUAL(object_len(s), 5);
    CU_ASSERT_EQUAL(STR_SIZE(s), 6);
    Object *one = I(1), *m1 = I(-1), *ten = I(10);
    CU_ASSERT(repr_is(object_getitem(s, one), "'\xc3\xa9'"));
    CU_ASSERT(repr_is(object_getitem(s, m1), "'o'"));
    CU_ASSERT(raises(object_getitem(s, ten), "IndexError: string index out of range"));
    CU_ASSERT(raises(object_getitem(s, s), "TypeError: string indices must be integers, not 'str'"));
    Object *e1 = object_getitem(s, one), *e2 = S("\xc3\xa9");
    CU_ASSERT_PTR_EQUAL(e1, e2);            /* latin-1 singleton */
    decref(e1); decref(e2);
    CU_ASSERT(repr_is(call_method(s, "upper", 0, NULL), "'H\xc3\x89LLO'"));
    Object *iter = object_iter(s), *c;
    int count = 0;
    while ((c = iter_next(iter)) != NULL) {
        count++;
        decref(c);
    }
    CU_ASSERT_EQUAL(count, 5);
    CU_ASSERT_STRING_EQUAL(iter->type->name, "str_iterator");
    decref(iter);
    Object *ll = S("ll");
    CU_ASSERT_EQUAL(object_contains(s, ll), 1);
    CU_ASSERT(repr_is(call_method(s, "startswith", 1, &ll), "False"));
    Object *pre = S("h\xc3\xa9");
    CU_ASSERT(repr_is(call_method(s, "startswith", 1, &pre), "True"));
    CU_ASSERT(raises(call_method(s, "startswith", 1, &one),
                     "TypeError: startswith first arg must be str or a tuple of str, not int"));
    decref(pre); decref(ll);
    decref(s); decref(one); decref(m1); decref(ten);

    Object *text = S("a b  c  "), *none = incref(None), *args[2] = {none, NULL};
    args[1] = I(1);
    CU_ASSERT(repr_is(call_method(text, "split", 2, args), "['a', 'b  c  ']"));
    CU_ASSERT(repr_is(call_method(text, "split", 0, NULL), "['a', 'b', 'c']"));
    decref(args[1]);
    decref(text);
    Object *csv = S("a,b,,c"), *comma = S(","), *emptys = S("");
    CU_ASSERT(repr_is(call_method(csv, "split", 1, &comma), "['a', 'b', '', 'c']"));
    CU_ASSERT(raises(call_method(csv, "split", 1, &emptys), "ValueError: empty separator"));
    Object *parts = call_method(csv, "split", 1, &comma);
    CU_ASSERT(repr_is(call_method(comma, "join", 1, &parts), "'a,b,,c'"));
    CU_ASSERT(repr_is(call_method(emptys, "split", 1, &comma), "['']"));
    CU_ASSERT(repr_is(call_method(emptys, "split", 0, NULL), "[]"));
    decref(parts);
    Object *bad = list_new(0);
    list_append(bad, none);
    CU_ASSERT(raises(call_method(comma, "join", 1, &bad),
                     "TypeError: sequence item 0: expected str instance, NoneType found"));
    decref(bad);
    decref(csv); decref(comma); decref(emptys); decref(none);

    Object *x = S("x");
    CU_ASSERT(text_is(str_format("%d|%s|%R|%T|%zd|%c|%%|%.3s|%S", -7, "txt", x, x, (intptr_t)12, 0xe9,
                                 "abcdef", x),
                      "-7|txt|'x'|str|12|\xc3\xa9|%|abc|x"));
    decref(x);
}

/* ---- dict ---------------------------------------------------------------- */

static void test_dict_order_and_resize(void)
{
    Object *d = dict_new();
    enum { N = 10000 };
    for (int64_t i = 0; i < N; i++) {
        Object *k = I(i * 7), *v = I(i);
        CU_ASSERT_EQUAL_FATAL(dict_set_item(d, k, v), 0);
        decref(k); decref(v);
    }
    CU_ASSERT_EQUAL(DICT_SIZE(d), N);
    for (int64_t i = 0; i < N; i += 2) {    /* delete the even ones */
        Object *k = I(i * 7);
        CU_ASSERT_EQUAL(dict_del_item(d, k), 0);
        decref(k);
    }
    CU_ASSERT_EQUAL(DICT_SIZE(d), N / 2);
    intptr_t pos = 0;
    Object *key, *value;
    int64_t expected = 1;
    bool in_order = true;
    while (dict_next(d, &pos, &key, &value)) {
        in_order &= INT_VALUE(value) == expected && INT_VALUE(key) == expected * 7;
        expected += 2;
    }
    CU_ASSERT(in_order);
    CU_ASSERT_EQUAL(expected, N + 1);
    bool all_found = true;
    for (int64_t i = 0; i < N; i++) {
        Object *k = I(i * 7);
        Object *v = dict_get_item(d, k);
        all_found &= (i % 2 == 0) ? v == NULL : (v && INT_VALUE(v) == i);
        decref(k);
    }
    CU_ASSERT(all_found);
    Object *k0 = I(0);
    CU_ASSERT(dict_del_item(d, k0) == -1 && raised_summary("KeyError: 0"));
    CU_ASSERT(raises(object_getitem(d, k0), "KeyError: 0"));
    decref(k0);
    /* re-inserting a deleted key puts it at the end */
    Object *a = S("a"), *b = S("b"), *c = S("c"), *one = I(1);
    Object *small = dict_new();
    dict_set_item(small, a, one);
    dict_set_item(small, b, one);
    dict_set_item(small, c, one);
    dict_del_item(small, a);
    dict_set_item(small, a, one);
    CU_ASSERT(repr_is(incref(small), "{'b': 1, 'c': 1, 'a': 1}"));
    /* many deletions and insertions of the same few keys stay small */
    for (int i = 0; i < 1000; i++) {
        dict_del_item(small, a);
        dict_set_item(small, a, one);
    }
    /* 16 slots of str keys at most: 24 + 16 + 10 * 16 bytes */
    CU_ASSERT(dict_table_bytes(small) <= 24 + 16 + 10 * 16);
    decref(small);
    decref(a); decref(b); decref(c); decref(one);
    decref(d);
}

/* The table's layout, through what it costs: one block of a 24-byte
 * header, indices one byte wide up to 128 slots and two bytes from 256,
 * and (key, value) entries while every key is a str, (hash, key, value)
 * ones after the first other key, until the dict is cleared. */
static void test_dict_table_layout(void)
{
    Object *d = dict_new(), *one = I(1);
    CU_ASSERT(dict_table_bytes(d) == 0);            /* the shared empty table */
    Object *a = S("a");
    dict_set_item(d, a, one);
    CU_ASSERT(dict_table_bytes(d) == 24 + 8 + 5 * 16);
    dict_set_item(d, one, one);                     /* general: 16 slots, as CPython */
    CU_ASSERT(dict_table_bytes(d) == 24 + 16 + 10 * 24);
    CU_ASSERT(dict_get_item(d, a) == one && dict_get_item(d, one) == one);
    dict_clear(d);
    CU_ASSERT(dict_table_bytes(d) == 0);
    dict_set_item(d, a, one);                       /* unicode again */
    CU_ASSERT(dict_table_bytes(d) == 24 + 8 + 5 * 16);
    char name[16];
    for (int i = 0; i < 100; i++) {                 /* 256 slots: int16 indices */
        snprintf(name, sizeof name, "k%d", i);
        Object *key = S(name);
        dict_set_item(d, key, one);
        decref(key);
    }
    CU_ASSERT(dict_table_bytes(d) == 24 + 256 * 2 + 170 * 16);
    bool all_found = true;
    for (int i = 0; i < 100; i++) {
        snprintf(name, sizeof name, "k%d", i);
        all_found = all_found && dict_get_item_cstr(d, name) == one;
    }
    CU_ASSERT(all_found);
    CU_ASSERT(DICT_SIZE(d) == 101);
    decref(a);
    decref(one);
    decref(d);
}

static void test_dict_keys_and_methods(void)
{
    Object *d = dict_new(), *one = I(1), *onef = F(1.0), *x = S("x"), *y = S("y");
    dict_set_item(d, one, x);
    dict_set_item(d, onef, y);              /* 1.0 == 1: same key, key kept */
    dict_set_item(d, True, y);
    CU_ASSERT_EQUAL(DICT_SIZE(d), 1);
    CU_ASSERT(repr_is(incref(d), "{1: 'y'}"));
    CU_ASSERT_PTR_EQUAL(dict_get_item(d, onef), y);
    Object *l = list_new(0);
    CU_ASSERT(dict_set_item(d, l, x) == -1 && raised_summary("TypeError: unhashable type: 'list'"));
    CU_ASSERT(raises(object_getitem(d, l), "TypeError: unhashable type: 'list'"));
    decref(l);
    dict_set_item_cstr(d, "name", x);
    CU_ASSERT_PTR_EQUAL(dict_get_item_cstr(d, "name"), x);
    CU_ASSERT_PTR_NULL(dict_get_item_cstr(d, "nope"));
    Object *args[2] = {y, one};
    CU_ASSERT(repr_is(call_method(d, "get", 1, args), "None"));
    CU_ASSERT(repr_is(call_method(d, "get", 2, args), "1"));
    CU_ASSERT(repr_is(call_method(d, "setdefault", 2, args), "1"));
    CU_ASSERT(repr_is(call_method(d, "setdefault", 2, args), "1"));
    CU_ASSERT(repr_is(call_method(d, "pop", 1, args), "1"));
    CU_ASSERT(raises(call_method(d, "pop", 1, args), "KeyError: 'y'"));
    CU_ASSERT(repr_is(call_method(d, "pop", 2, args), "1"));
    CU_ASSERT(raises(call_method(d, "get", 0, NULL), "TypeError: get expected at least 1 argument, got 0"));
    CU_ASSERT(raises(call_method(d, "keys", 1, args), "TypeError: dict.keys() takes no arguments (1 given)"));
    Object *copy = call_method(d, "copy", 0, NULL);
    CU_ASSERT_EQUAL(object_equal(copy, d), 1);
    CU_ASSERT(raises(object_compare(copy, d, CMP_LT),
                     "TypeError: '<' not supported between instances of 'dict' and 'dict'"));
    /* update from pairs and from keywords */
    Object *pair = tuple_pack(2, y, one), *pairs = list_new(0);
    list_append(pairs, pair);
    CU_ASSERT(repr_is(call_method(copy, "update", 1, &pairs), "None"));
    Object *kwnames = tuple_pack(1, x), *kwargs[1] = {one};
    CU_ASSERT(repr_is(call_method_kw(copy, "update", 0, kwargs, kwnames), "None"));
    CU_ASSERT(repr_is(incref(copy), "{1: 'y', 'name': 'x', 'y': 1, 'x': 1}"));
    CU_ASSERT_EQUAL(object_equal(copy, d), 0);
    Object *bad = list_new(0);
    list_append(bad, one);
    CU_ASSERT(dict_update(copy, bad) == -1
              && raised_summary("TypeError: cannot convert dictionary update sequence element #0 to a sequence"));
    decref(bad);
    Object *views = call_method(copy, "items", 0, NULL);
    CU_ASSERT_EQUAL(object_len(views), 4);
    CU_ASSERT_EQUAL(object_contains(views, pair), 1);
    decref(views);
    views = call_method(copy, "values", 0, NULL);
    CU_ASSERT_EQUAL(object_contains(views, one), 1);
    decref(views);
    /* iterating while the size changes */
    Object *iter = object_iter(copy), *k = iter_next(iter);
    CU_ASSERT(repr_is(k, "1"));
    dict_set_item(copy, onef, onef);        /* same size: fine */
    dict_del_item(copy, x);
    CU_ASSERT(raises(iter_next(iter), "RuntimeError: dictionary changed size during iteration"));
    decref(iter);
    CU_ASSERT(repr_is(call_method(copy, "clear", 0, NULL), "None"));
    CU_ASSERT(repr_is(incref(copy), "{}"));
    decref(kwnames); decref(pair); decref(pairs); decref(copy);
    decref(d); decref(one); decref(onef); decref(x); decref(y);
}

/* ---- range --------------------------------------------------------------- */

static void test_range(void)
{
    Object *r = range_new(10, 0, -3), *two = I(2), *m1 = I(-1), *four = I(4), *seven = I(7);
    CU_ASSERT_EQUAL(object_len(r), 4);
    CU_ASSERT(repr_is(list_from_iterable(r), "[10, 7, 4, 1]"));
    CU_ASSERT(repr_is(object_getitem(r, m1), "1"));
    CU_ASSERT(raises(object_getitem(r, four), "IndexError: range object index out of range"));
    CU_ASSERT_EQUAL(object_contains(r, seven), 1);
    CU_ASSERT_EQUAL(object_contains(r, two), 0);
    Object *sevenf = F(7.0);
    CU_ASSERT_EQUAL(object_contains(r, sevenf), 1);
    decref(sevenf);
    CU_ASSERT(raises(range_new(0, 1, 0), "ValueError: range() arg 3 must not be zero"));
    Object *a = range_new(0, 0, 1), *b = range_new(5, 5, 2);
    CU_ASSERT_EQUAL(object_equal(a, b), 1);
    CU_ASSERT_EQUAL(object_hash(a), object_hash(b));
    Object *big = range_new(INT64_MIN, INT64_MAX, 1);
    CU_ASSERT(object_len(big) == -1 && raised_summary("OverflowError: Python int too large to convert to C ssize_t"));
    CU_ASSERT_EQUAL(object_is_true(big), 1);
    decref(big); decref(a); decref(b);
    decref(r); decref(two); decref(m1); decref(four); decref(seven);
}

/* ---- the trashcan: freeing very deep structures -------------------------- */

static void test_trashcan_deep_list(void)
{
    size_t before = live_objects();
    Object *top = list_new(0);
    for (int i = 0; i < 1000000; i++) {
        Object *outer = list_new(0);
        list_append(outer, top);
        decref(top);                        /* outer holds the only reference */
        top = outer;
    }
    CU_ASSERT_EQUAL(live_objects(), before + 1000001);
    decref(top);                            /* a million nested deallocs */
    CU_ASSERT_EQUAL(live_objects(), before);
    CU_ASSERT_EQUAL(runtime.trash_depth, 0);
    CU_ASSERT_PTR_NULL(runtime.trash_delete_later);
}

static void test_trashcan_deep_dict(void)
{
    size_t before = live_objects();
    Object *key = S("next");
    Object *top = dict_new();
    for (int i = 0; i < 1000000; i++) {
        Object *outer = dict_new();
        dict_set_item(outer, key, top);
        decref(top);
        top = outer;
    }
    /* and a tuple chain on top, for good measure */
    for (int i = 0; i < 100000; i++) {
        Object *outer = tuple_pack(1, top);
        decref(top);
        top = outer;
    }
    decref(top);
    decref(key);
    CU_ASSERT_EQUAL(live_objects(), before);
    CU_ASSERT_EQUAL(runtime.trash_depth, 0);
}

static void test_repr_depth_limit(void)
{
    /* a tuple nested 5000 deep: repr gives up with RecursionError */
    Object *top = tuple_new(0);
    for (int i = 0; i < 5000; i++) {
        Object *outer = tuple_pack(1, top);
        decref(top);
        top = outer;
    }
    CU_ASSERT(raises(object_repr(top),
                     "RecursionError: maximum recursion depth exceeded while getting the repr of an object"));
    CU_ASSERT_EQUAL(runtime.recursion_depth, 0);
    decref(top);
}

/* ---- the suite ----------------------------------------------------------- */


static const TestEntry tests[] = {
    {"repr of int, bool, None, range", test_repr_scalars},
    {"repr of float (shortest round trip)", test_repr_float},
    {"repr of str (quotes, escapes)", test_repr_str},
    {"repr of containers and views", test_repr_containers},
    {"repr of recursive containers", test_repr_recursive},
    {"int past 64 bits", test_int_overflow},
    {"floor division and modulo", test_floor_division},
    {"binary operator TypeErrors", test_binary_type_errors},
    {"comparison and hashing", test_compare_and_hash},
    {"int() parsing", test_int_from_string},
    {"small ints and shared strings", test_small_ints},
    {"interning", test_interning},
    {"reference counts", test_refcounts},
    {"list methods and errors", test_list_methods},
    {"list iteration", test_list_iteration},
    {"tuple", test_tuple},
    {"str", test_str},
    {"dict order, deletion, resize", test_dict_order_and_resize},
    {"dict table layout: widths, kinds, empty", test_dict_table_layout},
    {"dict keys and methods", test_dict_keys_and_methods},
    {"range", test_range},
    {"trashcan: 1,000,000 nested lists", test_trashcan_deep_list},
    {"trashcan: 1,000,000 nested dicts", test_trashcan_deep_dict},
    {"repr depth limit", test_repr_depth_limit},
};

int main(void)
{
    return RUN_SUITE("types", tests, CU_BRM_NORMAL);
}
