/* escapes.c: a string literal's escapes decoded into UTF-8 (see escapes.h).
 *
 * CPython decodes a literal in two steps (decode_unicode_with_escapes in
 * Parser/string_parser.c): it first rewrites every non-ASCII character as
 * \UXXXXXXXX, then runs the 'unicodeescape' codec over that text. minipy
 * decodes the UTF-8 text directly, and counts the positions of an error as
 * they would be in the rewritten text, since CPython's message shows them.
 */
#include "escapes.h"

#include <stdio.h>
#include <string.h>

#include "unicode_names.h"

static size_t encode_utf8(unsigned cp, char *out)
{
    if (cp >= 0xD800 && cp <= 0xDFFF)
        cp = 0xFFFD;        /* a lone surrogate has no UTF-8 form */
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* \xNN, \uNNNN, \UNNNNNNNN after the letter at *pp: the codec reads up to
 * `digits` hex digits and stops at the first that is not one. */
static bool hex_escape(const char **pp, const char *end, int digits, unsigned *value,
                       const char **reason)
{
    static const char *const truncated[] = {
        "truncated \\xXX escape", "truncated \\uXXXX escape", "truncated \\UXXXXXXXX escape"};
    *value = 0;
    for (int i = 0; i < digits; i++, (*pp)++) {
        if (*pp >= end || lexer_hex_value((unsigned char)**pp) < 0) {
            *reason = truncated[digits == 2 ? 0 : digits == 4 ? 1 : 2];
            return false;
        }
        *value = *value * 16 + (unsigned)lexer_hex_value((unsigned char)**pp);
    }
    if (*value > 0x10FFFF) {
        *reason = "illegal Unicode character";
        return false;
    }
    return true;
}

/* \N{name} after the N at *pp, as the codec reads it: the name runs to
 * the first '}'. */
static bool named_escape(const char **pp, const char *end, unsigned *value, const char **reason)
{
    *reason = "malformed \\N character escape";
    if (*pp >= end || **pp != '{')
        return false;
    const char *name = ++*pp;
    while (*pp < end && **pp != '}')
        (*pp)++;
    if (*pp >= end || *pp == name)
        return false;                   /* no '}', or \N{} */
    size_t length = (size_t)(*pp - name);
    (*pp)++;
    if (unicode_name_lookup(name, length, value))
        return true;
    *reason = "unknown Unicode character name";
    return false;
}

/* One escape sequence after a backslash at *pp; writes its UTF-8. On an
 * error, *pp is where the codec stopped reading. */
static bool decode_escape(const char **pp, const char *end, char *out, size_t *n,
                          const char **reason)
{
    static const char simple_from[] = "ntr\\'\"abfv";
    static const char simple_to[] = "\n\t\r\\'\"\a\b\f\v";
    char c = *(*pp)++;
    const char *simple = strchr(simple_from, c);
    unsigned value;
    *n = 1;
    if (c == '\n') {
        *n = 0;                         /* backslash-newline: nothing */
    } else if (simple != NULL && c != '\0') {
        out[0] = simple_to[simple - simple_from];
    } else if (c >= '0' && c <= '7') {
        value = (unsigned)(c - '0');    /* up to three octal digits */
        for (int i = 0; i < 2 && *pp < end && **pp >= '0' && **pp <= '7'; i++)
            value = value * 8 + (unsigned)(*(*pp)++ - '0');
        *n = encode_utf8(value, out);
    } else if (c == 'x' || c == 'u' || c == 'U' || c == 'N') {
        bool ok = c == 'N' ? named_escape(pp, end, &value, reason)
                           : hex_escape(pp, end, c == 'x' ? 2 : c == 'u' ? 4 : 8, &value, reason);
        if (!ok)
            return false;
        *n = encode_utf8(value, out);
    } else {
        out[0] = '\\';                  /* unknown escape: kept as written */
        out[1] = c;
        *n = 2;
    }
    return true;
}

/* Where byte `at` of the body is in the text CPython's codec reads: each
 * non-ASCII character there is \UXXXXXXXX (10 bytes), and a backslash
 * before one, or at the very end, is \u005c (6 bytes). */
static size_t codec_position(const char *body, const char *end, size_t at)
{
    size_t position = 0;
    for (const char *p = body; p < body + at; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '\\' && (p + 1 >= end || (p[1] & 0x80)))
            position += 6;
        else if (c < 0x80)
            position += 1;
        else if ((c & 0xC0) != 0x80)
            position += 10;             /* a character's first byte */
    }
    return position;
}

const char *string_body(const Token *token, const char **end, bool *raw)
{
    const char *p = token->start;
    *raw = false;
    for (; *p != '\'' && *p != '"'; p++)
        *raw = *raw || *p == 'r' || *p == 'R';  /* the prefix */
    size_t quotes = (p[0] == p[1] && p[1] == p[2] && token->length - (size_t)(p - token->start) >= 6) ? 3 : 1;
    *end = token->start + token->length - quotes;
    return p + quotes;
}

bool decode_string_literal(const Token *token, char *out, size_t *size, EscapeError *error)
{
    const char *end;
    bool raw;
    const char *body = string_body(token, &end, &raw);
    return decode_string_body(body, end, raw, out, size, error);
}

bool decode_string_body(const char *body, const char *end, bool raw, char *out, size_t *size,
                        EscapeError *error)
{
    size_t written = 0;
    for (const char *p = body; p < end;) {
        size_t n;
        if (*p != '\\' || raw || p + 1 == end) {
            out[written++] = *p++;      /* an f-string's piece may end in '\\' */
            if (raw && p[-1] == '\\' && p < end)
                out[written++] = *p++;  /* r'\'' keeps both characters */
            continue;
        }
        const char *backslash = p++;
        if (!decode_escape(&p, end, out + written, &n, &error->reason)) {
            error->start = codec_position(body, end, (size_t)(backslash - body));
            error->end = codec_position(body, end, (size_t)(p - body));
            return false;
        }
        written += n;
    }
    *size = written;
    return true;
}

void escape_error_message(const EscapeError *error, char *message, size_t size)
{
    snprintf(message, size, "(unicode error) 'unicodeescape' codec can't decode bytes in "
             "position %zu-%zu: %s", error->start, error->end - 1, error->reason);
}
