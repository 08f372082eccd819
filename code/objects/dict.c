/* dict.c: dict objects, laid out as CPython's "compact dict" (3.6+).
 *
 * Two arrays hang off the header. `entries` holds (hash, key, value) in
 * insertion order, which is why iteration follows insertion order;
 * `indices` is the hash table proper, a power-of-two array of small
 * numbers pointing into entries (EMPTY and DUMMY mark free and deleted
 * slots). Lookups probe `indices` with CPython's perturbed sequence; a
 * deleted entry leaves a hole in `entries` and a DUMMY in `indices` until
 * the next resize compacts both. A new dict allocates neither array, as
 * CPython shares one empty key table among all empty dicts.
 */
#include "dict.h"
#include "listsort.h"

#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "class.h"
#include "error.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "range.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

#define DICT_MIN_SIZE 8
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define LOOKUP_ERROR (-2)

Object *dict_new(void)
{
#if CHAPTER >= CH_THRESHOLDS
    FreeLists *free = &runtime.free_lists;
    if (free->dict_count > 0)
        return object_reuse(free->dicts[--free->dict_count], false);
    Object *dict = object_new(&dict_type, sizeof(DictObject));
    /* Counted as a GC allocation, but tracked only once it holds
     * something that may be tracked (see maintain_tracking). */
    gc_untrack(dict);
    return dict;
#else
    return object_new(&dict_type, sizeof(DictObject));
#endif
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
    DictObject *d = (DictObject *)dict;
    if (!gc_is_tracked(dict))
        return;
    for (intptr_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (e->key == NULL)
            continue;
        if (gc_may_be_tracked(e->key) || (e->value && gc_may_be_tracked(e->value)))
            return;
    }
    gc_untrack(dict);
}
#endif

/* ---- the table ----------------------------------------------------------- */

static size_t indices_bytes(intptr_t n)
{
    return (size_t)n * sizeof(intptr_t);
}

static size_t entries_bytes(intptr_t n)
{
    return (size_t)n * sizeof(DictEntry);
}

/* The first slot of `hash`'s probe sequence that holds no live entry
 * (CPython's find_empty_slot: a DUMMY slot is reused). */
static size_t find_empty_slot(DictObject *d, int64_t hash)
{
    size_t mask = (size_t)d->nindices - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    while (d->indices[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuild both arrays with `nindices` slots (a power of two), keeping
 * only live entries, in order. At most 2/3 of the slots may be used
 * (CPython's USABLE_FRACTION), which keeps probe sequences short. */
static void dict_resize(DictObject *d, intptr_t nindices)
{
    intptr_t *old_indices = d->indices;
    DictEntry *old_entries = d->entries;
    intptr_t old_nindices = d->nindices, old_capacity = d->capacity, old_nentries = d->nentries;

    d->nindices = nindices;
    d->capacity = nindices * 2 / 3;
    d->indices = mem_alloc(indices_bytes(nindices));
    for (intptr_t i = 0; i < nindices; i++)
        d->indices[i] = IX_EMPTY;
    d->entries = mem_alloc(entries_bytes(d->capacity));
    d->nentries = 0;
    for (intptr_t i = 0; i < old_nentries; i++) {
        if (old_entries[i].key == NULL)
            continue;
        d->indices[find_empty_slot(d, old_entries[i].hash)] = d->nentries;
        d->entries[d->nentries++] = old_entries[i];
    }
    mem_free(old_indices, indices_bytes(old_nindices));
    mem_free(old_entries, entries_bytes(old_capacity));
}

/* When entries is full: room for three times the live entries, rounded
 * up to a power of two (CPython 3.11's GROWTH_RATE). A table full of
 * deleted entries thus shrinks. */
static void dict_grow(DictObject *d)
{
    intptr_t size = DICT_MIN_SIZE;
    while (size < d->used * 3)
        size *= 2;
    dict_resize(d, size);
}

/* Find `key`: its entry index, or IX_EMPTY when absent, or LOOKUP_ERROR
 * when an __eq__ raised; *slot gets its position in indices. Keys are
 * compared by identity first, then by hash, and only then with ==. An
 * __eq__ may change the dict; the search then starts over, as CPython's. */
static intptr_t dict_lookup(DictObject *d, Object *key, int64_t hash, size_t *slot)
{
restart:
    if (d->nindices == 0)
        return IX_EMPTY;
    size_t mask = (size_t)d->nindices - 1;
    uint64_t perturb = (uint64_t)hash;
    for (size_t i = (size_t)hash & mask;; perturb >>= 5, i = (i * 5 + perturb + 1) & mask) {
        intptr_t ix = d->indices[i];
        if (ix == IX_EMPTY)
            return IX_EMPTY;
        if (ix == IX_DUMMY)
            continue;
        DictEntry *entry = &d->entries[ix];
        if (entry->key == key || (entry->hash == hash && is_str(key) && is_str(entry->key)
                                  && STR_SIZE(key) == STR_SIZE(entry->key)
                                  && memcmp(STR_DATA(key), STR_DATA(entry->key), STR_SIZE(key)) == 0)) {
            *slot = i;
            return ix;
        }
        if (entry->hash != hash)
            continue;
        Object *start_key = incref(entry->key);
        DictEntry *start_entries = d->entries;
        int equal = object_equal(start_key, key);
        bool changed = d->entries != start_entries || d->entries[ix].key != start_key;
        decref(start_key);
        if (equal < 0)
            return LOOKUP_ERROR;
        if (changed)
            goto restart;
        if (equal) {
            *slot = i;
            return ix;
        }
    }
}

static int insert(DictObject *d, Object *key, int64_t hash, Object *value)
{
    size_t slot;
    intptr_t ix = dict_lookup(d, key, hash, &slot);
    if (ix == LOOKUP_ERROR)
        return -1;
#if CHAPTER >= CH_THRESHOLDS
    maintain_tracking((Object *)d, key, value);
#endif
#if CHAPTER >= CH_GC_REFS
    if (key->type != &str_type)
        d->general_keys = true;
#endif
    if (ix >= 0) {      /* the key stays, the value is replaced */
        object_set_slot(&d->entries[ix].value, incref(value));
        return 0;
    }
    if (d->nentries >= d->capacity)
        dict_grow(d);
    d->indices[find_empty_slot(d, hash)] = d->nentries;
    DictEntry *entry = &d->entries[d->nentries++];
    entry->hash = hash;
    entry->key = incref(key);
    entry->value = incref(value);
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
    DictObject *d = (DictObject *)dict;
    intptr_t ix = dict_lookup(d, key, hash, &slot);
    return ix >= 0 ? d->entries[ix].value : NULL;
}

/* Looks UTF-8 bytes up without making a str: only a str can equal a str,
 * and a str's hash depends on its bytes only. */
static Object *get_item_bytes(DictObject *d, const char *key, size_t size, int64_t hash)
{
    if (d->nindices == 0)
        return NULL;
    size_t mask = (size_t)d->nindices - 1;
    uint64_t perturb = (uint64_t)hash;
    for (size_t i = (size_t)hash & mask;; perturb >>= 5, i = (i * 5 + perturb + 1) & mask) {
        intptr_t ix = d->indices[i];
        if (ix == IX_EMPTY)
            return NULL;
        if (ix == IX_DUMMY)
            continue;
        DictEntry *entry = &d->entries[ix];
        if (entry->hash == hash && is_str(entry->key) && (size_t)STR_SIZE(entry->key) == size
            && memcmp(STR_DATA(entry->key), key, size) == 0)
            return entry->value;
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

/* Does entry `hint` of d hold this very key? A live key sits in one entry
 * only (a deleted one's key is NULL), so that entry is the key's entry
 * whatever happened to the dict since the hint was taken: no hashing and
 * no probing, and any hint value is safe to try. */
static bool hint_holds(DictObject *d, intptr_t hint, Object *key)
{
    return hint >= 0 && hint < d->nentries && d->entries[hint].key == key;
}

Object *dict_get_name(Object *dict, Object *name, intptr_t *hint)
{
    DictObject *d = (DictObject *)dict;
    if (hint_holds(d, *hint, name))
        return d->entries[*hint].value;
    size_t slot;
    intptr_t ix = dict_lookup(d, name, object_hash(name), &slot);
    if (ix < 0)
        return NULL;
    *hint = ix;
    return d->entries[ix].value;
}

int dict_set_name(Object *dict, Object *name, Object *value, intptr_t *hint)
{
    DictObject *d = (DictObject *)dict;
    intptr_t ix = *hint;
    if (!hint_holds(d, ix, name)) {
        size_t slot;
        ix = dict_lookup(d, name, object_hash(name), &slot);
        if (ix == LOOKUP_ERROR)
            return -1;
        if (ix < 0)     /* a new key: insert looks again, and may resize */
            return insert(d, name, object_hash(name), value);
        *hint = ix;
    }
#if CHAPTER >= CH_THRESHOLDS
    maintain_tracking(dict, name, value);
#endif
    object_set_slot(&d->entries[ix].value, incref(value));     /* as insert does */
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
    intptr_t ix = dict_lookup(d, key, hash, &slot);
    if (ix == LOOKUP_ERROR)
        return -1;
    if (ix < 0) {
        error_key(key);
        return -1;
    }
    DictEntry *entry = &d->entries[ix];
    Object *old_key = entry->key, *old_value = entry->value;
    d->indices[slot] = IX_DUMMY;
    entry->key = entry->value = NULL;
    d->used--;
    /* Last, once the dict is consistent: a finalizer may look at it. */
    decref(old_key);
    decref(old_value);
    return 0;
}

bool dict_next(Object *dict, intptr_t *pos, Object **key, Object **value)
{
    DictObject *d = (DictObject *)dict;
    while (*pos < d->nentries) {
        DictEntry *entry = &d->entries[(*pos)++];
        if (entry->key) {
            *key = entry->key;
            *value = entry->value;
            return true;
        }
    }
    return false;
}

/* Empty the dict first, then drop the references (tp_clear, dict.clear). */
void dict_clear(Object *dict)
{
    DictObject *d = (DictObject *)dict;
    intptr_t *indices = d->indices;
    DictEntry *entries = d->entries;
    intptr_t nindices = d->nindices, capacity = d->capacity, nentries = d->nentries;
    d->indices = NULL;
    d->entries = NULL;
    d->nindices = d->capacity = d->nentries = d->used = 0;
#if CHAPTER >= CH_GC_REFS
    d->general_keys = false;
#endif
    for (intptr_t i = 0; i < nentries; i++) {
        xdecref(entries[i].key);
        xdecref(entries[i].value);
    }
    mem_free(indices, indices_bytes(nindices));
    mem_free(entries, entries_bytes(capacity));
}

static int merge_dict(Object *dict, Object *other)
{
    DictObject *o = (DictObject *)other;
    for (intptr_t i = 0; i < o->nentries; i++) {
        DictEntry *entry = &o->entries[i];
        if (entry->key == NULL)
            continue;
        Object *key = incref(entry->key), *value = incref(entry->value);
        int status = insert((DictObject *)dict, key, entry->hash, value);
        decref(key);
        decref(value);
        if (status < 0)
            return -1;
    }
    return 0;
}

/* One (key, value) element of dict.update(iterable). */
static int merge_pair(Object *dict, Object *item, intptr_t index)
{
    if (item->type->iter == NULL) {
        error_format(&exc_TypeError,
                     "cannot convert dictionary update sequence element #%zd to a sequence",
                     index);
        return -1;
    }
    Object *pair = list_from_iterable(item);
    if (pair == NULL)
        return -1;
    int status = -1;
    if (LIST_SIZE(pair) != 2)
        error_format(&exc_ValueError,
                     "dictionary update sequence element #%zd has length %zd; 2 is required",
                     index, LIST_SIZE(pair));
    else
        status = dict_set_item(dict, LIST_ITEMS(pair)[0], LIST_ITEMS(pair)[1]);
    decref(pair);
    return status;
}

/* dict.update(other): a dict, or an iterable of pairs. */
int dict_update(Object *dict, Object *other)
{
    /* A dict subclass that iterates as dicts do is merged as a dict. */
    if (is_dict(other) || (is_dict_or_subclass(other) && other->type->iter == dict_iter))
        return merge_dict(dict, other);
    Object *iter = object_iter(other);
    if (iter == NULL)
        return -1;
    Object *item;
    int status = 0;
    for (intptr_t i = 0; status == 0 && (item = iter_next(iter)) != NULL; i++) {
        status = merge_pair(dict, item, i);
        decref(item);
    }
    decref(iter);
    return status == 0 && error_occurred() ? -1 : status;
}

/* ---- life and death ------------------------------------------------------ */

static int dict_traverse(Object *self, VisitProc visit, void *arg)
{
    DictObject *d = (DictObject *)self;
#if CHAPTER >= CH_GC_REFS
    /* CPython's order, which gc.get_referents shows: a table of str keys
     * visits only its values (a str can hold no reference); otherwise each
     * value, then its key. */
    for (intptr_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key == NULL)
            continue;
        VISIT(d->entries[i].value);
        if (d->general_keys)
            VISIT(d->entries[i].key);
    }
#else
    for (intptr_t i = 0; i < d->nentries; i++) {
        VISIT(d->entries[i].key);
        VISIT(d->entries[i].value);
    }
#endif
    return 0;
}

static void dict_release(Object *self)
{
    DictObject *d = (DictObject *)self;
    mem_free(d->indices, indices_bytes(d->nindices));
    mem_free(d->entries, entries_bytes(d->capacity));
    d->indices = NULL;
    d->entries = NULL;
    d->nindices = d->capacity = d->nentries = d->used = 0;
}

/* With the trashcan from chapter 5 on, as list_dealloc. */
static void dict_dealloc(Object *self)
{
#if CHAPTER >= CH_DEL && CHAPTER < CH_THRESHOLDS
    if (!trashcan_begin(self))
        return;
#endif
    DictObject *d = (DictObject *)self;
    for (intptr_t i = 0; i < d->nentries; i++) {
        xdecref(d->entries[i].key);
        xdecref(d->entries[i].value);
    }
    dict_release(self);
#if CHAPTER < CH_THRESHOLDS
    object_free(self);
#endif
#if CHAPTER >= CH_DEL && CHAPTER < CH_THRESHOLDS
    trashcan_end();
#endif
}

#if CHAPTER >= CH_THRESHOLDS
/* A dead dict waits on the free list (dict_release emptied it). */
static bool dict_recycle(Object *self)
{
    FreeLists *free = &runtime.free_lists;
    if (free->dict_count == FREE_LIST_MAX)
        return false;
#if CHAPTER >= CH_GC_REFS
    ((DictObject *)self)->general_keys = false;
#endif
    free->dicts[free->dict_count++] = self;
    return true;
}
#endif

/* ---- repr and compare ---------------------------------------------------- */

static int append_entry(StrBuilder *sb, Object *key, Object *value)
{
    incref(key);
    incref(value);
    int status = sb_append_repr(sb, key);
    if (status == 0) {
        sb_append_cstr(sb, ": ");
        status = sb_append_repr(sb, value);
    }
    decref(key);
    decref(value);
    return status;
}

/* "{'a': 1}", and "{...}" for a dict met again inside itself (chapter 4). */
static Object *dict_repr(Object *self)
{
    DictObject *d = (DictObject *)self;
    if (d->used == 0)
        return str_from_cstr("{}");
#if CHAPTER >= CH_CONTAINERS
    int active = repr_enter(self);
    if (active != 0)
        return active > 0 ? str_from_cstr("{...}") : NULL;
#endif
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "{");
    int status = 0;
    bool first = true;
    /* Entries are re-read each time: a repr may change the dict. */
    for (intptr_t i = 0; status == 0 && i < d->nentries; i++) {
        if (d->entries[i].key == NULL)
            continue;
        if (!first)
            sb_append_cstr(&sb, ", ");
        first = false;
        status = append_entry(&sb, d->entries[i].key, d->entries[i].value);
    }
#if CHAPTER >= CH_CONTAINERS
    repr_leave(self);
#endif
    if (status < 0) {
        sb_discard(&sb);
        return NULL;
    }
    sb_append_cstr(&sb, "}");
    return sb_finish(&sb);
}

/* 1 when every key of a maps to an equal value in b (same sizes). */
static int dict_equal(DictObject *a, DictObject *b)
{
    if (a->used != b->used)
        return 0;
    for (intptr_t i = 0; i < a->nentries; i++) {
        if (a->entries[i].key == NULL)
            continue;
        Object *key = incref(a->entries[i].key), *value = incref(a->entries[i].value);
        Object *other = dict_get_item((Object *)b, key);
        int equal;
        if (other) {
            incref(other);
            equal = object_equal(value, other);
            decref(other);
        } else {
            equal = error_occurred() ? -1 : 0;
        }
        decref(key);
        decref(value);
        if (equal != 1)
            return equal;
    }
    return 1;
}

/* Dicts support == and != only: '<' between dicts is a TypeError. */
static Object *dict_compare(Object *a, Object *b, CompareOp op)
{
    if (!is_dict_or_subclass(a) || !is_dict_or_subclass(b) || (op != CMP_EQ && op != CMP_NE))
        return incref(NotImplemented);
    int equal = dict_equal((DictObject *)a, (DictObject *)b);
    if (equal < 0)
        return NULL;
    return bool_from(equal == (op == CMP_EQ));
}

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

static Object *dict_get(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("dict.get", kwnames) < 0 || args_range("get", nargs, 1, 2) < 0)
        return NULL;
    Object *value = dict_get_item(self, args[0]);
    if (value)
        return incref(value);
    if (error_occurred())
        return NULL;
    return incref(nargs == 2 ? args[1] : None);
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
    Object *value = dict_get_item(self, args[0]);
    if (value)
        return incref(value);
    if (error_occurred())
        return NULL;
    value = nargs == 2 ? args[1] : None;
    if (dict_set_item(self, args[0], value) < 0)
        return NULL;
    return incref(value);
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
    .methods = dict_methods,
};
