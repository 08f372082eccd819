/* typecache.c: names looked up on classes, remembered until a class
 * changes (CPython's method cache: _PyType_Lookup, assign_version_tag and
 * PyType_Modified in Objects/typeobject.c; typecache.h says how).
 *
 * Every lookup of a method or class attribute on an instance goes through
 * type_lookup, and so do the special methods the slots call (`__init__`
 * on each construction, `__eq__` on each comparison): without the cache
 * each one searches every class dict of the MRO. */
#include "typecache.h"

#include <string.h>

#include "class.h"
#include "runtime.h"
#include "str.h"

/* ---- version tags ---------------------------------------------------------- */

static uint32_t assign_version_tag(Type *type)
{
    TypeCache *cache = &runtime.type_cache;
    if (cache->last_version == UINT32_MAX)
        return 0;               /* run out: no more caching, as CPython */
    type->version_tag = ++cache->last_version;
    return type->version_tag;
}

/* The classes of the MRO are tagged before the class itself, so that a
 * tagged class never has an untagged class above it: type_modified can
 * then stop at a class without a tag, as no class below it has one. */
uint32_t type_version(Type *type)
{
    if (type->version_tag != 0)
        return type->version_tag;
    if (!(type->flags & TYPE_HEAP))
        return 0;
    MroWalk walk;
    for (Type *t = mro_walk_start(&walk, type); t != NULL; t = mro_walk_next(&walk))
        if (t != type && (t->flags & TYPE_HEAP) && t->version_tag == 0
            && assign_version_tag(t) == 0)
            return 0;
    return assign_version_tag(type);
}

void type_modified(Type *type)
{
    if (type->version_tag == 0)
        return;
    type->version_tag = 0;
    for (intptr_t i = 0; i < type->subclass_count; i++)
        type_modified(type->subclasses[i]);
}

/* ---- the table -------------------------------------------------------------- */

static TypeCacheEntry *cache_set(const void *key)
{
    return runtime.type_cache.sets[((uintptr_t)key >> 4) % TYPE_CACHE_SETS];
}

static bool cache_find(TypeCacheEntry *set, uint32_t version, const void *key, Object **value)
{
    for (int way = 0; way < TYPE_CACHE_WAYS; way++) {
        if (set[way].key == key && set[way].version == version) {
            *value = set[way].value;
            return true;
        }
    }
    return false;
}

/* The newest answer goes first; the oldest of the set is dropped. */
static void cache_store(TypeCacheEntry *set, uint32_t version, const void *key, Object *value)
{
    for (int way = TYPE_CACHE_WAYS - 1; way > 0; way--)
        set[way] = set[way - 1];
    set[0] = (TypeCacheEntry){version, key, value};
}

static MethodCacheEntry *method_set(const void *name)
{
    return runtime.type_cache.methods[((uintptr_t)name >> 4) % METHOD_CACHE_SETS];
}

#if CHAPTER >= CH_INTERNING
void type_cache_forget(Object *name)
{
    TypeCacheEntry *set = cache_set(name);
    for (int way = 0; way < TYPE_CACHE_WAYS; way++)
        if (set[way].key == name)
            set[way] = (TypeCacheEntry){0, NULL, NULL};
    MethodCacheEntry *methods = method_set(name);
    for (int way = 0; way < TYPE_CACHE_WAYS; way++)
        if (methods[way].name == name)
            methods[way] = (MethodCacheEntry){NULL, NULL, NULL};
}
#endif

void type_cache_clear(void)
{
    memset(&runtime.type_cache, 0, sizeof runtime.type_cache);
}

/* May this str be a key? Before chapter 2 names are not interned, and two
 * equal names are two objects that may die at any time: no caching. */
static bool name_cacheable(Object *name)
{
#if CHAPTER >= CH_INTERNING
    return ((StrObject *)name)->interned;
#else
    (void)name;
    return false;
#endif
}

/* ---- the lookups ------------------------------------------------------------- */

/* The walks along the MRO, one signature for cached_lookup. */
static Object *walk_by_name(Type *type, const void *name)
{
    return find_name_in_mro(type, (Object *)name);
}

static Object *walk_by_id(Type *type, const void *id)
{
    return find_id_in_mro(type, (StrId *)id);
}

/* The answer remembered under (version, key), else walk(type, what)'s,
 * remembered. Version 0 caches nothing. Walking the MRO runs no Python
 * code (class dicts are keyed by str), so the tag taken before the walk
 * still holds when its answer is stored. Inline: with the walk known at
 * each call, the compiler calls it directly. */
static inline Object *cached_lookup(Type *type, uint32_t version, const void *key,
                                    Object *(*walk)(Type *, const void *), const void *what)
{
    if (version == 0)
        return walk(type, what);
    TypeCacheEntry *set = cache_set(key);
    Object *value;
    if (cache_find(set, version, key, &value))
        return value;
    value = walk(type, what);
    cache_store(set, version, key, value);
    return value;
}

Object *type_lookup(Type *type, Object *name)
{
    uint32_t version = name_cacheable(name) ? type_version(type) : 0;
    return cached_lookup(type, version, name, walk_by_name, name);
}

Object *type_lookup_id(Type *type, StrId *name)
{
    return cached_lookup(type, type_version(type), name, walk_by_id, name);
}

/* The literal's address is the key; its text is hashed only when the
 * cache has no answer (find_id_in_mro hashes a StrId on first use). */
Object *type_lookup_cstr(Type *type, const char *name)
{
    StrId id = STR_ID(name);
    return cached_lookup(type, type_version(type), name, walk_by_id, &id);
}

/* The search along the MRO, its answer remembered (the newest first).
 * Out of line, so that a hit saves no registers. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const MethodDef *builtin_method_search(MethodCacheEntry *set, Type *type, Object *name)
{
    const MethodDef *def = type_lookup_method_def(type, name);
    if (def != NULL) {
        for (int way = TYPE_CACHE_WAYS - 1; way > 0; way--)
            set[way] = set[way - 1];
        set[0] = (MethodCacheEntry){type, name, def};
    }
    return def;
}

/* A hit compares two addresses: the name is an interned str, which takes
 * itself out of the table when it is freed (type_cache_forget), so that
 * no other string made at its address is taken for it. */
const MethodDef *type_lookup_builtin_method(Type *type, Object *name)
{
    if ((type->flags & TYPE_HEAP) || !name_cacheable(name))
        return type_lookup_method_def(type, name);
    MethodCacheEntry *set = method_set(name);
    for (int way = 0; way < TYPE_CACHE_WAYS; way++)
        if (set[way].name == name && set[way].type == type)
            return set[way].def;
    return builtin_method_search(set, type, name);
}
