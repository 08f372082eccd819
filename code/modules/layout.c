/* layout.c: an object's memory as the C compiler laid it out, and the
 * book's `layout` module that draws it.
 *
 *     import layout
 *     layout.show([1, 2])         # Graphviz DOT of the list's block and items
 *     layout.fields("ab")         # [('refcount', 0, 8), ('type', 8, 8), ...]
 *
 * Every offset and size is an offsetof or sizeof of minipy's structs, taken
 * by the compiler that built the program, so a figure drawn from it is the
 * memory of this machine, not a picture typed from a book (CPython's
 * sys.getsizeof answers the total; this answers where each byte goes).
 */
#include "layout.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "dict.h"
#include "dict_internal.h"
#include "error.h"
#include "float.h"
#include "function.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#if CHAPTER >= CH_THRESHOLDS
#include "gc.h"
#endif

/* Slots of an array drawn before "... N more". */
#define LAYOUT_MAX_SLOTS 8

/* ---- what a field holds, as short text --------------------------------- */

/* A referenced object in a few characters, without calling its repr (no
 * Python code runs while a figure is drawn): a short str or int by value,
 * anything else by its type. */
static void describe(char *out, size_t size, Object *op)
{
    if (op == NULL)
        snprintf(out, size, "NULL");
    else if (op->type == &str_type && STR_SIZE(op) <= 12)
        snprintf(out, size, "'%s'", STR_DATA(op));
    else if (op->type == &int_type && ((VarObject *)op)->size >= -1 && ((VarObject *)op)->size <= 1)
        snprintf(out, size, "%" PRId64, INT_VALUE(op));
    else
        snprintf(out, size, "a %s", op->type->name);
}

static LayoutField *add_field(LayoutBlock *block, const char *name, ptrdiff_t offset,
                              size_t size, LayoutPart part)
{
    LayoutField *field = &block->fields[block->count++];
    field->name = name;
    field->offset = offset;
    field->size = size;
    field->part = part;
    field->holds[0] = '\0';
    field->points_to = -1;
    return field;
}

#define FIELD(block, type, member, name, part) \
    add_field(block, name, (ptrdiff_t)offsetof(type, member), sizeof(((type *)0)->member), part)

static void holds_number(LayoutField *field, intptr_t value)
{
    snprintf(field->holds, sizeof field->holds, "%" PRIdPTR, value);
}

static void holds_object(LayoutField *field, Object *op)
{
    describe(field->holds, sizeof field->holds, op);
}

/* ---- the headers in front of the object --------------------------------- */

/* Bytes in front of op: the collector's header and the heap's link. */
static size_t header_bytes(Object *op)
{
    size_t bytes = 0;
#if CHAPTER >= CH_THRESHOLDS
    if (object_is_gc(op))
        bytes += sizeof(GCHead);
#endif
#if CHAPTER < CH_POOLS
    bytes += sizeof(HeapLink);
#endif
    (void)op;
    return bytes;
}

/* The bytes of op's own struct, as object_new allocated them. */
static size_t struct_bytes(Object *op)
{
#if CHAPTER < CH_POOLS
    return heap_object_size(HEAP_LINK(op));
#else
    return object_size(op);
#endif
}

#if CHAPTER >= CH_THRESHOLDS
static void add_gc_head(LayoutBlock *block, Object *op, ptrdiff_t start)
{
    GCHead *head = GC_HEAD(op);
    LayoutField *next = add_field(block, "gc next", start + (ptrdiff_t)offsetof(GCHead, next),
                                  sizeof head->next, PART_GC_HEAD);
    snprintf(next->holds, sizeof next->holds, "%s",
             head->next ? "next tracked object" : "0: not tracked");
    LayoutField *prev = add_field(block, "gc prev", start + (ptrdiff_t)offsetof(GCHead, prev),
                                  sizeof head->prev, PART_GC_HEAD);
    snprintf(prev->holds, sizeof prev->holds, "%s, flags %u",
             head->next ? "previous one" : "0",
             (unsigned)(head->prev & GC_PREV_FLAGS));
}
#endif

#if CHAPTER < CH_POOLS
static void add_heap_link(LayoutBlock *block, Object *op)
{
    ptrdiff_t start = -(ptrdiff_t)sizeof(HeapLink);
    FIELD(block, HeapLink, prev, "heap prev", PART_HEAP_LINK)->offset += start;
    snprintf(block->fields[block->count - 1].holds, sizeof block->fields[0].holds,
             "previous object");
    FIELD(block, HeapLink, next, "heap next", PART_HEAP_LINK)->offset += start;
    snprintf(block->fields[block->count - 1].holds, sizeof block->fields[0].holds,
             "next object");
    LayoutField *size = FIELD(block, HeapLink, size, "heap size", PART_HEAP_LINK);
    size->offset += start;
    holds_number(size, (intptr_t)heap_object_size(HEAP_LINK(op)));
}
#endif

static void add_headers(LayoutBlock *block, Object *op)
{
    ptrdiff_t start = -(ptrdiff_t)header_bytes(op);
#if CHAPTER >= CH_THRESHOLDS
    if (object_is_gc(op))
        add_gc_head(block, op, start);
#endif
#if CHAPTER < CH_POOLS
    add_heap_link(block, op);
#endif
    (void)start;
    holds_number(FIELD(block, Object, refcount, "refcount", PART_HEADER), op->refcount);
    snprintf(FIELD(block, Object, type, "type", PART_HEADER)->holds,
             sizeof block->fields[0].holds, "&%s_type", op->type->name);
}

static void add_var_size(LayoutBlock *block, Object *op)
{
    holds_number(FIELD(block, VarObject, size, "size", PART_HEADER), ((VarObject *)op)->size);
}

/* ---- each kind's own fields ---------------------------------------------- */

/* A new block for an array that the object's field `from` points at. */
static LayoutBlock *add_array(Layout *layout, LayoutField *from, const char *title, size_t bytes)
{
    LayoutBlock *array = &layout->blocks[layout->count];
    from->points_to = (int)layout->count++;
    snprintf(array->title, sizeof array->title, "%s", title);
    array->bytes = bytes;
    array->count = 0;
    array->hidden = 0;
    return array;
}

/* Slot names live as long as the program: arrays draw at most
 * LAYOUT_MAX_SLOTS slots, named once here. */
static const char *const slot_names[LAYOUT_MAX_SLOTS] = {
    "[0]", "[1]", "[2]", "[3]", "[4]", "[5]", "[6]", "[7]",
};

static void add_slots(LayoutBlock *array, Object *const *items, intptr_t used, intptr_t capacity)
{
    for (intptr_t i = 0; i < capacity; i++) {
        if (i == LAYOUT_MAX_SLOTS) {
            array->hidden = (size_t)(capacity - i);
            break;
        }
        LayoutField *slot = add_field(array, slot_names[i], (ptrdiff_t)(i * (intptr_t)sizeof(Object *)),
                                      sizeof(Object *), PART_ITEM);
        if (i < used)
            holds_object(slot, items[i]);
        else
            snprintf(slot->holds, sizeof slot->holds, "spare");
    }
}

static void list_layout(Layout *layout, Object *op)
{
    ListObject *list = (ListObject *)op;
    LayoutBlock *block = &layout->blocks[0];
    add_var_size(block, op);
    LayoutField *items = FIELD(block, ListObject, items, "items", PART_BODY);
    holds_number(FIELD(block, ListObject, capacity, "capacity", PART_BODY), list->capacity);
    if (list->items == NULL) {
        snprintf(items->holds, sizeof items->holds, "NULL");
        return;
    }
    snprintf(items->holds, sizeof items->holds, "the items array");
    char title[64];
    snprintf(title, sizeof title, "items array: %" PRIdPTR " pointer%s", list->capacity,
             list->capacity == 1 ? "" : "s");
    LayoutBlock *array = add_array(layout, items, title, (size_t)list->capacity * sizeof(Object *));
    add_slots(array, list->items, list->base.size, list->capacity);
}

static void tuple_layout(Layout *layout, Object *op)
{
    LayoutBlock *block = &layout->blocks[0];
    add_var_size(block, op);
    intptr_t size = TUPLE_SIZE(op);
    for (intptr_t i = 0; i < size && i < LAYOUT_MAX_SLOTS; i++) {
        LayoutField *item = add_field(block, slot_names[i],
                                      (ptrdiff_t)(offsetof(TupleObject, items) + (size_t)i * sizeof(Object *)),
                                      sizeof(Object *), PART_BODY);
        holds_object(item, TUPLE_ITEMS(op)[i]);
    }
    if (size > LAYOUT_MAX_SLOTS)
        block->hidden = (size_t)(size - LAYOUT_MAX_SLOTS);
}

static void str_layout(Layout *layout, Object *op)
{
    StrObject *str = (StrObject *)op;
    LayoutBlock *block = &layout->blocks[0];
    add_var_size(block, op);
    holds_number(FIELD(block, StrObject, length, "length", PART_BODY), str->length);
    holds_number(FIELD(block, StrObject, hash, "hash", PART_BODY), (intptr_t)str->hash);
    if (str->hash != -1)
        snprintf(block->fields[block->count - 1].holds, sizeof block->fields[0].holds, "computed");
#if CHAPTER >= CH_INTERNING
    snprintf(FIELD(block, StrObject, interned, "interned", PART_BODY)->holds,
             sizeof block->fields[0].holds, "%s", str->interned ? "true" : "false");
#endif
    LayoutField *data = add_field(block, "data", (ptrdiff_t)offsetof(StrObject, data),
                                  STR_SIZE(op) + 1, PART_BODY);
    snprintf(data->holds, sizeof data->holds, "\"%.24s%s\\0\"", str->data,
             STR_SIZE(op) > 24 ? "..." : "");
}

static void int_layout(Layout *layout, Object *op)
{
    LayoutBlock *block = &layout->blocks[0];
    add_var_size(block, op);
    intptr_t digits = ((VarObject *)op)->size;
    digits = digits < 0 ? -digits : digits;
    LayoutField *field = add_field(block, "digits", (ptrdiff_t)offsetof(IntObject, digits),
                                   (size_t)(digits ? digits : 1) * sizeof(digit), PART_BODY);
    if (digits <= 1)
        holds_number(field, (intptr_t)((IntObject *)op)->digits[0]);
    else
        snprintf(field->holds, sizeof field->holds, "%" PRIdPTR " digits of 30 bits", digits);
}

static void float_layout(Layout *layout, Object *op)
{
    LayoutField *field = FIELD(&layout->blocks[0], FloatObject, value, "value", PART_BODY);
    /* the shortest text that reads back as the same double, as repr does */
    for (int digits = 1; digits <= 17; digits++) {
        snprintf(field->holds, sizeof field->holds, "%.*g", digits, FLOAT_VALUE(op));
        if (strtod(field->holds, NULL) == FLOAT_VALUE(op))
            break;
    }
}

/* Entries drawn: each takes two rows (key, value), or three (hash, key,
 * value) in a table that stores hashes. */
#define LAYOUT_MAX_ENTRIES 4
static const char *const entry_names[LAYOUT_MAX_ENTRIES][3] = {
    {"[0].hash", "[0].key", "[0].value"}, {"[1].hash", "[1].key", "[1].value"},
    {"[2].hash", "[2].key", "[2].value"}, {"[3].hash", "[3].key", "[3].value"},
};

/* The rows of a long array that are not drawn, as one row of their own. */
static void rest_of_array(LayoutBlock *block, ptrdiff_t offset, size_t bytes, size_t count,
                          const char *one, const char *many)
{
    LayoutField *rest = add_field(block, "...", offset, bytes, PART_ITEM);
    snprintf(rest->holds, sizeof rest->holds, "%zu more %s", count, count == 1 ? one : many);
}

static void dict_index_rows(LayoutBlock *table, const DictKeys *keys)
{
    size_t slots = (size_t)1 << keys->log2_size;
    size_t width = ((size_t)1 << keys->log2_index_bytes) / slots;
    for (size_t i = 0; i < slots; i++) {
        ptrdiff_t at = (ptrdiff_t)(offsetof(DictKeys, indices) + i * width);
        if (i == LAYOUT_MAX_SLOTS) {
            rest_of_array(table, at, (slots - i) * width, slots - i, "index slot", "index slots");
            return;
        }
        LayoutField *slot = add_field(table, slot_names[i], at, width, PART_ITEM);
        intptr_t ix = index_get(keys, i);
        if (ix == IX_EMPTY)
            snprintf(slot->holds, sizeof slot->holds, "-1: empty");
        else if (ix == IX_DUMMY)
            snprintf(slot->holds, sizeof slot->holds, "-2: deleted");
        else
            snprintf(slot->holds, sizeof slot->holds, "entry %" PRIdPTR, ix);
    }
}

static void dict_entry_rows(LayoutBlock *table, const DictKeys *keys)
{
    intptr_t capacity = keys->usable + keys->nentries;
    size_t first = offsetof(DictKeys, indices) + ((size_t)1 << keys->log2_index_bytes);
    size_t size = entry_size(keys);
    bool hashed = keys_general(keys);
    size_t kv_at = hashed ? offsetof(HashedEntry, kv) : 0;
    for (intptr_t k = 0; k < capacity; k++) {
        ptrdiff_t at = (ptrdiff_t)(first + (size_t)k * size);
        if (k == LAYOUT_MAX_ENTRIES) {
            rest_of_array(table, at, (size_t)(capacity - k) * size, (size_t)(capacity - k),
                          "entry", "entries");
            return;
        }
        const KeyValue *kv = entry_at(keys, k);
        bool filled = k < keys->nentries && kv->key != NULL;
        if (hashed) {
            LayoutField *hash = add_field(table, entry_names[k][0], at + (ptrdiff_t)offsetof(HashedEntry, hash),
                                          sizeof(int64_t), PART_ITEM);
            snprintf(hash->holds, sizeof hash->holds, "%s", filled ? "its hash" : "-");
        }
        ptrdiff_t pair = at + (ptrdiff_t)kv_at;
        LayoutField *key = add_field(table, entry_names[k][1], pair + (ptrdiff_t)offsetof(KeyValue, key),
                                     sizeof(Object *), PART_ITEM);
        LayoutField *value = add_field(table, entry_names[k][2], pair + (ptrdiff_t)offsetof(KeyValue, value),
                                       sizeof(Object *), PART_ITEM);
        if (filled) {
            holds_object(key, kv->key);
            holds_object(value, kv->value);
        } else {
            snprintf(key->holds, sizeof key->holds, k < keys->nentries ? "NULL: deleted" : "unused");
            snprintf(value->holds, sizeof value->holds, "-");
        }
    }
}

/* A dict's table, one block (objects/dict_internal.h): a header, the
 * indices (a slot per hash bucket, one to eight bytes wide: -1 empty, -2
 * deleted, else the number of an entry), then the entries in insertion
 * order, (key, value) while every key is a str, (hash, key, value) after. */
static void dict_table_layout(Layout *layout, LayoutField *from, const DictKeys *keys)
{
    size_t slots = (size_t)1 << keys->log2_size;
    intptr_t capacity = keys->usable + keys->nentries;
    char title[64];
    snprintf(title, sizeof title, "table: %zu slots, %" PRIdPTR " entries of %zu bytes",
             slots, capacity, entry_size(keys));
    size_t bytes = offsetof(DictKeys, indices) + ((size_t)1 << keys->log2_index_bytes)
                   + (size_t)capacity * entry_size(keys);
    LayoutBlock *table = add_array(layout, from, title, bytes);
    holds_number(FIELD(table, DictKeys, log2_size, "log2_size", PART_BODY), keys->log2_size);
    holds_number(FIELD(table, DictKeys, log2_index_bytes, "log2_index_bytes", PART_BODY),
                 keys->log2_index_bytes);
    snprintf(FIELD(table, DictKeys, kind, "kind", PART_BODY)->holds, sizeof table->fields[0].holds,
             "%s", keys_general(keys) ? "general: hashes stored" : "unicode: str keys only");
    holds_number(FIELD(table, DictKeys, usable, "usable", PART_BODY), keys->usable);
    holds_number(FIELD(table, DictKeys, nentries, "nentries", PART_BODY), keys->nentries);
    dict_index_rows(table, keys);
    dict_entry_rows(table, keys);
}

static void dict_layout(Layout *layout, Object *op)
{
    DictObject *dict = (DictObject *)op;
    LayoutBlock *block = &layout->blocks[0];
    holds_number(FIELD(block, DictObject, used, "used", PART_BODY), dict->used);
    LayoutField *keys = FIELD(block, DictObject, keys, "keys", PART_BODY);
    if (dict->keys == &dict_empty_keys) {
        snprintf(keys->holds, sizeof keys->holds, "the shared empty table");
        return;
    }
    snprintf(keys->holds, sizeof keys->holds, "the table");
    dict_table_layout(layout, keys, dict->keys);
}

/* Any other kind: its header, then the rest of its struct as one piece. */
static void other_layout(Layout *layout, Object *op)
{
    LayoutBlock *block = &layout->blocks[0];
    size_t known = sizeof(Object);
    if (op->type->item_size) {
        add_var_size(block, op);
        known = sizeof(VarObject);
    }
    size_t bytes = struct_bytes(op);
    if (bytes > known) {
        LayoutField *rest = add_field(block, "(its fields)", (ptrdiff_t)known, bytes - known, PART_BODY);
        snprintf(rest->holds, sizeof rest->holds, "see its struct");
    }
}

/* The bytes after the last field that the allocation still counts: the
 * struct's size rounded up to its alignment (a str's data starts before
 * the end of its struct). */
static void add_padding(LayoutBlock *block, Object *op)
{
    const LayoutField *last = &block->fields[block->count - 1];
    size_t end = (size_t)(last->offset + (ptrdiff_t)last->size);
    size_t bytes = struct_bytes(op);
    if (block->hidden == 0 && bytes > end)
        snprintf(add_field(block, "(padding)", (ptrdiff_t)end, bytes - end, PART_BODY)->holds,
                 sizeof block->fields[0].holds, "unused");
}

void layout_of(Object *op, Layout *layout)
{
    LayoutBlock *block = &layout->blocks[0];
    layout->count = 1;
    snprintf(block->title, sizeof block->title, "%s object", op->type->name);
    block->bytes = header_bytes(op) + struct_bytes(op);
    block->count = 0;
    block->hidden = 0;
    add_headers(block, op);
    if (op->type == &list_type)
        list_layout(layout, op);
    else if (op->type == &tuple_type)
        tuple_layout(layout, op);
    else if (op->type == &str_type)
        str_layout(layout, op);
    else if (op->type == &int_type)
        int_layout(layout, op);
    else if (op->type == &float_type)
        float_layout(layout, op);
    else if (op->type == &dict_type)
        dict_layout(layout, op);
    else
        other_layout(layout, op);
    add_padding(block, op);
}

/* ---- Graphviz ---------------------------------------------------------- */

static const char *part_colour(LayoutPart part)
{
    switch (part) {
#if CHAPTER >= CH_THRESHOLDS
    case PART_GC_HEAD:   return "#f6d7a7";
#endif
#if CHAPTER < CH_POOLS
    case PART_HEAP_LINK: return "#dddddd";
#endif
    case PART_HEADER:    return "#c6dbef";
    case PART_BODY:      return "#ffffff";
    case PART_ITEM:      return "#e5f5e0";
    }
    return "#ffffff";
}

/* Text inside an HTML-like label: <, > and & escaped. */
static void write_escaped(FILE *out, const char *text)
{
    for (; *text; text++) {
        switch (*text) {
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '&': fputs("&amp;", out); break;
        case '"': fputs("&quot;", out); break;
        default:  fputc(*text, out);
        }
    }
}

static void write_block(FILE *out, const LayoutBlock *block, const char *id)
{
    fprintf(out, "  %s [label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" "
            "cellpadding=\"3\">\n", id);
    fprintf(out, "    <tr><td colspan=\"4\"><b>");
    write_escaped(out, block->title);
    fprintf(out, "</b> (%zu bytes)</td></tr>\n", block->bytes);
    fprintf(out, "    <tr><td><i>offset</i></td><td><i>field</i></td><td><i>bytes</i></td>"
            "<td><i>holds</i></td></tr>\n");
    for (size_t i = 0; i < block->count; i++) {
        const LayoutField *f = &block->fields[i];
        const char *colour = part_colour(f->part);
        fprintf(out, "    <tr><td bgcolor=\"%s\" align=\"right\">%td</td>"
                "<td bgcolor=\"%s\" align=\"left\">", colour, f->offset, colour);
        write_escaped(out, f->name);
        fprintf(out, "</td><td bgcolor=\"%s\" align=\"right\">%zu</td>"
                "<td bgcolor=\"%s\" align=\"left\" port=\"f%zu\">", colour, f->size, colour, i);
        write_escaped(out, f->holds);
        fprintf(out, "</td></tr>\n");
    }
    if (block->hidden)
        fprintf(out, "    <tr><td colspan=\"4\">... %zu more</td></tr>\n", block->hidden);
    fprintf(out, "  </table>>];\n");
}

/* One object's blocks, their node names starting with `prefix`. */
static void write_layout(FILE *out, const Layout *layout, const char *prefix)
{
    char id[64];
    for (size_t b = 0; b < layout->count; b++) {
        snprintf(id, sizeof id, "%s%zu", prefix, b);
        write_block(out, &layout->blocks[b], id);
    }
    for (size_t b = 0; b < layout->count; b++)
        for (size_t i = 0; i < layout->blocks[b].count; i++)
            if (layout->blocks[b].fields[i].points_to >= 0)
                fprintf(out, "  %s%zu:f%zu -> %s%d;\n", prefix, b, i, prefix,
                        layout->blocks[b].fields[i].points_to);
}

void layout_write_dot(FILE *out, const Layout *layouts, size_t count)
{
    /* One object: its arrays to its right. Several: side by side, each
     * object's arrays below it. */
    fprintf(out, "digraph layout {\n  rankdir=%s;\n"
            "  node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];\n",
            count > 1 ? "TB" : "LR");
    char prefix[32];
    for (size_t n = 0; n < count; n++) {
        snprintf(prefix, sizeof prefix, "o%zu_b", n);
        write_layout(out, &layouts[n], prefix);
    }
    fprintf(out, "}\n");
}

/* ---- the module ---------------------------------------------------------- */

/* layout.show(obj, ...): the DOT of each object's memory, one drawing on
 * stdout (flushed first, so that it follows whatever the script printed). */
#define LAYOUT_MAX_OBJECTS 4

static Object *layout_show(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (kwnames != NULL)
        return error_format(&exc_TypeError, "show() takes no keyword arguments");
    if (nargs < 1 || nargs > LAYOUT_MAX_OBJECTS)
        return error_format(&exc_TypeError, "show() takes 1 to %d objects (%zd given)",
                            LAYOUT_MAX_OBJECTS, nargs);
    Layout layouts[LAYOUT_MAX_OBJECTS];
    for (size_t n = 0; n < nargs; n++)
        layout_of(args[n], &layouts[n]);
    fflush(stdout);
    layout_write_dot(stdout, layouts, nargs);
    fflush(stdout);
    return incref(None);
}

/* layout.fields(obj): [(name, offset, size), ...] of obj's own block,
 * headers first, so that a script can print what the figure shows. */
static Object *layout_fields(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("fields", nargs, kwnames) < 0)
        return NULL;
    Layout layout;
    layout_of(args[0], &layout);
    const LayoutBlock *block = &layout.blocks[0];
    Object *result = list_new(0);
    for (size_t i = 0; result != NULL && i < block->count; i++) {
        const LayoutField *f = &block->fields[i];
        Object *name = str_from_cstr(f->name);
        Object *offset = name ? int_from_i64(f->offset) : NULL;
        Object *size = offset ? int_from_i64((int64_t)f->size) : NULL;
        Object *row = size ? tuple_pack(3, name, offset, size) : NULL;
        xdecref(name);
        xdecref(offset);
        xdecref(size);
        if (row == NULL || list_append(result, row) < 0) {
            xdecref(row);
            decref(result);
            return NULL;
        }
        decref(row);
    }
    return result;
}

static const MethodDef layout_functions[] = {
    {"show", layout_show},
    {"fields", layout_fields},
    {"frames", layout_frames},
#if CHAPTER >= CH_DEL
    {"trashcan", layout_trashcan},
#endif
    {NULL, NULL},
};

Object *layout_module_init(void)
{
    Object *module = module_new("layout");
    if (module_add_functions(module, layout_functions) < 0) {
        decref(module);
        return NULL;
    }
    return module;
}
