/* int.h: int objects (64-bit; overflow raises OverflowError). */
#ifndef MINIPY_INT_H
#define MINIPY_INT_H

#include "object.h"

typedef struct IntObject {
    Object base;
    int64_t value;
} IntObject;

extern Type int_type;

#define INT_VALUE(op) (((IntObject *)(op))->value)
static inline bool is_int(Object *op) { return type_is_subtype(op->type, &int_type); } /* bool too */

/* A new reference to an int with this value: from the small-int cache when
 * -5 <= value <= 256 (chapter 2 on), otherwise a fresh object. */
Object *int_from_i64(int64_t value);
/* Parse decimal text (int("257"), literals); NULL + ValueError on bad text,
 * OverflowError when it does not fit in 64 bits. */
Object *int_from_string(const char *text, size_t length);
/* An int argument used as an index (list.pop(i)): 0, or -1 with
 * "TypeError: 'float' object cannot be interpreted as an integer". */
int int_as_index(Object *op, int64_t *out);
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
/* CPython's numeric hash: the value modulo the prime 2**61 - 1, so that
 * equal ints and floats hash equal (float.c uses it too). */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
/* Make the small-int cache (runtime_init) ; drop it (runtime_finalize). */
void int_init_cache(void);
void int_fini_cache(void);

#endif
