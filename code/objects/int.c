/* int.c: int objects (CPython's Objects/longobject.c, much reduced).
 *
 * CPython's ints are unbounded: a PyLongObject holds as many 30-bit
 * digits as the value needs. minipy's hold one int64_t, and an operation
 * whose result does not fit raises OverflowError instead of growing the
 * number (and instead of the undefined behaviour of C's signed overflow).
 * Everything memory-related behaves as in CPython: ints are immutable
 * objects, and from chapter 2 the small ints -5..256 are made once and
 * shared (CPython's small-int cache, _PY_NSMALLNEGINTS/_PY_NSMALLPOSINTS).
 */
#include "int.h"

#include <stdio.h>

#include "bool.h"
#include "builtins.h"
#include "error.h"
#include "float.h"
#include "runtime.h"
#include "str.h"

static Object *int_new_raw(int64_t value)
{
    IntObject *op = (IntObject *)object_new(&int_type, sizeof(IntObject));
    op->value = value;
    return (Object *)op;
}

/* ---- the small-int cache (chapter 2) ------------------------------------- */

#if CHAPTER >= CH_INTERNING
/* CPython 3.11 allocates its small ints statically with a count of
 * 999999999 (_PyObject_IMMORTAL_INIT), so sys.getrefcount(1) prints a
 * number just above a billion. minipy's live in the heap but start at the
 * same count, so no decref ever frees them; heap_free_all does at exit. */
static Object *small_int(int64_t value)
{
    Object **slot = &runtime.small_ints[value - SMALL_INT_MIN];
    if (*slot == NULL) {
        *slot = int_new_raw(value);
        (*slot)->refcount = IMMORTAL_REFCOUNT;
    }
    return *slot;
}

void int_init_cache(void)
{
    for (int64_t v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++)
        small_int(v);
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
    return int_new_raw(value);
}

/* ---- parsing ------------------------------------------------------------- */

static bool is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static Object *invalid_literal(const char *text, size_t length)
{
    Object *s = str_from_utf8(text, length);
    error_format(&exc_ValueError, "invalid literal for int() with base 10: %R", s);
    decref(s);
    return NULL;
}

static Object *int_overflow(void)
{
    return error_set_string(&exc_OverflowError, "integer overflow");
}

/* What int() accepts: surrounding whitespace, one sign, decimal digits
 * with single underscores between them ("1_000"). The value is built
 * negative so that -9223372036854775808 fits. */
Object *int_from_string(const char *text, size_t length)
{
    const char *p = text, *end = text + length;
    while (p < end && is_ascii_space(*p))
        p++;
    bool negative = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+'))
        p++;
    if (p == end || !is_digit(*p))
        return invalid_literal(text, length);
    int64_t value = 0;
    bool overflow = false;
    while (p < end && (is_digit(*p) || (*p == '_' && p + 1 < end && is_digit(p[1])))) {
        if (*p == '_')
            p++;
        overflow |= __builtin_mul_overflow(value, 10, &value);
        overflow |= __builtin_sub_overflow(value, *p - '0', &value);
        p++;
    }
    while (p < end && is_ascii_space(*p))
        p++;
    if (p != end)
        return invalid_literal(text, length);
    if (!negative && !overflow)
        overflow = __builtin_mul_overflow(value, -1, &value);
    return overflow ? int_overflow() : int_from_i64(value);
}

int int_as_index(Object *op, int64_t *out)
{
    if (!is_int(op)) {
        error_format(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                     op->type->name);
        return -1;
    }
    *out = INT_VALUE(op);
    return 0;
}

/* ---- slots --------------------------------------------------------------- */

static Object *int_repr_slot(Object *self)
{
    char buf[32];
    int size = snprintf(buf, sizeof buf, "%lld", (long long)INT_VALUE(self));
    return str_from_utf8_fresh(buf, (size_t)size);
}

/* hash(n) is n reduced modulo 2**61 - 1, keeping the sign; -1 is taken
 * (it means "error" in C), so hash(-1) == -2, as in CPython. */
int64_t int_hash(Object *self)
{
    int64_t value = INT_VALUE(self);
    uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    int64_t hash = (int64_t)(magnitude % HASH_MODULUS);
    if (value < 0)
        hash = -hash;
    return hash == -1 ? -2 : hash;
}

static bool compare_result(int cmp, CompareOp op)
{
    switch (op) {
    case CMP_LT: return cmp < 0;
    case CMP_LE: return cmp <= 0;
    case CMP_EQ: return cmp == 0;
    case CMP_NE: return cmp != 0;
    case CMP_GT: return cmp > 0;
    default:     return cmp >= 0;
    }
}

/* int against int only; an int against a float is float's business
 * (object_compare tries float's reflected comparison next). */
Object *int_compare(Object *a, Object *b, CompareOp op)
{
    if (!is_int(a) || !is_int(b))
        return incref(NotImplemented);
    int64_t x = INT_VALUE(a), y = INT_VALUE(b);
    return bool_from(compare_result((x > y) - (x < y), op));
}

int int_is_true(Object *self)
{
    return INT_VALUE(self) != 0;
}

/* Arithmetic slots return NotImplemented unless both operands are ints:
 * int + float is then handled by float's slot, as in CPython. */
static bool both_ints(Object *a, Object *b)
{
    return is_int(a) && is_int(b);
}

Object *int_add(Object *a, Object *b)
{
    int64_t r;
    if (!both_ints(a, b))
        return incref(NotImplemented);
    if (__builtin_add_overflow(INT_VALUE(a), INT_VALUE(b), &r))
        return int_overflow();
    return int_from_i64(r);
}

Object *int_sub(Object *a, Object *b)
{
    int64_t r;
    if (!both_ints(a, b))
        return incref(NotImplemented);
    if (__builtin_sub_overflow(INT_VALUE(a), INT_VALUE(b), &r))
        return int_overflow();
    return int_from_i64(r);
}

Object *int_mul(Object *a, Object *b)
{
    int64_t r;
    if (!both_ints(a, b))
        return incref(NotImplemented);
    if (__builtin_mul_overflow(INT_VALUE(a), INT_VALUE(b), &r))
        return int_overflow();
    return int_from_i64(r);
}

/* `/` always gives a float. CPython divides the exact integers and rounds
 * once; converting to double first is the same for |n| <= 2**53. */
Object *int_truediv(Object *a, Object *b)
{
    if (!both_ints(a, b))
        return incref(NotImplemented);
    if (INT_VALUE(b) == 0)
        return error_set_string(&exc_ZeroDivisionError, "division by zero");
    return float_from_double((double)INT_VALUE(a) / (double)INT_VALUE(b));
}

/* Python rounds the quotient toward minus infinity (-7 // 2 == -4), C
 * toward zero (-7 / 2 == -3): step down when the signs differ and the
 * division was not exact. */
Object *int_floordiv(Object *a, Object *b)
{
    if (!both_ints(a, b))
        return incref(NotImplemented);
    int64_t x = INT_VALUE(a), y = INT_VALUE(b);
    if (y == 0)
        return error_set_string(&exc_ZeroDivisionError, "integer division or modulo by zero");
    if (x == INT64_MIN && y == -1)
        return int_overflow();
    int64_t q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0)))
        q--;
    return int_from_i64(q);
}

/* The remainder takes the divisor's sign (-7 % 2 == 1), matching //. */
Object *int_mod(Object *a, Object *b)
{
    if (!both_ints(a, b))
        return incref(NotImplemented);
    int64_t x = INT_VALUE(a), y = INT_VALUE(b);
    if (y == 0)
        return error_set_string(&exc_ZeroDivisionError, "integer modulo by zero");
    if (y == -1)
        return int_from_i64(0);      /* INT64_MIN % -1 is undefined in C */
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
        r += y;
    return int_from_i64(r);
}

Object *int_neg(Object *self)
{
    if (INT_VALUE(self) == INT64_MIN)
        return int_overflow();
    return int_from_i64(-INT_VALUE(self));
}

Type int_type = {
    .base = TYPE_HEAD_INIT,
    .name = "int",
    .basic_size = sizeof(IntObject),
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
    .neg = int_neg,
};
