/* float.c: float objects (CPython's Objects/floatobject.c, reduced). */
#include "float.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "error.h"
#include "int.h"
#include "str.h"

Object *float_from_double(double value)
{
#if CHAPTER >= CH_POOLS
    FloatObject *op = (FloatObject *)object_new_plain(&float_type, sizeof(FloatObject));
#else
    FloatObject *op = (FloatObject *)object_new(&float_type, sizeof(FloatObject));
#endif
    op->value = value;
    return (Object *)op;
}

/* ---- repr ---------------------------------------------------------------- */

/* The shortest decimal digits that read back as `value`: try 1, 2, ...
 * 17 significant digits (17 always suffice for a double). CPython gets the
 * same digits from David Gay's dtoa in one pass (mode 0). Writes the digits
 * without a point and returns the decimal exponent of the first one. */
static int shortest_digits(double value, char *digits, size_t size)
{
    char text[40];
    for (int precision = 1; precision <= 17; precision++) {
        snprintf(text, sizeof text, "%.*e", precision - 1, value);
        if (strtod(text, NULL) == value)
            break;
    }
    /* text is "d.ddde+XX" (value is positive here) */
    size_t n = 0;
    const char *p = text;
    for (; *p != 'e'; p++)
        if (*p != '.' && n + 1 < size)
            digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    return atoi(p + 1);
}

/* Fixed notation: the point goes after exponent + 1 digits, padding
 * with zeros on either side ("0.001", "1500.0"). */
static void format_fixed(const char *digits, int exponent, char *text)
{
    int ndigits = (int)strlen(digits);
    size_t n = 0;
    if (exponent < 0) {
        text[n++] = '0';
        text[n++] = '.';
        for (int i = 0; i < -exponent - 1; i++)
            text[n++] = '0';
        memcpy(text + n, digits, (size_t)ndigits);
        n += (size_t)ndigits;
    } else {
        for (int i = 0; i <= exponent; i++)
            text[n++] = i < ndigits ? digits[i] : '0';
        text[n++] = '.';
        if (ndigits > exponent + 1) {
            memcpy(text + n, digits + exponent + 1, (size_t)(ndigits - exponent - 1));
            n += (size_t)(ndigits - exponent - 1);
        } else {
            text[n++] = '0';
        }
    }
    text[n] = '\0';
}

/* Python's repr switches to exponent form when the exponent is below -4
 * or at least 16 ("1e-05", "1e+16"), and otherwise always shows a point
 * ("1.0", "100.0", "0.0001"). */
void float_format(double value, char *buf, size_t bufsize)
{
    if (isnan(value)) {
        snprintf(buf, bufsize, "nan");
        return;
    }
    if (isinf(value)) {
        snprintf(buf, bufsize, value > 0 ? "inf" : "-inf");
        return;
    }
    const char *sign = signbit(value) ? "-" : "";
    char digits[24];
    int exponent = shortest_digits(fabs(value), digits, sizeof digits);
    if (exponent < -4 || exponent >= 16) {
        snprintf(buf, bufsize, "%s%c%s%se%c%02d", sign, digits[0], digits[1] ? "." : "",
                 digits + 1, exponent < 0 ? '-' : '+', abs(exponent));
    } else {
        char text[48];
        format_fixed(digits, exponent, text);
        snprintf(buf, bufsize, "%s%s", sign, text);
    }
}

static Object *float_repr(Object *self)
{
    char buf[40];
    float_format(FLOAT_VALUE(self), buf, sizeof buf);
    return str_from_cstr(buf);
}

/* ---- hash ---------------------------------------------------------------- */

/* hash(x) must equal hash(n) whenever x == n, so floats use ints' rule:
 * the value modulo P = 2**61 - 1. The mantissa is fed in 28 bits at a
 * time (x = x * 2**28 + chunk, mod P), then multiplied by 2**exponent;
 * since 2**61 == 1 (mod P), multiplying by a power of two is a rotation
 * of the 61-bit residue. This is CPython's _Py_HashDouble. */
static uint64_t rotate61(uint64_t x, int bits)
{
    return ((x << bits) & HASH_MODULUS) | x >> (HASH_BITS - bits);
}

static int64_t double_hash(double value, Object *self)
{
    if (isinf(value))
        return value > 0 ? 314159 : -314159;
    if (isnan(value)) {
        /* nan != nan, so any hash will do: CPython 3.10+ uses identity. */
        uintptr_t p = (uintptr_t)self;
        return (int64_t)(p >> 4);
    }
    int exponent;
    double mantissa = frexp(value, &exponent);
    int sign = 1;
    if (mantissa < 0) {
        sign = -1;
        mantissa = -mantissa;
    }
    uint64_t residue = 0;
    while (mantissa != 0) {
        residue = rotate61(residue, 28);
        mantissa *= 268435456.0;        /* 2**28 */
        exponent -= 28;
        uint64_t chunk = (uint64_t)mantissa;
        mantissa -= (double)chunk;
        residue += chunk;
        if (residue >= HASH_MODULUS)
            residue -= HASH_MODULUS;
    }
    int shift = exponent >= 0 ? exponent % HASH_BITS
                              : HASH_BITS - 1 - ((-1 - exponent) % HASH_BITS);
    int64_t hash = (int64_t)rotate61(residue, shift) * sign;
    return hash == -1 ? -2 : hash;
}

static int64_t float_hash(Object *self)
{
    return double_hash(FLOAT_VALUE(self), self);
}

/* ---- comparison ---------------------------------------------------------- */

static int compare_doubles(double x, double y)
{
    return (x > y) - (x < y);
}

/* `a` is a float (float's own slot, or called reflected by
 * object_compare when `a` is a float and `b` an int). */
static Object *float_compare(Object *a, Object *b, CompareOp op)
{
    if (!is_float(a) || !(is_float(b) || is_int(b)))
        return incref(NotImplemented);
    double x = FLOAT_VALUE(a);
    if (isnan(x) || (is_float(b) && isnan(FLOAT_VALUE(b))))
        return bool_from(op == CMP_NE);     /* nan is unordered */
    int cmp = is_float(b) ? compare_doubles(x, FLOAT_VALUE(b))
                          : isinf(x) ? (x > 0 ? 1 : -1)
                                     : -int_compare_double(b, x);
    return bool_from(compare_holds(cmp, op));
}

/* ---- arithmetic ---------------------------------------------------------- */

static bool as_double(Object *op, double *out)
{
    if (is_float(op))
        *out = FLOAT_VALUE(op);
    else if (is_int(op))
        return int_as_double(op, out) == 0 || (error_clear(), false); /* int.c raises */
    else
        return false;
    return true;
}

/* Arithmetic slots take float op float, float op int and int op float;
 * anything else is NotImplemented. */
static bool float_operands(Object *a, Object *b, double *x, double *y)
{
    return as_double(a, x) && as_double(b, y);
}

static Object *float_add(Object *a, Object *b)
{
    double x, y;
    if (!float_operands(a, b, &x, &y))
        return incref(NotImplemented);
    return float_from_double(x + y);
}

static Object *float_sub(Object *a, Object *b)
{
    double x, y;
    if (!float_operands(a, b, &x, &y))
        return incref(NotImplemented);
    return float_from_double(x - y);
}

static Object *float_mul(Object *a, Object *b)
{
    double x, y;
    if (!float_operands(a, b, &x, &y))
        return incref(NotImplemented);
    return float_from_double(x * y);
}

static Object *float_truediv(Object *a, Object *b)
{
    double x, y;
    if (!float_operands(a, b, &x, &y))
        return incref(NotImplemented);
    if (y == 0.0)
        return error_set_string(&exc_ZeroDivisionError, "float division by zero");
    return float_from_double(x / y);
}

/* Python's divmod for floats: the remainder takes the divisor's sign, and
 * the quotient is (x - remainder) / y rounded to the nearest integer (it
 * is one already but for rounding errors). Zeros keep a sensible sign. */
static void float_divmod(double x, double y, double *quotient, double *remainder)
{
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    if (div != 0.0) {
        double floor_div = floor(div);
        if (div - floor_div > 0.5)
            floor_div += 1.0;
        div = floor_div;
    } else {
        div = copysign(0.0, x / y);
    }
    *quotient = div;
    *remainder = mod;
}

static Object *float_floordiv(Object *a, Object *b)
{
    double x, y;
    if (!float_operands(a, b, &x, &y))
        return incref(NotImplemented);
    if (y == 0.0)
        return error_set_string(&exc_ZeroDivisionError, "float floor division by zero");
    double quotient, remainder;
    float_divmod(x, y, &quotient, &remainder);
    return float_from_double(quotient);
}

static Object *float_mod(Object *a, Object *b)
{
    double x, y;
    if (!float_operands(a, b, &x, &y))
        return incref(NotImplemented);
    if (y == 0.0)
        return error_set_string(&exc_ZeroDivisionError, "float modulo");
    double quotient, remainder;
    float_divmod(x, y, &quotient, &remainder);
    return float_from_double(remainder);
}

static Object *float_neg(Object *self)
{
    return float_from_double(-FLOAT_VALUE(self));
}

static int float_is_true(Object *self)
{
    return FLOAT_VALUE(self) != 0.0;
}

Type float_type = {
    .base = TYPE_HEAD_INIT,
    .name = "float",
    .basic_size = sizeof(FloatObject),
    .parent = &object_type,
    .flags = TYPE_BASETYPE,
    .construct = float_construct,
    .dealloc = object_dealloc_default,
    .repr = float_repr,
    .hash = float_hash,
    .compare = float_compare,
    .is_true = float_is_true,
    .add = float_add,
    .sub = float_sub,
    .mul = float_mul,
    .truediv = float_truediv,
    .floordiv = float_floordiv,
    .mod = float_mod,
    .pow = float_pow,
    .neg = float_neg,
};
