/* strformat.h: the format mini-language, format(), str.format and the
 * `%` operator on str (CPython's Python/formatter_unicode.c,
 * Objects/stringlib/unicode_format.h and unicodeobject.c's
 * PyUnicode_Format), and the two steps an f-string runs
 * (FORMAT_VALUE and BUILD_STRING).
 *
 * Ints are formatted from their C value (int.h), floats through the C
 * library's correctly rounded printf, whose %e %f %g agree with CPython's
 * dtoa-based formatting digit for digit.
 */
#ifndef MINIPY_STRFORMAT_H
#define MINIPY_STRFORMAT_H

#include "object.h"

/* [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
typedef struct FormatSpec {
    char fill[5];           /* one character, UTF-8, NUL-terminated */
    char align;             /* '<' '>' '^' '=' or 0 (the type's default) */
    char sign;              /* '+' '-' ' ' or 0 */
    bool no_neg_zero;       /* 'z' */
    bool alternate;         /* '#' */
    intptr_t width;         /* -1: none */
    char grouping;          /* ',' '_' or 0 */
    intptr_t precision;     /* -1: none */
    char type;              /* 0: none */
} FormatSpec;

/* Parse `spec` (UTF-8, `size` bytes) for an object of `type_name`;
 * default_align is '>' for numbers, '<' for str. 0, or -1 with
 * ValueError set and CPython's message. */
int format_spec_parse(const char *spec, size_t size, const char *type_name,
                      char default_align, FormatSpec *out);

Object *format_int(Object *value, const FormatSpec *spec, const char *type_name);
Object *format_float(double value, const FormatSpec *spec);
Object *format_str(Object *s, const FormatSpec *spec);

/* format(value, spec): spec is a str (borrowed). */
Object *object_format(Object *value, Object *spec);

/* 'text'.format(*args, **kwargs) as a method of str. */
Object *str_format_method(Object *self, Object **args, size_t nargs, Object *kwnames);

/* format % args: the str type's `mod` slot (NotImplemented unless
 * `format` is a str). */
Object *str_percent(Object *format, Object *args);

/* ascii(op): repr with every non-ASCII character escaped. */
Object *object_ascii(Object *op);

/* The callables an f-string is compiled into (see parser/fstring.c),
 * static objects (borrowed): FORMAT_VALUE for conversion 0, 's', 'r' or
 * 'a', taking the value and an optional spec; 'j' gives BUILD_STRING,
 * which joins its arguments. */
Object *fstring_step(char conversion);

#endif
