/* setops.c: what sets compute, | & - ^ and their in-place forms, the
 * subset tests behind <= < >= >, and the methods of set and frozenset
 * (CPython's set_or, set_intersection, set_difference,
 * set_symmetric_difference_update and the method table of setobject.c).
 *
 * The result of an operator has the type of its left operand, as in
 * CPython: frozenset | set is a frozenset. `s |= t` changes s itself (the
 * inplace slot); a frozenset has none, so `f |= t` binds a new frozenset.
 */
#include "set_internal.h"

#include <string.h>

#include "bool.h"
#include "dict.h"
#include "error.h"

/* ---- the four operations ------------------------------------------------- */

int set_is_subset(Object *a, Object *b)
{
    SetObject *so = SET(a), *other = SET(b);
    if (so->used > other->used)
        return 0;
    intptr_t pos = 0;
    SetEntry *entry;
    while ((entry = set_next(so, &pos)) != NULL) {
        Object *key = incref(entry->key);
        int found = set_contains_entry(other, key, entry->hash);
        decref(key);
        if (found <= 0)
            return found;
    }
    return 1;
}

/* The keys of `so` that `other` holds (or lacks, when `keep` is false),
 * iterating over a set or any iterable. */
static Object *set_filter(Object *so, Object *other, bool keep)
{
    Object *result = set_make(so->type, NULL);
    if (is_anyset(other)) {
        bool swap = keep && SET_SIZE(other) > SET_SIZE(so);  /* walk the smaller */
        Object *walk = keep ? (swap ? so : other) : so, *look = keep ? (swap ? other : so) : other;
        intptr_t pos = 0;
        SetEntry *entry;
        while ((entry = set_next(SET(walk), &pos)) != NULL) {
            Object *key = incref(entry->key);
            int64_t hash = entry->hash;
            int found = set_contains_entry(SET(look), key, hash);
            int status = found < 0 ? -1 : found == keep ? set_add_entry(SET(result), key, hash) : 0;
            decref(key);
            if (status < 0) {
                decref(result);
                return NULL;
            }
        }
        return result;
    }
    Object *iterator = object_iter(other), *key;
    while (iterator && (key = iter_next(iterator)) != NULL) {
        int64_t hash = object_hash(key);
        int found = hash == -1 ? -1 : set_contains_entry(SET(so), key, hash);
        int status = found < 0 ? -1 : found ? set_add_entry(SET(result), key, hash) : 0;
        decref(key);
        if (status < 0)
            break;
    }
    xdecref(iterator);
    if (error_occurred())
        CLEAR_SLOT(result);
    return result;
}

static Object *set_intersection(Object *so, Object *other)
{
    return so == other ? set_copy_of(so) : set_filter(so, other, true);
}

/* Remove other's keys from so (set_difference_update_internal), then
 * resize when more than a quarter of the table is dummies. */
static int set_difference_update(Object *so, Object *other)
{
    if (so == other) {
        set_clear_entries(SET(so));
        return 0;
    }
    if (is_anyset(other)) {
        intptr_t pos = 0;
        SetEntry *entry;
        while ((entry = set_next(SET(other), &pos)) != NULL) {
            Object *key = incref(entry->key);
            int status = set_discard_entry(SET(so), key, entry->hash);
            decref(key);
            if (status < 0)
                return -1;
        }
    } else {
        Object *iterator = object_iter(other), *key;
        if (iterator == NULL)
            return -1;
        while ((key = iter_next(iterator)) != NULL) {
            int status = set_discard_key(SET(so), key);
            decref(key);
            if (status < 0)
                break;
        }
        decref(iterator);
        if (error_occurred())
            return -1;
    }
    SetObject *s = SET(so);
    if ((size_t)(s->fill - s->used) <= (size_t)s->mask / 4)
        return 0;
    return set_table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static Object *set_difference(Object *so, Object *other)
{
    bool sized = is_anyset(other) || is_dict(other);
    intptr_t other_size = is_anyset(other) ? SET_SIZE(other) : sized ? DICT_SIZE(other) : 0;
    if (!sized || (SET_SIZE(so) >> 2) > other_size) {
        Object *result = set_copy_of(so);
        if (result != NULL && set_difference_update(result, other) < 0)
            CLEAR_SLOT(result);
        return result;
    }
    if (is_anyset(other))
        return set_filter(so, other, false);
    Object *keys = set_make(&set_type, other);    /* a dict: its keys */
    Object *result = keys ? set_filter(so, keys, false) : NULL;
    xdecref(keys);
    return result;
}

static int set_symmetric_difference_update(Object *so, Object *other)
{
    if (so == other) {
        set_clear_entries(SET(so));
        return 0;
    }
    Object *otherset = is_anyset(other) ? incref(other) : set_make(so->type, other);
    if (otherset == NULL)
        return -1;
    intptr_t pos = 0;
    SetEntry *entry;
    int status = 0;
    while (status == 0 && (entry = set_next(SET(otherset), &pos)) != NULL) {
        Object *key = incref(entry->key);
        int64_t hash = entry->hash;
        int found = set_discard_entry(SET(so), key, hash);
        status = found < 0 ? -1 : found == 0 ? set_add_entry(SET(so), key, hash) : 0;
        decref(key);
    }
    decref(otherset);
    return status;
}

static Object *set_symmetric_difference(Object *so, Object *other)
{
    Object *result = set_make(so->type, other);
    if (result != NULL && set_symmetric_difference_update(result, so) < 0)
        CLEAR_SLOT(result);
    return result;
}

static Object *set_union(Object *so, Object *other)
{
    Object *result = set_copy_of(so);
    if (result != NULL && set_update(result, other) < 0)
        CLEAR_SLOT(result);
    return result;
}

/* ---- the operators -------------------------------------------------------- */

static bool both_sets(Object *a, Object *b)
{
    return is_anyset(a) && is_anyset(b);
}

Object *set_sub(Object *a, Object *b)
{
    return both_sets(a, b) ? set_difference(a, b) : incref(NotImplemented);
}

Object *set_and(Object *a, Object *b)
{
    return both_sets(a, b) ? set_intersection(a, b) : incref(NotImplemented);
}

Object *set_or(Object *a, Object *b)
{
    return both_sets(a, b) ? set_union(a, b) : incref(NotImplemented);
}

Object *set_xor(Object *a, Object *b)
{
    return both_sets(a, b) ? set_symmetric_difference(a, b) : incref(NotImplemented);
}

/* Put the table of `b` into `a` and the other way round (set_swap_bodies),
 * so that s &= t keeps s's identity. */
static void set_swap_bodies(SetObject *a, SetObject *b)
{
    SetObject saved = *a;
    bool a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->hash = b->hash;
    memcpy(a->smalltable, b->smalltable, sizeof a->smalltable);
    a->table = b_small ? a->smalltable : b->table;
    b->fill = saved.fill;
    b->used = saved.used;
    b->mask = saved.mask;
    b->hash = saved.hash;
    memcpy(b->smalltable, saved.smalltable, sizeof b->smalltable);
    b->table = a_small ? b->smalltable : saved.table;
}

/* s |= t, s &= t, s -= t, s ^= t: only with another set, else the
 * operator falls back to its TypeError. */
Object *set_inplace(Object *self, Object *other, int op)
{
    if (!is_anyset(other) || (op != '|' && op != '&' && op != '-' && op != '^'))
        return incref(NotImplemented);
    int status;
    if (op == '|') {
        status = set_update(self, other);
    } else if (op == '-') {
        status = set_difference_update(self, other);
    } else if (op == '^') {
        status = set_symmetric_difference_update(self, other);
    } else {
        Object *common = set_intersection(self, other);
        if (common == NULL)
            return NULL;
        set_swap_bodies(SET(self), SET(common));
        decref(common);
        status = 0;
    }
    return status < 0 ? NULL : incref(self);
}

/* ---- the methods ---------------------------------------------------------- */

static Object *none_or_null(int status)
{
    return status < 0 ? NULL : incref(None);
}

static Object *set_add_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("set.add", kwnames) < 0 || args_exact("set.add", nargs, 1) < 0)
        return NULL;
    return none_or_null(set_add(self, args[0]));
}

static Object *set_discard_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("set.discard", kwnames) < 0 || args_exact("set.discard", nargs, 1) < 0)
        return NULL;
    return none_or_null(set_discard_key(SET(self), args[0]));
}

static Object *set_remove_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("set.remove", kwnames) < 0 || args_exact("set.remove", nargs, 1) < 0)
        return NULL;
    int found = set_discard_key(SET(self), args[0]);
    if (found == 0)
        error_key(args[0]);
    return found <= 0 ? NULL : incref(None);
}

/* The key after the last one popped (set_pop's finger). */
static Object *set_pop_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("set.pop", kwnames) < 0 || args_exact("set.pop", nargs, 0) < 0)
        return NULL;
    SetObject *so = SET(self);
    if (so->used == 0)
        return error_set_string(&exc_KeyError, "pop from an empty set");
    SetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (entry->key == NULL || entry->hash == -1) {
        if (++entry > limit)
            entry = so->table;
    }
    Object *key = entry->key;
    set_entry_delete(entry);
    so->used--;
    so->finger = entry - so->table + 1;
    return key;             /* the set's reference, now the caller's */
}

static Object *set_clear_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("set.clear", kwnames) < 0 || args_exact("set.clear", nargs, 0) < 0)
        return NULL;
    set_clear_entries(SET(self));
    return incref(None);
}

/* A frozenset's copy is itself; a set's a new set. */
static Object *set_copy_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("set.copy", kwnames) < 0 || args_exact("set.copy", nargs, 0) < 0)
        return NULL;
    if (self->type == &frozenset_type)
        return incref(self);
    return set_copy_of(self);
}

static Object *set_update_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("set.update", kwnames) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_update(self, args[i]) < 0)
            return NULL;
    return incref(None);
}

/* union(*others), intersection(*others), difference(*others): one
 * operation after another, starting from a copy. */
static Object *set_fold(Object *self, Object **args, size_t nargs, Object *kwnames,
                        const char *qualname, Object *(*step)(Object *, Object *))
{
    if (args_no_kw(qualname, kwnames) < 0)
        return NULL;
    Object *result = set_copy_of(self);
    for (size_t i = 0; result != NULL && i < nargs; i++) {
        Object *next = step(result, args[i]);
        decref(result);
        result = next;
    }
    return result;
}

static Object *set_union_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return set_fold(self, args, nargs, kwnames, "set.union", set_union);
}

static Object *set_intersection_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return set_fold(self, args, nargs, kwnames, "set.intersection", set_intersection);
}

static Object *set_difference_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return set_fold(self, args, nargs, kwnames, "set.difference", set_difference);
}

static Object *set_symmetric_difference_method(Object *self, Object **args, size_t nargs,
                                               Object *kwnames)
{
    if (args_no_kw("set.symmetric_difference", kwnames) < 0
        || args_exact("set.symmetric_difference", nargs, 1) < 0)
        return NULL;
    return set_symmetric_difference(self, args[0]);
}

/* The argument as a set, for issubset and issuperset of any iterable. */
static Object *as_set(Object *other)
{
    return is_anyset(other) ? incref(other) : set_make(&set_type, other);
}

static Object *set_subset_method(Object *self, Object **args, size_t nargs, Object *kwnames,
                                 const char *qualname, bool superset)
{
    if (args_no_kw(qualname, kwnames) < 0 || args_exact(qualname, nargs, 1) < 0)
        return NULL;
    Object *other = as_set(args[0]);
    if (other == NULL)
        return NULL;
    int result = superset ? set_is_subset(other, self) : set_is_subset(self, other);
    decref(other);
    return result < 0 ? NULL : bool_from(result);
}

static Object *set_issubset_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return set_subset_method(self, args, nargs, kwnames, "set.issubset", false);
}

static Object *set_issuperset_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return set_subset_method(self, args, nargs, kwnames, "set.issuperset", true);
}

static Object *set_isdisjoint_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("set.isdisjoint", kwnames) < 0 || args_exact("set.isdisjoint", nargs, 1) < 0)
        return NULL;
    Object *common = set_intersection(self, args[0]);
    if (common == NULL)
        return NULL;
    bool disjoint = SET_SIZE(common) == 0;
    decref(common);
    return bool_from(disjoint);
}

#define SET_QUERIES \
    {"copy", set_copy_method}, \
    {"union", set_union_method}, \
    {"intersection", set_intersection_method}, \
    {"difference", set_difference_method}, \
    {"symmetric_difference", set_symmetric_difference_method}, \
    {"issubset", set_issubset_method}, \
    {"issuperset", set_issuperset_method}, \
    {"isdisjoint", set_isdisjoint_method}

const MethodDef set_methods[] = {
    {"add", set_add_method},
    {"discard", set_discard_method},
    {"remove", set_remove_method},
    {"pop", set_pop_method},
    {"clear", set_clear_method},
    {"update", set_update_method},
    SET_QUERIES,
    {NULL, NULL},
};

const MethodDef frozenset_methods[] = {
    SET_QUERIES,
    {NULL, NULL},
};
