/* dict.h: dict objects: an insertion-ordered hash table, as CPython's. */
#ifndef MINIPY_DICT_H
#define MINIPY_DICT_H

#include "object.h"

/* The table, in one block (dict.c says how it is laid out). */
typedef struct DictKeys DictKeys;

/* 32 bytes: CPython 3.11's PyDictObject is 48 (it also keeps a version
 * tag for its specializing interpreter and a pointer to the values of a
 * split table, neither of which minipy has). The table is never NULL: an
 * empty dict points at one shared empty table, as CPython's Py_EMPTY_KEYS,
 * so `{}` allocates nothing but its struct. Whatever makes a DictObject
 * other than dict_new must point `keys` at dict_empty_keys. */
typedef struct DictObject {
    Object base;
    intptr_t used;          /* live entries: len() */
    DictKeys *keys;
} DictObject;

extern DictKeys dict_empty_keys;

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
#if CHAPTER >= CH_CYCLES
Object *dict_new_subtype(Type *type);     /* an empty instance of a dict subclass */
#endif
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
/* A number that stays the dict's while no key is added to it or deleted
 * from it, never given to another (CPython 3.11's dk_version, which the
 * caches of LOAD_GLOBAL check): 0 for an empty dict, for one with a key
 * that is not a str (whose comparisons may run Python code, which may
 * change the dict while it is searched), or when the numbers have run
 * out. */
uint32_t dict_keys_version(Object *dict);

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
/* A mapping that is no dict, read through its keys() and [key] (dictupdate.c):
 * whether it has keys (1, 0, -1 with an error), and each item handed to
 * `add` (dict_add_item: into the dict `arg`). */
int mapping_has_keys(Object *mapping);
int mapping_for_each_item(Object *mapping, int (*add)(void *, Object *, Object *), void *arg);
int dict_add_item(void *dict, Object *key, Object *value);
/* The bytes of the dict's table, 0 for the shared empty one (getsizeof). */
size_t dict_table_bytes(Object *dict);

#endif
