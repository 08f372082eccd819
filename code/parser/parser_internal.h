/* parser_internal.h: what the pieces of the parser share (parser.c,
 * parse_expr.c, parse_state.c, syntax_error.c): the Parser state, the
 * first error it met, the builders of node arrays, and the rules and
 * helpers one piece calls in another. Not for the rest of the runtime,
 * which uses parser.h. CPython: Parser/pegen.h (the Parser struct and the
 * helpers of pegen.c).
 */
#ifndef MINIPY_PARSER_INTERNAL_H
#define MINIPY_PARSER_INTERNAL_H

#include "parser.h"

#include <setjmp.h>

#include "bool.h"
#include "dict.h"
#include "error.h"
#include "float.h"
#include "int.h"
#include "lexer.h"
#include "list.h"
#include "memory.h"
#include "str.h"
#include "tuple.h"

typedef struct ParseError {
    bool set;
    Type *kind;                 /* SyntaxError or a subclass */
    bool from_lexer;
    bool final;                 /* "unexpected indent": never replaced */
    char message[320];          /* the longest: the int digits limit's */
    int line;
    int offset;                 /* 1-based, in bytes of the line */
} ParseError;

typedef struct Parser {
    Unit *unit;
    ParseMode mode;
    Lexer lexer;
    Token *tokens;              /* the whole stream, ending in EOF or ERROR */
    size_t ntokens, capacity;
    size_t pos;
    int block_depth;            /* def/class bodies around the current statement */
    int level;                  /* how deep the rules nest (enter_level) */
    jmp_buf on_error;
    ParseError error;
    bool object_error;          /* an object constructor failed: its
                                 * exception is set, it is not a SyntaxError */
} Parser;

/* Node arrays built in the arena (push_node, push_keyword). */
typedef struct ListBuilder {
    NodeList list;
    size_t capacity;
} ListBuilder;

typedef struct KeywordBuilder {
    Keyword *items;
    size_t count, capacity;
} KeywordBuilder;

/* ---- parse_state.c: the token stream ---- */

void tokenize_all(Parser *p);
/* Back to parse_unit: the parse ends with p->error set. */
_Noreturn void parse_fail(Parser *p);
void take_lexer_error(Parser *p);
_Noreturn void lexer_failed(Parser *p);
const Token *peek_token(Parser *p, size_t ahead);
const Token *current(Parser *p);
TokenKind kind_at(Parser *p, size_t ahead);
bool check(Parser *p, TokenKind kind);
const Token *advance(Parser *p);
bool match(Parser *p, TokenKind kind);

/* ---- parse_state.c: the nesting limit ---- */

/* A rule that recurses without a bracket (unary operators, `not`, the
 * `else` of a conditional expression, `lambda`, `elif`) goes `levels`
 * deeper; past CPython's limit the parse ends with MemoryError, as
 * CPython 3.11's does. leave_level undoes it on the way back. */
void enter_level(Parser *p, int levels);
void leave_level(Parser *p, int levels);

/* ---- parse_state.c: nodes and objects in the arena ---- */

Node *new_node(Parser *p, NodeKind kind, int line, int col);
Node *node_at_token(Parser *p, NodeKind kind, const Token *token);
void *grow(Parser *p, void *items, size_t count, size_t *capacity, size_t item_size);
void push_node(Parser *p, ListBuilder *b, Node *node);
Object *name_object(Parser *p, const Token *token);
/* The unit's one str for an identifier spelled `text` (borrowed). */
Object *name_from_text(Parser *p, const char *text);
Node *constant_node(Parser *p, const Token *token, Object *value);
Node *literal_node(Parser *p, const Token *token, Object *op);

/* ---- parser.c ---- */

/* A def's or lambda's parameters, up to the token `end` (consumed). */
void parameters(Parser *p, Node *def, TokenKind end);

/* ---- syntax_error.c ---- */

_Noreturn void error_at(Parser *p, int line, int col, const char *fmt, ...);
_Noreturn void error_at_token(Parser *p, const Token *token, const char *fmt, ...);
_Noreturn void indentation_error(Parser *p, const Token *token, const char *fmt, ...);
_Noreturn void invalid_syntax(Parser *p);
const Token *expect(Parser *p, TokenKind kind);
void choose_error(Parser *p);

/* ---- parse_expr.c: expression rules and target checks ---- */

bool starts_expression(TokenKind kind);
void after_element(Parser *p, Node *element);
void push_keyword(Parser *p, KeywordBuilder *b, const Token *name, Node *value);
/* `*` and what `operand` parses after it: an EXPR_STARRED. */
Node *starred_expression(Parser *p, Node *(*operand)(Parser *));
Node *sum(Parser *p);
Node *expression(Parser *p);
/* parse_literal.c: a number, or one or more adjacent strings (one
 * constant, or an f-string's JoinedStr), at the current token. */
Node *number_literal(Parser *p);
Node *string_literal(Parser *p);
/* `a or b` and tighter: an expression that is neither a conditional
 * expression nor a lambda (what CPython's grammar calls a disjunction:
 * a comprehension's iterable and conditions are ones). */
Node *disjunction(Parser *p);
Node *expression_list(Parser *p, Node *(*element)(Parser *));
Node *star_expressions(Parser *p);
Node *star_expression(Parser *p);
/* parse_comp.c: `elt for ...` after elt (and value, for a dict), the
 * bracket `open` at the start: an EXPR_LISTCOMP, SETCOMP, DICTCOMP or
 * GENEXP node; the closing bracket is the caller's. */
Node *comprehension(Parser *p, NodeKind kind, const Token *open, Node *elt, Node *value);
Node *star_target(Parser *p);
const char *expression_name(const Node *node);
void check_assign_targets(Parser *p, const NodeList *targets);
void check_target(Parser *p, const Node *target, const char *verb);

#endif
