/* longarith.h: arithmetic on magnitudes, the unsigned arrays of 30-bit
 * digits (least significant first) that int objects hold (CPython's
 * digit arithmetic in Objects/longobject.c: x_add, x_sub, x_mul,
 * inplace_divrem1, x_divrem).
 *
 * Nothing here allocates objects or raises: int.c gives each routine its
 * output buffer, sized as the comment says (the routines' own scratch
 * comes from memory.h), and turns the result into an
 * int object. A magnitude's length counts its digits; a normalized one has
 * no leading zero digit, and zero has length 0.
 */
#ifndef MINIPY_LONGARITH_H
#define MINIPY_LONGARITH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t digit;         /* holds one 30-bit digit */
typedef uint64_t twodigits;     /* holds a product of two digits, plus a carry */

#define DIGIT_BITS 30
#define DIGIT_BASE ((twodigits)1 << DIGIT_BITS)
#define DIGIT_MASK ((digit)(DIGIT_BASE - 1))

/* The length of a without its leading zero digits. */
size_t mag_normalize(const digit *a, size_t n);
/* -1, 0, 1 as a < b, a == b, a > b (both normalized). */
int mag_compare(const digit *a, size_t na, const digit *b, size_t nb);
/* The number of significant bits of a (normalized); 0 for zero. */
size_t mag_bit_length(const digit *a, size_t n);

/* out = a + b; out has room for max(na, nb) + 1 digits. */
size_t mag_add(const digit *a, size_t na, const digit *b, size_t nb, digit *out);
/* out = a - b for a >= b; out has room for na digits. */
size_t mag_sub(const digit *a, size_t na, const digit *b, size_t nb, digit *out);
/* out = a * b; out has room for na + nb digits. Karatsuba above 70
 * digits (140 for a square), schoolbook below, as CPython's k_mul. Its
 * temporaries come from mem_try_alloc; refused, it multiplies the
 * schoolbook way, which needs none. */
size_t mag_mul(const digit *a, size_t na, const digit *b, size_t nb, digit *out);
/* The same by the schoolbook loop alone (the unit tests' reference). */
size_t mag_mul_school(const digit *a, size_t na, const digit *b, size_t nb, digit *out);
/* a = a * factor + addend in place (factor, addend < 2**30); returns the
 * digit carried out of the top. */
digit mag_muladd1(digit *a, size_t n, digit factor, digit addend);
/* q = a / d, returns a % d, for 0 < d < 2**30; q has room for n digits
 * (q may be a). */
digit mag_divrem1(const digit *a, size_t n, digit d, digit *q);
/* Knuth's algorithm D: q = a / b and r = a % b for na >= nb >= 2 (both
 * normalized); q has room for na - nb + 1 digits, r for nb. */
void mag_divrem(const digit *a, size_t na, const digit *b, size_t nb, digit *q, digit *r);
/* out = a << bits (out has room for n + bits / 30 + 1 digits). */
size_t mag_lshift(const digit *a, size_t n, size_t bits, digit *out);
/* out = a >> bits (out has room for n digits); *lost tells whether any
 * one bit was shifted out. */
size_t mag_rshift(const digit *a, size_t n, size_t bits, digit *out, bool *lost);

#endif
