/* method.c: bound methods, `o.m` looked up without a call (CPython's
 * PyMethodObject in Objects/classobject.c). A call `o.m(x)` makes none:
 * the evaluator passes o as the first argument (LOAD_METHOD). */
#include "class.h"

#include "bool.h"
#include "function.h"
#include "str.h"

Object *method_new(Object *func, Object *self)
{
    MethodObject *method = (MethodObject *)object_new(&method_type, sizeof(MethodObject));
    method->func = incref(func);
    method->self = incref(self);
    return (Object *)method;
}

static Object *method_repr(Object *self)
{
    MethodObject *method = (MethodObject *)self;
    Object *func_name = is_function(method->func)
        ? incref(((FunctionObject *)method->func)->qualname)
        : object_repr(method->func);
    if (func_name == NULL)
        return NULL;
    Object *text = str_format("<bound method %S of %R>", func_name, method->self);
    decref(func_name);
    return text;
}

/* Calling a bound method object from C: self goes in front. (The
 * evaluator unpacks bound methods itself, as CPython 3.11's CALL does.) */
static Object *method_call(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    MethodObject *method = (MethodObject *)callable;
    return call_with_self(method->func, method->self, args, nargs, kwnames);
}

static int method_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(METHOD_FUNC(self));
    VISIT(METHOD_SELF(self));
    return 0;
}

static void method_clear(Object *self)
{
    CLEAR_SLOT(((MethodObject *)self)->func);
    CLEAR_SLOT(((MethodObject *)self)->self);
}

static Object *method_compare(Object *left, Object *right, CompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !is_method(right))
        return incref(NotImplemented);
    bool same = METHOD_FUNC(left) == METHOD_FUNC(right) && METHOD_SELF(left) == METHOD_SELF(right);
    return bool_from(op == CMP_EQ ? same : !same);
}

static Object *method_getattr(Object *self, Object *name)
{
    if (str_equal_cstr(name, "__func__"))
        return incref(METHOD_FUNC(self));
    if (str_equal_cstr(name, "__self__"))
        return incref(METHOD_SELF(self));
    /* Everything else comes from the function (m.__name__). */
    return object_getattr(METHOD_FUNC(self), name);
}

Type method_type = {
    .base = TYPE_HEAD_INIT,
    .name = "method",
    .basic_size = sizeof(MethodObject),
#if CHAPTER >= CH_WEAKREF
    .weaklist_offset = offsetof(MethodObject, weaklist),
#endif
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = method_traverse,
    .clear = method_clear,
    .repr = method_repr,
    .hash = identity_hash,
    .compare = method_compare,
    .call = method_call,
    .getattr = method_getattr,
};
