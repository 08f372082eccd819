/* intbits.c: the shifts and bitwise operators of ints of any size
 * (CPython's long_lshift, long_rshift, long_bitwise and long_invert), and
 * hex(n), which reads the bits four at a time.
 *
 * An int is stored as a sign and a magnitude, but Python defines & | ^ and
 * >> as if every int were written in two's complement with infinitely many
 * copies of its sign bit on the left: -1 is ...111, so -1 & 0xff is 255
 * and -5 >> 1 is -3 (a floor division by 2). So a negative operand is
 * turned into two's complement over enough digits for its sign to show,
 * the digits are combined, and a negative result is turned back.
 */
#include "int.h"

#include <string.h>

#include "bool.h"
#include "error.h"
#include "memory.h"
#include "str.h"

/* No shift may make an int of more digits than this (about 1 GB; CPython
 * stops at what its allocator refuses, also with a MemoryError). */
#define SHIFT_MAX_DIGITS ((size_t)1 << 28)

static size_t magnitude_of(Object *op, const digit **digits)
{
    intptr_t size = ((IntObject *)op)->base.size;
    *digits = ((IntObject *)op)->digits;
    return (size_t)(size < 0 ? -size : size);
}

static digit *digits_new(size_t n)
{
    digit *d = mem_alloc(n * sizeof(digit));
    memset(d, 0, n * sizeof(digit));
    return d;
}

static void digits_free(digit *d, size_t n)
{
    mem_free(d, n * sizeof(digit));
}

/* The operands of a << b and a >> b, as both read them. */
typedef struct Shift {
    const digit *digits;    /* a's magnitude */
    size_t n;               /* its length in digits */
    bool negative;          /* a's sign */
    uint64_t count;         /* b, when it fits in 64 bits */
    bool huge;              /* b does not */
} Shift;

/* 0 with *s filled, -1 with "ValueError: negative shift count". */
static int shift_operands(Object *a, Object *b, Shift *s)
{
    if (int_is_negative(b)) {
        error_set_string(&exc_ValueError, "negative shift count");
        return -1;
    }
    int64_t count = 0;
    s->huge = int_to_i64(b, &count) < 0;
    s->count = (uint64_t)count;
    s->n = magnitude_of(a, &s->digits);
    s->negative = int_is_negative(a);
    return 0;
}

/* CPython's limits for a << b (Objects/longobject.c, divmod_shift and
 * _PyLong_New): a shift of PY_SSIZE_T_MAX / 4 digits or more is clipped
 * to that many, and a result of more than MAX_LONG_DIGITS digits is an
 * OverflowError "too many digits in integer" instead of a MemoryError.
 * Only a count beyond 64 bits (b >= 2**63) can get there. */
#define WORDSHIFT_CLIP ((uint64_t)INT64_MAX / sizeof(digit))
#define MAX_LONG_DIGITS (((uint64_t)INT64_MAX - 24) / sizeof(digit))   /* 24: the header */

static bool lshift_overflows(Object *b, size_t n)
{
    const digit *count;
    size_t size = magnitude_of(b, &count);
    digit *words = digits_new(size);
    digit bits = mag_divrem1(count, size, DIGIT_BITS, words);
    size = mag_normalize(words, size);
    uint64_t wordshift = WORDSHIFT_CLIP;
    if (mag_bit_length(words, size) < 64) {
        uint64_t value = 0;
        for (size_t i = size; i-- > 0;)
            value = value << DIGIT_BITS | words[i];
        if (value < WORDSHIFT_CLIP)
            wordshift = value;
    }
    digits_free(words, magnitude_of(b, &count));
    if (wordshift == WORDSHIFT_CLIP)
        bits = 0;
    return n + wordshift + (bits != 0) > MAX_LONG_DIGITS;
}

Object *int_lshift(Object *a, Object *b)
{
    if (!is_int(a) || !is_int(b))
        return incref(NotImplemented);
    Shift s;
    if (shift_operands(a, b, &s) < 0)
        return NULL;
    if (s.n == 0)
        return int_from_i64(0);
    if (s.huge && lshift_overflows(b, s.n))
        return error_set_string(&exc_OverflowError, "too many digits in integer");
    if (s.huge || s.count / DIGIT_BITS >= SHIFT_MAX_DIGITS - s.n)
        return error_no_memory();
    size_t capacity = s.n + (size_t)(s.count / DIGIT_BITS) + 1;
    digit *out = mem_try_alloc(capacity * sizeof(digit));   /* the program's size */
    if (out == NULL)
        return error_no_memory();
    memset(out, 0, capacity * sizeof(digit));
    size_t used = mag_lshift(s.digits, s.n, (size_t)s.count, out);
    Object *result = int_from_digits(s.negative, out, used);
    digits_free(out, capacity);
    return result;
}

/* a >> b rounds towards minus infinity: for a negative a, the magnitude
 * goes up by one when any 1 bit was shifted out. */
Object *int_rshift(Object *a, Object *b)
{
    if (!is_int(a) || !is_int(b))
        return incref(NotImplemented);
    Shift s;
    if (shift_operands(a, b, &s) < 0)
        return NULL;
    if (s.huge || s.count >= (uint64_t)s.n * DIGIT_BITS)
        return int_from_i64(s.negative ? -1 : 0);
    digit *out = digits_new(s.n + 1);
    bool lost = false;
    size_t used = mag_rshift(s.digits, s.n, (size_t)s.count, out, &lost);
    if (s.negative && lost) {
        out[used] = mag_muladd1(out, used, 1, 1);   /* add one, carrying */
        used++;
    }
    Object *result = int_from_digits(s.negative, out, used);
    digits_free(out, s.n + 1);
    return result;
}

/* x = -x in two's complement over n digits: complement, then add one. */
static void negate_digits(digit *x, size_t n)
{
    twodigits carry = 1;
    for (size_t i = 0; i < n; i++) {
        twodigits sum = (twodigits)(x[i] ^ DIGIT_MASK) + carry;
        x[i] = (digit)(sum & DIGIT_MASK);
        carry = sum >> DIGIT_BITS;
    }
}

/* op's two's complement over n digits (n is more than its magnitude's,
 * so the top digit holds only sign bits). */
static digit *twos_complement(Object *op, size_t n)
{
    const digit *d;
    size_t m = magnitude_of(op, &d);
    digit *out = digits_new(n);
    memcpy(out, d, m * sizeof(digit));
    if (int_is_negative(op))
        negate_digits(out, n);
    return out;
}

static Object *bitwise(Object *a, Object *b, char op)
{
    if (!is_int(a) || !is_int(b))
        return incref(NotImplemented);
    const digit *unused;
    size_t na = magnitude_of(a, &unused), nb = magnitude_of(b, &unused);
    size_t n = (na > nb ? na : nb) + 1;
    digit *x = twos_complement(a, n), *y = twos_complement(b, n);
    for (size_t i = 0; i < n; i++)
        x[i] = op == '&' ? x[i] & y[i] : op == '|' ? x[i] | y[i] : x[i] ^ y[i];
    bool negative = (x[n - 1] >> (DIGIT_BITS - 1)) & 1;
    if (negative)
        negate_digits(x, n);
    Object *result = int_from_digits(negative, x, n);
    digits_free(x, n);
    digits_free(y, n);
    return result;
}

Object *int_bit_and(Object *a, Object *b) { return bitwise(a, b, '&'); }
Object *int_bit_or(Object *a, Object *b) { return bitwise(a, b, '|'); }
Object *int_bit_xor(Object *a, Object *b) { return bitwise(a, b, '^'); }

/* ~x is -(x + 1), for ints of any size. */
Object *int_invert(Object *self)
{
    Object *one = int_from_i64(1);
    Object *next = int_add(self, one);
    decref(one);
    if (next == NULL)
        return NULL;
    Object *result = int_neg(next);
    decref(next);
    return result;
}

/* Four bits per character from the top; a power-of-two base has no
 * digit limit. */
Object *int_to_hex(Object *op)
{
    const digit *d;
    size_t n = magnitude_of(op, &d);
    size_t bits = mag_bit_length(d, n), count = bits ? (bits + 3) / 4 : 1;
    size_t size = count + 3;
    char *text = mem_alloc(size), *out = text;
    if (int_is_negative(op))
        *out++ = '-';
    *out++ = '0';
    *out++ = 'x';
    for (size_t i = count; i-- > 0;) {
        size_t bit = i * 4, index = bit / DIGIT_BITS, offset = bit % DIGIT_BITS;
        twodigits pair = index < n ? d[index] : 0;
        if (index + 1 < n)
            pair |= (twodigits)d[index + 1] << DIGIT_BITS;
        *out++ = "0123456789abcdef"[(pair >> offset) & 15];
    }
    Object *result = str_from_utf8(text, (size_t)(out - text));
    mem_free(text, size);
    return result;
}
