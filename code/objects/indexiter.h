/* indexiter.h: one iterator for the sequences read by position: list,
 * tuple and str (CPython writes the same pattern three times, as
 * listiterobject, tupleiterobject and unicodeiterobject). */
#ifndef MINIPY_INDEXITER_H
#define MINIPY_INDEXITER_H

#include "object.h"

typedef struct IndexIterObject {
    Object base;
    Object *seq;            /* NULL once exhausted (CPython drops it too) */
    intptr_t index;         /* of the next item, in the units of `length` */
} IndexIterObject;

/* An iterator type: a Type, then how to read its kind of sequence.
 * `length` is counted in the units of the index (items; bytes for str);
 * `next_item` returns the item at *index as a new reference (NULL with an
 * exception set if it cannot be made) and moves *index past it. */
typedef struct IndexIterType {
    Type type;
    intptr_t (*length)(Object *seq);
    Object *(*next_item)(Object *seq, intptr_t *index);
} IndexIterType;

/* iter(seq): a new iterator of the given type over seq (increfed). */
Object *index_iter_new(IndexIterType *type, Object *seq);

/* The slots every iterator type of this kind shares. */
Object *index_iter_next(Object *self);
int index_iter_traverse(Object *self, VisitProc visit, void *arg);
void index_iter_clear(Object *self);

#define INDEX_ITER_TYPE(type_name, length_fn, next_item_fn)                 \
    {                                                                       \
        .type = {                                                           \
            .base = TYPE_HEAD_INIT,                                         \
            .name = type_name,                                              \
            .basic_size = sizeof(IndexIterObject),                          \
            .parent = &object_type,                                         \
            .flags = TYPE_CONTAINER,                                        \
            .dealloc = object_dealloc_default,                              \
            .traverse = index_iter_traverse,                                \
            .clear = index_iter_clear,                                      \
            .iter = object_iter_self,                                       \
            .iternext = index_iter_next,                                    \
        },                                                                  \
        .length = length_fn,                                                \
        .next_item = next_item_fn,                                          \
    }

#endif
