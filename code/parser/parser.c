/* parser.c: tokens to the syntax tree of ast.h, by recursive descent:
 * statements, and parse_unit, the entry point.
 *
 * One function per grammar rule, as in clox's compiler, with Python's
 * precedence climbing from `or` down to atoms (parse_expr.c). The whole
 * token stream is cut first (tokenize_all, parse_state.c), so that any
 * rule may look ahead and so that, after a syntax error, a later tokenizer
 * error can win as it does in CPython (see choose_error, syntax_error.c).
 *
 * Errors: the first one ends the parse. Every node, list and name lives in
 * the unit's arena or its object lists, so nothing needs undoing, and the
 * parser jumps straight back to parse_unit with longjmp, as Lua's parser
 * does (luaD_throw). Messages and positions are CPython 3.11's.
 * CPython: Parser/parser.c (generated from Grammar/python.gram) and
 * Parser/peg_api.c.
 */
#include <stdio.h>
#include <string.h>

#include "parser_internal.h"

/* ---- simple statements ---------------------------------------------------- */

static Node *statement_node(Parser *p, NodeKind kind)
{
    return node_at_token(p, kind, advance(p));
}

static int augmented_operator(TokenKind kind)
{
    switch (kind) {
    case TOK_PLUSEQ: return '+';
    case TOK_MINUSEQ: return '-';
    case TOK_STAREQ: return '*';
    case TOK_SLASHEQ: return '/';
    case TOK_DOUBLESLASHEQ: return 'f';
    case TOK_PERCENTEQ: return '%';
    case TOK_DOUBLESTAREQ: return 'p';
    case TOK_LSHIFTEQ: return 'l';
    case TOK_RSHIFTEQ: return 'r';
    case TOK_AMPEREQ: return '&';
    case TOK_VBAREQ: return '|';
    case TOK_CIRCUMFLEXEQ: return '^';
    default: return 0;
    }
}

static Node *augmented_assignment(Parser *p, Node *target)
{
    int op = augmented_operator(advance(p)->kind);
    if (target->kind != EXPR_NAME && target->kind != EXPR_ATTRIBUTE
        && target->kind != EXPR_SUBSCRIPT)
        error_at(p, target->line, target->col, "'%s' is an illegal expression "
                 "for augmented assignment", expression_name(target));
    Node *node = new_node(p, STMT_AUGASSIGN, target->line, target->col);
    node->as.augassign.target = target;
    node->as.augassign.op = op;
    node->as.augassign.value = star_expressions(p);
    return node;
}

/* t1 = t2 = value */
static Node *assignment(Parser *p, Node *first)
{
    Node *node = new_node(p, STMT_ASSIGN, first->line, first->col);
    ListBuilder targets = {{0, NULL}, 0};
    Node *value = first;
    while (match(p, TOK_EQUAL)) {
        push_node(p, &targets, value);
        value = star_expressions(p);
    }
    check_assign_targets(p, &targets.list);
    node->as.assign.targets = targets.list;
    node->as.assign.value = value;
    return node;
}

/* print "x": Python 2 habits get CPython's hint. */
static void check_legacy_print(Parser *p, const Node *expr)
{
    if (expr->kind != EXPR_NAME || !starts_expression(kind_at(p, 0))
        || check(p, TOK_MINUS) || check(p, TOK_PLUS) || check(p, TOK_LPAREN))
        return;
    const char *name = STR_DATA(expr->as.name.id);
    if (strcmp(name, "print") == 0 || strcmp(name, "exec") == 0)
        error_at(p, expr->line, expr->col, "Missing parentheses in call to "
                 "'%s'. Did you mean %s(...)?", name, name);
}

static Node *expression_statement(Parser *p)
{
    Node *first = star_expressions(p);
    if (check(p, TOK_EQUAL))
        return assignment(p, first);
    if (augmented_operator(kind_at(p, 0)))
        return augmented_assignment(p, first);
    check_legacy_print(p, first);
    Node *node = new_node(p, STMT_EXPR, first->line, first->col);
    node->as.expr.value = first;
    node->as.expr.echo = p->mode == PARSE_SINGLE && p->block_depth == 0;
    return node;
}

static bool ends_simple_statement(TokenKind kind)
{
    return kind == TOK_NEWLINE || kind == TOK_SEMICOLON || kind == TOK_EOF;
}

static Node *return_statement(Parser *p)
{
    Node *node = statement_node(p, STMT_RETURN);
    if (!ends_simple_statement(kind_at(p, 0)))
        node->as.expr.value = star_expressions(p);
    return node;
}

static Node *raise_statement(Parser *p)
{
    Node *node = statement_node(p, STMT_RAISE);
    if (!ends_simple_statement(kind_at(p, 0)))
        node->as.raise.exc = expression(p);
    return node;
}

static Node *assert_statement(Parser *p)
{
    Node *node = statement_node(p, STMT_ASSERT);
    node->as.assert_.test = expression(p);
    if (match(p, TOK_COMMA))
        node->as.assert_.msg = expression(p);
    return node;
}

static Node *del_statement(Parser *p)
{
    Node *node = statement_node(p, STMT_DEL);
    ListBuilder targets = {{0, NULL}, 0};
    do {
        if (check(p, TOK_STAR))
            error_at_token(p, current(p), "cannot delete starred");
        Node *target = expression(p);
        check_target(p, target, "delete");
        push_node(p, &targets, target);
    } while (match(p, TOK_COMMA) && !ends_simple_statement(kind_at(p, 0)));
    node->as.del.targets = targets.list;
    return node;
}

/* A name the grammar requires here (after import, from, as, def, class,
 * global), as a str; any other token is "invalid syntax". */
static Object *expect_name(Parser *p)
{
    if (!check(p, TOK_NAME))
        invalid_syntax(p);
    return name_object(p, advance(p));
}

/* global a, b   /   nonlocal a, b */
static Node *global_statement(Parser *p, NodeKind kind)
{
    Node *node = statement_node(p, kind);
    size_t capacity = 0;
    do {
        Object *name = expect_name(p);
        node->as.global.names = grow(p, node->as.global.names, node->as.global.count,
                                     &capacity, sizeof(Object *));
        node->as.global.names[node->as.global.count++] = name;
    } while (match(p, TOK_COMMA));
    return node;
}

typedef struct ImportBuilder {
    ImportName *items;
    size_t count, capacity;
} ImportBuilder;

/* A module name is one NAME: minipy imports NAME.py files and its own
 * modules, and has no packages (`import a.b`, `from . import x`). */
static Object *module_name(Parser *p)
{
    const Token *dot = check(p, TOK_NAME) ? peek_token(p, 1) : current(p);
    if (dot->start[0] == '.')
        error_at_token(p, dot, "invalid syntax (packages and relative imports are not in "
                               "minipy's subset of Python)");
    return expect_name(p);
}

/* [as alias] after the name just read */
static void import_name(Parser *p, ImportBuilder *b, Object *name)
{
    Object *alias = match(p, TOK_AS) ? expect_name(p) : NULL;
    b->items = grow(p, b->items, b->count, &b->capacity, sizeof(ImportName));
    b->items[b->count++] = (ImportName){name, alias};
}

static Node *import_statement(Parser *p)
{
    Node *node = statement_node(p, STMT_IMPORT);
    ImportBuilder names = {NULL, 0, 0};
    do
        import_name(p, &names, module_name(p));
    while (match(p, TOK_COMMA));
    node->as.import.count = names.count;
    node->as.import.names = names.items;
    return node;
}

/* from m import a, b as c   /   from m import (a, b) */
static Node *from_import_statement(Parser *p)
{
    Node *node = statement_node(p, STMT_IMPORTFROM);
    node->as.import.module = module_name(p);
    expect(p, TOK_IMPORT);
    bool parenthesized = match(p, TOK_LPAREN);
    ImportBuilder names = {NULL, 0, 0};
    do {
        if (parenthesized && check(p, TOK_RPAREN))
            break;
        import_name(p, &names, expect_name(p));
    } while (match(p, TOK_COMMA));
    if (parenthesized)
        expect(p, TOK_RPAREN);
    node->as.import.count = names.count;
    node->as.import.names = names.items;
    return node;
}

static Node *simple_statement(Parser *p)
{
    switch (kind_at(p, 0)) {
    case TOK_PASS: return statement_node(p, STMT_PASS);
    case TOK_BREAK: return statement_node(p, STMT_BREAK);
    case TOK_CONTINUE: return statement_node(p, STMT_CONTINUE);
    case TOK_RETURN: return return_statement(p);
    case TOK_RAISE: return raise_statement(p);
    case TOK_ASSERT: return assert_statement(p);
    case TOK_DEL: return del_statement(p);
    case TOK_GLOBAL: return global_statement(p, STMT_GLOBAL);
    case TOK_NONLOCAL: return global_statement(p, STMT_NONLOCAL);
    case TOK_IMPORT: return import_statement(p);
    case TOK_FROM: return from_import_statement(p);
    default: return expression_statement(p);
    }
}

/* simple (';' simple)* [';'] NEWLINE */
static void simple_statements(Parser *p, ListBuilder *body)
{
    do {
        if (check(p, TOK_NEWLINE))
            break;
        push_node(p, body, simple_statement(p));
    } while (match(p, TOK_SEMICOLON));
    if (!match(p, TOK_NEWLINE))
        invalid_syntax(p);
}

/* ---- compound statements -------------------------------------------------- */

static void statement(Parser *p, ListBuilder *body);

/* The ':' of a header. CPython says "expected ':'" when the line ends
 * there, and for some keywords (def, try, else, finally) always. */
static void header_colon(Parser *p, bool forced)
{
    if (match(p, TOK_COLON))
        return;
    if (forced || check(p, TOK_NEWLINE))
        error_at_token(p, current(p), "expected ':'");
    invalid_syntax(p);
}

/* The body after a header: an indented block, or simple statements on the
 * same line. `what` names the header for the IndentationError. */
static NodeList block(Parser *p, const char *what, int header_line)
{
    ListBuilder body = {{0, NULL}, 0};
    if (!match(p, TOK_NEWLINE)) {
        simple_statements(p, &body);
        return body.list;
    }
    if (!match(p, TOK_INDENT))
        indentation_error(p, current(p), "expected an indented block after "
                          "%s on line %d", what, header_line);
    while (!match(p, TOK_DEDENT) && !check(p, TOK_EOF))
        statement(p, &body);
    return body.list;
}

static NodeList else_block(Parser *p)
{
    const Token *keyword = advance(p);
    header_colon(p, true);
    return block(p, "'else' statement", keyword->line);
}

/* The condition of if/elif/while; `if x = 1:` gets CPython's hint. */
static Node *condition(Parser *p)
{
    Node *test = expression(p);
    if (check(p, TOK_EQUAL) && test->kind == EXPR_NAME)
        error_at(p, test->line, test->col, "invalid syntax. Maybe you meant "
                 "'==' or ':=' instead of '='?");
    return test;
}

/* if/elif/else: an elif is an if nested in the orelse, as in CPython. */
static Node *if_statement(Parser *p)
{
    const Token *keyword = advance(p);
    Node *node = node_at_token(p, STMT_IF, keyword);
    node->as.if_.test = condition(p);
    header_colon(p, false);
    node->as.if_.body = block(p, keyword->kind == TOK_IF ? "'if' statement"
                              : "'elif' statement", keyword->line);
    if (check(p, TOK_ELIF)) {
        ListBuilder orelse = {{0, NULL}, 0};
        enter_level(p, 1);
        push_node(p, &orelse, if_statement(p));
        leave_level(p, 1);
        node->as.if_.orelse = orelse.list;
    } else if (check(p, TOK_ELSE)) {
        node->as.if_.orelse = else_block(p);
    }
    return node;
}

static Node *while_statement(Parser *p)
{
    const Token *keyword = advance(p);
    Node *node = node_at_token(p, STMT_WHILE, keyword);
    node->as.if_.test = condition(p);
    header_colon(p, false);
    node->as.if_.body = block(p, "'while' statement", keyword->line);
    if (check(p, TOK_ELSE))
        node->as.if_.orelse = else_block(p);
    return node;
}

static Node *for_statement(Parser *p)
{
    const Token *keyword = advance(p);
    Node *node = node_at_token(p, STMT_FOR, keyword);
    Node *target = expression_list(p, star_target);
    check_target(p, target, "assign to");
    node->as.for_.target = target;
    expect(p, TOK_IN);
    node->as.for_.iter = star_expressions(p);
    header_colon(p, false);
    node->as.for_.body = block(p, "'for' statement", keyword->line);
    if (check(p, TOK_ELSE))
        node->as.for_.orelse = else_block(p);
    return node;
}

/* The parameters of one def or lambda as they are met: positional ones,
 * then keyword-only ones (after `*` or `*args`), then `**kwargs`. */
typedef struct ParamList {
    KeywordBuilder positional, kwonly;
    const Token *varargs, *varkw;   /* their names, or NULL */
    const Token *star;              /* the `*` (bare or not), or NULL */
} ParamList;

/* `*` or `*args`: CPython's messages for what may not follow it. */
static void star_parameter(Parser *p, ParamList *list, TokenKind end)
{
    const Token *star = advance(p);
    if (list->star != NULL)
        error_at_token(p, star, "* argument may appear only once");
    list->star = star;
    if (check(p, TOK_NAME)) {
        list->varargs = advance(p);
        if (check(p, TOK_EQUAL))
            error_at_token(p, current(p), "var-positional argument cannot have default value");
        return;
    }
    /* a bare `*` needs a keyword-only parameter after it */
    bool comma = check(p, TOK_COMMA);
    TokenKind next = kind_at(p, comma ? 1 : 0);
    if (next == end || next == TOK_DOUBLESTAR) {
        /* CPython points at the `*` of a def, past it in a lambda */
        const Token *at = end == TOK_RPAREN ? star : peek_token(p, comma ? 1 : 0);
        error_at_token(p, at, "named arguments must follow bare *");
    }
}

static void double_star_parameter(Parser *p, ParamList *list, TokenKind end)
{
    advance(p);
    if (!check(p, TOK_NAME))
        invalid_syntax(p);
    list->varkw = advance(p);
    if (check(p, TOK_EQUAL))
        error_at_token(p, current(p), "var-keyword argument cannot have default value");
    if (match(p, TOK_COMMA) && !check(p, end))
        error_at_token(p, current(p), "arguments cannot follow var-keyword argument");
}

/* A named parameter; after a default, every positional one needs one. */
static void named_parameter(Parser *p, ParamList *list, bool *seen_default)
{
    const Token *name = advance(p);
    Node *default_value = NULL;
    if (match(p, TOK_EQUAL))
        default_value = expression(p);
    else if (*seen_default && list->star == NULL)
        error_at_token(p, name, "non-default argument follows default argument");
    if (list->star == NULL)
        *seen_default |= default_value != NULL;
    push_keyword(p, list->star ? &list->kwonly : &list->positional, name, default_value);
}

/* Lay the parameters out in co_varnames order: positional, keyword-only,
 * *args, **kwargs. */
static void store_parameters(Parser *p, Node *def, ParamList *list)
{
    KeywordBuilder all = list->positional;
    for (size_t i = 0; i < list->kwonly.count; i++) {
        all.items = grow(p, all.items, all.count, &all.capacity, sizeof(Keyword));
        all.items[all.count++] = list->kwonly.items[i];
    }
    def->as.funcdef.nargcount = list->positional.count;
    def->as.funcdef.nkwonly = list->kwonly.count;
    def->as.funcdef.varargs = list->varargs != NULL;
    def->as.funcdef.varkw = list->varkw != NULL;
    if (list->varargs)
        push_keyword(p, &all, list->varargs, NULL);
    if (list->varkw)
        push_keyword(p, &all, list->varkw, NULL);
    def->as.funcdef.nparams = all.count;
    def->as.funcdef.params = all.items;
}

/* (a, b=1, *args, c, d=2, **kwargs), up to the token `end` (consumed). */
void parameters(Parser *p, Node *def, TokenKind end)
{
    ParamList list = {{NULL, 0, 0}, {NULL, 0, 0}, NULL, NULL, NULL};
    bool seen_default = false;
    while (!check(p, end)) {
        if (check(p, TOK_DOUBLESTAR)) {
            double_star_parameter(p, &list, end);
            break;
        }
        if (check(p, TOK_STAR))
            star_parameter(p, &list, end);
        else if (check(p, TOK_NAME))
            named_parameter(p, &list, &seen_default);
        else
            invalid_syntax(p);
        if (!match(p, TOK_COMMA))
            break;
    }
    expect(p, end);
    store_parameters(p, def, &list);
}

static Node *def_statement(Parser *p)
{
    const Token *keyword = advance(p);
    Node *node = node_at_token(p, STMT_FUNCTIONDEF, keyword);
    node->as.funcdef.name = expect_name(p);
    if (!match(p, TOK_LPAREN))
        error_at_token(p, current(p), "expected '('");
    parameters(p, node, TOK_RPAREN);
    header_colon(p, true);
    p->block_depth++;
    node->as.funcdef.body = block(p, "function definition", keyword->line);
    p->block_depth--;
    return node;
}

static Node *class_statement(Parser *p)
{
    const Token *keyword = advance(p);
    Node *node = node_at_token(p, STMT_CLASSDEF, keyword);
    node->as.classdef.name = expect_name(p);
    if (match(p, TOK_LPAREN)) {
        ListBuilder bases = {{0, NULL}, 0};
        while (!check(p, TOK_RPAREN)) {
            Node *base = expression(p);
            push_node(p, &bases, base);
            if (!match(p, TOK_COMMA) && !check(p, TOK_RPAREN))
                after_element(p, base);
        }
        advance(p);
        node->as.classdef.bases = bases.list;
    }
    header_colon(p, false);
    p->block_depth++;
    node->as.classdef.body = block(p, "class definition", keyword->line);
    p->block_depth--;
    return node;
}

typedef struct HandlerBuilder {
    ExceptHandler *items;
    size_t count, capacity;
} HandlerBuilder;

/* except [E [as name]]: */
static void except_clause(Parser *p, HandlerBuilder *b)
{
    const Token *keyword = advance(p);
    ExceptHandler handler = {NULL, NULL, {0, NULL}, keyword->line, keyword->col};
    if (!check(p, TOK_COLON) && !check(p, TOK_NEWLINE)) {
        handler.type = expression(p);
        if (check(p, TOK_COMMA))
            error_at(p, handler.type->line, handler.type->col,
                     "multiple exception types must be parenthesized");
        if (match(p, TOK_AS))
            handler.name = expect_name(p);
    }
    header_colon(p, false);
    handler.body = block(p, "'except' statement", keyword->line);
    b->items = grow(p, b->items, b->count, &b->capacity, sizeof(ExceptHandler));
    b->items[b->count++] = handler;
}

static Node *try_statement(Parser *p)
{
    const Token *keyword = advance(p);
    Node *node = node_at_token(p, STMT_TRY, keyword);
    header_colon(p, true);
    node->as.try_.body = block(p, "'try' statement", keyword->line);
    HandlerBuilder handlers = {NULL, 0, 0};
    while (check(p, TOK_EXCEPT))
        except_clause(p, &handlers);
    node->as.try_.nhandlers = handlers.count;
    node->as.try_.handlers = handlers.items;
    if (handlers.count > 0 && check(p, TOK_ELSE))
        node->as.try_.orelse = else_block(p);
    if (check(p, TOK_FINALLY)) {
        const Token *finally = advance(p);
        header_colon(p, true);
        node->as.try_.finalbody = block(p, "'finally' statement", finally->line);
    } else if (handlers.count == 0) {
        error_at_token(p, current(p), "expected 'except' or 'finally' block");
    }
    return node;
}

/* with EXPR [as TARGET] (, EXPR [as TARGET])* : each item after the
 * first is a `with` nested in the body of the one before. */
static Node *with_items(Parser *p, const Token *keyword)
{
    Node *node = node_at_token(p, STMT_WITH, keyword);
    node->as.with.context = expression(p);
    if (match(p, TOK_AS)) {
        Node *target = expression(p);
        check_target(p, target, "assign to");
        node->as.with.target = target;
    }
    if (match(p, TOK_COMMA)) {
        ListBuilder body = {{0, NULL}, 0};
        push_node(p, &body, with_items(p, keyword));
        node->as.with.body = body.list;
        return node;
    }
    header_colon(p, false);
    node->as.with.body = block(p, "'with' statement", keyword->line);
    return node;
}

static void statement(Parser *p, ListBuilder *body)
{
    switch (kind_at(p, 0)) {
    case TOK_IF: push_node(p, body, if_statement(p)); return;
    case TOK_WHILE: push_node(p, body, while_statement(p)); return;
    case TOK_FOR: push_node(p, body, for_statement(p)); return;
    case TOK_DEF: push_node(p, body, def_statement(p)); return;
    case TOK_CLASS: push_node(p, body, class_statement(p)); return;
    case TOK_TRY: push_node(p, body, try_statement(p)); return;
    case TOK_WITH: push_node(p, body, with_items(p, advance(p))); return;
    case TOK_INDENT: invalid_syntax(p);
    default: simple_statements(p, body); return;
    }
}

static bool starts_compound_statement(TokenKind kind)
{
    switch (kind) {
    case TOK_IF: case TOK_WHILE: case TOK_FOR: case TOK_DEF: case TOK_CLASS:
    case TOK_TRY: case TOK_WITH: case TOK_ASYNC:
        return true;
    default:
        return false;
    }
}

/* PARSE_FILE: statements to the end. PARSE_SINGLE: exactly one. */
static void module(Parser *p)
{
    ListBuilder body = {{0, NULL}, 0};
    if (p->mode == PARSE_SINGLE && !check(p, TOK_EOF)) {
        bool compound = starts_compound_statement(kind_at(p, 0));
        statement(p, &body);
        if (!check(p, TOK_EOF) && compound)
            invalid_syntax(p);
        if (!check(p, TOK_EOF))     /* CPython points at the end of the first */
            error_at_token(p, &p->tokens[p->pos - 1], "multiple statements "
                           "found while compiling a single statement");
    }
    while (!check(p, TOK_EOF))
        statement(p, &body);
    p->unit->body = body.list;
}


/* Source files must be UTF-8; str_from_utf8 relies on it. Returns the
 * offset of the first bad byte, or -1. */
static long invalid_utf8_at(const char *text, size_t size)
{
    size_t i = 0;
    while (i < size) {
        unsigned char c = (unsigned char)text[i];
        size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > size)
            return (long)i;
        for (size_t k = 1; k < n; k++) {
            if (((unsigned char)text[i + k] & 0xC0) != 0x80)
                return (long)i;
        }
        i += n;
    }
    return -1;
}

static bool check_encoding(Parser *p)
{
    Unit *unit = p->unit;
    const char *nul = memchr(unit->source, '\0', unit->source_size);
    if (nul != NULL) {
        int line = 1;
        for (const char *c = unit->source; c < nul; c++)
            line += *c == '\n';
        p->error = (ParseError){true, &exc_SyntaxError, true, true, "", line, 0};
        snprintf(p->error.message, sizeof p->error.message,
                 "source code cannot contain null bytes");
        return false;
    }
    long bad = invalid_utf8_at(unit->source, unit->source_size);
    if (bad < 0)
        return true;
    int line = 1;
    for (long i = 0; i < bad; i++)
        line += unit->source[i] == '\n';
    p->error = (ParseError){true, &exc_SyntaxError, true, true, "", line, 1};
    snprintf(p->error.message, sizeof p->error.message,
             "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
             "but no encoding declared; see https://peps.python.org/pep-0263/ "
             "for details", (unsigned char)unit->source[bad],
             STR_DATA(unit->filename), line);
    return false;
}

/* The setjmp lives here, in a function with no locals to lose. */
static bool parse_tokens(Parser *p)
{
    if (setjmp(p->on_error) != 0)
        return false;
    module(p);
    return true;
}

static bool parse(Parser *p)
{
    if (!check_encoding(p))
        return false;
    lexer_init(&p->lexer, p->unit->source, p->unit->source_size);
    tokenize_all(p);
    bool parsed = parse_tokens(p);
    mem_free(p->tokens, p->capacity * sizeof(Token));
    return parsed;
}

/* A unit that will never run: break the module-code cycle, then drop it. */
static void discard_unit(Unit *unit)
{
    unit_drop_arena_objects(unit);
    decref(&unit->base);
}

Unit *parse_unit(const char *source, size_t size, const char *filename, ParseMode mode)
{
    Unit *unit = unit_new(source, size, filename, mode == PARSE_SINGLE);
    Parser p;
    memset(&p, 0, sizeof p);
    p.unit = unit;
    p.mode = mode;
    if (!parse(&p)) {
        if (!p.object_error) {
            choose_error(&p);
            unit_syntax_error(unit, p.error.kind, p.error.line,
                              p.error.offset - 1, p.error.message);
        }
        discard_unit(unit);
        return NULL;
    }
    if (unit_compile(unit) < 0) {
        discard_unit(unit);
        return NULL;
    }
    return unit;
}

/* ---- the REPL's question: is this entry finished? ------------------------- */

/* Is the last line of the entry empty (only blanks)? */
static bool ends_with_blank_line(const char *source, size_t size)
{
    if (size == 0 || source[size - 1] != '\n')
        return false;
    size_t i = size - 1;
    while (i > 0 && (source[i - 1] == ' ' || source[i - 1] == '\t'))
        i--;
    return i == 0 || source[i - 1] == '\n';
}

int parse_needs_more(const char *source, size_t size)
{
    Lexer lexer;
    lexer_init(&lexer, source, size);
    bool block = false, first = true;
    for (;;) {
        Token token = lexer_next(&lexer);
        if (first && token.kind != TOK_NEWLINE)
            block = starts_compound_statement(token.kind);
        first = false;
        if (token.kind == TOK_INDENT)
            block = true;
        if (token.kind == TOK_ERROR) {
            LexErrorKind kind = lexer.error.kind;
            return kind == LEXERR_UNCLOSED || kind == LEXERR_UNCLOSED_STRING
                || kind == LEXERR_EOF_IN_CONTINUATION;
        }
        if (token.kind == TOK_EOF)
            return block && !ends_with_blank_line(source, size);
    }
}
