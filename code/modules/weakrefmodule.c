/* weakrefmodule.c: the weakref module (CPython's Modules/_weakref.c and the
 * classes of Lib/weakref.py that are not collections), chapter 10:
 * ref, proxy, getweakrefcount, getweakrefs, WeakMethod and finalize. The
 * collections are in weakcontainers.c.
 */
#include "weakcontainers.h"

#include "bool.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "function.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "weakref.h"

#if CHAPTER >= CH_WEAKREF

/* ---- the module's functions ---------------------------------------------------- */

static Object *weakref_getweakrefcount(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("getweakrefcount", nargs, kwnames) < 0)
        return NULL;
    return int_from_i64(weakref_list_slot(args[0]) ? weakref_count(args[0]) : 0);
}

static Object *weakref_getweakrefs(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_exactly_one("getweakrefs", nargs, kwnames) < 0)
        return NULL;
    return weakref_list_slot(args[0]) ? weakref_list(args[0]) : list_new(0);
}

static Object *weakref_proxy(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("proxy", kwnames) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2)
        return error_format(&exc_TypeError, "proxy expected %s 1 argument%s, got %zd",
                            nargs < 1 ? "at least" : "at most", nargs < 1 ? "" : "s", nargs);
    return weakref_proxy_new(args[0], nargs == 2 ? args[1] : NULL);
}

/* ---- WeakMethod ------------------------------------------------------------------ */

/* A weak reference to a bound method's object (the ref part) and to its
 * function (func_ref): `o.m` makes a new method object at every lookup,
 * so a plain ref to one dies at once. Calling it binds them again. */
typedef struct WeakMethodObject {
    WeakRefObject ref;
    Object *func_ref;
    Object *user_callback;      /* or NULL */
    bool alive;                 /* neither the object nor the function died */
    Object *weaklist;
} WeakMethodObject;

/* Both refs' callback, bound to a weak reference to the WeakMethod: the
 * first of the two deaths calls the user's callback, once. */
static Object *weak_method_died(Object *selfref, Object **args, size_t nargs, Object *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    Object *self = weakref_get(selfref);
    if (self == None || !((WeakMethodObject *)self)->alive)
        return incref(None);
    WeakMethodObject *method = (WeakMethodObject *)incref(self);
    method->alive = false;
    Object *result = method->user_callback
        ? object_call(method->user_callback, &self, 1, NULL) : incref(None);
    decref(self);
    return result;
}

static const MethodDef weak_method_died_def = {"_cb", weak_method_died};

static Object *weak_method_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("WeakMethod", kwnames) < 0 || args_range("WeakMethod", nargs, 1, 2) < 0)
        return NULL;
    if (!is_method(args[0]))
        return error_format(&exc_TypeError, "argument should be a bound method, not %R",
                            (Object *)args[0]->type);
    Object *self = weakref_new_subtype(type, sizeof(WeakMethodObject), METHOD_SELF(args[0]), NULL);
    if (self == NULL)
        return NULL;
    WeakMethodObject *method = (WeakMethodObject *)self;
    Object *selfref = weakref_new(self, NULL);
    Object *died = builtin_new(&weak_method_died_def, selfref);
    decref(selfref);
    method->ref.callback = died;
    method->func_ref = weakref_new(METHOD_FUNC(args[0]), died);
    if (method->func_ref == NULL) {
        decref(self);
        return NULL;
    }
    Object *callback = nargs == 2 && args[1] != None ? args[1] : NULL;
    method->user_callback = callback ? incref(callback) : NULL;
    method->alive = true;
    return self;
}

static Object *weak_method_call(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    Object *obj = weakref_call(callable, args, nargs, kwnames);
    if (obj == NULL || obj == None)
        return obj;
    Object *func = incref(weakref_get(((WeakMethodObject *)callable)->func_ref));
    Object *result = func == None ? incref(None) : method_new(func, obj);
    decref(func);
    decref(obj);
    return result;
}

/* Equal when both are alive and the object and the function are. */
static Object *weak_method_compare(Object *left, Object *right, CompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || right->type != &weak_method_type)
        return incref(NotImplemented);
    WeakMethodObject *a = (WeakMethodObject *)left, *b = (WeakMethodObject *)right;
    if (!a->alive || !b->alive)
        return bool_from((left == right) == (op == CMP_EQ));
    Object *same = weakref_compare(left, right, op);
    if (same == NULL || same == NotImplemented || !object_is_true(same) != (op == CMP_EQ))
        return same;
    decref(same);
    return weakref_compare(a->func_ref, b->func_ref, op);
}

static int weak_method_traverse(Object *self, VisitProc visit, void *arg)
{
    int visit_result = weakref_traverse(self, visit, arg);
    if (visit_result)
        return visit_result;
    VISIT(((WeakMethodObject *)self)->func_ref);
    VISIT(((WeakMethodObject *)self)->user_callback);
    return 0;
}

static void weak_method_clear(Object *self)
{
    weakref_type.clear(self);
    CLEAR_SLOT(((WeakMethodObject *)self)->func_ref);
    CLEAR_SLOT(((WeakMethodObject *)self)->user_callback);
}

Type weak_method_type = {
    .base = TYPE_HEAD_INIT,
    .name = "WeakMethod",
    .basic_size = sizeof(WeakMethodObject),
    .weaklist_offset = offsetof(WeakMethodObject, weaklist),
    .parent = &weakref_type,
    .flags = TYPE_CONTAINER | TYPE_WEAKREF,
    .dealloc = object_dealloc_default,
    .traverse = weak_method_traverse,
    .clear = weak_method_clear,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .compare = weak_method_compare,
    .call = weak_method_call,
    .construct = weak_method_construct,
    .getattr = weakref_getattr,
};

/* ---- finalize ------------------------------------------------------------------------ */

/* finalize(obj, func, *args, **kwargs): func(*args, **kwargs) is called
 * once, when obj dies, when the finalize object is called, or at exit,
 * whichever comes first. While it is alive the registry
 * (runtime.finalizers) holds it, so it needs no other owner; its weak
 * reference to obj has the finalize object itself as its callback. */
typedef struct FinalizeObject {
    Object base;
    Object *ref;                /* weakref to obj; NULL once dead */
    Object *func;
    Object *args;               /* tuple */
    Object *kwargs;             /* dict or NULL */
    intptr_t index;             /* order of creation */
    bool atexit;                /* call it at exit if still alive */
    Object *weaklist;
} FinalizeObject;

static bool finalize_alive(Object *self)
{
    return runtime.finalizers != NULL && dict_get_item(runtime.finalizers, self) != NULL;
}

/* Take it out of the registry: it will never run (again). The caller
 * holds a reference. */
static void finalize_forget(Object *self)
{
    FinalizeObject *fin = (FinalizeObject *)self;
    if (finalize_alive(self) && dict_del_item(runtime.finalizers, self) < 0)
        error_clear();
    CLEAR_SLOT(fin->ref);
}

static Object *finalize_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    if (nargs < 2)
        return error_format(&exc_TypeError,
                            "finalize.__init__() missing %zd required positional argument%s",
                            2 - nargs, nargs == 1 ? "" : "s");
    FinalizeObject *fin = (FinalizeObject *)object_new(type, sizeof(FinalizeObject));
    Object *self = (Object *)fin;
    fin->ref = weakref_new(args[0], self);
    if (fin->ref == NULL) {
        decref(self);
        return NULL;
    }
    fin->func = incref(args[1]);
    fin->args = tuple_from_array(args + 2, (intptr_t)nargs - 2);
    size_t nkw = args_keyword_count(kwnames);
    if (nkw > 0) {
        fin->kwargs = dict_new();
        for (size_t i = 0; i < nkw; i++)
            dict_set_item(fin->kwargs, TUPLE_ITEMS(kwnames)[i], args[nargs + i]);
    }
    fin->atexit = true;
    fin->index = runtime.finalize_index++;
    if (runtime.finalizers == NULL)
        runtime.finalizers = dict_new();
    if (dict_set_item(runtime.finalizers, self, None) < 0) {
        decref(self);
        return NULL;
    }
    return self;
}

/* f(): if alive, mark dead and return func(*args, **kwargs); else None.
 * Called by its weak reference when obj dies (with the ref). */
static Object *finalize_call(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("finalize", kwnames) < 0 || args_range("__call__", nargs, 0, 1) < 0)
        return NULL;
    FinalizeObject *fin = (FinalizeObject *)callable;
    if (!finalize_alive(callable))
        return incref(None);
    incref(callable);
    finalize_forget(callable);
    Object *result = incref(None);
    if (!runtime.finalize_shutdown) {
        decref(result);
        Object *func = fin->func, *call_args = fin->args, *kwargs = fin->kwargs;
        fin->func = fin->args = fin->kwargs = NULL;
        intptr_t n = TUPLE_SIZE(call_args), nkw = kwargs ? DICT_SIZE(kwargs) : 0;
        Object **all = mem_alloc((size_t)(n + nkw + 1) * sizeof(Object *));
        for (intptr_t i = 0; i < n; i++)
            all[i] = TUPLE_ITEMS(call_args)[i];
        Object *names = nkw ? tuple_new(nkw) : NULL;
        intptr_t pos = 0, i = 0;
        Object *key, *value;
        while (kwargs && dict_next(kwargs, &pos, &key, &value)) {
            TUPLE_ITEMS(names)[i] = incref(key);
            all[n + i++] = value;
        }
        result = object_call(func, all, (size_t)n, names);
        mem_free(all, (size_t)(n + nkw + 1) * sizeof(Object *));
        xdecref(names);
        decref(func);
        decref(call_args);
        xdecref(kwargs);
    }
    decref(callable);
    return result;
}

/* (obj, func, args, kwargs) while alive and obj lives, else None. */
static Object *finalize_info(Object *self)
{
    FinalizeObject *fin = (FinalizeObject *)self;
    if (!finalize_alive(self) || fin->ref == NULL || weakref_get(fin->ref) == None)
        return incref(None);
    Object *obj = incref(weakref_get(fin->ref));
    Object *kwargs = fin->kwargs ? incref(fin->kwargs) : dict_new();
    Object *info = tuple_pack(4, obj, fin->func, fin->args, kwargs);
    decref(kwargs);
    decref(obj);
    return info;
}

static Object *finalize_peek(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("finalize.peek", kwnames) < 0 || args_exact("finalize.peek", nargs, 0) < 0)
        return NULL;
    return finalize_info(self);
}

static Object *finalize_detach(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("finalize.detach", kwnames) < 0 || args_exact("finalize.detach", nargs, 0) < 0)
        return NULL;
    Object *info = finalize_info(self);
    if (info != NULL && info != None)
        finalize_forget(self);
    return info;
}

static Object *finalize_repr(Object *self)
{
    FinalizeObject *fin = (FinalizeObject *)self;
    Object *obj = finalize_alive(self) && fin->ref ? weakref_get(fin->ref) : None;
    if (obj == None)
        return str_format("<finalize object at %p; dead>", (void *)self);
    return str_format("<finalize object at %p; for '%T' at %p>", (void *)self, obj, (void *)obj);
}

static Object *finalize_getattr(Object *self, Object *name)
{
    if (str_equal_cstr(name, "alive"))
        return bool_from(finalize_alive(self));
    if (str_equal_cstr(name, "atexit"))
        return bool_from(((FinalizeObject *)self)->atexit);
    return generic_getattr(self, name);
}

static int finalize_setattr(Object *self, Object *name, Object *value)
{
    if (str_equal_cstr(name, "atexit") && value != NULL) {
        int truth = object_is_true(value);
        if (truth < 0)
            return -1;
        ((FinalizeObject *)self)->atexit = truth;
        return 0;
    }
    return generic_setattr(self, name, value);
}

static int finalize_traverse(Object *self, VisitProc visit, void *arg)
{
    FinalizeObject *fin = (FinalizeObject *)self;
    VISIT(fin->ref);
    VISIT(fin->func);
    VISIT(fin->args);
    VISIT(fin->kwargs);
    return 0;
}

static void finalize_clear(Object *self)
{
    FinalizeObject *fin = (FinalizeObject *)self;
    CLEAR_SLOT(fin->ref);
    CLEAR_SLOT(fin->func);
    CLEAR_SLOT(fin->args);
    CLEAR_SLOT(fin->kwargs);
}

static const MethodDef finalize_methods[] = {
    {"peek", finalize_peek},
    {"detach", finalize_detach},
    {NULL, NULL},
};

Type finalize_type = {
    .base = TYPE_HEAD_INIT,
    .name = "finalize",
    .basic_size = sizeof(FinalizeObject),
    .weaklist_offset = offsetof(FinalizeObject, weaklist),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = finalize_traverse,
    .clear = finalize_clear,
    .repr = finalize_repr,
    .hash = identity_hash,
    .compare = identity_compare,
    .call = finalize_call,
    .construct = finalize_construct,
    .getattr = finalize_getattr,
    .setattr = finalize_setattr,
    .methods = finalize_methods,
};

/* The newest finalize object still alive with atexit set, or NULL. */
static Object *newest_for_exit(void)
{
    Object *newest = NULL;
    intptr_t pos = 0;
    Object *fin, *unused;
    while (dict_next(runtime.finalizers, &pos, &fin, &unused))
        if (((FinalizeObject *)fin)->atexit
            && (newest == NULL || ((FinalizeObject *)fin)->index > ((FinalizeObject *)newest)->index))
            newest = fin;
    return newest;
}

/* region exit_finalizers */
void weakref_run_exit_finalizers(void)
{
    if (runtime.finalizers != NULL && DICT_SIZE(runtime.finalizers) > 0) {
        /* As CPython: no collection while they run. */
        bool enabled = runtime.gc.enabled;
        runtime.gc.enabled = false;
        Object *fin;
        while ((fin = newest_for_exit()) != NULL) {
            incref(fin);
            Object *result = object_call(fin, NULL, 0, NULL);
            if (result == NULL)
                error_print();
            else
                decref(result);
            decref(fin);
        }
        runtime.gc.enabled = enabled;
    }
    runtime.finalize_shutdown = true;
}
/* endregion */

/* ---- the module --------------------------------------------------------------------- */

static const MethodDef weakref_functions[] = {
    {"getweakrefcount", weakref_getweakrefcount},
    {"getweakrefs", weakref_getweakrefs},
    {"proxy", weakref_proxy},
    {NULL, NULL},
};

Object *weakref_module_init(void)
{
    static const struct { const char *name; Type *type; } types[] = {
        {"ref", &weakref_type},
        {"ReferenceType", &weakref_type},
        {"ProxyType", &proxy_type},
        {"CallableProxyType", &callable_proxy_type},
        {"KeyedRef", &keyed_ref_type},
        {"WeakMethod", &weak_method_type},
        {"WeakValueDictionary", &weak_value_dict_type},
        {"WeakKeyDictionary", &weak_key_dict_type},
        {"WeakSet", &weak_set_type},
        {"finalize", &finalize_type},
    };
    Object *module = module_new("weakref");
    if (module == NULL || module_add_functions(module, weakref_functions) < 0) {
        xdecref(module);
        return NULL;
    }
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (dict_set_item_cstr(MODULE_DICT(module), types[i].name, (Object *)types[i].type) < 0) {
            decref(module);
            return NULL;
        }
    return module;
}

#endif
