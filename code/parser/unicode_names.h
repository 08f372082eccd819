/* unicode_names.h: a character from its Unicode name, for "\N{...}".
 *
 * CPython finds the name in the unicodedata module's tables (_getcode in
 * Modules/unicodedata.c); minipy carries a table of its own, generated
 * from CPython 3.11's (tools/gen_unicode_names.py, Unicode 14.0.0), and
 * accepts what `\N{...}` accepts there: every character name, the name
 * aliases, not the named sequences; stored names in any case
 * ("\N{bullet}"), the computed ones as CPython computes them.
 */
#ifndef MINIPY_UNICODE_NAMES_H
#define MINIPY_UNICODE_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/* The code point named by the `length` bytes at `name`; false if no
 * character has that name. */
bool unicode_name_lookup(const char *name, size_t length, unsigned *code_point);

#endif
