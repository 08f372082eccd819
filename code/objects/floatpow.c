/* floatpow.c: x ** y when either operand is a float (CPython's float_pow).
 *
 * C's pow() already gives IEEE 754's answers for most special values;
 * CPython settles the rest itself, before calling it, so that every
 * platform prints the same: 1 ** nan is 1.0, (-inf) ** 3 is -inf, 0.0 to
 * a negative power is a ZeroDivisionError, and a result too big for a
 * double is an OverflowError rather than inf.
 */
#include "float.h"

#include <math.h>

#include "bool.h"
#include "error.h"
#include "int.h"

static bool is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

/* Infinite or nan operands: no error is possible. */
static double power_of_special(double iv, double iw)
{
    if (isnan(iv))
        return iv;                      /* iw != 0 */
    if (isnan(iw))
        return iv == 1.0 ? 1.0 : iw;
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return 1.0;
        return (iw > 0.0) == (iv > 1.0) ? fabs(iw) : 0.0;
    }
    bool odd = is_odd_integer(iw);      /* iv is infinite */
    if (iw > 0.0)
        return odd ? iv : fabs(iv);
    return odd ? copysign(0.0, iv) : 0.0;
}

Object *float_power(double iv, double iw)
{
    if (iw == 0.0)
        return float_from_double(1.0);
    if (!isfinite(iv) || !isfinite(iw))
        return float_from_double(power_of_special(iv, iw));
    if (iv == 0.0) {
        if (iw < 0.0)
            return error_set_string(&exc_ZeroDivisionError,
                                    "0.0 cannot be raised to a negative power");
        return float_from_double(is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw))            /* CPython's result is a complex number */
            return error_set_string(&exc_ValueError, "negative number cannot be raised to a "
                                    "fractional power (minipy has no complex numbers)");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return float_from_double(negate ? -1.0 : 1.0);
    double result = pow(iv, iw);
    if (isinf(result))                  /* CPython raises ERANGE's OSError text */
        return error_set_string(&exc_OverflowError, "(34, 'Numerical result out of range')");
    return float_from_double(negate ? -result : result);
}

/* An operand of float ** : 1 with its value, 0 when it is not a number,
 * -1 when it is an int too large for a double (OverflowError). */
static int power_operand(Object *op, double *out)
{
    if (is_float(op)) {
        *out = FLOAT_VALUE(op);
        return 1;
    }
    if (!is_int(op))
        return 0;
    return int_as_double(op, out) < 0 ? -1 : 1;
}

Object *float_pow(Object *a, Object *b)
{
    double x, y;
    int left = power_operand(a, &x);
    if (left < 0)
        return NULL;
    int right = left ? power_operand(b, &y) : 0;
    if (right < 0)
        return NULL;
    if (!left || !right)
        return incref(NotImplemented);
    return float_power(x, y);
}
