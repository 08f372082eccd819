/* object.c: the private heap, deallocation, and the generic operations
 * (CPython's Objects/object.c and Objects/abstract.c, trimmed).
 *
 * The generic operations are the only way the evaluator touches an object:
 * `a < b` becomes object_compare(a, b, CMP_LT), `a[i]` object_getitem. Each
 * looks up the slot in the object's type and, when the type has none, raises
 * the TypeError CPython 3.11 raises, word for word. The operators of numbers
 * (`a + b`, number_binary) are in number.c, the sequence, mapping,
 * iteration and call protocols in abstract.c.
 */
#include "object.h"

#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "runtime.h"
#include "stackguard.h"
#include "str.h"
#include "tuple.h"
#include "weakref.h"

/* ---- the private heap ---------------------------------------------------- */

#if CHAPTER < CH_POOLS
/* runtime.heap is the sentinel of a circular list; a zeroed runtime has
 * not been linked yet. */
static HeapLink *heap_head(void)
{
    HeapLink *head = &runtime.heap;
    if (head->next == NULL)
        head->next = head->prev = head;
    return head;
}

static void heap_link(HeapLink *link)
{
    HeapLink *head = heap_head();
    link->prev = head->prev;
    link->next = head;
    head->prev->next = link;
    head->prev = link;
    runtime.heap_count++;
}

static void heap_unlink(HeapLink *link)
{
    link->prev->next = link->next;
    link->next->prev = link->prev;
    link->prev = link->next = NULL;
    runtime.heap_count--;
}

#if CHAPTER >= CH_THRESHOLDS
/* The bytes in front of the HeapLink: the collector's header, if any. */
static size_t heap_prefix(HeapLink *link)
{
    return (link->size & HEAP_HAS_GC_HEAD) ? sizeof(GCHead) : 0;
}

size_t heap_object_size(HeapLink *link)
{
    return link->size & ~HEAP_HAS_GC_HEAD;
}
#else
static size_t heap_prefix(HeapLink *link)
{
    (void)link;
    return 0;
}

size_t heap_object_size(HeapLink *link)
{
    return link->size;
}
#endif

/* Give back the whole block of the object after `link`, header(s)
 * included, without looking at the object. */
static void heap_block_free(HeapLink *link)
{
    size_t prefix = heap_prefix(link);
    mem_free((char *)link - prefix, prefix + sizeof(HeapLink) + heap_object_size(link));
}
#else
/* From chapter 11 on, only the collector's header (if any) is in front of
 * the object. */
static size_t gc_prefix(Object *op)
{
    return object_is_gc(op) ? sizeof(GCHead) : 0;
}

inline size_t object_size(Object *op)
{
    Type *type = op->type;
    if (type == &int_type) {    /* its digits, at least one (0 has size 0) */
        intptr_t digits = ((VarObject *)op)->size;
        digits = digits < 0 ? -digits : digits;
        return INT_HEADER_SIZE + (size_t)(digits ? digits : 1) * sizeof(digit);
    }
    if (type == &str_type)      /* the characters and their closing NUL */
        return type->basic_size + (size_t)STR_SIZE(op) + 1;
    if (type == &type_type)     /* a class: its name follows the struct */
        return sizeof(Type) + strlen(((Type *)op)->name) + 1;
    size_t size = type->basic_size;
    if (type->item_size) {
        intptr_t items = ((VarObject *)op)->size;
        size += type->item_size * (size_t)(items < 0 ? -items : items);
    }
    return size;
}
#endif

/* Through the fallible door or not (see object_try_new). */
static void *object_block(size_t bytes, bool fallible)
{
    return fallible ? mem_try_alloc(bytes) : mem_alloc(bytes);
}

static Object *object_make(Type *type, size_t size, bool fallible)
{
#if CHAPTER >= CH_POOLS
    /* [ GCHead | object ] for a GC-aware object, else the object alone. */
    bool gc = type_is_gc(type);
    size_t prefix = gc ? sizeof(GCHead) : 0;
    char *block = object_block(prefix + size, fallible);
    if (block == NULL)
        return NULL;
    memset(block, 0, prefix + size);
    runtime.heap_count++;
    Object *op = (Object *)(block + prefix);
#elif CHAPTER >= CH_THRESHOLDS
    /* A GC-aware object gets the collector's header in front (gc.h). */
    bool gc = type_is_gc(type);
    size_t prefix = gc ? sizeof(GCHead) : 0;
    char *block = object_block(prefix + sizeof(HeapLink) + size, fallible);
    if (block == NULL)
        return NULL;
    memset(block, 0, prefix + sizeof(HeapLink) + size);
    HeapLink *link = (HeapLink *)(block + prefix);
    link->size = size | (gc ? HEAP_HAS_GC_HEAD : 0);
#else
    HeapLink *link = object_block(sizeof(HeapLink) + size, fallible);
    if (link == NULL)
        return NULL;
    memset(link, 0, sizeof(HeapLink) + size);
    link->size = size;
#endif
#if CHAPTER < CH_POOLS
    heap_link(link);
    Object *op = HEAP_OBJECT(link);
#endif

    op->refcount = 1;
    op->type = type;
    /* An instance keeps its class alive, as in CPython (heap types only:
     * static types are never freed). */
    if (type->flags & TYPE_HEAP)
        incref((Object *)type);
#if CHAPTER >= CH_THRESHOLDS
    /* Count it, perhaps collect (the new object is not on any list yet,
     * so the collection cannot see it), then track it. */
    if (gc) {
        gc_note_allocation();
        gc_track(op);
    }
#endif
    return op;
}

#if CHAPTER >= CH_POOLS
/* From chapter 11 on, an object of a static type that is not GC-aware
 * (an int, a float, a str) skips object_make's questions: no header in
 * front, no class to hold, nothing to count or track. */
static inline Object *plain_init(void *block, Type *type)
{
    Object *op = block;
    runtime.heap_count++;
    op->refcount = 1;
    op->type = type;
    return op;
}

Object *object_new_plain(Type *type, size_t size)
{
    return plain_init(mem_alloc(size), type);
}
#endif

Object *object_new(Type *type, size_t size)
{
#if CHAPTER >= CH_POOLS
    if (!(type->flags & (TYPE_HEAP | TYPE_CONTAINER)))
        return plain_init(memset(mem_alloc(size), 0, size), type);
#endif
    return object_make(type, size, false);
}

Object *object_try_new(Type *type, size_t size)
{
    Object *op = object_make(type, size, true);
    return op != NULL ? op : error_no_memory();
}

/* Grow or shrink an object that is not GC-aware and that only the caller
 * holds, from `old_size` to `new_size` bytes (CPython's resize_compact for
 * str). It may move: the new address comes back. */
Object *object_resize(Object *op, size_t old_size, size_t new_size)
{
#if CHAPTER >= CH_POOLS
    return mem_realloc(op, old_size, new_size);
#else
    HeapLink *link = mem_realloc(HEAP_LINK(op), sizeof(HeapLink) + old_size,
                                 sizeof(HeapLink) + new_size);
    link->size = new_size;
    link->prev->next = link;    /* the neighbours follow it if it moved */
    link->next->prev = link;
    return HEAP_OBJECT(link);
#endif
}

#if CHAPTER >= CH_POOLS
/* object_free when the caller knows whether op is GC-aware (the
 * deallocation path has just asked): the question is not asked twice. */
static inline void free_block(Object *op, bool gc)
{
    Type *type = op->type;
    size_t prefix = gc ? sizeof(GCHead) : 0;
    if (gc) {
        gc_untrack(op);
        gc_note_deallocation();
    }
    runtime.heap_count--;
    mem_free((char *)op - prefix, prefix + object_size(op));
    /* Last: dropping the class may free it, and the instance no longer
     * needs it. */
    if (type->flags & TYPE_HEAP)
        decref((Object *)type);
}
#endif

void object_free(Object *op)
{
#if CHAPTER >= CH_POOLS
    free_block(op, gc_prefix(op) != 0);
#else
    HeapLink *link = HEAP_LINK(op);
    Type *type = op->type;
#if CHAPTER >= CH_THRESHOLDS
    if (link->size & HEAP_HAS_GC_HEAD) {
        gc_untrack(op);
        gc_note_deallocation();
    }
#endif
    heap_unlink(link);
    heap_block_free(link);
    /* Last: dropping the class may free it, and the instance no longer
     * needs it. */
    if (type->flags & TYPE_HEAP)
        decref((Object *)type);
#endif
}

#if CHAPTER >= CH_REFCOUNT
/* One line per deallocation, for --trace-dealloc. Ints and strings show
 * their value (read straight from the struct: nothing may be allocated or
 * counted while an object is being destroyed). stdout is flushed first so
 * that the trace interleaves with the program's output as it happened. */
#if defined(__GNUC__)
__attribute__((noinline, cold))     /* off the path of every other death */
#endif
static void trace_dealloc(Object *op)
{
    FILE *out = runtime.trace_out ? runtime.trace_out : stderr;
    fflush(stdout);
    fprintf(out, "dealloc %s", op->type->name);
    if (op->type == &int_type)
        fprintf(out, " %lld", (long long)INT_VALUE(op));
    else if (op->type == &str_type && STR_SIZE(op) <= 20)
        fprintf(out, " '%s'", STR_DATA(op));
    fprintf(out, " at %p\n", (void *)op);
}
#endif

#if CHAPTER >= CH_THRESHOLDS
bool object_has_finalizer(Object *op)
{
    Type *type = op->type;
    if (type->finalize == NULL)
        return false;
    /* A class's finalize slot runs __del__: it counts only if there is
     * one (CPython gives a class the slot only then). The flag spares
     * the lookup to the classes that never had one; a __del__ deleted
     * since is caught by the lookup. */
    if (!(type->flags & TYPE_HEAP))
        return true;
    return (type->flags & TYPE_HAS_DEL) && type_lookup_id(type, &str_id_del) != NULL;
}

void object_call_finalizer(Object *op)
{
    bool gc = object_is_gc(op);
    if (gc && gc_is_finalized(op))
        return;
    op->type->finalize(op);
    if (gc)
        gc_set_finalized(op);
}

/* PyObject_CallFinalizerFromDealloc: the object is dead (count 0) but
 * intact. It lives again for the call, back on a list so that a
 * collection started by __del__ sees it; -1 if __del__ stored it
 * somewhere (resurrected: it stays alive, its finalizer never runs again). */
static int finalize_from_dealloc(Object *op, bool gc)
{
    op->refcount = 1;
    if (gc)
        gc_track(op);
    object_call_finalizer(op);
    if (--op->refcount != 0)
        return -1;
    if (gc)
        gc_untrack(op);
    return 0;
}

/* object_dealloc_default's teardown, inline on the deallocation path. */
static inline void default_teardown(Object *op)
{
    if (op->type->clear)
        op->type->clear(op);
    if (op->type->release)
        op->type->release(op);
}
#if CHAPTER >= CH_POOLS

/* Do the objects of `type` skip every step of object_destroy but the
 * last? An int or a float does: static type, not GC-aware, no finalizer,
 * no weak references, nothing to drop, free or keep. Asked once per type
 * (static types never change their slots; a class is never plain). */
static inline bool type_dies_plain(Type *type)
{
    if (!(type->flags & TYPE_PLAIN_KNOWN)) {
        bool plain = !(type->flags & (TYPE_HEAP | TYPE_CONTAINER))
            && type->finalize == NULL && type->weaklist_offset == 0
            && (type->dealloc == NULL || type->dealloc == object_dealloc_default)
            && type->clear == NULL && type->release == NULL && type->recycle == NULL;
        type->flags |= TYPE_PLAIN_KNOWN | (plain ? TYPE_DIES_PLAIN : 0);
    }
    return (type->flags & TYPE_DIES_PLAIN) != 0;
}
#endif

/* From chapter 6 on every object dies along this one path, in the order
 * of CPython's subtype_dealloc: off the collector's list, through the
 * trashcan, the finalizer (at most once, PEP 442), the weak references
 * (chapter 10), the type's own teardown (its dealloc slot: drop
 * references, free owned buffers), and last the memory itself. */
static inline void object_destroy(Object *op)
{
#if CHAPTER >= CH_POOLS
    bool gc = object_is_gc(op);
#else
    bool gc = (HEAP_LINK(op)->size & HEAP_HAS_GC_HEAD) != 0;
#endif
    if (gc) {
        gc_untrack(op);
        if (!trashcan_begin(op))
            return;
    }
    if (object_has_finalizer(op) && finalize_from_dealloc(op, gc) < 0) {
        if (gc)
            trashcan_end();
        return;
    }
#if CHAPTER >= CH_WEAKREF
    Object **weaklist = weakref_list_slot(op);
    if (weaklist != NULL && *weaklist != NULL)  /* weakly referenced */
        weakref_clear_all(op);
#endif
    if (op->type->dealloc)
        op->type->dealloc(op);
    else
        default_teardown(op);
#if CHAPTER >= CH_POOLS
    if (op->type->recycle == NULL || !op->type->recycle(op))
        free_block(op, gc);
#else
    if (op->type->recycle == NULL || !op->type->recycle(op))
        object_free(op);
#endif
    if (gc)
        trashcan_end();
}

void free_lists_clear(void)
{
    FreeLists *free = &runtime.free_lists;
    while (free->list_count > 0)
        object_free(free->lists[--free->list_count]);
    while (free->dict_count > 0)
        object_free(free->dicts[--free->dict_count]);
    for (int size = 1; size <= TUPLE_FREE_SIZES; size++) {
        while (free->tuples[size] != NULL) {
            Object *t = free->tuples[size];
            free->tuples[size] = TUPLE_ITEMS(t)[0];
            TUPLE_ITEMS(t)[0] = NULL;
            object_free(t);
        }
        free->tuple_count[size] = 0;
    }
}

Object *object_reuse(Object *op, bool track)
{
    op->refcount = 1;
    GC_HEAD(op)->prev = 0;          /* no flag survives a previous life */
    if (track)
        gc_track(op);
    return op;
}
#endif

/* The count of `op` reached zero (CPython's _Py_Dealloc). */
void object_dealloc(Object *op)
{
#if CHAPTER >= CH_THRESHOLDS
    if (runtime.trace_dealloc)
        trace_dealloc(op);
#if CHAPTER >= CH_POOLS
    if (type_dies_plain(op->type)) {    /* the memory only */
        runtime.heap_count--;           /* (a static type: no class to drop) */
        mem_free(op, object_size(op));
        return;
    }
#endif
    object_destroy(op);
#elif CHAPTER >= CH_REFCOUNT
    if (runtime.trace_dealloc)
        trace_dealloc(op);
    if (op->type->dealloc)
        op->type->dealloc(op);
    else
        object_dealloc_default(op);
#else
    /* Chapters 1-2 have no reference counting yet: every object stays in
     * the heap until heap_free_all at exit. */
    (void)op;
#endif
}

/* Chapters 3-5: clear, release, free. From chapter 6 on, object_destroy
 * frees, and this is only the default teardown: clear and release. */
void object_dealloc_default(Object *op)
{
#if CHAPTER >= CH_THRESHOLDS
    default_teardown(op);
#else
    if (op->type->clear)
        op->type->clear(op);
    if (op->type->release)
        op->type->release(op);
#endif
#if CHAPTER < CH_THRESHOLDS
    object_free(op);
#endif
}

size_t heap_object_count(void)
{
    return runtime.heap_count;
}

/* The runtime's caches point into the heap: forget them once it is gone. */
static void forget_caches(void)
{
#if CHAPTER >= CH_INTERNING
    memset(runtime.small_ints, 0, sizeof runtime.small_ints);
    runtime.interned = NULL;
#endif
    runtime.empty_str = NULL;
    memset(runtime.latin1, 0, sizeof runtime.latin1);
    runtime.empty_tuple = NULL;
    runtime.repr_active = NULL;
    runtime.memerror_count = 0;         /* error_no_memory's reserve */
    type_cache_clear();                 /* its names are gone */
#if CHAPTER >= CH_THRESHOLDS
    gc_forget_all();
    memset(&runtime.free_lists, 0, sizeof runtime.free_lists);
#endif
#if CHAPTER >= CH_WEAKREF
    weakref_forget_static();
#endif
}

#if CHAPTER >= CH_POOLS
/* Exit, from chapter 11 on: there is no list of objects to walk.
 * mem_finalize, which runs right after, gives back every block the
 * allocator ever handed out and still holds, objects and their buffers
 * alike; only the count and the caches are left to forget here. */
void heap_free_all(void)
{
    runtime.heap_count = 0;
    forget_caches();
}
#else
/* Exit: every object still alive goes, in two phases. Phase 1 lets each
 * type free the buffers its objects own, while every object (types
 * included) is still intact; phase 2 frees the blocks themselves without
 * looking at any object. No reference is dropped: a decref here could run
 * deallocs on memory already given back. Static objects are not in the
 * heap and stay. */
void heap_free_all(void)
{
    HeapLink *head = heap_head();
    for (HeapLink *link = head->next; link != head; link = link->next) {
        Object *op = HEAP_OBJECT(link);
        if (op->type->release)
            op->type->release(op);
    }
    HeapLink *link = head->next;
    while (link != head) {
        HeapLink *next = link->next;
        heap_block_free(link);
        link = next;
    }
    head->next = head->prev = head;
    runtime.heap_count = 0;
    forget_caches();
}
#endif

/* ---- the trashcan (chapter 5) -------------------------------------------- */

#if CHAPTER >= CH_DEL
/* How deep container deallocs may nest before being parked (CPython's
 * _PyTrash_UNWIND_LEVEL is 50 too). */
#define TRASH_LIMIT 50

#if CHAPTER >= CH_POOLS
/* A parked object is dead (count 0) but not yet destroyed. It is off the
 * collector's lists (object_destroy untracked it), so the `prev` word of
 * its GCHead is free to chain it on runtime.trash_delete_later, keeping
 * the flag bits, as CPython's _PyTrash_thread_deposit_object does. */
static void trash_park(Object *op)
{
    GCHead *head = GC_HEAD(op);
    head->prev = (uintptr_t)runtime.trash_delete_later | (head->prev & GC_PREV_FLAGS);
    runtime.trash_delete_later = op;
}

static Object *trash_unpark(Object *op)
{
    GCHead *head = GC_HEAD(op);
    Object *next = (Object *)(head->prev & ~GC_PREV_FLAGS);
    head->prev &= GC_PREV_FLAGS;
    return next;
}
#else
/* A parked object is dead (count 0) but not yet destroyed. It leaves the
 * heap list while parked, as CPython untracks it, and its HeapLink's
 * `next` chains it on runtime.trash_delete_later. */
static void trash_park(Object *op)
{
    HeapLink *link = HEAP_LINK(op);
    heap_unlink(link);
    link->next = (HeapLink *)runtime.trash_delete_later;
    runtime.trash_delete_later = op;
}

/* Back on the heap list; returns the next parked object. */
static Object *trash_unpark(Object *op)
{
    HeapLink *link = HEAP_LINK(op);
    Object *next = (Object *)link->next;
    heap_link(link);
    return next;
}
#endif

Object *trash_parked_next(Object *op)
{
#if CHAPTER >= CH_POOLS
    return (Object *)(GC_HEAD(op)->prev & ~GC_PREV_FLAGS);
#else
    return (Object *)HEAP_LINK(op)->next;
#endif
}

/* Destroy the parked objects; each dealloc may park more, and runs at
 * depth >= 1 so it never re-enters this loop (CPython's
 * _PyTrash_thread_destroy_chain). */
static void trash_destroy_chain(void)
{
    runtime.trash_depth++;
    while (runtime.trash_delete_later) {
        Object *op = runtime.trash_delete_later;
        runtime.trash_delete_later = trash_unpark(op);
#if CHAPTER >= CH_THRESHOLDS
        object_destroy(op);
#else
        op->type->dealloc(op);
#endif
    }
    runtime.trash_depth--;
}

void (*trash_park_hook)(Object *op);

bool trashcan_begin(Object *op)
{
    if (runtime.trash_depth >= TRASH_LIMIT) {
        trash_park(op);
        if (trash_park_hook)
            trash_park_hook(op);
        return false;
    }
    runtime.trash_depth++;
    return true;
}

void trashcan_end(void)
{
    runtime.trash_depth--;
    if (runtime.trash_delete_later && runtime.trash_depth <= 0)
        trash_destroy_chain();
}
#endif

/* ---- repr and str -------------------------------------------------------- */

int enter_recursive_call(const char *where)
{
    /* The C stack can end first: a sanitizer's frames, a small ulimit -s. */
    if (runtime.recursion_depth >= runtime.recursion_limit || stack_exhausted()) {
        error_format(&exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    runtime.recursion_depth++;
    return 0;
}

void leave_recursive_call(void)
{
    runtime.recursion_depth--;
}

static Object *check_str_result(Object *result, const char *method)
{
    if (result == NULL || is_str(result))
        return result;
    error_format(&exc_TypeError, "%s returned non-string (type %s)", method,
                 result->type->name);
    decref(result);
    return NULL;
}

Object *object_repr(Object *op)
{
    if (op->type->repr == NULL)
        return str_format("<%s object at %p>", op->type->name, (void *)op);
    if (enter_recursive_call(" while getting the repr of an object") < 0)
        return NULL;
    Object *result = op->type->repr(op);
    leave_recursive_call();
    return check_str_result(result, "__repr__");
}

Object *object_str(Object *op)
{
    if (op->type->str == NULL)
        return object_repr(op);
    return check_str_result(op->type->str(op), "__str__");
}

#if CHAPTER >= CH_CONTAINERS
/* The containers being printed are kept, in order, in runtime.repr_active
 * (CPython keeps its list in the thread state's dict). Returns 1 if `op`
 * is among them, else appends it and returns 0 (-1 if that fails). */
int repr_enter(Object *op)
{
    if (runtime.repr_active == NULL)
        runtime.repr_active = list_new(0);
    Object *active = runtime.repr_active;
    for (intptr_t i = LIST_SIZE(active) - 1; i >= 0; i--)
        if (LIST_ITEMS(active)[i] == op)
            return 1;
    return list_append(active, op);
}

/* Remove the last occurrence of op, compared by identity as CPython does. */
void repr_leave(Object *op)
{
    Object *active = runtime.repr_active;
    if (active == NULL)
        return;
    ListObject *list = (ListObject *)active;
    for (intptr_t i = list->base.size - 1; i >= 0; i--) {
        if (list->items[i] != op)
            continue;
        memmove(&list->items[i], &list->items[i + 1],
                (size_t)(list->base.size - i - 1) * sizeof(Object *));
        list->base.size--;
        decref(op);
        return;
    }
}
#endif

/* ---- hashing, comparison, truth ------------------------------------------ */

int64_t object_hash(Object *op)
{
    if (op->type->hash == NULL) {
        error_format(&exc_TypeError, "unhashable type: '%s'", op->type->name);
        return -1;
    }
    return op->type->hash(op);
}

static const CompareOp swapped_op[] = {
    [CMP_LT] = CMP_GT, [CMP_LE] = CMP_GE, [CMP_EQ] = CMP_EQ,
    [CMP_NE] = CMP_NE, [CMP_GT] = CMP_LT, [CMP_GE] = CMP_LE,
};

static const char *const compare_symbol[] = {
    [CMP_LT] = "<", [CMP_LE] = "<=", [CMP_EQ] = "==",
    [CMP_NE] = "!=", [CMP_GT] = ">", [CMP_GE] = ">=",
};

/* One slot call; NULL means "not implemented" (the slot said so or is
 * missing), *failed is set when it raised. */
static Object *try_compare(Object *a, Object *b, CompareOp op, bool *failed)
{
    if (a->type->compare == NULL)
        return NULL;
    Object *result = a->type->compare(a, b, op);
    if (result == NULL) {
        *failed = true;
        return NULL;
    }
    if (result == NotImplemented) {
        decref(result);
        return NULL;
    }
    return result;
}

/* CPython's do_richcompare: the right operand's reflected method goes
 * first when its type is a subclass of the left's; then the left's
 * method, then the reflected one; == and != fall back to identity. */
static Object *compare_unguarded(Object *a, Object *b, CompareOp op)
{
    bool failed = false;
    bool checked_reverse = false;
    Object *result;
    if (a->type != b->type && type_is_subtype(b->type, a->type) && b->type->compare) {
        checked_reverse = true;
        if ((result = try_compare(b, a, swapped_op[op], &failed)) || failed)
            return result;
    }
    if ((result = try_compare(a, b, op, &failed)) || failed)
        return result;
    if (!checked_reverse && ((result = try_compare(b, a, swapped_op[op], &failed)) || failed))
        return result;
    if (op == CMP_EQ)
        return bool_from(a == b);
    if (op == CMP_NE)
        return bool_from(a != b);
    return error_format(&exc_TypeError,
                        "'%s' not supported between instances of '%s' and '%s'",
                        compare_symbol[op], a->type->name, b->type->name);
}

/* Comparing containers compares their items, so a list that contains
 * itself would recurse forever: the shared limit stops it. */
Object *object_compare(Object *a, Object *b, CompareOp op)
{
    if (enter_recursive_call(" in comparison") < 0)
        return NULL;
    Object *result = compare_unguarded(a, b, op);
    leave_recursive_call();
    return result;
}

/* PyObject_RichCompareBool: identity implies equality, which is why
 * `nan in [nan]` holds although `nan == nan` does not. */
int object_compare_bool(Object *a, Object *b, CompareOp op)
{
    if (a == b && (op == CMP_EQ || op == CMP_NE))
        return op == CMP_EQ;
    Object *result = object_compare(a, b, op);
    if (result == NULL)
        return -1;
    int truth = result == True ? 1 : result == False ? 0 : object_is_true(result);
    decref(result);
    return truth;
}

int object_equal(Object *a, Object *b)
{
    return object_compare_bool(a, b, CMP_EQ);
}

int object_is_true(Object *op)
{
    if (op == True)
        return 1;
    if (op == False || op == None)
        return 0;
    if (op->type->is_true)
        return op->type->is_true(op);
    if (op->type->len) {
        intptr_t n = op->type->len(op);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- slots inherited (CPython's inherit_slots and PyType_Ready) ---------- */

/* Take every slot `type` does not define from `base`. */
void type_inherit_slots(Type *type, Type *base)
{
#define INHERIT(slot) if (type->slot == NULL) type->slot = base->slot
    INHERIT(traverse); INHERIT(clear); INHERIT(release);
    INHERIT(repr); INHERIT(str); INHERIT(hash); INHERIT(compare);
    INHERIT(is_true); INHERIT(len); INHERIT(getitem); INHERIT(setitem);
    INHERIT(contains); INHERIT(iter); INHERIT(iternext); INHERIT(call);
    INHERIT(getattr); INHERIT(setattr);
    INHERIT(add); INHERIT(sub); INHERIT(mul); INHERIT(truediv);
    INHERIT(floordiv); INHERIT(mod); INHERIT(neg); INHERIT(pos); INHERIT(absolute);
    INHERIT(pow); INHERIT(lshift); INHERIT(rshift); INHERIT(bit_and);
    INHERIT(bit_or); INHERIT(bit_xor); INHERIT(invert); INHERIT(inplace);
#undef INHERIT
}

/* A static type derived from another built-in type than object (bool
 * from int) leaves NULL the slots it shares with its parent and takes
 * them here, at start-up, as CPython's PyType_Ready does. object's slots
 * are not copied: a NULL slot there means the generic behaviour (no hash
 * is "unhashable", no compare is identity), which a type derived from
 * object keeps. */
void type_ready(Type *type)
{
    Type *parent = type->parent;
    if (parent == NULL || parent == &object_type || (type->flags & TYPE_READY))
        return;
    type_ready(parent);
    type_inherit_slots(type, parent);
    type->flags |= TYPE_READY;
}

/* ---- identity (object.__hash__ and object.__eq__) ------------------------- */

/* Objects without a value of their own hash and compare by identity, as
 * CPython's object does (_Py_HashPointer, object_richcompare). */
int64_t identity_hash(Object *self)
{
    uintptr_t address = (uintptr_t)self;
    /* The low bits of an address are always zero (alignment): rotate them
     * away, as CPython does. */
    int64_t hash = (int64_t)((address >> 4) | (address << (8 * sizeof(address) - 4)));
    return hash == -1 ? -2 : hash;
}

Object *identity_compare(Object *left, Object *right, CompareOp op)
{
    if (op == CMP_EQ)
        return bool_from(left == right);
    if (op == CMP_NE)
        return bool_from(left != right);
    return incref(NotImplemented);
}
