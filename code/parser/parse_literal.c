/* parse_literal.c: the parser's literals: numbers (underscores, the
 * 4,300-digit limit), adjacent strings joined into one constant with their
 * escapes decoded, and f-strings, whose fields are parsed here as
 * expressions of their own (CPython's Parser/string_parser.c and the
 * literal actions of Parser/action_helpers.c).
 */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "parser_internal.h"
#include "escapes.h"
#include "fstring.h"
#include "runtime.h"

/* ---- literals ------------------------------------------------------------- */

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

Node *number_literal(Parser *p)
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
        error_at_token(p, token, "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", runtime.int_max_str_digits, length);
    }
    return literal_node(p, token, value);
}

static bool starts_string(Parser *p, size_t ahead)
{
    return kind_at(p, ahead) == TOK_STRING;
}

/* CPython reports a literal's errors at the token after its last string:
 * the parser's lookahead when it joins the strings. */
static _Noreturn void literal_error(Parser *p, const char *message)
{
    size_t count = 0;
    while (starts_string(p, count))
        count++;
    const Token *after = peek_token(p, count);
    error_at(p, after->line, after->col, "%s", message);
}

/* ---- f-strings: fstring.c cuts them, their expressions are parsed here -- */

/* The setjmp lives here, in a function with no locals to lose. */
static Node *fstring_parse_tokens(Parser *p)
{
    if (setjmp(p->on_error) != 0)
        return NULL;
    tokenize_all(p);
    Node *node = expression(p);
    match(p, TOK_NEWLINE);
    if (!check(p, TOK_EOF))
        invalid_syntax(p);
    return node;
}

/* A field's expression, in parentheses, tokenized and parsed on its own
 * as CPython's fstring_compile_expr does; its errors begin "f-string: ". */
static Node *fstring_expression(void *parser, const char *text, size_t size, int line)
{
    Parser *p = parser, inner;
    memset(&inner, 0, sizeof inner);
    inner.unit = p->unit;
    inner.mode = p->mode;
    inner.level = p->level;
    char *source = arena_alloc(p->unit, size + 3);
    source[0] = '(';
    memcpy(source + 1, text, size);
    source[size + 1] = ')';
    lexer_init(&inner.lexer, source, size + 2);
    inner.lexer.line = line;
    Node *node = fstring_parse_tokens(&inner);
    mem_free(inner.tokens, inner.capacity * sizeof(Token));
    if (node != NULL)
        return node;
    p->error = inner.error;
    p->object_error = inner.object_error;
    snprintf(p->error.message, sizeof p->error.message, "f-string: %.180s", inner.error.message);
    parse_fail(p);
}

static void fstring_error(void *parser, const char *message)
{
    literal_error(parser, message);
}

/* Adjacent string literals of which one at least is an f-string. */
static Node *fstring_node(Parser *p, size_t count)
{
    FstringHooks hooks = {p, fstring_expression, fstring_error};
    Node *node = fstring_literal(p->unit, &p->tokens[p->pos], count, &hooks);
    p->pos += count;
    return node;
}

/* Adjacent string literals make one constant, as in CPython. */
Node *string_literal(Parser *p)
{
    size_t count = 0;
    bool formatted = false;
    for (; starts_string(p, count); count++)
        formatted = formatted || fstring_token(peek_token(p, count));
    if (formatted)
        return fstring_node(p, count);
    const Token *first = current(p);
    size_t total = 0;
    for (size_t i = 0; i < count; i++)
        total += peek_token(p, i)->length;
    char *buffer = arena_alloc(p->unit, total + 1);
    size_t size = 0;
    for (size_t i = 0; i < count; i++) {
        size_t piece;
        EscapeError error;
        if (!decode_string_literal(peek_token(p, i), buffer + size, &piece, &error)) {
            char message[160];
            escape_error_message(&error, message, sizeof message);
            literal_error(p, message);
        }
        size += piece;
    }
    p->pos += count;
    return literal_node(p, first, str_from_utf8(buffer, size));
}
