/* dict.h: dict objects: an insertion-ordered hash table, as CPython's. */
#ifndef MINIPY_DICT_H
#define MINIPY_DICT_H

#include "object.h"

typedef struct DictEntry {
    int64_t hash;
    Object *key;            /* NULL: deleted entry */
    Object *value;
} DictEntry;

typedef struct DictObject {
    Object base;
    intptr_t used;          /* live entries */
    intptr_t nentries;      /* entries[0..nentries) used, incl. deleted */
    intptr_t capacity;      /* slots in entries */
    intptr_t nindices;      /* power of two, size of indices */
    intptr_t *indices;      /* -1 empty, -2 dummy, else index into entries */
    DictEntry *entries;
#if CHAPTER >= CH_GC_REFS
    bool general_keys;      /* a key that is not a str was ever stored: CPython
                             * switches the table from "unicode" to "general"
                             * keys then, until the dict is cleared */
#endif
} DictObject;

extern Type dict_type;

/* PyDict_CheckExact, and PyDict_Check (a dict or an instance of a class
 * derived from dict, from chapter 8). */
static inline bool is_dict(Object *op) { return op->type == &dict_type; }
static inline bool is_dict_or_subclass(Object *op)
{
    return is_dict(op) || ((op->type->flags & TYPE_HEAP) && type_is_subtype(op->type, &dict_type));
}
#define DICT_SIZE(op) (((DictObject *)(op))->used)

Object *dict_new(void);
/* Borrowed reference or NULL; NULL with an exception only when hashing
 * or comparing the key failed. */
Object *dict_get_item(Object *dict, Object *key);
/* The same for a C string key (borrowed; never an error). */
Object *dict_get_item_cstr(Object *dict, const char *key);
/* The same for a name kept as a StrId (str.h): no strlen, no hashing. */
Object *dict_get_item_id(Object *dict, StrId *id);
extern StrId str_id_init, str_id_del;  /* "__init__", "__del__" */
int dict_set_item(Object *dict, Object *key, Object *value);   /* increfs both */
/* dict_get_item and dict_set_item for a name (an exact str) that the
 * evaluator looks up again and again: *hint remembers the entry where the
 * name was found last, and an entry that still holds the name is taken
 * without hashing or probing (CPython 3.11 keeps such an index in its
 * LOAD_GLOBAL caches). Any hint value is safe; start with 0. */
Object *dict_get_name(Object *dict, Object *name, intptr_t *hint);
int dict_set_name(Object *dict, Object *name, Object *value, intptr_t *hint);
int dict_set_item_cstr(Object *dict, const char *key, Object *value);
int dict_del_item(Object *dict, Object *key);   /* KeyError if missing */
/* Iterate: `intptr_t pos = 0; Object *k, *v; while (dict_next(d, &pos, &k, &v))`
 * (borrowed). */
bool dict_next(Object *dict, intptr_t *pos, Object **key, Object **value);
/* key in dict: 1 or 0, or -1 with an exception (hashing or comparing). */
int dict_contains(Object *dict, Object *key);

/* dictview.c: iter(d), the key iterator; d.keys(), d.values(), d.items(). */
extern Type dict_keyiterator_type, dict_keys_type, dict_values_type, dict_items_type;
Object *dict_iter(Object *dict);
Object *dict_view_new(Object *dict, Type *type);    /* type: one of the three */
void dict_clear(Object *dict);
#if CHAPTER >= CH_GENERATIONS
void dict_maybe_untrack(Object *dict);  /* atoms only: untrack (full gc) */
#endif
int dict_update(Object *dict, Object *other);

#endif
