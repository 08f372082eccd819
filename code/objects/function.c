/* function.c: functions made by `def`, built-in functions and methods, and
 * the binding of call arguments to a function's parameters (CPython's
 * funcobject.c, methodobject.c and the argument half of ceval.c's
 * initialize_locals). */
#include "function.h"

#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* ---- functions ----------------------------------------------------------- */

Object *function_new(Code *code, Object *globals, Object *defaults, Object *qualname)
{
    FunctionObject *func = (FunctionObject *)object_new(&function_type, sizeof(FunctionObject));
    func->code = (Code *)incref((Object *)code);
    func->globals = incref(globals);
    func->defaults = defaults ? incref(defaults) : NULL;
    func->name = incref(code->name);
    func->qualname = incref(qualname ? qualname : code->name);
    return (Object *)func;
}

static Object *function_repr(Object *self)
{
    char address[32];
    snprintf(address, sizeof address, "%p", (void *)self);
    return str_format("<function %S at %s>", ((FunctionObject *)self)->qualname, address);
}

static Object *function_getattr(Object *self, Object *name)
{
    FunctionObject *func = (FunctionObject *)self;
    if (str_equal_cstr(name, "__name__"))
        return incref(func->name);
    if (str_equal_cstr(name, "__qualname__"))
        return incref(func->qualname);
    if (str_equal_cstr(name, "__defaults__"))
        return incref(func->defaults ? func->defaults : None);
    if (str_equal_cstr(name, "__globals__"))
        return incref(func->globals);
    if (str_equal_cstr(name, "__closure__"))
        return incref(func->closure ? func->closure : None);
    if (str_equal_cstr(name, "__code__"))
        return incref(&func->code->base);
    if (str_equal_cstr(name, "__module__")) {
        Object *module = dict_get_item_cstr(func->globals, "__name__");
        return incref(module ? module : None);
    }
    return generic_getattr(self, name);
}

static void function_traverse(Object *self, VisitProc visit, void *arg)
{
    FunctionObject *func = (FunctionObject *)self;
    VISIT(func->code);
    VISIT(func->globals);
    VISIT(func->defaults);
    VISIT(func->name);
    VISIT(func->closure);
    VISIT(func->qualname);
}

static void function_clear(Object *self)
{
    FunctionObject *func = (FunctionObject *)self;
    CLEAR_SLOT(func->code);
    CLEAR_SLOT(func->globals);
    CLEAR_SLOT(func->defaults);
    CLEAR_SLOT(func->name);
    CLEAR_SLOT(func->closure);
    CLEAR_SLOT(func->qualname);
}

/* Called from C (object_call): the arguments are borrowed, so the callee's
 * locals take new references, as CPython's _PyFunction_Vectorcall does. */
static Object *function_call_borrowed(Object *callable, Object **args, size_t nargs,
                                      Object *kwnames)
{
    size_t total = nargs + (kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0);
    Object *small[8];
    Object **owned = total <= 8 ? small : mem_alloc(total * sizeof *owned);
    for (size_t i = 0; i < total; i++)
        owned[i] = incref(args[i]);
    Object *result = function_call_steal(callable, owned, nargs, kwnames);
    if (owned != small)
        mem_free(owned, total * sizeof *owned);
    return result;
}

Type function_type = {
    .base = TYPE_HEAD_INIT,
    .name = "function",
    .basic_size = sizeof(FunctionObject),
#if CHAPTER >= CH_WEAKREF
    .weaklist_offset = offsetof(FunctionObject, weaklist),
#endif
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = function_traverse,
    .clear = function_clear,
    .repr = function_repr,
    .hash = identity_hash,
    .compare = identity_compare,
    .call = function_call_borrowed,
    .getattr = function_getattr,
};

/* ---- binding arguments to parameters ------------------------------------- */

/* The name of parameter i (borrowed from the code). */
static Object *param_name(Code *code, size_t i)
{
    return TUPLE_ITEMS(code->local_names)[i];
}

static intptr_t find_param(Code *code, Object *name)
{
    for (size_t i = 0; i < code->nparams; i++)
        if (str_same(param_name(code, i), name))
            return (intptr_t)i;
    return -1;
}

static size_t default_count(FunctionObject *func)
{
    return func->defaults ? (size_t)TUPLE_SIZE(func->defaults) : 0;
}

/* "f() takes 1 positional argument but 2 were given" and its variants. */
static void too_many_positional(FunctionObject *func, size_t given)
{
    size_t max = func->code->nparams, min = max - default_count(func);
    const char *were = given == 1 ? "was" : "were";
    if (min == max)
        error_format(&exc_TypeError, "%S() takes %zd positional argument%s but %zd %s given",
                     func->qualname, (intptr_t)max, max == 1 ? "" : "s", (intptr_t)given, were);
    else
        error_format(&exc_TypeError, "%S() takes from %zd to %zd positional arguments but %zd %s given",
                     func->qualname, (intptr_t)min, (intptr_t)max, (intptr_t)given, were);
}

/* "f() missing 2 required positional arguments: 'x' and 'y'". */
static void missing_positional(FunctionObject *func, Object **locals, size_t required)
{
    StrBuilder names;
    sb_init(&names);
    size_t missing = 0, total = 0;
    for (size_t i = 0; i < required; i++)
        total += locals[i] == NULL;
    for (size_t i = 0; i < required; i++) {
        if (locals[i] != NULL)
            continue;
        missing++;
        if (missing > 1)
            sb_append_cstr(&names, total == 2 ? " and " : missing == total ? ", and " : ", ");
        sb_append_cstr(&names, "'");
        sb_append_str(&names, param_name(func->code, i));
        sb_append_cstr(&names, "'");
    }
    Object *list = sb_finish(&names);
    error_format(&exc_TypeError, "%S() missing %zd required positional argument%s: %S",
                 func->qualname, (intptr_t)total, total == 1 ? "" : "s", list);
    decref(list);
}

static void drop_slots(Object **slots, size_t count)
{
    for (size_t i = 0; i < count; i++)
        CLEAR_SLOT(slots[i]);
}

/* Move keyword arguments into their parameters' slots. */
static int bind_keywords(FunctionObject *func, Object **locals, Object **values, Object *kwnames)
{
    for (intptr_t k = 0; k < TUPLE_SIZE(kwnames); k++) {
        Object *name = TUPLE_ITEMS(kwnames)[k];
        intptr_t slot = find_param(func->code, name);
        if (slot < 0) {
            error_format(&exc_TypeError, "%S() got an unexpected keyword argument '%S'",
                         func->qualname, name);
            return -1;
        }
        if (locals[slot] != NULL) {
            error_format(&exc_TypeError, "%S() got multiple values for argument '%S'",
                         func->qualname, name);
            return -1;
        }
        locals[slot] = values[k];
        values[k] = NULL;
    }
    return 0;
}

/* Fill the parameters still unbound from the defaults (new references). */
static int bind_defaults(FunctionObject *func, Object **locals)
{
    size_t nparams = func->code->nparams, ndefaults = default_count(func);
    size_t required = nparams - ndefaults;
    for (size_t i = 0; i < required; i++) {
        if (locals[i] == NULL) {
            missing_positional(func, locals, required);
            return -1;
        }
    }
    for (size_t i = required; i < nparams; i++)
        if (locals[i] == NULL)
            locals[i] = incref(TUPLE_ITEMS(func->defaults)[i - required]);
    return 0;
}

Object *function_call_steal(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    FunctionObject *func = (FunctionObject *)callable;
    Code *code = func->code;
    size_t nlocals = (size_t)TUPLE_SIZE(code->local_names);
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    Object **locals = mem_alloc((nlocals ? nlocals : 1) * sizeof *locals);
    memset(locals, 0, (nlocals ? nlocals : 1) * sizeof *locals);

    /* The positional arguments move into the first slots; the order of the
     * checks below is CPython's, so the same call fails with the same
     * message. */
    size_t npositional = nargs < code->nparams ? nargs : code->nparams;
    for (size_t i = 0; i < npositional; i++) {
        locals[i] = args[i];
        args[i] = NULL;
    }
    int status = 0;
    if (nkw > 0)
        status = bind_keywords(func, locals, args + nargs, kwnames);
    if (status == 0 && nargs > code->nparams) {
        too_many_positional(func, nargs);
        status = -1;
    }
    if (status == 0)
        status = bind_defaults(func, locals);
    drop_slots(args, nargs + nkw);     /* whatever was not moved */
    if (status < 0) {
        drop_slots(locals, nlocals);
        mem_free(locals, (nlocals ? nlocals : 1) * sizeof *locals);
        return NULL;
    }
    return eval_function_body(callable, locals, nlocals);
}

/* ---- built-in functions and methods -------------------------------------- */

Object *builtin_new(const MethodDef *def, Object *self)
{
    BuiltinObject *builtin = (BuiltinObject *)object_new(&builtin_type, sizeof(BuiltinObject));
    builtin->def = def;
    builtin->self = self ? incref(self) : NULL;
    return (Object *)builtin;
}

static Object *builtin_call(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    BuiltinObject *builtin = (BuiltinObject *)callable;
    return builtin->def->fn(builtin->self, args, nargs, kwnames);
}

/* "<built-in function len>", "<built-in method append of list object at
 * 0x...>": a function of a module shows no receiver. */
static Object *builtin_repr(Object *self)
{
    BuiltinObject *builtin = (BuiltinObject *)self;
    if (builtin->self == NULL || builtin->self->type == &module_type)
        return str_format("<built-in function %s>", builtin->def->name);
    char address[32];
    snprintf(address, sizeof address, "%p", (void *)builtin->self);
    return str_format("<built-in method %s of %s object at %s>", builtin->def->name,
                      builtin->self->type->name, address);
}

static Object *builtin_getattr(Object *self, Object *name)
{
    BuiltinObject *builtin = (BuiltinObject *)self;
    if (str_equal_cstr(name, "__name__") || str_equal_cstr(name, "__qualname__"))
        return str_from_cstr(builtin->def->name);
    if (str_equal_cstr(name, "__self__"))
        return incref(builtin->self ? builtin->self : None);
    return generic_getattr(self, name);
}

static void builtin_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((BuiltinObject *)self)->self);
}

static void builtin_clear(Object *self)
{
    CLEAR_SLOT(((BuiltinObject *)self)->self);
}

static Object *builtin_compare(Object *left, Object *right, CompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !is_builtin(right))
        return incref(NotImplemented);
    BuiltinObject *a = (BuiltinObject *)left, *b = (BuiltinObject *)right;
    bool same = a->def == b->def && a->self == b->self;
    return bool_from(op == CMP_EQ ? same : !same);
}

Type builtin_type = {
    .base = TYPE_HEAD_INIT,
    .name = "builtin_function_or_method",
    .basic_size = sizeof(BuiltinObject),
#if CHAPTER >= CH_WEAKREF
    .weaklist_offset = offsetof(BuiltinObject, weaklist),
#endif
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = builtin_traverse,
    .clear = builtin_clear,
    .repr = builtin_repr,
    .hash = identity_hash,
    .compare = builtin_compare,
    .call = builtin_call,
    .getattr = builtin_getattr,
};
