/* runtime.c: the one struct of mutable state, start-up and tear-down.
 *
 * Tear-down follows CPython 3.11's finalize_modules: sys.modules lets go of
 * every module in import order (a module nobody else holds dies there,
 * its dict freed entry by entry); then every module dict still alive is
 * cleared in reverse import order, names with one leading underscore
 * first, so that objects' __del__ methods still find the other globals.
 * That is when the __del__ of module-level instances runs. Then minipy,
 * unlike CPython, frees every object that is left, so that valgrind
 * reports no leak.
 */
#include "runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bool.h"
#include "dict.h"
#include "error.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "stackguard.h"
#include "streams.h"
#include "str.h"
#include "weakcontainers.h"

Runtime runtime;

static Object *add_builtin_module(const char *name, ModuleInitFn init)
{
    Object *module = init();
    if (module == NULL) {
        error_print();
        fprintf(stderr, "minipy: cannot initialise module %s\n", name);
        return NULL;
    }
    dict_set_item_cstr(runtime.modules, name, module);
    return module;
}

void runtime_init(void)
{
    stack_guard_init();
    runtime.recursion_limit = RECURSION_LIMIT;
    runtime.int_max_str_digits = INT_MAX_STR_DIGITS;
#if CHAPTER < CH_POOLS
    runtime.heap.prev = runtime.heap.next = &runtime.heap;
#endif
    runtime.trace_out = stderr;
    type_ready(&bool_type);     /* int's slots (CPython's _PyTypes_InitTypes) */
#if CHAPTER >= CH_THRESHOLDS
    gc_init();
#endif
#if CHAPTER >= CH_WEAKREF
    runtime.finalize_index = 0;
    runtime.finalize_shutdown = false;
#endif
    int_init_cache();
    error_preallocate_memerrors();
#if CHAPTER >= CH_INTERNING
    runtime.interned = dict_new();
#endif
    /* sys.modules first: sys_module_init publishes it as sys.modules. */
    runtime.modules = dict_new();
    Object *builtins = add_builtin_module("builtins", builtins_module_init);
    if (builtins != NULL) {
        runtime.builtins = incref(MODULE_DICT(builtins));
        decref(builtins);
    }
    Object *sys = add_builtin_module("sys", sys_module_init);
    xdecref(sys);

    Object *main_module = module_new("__main__");
    Object *globals = MODULE_DICT(main_module);
    Object *annotations = dict_new();
    dict_set_item_cstr(globals, "__annotations__", annotations);
    decref(annotations);
    if (builtins != NULL)
        dict_set_item_cstr(globals, "__builtins__", dict_get_item_cstr(runtime.modules, "builtins"));
    dict_set_item_cstr(runtime.modules, "__main__", main_module);
    runtime.main_module = main_module;
}

/* ---- tear-down ----------------------------------------------------------- */

static bool single_underscore(Object *key)
{
    return is_str(key) && STR_DATA(key)[0] == '_' && STR_DATA(key)[1] != '_';
}

/* CPython's _PyModule_ClearDict: set names to None, first those starting
 * with a single underscore, then all others but __builtins__. Replacing a
 * value keeps the entry where it is, so the walk is safe. */
static void module_clear_dict(Object *dict)
{
    for (int pass = 0; pass < 2; pass++) {
        intptr_t pos = 0;
        Object *key, *value;
        while (dict_next(dict, &pos, &key, &value)) {
            if (value == None || !is_str(key))
                continue;
            bool clear = pass == 0 ? single_underscore(key) : !str_equal_cstr(key, "__builtins__");
            if (!clear)
                continue;
            incref(key);
            if (dict_set_item(dict, key, None) < 0)
                error_clear();
            decref(key);
        }
    }
}

/* The REPL's `_` goes first, and the runtime's own reference to __main__
 * (finalize_modules_delete_special). */
static void drop_special_names(void)
{
    if (runtime.builtins && dict_get_item_cstr(runtime.builtins, "_") != NULL)
        dict_set_item_cstr(runtime.builtins, "_", None);
    CLEAR_SLOT(runtime.main_module);
}

/* CPython's finalize_remove_modules: drop each module from sys.modules in
 * import order, remembering what is still alive afterwards. With the
 * collector (chapter 8 on) that is the modules themselves (CPython keeps
 * weak references to them): a module that dies here leaves its dict to
 * reference counting or, when the dict is in a cycle with the module's
 * functions and classes (the usual case for __main__), to the collector.
 * Before, it is their dicts, which finalize_modules clears. */
static Object *remove_modules(void)
{
    Object *survivors = list_new(0);
    intptr_t pos = 0;
    Object *name, *module;
    while (dict_next(runtime.modules, &pos, &name, &module)) {
        if (module == None || module->type != &module_type)
            continue;
#if CHAPTER >= CH_CYCLES
        Object *held = incref(module);
#else
        Object *held = incref(MODULE_DICT(module));   /* the module may die next */
#endif
        incref(name);
        dict_set_item(runtime.modules, name, None);
        decref(name);
        if (held->refcount > 1)
            list_append(survivors, held);
        decref(held);                                   /* it may die here */
    }
    return survivors;
}

#if CHAPTER >= CH_CYCLES
static void finalize_modules(void)
{
    drop_special_names();
    Object *survivors = remove_modules();
    /* The dicts of the dead modules, and the objects in cycles with them,
     * are garbage now: their finalizers run here, while the modules still
     * alive are whole (CPython's _PyGC_CollectNoFail in finalize_modules). */
    gc_collect_at_exit();
    for (intptr_t i = LIST_SIZE(survivors) - 1; i >= 0; i--)
        module_clear_dict(MODULE_DICT(LIST_ITEMS(survivors)[i]));
    decref(survivors);
    /* What clearing those dicts left in cycles: once more, as CPython. */
    gc_collect_at_exit();
}
#else
/* Without a collector (chapters 1-7), the dicts still alive are cleared
 * instead: that is when the __del__ of module-level instances runs. */
static void finalize_modules(void)
{
    drop_special_names();
    Object *survivors = remove_modules();
    for (intptr_t i = LIST_SIZE(survivors) - 1; i >= 0; i--)
        module_clear_dict(LIST_ITEMS(survivors)[i]);
    decref(survivors);
}
#endif

static void print_stats(void)
{
    MemStats stats = mem_stats();
    FILE *out = stderr;
    fprintf(out, "minipy statistics at exit:\n");
    fprintf(out, "  blocks allocated  %zu\n", stats.allocations);
    fprintf(out, "  blocks freed      %zu\n", stats.frees);
    fprintf(out, "  objects alive     %zu\n", heap_object_count());
    fprintf(out, "  bytes in use      %zu\n", stats.bytes_in_use);
    fprintf(out, "  peak bytes        %zu\n", stats.peak_bytes);
}

#if CHAPTER >= CH_LEAKS
/* MINIPY_LEAKCHECK=1 (make leakcheck): the references a program's objects
 * took and never released. Valgrind and LeakSanitizer cannot see them,
 * because the exit frees every block whatever its count.
 *
 * The method counts; it never guesses. By this point the modules, sys.modules
 * and builtins have let go of everything, the exit finalizers have run, and
 * a full collection (nothing frozen, so it sees every GC-aware object)
 * frees whatever only cycles kept alive: a cycle is garbage, not a leak.
 * What is legitimately alive after that is exactly what the runtime's own
 * caches hold, and they are enumerated here (small ints, one-character
 * strings, '', (), the interned strings and their dict, the cached slice).
 * Every other object alive has a reference count that some reference never
 * released accounts for: a leak. An object in two caches is counted once,
 * and a cached object that is also leaked is not counted at all, so the
 * count can miss a leak but never invent one. The GC-aware survivors are
 * listed by type, which usually names the leaked object or its holder. */
static bool cached_str(Object *op)
{
    if (op == runtime.empty_str)
        return true;
    for (int c = 0; c < 256; c++)
        if (op == runtime.latin1[c])
            return true;
    return false;
}

static size_t held_by_caches(void)
{
    size_t held = 0;
    for (size_t i = 0; i < sizeof runtime.small_ints / sizeof *runtime.small_ints; i++)
        held += runtime.small_ints[i] != NULL;
    for (int c = 0; c < 256; c++)
        held += runtime.latin1[c] != NULL;
    held += (runtime.empty_str != NULL) + (runtime.empty_tuple != NULL)
          + (runtime.free_lists.slice != NULL) + (runtime.repr_active != NULL)
          + (size_t)runtime.memerror_count;
    if (runtime.interned != NULL) {
        held++;
        intptr_t pos = 0;
        Object *key, *value;
        while (dict_next(runtime.interned, &pos, &key, &value))
            held += !cached_str(key);
    }
    return held;
}

static void list_survivors(GCHead *head)
{
    for (GCHead *g = (GCHead *)head->next; g != head; g = (GCHead *)g->next) {
        Object *op = GC_OBJECT(g);
        fprintf(stderr, "  %s at %p, refcount %ld\n", op->type->name, (void *)op, (long)op->refcount);
    }
}

static void leak_check(void)
{
    const char *flag = getenv("MINIPY_LEAKCHECK");
    if (flag == NULL || *flag == '\0' || strcmp(flag, "0") == 0)
        return;
    gc_unfreeze();
    gc_collect_at_exit();
    free_lists_clear();
    size_t alive = heap_object_count(), held = held_by_caches();
    if (alive <= held)
        return;
    fprintf(stderr, "minipy: leak check: %zu object(s) alive at exit that no cache of the runtime holds "
            "(a reference never released)\n", alive - held);
    for (int i = 0; i < NUM_GENERATIONS; i++)
        list_survivors(&runtime.gc.generations[i].head);
}
#endif

void runtime_finalize(void)
{
    streams_flush_stdout();
#if CHAPTER >= CH_WEAKREF
    weakref_run_exit_finalizers();      /* CPython's atexit */
#endif
    finalize_modules();
    if (error_occurred())
        error_clear();
    if (runtime.modules)
        dict_clear(runtime.modules);
    CLEAR_SLOT(runtime.modules);
    if (runtime.builtins)
        dict_clear(runtime.builtins);
    CLEAR_SLOT(runtime.builtins);
    streams_flush_stdout();
    /* What is still alive now is what reference counting alone cannot
     * free: cycles, and objects a cycle holds. */
    if (runtime.print_stats)
        print_stats();
#if CHAPTER >= CH_THRESHOLDS
    CLEAR_SLOT(runtime.gc.callbacks);
#endif
#if CHAPTER >= CH_CYCLES
    CLEAR_SLOT(runtime.gc.garbage);
#endif
#if CHAPTER >= CH_WEAKREF
    CLEAR_SLOT(runtime.finalizers);
#endif
#if CHAPTER >= CH_LEAKS
    traces_stop();                      /* its table is plain malloc's */
    leak_check();
#endif
    int_fini_cache();
    heap_free_all();
#if CHAPTER >= CH_POOLS
    mem_finalize();
#endif
}
