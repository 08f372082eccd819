/* parse_state.c: the parser's token stream and node helpers.
 *
 * The whole stream is cut up front (tokenize_all); the rules look at it
 * through peek_token, current, check, advance and match. Nodes, arrays and
 * the objects the tree refers to live in the unit's arena. CPython: the
 * token helpers of Parser/pegen.c (_PyPegen_fill_token, _PyPegen_expect_token)
 * and the node constructors of Parser/action_helpers.c.
 */
#include <stdio.h>
#include <string.h>

#include "parser_internal.h"
#include "stackguard.h"

/* ---- tokens --------------------------------------------------------------- */

void tokenize_all(Parser *p)
{
    for (;;) {
        if (p->ntokens == p->capacity) {
            size_t old = p->capacity * sizeof(Token);
            p->capacity = p->capacity ? p->capacity * 2 : 64;
            p->tokens = mem_realloc(p->tokens, old, p->capacity * sizeof(Token));
        }
        Token token = lexer_next(&p->lexer);
        p->tokens[p->ntokens++] = token;
        if (token.kind == TOK_EOF || token.kind == TOK_ERROR)
            return;
    }
}

_Noreturn void parse_fail(Parser *p)
{
    longjmp(p->on_error, 1);
}

void take_lexer_error(Parser *p)
{
    const LexError *e = &p->lexer.error;
    Type *const classes[] = {
        [LEX_SYNTAX_ERROR] = &exc_SyntaxError,
        [LEX_INDENTATION_ERROR] = &exc_IndentationError,
        [LEX_TAB_ERROR] = &exc_TabError,
    };
    Type *kind = classes[e->error_class];
    p->error = (ParseError){true, kind, true, false, "", e->line, e->offset};
    snprintf(p->error.message, sizeof p->error.message, "%s", e->message);
}

_Noreturn void lexer_failed(Parser *p)
{
    take_lexer_error(p);
    parse_fail(p);
}

/* The token `ahead` places on; reaching the lexer's error reports it, as
 * CPython's tokenizer raises when the parser asks for the bad token. */
const Token *peek_token(Parser *p, size_t ahead)
{
    size_t i = p->pos + ahead;
    if (i >= p->ntokens)
        i = p->ntokens - 1;
    if (p->tokens[i].kind == TOK_ERROR)
        lexer_failed(p);
    return &p->tokens[i];
}

const Token *current(Parser *p) { return peek_token(p, 0); }
TokenKind kind_at(Parser *p, size_t ahead) { return peek_token(p, ahead)->kind; }
bool check(Parser *p, TokenKind kind) { return kind_at(p, 0) == kind; }

const Token *advance(Parser *p)
{
    const Token *token = current(p);
    if (token->kind != TOK_EOF)
        p->pos++;
    return token;
}

bool match(Parser *p, TokenKind kind)
{
    if (!check(p, kind))
        return false;
    advance(p);
    return true;
}

/* ---- arena helpers -------------------------------------------------------- */

Node *new_node(Parser *p, NodeKind kind, int line, int col)
{
    Node *node = arena_alloc(p->unit, sizeof(Node));
    node->kind = kind;
    node->line = line;
    node->col = col;
    return node;
}

Node *node_at_token(Parser *p, NodeKind kind, const Token *token)
{
    return new_node(p, kind, token->line, token->col);
}

/* Append to an array that lives in the arena: it doubles by copying, and
 * the old copy is simply left behind until the arena goes. */
void *grow(Parser *p, void *items, size_t count, size_t *capacity, size_t item_size)
{
    if (count < *capacity)
        return items;
    size_t new_capacity = *capacity ? *capacity * 2 : 4;
    void *bigger = arena_alloc(p->unit, new_capacity * item_size);
    if (count)
        memcpy(bigger, items, count * item_size);
    *capacity = new_capacity;
    return bigger;
}


void push_node(Parser *p, ListBuilder *b, Node *node)
{
    b->list.items = grow(p, b->list.items, b->list.count, &b->capacity, sizeof(Node *));
    b->list.items[b->list.count++] = node;
}

/* ---- the nesting limit ------------------------------------------------------
 * CPython 3.11's parser counts the rules it is inside (p->level) and stops
 * at MAXSTACK, 6000, with MemoryError: `x = ` followed by 5,968 unary
 * minuses fails so, because the statement's own rules take about 33
 * levels. minipy's rules are fewer, so each recursion point counts the
 * levels CPython's grammar spends there (one per operator, two per
 * lambda) on top of that fixed 33. The C stack is checked too, for
 * frames bigger than expected (stackguard.h): the same MemoryError. */
#define PARSE_MAX_LEVEL 6000    /* CPython's MAXSTACK */
#define PARSE_BASE_LEVEL 33     /* CPython's rules above an expression */

void enter_level(Parser *p, int levels)
{
    p->level += levels;
    if (p->level + PARSE_BASE_LEVEL > PARSE_MAX_LEVEL || stack_exhausted()) {
        error_set_object((Object *)&exc_MemoryError);
        p->object_error = true;
        parse_fail(p);
    }
}

void leave_level(Parser *p, int levels)
{
    p->level -= levels;
}

/* ---- objects -------------------------------------------------------------- */

static Object *check_object(Parser *p, Object *op)
{
    if (op == NULL) {
        p->object_error = true;
        parse_fail(p);
    }
    return op;
}

/* An identifier as a str that the unit keeps (borrowed): one object per
 * distinct name in the unit, interned from chapter 2 on. */
Object *name_object(Parser *p, const Token *token)
{
    char *text = arena_alloc(p->unit, token->length + 1);
    memcpy(text, token->start, token->length);
    return name_from_text(p, text);
}

Object *name_from_text(Parser *p, const char *text)
{
    Object *name = check_object(p, str_intern_cstr(text));
    Object *known = dict_get_item(p->unit->names, name);
    if (known != NULL) {
        decref(name);
        return known;
    }
    int status = dict_set_item(p->unit->names, name, name);
    decref(name);
    if (status < 0)
        check_object(p, NULL);
    return name;
}

Node *constant_node(Parser *p, const Token *token, Object *value)
{
    Node *node = node_at_token(p, EXPR_CONSTANT, token);
    node->as.constant.value = value;
    node->as.constant.constant = value;
    return node;
}

/* The parser's own object for a literal, kept in the arena as CPython's
 * parser keeps it (steals op). */
Node *literal_node(Parser *p, const Token *token, Object *op)
{
    return constant_node(p, token, arena_keep(p->unit, check_object(p, op)));
}
