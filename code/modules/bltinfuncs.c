/* bltinfuncs.c: more of CPython's Python/bltinmodule.c: format, hash,
 * divmod, round, chr, ord, ascii, callable, any, all, dir, vars. The
 * iterator types (enumerate, zip, map, filter, reversed) are in
 * bltiniter.c. Messages are CPython 3.11's. */
#include "bltinfuncs.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "strformat.h"
#include "tuple.h"

static Object *builtin_format(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("format", kwnames) < 0 || args_range("format", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 2)
        return object_format(args[0], args[1]);
    Object *empty = str_from_utf8("", 0);
    Object *result = empty ? object_format(args[0], empty) : NULL;
    xdecref(empty);
    return result;
}

static Object *builtin_ascii(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("ascii", nargs, kwnames) < 0)
        return NULL;
    return object_ascii(args[0]);
}

static Object *builtin_hash(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("hash", nargs, kwnames) < 0)
        return NULL;
    int64_t hash = object_hash(args[0]);
    return hash == -1 ? NULL : int_from_i64(hash);
}

static Object *builtin_callable(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("callable", nargs, kwnames) < 0)
        return NULL;
    Type *type = args[0]->type;
    return bool_from(type->call != NULL || type_lookup_cstr(type, "__call__") != NULL);
}

static bool is_number(Object *op) { return is_int(op) || is_float(op); }

/* divmod(a, b): int_divmod for ints; for floats // and % together, as
 * CPython computes both. */
static Object *builtin_divmod(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("divmod", kwnames) < 0 || args_range("divmod", nargs, 2, 2) < 0)
        return NULL;
    Object *a = args[0], *b = args[1];
    if (is_int(a) && is_int(b))
        return int_divmod(a, b);
    if (!(is_int(a) || is_float(a)) || !(is_int(b) || is_float(b)))
        return error_format(&exc_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'",
                            a, b);
    if (is_float(b) ? FLOAT_VALUE(b) == 0.0 : !int_is_true(b))
        return error_set_string(&exc_ZeroDivisionError, "float divmod()");
    Object *q = number_binary(a, b, 'f'), *r = q ? number_binary(a, b, '%') : NULL;
    Object *pair = r ? tuple_new(2) : NULL;
    if (pair == NULL) {
        xdecref(q);
        xdecref(r);
        return NULL;
    }
    TUPLE_ITEMS(pair)[0] = q;
    TUPLE_ITEMS(pair)[1] = r;
    return pair;
}

/* Whether a comparison of two ints holds (int_compare gives a bool). */
static int int_holds(Object *a, Object *b, CompareOp op)
{
    Object *result = int_compare(a, b, op);
    if (result == NULL)
        return -1;
    int holds = result == True;
    decref(result);
    return holds;
}

/* round(int, ndigits < 0): the value minus its remainder to the nearest
 * multiple of 10**-ndigits, half to even, as CPython's long_round (any
 * size). */
static Object *round_int(Object *value, int64_t ndigits)
{
    if (ndigits >= 0)
        return object_is_type(value, &int_type) ? incref(value) : int_from_i64(INT_VALUE(value));
    Object *ten = int_from_i64(10), *places = int_from_i64(-ndigits);
    Object *unit = ten && places ? int_pow(ten, places, None) : NULL;
    xdecref(ten);
    xdecref(places);
    Object *pair = unit ? int_divmod(value, unit) : NULL;
    Object *twice = pair ? int_add(TUPLE_ITEMS(pair)[1], TUPLE_ITEMS(pair)[1]) : NULL;
    Object *result = NULL;
    if (twice != NULL) {
        Object *quotient = TUPLE_ITEMS(pair)[0], *remainder = TUPLE_ITEMS(pair)[1];
        int above = int_holds(twice, unit, CMP_GT), half = int_holds(twice, unit, CMP_EQ);
        Object *down = above < 0 || half < 0 ? NULL : int_sub(value, remainder);
        if (down != NULL && (above || (half && int_is_odd(quotient)))) {
            result = int_add(down, unit);
            decref(down);
        } else {
            result = down;
        }
    }
    xdecref(twice);
    xdecref(pair);
    xdecref(unit);
    return result;
}

/* round(float, ndigits): CPython rounds the exact binary value correctly
 * (dtoa mode 3, then back); glibc's printf and strtod do the same. */
static double round_double(double value, int64_t ndigits)
{
    if (!isfinite(value) || ndigits > 323)
        return value;
    if (ndigits < -308)
        return 0.0 * value;
    if (ndigits >= 0) {
        char text[400];
        snprintf(text, sizeof text, "%.*f", (int)ndigits, value);
        return strtod(text, NULL);
    }
    double unit = pow(10.0, (double)-ndigits);
    double scaled = value / unit, rounded = nearbyint(scaled);
    double result = rounded * unit;
    return isfinite(result) ? result : value;
}

static Object *builtin_round(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    Object *values[2] = {NULL, NULL};
    (void)self;
    if (nargs + args_keyword_count(kwnames) > 2)
        return error_format(&exc_TypeError, "round() takes at most 2 arguments (%zd given)",
                            (intptr_t)(nargs + args_keyword_count(kwnames)));
    for (size_t i = 0; i < nargs; i++)
        values[i] = args[i];
    if (args_parse_keywords("round", args, nargs, kwnames, names, values) < 0)
        return NULL;
    if (values[0] == NULL)
        return error_set_string(&exc_TypeError, "round() missing required argument 'number' (pos 1)");
    Object *number = values[0];
    if (!is_number(number))
        return error_format(&exc_TypeError, "type %T doesn't define __round__ method", number);
    bool has_digits = values[1] != NULL && values[1] != None;
    int64_t ndigits = 0;
    if (has_digits && int_as_index(values[1], &ndigits) < 0)
        return NULL;
    if (is_int(number))
        return round_int(number, has_digits ? ndigits : 0);
    double value = FLOAT_VALUE(number);
    if (!has_digits)
        return int_from_double(nearbyint(value));
    return float_from_double(round_double(value, ndigits));
}

static Object *builtin_chr(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("chr", nargs, kwnames) < 0)
        return NULL;
    int64_t code;
    if (int_as_index(args[0], &code) < 0)
        return NULL;
    if (code < 0 || code > 0x10FFFF)
        return error_set_string(&exc_ValueError, "chr() arg not in range(0x110000)");
    FormatSpec spec;
    format_spec_parse("c", 1, "int", '>', &spec);
    return format_int(args[0], &spec, "int");
}

static Object *builtin_ord(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("ord", nargs, kwnames) < 0)
        return NULL;
    Object *s = args[0];
    if (!is_str(s))
        return error_format(&exc_TypeError, "ord() expected string of length 1, but %T found", s);
    if (((StrObject *)s)->length != 1)
        return error_format(&exc_TypeError,
                            "ord() expected a character, but string of length %zd found",
                            ((StrObject *)s)->length);
    const unsigned char *p = (const unsigned char *)STR_DATA(s);
    size_t n = STR_SIZE(s);
    uint32_t cp = n == 1 ? p[0] : p[0] & (0x7F >> n);
    for (size_t i = 1; i < n; i++)
        cp = (cp << 6) | (p[i] & 0x3F);
    return int_from_i64(cp);
}

/* any() and all(): stop at the first item that settles the answer. */
static Object *any_all(const char *name, Object **args, size_t nargs, Object *kwnames, int settle)
{
    if (args_exactly_one(name, nargs, kwnames) < 0)
        return NULL;
    Object *iterator = object_iter(args[0]);
    if (iterator == NULL)
        return NULL;
    Object *item;
    int answer = !settle;
    while ((item = iter_next(iterator)) != NULL) {
        int truth = object_is_true(item);
        decref(item);
        if (truth < 0) {
            decref(iterator);
            return NULL;
        }
        if (truth == settle) {
            answer = settle;
            break;
        }
    }
    decref(iterator);
    return error_occurred() ? NULL : bool_from(answer);
}

static Object *builtin_any(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    return any_all("any", args, nargs, kwnames, 1);
}

static Object *builtin_all(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    return any_all("all", args, nargs, kwnames, 0);
}

/* vars(o): o.__dict__; vars() is the running code's globals (minipy's
 * functions keep no locals dict). */
static Object *builtin_vars(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("vars", kwnames) < 0 || args_range("vars", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return incref(eval_current_globals());
    Object *dict = object_getattr_cstr(args[0], "__dict__");
    if (dict == NULL && error_matches(&exc_AttributeError)) {
        error_clear();
        error_set_string(&exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return dict;
}

/* Add a dict's keys to the set of names (a dict used as a set). */
static int add_keys(Object *names, Object *dict)
{
    intptr_t pos = 0;
    Object *key, *value;
    while (dict && dict_next(dict, &pos, &key, &value))
        if (is_str(key) && dict_set_item(names, key, None) < 0)
            return -1;
    return 0;
}

static int add_type_names(Object *names, Type *type)
{
    MroWalk walk;
    for (Type *t = mro_walk_start(&walk, type); t != NULL; t = mro_walk_next(&walk)) {
        if (add_keys(names, t->dict) < 0)
            return -1;
        for (const MethodDef *def = t->methods; def && def->name; def++)
            if (dict_set_item_cstr(names, def->name, None) < 0)
                return -1;
    }
    return 0;
}

/* dir(): sorted names. minipy's built-in types have fewer dunder names
 * than CPython's, so only the names a reader defines agree. */
static Object *builtin_dir(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("dir", kwnames) < 0 || args_range("dir", nargs, 0, 1) < 0)
        return NULL;
    Object *names = dict_new();
    if (names == NULL)
        return NULL;
    int status = 0;
    if (nargs == 0) {
        status = add_keys(names, eval_current_globals());
    } else {
        Object *op = args[0];
        Object **own = object_dict_slot(op);
        if (own && *own && is_dict(*own))
            status = add_keys(names, *own);
        if (status == 0 && object_is_instance_of(op, &type_type))
            status = add_type_names(names, (Type *)op);
        else if (status == 0 && is_dict(op) == false && op->type->name
                 && strcmp(op->type->name, "module") != 0)
            status = add_type_names(names, op->type);
    }
    Object *list = status == 0 ? list_from_iterable(names) : NULL;
    decref(names);
    if (list == NULL)
        return NULL;
    Object *sort = object_getattr_cstr(list, "sort");
    Object *done = sort ? object_call(sort, NULL, 0, NULL) : NULL;
    xdecref(sort);
    if (done == NULL) {
        decref(list);
        return NULL;
    }
    decref(done);
    return list;
}

static const MethodDef functions[] = {
    {"all", builtin_all},
    {"any", builtin_any},
    {"ascii", builtin_ascii},
    {"callable", builtin_callable},
    {"chr", builtin_chr},
    {"dir", builtin_dir},
    {"divmod", builtin_divmod},
    {"format", builtin_format},
    {"hash", builtin_hash},
    {"ord", builtin_ord},
    {"round", builtin_round},
    {"vars", builtin_vars},
    {NULL, NULL},
};

int bltinfuncs_add(Object *module)
{
    if (module_add_functions(module, functions) < 0)
        return -1;
    return bltiniter_add(MODULE_DICT(module));
}
