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

typedef struct TypeCache {
    TypeCacheEntry sets[TYPE_CACHE_SETS][TYPE_CACHE_WAYS];
    uint32_t last_version;  /* the last tag given (0 before the first) */
} TypeCache;

/* The class's version tag, giving it one (and one to each class of its
 * MRO) if it has none: 0 when it cannot have one (a built-in type, or the
 * tags have run out, as CPython's next_version_tag can). */
uint32_t type_version(Type *type);

/* A class dict is about to change, or has: the class and every class
 * derived from it lose their tags (CPython's PyType_Modified). */
void type_modified(Type *type);

#if CHAPTER >= CH_INTERNING
/* An interned str is being freed: no entry may keep its address. */
void type_cache_forget(Object *name);
#endif

#endif
