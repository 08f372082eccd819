/* test_weakref.c: CUnit tests of weak references (objects/weakref.c) and
 * of the collector's handle_weakrefs step (core/gc.c), chapter 10.
 *
 * Built like the other suites: every file of code/ but main.c (chapter 12),
 * under ASan + UBSan. Module objects serve as referents: they can be weakly
 * referenced, and a module whose dict holds it is a cycle.
 */
#include "harness.h"
#include <stdio.h>
#include <string.h>

#include "bool.h"
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

/* ---- a callback that records what it was called with -------------------- */

#define MAX_CALLS 16
static Object *calls[MAX_CALLS];    /* the references, in call order (borrowed) */
static int call_count;
static bool referent_dead_in_call;  /* each call saw its reference dead */

static Object *record(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)kwnames;
    if (nargs == 1 && call_count < MAX_CALLS) {
        calls[call_count++] = args[0];
        if (weakref_get(args[0]) != None)
            referent_dead_in_call = false;
    }
    return incref(None);
}

static const MethodDef record_def = {"record", record};

static Object *recorder(void)
{
    call_count = 0;
    referent_dead_in_call = true;
    return builtin_new(&record_def, NULL);
}

/* ---- tests ---------------------------------------------------------------- */

static void test_unsupported_types(void)
{
    Object *objects[] = {list_new(0), dict_new(), int_from_i64(5), str_from_cstr("text"),
                         tuple_new(0)};
    const char *names[] = {"list", "dict", "int", "str", "tuple"};
    for (size_t i = 0; i < sizeof objects / sizeof objects[0]; i++) {
        CU_ASSERT_PTR_NULL(weakref_list_slot(objects[i]));
        CU_ASSERT_PTR_NULL(weakref_new(objects[i], NULL));
        Object *exception = error_fetch();
        CU_ASSERT_PTR_NOT_NULL_FATAL(exception);
        Object *summary = exception_summary(exception);
        char expected[100];
        snprintf(expected, sizeof expected,
                 "TypeError: cannot create weak reference to '%s' object", names[i]);
        CU_ASSERT_STRING_EQUAL(STR_DATA(summary), expected);
        decref(summary);
        decref(exception);
        decref(objects[i]);
    }
}

static void test_shared_and_uncounted(void)
{
    Object *module = module_new("m");
    intptr_t count = module->refcount;
    Object *a = weakref_new(module, NULL);
    Object *b = weakref_new(module, None);
    CU_ASSERT_PTR_EQUAL(a, b);                  /* ref(o) is ref(o) */
    CU_ASSERT_EQUAL(module->refcount, count);   /* weak: not counted */
    Object *cb = recorder();
    Object *c = weakref_new(module, cb);
    CU_ASSERT_PTR_NOT_EQUAL(c, a);              /* a callback: never shared */
    CU_ASSERT_EQUAL(weakref_count(module), 2);
    CU_ASSERT_PTR_EQUAL(weakref_get(a), module);
    decref(module);
    CU_ASSERT_PTR_EQUAL(weakref_get(a), None);
    CU_ASSERT_PTR_EQUAL(weakref_get(c), None);
    CU_ASSERT_EQUAL(call_count, 1);             /* only c had a callback */
    decref(a);
    decref(b);
    decref(c);
    decref(cb);
}

/* The list: shared ref, shared proxy, then the others newest first. */
static void test_list_order(void)
{
    Object *module = module_new("m");
    Object *cb = recorder();
    Object *first = weakref_new(module, cb);
    Object *second = weakref_new(module, cb);
    Object *proxy = weakref_proxy_new(module, NULL);
    Object *plain = weakref_new(module, NULL);
    Object *list = weakref_list(module);
    CU_ASSERT_EQUAL_FATAL(LIST_SIZE(list), 4);
    CU_ASSERT_PTR_EQUAL(LIST_ITEMS(list)[0], plain);
    CU_ASSERT_PTR_EQUAL(LIST_ITEMS(list)[1], proxy);
    CU_ASSERT_PTR_EQUAL(LIST_ITEMS(list)[2], second);
    CU_ASSERT_PTR_EQUAL(LIST_ITEMS(list)[3], first);
    decref(list);
    decref(module);
    /* Newest first, each with its own reference, already dead. */
    CU_ASSERT_EQUAL_FATAL(call_count, 2);
    CU_ASSERT_PTR_EQUAL(calls[0], second);
    CU_ASSERT_PTR_EQUAL(calls[1], first);
    CU_ASSERT_TRUE(referent_dead_in_call);
    decref(first);
    decref(second);
    decref(proxy);
    decref(plain);
    decref(cb);
}

/* A reference that dies first leaves the list; its callback never runs. */
static void test_dead_reference_unlinks(void)
{
    Object *module = module_new("m");
    Object *cb = recorder();
    Object *ref = weakref_new(module, cb);
    CU_ASSERT_EQUAL(weakref_count(module), 1);
    decref(ref);
    CU_ASSERT_EQUAL(weakref_count(module), 0);
    decref(module);
    CU_ASSERT_EQUAL(call_count, 0);
    decref(cb);
}

static void test_proxy_reference_error(void)
{
    Object *module = module_new("m");
    Object *proxy = weakref_proxy_new(module, NULL);
    Object *name = object_getattr_cstr(proxy, "__name__");
    CU_ASSERT_PTR_NOT_NULL_FATAL(name);
    CU_ASSERT_STRING_EQUAL(STR_DATA(name), "m");
    decref(name);
    decref(module);
    CU_ASSERT_PTR_NULL(object_getattr_cstr(proxy, "__name__"));
    Object *exception = error_fetch();
    CU_ASSERT_PTR_NOT_NULL_FATAL(exception);
    Object *summary = exception_summary(exception);
    CU_ASSERT_STRING_EQUAL(STR_DATA(summary),
                           "ReferenceError: weakly-referenced object no longer exists");
    decref(summary);
    decref(exception);
    decref(proxy);
}

/* A module whose dict holds the module: a cycle only the collector frees. */
static Object *cyclic_module(void)
{
    Object *module = module_new("cyclic");
    dict_set_item_cstr(MODULE_DICT(module), "me", module);
    return module;
}

/* handle_weakrefs: a reachable reference to garbage is cleared and its
 * callback called; the collection counts what the callback freed. */
static void test_collector_calls_reachable_callbacks(void)
{
    gc_collect(2);
    Object *module = cyclic_module();
    Object *cb = recorder();
    Object *ref = weakref_new(module, cb);
    decref(module);
    CU_ASSERT_PTR_EQUAL(weakref_get(ref), module);     /* a cycle: alive */
    CU_ASSERT_EQUAL(gc_collect(2), 2);                 /* module and its dict */
    CU_ASSERT_PTR_EQUAL(weakref_get(ref), None);
    CU_ASSERT_EQUAL(call_count, 1);
    CU_ASSERT_PTR_EQUAL(calls[0], ref);
    decref(ref);
    decref(cb);
}

/* A reference that is garbage itself: cleared, callback not called. */
static void test_collector_skips_garbage_callbacks(void)
{
    gc_collect(2);
    Object *module = cyclic_module();
    Object *cb = recorder();
    Object *ref = weakref_new(module, cb);
    dict_set_item_cstr(MODULE_DICT(module), "ref", ref);
    decref(ref);
    decref(module);
    CU_ASSERT_EQUAL(gc_collect(2), 3);                 /* module, dict, ref */
    CU_ASSERT_EQUAL(call_count, 0);
    decref(cb);
}

/* A callback that drops the last reference to its own weak reference:
 * the collection counts that reference as freed. */
static Object *holder;
static Object *drop_holder(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    CLEAR_SLOT(holder);
    return incref(None);
}
static const MethodDef drop_holder_def = {"drop", drop_holder};

static void test_collector_counts_freed_references(void)
{
    gc_collect(2);
    Object *module = cyclic_module();
    Object *cb = builtin_new(&drop_holder_def, NULL);
    holder = weakref_new(module, cb);
    decref(module);
    CU_ASSERT_EQUAL(gc_collect(2), 3);                 /* module, dict + the ref */
    CU_ASSERT_PTR_NULL(holder);
    decref(cb);
}

/* Built-in types are static: their lists go with the heap at exit. */
static void test_static_type_referent(void)
{
    Object *ref = weakref_new((Object *)&list_type, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ref);
    CU_ASSERT_PTR_EQUAL(weakref_get(ref), (Object *)&list_type);
    CU_ASSERT_PTR_EQUAL(list_type.weaklist, ref);
    decref(ref);
    CU_ASSERT_PTR_NULL(list_type.weaklist);
}


static const TestEntry tests[] = {
    {"list, dict, int, str, tuple: TypeError", test_unsupported_types},
    {"callback-less refs shared; weak refs not counted", test_shared_and_uncounted},
    {"list order; callbacks newest first, refs dead", test_list_order},
    {"a reference that dies first leaves the list", test_dead_reference_unlinks},
    {"proxy: ReferenceError once the referent is gone", test_proxy_reference_error},
    {"collector: reachable ref's callback called", test_collector_calls_reachable_callbacks},
    {"collector: garbage ref's callback not called", test_collector_skips_garbage_callbacks},
    {"collector: refs freed by callbacks counted", test_collector_counts_freed_references},
    {"static type as referent", test_static_type_referent},
};

int main(void)
{
    return RUN_SUITE("weakref", tests, CU_BRM_NORMAL);
}
