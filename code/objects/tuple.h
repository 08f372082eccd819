/* tuple.h: tuple objects: a fixed array of references stored inline. */
#ifndef MINIPY_TUPLE_H
#define MINIPY_TUPLE_H

#include "object.h"

typedef struct TupleObject {
    VarObject base;         /* base.size = number of items */
    Object *items[];
} TupleObject;

extern Type tuple_type;

#define TUPLE_SIZE(op) (((TupleObject *)(op))->base.size)
#define TUPLE_ITEMS(op) (((TupleObject *)(op))->items)
static inline bool is_tuple(Object *op) { return op->type == &tuple_type; }

Object *tuple_new(intptr_t size);               /* () is shared; else slots NULL */
Object *tuple_pack(size_t n, ...);              /* increfs each item */
Object *tuple_from_iterable(Object *iterable);  /* tuple(x) */
Object *tuple_from_array(Object **items, intptr_t count);  /* increfs each item */
#if CHAPTER >= CH_GENERATIONS
bool tuple_holds_only_atoms(Object *tuple);
void tuple_maybe_untrack(Object *tuple);        /* of atoms only: untrack */
#endif

#endif
