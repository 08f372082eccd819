/* int.h: int objects of any size, laid out as CPython's PyLongObject. */
#ifndef MINIPY_INT_H
#define MINIPY_INT_H

#include "longarith.h"
#include "object.h"

/* The value is base.size digits of 30 bits, least significant first; the
 * sign of base.size is the sign of the value and zero has size 0
 * (CPython 3.11's ob_size and ob_digit). The struct is allocated with as
 * many digits as the value needs, at least one: 24 bytes of header and 4
 * per digit, so sys.getsizeof(1) is 28 and sys.getsizeof(2**30) is 32. */
typedef struct IntObject {
    VarObject base;
    digit digits[1];
} IntObject;

#define INT_HEADER_SIZE offsetof(IntObject, digits)
#define INT_BASIC_SIZE (INT_HEADER_SIZE + sizeof(digit))   /* one digit: 28 */

extern Type int_type;

/* bool too; the exact type is tested first, without walking the MRO. */
static inline bool is_int(Object *op)
{
    return op->type == &int_type || type_is_subtype(op->type, &int_type);
}

/* The value as an int64_t, INT64_MIN or INT64_MAX when it does not fit
 * (the sign is always right). Callers that may see a huge int and must
 * not clamp it use int_as_index or int_to_i64. */
int64_t int_value_clamped(Object *op);
static inline int64_t int_value(Object *op)
{
    const IntObject *i = (const IntObject *)op;
    switch (i->base.size) {
    case 0:  return 0;
    case 1:  return i->digits[0];
    case -1: return -(int64_t)i->digits[0];
    default: return int_value_clamped(op);
    }
}
#define INT_VALUE(op) int_value((Object *)(op))

/* An exact int (not bool, not a subclass) of at most one digit: its
 * value is INT_VALUE and + - * of two such fit in an int64_t. The
 * evaluator's fast paths (CPython 3.11's BINARY_OP_ADD_INT, COMPARE_OP_INT). */
static inline bool int_is_small_exact(Object *op)
{
    if (op->type != &int_type)
        return false;           /* first: other objects may have no size */
    intptr_t size = ((const IntObject *)op)->base.size;
    return size >= -1 && size <= 1;
}

/* INT_VALUE of an int for which int_is_small_exact holds, without its
 * switch: the size (-1, 0 or 1) times the digit, zero's one digit being
 * 0 (CPython 3.11's medium_value). */
static inline int64_t int_small_value(Object *op)
{
    const IntObject *i = (const IntObject *)op;
    return (int64_t)i->base.size * (int64_t)i->digits[0];
}

/* A new reference to an int with this value: from the small-int cache when
 * -5 <= value <= 256 (chapter 2 on), otherwise a fresh object. */
Object *int_from_i64(int64_t value);

/* + - * // % & | ^ of two small exact ints, without the slot search: NULL
 * when the operands or the operator are not such, or the divisor is 0
 * (then the slots decide, and raise). The result is the slot's: the same
 * cached small ints, // and % rounding towards minus infinity. Inline in
 * the evaluator's `a + b` (CPython 3.11's BINARY_OP_ADD_INT) and in the
 * number protocol (number.c). */
static inline Object *int_small_binary(Object *a, Object *b, int op)
{
    if (!int_is_small_exact(a) || !int_is_small_exact(b))
        return NULL;
    int64_t x = int_small_value(a), y = int_small_value(b);
    switch (op) {
    case '+': return int_from_i64(x + y);
    case '-': return int_from_i64(x - y);
    case '*': return int_from_i64(x * y);
    case '&': return int_from_i64(x & y);
    case '|': return int_from_i64(x | y);
    case '^': return int_from_i64(x ^ y);
    case 'f':
        if (y == 0)
            return NULL;
        return int_from_i64(x / y - (x % y != 0 && (x < 0) != (y < 0)));
    case '%':
        if (y == 0)
            return NULL;
        return int_from_i64(x % y + (x % y != 0 && (x < 0) != (y < 0) ? y : 0));
    default:  return NULL;
    }
}

static inline bool int_is_negative(Object *op) { return ((const IntObject *)op)->base.size < 0; }
static inline bool int_is_odd(Object *op)
{
    const IntObject *i = (const IntObject *)op;
    return i->base.size != 0 && (i->digits[0] & 1) != 0;
}

/* An int from a magnitude (copied) and a sign. */
Object *int_from_digits(bool negative, const digit *digits, size_t n);
/* The int of a literal in source (and of decimal text): surrounding
 * spaces, a sign, decimal digits or 0x/0o/0b and theirs, single
 * underscores between digits. ValueError on bad text, or past 4300
 * decimal digits (CPython 3.11's int_max_str_digits). */
Object *int_from_string(const char *text, size_t length);
/* hex(n): "0x1f", "-0x100" (any size). */
Object *int_to_hex(Object *op);
/* int(text, base): CPython's rules for spaces, sign, prefixes and
 * underscores; base 0 takes the base from the prefix. `text` is a str. */
Object *int_from_text(Object *text, int base);
/* The int part of a finite double (int(2.5e30)); ValueError for nan,
 * OverflowError for an infinity. */
Object *int_from_double(double value);
/* 0 with *out set when the value fits in an int64_t, -1 otherwise (no
 * exception set). */
int int_to_i64(Object *op, int64_t *out);
/* An int argument used as an index (list.pop(i)): 0, or -1 with
 * "TypeError: 'float' object cannot be interpreted as an integer", or
 * "OverflowError: Python int too large to convert to C ssize_t". */
int int_as_index(Object *op, int64_t *out);
/* float(n) with CPython's rounding (half to even): 0, or -1 with
 * "OverflowError: int too large to convert to float". */
int int_as_double(Object *op, double *out);
/* -1, 0, 1: the exact comparison of an int with a finite double. */
int int_compare_double(Object *op, double value);
/* The number of bits of |n| (n.bit_length()). */
size_t int_bit_length(Object *op);
/* Exact equality of two ints' values (the compiler's constant table). */
bool int_same_value(Object *a, Object *b);

/* int's slots, shared with bool (a subclass of int; CPython's bool
 * inherits them the same way). */
int64_t int_hash(Object *self);
Object *int_compare(Object *a, Object *b, CompareOp op);
int int_is_true(Object *self);
Object *int_add(Object *a, Object *b);
Object *int_sub(Object *a, Object *b);
Object *int_mul(Object *a, Object *b);
Object *int_truediv(Object *a, Object *b);
Object *int_floordiv(Object *a, Object *b);
Object *int_mod(Object *a, Object *b);
Object *int_neg(Object *self);
/* abs(n); divmod(a, b) as a tuple; pow(a, b[, m]) (m NULL or None: no
 * modulus; a negative b gives a float, as in CPython). Ints only. */
Object *int_abs(Object *self);
Object *int_divmod(Object *a, Object *b);
Object *int_pow(Object *a, Object *b, Object *modulus);
/* The slots of ** << >> & | ^ ~ (intpow.c, intbits.c): NotImplemented
 * unless both operands are ints; "ValueError: negative shift count". */
Object *int_power(Object *a, Object *b);
Object *int_lshift(Object *a, Object *b);
Object *int_rshift(Object *a, Object *b);
Object *int_bit_and(Object *a, Object *b);
Object *int_bit_or(Object *a, Object *b);
Object *int_bit_xor(Object *a, Object *b);
Object *int_invert(Object *self);
/* CPython's numeric hash: the value modulo the prime 2**61 - 1, so that
 * equal ints and floats hash equal (float.c uses it too). */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
/* CPython 3.11's default limit on decimal digits for str <-> int
 * (sys.set_int_max_str_digits changes runtime.int_max_str_digits), and
 * the smallest limit it accepts, below which no check is made. */
#define INT_MAX_STR_DIGITS 4300
#define INT_MAX_STR_DIGITS_THRESHOLD 640
/* Make the small-int cache (runtime_init) ; drop it (runtime_finalize). */
void int_init_cache(void);
void int_fini_cache(void);

#endif
