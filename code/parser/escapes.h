/* escapes.h: the value of a string literal, its escapes decoded, and
 * CPython's error when one cannot be (Parser/string_parser.c's
 * decode_unicode_with_escapes over Objects/unicodeobject.c's
 * 'unicodeescape' codec).
 */
#ifndef MINIPY_ESCAPES_H
#define MINIPY_ESCAPES_H

#include <stdbool.h>
#include <stddef.h>

#include "lexer.h"

/* Why an escape could not be decoded: what it spans, from its backslash
 * to just past what the codec read, counted as CPython counts (escapes.c),
 * and the codec's reason. */
typedef struct EscapeError {
    size_t start, end;
    const char *reason;     /* "truncated \\xXX escape", "unknown Unicode character name"... */
} EscapeError;

/* Decode the value of a string token (prefix, quotes and escapes dealt
 * with) into UTF-8 in `out`, which must hold token->length bytes. Stores
 * the size; on a bad escape returns false and fills *error, whose
 * positions count from the body (after the opening quotes). */
bool decode_string_literal(const Token *token, char *out, size_t *size, EscapeError *error);
/* The same for the text between body and end (no quotes), raw or not. */
bool decode_string_body(const char *body, const char *end, bool raw, char *out, size_t *size,
                        EscapeError *error);
/* The body of a string token, between its quotes; whether it is raw. */
const char *string_body(const Token *token, const char **end, bool *raw);
/* CPython's message for *error: "(unicode error) 'unicodeescape' codec
 * can't decode bytes in position 0-10: unknown Unicode character name". */
void escape_error_message(const EscapeError *error, char *message, size_t size);

#endif
