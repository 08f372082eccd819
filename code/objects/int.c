/* int.c: int objects (CPython's Objects/longobject.c, reduced).
 *
 * An int holds as many 30-bit digits as its value needs, with the sign in
 * its size field, exactly as a CPython 3.11 PyLongObject does: 2**64 takes
 * three digits and sys.getsizeof says 36. The digit arithmetic lives in
 * longarith.c; this file makes and reads the objects. Everything
 * memory-related behaves as in CPython: ints are immutable objects, and
 * from chapter 2 the small ints -5..256 are made once and shared
 * (CPython's small-int cache, _PY_NSMALLNEGINTS/_PY_NSMALLPOSINTS).
 *
 * Values below 2**30 in size (one digit) are by far the commonest, so
 * each operation first tries them with plain C arithmetic, as CPython's
 * "medium value" fast paths do, and only then works digit by digit.
 */
#include "int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "error.h"
#include "float.h"
#include "memory.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* C's DOUBLE_MAX_EXP, DOUBLE_MIN_EXP, DOUBLE_MANT_DIG for IEEE doubles (<float.h>
 * is shadowed by minipy's own float.h on the include path). */
#define DOUBLE_MAX_EXP 1024
#define DOUBLE_MIN_EXP (-1021)
#define DOUBLE_MANT_DIG 53

/* An int's digits and sign, read in place. */
typedef struct IntView {
    bool negative;
    size_t n;
    const digit *d;
} IntView;

static IntView view_of(Object *op)
{
    IntObject *i = (IntObject *)op;
    intptr_t size = i->base.size;
    return (IntView){size < 0, (size_t)(size < 0 ? -size : size), i->digits};
}

/* Both values fit in one digit: C arithmetic cannot overflow on them. */
static bool both_small(Object *a, Object *b)
{
    intptr_t x = ((VarObject *)a)->size, y = ((VarObject *)b)->size;
    return x >= -1 && x <= 1 && y >= -1 && y <= 1;
}

/* Scratch digit buffers for the arithmetic (never empty). */
static digit *scratch_new(size_t n)
{
    return mem_alloc((n ? n : 1) * sizeof(digit));
}

static void scratch_free(digit *d, size_t n)
{
    mem_free(d, (n ? n : 1) * sizeof(digit));
}

/* ---- making ints ----------------------------------------------------------- */

/* A fresh int with room for n digits (one at least, as CPython's
 * _PyLong_New), size still 0. */
static IntObject *int_alloc(size_t n)
{
    return (IntObject *)object_new(&int_type, INT_HEADER_SIZE + (n ? n : 1) * sizeof(digit));
}

/* int_alloc for a maker that sets the size and every digit itself: from
 * chapter 11 on, the block is not zeroed first (object_new_plain). */
static IntObject *int_alloc_filled(size_t n)
{
#if CHAPTER >= CH_POOLS
    return (IntObject *)object_new_plain(&int_type, INT_HEADER_SIZE + n * sizeof(digit));
#else
    return int_alloc(n);
#endif
}

/* int_new_i64 of a value of two digits or three (64 bits), written
 * without a loop; out of line, so that the common case below keeps few
 * registers. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static Object *int_new_digits(int64_t value)
{
    uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    size_t n = magnitude >> DIGIT_BITS < DIGIT_BASE ? 2 : 3;
    IntObject *op = int_alloc_filled(n);
    op->digits[0] = (digit)(magnitude & DIGIT_MASK);
    op->digits[1] = (digit)((magnitude >> DIGIT_BITS) & DIGIT_MASK);
    if (n == 3)
        op->digits[2] = (digit)(magnitude >> (2 * DIGIT_BITS));
    op->base.size = value < 0 ? -(intptr_t)n : (intptr_t)n;
    return (Object *)op;
}

static Object *int_new_i64(int64_t value)
{
    uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    if (magnitude >= DIGIT_BASE)
        return int_new_digits(value);
    IntObject *op = int_alloc_filled(1);    /* the common case: one digit */
    op->digits[0] = (digit)magnitude;
    op->base.size = value < 0 ? -1 : magnitude != 0;
    return (Object *)op;
}

/* ---- the small-int cache (chapter 2) ------------------------------------- */

#if CHAPTER >= CH_INTERNING
/* CPython 3.11 allocates its small ints statically with a count of
 * 999999999 (_PyObject_IMMORTAL_INIT), so sys.getrefcount(1) prints a
 * number just above a billion. minipy's live in the heap but start at the
 * same count, so no decref ever frees them; heap_free_all does at exit. */
void int_init_cache(void)
{
    for (int64_t v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) {
        Object *op = int_new_i64(v);
        op->refcount = IMMORTAL_REFCOUNT;
        runtime.small_ints[v - SMALL_INT_MIN] = op;
    }
}

/* The cached int of a value in the range: the cache is full from start-up
 * to exit, so that this is one read. */
static Object *small_int(int64_t value)
{
    return runtime.small_ints[value - SMALL_INT_MIN];
}

/* Forget the cache; the objects themselves go with heap_free_all. */
void int_fini_cache(void)
{
    for (int i = 0; i <= SMALL_INT_MAX - SMALL_INT_MIN; i++)
        CLEAR_SLOT(runtime.small_ints[i]);
}
#else
void int_init_cache(void) {}
void int_fini_cache(void) {}
#endif

Object *int_from_i64(int64_t value)
{
#if CHAPTER >= CH_INTERNING
    if (value >= SMALL_INT_MIN && value <= SMALL_INT_MAX)
        return incref(small_int(value));
#endif
    return int_new_i64(value);
}

/* A result of one digit or none goes through int_from_i64, so that a big
 * computation ending in a small value returns the cached object, as
 * CPython's maybe_small_long does. */
Object *int_from_digits(bool negative, const digit *digits, size_t n)
{
    n = mag_normalize(digits, n);
    if (n <= 1) {
        int64_t value = n ? digits[0] : 0;
        return int_from_i64(negative ? -value : value);
    }
    IntObject *op = int_alloc(n);
    memcpy(op->digits, digits, n * sizeof(digit));
    op->base.size = negative ? -(intptr_t)n : (intptr_t)n;
    return (Object *)op;
}

/* The result of an operation on scratch digits, which it frees. */
static Object *int_from_scratch(bool negative, digit *digits, size_t n, size_t capacity)
{
    Object *result = int_from_digits(negative, digits, n);
    scratch_free(digits, capacity);
    return result;
}

/* ---- reading ints ---------------------------------------------------------- */

int int_to_i64(Object *op, int64_t *out)
{
    IntView v = view_of(op);
    if (v.n > 3 || (v.n == 3 && v.d[2] > 8))
        return -1;
    uint64_t magnitude = 0;
    for (size_t i = v.n; i-- > 0;)
        magnitude = (magnitude << DIGIT_BITS) | v.d[i];
    if (magnitude > (uint64_t)INT64_MAX + v.negative)
        return -1;
    *out = v.negative ? (int64_t)(0 - magnitude) : (int64_t)magnitude;
    return 0;
}

int64_t int_value_clamped(Object *op)
{
    int64_t value;
    if (int_to_i64(op, &value) == 0)
        return value;
    return ((VarObject *)op)->size < 0 ? INT64_MIN : INT64_MAX;
}

int int_as_index(Object *op, int64_t *out)
{
    if (!is_int(op)) {
        error_format(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                     op->type->name);
        return -1;
    }
    if (int_to_i64(op, out) < 0) {
        error_set_string(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

size_t int_bit_length(Object *op)
{
    IntView v = view_of(op);
    return mag_bit_length(v.d, v.n);
}

bool int_same_value(Object *a, Object *b)
{
    IntView x = view_of(a), y = view_of(b);
    return x.negative == y.negative && mag_compare(x.d, x.n, y.d, y.n) == 0;
}

/* The top 55 bits of a magnitude of `bits` bits (> 64), with the last one
 * set when any bit below them is: converted to a double, that rounds half
 * to even as exactly as converting the whole number would. */
static uint64_t top_bits_sticky(IntView v, size_t bits, size_t *shift)
{
    *shift = bits - 55;
    size_t cap = v.n;
    digit *out = scratch_new(cap);
    bool lost;
    size_t n = mag_rshift(v.d, v.n, *shift, out, &lost);
    uint64_t top = 0;
    for (size_t i = n; i-- > 0;)
        top = (top << DIGIT_BITS) | out[i];
    scratch_free(out, cap);
    return top | lost;
}

int int_as_double(Object *op, double *out)
{
    int64_t small;
    if (int_to_i64(op, &small) == 0) {
        *out = (double)small;           /* C rounds to nearest, ties to even */
        return 0;
    }
    IntView v = view_of(op);
    size_t bits = mag_bit_length(v.d, v.n), shift = 0;
    double x = HUGE_VAL;
    if (bits <= DOUBLE_MAX_EXP) {
        uint64_t top = top_bits_sticky(v, bits, &shift);
        x = ldexp((double)top, (int)shift);
    }
    if (isinf(x)) {
        error_set_string(&exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    *out = v.negative ? -x : x;
    return 0;
}

Object *int_from_double(double value)
{
    if (isnan(value))
        return error_set_string(&exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(value))
        return error_set_string(&exc_OverflowError, "cannot convert float infinity to integer");
    double whole = trunc(value);
    if (whole < 9223372036854775808.0 && whole >= -9223372036854775808.0)
        return int_from_i64((int64_t)whole);
    /* Peel 30 bits at a time off the mantissa, from the top (as CPython's
     * PyLong_FromDouble). */
    int exponent;
    double fraction = frexp(fabs(whole), &exponent);
    size_t n = (size_t)(exponent - 1) / DIGIT_BITS + 1;
    digit *d = scratch_new(n);
    fraction = ldexp(fraction, (exponent - 1) % DIGIT_BITS + 1);
    for (size_t i = n; i-- > 0;) {
        digit bits = (digit)fraction;
        d[i] = bits;
        fraction = ldexp(fraction - bits, DIGIT_BITS);
    }
    return int_from_scratch(whole < 0, d, n, n);
}

int int_compare_double(Object *op, double value)
{
    int64_t i;
    if (int_to_i64(op, &i) == 0) {
        if (value >= 9223372036854775808.0)
            return -1;
        if (value < -9223372036854775808.0)
            return 1;
        double whole = trunc(value);
        int64_t w = (int64_t)whole;
        if (i != w)
            return i < w ? -1 : 1;
        double fraction = value - whole;
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }
    /* |op| >= 2**63: a double that large is a whole number, so compare
     * it as an int. */
    bool negative = ((VarObject *)op)->size < 0;
    if (fabs(value) < 9223372036854775808.0)
        return negative ? -1 : 1;
    Object *other = int_from_double(value);
    Object *less = int_compare(op, other, CMP_LT);
    int cmp = less == True ? -1 : int_same_value(op, other) ? 0 : 1;
    decref(less);
    decref(other);
    return cmp;
}

/* ---- text ------------------------------------------------------------------- */

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

typedef enum { PARSE_OK, PARSE_INVALID, PARSE_TOO_LONG } ParseResult;

/* Digits with single underscores between them (also right after a
 * prefix), as int() accepts them since Python 3.6. `*count` gets the
 * number of digits. */
static ParseResult check_digits(const char *p, const char *end, int base, bool after_prefix,
                                size_t *count)
{
    bool previous_digit = after_prefix;
    *count = 0;
    for (; p < end; p++) {
        if (*p == '_') {
            if (!previous_digit)
                return PARSE_INVALID;
            previous_digit = false;
            continue;
        }
        if (digit_value(*p) >= base)
            return PARSE_INVALID;
        ++*count;
        previous_digit = true;
    }
    if (*count == 0 || !previous_digit)
        return PARSE_INVALID;
    /* CPython 3.11 limits decimal-like conversions (CVE-2020-10735):
     * their cost grows with the square of the length. */
    bool power_of_two = (base & (base - 1)) == 0;
    int limit = runtime.int_max_str_digits;
    return !power_of_two && limit > 0 && *count > (size_t)limit ? PARSE_TOO_LONG : PARSE_OK;
}

/* The value of checked digits: several text digits at a time are
 * gathered into one multiplier below 2**30, then the number so far is
 * multiplied by it and the gathered value added. */
static Object *parse_checked(const char *p, const char *end, int base, bool negative,
                             size_t count)
{
    size_t cap = count / 5 + 2;         /* a text digit is at most 6 bits */
    digit *d = scratch_new(cap);
    size_t n = 0;
    digit gathered = 0, multiplier = 1;
    for (; p <= end; p++) {
        bool flush = p == end;
        if (!flush && *p == '_')
            continue;
        if (flush || (twodigits)multiplier * (twodigits)base > DIGIT_BASE) {
            digit carry = mag_muladd1(d, n, multiplier, gathered);
            if (carry)
                d[n++] = carry;
            gathered = 0;
            multiplier = 1;
        }
        if (flush)
            break;
        gathered = gathered * (digit)base + (digit)digit_value(*p);
        multiplier *= (digit)base;
    }
    return int_from_scratch(negative, d, n, cap);
}

static Object *too_many_digits(size_t count)
{
    return error_format(&exc_ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion: "
                        "value has %zu digits; use sys.set_int_max_str_digits() "
                        "to increase the limit", runtime.int_max_str_digits, count);
}

/* Base 0 and bases 16, 8, 2 accept their prefix; base 0 takes the base
 * from it. Returns the number of prefix characters. */
static size_t base_prefix(const char *p, const char *end, int *base)
{
    if (end - p < 2 || p[0] != '0')
        return 0;
    char letter = (char)tolower((unsigned char)p[1]);
    int prefixed = letter == 'x' ? 16 : letter == 'o' ? 8 : letter == 'b' ? 2 : 0;
    if (prefixed == 0 || (*base != 0 && *base != prefixed))
        return 0;
    *base = prefixed;
    return 2;
}

/* Base 0 refuses "010": a leading zero would once have meant octal. */
static bool has_leading_zero(const char *p, const char *end)
{
    if (p == end || *p != '0')
        return false;
    for (; p < end; p++)
        if (*p != '0' && *p != '_')
            return true;
    return false;
}

/* Text after its sign: the base (base 0: from the prefix, 10 without
 * one), then the digits. `literal` skips base 0's refusal of "010": the
 * lexer has already judged a literal's leading zeros. */
static ParseResult parse_unsigned(const char *p, const char *end, int base, bool negative,
                                  bool literal, Object **value, size_t *count)
{
    int actual_base = base;
    size_t prefix = base_prefix(p, end, &actual_base);
    if (actual_base == 0)
        actual_base = 10;
    *count = 0;
    if (base == 0 && prefix == 0 && !literal && has_leading_zero(p, end))
        return PARSE_INVALID;
    ParseResult result = check_digits(p + prefix, end, actual_base, prefix > 0, count);
    if (result == PARSE_OK)
        *value = parse_checked(p + prefix, end, actual_base, negative, *count);
    return result;
}

/* Surrounding spaces and one sign, then parse_unsigned. */
static Object *parse_text(const char *text, size_t length, int base, bool literal,
                          Object *shown)
{
    const char *p = text, *end = text + length;
    while (p < end && isspace((unsigned char)*p))
        p++;
    while (end > p && isspace((unsigned char)end[-1]))
        end--;
    bool negative = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+'))
        p++;
    Object *value = NULL;
    size_t count;
    ParseResult result = parse_unsigned(p, end, base, negative, literal, &value, &count);
    if (result == PARSE_TOO_LONG)
        return too_many_digits(count);
    if (result == PARSE_INVALID) {
        Object *s = shown ? incref(shown) : str_from_utf8(text, length);
        error_format(&exc_ValueError, "invalid literal for int() with base %d: %R",
                     literal ? 10 : base, s);
        decref(s);
    }
    return value;
}

Object *int_from_string(const char *text, size_t length)
{
    return parse_text(text, length, 0, true, NULL);
}

Object *int_from_text(Object *text, int base)
{
    return parse_text(STR_DATA(text), STR_SIZE(text), base, false, text);
}

/* Decimal text: the magnitude is cut into base-10**9 chunks by repeated
 * division, each printed as nine digits (CPython's long_to_decimal_string
 * converts the whole base at once; the result is the same). */
static Object *int_repr_slot(Object *self)
{
    IntView v = view_of(self);
    if (v.n <= 2) {
        char buf[32];
        int size = snprintf(buf, sizeof buf, "%lld", (long long)INT_VALUE(self));
        return str_from_utf8_fresh(buf, (size_t)size);
    }
    static const char limit[] = "Exceeds the limit (%d digits) for integer string conversion; "
                                "use sys.set_int_max_str_digits() to increase the limit";
    /* CPython's early refusal, before the quadratic work: a number of
     * digits that surely makes more decimal digits than the limit. */
    int max_digits = runtime.int_max_str_digits;
    if (v.n >= 10 * INT_MAX_STR_DIGITS_THRESHOLD / (3 * DIGIT_BITS) + 2 && max_digits > 0
        && (size_t)max_digits / (3 * DIGIT_BITS) <= (v.n - 11) / 10)
        return error_format(&exc_ValueError, limit, max_digits);
    size_t nchunks = v.n + v.n / 100 + 2, n = v.n;   /* a chunk takes ~29.9 bits */
    digit *chunks = scratch_new(nchunks), *rest = scratch_new(v.n);
    memcpy(rest, v.d, v.n * sizeof(digit));
    size_t used = 0;
    while (n > 0) {
        chunks[used++] = mag_divrem1(rest, n, 1000000000, rest);
        n = mag_normalize(rest, n);
    }
    size_t size = used * 9 + 2;
    char *text = mem_alloc(size), *out = text;
    if (v.negative)
        *out++ = '-';
    out += sprintf(out, "%u", (unsigned)chunks[used - 1]);
    for (size_t i = used - 1; i-- > 0;)
        out += sprintf(out, "%09u", (unsigned)chunks[i]);
    size_t length = (size_t)(out - text);
    Object *result = max_digits > 0 && length - v.negative > (size_t)max_digits
        ? error_format(&exc_ValueError, limit, max_digits)
        : str_from_utf8_fresh(text, length);
    mem_free(text, size);
    scratch_free(chunks, nchunks);
    scratch_free(rest, v.n);
    return result;
}

/* ---- hashing and comparing -------------------------------------------------- */

/* hash(n) is |n| reduced modulo 2**61 - 1, then given n's sign; -1 is
 * taken (it means "error" in C), so hash(-1) == -2, as in CPython. The
 * reduction goes digit by digit from the top: multiplying by 2**30
 * modulo 2**61 - 1 is a rotation of the 61 bits. */
int64_t int_hash(Object *self)
{
    intptr_t size = ((VarObject *)self)->size;
    if (size >= -1 && size <= 1) {      /* one digit is below the modulus */
        int64_t value = INT_VALUE(self);
        return value == -1 ? -2 : value;
    }
    IntView v = view_of(self);
    uint64_t x = 0;
    for (size_t i = v.n; i-- > 0;) {
        x = ((x << DIGIT_BITS) & HASH_MODULUS) | (x >> (HASH_BITS - DIGIT_BITS));
        x += v.d[i];
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    int64_t hash = v.negative ? -(int64_t)x : (int64_t)x;
    return hash == -1 ? -2 : hash;
}

/* A signed size orders ints of different lengths already (more digits
 * means further from zero, on the side of the sign). */
static int compare_values(Object *a, Object *b)
{
    intptr_t x = ((VarObject *)a)->size, y = ((VarObject *)b)->size;
    if (x != y)
        return x < y ? -1 : 1;
    IntView va = view_of(a), vb = view_of(b);
    int cmp = mag_compare(va.d, va.n, vb.d, vb.n);
    return va.negative ? -cmp : cmp;
}

/* int against int only; an int against a float is float's business
 * (object_compare tries float's reflected comparison next). */
Object *int_compare(Object *a, Object *b, CompareOp op)
{
    if (!is_int(a) || !is_int(b))
        return incref(NotImplemented);
    if (both_small(a, b)) {
        int64_t x = INT_VALUE(a), y = INT_VALUE(b);
        return bool_from(compare_holds((x > y) - (x < y), op));
    }
    return bool_from(compare_holds(compare_values(a, b), op));
}

int int_is_true(Object *self)
{
    return ((VarObject *)self)->size != 0;
}

/* ---- arithmetic ------------------------------------------------------------- */

/* Arithmetic slots return NotImplemented unless both operands are ints:
 * int + float is then handled by float's slot, as in CPython. float.c
 * declines an int too large for a double, and the int's slot comes here
 * with it: CPython raises OverflowError for it. */
static Object *not_ints(Object *a, Object *b)
{
    Object *big = is_int(a) && is_float(b) ? a : is_int(b) && is_float(a) ? b : NULL;
    double ignored;
    if (big && int_as_double(big, &ignored) < 0)
        return NULL;
    return incref(NotImplemented);
}

/* a + b, or a - b when `subtract`. */
/* The value of an int of at most two digits (under 2**60 in size). */
static int64_t two_digit_value(IntView v)
{
    int64_t magnitude = v.n == 0 ? 0 : (int64_t)v.d[0];
    if (v.n == 2)
        magnitude |= (int64_t)v.d[1] << DIGIT_BITS;
    return v.negative ? -magnitude : magnitude;
}

static Object *add_values(Object *a, Object *b, bool subtract)
{
    IntView x = view_of(a), y = view_of(b);
    /* Up to two digits each, the sum fits in an int64_t: no scratch
     * digits, as CPython 3.11 needs none for the values of a machine
     * word (x_add writes into the result it allocated). */
    if (x.n <= 2 && y.n <= 2) {
        int64_t u = two_digit_value(x), v = two_digit_value(y);
        return int_from_i64(subtract ? u - v : u + v);
    }
    bool y_negative = y.negative != subtract;
    size_t cap = (x.n > y.n ? x.n : y.n) + 1, n;
    digit *out = scratch_new(cap);
    bool negative = x.negative;
    if (x.negative == y_negative) {
        n = mag_add(x.d, x.n, y.d, y.n, out);
    } else if (mag_compare(x.d, x.n, y.d, y.n) >= 0) {
        n = mag_sub(x.d, x.n, y.d, y.n, out);
    } else {
        n = mag_sub(y.d, y.n, x.d, x.n, out);
        negative = y_negative;
    }
    return int_from_scratch(negative, out, n, cap);
}

Object *int_add(Object *a, Object *b)
{
    if (!is_int(a) || !is_int(b))
        return not_ints(a, b);
    if (both_small(a, b))
        return int_from_i64(INT_VALUE(a) + INT_VALUE(b));
    return add_values(a, b, false);
}

Object *int_sub(Object *a, Object *b)
{
    if (!is_int(a) || !is_int(b))
        return not_ints(a, b);
    if (both_small(a, b))
        return int_from_i64(INT_VALUE(a) - INT_VALUE(b));
    return add_values(a, b, true);
}

Object *int_mul(Object *a, Object *b)
{
    if (!is_int(a) || !is_int(b))
        return not_ints(a, b);
    if (both_small(a, b))
        return int_from_i64(INT_VALUE(a) * INT_VALUE(b));
    IntView x = view_of(a), y = view_of(b);
    size_t cap = x.n + y.n;
    digit *out = mem_try_alloc(cap * sizeof(digit));     /* the program's size */
    if (out == NULL)
        return error_no_memory();
    size_t n = mag_mul(x.d, x.n, y.d, y.n, out);
    return int_from_scratch(x.negative != y.negative, out, n, cap);
}

/* int.bit_length(): the bits of abs(self), 0 for 0. */
static Object *int_bit_length_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("int.bit_length", kwnames) < 0 || args_exact("int.bit_length", nargs, 0) < 0)
        return NULL;
    return int_from_i64((int64_t)int_bit_length(self));
}

static const MethodDef int_methods[] = {
    {"bit_length", int_bit_length_method},
    {NULL, NULL},
};

/* Floor division and modulo together (CPython's l_divmod): the quotient
 * rounds toward minus infinity and the remainder takes the divisor's
 * sign, so a truncated quotient steps one away from zero and the
 * remainder becomes |b| - r when the signs differ and r is not 0. Either
 * result pointer may be NULL. b is not zero. */
static int divmod_values(Object *a, Object *b, Object **quotient, Object **remainder)
{
    IntView x = view_of(a), y = view_of(b);
    size_t qcap = (x.n >= y.n ? x.n - y.n : 0) + 2, rcap = y.n + 1, qn = 0, rn;
    digit *q = scratch_new(qcap), *r = scratch_new(rcap);
    memset(q, 0, qcap * sizeof(digit));
    if (mag_compare(x.d, x.n, y.d, y.n) < 0) {
        memcpy(r, x.d, x.n * sizeof(digit));
        rn = x.n;
    } else if (y.n == 1) {
        r[0] = mag_divrem1(x.d, x.n, y.d[0], q);
        qn = x.n;
        rn = 1;
    } else {
        mag_divrem(x.d, x.n, y.d, y.n, q, r);
        qn = x.n - y.n + 1;
        rn = y.n;
    }
    rn = mag_normalize(r, rn);
    qn = mag_normalize(q, qn);
    bool signs_differ = x.negative != y.negative;
    if (signs_differ && rn > 0) {
        static const digit one = 1;
        qn = mag_add(q, qn, &one, 1, q);
        digit *flipped = scratch_new(rcap);
        rn = mag_sub(y.d, y.n, r, rn, flipped);
        memcpy(r, flipped, y.n * sizeof(digit));
        scratch_free(flipped, rcap);
    }
    if (quotient)
        *quotient = int_from_digits(signs_differ, q, qn);
    if (remainder)
        *remainder = int_from_digits(y.negative, r, rn);
    scratch_free(q, qcap);
    scratch_free(r, rcap);
    return 0;
}

static int check_divisor(Object *b, const char *message)
{
    if (((VarObject *)b)->size != 0)
        return 0;
    error_set_string(&exc_ZeroDivisionError, message);
    return -1;
}

Object *int_floordiv(Object *a, Object *b)
{
    if (!is_int(a) || !is_int(b))
        return not_ints(a, b);
    if (check_divisor(b, "integer division or modulo by zero") < 0)
        return NULL;
    if (both_small(a, b)) {
        int64_t x = INT_VALUE(a), y = INT_VALUE(b), q = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0)))
            q--;                        /* C truncates toward zero */
        return int_from_i64(q);
    }
    Object *q;
    divmod_values(a, b, &q, NULL);
    return q;
}

Object *int_mod(Object *a, Object *b)
{
    if (!is_int(a) || !is_int(b))
        return not_ints(a, b);
    if (check_divisor(b, "integer modulo by zero") < 0)
        return NULL;
    if (both_small(a, b)) {
        int64_t x = INT_VALUE(a), y = INT_VALUE(b), r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;
        return int_from_i64(r);
    }
    Object *r;
    divmod_values(a, b, NULL, &r);
    return r;
}

Object *int_divmod(Object *a, Object *b)
{
    if (!is_int(a) || !is_int(b))
        return not_ints(a, b);
    if (check_divisor(b, "integer division or modulo by zero") < 0)
        return NULL;
    Object *q, *r;
    divmod_values(a, b, &q, &r);
    Object *pair = tuple_new(2);
    if (pair == NULL) {
        decref(q);
        decref(r);
        return NULL;
    }
    TUPLE_ITEMS(pair)[0] = q;
    TUPLE_ITEMS(pair)[1] = r;
    return pair;
}

/* `/` always gives a float, the exact quotient rounded once (CPython's
 * long_true_divide). Below 2**53 both operands convert exactly and one
 * C division rounds correctly. Otherwise: shift so that the integer
 * quotient has 55 or 56 bits (fewer where the result is subnormal), fold
 * any inexactness into its last bit, and let the conversion to double
 * and ldexp round it. */
Object *int_truediv(Object *a, Object *b)
{
    if (!is_int(a) || !is_int(b))
        return not_ints(a, b);
    if (check_divisor(b, "division by zero") < 0)
        return NULL;
    int64_t x, y;
    const int64_t exact = (int64_t)1 << 53;
    if (int_to_i64(a, &x) == 0 && int_to_i64(b, &y) == 0
        && x <= exact && x >= -exact && y <= exact && y >= -exact)
        return float_from_double((double)x / (double)y);
    IntView va = view_of(a), vb = view_of(b);
    bool negative = va.negative != vb.negative;
    long diff = (long)mag_bit_length(va.d, va.n) - (long)mag_bit_length(vb.d, vb.n);
    if (diff > DOUBLE_MAX_EXP)
        return error_set_string(&exc_OverflowError, "integer division result too large for a float");
    if (diff < DOUBLE_MIN_EXP - DOUBLE_MANT_DIG - 1)
        return float_from_double(negative ? -0.0 : 0.0);
    long shift = (diff > DOUBLE_MIN_EXP ? diff : DOUBLE_MIN_EXP) - DOUBLE_MANT_DIG - 2;
    size_t cap = va.n + (size_t)(shift < 0 ? -shift : 0) / DIGIT_BITS + 2;
    digit *scaled = scratch_new(cap);
    bool inexact = false;
    size_t n = shift < 0 ? mag_lshift(va.d, va.n, (size_t)-shift, scaled)
                         : mag_rshift(va.d, va.n, (size_t)shift, scaled, &inexact);
    Object *numerator = int_from_scratch(false, scaled, n, cap);
    Object *divisor = int_from_digits(false, vb.d, vb.n);
    Object *q, *r;
    divmod_values(numerator, divisor, &q, &r);
    int64_t top;
    int_to_i64(q, &top);
    inexact |= int_is_true(r);
    decref(numerator);
    decref(divisor);
    decref(q);
    decref(r);
    double result = ldexp((double)((uint64_t)top | inexact), (int)shift);
    if (isinf(result))
        return error_set_string(&exc_OverflowError, "integer division result too large for a float");
    return float_from_double(negative ? -result : result);
}

Object *int_neg(Object *self)
{
    IntView v = view_of(self);
    if (v.n <= 1)
        return int_from_i64(-INT_VALUE(self));
    return int_from_digits(!v.negative, v.d, v.n);
}

Object *int_abs(Object *self)
{
    IntView v = view_of(self);
    if (object_is_type(self, &int_type) && !v.negative)
        return incref(self);
    return int_from_digits(false, v.d, v.n);
}

Type int_type = {
    .base = TYPE_HEAD_INIT,
    .name = "int",
    .basic_size = INT_BASIC_SIZE,
    .parent = &object_type,
    .flags = TYPE_BASETYPE,
    .construct = int_construct,
    .dealloc = object_dealloc_default,
    .repr = int_repr_slot,
    .hash = int_hash,
    .compare = int_compare,
    .is_true = int_is_true,
    .add = int_add,
    .sub = int_sub,
    .mul = int_mul,
    .truediv = int_truediv,
    .floordiv = int_floordiv,
    .mod = int_mod,
    .pow = int_power,
    .lshift = int_lshift,
    .rshift = int_rshift,
    .bit_and = int_bit_and,
    .bit_or = int_bit_or,
    .bit_xor = int_bit_xor,
    .neg = int_neg,
    .invert = int_invert,
    .methods = int_methods,
};
