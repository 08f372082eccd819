/* symtable.c: pass 1 of compiling, scopes. CPython: Python/symtable.c.
 *
 * One Code per def, lambda and class body. For each of them this pass
 * decides what every name is, in two steps, as CPython's symtable does:
 *
 *   1. visit: walk the tree once, recording in each block (module,
 *      function, class) how each name appears there (assigned, a
 *      parameter, read, declared global or nonlocal). The SyntaxErrors
 *      about the order of things ("used prior to global declaration")
 *      are raised here, in source order.
 *   2. analyze: from the module down, with the names bound by the
 *      enclosing functions in hand, resolve each name: a local, a
 *      global, a free variable (a local of an enclosing function), or a
 *      cell (a local that an inner function reads as a free variable).
 *      The errors that need the whole picture ("no binding for nonlocal
 *      'x' found") are raised here.
 *
 * The result is each Code's slot layout (ast.h): local_names, cellvars,
 * freevars and the kind of each slot, which the evaluator follows.
 */
#include <stdlib.h>
#include <string.h>

#include "compile_internal.h"
#include "nameset.h"
#include "runtime.h"
#include "stackguard.h"

/* ---- blocks and their symbols ------------------------------------------------- */

/* How a name appears in a block (CPython's DEF_* flags). */
enum {
    DEF_GLOBAL = 1,         /* declared global */
    DEF_LOCAL = 2,          /* assigned, deleted, def/class name, except-as */
    DEF_PARAM = 4,
    DEF_NONLOCAL = 8,
    USE = 16,               /* read */
    DEF_FREE_CLASS = 32,    /* a class binds it, and a method reads it free */
    DEF_IMPORT = 64,
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* What analysis decides a name is (CPython's scopes). */
typedef enum Resolution {
    UNRESOLVED, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL
} Resolution;

#define NOT_BOUND ((size_t)-1)

typedef struct Symbol {
    Object *name;
    unsigned flags;
    Resolution resolution;
    size_t bind_order;      /* rank of its first binding: the order of the
                             * local slots; NOT_BOUND if none */
    int line, col;          /* its first global/nonlocal statement */
} Symbol;

typedef enum BlockKind { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS } BlockKind;

typedef struct Block {
    BlockKind kind;
    Unit *unit;
    Code *code;
    Symbol *symbols;        /* parameters first, then in order of meeting */
    size_t count, capacity;
    size_t *index;          /* hash of the names: 1 + a symbol's position,
                             * 0 empty (symbol_find) */
    size_t index_capacity;  /* 0 or a power of 2, at least twice count */
    struct Block **children;
    size_t nchildren, children_capacity;
    size_t nparams, nbound;     /* nparams: every named parameter */
    bool nested;                /* inside a function (CPython's ste_nested) */
    bool needs_class_closure;   /* a method reads __class__ (or super) */
    int *depth;                 /* the pass's nesting count (enter_node),
                                 * one for the whole unit */
} Block;

static Block *block_new(Block *parent, BlockKind kind, Code *code)
{
    Block *block = mem_alloc(sizeof *block);
    memset(block, 0, sizeof *block);
    block->kind = kind;
    block->code = code;
    if (parent != NULL) {
        block->unit = parent->unit;
        block->nested = parent->kind == BLOCK_FUNCTION || parent->nested;
        block->depth = parent->depth;
        if (parent->nchildren == parent->children_capacity) {
            size_t old = parent->children_capacity * sizeof(Block *);
            parent->children_capacity = old ? parent->children_capacity * 2 : 4;
            parent->children = mem_realloc(parent->children, old,
                                           parent->children_capacity * sizeof(Block *));
        }
        parent->children[parent->nchildren++] = block;
    }
    return block;
}

static void block_free(Block *block)
{
    for (size_t i = 0; i < block->nchildren; i++)
        block_free(block->children[i]);
    mem_free(block->children, block->children_capacity * sizeof(Block *));
    mem_free(block->symbols, block->capacity * sizeof(Symbol));
    mem_free(block->index, block->index_capacity * sizeof(size_t));
    mem_free(block, sizeof *block);
}

/* The index slot for `name`: its symbol's, or the empty one where it
 * would go. */
static size_t *symbol_slot(Block *block, Object *name)
{
    size_t mask = block->index_capacity - 1;
    for (size_t i = name_hash(name) & mask;; i = (i + 1) & mask) {
        size_t *slot = &block->index[i];
        if (*slot == 0 || block->symbols[*slot - 1].name == name)
            return slot;
    }
}

static Symbol *symbol_find(Block *block, Object *name)
{
    if (block->index_capacity == 0)
        return NULL;
    size_t *slot = symbol_slot(block, name);
    return *slot ? &block->symbols[*slot - 1] : NULL;
}

static void symbol_index_grow(Block *block)
{
    mem_free(block->index, block->index_capacity * sizeof(size_t));
    block->index_capacity = block->index_capacity ? block->index_capacity * 2 : 16;
    block->index = mem_alloc(block->index_capacity * sizeof(size_t));
    memset(block->index, 0, block->index_capacity * sizeof(size_t));
    for (size_t i = 0; i < block->count; i++)
        *symbol_slot(block, block->symbols[i].name) = i + 1;
}

static Symbol *symbol_get(Block *block, Object *name)
{
    Symbol *symbol = symbol_find(block, name);
    if (symbol != NULL)
        return symbol;
    if (block->count == block->capacity) {
        size_t old = block->capacity * sizeof(Symbol);
        block->capacity = block->capacity ? block->capacity * 2 : 8;
        block->symbols = mem_realloc(block->symbols, old, block->capacity * sizeof(Symbol));
    }
    symbol = &block->symbols[block->count++];
    *symbol = (Symbol){name, 0, UNRESOLVED, NOT_BOUND, 0, 0};
    if (2 * block->count > block->index_capacity)
        symbol_index_grow(block);
    else
        *symbol_slot(block, name) = block->count;
    return symbol;
}

/* The unit's one str for an identifier the compiler adds (borrowed). */
static Object *identifier(Unit *unit, const char *text)
{
    Object *name = str_intern_cstr(text);
    Object *known = dict_get_item(unit->names, name);
    if (known == NULL && dict_set_item(unit->names, name, name) == 0)
        known = name;
    decref(name);
    return known;
}

/* CPython's symtable_add_def. */
static int add_def(Block *block, Object *name, unsigned flag, int line, int col)
{
    Symbol *symbol = symbol_get(block, name);
    if ((flag & DEF_PARAM) && (symbol->flags & DEF_PARAM))
        return compile_error(block->unit, line, col,
                             "duplicate argument '%s' in function definition", STR_DATA(name));
    if ((flag & (DEF_LOCAL | DEF_IMPORT)) && symbol->bind_order == NOT_BOUND)
        symbol->bind_order = block->nbound++;
    symbol->flags |= flag;
    return 0;
}

/* ---- 1. visit ------------------------------------------------------------------ */

static int visit_statements(Block *block, NodeList *body);
static int visit_expression(Block *block, Node *node);
static int visit_target(Block *block, Node *target);

static int visit_expressions(Block *block, NodeList *list)
{
    for (size_t i = 0; i < list->count; i++) {
        if (visit_expression(block, list->items[i]) < 0)
            return -1;
    }
    return 0;
}

/* The nested code joins the enclosing code's constants, which own it. */
static Code *nested_code(Block *outer, Object *name, NodeList *body)
{
    Code *code = code_new(outer->unit, name, body, true);
    code_add_constant(outer->code, &code->base);
    decref(&code->base);
    return code;
}

/* A def or lambda: the defaults are read where the def stands, the
 * parameters and the body belong to the new block. */
static int visit_function(Block *outer, Node *def)
{
    for (size_t i = 0; i < def->as.funcdef.nparams; i++) {
        if (visit_expression(outer, def->as.funcdef.params[i].value) < 0)
            return -1;
    }
    Code *code = nested_code(outer, def->as.funcdef.name, &def->as.funcdef.body);
    def->as.funcdef.code = code;
    Block *block = block_new(outer, BLOCK_FUNCTION, code);
    for (size_t i = 0; i < def->as.funcdef.nparams; i++) {
        Keyword *param = &def->as.funcdef.params[i];
        if (add_def(block, param->name, DEF_PARAM, param->line, param->col) < 0)
            return -1;
    }
    block->nparams = def->as.funcdef.nparams;
    code->nparams = def->as.funcdef.nargcount;
    code->nkwonly = def->as.funcdef.nkwonly;
    code->flags = CODE_OPTIMIZED | CODE_NEWLOCALS
        | (def->as.funcdef.varargs ? CODE_VARARGS : 0)
        | (def->as.funcdef.varkw ? CODE_VARKEYWORDS : 0)
        | (block->nested ? CODE_NESTED : 0);
    /* A lambda's body is one expression to CPython: its return statement
     * adds no depth (enter_node). */
    if (def->kind == EXPR_LAMBDA)
        return visit_expression(block, def->as.funcdef.body.items[0]->as.expr.value);
    return visit_statements(block, &def->as.funcdef.body);
}

/* A comprehension: its first iterable is read where it stands; the rest
 * is a function of one parameter, ".0" (CPython's
 * symtable_handle_comprehension; the order of the visits is CPython's, so
 * co_varnames comes out the same). */
static int visit_comprehension(Block *outer, Node *node)
{
    static const char *const names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    if (visit_expression(outer, node->as.comp.generators[0].iter) < 0)
        return -1;
    Object *name = identifier(outer->unit, names[node->kind - EXPR_LISTCOMP]);
    Object *iterator = identifier(outer->unit, ".0");
    if (name == NULL || iterator == NULL)
        return -1;
    Code *code = nested_code(outer, name, &node->as.comp.body);
    node->as.comp.code = code;
    Block *block = block_new(outer, BLOCK_FUNCTION, code);
    if (add_def(block, iterator, DEF_PARAM, node->line, node->col) < 0)
        return -1;
    block->nparams = 1;
    code->nparams = 1;
    code->comprehension = true;
    code->flags = CODE_OPTIMIZED | CODE_NEWLOCALS | (block->nested ? CODE_NESTED : 0)
        | (node->kind == EXPR_GENEXP ? CODE_GENERATOR : 0);
    return visit_statements(block, &node->as.comp.body);
}

/* Inside the comprehension's block: every clause but the first one's
 * iterable, then the value (of a dict) and the item. */
static int visit_comp_loop(Block *block, Node *node)
{
    for (size_t i = 0; i < node->as.comp.ngenerators; i++) {
        Comprehension *clause = &node->as.comp.generators[i];
        if (visit_target(block, clause->target) < 0
            || (i > 0 && visit_expression(block, clause->iter) < 0)
            || visit_expressions(block, &clause->ifs) < 0)
            return -1;
    }
    if (visit_expression(block, node->as.comp.value) < 0)
        return -1;
    return visit_expression(block, node->as.comp.elt);
}

static int visit_class(Block *outer, Node *def)
{
    if (add_def(outer, def->as.classdef.name, DEF_LOCAL, def->line, def->col) < 0
        || visit_expressions(outer, &def->as.classdef.bases) < 0)
        return -1;
    Code *code = nested_code(outer, def->as.classdef.name, &def->as.classdef.body);
    def->as.classdef.code = code;
    return visit_statements(block_new(outer, BLOCK_CLASS, code), &def->as.classdef.body);
}

/* A name read. A function that reads `super` reads __class__ too: the
 * zero-argument super() finds the class in that cell, as in CPython. */
static int visit_name(Block *block, Node *node)
{
    Object *name = node->as.name.id;
    if (block->kind == BLOCK_FUNCTION && str_equal_cstr(name, "super")) {
        Object *class_name = identifier(block->unit, "__class__");
        if (class_name == NULL || add_def(block, class_name, USE, node->line, node->col) < 0)
            return -1;
    }
    return add_def(block, name, USE, node->line, node->col);
}

static int visit_call(Block *block, Node *node)
{
    if (visit_expression(block, node->as.call.func) < 0
        || visit_expressions(block, &node->as.call.args) < 0)
        return -1;
    for (size_t i = 0; i < node->as.call.nkeywords; i++) {
        if (visit_expression(block, node->as.call.keywords[i].value) < 0)
            return -1;
    }
    return 0;
}

static int visit_compare(Block *block, Node *node)
{
    if (visit_expression(block, node->as.compare.left) < 0)
        return -1;
    for (size_t i = 0; i < node->as.compare.count; i++) {
        if (visit_expression(block, node->as.compare.comparators[i]) < 0)
            return -1;
    }
    return 0;
}

static int visit_two(Block *block, Node *first, Node *second)
{
    return visit_expression(block, first) < 0 ? -1 : visit_expression(block, second);
}

/* ---- the depth limit ----------------------------------------------------------
 * CPython's symtable counts the statements and expressions it is inside
 * and stops at three times the recursion limit (COMPILER_STACK_FRAME_SCALE),
 * starting from the depth of the running code: `x = ` and 2,999 unary
 * minuses, `f()` called 2,999 times over, or 2,999 elif clauses fail so.
 * Every later pass over the tree (folding, constants, the evaluator)
 * recurses no deeper than this one. */
#define COMPILE_DEPTH_SCALE 3

static int enter_node(Block *block)
{
    if (++*block->depth > COMPILE_DEPTH_SCALE * runtime.recursion_limit || stack_exhausted()) {
        error_format(&exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    return 0;
}

static int visit_expression_node(Block *block, Node *node);

static int visit_expression(Block *block, Node *node)
{
    if (node == NULL)
        return 0;
    if (enter_node(block) < 0)
        return -1;
    int status = visit_expression_node(block, node);
    --*block->depth;
    return status;
}

static int visit_expression_node(Block *block, Node *node)
{
    switch (node->kind) {
    case EXPR_NAME: return visit_name(block, node);
    case EXPR_ATTRIBUTE: return visit_expression(block, node->as.attribute.object);
    case EXPR_SUBSCRIPT: return visit_two(block, node->as.subscript.object, node->as.subscript.index);
    case EXPR_SLICE:
        if (visit_two(block, node->as.slice.lower, node->as.slice.upper) < 0)
            return -1;
        return visit_expression(block, node->as.slice.step);
    case EXPR_CALL: return visit_call(block, node);
    case EXPR_UNARY: return visit_expression(block, node->as.unary.operand);
    case EXPR_BINARY: return visit_two(block, node->as.binary.left, node->as.binary.right);
    case EXPR_COMPARE: return visit_compare(block, node);
    case EXPR_BOOLOP: return visit_expressions(block, &node->as.boolop.values);
    case EXPR_LIST: case EXPR_TUPLE: return visit_expressions(block, &node->as.list.elts);
    case EXPR_SET: return visit_expressions(block, &node->as.set.elts);
    case EXPR_DICT:
        if (visit_expressions(block, &node->as.dict.keys) < 0)
            return -1;
        return visit_expressions(block, &node->as.dict.values);
    case EXPR_IFEXP:
        if (visit_two(block, node->as.ifexp.test, node->as.ifexp.body) < 0)
            return -1;
        return visit_expression(block, node->as.ifexp.orelse);
    case EXPR_LAMBDA: return visit_function(block, node);
    case EXPR_STARRED: return visit_expression(block, node->as.starred.value);
    case EXPR_LISTCOMP: case EXPR_SETCOMP: case EXPR_DICTCOMP: case EXPR_GENEXP:
        return visit_comprehension(block, node);
    case EXPR_COMP_LOOP: return visit_comp_loop(block, node);
    default: return 0;
    }
}

/* An assignment or del target: names are bound, the rest of it is read. */
static int visit_target(Block *block, Node *target)
{
    switch (target->kind) {
    case EXPR_NAME:
        return add_def(block, target->as.name.id, DEF_LOCAL, target->line, target->col);
    case EXPR_STARRED:
        return visit_target(block, target->as.starred.value);
    case EXPR_TUPLE: case EXPR_LIST:
        for (size_t i = 0; i < target->as.list.elts.count; i++) {
            if (visit_target(block, target->as.list.elts.items[i]) < 0)
                return -1;
        }
        return 0;
    default:
        return visit_expression(block, target);
    }
}

static int visit_targets(Block *block, NodeList *targets)
{
    for (size_t i = 0; i < targets->count; i++) {
        if (visit_target(block, targets->items[i]) < 0)
            return -1;
    }
    return 0;
}

/* `global a, b` / `nonlocal a, b`: nothing before it in the block may
 * have used or bound the name. */
static int visit_declaration(Block *block, Node *node, unsigned flag)
{
    const char *what = flag == DEF_GLOBAL ? "global" : "nonlocal";
    for (size_t i = 0; i < node->as.global.count; i++) {
        Object *name = node->as.global.names[i];
        Symbol *known = symbol_find(block, name);
        unsigned seen = known ? known->flags : 0;
        if (seen & DEF_PARAM)
            return compile_error(block->unit, node->line, node->col,
                                 "name '%s' is parameter and %s", STR_DATA(name), what);
        if (seen & (USE | DEF_LOCAL))
            return compile_error(block->unit, node->line, node->col, "name '%s' is %s %s "
                                 "declaration", STR_DATA(name), seen & USE ? "used prior to"
                                 : "assigned to before", what);
        Symbol *symbol = symbol_get(block, name);
        if (!(symbol->flags & (DEF_GLOBAL | DEF_NONLOCAL))) {
            symbol->line = node->line;
            symbol->col = node->col;
        }
        symbol->flags |= flag;
    }
    return 0;
}

static int visit_imports(Block *block, Node *node)
{
    for (size_t i = 0; i < node->as.import.count; i++) {
        ImportName *import = &node->as.import.names[i];
        if (add_def(block, import->asname ? import->asname : import->name, DEF_IMPORT,
                    node->line, node->col) < 0)
            return -1;
    }
    return 0;
}

static int visit_try(Block *block, Node *node)
{
    if (visit_statements(block, &node->as.try_.body) < 0)
        return -1;
    for (size_t i = 0; i < node->as.try_.nhandlers; i++) {
        ExceptHandler *handler = &node->as.try_.handlers[i];
        if (visit_expression(block, handler->type) < 0
            || (handler->name && add_def(block, handler->name, DEF_LOCAL,
                                         handler->line, handler->col) < 0)
            || visit_statements(block, &handler->body) < 0)
            return -1;
    }
    if (visit_statements(block, &node->as.try_.orelse) < 0)
        return -1;
    return visit_statements(block, &node->as.try_.finalbody);
}

static int visit_statement_node(Block *block, Node *node);

static int visit_statement(Block *block, Node *node)
{
    if (enter_node(block) < 0)
        return -1;
    int status = visit_statement_node(block, node);
    --*block->depth;
    return status;
}

static int visit_statement_node(Block *block, Node *node)
{
    switch (node->kind) {
    case STMT_EXPR: case STMT_RETURN: return visit_expression(block, node->as.expr.value);
    case STMT_ASSIGN:
        if (visit_expression(block, node->as.assign.value) < 0)
            return -1;
        return visit_targets(block, &node->as.assign.targets);
    case STMT_AUGASSIGN:
        if (visit_target(block, node->as.augassign.target) < 0)
            return -1;
        return visit_expression(block, node->as.augassign.value);
    case STMT_DEL: return visit_targets(block, &node->as.del.targets);
    case STMT_IF: case STMT_WHILE:
        if (visit_expression(block, node->as.if_.test) < 0
            || visit_statements(block, &node->as.if_.body) < 0)
            return -1;
        return visit_statements(block, &node->as.if_.orelse);
    case STMT_FOR:
        if (visit_expression(block, node->as.for_.iter) < 0
            || visit_target(block, node->as.for_.target) < 0
            || visit_statements(block, &node->as.for_.body) < 0)
            return -1;
        return visit_statements(block, &node->as.for_.orelse);
    case STMT_FUNCTIONDEF:
        if (add_def(block, node->as.funcdef.name, DEF_LOCAL, node->line, node->col) < 0)
            return -1;
        return visit_function(block, node);
    case STMT_CLASSDEF: return visit_class(block, node);
    case STMT_IMPORT: case STMT_IMPORTFROM: return visit_imports(block, node);
    case STMT_GLOBAL: return visit_declaration(block, node, DEF_GLOBAL);
    case STMT_NONLOCAL: return visit_declaration(block, node, DEF_NONLOCAL);
    case STMT_TRY: return visit_try(block, node);
    case STMT_WITH:
        if (visit_expression(block, node->as.with.context) < 0
            || (node->as.with.target && visit_target(block, node->as.with.target) < 0))
            return -1;
        return visit_statements(block, &node->as.with.body);
    case STMT_RAISE: return visit_expression(block, node->as.raise.exc);
    case STMT_ASSERT: return visit_two(block, node->as.assert_.test, node->as.assert_.msg);
    default: return 0;
    }
}

static int visit_statements(Block *block, NodeList *body)
{
    for (size_t i = 0; i < body->count; i++) {
        if (visit_statement(block, body->items[i]) < 0)
            return -1;
    }
    return 0;
}

/* ---- 2. analyze ------------------------------------------------------------------
 * CPython's analyze_block, analyze_name, analyze_cells and update_symbols.
 * `bound` holds the names the enclosing functions bind (NULL for the
 * module), `global` the names declared global above; `free` collects the
 * names this block and its children read from enclosing functions. */

static int directive_error(Block *block, Symbol *symbol, const char *fmt)
{
    return compile_error(block->unit, symbol->line, symbol->col, fmt, STR_DATA(symbol->name));
}

static int analyze_name(Block *block, Symbol *symbol, NameSet *bound, NameSet *local,
                        NameSet *free, NameSet *global)
{
    Object *name = symbol->name;
    if (symbol->flags & DEF_GLOBAL) {
        if (symbol->flags & DEF_NONLOCAL)
            return directive_error(block, symbol, "name '%s' is nonlocal and global");
        symbol->resolution = GLOBAL_EXPLICIT;
        name_add(global, name);
        name_remove(bound, name);
    } else if (symbol->flags & DEF_NONLOCAL) {
        if (bound == NULL)
            return directive_error(block, symbol, "nonlocal declaration not allowed at module level");
        if (!name_in(bound, name))
            return directive_error(block, symbol, "no binding for nonlocal '%s' found");
        symbol->resolution = FREE;
        name_add(free, name);
    } else if (symbol->flags & DEF_BOUND) {
        symbol->resolution = LOCAL;
        name_add(local, name);
        name_remove(global, name);
    } else if (name_in(bound, name)) {
        symbol->resolution = FREE;
        name_add(free, name);
    } else {
        symbol->resolution = GLOBAL_IMPLICIT;
    }
    return 0;
}

/* A function's local that a child reads free is a cell. */
static void analyze_cells(Block *block, NameSet *free)
{
    for (size_t i = 0; i < block->count; i++) {
        Symbol *symbol = &block->symbols[i];
        if (symbol->resolution == LOCAL && name_in(free, symbol->name)) {
            symbol->resolution = CELL;
            name_remove(free, symbol->name);
        }
    }
}

/* The children's free names that this block neither binds nor reads
 * pass through it: they become its free variables too, so that its
 * closure can hand them down. A class that binds such a name itself
 * keeps using its namespace for it (DEF_FREE_CLASS). */
static void update_symbols(Block *block, NameSet *bound, NameSet *free)
{
    for (size_t i = 0; i < free->capacity; i++) {
        Object *name = free->slots[i];
        if (!name_live(name))
            continue;
        Symbol *symbol = symbol_find(block, name);
        if (symbol != NULL) {
            if (block->kind == BLOCK_CLASS && (symbol->flags & (DEF_BOUND | DEF_GLOBAL)))
                symbol->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (bound != NULL && !name_in(bound, name))
            continue;           /* a global */
        symbol_get(block, name)->resolution = FREE;
    }
}

static int analyze_block(Block *block, NameSet *bound, NameSet *free, NameSet *global);

static int analyze_children(Block *block, NameSet *newbound, NameSet *newfree,
                            NameSet *newglobal)
{
    NameSet allfree = {NULL, 0, 0};
    int status = 0;
    for (size_t i = 0; status == 0 && i < block->nchildren; i++) {
        NameSet child_bound = {NULL, 0, 0}, child_free = {NULL, 0, 0};
        NameSet child_global = {NULL, 0, 0};
        name_add_all(&child_bound, newbound);
        name_add_all(&child_free, newfree);
        name_add_all(&child_global, newglobal);
        status = analyze_block(block->children[i], &child_bound, &child_free, &child_global);
        name_add_all(&allfree, &child_free);
        name_set_free(&child_bound);
        name_set_free(&child_free);
        name_set_free(&child_global);
    }
    name_add_all(newfree, &allfree);
    name_set_free(&allfree);
    return status;
}

static int analyze_block(Block *block, NameSet *bound, NameSet *free, NameSet *global)
{
    NameSet local = {NULL, 0, 0}, newbound = {NULL, 0, 0};
    NameSet newfree = {NULL, 0, 0}, newglobal = {NULL, 0, 0};
    int status = 0;
    if (block->kind == BLOCK_CLASS) {
        /* a class's names are not visible to its methods */
        name_add_all(&newglobal, global);
        name_add_all(&newbound, bound);
    }
    for (size_t i = 0; status == 0 && i < block->count; i++)
        status = analyze_name(block, &block->symbols[i], bound, &local, free, global);
    if (status == 0) {
        if (block->kind != BLOCK_CLASS) {
            if (block->kind == BLOCK_FUNCTION)
                name_add_all(&newbound, &local);
            name_add_all(&newbound, bound);
            name_add_all(&newglobal, global);
        } else {
            name_add(&newbound, identifier(block->unit, "__class__"));
        }
        status = analyze_children(block, &newbound, &newfree, &newglobal);
    }
    if (status == 0) {
        if (block->kind == BLOCK_FUNCTION) {
            analyze_cells(block, &newfree);
        } else if (block->kind == BLOCK_CLASS) {
            Object *class_name = identifier(block->unit, "__class__");
            if (name_in(&newfree, class_name)) {
                name_remove(&newfree, class_name);
                block->needs_class_closure = true;
            }
        }
        update_symbols(block, bound, &newfree);
        name_add_all(free, &newfree);
    }
    name_set_free(&local);
    name_set_free(&newbound);
    name_set_free(&newfree);
    name_set_free(&newglobal);
    return status;
}

/* ---- the codes' slots --------------------------------------------------------------- */

static bool is_free(const Symbol *symbol)
{
    return symbol->resolution == FREE || (symbol->flags & DEF_FREE_CLASS);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(STR_DATA(*(Object *const *)a), STR_DATA(*(Object *const *)b));
}

/* A tuple of the names that pass `keep`, sorted as CPython sorts
 * co_cellvars and co_freevars (UTF-8 byte order is code point order). */
static Object *sorted_names(Block *block, bool (*keep)(const Symbol *), Object *extra)
{
    size_t count = extra != NULL;
    for (size_t i = 0; i < block->count; i++)
        count += keep(&block->symbols[i]);
    Object *tuple = tuple_new((intptr_t)count);
    size_t n = 0;
    if (extra != NULL)
        TUPLE_ITEMS(tuple)[n++] = incref(extra);
    for (size_t i = 0; i < block->count; i++) {
        if (keep(&block->symbols[i]))
            TUPLE_ITEMS(tuple)[n++] = incref(block->symbols[i].name);
    }
    qsort(TUPLE_ITEMS(tuple), count, sizeof(Object *), compare_names);
    return tuple;
}

static bool is_cell_symbol(const Symbol *symbol) { return symbol->resolution == CELL; }

static bool in_tuple(Object *tuple, Object *name)
{
    for (intptr_t i = 0; i < TUPLE_SIZE(tuple); i++) {
        if (TUPLE_ITEMS(tuple)[i] == name)
            return true;
    }
    return false;
}

/* The plain locals of a function: parameters, then the other bound names
 * in the order of their first binding. Cells that are parameters keep
 * their parameter slot (CPython's CO_FAST_LOCAL | CO_FAST_CELL). */
static size_t function_varnames(Block *block, Object **names)
{
    size_t count = 0;
    for (size_t i = 0; i < block->nparams; i++)
        names[count++] = block->symbols[i].name;
    /* each rank belongs to one symbol: place them by rank, in one pass */
    Object **by_rank = mem_alloc((block->nbound + 1) * sizeof(Object *));
    memset(by_rank, 0, (block->nbound + 1) * sizeof(Object *));
    for (size_t i = block->nparams; i < block->count; i++) {
        Symbol *symbol = &block->symbols[i];
        if (symbol->bind_order != NOT_BOUND && symbol->resolution == LOCAL
            && !(symbol->flags & DEF_PARAM))
            by_rank[symbol->bind_order] = symbol->name;
    }
    for (size_t rank = 0; rank < block->nbound; rank++) {
        if (by_rank[rank] != NULL)
            names[count++] = by_rank[rank];
    }
    mem_free(by_rank, (block->nbound + 1) * sizeof(Object *));
    return count;
}

/* How the block's own code uses the slot of `name`. */
static unsigned char slot_kind(Block *block, Object *name, bool free_slot)
{
    Symbol *symbol = symbol_find(block, name);
    Resolution resolution = symbol ? symbol->resolution : UNRESOLVED;
    unsigned char kind = free_slot ? SLOT_FREE : SLOT_CELL;
    if (block->kind == BLOCK_CLASS && resolution != FREE)
        kind |= SLOT_HIDDEN;
    return kind;
}

static void layout_code(Block *block)
{
    Code *code = block->code;
    Object *class_cell = block->needs_class_closure ? identifier(block->unit, "__class__") : NULL;
    code->cellvars = sorted_names(block, is_cell_symbol, class_cell);
    code->freevars = sorted_names(block, is_free, NULL);
    size_t ncells = (size_t)TUPLE_SIZE(code->cellvars), nfree = (size_t)TUPLE_SIZE(code->freevars);
    Object **names = mem_alloc((block->count + ncells + 1) * sizeof(Object *));
    size_t nlocals = block->kind == BLOCK_FUNCTION ? function_varnames(block, names) : 0;
    size_t nslots = nlocals;
    for (size_t i = 0; i < ncells; i++) {
        Object *name = TUPLE_ITEMS(code->cellvars)[i];
        bool parameter = false;
        for (size_t j = 0; j < nlocals; j++)
            parameter |= names[j] == name;
        if (!parameter)
            names[nslots++] = name;
    }
    /* co_cellvars lists the cells in slot order: the parameters among
     * them first, then the others (sorted) */
    if (ncells > 0) {
        Object *ordered = tuple_new((intptr_t)ncells);
        for (size_t i = 0, n = 0; i < nslots; i++) {
            if (in_tuple(code->cellvars, names[i]))
                TUPLE_ITEMS(ordered)[n++] = incref(names[i]);
        }
        object_set_slot(&code->cellvars, ordered);
    }
    size_t total = nslots + nfree;
    code->nlocals = nlocals;
    if (block->kind == BLOCK_FUNCTION || total > 0) {
        code->local_names = tuple_new((intptr_t)total);
        for (size_t i = 0; i < total; i++) {
            Object *name = i < nslots ? names[i] : TUPLE_ITEMS(code->freevars)[i - nslots];
            TUPLE_ITEMS(code->local_names)[i] = incref(name);
        }
    }
    mem_free(names, (block->count + ncells + 1) * sizeof(Object *));
    if (ncells + nfree > 0) {
        code->slot_kinds = arena_alloc(block->unit, total);
        for (size_t i = 0; i < total; i++) {
            Object *name = TUPLE_ITEMS(code->local_names)[i];
            bool cell = i < nslots && in_tuple(code->cellvars, name);
            code->slot_kinds[i] = i >= nslots ? slot_kind(block, name, true)
                                : cell ? slot_kind(block, name, false) : SLOT_LOCAL;
        }
    }
}

/* A class's `global x` sends its uses of x past the namespace. */
static void layout_class_globals(Block *block)
{
    size_t count = 0;
    for (size_t i = 0; i < block->count; i++)
        count += block->symbols[i].resolution == GLOBAL_EXPLICIT;
    if (count == 0)
        return;
    block->code->class_globals = tuple_new((intptr_t)count);
    for (size_t i = 0, n = 0; i < block->count; i++) {
        if (block->symbols[i].resolution == GLOBAL_EXPLICIT)
            TUPLE_ITEMS(block->code->class_globals)[n++] = incref(block->symbols[i].name);
    }
}

static void layout_codes(Block *block)
{
    if (block->kind != BLOCK_MODULE)
        layout_code(block);
    if (block->kind == BLOCK_CLASS)
        layout_class_globals(block);
    for (size_t i = 0; i < block->nchildren; i++)
        layout_codes(block->children[i]);
}

/* ---- the entry point -------------------------------------------------------- */

int scope_pass(Unit *unit)
{
    Block *top = block_new(NULL, BLOCK_MODULE, unit->module_code);
    int depth = runtime.recursion_depth * COMPILE_DEPTH_SCALE;
    top->unit = unit;
    top->depth = &depth;
    int status = visit_statements(top, &unit->body);
    if (status == 0) {
        NameSet free = {NULL, 0, 0}, global = {NULL, 0, 0};
        status = analyze_block(top, NULL, &free, &global);
        name_set_free(&free);
        name_set_free(&global);
    }
    if (status == 0)
        layout_codes(top);
    block_free(top);
    return status;
}
