/* typecache.h: the type attribute cache, CPython's method cache
 * (_PyType_Lookup, PyType_Modified and assign_version_tag in
 * Objects/typeobject.c).
 *
 * A name looked up on a class is searched for along its MRO, one class
 * dict after another. The answer changes only when a class dict on that
 * MRO changes, so it is kept in a table keyed by the class's *version
 * tag* and the name: a class gets a tag the first time it is looked up
 * in, and loses it (it and every class derived from it) whenever one of
 * its attributes is set or deleted. A lost tag makes every entry made
 * under it unreachable; the next lookup gives the class a fresh tag.
 *
 * Only classes made by `class` get tags: the built-in types never change
 * and keep their methods in C tables (mro.c), not in dicts. */
#ifndef MINIPY_TYPECACHE_H
#define MINIPY_TYPECACHE_H

#include <stdint.h>

#include "object.h"

/* 1024 sets of 4 entries: CPython's 4096 (MCACHE_SIZE_EXP 12). The set
 * is chosen by the name alone, so that a name being freed has one set to
 * be taken out of (type_cache_forget). */
#define TYPE_CACHE_SETS 1024
#define TYPE_CACHE_WAYS 4

/* A name is a key by its address: an interned str (from chapter 2, where
 * names become unique objects), a StrId or a C string literal (both
 * static). The entry holds no reference to a str key, unlike CPython's:
 * the key is taken out when the str is freed, so that no count changes. */
typedef struct TypeCacheEntry {
    uint32_t version;       /* the class's version tag; 0: empty */
    const void *key;
    Object *value;          /* borrowed from a class dict; NULL: no such name */
} TypeCacheEntry;

/* A built-in method of a built-in type (list.append), kept under the
 * type and the name's address: a built-in type's methods never change,
 * so no tag is needed (CPython 3.11 keeps the answer in LOAD_METHOD's
 * inline cache). The same sets, chosen by the name. */
#define METHOD_CACHE_SETS 64

typedef struct MethodCacheEntry {
    Type *type;             /* NULL: empty */
    const void *name;
    const MethodDef *def;
} MethodCacheEntry;

typedef struct TypeCache {
    TypeCacheEntry sets[TYPE_CACHE_SETS][TYPE_CACHE_WAYS];
    uint32_t last_version;  /* the last tag given (0 before the first) */
    MethodCacheEntry methods[METHOD_CACHE_SETS][TYPE_CACHE_WAYS];
} TypeCache;

/* The class's version tag, giving it one (and one to each class of its
 * MRO) if it has none: 0 when it cannot have one (a built-in type, or the
 * tags have run out, as CPython's next_version_tag can). */
uint32_t type_version(Type *type);

/* A class dict is about to change, or has: the class and every class
 * derived from it lose their tags (CPython's PyType_Modified). */
void type_modified(Type *type);

/* The built-in method `name` of `type` or of a type above it, or NULL
 * (type_lookup_method_def, mro.c), through the table of built-in methods
 * for a built-in type and an interned name. */
const MethodDef *type_lookup_builtin_method(Type *type, Object *name);

#if CHAPTER >= CH_INTERNING
/* An interned str is being freed: no entry may keep its address. */
void type_cache_forget(Object *name);
#endif

/* Empty both tables (the runtime's exit: the names they hold go with the
 * heap, without str_dealloc). */
void type_cache_clear(void);

#endif
