/* backrefs.c: the heap turned around (see backrefs.h). */
#include "backrefs.h"

#if CHAPTER >= CH_LEAKS
#include <stdlib.h>

#include "dict.h"
#include "gc.h"
#include "list.h"
#include "memory.h"
#include "module.h"
#include "runtime.h"

typedef struct EdgeCollector {
    BackrefIndex *index;
    Object *referrer;
    size_t order;
} EdgeCollector;

static int add_edge(Object *referent, void *arg)
{
    EdgeCollector *collector = arg;
    BackrefIndex *index = collector->index;
    if (index->edge_count == index->edge_capacity) {
        size_t capacity = index->edge_capacity ? 2 * index->edge_capacity : 1024;
        index->edges = mem_realloc(index->edges, index->edge_capacity * sizeof(BackrefEdge),
                                   capacity * sizeof(BackrefEdge));
        index->edge_capacity = capacity;
    }
    index->edges[index->edge_count++] =
        (BackrefEdge){referent, collector->referrer, collector->order};
    return 0;
}

static int compare_edges(const void *a, const void *b)
{
    const BackrefEdge *x = a, *y = b;
    if (x->referent != y->referent)
        return (uintptr_t)x->referent < (uintptr_t)y->referent ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

static bool is_ignored(Object *op, Object *const *ignored, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (ignored[i] == op)
            return true;
    return false;
}

int backrefs_build(BackrefIndex *index, Object *const *ignored, size_t ignored_count)
{
    *index = (BackrefIndex){list_new(0), NULL, 0, 0};
    for (int i = 0; i < NUM_GENERATIONS; i++)
        if (gc_append_objects(index->objects, &runtime.gc.generations[i].head) < 0) {
            backrefs_free(index);
            return -1;
        }
    for (intptr_t i = 0; i < LIST_SIZE(index->objects); i++) {
        Object *op = LIST_ITEMS(index->objects)[i];
        if (op->type->traverse == NULL || is_ignored(op, ignored, ignored_count))
            continue;
        EdgeCollector collector = {index, op, (size_t)i};
        op->type->traverse(op, add_edge, &collector);
    }
    if (index->edge_count)
        qsort(index->edges, index->edge_count, sizeof(BackrefEdge), compare_edges);
    return 0;
}

void backrefs_free(BackrefIndex *index)
{
    mem_free(index->edges, index->edge_capacity * sizeof(BackrefEdge));
    xdecref(index->objects);
    *index = (BackrefIndex){NULL, NULL, 0, 0};
}

size_t backrefs_of(const BackrefIndex *index, Object *op, const BackrefEdge **first)
{
    size_t low = 0, high = index->edge_count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if ((uintptr_t)index->edges[middle].referent < (uintptr_t)op)
            low = middle + 1;
        else
            high = middle;
    }
    size_t end = low;
    while (end < index->edge_count && index->edges[end].referent == op)
        end++;
    *first = index->edges + low;
    return end - low;
}

Object *backrefs_module_of_dict(Object *dict)
{
    if (runtime.modules == NULL || !is_dict(dict))
        return NULL;
    intptr_t pos = 0;
    Object *name, *module;
    while (dict_next(runtime.modules, &pos, &name, &module))
        if (module->type == &module_type && MODULE_DICT(module) == dict)
            return module;
    return NULL;
}
#endif
