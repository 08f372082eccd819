/* gc.c: the cycle collector (CPython 3.11's Modules/gcmodule.c, the part
 * below the Python-facing functions, which live in gcmodule.c).
 *
 * The story, chapter by chapter:
 *   6  every GC-aware object is on a list; allocations are counted and a
 *      count past the threshold starts a collection inside the allocation;
 *      a collection does its bookkeeping but cannot find garbage yet;
 *   7  three generations: survivors move to the next older one, and the
 *      oldest is collected only when enough has piled up in it;
 *   8  a collection finds isolated cycles (gc_refs, then a marking pass
 *      with an explicit stack), runs their finalizers and breaks them;
 *   9  the marking pass becomes CPython's one-pass move_unreachable, and
 *      the debugging flags arrive.
 * Nothing here recurses over the object graph: every walk is a loop over
 * a list, so a collection needs no C stack proportional to the heap.
 */
#include "gc.h"
#include "gc_list.h"
#if CHAPTER >= CH_GC_REFS
#include "gc_debug.h"
#endif
#if CHAPTER >= CH_LEAKS
#include "gc_legacy.h"
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "int.h"
#include "list.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "weakref.h"

#if CHAPTER >= CH_THRESHOLDS

#define GC (&runtime.gc)
#define GEN_HEAD(n) (&runtime.gc.generations[n].head)

intptr_t gc_list_size(GCHead *list)
{
    intptr_t n = 0;
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g))
        n++;
    return n;
}

/* ---- set-up, tracking ---------------------------------------------------- */

void gc_init(void)
{
    static const int thresholds[NUM_GENERATIONS] = {700, 10, 10};
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        gc_list_init(GEN_HEAD(i));
        GC->generations[i].threshold = thresholds[i];
        GC->generations[i].count = 0;
    }
    gc_list_init(&GC->permanent);
    GC->enabled = true;
    GC->stress = getenv("MINIPY_GC_STRESS") != NULL && getenv("MINIPY_GC_STRESS")[0] == '1';
}

void gc_forget_all(void)
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        gc_list_init(GEN_HEAD(i));
    gc_list_init(&GC->permanent);
    GC->callbacks = NULL;
#if CHAPTER >= CH_CYCLES
    GC->garbage = NULL;
#endif
}

bool gc_is_tracked(Object *op)
{
    return object_is_gc(op) && GC_HEAD(op)->next != 0;
}

void gc_track(Object *op)
{
    GCHead *g = GC_HEAD(op);
    if (g->next == 0)
        gc_list_append(g, GEN_HEAD(0));
}

void gc_untrack(Object *op)
{
    GCHead *g = GC_HEAD(op);
    if (g->next == 0)
        return;
    gc_list_remove(g);
    g->prev &= GC_PREV_FINALIZED;   /* only the finalized flag survives */
}

bool gc_is_finalized(Object *op)
{
    return object_is_gc(op) && (GC_HEAD(op)->prev & GC_PREV_FINALIZED) != 0;
}

void gc_set_finalized(Object *op)
{
    GC_HEAD(op)->prev |= GC_PREV_FINALIZED;
}

/* ---- objects that need not be tracked ------------------------------------ */

bool gc_may_be_tracked(Object *op)
{
    if (!object_is_gc(op))
        return false;
    /* A tuple of atoms is left alone by the collector once it knows. */
    if (op->type == &tuple_type)
        return gc_is_tracked(op);
    return true;
}

#if CHAPTER >= CH_GENERATIONS
/* What the collector learns of the objects that stay in the generation it
 * collects, on the first look of a collection. */
typedef struct Survivors {
    intptr_t count;             /* left in the generation */
    intptr_t dicts;             /* of which dicts (untrack_dicts' work) */
} Survivors;

/* Take off the lists every object of `type` in `list` that holds only
 * atoms, asking `maybe_untrack` about each, and return how many objects
 * stay on `list`. Counting here saves the collector a walk of its own
 * (CPython walks the survivors once more, in gc_list_size, for the
 * long-lived counts): every walk of a big generation costs a pass over
 * memory. */
static intptr_t untrack_atoms(GCHead *list, Type *type, void (*maybe_untrack)(Object *))
{
    intptr_t kept = 0;
    GCHead *next;
    for (GCHead *g = gc_next(list); g != list; g = next) {
        next = gc_next(g);
        Object *op = GC_OBJECT(g);
        if (op->type == type) {
            maybe_untrack(op);
            if (!gc_is_tracked(op))
                continue;
        }
        kept++;
    }
    return kept;
}

#if CHAPTER < CH_CYCLES
/* A tuple holding nothing the collector cares about can never be part of
 * a cycle, and it can never change: take it off the lists for good
 * (CPython's untrack_tuples, run on every collection). From chapter 8 on,
 * the search for cycles does it as it goes (stays_tracked). */
static intptr_t untrack_tuples(GCHead *list)
{
    return untrack_atoms(list, &tuple_type, tuple_maybe_untrack);
}
#endif

/* The same for dicts, but only in full collections: a dict can gain a
 * container later (and is tracked again then), so untracking it often
 * would make building up a dict of atoms quadratic (bpo-14775). It runs
 * after untrack_tuples, as in CPython: a dict whose values are tuples just
 * untracked is untracked too. */
static intptr_t untrack_dicts(GCHead *list)
{
    return untrack_atoms(list, &dict_type, dict_maybe_untrack);
}
#endif

/* ---- the collection ------------------------------------------------------ */

typedef struct CollectResult {
    intptr_t collected;         /* unreachable objects freed */
    intptr_t uncollectable;     /* unreachable objects that could not be */
} CollectResult;

#if CHAPTER >= CH_CYCLES
/* Step 1 (CPython's update_refs): gc_refs starts as the reference count,
 * and every object of the generation is marked as being collected. */
static void update_refs(GCHead *young)
{
    for (GCHead *g = gc_next(young); g != young; g = gc_next(g)) {
        g->prev = (g->prev & GC_PREV_FINALIZED) | GC_PREV_COLLECTING;
        gc_set_refs(g, GC_OBJECT(g)->refcount);
    }
}

/* Step 2 (subtract_refs): every reference from one object of the
 * generation to another is subtracted. What remains of gc_refs counts the
 * references from outside the generations being collected: from older
 * generations, from untracked objects, from C variables of the runtime. */
static int visit_decref(Object *op, void *arg)
{
    (void)arg;
    /* Untracked objects and those of other generations never have the
     * collecting flag. */
    if (object_is_gc(op) && gc_is_collecting(GC_HEAD(op)))
        gc_decref(GC_HEAD(op));
    return 0;
}

static void subtract_refs(GCHead *young)
{
    for (GCHead *g = gc_next(young); g != young; g = gc_next(g)) {
        Object *op = GC_OBJECT(g);
        if (op->type->traverse)
            op->type->traverse(op, visit_decref, NULL);
    }
}

/* Step 3 has just found `g` reachable. CPython's untrack_tuples walks the
 * survivors right after step 3 and takes the tuples of atoms off the
 * lists; done here, in the same order, it saves that walk over the whole
 * generation. Only on the first look of a collection (`kept` given): the
 * second look, after the finalizers, untracks nothing in CPython. Returns
 * false if `g` was untracked, and counts it in `kept` if it stays. */
static bool stays_tracked(GCHead *g, Survivors *kept)
{
    if (kept == NULL)
        return true;
    Object *op = GC_OBJECT(g);
    if (op->type == &dict_type) {
        kept->dicts++;
    } else if (op->type == &tuple_type && tuple_holds_only_atoms(op)) {
        g->next = 0;
        g->prev &= GC_PREV_FINALIZED;
        return false;
    }
    kept->count++;
    return true;
}

#if CHAPTER >= CH_GC_REFS
/* During move_unreachable the `next` word of an object moved to the
 * unreachable list carries this bit (CPython's NEXT_MASK_UNREACHABLE),
 * so that a later visit can tell "tentatively unreachable" from "not
 * scanned yet" without any memory beyond the two header words. */
#define GC_NEXT_UNREACHABLE ((uintptr_t)1)

/* Reached from an object known to be reachable. Three cases: the object
 * was moved to `unreachable` too early (it comes back to the end of
 * `young`, where the scan will reach it again); it was not scanned yet and
 * has gc_refs 0 (it gets 1: the scan will keep it); or nothing to do. */
static int visit_reachable(Object *op, void *arg)
{
    GCHead *young = arg;
    if (!object_is_gc(op))
        return 0;
    GCHead *g = GC_HEAD(op);
    if (!gc_is_collecting(g))
        return 0;     /* not in this collection, or already scanned */
    if (g->next & GC_NEXT_UNREACHABLE) {
        GCHead *prev = gc_prev(g);
        GCHead *next = (GCHead *)(g->next & ~GC_NEXT_UNREACHABLE);
        /* prev is on the unreachable list: its next keeps the bit. */
        prev->next = g->next;
        gc_set_prev(next, prev);
        gc_list_append(g, young);
        gc_set_refs(g, 1);
    } else if (gc_get_refs(g) == 0) {
        gc_set_refs(g, 1);
    }
    return 0;
}

/* Step 3, CPython's move_unreachable: one walk down `young`. An object
 * with gc_refs > 0 is reachable: its referents are visited (and made
 * reachable), its back link is restored and it stays. An object with
 * gc_refs 0 is *tentatively* unreachable: it moves to `unreachable`, and
 * comes back if a later object reaches it. No recursion, no extra memory:
 * the list being walked is the work list. */
static void move_unreachable(GCHead *young, GCHead *unreachable, Survivors *kept)
{
    Survivors counts = {0, 0};  /* a local, so that it can live in registers */
    Survivors *counting = kept ? &counts : NULL;
    GCHead *prev = young;
    GCHead *g = gc_next(young);
    while (g != young) {
        if (gc_get_refs(g)) {
            Object *op = GC_OBJECT(g);
            if (op->type->traverse)
                op->type->traverse(op, visit_reachable, young);
            uintptr_t next = g->next;
            if (stays_tracked(g, counting)) {
                gc_set_prev(g, prev);   /* gc_refs are no longer needed */
                gc_clear_collecting(g);
                prev = g;
            } else {
                prev->next = next;
            }
        } else {
            /* Singly linked while scanning: only prev's next changes. */
            prev->next = g->next;
            GCHead *last = gc_prev(unreachable);
            last->next = GC_NEXT_UNREACHABLE | (uintptr_t)g;
            gc_set_prev(g, last);
            g->next = GC_NEXT_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->prev = (uintptr_t)g;
        }
        g = (GCHead *)prev->next;
    }
    young->prev = (uintptr_t)prev;
    unreachable->next &= ~GC_NEXT_UNREACHABLE;
    if (kept)
        *kept = counts;
}

/* After move_unreachable the unreachable list is an ordinary list again
 * (CPython does this in move_legacy_finalizers; minipy has no legacy
 * tp_del finalizers to set aside). */
static void clear_unreachable_mask(GCHead *unreachable)
{
    for (GCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g))
        g->next &= ~GC_NEXT_UNREACHABLE;
}
#else
/* A growable stack of objects, taken from the choke point: the marking
 * pass keeps its work here instead of on the C stack. */
typedef struct ObjectStack {
    Object **items;
    size_t count, capacity;
} ObjectStack;

static void stack_push(ObjectStack *stack, Object *op)
{
    if (stack->count == stack->capacity) {
        size_t capacity = stack->capacity ? 2 * stack->capacity : 64;
        stack->items = mem_realloc(stack->items, stack->capacity * sizeof(Object *),
                                   capacity * sizeof(Object *));
        stack->capacity = capacity;
    }
    stack->items[stack->count++] = op;
}

static void stack_free(ObjectStack *stack)
{
    mem_free(stack->items, stack->capacity * sizeof(Object *));
}

/* A reachable object stops being "collecting": it is known to survive. */
static int visit_reachable(Object *op, void *arg)
{
    if (!object_is_gc(op) || !gc_is_collecting(GC_HEAD(op)))
        return 0;
    GCHead *g = GC_HEAD(op);
    gc_clear_collecting(g);
    stack_push(arg, op);
    return 0;
}

/* Step 3, chapter 8's version: every object whose gc_refs stayed above
 * zero is referenced from outside, so it survives, and so does everything
 * it reaches. Then one walk splits the list: what was never reached moves
 * to `unreachable` (its gc_refs is 0, so `prev` can hold a pointer again),
 * the rest stays in `young` with its back links restored. */
static void move_unreachable(GCHead *young, GCHead *unreachable, Survivors *kept)
{
    ObjectStack stack = {0};
    for (GCHead *g = gc_next(young); g != young; g = gc_next(g))
        if (gc_get_refs(g) > 0 && gc_is_collecting(g)) {
            gc_clear_collecting(g);
            stack_push(&stack, GC_OBJECT(g));
        }
    while (stack.count > 0) {
        Object *op = stack.items[--stack.count];
        if (op->type->traverse)
            op->type->traverse(op, visit_reachable, &stack);
    }
    stack_free(&stack);

    GCHead *last_kept = young;
    GCHead *g = gc_next(young);
    while (g != young) {
        GCHead *next = gc_next(g);
        if (gc_is_collecting(g)) {
            gc_list_append(g, unreachable);
        } else if (stays_tracked(g, kept)) {
            g->prev = (uintptr_t)last_kept | (g->prev & GC_PREV_FINALIZED);
            gc_set_next(last_kept, g);
            last_kept = g;
        }
        g = next;
    }
    gc_set_next(last_kept, young);
    gc_set_prev(young, last_kept);
}

#endif

/* CPython's deduce_unreachable: steps 1 to 3. Afterwards every object in
 * `unreachable` still has its collecting flag; those left in `base` not. */
static void deduce_unreachable(GCHead *base, GCHead *unreachable, Survivors *kept)
{
    update_refs(base);
#if CHAPTER >= CH_GC_REFS
    gc_show_step(1, base, NULL);
#endif
    subtract_refs(base);
#if CHAPTER >= CH_GC_REFS
    gc_show_step(2, base, NULL);
#endif
    gc_list_init(unreachable);
    move_unreachable(base, unreachable, kept);
#if CHAPTER >= CH_GC_REFS
    clear_unreachable_mask(unreachable);
    gc_show_step(3, base, unreachable);
#endif
}

static void clear_collecting(GCHead *list)
{
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g))
        gc_clear_collecting(g);
}

/* PEP 442: run each finalizer once. A finalizer may free other objects of
 * the list (or its own), so the walk holds no position across a call: the
 * objects looked at so far move aside to `seen` first, in one step, and
 * the walk goes on from the new head. Returns how many finalizers ran,
 * and in `looked_at` how many objects the walk saw: the size of the list
 * if no finalizer ran (CPython's finalize_garbage moves the objects aside
 * one by one, and counts them in another walk). */
static intptr_t finalize_garbage(GCHead *collectable, intptr_t *looked_at)
{
    GCHead seen;
    gc_list_init(&seen);
    intptr_t called = 0;
    *looked_at = 0;
    GCHead *g = gc_next(collectable);
    while (g != collectable) {
        Object *op = GC_OBJECT(g);
        ++*looked_at;
        if (!object_has_finalizer(op) || gc_is_finalized(op)) {
            g = gc_next(g);
            continue;
        }
        gc_list_move_prefix(collectable, g, &seen);
        incref(op);
        object_call_finalizer(op);
        decref(op);
        called++;
        g = gc_next(collectable);
    }
    /* seen, then the objects never moved: the order of the walk. */
    gc_list_merge(collectable, &seen);
    gc_list_merge(&seen, collectable);
    return called;
}

/* A finalizer may have stored an object somewhere (resurrected it): look
 * again, and put back what is reachable now (handle_resurrected_objects). */
static void handle_resurrected_objects(GCHead *unreachable, GCHead *still_unreachable,
                                       GCHead *old)
{
    clear_collecting(unreachable);
    deduce_unreachable(unreachable, still_unreachable, NULL);
    /* The objects left in still_unreachable keep their collecting flag:
     * they are about to go, and delete_garbage clears it on any that
     * survives (CPython skips this walk the same way). */
    gc_list_merge(unreachable, old);
}

/* Break the cycles: each object's clear slot drops its references, and
 * reference counting frees what that leaves unreferenced. An object still
 * first on the list afterwards is kept alive by something else: it goes
 * to the old generation (CPython's delete_garbage). */
static void delete_garbage(GCHead *collectable, GCHead *old)
{
    while (!gc_list_is_empty(collectable)) {
        GCHead *g = gc_next(collectable);
        Object *op = GC_OBJECT(g);
#if CHAPTER >= CH_GC_REFS
        if (GC->debug & GC_DEBUG_SAVEALL) {
            if (list_append(GC->garbage, op) < 0)
                error_clear();
        } else
#endif
        if (op->type->clear) {
            incref(op);
            op->type->clear(op);
            decref(op);
        }
        if (gc_next(collectable) == g) {
            /* Still alive (something else holds it): it moves on. */
            gc_clear_collecting(g);
            gc_list_move(g, old);
        }
    }
}

/* Steps 1 to 3: which objects of `young` nothing outside reaches. Only
 * this pass is shown by the teaching switches, not the second look after
 * the finalizers (handle_resurrected_objects). */
static void find_unreachable(GCHead *young, GCHead *unreachable, Survivors *kept)
{
#if CHAPTER >= CH_GC_REFS
    gc_show_begin(young);
#endif
    deduce_unreachable(young, unreachable, kept);
#if CHAPTER >= CH_GC_REFS
    gc_show_end();
#endif
}

#if CHAPTER >= CH_WEAKREF
/* CPython's handle_weakrefs. Every weak reference to a garbage object is
 * made dead before any finalizer or callback runs, so that no Python code
 * can reach the garbage through one. A callback is called only when its
 * weak reference is itself reachable: a reference that is garbage too goes
 * with the rest, and its callback could see objects already cleared.
 * Returns how many of those references their callbacks freed. */
static intptr_t handle_weakrefs(GCHead *unreachable, GCHead *old)
{
    GCHead to_call;
    gc_list_init(&to_call);
    for (GCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g)) {
        Object *op = GC_OBJECT(g);
        if (is_weakref(op))
            weakref_clear_ref((WeakRefObject *)op);
        Object **slot = weakref_list_slot(op);
        if (slot == NULL)
            continue;
        while (*slot != NULL) {
            WeakRefObject *ref = (WeakRefObject *)*slot;
            weakref_clear_ref(ref);             /* takes it off the list */
            if (ref->callback == NULL || ref->base.refcount == 0
                || gc_is_collecting(GC_HEAD(ref)))
                continue;
            incref((Object *)ref);
            gc_list_move(GC_HEAD(ref), &to_call);
        }
    }
    intptr_t freed = 0;
    Object *pending = gc_list_is_empty(&to_call) ? NULL : error_fetch();
    while (!gc_list_is_empty(&to_call)) {
        GCHead *g = gc_next(&to_call);
        Object *ref = GC_OBJECT(g);
        Object *callback = ((WeakRefObject *)ref)->callback;
        Object *result = object_call(callback, &ref, 1, NULL);
        if (result == NULL)
            error_write_unraisable(callback);
        else
            decref(result);
        decref(ref);
        if (gc_next(&to_call) == g)
            gc_list_move(g, old);               /* still alive */
        else
            freed++;
    }
    if (pending != NULL)
        error_restore(pending);
    return freed;
}
#endif

/* What happens to the unreachable objects, once the survivors have moved
 * on to `old` (where whatever a finalizer brings back to life goes too). */
static void collect_unreachable(GCHead *unreachable, GCHead *old, CollectResult *result)
{
    GCHead final_unreachable;
#if CHAPTER >= CH_LEAKS
    GCHead finalizers;          /* --legacy-del: Python 2's uncollectable */
    move_legacy_finalizers(unreachable, &finalizers);
#endif
#if CHAPTER >= CH_GC_REFS
    if (GC->debug & GC_DEBUG_COLLECTABLE) {
        fflush(stdout);
        debug_cycle("collectable", unreachable);
    }
#endif
#if CHAPTER >= CH_WEAKREF
    result->collected += handle_weakrefs(unreachable, old);
#endif
    intptr_t garbage;
    if (finalize_garbage(unreachable, &garbage) > 0) {
        handle_resurrected_objects(unreachable, &final_unreachable, old);
        garbage = gc_list_size(&final_unreachable);
    } else {
        /* No Python code ran that could reach the garbage (a weak
         * reference's callback reaches only what is reachable): nothing
         * was resurrected, and the second look is skipped. */
        gc_list_init(&final_unreachable);
        gc_list_merge(unreachable, &final_unreachable);
    }
    result->collected += garbage;
    delete_garbage(&final_unreachable, old);
#if CHAPTER >= CH_LEAKS
    result->uncollectable += handle_legacy_finalizers(&finalizers, old);
#endif
}
#endif /* CH_CYCLES */

/* CPython's gc_collect_main: collect `generation` and every younger one.
 * The counts and lists are updated first, so that what the finalizers
 * allocate is counted towards the next collection, and the survivors move
 * on before any finalizer runs, so that what a finalizer makes stays
 * young. */
static CollectResult collect_main(int generation)
{
    CollectResult result = {0, 0};
#if CHAPTER >= CH_GC_REFS
    double started = 0;
    if (GC->debug & GC_DEBUG_STATS) {
        started = debug_stats_start(generation);
    }
#endif
    if (generation + 1 < NUM_GENERATIONS)
        GC->generations[generation + 1].count += 1;
    for (int i = 0; i <= generation; i++)
        GC->generations[i].count = 0;
    for (int i = 0; i < generation; i++)
        gc_list_merge(GEN_HEAD(i), GEN_HEAD(generation));
    GCHead *young = GEN_HEAD(generation);
    GCHead *old = generation + 1 < NUM_GENERATIONS ? GEN_HEAD(generation + 1) : young;
#if CHAPTER >= CH_CYCLES
    GCHead unreachable;
    Survivors kept = {0, 0};
    find_unreachable(young, &unreachable, &kept);   /* untracks the tuples */
#elif CHAPTER >= CH_GENERATIONS
    Survivors kept = {untrack_tuples(young), 1};    /* dicts not counted */
#endif
#if CHAPTER >= CH_GENERATIONS
    /* The survivors grow older. */
    if (young != old) {
        if (generation == NUM_GENERATIONS - 2)
            GC->long_lived_pending += kept.count;
        gc_list_merge(young, old);
    } else {
        GC->long_lived_pending = 0;
        GC->long_lived_total = kept.dicts ? untrack_dicts(young) : kept.count;
    }
#else
    /* The survivors grow older (chapter 7 tells why). */
    if (young != old)
        gc_list_merge(young, old);
#endif
#if CHAPTER >= CH_CYCLES
    collect_unreachable(&unreachable, old, &result);
#endif
#if CHAPTER >= CH_GC_REFS
    if (GC->debug & GC_DEBUG_STATS)
        debug_stats_done(result.collected, result.uncollectable, started);
#endif
    /* A full collection also gives back what the free lists hold. */
    if (generation == NUM_GENERATIONS - 1)
        free_lists_clear();
    GenerationStats *stats = &GC->stats[generation];
    stats->collections++;
    stats->collected += result.collected;
    stats->uncollectable += result.uncollectable;
    return result;
}

Object *gc_info_dict(const char *const keys[3], const intptr_t values[3])
{
    Object *dict = dict_new();
    for (int i = 0; i < 3; i++) {
        Object *value = int_from_i64(values[i]);
        dict_set_item_cstr(dict, keys[i], value);
        decref(value);
    }
    return dict;
}

/* gc.callbacks: each is called with "start" or "stop" and a dict of
 * the generation and the results. Errors are reported, not raised. */
static void invoke_callbacks(const char *phase, int generation, CollectResult result)
{
    if (GC->callbacks == NULL || LIST_SIZE(GC->callbacks) == 0)
        return;
    static const char *const keys[3] = {"generation", "collected", "uncollectable"};
    const intptr_t values[3] = {generation, result.collected, result.uncollectable};
    Object *info = gc_info_dict(keys, values);
    Object *phase_str = str_from_cstr(phase);
    /* The live list, by index, as CPython does (no copy: a copy would be
     * a list allocation of its own, seen by gc.get_count); a callback
     * that changes gc.callbacks changes what runs next. */
    for (intptr_t i = 0; i < LIST_SIZE(GC->callbacks); i++) {
        Object *callback = incref(LIST_ITEMS(GC->callbacks)[i]);
        Object *args[2] = {phase_str, info};
        Object *r = object_call(callback, args, 2, NULL);
        if (r == NULL)
            error_write_unraisable(callback);
        else
            decref(r);
        decref(callback);
    }
    decref(phase_str);
    decref(info);
}

static CollectResult collect_with_callbacks(int generation)
{
    CollectResult none = {0, 0};
    invoke_callbacks("start", generation, none);
    CollectResult result = collect_main(generation);
    invoke_callbacks("stop", generation, result);
    return result;
}

/* The oldest generation whose count is past its threshold is collected,
 * with every younger one (CPython's gc_collect_generations). */
static void collect_generations(void)
{
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
        Generation *gen = &GC->generations[i];
        if (gen->count <= gen->threshold)
            continue;
#if CHAPTER >= CH_GENERATIONS
        /* A full collection only when the objects that survived a
         * generation-1 collection since the last full one make up a
         * quarter of those that survived it (bpo-4074). */
        if (i == NUM_GENERATIONS - 1 && GC->long_lived_pending < GC->long_lived_total / 4)
            continue;
#endif
        collect_with_callbacks(i);
        break;
    }
}

/* Stress mode (MINIPY_GC_STRESS=1, like clox's DEBUG_STRESS_GC): a full
 * collection at every allocation, invisible to the gc module (no counts,
 * statistics or callbacks), so that a program prints what it prints
 * without it, and any object that is freed too early is freed at once. */
static void stress_collect(void)
{
#if CHAPTER >= CH_CYCLES
    GCHead *young = GEN_HEAD(NUM_GENERATIONS - 1);
    for (int i = 0; i < NUM_GENERATIONS - 1; i++)
        gc_list_merge(GEN_HEAD(i), young);
    CollectResult ignored = {0, 0};
    GCHead unreachable;
    find_unreachable(young, &unreachable, NULL);
    collect_unreachable(&unreachable, young, &ignored);
#endif
}

void gc_note_allocation(void)
{
    Generation *young = &GC->generations[0];
    young->count++;
    if (GC->collecting || error_occurred())
        return;
    if (GC->stress) {
        GC->collecting = true;
        stress_collect();
        GC->collecting = false;
    }
    /* Strictly greater, and a threshold of 0 disables it. */
    if (young->count > young->threshold && GC->enabled && young->threshold) {
        GC->collecting = true;
        collect_generations();
        GC->collecting = false;
    }
}

void gc_note_deallocation(void)
{
    if (GC->generations[0].count > 0)
        GC->generations[0].count--;
}

#if CHAPTER >= CH_GENERATIONS
void gc_freeze(void)
{
    for (int i = 0; i < NUM_GENERATIONS; i++)
        gc_list_merge(GEN_HEAD(i), &GC->permanent);
    GC->generations[0].count = 0;
}

void gc_unfreeze(void)
{
    gc_list_merge(&GC->permanent, GEN_HEAD(NUM_GENERATIONS - 1));
}

int gc_append_objects(Object *list, GCHead *head)
{
    for (GCHead *g = gc_next(head); g != head; g = gc_next(g)) {
        Object *op = GC_OBJECT(g);
        if (op != list && list_append(list, op) < 0)
            return -1;
    }
    return 0;
}
#endif

#if CHAPTER >= CH_CYCLES
/* At exit, after the modules have let go (CPython's _PyGC_CollectNoFail):
 * a full collection without callbacks, so that the finalizers of objects
 * in cycles run while the runtime is still whole. */
void gc_collect_at_exit(void)
{
    if (GC->collecting)
        return;
#if CHAPTER >= CH_GC_REFS
    GC->dot_dir = NULL;     /* --gc-dot draws the program's last collection */
#endif
    GC->collecting = true;
    collect_main(NUM_GENERATIONS - 1);
    GC->collecting = false;
}
#endif

intptr_t gc_collect(int generation)
{
    if (GC->collecting)
        return 0;       /* already collecting: do nothing, as CPython */
    GC->collecting = true;
    CollectResult result = collect_with_callbacks(generation);
    GC->collecting = false;
    return result.collected + result.uncollectable;
}

#endif /* CH_THRESHOLDS */
