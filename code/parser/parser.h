/* parser.h: from source text to a compilation unit (lexer.c, parser.c,
 * compile.c). */
#ifndef MINIPY_PARSER_H
#define MINIPY_PARSER_H

#include <stdbool.h>
#include <stddef.h>

#include "ast.h"

typedef enum ParseMode {
    PARSE_FILE,         /* a script or module: a sequence of statements */
    PARSE_SINGLE,       /* one REPL entry: one statement (maybe compound)
                         * whose expression statements echo their value */
} ParseMode;

/* Parse and compile `source` into a new Unit (new reference), or return
 * NULL with SyntaxError/IndentationError set. The exception's args follow
 * CPython: (msg, (filename, lineno, offset, text)), and its message is
 * CPython 3.11's wording where the subset allows ("invalid syntax",
 * "expected ':'", "unexpected indent", "'(' was never closed", ...). */
Unit *parse_unit(const char *source, size_t size, const char *filename, ParseMode mode);

/* For the REPL: 1 when `source` is an unfinished entry that needs more
 * lines (an open bracket, a trailing ':' block not yet ended by a blank
 * line, a backslash continuation), 0 when it is complete or definitely
 * wrong (parse it to get the error). */
int parse_needs_more(const char *source, size_t size);

/* Filled in by unit_compile (compile.c), called by parse_unit: merge equal
 * constants across the unit, build a Code for the module body and for every
 * def and class body, work out each function's local names. */
int unit_compile(Unit *unit);

/* ---- shared by lexer.c, parser.c and compile.c ---- */

/* A new, empty unit holding a copy of the source (compile.c). */
Unit *unit_new(const char *source, size_t size, const char *filename, bool interactive);

/* Raise `kind` (SyntaxError, IndentationError or TabError) at `line` and 0-based byte
 * column `col` of the unit's source, with CPython's args
 * (msg, (filename, lineno, offset, text)): offset 1-based in characters,
 * text the whole line with its newline. Returns -1. */
int unit_syntax_error(Unit *unit, Type *kind, int line, int col, const char *message);

/* Print a compile-time SyntaxWarning to stderr as CPython's warnings module
 * shows it: "FILE:LINE: SyntaxWarning: MESSAGE", then the line's text,
 * stripped, when the unit comes from a file. */
void unit_syntax_warning(Unit *unit, int line, const char *message);

#endif
