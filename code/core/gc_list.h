/* gc_list.h: the collector's lists (CPython's gc_list_* in
 * Modules/gcmodule.c), private to the collector's files: gc.c and, from
 * chapter 12, gc_legacy.c. Inline, because a collection calls them for
 * every object it looks at. */
#ifndef MINIPY_GC_LIST_H
#define MINIPY_GC_LIST_H

#include "gc.h"

#if CHAPTER >= CH_THRESHOLDS

/* ---- the header's two words ---------------------------------------------- */

static inline GCHead *gc_next(GCHead *g)
{
    return (GCHead *)g->next;
}

static inline GCHead *gc_prev(GCHead *g)
{
    return (GCHead *)(g->prev & ~GC_PREV_FLAGS);
}

static inline void gc_set_next(GCHead *g, GCHead *next)
{
    g->next = (uintptr_t)next;
}

/* Keeps the flag bits of `g`. */
static inline void gc_set_prev(GCHead *g, GCHead *prev)
{
    g->prev = (uintptr_t)prev | (g->prev & GC_PREV_FLAGS);
}

/* ---- lists (circular, doubly linked, with a sentinel head) --------------- */

static inline void gc_list_init(GCHead *list)
{
    list->next = list->prev = (uintptr_t)list;
}

static inline bool gc_list_is_empty(GCHead *list)
{
    return list->next == (uintptr_t)list;
}

static inline void gc_list_append(GCHead *node, GCHead *list)
{
    GCHead *last = gc_prev(list);
    gc_set_next(last, node);
    gc_set_prev(node, last);
    gc_set_next(node, list);
    gc_set_prev(list, node);
}

/* Take `node` off its list; its `next` becomes 0 (not tracked). */
static inline void gc_list_remove(GCHead *node)
{
    GCHead *prev = gc_prev(node);
    GCHead *next = gc_next(node);
    gc_set_next(prev, next);
    gc_set_prev(next, prev);
    node->next = 0;
}

#if CHAPTER >= CH_CYCLES
static inline void gc_list_move(GCHead *node, GCHead *list)
{
    gc_list_remove(node);
    gc_list_append(node, list);
}
#endif

/* Append every node of `from` to `to`; `from` is left empty. */
static inline void gc_list_merge(GCHead *from, GCHead *to)
{
    if (gc_list_is_empty(from))
        return;
    GCHead *to_tail = gc_prev(to);
    GCHead *from_head = gc_next(from);
    GCHead *from_tail = gc_prev(from);
    gc_set_next(to_tail, from_head);
    gc_set_prev(from_head, to_tail);
    gc_set_next(from_tail, to);
    gc_set_prev(to, from_tail);
    gc_list_init(from);
}


#if CHAPTER >= CH_CYCLES
/* Move the first nodes of `from`, up to and including `last`, to the end
 * of `to`, in one step whatever their number. */
static inline void gc_list_move_prefix(GCHead *from, GCHead *last, GCHead *to)
{
    GCHead *first = gc_next(from);
    GCHead *rest = gc_next(last);
    GCHead *to_tail = gc_prev(to);
    gc_set_next(to_tail, first);
    gc_set_prev(first, to_tail);
    gc_set_next(last, to);
    gc_set_prev(to, last);
    gc_set_next(from, rest);
    gc_set_prev(rest, from);
}
#endif

#if CHAPTER >= CH_CYCLES
/* During a collection gc_refs lives in `prev`, above the two flags; the
 * lists being scanned are then linked forward only. */
static inline intptr_t gc_get_refs(GCHead *g)
{
    return (intptr_t)(g->prev >> GC_REFS_SHIFT);
}

static inline void gc_set_refs(GCHead *g, intptr_t refs)
{
    g->prev = (g->prev & GC_PREV_FLAGS) | ((uintptr_t)refs << GC_REFS_SHIFT);
}

static inline void gc_decref(GCHead *g)
{
    g->prev -= (uintptr_t)1 << GC_REFS_SHIFT;
}
#endif

/* The collecting flag: set on every object of the generation being
 * collected, cleared as an object is found reachable. */
static inline bool gc_is_collecting(GCHead *g)
{
    return (g->prev & GC_PREV_COLLECTING) != 0;
}

static inline void gc_clear_collecting(GCHead *g)
{
    g->prev &= ~GC_PREV_COLLECTING;
}

#endif
#endif
