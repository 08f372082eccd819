/* syntax_error.c: reporting a syntax error.
 *
 * The parser's first error ends the parse: error_at and its variants fill
 * in the Parser's ParseError and jump back to parse_unit; invalid_syntax
 * words the message for the token where the parse stopped, and
 * choose_error lets a later tokenizer error win. unit_syntax_error makes
 * the SyntaxError object (filename, lineno, offset, text), which the
 * compiler uses too. CPython: Parser/pegen_errors.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parser_internal.h"

/* ---- errors --------------------------------------------------------------- */

static _Noreturn void error_at_v(Parser *p, Type *kind, int line, int col,
                                 const char *fmt, va_list ap)
{
    bool final = p->error.final;
    p->error = (ParseError){true, kind, false, false, "", line, col + 1};
    p->error.final = final;
    vsnprintf(p->error.message, sizeof p->error.message, fmt, ap);
    va_end(ap);
    parse_fail(p);
}

_Noreturn void error_at(Parser *p, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_at_v(p, &exc_SyntaxError, line, col, fmt, ap);
}

_Noreturn void error_at_token(Parser *p, const Token *token, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_at_v(p, &exc_SyntaxError, token->line, token->col, fmt, ap);
}

_Noreturn void indentation_error(Parser *p, const Token *token, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_at_v(p, &exc_IndentationError, token->line, token->col, fmt, ap);
}

/* A keyword of full Python that minipy's subset leaves out, or NULL. */
static const char *unsupported_keyword(TokenKind kind)
{
    switch (kind) {
    case TOK_YIELD: return "'yield' is";
    case TOK_ASYNC: return "'async' is";
    case TOK_AWAIT: return "'await' is";
    default: return NULL;
    }
}

/* Python's operators that minipy's subset leaves out (the lexer gives
 * them, and stray characters like `$`, the kind TOK_OTHER_OP). */
static bool python_operator(const Token *token)
{
    static const char *const operators[] = {
        "@", "->", ":=", "@=", NULL,
    };
    for (const char *const *op = operators; *op; op++)
        if (strlen(*op) == token->length && memcmp(*op, token->start, token->length) == 0)
            return true;
    return false;
}

/* A token that starts a line (a decorator's `@`). */
static bool starts_line(const Parser *p)
{
    if (p->pos == 0)
        return true;
    TokenKind before = p->tokens[p->pos - 1].kind;
    return before == TOK_NEWLINE || before == TOK_INDENT || before == TOK_DEDENT;
}

/* A string written right after a name, as in b"...": a string prefix
 * that minipy's lexer does not know. */
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
        return "string prefixes such as b\"\" are";
    if (token->kind == TOK_OTHER_OP && token->length == 1 && *token->start == '@'
        && starts_line(p))
        return "decorators are";
    if (token->kind == TOK_OTHER_OP && python_operator(token))
        return "this operator is";
    return NULL;
}

/* CPython's message, plus a word for the reader who pasted real Python
 * that minipy's subset leaves out. */
_Noreturn void invalid_syntax(Parser *p)
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

const Token *expect(Parser *p, TokenKind kind)
{
    if (!check(p, kind))
        invalid_syntax(p);
    return advance(p);
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
    /* col -1: no column (offset 0, no caret), as for null bytes */
    Object *offset = int_from_i64(col < 0 ? 0 : character_offset(start, length, col + 1));
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
void choose_error(Parser *p)
{
    const LexError *lexed = &p->lexer.error;
    if (p->error.from_lexer || p->error.final || p->mode == PARSE_SINGLE)
        return;
    bool wins = lexed->kind == LEXERR_HARD || lexed->kind == LEXERR_UNCLOSED_STRING
        || (lexed->kind == LEXERR_UNCLOSED && lexed->line < p->error.line);
    if (wins)
        take_lexer_error(p);
}
