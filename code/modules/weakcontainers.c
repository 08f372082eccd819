/* weakcontainers.c: WeakValueDictionary, WeakKeyDictionary and WeakSet
 * (CPython's Lib/weakref.py and Lib/_weakrefset.py, in C), chapter 10.
 *
 * Each keeps an ordinary dict, `data`, of weak references:
 *   WeakValueDictionary   key -> KeyedRef(value)   (the ref knows its key)
 *   WeakKeyDictionary     ref(key) -> value
 *   WeakSet               ref(item) -> None        (CPython: a set of refs)
 * Every one of those refs has the same callback, `remove`, a built-in
 * method bound to a weak reference to the container, so that the entry
 * goes when its referent dies, and the callback does nothing once the
 * container itself is gone (CPython's `selfref`). Iterating takes a
 * snapshot of the live entries, which is why minipy needs no
 * _IterationGuard.
 */
#include "weakcontainers.h"

#include "bool.h"
#include "builtins.h"
#include "dict.h"
#include "error.h"
#include "function.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "weakref.h"

#if CHAPTER >= CH_WEAKREF

typedef struct WeakContainer {
    Object base;
    Object *data;           /* a dict of weak references */
    Object *remove;         /* the callback of each of them */
    Object *weaklist;
} WeakContainer;

#define DATA(op) (((WeakContainer *)(op))->data)

typedef struct KeyedRefObject {
    WeakRefObject ref;
    Object *key;
} KeyedRefObject;

/* ---- the callbacks ---------------------------------------------------------- */

/* The container a callback belongs to (borrowed), or NULL once it died. */
static Object *owner(Object *selfref)
{
    Object *container = weakref_get(selfref);
    return container == None ? NULL : container;
}

/* WeakValueDictionary: the value of wr.key died; drop the entry if it
 * still holds that dead ref (CPython's _remove_dead_weakref). */
static Object *remove_value(Object *selfref, Object **args, size_t nargs, Object *kwnames)
{
    (void)kwnames;
    Object *self = owner(selfref);
    if (self == NULL || nargs != 1 || args[0]->type != &keyed_ref_type)
        return incref(None);
    Object *key = incref(((KeyedRefObject *)args[0])->key);
    Object *current = dict_get_item(DATA(self), key);
    if (current != NULL && is_weakref(current) && weakref_get(current) == None
        && dict_del_item(DATA(self), key) < 0)
        error_clear();
    if (error_occurred())
        error_clear();
    decref(key);
    return incref(None);
}

/* WeakKeyDictionary and WeakSet: the ref itself is the key. */
static Object *remove_key(Object *selfref, Object **args, size_t nargs, Object *kwnames)
{
    (void)kwnames;
    Object *self = owner(selfref);
    if (self != NULL && nargs == 1 && dict_del_item(DATA(self), args[0]) < 0)
        error_clear();
    return incref(None);
}

static const MethodDef remove_value_def = {"remove", remove_value};
static const MethodDef remove_key_def = {"remove", remove_key};

static Object *container_new(Type *type, const MethodDef *remove)
{
    WeakContainer *self = (WeakContainer *)object_new(type, sizeof(WeakContainer));
    self->data = dict_new();
    Object *selfref = weakref_new((Object *)self, NULL);
    self->remove = builtin_new(remove, selfref);
    decref(selfref);
    return (Object *)self;
}

static int container_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((WeakContainer *)self)->data);
    VISIT(((WeakContainer *)self)->remove);
    return 0;
}

static void container_clear(Object *self)
{
    CLEAR_SLOT(((WeakContainer *)self)->data);
    CLEAR_SLOT(((WeakContainer *)self)->remove);
}

static intptr_t container_len(Object *self)
{
    return DICT_SIZE(DATA(self));
}

static Object *container_repr(Object *self)
{
    return str_format("<%s at %p>", self->type->name, (void *)self);
}

/* What iterating yields, as a new list: for each entry, its key, its
 * value or both, skipping entries whose referent has died. `deref_key`:
 * the keys are refs (WeakKeyDictionary, WeakSet); else the values are. */
enum { YIELD_KEYS, YIELD_VALUES, YIELD_ITEMS };

static Object *snapshot(Object *self, bool deref_key, int what)
{
    Object *list = list_new(0);
    intptr_t pos = 0;
    Object *key, *value;
    while (dict_next(DATA(self), &pos, &key, &value)) {
        Object *k = deref_key ? weakref_get(key) : key;
        Object *v = deref_key ? value : weakref_get(value);
        if ((deref_key ? k : v) == None)
            continue;
        /* Held before allocating: a collection could free a referent
         * that only garbage still holds. */
        incref(k);
        incref(v);
        Object *item = what == YIELD_KEYS ? incref(k) : what == YIELD_VALUES ? incref(v)
                                                                               : tuple_pack(2, k, v);
        decref(k);
        decref(v);
        int status = list_append(list, item);
        decref(item);
        if (status < 0) {
            decref(list);
            return NULL;
        }
    }
    return list;
}

static Object *iter_of(Object *list)
{
    if (list == NULL)
        return NULL;
    Object *iter = object_iter(list);
    decref(list);
    return iter;
}

/* ---- WeakValueDictionary -------------------------------------------------------- */

static Object *wvd_getitem(Object *self, Object *key)
{
    Object *ref = dict_get_item(DATA(self), key);
    if (ref == NULL || weakref_get(ref) == None)
        return error_occurred() ? NULL : error_key(key);
    return incref(weakref_get(ref));
}

static int wvd_setitem(Object *self, Object *key, Object *value)
{
    if (value == NULL)
        return dict_del_item(DATA(self), key);
    Object *ref = weakref_new_subtype(&keyed_ref_type, sizeof(KeyedRefObject), value,
                                      ((WeakContainer *)self)->remove);
    if (ref == NULL)
        return -1;
    ((KeyedRefObject *)ref)->key = incref(key);
    int status = dict_set_item(DATA(self), key, ref);
    decref(ref);
    return status;
}

static int wvd_contains(Object *self, Object *key)
{
    Object *ref = dict_get_item(DATA(self), key);
    if (ref == NULL)
        return error_occurred() ? -1 : 0;
    return weakref_get(ref) != None;
}

static Object *wvd_iter(Object *self)
{
    return iter_of(snapshot(self, false, YIELD_KEYS));
}

static Object *wvd_get(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("get", kwnames) < 0 || args_range("get", nargs, 1, 2) < 0)
        return NULL;
    Object *ref = dict_get_item(DATA(self), args[0]);
    if (ref == NULL && error_occurred())
        return NULL;
    if (ref == NULL || weakref_get(ref) == None)
        return incref(nargs == 2 ? args[1] : None);
    return incref(weakref_get(ref));
}

static Object *wvd_pop(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("pop", kwnames) < 0 || args_range("pop", nargs, 1, 2) < 0)
        return NULL;
    Object *ref = dict_get_item(DATA(self), args[0]);
    Object *value = ref ? weakref_get(ref) : None;
    if (ref == NULL && error_occurred())
        return NULL;
    if (value == None)
        return nargs == 2 ? incref(args[1]) : error_key(args[0]);
    incref(value);
    if (dict_del_item(DATA(self), args[0]) < 0)
        CLEAR_SLOT(value);
    return value;
}

#define SNAPSHOT_METHOD(name, deref_key, what)                                    \
    static Object *name(Object *self, Object **args, size_t nargs, Object *kwnames) \
    {                                                                             \
        (void)args;                                                               \
        if (args_no_kw(#name, kwnames) < 0 || args_exact(#name, nargs, 0) < 0)    \
            return NULL;                                                          \
        return snapshot(self, deref_key, what);                                   \
    }

SNAPSHOT_METHOD(wvd_keys, false, YIELD_KEYS)
SNAPSHOT_METHOD(wvd_values, false, YIELD_VALUES)
SNAPSHOT_METHOD(wvd_items, false, YIELD_ITEMS)
SNAPSHOT_METHOD(wkd_keys, true, YIELD_KEYS)
SNAPSHOT_METHOD(wkd_values, true, YIELD_VALUES)
SNAPSHOT_METHOD(wkd_items, true, YIELD_ITEMS)

/* Fill a new container from a dict (the constructors' one argument). */
static Object *fill(Object *self, Object **args, size_t nargs, Object *kwnames, const char *name)
{
    if (args_no_kw(name, kwnames) < 0 || args_range(name, nargs, 0, 1) < 0) {
        decref(self);
        return NULL;
    }
    if (nargs == 0 || args[0] == None)
        return self;
    if (!is_dict(args[0])) {
        decref(self);
        return error_format(&exc_TypeError, "%s() argument must be a dict, not '%T'", name,
                            args[0]);
    }
    intptr_t pos = 0;
    Object *key, *value;
    while (dict_next(args[0], &pos, &key, &value))
        if (object_setitem(self, key, value) < 0) {
            decref(self);
            return NULL;
        }
    return self;
}

static Object *wvd_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    return fill(container_new(type, &remove_value_def), args, nargs, kwnames,
                "WeakValueDictionary");
}

static const MethodDef wvd_methods[] = {
    {"get", wvd_get},
    {"pop", wvd_pop},
    {"keys", wvd_keys},
    {"values", wvd_values},
    {"items", wvd_items},
    {NULL, NULL},
};

#define CONTAINER_SLOTS                                                         \
    .basic_size = sizeof(WeakContainer),                                        \
    .weaklist_offset = offsetof(WeakContainer, weaklist),                       \
    .parent = &object_type,                                                     \
    .flags = TYPE_CONTAINER,                                                    \
    .dealloc = object_dealloc_default,                                          \
    .traverse = container_traverse,                                             \
    .clear = container_clear,                                                   \
    .len = container_len

Type weak_value_dict_type = {
    .base = TYPE_HEAD_INIT,
    .name = "WeakValueDictionary",
    CONTAINER_SLOTS,
    .repr = container_repr,
    .getitem = wvd_getitem,
    .setitem = wvd_setitem,
    .contains = wvd_contains,
    .iter = wvd_iter,
    .construct = wvd_construct,
    .methods = wvd_methods,
};

/* ---- WeakKeyDictionary ------------------------------------------------------------ */

/* Every lookup of a WeakKeyDictionary goes through ref(key): the value
 * there (borrowed) or NULL, with *ref the new reference ref(key) for the
 * caller to drop. NULL with *ref NULL: the key cannot be weakly
 * referenced (TypeError). */
static Object *wkd_lookup(Object *self, Object *key, Object **ref)
{
    *ref = weakref_new(key, NULL);
    return *ref ? dict_get_item(DATA(self), *ref) : NULL;
}

static Object *wkd_getitem(Object *self, Object *key)
{
    Object *ref;
    Object *value = wkd_lookup(self, key, &ref);
    if (value == NULL && ref != NULL && !error_occurred())
        error_key(ref);
    xincref(value);
    xdecref(ref);
    return value;
}

static int wkd_setitem(Object *self, Object *key, Object *value)
{
    Object *ref = weakref_new(key, value ? ((WeakContainer *)self)->remove : NULL);
    if (ref == NULL)
        return -1;
    int status = value ? dict_set_item(DATA(self), ref, value) : dict_del_item(DATA(self), ref);
    decref(ref);
    return status;
}

static int wkd_contains(Object *self, Object *key)
{
    Object *ref;
    Object *value = wkd_lookup(self, key, &ref);
    if (ref == NULL) {
        if (!error_matches(&exc_TypeError))
            return -1;
        error_clear();
        return 0;
    }
    decref(ref);
    if (value == NULL)
        return error_occurred() ? -1 : 0;
    return 1;
}

static Object *wkd_iter(Object *self)
{
    return iter_of(snapshot(self, true, YIELD_KEYS));
}

static Object *wkd_get(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("get", kwnames) < 0 || args_range("get", nargs, 1, 2) < 0)
        return NULL;
    Object *ref;
    Object *value = wkd_lookup(self, args[0], &ref);
    xdecref(ref);
    if (value == NULL && error_occurred())
        return NULL;
    return incref(value ? value : nargs == 2 ? args[1] : None);
}

static Object *wkd_pop(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("pop", kwnames) < 0 || args_range("pop", nargs, 1, 2) < 0)
        return NULL;
    Object *ref;
    Object *value = wkd_lookup(self, args[0], &ref);
    if (value == NULL) {
        Object *result = error_occurred() ? NULL : nargs == 2 ? incref(args[1]) : error_key(ref);
        xdecref(ref);
        return result;
    }
    incref(value);
    if (dict_del_item(DATA(self), ref) < 0)
        CLEAR_SLOT(value);
    decref(ref);
    return value;
}

static Object *wkd_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    return fill(container_new(type, &remove_key_def), args, nargs, kwnames,
                "WeakKeyDictionary");
}

static const MethodDef wkd_methods[] = {
    {"get", wkd_get},
    {"pop", wkd_pop},
    {"keys", wkd_keys},
    {"values", wkd_values},
    {"items", wkd_items},
    {NULL, NULL},
};

Type weak_key_dict_type = {
    .base = TYPE_HEAD_INIT,
    .name = "WeakKeyDictionary",
    CONTAINER_SLOTS,
    .repr = container_repr,
    .getitem = wkd_getitem,
    .setitem = wkd_setitem,
    .contains = wkd_contains,
    .iter = wkd_iter,
    .construct = wkd_construct,
    .methods = wkd_methods,
};

/* ---- WeakSet --------------------------------------------------------------------------- */

static Object *ws_add(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("add", kwnames) < 0 || args_exact("WeakSet.add", nargs, 1) < 0)
        return NULL;
    if (wkd_setitem(self, args[0], None) < 0)
        return NULL;
    return incref(None);
}

/* discard: no error when absent; remove: KeyError(ref), as CPython's
 * set.remove(ref(item)) says. */
static Object *ws_delete(Object *self, Object **args, size_t nargs, Object *kwnames,
                         const char *name, bool must_exist)
{
    if (args_no_kw(name, kwnames) < 0 || args_exact(name, nargs, 1) < 0)
        return NULL;
    Object *ref = weakref_new(args[0], NULL);
    if (ref == NULL)
        return NULL;
    int status = dict_del_item(DATA(self), ref);
    decref(ref);
    if (status < 0 && !must_exist && error_matches(&exc_KeyError)) {
        error_clear();
        status = 0;
    }
    return status < 0 ? NULL : incref(None);
}

static Object *ws_discard(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return ws_delete(self, args, nargs, kwnames, "WeakSet.discard", false);
}

static Object *ws_remove(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    return ws_delete(self, args, nargs, kwnames, "WeakSet.remove", true);
}

static Object *ws_clear(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("WeakSet.clear", kwnames) < 0 || args_exact("WeakSet.clear", nargs, 0) < 0)
        return NULL;
    dict_clear(DATA(self));
    return incref(None);
}

/* repr(self.data): the set of weak references, "set()" when empty. */
static Object *ws_repr(Object *self)
{
    if (DICT_SIZE(DATA(self)) == 0)
        return str_from_cstr("set()");
    StrBuilder sb;
    sb_init(&sb);
    sb_append_cstr(&sb, "{");
    intptr_t pos = 0;
    Object *key, *value;
    bool first = true;
    while (dict_next(DATA(self), &pos, &key, &value)) {
        if (!first)
            sb_append_cstr(&sb, ", ");
        first = false;
        if (sb_append_repr(&sb, key) < 0) {
            sb_discard(&sb);
            return NULL;
        }
    }
    sb_append_cstr(&sb, "}");
    return sb_finish(&sb);
}

static Object *ws_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    Object *self = container_new(type, &remove_key_def);
    if (args_no_kw("WeakSet", kwnames) < 0 || args_range("WeakSet", nargs, 0, 1) < 0) {
        decref(self);
        return NULL;
    }
    if (nargs == 0 || args[0] == None)
        return self;
    Object *iter = object_iter(args[0]);
    Object *item;
    while (iter != NULL && (item = iter_next(iter)) != NULL) {
        int status = wkd_setitem(self, item, None);
        decref(item);
        if (status < 0)
            break;
    }
    xdecref(iter);
    if (error_occurred())
        CLEAR_SLOT(self);
    return self;
}

static const MethodDef ws_methods[] = {
    {"add", ws_add},
    {"discard", ws_discard},
    {"remove", ws_remove},
    {"clear", ws_clear},
    {NULL, NULL},
};

Type weak_set_type = {
    .base = TYPE_HEAD_INIT,
    .name = "WeakSet",
    CONTAINER_SLOTS,
    .repr = ws_repr,
    .contains = wkd_contains,
    .iter = wkd_iter,
    .construct = ws_construct,
    .methods = ws_methods,
};

/* ---- KeyedRef ---------------------------------------------------------------------------- */

static int keyed_ref_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((WeakRefObject *)self)->callback);
    VISIT(((KeyedRefObject *)self)->key);
    return 0;
}

static void keyed_ref_clear(Object *self)
{
    weakref_type.clear(self);
    CLEAR_SLOT(((KeyedRefObject *)self)->key);
}

static Object *keyed_ref_getattr(Object *self, Object *name)
{
    if (str_equal_cstr(name, "key"))
        return incref(((KeyedRefObject *)self)->key);
    return weakref_getattr(self, name);
}

Type keyed_ref_type = {
    .base = TYPE_HEAD_INIT,
    .name = "KeyedRef",
    .basic_size = sizeof(KeyedRefObject),
    .parent = &weakref_type,
    .flags = TYPE_CONTAINER | TYPE_WEAKREF,
    .dealloc = object_dealloc_default,
    .traverse = keyed_ref_traverse,
    .clear = keyed_ref_clear,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .compare = weakref_compare,
    .call = weakref_call,
    .getattr = keyed_ref_getattr,
};

#endif
