/* dict_internal.h: the dict's table as dict.c lays it out (CPython's
 * Include/internal/pycore_dict.h), for dict.c and for the book's layout
 * figures (modules/layout.c), which read the real offsets and sizes. */
#ifndef MINIPY_DICT_INTERNAL_H
#define MINIPY_DICT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "dict.h"
#include "str.h"

#define IX_EMPTY (-1)       /* an index slot never used */
#define IX_DUMMY (-2)       /* the slot of a deleted entry */

enum { KEYS_UNICODE, KEYS_GENERAL };

struct DictKeys {
    uint8_t log2_size;          /* indices has 1 << log2_size slots */
    uint8_t log2_index_bytes;   /* and takes 1 << log2_index_bytes bytes */
    uint8_t kind;               /* KEYS_UNICODE or KEYS_GENERAL */
    uint32_t version;           /* dict_keys_version's number, 0 while none;
                                 * back to 0 when a key comes or goes (in
                                 * the padding: the table is no bigger) */
    intptr_t usable;            /* entries that may still be appended */
    intptr_t nentries;          /* entries appended, deleted ones included */
    char indices[];             /* then the entries */
};

/* An entry of a unicode table is a KeyValue (CPython's PyDictUnicodeEntry);
 * one of a general table, a HashedEntry (PyDictKeyEntry). Both end with
 * the (key, value) pair, so the code below handles a KeyValue and asks
 * for the hash only where it is needed. key NULL: a deleted entry. */
typedef struct KeyValue {
    Object *key;
    Object *value;
} KeyValue;

typedef struct HashedEntry {
    int64_t hash;
    KeyValue kv;
} HashedEntry;

static inline bool keys_general(const DictKeys *keys)
{
    return keys->kind == KEYS_GENERAL;
}

static inline size_t entry_size(const DictKeys *keys)
{
    return keys_general(keys) ? sizeof(HashedEntry) : sizeof(KeyValue);
}

/* USABLE_FRACTION: at most 2/3 of the slots are ever used, which keeps
 * probe sequences short. */
static inline intptr_t usable_for(uint8_t log2_size)
{
    return ((intptr_t)1 << log2_size) * 2 / 3;
}

static inline intptr_t index_get(const DictKeys *keys, size_t i)
{
    const void *indices = keys->indices;
    return keys->log2_size < 8 ? ((const int8_t *)indices)[i]
         : keys->log2_size < 16 ? ((const int16_t *)indices)[i]
         : keys->log2_size < 32 ? ((const int32_t *)indices)[i]
         : (intptr_t)((const int64_t *)indices)[i];
}

/* Where a hash's search goes (CPython's dictobject.c): first the slot
 * hash & mask, then slot * 5 + perturb + 1, with perturb shifted right by
 * PERTURB_SHIFT each step so that every bit of the hash soon takes part;
 * once perturb is 0 the recurrence visits every slot. Search, insertion
 * and the byte-keyed lookups all follow this one sequence. */
#define PERTURB_SHIFT 5

typedef struct Probe {
    size_t slot;
    size_t mask;
    uint64_t perturb;
} Probe;

static inline Probe probe_start(const DictKeys *keys, int64_t hash)
{
    size_t mask = ((size_t)1 << keys->log2_size) - 1;
    return (Probe){(size_t)hash & mask, mask, (uint64_t)hash};
}

static inline void probe_next(Probe *probe)
{
    probe->perturb >>= PERTURB_SHIFT;
    probe->slot = (probe->slot * 5 + probe->perturb + 1) & probe->mask;
}

/* Where the entries start: right after the indices. */
static inline char *keys_entries(const DictKeys *keys)
{
    return (char *)keys->indices + ((size_t)1 << keys->log2_index_bytes);
}

/* The key and value of entry `ix`. */
static inline KeyValue *entry_at(const DictKeys *keys, intptr_t ix)
{
    char *entries = keys_entries(keys);
    if (keys_general(keys))
        return &((HashedEntry *)(void *)entries)[ix].kv;
    return &((KeyValue *)(void *)entries)[ix];
}

/* dictrepr.c: the dict type's repr and compare slots. */
Object *dict_repr(Object *self);
Object *dict_compare(Object *a, Object *b, CompareOp op);

/* dict.c: every entry of the dict `other` into `dict`, hashes reused. */
int dict_merge(Object *dict, Object *other);

/* dictupdate.c: the dict type's | and |= (d | other, d |= other). */
Object *dict_or(Object *self, Object *other);
Object *dict_inplace(Object *self, Object *other, int op);

#endif
