/* graph.h: the book's figures, drawn from the runtime's live objects.
 *
 * Writes Graphviz DOT of the objects reachable from some roots, following
 * each type's traverse slot, the way objgraph.show_refs draws CPython's
 * heap. Each node is labelled with the object's type and a short repr;
 * names (globals) can be drawn as their own boxes pointing at objects. */
#ifndef MINIPY_GRAPH_H
#define MINIPY_GRAPH_H

#include <stdio.h>

#include "chapters.h"
#include "object.h"
#if CHAPTER >= CH_LEAKS
#include "backrefs.h"
#endif

typedef struct GraphOptions {
    int max_depth;          /* how far to follow references (e.g. 3) */
    bool show_refcounts;    /* print each object's reference count */
    bool show_names;        /* draw the dict's keys as name boxes (globals) */
} GraphOptions;

/* Draw the objects reachable from `roots` (a list). */
int graph_write_dot(FILE *out, Object *roots, const GraphOptions *options);
/* Draw a namespace: each user-visible name of the dict `globals` (skipping
 * dunder names and modules) as a box with an arrow to its object, and what
 * those objects reference. */
int graph_write_namespace(FILE *out, Object *globals, const GraphOptions *options);

#if CHAPTER >= CH_GC_REFS
/* One object of a collection step (chapter 9's --gc-dot figures). */
typedef struct GCStepNode {
    Object *object;         /* borrowed: on the collector's lists */
    intptr_t gc_refs;       /* its gc_refs at this step, or -1: not shown */
    bool unreachable;       /* in the unreachable list */
} GCStepNode;

/* Draw the objects of one step of a collection, the references among
 * them and, for each, the global name of __main__ that refers to it. It
 * runs inside a collection: it allocates no object and runs no Python
 * code (no repr). */
int graph_write_gc_step(FILE *out, const GCStepNode *nodes, size_t count,
                        const char *caption);

/* The name of __main__ that refers to op (borrowed str), or NULL. */
Object *graph_global_name(Object *op);
#endif


#if CHAPTER >= CH_LEAKS
/* objgraph.show_backrefs: `roots` (a list) and what refers to them, up to
 * max_depth steps back, a module drawn as the end of a chain. */
int graph_write_backrefs(FILE *out, Object *roots, const GraphOptions *options,
                         const BackrefIndex *index);
#endif

#endif
