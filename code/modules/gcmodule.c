/* gcmodule.c: the `gc` module, the collector as Python code sees it
 * (the functions of CPython 3.11's Modules/gcmodule.c, with its argument
 * checks and messages). The collector itself is gc.c.
 */
#include <limits.h>
#include <stddef.h>

#include "bool.h"
#include "builtins.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

#if CHAPTER >= CH_THRESHOLDS

#define GC (&runtime.gc)

/* ---- argument checks ----------------------------------------------------- */

/* METH_NOARGS: "gc.enable() takes no arguments (1 given)". */
static int no_arguments(const char *qualname, size_t nargs, Object *kwnames)
{
    if (args_no_kw(qualname, kwnames) < 0)
        return -1;
    return args_exact(qualname, nargs, 0);
}

/* A C int from an int object, with PyArg_Parse's "i" messages. */
static int as_c_int(Object *op, int *out, const char *too_large)
{
    int64_t value;
    if (int_as_index(op, &value) < 0)
        return -1;
    if (value > INT_MAX || value < INT_MIN) {
        error_set_string(&exc_OverflowError, value > INT_MAX ? too_large
                         : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)value;
    return 0;
}

/* The one optional argument `generation` of collect (and get_objects):
 * at most one value, positional or by keyword. */
static int optional_generation(const char *function, Object **args, size_t nargs,
                               Object *kwnames, Object **generation)
{
    static const char *const names[] = {"generation", NULL};
    size_t given = nargs + args_keyword_count(kwnames);
    if (given > 1) {
        error_format(&exc_TypeError, "%s() takes at most 1 argument (%zd given)", function,
                     (intptr_t)given);
        return -1;
    }
    *generation = nargs == 1 ? args[0] : NULL;
    return args_parse_keywords(function, args, nargs, kwnames, names, generation);
}

/* CPython's METH_VARARGS functions (set_threshold, get_referents,
 * get_referrers) receive their arguments packed in a new tuple: an
 * allocation of a GC-aware object that gc.get_count() shows. minipy's
 * built-ins take an array, so these make and drop the same tuple. */
static void pack_arguments_as_cpython_does(Object **args, size_t nargs)
{
    decref(tuple_from_array(args, (intptr_t)nargs));   /* () is shared: no allocation */
}

/* ---- enable, disable, isenabled ------------------------------------------ */

static Object *gc_enable(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("gc.enable", nargs, kwnames) < 0)
        return NULL;
    GC->enabled = true;
    return incref(None);
}

static Object *gc_disable(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("gc.disable", nargs, kwnames) < 0)
        return NULL;
    GC->enabled = false;
    return incref(None);
}

static Object *gc_isenabled(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("gc.isenabled", nargs, kwnames) < 0)
        return NULL;
    return bool_from(GC->enabled);
}

/* ---- collect ------------------------------------------------------------- */

/* gc.collect(generation=2): runs even when the collector is disabled. */
static Object *gc_collect_fn(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    Object *arg;
    if (optional_generation("collect", args, nargs, kwnames, &arg) < 0)
        return NULL;
    int generation = NUM_GENERATIONS - 1;
    if (arg != NULL && as_c_int(arg, &generation, "Python int too large to convert to C int") < 0)
        return NULL;
    if (generation < 0 || generation >= NUM_GENERATIONS)
        return error_set_string(&exc_ValueError, "invalid generation");
    intptr_t found = gc_collect(generation);
    if (found < 0)
        return NULL;
    return int_from_i64(found);
}

/* ---- thresholds and counts ----------------------------------------------- */

/* One int per generation, read from the Generation struct at `offset`
 * (its threshold or its count). */
static Object *per_generation(size_t offset)
{
    Object *ints[NUM_GENERATIONS];
    for (int i = 0; i < NUM_GENERATIONS; i++)
        ints[i] = int_from_i64(*(int *)((char *)&GC->generations[i] + offset));
    Object *result = tuple_pack(3, ints[0], ints[1], ints[2]);
    for (int i = 0; i < NUM_GENERATIONS; i++)
        decref(ints[i]);
    return result;
}

static Object *gc_get_threshold(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("gc.get_threshold", nargs, kwnames) < 0)
        return NULL;
    return per_generation(offsetof(Generation, threshold));
}

/* gc.set_threshold(threshold0[, threshold1[, threshold2]]) */
static Object *gc_set_threshold(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("set_threshold", kwnames) < 0)
        return NULL;
    pack_arguments_as_cpython_does(args, nargs);
    if (nargs < 1 || nargs > NUM_GENERATIONS)
        return error_format(&exc_TypeError, "set_threshold() takes at %s %d argument%s (%zd given)",
                            nargs < 1 ? "least" : "most", nargs < 1 ? 1 : NUM_GENERATIONS,
                            nargs < 1 ? "" : "s", (intptr_t)nargs);
    int values[NUM_GENERATIONS];
    for (size_t i = 0; i < nargs; i++)
        if (as_c_int(args[i], &values[i], "signed integer is greater than maximum") < 0)
            return NULL;
    for (size_t i = 0; i < nargs; i++)
        GC->generations[i].threshold = values[i];
    return incref(None);
}

static Object *gc_get_count(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("gc.get_count", nargs, kwnames) < 0)
        return NULL;
    return per_generation(offsetof(Generation, count));
}

/* A list of one dict per generation: collections, collected,
 * uncollectable. */
static Object *gc_get_stats(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("gc.get_stats", nargs, kwnames) < 0)
        return NULL;
    Object *result = list_new(0);
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        static const char *const keys[3] = {"collections", "collected", "uncollectable"};
        GenerationStats *st = &GC->stats[i];
        const intptr_t values[3] = {st->collections, st->collected, st->uncollectable};
        Object *d = gc_info_dict(keys, values);
        list_append(result, d);
        decref(d);
    }
    return result;
}

/* ---- one object ---------------------------------------------------------- */

static Object *gc_is_tracked_fn(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("gc.is_tracked", kwnames) < 0 || args_exact("gc.is_tracked", nargs, 1) < 0)
        return NULL;
    return bool_from(gc_is_tracked(args[0]));
}

#if CHAPTER >= CH_GENERATIONS
/* ---- generations (chapter 7) --------------------------------------------- */

/* gc.get_objects(generation=None): the tracked objects of one generation,
 * or of all three (not the permanent one). */
static Object *gc_get_objects(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    Object *arg;
    if (optional_generation("get_objects", args, nargs, kwnames, &arg) < 0)
        return NULL;
    int64_t generation = -1;
    if (arg != NULL && arg != None) {
        if (!is_int(arg))
            return error_format(&exc_TypeError, "argument should be integer or None, not '%T'",
                                arg);
        generation = INT_VALUE(arg);
        if (generation >= NUM_GENERATIONS)
            return error_format(&exc_ValueError, "generation parameter must be less than the "
                                "number of available generations (%d)", NUM_GENERATIONS);
        if (generation < -1)
            return error_set_string(&exc_ValueError, "generation parameter cannot be negative");
    }
    Object *result = list_new(0);
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        if (generation != -1 && generation != i)
            continue;
        if (gc_append_objects(result, &GC->generations[i].head) < 0) {
            decref(result);
            return NULL;
        }
    }
    return result;
}

static Object *gc_freeze_fn(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("gc.freeze", nargs, kwnames) < 0)
        return NULL;
    gc_freeze();
    return incref(None);
}

static Object *gc_unfreeze_fn(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("gc.unfreeze", nargs, kwnames) < 0)
        return NULL;
    gc_unfreeze();
    return incref(None);
}

static Object *gc_get_freeze_count(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("gc.get_freeze_count", nargs, kwnames) < 0)
        return NULL;
    return int_from_i64(gc_list_size(&GC->permanent));
}
#endif

#if CHAPTER >= CH_CYCLES
/* ---- finalizers (chapter 8) ---------------------------------------------- */

static Object *gc_is_finalized_fn(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("gc.is_finalized", kwnames) < 0
        || args_exact("gc.is_finalized", nargs, 1) < 0)
        return NULL;
    return bool_from(gc_is_finalized(args[0]));
}
#endif

#if CHAPTER >= CH_GC_REFS
/* ---- looking inside (chapter 9) ------------------------------------------ */

static Object *gc_set_debug(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("gc.set_debug", kwnames) < 0 || args_exact("gc.set_debug", nargs, 1) < 0)
        return NULL;
    int flags;
    if (as_c_int(args[0], &flags, "signed integer is greater than maximum") < 0)
        return NULL;
    GC->debug = flags;
    return incref(None);
}

static Object *gc_get_debug(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("gc.get_debug", nargs, kwnames) < 0)
        return NULL;
    return int_from_i64(GC->debug);
}

/* -1 (a MemoryError) ends the traverse. */
static int append_referent(Object *referent, void *list)
{
    return list_append(list, referent);
}

/* gc.get_referents(*objs): what each object's traverse visits. */
static Object *gc_get_referents(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("get_referents", kwnames) < 0)
        return NULL;
    pack_arguments_as_cpython_does(args, nargs);
    Object *result = list_new(0);
    for (size_t i = 0; i < nargs; i++) {
        Object *op = args[i];
        if (object_is_gc(op) && op->type->traverse
                && op->type->traverse(op, append_referent, result) < 0) {
            decref(result);
            return NULL;
        }
    }
    return result;
}

typedef struct ReferrerSearch {
    Object **targets;
    size_t ntargets;
} ReferrerSearch;

/* 1 at the first referent that is one of the targets: the traverse stops
 * there, as CPython's referrersvisit stops it. */
static int match_target(Object *referent, void *arg)
{
    ReferrerSearch *search = arg;
    for (size_t i = 0; i < search->ntargets; i++)
        if (referent == search->targets[i])
            return 1;
    return 0;
}

/* gc.get_referrers(*objs): every tracked object whose traverse visits
 * one of objs (a walk over all the generations: slow, as in CPython). */
static Object *gc_get_referrers(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("get_referrers", kwnames) < 0)
        return NULL;
    pack_arguments_as_cpython_does(args, nargs);
    Object *all = list_new(0);
    for (int i = 0; i < NUM_GENERATIONS; i++)
        if (gc_append_objects(all, &GC->generations[i].head) < 0) {
            decref(all);
            return NULL;
        }
    Object *result = list_new(0);
    ReferrerSearch search = {args, nargs};
    for (intptr_t i = 0; i < LIST_SIZE(all); i++) {
        Object *op = LIST_ITEMS(all)[i];
        if (op == result || op->type->traverse == NULL)
            continue;
        if (op->type->traverse(op, match_target, &search) && list_append(result, op) < 0) {
            decref(all);
            decref(result);
            return NULL;
        }
    }
    decref(all);
    return result;
}
#endif

static const MethodDef gc_functions[] = {
    {"enable", gc_enable},
    {"disable", gc_disable},
    {"isenabled", gc_isenabled},
    {"collect", gc_collect_fn},
    {"get_threshold", gc_get_threshold},
    {"set_threshold", gc_set_threshold},
    {"get_count", gc_get_count},
    {"get_stats", gc_get_stats},
    {"is_tracked", gc_is_tracked_fn},
#if CHAPTER >= CH_GENERATIONS
    {"get_objects", gc_get_objects},
    {"freeze", gc_freeze_fn},
    {"unfreeze", gc_unfreeze_fn},
    {"get_freeze_count", gc_get_freeze_count},
#endif
#if CHAPTER >= CH_CYCLES
    {"is_finalized", gc_is_finalized_fn},
#endif
#if CHAPTER >= CH_GC_REFS
    {"set_debug", gc_set_debug},
    {"get_debug", gc_get_debug},
    {"get_referents", gc_get_referents},
    {"get_referrers", gc_get_referrers},
#endif
    {NULL, NULL},
};

Object *gc_module_init(void)
{
    Object *module = module_new("gc");
    if (module == NULL || module_add_functions(module, gc_functions) < 0) {
        xdecref(module);
        return NULL;
    }
    /* gc.callbacks is the collector's own list: appending to it from
     * Python registers a callback. */
    if (GC->callbacks == NULL)
        GC->callbacks = list_new(0);
    dict_set_item_cstr(MODULE_DICT(module), "callbacks", GC->callbacks);
#if CHAPTER >= CH_CYCLES
    /* gc.garbage: what a collection could not free (or, with
     * DEBUG_SAVEALL, everything it found). */
    if (GC->garbage == NULL)
        GC->garbage = list_new(0);
    dict_set_item_cstr(MODULE_DICT(module), "garbage", GC->garbage);
#endif
#if CHAPTER >= CH_GC_REFS
    static const struct { const char *name; int value; } flags[] = {
        {"DEBUG_STATS", GC_DEBUG_STATS}, {"DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE},
        {"DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE}, {"DEBUG_SAVEALL", GC_DEBUG_SAVEALL},
        {"DEBUG_LEAK", GC_DEBUG_LEAK},
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++) {
        Object *value = int_from_i64(flags[i].value);
        dict_set_item_cstr(MODULE_DICT(module), flags[i].name, value);
        decref(value);
    }
#endif
    return module;
}

#endif
