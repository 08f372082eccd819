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
 * (count, by_type, show_most_common_types, show_growth).
 */
#include <stdio.h>

#include "bool.h"
#include "builtins.h"
#include "error.h"
#include "graph.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"

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

/* Write to the named file, or to stdout (flushed first, so that the DOT
 * comes after whatever the script printed before). */
static int write_graph(Object *roots, Object *filename, const GraphOptions *options)
{
    if (filename == NULL || filename == None) {
        fflush(stdout);
        return graph_write_dot(stdout, roots, options);
    }
    if (!is_str(filename)) {
        error_format(&exc_TypeError, "filename must be a str, not '%T'", filename);
        return -1;
    }
    FILE *out = fopen(STR_DATA(filename), "w");
    if (out == NULL) {
        error_format(&exc_OSError, "cannot write '%s'", STR_DATA(filename));
        return -1;
    }
    int status = graph_write_dot(out, roots, options);
    fclose(out);
    return status;
}

static Object *objgraph_show_refs(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"filename", "max_depth", "refcounts", NULL};
    Object *values[3] = {NULL, NULL, NULL};
    GraphOptions options;
    (void)self;
    if (nargs != 1)
        return error_format(&exc_TypeError,
                            "show_refs() takes 1 positional argument but %zd were given",
                            nargs);
    if (args_parse_keywords("show_refs", args, nargs, kwnames, names, values) < 0
        || read_options(values, &options) < 0)
        return NULL;
    Object *roots = list_from_iterable(args[0]);
    if (roots == NULL)
        return NULL;
    int status = write_graph(roots, values[0], &options);
    decref(roots);
    return status < 0 ? NULL : none_new();
}

static const MethodDef objgraph_functions[] = {
    {"show_refs", objgraph_show_refs},
    {NULL, NULL},
};

Object *objgraph_module_init(void)
{
    Object *module = module_new("objgraph");
    if (module_add_functions(module, objgraph_functions) < 0) {
        decref(module);
        return NULL;
    }
    return module;
}
#endif
