/* unit.c: the Code and Unit objects: their types, making them, and what
 * the collector needs of them (traverse, clear, dealloc).
 * A Unit is one parsed source (its tree, arena and constants); a Code is
 * one module, def or class body of it. CPython: Objects/codeobject.c.
 */
#include <stdio.h>
#include <string.h>

#include "compile_internal.h"

/* ---- Code objects ----------------------------------------------------------- */

static int code_traverse(Object *self, VisitProc visit, void *arg)
{
    Code *code = (Code *)self;
    VISIT(code->name);
    VISIT(code->constants);
    for (size_t i = 0; i < code->npending; i++)
        VISIT(code->pending[i]);
    VISIT(code->local_names);
    VISIT(code->cellvars);
    VISIT(code->freevars);
    VISIT(code->class_globals);
    if (code->counts_unit)
        VISIT(code->unit);
    return 0;
}

static void drop_pending(Code *code)
{
    Object **pending = code->pending;
    size_t count = code->npending, capacity = code->pending_capacity;
    code->pending = NULL;
    code->npending = code->pending_capacity = 0;
    for (size_t i = 0; i < count; i++)
        decref(pending[i]);
    mem_free(pending, capacity * sizeof(Object *));
}

void code_add_constant(Code *code, Object *op)
{
    if (code->npending == code->pending_capacity) {
        size_t capacity = code->pending_capacity ? 2 * code->pending_capacity : 8;
        code->pending = mem_realloc(code->pending, code->pending_capacity * sizeof(Object *),
                                    capacity * sizeof(Object *));
        code->pending_capacity = capacity;
    }
    code->pending[code->npending++] = incref(op);
}

/* The constants gathered become co_consts, a tuple, as CPython's are (so
 * gc.get_objects() shows a tuple per code, and no list was ever made). */
void code_freeze_constants(Code *code)
{
    if (code->constants != NULL)
        return;
    code->constants = tuple_from_array(code->pending, (intptr_t)code->npending);
    drop_pending(code);
}

static void code_clear(Object *self)
{
    Code *code = (Code *)self;
    CLEAR_SLOT(code->name);
    CLEAR_SLOT(code->constants);
    drop_pending(code);
    CLEAR_SLOT(code->local_names);
    CLEAR_SLOT(code->cellvars);
    CLEAR_SLOT(code->freevars);
    CLEAR_SLOT(code->class_globals);
    code->slot_kinds = NULL;        /* it lived in the unit's arena */
    if (code->counts_unit)
        CLEAR_SLOT(code->unit);
    code->unit = NULL;
}

static Object *code_repr(Object *self)
{
    Code *code = (Code *)self;
    int line = code->body->count ? code->body->items[0]->line : 1;
    char text[300];
    snprintf(text, sizeof text, "<code object %.100s at %p, file \"%.100s\", line %d>",
             STR_DATA(code->name), (void *)self, STR_DATA(code->unit->filename), line);
    return str_from_cstr(text);
}

/* co_varnames: the first nlocals slot names (a new tuple). */
static Object *code_varnames(Code *code)
{
    Object *names = tuple_new((intptr_t)code->nlocals);
    for (size_t i = 0; i < code->nlocals; i++)
        TUPLE_ITEMS(names)[i] = incref(TUPLE_ITEMS(code->local_names)[i]);
    return names;
}

static Object *empty_or(Object *tuple)
{
    return tuple ? incref(tuple) : tuple_new(0);
}

/* The attributes that show a code's scopes (symtable.c decides them). */
static Object *code_getattr(Object *self, Object *name)
{
    Code *code = (Code *)self;
    if (str_equal_cstr(name, "co_name"))
        return incref(code->name);
    if (str_equal_cstr(name, "co_varnames"))
        return code_varnames(code);
    if (str_equal_cstr(name, "co_cellvars"))
        return empty_or(code->cellvars);
    if (str_equal_cstr(name, "co_freevars"))
        return empty_or(code->freevars);
    if (str_equal_cstr(name, "co_argcount"))
        return int_from_i64((int64_t)code->nparams);
    if (str_equal_cstr(name, "co_kwonlyargcount"))
        return int_from_i64((int64_t)code->nkwonly);
    if (str_equal_cstr(name, "co_posonlyargcount"))
        return int_from_i64(0);
    if (str_equal_cstr(name, "co_flags"))
        return int_from_i64((int64_t)code->flags);
    if (str_equal_cstr(name, "co_nlocals"))
        return int_from_i64((int64_t)code->nlocals);
    return generic_getattr(self, name);
}

/* Not TYPE_CONTAINER: like CPython's code objects, codes are not tracked
 * by the cycle collector (and the unit design above leaves no cycle). */
Type code_type = {
    .base = TYPE_HEAD_INIT,
    .name = "code",
    .basic_size = sizeof(Code),
    .parent = &object_type,
    .dealloc = object_dealloc_default,
    .traverse = code_traverse,
    .clear = code_clear,
    .repr = code_repr,
    .getattr = code_getattr,
};

/* A new code for `body`; nested codes count their unit, the module code
 * does not. The name is borrowed. */
Code *code_new(Unit *unit, Object *name, NodeList *body, bool nested)
{
    Code *code = (Code *)object_new(&code_type, sizeof(Code));
    code->name = incref(name);
    code->body = body;
    code->unit = unit;
    code->counts_unit = nested;
    if (nested)
        incref(&unit->base);
    return code;
}

/* ---- Unit objects ----------------------------------------------------------- */

static int unit_traverse(Object *self, VisitProc visit, void *arg)
{
    Unit *unit = (Unit *)self;
    VISIT(unit->filename);
    VISIT(unit->arena_objects);
    VISIT(unit->names);
    VISIT(unit->module_code);
    return 0;
}

static void unit_clear(Object *self)
{
    Unit *unit = (Unit *)self;
    CLEAR_SLOT(unit->module_code);
    CLEAR_SLOT(unit->arena_objects);
    CLEAR_SLOT(unit->names);
    CLEAR_SLOT(unit->filename);
}

/* The arena and the source are plain memory: release frees them, also
 * at exit when heap_free_all frees a unit that is still alive. */
static void unit_release(Object *self)
{
    Unit *unit = (Unit *)self;
    arena_free(unit);
    mem_free(unit->source, unit->source_size + 1);
    unit->source = NULL;
}

Type unit_type = {
    .base = TYPE_HEAD_INIT,
    .name = "unit",
    .basic_size = sizeof(Unit),
    .parent = &object_type,
    .dealloc = object_dealloc_default,
    .traverse = unit_traverse,
    .clear = unit_clear,
    .release = unit_release,
};

/* The source as CPython's tokenizer reads it: a UTF-8 byte order mark at
 * the start is dropped, and \r\n and a lone \r end a line as \n does
 * (translate_newlines in Parser/tokenizer.c). Returns the new size;
 * with `to` NULL, only counts. */
static size_t copy_source(char *to, const char *from, size_t size)
{
    size_t n = 0, i = 0;
    if (size >= 3 && memcmp(from, "\xef\xbb\xbf", 3) == 0)
        i = 3;
    for (; i < size; i++) {
        char c = from[i];
        if (c == '\r') {
            c = '\n';
            if (i + 1 < size && from[i + 1] == '\n')
                i++;
        }
        if (to != NULL)
            to[n] = c;
        n++;
    }
    if (to != NULL)
        to[n] = '\0';
    return n;
}

Unit *unit_new(const char *source, size_t size, const char *filename, bool interactive)
{
    Unit *unit = (Unit *)object_new(&unit_type, sizeof(Unit));
    unit->source_size = copy_source(NULL, source, size);
    unit->source = mem_alloc(unit->source_size + 1);
    copy_source(unit->source, source, size);
    unit->filename = str_from_cstr(filename);
    unit->arena_objects = list_new(0);
    unit->names = dict_new();
    unit->interactive = interactive;
    return unit;
}
