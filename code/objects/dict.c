/* dict.c: dict objects, laid out as CPython 3.11's "compact dict".
 *
 * The struct points at its table, a DictKeys block (CPython's
 * PyDictKeysObject) allocated in one piece: a header, then `indices`, the
 * hash table proper, a power-of-two array of small numbers pointing into
 * the entries, then the entries in insertion order (hence the iteration
 * order). Lookups probe `indices` with CPython's perturbed sequence; a
 * deletion leaves a hole in the entries and a DUMMY in `indices` until the
 * next resize compacts both. Three choices of CPython's keep a small dict
 * small: indices as wide as the table needs (one byte up to 128 slots,
 * then two, four, eight); (key, value) entries while every key is an exact
 * str, which caches its hash, and (hash, key, value) ones from the first
 * other key until the dict is cleared; one empty table shared by all empty
 * dicts, so `{}` allocates no table. The header is 24 bytes to CPython's 32:
 * minipy shares no table between dicts (CPython's split tables), so it
 * needs no count of references to one nor a version for them.
 */
#include "dict.h"
#include "dict_internal.h"
#include "listsort.h"

#include <stddef.h>
#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "class.h"
#include "error.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "range.h"
#include "dealloc.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

#define DICT_LOG_MIN_SIZE 3     /* CPython's PyDict_MINSIZE: 8 slots */
#define LOOKUP_ERROR (-2)

/* ---- the table ----------------------------------------------------------- */




/* The table of every empty dict: no slot, no room, never freed. A lookup
 * in an empty dict stops before reading indices (d->used == 0), and the
 * first insertion replaces this table, since it has no usable entry. */
DictKeys dict_empty_keys = {.log2_size = 0, .kind = KEYS_UNICODE};




/* CPython's widths: int8 indices up to 128 slots, int16 up to 32768,
 * int32 below 2**32, int64 beyond. */
static uint8_t log2_index_bytes_for(uint8_t log2_size)
{
    return log2_size < 8 ? log2_size : log2_size < 16 ? log2_size + 1
         : log2_size < 32 ? log2_size + 2 : log2_size + 3;
}

static size_t keys_bytes(const DictKeys *keys)
{
    if (keys == &dict_empty_keys)
        return 0;
    return sizeof(DictKeys) + ((size_t)1 << keys->log2_index_bytes)
           + (size_t)usable_for(keys->log2_size) * entry_size(keys);
}


static void index_set(DictKeys *keys, size_t i, intptr_t ix)
{
    void *indices = keys->indices;
    if (keys->log2_size < 8)
        ((int8_t *)indices)[i] = (int8_t)ix;
    else if (keys->log2_size < 16)
        ((int16_t *)indices)[i] = (int16_t)ix;
    else if (keys->log2_size < 32)
        ((int32_t *)indices)[i] = (int32_t)ix;
    else
        ((int64_t *)indices)[i] = ix;
}


/* A live entry's hash: stored in a general table, cached in the str. */
static int64_t entry_hash(const DictKeys *keys, const KeyValue *kv)
{
    if (keys_general(keys))
        return ((const HashedEntry *)(const void *)((const char *)kv - offsetof(HashedEntry, kv)))->hash;
    return ((StrObject *)kv->key)->hash;
}

/* Tables this big come through the fallible door: a program that fills a
 * dict until memory runs out gets a MemoryError it can catch. Smaller ones
 * come from mem_alloc, where failing ends the program, as the runtime's
 * other small blocks do: the runtime's own dicts (interned strings,
 * namespaces) then never fail half-way through start-up or an import. */
#define DICT_FALLIBLE_BYTES ((size_t)64 * 1024)

/* A new empty table, or NULL with a MemoryError (big tables only). */
static DictKeys *keys_new(uint8_t log2_size, bool general)
{
    uint8_t log2_index_bytes = log2_index_bytes_for(log2_size);
    DictKeys probe = {.log2_size = log2_size, .log2_index_bytes = log2_index_bytes,
                      .kind = general ? KEYS_GENERAL : KEYS_UNICODE};
    size_t bytes = keys_bytes(&probe);
    DictKeys *keys = bytes >= DICT_FALLIBLE_BYTES ? mem_try_alloc(bytes) : mem_alloc(bytes);
    if (keys == NULL) {
        error_no_memory();
        return NULL;
    }
    *keys = probe;
    keys->usable = usable_for(log2_size);
    keys->nentries = 0;
    /* IX_EMPTY is -1 at every width: all bits set. */
    memset(keys->indices, 0xff, (size_t)1 << log2_index_bytes);
    return keys;
}

static void keys_free(DictKeys *keys)
{
    if (keys != &dict_empty_keys)
        mem_free(keys, keys_bytes(keys));
}

size_t dict_table_bytes(Object *dict)
{
    return keys_bytes(((DictObject *)dict)->keys);
}

#if CHAPTER >= CH_CYCLES
/* dict.__new__ for a class derived from dict: an empty dict of that
 * class, on the shared empty table like every empty dict (the rest of the
 * block, the instance's attributes, zeroed). */
Object *dict_new_subtype(Type *type)
{
    Object *dict = object_new(type, type->basic_size);
    ((DictObject *)dict)->keys = &dict_empty_keys;
    return dict;
}
#endif

Object *dict_new(void)
{
#if CHAPTER >= CH_THRESHOLDS
    FreeLists *free = &runtime.free_lists;
    if (free->dict_count > 0)
        return object_reuse(free->dicts[--free->dict_count], false);
#endif
    Object *dict = object_new(&dict_type, sizeof(DictObject));
    ((DictObject *)dict)->keys = &dict_empty_keys;
#if CHAPTER >= CH_THRESHOLDS
    /* Counted as a GC allocation, but tracked only once it holds
     * something that may be tracked (see maintain_tracking). */
    gc_untrack(dict);
#endif
    return dict;
}

#if CHAPTER >= CH_THRESHOLDS
/* CPython's MAINTAIN_TRACKING: a dict of atoms ({'a': 1}) cannot be part
 * of a cycle, so it stays off the collector's lists until a container is
 * stored in it. */
static void maintain_tracking(Object *dict, Object *key, Object *value)
{
    if (!gc_is_tracked(dict) && (gc_may_be_tracked(key) || gc_may_be_tracked(value)))
        gc_track(dict);
}
#endif

#if CHAPTER >= CH_GENERATIONS
/* Run by full collections: a dict whose entries are all atoms now. */
void dict_maybe_untrack(Object *dict)
{
    DictKeys *keys = ((DictObject *)dict)->keys;
    if (!gc_is_tracked(dict))
        return;
    for (intptr_t i = 0; i < keys->nentries; i++) {
        KeyValue *kv = entry_at(keys, i);
        if (kv->key == NULL)
            continue;
        if (gc_may_be_tracked(kv->key) || (kv->value && gc_may_be_tracked(kv->value)))
            return;
    }
    gc_untrack(dict);
}
#endif

/* The first slot of `hash`'s probe sequence that holds no live entry
 * (CPython's find_empty_slot: a DUMMY slot is reused). */
static size_t find_empty_slot(DictKeys *keys, int64_t hash)
{
    Probe probe = probe_start(keys, hash);
    while (index_get(keys, probe.slot) >= 0)
        probe_next(&probe);
    return probe.slot;
}

/* Append an entry the table has room for, and index it. */
static void keys_append(DictKeys *keys, int64_t hash, Object *key, Object *value)
{
    intptr_t ix = keys->nentries++;
    keys->version = 0;
    index_set(keys, find_empty_slot(keys, hash), ix);
    KeyValue *kv = entry_at(keys, ix);
    if (keys_general(keys))
        ((HashedEntry *)(void *)((char *)kv - offsetof(HashedEntry, kv)))->hash = hash;
    kv->key = key;
    kv->value = value;
    keys->usable--;
}

/* Copy the live entries of `old` into the empty table `keys` of the same
 * kind, in order, as whole entries (a block when none was deleted), then
 * index them (CPython's dictresize and build_indices): cheaper than
 * appending them one by one. */
static void keys_copy_entries(DictKeys *keys, const DictKeys *old, intptr_t live)
{
    size_t size = entry_size(old);
    char *to = keys_entries(keys);
    const char *from = keys_entries(old);
    if (live == old->nentries) {
        memcpy(to, from, (size_t)live * size);
    } else {
        /* Both kinds of entry end with their KeyValue; key NULL: deleted. */
        for (intptr_t i = 0; i < old->nentries; i++, from += size) {
            const KeyValue *kv = (const KeyValue *)(const void *)(from + size - sizeof(KeyValue));
            if (kv->key != NULL) {
                memcpy(to, from, size);
                to += size;
            }
        }
    }
    keys->nentries = live;
    keys->usable -= live;
    for (intptr_t ix = 0; ix < live; ix++)
        index_set(keys, find_empty_slot(keys, entry_hash(keys, entry_at(keys, ix))), ix);
}

/* Move the live entries, in order, into a new table of 1 << log2_size
 * slots, general if asked or if the old one was (CPython's dictresize:
 * a table never goes back to unicode keys). */
static int dict_resize(DictObject *d, uint8_t log2_size, bool general)
{
    DictKeys *old = d->keys;
    DictKeys *keys = keys_new(log2_size, general || keys_general(old));
    if (keys == NULL)
        return -1;      /* the dict keeps its old table, unchanged */
    if (keys->kind == old->kind) {
        keys_copy_entries(keys, old, d->used);
    } else {
        for (intptr_t i = 0; i < old->nentries; i++) {
            KeyValue *kv = entry_at(old, i);
            if (kv->key != NULL)
                keys_append(keys, entry_hash(old, kv), kv->key, kv->value);
        }
    }
    d->keys = keys;
    keys_free(old);
    return 0;
}

/* Room for three times the live entries (CPython 3.11's GROWTH_RATE), in
 * the table calculate_log2_keysize picks: the bit length of
 * ((minsize | 8) - 1) | 7, which is the power of two at or above minsize
 * when bit 3 of minsize is set and one step more when it is not (3 live
 * entries get 16 slots, not 8): CPython's sizes, so getsizeof agrees. A
 * table full of deleted entries thus shrinks. */
static int dict_grow(DictObject *d, bool general)
{
    uint64_t minsize = ((uint64_t)d->used * 3 | (1u << DICT_LOG_MIN_SIZE)) - 1;
    minsize |= (1u << DICT_LOG_MIN_SIZE) - 1;
    uint8_t log2_size = 0;
    while (minsize >> log2_size)
        log2_size++;
    return dict_resize(d, log2_size, general);
}

/* A str key in a table of str keys: a str equals a str with the same
 * bytes only, so no __eq__ runs and the dict cannot change under the
 * search (CPython's unicodekeys_lookup_unicode). The entry index, or
 * IX_EMPTY; *slot and *pair get where it is. */
static inline intptr_t lookup_str(DictKeys *keys, Object *key, int64_t hash, size_t *slot,
                           KeyValue **pair)
{
    KeyValue *pairs = (KeyValue *)(void *)keys_entries(keys);
    for (Probe probe = probe_start(keys, hash);; probe_next(&probe)) {
        intptr_t ix = index_get(keys, probe.slot);
        if (ix < 0) {
            if (ix == IX_EMPTY)
                return IX_EMPTY;
            continue;
        }
        KeyValue *kv = &pairs[ix];
        if (kv->key == key || (((StrObject *)kv->key)->hash == hash && str_same(kv->key, key))) {
            *slot = probe.slot;
            *pair = kv;
            return ix;
        }
    }
}

/* Any key in any table: compared by identity first, then by hash, and
 * only then with == (two strs by their bytes). An __eq__ may change the
 * dict; the search then starts over, as CPython's. */
static intptr_t lookup_general(DictObject *d, Object *key, int64_t hash, size_t *slot,
                               KeyValue **pair)
{
restart:;
    DictKeys *keys = d->keys;
    bool general = keys_general(keys);
    char *pairs = (char *)entry_at(keys, 0);
    size_t stride = entry_size(keys);
    for (Probe probe = probe_start(keys, hash);; probe_next(&probe)) {
        intptr_t ix = index_get(keys, probe.slot);
        if (ix == IX_EMPTY)
            return IX_EMPTY;
        if (ix == IX_DUMMY)
            continue;
        KeyValue *kv = (KeyValue *)(void *)(pairs + (size_t)ix * stride);
        if (kv->key != key) {
            int64_t kv_hash = general ? ((int64_t *)(void *)kv)[-1] : ((StrObject *)kv->key)->hash;
            if (kv_hash != hash)
                continue;
            if (is_str(key) && is_str(kv->key)) {
                if (!str_same(kv->key, key))
                    continue;
            } else {
                Object *start_key = incref(kv->key);
                int equal = object_equal(start_key, key);
                bool changed = d->keys != keys || kv->key != start_key;
                decref(start_key);
                if (equal < 0)
                    return LOOKUP_ERROR;
                if (changed)
                    goto restart;
                if (!equal)
                    continue;
            }
        }
        *slot = probe.slot;
        *pair = kv;
        return ix;
    }
}

/* Find `key`: its entry index, or IX_EMPTY when absent, or LOOKUP_ERROR
 * when an __eq__ raised; *slot gets its position in indices and *pair
 * the entry's key and value. */
static inline intptr_t find_entry(DictObject *d, Object *key, int64_t hash, size_t *slot,
                                   KeyValue **pair)
{
    if (d->used == 0)
        return IX_EMPTY;
    DictKeys *keys = d->keys;
    if (!is_str(key) || keys_general(keys))
        return lookup_general(d, key, hash, slot, pair);
    return lookup_str(keys, key, hash, slot, pair);
}

static int insert(DictObject *d, Object *key, int64_t hash, Object *value)
{
    /* The first key that is not a str makes the table general (CPython's
     * insertdict does this before the lookup too). */
    if (!is_str(key) && !keys_general(d->keys) && d->keys != &dict_empty_keys
        && dict_grow(d, true) < 0)
        return -1;
    size_t slot;
    KeyValue *kv;
    intptr_t ix = find_entry(d, key, hash, &slot, &kv);
    if (ix == LOOKUP_ERROR)
        return -1;
#if CHAPTER >= CH_THRESHOLDS
    maintain_tracking((Object *)d, key, value);
#endif
    if (ix >= 0) {      /* the key stays, the value is replaced */
        object_set_slot(&kv->value, incref(value));
        return 0;
    }
    if (d->keys->usable <= 0 && dict_grow(d, !is_str(key)) < 0)
        return -1;
    keys_append(d->keys, hash, incref(key), incref(value));
    d->used++;
    return 0;
}

/* ---- the C API ----------------------------------------------------------- */

Object *dict_get_item(Object *dict, Object *key)
{
    int64_t hash = object_hash(key);
    if (hash == -1)
        return NULL;
    size_t slot;
    KeyValue *kv;
    intptr_t ix = find_entry((DictObject *)dict, key, hash, &slot, &kv);
    return ix >= 0 ? kv->value : NULL;
}

/* Looks UTF-8 bytes up without making a str: only a str can equal a str,
 * and a str's hash depends on its bytes only. */
static Object *get_item_bytes(DictObject *d, const char *key, size_t size, int64_t hash)
{
    if (d->used == 0)
        return NULL;
    DictKeys *keys = d->keys;
    for (Probe probe = probe_start(keys, hash);; probe_next(&probe)) {
        intptr_t ix = index_get(keys, probe.slot);
        if (ix == IX_EMPTY)
            return NULL;
        if (ix == IX_DUMMY)
            continue;
        KeyValue *kv = entry_at(keys, ix);
        if (is_str(kv->key) && entry_hash(keys, kv) == hash && STR_SIZE(kv->key) == size
            && memcmp(STR_DATA(kv->key), key, size) == 0)
            return kv->value;
    }
}

Object *dict_get_item_cstr(Object *dict, const char *key)
{
    size_t size = strlen(key);
    return get_item_bytes((DictObject *)dict, key, size, str_hash_bytes(key, size));
}

StrId str_id_init = STR_ID("__init__"), str_id_del = STR_ID("__del__");

Object *dict_get_item_id(Object *dict, StrId *id)
{
    if (id->size == 0) {                /* first use: once per process */
        id->size = strlen(id->text);
        id->hash = str_hash_bytes(id->text, id->size);
    }
    return get_item_bytes((DictObject *)dict, id->text, id->size, id->hash);
}

int dict_set_item(Object *dict, Object *key, Object *value)
{
    incref(key);    /* CPython 3.11 holds the key first: __hash__ sees it */
    int64_t hash = object_hash(key);
    decref(key);
    if (hash == -1)
        return -1;
    return insert((DictObject *)dict, key, hash, value);
}

/* ---- names looked up by the evaluator, with a hint ------------------------ */

/* The entry `hint` of d when it holds this very key, else NULL. A live
 * key sits in one entry only (a deleted one's key is NULL), so that entry
 * is the key's entry whatever happened to the dict since the hint was
 * taken, a resize included: no hashing and no probing, and any hint value
 * is safe to try. */
static KeyValue *hinted_entry(DictObject *d, intptr_t hint, Object *key)
{
    if (hint < 0 || hint >= d->keys->nentries)
        return NULL;
    KeyValue *kv = entry_at(d->keys, hint);
    return kv->key == key ? kv : NULL;
}

/* The hint missed: the search, which renews it. Out of line, so that a
 * hit costs no saved registers. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static Object *get_name_searched(DictObject *d, Object *name, intptr_t *hint)
{
    KeyValue *kv;
    size_t slot;
    intptr_t ix = find_entry(d, name, object_hash(name), &slot, &kv);
    if (ix < 0)
        return NULL;
    *hint = ix;
    return kv->value;
}

Object *dict_get_name(Object *dict, Object *name, intptr_t *hint)
{
    DictObject *d = (DictObject *)dict;
    KeyValue *kv = hinted_entry(d, *hint, name);
    if (kv != NULL)
        return kv->value;
    return get_name_searched(d, name, hint);
}

int dict_set_name(Object *dict, Object *name, Object *value, intptr_t *hint)
{
    DictObject *d = (DictObject *)dict;
    KeyValue *kv = hinted_entry(d, *hint, name);
    if (kv == NULL) {
        size_t slot;
        intptr_t ix = find_entry(d, name, object_hash(name), &slot, &kv);
        if (ix == LOOKUP_ERROR)
            return -1;
        if (ix < 0) {   /* a new key: insert looks again, and may resize */
            int status = insert(d, name, object_hash(name), value);
            if (status == 0)
                *hint = d->keys->nentries - 1;  /* appended last */
            return status;
        }
        *hint = ix;
    }
#if CHAPTER >= CH_THRESHOLDS
    maintain_tracking(dict, name, value);
#endif
    object_set_slot(&kv->value, incref(value));     /* as insert does */
    return 0;
}

/* As CPython's PyDict_SetItemString, the key is interned. */
int dict_set_item_cstr(Object *dict, const char *key, Object *value)
{
    Object *name = str_intern_cstr(key);
    int status = dict_set_item(dict, name, value);
    decref(name);
    return status;
}

int dict_del_item(Object *dict, Object *key)
{
    int64_t hash = object_hash(key);
    if (hash == -1)
        return -1;
    DictObject *d = (DictObject *)dict;
    size_t slot;
    KeyValue *kv;
    intptr_t ix = find_entry(d, key, hash, &slot, &kv);
    if (ix == LOOKUP_ERROR)
        return -1;
    if (ix < 0) {
        error_key(key);
        return -1;
    }
    Object *old_key = kv->key, *old_value = kv->value;
    index_set(d->keys, slot, IX_DUMMY);
    d->keys->version = 0;
    kv->key = kv->value = NULL;
    d->used--;
    /* Last, once the dict is consistent: a finalizer may look at it. */
    decref(old_key);
    decref(old_value);
    return 0;
}

uint32_t dict_keys_version(Object *dict)
{
    DictKeys *keys = ((DictObject *)dict)->keys;
    if (keys->version == 0 && keys != &dict_empty_keys && !keys_general(keys)
        && runtime.dict_keys_versions < UINT32_MAX)
        keys->version = ++runtime.dict_keys_versions;
    return keys->version;
}

bool dict_next(Object *dict, intptr_t *pos, Object **key, Object **value)
{
    DictObject *d = (DictObject *)dict;
    while (*pos < d->keys->nentries) {
        KeyValue *kv = entry_at(d->keys, (*pos)++);
        if (kv->key) {
            *key = kv->key;
            *value = kv->value;
            return true;
        }
    }
    return false;
}

/* Empty the dict first, then drop the references (tp_clear, dict.clear). */
void dict_clear(Object *dict)
{
    DictObject *d = (DictObject *)dict;
    DictKeys *keys = d->keys;
    d->keys = &dict_empty_keys;
    d->used = 0;
    for (intptr_t i = 0; i < keys->nentries; i++) {
        KeyValue *kv = entry_at(keys, i);
        xdecref(kv->key);
        xdecref(kv->value);
    }
    keys_free(keys);
}

/* Every entry of the dict `other` into `dict`, its hashes reused (the
 * fast path of CPython's dict_merge). */
int dict_merge(Object *dict, Object *other)
{
    DictObject *o = (DictObject *)other;
    for (intptr_t i = 0; i < o->keys->nentries; i++) {
        KeyValue *kv = entry_at(o->keys, i);
        if (kv->key == NULL)
            continue;
        Object *key = incref(kv->key), *value = incref(kv->value);
        int status = insert((DictObject *)dict, key, entry_hash(o->keys, kv), value);
        decref(key);
        decref(value);
        if (status < 0)
            return -1;
    }
    return 0;
}

/* ---- life and death ------------------------------------------------------ */

static int dict_traverse(Object *self, VisitProc visit, void *arg)
{
    DictKeys *keys = ((DictObject *)self)->keys;
#if CHAPTER >= CH_GC_REFS
    /* CPython's order, which gc.get_referents shows: a table of str keys
     * visits only its values (a str can hold no reference); otherwise each
     * value, then its key. */
    for (intptr_t i = 0; i < keys->nentries; i++) {
        KeyValue *kv = entry_at(keys, i);
        if (kv->key == NULL)
            continue;
        VISIT(kv->value);
        if (keys_general(keys))
            VISIT(kv->key);
    }
#else
    for (intptr_t i = 0; i < keys->nentries; i++) {
        KeyValue *kv = entry_at(keys, i);
        VISIT(kv->key);
        VISIT(kv->value);
    }
#endif
    return 0;
}

static void dict_release(Object *self)
{
    DictObject *d = (DictObject *)self;
    keys_free(d->keys);
    d->keys = &dict_empty_keys;
    d->used = 0;
}

/* The entries go as dict.clear drops them, in order, then the empty
 * table; with the trashcan from chapter 5 on, as list_dealloc. */
static void dict_dealloc(Object *self)
{
#if CHAPTER >= CH_DEL && CHAPTER < CH_THRESHOLDS
    if (!trashcan_begin(self))
        return;
#endif
    dict_clear(self);
    dict_release(self);
#if CHAPTER < CH_THRESHOLDS
    dealloc_end(self);      /* from chapter 6 on, object_dealloc frees */
#endif
}

#if CHAPTER >= CH_THRESHOLDS
/* A dead dict waits on the free list (dict_release emptied it). */
static bool dict_recycle(Object *self)
{
    FreeLists *free = &runtime.free_lists;
    if (free->dict_count == FREE_LIST_MAX)
        return false;
    free->dicts[free->dict_count++] = self;
    return true;
}
#endif

/* ---- the mapping protocol ------------------------------------------------ */

static intptr_t dict_len(Object *self)
{
    return DICT_SIZE(self);
}

#if CHAPTER >= CH_CYCLES
/* d[key] missing from an instance of a class derived from dict that
 * defines __missing__: its result (CPython's dict_subscript). CPython
 * binds the method first: the bound method holds self once more while
 * it runs, which sys.getrefcount(self) inside shows. */
static Object *dict_missing(Object *self, Object *key, bool *found)
{
    Object *missing = type_lookup_cstr(self->type, "__missing__");
    *found = missing != NULL;
    if (missing == NULL)
        return NULL;
    incref(missing);
    incref(self);
    Object *result = is_function(missing) ? call_with_self(missing, self, &key, 1, NULL)
                                          : object_call(missing, &key, 1, NULL);
    decref(self);
    decref(missing);
    return result;
}
#endif

static Object *dict_getitem(Object *self, Object *key)
{
    Object *value = dict_get_item(self, key);
    if (value)
        return incref(value);
    if (error_occurred())
        return NULL;
#if CHAPTER >= CH_CYCLES
    if (!is_dict(self)) {
        bool found;
        Object *result = dict_missing(self, key, &found);
        if (found)
            return result;
    }
#endif
    return error_key(key);
}

static int dict_setitem(Object *self, Object *key, Object *value)
{
    if (value == NULL)
        return dict_del_item(self, key);
    return dict_set_item(self, key, value);
}

int dict_contains(Object *self, Object *key)
{
    if (dict_get_item(self, key))
        return 1;
    return error_occurred() ? -1 : 0;
}

/* ---- methods ------------------------------------------------------------- */

/* What d.get(key[, default]) and d.setdefault(key[, default]) share:
 * the value at key (borrowed) or, when the key is absent, NULL with
 * *fallback set to the default (args[1] or None, borrowed). NULL with
 * *fallback NULL: an error (a key that cannot be hashed or compared). */
static Object *value_or_default(Object *self, Object **args, size_t nargs, Object **fallback)
{
    *fallback = NULL;
    Object *value = dict_get_item(self, args[0]);
    if (value == NULL && !error_occurred())
        *fallback = nargs == 2 ? args[1] : None;
    return value;
}

static Object *dict_get(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("dict.get", kwnames) < 0 || args_range("get", nargs, 1, 2) < 0)
        return NULL;
    Object *fallback;
    Object *value = value_or_default(self, args, nargs, &fallback);
    if (value == NULL && fallback == NULL)
        return NULL;
    return incref(value ? value : fallback);
}

static Object *dict_keys(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("dict.keys", kwnames) < 0 || args_exact("dict.keys", nargs, 0) < 0)
        return NULL;
    return dict_view_new(self, &dict_keys_type);
}

static Object *dict_values(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("dict.values", kwnames) < 0 || args_exact("dict.values", nargs, 0) < 0)
        return NULL;
    return dict_view_new(self, &dict_values_type);
}

static Object *dict_items(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("dict.items", kwnames) < 0 || args_exact("dict.items", nargs, 0) < 0)
        return NULL;
    return dict_view_new(self, &dict_items_type);
}

/* d.pop(key[, default]): KeyError when missing and no default. */
static Object *dict_pop(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("dict.pop", kwnames) < 0 || args_range("pop", nargs, 1, 2) < 0)
        return NULL;
    Object *value = dict_get_item(self, args[0]);
    if (value == NULL) {
        if (error_occurred())
            return NULL;
        return nargs == 2 ? incref(args[1]) : error_key(args[0]);
    }
    incref(value);
    if (dict_del_item(self, args[0]) < 0) {
        decref(value);
        return NULL;
    }
    return value;
}

static Object *dict_clear_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("dict.clear", kwnames) < 0 || args_exact("dict.clear", nargs, 0) < 0)
        return NULL;
    dict_clear(self);
    return none_new();
}

static Object *dict_setdefault(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("dict.setdefault", kwnames) < 0 || args_range("setdefault", nargs, 1, 2) < 0)
        return NULL;
    Object *fallback;
    Object *value = value_or_default(self, args, nargs, &fallback);
    if (value != NULL)
        return incref(value);
    if (fallback == NULL || dict_set_item(self, args[0], fallback) < 0)
        return NULL;
    return incref(fallback);
}

/* d.update([other], **kwargs); dict.__init__ does the same (`name` is
 * what an argument-count error calls it). */
static Object *dict_update_args(const char *name, Object *self, Object **args, size_t nargs,
                                Object *kwnames)
{
    if (args_range(name, nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 1 && dict_update(self, args[0]) < 0)
        return NULL;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    for (intptr_t k = 0; k < nkw; k++)
        if (dict_set_item(self, TUPLE_ITEMS(kwnames)[k], args[nargs + (size_t)k]) < 0)
            return NULL;
    return none_new();
}

static Object *dict_update_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return dict_update_args("update", self, args, nargs, kwnames);
}

/* What a class derived from dict runs without an __init__ of its own. */
static Object *dict_init(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return dict_update_args("dict", self, args, nargs, kwnames);
}

static Object *dict_copy(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("dict.copy", kwnames) < 0 || args_exact("dict.copy", nargs, 0) < 0)
        return NULL;
    Object *copy = dict_new();
    if (dict_update(copy, self) < 0) {
        decref(copy);
        return NULL;
    }
    return copy;
}

static const MethodDef dict_methods[] = {
    {"__init__", dict_init},
    {"get", dict_get},
    {"keys", dict_keys},
    {"values", dict_values},
    {"items", dict_items},
    {"pop", dict_pop},
    {"clear", dict_clear_method},
    {"setdefault", dict_setdefault},
    {"update", dict_update_method},
    {"copy", dict_copy},
    {"fromkeys", dict_fromkeys_method},
    {"popitem", dict_popitem_method},
    {NULL, NULL},
};

Type dict_type = {
    .base = TYPE_HEAD_INIT,
    .name = "dict",
    .basic_size = sizeof(DictObject),
    .parent = &object_type,
    .flags = TYPE_BASETYPE | TYPE_CONTAINER,
    .construct = dict_construct,
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_clear,
    .release = dict_release,
#if CHAPTER >= CH_THRESHOLDS
    .recycle = dict_recycle,
#endif
    .repr = dict_repr,
    .compare = dict_compare,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .bit_or = dict_or,
    .inplace = dict_inplace,
    .methods = dict_methods,
};
