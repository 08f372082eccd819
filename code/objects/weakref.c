/* weakref.c: the weak reference object and the per-object list of weak
 * references (CPython 3.11's Objects/weakrefobject.c), chapter 10.
 *
 * A ref and a proxy share one struct, WeakRefObject; they differ in what
 * using them does. Calling a ref gives the referent or None. A proxy
 * stands in for its referent (attributes, calls, operators) and raises
 * ReferenceError once the referent is gone.
 */
#include "weakref.h"

#include <string.h>

#include "bool.h"
#include "class.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

#if CHAPTER >= CH_WEAKREF

bool is_proxy(Object *op)
{
    return op->type == &proxy_type || op->type == &callable_proxy_type;
}

/* ---- the referent's list ------------------------------------------------- */

#define NEXT(ref) ((ref)->next)

static WeakRefObject *list_head(Object *op)
{
    Object **slot = weakref_list_slot(op);
    return slot ? (WeakRefObject *)*slot : NULL;
}

/* The shared callback-less ref and proxy at the head of the list, if any
 * (CPython's get_basic_refs). */
static void basic_refs(WeakRefObject *head, WeakRefObject **ref, WeakRefObject **proxy)
{
    *ref = *proxy = NULL;
    if (head != NULL && head->callback == NULL && head->base.type == &weakref_type) {
        *ref = head;
        head = head->next;
    }
    if (head != NULL && head->callback == NULL && is_proxy((Object *)head))
        *proxy = head;
}

static void insert_head(WeakRefObject *ref, Object **slot)
{
    WeakRefObject *next = (WeakRefObject *)*slot;
    ref->prev = NULL;
    ref->next = next;
    if (next != NULL)
        next->prev = ref;
    *slot = (Object *)ref;
}

static void insert_after(WeakRefObject *ref, WeakRefObject *prev)
{
    ref->prev = prev;
    ref->next = prev->next;
    if (prev->next != NULL)
        prev->next->prev = ref;
    prev->next = ref;
}

/* A shared ref or proxy goes first; any other after the shared ones, so
 * that the newest of them is called first. */
static void insert(WeakRefObject *ref, Object **slot, bool shared)
{
    WeakRefObject *basic_ref, *basic_proxy;
    basic_refs((WeakRefObject *)*slot, &basic_ref, &basic_proxy);
    WeakRefObject *prev = shared && ref->base.type == &weakref_type ? NULL
                        : basic_proxy ? basic_proxy : basic_ref;
    if (prev == NULL)
        insert_head(ref, slot);
    else
        insert_after(ref, prev);
}

void weakref_clear_ref(WeakRefObject *ref)
{
    if (ref->object == None)
        return;
    Object **slot = weakref_list_slot(ref->object);
    if ((WeakRefObject *)*slot == ref)
        *slot = (Object *)ref->next;
    if (ref->prev != NULL)
        ref->prev->next = ref->next;
    if (ref->next != NULL)
        ref->next->prev = ref->prev;
    ref->prev = ref->next = NULL;
    ref->object = None;
}

/* ---- making one ---------------------------------------------------------- */

/* Built-in types are static: a list headed in one of them must be
 * forgotten when the heap goes at exit (the next runtime starts empty). */
static void remember_static(Object *op)
{
    if (op->type != &type_type || (((Type *)op)->flags & TYPE_HEAP))
        return;
    for (int i = 0; i < runtime.weak_static_count; i++)
        if (runtime.weak_static[i] == (Type *)op)
            return;
    if (runtime.weak_static_count < WEAK_STATIC_MAX)
        runtime.weak_static[runtime.weak_static_count++] = (Type *)op;
}

void weakref_forget_static(void)
{
    for (int i = 0; i < runtime.weak_static_count; i++)
        runtime.weak_static[i]->weaklist = NULL;
    runtime.weak_static_count = 0;
}

static Object **slot_or_error(Object *op)
{
    Object **slot = weakref_list_slot(op);
    if (slot == NULL)
        error_format(&exc_TypeError, "cannot create weak reference to '%T' object", op);
    return slot;
}

static WeakRefObject *make_ref(Type *type, size_t size, Object *op, Object *callback,
                               Object **slot)
{
    WeakRefObject *ref = (WeakRefObject *)object_new(type, size);
    /* The allocation may have run a collection, and its callbacks may
     * have changed the list: the caller looks it up again after this. */
    ref->object = op;
    ref->callback = callback ? incref(callback) : NULL;
    ref->hash = -1;
    remember_static(op);
    insert(ref, slot, callback == NULL && type == &weakref_type);
    return ref;
}

/* The shared ref or proxy of `type` at the head of op's list. */
static Object *find_shared(Object *op, Type *type)
{
    WeakRefObject *basic_ref, *basic_proxy;
    basic_refs(list_head(op), &basic_ref, &basic_proxy);
    WeakRefObject *shared = type == &weakref_type ? basic_ref : basic_proxy;
    return shared ? incref((Object *)shared) : NULL;
}

Object *weakref_new(Object *op, Object *callback)
{
    if (callback == None)
        callback = NULL;
    if (slot_or_error(op) == NULL)
        return NULL;
    Object *shared = callback == NULL ? find_shared(op, &weakref_type) : NULL;
    if (shared != NULL)
        return shared;
    incref(op);
    WeakRefObject *ref = make_ref(&weakref_type, sizeof(WeakRefObject), op, callback,
                                  weakref_list_slot(op));
    decref(op);
    return (Object *)ref;
}

Object *weakref_new_subtype(Type *type, size_t size, Object *op, Object *callback)
{
    if (callback == None)
        callback = NULL;
    if (slot_or_error(op) == NULL)
        return NULL;
    incref(op);
    WeakRefObject *ref = make_ref(type, size, op, callback, weakref_list_slot(op));
    decref(op);
    return (Object *)ref;
}

static bool is_callable(Object *op)
{
    return op->type->call != NULL;
}

Object *weakref_proxy_new(Object *op, Object *callback)
{
    if (callback == None)
        callback = NULL;
    if (slot_or_error(op) == NULL)
        return NULL;
    Type *type = is_callable(op) ? &callable_proxy_type : &proxy_type;
    Object *shared = callback == NULL ? find_shared(op, type) : NULL;
    if (shared != NULL)
        return shared;
    incref(op);
    WeakRefObject *proxy = (WeakRefObject *)object_new(type, sizeof(WeakRefObject));
    proxy->object = op;
    proxy->callback = callback ? incref(callback) : NULL;
    proxy->hash = -1;
    remember_static(op);
    /* A proxy without callback goes right after the shared ref: it is
     * shared too (CPython's PyWeakref_NewProxy). */
    Object **slot = weakref_list_slot(op);
    WeakRefObject *basic_ref, *basic_proxy;
    basic_refs((WeakRefObject *)*slot, &basic_ref, &basic_proxy);
    WeakRefObject *prev = callback == NULL ? basic_ref : basic_proxy ? basic_proxy : basic_ref;
    if (prev == NULL)
        insert_head(proxy, slot);
    else
        insert_after(proxy, prev);
    decref(op);
    return (Object *)proxy;
}

/* ---- the referent dies ----------------------------------------------------- */

static void call_callback(Object *ref, Object *callback)
{
    Object *result = object_call(callback, &ref, 1, NULL);
    if (result == NULL)
        error_write_unraisable(callback);
    else
        decref(result);
}

void weakref_clear_all(Object *op)
{
    Object **slot = weakref_list_slot(op);
    if (slot == NULL || *slot == NULL)
        return;
    /* References without a callback are simply made dead. */
    WeakRefObject *head = (WeakRefObject *)*slot;
    while (head != NULL && head->callback == NULL) {
        weakref_clear_ref(head);
        head = (WeakRefObject *)*slot;
    }
    if (head == NULL)
        return;
    /* Every reference is made dead before the first callback runs, so no
     * callback can reach the dying object through another one. Each is
     * held by a tuple meanwhile (a callback may drop the last reference
     * to another), with its callback taken out of it. */
    Object *pending = error_fetch();
    intptr_t count = weakref_count(op);
    Object *held = tuple_new(count * 2);
    /* (Making the tuple may have run a collection, which can have taken
     * references that were garbage off the list.) */
    for (intptr_t i = 0; i < count && *slot != NULL; i++) {
        WeakRefObject *ref = (WeakRefObject *)*slot;
        if (ref->base.refcount > 0) {
            TUPLE_ITEMS(held)[2 * i] = incref((Object *)ref);
            TUPLE_ITEMS(held)[2 * i + 1] = ref->callback;     /* moved */
        } else {
            /* Dying already (parked by the trashcan): no call. */
            xdecref(ref->callback);
        }
        ref->callback = NULL;
        weakref_clear_ref(ref);
    }
    for (intptr_t i = 0; i < count; i++)
        if (TUPLE_ITEMS(held)[2 * i + 1] != NULL)
            call_callback(TUPLE_ITEMS(held)[2 * i], TUPLE_ITEMS(held)[2 * i + 1]);
    decref(held);
    if (pending != NULL)
        error_restore(pending);
}

intptr_t weakref_count(Object *op)
{
    intptr_t count = 0;
    for (WeakRefObject *ref = list_head(op); ref != NULL; ref = ref->next)
        count++;
    return count;
}

Object *weakref_list(Object *op)
{
    Object *list = list_new(0);
    for (WeakRefObject *ref = list_head(op); ref != NULL; ref = ref->next)
        if (list_append(list, (Object *)ref) < 0) {
            decref(list);
            return NULL;
        }
    return list;
}

/* ---- the ref type ------------------------------------------------------------ */

int weakref_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((WeakRefObject *)self)->callback);
    return 0;
}

/* CPython's clear_weakref: dead, and the callback dropped. The dealloc
 * and the collector's delete_garbage both come here. */
static void weakref_clear(Object *self)
{
    WeakRefObject *ref = (WeakRefObject *)self;
    weakref_clear_ref(ref);
    CLEAR_SLOT(ref->callback);
}

/* <weakref at 0x...; to 'C' at 0x...>, "(name)" added when the referent
 * has a __name__, or <weakref at 0x...; dead>. */
Object *weakref_repr(Object *self)
{
    Object *op = weakref_get(self);
    if (op == None)
        return str_format("<weakref at %p; dead>", (void *)self);
    incref(op);
    Object *name = object_getattr_cstr(op, "__name__");
    if (name == NULL)
        error_clear();
    Object *text = name != NULL && is_str(name)
        ? str_format("<weakref at %p; to '%T' at %p (%S)>", (void *)self, op, (void *)op, name)
        : str_format("<weakref at %p; to '%T' at %p>", (void *)self, op, (void *)op);
    xdecref(name);
    decref(op);
    return text;
}

/* Calling a ref: the referent, or None once it has died. */
Object *weakref_call(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (kwnames != NULL && TUPLE_SIZE(kwnames) > 0)
        return error_format(&exc_TypeError, "weakref() takes no keyword arguments");
    if (nargs != 0)
        return error_format(&exc_TypeError, "weakref expected 0 arguments, got %zd", nargs);
    return incref(weakref_get(callable));
}

/* The referent's hash, kept: a dead ref still hashes as it did alive, so
 * that it can be found and removed from a dict (WeakKeyDictionary). */
int64_t weakref_hash(Object *self)
{
    WeakRefObject *ref = (WeakRefObject *)self;
    if (ref->hash != -1)
        return ref->hash;
    if (ref->object == None) {
        error_set_string(&exc_TypeError, "weak object has gone away");
        return -1;
    }
    Object *op = incref(ref->object);
    ref->hash = object_hash(op);
    decref(op);
    return ref->hash;
}

/* Two live refs are equal when their referents are; a dead ref is equal
 * only to itself. */
Object *weakref_compare(Object *left, Object *right, CompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !type_is_subtype(right->type, &weakref_type))
        return incref(NotImplemented);
    Object *a = weakref_get(left), *b = weakref_get(right);
    if (a == None || b == None)
        return bool_from((left == right) == (op == CMP_EQ));
    incref(a);
    incref(b);
    Object *result = object_compare(a, b, op);
    decref(a);
    decref(b);
    return result;
}

Object *weakref_getattr(Object *self, Object *name)
{
    if (str_equal_cstr(name, "__callback__")) {
        Object *callback = ((WeakRefObject *)self)->callback;
        return incref(callback ? callback : None);
    }
    return generic_getattr(self, name);
}

/* weakref.ref(object[, callback]): CPython's weakref___new__. */
static Object *weakref_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    if (args_no_kw("ref", kwnames) < 0)
        return NULL;
    if (nargs < 1)
        return error_format(&exc_TypeError, "__new__ expected at least 1 argument, got %zd", nargs);
    if (nargs > 2)
        return error_format(&exc_TypeError, "__new__ expected at most 2 arguments, got %zd", nargs);
    return weakref_new(args[0], nargs == 2 ? args[1] : NULL);
}

Type weakref_type = {
    .base = TYPE_HEAD_INIT,
    .name = "weakref.ReferenceType",
    .basic_size = sizeof(WeakRefObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER | TYPE_BASETYPE | TYPE_WEAKREF,
    .dealloc = object_dealloc_default,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .compare = weakref_compare,
    .call = weakref_call,
    .construct = weakref_construct,
    .getattr = weakref_getattr,
};

/* ---- proxies ------------------------------------------------------------------ */

/* The referent, a new reference, or ReferenceError once it is gone. */
static Object *proxy_unwrap(Object *proxy)
{
    Object *op = weakref_get(proxy);
    if (op == None)
        return error_set_string(&exc_ReferenceError, "weakly-referenced object no longer exists");
    return incref(op);
}

/* A proxy operand stands for its referent; anything else for itself. */
static Object *unwrap_operand(Object *op)
{
    return is_proxy(op) ? proxy_unwrap(op) : incref(op);
}

static Object *proxy_repr(Object *self)
{
    Object *op = incref(weakref_get(self));
    Object *text = str_format("<weakproxy at %p to %s at %p>", (void *)self, op->type->name,
                              (void *)op);
    decref(op);
    return text;
}

#define PROXY_UNARY(name, call)                                 \
    static Object *name(Object *self)                           \
    {                                                           \
        Object *op = proxy_unwrap(self);                        \
        if (op == NULL)                                         \
            return NULL;                                        \
        Object *result = call(op);                              \
        decref(op);                                             \
        return result;                                          \
    }

PROXY_UNARY(proxy_str, object_str)
PROXY_UNARY(proxy_iter, object_iter)
PROXY_UNARY(proxy_neg, number_negative)

static Object *proxy_iternext(Object *self)
{
    Object *op = proxy_unwrap(self);
    if (op == NULL)
        return NULL;
    if (op->type->iternext == NULL) {
        error_format(&exc_TypeError, "Weakref proxy referenced a non-iterator '%T' object", op);
        decref(op);
        return NULL;
    }
    Object *result = iter_next(op);
    decref(op);
    return result;
}

#define PROXY_BINARY(name, call)                                \
    static Object *name(Object *left, Object *right)            \
    {                                                           \
        Object *a = unwrap_operand(left);                       \
        if (a == NULL)                                          \
            return NULL;                                        \
        Object *b = unwrap_operand(right);                      \
        if (b == NULL) {                                        \
            decref(a);                                          \
            return NULL;                                        \
        }                                                       \
        Object *result = call;                                  \
        decref(a);                                              \
        decref(b);                                              \
        return result;                                          \
    }

PROXY_BINARY(proxy_add, number_binary(a, b, '+'))
PROXY_BINARY(proxy_sub, number_binary(a, b, '-'))
PROXY_BINARY(proxy_mul, number_binary(a, b, '*'))
PROXY_BINARY(proxy_truediv, number_binary(a, b, '/'))
PROXY_BINARY(proxy_floordiv, number_binary(a, b, 'f'))
PROXY_BINARY(proxy_mod, number_binary(a, b, '%'))
PROXY_BINARY(proxy_getitem, object_getitem(a, b))

static Object *proxy_compare(Object *left, Object *right, CompareOp op)
{
    Object *a = unwrap_operand(left);
    if (a == NULL)
        return NULL;
    Object *b = unwrap_operand(right);
    if (b == NULL) {
        decref(a);
        return NULL;
    }
    Object *result = object_compare(a, b, op);
    decref(a);
    decref(b);
    return result;
}

static int proxy_is_true(Object *self)
{
    Object *op = proxy_unwrap(self);
    if (op == NULL)
        return -1;
    int truth = object_is_true(op);
    decref(op);
    return truth;
}

static intptr_t proxy_len(Object *self)
{
    Object *op = proxy_unwrap(self);
    if (op == NULL)
        return -1;
    intptr_t len = object_len(op);
    decref(op);
    return len;
}

static int proxy_contains(Object *self, Object *value)
{
    Object *op = proxy_unwrap(self);
    if (op == NULL)
        return -1;
    int found = object_contains(op, value);
    decref(op);
    return found;
}

static int proxy_setitem(Object *self, Object *key, Object *value)
{
    Object *op = proxy_unwrap(self);
    if (op == NULL)
        return -1;
    int status = value ? object_setitem(op, key, value) : object_delitem(op, key);
    decref(op);
    return status;
}

static Object *proxy_getattr(Object *self, Object *name)
{
    Object *op = proxy_unwrap(self);
    if (op == NULL)
        return NULL;
    Object *result = object_getattr(op, name);
    decref(op);
    return result;
}

static int proxy_setattr(Object *self, Object *name, Object *value)
{
    Object *op = proxy_unwrap(self);
    if (op == NULL)
        return -1;
    int status = value ? object_setattr(op, name, value) : object_delattr(op, name);
    decref(op);
    return status;
}

static Object *proxy_call(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    Object *op = proxy_unwrap(callable);
    if (op == NULL)
        return NULL;
    Object *result = object_call(op, args, nargs, kwnames);
    decref(op);
    return result;
}

#define PROXY_SLOTS                                             \
    .parent = &object_type,                                     \
    .basic_size = sizeof(WeakRefObject),                        \
    .flags = TYPE_CONTAINER | TYPE_WEAKREF,                     \
    .dealloc = object_dealloc_default,                          \
    .traverse = weakref_traverse,                               \
    .clear = weakref_clear,                                     \
    .repr = proxy_repr,                                         \
    .str = proxy_str,                                           \
    .compare = proxy_compare,                                   \
    .is_true = proxy_is_true,                                   \
    .len = proxy_len,                                           \
    .getitem = proxy_getitem,                                   \
    .setitem = proxy_setitem,                                   \
    .contains = proxy_contains,                                 \
    .iter = proxy_iter,                                         \
    .iternext = proxy_iternext,                                 \
    .getattr = proxy_getattr,                                   \
    .setattr = proxy_setattr,                                   \
    .add = proxy_add, .sub = proxy_sub, .mul = proxy_mul,       \
    .truediv = proxy_truediv, .floordiv = proxy_floordiv,       \
    .mod = proxy_mod, .neg = proxy_neg

/* Unhashable (no hash slot): a proxy's referent may change its hash... or
 * die, and CPython refuses to guess. */
Type proxy_type = {
    .base = TYPE_HEAD_INIT,
    .name = "weakref.ProxyType",
    PROXY_SLOTS,
};

Type callable_proxy_type = {
    .base = TYPE_HEAD_INIT,
    .name = "weakref.CallableProxyType",
    PROXY_SLOTS,
    .call = proxy_call,
};

#endif
