/* test_int.c: CUnit tests of ints of any size (int.c, intpow.c,
 * longarith.c): digit normalisation, carries and borrows across digits,
 * the sign of division remainders, CPython's hash, decimal text both ways,
 * float conversion, sizes; Karatsuba products against the schoolbook
 * loop on random operands.
 *
 * Built like test_types.c: every file of code/ but main.c (chapter 12),
 * ASan + UBSan, -lcunit -lm. Every expected value was printed by python3
 * 3.11 (python3 -c 'print(...)'); none is computed here.
 */
#include "harness.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "error.h"
#include "float.h"
#include "int.h"
#include "longarith.h"
#include "memory.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* repr(op) == expected; consumes op (NULL: false, error shown). */
static bool repr_is(Object *op, const char *expected)
{
    if (op == NULL) {
        Object *exc = error_fetch();
        Object *s = exc ? exception_summary(exc) : NULL;
        fprintf(stderr, "\n  expected %s, got NULL (%s)\n", expected, s ? STR_DATA(s) : "?");
        xdecref(s);
        xdecref(exc);
        return false;
    }
    Object *r = object_repr(op);
    decref(op);
    bool same = r && str_equal_cstr(r, expected);
    if (!same)
        fprintf(stderr, "\n  expected [%s]\n       got [%s]\n", expected, r ? STR_DATA(r) : "NULL");
    xdecref(r);
    return same;
}

static bool raises(Object *result, const char *summary)
{
    if (result != NULL) {
        decref(result);
        fprintf(stderr, "\n  expected %s, got a result\n", summary);
        return false;
    }
    Object *exc = error_fetch();
    Object *s = exception_summary(exc);
    bool same = str_equal_cstr(s, summary);
    if (!same)
        fprintf(stderr, "\n  expected [%s]\n       got [%s]\n", summary, STR_DATA(s));
    decref(s);
    decref(exc);
    return same;
}

static Object *I(int64_t v) { return int_from_i64(v); }
static Object *T(const char *text) { return int_from_string(text, strlen(text)); }

/* a OP b, consuming both. */
static Object *binop(Object *a, int op, Object *b)
{
    Object *result = number_binary(a, b, op);
    decref(a);
    decref(b);
    return result;
}

/* 2**n, by pow(). */
static Object *power_of_two(int64_t n)
{
    Object *two = I(2), *e = I(n), *result = int_pow(two, e, NULL);
    decref(two);
    decref(e);
    return result;
}

static intptr_t size_field(Object *op)
{
    return ((VarObject *)op)->size;
}

static void test_normalisation(void)
{
    /* Leading zero digits go; zero has size 0; a one-digit result is the
     * cached small int (CPython's maybe_small_long). */
    const digit padded[] = {5, 0, 0};
    Object *five = int_from_digits(false, padded, 3), *cached = I(5);
    CU_ASSERT(size_field(five) == 1 && five == cached);
    decref(five);
    decref(cached);
    Object *zero = int_from_digits(true, padded + 1, 2);
    CU_ASSERT(size_field(zero) == 0);
    CU_ASSERT(repr_is(zero, "0"));
    /* 2**90 - (2**90 - 1) == 1: four digits down to one. */
    Object *one = binop(power_of_two(90), '-', binop(power_of_two(90), '-', I(1)));
    CU_ASSERT(one != NULL && size_field(one) == 1);
    CU_ASSERT(repr_is(one, "1"));
    Object *negative = binop(I(0), '-', power_of_two(64));
    CU_ASSERT(size_field(negative) == -3);
    CU_ASSERT(repr_is(negative, "-18446744073709551616"));
}

static void test_carries(void)
{
    CU_ASSERT(repr_is(binop(binop(power_of_two(90), '-', I(1)), '+', I(1)),
                      "1237940039285380274899124224"));
    CU_ASSERT(repr_is(binop(binop(power_of_two(60), '*', power_of_two(60)), '-', I(1)),
                      "1329227995784915872903807060280344575"));
    Object *p = power_of_two(90);
    const IntObject *big = (const IntObject *)p;
    CU_ASSERT(big->base.size == 4 && big->digits[3] == 1 && big->digits[0] == 0);
    decref(p);
    CU_ASSERT(repr_is(binop(I(INT64_MAX), '+', I(1)), "9223372036854775808"));
    CU_ASSERT(repr_is(binop(I(INT64_MIN), '-', I(1)), "-9223372036854775809"));
}

/* a = 2**90 + 12345, b = 2**45 + 7, with every pair of signs. */
static void test_division_signs(void)
{
    static const struct { int sa, sb; const char *q, *r; } cases[] = {
        {1, 1, "35184372088825", "12394"},
        {-1, 1, "-35184372088826", "35184372076445"},
        {1, -1, "-35184372088826", "-35184372076445"},
        {-1, -1, "35184372088825", "-12394"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *a = binop(power_of_two(90), '+', I(12345));
        Object *b = binop(power_of_two(45), '+', I(7));
        if (cases[i].sa < 0)
            a = binop(I(0), '-', a);
        if (cases[i].sb < 0)
            b = binop(I(0), '-', b);
        Object *pair = int_divmod(a, b);
        CU_ASSERT(repr_is(incref(TUPLE_ITEMS(pair)[0]), cases[i].q));
        CU_ASSERT(repr_is(incref(TUPLE_ITEMS(pair)[1]), cases[i].r));
        decref(pair);
        decref(a);
        decref(b);
    }
    CU_ASSERT(raises(binop(power_of_two(70), '%', I(0)), "ZeroDivisionError: integer modulo by zero"));
}

static void test_hash(void)
{
    static const struct { const char *text; int64_t hash; } cases[] = {
        {"-1", -2}, {"2305843009213693951", 0}, {"2305843009213693952", 1},
        {"-2305843009213693952", -2}, {"1000000000000000000000000000000", 465258685558744706},
        {"18446744073709551616", 8}, {"-18446744073709551616", -8},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *op = T(cases[i].text);
        CU_ASSERT(int_hash(op) == cases[i].hash);
        decref(op);
    }
    Object *big = power_of_two(1000), *neg = binop(I(0), '-', power_of_two(1000));
    CU_ASSERT(int_hash(big) == 16777216 && int_hash(neg) == -16777216);
    decref(big);
    decref(neg);
}

static void test_text(void)
{
    CU_ASSERT(repr_is(power_of_two(1000),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958"
        "58127594672917553146825187145285692314043598457757469857480393456777482423098542107460506237114187"
        "7954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376"));
    CU_ASSERT(repr_is(T("-99999999999999999999999999999999999999999999999999"),
                      "-99999999999999999999999999999999999999999999999999"));
    CU_ASSERT(repr_is(T("0x10000000000000000000000000"), "1267650600228229401496703205376"));
    CU_ASSERT(repr_is(T(" 1_000_000_000_000_000_000_000 "), "1000000000000000000000"));
    /* Round trip: repr, parse, compare. */
    Object *x = power_of_two(777), *text = object_repr(x);
    Object *back = int_from_string(STR_DATA(text), STR_SIZE(text));
    CU_ASSERT(back && int_same_value(x, back));
    xdecref(back);
    decref(text);
    decref(x);
    /* CPython 3.11's limit of 4300 decimal digits, both ways. */
    char digits[4302];
    memset(digits, '7', 4301);
    digits[4301] = '\0';
    CU_ASSERT(raises(T(digits), "ValueError: Exceeds the limit (4300 digits) for integer string "
                     "conversion: value has 4301 digits; use sys.set_int_max_str_digits() to "
                     "increase the limit"));
    digits[4300] = '\0';
    Object *longest = T(digits), *shown = longest ? object_repr(longest) : NULL;
    CU_ASSERT(shown && STR_SIZE(shown) == 4300);
    xdecref(shown);
    Object *too_long = longest ? binop(longest, '*', I(10)) : NULL;
    CU_ASSERT(raises(too_long ? object_repr(too_long) : NULL,
                     "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                     "use sys.set_int_max_str_digits() to increase the limit"));
    xdecref(too_long);
}

static void test_floats(void)
{
    double d = 0;
    Object *x = power_of_two(80);
    CU_ASSERT(int_as_double(x, &d) == 0 && d == ldexp(1.0, 80));
    Object *back = int_from_double(d);
    CU_ASSERT(int_same_value(x, back));
    decref(back);
    decref(x);
    /* 2**60 + 2**7 lies halfway between two doubles: it rounds to the even 2**60. */
    Object *tie = binop(power_of_two(60), '+', power_of_two(7));
    CU_ASSERT(int_as_double(tie, &d) == 0 && d == ldexp(1.0, 60));
    decref(tie);
    Object *huge = power_of_two(1024);
    CU_ASSERT(int_as_double(huge, &d) == -1);
    CU_ASSERT(raises(NULL, "OverflowError: int too large to convert to float"));
    decref(huge);
    Object *q = binop(I(1), '/', power_of_two(1070));
    CU_ASSERT(repr_is(q, "8e-323"));
    CU_ASSERT(raises(binop(power_of_two(2000), '/', I(3)),
                     "OverflowError: integer division result too large for a float"));
}

static void test_sizes(void)
{
    static const struct { int64_t power; size_t size; } cases[] = {
        {0, 28}, {29, 28}, {30, 32}, {60, 36}, {64, 36}, {332, 72},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *op = power_of_two(cases[i].power);
        CU_ASSERT(sys_object_size(op) == cases[i].size);
        decref(op);
    }
    Object *zero = I(0);
    CU_ASSERT(sys_object_size(zero) == 28);
    decref(zero);
}

/* ---- Karatsuba against the schoolbook loop ------------------------------ */

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static digit random_digit(void)
{
    rng_state ^= rng_state << 13;       /* xorshift64 */
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (digit)(rng_state & DIGIT_MASK);
}

/* n digits, the top one not zero; `all_ones` makes every digit 2**30-1,
 * the operand whose products carry the most. */
static digit *random_operand(size_t n, bool all_ones)
{
    digit *d = mem_alloc(n * sizeof(digit));
    for (size_t i = 0; i < n; i++)
        d[i] = all_ones ? DIGIT_MASK : random_digit();
    if (d[n - 1] == 0)
        d[n - 1] = 1;
    return d;
}

/* mag_mul(a, b) == mag_mul_school(a, b), digit for digit (a is b when
 * `square`, which takes Karatsuba's square path). */
static bool products_agree(size_t na, size_t nb, bool square, bool all_ones)
{
    digit *a = random_operand(na, all_ones);
    digit *b = square ? a : random_operand(nb, all_ones);
    if (square)
        nb = na;
    size_t cap = na + nb;
    digit *fast = mem_alloc(cap * sizeof(digit)), *slow = mem_alloc(cap * sizeof(digit));
    size_t nfast = mag_mul(a, na, b, nb, fast), nslow = mag_mul_school(a, na, b, nb, slow);
    bool same = nfast == nslow && memcmp(fast, slow, nfast * sizeof(digit)) == 0;
    if (!same)
        fprintf(stderr, "\n  %zu x %zu digits%s: the products differ\n", na, nb,
                square ? " (square)" : "");
    mem_free(fast, cap * sizeof(digit));
    mem_free(slow, cap * sizeof(digit));
    if (!square)
        mem_free(b, nb * sizeof(digit));
    mem_free(a, na * sizeof(digit));
    return same;
}

static void test_karatsuba(void)
{
    /* Around both cutoffs (70, and 140 for squares), balanced, lopsided
     * (2 * na <= nb: slices), and big enough to recurse several levels. */
    static const size_t sizes[][2] = {
        {1, 1}, {3, 200}, {69, 69}, {70, 70}, {71, 71}, {71, 72}, {100, 150}, {139, 139},
        {140, 140}, {141, 141}, {71, 142}, {71, 143}, {80, 1000}, {300, 599}, {500, 501},
        {1000, 1999}, {2048, 2048}, {3001, 4999},
    };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        for (int ones = 0; ones < 2; ones++) {
            CU_ASSERT(products_agree(sizes[i][0], sizes[i][1], false, ones));
            CU_ASSERT(products_agree(sizes[i][0], sizes[i][1], false, ones));
            CU_ASSERT(products_agree(sizes[i][1], sizes[i][0], false, ones));
            CU_ASSERT(products_agree(sizes[i][0], 0, true, ones));
        }
    }
}

int main(void)
{
    static const TestEntry tests[] = {
        {"normalisation", test_normalisation},
        {"carries and borrows", test_carries},
        {"division remainder signs", test_division_signs},
        {"hash", test_hash},
        {"text both ways", test_text},
        {"floats", test_floats},
        {"sizes", test_sizes},
        {"karatsuba against schoolbook", test_karatsuba},
    };
    return RUN_SUITE("int", tests, CU_BRM_NORMAL);
}
