/* set.c: set and frozenset objects, their hash table and their type
 * (CPython's Objects/setobject.c). The operators and methods are in
 * setops.c.
 *
 * A set is a container the collector tracks from birth (gc.is_tracked(set())
 * is True in 3.11, unlike an empty dict), and so is a frozenset.
 */
#include "set_internal.h"

#include <string.h>

#include "bool.h"
#include "dict.h"
#include "error.h"
#include "list.h"
#include "memory.h"
#include "str.h"
#include "tuple.h"

#define LINEAR_PROBES 9             /* neighbours tried before a jump */
#define PERTURB_SHIFT 5

/* What a deleted entry holds: never a key anyone can pass in. */
static Object set_dummy_key = {IMMORTAL_REFCOUNT, &object_type};
#define DUMMY (&set_dummy_key)

static size_t entries_bytes(intptr_t count)
{
    return (size_t)count * sizeof(SetEntry);
}

static bool active(const SetEntry *entry)
{
    return entry->key != NULL && entry->key != DUMMY;
}

static void set_empty_to_minsize(SetObject *so)
{
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

Object *set_make(Type *type, Object *iterable)
{
    Type *base = type_is_subtype(type, &frozenset_type) ? &frozenset_type : &set_type;
    SetObject *so = (SetObject *)object_new(base, sizeof(SetObject));
    set_empty_to_minsize(so);
    if (iterable != NULL && set_update((Object *)so, iterable) < 0) {
        decref((Object *)so);
        return NULL;
    }
    return (Object *)so;
}

Object *set_new(void)
{
    return set_make(&set_type, NULL);
}

Object *frozenset_from_iterable(Object *iterable)
{
    return set_make(&frozenset_type, iterable);
}

Object *set_copy_of(Object *so)
{
    return set_make(so->type, so);
}

size_t set_table_bytes(Object *set)
{
    SetObject *so = SET(set);
    return so->table == so->smalltable ? 0 : entries_bytes(so->mask + 1);
}

/* ---- the table ------------------------------------------------------------ */

/* The entry holding `key`, or the unused entry where the search stopped;
 * NULL on a comparison error (set_lookkey). A comparison may run Python
 * code that changes the set: then the search starts again. */
static SetEntry *set_lookkey(SetObject *so, Object *key, int64_t hash)
{
    size_t perturb = (size_t)hash, mask = (size_t)so->mask, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                Object *start = entry->key;
                if (start == key)
                    return entry;
                SetEntry *table = so->table;
                incref(start);
                int equal = object_compare_bool(start, key, CMP_EQ);
                decref(start);
                if (equal < 0)
                    return NULL;
                if (table != so->table || entry->key != start)
                    return set_lookkey(so, key, hash);
                if (equal > 0)
                    return entry;
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Put a key known to be absent into a table without dummies. */
static void set_insert_clean(SetEntry *table, size_t mask, Object *key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* A table of the smallest power of two above `minused` entries (at least
 * 8), dummies dropped. */
int set_table_resize(SetObject *so, intptr_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    SetEntry *oldtable = so->table, small_copy[SET_MINSIZE];
    intptr_t oldmask = so->mask;
    bool old_malloced = oldtable != so->smalltable;
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;           /* no dummies: nothing to do */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {                        /* the program's size: may be refused */
        newtable = mem_try_alloc(entries_bytes((intptr_t)newsize));
        if (newtable == NULL) {
            error_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, entries_bytes((intptr_t)newsize));
    so->mask = (intptr_t)newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (SetEntry *entry = oldtable; entry <= oldtable + oldmask; entry++)
        if (active(entry))
            set_insert_clean(newtable, newsize - 1, entry->key, entry->hash);
    if (old_malloced)
        mem_free(oldtable, entries_bytes(oldmask + 1));
    return 0;
}

/* Add a key with its hash; the set takes a new reference (set_add_entry).
 * The first dummy met on the way is reused. */
int set_add_entry(SetObject *so, Object *key, int64_t hash)
{
    incref(key);
restart:;
    size_t perturb = (size_t)hash, mask = (size_t)so->mask, i = (size_t)hash & mask;
    SetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Object *start = entry->key;
                if (start == key)
                    goto found_active;
                SetEntry *table = so->table;
                incref(start);
                int equal = object_compare_bool(start, key, CMP_EQ);
                decref(start);
                if (equal > 0)
                    goto found_active;
                if (equal < 0) {
                    decref(key);
                    return -1;
                }
                if (table != so->table || entry->key != start)
                    goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1 && freeslot == NULL) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    decref(key);
    return 0;
}

int set_add_key(SetObject *so, Object *key)
{
    int64_t hash = object_hash(key);
    return hash == -1 ? -1 : set_add_entry(so, key, hash);
}

int set_contains_entry(SetObject *so, Object *key, int64_t hash)
{
    SetEntry *entry = set_lookkey(so, key, hash);
    return entry == NULL ? -1 : entry->key != NULL;
}

int set_discard_entry(SetObject *so, Object *key, int64_t hash)
{
    SetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL)
        return -1;
    if (entry->key == NULL)
        return 0;
    Object *old = entry->key;
    set_entry_delete(entry);
    so->used--;
    decref(old);
    return 1;
}

void set_entry_delete(SetEntry *entry)
{
    entry->key = DUMMY;
    entry->hash = -1;
}

SetEntry *set_next(SetObject *so, intptr_t *pos)
{
    for (; *pos <= so->mask; (*pos)++) {
        SetEntry *entry = &so->table[*pos];
        if (active(entry)) {
            (*pos)++;
            return entry;
        }
    }
    return NULL;
}

/* Empty the set first, then drop the keys in table order, so that a
 * finalizer run by a drop finds a valid empty set (set_clear_internal). */
void set_clear_entries(SetObject *so)
{
    SetEntry *table = so->table, small_copy[SET_MINSIZE];
    intptr_t used = so->used, mask = so->mask;
    bool malloced = table != so->smalltable;
    if (!malloced) {
        if (so->fill == 0)
            return;
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    set_empty_to_minsize(so);
    for (SetEntry *entry = table; used > 0; entry++) {
        if (active(entry)) {
            used--;
            decref(entry->key);
        }
    }
    if (malloced)
        mem_free(table, entries_bytes(mask + 1));
}

/* Another set's keys with their hashes (set_merge): one resize first, and
 * a plain copy of the table when this set is empty and as large. */
int set_merge(SetObject *so, Object *otherset)
{
    SetObject *other = SET(otherset);
    if (other == so || other->used == 0)
        return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3
        && set_table_resize(so, (so->used + other->used) * 2) < 0)
        return -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (intptr_t i = 0; i <= other->mask; i++) {
            if (other->table[i].key != NULL) {
                so->table[i].key = incref(other->table[i].key);
                so->table[i].hash = other->table[i].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (intptr_t i = 0; i <= other->mask; i++) {
            SetEntry *entry = &other->table[i];
            if (active(entry))
                set_insert_clean(so->table, (size_t)so->mask, incref(entry->key), entry->hash);
        }
        return 0;
    }
    for (intptr_t i = 0; i <= other->mask; i++) {
        SetEntry *entry = &other->table[i];
        if (active(entry) && set_add_entry(so, entry->key, entry->hash) < 0)
            return -1;
    }
    return 0;
}

/* ---- the C API ------------------------------------------------------------- */

int set_add(Object *set, Object *key)
{
    return set_add_key(SET(set), key);
}

/* set_update_internal: another set merged, a dict's keys after one resize,
 * anything else one item at a time. */
int set_update(Object *set, Object *iterable)
{
    SetObject *so = SET(set);
    if (is_anyset(iterable))
        return set_merge(so, iterable);
    if (is_dict(iterable)) {
        intptr_t size = DICT_SIZE(iterable);
        if ((so->fill + size) * 5 >= so->mask * 3 && set_table_resize(so, (so->used + size) * 2) < 0)
            return -1;
    }
    Object *iterator = object_iter(iterable);
    if (iterator == NULL)
        return -1;
    Object *key;
    while ((key = iter_next(iterator)) != NULL) {
        int status = set_add_key(so, key);
        decref(key);
        if (status < 0) {
            decref(iterator);
            return -1;
        }
    }
    decref(iterator);
    return error_occurred() ? -1 : 0;
}

/* A set used as a key stands for the equal frozenset: {1} in {frozenset({1})}. */
static Object *as_frozen_key(Object *key)
{
    if (!is_set(key) || !error_matches(&exc_TypeError))
        return NULL;
    error_clear();
    return frozenset_from_iterable(key);
}

int set_contains(Object *set, Object *key)
{
    int64_t hash = object_hash(key);
    if (hash != -1)
        return set_contains_entry(SET(set), key, hash);
    Object *frozen = as_frozen_key(key);
    if (frozen == NULL)
        return -1;
    int found = set_contains(set, frozen);
    decref(frozen);
    return found;
}

int set_discard_key(SetObject *so, Object *key)
{
    int64_t hash = object_hash(key);
    if (hash != -1)
        return set_discard_entry(so, key, hash);
    Object *frozen = as_frozen_key(key);
    if (frozen == NULL)
        return -1;
    int found = set_discard_key(so, frozen);
    decref(frozen);
    return found;
}

/* ---- the type's slots --------------------------------------------------------- */

static int set_traverse(Object *self, VisitProc visit, void *arg)
{
    intptr_t pos = 0;
    SetEntry *entry;
    while ((entry = set_next(SET(self), &pos)) != NULL)
        VISIT(entry->key);
    return 0;
}

static void set_clear_slot(Object *self)
{
    set_clear_entries(SET(self));
}

/* Drop the keys in table order and free the table (set_dealloc). */
static void set_dealloc(Object *self)
{
    SetObject *so = SET(self);
    intptr_t used = so->used;
    for (SetEntry *entry = so->table; used > 0; entry++) {
        if (active(entry)) {
            used--;
            decref(entry->key);
        }
    }
    if (so->table != so->smalltable)
        mem_free(so->table, entries_bytes(so->mask + 1));
    so->table = so->smalltable;
    so->used = so->fill = 0;
#if CHAPTER < CH_THRESHOLDS
    object_free(self);
#endif
}

/* Exit: give back the table, touching no key (heap_free_all). */
static void set_release(Object *self)
{
    SetObject *so = SET(self);
    if (so->table != so->smalltable)
        mem_free(so->table, entries_bytes(so->mask + 1));
    set_empty_to_minsize(so);
}

/* "{1, 2}", "set()", "frozenset({1})"; "set(...)" when the set is met
 * again inside its own repr. The keys' repr is a list's, brackets
 * replaced, as CPython builds it. */
static Object *set_repr(Object *self)
{
    const char *name = self->type->name;
#if CHAPTER >= CH_CONTAINERS
    int active_repr = repr_enter(self);
    if (active_repr != 0)
        return active_repr > 0 ? str_format("%s(...)", name) : NULL;
#endif
    Object *result = NULL;
    if (SET_SIZE(self) == 0) {
        result = str_format("%s()", name);
    } else {
        Object *keys = list_from_iterable(self);
        Object *text = keys ? object_repr(keys) : NULL;
        if (text != NULL) {
            StrBuilder sb;
            sb_init(&sb);
            if (self->type != &set_type) {
                sb_append_cstr(&sb, name);
                sb_append_cstr(&sb, "(");
            }
            sb_append_cstr(&sb, "{");
            sb_append(&sb, STR_DATA(text) + 1, STR_SIZE(text) - 2);
            sb_append_cstr(&sb, self->type != &set_type ? "})" : "}");
            result = sb_finish(&sb);
        }
        xdecref(text);
        xdecref(keys);
    }
#if CHAPTER >= CH_CONTAINERS
    repr_leave(self);
#endif
    return result;
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u;
}

/* CPython's frozenset_hash: the keys' hashes, shuffled and xor-ed so that
 * the order does not matter, then the size and a final mix. Cached. */
static int64_t frozenset_hash(Object *self)
{
    SetObject *so = SET(self);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    intptr_t pos = 0;
    SetEntry *entry;
    while ((entry = set_next(so, &pos)) != NULL)
        hash ^= shuffle_bits((uint64_t)entry->hash);
    hash ^= ((uint64_t)so->used + 1) * 1927868237u;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923u;
    if (hash == (uint64_t)-1)
        hash = 590923713u;
    so->hash = (int64_t)hash;
    return so->hash;
}

static Object *set_compare(Object *a, Object *b, CompareOp op)
{
    if (!is_anyset(b))
        return incref(NotImplemented);
    SetObject *x = SET(a), *y = SET(b);
    int result;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (x->used != y->used || (x->hash != -1 && y->hash != -1 && x->hash != y->hash))
            result = 0;
        else
            result = set_is_subset(a, b);
        if (result >= 0 && op == CMP_NE)
            result = !result;
        break;
    case CMP_LE: result = set_is_subset(a, b); break;
    case CMP_GE: result = set_is_subset(b, a); break;
    case CMP_LT: result = x->used < y->used ? set_is_subset(a, b) : 0; break;
    default:     result = x->used > y->used ? set_is_subset(b, a) : 0; break;
    }
    return result < 0 ? NULL : bool_from(result);
}

static intptr_t set_len(Object *self)
{
    return SET_SIZE(self);
}

/* set(iterable), frozenset(iterable); frozenset(f) is f. */
static Object *set_construct_as(Type *type, const char *name, Object **args, size_t nargs,
                                Object *kwnames)
{
    if (args_no_kw(name, kwnames) < 0 || args_range(name, nargs, 0, 1) < 0)
        return NULL;
    if (type == &frozenset_type && nargs == 1 && args[0]->type == &frozenset_type)
        return incref(args[0]);
    return set_make(type, nargs ? args[0] : NULL);
}

static Object *set_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    return set_construct_as(&set_type, "set", args, nargs, kwnames);
}

static Object *frozenset_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    return set_construct_as(&frozenset_type, "frozenset", args, nargs, kwnames);
}

/* ---- iteration ------------------------------------------------------------- */

typedef struct SetIterObject {
    Object base;
    Object *set;                    /* NULL once exhausted */
    intptr_t used;                  /* the size when iteration began */
    intptr_t pos;
} SetIterObject;

static Object *set_iter(Object *self)
{
    SetIterObject *it = (SetIterObject *)object_new(&set_iterator_type, sizeof(SetIterObject));
    it->set = incref(self);
    it->used = SET_SIZE(self);
    return (Object *)it;
}

static Object *set_iternext(Object *self)
{
    SetIterObject *it = (SetIterObject *)self;
    if (it->set == NULL)
        return NULL;
    if (it->used != SET_SIZE(it->set)) {
        it->used = -1;              /* stays broken, as in CPython */
        return error_set_string(&exc_RuntimeError, "Set changed size during iteration");
    }
    SetEntry *entry = set_next(SET(it->set), &it->pos);
    if (entry == NULL) {
        CLEAR_SLOT(it->set);
        return NULL;
    }
    return incref(entry->key);
}

static int set_iter_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((SetIterObject *)self)->set);
    return 0;
}

static void set_iter_clear(Object *self)
{
    CLEAR_SLOT(((SetIterObject *)self)->set);
}

static int set_contains_slot(Object *self, Object *key)
{
    return set_contains(self, key);
}

#define SET_TYPE_COMMON \
    .base = TYPE_HEAD_INIT, \
    .basic_size = sizeof(SetObject), \
    .parent = &object_type, \
    .flags = TYPE_CONTAINER, \
    .dealloc = set_dealloc, \
    .traverse = set_traverse, \
    .clear = set_clear_slot, \
    .release = set_release, \
    .repr = set_repr, \
    .compare = set_compare, \
    .len = set_len, \
    .contains = set_contains_slot, \
    .iter = set_iter, \
    .sub = set_sub, \
    .bit_and = set_and, \
    .bit_or = set_or, \
    .bit_xor = set_xor

/* No hash slot: a set is unhashable. Neither type may be subclassed
 * yet (no TYPE_BASETYPE): set_make would build the base type. */
Type set_type = {
    SET_TYPE_COMMON,
    .name = "set",
    .construct = set_construct,
    .inplace = set_inplace,
    .methods = set_methods,
#if CHAPTER >= CH_WEAKREF
    .weaklist_offset = offsetof(SetObject, weaklist),
#endif
};

Type frozenset_type = {
    SET_TYPE_COMMON,
    .name = "frozenset",
    .construct = frozenset_construct,
    .hash = frozenset_hash,
    .methods = frozenset_methods,
#if CHAPTER >= CH_WEAKREF
    .weaklist_offset = offsetof(SetObject, weaklist),
#endif
};

Type set_iterator_type = {
    .base = TYPE_HEAD_INIT,
    .name = "set_iterator",
    .basic_size = sizeof(SetIterObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = set_iter_traverse,
    .clear = set_iter_clear,
    .iter = object_iter_self,
    .iternext = set_iternext,
};
