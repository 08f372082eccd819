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

/* A box of named slots that is not itself an object, drawn on the left of
 * the objects its slots refer to: a running call's frame and its local
 * slots, or the trashcan's list of parked objects. */
typedef struct GraphSlots {
    const char *title;          /* first line of the box */
    const char *subtitle;       /* second line (smaller), or NULL */
    Object *namespace;          /* a dict whose visible names are the rows, */
    Object *const *names;       /* ... or `count` row names (str; NULL: the */
    Object *const *values;      /* ... row is numbered) and values (NULL: */
    size_t count;               /* ... an empty slot) */
} GraphSlots;

/* Draw `count` boxes of slots, one above the other, an arrow from each
 * filled slot to its object, and what those objects reference. With
 * `back_label`, box i + 1 also points at box i under that label (a frame
 * at its caller). The counts shown are the objects' own: nothing is
 * held while drawing. */
int graph_write_slots(FILE *out, const GraphSlots *boxes, size_t count,
                      const GraphOptions *options, const char *back_label);

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
