/* float.h: float objects (C doubles). */
#ifndef MINIPY_FLOAT_H
#define MINIPY_FLOAT_H

#include "object.h"

typedef struct FloatObject {
    Object base;
    double value;
} FloatObject;

extern Type float_type;

#define FLOAT_VALUE(op) (((FloatObject *)(op))->value)
static inline bool is_float(Object *op) { return op->type == &float_type; }

Object *float_from_double(double value);
/* repr(x) as CPython writes it: the shortest text that reads back the
 * same ("0.1", "1e+16", "inf", "nan", "1.0"). Writes into buf (>= 32). */
void float_format(double value, char *buf, size_t bufsize);
/* x ** y on doubles with CPython's rules and errors (floatpow.c), and the
 * ** slot of float. */
Object *float_power(double x, double y);
Object *float_pow(Object *a, Object *b);

#endif
