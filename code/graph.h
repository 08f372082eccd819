/* graph.h: the book's figures, drawn from the runtime's live objects.
 *
 * Writes Graphviz DOT of the objects reachable from some roots, following
 * each type's traverse slot, the way objgraph.show_refs draws CPython's
 * heap. Each node is labelled with the object's type and a short repr;
 * names (globals) can be drawn as their own boxes pointing at objects. */
#ifndef MINIPY_GRAPH_H
#define MINIPY_GRAPH_H

#include <stdio.h>

#include "object.h"

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

#endif
