/* graph.c: Graphviz DOT of the live object graph (the book's figures).
 *
 * The walk is breadth-first from the roots, following each type's traverse
 * slot, as objgraph.show_refs walks gc.get_referents in CPython. Every
 * object becomes one node, however many references lead to it, and every
 * reference one edge, so y = [x, x] shows two arrows from y to x: the two
 * references that make up part of x's count.
 *
 * Output is deterministic: nodes are numbered n0, n1, ... in the order
 * they are discovered and written in that order, then the edges in the
 * order they were followed. No address appears anywhere, so the same
 * program always draws the same figure.
 *
 * The runtime's own machinery is left out, or a figure of two lists would
 * show the whole interpreter: type objects, modules, built-in functions,
 * code objects, the builtins and sys.modules dicts, and each function's
 * reference to its globals (only its defaults are followed).
 */
#include "graph.h"

#include <string.h>

#include "ast.h"
#include "bool.h"
#include "dict.h"
#include "error.h"
#include "float.h"
#if CHAPTER >= CH_CYCLES
#include "frame.h"
#endif
#include "function.h"
#include "list.h"
#include "memory.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "weakref.h"

/* A figure larger than this is unreadable anyway; the walk stops adding
 * objects there (edges among the objects already drawn are kept). */
#define GRAPH_MAX_NODES 1000
/* Labels show at most this many characters of an object's repr. */
#define LABEL_MAX_CHARS 30

typedef struct GraphNode {
    Object *object;         /* borrowed: the caller keeps the roots alive */
    int depth;              /* references followed from a root */
} GraphNode;

typedef struct GraphEdge {
    size_t from, to;        /* node numbers */
#if CHAPTER >= CH_WEAKREF
    bool weak;              /* a weak reference to its referent: dashed */
#endif
#if CHAPTER >= CH_LEAKS
    Object *label;          /* the key or global name it is stored under
                             * (a borrowed str), or NULL */
#endif
} GraphEdge;

typedef struct Graph {
    GraphNode *nodes;
    size_t node_count, node_capacity;
    GraphEdge *edges;
    size_t edge_count, edge_capacity;
    size_t *slots;          /* hash set of nodes by address: number + 1, 0 = free */
    size_t slot_count;      /* a power of two, at least twice node_count */
    const GraphOptions *options;
    Object *roots_list;     /* its own references are not shown in counts */
} Graph;

/* ---- the node table ---------------------------------------------------- */

static size_t address_hash(Object *op)
{
    /* Fibonacci hashing of the address: objects are 16-byte aligned, so
     * the low bits carry no information. */
    return (size_t)(((uint64_t)(uintptr_t)op >> 4) * UINT64_C(11400714819323198485));
}

static size_t *find_slot(const Graph *graph, Object *op)
{
    size_t mask = graph->slot_count - 1;
    for (size_t i = address_hash(op) & mask;; i = (i + 1) & mask) {
        size_t *slot = &graph->slots[i];
        if (*slot == 0 || graph->nodes[*slot - 1].object == op)
            return slot;
    }
}

static void grow_slots(Graph *graph)
{
    size_t old_count = graph->slot_count;
    size_t *old_slots = graph->slots;
    graph->slot_count = old_count ? old_count * 2 : 64;
    graph->slots = mem_alloc(graph->slot_count * sizeof(size_t));
    memset(graph->slots, 0, graph->slot_count * sizeof(size_t));
    for (size_t i = 0; i < graph->node_count; i++)
        *find_slot(graph, graph->nodes[i].object) = i + 1;
    mem_free(old_slots, old_count * sizeof(size_t));
}

/* Grow an array of `item_size` items to hold one more. */
static void *grow_array(void *items, size_t *capacity, size_t count, size_t item_size)
{
    if (count < *capacity)
        return items;
    size_t new_capacity = *capacity ? *capacity * 2 : 16;
    items = mem_realloc(items, *capacity * item_size, new_capacity * item_size);
    *capacity = new_capacity;
    return items;
}

/* The node number of `op`, adding it at `depth` when new; SIZE_MAX when
 * the figure is full. */
static size_t node_for(Graph *graph, Object *op, int depth)
{
    if (2 * (graph->node_count + 1) > graph->slot_count)
        grow_slots(graph);
    size_t *slot = find_slot(graph, op);
    if (*slot)
        return *slot - 1;
    if (graph->node_count == GRAPH_MAX_NODES)
        return SIZE_MAX;
    graph->nodes = grow_array(graph->nodes, &graph->node_capacity, graph->node_count,
                              sizeof(GraphNode));
    graph->nodes[graph->node_count] = (GraphNode){op, depth};
    *slot = ++graph->node_count;
    return graph->node_count - 1;
}

static void add_edge(Graph *graph, size_t from, size_t to)
{
    graph->edges = grow_array(graph->edges, &graph->edge_capacity, graph->edge_count,
                              sizeof(GraphEdge));
    graph->edges[graph->edge_count++] = (GraphEdge){.from = from, .to = to};
}

static void graph_free(Graph *graph)
{
    mem_free(graph->nodes, graph->node_capacity * sizeof(GraphNode));
    mem_free(graph->edges, graph->edge_capacity * sizeof(GraphEdge));
    mem_free(graph->slots, graph->slot_count * sizeof(size_t));
}

/* ---- what is drawn ----------------------------------------------------- */

/* The runtime's machinery, never drawn (see the top of the file). */
static bool is_machinery(Object *op)
{
    return object_is_instance_of(op, &type_type) || op->type == &module_type
        || op->type == &builtin_type || op->type == &code_type || op->type == &unit_type
        || op == runtime.builtins || op == runtime.modules;
}

/* The referents of one object, in the order its traverse slot visits
 * them (list order, dict insertion order): that order fixes the figure. */
typedef struct Referents {
    Object **items;
    size_t count, capacity;
} Referents;

static int collect_referent(Object *referent, void *arg)
{
    Referents *referents = arg;
    if (is_machinery(referent))
        return 0;
    referents->items = grow_array(referents->items, &referents->capacity, referents->count,
                                  sizeof(Object *));
    referents->items[referents->count++] = referent;
    return 0;
}

static void collect_referents(Object *op, Referents *referents)
{
    if (is_function(op)) {
        /* A function refers to its code, names and globals; of these only
         * the defaults and the closure (its cells) are program data worth
         * drawing. */
        Object *defaults = ((FunctionObject *)op)->defaults;
        Object *closure = ((FunctionObject *)op)->closure;
        if (defaults)
            collect_referent(defaults, referents);
        if (closure)
            collect_referent(closure, referents);
        return;
    }
    /* Sequences in index order, so that [1, 2] draws 1 above 2 (a traverse
     * slot may visit in any order; CPython's list_traverse goes backwards). */
    Object **items = NULL;
    intptr_t count = 0;
    if (is_list(op)) {
        items = LIST_ITEMS(op);
        count = LIST_SIZE(op);
    } else if (is_tuple(op)) {
        items = TUPLE_ITEMS(op);
        count = TUPLE_SIZE(op);
    } else if (op->type->traverse) {
        op->type->traverse(op, collect_referent, referents);
    }
    for (intptr_t i = 0; i < count; i++)
        if (items[i])
            collect_referent(items[i], referents);
}

#if CHAPTER >= CH_WEAKREF
/* A live weak reference points at its referent without owning it: the
 * figure draws that edge dashed. Past the depth limit, only to an object
 * already drawn. */
static void add_weak_edge(Graph *graph, size_t from, int depth)
{
    Object *referent = weakref_get(graph->nodes[from].object);
    if (referent == None || is_machinery(referent))
        return;
    if (depth >= graph->options->max_depth && *find_slot(graph, referent) == 0)
        return;
    size_t to = node_for(graph, referent, depth + 1);
    if (to == SIZE_MAX)
        return;
    add_edge(graph, from, to);
    graph->edges[graph->edge_count - 1].weak = true;
}
#endif

/* Breadth-first from the nodes already in the table (the roots). */
static void walk(Graph *graph)
{
    Referents referents = {NULL, 0, 0};
    for (size_t i = 0; i < graph->node_count; i++) {
        GraphNode node = graph->nodes[i];
#if CHAPTER >= CH_WEAKREF
        if (is_weakref(node.object))
            add_weak_edge(graph, i, node.depth);
#endif
        if (node.depth >= graph->options->max_depth)
            continue;
        referents.count = 0;
        collect_referents(node.object, &referents);
        for (size_t r = 0; r < referents.count; r++) {
            size_t to = node_for(graph, referents.items[r], node.depth + 1);
            if (to != SIZE_MAX)
                add_edge(graph, i, to);
        }
    }
    mem_free(referents.items, referents.capacity * sizeof(Object *));
}

/* ---- writing DOT ------------------------------------------------------- */

typedef enum GraphKind { KIND_CONTAINER, KIND_IMMUTABLE, KIND_OTHER } GraphKind;

static GraphKind kind_of(Object *op)
{
    Type *type = op->type;
    if (type == &int_type || type == &bool_type || type == &float_type || type == &str_type
        || op == None)
        return KIND_IMMUTABLE;
    if (type->flags & TYPE_CONTAINER)
        return KIND_CONTAINER;
    return KIND_OTHER;
}

/* A calm palette: containers blue, immutable values sand, the rest sage. */
static const char *const kind_style[] = {
    [KIND_CONTAINER] = "fillcolor=\"#dce8f4\", color=\"#4f7399\"",
    [KIND_IMMUTABLE] = "fillcolor=\"#f6eedb\", color=\"#9c8650\"",
    [KIND_OTHER] = "fillcolor=\"#e3efdf\", color=\"#5f8058\"",
};

/* Text inside a DOT string: quotes and backslashes escaped. */
static void write_escaped(FILE *out, const char *text, size_t size)
{
    for (size_t i = 0; i < size; i++) {
        if (text[i] == '"' || text[i] == '\\')
            fputc('\\', out);
        fputc(text[i], out);
    }
}

/* Text inside a DOT HTML-like label: &, < and > as entities. */
static void write_html(FILE *out, const char *text, size_t size)
{
    for (size_t i = 0; i < size; i++) {
        if (text[i] == '&')
            fputs("&amp;", out);
        else if (text[i] == '<')
            fputs("&lt;", out);
        else if (text[i] == '>')
            fputs("&gt;", out);
        else
            fputc(text[i], out);
    }
}

/* At most LABEL_MAX_CHARS code points, "..." marking a cut. */
static void write_truncated(FILE *out, const char *text, size_t size)
{
    size_t chars = 0, cut = size;
    for (size_t i = 0; i < size; i++) {
        if (((unsigned char)text[i] & 0xC0) == 0x80)
            continue;               /* continuation byte of a UTF-8 sequence */
        if (chars == LABEL_MAX_CHARS - 3)
            cut = i;
        chars++;
    }
    if (chars <= LABEL_MAX_CHARS) {
        write_escaped(out, text, size);
        return;
    }
    write_escaped(out, text, cut);
    fputs("...", out);
}

/* Values are shown by repr; for containers the edges show the contents,
 * so the label says only how many items (repr would also print addresses
 * for instances of classes). */
static void write_detail(FILE *out, Object *op)
{
    intptr_t items = -1;
    if (is_list(op))
        items = LIST_SIZE(op);
    else if (is_tuple(op))
        items = TUPLE_SIZE(op);
    else if (is_dict(op))
        items = DICT_SIZE(op);
    if (items >= 0) {
        fprintf(out, "\\n%ld item%s", (long)items, items == 1 ? "" : "s");
        return;
    }
#if CHAPTER >= CH_LEAKS
    if (op->type == &module_type || object_is_instance_of(op, &type_type)) {
        Object *name = op->type == &module_type ? ((ModuleObject *)op)->name : NULL;
        const char *text = name ? STR_DATA(name) : ((Type *)op)->name;
        fputs("\\n", out);
        write_truncated(out, text, strlen(text));
        return;
    }
#endif
#if CHAPTER >= CH_CYCLES
    if (op->type == &frame_type) {          /* a frame object: its code's name */
        Object *name = ((FrameObject *)op)->code->name;
        fputs("\\n", out);
        write_truncated(out, STR_DATA(name), STR_SIZE(name));
        return;
    }
#endif
    if (is_function(op)) {
        fputs("\\n", out);
        Object *name = ((FunctionObject *)op)->qualname;
        write_truncated(out, STR_DATA(name), STR_SIZE(name));
        return;
    }
    if (kind_of(op) != KIND_IMMUTABLE && !(op->type->flags & TYPE_EXCEPTION))
        return;
    Object *saved = error_fetch();
    Object *text = object_repr(op);
    if (text) {
        fputs("\\n", out);
        write_truncated(out, STR_DATA(text), STR_SIZE(text));
        decref(text);
    }
    error_clear();                  /* a failing repr just leaves the line out */
    error_restore(saved);
}

/* The count a program would see: minus the roots list's own references. */
static intptr_t shown_refcount(const Graph *graph, Object *op)
{
    intptr_t count = op->refcount;
    if (graph->roots_list)
        for (intptr_t i = 0; i < LIST_SIZE(graph->roots_list); i++)
            count -= LIST_ITEMS(graph->roots_list)[i] == op;
    return count;
}

static void write_node(FILE *out, const Graph *graph, size_t number)
{
    Object *op = graph->nodes[number].object;
    fprintf(out, "  n%zu [label=\"", number);
    if (op == None) {
        fputs("None", out);
    } else {
        write_escaped(out, op->type->name, strlen(op->type->name));
        write_detail(out, op);
    }
    if (graph->options->show_refcounts)
        fprintf(out, "\\nrefcount %ld", (long)shown_refcount(graph, op));
    fprintf(out, "\", %s];\n", kind_style[kind_of(op)]);
}

static void write_header(FILE *out)
{
    fputs("digraph minipy {\n"
          "  rankdir=LR;\n"
          "  bgcolor=\"transparent\";\n"
          "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n"
          "  edge [color=\"#6b6b6b\", arrowsize=0.7];\n",
          out);
}

static void write_nodes_and_edges(FILE *out, const Graph *graph)
{
    for (size_t i = 0; i < graph->node_count; i++)
        write_node(out, graph, i);
    for (size_t i = 0; i < graph->edge_count; i++) {
#if CHAPTER >= CH_WEAKREF
        if (graph->edges[i].weak) {
            fprintf(out, "  n%zu -> n%zu [style=dashed, label=\"weak\", fontsize=9];\n",
                    graph->edges[i].from, graph->edges[i].to);
            continue;
        }
#endif
#if CHAPTER >= CH_LEAKS
        if (graph->edges[i].label) {
            fprintf(out, "  n%zu -> n%zu [label=\"", graph->edges[i].from, graph->edges[i].to);
            write_truncated(out, STR_DATA(graph->edges[i].label), STR_SIZE(graph->edges[i].label));
            fputs("\", fontsize=9];\n", out);
            continue;
        }
#endif
        fprintf(out, "  n%zu -> n%zu;\n", graph->edges[i].from, graph->edges[i].to);
    }
}

static int finish(FILE *out, Graph *graph)
{
    fputs("}\n", out);
    graph_free(graph);
    return ferror(out) ? -1 : 0;
}

int graph_write_dot(FILE *out, Object *roots, const GraphOptions *options)
{
    Graph graph = {.options = options, .roots_list = roots};
    for (intptr_t i = 0; i < LIST_SIZE(roots); i++)
        node_for(&graph, LIST_ITEMS(roots)[i], 0);
    walk(&graph);
    write_header(out);
    write_nodes_and_edges(out, &graph);
    return finish(out, &graph);
}

/* ---- namespaces -------------------------------------------------------- */

/* Names a figure of globals shows: not __name__ and friends, not modules,
 * classes or built-ins (the book's figures are about data). */
static bool is_visible_name(Object *name, Object *value)
{
    if (!is_str(name) || is_machinery(value))
        return false;
    size_t size = STR_SIZE(name);
    const char *text = STR_DATA(name);
    return !(size >= 4 && strncmp(text, "__", 2) == 0 && strcmp(text + size - 2, "__") == 0);
}

static void write_name(FILE *out, size_t number, Object *name)
{
    fprintf(out, "  v%zu [label=\"", number);
    write_escaped(out, STR_DATA(name), STR_SIZE(name));
    fputs("\", shape=plaintext, style=\"\", fontname=\"Courier\"];\n", out);
}

int graph_write_namespace(FILE *out, Object *globals, const GraphOptions *options)
{
    Graph graph = {.options = options};
    intptr_t position = 0;
    Object *name, *value;
    while (dict_next(globals, &position, &name, &value))
        if (is_visible_name(name, value))
            node_for(&graph, value, 0);
    walk(&graph);
    write_header(out);
    if (options->show_names) {
        /* The names in a column on the left, each pointing at its object. */
        size_t number = 0;
        fputs("  { rank=source;\n", out);
        for (position = 0; dict_next(globals, &position, &name, &value);)
            if (is_visible_name(name, value))
                write_name(out, number++, name);
        fputs("  }\n", out);
    }
    write_nodes_and_edges(out, &graph);
    if (options->show_names) {
        size_t number = 0;
        for (position = 0; dict_next(globals, &position, &name, &value);) {
            if (!is_visible_name(name, value))
                continue;
            size_t node = *find_slot(&graph, value);
            if (node)               /* 0: left out of a full figure */
                fprintf(out, "  v%zu -> n%zu;\n", number, node - 1);
            number++;
        }
    }
    return finish(out, &graph);
}

/* ---- boxes of slots: frames, the trashcan ------------------------------ */

/* Row `row` of a box: its name (borrowed str, or NULL) and value. */
typedef struct SlotRow {
    Object *name, *value;
} SlotRow;

/* The rows of a box, in order; returns false past the last. */
static bool slot_row(const GraphSlots *box, intptr_t *position, SlotRow *row)
{
    if (box->namespace != NULL) {
        while (dict_next(box->namespace, position, &row->name, &row->value))
            if (is_visible_name(row->name, row->value))
                return true;
        return false;
    }
    if ((size_t)*position >= box->count)
        return false;
    row->name = box->names ? box->names[*position] : NULL;
    row->value = box->values[*position];
    ++*position;
    return true;
}

/* A box as an HTML-like table: the title, then one row per slot with a
 * port p<K> that its arrow leaves from. */
static void write_slot_box(FILE *out, size_t number, const GraphSlots *box)
{
    fprintf(out, "  f%zu [shape=plaintext, style=\"\", label=<<table border=\"1\" "
            "cellborder=\"0\" cellspacing=\"0\" cellpadding=\"4\" bgcolor=\"#f3f0fa\" "
            "color=\"#6a5a99\"><tr><td><b>", number);
    write_html(out, box->title, strlen(box->title));
    fputs("</b></td></tr>", out);
    if (box->subtitle) {
        fputs("<tr><td><font point-size=\"9\">", out);
        write_html(out, box->subtitle, strlen(box->subtitle));
        fputs("</font></td></tr>", out);
    }
    intptr_t position = 0;
    SlotRow row;
    for (size_t k = 0; slot_row(box, &position, &row); k++) {
        fprintf(out, "<tr><td port=\"p%zu\" align=\"left\" bgcolor=\"white\">"
                "<font face=\"Courier\">", k);
        if (row.name)
            write_html(out, STR_DATA(row.name), STR_SIZE(row.name));
        else
            fprintf(out, "%zu", k + 1);
        fputs(row.value ? "" : " (empty)", out);
        fputs("</font></td></tr>", out);
    }
    fputs("</table>>];\n", out);
}

int graph_write_slots(FILE *out, const GraphSlots *boxes, size_t count,
                      const GraphOptions *options, const char *back_label)
{
    Graph graph = {.options = options};
    for (size_t b = 0; b < count; b++) {
        intptr_t position = 0;
        SlotRow row;
        while (slot_row(&boxes[b], &position, &row))
            if (row.value)
                node_for(&graph, row.value, 0);
    }
    walk(&graph);
    write_header(out);
    fputs("  { rank=source;\n", out);
    for (size_t b = 0; b < count; b++)
        write_slot_box(out, b, &boxes[b]);
    fputs("  }\n", out);
    for (size_t b = 0; back_label && b + 1 < count; b++)
        fprintf(out, "  f%zu -> f%zu [label=\"%s\", style=dashed, fontsize=9, "
                "constraint=false];\n", b + 1, b, back_label);
    write_nodes_and_edges(out, &graph);
    for (size_t b = 0; b < count; b++) {
        intptr_t position = 0;
        SlotRow row;
        for (size_t k = 0; slot_row(&boxes[b], &position, &row); k++) {
            size_t node = row.value ? *find_slot(&graph, row.value) : 0;
            if (node)               /* 0: empty, or left out of a full figure */
                fprintf(out, "  f%zu:p%zu -> n%zu;\n", b, k, node - 1);
        }
    }
    return finish(out, &graph);
}

/* ---- the steps of a collection (chapter 9) ------------------------------ */

#if CHAPTER >= CH_GC_REFS
Object *graph_global_name(Object *op)
{
    if (runtime.main_module == NULL)
        return NULL;
    Object *globals = MODULE_DICT(runtime.main_module);
    intptr_t position = 0;
    Object *name, *value;
    while (dict_next(globals, &position, &name, &value))
        if (value == op && is_visible_name(name, value))
            return name;
    return NULL;
}

typedef struct StepVisit {
    Graph *graph;
    size_t from;
} StepVisit;

/* An edge only between objects of the step: the collector sees no other. */
static int step_edge(Object *referent, void *arg)
{
    StepVisit *visit = arg;
    size_t to = *find_slot(visit->graph, referent);
    if (to)
        add_edge(visit->graph, visit->from, to - 1);
    return 0;
}

static void write_step_node(FILE *out, size_t number, const GCStepNode *node)
{
    Object *op = node->object;
    Object *name = graph_global_name(op);
    fprintf(out, "  n%zu [label=\"", number);
    if (name) {
        write_escaped(out, STR_DATA(name), STR_SIZE(name));
        fputs(": ", out);
    }
    write_escaped(out, op->type->name, strlen(op->type->name));
    if (node->gc_refs >= 0)
        fprintf(out, "\\ngc_refs %ld", (long)node->gc_refs);
    if (node->unreachable)
        fputs("\\nunreachable\", style=\"rounded,filled,dashed\", "
              "fillcolor=\"#eeeeee\", color=\"#999999\", fontcolor=\"#666666\"];\n", out);
    else
        fprintf(out, "\", %s];\n", kind_style[KIND_CONTAINER]);
}

int graph_write_gc_step(FILE *out, const GCStepNode *nodes, size_t count, const char *caption)
{
    Graph graph = {.options = NULL};
    for (size_t i = 0; i < count; i++)
        node_for(&graph, nodes[i].object, 0);
    for (size_t i = 0; i < graph.node_count; i++) {
        Object *op = graph.nodes[i].object;
        StepVisit visit = {&graph, i};
        if (op->type->traverse)
            op->type->traverse(op, step_edge, &visit);
    }
    write_header(out);
    fputs("  labelloc=t;\n  label=\"", out);
    write_escaped(out, caption, strlen(caption));
    fputs("\";\n", out);
    for (size_t i = 0; i < graph.node_count; i++)
        write_step_node(out, i, &nodes[i]);
    for (size_t i = 0; i < graph.edge_count; i++)
        fprintf(out, "  n%zu -> n%zu;\n", graph.edges[i].from, graph.edges[i].to);
    return finish(out, &graph);
}
#endif

#if CHAPTER >= CH_LEAKS
/* ---- back-references (chapter 12) ------------------------------------- */

/* The key under which `dict` holds `value` (borrowed), or NULL. */
static Object *key_holding(Object *dict, Object *value)
{
    intptr_t pos = 0;
    Object *key, *item;
    while (dict_next(dict, &pos, &key, &item))
        if (item == value && is_str(key))
            return key;
    return NULL;
}

/* Referrers never drawn: the interpreter's own tables and code. */
static bool is_backref_machinery(Object *op)
{
    return op->type == &builtin_type || op->type == &code_type || op->type == &unit_type
        || op == runtime.builtins || op == runtime.modules;
}

/* Draw one referrer of node `to`: a module's namespace is drawn as the
 * module itself, the edge labelled with the global's name. */
static void add_referrer(Graph *graph, size_t to, Object *referrer, int depth)
{
    Object *label = NULL;
    Object *module = backrefs_module_of_dict(referrer);
    if (module != NULL) {
        label = key_holding(referrer, graph->nodes[to].object);
        referrer = module;
    } else if (is_dict(referrer)) {
        label = key_holding(referrer, graph->nodes[to].object);
    }
    size_t from = node_for(graph, referrer, depth);
    if (from == SIZE_MAX)
        return;
    add_edge(graph, from, to);
    graph->edges[graph->edge_count - 1].label = label;
}

/* Breadth-first from the roots towards what holds them, stopping at
 * modules: they are the answer to "why is this alive?". */
static void walk_back(Graph *graph, const BackrefIndex *index)
{
    for (size_t i = 0; i < graph->node_count; i++) {
        GraphNode node = graph->nodes[i];
        if (node.depth >= graph->options->max_depth || node.object->type == &module_type)
            continue;
        const BackrefEdge *edges;
        size_t count = backrefs_of(index, node.object, &edges);
        for (size_t e = 0; e < count; e++) {
            Object *referrer = edges[e].referrer;
            if (referrer != graph->roots_list && !is_backref_machinery(referrer))
                add_referrer(graph, i, referrer, node.depth + 1);
        }
    }
}

int graph_write_backrefs(FILE *out, Object *roots, const GraphOptions *options,
                         const BackrefIndex *index)
{
    Graph graph = {.options = options, .roots_list = roots};
    for (intptr_t i = 0; i < LIST_SIZE(roots); i++)
        node_for(&graph, LIST_ITEMS(roots)[i], 0);
    walk_back(&graph, index);
    write_header(out);
    write_nodes_and_edges(out, &graph);
    return finish(out, &graph);
}
#endif
