/* set_internal.h: what set.c (the table, the type) and setops.c (the
 * operators and methods) share. Not for the rest of the runtime. */
#ifndef MINIPY_SET_INTERNAL_H
#define MINIPY_SET_INTERNAL_H

#include "set.h"

#define SET(op) ((SetObject *)(op))

/* A new, empty set or frozenset (of the built-in type `type` belongs to),
 * filled from `iterable` unless it is NULL. */
Object *set_make(Type *type, Object *iterable);
/* A new set or frozenset like `so` (same built-in type) with its keys. */
Object *set_copy_of(Object *so);

int set_add_entry(SetObject *so, Object *key, int64_t hash);      /* 0, -1 */
int set_add_key(SetObject *so, Object *key);                      /* hashes it */
int set_contains_entry(SetObject *so, Object *key, int64_t hash);  /* 1, 0, -1 */
/* 1 when found (and removed), 0 when not, -1 on error. */
int set_discard_entry(SetObject *so, Object *key, int64_t hash);
/* A set key is looked up as the equal frozenset (set_contains, discard,
 * remove): 1, 0 or -1. */
int set_discard_key(SetObject *so, Object *key);
/* The next active entry at or after *pos (advanced past it), or NULL. */
SetEntry *set_next(SetObject *so, intptr_t *pos);
/* Mark an entry deleted (the caller has taken its reference). */
void set_entry_delete(SetEntry *entry);
void set_clear_entries(SetObject *so);
int set_table_resize(SetObject *so, intptr_t minused);
int set_merge(SetObject *so, Object *other);

/* setops.c: the operators (number slots and in place) and the methods. */
Object *set_sub(Object *a, Object *b);
Object *set_and(Object *a, Object *b);
Object *set_or(Object *a, Object *b);
Object *set_xor(Object *a, Object *b);
Object *set_inplace(Object *self, Object *other, int op);
int set_is_subset(Object *a, Object *b);                  /* both sets: 1, 0, -1 */
extern const MethodDef set_methods[], frozenset_methods[];

#endif
