/* parser.c: tokens to the syntax tree of ast.h, by recursive descent.
 *
 * One function per grammar rule, as in clox's compiler, with Python's
 * precedence climbing from `or` down to atoms. The whole token stream is
 * cut first (tokenize_all), so that any rule may look ahead and so that,
 * after a syntax error, a later tokenizer error can win as it does in
 * CPython (see choose_error).
 *
 * Errors: the first one ends the parse. Every node, list and name lives in
 * the unit's arena or its object lists, so nothing needs undoing, and the
 * parser jumps straight back to parse_unit with longjmp, as Lua's parser
 * does (luaD_throw). Messages and positions are CPython 3.11's.
 */
#include "parser.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    char message[200];
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
    jmp_buf on_error;
    ParseError error;
    bool object_error;          /* an object constructor failed: its
                                 * exception is set, it is not a SyntaxError */
} Parser;

/* ---- tokens --------------------------------------------------------------- */

static void tokenize_all(Parser *p)
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

static _Noreturn void fail(Parser *p)
{
    longjmp(p->on_error, 1);
}

static void take_lexer_error(Parser *p)
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

static _Noreturn void lexer_failed(Parser *p)
{
    take_lexer_error(p);
    fail(p);
}

/* The token `ahead` places on; reaching the lexer's error reports it, as
 * CPython's tokenizer raises when the parser asks for the bad token. */
static const Token *peek_token(Parser *p, size_t ahead)
{
    size_t i = p->pos + ahead;
    if (i >= p->ntokens)
        i = p->ntokens - 1;
    if (p->tokens[i].kind == TOK_ERROR)
        lexer_failed(p);
    return &p->tokens[i];
}

static const Token *current(Parser *p) { return peek_token(p, 0); }
static TokenKind kind_at(Parser *p, size_t ahead) { return peek_token(p, ahead)->kind; }
static bool check(Parser *p, TokenKind kind) { return kind_at(p, 0) == kind; }

static const Token *advance(Parser *p)
{
    const Token *token = current(p);
    if (token->kind != TOK_EOF)
        p->pos++;
    return token;
}

static bool match(Parser *p, TokenKind kind)
{
    if (!check(p, kind))
        return false;
    advance(p);
    return true;
}

/* ---- errors --------------------------------------------------------------- */

static _Noreturn void error_at_v(Parser *p, Type *kind, int line, int col,
                                 const char *fmt, va_list ap)
{
    bool final = p->error.final;
    p->error = (ParseError){true, kind, false, false, "", line, col + 1};
    p->error.final = final;
    vsnprintf(p->error.message, sizeof p->error.message, fmt, ap);
    va_end(ap);
    fail(p);
}

static _Noreturn void error_at(Parser *p, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_at_v(p, &exc_SyntaxError, line, col, fmt, ap);
}

static _Noreturn void error_at_token(Parser *p, const Token *token, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_at_v(p, &exc_SyntaxError, token->line, token->col, fmt, ap);
}

static _Noreturn void indentation_error(Parser *p, const Token *token, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_at_v(p, &exc_IndentationError, token->line, token->col, fmt, ap);
}

/* A keyword of full Python that minipy's subset leaves out, or NULL. */
static const char *unsupported_keyword(TokenKind kind)
{
    switch (kind) {
    case TOK_LAMBDA: return "'lambda' is";
    case TOK_WITH: return "'with' is";
    case TOK_YIELD: return "'yield' is";
    case TOK_NONLOCAL: return "'nonlocal' is";
    case TOK_ASYNC: return "'async' is";
    case TOK_AWAIT: return "'await' is";
    default: return NULL;
    }
}

/* Is the current token inside a subscript's brackets, x[...]? (A `[`
 * right after an operand opens a subscript, elsewhere a list.) */
static bool inside_subscript(const Parser *p)
{
    int closed = 0;
    for (size_t i = p->pos; i-- > 0;) {
        TokenKind kind = p->tokens[i].kind;
        if (kind == TOK_RPAREN || kind == TOK_RBRACKET || kind == TOK_RBRACE) {
            closed++;
        } else if (kind == TOK_LPAREN || kind == TOK_LBRACKET || kind == TOK_LBRACE) {
            if (closed-- > 0)
                continue;
            TokenKind before = i > 0 ? p->tokens[i - 1].kind : TOK_EOF;
            return kind == TOK_LBRACKET
                && (before == TOK_NAME || before == TOK_STRING || before == TOK_RPAREN
                    || before == TOK_RBRACKET || before == TOK_RBRACE);
        }
    }
    return false;
}

/* Python's operators that minipy's subset leaves out (the lexer gives
 * them, and stray characters like `$`, the kind TOK_OTHER_OP). */
static bool python_operator(const Token *token)
{
    static const char *const operators[] = {
        "**", "@", "&", "|", "^", "~", "<<", ">>", "->", ":=", "/=", "%=", "//=",
        "**=", "&=", "|=", "^=", "<<=", ">>=", "@=", NULL,
    };
    for (const char *const *op = operators; *op; op++)
        if (strlen(*op) == token->length && memcmp(*op, token->start, token->length) == 0)
            return true;
    return false;
}

/* A `*` where an operand should start: after ( [ , = or at the start. */
static bool star_as_prefix(const Parser *p)
{
    if (p->pos == 0)
        return true;
    TokenKind before = p->tokens[p->pos - 1].kind;
    return before == TOK_LPAREN || before == TOK_LBRACKET || before == TOK_COMMA
        || before == TOK_EQUAL || before == TOK_NEWLINE || before == TOK_INDENT
        || before == TOK_DEDENT;
}

/* A string written right after a name, as in f"..." or b"...": a string
 * prefix, which minipy's lexer does not know. */
static bool after_string_prefix(const Parser *p, const Token *token)
{
    if (token->kind != TOK_STRING || p->pos == 0)
        return false;
    const Token *before = &p->tokens[p->pos - 1];
    return before->kind == TOK_NAME && before->line == token->line
        && before->start + before->length == token->start && before->length <= 2
        && strspn(before->start, "fFrRbBuU") >= before->length;
}

/* What a parse failure at `token` most likely tried to use from the part
 * of Python that minipy's subset leaves out (appendix B), or NULL. */
static const char *outside_subset(const Parser *p, const Token *token)
{
    const char *keyword = unsupported_keyword(token->kind);
    if (keyword)
        return keyword;
    if (after_string_prefix(p, token))
        return "string prefixes such as f\"\" are";
    switch (token->kind) {
    case TOK_OTHER_OP: return python_operator(token) ? "this operator is" : NULL;
    case TOK_STAR: return star_as_prefix(p) ? "starred expressions such as *args are" : NULL;
    case TOK_IF: return "conditional expressions (x if c else y) are";
    case TOK_FOR: return token->depth > 0 ? "comprehensions are" : NULL;
    case TOK_COLON:
        return inside_subscript(p) ? "slices are" : NULL;
    default: return NULL;
    }
}

/* CPython's message, plus a word for the reader who pasted real Python
 * that minipy's subset leaves out. */
static _Noreturn void invalid_syntax(Parser *p)
{
    const Token *token = current(p);
    if (token->kind == TOK_INDENT) {
        p->error.final = true;
        indentation_error(p, token, "unexpected indent");
    }
    const char *outside = outside_subset(p, token);
    if (outside)
        error_at_token(p, token, "invalid syntax (%s not in minipy's subset of Python)", outside);
    error_at_token(p, token, "invalid syntax");
}

static const Token *expect(Parser *p, TokenKind kind)
{
    if (!check(p, kind))
        invalid_syntax(p);
    return advance(p);
}

/* ---- arena helpers -------------------------------------------------------- */

static Node *new_node(Parser *p, NodeKind kind, int line, int col)
{
    Node *node = arena_alloc(p->unit, sizeof(Node));
    node->kind = kind;
    node->line = line;
    node->col = col;
    return node;
}

static Node *node_at_token(Parser *p, NodeKind kind, const Token *token)
{
    return new_node(p, kind, token->line, token->col);
}

/* Append to an array that lives in the arena: it doubles by copying, and
 * the old copy is simply left behind until the arena goes. */
static void *grow(Parser *p, void *items, size_t count, size_t *capacity, size_t item_size)
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

typedef struct ListBuilder {
    NodeList list;
    size_t capacity;
} ListBuilder;

static void push_node(Parser *p, ListBuilder *b, Node *node)
{
    b->list.items = grow(p, b->list.items, b->list.count, &b->capacity, sizeof(Node *));
    b->list.items[b->list.count++] = node;
}

/* ---- objects -------------------------------------------------------------- */

static Object *check_object(Parser *p, Object *op)
{
    if (op == NULL) {
        p->object_error = true;
        fail(p);
    }
    return op;
}

/* An identifier as a str that the unit keeps (borrowed): one object per
 * distinct name in the unit, interned from chapter 2 on. */
static Object *name_object(Parser *p, const Token *token)
{
    char *text = arena_alloc(p->unit, token->length + 1);
    memcpy(text, token->start, token->length);
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

static Node *constant_node(Parser *p, const Token *token, Object *value)
{
    Node *node = node_at_token(p, EXPR_CONSTANT, token);
    node->as.constant.value = value;
    node->as.constant.constant = value;
    return node;
}

/* The parser's own object for a literal, kept in the arena as CPython's
 * parser keeps it (steals op). */
static Node *literal_node(Parser *p, const Token *token, Object *op)
{
    return constant_node(p, token, arena_keep(p->unit, check_object(p, op)));
}

/* Token text without the underscores Python allows between digits. */
static char *digits_text(Parser *p, const Token *token, size_t *length)
{
    char *text = arena_alloc(p->unit, token->length + 1);
    size_t n = 0;
    for (size_t i = 0; i < token->length; i++) {
        if (token->start[i] != '_')
            text[n++] = token->start[i];
    }
    *length = n;
    return text;
}

static Node *number_literal(Parser *p)
{
    const Token *token = advance(p);
    size_t length;
    char *text = digits_text(p, token, &length);
    bool radix = length > 1 && text[0] == '0' && strchr("xXoObB", text[1]) != NULL;
    if (!radix && strpbrk(text, ".eE") != NULL)
        return literal_node(p, token, float_from_double(strtod(text, NULL)));
    Object *value = int_from_string(text, length);
    if (value == NULL && error_matches(&exc_ValueError)) {     /* CPython 3.11's digit limit */
        error_clear();
        error_at_token(p, token, "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", INT_MAX_STR_DIGITS, length);
    }
    return literal_node(p, token, value);
}

static bool hex_digit(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static bool starts_string(Parser *p, size_t ahead)
{
    return kind_at(p, ahead) == TOK_STRING;
}

/* A \x, \u or \U escape without its hex digits, at byte `at` of the
 * string's body. CPython points just past the literal. */
static _Noreturn void bad_escape(Parser *p, const Token *token, size_t at)
{
    const char *quote = token->start + (*token->start != '\'' && *token->start != '"');
    bool triple = token->length - (size_t)(quote - token->start) >= 6
                  && quote[1] == quote[0] && quote[2] == quote[0];
    const char *body = quote + (triple ? 3 : 1);
    char kind = body[at + 1];
    const char *form = kind == 'x' ? "\\xXX" : kind == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
    size_t end = at + 1;
    while (hex_digit(body[end + 1]))
        end++;
    error_at(p, token->line, token->col + (int)token->length,
             "(unicode error) 'unicodeescape' codec can't decode bytes in "
             "position %zu-%zu: truncated %s escape", at, end, form);
}

/* Adjacent string literals make one constant, as in CPython. */
static Node *string_literal(Parser *p)
{
    const Token *first = current(p);
    size_t total = 0;
    for (size_t i = 0; starts_string(p, i); i++)
        total += peek_token(p, i)->length;
    char *buffer = arena_alloc(p->unit, total + 1);
    size_t size = 0;
    while (check(p, TOK_STRING)) {
        const Token *token = advance(p);
        size_t piece;
        if (!lexer_decode_string(token, buffer + size, &piece))
            bad_escape(p, token, piece);
        size += piece;
    }
    return literal_node(p, first, str_from_utf8(buffer, size));
}

/* ---- expressions ---------------------------------------------------------- */

static Node *expression(Parser *p);
static Node *star_expressions(Parser *p);

/* Can this token begin an expression? For "Perhaps you forgot a comma?". */
static bool starts_expression(TokenKind kind)
{
    switch (kind) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_LPAREN:
    case TOK_LBRACKET: case TOK_LBRACE: case TOK_TRUE: case TOK_FALSE:
    case TOK_NONE: case TOK_MINUS: case TOK_PLUS: case TOK_NOT:
        return true;
    default:
        return false;
    }
}

/* Parse an expression only to see where it ends, as CPython's second pass
 * does: true with p->pos just past it. `parsed` is volatile because it
 * changes after the setjmp. */
static bool expression_ends(Parser *p)
{
    jmp_buf outer;
    memcpy(outer, p->on_error, sizeof outer);
    volatile bool parsed = false;
    if (setjmp(p->on_error) == 0) {
        expression(p);
        parsed = true;
    }
    memcpy(p->on_error, outer, sizeof outer);
    return parsed;
}

/* CPython's hint for two expressions in a row inside brackets reads the
 * second expression and the token after it (invalid_expression). If that
 * token is the end of the input with a bracket still open, the tokenizer's
 * "was never closed" is raised instead; it also wins, afterwards, when the
 * last token read lies on a later line than the bracket left open
 * (_PyPegen_tokenize_full_source_to_check_for_errors). */
static void forgot_comma(Parser *p, Node *element)
{
    size_t start = p->pos;
    bool parsed = expression_ends(p);
    if (!parsed && (p->error.from_lexer || p->object_error))
        fail(p);
    int last_line = p->tokens[p->pos].line;
    p->pos = start;
    if (parsed && p->lexer.error.kind == LEXERR_UNCLOSED && last_line > p->lexer.error.line)
        lexer_failed(p);
    error_at(p, element->line, element->col, "invalid syntax. Perhaps you forgot a comma?");
}

/* An element inside brackets must be followed by one of the tokens the
 * display allows. Two expressions in a row get CPython's hint. */
static void after_element(Parser *p, Node *element)
{
    const Token *next = current(p);
    bool name_then_string = element->kind == EXPR_NAME && next->kind == TOK_STRING;
    if (next->depth > 0 && starts_expression(next->kind) && !name_then_string
        && next->kind != TOK_MINUS && next->kind != TOK_PLUS)
        forgot_comma(p, element);
    invalid_syntax(p);
}

static Node *name_node(Parser *p)
{
    const Token *token = advance(p);
    Node *node = node_at_token(p, EXPR_NAME, token);
    node->as.name.id = name_object(p, token);
    return node;
}

/* ( ... ): a parenthesized expression, () or a tuple. */
static Node *paren(Parser *p)
{
    const Token *open = advance(p);
    Node *tuple = node_at_token(p, EXPR_TUPLE, open);
    ListBuilder elts = {{0, NULL}, 0};
    if (match(p, TOK_RPAREN))
        return tuple;
    Node *first = expression(p);
    if (match(p, TOK_RPAREN))
        return first;
    push_node(p, &elts, first);
    while (match(p, TOK_COMMA) && !check(p, TOK_RPAREN)) {
        push_node(p, &elts, expression(p));
    }
    if (!match(p, TOK_RPAREN))
        after_element(p, elts.list.items[elts.list.count - 1]);
    tuple->as.list.elts = elts.list;
    return tuple;
}

static Node *list_display(Parser *p)
{
    Node *list = node_at_token(p, EXPR_LIST, advance(p));
    ListBuilder elts = {{0, NULL}, 0};
    while (!check(p, TOK_RBRACKET)) {
        Node *element = expression(p);
        push_node(p, &elts, element);
        if (!match(p, TOK_COMMA)) {
            if (!check(p, TOK_RBRACKET))
                after_element(p, element);
            break;
        }
    }
    advance(p);
    list->as.list.elts = elts.list;
    return list;
}

static Node *dict_display(Parser *p)
{
    Node *dict = node_at_token(p, EXPR_DICT, advance(p));
    ListBuilder keys = {{0, NULL}, 0}, values = {{0, NULL}, 0};
    while (!check(p, TOK_RBRACE)) {
        Node *key = expression(p);
        if (!match(p, TOK_COLON)) {
            /* After a first pair this is surely a dict (CPython's
             * invalid_kvpair); the first key may still open a set. */
            if (keys.list.count > 0 || check(p, TOK_COMMA) || check(p, TOK_RBRACE))
                error_at(p, key->line, key->col, "':' expected after dictionary key");
            after_element(p, key);
        }
        Node *value = expression(p);
        push_node(p, &keys, key);
        push_node(p, &values, value);
        if (!match(p, TOK_COMMA)) {
            if (!check(p, TOK_RBRACE))
                after_element(p, value);
            break;
        }
    }
    advance(p);
    dict->as.dict.keys = keys.list;
    dict->as.dict.values = values.list;
    return dict;
}

static Node *atom(Parser *p)
{
    const Token *token = current(p);
    switch (token->kind) {
    case TOK_NAME: return name_node(p);
    case TOK_NUMBER: return number_literal(p);
    case TOK_STRING: return string_literal(p);
    case TOK_TRUE: advance(p); return constant_node(p, token, True);
    case TOK_FALSE: advance(p); return constant_node(p, token, False);
    case TOK_NONE: advance(p); return constant_node(p, token, None);
    case TOK_LPAREN: return paren(p);
    case TOK_LBRACKET: return list_display(p);
    case TOK_LBRACE: return dict_display(p);
    default: invalid_syntax(p);
    }
}

typedef struct KeywordBuilder {
    Keyword *items;
    size_t count, capacity;
} KeywordBuilder;

static void push_keyword(Parser *p, KeywordBuilder *b, const Token *name, Node *value)
{
    b->items = grow(p, b->items, b->count, &b->capacity, sizeof(Keyword));
    b->items[b->count++] = (Keyword){name_object(p, name), value, name->line, name->col};
}

/* f(a, b, k=v): positional arguments first, then keywords. */
static void call_arguments(Parser *p, Node *call)
{
    ListBuilder args = {{0, NULL}, 0};
    KeywordBuilder keywords = {NULL, 0, 0};
    bool positional_after_keyword = false;
    while (!check(p, TOK_RPAREN)) {
        Node *value;
        if (check(p, TOK_NAME) && kind_at(p, 1) == TOK_EQUAL) {
            const Token *name = advance(p);
            advance(p);
            value = expression(p);
            push_keyword(p, &keywords, name, value);
        } else {
            value = expression(p);
            positional_after_keyword |= keywords.count > 0;
            push_node(p, &args, value);
        }
        if (!match(p, TOK_COMMA)) {
            if (!check(p, TOK_RPAREN))
                after_element(p, value);
            break;
        }
    }
    if (positional_after_keyword)
        error_at_token(p, current(p), "positional argument follows keyword argument");
    advance(p);
    call->as.call.args = args.list;
    call->as.call.nkeywords = keywords.count;
    call->as.call.keywords = keywords.items;
}

/* atom followed by .name, (args) and [index] trailers. */
static Node *primary(Parser *p)
{
    Node *node = atom(p);
    for (;;) {
        Node *trailer;
        if (match(p, TOK_DOT)) {
            trailer = new_node(p, EXPR_ATTRIBUTE, node->line, node->col);
            if (!check(p, TOK_NAME))
                invalid_syntax(p);
            trailer->as.attribute.object = node;
            trailer->as.attribute.attr = name_object(p, advance(p));
        } else if (match(p, TOK_LPAREN)) {
            trailer = new_node(p, EXPR_CALL, node->line, node->col);
            trailer->as.call.func = node;
            call_arguments(p, trailer);
        } else if (match(p, TOK_LBRACKET)) {
            trailer = new_node(p, EXPR_SUBSCRIPT, node->line, node->col);
            trailer->as.subscript.object = node;
            trailer->as.subscript.index = star_expressions(p);
            if (!match(p, TOK_RBRACKET))
                after_element(p, trailer->as.subscript.index);
        } else {
            return node;
        }
        node = trailer;
    }
}

static Node *unary(Parser *p, UnaryOp op, Node *(*operand)(Parser *))
{
    const Token *token = advance(p);
    Node *node = node_at_token(p, EXPR_UNARY, token);
    node->as.unary.op = op;
    node->as.unary.operand = operand(p);
    return node;
}

static Node *factor(Parser *p)
{
    if (check(p, TOK_MINUS))
        return unary(p, UNARY_NEG, factor);
    if (check(p, TOK_PLUS))
        return unary(p, UNARY_POS, factor);
    return primary(p);
}

static Node *binary(Parser *p, Node *left, int op, Node *(*operand)(Parser *))
{
    advance(p);
    Node *node = new_node(p, EXPR_BINARY, left->line, left->col);
    node->as.binary.op = op;
    node->as.binary.left = left;
    node->as.binary.right = operand(p);
    return node;
}

static int term_operator(TokenKind kind)
{
    switch (kind) {
    case TOK_STAR: return '*';
    case TOK_SLASH: return '/';
    case TOK_DOUBLESLASH: return 'f';
    case TOK_PERCENT: return '%';
    default: return 0;
    }
}

static Node *term(Parser *p)
{
    Node *node = factor(p);
    int op;
    while ((op = term_operator(kind_at(p, 0))) != 0)
        node = binary(p, node, op, factor);
    return node;
}

static Node *sum(Parser *p)
{
    Node *node = term(p);
    for (;;) {
        if (check(p, TOK_PLUS))
            node = binary(p, node, '+', term);
        else if (check(p, TOK_MINUS))
            node = binary(p, node, '-', term);
        else
            return node;
    }
}

/* The comparison operator at the current token (consumed), or -1. */
static int comparison_operator(Parser *p)
{
    static const TokenKind simple[] = {TOK_LT, TOK_LE, TOK_EQEQ, TOK_NOTEQ, TOK_GT, TOK_GE};
    static const CmpKind simple_kind[] = {CMPK_LT, CMPK_LE, CMPK_EQ, CMPK_NE, CMPK_GT, CMPK_GE};
    TokenKind kind = kind_at(p, 0);
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++) {
        if (kind == simple[i]) {
            advance(p);
            return (int)simple_kind[i];
        }
    }
    if (kind == TOK_IN) {
        advance(p);
        return CMPK_IN;
    }
    if (kind == TOK_NOT && kind_at(p, 1) == TOK_IN) {
        p->pos += 2;
        return CMPK_NOT_IN;
    }
    if (kind == TOK_IS) {
        advance(p);
        return match(p, TOK_NOT) ? CMPK_IS_NOT : CMPK_IS;
    }
    return -1;
}

/* a < b <= c: one node with n operators, as CPython's Compare. */
static Node *comparison(Parser *p)
{
    Node *left = sum(p);
    int op = comparison_operator(p);
    if (op < 0)
        return left;
    Node *node = new_node(p, EXPR_COMPARE, left->line, left->col);
    size_t count = 0, op_capacity = 0, comparator_capacity = 0;
    CmpKind *ops = NULL;
    Node **comparators = NULL;
    for (; op >= 0; op = comparison_operator(p)) {
        ops = grow(p, ops, count, &op_capacity, sizeof(CmpKind));
        comparators = grow(p, comparators, count, &comparator_capacity, sizeof(Node *));
        ops[count] = (CmpKind)op;
        comparators[count++] = sum(p);
    }
    node->as.compare.left = left;
    node->as.compare.count = count;
    node->as.compare.ops = ops;
    node->as.compare.comparators = comparators;
    return node;
}

static Node *inversion(Parser *p)
{
    if (check(p, TOK_NOT))
        return unary(p, UNARY_NOT, inversion);
    return comparison(p);
}

/* a and b and c (is_and) / a or b or c: one node with all the values. */
static Node *bool_operation(Parser *p, TokenKind keyword, Node *(*operand)(Parser *))
{
    Node *first = operand(p);
    if (!check(p, keyword))
        return first;
    Node *node = new_node(p, EXPR_BOOLOP, first->line, first->col);
    ListBuilder values = {{0, NULL}, 0};
    push_node(p, &values, first);
    while (match(p, keyword))
        push_node(p, &values, operand(p));
    node->as.boolop.is_and = keyword == TOK_AND;
    node->as.boolop.values = values.list;
    return node;
}

static Node *conjunction(Parser *p) { return bool_operation(p, TOK_AND, inversion); }
static Node *expression(Parser *p) { return bool_operation(p, TOK_OR, conjunction); }

/* Can `kind` end an expression list? Then a trailing comma is allowed. */
static bool ends_expression_list(TokenKind kind)
{
    switch (kind) {
    case TOK_NEWLINE: case TOK_EOF: case TOK_SEMICOLON: case TOK_EQUAL:
    case TOK_RPAREN: case TOK_RBRACKET: case TOK_RBRACE: case TOK_COLON:
    case TOK_PLUSEQ: case TOK_MINUSEQ: case TOK_STAREQ: case TOK_IN:
        return true;
    default:
        return false;
    }
}

/* a, b, c without brackets: a tuple (assignments, return, for). */
static Node *expression_list(Parser *p, Node *(*element)(Parser *))
{
    Node *first = element(p);
    if (!check(p, TOK_COMMA))
        return first;
    Node *tuple = new_node(p, EXPR_TUPLE, first->line, first->col);
    ListBuilder elts = {{0, NULL}, 0};
    push_node(p, &elts, first);
    while (match(p, TOK_COMMA) && !ends_expression_list(kind_at(p, 0)))
        push_node(p, &elts, element(p));
    tuple->as.list.elts = elts.list;
    return tuple;
}

static Node *star_expressions(Parser *p) { return expression_list(p, expression); }

/* ---- targets -------------------------------------------------------------- */

/* What CPython calls an expression in "cannot assign to ...". */
static const char *expression_name(const Node *node)
{
    switch (node->kind) {
    case EXPR_CALL: return "function call";
    case EXPR_UNARY: case EXPR_BINARY: case EXPR_BOOLOP: return "expression";
    case EXPR_COMPARE: return "comparison";
    case EXPR_DICT: return "dict literal";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_NAME: return "name";
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_CONSTANT:
        if (node->as.constant.value == None) return "None";
        if (node->as.constant.value == True) return "True";
        if (node->as.constant.value == False) return "False";
        return "literal";
    default: return "expression";
    }
}

/* The first part of a target that cannot be assigned to, or NULL. */
static const Node *invalid_target(const Node *node)
{
    switch (node->kind) {
    case EXPR_NAME: case EXPR_ATTRIBUTE: case EXPR_SUBSCRIPT:
        return NULL;
    case EXPR_TUPLE: case EXPR_LIST:
        for (size_t i = 0; i < node->as.list.elts.count; i++) {
            const Node *bad = invalid_target(node->as.list.elts.items[i]);
            if (bad != NULL)
                return bad;
        }
        return NULL;
    default:
        return node;
    }
}

static bool is_keyword_constant(const Node *node)
{
    return node->kind == EXPR_CONSTANT
        && (node->as.constant.value == None || node->as.constant.value == True
            || node->as.constant.value == False);
}

/* `1 = x`: CPython guesses a comparison was meant, when the bad target is
 * a plain expression and the only target. */
static bool looks_like_comparison(const Node *target, const Node *bad, bool last)
{
    bool display = target->kind == EXPR_TUPLE || target->kind == EXPR_LIST;
    bool above_bitwise = target->kind == EXPR_COMPARE || target->kind == EXPR_BOOLOP
        || (target->kind == EXPR_UNARY && target->as.unary.op == UNARY_NOT);
    return last && bad == target && !display && !above_bitwise
        && !is_keyword_constant(target);
}

static void check_assign_targets(Parser *p, const NodeList *targets)
{
    for (size_t i = 0; i < targets->count; i++) {
        const Node *target = targets->items[i];
        const Node *bad = invalid_target(target);
        if (bad == NULL)
            continue;
        if (looks_like_comparison(target, bad, targets->count == 1))
            error_at(p, bad->line, bad->col, "cannot assign to %s here. Maybe "
                     "you meant '==' instead of '='?", expression_name(bad));
        error_at(p, bad->line, bad->col, "cannot assign to %s", expression_name(bad));
    }
}

static void check_target(Parser *p, const Node *target, const char *verb)
{
    const Node *bad = invalid_target(target);
    if (bad != NULL)
        error_at(p, bad->line, bad->col, "cannot %s %s", verb, expression_name(bad));
}

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
        Node *target = expression(p);
        check_target(p, target, "delete");
        push_node(p, &targets, target);
    } while (match(p, TOK_COMMA) && !ends_simple_statement(kind_at(p, 0)));
    node->as.del.targets = targets.list;
    return node;
}

static Node *global_statement(Parser *p)
{
    Node *node = statement_node(p, STMT_GLOBAL);
    size_t capacity = 0;
    do {
        if (!check(p, TOK_NAME))
            invalid_syntax(p);
        node->as.global.names = grow(p, node->as.global.names, node->as.global.count,
                                     &capacity, sizeof(Object *));
        node->as.global.names[node->as.global.count++] = name_object(p, advance(p));
    } while (match(p, TOK_COMMA));
    return node;
}

typedef struct ImportBuilder {
    ImportName *items;
    size_t count, capacity;
} ImportBuilder;

/* name [as alias] */
static void import_name(Parser *p, ImportBuilder *b)
{
    if (!check(p, TOK_NAME))
        invalid_syntax(p);
    Object *name = name_object(p, advance(p));
    Object *alias = NULL;
    if (match(p, TOK_AS)) {
        if (!check(p, TOK_NAME))
            invalid_syntax(p);
        alias = name_object(p, advance(p));
    }
    b->items = grow(p, b->items, b->count, &b->capacity, sizeof(ImportName));
    b->items[b->count++] = (ImportName){name, alias};
}

static Node *import_statement(Parser *p)
{
    Node *node = statement_node(p, STMT_IMPORT);
    ImportBuilder names = {NULL, 0, 0};
    do
        import_name(p, &names);
    while (match(p, TOK_COMMA));
    node->as.import.count = names.count;
    node->as.import.names = names.items;
    return node;
}

/* from m import a, b as c   /   from m import (a, b) */
static Node *from_import_statement(Parser *p)
{
    Node *node = statement_node(p, STMT_IMPORTFROM);
    if (!check(p, TOK_NAME))
        invalid_syntax(p);
    node->as.import.module = name_object(p, advance(p));
    expect(p, TOK_IMPORT);
    bool parenthesized = match(p, TOK_LPAREN);
    ImportBuilder names = {NULL, 0, 0};
    do {
        if (parenthesized && check(p, TOK_RPAREN))
            break;
        import_name(p, &names);
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
    case TOK_GLOBAL: return global_statement(p);
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
        push_node(p, &orelse, if_statement(p));
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
    Node *target = expression_list(p, sum);
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

/* (a, b=1, c=2): after a default, every parameter needs one. */
static void parameters(Parser *p, Node *def)
{
    KeywordBuilder params = {NULL, 0, 0};
    bool seen_default = false;
    while (!check(p, TOK_RPAREN)) {
        if (!check(p, TOK_NAME))
            invalid_syntax(p);
        const Token *name = advance(p);
        Node *default_value = NULL;
        if (match(p, TOK_EQUAL))
            default_value = expression(p);
        else if (seen_default)
            error_at_token(p, name, "non-default argument follows default argument");
        seen_default |= default_value != NULL;
        push_keyword(p, &params, name, default_value);
        if (!match(p, TOK_COMMA))
            break;
    }
    expect(p, TOK_RPAREN);
    def->as.funcdef.nparams = params.count;
    def->as.funcdef.params = params.items;
}

static Node *def_statement(Parser *p)
{
    const Token *keyword = advance(p);
    Node *node = node_at_token(p, STMT_FUNCTIONDEF, keyword);
    if (!check(p, TOK_NAME))
        invalid_syntax(p);
    node->as.funcdef.name = name_object(p, advance(p));
    if (!match(p, TOK_LPAREN))
        error_at_token(p, current(p), "expected '('");
    parameters(p, node);
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
    if (!check(p, TOK_NAME))
        invalid_syntax(p);
    node->as.classdef.name = name_object(p, advance(p));
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
        if (match(p, TOK_AS)) {
            if (!check(p, TOK_NAME))
                invalid_syntax(p);
            handler.name = name_object(p, advance(p));
        }
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

static void statement(Parser *p, ListBuilder *body)
{
    switch (kind_at(p, 0)) {
    case TOK_IF: push_node(p, body, if_statement(p)); return;
    case TOK_WHILE: push_node(p, body, while_statement(p)); return;
    case TOK_FOR: push_node(p, body, for_statement(p)); return;
    case TOK_DEF: push_node(p, body, def_statement(p)); return;
    case TOK_CLASS: push_node(p, body, class_statement(p)); return;
    case TOK_TRY: push_node(p, body, try_statement(p)); return;
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

/* ---- the SyntaxError object ----------------------------------------------- */

/* Where line `line` (1-based) of the unit's source starts, and its length
 * without the newline. */
static const char *line_bounds(const Unit *unit, int line, size_t *length)
{
    const char *p = unit->source, *end = unit->source + unit->source_size;
    for (int n = 1; n < line && p < end; p++) {
        if (*p == '\n')
            n++;
    }
    const char *stop = p;
    while (stop < end && *stop != '\n')
        stop++;
    *length = (size_t)(stop - p);
    return p;
}

/* The text of line `line` with its newline, as CPython gives it. */
static Object *source_line(Unit *unit, int line, const char **start, size_t *length)
{
    const char *p = *start = line_bounds(unit, line, length);
    char *text = mem_alloc(*length + 2);
    memcpy(text, p, *length);
    memcpy(text + *length, "\n", 2);
    Object *result = str_from_utf8(text, *length + 1);
    mem_free(text, *length + 2);
    return result;
}

/* CPython's offset counts characters, not bytes. */
static int character_offset(const char *line, size_t length, int byte_offset)
{
    int chars = 1;
    for (size_t i = 0; i + 1 < (size_t)byte_offset && i < length; i++) {
        if (((unsigned char)line[i] & 0xC0) != 0x80)
            chars++;
    }
    return byte_offset > (int)length + 1 ? byte_offset : chars;
}

int unit_syntax_error(Unit *unit, Type *kind, int line, int col, const char *message)
{
    const char *start;
    size_t length;
    Object *text = source_line(unit, line, &start, &length);
    Object *lineno = int_from_i64(line);
    Object *offset = int_from_i64(character_offset(start, length, col + 1));
    Object *msg = str_from_cstr(message);
    Object *location = tuple_pack(4, unit->filename, lineno, offset, text);
    Object *args = tuple_pack(2, msg, location);
    Object *exception = exception_new(kind, args);
    error_set_object(exception);
    decref(exception);
    decref(args);
    decref(location);
    decref(msg);
    decref(offset);
    decref(lineno);
    decref(text);
    return -1;
}

void unit_syntax_warning(Unit *unit, int line, const char *message)
{
    const char *filename = STR_DATA(unit->filename);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", filename, line, message);
    if (filename[0] == '<')
        return;     /* "<string>", "<stdin>": CPython finds no text to show */
    size_t length;
    const char *text = line_bounds(unit, line, &length);
    while (length > 0 && strchr(" \t\r\f\v", text[0]) != NULL) {
        text++;
        length--;
    }
    while (length > 0 && strchr(" \t\r\f\v", text[length - 1]) != NULL)
        length--;
    fprintf(stderr, "  %.*s\n", (int)length, text);
}

/* CPython checks the rest of the input after a parse error (except at the
 * REPL): a tokenizer error there wins, and so does a bracket left open on
 * an earlier line (pegen_errors.c, _PyPegen_set_syntax_error). */
static void choose_error(Parser *p)
{
    const LexError *lexed = &p->lexer.error;
    if (p->error.from_lexer || p->error.final || p->mode == PARSE_SINGLE)
        return;
    bool wins = lexed->kind == LEXERR_HARD || lexed->kind == LEXERR_UNCLOSED_STRING
        || (lexed->kind == LEXERR_UNCLOSED && lexed->line < p->error.line);
    if (wins)
        take_lexer_error(p);
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
