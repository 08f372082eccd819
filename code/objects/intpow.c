/* intpow.c: pow() for ints (CPython's long_pow, reduced): binary
 * exponentiation from the top bit down, each step reduced by the modulus
 * when there is one; a negative exponent gives a float, or with a modulus
 * the power of the modular inverse (Python 3.8 on).
 */
#include "int.h"

#include <math.h>

#include "bool.h"
#include "error.h"
#include "float.h"
#include "tuple.h"

/* a ** b for b < 0 is a float, as CPython's long_pow hands it to
 * float_pow. */
static Object *negative_power(Object *a, Object *b)
{
    double x, y;
    if (int_as_double(a, &x) < 0 || int_as_double(b, &y) < 0)
        return NULL;
    return float_power(x, y);
}

Object *int_power(Object *a, Object *b)
{
    return int_pow(a, b, None);
}

/* result * factor, reduced modulo m when m is not NULL; steals result. */
static Object *mul_reduce(Object *result, Object *factor, Object *m)
{
    Object *product = int_mul(result, factor);
    decref(result);
    if (product == NULL || m == NULL)
        return product;
    Object *reduced = int_mod(product, m);
    decref(product);
    return reduced;
}

/* The inverse of a modulo m, for pow(a, -n, m): the extended Euclidean
 * algorithm on objects (small and rare, so no digit-level version). */
static Object *modular_inverse(Object *a, Object *m)
{
    Object *r0 = int_abs(m), *r1 = int_mod(a, r0);
    Object *s0 = int_from_i64(0), *s1 = int_from_i64(1);
    while (r1 && int_is_true(r1)) {
        Object *qr = int_divmod(r0, r1);
        Object *q = TUPLE_ITEMS(qr)[0], *s = int_mul(q, s1), *s2 = int_sub(s0, s);
        decref(s);
        decref(r0);
        decref(s0);
        r0 = r1;
        r1 = incref(TUPLE_ITEMS(qr)[1]);
        s0 = s1;
        s1 = s2;
        decref(qr);
    }
    bool one = ((VarObject *)r0)->size == 1 && ((IntObject *)r0)->digits[0] == 1;
    decref(r0);
    xdecref(r1);
    decref(s1);
    if (!one) {
        decref(s0);
        return error_set_string(&exc_ValueError, "base is not invertible for the given modulus");
    }
    Object *inverse = int_mod(s0, m);
    decref(s0);
    return inverse;
}

Object *int_pow(Object *a, Object *b, Object *modulus)
{
    Object *m = modulus == None ? NULL : modulus;
    if (m && !(is_int(a) && is_int(b) && is_int(m)))
        return error_set_string(&exc_TypeError,
                                "pow() 3rd argument not allowed unless all arguments are integers");
    if (!is_int(a) || !is_int(b))
        return incref(NotImplemented);
    if (m && !int_is_true(m))
        return error_set_string(&exc_ValueError, "pow() 3rd argument cannot be 0");
    const IntObject *e = (const IntObject *)b;
    Object *base;
    if (e->base.size < 0) {
        if (m == NULL)
            return negative_power(a, b);
        base = modular_inverse(a, m);
    } else {
        base = m ? int_mod(a, m) : incref(a);
    }
    if (base == NULL)
        return NULL;
    /* Left to right over the exponent's bits: square, then multiply. */
    Object *one = int_from_i64(1), *result = m ? int_mod(one, m) : incref(one);
    decref(one);
    for (size_t bit = int_bit_length(b); bit-- > 0 && result;) {
        result = mul_reduce(result, result, m);
        if (result && (e->digits[bit / DIGIT_BITS] >> (bit % DIGIT_BITS) & 1))
            result = mul_reduce(result, base, m);
    }
    decref(base);
    return result;
}
