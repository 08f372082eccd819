/* set.h: set and frozenset, hash tables of keys alone (CPython's
 * Objects/setobject.c).
 *
 * The table is CPython's: open addressing over 2**k entries that each hold
 * a key and its hash, probing a few neighbours before jumping (LINEAR_PROBES,
 * then the perturbed step dicts use), with deleted keys left as dummies
 * until the next resize. Up to 8 entries live inside the object itself
 * (smalltable); past that the table is a separate block. Iteration walks
 * the table in order, so a set prints its items in the order CPython
 * prints them, and sys.getsizeof(set()) is 216 as there.
 */
#ifndef MINIPY_SET_H
#define MINIPY_SET_H

#include "object.h"

#define SET_MINSIZE 8               /* PySet_MINSIZE */

typedef struct SetEntry {
    Object *key;                    /* NULL: never used; set_dummy_key: deleted */
    int64_t hash;
} SetEntry;

typedef struct SetObject {
    Object base;
    intptr_t fill;                  /* active and dummy entries */
    intptr_t used;                  /* active entries: len() */
    intptr_t mask;                  /* entries in the table, minus one */
    SetEntry *table;                /* smalltable, or a block of mask + 1 */
    int64_t hash;                   /* a frozenset's, -1 until computed */
    intptr_t finger;                /* where pop() looks next */
    SetEntry smalltable[SET_MINSIZE];
    Object *weaklist;               /* weak references (chapter 10) */
} SetObject;

extern Type set_type, frozenset_type, set_iterator_type;

static inline bool is_set(Object *op) { return type_is_subtype(op->type, &set_type); }
static inline bool is_frozenset(Object *op) { return type_is_subtype(op->type, &frozenset_type); }
static inline bool is_anyset(Object *op) { return is_set(op) || is_frozenset(op); }
#define SET_SIZE(op) (((SetObject *)(op))->used)

/* The C API (the comprehensions' BUILD_SET and SET_ADD use it): */
Object *set_new(void);                          /* an empty set */
Object *frozenset_from_iterable(Object *iterable);  /* frozenset(x); NULL: empty */
int set_add(Object *set, Object *key);          /* 0, or -1 (unhashable key) */
/* set.update(iterable): 0 or -1. Also fills a frozenset being made. */
int set_update(Object *set, Object *iterable);
int set_contains(Object *set, Object *key);     /* 1, 0, -1 */

/* For sys.getsizeof: the bytes of a table outside the object. */
size_t set_table_bytes(Object *set);

#endif
