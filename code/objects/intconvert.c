/* intconvert.c: int(x) and int(text, base), an int made from another
 * object (CPython's long_new_impl and PyNumber_Long, reduced). */
#include "int.h"

#include "builtins.h"
#include "error.h"
#include "float.h"
#include "str.h"

/* int(x): an int is returned as it is, a bool becomes a plain int. */
static Object *int_from_object(Object *x)
{
    if (object_is_type(x, &int_type))
        return incref(x);
    if (is_int(x))
        return int_from_i64(INT_VALUE(x));
    if (is_float(x))
        return int_from_double(FLOAT_VALUE(x));
    if (is_str(x))
        return int_from_text(x, 10);
    return error_format(&exc_TypeError,
                        "int() argument must be a string, a bytes-like object or a real number, not '%T'",
                        x);
}

Object *int_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"base", NULL};
    Object *keyword_base = NULL;
    (void)type;
    if (nargs + args_keyword_count(kwnames) > 2)
        return error_format(&exc_TypeError, "int() takes at most 2 arguments (%zd given)",
                            (intptr_t)(nargs + args_keyword_count(kwnames)));
    if (args_parse_keywords("int", args, nargs, kwnames, names, &keyword_base) < 0)
        return NULL;
    Object *base_arg = nargs == 2 ? args[1] : keyword_base;
    if (nargs == 0)
        return base_arg ? error_set_string(&exc_TypeError, "int() missing string argument")
                        : int_from_i64(0);
    if (base_arg == NULL)
        return int_from_object(args[0]);
    int64_t base;
    if (!is_int(base_arg)) {
        error_format(&exc_TypeError, "'%T' object cannot be interpreted as an integer", base_arg);
        return NULL;
    }
    base = INT_VALUE(base_arg);
    if (base != 0 && (base < 2 || base > 36))
        return error_set_string(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!is_str(args[0]))
        return error_set_string(&exc_TypeError, "int() can't convert non-string with explicit base");
    return int_from_text(args[0], (int)base);
}
