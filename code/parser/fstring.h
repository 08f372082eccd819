/* fstring.h: f-strings, parsed as CPython 3.11 parses them
 * (Parser/string_parser.c): the literal's text is cut into literal parts
 * and replacement fields; each field's expression is parsed by the parser
 * (through a hook), and the whole becomes a call of the two steps of
 * strformat.h, FORMAT_VALUE for each field and BUILD_STRING for the
 * whole, whose callables are constants: no name is looked up, and each
 * field is formatted as soon as it is evaluated, as in CPython. */
#ifndef MINIPY_FSTRING_H
#define MINIPY_FSTRING_H

#include "ast.h"
#include "lexer.h"

typedef struct FstringHooks {
    void *parser;
    /* Parse `text` (size bytes; an expression) as if in parentheses,
     * starting at source line `line`; on a syntax error it does not return. */
    Node *(*expression)(void *parser, const char *text, size_t size, int line);
    /* Raise SyntaxError `message` where CPython reports a literal's
     * errors (at the token after it); never returns. */
    void (*error)(void *parser, const char *message);
} FstringHooks;

/* Does this string token have an f prefix? */
bool fstring_token(const Token *token);

/* `count` adjacent string tokens, at least one of them an f-string: one
 * expression node (a str constant when no field is left). */
Node *fstring_literal(Unit *unit, const Token *tokens, size_t count, const FstringHooks *hooks);

#endif
