/* funcargs.c: binding a call's arguments to the parameters of a function
 * defined in minipy, as CPython 3.11's initialize_locals (Python/ceval.c)
 * does, so that the same call fails with the same TypeError.
 *
 * The slots of a new frame start with the named parameters in co_varnames
 * order: the positional ones (code->nparams), the keyword-only ones
 * (code->nkwonly), then the *args tuple and the **kwargs dict when the code
 * has them. The arguments arrive as a vector: nargs positional values,
 * then one value per name of kwnames. They are MOVED into the slots (the
 * caller's references are consumed), as CPython 3.11 steals them from its
 * value stack; extra positional ones are moved into the *args tuple.
 */
#include "function.h"

#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "eval.h"
#include "memory.h"
#include "str.h"
#include "tuple.h"

/* The name of slot i (borrowed from the code). */
static Object *param_name(Code *code, size_t i)
{
    return TUPLE_ITEMS(code->local_names)[i];
}

/* The named parameters: positional and keyword-only (CPython's total_args). */
static size_t named_count(Code *code)
{
    return code->nparams + code->nkwonly;
}

static size_t default_count(FunctionObject *func)
{
    return func->defaults ? (size_t)TUPLE_SIZE(func->defaults) : 0;
}

/* "f() takes 1 positional argument but 2 were given" and its variants,
 * which also count the keyword-only arguments that were given. */
static void too_many_positional(FunctionObject *func, Object **locals, size_t given)
{
    Code *code = func->code;
    size_t max = code->nparams, ndefaults = default_count(func), kwonly_given = 0;
    for (size_t i = max; i < named_count(code); i++)
        kwonly_given += locals[i] != NULL;
    char takes[64], kwonly[96] = "";
    if (ndefaults > 0)
        snprintf(takes, sizeof takes, "from %zu to %zu positional arguments",
                 max - ndefaults, max);
    else
        snprintf(takes, sizeof takes, "%zu positional argument%s", max, max == 1 ? "" : "s");
    if (kwonly_given > 0)
        snprintf(kwonly, sizeof kwonly, " positional argument%s (and %zu keyword-only argument%s)",
                 given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    error_format(&exc_TypeError, "%S() takes %s but %zd%s %s given", func->qualname, takes,
                 (intptr_t)given, kwonly, given == 1 && kwonly_given == 0 ? "was" : "were");
}

/* "f() missing 2 required positional arguments: 'x' and 'y'": the unbound
 * slots among [start, end) (CPython's missing_arguments and format_missing). */
static void missing_arguments(FunctionObject *func, Object **locals, size_t start, size_t end,
                              const char *kind)
{
    size_t total = 0, listed = 0;
    for (size_t i = start; i < end; i++)
        total += locals[i] == NULL;
    StrBuilder names;
    sb_init(&names);
    for (size_t i = start; i < end; i++) {
        if (locals[i] != NULL)
            continue;
        listed++;
        if (listed > 1)
            sb_append_cstr(&names, total == 2 ? " and " : listed == total ? ", and " : ", ");
        sb_append_repr(&names, param_name(func->code, i));
    }
    Object *list = sb_finish(&names);
    error_format(&exc_TypeError, "%S() missing %zd required %s argument%s: %S", func->qualname,
                 (intptr_t)total, kind, total == 1 ? "" : "s", list);
    decref(list);
}

/* The slot of the named parameter `name`, or -1. Names are interned,
 * so a first pass comparing pointers settles nearly every call (CPython's
 * initialize_locals does the same); a ** mapping may bring other strs,
 * which the second pass compares by their text. */
static intptr_t find_param(Code *code, Object *name)
{
    for (size_t i = 0; i < named_count(code); i++)
        if (param_name(code, i) == name)
            return (intptr_t)i;
    for (size_t i = 0; i < named_count(code); i++)
        if (str_same(param_name(code, i), name))
            return (intptr_t)i;
    return -1;
}

/* Move one keyword argument (stolen) into its parameter, or into the
 * **kwargs dict when there is no such parameter. */
static int bind_keyword(FunctionObject *func, Object **locals, Object *kwdict, Object *name,
                        Object *value)
{
    intptr_t slot = is_str(name) ? find_param(func->code, name) : -1;
    if (!is_str(name)) {
        error_format(&exc_TypeError, "%S() keywords must be strings", func->qualname);
    } else if (slot >= 0 && locals[slot] != NULL) {
        error_format(&exc_TypeError, "%S() got multiple values for argument '%S'",
                     func->qualname, name);
    } else if (slot >= 0) {
        locals[slot] = value;
        return 0;
    } else if (kwdict == NULL) {
        error_format(&exc_TypeError, "%S() got an unexpected keyword argument '%S'",
                     func->qualname, name);
    } else {
        int status = dict_set_item(kwdict, name, value);
        decref(value);
        return status;
    }
    decref(value);
    return -1;
}

/* Keyword arguments, in order; on an error the rest are dropped. */
static int bind_keywords(FunctionObject *func, Object **locals, Object *kwdict, Object **values,
                         Object *kwnames)
{
    intptr_t count = TUPLE_SIZE(kwnames);
    for (intptr_t k = 0; k < count; k++) {
        Object *value = values[k];
        values[k] = NULL;
        if (bind_keyword(func, locals, kwdict, TUPLE_ITEMS(kwnames)[k], value) < 0)
            return -1;
    }
    return 0;
}

/* Fill the positional parameters still unbound from __defaults__. */
static int bind_defaults(FunctionObject *func, Object **locals)
{
    size_t nparams = func->code->nparams, ndefaults = default_count(func);
    size_t required = nparams - ndefaults;
    for (size_t i = 0; i < required; i++) {
        if (locals[i] == NULL) {
            missing_arguments(func, locals, 0, required, "positional");
            return -1;
        }
    }
    for (size_t i = required; i < nparams; i++)
        if (locals[i] == NULL)
            locals[i] = incref(TUPLE_ITEMS(func->defaults)[i - required]);
    return 0;
}

/* Fill the keyword-only parameters still unbound from __kwdefaults__. */
static int bind_kwonly_defaults(FunctionObject *func, Object **locals)
{
    Code *code = func->code;
    size_t missing = 0;
    for (size_t i = code->nparams; i < named_count(code); i++) {
        if (locals[i] != NULL)
            continue;
        Object *value = func->kwdefaults ? dict_get_item(func->kwdefaults, param_name(code, i))
                                         : NULL;
        if (value != NULL)
            locals[i] = incref(value);
        else if (error_occurred())
            return -1;
        else
            missing++;
    }
    if (missing == 0)
        return 0;
    missing_arguments(func, locals, code->nparams, named_count(code), "keyword-only");
    return -1;
}

/* The *args tuple: the positional arguments beyond the named ones, moved. */
static Object *pack_varargs(Object **args, size_t nargs, size_t nparams)
{
    if (nargs <= nparams)
        return tuple_new(0);
    Object *tuple = tuple_new((intptr_t)(nargs - nparams));
    for (size_t i = nparams; i < nargs; i++) {
        TUPLE_ITEMS(tuple)[i - nparams] = args[i];
        args[i] = NULL;
    }
    return tuple;
}

/* initialize_locals: the checks come in CPython's order, so that a call
 * with several faults reports the same one. */
static int bind_arguments(FunctionObject *func, Object **locals, Object **args, size_t nargs,
                          Object *kwnames)
{
    Code *code = func->code;
    size_t star_slot = named_count(code);
    Object *kwdict = NULL;
    if (code->flags & CODE_VARKEYWORDS) {
        kwdict = dict_new();
        locals[star_slot + ((code->flags & CODE_VARARGS) != 0)] = kwdict;
    }
    size_t npositional = nargs < code->nparams ? nargs : code->nparams;
    for (size_t i = 0; i < npositional; i++) {
        locals[i] = args[i];
        args[i] = NULL;
    }
    if (code->flags & CODE_VARARGS)
        locals[star_slot] = pack_varargs(args, nargs, code->nparams);
    if (kwnames != NULL && bind_keywords(func, locals, kwdict, args + nargs, kwnames) < 0)
        return -1;
    if (nargs > code->nparams && !(code->flags & CODE_VARARGS)) {
        too_many_positional(func, locals, nargs);
        return -1;
    }
    if (bind_defaults(func, locals) < 0)
        return -1;
    return code->nkwonly > 0 ? bind_kwonly_defaults(func, locals) : 0;
}

static void drop_slots(Object **slots, size_t count)
{
    for (size_t i = 0; i < count; i++)
        CLEAR_SLOT(slots[i]);
}

/* Up to this many local slots live in this C frame for the call, as
 * CPython 3.11 keeps them in its frame stack: no allocation per call. */
#define SMALL_LOCALS 8

#if defined(__GNUC__)
#define CALL_SLOW __attribute__((noinline))
#else
#define CALL_SLOW
#endif

/* Any call: the slots zeroed, then bind_arguments. Out of line, so that
 * the common calls below keep a small C frame (recursion goes through
 * it) and save few registers. */
CALL_SLOW static Object *call_binding(FunctionObject *func, Object **args, size_t nargs,
                                      Object *kwnames)
{
    size_t nlocals = (size_t)TUPLE_SIZE(func->code->local_names);
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    size_t size = (nlocals ? nlocals : 1) * sizeof(Object *);
    Object *small[SMALL_LOCALS];
    Object **locals = nlocals <= SMALL_LOCALS ? small : mem_alloc(size);
    memset(locals, 0, size);
    int status = bind_arguments(func, locals, args, nargs, kwnames);
    drop_slots(args, nargs + nkw);     /* whatever was not moved */
    Object *result = NULL;
    if (status < 0)
        drop_slots(locals, nlocals);
    else
        result = eval_function_body((Object *)func, locals, nlocals);
    if (locals != small)
        mem_free(locals, size);
    return result;
}

/* The common calls: f(a, b), f(a) of def f(a, b=1), f(a, c=2) of
 * def f(a, b=1, c=0). Every argument goes to a positional parameter
 * (a keyword one found by the very str of the parameter's name, interned,
 * among those the positional arguments left unbound), every parameter
 * without a default gets one, there is nothing else to bind and the
 * locals are few. The slot of each keyword argument goes to kwslots.
 * Any other call, its errors included, is bind_arguments' (call_binding). */
static bool simple_call(FunctionObject *func, size_t nargs, Object *kwnames, size_t nlocals,
                        size_t kwslots[SMALL_LOCALS])
{
    Code *code = func->code;
    size_t nparams = code->nparams;
    if (nargs > nparams || nlocals > SMALL_LOCALS || code->nkwonly != 0
        || (code->flags & (CODE_VARARGS | CODE_VARKEYWORDS)))
        return false;
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0, bound = nargs;
    unsigned taken = 0;         /* the parameters the keywords bind */
    for (size_t k = 0; k < nkw; k++) {
        Object *name = TUPLE_ITEMS(kwnames)[k];
        size_t i = nargs;
        while (i < nparams && param_name(code, i) != name)
            i++;
        if (i == nparams || (taken & (1u << i)))
            return false;
        taken |= 1u << i;
        kwslots[k] = i;
        if (i < nparams - default_count(func))
            bound++;
    }
    /* The parameters without a default: all bound? */
    return nargs >= nparams - default_count(func) || bound == nparams - default_count(func);
}

Object *function_call_steal(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    FunctionObject *func = (FunctionObject *)callable;
    size_t nlocals = (size_t)TUPLE_SIZE(func->code->local_names);
    size_t kwslots[SMALL_LOCALS];
    if (!simple_call(func, nargs, kwnames, nlocals, kwslots))
        return call_binding(func, args, nargs, kwnames);
    Object *locals[SMALL_LOCALS];
    /* loops, not memcpy and memset: a few slots, known to fit */
    for (size_t i = 0; i < nlocals; i++)
        locals[i] = i < nargs ? args[i] : NULL;
    if (kwnames != NULL)
        for (intptr_t k = 0; k < TUPLE_SIZE(kwnames); k++)
            locals[kwslots[k]] = args[nargs + (size_t)k];
    size_t nparams = func->code->nparams, first = nparams - default_count(func);
    for (size_t i = nargs > first ? nargs : first; i < nparams; i++)
        if (locals[i] == NULL)
            locals[i] = incref(TUPLE_ITEMS(func->defaults)[i - first]);
    return eval_function_body(callable, locals, nlocals);
}
