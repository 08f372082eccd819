/* builtins.c: the builtins module, and what calling a built-in type does.
 *
 * Modelled on CPython's Python/bltinmodule.c and the tp_new functions in
 * Objects/ (longobject.c, listobject.c, ...). Every error message is
 * CPython 3.11's, word for word, because the book's examples print them.
 *
 * Argument conventions (object.h): `args` holds nargs positional values and
 * then one value per name in `kwnames`; all borrowed.
 */
#include "builtins.h"
#include "bltinfuncs.h"

#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bool.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "float.h"
#include "function.h"
#include "int.h"
#include "list.h"
#include "listsort.h"
#include "memory.h"
#include "module.h"
#include "range.h"
#include "set.h"
#include "slice.h"
#include "str.h"
#include "super.h"
#include "streams.h"
#include "tuple.h"

/* ---- argument checking (CPython's Python/getargs.c messages) ----------- */

size_t args_keyword_count(Object *kwnames)
{
    return kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
}

/* One positional argument, no keywords (CPython's METH_O):
 * "len() takes no keyword arguments", "len() takes exactly one argument
 * (2 given)". */
int args_exactly_one(const char *function, size_t nargs, Object *kwnames)
{
    if (args_no_kw(function, kwnames) < 0)
        return -1;
    return args_exact(function, nargs, 1);
}

/* Match the keyword arguments against `names` (NULL-terminated); values[i]
 * becomes the (borrowed) value given for names[i], or stays NULL. */
int args_parse_keywords(const char *function, Object **args, size_t nargs,
                        Object *kwnames, const char *const *names, Object **values)
{
    for (size_t k = 0; k < args_keyword_count(kwnames); k++) {
        Object *given = TUPLE_ITEMS(kwnames)[k];
        size_t i = 0;
        while (names[i] && !str_equal_cstr(given, names[i]))
            i++;
        if (names[i] == NULL) {
            error_format(&exc_TypeError, "'%S' is an invalid keyword argument for %s()",
                         given, function);
            return -1;
        }
        values[i] = args[nargs + k];
    }
    return 0;
}

static Object *not_an_integer(Object *op)
{
    return error_format(&exc_TypeError, "'%T' object cannot be interpreted as an integer", op);
}

/* operator.index() for minipy's ints (bool included). */
static int as_index(Object *op, int64_t *value)
{
    return int_as_index(op, value);     /* raises past 64 bits */
}

static int attribute_name_check(Object *name)
{
    if (is_str(name))
        return 0;
    error_format(&exc_TypeError, "attribute name must be string, not '%T'", name);
    return -1;
}

/* Does a class made by a class statement define __init__ (here or in a
 * parent)? Then the arguments of a call are for it. */
static bool defines_init(Type *type)
{
    if (!(type->flags & TYPE_HEAP))
        return false;
    Object *init = type_lookup_id(type, &str_id_init);
    return init != NULL && is_function(init);
}

static void strip_spaces(const char **p, const char **end)
{
    while (*p < *end && isspace((unsigned char)**p))
        (*p)++;
    while (*end > *p && isspace((unsigned char)(*end)[-1]))
        (*end)--;
}

/* ---- float() ----------------------------------------------------------- */

static bool equal_nocase(const char *a, size_t size, const char *b)
{
    if (size != strlen(b))
        return false;
    for (size_t i = 0; i < size; i++)
        if (tolower((unsigned char)a[i]) != b[i])
            return false;
    return true;
}

/* Copy p..end to out without the underscores that sit between two
 * digits; false when the text is not a decimal float literal (CPython
 * refuses hex floats and the like, which strtod would take). */
static bool clean_float_text(const char *p, const char *end, char *out)
{
    bool mantissa_digits = false, exponent_digits = true;
    bool seen_dot = false, seen_exp = false, previous_digit = false;
    if (p < end && (*p == '+' || *p == '-'))
        *out++ = *p++;
    for (; p < end; p++) {
        char c = *p;
        if (isdigit((unsigned char)c)) {
            *(seen_exp ? &exponent_digits : &mantissa_digits) = true;
            previous_digit = true;
            *out++ = c;
            continue;
        }
        if (c == '_' && previous_digit && p + 1 < end && isdigit((unsigned char)p[1])) {
            previous_digit = false;
            continue;
        }
        previous_digit = false;
        if (c == '.' && !seen_dot && !seen_exp) {
            seen_dot = true;
            *out++ = c;
        } else if ((c == 'e' || c == 'E') && mantissa_digits && !seen_exp) {
            seen_exp = true;
            exponent_digits = false;
            *out++ = c;
            if (p + 1 < end && (p[1] == '+' || p[1] == '-'))
                *out++ = *++p;
        } else {
            return false;
        }
    }
    *out = '\0';
    return mantissa_digits && exponent_digits;
}

static Object *float_from_text(Object *text)
{
    const char *p = STR_DATA(text), *end = p + STR_SIZE(text);
    strip_spaces(&p, &end);
    const char *name = p + (p < end && (*p == '+' || *p == '-'));
    size_t name_size = (size_t)(end - name);
    double sign = (p < end && *p == '-') ? -1.0 : 1.0;
    if (equal_nocase(name, name_size, "inf") || equal_nocase(name, name_size, "infinity"))
        return float_from_double(sign * HUGE_VAL);
    if (equal_nocase(name, name_size, "nan"))
        return float_from_double(sign * NAN);
    size_t size = (size_t)(end - p) + 1;
    char *clean = mem_alloc(size);
    bool ok = clean_float_text(p, end, clean);
    double value = ok ? strtod(clean, NULL) : 0.0;
    mem_free(clean, size);
    if (!ok)
        return error_format(&exc_ValueError, "could not convert string to float: %R", text);
    return float_from_double(value);
}

Object *float_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    if (args_no_kw("float", kwnames) < 0 || args_range("float", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return float_from_double(0.0);
    Object *x = args[0];
    if (is_float(x))
        return incref(x);
    double value;
    if (is_int(x))
        return int_as_double(x, &value) < 0 ? NULL : float_from_double(value);
    if (is_str(x))
        return float_from_text(x);
    return error_format(&exc_TypeError,
                        "float() argument must be a string or a real number, not '%T'", x);
}

/* ---- str(), bool(), list(), tuple(), range(), object() ----------------- */

Object *str_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    Object *values[3] = {NULL, NULL, NULL};
    (void)type;
    if (nargs > 3)
        return error_format(&exc_TypeError, "str() takes at most 3 arguments (%zd given)",
                            (intptr_t)nargs);
    if (args_parse_keywords("str", args, nargs, kwnames, names, values) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        values[i] = args[i];
    for (size_t i = 1; i < 3; i++)
        if (values[i] && !is_str(values[i]))
            return error_format(&exc_TypeError, "str() argument '%s' must be str, not %T",
                                names[i], values[i]);
    if (values[0] == NULL)
        return str_from_cstr("");
    if (values[1] || values[2])         /* minipy has no bytes to decode */
        return error_format(&exc_TypeError, "decoding to str: need a bytes-like object, %T found",
                            values[0]);
    /* CPython 3.11 calls str with a tuple of its arguments, which holds
     * one more reference while __str__ runs (sys.getrefcount shows it). */
    Object *held = incref(values[0]);
    Object *text = object_str(held);
    decref(held);
    return text;
}

Object *bool_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    if (args_no_kw("bool", kwnames) < 0 || args_range("bool", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return bool_from(0);
    int truth = object_is_true(args[0]);
    return truth < 0 ? NULL : bool_from(truth);
}

Object *list_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    if (args_no_kw("list", kwnames) < 0 || args_range("list", nargs, 0, 1) < 0)
        return NULL;
    return nargs == 0 ? list_new(0) : list_from_iterable(args[0]);
}

Object *tuple_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    if (args_no_kw("tuple", kwnames) < 0 || args_range("tuple", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return tuple_new(0);
    if (object_is_type(args[0], &tuple_type))
        return incref(args[0]);         /* immutable: tuple(t) is t, as in CPython */
    return tuple_from_iterable(args[0]);
}

Object *range_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    int64_t bounds[3] = {0, 0, 1};
    (void)type;
    if (args_no_kw("range", kwnames) < 0 || args_range("range", nargs, 1, 3) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (as_index(args[i], &bounds[i]) < 0)
            return NULL;
    if (nargs == 1) {                   /* range(stop) */
        bounds[1] = bounds[0];
        bounds[0] = 0;
    }
    if (bounds[2] == 0)
        return error_set_string(&exc_ValueError, "range() arg 3 must not be zero");
    return range_new(bounds[0], bounds[1], bounds[2]);
}

Object *object_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if ((nargs > 0 || args_keyword_count(kwnames) > 0) && !defines_init(type))
        return error_format(&exc_TypeError, "%s() takes no arguments", type->name);
    return object_new(type, type->basic_size);
}

/* ---- dict() ------------------------------------------------------------ */

Object *dict_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    if (args_range("dict", nargs, 0, 1) < 0)
        return NULL;
    Object *dict = dict_new();
    if (dict == NULL)
        return NULL;
    int status = 0;
    if (nargs == 1)
        status = dict_update(dict, args[0]);
    for (size_t k = 0; status == 0 && k < args_keyword_count(kwnames); k++)
        status = dict_set_item(dict, TUPLE_ITEMS(kwnames)[k], args[nargs + k]);
    if (status < 0) {
        decref(dict);
        return NULL;
    }
    return dict;
}

/* ---- print, repr, id, hex, len ----------------------------------------- */

static int write_object_str(Object *op, FILE *out)
{
    Object *text = object_str(op);
    if (text == NULL)
        return -1;
    fwrite(STR_DATA(text), 1, STR_SIZE(text), out);
    decref(text);
    return 0;
}

/* sep= and end= take a str or None (the default). */
static int print_separator(Object *given, const char *which, const char *fallback,
                           const char **text, size_t *size)
{
    if (given == NULL || given == None) {
        *text = fallback;
        *size = strlen(fallback);
        return 0;
    }
    if (!is_str(given)) {
        error_format(&exc_TypeError, "%s must be None or a string, not %T", which, given);
        return -1;
    }
    *text = STR_DATA(given);
    *size = STR_SIZE(given);
    return 0;
}

static Object *builtin_print(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    Object *values[4] = {NULL, NULL, NULL, NULL};
    const char *sep, *end;
    size_t sep_size, end_size;
    (void)self;
    if (args_parse_keywords("print", args, nargs, kwnames, names, values) < 0
        || print_separator(values[0], "sep", " ", &sep, &sep_size) < 0
        || print_separator(values[1], "end", "\n", &end, &end_size) < 0)
        return NULL;
    if (values[2] && values[2] != None)     /* minipy has no file objects */
        return error_set_string(&exc_TypeError, "print(): minipy writes only to stdout (file=None)");
    /* CPython 3.11's print takes its arguments as a tuple, which holds one
     * more reference to each while their __str__ runs: so does this. */
    int status = 0;
    for (size_t i = 0; i < nargs; i++)
        incref(args[i]);
    for (size_t i = 0; status == 0 && i < nargs; i++) {
        if (i > 0)
            fwrite(sep, 1, sep_size, stdout);
        status = write_object_str(args[i], stdout);
    }
    for (size_t i = 0; i < nargs; i++)
        decref(args[i]);
    if (status < 0)
        return NULL;
    fwrite(end, 1, end_size, stdout);
    if (streams_check_stdout() < 0)         /* /dev/full: OSError */
        return NULL;
    if (values[3] && object_is_true(values[3]) == 1 && streams_flush_or_raise() < 0)
        return NULL;
    return none_new();
}

static Object *builtin_repr(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    return args_exactly_one("repr", nargs, kwnames) < 0 ? NULL : object_repr(args[0]);
}

/* id(x) is the object's address, as in CPython. */
static Object *builtin_id(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("id", nargs, kwnames) < 0)
        return NULL;
    return int_from_i64((int64_t)(intptr_t)args[0]);
}

static Object *builtin_hex(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("hex", nargs, kwnames) < 0)
        return NULL;
    return is_int(args[0]) ? int_to_hex(args[0]) : not_an_integer(args[0]);
}

static Object *builtin_len(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("len", nargs, kwnames) < 0)
        return NULL;
    intptr_t length = object_len(args[0]);
    return length < 0 ? NULL : int_from_i64(length);
}

/* ---- abs, min, max, sum, sorted ---------------------------------------- */

static Object *builtin_abs(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("abs", nargs, kwnames) < 0)
        return NULL;
    Object *x = args[0];
    if (x->type->absolute != NULL)
        return x->type->absolute(x);                    /* __abs__ */
    if (is_float(x))
        return float_from_double(fabs(FLOAT_VALUE(x)));
    if (!is_int(x))
        return error_format(&exc_TypeError, "bad operand type for abs(): '%T'", x);
    if (INT_VALUE(x) < 0)
        return number_negative(x);
    return object_is_type(x, &int_type) ? incref(x) : int_from_i64(INT_VALUE(x));
}

/* pow(a, b[, mod]): int_pow (intpow.c), which also takes a float operand
 * and gives NotImplemented for other types. */
static Object *builtin_pow(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Object *values[3] = {NULL, NULL, None};
    (void)self;
    if (nargs + args_keyword_count(kwnames) > 3)
        return error_format(&exc_TypeError, "pow() takes at most 3 arguments (%zd given)",
                            (intptr_t)(nargs + args_keyword_count(kwnames)));
    for (size_t i = 0; i < nargs; i++)
        values[i] = args[i];
    if (args_parse_keywords("pow", args, nargs, kwnames, names, values) < 0)
        return NULL;
    if (values[0] == NULL || values[1] == NULL)
        return error_format(&exc_TypeError, "pow() missing required argument '%s' (pos %d)",
                            values[0] ? "exp" : "base", values[0] ? 2 : 1);
    return number_power(values[0], values[1], values[2]);
}

/* The positional arguments as one tuple (min(1, 2) iterates over them). */
static Object *pack_args(Object **args, size_t nargs)
{
    Object *tuple = tuple_new((intptr_t)nargs);
    if (tuple == NULL)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        TUPLE_ITEMS(tuple)[i] = incref(args[i]);
    return tuple;
}

/* key(item), or the item itself when there is no key function. */
static Object *sort_key(Object *key, Object *item)
{
    return key ? object_call(key, &item, 1, NULL) : incref(item);
}

/* The best item of an iterator under `op` (CMP_LT for min, CMP_GT for
 * max); the first of equal items wins, as in CPython. NULL without an
 * exception when the iterator is empty. */
static Object *best_item(Object *iterator, Object *key, CompareOp op)
{
    Object *best = NULL, *best_key = NULL, *item;
    while ((item = iter_next(iterator)) != NULL) {
        Object *item_key = sort_key(key, item);
        int better = item_key == NULL ? -1
                   : best == NULL ? 1 : object_compare_bool(item_key, best_key, op);
        if (better > 0) {
            object_set_slot(&best, item);
            object_set_slot(&best_key, item_key);
            continue;
        }
        decref(item);
        xdecref(item_key);
        if (better < 0)
            break;
    }
    xdecref(best_key);
    if (error_occurred())
        CLEAR_SLOT(best);
    return best;
}

static Object *min_max(Object **args, size_t nargs, Object *kwnames, CompareOp op,
                       const char *function)
{
    static const char *const names[] = {"key", "default", NULL};
    Object *values[2] = {NULL, NULL};
    if (nargs == 0)
        return error_format(&exc_TypeError, "%s expected at least 1 argument, got 0", function);
    if (args_parse_keywords(function, args, nargs, kwnames, names, values) < 0)
        return NULL;
    if (nargs > 1 && values[1])
        return error_format(&exc_TypeError,
                            "Cannot specify a default for %s() with multiple positional arguments",
                            function);
    Object *key = values[0] == None ? NULL : values[0];
    Object *iterable = nargs == 1 ? incref(args[0]) : pack_args(args, nargs);
    Object *iterator = iterable ? object_iter(iterable) : NULL;
    xdecref(iterable);
    if (iterator == NULL)
        return NULL;
    Object *best = best_item(iterator, key, op);
    decref(iterator);
    if (best || error_occurred())
        return best;
    if (values[1])
        return incref(values[1]);
    return error_format(&exc_ValueError, "%s() arg is an empty sequence", function);
}

static Object *builtin_min(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    return min_max(args, nargs, kwnames, CMP_LT, "min");
}

static Object *builtin_max(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    return min_max(args, nargs, kwnames, CMP_GT, "max");
}

static Object *builtin_sum(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"start", NULL};
    Object *keyword_start = NULL;
    (void)self;
    if (nargs + args_keyword_count(kwnames) > 2)
        return error_format(&exc_TypeError, "sum() takes at most 2 arguments (%zd given)",
                            (intptr_t)(nargs + args_keyword_count(kwnames)));
    if (nargs == 0)
        return error_set_string(&exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (args_parse_keywords("sum", args, nargs, kwnames, names, &keyword_start) < 0)
        return NULL;
    Object *start = nargs == 2 ? args[1] : keyword_start;
    if (start && is_str(start))
        return error_set_string(&exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    Object *iterator = object_iter(args[0]);
    if (iterator == NULL)
        return NULL;
    Object *total = start ? incref(start) : int_from_i64(0), *item;
    while (total && (item = iter_next(iterator)) != NULL) {
        Object *next = number_binary(total, item, '+');
        decref(item);
        object_set_slot(&total, next);
    }
    decref(iterator);
    if (total && error_occurred())
        CLEAR_SLOT(total);
    return total;
}

/* sorted(): list(iterable).sort(key=..., reverse=...), as in CPython. */
static Object *builtin_sorted(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_range("sorted", nargs, 1, 1) < 0)
        return NULL;
    Object *list = list_from_iterable(args[0]);
    if (list == NULL)
        return NULL;
    Object *done = list_sort_method(list, args + 1, 0, kwnames);
    if (done == NULL) {
        decref(list);
        return NULL;
    }
    decref(done);
    return list;
}

/* ---- isinstance, attributes, iteration, globals ------------------------ */

/* isinstance(x, C) or isinstance(x, (C, D, (E,))). */
static int isinstance_check(Object *object, Object *classes)
{
    if (object_is_instance_of(classes, &type_type))
        return object_is_instance_of(object, (Type *)classes);
    if (!is_tuple(classes)) {
        error_set_string(&exc_TypeError,
                         "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    for (intptr_t i = 0; i < TUPLE_SIZE(classes); i++) {
        int found = isinstance_check(object, TUPLE_ITEMS(classes)[i]);
        if (found != 0)
            return found;
    }
    return 0;
}

static Object *builtin_isinstance(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("isinstance", kwnames) < 0 || args_range("isinstance", nargs, 2, 2) < 0)
        return NULL;
    int found = isinstance_check(args[0], args[1]);
    return found < 0 ? NULL : bool_from(found);
}

/* issubclass(C, D) or issubclass(C, (D, E, (F,))). */
static int issubclass_check(Object *cls, Object *classes)
{
    if (object_is_instance_of(classes, &type_type))
        return type_is_subtype((Type *)cls, (Type *)classes);
    if (!is_tuple(classes)) {
        error_set_string(&exc_TypeError,
                         "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    for (intptr_t i = 0; i < TUPLE_SIZE(classes); i++) {
        int found = issubclass_check(cls, TUPLE_ITEMS(classes)[i]);
        if (found != 0)
            return found;
    }
    return 0;
}

static Object *builtin_issubclass(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("issubclass", kwnames) < 0 || args_range("issubclass", nargs, 2, 2) < 0)
        return NULL;
    if (!object_is_instance_of(args[0], &type_type))
        return error_set_string(&exc_TypeError, "issubclass() arg 1 must be a class");
    int found = issubclass_check(args[0], args[1]);
    return found < 0 ? NULL : bool_from(found);
}

static Object *builtin_hasattr(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("hasattr", kwnames) < 0 || args_range("hasattr", nargs, 2, 2) < 0
        || attribute_name_check(args[1]) < 0)
        return NULL;
    int found = object_hasattr(args[0], args[1]);
    return found < 0 ? NULL : bool_from(found);
}

/* getattr(o, name[, default]): the default answers AttributeError only. */
static Object *builtin_getattr(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("getattr", kwnames) < 0 || args_range("getattr", nargs, 2, 3) < 0
        || attribute_name_check(args[1]) < 0)
        return NULL;
    Object *value = object_getattr(args[0], args[1]);
    if (value == NULL && nargs == 3 && error_matches(&exc_AttributeError)) {
        error_clear();
        value = incref(args[2]);
    }
    return value;
}

static Object *builtin_setattr(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("setattr", kwnames) < 0 || args_range("setattr", nargs, 3, 3) < 0
        || attribute_name_check(args[1]) < 0 || object_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    return none_new();
}

static Object *builtin_delattr(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("delattr", kwnames) < 0 || args_range("delattr", nargs, 2, 2) < 0
        || attribute_name_check(args[1]) < 0 || object_delattr(args[0], args[1]) < 0)
        return NULL;
    return none_new();
}

static Object *builtin_iter(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("iter", kwnames) < 0 || args_range("iter", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 2)     /* the iter(callable, sentinel) form is not in the subset */
        return error_set_string(&exc_TypeError, "iter(v, w): v must be callable");
    return object_iter(args[0]);
}

/* next(it[, default]): StopIteration() (no args) when exhausted. */
static Object *builtin_next(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("next", kwnames) < 0 || args_range("next", nargs, 1, 2) < 0)
        return NULL;
    if (args[0]->type->iternext == NULL)
        return error_format(&exc_TypeError, "'%T' object is not an iterator", args[0]);
    Object *item = iter_next(args[0]);
    if (item || error_occurred())
        return item;
    if (nargs == 2)
        return incref(args[1]);
    Object *no_args = tuple_new(0);
    if (no_args == NULL)
        return NULL;
    Object *stop = exception_new(&exc_StopIteration, no_args);
    decref(no_args);
    if (stop) {
        error_set_object(stop);
        decref(stop);
    }
    return NULL;
}

/* globals(): the running code's namespace dict itself (a new reference). */
static Object *builtin_globals(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    (void)args;
    if (args_no_kw("globals", kwnames) < 0)
        return NULL;
    if (nargs != 0)
        return error_format(&exc_TypeError, "globals() takes no arguments (%zd given)",
                            (intptr_t)nargs);
    return incref(eval_current_globals());
}

/* ---- exit -------------------------------------------------------------- */

Object *raise_system_exit(const char *name, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw(name, kwnames) < 0 || args_range(name, nargs, 0, 1) < 0)
        return NULL;
    Object *exception_args = nargs == 0 ? tuple_new(0) : tuple_pack(1, args[0]);
    Object *exception = exception_new(&exc_SystemExit, exception_args);
    decref(exception_args);
    if (exception != NULL) {
        error_set_object(exception);
        decref(exception);
    }
    return NULL;
}

static Object *builtin_exit(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    return raise_system_exit("exit", args, nargs, kwnames);
}

static Object *builtin_quit(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    return raise_system_exit("quit", args, nargs, kwnames);
}

/* ---- the module -------------------------------------------------------- */

static const MethodDef builtin_functions[] = {
    {"abs", builtin_abs},
    {"delattr", builtin_delattr},
    {"exit", builtin_exit},
    {"getattr", builtin_getattr},
    {"globals", builtin_globals},
    {"hasattr", builtin_hasattr},
    {"hex", builtin_hex},
    {"id", builtin_id},
    {"isinstance", builtin_isinstance},
    {"issubclass", builtin_issubclass},
    {"iter", builtin_iter},
    {"len", builtin_len},
    {"max", builtin_max},
    {"min", builtin_min},
    {"next", builtin_next},
    {"pow", builtin_pow},
    {"print", builtin_print},
    {"quit", builtin_quit},
    {"repr", builtin_repr},
    {"setattr", builtin_setattr},
    {"sorted", builtin_sorted},
    {"sum", builtin_sum},
    {NULL, NULL},
};

/* The classes reachable by name from every module. */
static Type *const builtin_types[] = {
    &bool_type, &dict_type, &float_type, &int_type, &list_type, &object_type,
    &range_type, &set_type, &frozenset_type, &slice_type, &str_type, &super_type,
    &tuple_type, &type_type, NULL,
};

static int add_types(Object *dict, Type *const *types)
{
    for (size_t i = 0; types[i]; i++)
        if (dict_set_item_cstr(dict, types[i]->name, (Object *)types[i]) < 0)
            return -1;
    return 0;
}

Object *builtins_module_init(void)
{
    Object *module = module_new("builtins");
    if (module == NULL)
        return NULL;
    Object *dict = MODULE_DICT(module);
    if (module_add_functions(module, builtin_functions) < 0
        || add_types(dict, builtin_types) < 0
        || add_types(dict, exception_classes) < 0
        || dict_set_item_cstr(dict, "NotImplemented", NotImplemented) < 0
        || bltinfuncs_add(module) < 0) {
        decref(module);
        return NULL;
    }
    return module;
}
