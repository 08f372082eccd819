/* gc_legacy.c: Python 2's uncollectable cycles (see gc_legacy.h); the
 * functions of CPython 3.11's Modules/gcmodule.c of the same names. */
#include "gc_legacy.h"

#if CHAPTER >= CH_LEAKS
#include <stdio.h>

#include "error.h"
#include "gc_list.h"
#include "list.h"
#include "runtime.h"

#define GC (&runtime.gc)

/* CPython's has_legacy_finalizer asks for tp_del; here, under the switch,
 * any __del__ that has not run yet. */
static bool has_legacy_finalizer(Object *op)
{
    return GC->legacy_del && object_has_finalizer(op) && !gc_is_finalized(op);
}

static int visit_move(Object *op, void *finalizers)
{
    if (!object_is_gc(op) || !gc_is_tracked(op))
        return 0;
    GCHead *g = GC_HEAD(op);
    if (gc_is_collecting(g)) {
        gc_list_move(g, finalizers);
        gc_clear_collecting(g);
    }
    return 0;
}

/* What a finalizer could reach must stay whole for it, so it is kept too
 * (move_legacy_finalizer_reachable): the list grows as it is walked. */
static void move_legacy_finalizer_reachable(GCHead *finalizers)
{
    for (GCHead *g = gc_next(finalizers); g != finalizers; g = gc_next(g)) {
        Object *op = GC_OBJECT(g);
        if (op->type->traverse)
            op->type->traverse(op, visit_move, finalizers);
    }
}

void move_legacy_finalizers(GCHead *unreachable, GCHead *finalizers)
{
    gc_list_init(finalizers);
    if (!GC->legacy_del)
        return;
    for (GCHead *g = gc_next(unreachable), *next; g != unreachable; g = next) {
        next = gc_next(g);
        if (has_legacy_finalizer(GC_OBJECT(g))) {
            gc_clear_collecting(g);
            gc_list_move(g, finalizers);
        }
    }
    move_legacy_finalizer_reachable(finalizers);
}

intptr_t handle_legacy_finalizers(GCHead *finalizers, GCHead *old)
{
    intptr_t count = 0;
    for (GCHead *g = gc_next(finalizers); g != finalizers; g = gc_next(g)) {
        Object *op = GC_OBJECT(g);
        count++;
        if (GC->debug & GC_DEBUG_UNCOLLECTABLE) {
            fflush(stdout);
            fprintf(stderr, "gc: uncollectable <%s %p>\n", op->type->name, (void *)op);
        }
        if (((GC->debug & GC_DEBUG_SAVEALL) || has_legacy_finalizer(op))
            && list_append(GC->garbage, op) < 0)
            error_clear();
    }
    gc_list_merge(finalizers, old);
    return count;
}
#endif
