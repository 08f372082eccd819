/* backrefs.h: who refers to what (chapter 12).
 *
 * The collector's traverse slots answer "what does this object refer
 * to?". Hunting a leak asks the opposite: "what refers to this object?",
 * which CPython answers with gc.get_referrers, a walk over every tracked
 * object per question. objgraph asks it again and again while it follows
 * a chain back to a module, so the book's objgraph turns the whole heap
 * around once: every reference from one tracked object to another,
 * sorted by the object referred to.
 */
#ifndef MINIPY_BACKREFS_H
#define MINIPY_BACKREFS_H

#include <stddef.h>

#include "chapters.h"
#include "object.h"

#if CHAPTER >= CH_LEAKS

typedef struct BackrefEdge {
    Object *referent;
    Object *referrer;
    size_t order;           /* the referrer's place in gc.get_objects(): ties
                             * keep that order, so figures are repeatable */
} BackrefEdge;

typedef struct BackrefIndex {
    Object *objects;        /* list: every tracked object, kept alive while
                             * the index is in use */
    BackrefEdge *edges;     /* sorted by referent, then order */
    size_t edge_count, edge_capacity;
} BackrefIndex;

/* Index every reference held by a tracked object, but none held by the
 * `ignored` objects (the caller's own temporaries; may be NULL). */
int backrefs_build(BackrefIndex *index, Object *const *ignored, size_t ignored_count);
void backrefs_free(BackrefIndex *index);

/* The referrers of `op`: *first is set to its first edge; returns how many. */
size_t backrefs_of(const BackrefIndex *index, Object *op, const BackrefEdge **first);

/* The module whose namespace `dict` is (borrowed), or NULL. */
Object *backrefs_module_of_dict(Object *dict);

#endif
#endif
