/* gc.h: the cycle collector's header, its lists and its entry points
 * (CPython's Include/internal/pycore_gc.h and the core of
 * Modules/gcmodule.c).
 *
 * From chapter 6 on, an object whose type can hold references (the
 * TYPE_CONTAINER flag, CPython's Py_TPFLAGS_HAVE_GC) carries a GCHead in
 * front of it, exactly as CPython 3.11 carries its 16-byte PyGC_Head:
 *
 *     [ GCHead | HeapLink | Object ... ]
 *                          ^ every Object * points here
 *
 * (From chapter 11 on there is no HeapLink: [ GCHead | Object ... ].)
 *
 * The two words of a GCHead thread the object on one of the collector's
 * lists (three generations and the permanent one). Like CPython since 3.8,
 * the header is only two words because the low bits of `prev` hold flags,
 * and during a collection the rest of `prev` holds the object's gc_refs
 * (the lists are then linked forward only).
 */
#ifndef MINIPY_GC_H
#define MINIPY_GC_H

#include <stdbool.h>
#include <stdint.h>

#include "chapters.h"
#include "object.h"

#if CHAPTER >= CH_THRESHOLDS

typedef struct GCHead {
    uintptr_t next;     /* the next GCHead on the list; 0: not tracked */
    uintptr_t prev;     /* the previous GCHead, and two flag bits below it */
} GCHead;

/* The two flags kept in the low bits of `prev` (GCHeads are 8-aligned,
 * so those bits of the pointer are always zero). */
#define GC_PREV_FINALIZED   ((uintptr_t)1)  /* __del__ has run (PEP 442) */
#define GC_PREV_COLLECTING  ((uintptr_t)2)  /* in the generation being collected */
#define GC_PREV_FLAGS       ((uintptr_t)3)
#define GC_REFS_SHIFT       2               /* gc_refs sit above the flags */

#if CHAPTER >= CH_POOLS
/* Where the header of a GC-aware object is: right in front of it, now
 * that there is no HeapLink (chapter 11), as in CPython. */
#define GC_HEAD(op) ((GCHead *)(op) - 1)
#define GC_OBJECT(head) ((Object *)((GCHead *)(head) + 1))
#else
/* Where the header of a GC-aware object is: in front of its HeapLink. */
#define GC_HEAD(op) ((GCHead *)HEAP_LINK(op) - 1)
#define GC_OBJECT(head) HEAP_OBJECT((GCHead *)(head) + 1)
#endif

/* Does `op` have a GCHead? Its type says so, except for type objects,
 * which are GC-aware only when made by a class statement: static types
 * have no header (CPython's tp_is_gc). */
static inline bool type_is_gc(Type *type)
{
    return (type->flags & TYPE_CONTAINER) != 0;
}

/* Inline: every visit of a collection asks it of every referent. */
static inline bool object_is_gc(Object *op)
{
    Type *type = op->type;
    return type_is_gc(type) && (type->is_gc == NULL || type->is_gc(op));
}

/* One generation: its list head, its threshold, and its count (for
 * generation 0, allocations minus deallocations of GC-aware objects since
 * the last collection; for the others, how many collections of the next
 * younger generation ran since this one was last collected). */
typedef struct Generation {
    GCHead head;
    int threshold;
    int count;
} Generation;

#define NUM_GENERATIONS 3

typedef struct GenerationStats {
    intptr_t collections;
    intptr_t collected;
    intptr_t uncollectable;
} GenerationStats;

/* The collector's state: a part of the one Runtime struct (runtime.h). */
typedef struct GCState {
    Generation generations[NUM_GENERATIONS];
    GCHead permanent;           /* gc.freeze() moves everything here */
    bool enabled;               /* gc.enable() / gc.disable() */
    bool collecting;            /* a collection is running: never nest one */
    bool stress;                /* collect at every allocation (testing) */
    GenerationStats stats[NUM_GENERATIONS];
    Object *callbacks;          /* gc.callbacks, a list */
#if CHAPTER >= CH_GENERATIONS
    intptr_t long_lived_total;   /* survivors of the last full collection */
    intptr_t long_lived_pending; /* survivors of generation 1 since then */
#endif
#if CHAPTER >= CH_CYCLES
    Object *garbage;            /* gc.garbage, a list */
#endif
#if CHAPTER >= CH_GC_REFS
    int debug;                  /* gc.set_debug() flags */
    bool trace;                 /* --gc-trace: each step of each collection on stderr */
    const char *dot_dir;        /* --gc-dot DIR: each step of the last collection
                                 * as DIR/step-N.dot */
    bool showing;               /* the steps being run are the ones to show */
    intptr_t collection_number; /* collections so far, to label the trace */
#endif
#if CHAPTER >= CH_LEAKS
    bool legacy_del;            /* --legacy-del: __del__ makes a cycle
                                 * uncollectable, as before Python 3.4 */
#endif
} GCState;

/* The gc.set_debug() flags, with CPython's values. */
#define GC_DEBUG_STATS          (1 << 0)
#define GC_DEBUG_COLLECTABLE    (1 << 1)
#define GC_DEBUG_UNCOLLECTABLE  (1 << 2)
#define GC_DEBUG_SAVEALL        (1 << 5)
#define GC_DEBUG_LEAK           (GC_DEBUG_COLLECTABLE | GC_DEBUG_UNCOLLECTABLE | GC_DEBUG_SAVEALL)

/* Set up the lists and thresholds (700, 10, 10); runtime_init calls it. */
void gc_init(void);

/* Exit: every object has been freed without the collector's help (the
 * lists now point at freed memory): forget them. */
void gc_forget_all(void);

/* Put `op` on generation 0 / take it off whatever list it is on. Only
 * for GC-aware objects; tracking twice or untracking twice is harmless. */
void gc_track(Object *op);
void gc_untrack(Object *op);
bool gc_is_tracked(Object *op);

/* The finalized flag of PEP 442 (gc.is_finalized). */
bool gc_is_finalized(Object *op);
void gc_set_finalized(Object *op);

/* object_new calls this when it has made a GC-aware object, before
 * tracking it: count the allocation and, past the threshold, collect
 * (CPython 3.11's _PyObject_GC_Link). object_free calls the other when
 * one goes (PyObject_GC_Del). */
void gc_note_allocation(void);
void gc_note_deallocation(void);

/* Collect `generation` (0..2) and every younger one: gc.collect(). The
 * result is the number of unreachable objects found (collected +
 * uncollectable), -1 on error. */
intptr_t gc_collect(int generation);

/* A dict of three ints named by `keys`: a callback's info, one
 * generation's gc.get_stats() entry. */
Object *gc_info_dict(const char *const keys[3], const intptr_t values[3]);

/* The number of objects on generation `generation`'s list. */
intptr_t gc_list_size(GCHead *head);

/* Could `op` be tracked, now or later (CPython's
 * _PyObject_GC_MAY_BE_TRACKED)? A container that holds one must be. */
bool gc_may_be_tracked(Object *op);

#if CHAPTER >= CH_GENERATIONS
/* gc.freeze(): every tracked object moves to the permanent generation,
 * which no collection looks at; gc.unfreeze() puts them back into the
 * oldest generation. */
void gc_freeze(void);
void gc_unfreeze(void);
/* Append every object of the list `head` to `list` (but `list` itself). */
int gc_append_objects(Object *list, GCHead *head);
#endif

#if CHAPTER >= CH_CYCLES
void gc_collect_at_exit(void);
#endif

/* The gc module (gcmodule.c). */
Object *gc_module_init(void);

#endif
#endif
