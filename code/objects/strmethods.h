/* strmethods.h: the str methods of strmethods.c. str.c's method table
 * lists them with one line, STR_MORE_METHODS(STR_METHOD_ENTRY). */
#ifndef MINIPY_STRMETHODS_H
#define MINIPY_STRMETHODS_H

#include "object.h"

#define STR_MORE_METHODS(X) \
    X(join) \
    X(replace) \
    X(strip) \
    X(lstrip) \
    X(rstrip) \
    X(find) \
    X(rfind) \
    X(index) \
    X(rindex) \
    X(count) \
    X(endswith) \
    X(rsplit) \
    X(splitlines) \
    X(isdigit) \
    X(isdecimal) \
    X(isnumeric) \
    X(isalpha) \
    X(isalnum) \
    X(isspace) \
    X(isupper) \
    X(islower) \
    X(capitalize) \
    X(title) \
    X(swapcase) \
    X(center) \
    X(ljust) \
    X(rjust) \
    X(zfill)

#define STR_METHOD_DECLARE(name) \
    Object *str_method_##name(Object *self, Object **args, size_t nargs, Object *kwnames);
STR_MORE_METHODS(STR_METHOD_DECLARE)
#define STR_METHOD_ENTRY(name) {#name, str_method_##name},

#endif
