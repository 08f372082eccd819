/* test_intops.c: CUnit tests of the operators ** << >> & | ^ ~ and their
 * augmented forms (number.c, intbits.c, intpow.c, floatpow.c, the
 * parser's precedence levels, compile.c's folding limits).
 *
 * Build against every file of code/ but main.c (chapter 12, the whole
 * runtime), with -fsanitize=address,undefined -fno-sanitize-recover=all.
 * Every expected value and message was measured with CPython 3.11.7,
 * except the one refusal marked as minipy's own.
 */
#include "harness.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bool.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "frame.h"
#include "function.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "parser.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* ---- helpers ---------------------------------------------------------------- */

static Object *new_namespace(void)
{
    Object *globals = dict_new();
    Object *name = str_from_cstr("__main__");
    dict_set_item_cstr(globals, "__name__", name);
    decref(name);
    return globals;
}

/* Run `source` as a script in `globals`; returns 0, or -1 with the
 * exception left set. The unit lives until the program has run. */
static int run_in(Object *globals, const char *source, ParseMode mode)
{
    Unit *unit = parse_unit(source, strlen(source), "<test>", mode);
    if (unit == NULL)
        return -1;
    Object *result = eval_unit(unit, globals);
    unit_drop_arena_objects(unit);
    decref((Object *)unit);
    if (result == NULL)
        return -1;
    decref(result);
    return 0;
}

/* A fresh namespace that ran `source` successfully (CU failure otherwise). */
static Object *run_ok(const char *source)
{
    Object *globals = new_namespace();
    if (run_in(globals, source, PARSE_FILE) < 0) {
        Object *exception = error_fetch();
        Object *summary = exception ? exception_summary(exception) : NULL;
        fprintf(stderr, "\nunexpected error in:\n%s\n-> %s\n", source,
                summary ? STR_DATA(summary) : "?");
        xdecref(summary);
        xdecref(exception);
        CU_FAIL("program raised");
    }
    return globals;
}

/* The int bound to `name` in `globals`, or a sentinel. */
static int64_t int_global(Object *globals, const char *name)
{
    Object *value = dict_get_item_cstr(globals, name);
    if (value == NULL || !is_int(value))
        return -999999;
    return INT_VALUE(value);
}

static void check_int(const char *source, const char *name, int64_t expected)
{
    Object *globals = run_ok(source);
    int64_t got = int_global(globals, name);
    if (got != expected)
        fprintf(stderr, "\n%s\n-> %s = %lld, expected %lld\n", source, name, (long long)got,
                (long long)expected);
    CU_ASSERT_EQUAL(got, expected);
    decref(globals);
}

/* The program must raise; its "Type: message" must be `expected`. */
static void check_error(const char *source, const char *expected)
{
    Object *globals = new_namespace();
    int status = run_in(globals, source, PARSE_FILE);
    CU_ASSERT_EQUAL(status, -1);
    Object *exception = error_fetch();
    CU_ASSERT_PTR_NOT_NULL_FATAL(exception);
    Object *summary = exception_summary(exception);
    if (strcmp(STR_DATA(summary), expected) != 0)
        fprintf(stderr, "\n%s\n-> %s\nexpected %s\n", source, STR_DATA(summary), expected);
    CU_ASSERT_STRING_EQUAL(STR_DATA(summary), expected);
    decref(summary);
    decref(exception);
    decref(globals);
}

/* ---- the operators ---------------------------------------------------------- */

static void test_precedence(void)
{
    check_int("x = -2 ** 2", "x", -4);
    check_int("x = 2 ** 3 ** 2", "x", 512);
    check_int("x = int(2 ** -2 * 8)", "x", 2);
    check_int("x = 1 + 2 << 3", "x", 24);
    check_int("x = 6 | 3 & 8", "x", 6);
    check_int("x = 6 ^ 5 & 3", "x", 7);
    check_int("x = 1 | 2 ^ 3 & 4", "x", 3);
    check_int("x = ~5 + 1", "x", -5);
    check_int("x = -~5", "x", 6);
    check_int("x = int(1 < 2 | 4)", "x", 1);
}

/* Two's complement semantics on ints of several digits (values from
 * python3). */
static void test_big_bitwise(void)
{
    check_int("x = ((2 ** 100 + 7) & -(2 ** 64)) >> 64", "x", 68719476736);
    check_int("x = (-(2 ** 95) | (2 ** 40 - 1)) >> 30 == -36893488147419102209", "x", 1);
    check_int("x = (-(2 ** 70) ^ 12345) % 1000003", "x", 568446);
    check_int("x = (-12345678901234567890123) >> 77", "x", -1);
    check_int("x = ~(2 ** 65) + 2 ** 65", "x", -1);
    check_int("x = -7 >> 1", "x", -4);
    check_int("x = -(2 ** 64) >> 64", "x", -1);
    check_int("x = -(2 ** 64 + 1) >> 64", "x", -2);
    check_int("x = (1 << 100) >> 98", "x", 4);
    check_int("x = pow(7, 2 ** 70, 1000003)", "x", 461467);
    check_int("x = 3 ** 100 % (2 ** 61 - 1)", "x", 1175369268131054105);
}

static void test_bool_results(void)
{
    check_int("x = int(type(True & False) is bool and type(True | 0) is int)", "x", 1);
    check_int("x = int((True ^ True) is False and ~True == -2)", "x", 1);
    check_int("b = True\nb &= False\nx = int(b is False)", "x", 1);
}

static void test_augmented(void)
{
    check_int("x = 7\nx **= 2\nx <<= 3\nx >>= 2\nx &= 0b11110\nx |= 1\nx ^= 0xff", "x", 252);
    check_int("x = 100\nx //= 7\nx %= 5\nx *= 3", "x", 12);
    check_int("x = [3]\nx[0] **= 3\nx = x[0]", "x", 27);
    check_int("x = 9\nx /= 2\nx = int(x * 2)", "x", 9);
}

/* CPython's folding limits (safe_power, safe_lshift: 128 bits): a folded
 * result is one constant with an equal literal of the same unit. */
static void test_folding(void)
{
    check_int("a = 2 ** 64\nb = 18446744073709551616\nx = int(a is b)", "x", 1);
    check_int("a = 2 ** 128\nb = 340282366920938463463374607431768211456\nx = int(a is b)",
              "x", 0);
    check_int("a = 1 << 127\nb = 170141183460469231731687303715884105728\nx = int(a is b)",
              "x", 1);
    check_int("a = 1 << 128\nb = 340282366920938463463374607431768211456\nx = int(a is b)",
              "x", 0);
    check_int("a = ~1000\nb = -1001\nx = int(a is b)", "x", 1);
}

static void test_errors(void)
{
    check_error("x = 1 << -1", "ValueError: negative shift count");
    check_error("x = 1 >> -(2 ** 80)", "ValueError: negative shift count");
    check_error("x = 0 ** -1", "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    check_error("x = 0.0 ** -2.5", "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    check_error("x = 2.0 ** 10000", "OverflowError: (34, 'Numerical result out of range')");
    check_error("x = 1.0 << 1", "TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
    check_error("x = 'a' ** 2",
                "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'");
    check_error("x = 'a'\nx **= 2", "TypeError: unsupported operand type(s) for **=: 'str' and 'int'");
    check_error("x = ~1.5", "TypeError: bad operand type for unary ~: 'float'");
    check_error("x = pow(2.0, 3, 5)",
                "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
    check_error("x = pow('a', 2, 3)",
                "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'");
    /* minipy's own refusal: CPython's result would be a complex number */
    check_error("x = (-8.0) ** 0.5", "ValueError: negative number cannot be raised to a "
                "fractional power (minipy has no complex numbers)");
    check_error("x = 1 << 2 ** 64", "MemoryError");
}

/* ---- the suite -------------------------------------------------------------- */


static const TestEntry tests[] = {
    {"precedence of ** << >> & | ^ ~", test_precedence},
    {"bitwise operators on big and negative ints", test_big_bitwise},
    {"bool & | ^", test_bool_results},
    {"augmented assignment", test_augmented},
    {"constant folding and its limits", test_folding},
    {"errors", test_errors},
};

int main(void)
{
    return RUN_SUITE("intops", tests, CU_BRM_NORMAL);
}
