/* test_gc.c: CUnit tests of the cycle collector (gc.c) and the deallocation
 * path it shares with reference counting (object.c).
 *
 * Built like the other suites: every file of code/ but main.c (chapter 12),
 * under ASan + UBSan. What CPython 3.11 does is given beside each check.
 */
#include "harness.h"
#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

#define GEN(n) (&runtime.gc.generations[n])

/* A clean slate: everything collected, counts zero, collector enabled. */
static void settle(void)
{
    gc_collect(2);
    runtime.gc.enabled = true;
    for (int i = 0; i < NUM_GENERATIONS; i++)
        GEN(i)->count = 0;
}

static bool on_list(Object *op, GCHead *head)
{
    for (GCHead *g = (GCHead *)head->next; g != head; g = (GCHead *)g->next)
        if (GC_OBJECT(g) == op)
            return true;
    return false;
}

static void test_header_layout(void)
{
    /* CPython's PyGC_Head is two words since 3.8. */
    CU_ASSERT_EQUAL(sizeof(GCHead), 2 * sizeof(void *));
    Object *list = list_new(0);
    Object *one = int_from_i64(100000);
    CU_ASSERT_TRUE(object_is_gc(list));
    CU_ASSERT_FALSE(object_is_gc(one));
    CU_ASSERT_TRUE(gc_is_tracked(list));
    CU_ASSERT_FALSE(gc_is_tracked(one));
    /* Static types have no header; classes made by `class` have one. */
    CU_ASSERT_FALSE(object_is_gc((Object *)&list_type));
    CU_ASSERT_FALSE(gc_is_tracked((Object *)&type_type));
    CU_ASSERT_FALSE(gc_is_tracked(None));
    /* From chapter 11 on the header is right in front of the object, and
     * nothing else is: no HeapLink. */
    CU_ASSERT_PTR_EQUAL((char *)GC_HEAD(list) + sizeof(GCHead), (char *)list);
    CU_ASSERT_EQUAL(object_size(list), sizeof(ListObject));
    Object *abc = str_from_cstr("abc");
    CU_ASSERT_EQUAL(object_size(abc), sizeof(StrObject) + 4);   /* and the NUL */
    decref(abc);
    decref(list);
    decref(one);
}

static void test_track_untrack(void)
{
    Object *list = list_new(0);
    CU_ASSERT_TRUE(on_list(list, &GEN(0)->head));
    gc_untrack(list);
    CU_ASSERT_FALSE(gc_is_tracked(list));
    gc_untrack(list);                               /* twice: harmless */
    gc_track(list);
    gc_track(list);
    CU_ASSERT_TRUE(gc_is_tracked(list));
    CU_ASSERT_EQUAL(gc_list_size(&GEN(0)->head) >= 1, 1);
    decref(list);
}

static void test_allocation_count(void)
{
    settle();                               /* also empties the free lists */
    Object *a = list_new(0);
    Object *b = dict_new();                 /* counted although untracked */
    Object *c = int_from_i64(123456);       /* not GC-aware: not counted */
    Object *f = method_new(None, None);     /* a GC-aware kind without a free list */
    CU_ASSERT_EQUAL(GEN(0)->count, 3);
    CU_ASSERT_FALSE(gc_is_tracked(b));      /* {} is untracked in 3.11 */
    decref(f);
    CU_ASSERT_EQUAL(GEN(0)->count, 2);      /* really freed: counted down */
    decref(a);
    decref(b);
    decref(c);
    CU_ASSERT_EQUAL(GEN(0)->count, 2);      /* kept on free lists: no change */
    decref(list_new(0));
    decref(dict_new());
    CU_ASSERT_EQUAL(GEN(0)->count, 2);      /* reused: not counted either */
    GEN(0)->count = 0;
    decref(method_new(None, None));         /* never below zero */
    CU_ASSERT_EQUAL(GEN(0)->count, 0);
}

/* 80 dead lists fit on the free list; the rest are freed (CPython 3.11:
 * +101 for 100 lists and the list holding them, then -21). */
static void test_list_free_list(void)
{
    settle();
    Object *lists = list_new(0);
    for (int i = 0; i < 100; i++) {
        Object *item = list_new(0);
        list_append(lists, item);
        decref(item);
    }
    CU_ASSERT_EQUAL(GEN(0)->count, 101);
    decref(lists);
    CU_ASSERT_EQUAL(GEN(0)->count, 80);
    CU_ASSERT_EQUAL(runtime.free_lists.list_count, 80);
    gc_collect(2);                          /* a full collection empties them */
    CU_ASSERT_EQUAL(runtime.free_lists.list_count, 0);
}

static void test_dict_tracking(void)
{
    Object *d = dict_new();
    Object *atom = int_from_i64(7);
    Object *inner = list_new(0);
    dict_set_item_cstr(d, "a", atom);
    CU_ASSERT_FALSE(gc_is_tracked(d));      /* {'a': 7}: atoms only */
    dict_set_item_cstr(d, "b", inner);
    CU_ASSERT_TRUE(gc_is_tracked(d));       /* a list: tracked from now on */
    Object *key = str_from_cstr("b");
    dict_del_item(d, key);
    decref(key);
    gc_collect(1);
    CU_ASSERT_TRUE(gc_is_tracked(d));       /* only a full collection... */
    gc_collect(2);
    CU_ASSERT_FALSE(gc_is_tracked(d));      /* ... untracks it (bpo-14775) */
    decref(d);
    decref(atom);
    decref(inner);
}

static void test_tuple_untracked_by_collection(void)
{
    Object *one = int_from_i64(1);
    Object *t = tuple_pack(2, one, one);
    Object *holder = list_new(0);
    Object *u = tuple_pack(1, holder);
    CU_ASSERT_TRUE(gc_is_tracked(t));
    gc_collect(0);
    CU_ASSERT_FALSE(gc_is_tracked(t));      /* atoms only: untracked */
    CU_ASSERT_TRUE(gc_is_tracked(u));       /* holds a list: stays */
    decref(t);
    decref(u);
    decref(holder);
    decref(one);
}

/* Allocations past the threshold start a collection inside the
 * allocation: strictly greater, so threshold + 1 allocations. */
static void test_threshold_strictly_greater(void)
{
    settle();
    int saved = GEN(0)->threshold;
    GEN(0)->threshold = 5;
    intptr_t before = runtime.gc.stats[0].collections;
    Object *keep = list_new(0);
    for (int i = 0; i < 4; i++) {
        Object *item = list_new(0);
        list_append(keep, item);
        decref(item);
    }
    CU_ASSERT_EQUAL(GEN(0)->count, 5);
    CU_ASSERT_EQUAL(runtime.gc.stats[0].collections, before);
    Object *sixth = list_new(0);
    CU_ASSERT_EQUAL(runtime.gc.stats[0].collections, before + 1);
    CU_ASSERT_EQUAL(GEN(0)->count, 0);      /* reset; the sixth is not counted again */
    CU_ASSERT_EQUAL(GEN(1)->count, 1);
    CU_ASSERT_TRUE(on_list(keep, &GEN(1)->head));   /* survivors promoted */
    CU_ASSERT_TRUE(on_list(sixth, &GEN(0)->head));  /* made after: young */
    /* Threshold 0 disables automatic collection. */
    GEN(0)->threshold = 0;
    for (int i = 0; i < 50; i++)
        decref(list_new(0));
    CU_ASSERT_EQUAL(runtime.gc.stats[0].collections, before + 1);
    GEN(0)->threshold = saved;
    decref(sixth);
    decref(keep);
}

static void test_cycle_collected(void)
{
    settle();
    Object *a = list_new(0), *b = list_new(0);
    list_append(a, b);
    list_append(b, a);
    Object *self_ref = dict_new();
    dict_set_item_cstr(self_ref, "me", self_ref);
    decref(a);
    decref(b);
    decref(self_ref);
    size_t alive = heap_object_count();
    CU_ASSERT_EQUAL(gc_collect(2), 3);
    CU_ASSERT_TRUE(heap_object_count() <= alive - 3);  /* and the key "me" */
    CU_ASSERT_EQUAL(gc_collect(2), 0);
}

/* Objects referenced from outside the collected generations survive, and
 * so does everything they reach; nothing is freed while in use. */
static void test_reachable_from_outside(void)
{
    settle();
    Object *root = list_new(0);             /* held by this C variable */
    Object *a = list_new(0), *b = list_new(0), *c = list_new(0);
    list_append(root, a);
    list_append(a, b);
    list_append(b, c);
    list_append(c, a);                      /* a cycle reachable from root */
    decref(a);
    decref(b);
    decref(c);
    CU_ASSERT_EQUAL(gc_collect(2), 0);
    CU_ASSERT_EQUAL(LIST_SIZE(LIST_ITEMS(root)[0]), 1);
    /* A long chain scanned after its head was first thought unreachable:
     * move_unreachable must move the members back. */
    Object *cycle_head = LIST_ITEMS(root)[0];
    incref(cycle_head);
    root->type->clear(root);              /* list.clear() */
    CU_ASSERT_EQUAL(gc_collect(2), 0);      /* still held by cycle_head */
    decref(cycle_head);
    CU_ASSERT_EQUAL(gc_collect(2), 3);
    decref(root);
}

/* An old container keeps a young cycle alive until the old one is
 * collected too ("nepotism"). */
static void test_older_generation_is_outside(void)
{
    settle();
    Object *old = list_new(0);
    gc_collect(1);                          /* old is now in generation 2 */
    Object *a = list_new(0), *b = list_new(0);
    list_append(a, b);
    list_append(b, a);
    list_append(old, a);
    decref(a);
    decref(b);
    list_append(old, old);                  /* old is garbage, but old */
    decref(old);
    CU_ASSERT_EQUAL(gc_collect(0), 0);
    CU_ASSERT_EQUAL(gc_collect(2), 3);
}

static void test_freeze(void)
{
    settle();
    Object *a = list_new(0);
    list_append(a, a);
    gc_freeze();
    decref(a);
    CU_ASSERT_EQUAL(gc_collect(2), 0);      /* the permanent generation is never looked at */
    gc_unfreeze();
    CU_ASSERT_EQUAL(gc_collect(2), 1);
}

/* A collection never recurses over the graph: a million-long cycle. */
static void test_long_cycle_no_recursion(void)
{
    settle();
    runtime.gc.enabled = false;
    Object *first = list_new(0);
    Object *last = incref(first);
    for (int i = 0; i < 1000000; i++) {
        Object *next = list_new(0);
        list_append(last, next);
        decref(last);
        last = next;
    }
    list_append(last, first);
    decref(last);
    decref(first);
    CU_ASSERT_EQUAL(gc_collect(2), 1000001);
    runtime.gc.enabled = true;
}

/* A visitor that counts its calls and answers 7 at `target`. */
typedef struct { Object *target; int calls; } StopSearch;

static int stop_at_target(Object *referent, void *arg)
{
    StopSearch *search = arg;
    search->calls++;
    return referent == search->target ? 7 : 0;
}

/* CPython's Py_VISIT: a traverse ends at the first non-zero result of its
 * visitor and returns it; 0 when every visit returned 0. */
static void test_traverse_stops_early(void)
{
    Object *a = list_new(0), *b = list_new(0), *c = list_new(0);
    Object *list = list_new(0);
    list_append(list, a);
    list_append(list, b);
    list_append(list, c);
    /* list_traverse goes from the last item to the first, as CPython's. */
    StopSearch search = {b, 0};
    CU_ASSERT_EQUAL(list_type.traverse(list, stop_at_target, &search), 7);
    CU_ASSERT_EQUAL(search.calls, 2);
    search = (StopSearch){NULL, 0};
    CU_ASSERT_EQUAL(list_type.traverse(list, stop_at_target, &search), 0);
    CU_ASSERT_EQUAL(search.calls, 3);
    Object *pair = tuple_pack(2, c, a);
    search = (StopSearch){c, 0};     /* backwards too: a, then c */
    CU_ASSERT_EQUAL(pair->type->traverse(pair, stop_at_target, &search), 7);
    CU_ASSERT_EQUAL(search.calls, 2);
    decref(pair);
    decref(list);
    decref(a);
    decref(b);
    decref(c);
}


static const TestEntry tests[] = {
    {"GC header: two words, only GC-aware heap objects", test_header_layout},
    {"track and untrack", test_track_untrack},
    {"allocation count: GC-aware allocations minus deallocations", test_allocation_count},
    {"list free list: 80 kept, reuse not counted", test_list_free_list},
    {"dicts tracked lazily, untracked by full collections", test_dict_tracking},
    {"tuples of atoms untracked by a collection", test_tuple_untracked_by_collection},
    {"threshold: strictly greater, 0 disables", test_threshold_strictly_greater},
    {"isolated cycles collected", test_cycle_collected},
    {"reachable from outside: kept", test_reachable_from_outside},
    {"older generations count as outside", test_older_generation_is_outside},
    {"freeze and unfreeze", test_freeze},
    {"a million-long cycle: no recursion", test_long_cycle_no_recursion},
    {"a traverse stops at its visitor's first non-zero result", test_traverse_stops_early},
};

int main(void)
{
    return RUN_SUITE("gc", tests, CU_BRM_NORMAL);
}
