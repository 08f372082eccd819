/* objgraph.c: the book's own small objgraph module (chapter 4).
 *
 * The seed articles draw reference graphs with the third-party objgraph
 * package: objgraph.show_refs([z], filename="refs.png"). minipy has no
 * packages, so the book builds the piece it needs on the runtime's own
 * traverse slots (graph.c):
 *
 *     import objgraph
 *     objgraph.show_refs([z])                      # DOT on stdout
 *     objgraph.show_refs([z], filename="z.dot")    # DOT in a file
 *     objgraph.show_refs([z], max_depth=2, refcounts=True)
 *
 * Unlike objgraph, it writes Graphviz DOT and never runs `dot` itself: the
 * book's build turns DOT into SVG. Chapter 12 adds the leak-hunting half
 * (count, by_type, show_most_common_types, show_growth, show_backrefs,
 * find_backref_chain): like objgraph, it counts only what the collector
 * tracks (gc.get_objects()), since ints and strings cannot hold a leak
 * alive.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "dict.h"
#include "gc.h"
#include "error.h"
#include "function.h"
#include "graph.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

#if CHAPTER >= CH_CONTAINERS
/* How deep show_refs follows references unless told otherwise (objgraph's
 * default is 3 as well). */
#define SHOW_REFS_DEPTH 3

static int read_options(Object **values, GraphOptions *options)
{
    options->max_depth = SHOW_REFS_DEPTH;
    options->show_refcounts = false;
    options->show_names = false;
    if (values[1] && values[1] != None) {
        if (!is_int(values[1]))
            return error_format(&exc_TypeError, "max_depth must be an int, not '%T'",
                                values[1]) ? 0 : -1;
        options->max_depth = (int)INT_VALUE(values[1]);
    }
    if (values[2]) {
        int truth = object_is_true(values[2]);
        if (truth < 0)
            return -1;
        options->show_refcounts = truth;
    }
    return 0;
}

/* Where a graph goes: the named file, or stdout (flushed first, so that
 * the DOT comes after whatever the script printed before). */
static FILE *open_output(Object *filename)
{
    if (filename == NULL || filename == None) {
        fflush(stdout);
        return stdout;
    }
    if (!is_str(filename)) {
        error_format(&exc_TypeError, "filename must be a str, not '%T'", filename);
        return NULL;
    }
    FILE *out = fopen(STR_DATA(filename), "w");
    if (out == NULL)
        error_format(&exc_OSError, "cannot write '%s'", STR_DATA(filename));
    return out;
}

static int close_output(FILE *out, int status)
{
    if (out != stdout)
        fclose(out);
    return status;
}

static int write_graph(Object *roots, Object *filename, const GraphOptions *options)
{
    FILE *out = open_output(filename);
    return out ? close_output(out, graph_write_dot(out, roots, options)) : -1;
}

/* show_refs and show_backrefs take the same arguments: a collection of
 * objects, then filename, max_depth and refcounts by name. Returns the
 * objects as a new list, or NULL. */
static Object *graph_arguments(const char *function, Object **args, size_t nargs,
                               Object *kwnames, Object **filename, GraphOptions *options)
{
    static const char *const names[] = {"filename", "max_depth", "refcounts", NULL};
    Object *values[3] = {NULL, NULL, NULL};
    if (nargs != 1)
        return error_format(&exc_TypeError,
                            "%s() takes 1 positional argument but %zd were given",
                            function, nargs);
    if (args_parse_keywords(function, args, nargs, kwnames, names, values) < 0
        || read_options(values, options) < 0)
        return NULL;
    *filename = values[0];
    return list_from_iterable(args[0]);
}

static Object *objgraph_show_refs(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    Object *filename = NULL;
    GraphOptions options;
    (void)self;
    Object *roots = graph_arguments("show_refs", args, nargs, kwnames, &filename, &options);
    if (roots == NULL)
        return NULL;
    int status = write_graph(roots, filename, &options);
    decref(roots);
    return status < 0 ? NULL : none_new();
}

#if CHAPTER >= CH_LEAKS
/* ---- the leak-hunting half (chapter 12) ---------------------------------- */

/* objgraph's functions take their arguments by position or by name:
 * values[i] becomes the argument for names[i], or stays NULL. `required`
 * of them must be given. */
static int parse_args(const char *function, Object **args, size_t nargs, Object *kwnames,
                      const char *const *names, size_t required, Object **values)
{
    size_t max = 0;
    while (names[max])
        max++;
    if (nargs > max) {
        error_format(&exc_TypeError, "%s() takes at most %zu positional argument%s (%zu given)",
                     function, max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        values[i] = args[i];
    if (args_parse_keywords(function, args, nargs, kwnames, names, values) < 0)
        return -1;
    for (size_t i = 0; i < required; i++)
        if (values[i] == NULL) {
            error_format(&exc_TypeError, "%s() missing required argument '%s'", function,
                         names[i]);
            return -1;
        }
    return 0;
}

static int check_typename(Object *typename)
{
    if (is_str(typename))
        return 0;
    error_format(&exc_TypeError, "typename must be a str, not '%T'", typename);
    return -1;
}

/* limit=None means no limit; otherwise an int. */
static int read_limit(Object *value, int64_t default_limit, int64_t *limit)
{
    *limit = default_limit;
    if (value == NULL)
        return 0;
    if (value == None) {
        *limit = INT64_MAX;
        return 0;
    }
    if (!is_int(value)) {
        error_format(&exc_TypeError, "limit must be an int or None, not '%T'", value);
        return -1;
    }
    *limit = INT_VALUE(value);
    return 0;
}

/* The objects to look at: `objects` when given (any iterable), else every
 * object the collector tracks, as gc.get_objects() lists them. */
static Object *objects_to_count(Object *objects)
{
    if (objects != NULL && objects != None)
        return list_from_iterable(objects);
    Object *all = list_new(0);
    for (int i = 0; i < NUM_GENERATIONS; i++)
        if (gc_append_objects(all, &runtime.gc.generations[i].head) < 0) {
            decref(all);
            return NULL;
        }
    return all;
}

/* type name -> how many (objgraph.typestats), in the order first seen. */
static Object *type_counts(Object *objects)
{
    Object *all = objects_to_count(objects);
    if (all == NULL)
        return NULL;
    Object *counts = dict_new();
    for (intptr_t i = 0; i < LIST_SIZE(all); i++) {
        Object *name = str_from_cstr(LIST_ITEMS(all)[i]->type->name);
        Object *old = dict_get_item(counts, name);
        Object *count = int_from_i64(old ? INT_VALUE(old) + 1 : 1);
        int status = dict_set_item(counts, name, count);
        decref(count);
        decref(name);
        if (status < 0) {
            decref(all);
            decref(counts);
            return NULL;
        }
    }
    decref(all);
    return counts;
}

static Object *objgraph_typestats(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"objects", NULL};
    Object *values[1] = {NULL};
    (void)self;
    if (parse_args("typestats", args, nargs, kwnames, names, 0, values) < 0)
        return NULL;
    return type_counts(values[0]);
}

/* count(typename) and by_type(typename): the objects of one type. */
static Object *objects_of_type(const char *function, Object **args, size_t nargs,
                               Object *kwnames)
{
    static const char *const names[] = {"typename", "objects", NULL};
    Object *values[2] = {NULL, NULL};
    if (parse_args(function, args, nargs, kwnames, names, 1, values) < 0
        || check_typename(values[0]) < 0)
        return NULL;
    Object *all = objects_to_count(values[1]);
    if (all == NULL)
        return NULL;
    Object *found = list_new(0);
    for (intptr_t i = 0; i < LIST_SIZE(all); i++)
        if (strcmp(LIST_ITEMS(all)[i]->type->name, STR_DATA(values[0])) == 0)
            list_append(found, LIST_ITEMS(all)[i]);
    decref(all);
    return found;
}

static Object *objgraph_count(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    Object *found = objects_of_type("count", args, nargs, kwnames);
    if (found == NULL)
        return NULL;
    Object *count = int_from_i64(LIST_SIZE(found));
    decref(found);
    return count;
}

static Object *objgraph_by_type(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    return objects_of_type("by_type", args, nargs, kwnames);
}

/* One line of a table: a type name (borrowed), its count, and its change. */
typedef struct TypeRow {
    Object *name;
    int64_t count, delta;
    size_t order;           /* ties keep this order, as Python's stable sort */
} TypeRow;

static int compare_by_count(const void *a, const void *b)
{
    const TypeRow *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return x->order < y->order ? -1 : 1;
}

static int compare_by_delta(const void *a, const void *b)
{
    const TypeRow *x = a, *y = b;
    if (x->delta != y->delta)
        return x->delta > y->delta ? -1 : 1;
    return x->order < y->order ? -1 : 1;
}

/* The rows of `counts`, those with delta > 0 only when `peak` is given
 * (which then records the new peaks), sorted. */
static TypeRow *table_rows(Object *counts, Object *peak, size_t *row_count)
{
    TypeRow *rows = mem_alloc(((size_t)DICT_SIZE(counts) + 1) * sizeof(TypeRow));
    size_t n = 0;
    intptr_t pos = 0;
    Object *name, *count;
    while (dict_next(counts, &pos, &name, &count)) {
        int64_t now = INT_VALUE(count), before = 0;
        if (peak != NULL) {
            Object *old = dict_get_item(peak, name);
            before = old && is_int(old) ? INT_VALUE(old) : 0;
            if (now <= before)
                continue;
            dict_set_item(peak, name, count);
        }
        rows[n] = (TypeRow){name, now, now - before, n};
        n++;
    }
    if (n)
        qsort(rows, n, sizeof(TypeRow), peak ? compare_by_delta : compare_by_count);
    *row_count = n;
    return rows;
}

static int name_width(const TypeRow *rows, size_t n)
{
    size_t width = 0;
    for (size_t i = 0; i < n; i++)
        if ((size_t)STR_SIZE(rows[i].name) > width)
            width = (size_t)STR_SIZE(rows[i].name);
    return (int)width;
}

static Object *common_types(Object **args, size_t nargs, Object *kwnames, bool show)
{
    static const char *const names[] = {"limit", "objects", NULL};
    Object *values[2] = {NULL, NULL};
    int64_t limit;
    const char *function = show ? "show_most_common_types" : "most_common_types";
    if (parse_args(function, args, nargs, kwnames, names, 0, values) < 0
        || read_limit(values[0], 10, &limit) < 0)
        return NULL;
    Object *counts = type_counts(values[1]);
    if (counts == NULL)
        return NULL;
    size_t n;
    TypeRow *rows = table_rows(counts, NULL, &n);
    if (limit > 0 && (uint64_t)limit < n)      /* 0: all, as objgraph */
        n = (size_t)limit;
    int width = name_width(rows, n);
    Object *result = show ? none_new() : list_new(0);
    fflush(stdout);
    for (size_t i = 0; i < n; i++) {
        if (show) {
            printf("%-*s %lld\n", width, STR_DATA(rows[i].name), (long long)rows[i].count);
            continue;
        }
        Object *count = int_from_i64(rows[i].count);
        Object *pair = tuple_pack(2, rows[i].name, count);
        list_append(result, pair);
        decref(pair);
        decref(count);
    }
    mem_free(rows, ((size_t)DICT_SIZE(counts) + 1) * sizeof(TypeRow));
    decref(counts);
    return result;
}

static Object *objgraph_most_common_types(Object *self, Object **args, size_t nargs,
                                          Object *kwnames)
{
    (void)self;
    return common_types(args, nargs, kwnames, false);
}

static Object *objgraph_show_most_common_types(Object *self, Object **args, size_t nargs,
                                               Object *kwnames)
{
    (void)self;
    return common_types(args, nargs, kwnames, true);
}

/* region show_growth */
/* show_growth(limit=10, peak_stats=None, collect=True): the types whose
 * count went above its highest so far, by how much. objgraph always runs
 * a full collection first, so that garbage waiting in a cycle does not
 * pass for growth; collect=False (the book's addition) shows why. The
 * peaks live in a dict bound to the function (objgraph's module-level
 * dict), unless the caller passes its own. */
static Object *objgraph_show_growth(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"limit", "peak_stats", "collect", NULL};
    Object *values[3] = {NULL, NULL, NULL};
    int64_t limit;
    if (parse_args("show_growth", args, nargs, kwnames, names, 0, values) < 0
        || read_limit(values[0], 10, &limit) < 0)
        return NULL;
    Object *peak = values[1] && values[1] != None ? values[1] : self;
    if (!is_dict(peak))
        return error_format(&exc_TypeError, "peak_stats must be a dict, not '%T'", peak);
    int collect = values[2] ? object_is_true(values[2]) : 1;
    if (collect < 0 || (collect && gc_collect(NUM_GENERATIONS - 1) < 0))
        return NULL;
    Object *counts = type_counts(NULL);
    if (counts == NULL)
        return NULL;
    size_t n;
    TypeRow *rows = table_rows(counts, peak, &n);
    if (limit > 0 && (uint64_t)limit < n)
        n = (size_t)limit;
    int width = name_width(rows, n);
    fflush(stdout);
    for (size_t i = 0; i < n; i++)
        printf("%-*s%9lld %+9lld\n", width, STR_DATA(rows[i].name),
               (long long)rows[i].count, (long long)rows[i].delta);
    mem_free(rows, ((size_t)DICT_SIZE(counts) + 1) * sizeof(TypeRow));
    decref(counts);
    return none_new();
}
/* endregion */

static int add_show_growth(Object *module)
{
    static const MethodDef def = {"show_growth", objgraph_show_growth};
    Object *peak = dict_new();
    Object *function = builtin_new(&def, peak);
    decref(peak);
    int status = dict_set_item_cstr(MODULE_DICT(module), "show_growth", function);
    decref(function);
    return status;
}

/* show_backrefs(objs, filename=None, max_depth=3, refcounts=False). */
static Object *objgraph_show_backrefs(Object *self, Object **args, size_t nargs,
                                      Object *kwnames)
{
    Object *filename = NULL;
    GraphOptions options;
    (void)self;
    Object *roots = graph_arguments("show_backrefs", args, nargs, kwnames, &filename, &options);
    if (roots == NULL)
        return NULL;
    BackrefIndex index;
    Object *ignored[] = {roots, args[0]};
    int status = backrefs_build(&index, ignored, 2);
    if (status == 0) {
        FILE *out = open_output(filename);
        status = out ? close_output(out, graph_write_backrefs(out, roots, &options, &index)) : -1;
        backrefs_free(&index);
    }
    decref(roots);
    return status < 0 ? NULL : none_new();
}

/* One step of the search back from an object: the object, the entry it
 * was reached from, and how many steps back it is. */
typedef struct ChainStep {
    Object *object;         /* borrowed: alive in the index's list */
    size_t parent;          /* SIZE_MAX for the starting object */
    int64_t depth;
} ChainStep;

typedef struct ChainSearch {
    ChainStep *steps;
    size_t count, capacity;
} ChainSearch;

/* A search visits each object once (a linear look-up: the chains the book
 * follows are short, and so is the queue). */
static bool already_queued(const ChainSearch *search, Object *op)
{
    for (size_t i = 0; i < search->count; i++)
        if (search->steps[i].object == op)
            return true;
    return false;
}

static void queue_step(ChainSearch *search, Object *op, size_t parent, int64_t depth)
{
    if (search->count == search->capacity) {
        size_t capacity = search->capacity ? 2 * search->capacity : 64;
        search->steps = mem_realloc(search->steps, search->capacity * sizeof(ChainStep),
                                    capacity * sizeof(ChainStep));
        search->capacity = capacity;
    }
    search->steps[search->count++] = (ChainStep){op, parent, depth};
}

/* [found, ..., the object]: follow the parents back. */
static Object *chain_from(const ChainSearch *search, size_t found)
{
    Object *chain = list_new(0);
    for (size_t i = found; i != SIZE_MAX; i = search->steps[i].parent)
        list_append(chain, search->steps[i].object);
    return chain;
}

/* Breadth-first over referrers until `predicate` accepts one: the
 * shortest chain of references from such an object to `start`. */
static Object *search_back(Object *start, Object *predicate, int64_t max_depth,
                           const BackrefIndex *index)
{
    ChainSearch search = {NULL, 0, 0};
    Object *result = NULL;
    queue_step(&search, start, SIZE_MAX, 0);
    for (size_t next = 0; next < search.count && result == NULL; next++) {
        ChainStep step = search.steps[next];
        Object *verdict = object_call(predicate, &step.object, 1, NULL);
        int accepted = verdict ? object_is_true(verdict) : -1;
        xdecref(verdict);
        if (accepted < 0)
            break;
        if (accepted) {
            result = chain_from(&search, next);
            break;
        }
        if (step.depth >= max_depth)
            continue;
        const BackrefEdge *edges;
        size_t count = backrefs_of(index, step.object, &edges);
        for (size_t e = 0; e < count; e++)
            if (!already_queued(&search, edges[e].referrer))
                queue_step(&search, edges[e].referrer, next, step.depth + 1);
    }
    if (result == NULL && !error_occurred())
        result = chain_from(&search, 0);        /* not found: [obj], as objgraph */
    mem_free(search.steps, search.capacity * sizeof(ChainStep));
    return result;
}

/* region find_backref_chain */
/* find_backref_chain(obj, predicate, max_depth=20): "why is this alive?"
 * A full collection first (objgraph's), so that only live objects answer. */
static Object *objgraph_find_backref_chain(Object *self, Object **args, size_t nargs,
                                           Object *kwnames)
{
    static const char *const names[] = {"obj", "predicate", "max_depth", NULL};
    Object *values[3] = {NULL, NULL, NULL};
    int64_t max_depth;
    (void)self;
    if (parse_args("find_backref_chain", args, nargs, kwnames, names, 2, values) < 0
        || read_limit(values[2], 20, &max_depth) < 0)
        return NULL;
    if (gc_collect(NUM_GENERATIONS - 1) < 0)
        return NULL;
    BackrefIndex index;
    if (backrefs_build(&index, NULL, 0) < 0)
        return NULL;
    Object *chain = search_back(values[0], values[1], max_depth, &index);
    backrefs_free(&index);
    return chain;
}
/* endregion */

/* is_proper_module(obj): a module that sys.modules lists under its name. */
static Object *objgraph_is_proper_module(Object *self, Object **args, size_t nargs,
                                         Object *kwnames)
{
    (void)self;
    if (args_exactly_one("is_proper_module", nargs, kwnames) < 0)
        return NULL;
    Object *op = args[0];
    bool proper = op->type == &module_type && runtime.modules
                  && dict_get_item(runtime.modules, ((ModuleObject *)op)->name) == op;
    return bool_from(proper);
}
#endif
static const MethodDef objgraph_functions[] = {
    {"show_refs", objgraph_show_refs},
#if CHAPTER >= CH_LEAKS
    {"count", objgraph_count},
    {"by_type", objgraph_by_type},
    {"typestats", objgraph_typestats},
    {"most_common_types", objgraph_most_common_types},
    {"show_most_common_types", objgraph_show_most_common_types},
    {"show_backrefs", objgraph_show_backrefs},
    {"find_backref_chain", objgraph_find_backref_chain},
    {"is_proper_module", objgraph_is_proper_module},
#endif
    {NULL, NULL},
};

Object *objgraph_module_init(void)
{
    Object *module = module_new("objgraph");
    if (module_add_functions(module, objgraph_functions) < 0
#if CHAPTER >= CH_LEAKS
        || add_show_growth(module) < 0
#endif
        ) {
        decref(module);
        return NULL;
    }
    return module;
}
#endif
