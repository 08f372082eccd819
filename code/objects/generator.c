/* generator.c: generator objects: next() resumes the suspended frame, a
 * finished or failed generator keeps raising StopIteration, and the
 * collector sees the frame's references through the generator (CPython's
 * Objects/genobject.c). See generator.h for the state it resumes. */
#include "generator.h"

#include <stdio.h>

#include "bool.h"
#include "class.h"
#include "error.h"
#include "function.h"
#include "str.h"

Object *generator_new(void *state, const GeneratorOps *ops, Object *name, Object *qualname,
                      Object *code)
{
    GeneratorObject *gen = (GeneratorObject *)object_new(&generator_type,
                                                         sizeof(GeneratorObject));
    gen->state = state;
    gen->ops = ops;
    gen->name = incref(name);
    gen->qualname = incref(qualname);
    gen->code = incref(code);
    return (Object *)gen;
}

/* The frame is done: drop it, as CPython clears a generator's frame when
 * it returns or raises. */
static void generator_finish(GeneratorObject *gen)
{
    void *state = gen->state;
    if (state == NULL)
        return;
    gen->state = NULL;
    gen->ops->clear(state);
    gen->ops->free(state);
}

#if CHAPTER >= CH_THRESHOLDS
/* PEP 442's finalizer: CPython's _PyGen_Finalize closes the generator,
 * which drops its frame. In a collection that is what breaks a cycle
 * through the frame, so the objects in it die by reference counting
 * before delete_garbage and gc.collect() does not count them. */
static void generator_finalize(Object *self)
{
    generator_finish((GeneratorObject *)self);
}
#endif

static Object *generator_iternext(Object *self)
{
    GeneratorObject *gen = (GeneratorObject *)self;
    if (gen->running)
        return error_set_string(&exc_ValueError, "generator already executing");
    if (gen->state == NULL)
        return NULL;
    gen->running = true;
    Object *value = gen->ops->resume(gen->state);
    gen->running = false;
    if (value == NULL)
        generator_finish(gen);
    return value;
}

/* close(): a generator expression holds no try/finally, so closing it
 * only drops its frame. */
static Object *generator_close(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_exact("generator.close", nargs, 0) < 0 || args_no_kw("close", kwnames) < 0)
        return NULL;
    generator_finish((GeneratorObject *)self);
    return none_new();
}

static const MethodDef generator_methods[] = {
    {"close", generator_close},
    {NULL, NULL},
};

static Object *generator_repr(Object *self)
{
    return str_format("<generator object %S at %p>", ((GeneratorObject *)self)->qualname,
                      (void *)self);
}

static Object *generator_getattr(Object *self, Object *name)
{
    GeneratorObject *gen = (GeneratorObject *)self;
    if (str_equal_cstr(name, "__name__"))
        return incref(gen->name);
    if (str_equal_cstr(name, "__qualname__"))
        return incref(gen->qualname);
    if (str_equal_cstr(name, "gi_code"))
        return incref(gen->code);
    if (str_equal_cstr(name, "gi_running"))
        return bool_from(gen->running);
    return generic_getattr(self, name);
}

static int generator_traverse(Object *self, VisitProc visit, void *arg)
{
    GeneratorObject *gen = (GeneratorObject *)self;
    if (gen->state != NULL) {
        int visit_result = gen->ops->traverse(gen->state, visit, arg);
        if (visit_result)
            return visit_result;
    }
    VISIT(gen->name);
    VISIT(gen->qualname);
    VISIT(gen->code);
    return 0;
}

static void generator_clear(Object *self)
{
    GeneratorObject *gen = (GeneratorObject *)self;
    generator_finish(gen);
    CLEAR_SLOT(gen->name);
    CLEAR_SLOT(gen->qualname);
    CLEAR_SLOT(gen->code);
}

Type generator_type = {
    .base = TYPE_HEAD_INIT,
    .name = "generator",
    .basic_size = sizeof(GeneratorObject),
#if CHAPTER >= CH_WEAKREF
    .weaklist_offset = offsetof(GeneratorObject, weaklist),
#endif
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = generator_traverse,
    .clear = generator_clear,
#if CHAPTER >= CH_THRESHOLDS
    .finalize = generator_finalize,
#endif
    .repr = generator_repr,
    .hash = identity_hash,
    .compare = identity_compare,
    .iter = object_iter_self,
    .iternext = generator_iternext,
    .getattr = generator_getattr,
    .methods = generator_methods,
};
