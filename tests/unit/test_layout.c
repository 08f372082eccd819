/* test_layout.c: CUnit tests of layout.c, the book's pictures of memory.
 *
 * The figures read offsets and sizes off layout_of: each must be the
 * offsetof/sizeof of minipy's structs, and the bytes at that offset must be
 * what the object holds there (so a figure cannot drift from the structs).
 * Built against the whole runtime (chapter 12: a GCHead, no HeapLink).
 */
#define _POSIX_C_SOURCE 200809L     /* fmemopen */
#include "harness.h"
#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "dict_internal.h"
#include "gc.h"
#include "int.h"
#include "layout.h"
#include "list.h"
#include "runtime.h"
#include "str.h"

static const LayoutField *find(const LayoutBlock *block, const char *name)
{
    for (size_t i = 0; i < block->count; i++)
        if (strcmp(block->fields[i].name, name) == 0)
            return &block->fields[i];
    fprintf(stderr, "\n  no field %s in %s\n", name, block->title);
    return NULL;
}

/* The field `name` of the object's block is at `offset`, `size` bytes. */
static bool field_is(const Layout *layout, const char *name, ptrdiff_t offset, size_t size)
{
    const LayoutField *f = find(&layout->blocks[0], name);
    if (f == NULL)
        return false;
    if (f->offset != offset || f->size != size)
        fprintf(stderr, "\n  %s: offset %td size %zu, expected %td and %zu\n",
                name, f->offset, f->size, offset, size);
    return f->offset == offset && f->size == size;
}

/* The bytes at the field's offset are `expected` (a pointer-sized value). */
static bool field_holds(Object *op, const Layout *layout, const char *name, const void *expected)
{
    const LayoutField *f = find(&layout->blocks[0], name);
    return f != NULL && memcmp((const char *)op + f->offset, expected, f->size) == 0;
}

/* Fields follow one another without overlap, headers first. */
static bool ordered(const LayoutBlock *block)
{
    for (size_t i = 1; i < block->count; i++)
        if (block->fields[i].offset < block->fields[i - 1].offset + (ptrdiff_t)block->fields[i - 1].size)
            return false;
    return true;
}

static void test_list_layout(void)
{
    Object *list = list_new(0);
    Object *one = int_from_i64(1);
    list_append(list, one);
    list_append(list, one);
    Layout layout;
    layout_of(list, &layout);
    CU_ASSERT(field_is(&layout, "gc next", -(ptrdiff_t)sizeof(GCHead), sizeof(uintptr_t)));
    CU_ASSERT(field_is(&layout, "gc prev", -(ptrdiff_t)sizeof(GCHead) + (ptrdiff_t)offsetof(GCHead, prev),
                       sizeof(uintptr_t)));
    CU_ASSERT(field_is(&layout, "refcount", offsetof(Object, refcount), sizeof(intptr_t)));
    CU_ASSERT(field_is(&layout, "type", offsetof(Object, type), sizeof(Type *)));
    CU_ASSERT(field_is(&layout, "size", offsetof(VarObject, size), sizeof(intptr_t)));
    CU_ASSERT(field_is(&layout, "items", offsetof(ListObject, items), sizeof(Object **)));
    CU_ASSERT(field_is(&layout, "capacity", offsetof(ListObject, capacity), sizeof(intptr_t)));
    CU_ASSERT(field_holds(list, &layout, "refcount", &list->refcount));
    Type *type = &list_type;
    CU_ASSERT(field_holds(list, &layout, "type", &type));
    CU_ASSERT(field_holds(list, &layout, "items", &LIST_ITEMS(list)));
    CU_ASSERT(ordered(&layout.blocks[0]));
    CU_ASSERT_EQUAL(layout.blocks[0].bytes, sizeof(GCHead) + sizeof(ListObject));
    /* the items array: one pointer per slot of its capacity */
    CU_ASSERT_EQUAL(layout.count, 2);
    CU_ASSERT_EQUAL(layout.blocks[1].bytes,
                    (size_t)((ListObject *)list)->capacity * sizeof(Object *));
    CU_ASSERT_STRING_EQUAL(layout.blocks[1].fields[1].holds, "1");
    CU_ASSERT_EQUAL(layout.blocks[1].fields[1].offset, (ptrdiff_t)sizeof(Object *));
    decref(one);
    decref(list);
}

static void test_str_layout(void)
{
    Object *s = str_from_cstr("Seema");
    Layout layout;
    layout_of(s, &layout);
    CU_ASSERT(field_is(&layout, "length", offsetof(StrObject, length), sizeof(intptr_t)));
    CU_ASSERT(field_is(&layout, "hash", offsetof(StrObject, hash), sizeof(int64_t)));
    CU_ASSERT(field_is(&layout, "interned", offsetof(StrObject, interned), sizeof(bool)));
    CU_ASSERT(field_is(&layout, "data", offsetof(StrObject, data), 6));
    CU_ASSERT_EQUAL(layout.blocks[0].fields[0].offset, 0);   /* strs have no GCHead */
    CU_ASSERT(ordered(&layout.blocks[0]));
    /* the allocation: the struct's sizeof (rounded up past `interned`), then
     * the characters and their NUL; the rest of the struct is padding */
    CU_ASSERT_EQUAL(layout.blocks[0].bytes, sizeof(StrObject) + 6);
    const LayoutField *last = &layout.blocks[0].fields[layout.blocks[0].count - 1];
    CU_ASSERT_EQUAL((size_t)last->offset + last->size, sizeof(StrObject) + 6);
    CU_ASSERT(memcmp((char *)s + find(&layout.blocks[0], "data")->offset, "Seema", 6) == 0);
    decref(s);
}

static void test_dict_layout(void)
{
    Object *d = dict_new();
    Layout layout;
    layout_of(d, &layout);
    CU_ASSERT_EQUAL(layout.count, 1);       /* {} has no table of its own */
    Object *key = str_from_cstr("a");
    Object *value = int_from_i64(7);
    dict_set_item(d, key, value);
    layout_of(d, &layout);
    DictObject *dict = (DictObject *)d;
    CU_ASSERT(field_is(&layout, "used", offsetof(DictObject, used), sizeof(intptr_t)));
    CU_ASSERT(field_is(&layout, "keys", offsetof(DictObject, keys), sizeof(DictKeys *)));
    CU_ASSERT(field_holds(d, &layout, "keys", &dict->keys));
    CU_ASSERT(ordered(&layout.blocks[0]));
    CU_ASSERT_EQUAL(layout.count, 2);
    /* the table, one block: header, 8 one-byte index slots, 5 entries of
     * (key, value) since the only key is a str */
    const DictKeys *keys = dict->keys;
    const LayoutBlock *table = &layout.blocks[1];
    CU_ASSERT_EQUAL(keys->log2_size, 3);
    CU_ASSERT_EQUAL(table->bytes, offsetof(DictKeys, indices) + 8 + 5 * sizeof(KeyValue));
    CU_ASSERT(ordered(table));
    const LayoutField *usable = find(table, "usable");
    CU_ASSERT(usable && usable->offset == (ptrdiff_t)offsetof(DictKeys, usable));
    const LayoutField *slot0 = find(table, "[0]");
    CU_ASSERT(slot0 && slot0->offset == (ptrdiff_t)offsetof(DictKeys, indices) && slot0->size == 1);
    const LayoutField *k0 = find(table, "[0].key"), *v0 = find(table, "[0].value");
    size_t entries = offsetof(DictKeys, indices) + 8;
    CU_ASSERT(k0 && k0->offset == (ptrdiff_t)(entries + offsetof(KeyValue, key)));
    CU_ASSERT(v0 && v0->offset == (ptrdiff_t)(entries + offsetof(KeyValue, value)));
    CU_ASSERT(k0 && strcmp(k0->holds, "'a'") == 0);
    CU_ASSERT(v0 && strcmp(v0->holds, "7") == 0);
    CU_ASSERT(k0 && memcmp((const char *)keys + k0->offset, &key, sizeof key) == 0);
    CU_ASSERT(find(table, "[0].hash") == NULL);     /* no hash stored */
    /* a key that is not a str: entries of (hash, key, value) */
    dict_set_item(d, value, key);
    layout_of(d, &layout);
    table = &layout.blocks[1];
    const LayoutField *h0 = find(table, "[0].hash");
    CU_ASSERT(h0 && h0->size == sizeof(int64_t));
    CU_ASSERT(ordered(table));
    decref(key);
    decref(value);
    decref(d);
}

static void test_dot(void)
{
    Object *list = list_new(0);
    Layout layout;
    layout_of(list, &layout);
    char text[8192];
    FILE *out = fmemopen(text, sizeof text, "w");
    layout_write_dot(out, &layout, 1);
    fclose(out);
    CU_ASSERT(strncmp(text, "digraph layout {", 16) == 0);
    char row[128];
    snprintf(row, sizeof row, ">%td</td><td bgcolor=\"#ffffff\" align=\"left\">capacity<",
             (ptrdiff_t)offsetof(ListObject, capacity));
    CU_ASSERT(strstr(text, row) != NULL);
    decref(list);
}


static const TestEntry tests[] = {
    {"list: header, fields and items array", test_list_layout},
    {"str: fields and inline data", test_str_layout},
    {"dict: indices and entries", test_dict_layout},
    {"Graphviz rows", test_dot},
};

int main(void)
{
    return RUN_SUITE("layout", tests, CU_BRM_NORMAL);
}
