/* object.h: what every minipy object carries, and what every type provides.
 *
 * Like CPython's PyObject, an object starts with exactly two fields: how many
 * references point at it, and what type it is. Everything else (the digits of
 * an int, the slots of a list) follows in the concrete struct, which embeds
 * `Object` as its first member so that any object pointer can be viewed as an
 * `Object *`.
 *
 * Conventions (the same as CPython's C API, and the book explains them in
 * chapter 3):
 *   - a function returning `Object *` returns a NEW reference, or NULL with an
 *     exception set (see error.h), unless its comment says "borrowed";
 *   - arguments are BORROWED unless the comment says "steals";
 *   - `int` results: 0 success, -1 exception set; predicates return
 *     1 true, 0 false, -1 exception set.
 */
#ifndef MINIPY_OBJECT_H
#define MINIPY_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "chapters.h"

typedef struct Type Type;
typedef struct Object Object;

struct Object {
    intptr_t refcount;      /* CPython's ob_refcnt */
    Type *type;             /* CPython's ob_type */
};

/* Objects whose size varies (str, tuple) record how many items they hold. */
typedef struct VarObject {
    Object base;
    intptr_t size;          /* CPython's ob_size */
} VarObject;

/* ---- the private heap ----------------------------------------------------
 * Every object lives in minipy's private heap: object_new() places a small
 * HeapLink in front of the object and threads it on a doubly linked list in
 * the runtime, so the runtime can always enumerate, count and (at exit) free
 * every object it ever made. CPython keeps such a list only for containers
 * (PyGC_Head) and, in debug builds, for all objects (Py_TRACE_REFS).
 * From chapter 11 on the list is gone, as in CPython's release builds: the
 * allocator knows every block it handed out and gives them all back at
 * exit (memory.h), so 24 bytes per object would buy nothing. */
#if CHAPTER < CH_POOLS
typedef struct HeapLink {
    struct HeapLink *prev, *next;
    size_t size;            /* bytes of the object that follows */
} HeapLink;

#define HEAP_LINK(op) ((HeapLink *)(op) - 1)
#define HEAP_OBJECT(link) ((Object *)((HeapLink *)(link) + 1))

#if CHAPTER >= CH_THRESHOLDS
/* From chapter 6 on, a GC-aware object has the collector's header (gc.h)
 * in front of its HeapLink. The top bit of `size` records that, so that the
 * block can be given back without looking at the object or its type. */
#define HEAP_HAS_GC_HEAD ((size_t)1 << (sizeof(size_t) * 8 - 1))
#endif

/* The bytes of the object that follows `link` (its struct). */
size_t heap_object_size(HeapLink *link);
#else
/* The bytes of op's struct, as object_new allocated them: worked out from
 * its type, as CPython's tp_basicsize + ob_size * tp_itemsize, now that no
 * link records them. */
size_t object_size(Object *op);
#endif

/* ---- slots ------------------------------------------------------------- */

typedef enum CompareOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CompareOp;

/* Whether `a op b` holds, given a three-way result for a against b
 * (negative, 0, positive): CPython's Py_RETURN_RICHCOMPARE. */
static inline bool compare_holds(int cmp, CompareOp op)
{
    switch (op) {
    case CMP_LT: return cmp < 0;
    case CMP_LE: return cmp <= 0;
    case CMP_EQ: return cmp == 0;
    case CMP_NE: return cmp != 0;
    case CMP_GT: return cmp > 0;
    default:     return cmp >= 0;
    }
}

/* The same for two sizes (lists and tuples of which one is a prefix). */
static inline bool size_compare(intptr_t a, intptr_t b, CompareOp op)
{
    return compare_holds((a > b) - (a < b), op);
}

/* A traverse slot calls its visitor on each referent and stops at the first
 * non-zero result, which it returns (CPython's visitproc/traverseproc), so
 * that a search can end at its first hit. */
typedef int (*VisitProc)(Object *referent, void *arg);

typedef void (*DeallocFn)(Object *self);
typedef Object *(*UnaryFn)(Object *self);
typedef Object *(*BinaryFn)(Object *left, Object *right);
/* a op= b changing a itself: returns a (a new reference) or NotImplemented. */
typedef Object *(*InplaceFn)(Object *self, Object *other, int op);
typedef Object *(*CompareFn)(Object *left, Object *right, CompareOp op);
typedef int64_t (*HashFn)(Object *self);            /* -1 = error */
typedef intptr_t (*LenFn)(Object *self);            /* -1 = error */
typedef int (*BoolFn)(Object *self);                /* 1, 0, -1 */
typedef int (*ContainsFn)(Object *self, Object *value);
typedef int (*SetItemFn)(Object *self, Object *key, Object *value); /* value NULL = delete */
typedef Object *(*GetAttrFn)(Object *self, Object *name);
typedef int (*SetAttrFn)(Object *self, Object *name, Object *value); /* value NULL = delete */
typedef int (*TraverseFn)(Object *self, VisitProc visit, void *arg);  /* 0 or the visitor's result */
typedef void (*ClearFn)(Object *self);
typedef bool (*PredicateFn)(Object *self);
/* Calls: `args` holds nargs positional values then, when kwnames (a tuple of
 * str) is not NULL, one value per keyword name. All borrowed. */
typedef Object *(*CallFn)(Object *callable, Object **args, size_t nargs, Object *kwnames);
/* Calling a type object, e.g. list("ab"): CPython's tp_new + tp_init. */
typedef Object *(*ConstructFn)(Type *type, Object **args, size_t nargs, Object *kwnames);

/* A method of a built-in type, e.g. list.append. `self` is borrowed, as are
 * the arguments. */
typedef Object *(*MethodFn)(Object *self, Object **args, size_t nargs, Object *kwnames);
typedef struct MethodDef {
    const char *name;
    MethodFn fn;
} MethodDef;

/* region type-head */
struct Type {
    VarObject base;             /* types are objects too (type(int) is type) */
    const char *name;           /* "list", or the class name for classes */
    size_t basic_size;          /* bytes of a fixed-size instance */
    size_t item_size;           /* bytes per item for VarObjects, else 0 */
    Type *parent;               /* the base class (of several, the one that lays
                                 * instances out); NULL only for object */
    unsigned flags;

/* endregion */
    uint32_t version_tag;       /* classes: the type cache's tag (typecache.h),
                                 * 0 while none; in the padding after flags */
    /* life and death */
    DeallocFn dealloc;          /* drop references and free; see object_dealloc */
    TraverseFn traverse;        /* visit every object this one references */
    ClearFn clear;              /* drop every reference (tp_clear) */
    ClearFn release;            /* free owned buffers, touch no referent */
#if CHAPTER >= CH_THRESHOLDS
    ClearFn finalize;           /* run __del__ (PEP 442's tp_finalize), or NULL */
    PredicateFn is_gc;          /* NULL: the TYPE_CONTAINER flag decides */
    PredicateFn recycle;        /* keep a dead object on a free list instead
                                 * of freeing it (true when kept), or NULL */
#endif

    /* protocols */
    UnaryFn repr;
    UnaryFn str;                /* NULL: use repr */
    HashFn hash;                /* NULL: unhashable */
    CompareFn compare;          /* returns new ref or NotImplemented */
    BoolFn is_true;             /* NULL: use len, else true */
    LenFn len;
    BinaryFn getitem;
    SetItemFn setitem;
    ContainsFn contains;
    UnaryFn iter;
    UnaryFn iternext;           /* NULL without exception: exhausted */
    CallFn call;
    ConstructFn construct;      /* NULL: inherited from the parent */
    GetAttrFn getattr;          /* NULL: generic_getattr */
    SetAttrFn setattr;          /* NULL: generic_setattr */

    /* numbers */
    BinaryFn add, sub, mul, truediv, floordiv, mod;
    BinaryFn pow, lshift, rshift, bit_and, bit_or, bit_xor;  /* ** << >> & | ^ */
    UnaryFn neg, pos, absolute, invert;  /* -a, +a, abs(a), ~a */
    InplaceFn inplace;          /* a op= b in place (set |=, a class's __iadd__), or NULL */

    const MethodDef *methods;   /* built-in methods, NULL-terminated */
    Object *dict;               /* class attributes (a dict), or NULL */
#if CHAPTER >= CH_CYCLES
    Object *mro;                /* classes: __mro__, a tuple starting with the class */
    Object *bases;              /* classes: __bases__, a tuple */
#endif
#if CHAPTER >= CH_THRESHOLDS
    Object **shared_keys;       /* attribute names its instances have used, in
                                 * order (at most SHARED_KEYS_MAX), or NULL */
    int32_t shared_keys_count;
    bool shared_keys_mixed;     /* one of them is not interned (setattr) */
#endif
    /* classes: the classes derived from this one, NOT holding them
     * (CPython's tp_subclasses, a dict of weak references): a derived
     * class removes itself when it is freed. A special method set on
     * this class later reaches them through it (slots_update). */
    Type **subclasses;
    intptr_t subclass_count, subclass_capacity;
#if CHAPTER >= CH_WEAKREF
    size_t weaklist_offset;     /* where its instances head their list of weak
                                 * references (tp_weaklistoffset); 0: they
                                 * cannot be weakly referenced */
    Object *weaklist;           /* the weak references to this type itself */
#endif
};

/* Type flags. */
#define TYPE_HEAP        (1u << 0)  /* made by a class statement */
#define TYPE_BASETYPE    (1u << 1)  /* may be subclassed */
#define TYPE_CONTAINER   (1u << 2)  /* can hold references to other objects
                                     * (CPython's Py_TPFLAGS_HAVE_GC) */
#define TYPE_EXCEPTION   (1u << 3)  /* BaseException or a subclass */
#define TYPE_READY       (1u << 4)  /* type_ready has run on this static type */
#define TYPE_WEAKREF     (1u << 5)  /* a weak reference or proxy type, or one
                                     * derived from it: the collector asks
                                     * about every garbage object */
#define TYPE_HAS_DEL     (1u << 6)  /* a class that has, or once had, a
                                     * __del__ (slots.c sets it) */
#if CHAPTER >= CH_POOLS
#define TYPE_PLAIN_KNOWN (1u << 7)  /* object_dealloc has decided the next */
#define TYPE_DIES_PLAIN  (1u << 8)  /* its objects need no step of the
                                     * deallocation path but the freeing */
#endif

extern Type type_type, object_type;

/* The count the small ints start with in CPython 3.11
 * (_PyObject_IMMORTAL_INIT), so that no decref ever frees them. CPython's
 * None, True, False and static types start at an ordinary count instead;
 * minipy gives them this one too, so that a static object can never reach
 * the deallocator (appendix A, "Counts of shared objects"). */
#define IMMORTAL_REFCOUNT 999999999

/* The header of a static type object, like CPython's
 * PyVarObject_HEAD_INIT(&PyType_Type, 0). */
#define TYPE_HEAD_INIT { .base = { .refcount = IMMORTAL_REFCOUNT, .type = &type_type } }

/* Copy to `type` every slot it leaves NULL from `base` (classes, and
 * static types through type_ready). */
void type_inherit_slots(Type *type, Type *base);
/* Give a static type the slots of its parent it leaves NULL, as CPython's
 * PyType_Ready (run at start-up, runtime_init, for bool). */
void type_ready(Type *type);

/* ---- reference counting ------------------------------------------------ */

/* Called when a count reaches zero. Before chapter 3 nothing is freed until
 * exit; from chapter 3 on, this frees the object at once. */
void object_dealloc(Object *op);

static inline Object *incref(Object *op)
{
    op->refcount++;
    return op;
}

static inline void decref(Object *op)
{
    if (--op->refcount == 0)
        object_dealloc(op);
}

static inline void xincref(Object *op) { if (op) incref(op); }
static inline void xdecref(Object *op) { if (op) decref(op); }

/* Replace *slot by value (stealing value), dropping the old reference last,
 * so that a finalizer run by the drop sees a consistent slot. */
static inline void object_set_slot(Object **slot, Object *value)
{
    Object *old = *slot;
    *slot = value;
    xdecref(old);
}

#define CLEAR_SLOT(slot) object_set_slot((Object **)&(slot), NULL)

/* ---- creation and destruction ------------------------------------------ */

/* Allocate `size` bytes for an object of `type` through the choke point,
 * link it into the private heap, refcount 1, type set (and the type
 * increfed when it is a heap type). The rest is zeroed. */
Object *object_new(Type *type, size_t size);
/* The same for an object whose size comes from the program (a long str,
 * a big int): NULL with MemoryError set when the memory is refused. */
Object *object_try_new(Type *type, size_t size);
#if CHAPTER >= CH_POOLS
/* object_new for a static type that is not GC-aware, when the caller sets
 * every field the object has (an int's size and digits, a float's value):
 * the block is not zeroed first, as CPython's PyObject_Malloc and
 * _PyObject_Init zero nothing. */
Object *object_new_plain(Type *type, size_t size);
#endif

/* Unlink from the heap and give the memory back. Does not drop references;
 * a type's dealloc calls it last. */
void object_free(Object *op);
Object *object_resize(Object *op, size_t old_size, size_t new_size);

/* The default dealloc: clear, release, free (from chapter 6 on, only
 * clear and release: object_dealloc frees). */
void object_dealloc_default(Object *op);

#if CHAPTER >= CH_THRESHOLDS
/* Does op's type have a finalizer to run (a class with __del__)? */
bool object_has_finalizer(Object *op);
/* Run op's finalizer unless it already ran (PyObject_CallFinalizer). */
void object_call_finalizer(Object *op);
#endif

#if CHAPTER >= CH_THRESHOLDS
/* An object taken back from its type's free list: count 1 again, and on
 * the collector's young list when `track`. Unlike object_new it is not
 * counted as an allocation (gc.get_count), as in CPython. */
Object *object_reuse(Object *op, bool track);
/* Free every object waiting on a free list (a full collection does it,
 * as CPython's clear_freelists). */
void free_lists_clear(void);
#endif

/* The number of objects in the private heap. */
size_t heap_object_count(void);

/* Free every object still alive (interpreter exit). */
void heap_free_all(void);

/* ---- generic operations (CPython's abstract object layer) -------------- */

static inline bool object_is_type(Object *op, Type *type) { return op->type == type; }
bool type_is_subtype(Type *sub, Type *super);
static inline bool object_is_instance_of(Object *op, Type *type)
{
    return type_is_subtype(op->type, type);
}

Object *object_repr(Object *op);         /* always a str, or NULL */
Object *object_str(Object *op);
int64_t object_hash(Object *op);         /* -1 = error (TypeError: unhashable type) */
Object *object_compare(Object *a, Object *b, CompareOp op); /* never NotImplemented */
int object_compare_bool(Object *a, Object *b, CompareOp op);
int object_equal(Object *a, Object *b);   /* identity short cut, then == */
int object_is_true(Object *op);
intptr_t object_len(Object *op);
Object *object_getitem(Object *op, Object *key);
int object_setitem(Object *op, Object *key, Object *value);
int object_delitem(Object *op, Object *key);
int object_contains(Object *container, Object *value);  /* the `in` operator */
int iteration_contains(Object *container, Object *value);  /* its search of iter(container) */
Object *object_iter(Object *op);
Object *iter_next(Object *iter);        /* NULL and no exception: exhausted */
Object *object_iter_self(Object *self);  /* the iter slot of every iterator */
Object *object_getattr(Object *op, Object *name);
Object *object_getattr_cstr(Object *op, const char *name);
int object_setattr(Object *op, Object *name, Object *value);
int object_delattr(Object *op, Object *name);
int object_hasattr(Object *op, Object *name);
Object *object_call(Object *callable, Object **args, size_t nargs, Object *kwnames);
/* The number protocol (number.c). op: '+', '-', '*', '/', 'f' (//), '%',
 * 'p' (**), 'l' (<<), 'r' (>>), '&', '|', '^'. */
Object *number_binary(Object *a, Object *b, int op);
Object *number_inplace(Object *a, Object *b, int op);   /* a op= b */
Object *number_power(Object *base, Object *exp, Object *mod);  /* pow(); mod None: ** */
Object *number_negative(Object *op);
Object *number_invert(Object *op);

/* Attribute lookup used when a type leaves getattr/setattr NULL: instance
 * dict (if any), then the type and its parents, binding functions. */
Object *generic_getattr(Object *op, Object *name);
int generic_setattr(Object *op, Object *name, Object *value);
#if CHAPTER >= CH_THRESHOLDS
/* What one `o.name` of the program remembers of the last instance it
 * read or wrote (CPython 3.11's inline caches of LOAD_ATTR_INSTANCE_VALUE
 * and STORE_ATTR_INSTANCE_VALUE): the class's version tag (typecache.h)
 * and the slot of `name` in its instances' inline values (class.h); and
 * for `o.name(...)`, the function found on the class (LOAD_METHOD). */
typedef struct AttrCache {
    uint32_t version;       /* 0: nothing remembered */
    uint16_t index;         /* ATTR_NO_SLOT: `name` is not a shared key */
    uint16_t misses;        /* of `o.name(...)` since the cache was filled */
    Object *method;         /* borrowed from a class dict, or NULL */
} AttrCache;
#define ATTR_NO_SLOT UINT16_MAX
#endif
/* o.__class__ = value, between classes whose instances are laid out
 * alike (CPython's object_set_class and its TypeErrors; class.c). */
int object_set_class(Object *op, Object *value);

/* Look a name up in a type and its parents (borrowed, or NULL; no error),
 * through the type cache (typecache.c). type_lookup_cstr's name must be a
 * string literal: the cache keeps its address. */
Object *type_lookup(Type *type, Object *name);
Object *type_lookup_cstr(Type *type, const char *name);
/* The same for a name kept as a StrId (str.h), hashed once per process:
 * for the lookups made on every construction and deallocation. */
typedef struct StrId StrId;
Object *type_lookup_id(Type *type, StrId *name);

#if CHAPTER >= CH_CONTAINERS
/* CPython's Py_ReprEnter/Py_ReprLeave: repr_enter returns 1 when `op` is
 * already being repr'd further up the C stack (print "[...]"), 0 after
 * recording it, -1 on error. Call repr_leave only after a 0. */
int repr_enter(Object *op);
void repr_leave(Object *op);
#endif

#if CHAPTER >= CH_DEL
/* CPython's trashcan (Py_TRASHCAN_BEGIN/END): a container's dealloc starts
 * with `if (!trashcan_begin(op)) return;` and ends with trashcan_end().
 * Past a nesting depth, trashcan_begin parks the object and returns false;
 * the outermost trashcan_end destroys the parked objects, so freeing a
 * million nested lists never recurses a million C frames deep. */
bool trashcan_begin(Object *op);
void trashcan_end(void);
/* For the book's figure of the parked objects (layout.trashcan): a
 * function called just after each park when set, and the parked object
 * chained after `op` on runtime.trash_delete_later (or NULL). */
extern void (*trash_park_hook)(Object *op);
Object *trash_parked_next(Object *op);
#endif

/* Argument checks of built-in methods, with CPython 3.11's messages.
 * args_exact: n is 0 ("list.clear() takes no arguments (1 given)") or 1
 * ("list.append() takes exactly one argument (0 given)"); args_range is
 * Argument Clinic's "pop expected at most 1 argument, got 2"; args_no_kw:
 * "list.pop() takes no keyword arguments". All return 0 or -1. */
int args_exact(const char *qualname, size_t nargs, size_t n);
int args_range(const char *name, size_t nargs, size_t min, size_t max);
int args_no_kw(const char *qualname, Object *kwnames);

/* ---- the recursion limit ------------------------------------------------
 * Nested calls, reprs and comparisons share one depth counter, as CPython's
 * Py_EnterRecursiveCall does (sys.getrecursionlimit() is 1000), so that a
 * deep or self-referencing structure raises RecursionError instead of
 * overflowing the C stack. */
#define RECURSION_LIMIT 1000       /* at start-up; sys.setrecursionlimit changes it */

/* 0, or -1 with "RecursionError: maximum recursion depth exceeded<where>". */
int enter_recursive_call(const char *where);
void leave_recursive_call(void);

/* Visit helper for traverse slots (CPython's Py_VISIT): a visitor's
 * non-zero result ends the traverse, which returns it. */
#define VISIT(op)                                                   \
    do {                                                            \
        if (op) {                                                   \
            int visit_result = visit((Object *)(op), arg);          \
            if (visit_result)                                       \
                return visit_result;                                \
        }                                                           \
    } while (0)

#endif
