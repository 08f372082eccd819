/* symtable.c: pass 1 of compiling, scopes: one Code per def and class
 * body, each function's local names, and the SyntaxErrors about names
 * (`global` after use, ...). CPython: Python/symtable.c.
 */
#include <string.h>

#include "compile_internal.h"

/* ---- pass 1: scopes ---------------------------------------------------------- */

/* A growable array of names (borrowed from the unit). Identifiers are
 * one object per spelling within a unit, so `==` on pointers will do. */
typedef struct NameSet {
    Object **items;
    size_t count, capacity;
} NameSet;

static bool name_in(const NameSet *set, Object *name)
{
    for (size_t i = 0; i < set->count; i++) {
        if (set->items[i] == name)
            return true;
    }
    return false;
}

static void name_add(NameSet *set, Object *name)
{
    if (name_in(set, name))
        return;
    if (set->count == set->capacity) {
        size_t old = set->capacity * sizeof(Object *);
        set->capacity = set->capacity ? set->capacity * 2 : 8;
        set->items = mem_realloc(set->items, old, set->capacity * sizeof(Object *));
    }
    set->items[set->count++] = name;
}

static void name_set_free(NameSet *set)
{
    mem_free(set->items, set->capacity * sizeof(Object *));
}

/* What CPython's symtable records for one scope. */
typedef struct Scope {
    Unit *unit;
    Code *code;
    NameSet params, bound, used, globals;
} Scope;

static int scope_statements(Scope *scope, NodeList *body);

static void scope_uses(Scope *scope, Node *node);

static void scope_uses_list(Scope *scope, NodeList *list)
{
    for (size_t i = 0; i < list->count; i++)
        scope_uses(scope, list->items[i]);
}

/* Record every name an expression reads (for "used prior to global"). */
static void scope_uses(Scope *scope, Node *node)
{
    if (node == NULL)
        return;
    switch (node->kind) {
    case EXPR_NAME: name_add(&scope->used, node->as.name.id); break;
    case EXPR_ATTRIBUTE: scope_uses(scope, node->as.attribute.object); break;
    case EXPR_SUBSCRIPT:
        scope_uses(scope, node->as.subscript.object);
        scope_uses(scope, node->as.subscript.index);
        break;
    case EXPR_CALL:
        scope_uses(scope, node->as.call.func);
        scope_uses_list(scope, &node->as.call.args);
        for (size_t i = 0; i < node->as.call.nkeywords; i++)
            scope_uses(scope, node->as.call.keywords[i].value);
        break;
    case EXPR_UNARY: scope_uses(scope, node->as.unary.operand); break;
    case EXPR_BINARY:
        scope_uses(scope, node->as.binary.left);
        scope_uses(scope, node->as.binary.right);
        break;
    case EXPR_COMPARE:
        scope_uses(scope, node->as.compare.left);
        for (size_t i = 0; i < node->as.compare.count; i++)
            scope_uses(scope, node->as.compare.comparators[i]);
        break;
    case EXPR_BOOLOP: scope_uses_list(scope, &node->as.boolop.values); break;
    case EXPR_LIST: case EXPR_TUPLE: scope_uses_list(scope, &node->as.list.elts); break;
    case EXPR_DICT:
        scope_uses_list(scope, &node->as.dict.keys);
        scope_uses_list(scope, &node->as.dict.values);
        break;
    default: break;
    }
}

static void scope_binds(Scope *scope, Object *name)
{
    if (!name_in(&scope->globals, name))
        name_add(&scope->bound, name);
}

/* An assignment target: names bind, the rest of it is read. */
static void scope_target(Scope *scope, Node *target)
{
    if (target->kind == EXPR_NAME) {
        scope_binds(scope, target->as.name.id);
    } else if (target->kind == EXPR_TUPLE || target->kind == EXPR_LIST) {
        for (size_t i = 0; i < target->as.list.elts.count; i++)
            scope_target(scope, target->as.list.elts.items[i]);
    } else {
        scope_uses(scope, target);
    }
}

static int scope_global(Scope *scope, Node *node)
{
    for (size_t i = 0; i < node->as.global.count; i++) {
        Object *name = node->as.global.names[i];
        const char *problem = name_in(&scope->params, name) ? "is parameter and global"
            : name_in(&scope->used, name) ? "is used prior to global declaration"
            : name_in(&scope->bound, name) ? "is assigned to before global declaration"
            : NULL;
        if (problem != NULL)
            return compile_error(scope->unit, node->line, node->col, "name '%s' %s",
                                 STR_DATA(name), problem);
        name_add(&scope->globals, name);
    }
    return 0;
}

static int scope_function(Scope *outer, Node *def);
static int scope_class(Scope *outer, Node *def);

static void scope_imports(Scope *scope, Node *node)
{
    for (size_t i = 0; i < node->as.import.count; i++) {
        ImportName *import = &node->as.import.names[i];
        scope_binds(scope, import->asname ? import->asname : import->name);
    }
}

static int scope_try(Scope *scope, Node *node)
{
    if (scope_statements(scope, &node->as.try_.body) < 0)
        return -1;
    for (size_t i = 0; i < node->as.try_.nhandlers; i++) {
        ExceptHandler *handler = &node->as.try_.handlers[i];
        scope_uses(scope, handler->type);
        if (handler->name)
            scope_binds(scope, handler->name);
        if (scope_statements(scope, &handler->body) < 0)
            return -1;
    }
    if (scope_statements(scope, &node->as.try_.orelse) < 0)
        return -1;
    return scope_statements(scope, &node->as.try_.finalbody);
}

static int scope_statement(Scope *scope, Node *node)
{
    switch (node->kind) {
    case STMT_EXPR: case STMT_RETURN: scope_uses(scope, node->as.expr.value); return 0;
    case STMT_ASSIGN:
        scope_uses(scope, node->as.assign.value);
        for (size_t i = 0; i < node->as.assign.targets.count; i++)
            scope_target(scope, node->as.assign.targets.items[i]);
        return 0;
    case STMT_AUGASSIGN:
        scope_uses(scope, node->as.augassign.target);
        scope_uses(scope, node->as.augassign.value);
        scope_target(scope, node->as.augassign.target);
        return 0;
    case STMT_DEL:
        for (size_t i = 0; i < node->as.del.targets.count; i++)
            scope_target(scope, node->as.del.targets.items[i]);
        return 0;
    case STMT_IF: case STMT_WHILE:
        scope_uses(scope, node->as.if_.test);
        if (scope_statements(scope, &node->as.if_.body) < 0)
            return -1;
        return scope_statements(scope, &node->as.if_.orelse);
    case STMT_FOR:
        scope_uses(scope, node->as.for_.iter);
        scope_target(scope, node->as.for_.target);
        if (scope_statements(scope, &node->as.for_.body) < 0)
            return -1;
        return scope_statements(scope, &node->as.for_.orelse);
    case STMT_FUNCTIONDEF: return scope_function(scope, node);
    case STMT_CLASSDEF: return scope_class(scope, node);
    case STMT_IMPORT: case STMT_IMPORTFROM: scope_imports(scope, node); return 0;
    case STMT_GLOBAL: return scope_global(scope, node);
    case STMT_TRY: return scope_try(scope, node);
    case STMT_RAISE: scope_uses(scope, node->as.raise.exc); return 0;
    case STMT_ASSERT:
        scope_uses(scope, node->as.assert_.test);
        scope_uses(scope, node->as.assert_.msg);
        return 0;
    default: return 0;
    }
}

static int scope_statements(Scope *scope, NodeList *body)
{
    for (size_t i = 0; i < body->count; i++) {
        if (scope_statement(scope, body->items[i]) < 0)
            return -1;
    }
    return 0;
}

/* The nested code joins the enclosing code's constants, which own it. */
static Code *nested_code(Scope *outer, Object *name, NodeList *body)
{
    Code *code = code_new(outer->unit, name, body, true);
    list_append(outer->code->constants, &code->base);
    decref(&code->base);
    return code;
}

static void scope_free(Scope *scope)
{
    name_set_free(&scope->params);
    name_set_free(&scope->bound);
    name_set_free(&scope->used);
    name_set_free(&scope->globals);
}

/* Run pass 1 over a body in a fresh scope; the caller reads the result
 * before scope_free. */
static int scope_body(Scope *scope, Unit *unit, Code *code, NodeList *body)
{
    memset(scope, 0, sizeof *scope);
    scope->unit = unit;
    scope->code = code;
    return scope_statements(scope, body);
}

static Object *local_names_tuple(const Scope *scope)
{
    size_t count = scope->params.count + scope->bound.count;
    Object *tuple = tuple_new((intptr_t)count);
    for (size_t i = 0; i < count; i++) {
        Object *name = i < scope->params.count ? scope->params.items[i]
                                               : scope->bound.items[i - scope->params.count];
        TUPLE_ITEMS(tuple)[i] = incref(name);
    }
    return tuple;
}

static int declare_parameters(Scope *scope, Node *def)
{
    for (size_t i = 0; i < def->as.funcdef.nparams; i++) {
        Keyword *param = &def->as.funcdef.params[i];
        if (name_in(&scope->params, param->name))
            return compile_error(scope->unit, param->line, param->col,
                                 "duplicate argument '%s' in function definition",
                                 STR_DATA(param->name));
        name_add(&scope->params, param->name);
    }
    return 0;
}

static int scope_function(Scope *outer, Node *def)
{
    for (size_t i = 0; i < def->as.funcdef.nparams; i++)
        scope_uses(outer, def->as.funcdef.params[i].value);
    scope_binds(outer, def->as.funcdef.name);
    Code *code = nested_code(outer, def->as.funcdef.name, &def->as.funcdef.body);
    def->as.funcdef.code = code;
    Scope scope;
    memset(&scope, 0, sizeof scope);
    scope.unit = outer->unit;
    scope.code = code;
    int status = declare_parameters(&scope, def);
    if (status == 0)
        status = scope_statements(&scope, &def->as.funcdef.body);
    if (status == 0) {
        /* parameters are locals already: keep them out of `bound` */
        NameSet bound = scope.bound;
        scope.bound = (NameSet){NULL, 0, 0};
        for (size_t i = 0; i < bound.count; i++) {
            if (!name_in(&scope.params, bound.items[i]))
                name_add(&scope.bound, bound.items[i]);
        }
        name_set_free(&bound);
        code->local_names = local_names_tuple(&scope);
        code->nparams = def->as.funcdef.nparams;
    }
    scope_free(&scope);
    return status;
}

static int scope_class(Scope *outer, Node *def)
{
    scope_uses_list(outer, &def->as.classdef.bases);
    scope_binds(outer, def->as.classdef.name);
    Code *code = nested_code(outer, def->as.classdef.name, &def->as.classdef.body);
    def->as.classdef.code = code;
    Scope scope;
    int status = scope_body(&scope, outer->unit, code, &def->as.classdef.body);
    scope_free(&scope);
    return status;
}

/* ---- the entry point -------------------------------------------------------- */

int scope_pass(Unit *unit)
{
    Scope scope;
    int status = scope_body(&scope, unit, unit->module_code, &unit->body);
    scope_free(&scope);
    return status;
}
