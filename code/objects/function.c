/* function.c: functions made by `def`, built-in functions and methods, and
 * the binding of call arguments to a function's parameters (CPython's
 * funcobject.c and methodobject.c); binding a call's arguments to the
 * parameters is funcargs.c. */
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
    if (str_equal_cstr(name, "__kwdefaults__"))
        return incref(func->kwdefaults ? func->kwdefaults : None);
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

static int function_traverse(Object *self, VisitProc visit, void *arg)
{
    FunctionObject *func = (FunctionObject *)self;
    VISIT(func->code);
    VISIT(func->globals);
    VISIT(func->defaults);
    VISIT(func->kwdefaults);
    VISIT(func->name);
    VISIT(func->closure);
    VISIT(func->qualname);
    return 0;
}

static void function_clear(Object *self)
{
    FunctionObject *func = (FunctionObject *)self;
    CLEAR_SLOT(func->code);
    CLEAR_SLOT(func->globals);
    CLEAR_SLOT(func->defaults);
    CLEAR_SLOT(func->kwdefaults);
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
    if (str_equal_cstr(name, "__name__"))
        return str_from_cstr(builtin->def->name);
    /* a method's qualname names its type: "list.append" */
    if (str_equal_cstr(name, "__qualname__")) {
        if (builtin->self == NULL || builtin->self->type == &module_type)
            return str_from_cstr(builtin->def->name);
        return str_format("%s.%s", builtin->self->type->name, builtin->def->name);
    }
    if (str_equal_cstr(name, "__self__"))
        return incref(builtin->self ? builtin->self : None);
    return generic_getattr(self, name);
}

static int builtin_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((BuiltinObject *)self)->self);
    return 0;
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
