/* weakref.h: weak references (CPython's Objects/weakrefobject.c and
 * Include/cpython/weakrefobject.h), chapter 10.
 *
 * A weak reference points at its referent without counting: the referent's
 * refcount does not include it, so it cannot keep the referent alive. To
 * learn when the referent dies, every weakly referenceable object has a
 * slot (found at its type's weaklist_offset, CPython's tp_weaklistoffset,
 * the `__weakref__` of a class) heading a doubly linked list of the weak
 * references to it. Its deallocation walks that list (object_destroy calls
 * weakref_clear_all): each reference is made dead and its callback called.
 *
 * The list is ordered as CPython orders it: the shared callback-less ref
 * first, then the shared callback-less proxy, then every other reference,
 * the newest first.
 */
#ifndef MINIPY_WEAKREF_H
#define MINIPY_WEAKREF_H

#include "object.h"

#if CHAPTER >= CH_WEAKREF
/* CPython's PyWeakReference. */
typedef struct WeakRefObject {
    Object base;
    Object *object;             /* wr_object: the referent, NOT counted; None
                                 * once dead (the reference is "cleared") */
    Object *callback;           /* wr_callback: called with the reference when
                                 * the referent dies, or NULL */
    int64_t hash;               /* the referent's hash, -1 until asked for */
    struct WeakRefObject *prev; /* wr_prev, wr_next: the referent's list */
    struct WeakRefObject *next;
} WeakRefObject;

/* weakref.ref (ReferenceType), weakref.ProxyType and CallableProxyType. */
extern Type weakref_type, proxy_type, callable_proxy_type;

/* PyWeakref_Check: a ref (or a subclass of ref) or a proxy. */
static inline bool is_weakref(Object *op)
{
    return (op->type->flags & TYPE_WEAKREF) != 0;
}

bool is_proxy(Object *op);

/* The head of op's list of weak references, or NULL when op's type cannot
 * be weakly referenced (CPython's _PyObject_GET_WEAKREFS_LISTPTR). Inline:
 * every deallocation and every garbage object asks. */
static inline Object **weakref_list_slot(Object *op)
{
    size_t offset = op->type->weaklist_offset;
    if (offset == 0)
        return NULL;
    return (Object **)((char *)op + offset);
}

/* weakref.ref(op, callback): the shared callback-less ref when there is
 * one and callback is NULL or None; TypeError "cannot create weak
 * reference to 'list' object" when op's type has no list. New ref. */
Object *weakref_new(Object *op, Object *callback);
/* The same for a subtype of ref (its struct starts with WeakRefObject,
 * the rest zeroed); never shared. */
Object *weakref_new_subtype(Type *type, size_t size, Object *op, Object *callback);
/* weakref.proxy(op, callback). */
Object *weakref_proxy_new(Object *op, Object *callback);

/* The referent (borrowed), or None when it has died. */
static inline Object *weakref_get(Object *ref)
{
    return ((WeakRefObject *)ref)->object;
}

/* Unlink `ref` from its referent's list and make it dead; its callback
 * stays (CPython's _PyWeakref_ClearRef, for the collector). */
void weakref_clear_ref(WeakRefObject *ref);

/* op is being freed: make every weak reference to it dead, then call
 * their callbacks, each with its reference (PyObject_ClearWeakRefs).
 * Exceptions in a callback are reported and ignored. */
void weakref_clear_all(Object *op);

/* weakref.getweakrefcount and getweakrefs (a new list, in list order). */
intptr_t weakref_count(Object *op);
Object *weakref_list(Object *op);

/* The slots of weakref.ref, for its subtypes (KeyedRef, WeakMethod). */
Object *weakref_repr(Object *self);
Object *weakref_call(Object *callable, Object **args, size_t nargs, Object *kwnames);
int64_t weakref_hash(Object *self);
Object *weakref_compare(Object *left, Object *right, CompareOp op);
int weakref_traverse(Object *self, VisitProc visit, void *arg);
Object *weakref_getattr(Object *self, Object *name);

/* Forget weak references held by static objects (the built-in types)
 * when the heap is freed at exit. */
void weakref_forget_static(void);
#endif

#endif
