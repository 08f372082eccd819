/* gc_debug.c: what a collection prints (see gc_debug.h). */
#define _POSIX_C_SOURCE 199309L     /* clock_gettime under -std=c11 */
#include "gc_debug.h"

#if CHAPTER >= CH_GC_REFS
#include <stdio.h>
#include <time.h>

#include "gc_list.h"
#include "graph.h"
#include "memory.h"
#include "runtime.h"
#include "str.h"

#define GC (&runtime.gc)
#define GEN_HEAD(n) (&runtime.gc.generations[n].head)

/* ---- gc.set_debug -------------------------------------------------------- */

/* gc.DEBUG_COLLECTABLE's line per object: "gc: collectable <list 0x...>". */
void debug_cycle(const char *what, GCHead *list)
{
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g)) {
        Object *op = GC_OBJECT(g);
        fprintf(stderr, "gc: %s <%s %p>\n", what, op->type->name, (void *)op);
    }
}

static double monotonic_seconds(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec * 1e-9;
}

/* gc.DEBUG_STATS: what CPython 3.11 prints when a collection starts. */
double debug_stats_start(int generation)
{
    fflush(stdout);
    fprintf(stderr, "gc: collecting generation %d...\n", generation);
    fprintf(stderr, "gc: objects in each generation:");
    for (int i = 0; i < NUM_GENERATIONS; i++)
        fprintf(stderr, " %zd", gc_list_size(GEN_HEAD(i)));
    fprintf(stderr, "\ngc: objects in permanent generation: %zd\n",
            gc_list_size(&GC->permanent));
    return monotonic_seconds();
}

void debug_stats_done(intptr_t collected, intptr_t uncollectable, double started)
{
    double elapsed = monotonic_seconds() - started;
    fprintf(stderr, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
            collected + uncollectable, uncollectable, elapsed);
}

/* ---- watching a collection (--gc-trace, --gc-dot) ------------------------ */

void gc_show_begin(GCHead *young)
{
    GC->collection_number++;
    GC->showing = GC->trace || GC->dot_dir;
    if (GC->trace) {
        intptr_t n = gc_list_size(young);
        fflush(stdout);
        fprintf(stderr, "gc[%ld] %ld object%s to examine\n", (long)GC->collection_number,
                (long)n, n == 1 ? "" : "s");
    }
}

void gc_show_end(void)
{
    GC->showing = false;
}

static const char *const step_names[] = {
    NULL, "update_refs", "subtract_refs", "move_unreachable",
};

static void trace_object(FILE *out, const GCStepNode *node)
{
    Object *name = graph_global_name(node->object);
    fprintf(out, "  %s at %p", node->object->type->name, (void *)node->object);
    if (name)
        fprintf(out, " (%s)", STR_DATA(name));
    if (node->gc_refs >= 0)
        fprintf(out, ": gc_refs %ld", (long)node->gc_refs);
    if (node->unreachable)
        fputs(": unreachable", out);
    fputc('\n', out);
}

static size_t add_step_nodes(GCStepNode *nodes, size_t n, GCHead *list, int step, bool lost)
{
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g))
        nodes[n++] = (GCStepNode){GC_OBJECT(g), step < 3 ? gc_get_refs(g) : -1, lost};
    return n;
}

static void write_step_dot(int step, const GCStepNode *nodes, size_t n)
{
    char path[4096], caption[64];
    snprintf(path, sizeof path, "%s/step-%d.dot", GC->dot_dir, step);
    FILE *out = fopen(path, "w");
    if (out == NULL) {
        fprintf(stderr, "minipy: --gc-dot: cannot write %s\n", path);
        return;
    }
    snprintf(caption, sizeof caption, "step %d: %s", step, step_names[step]);
    graph_write_gc_step(out, nodes, n, caption);
    fclose(out);
}

/* After step 1, 2 or 3 of the collection being shown: every object of the
 * generation with its gc_refs (steps 1-2) or where it ended (step 3). Runs
 * inside the collection, so it allocates through the choke point only. */
void gc_show_step(int step, GCHead *young, GCHead *unreachable)
{
    if (!GC->showing)
        return;
    size_t count = (size_t)gc_list_size(young) + (unreachable ? (size_t)gc_list_size(unreachable) : 0);
    GCStepNode *nodes = mem_alloc((count ? count : 1) * sizeof(GCStepNode));
    size_t n = add_step_nodes(nodes, 0, young, step, false);
    if (unreachable)
        n = add_step_nodes(nodes, n, unreachable, step, true);
    if (GC->trace) {
        fflush(stdout);
        fprintf(stderr, "gc[%ld] step %d, %s:\n", (long)GC->collection_number, step,
                step_names[step]);
        for (size_t i = 0; i < n; i++)
            trace_object(stderr, &nodes[i]);
    }
    if (GC->dot_dir)
        write_step_dot(step, nodes, n);
    mem_free(nodes, (count ? count : 1) * sizeof(GCStepNode));
}
#endif
