/* test_leaks.c: CUnit tests of chapter 12's code: the trace table behind
 * mem_alloc (core/traces.c), the heap turned around (modules/backrefs.c),
 * objgraph's leak half and tracemalloc as Python sees them, and the
 * --legacy-del collection (core/gc_legacy.c).
 *
 * Built like the other suites: every file of code/ but main.c, under
 * ASan + UBSan. Python snippets run in __main__ with run_string and leave
 * their answer in a global named `result`.
 */
#include "harness.h"
#include <stdio.h>
#include <string.h>

#include "backrefs.h"
#include "dict.h"
#include "eval.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "memory.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "traces.h"

/* Run `code` in __main__ and return its global `result` (borrowed). */
static Object *run_for_result(const char *code)
{
    CU_ASSERT_EQUAL(run_string(code), 0);
    return dict_get_item_cstr(MODULE_DICT(runtime.main_module), "result");
}

static bool result_is(const char *code, const char *expected)
{
    Object *result = run_for_result(code);
    if (result == NULL || !is_str(result)) {
        printf("\n  no str result for:\n%s\n", code);
        return false;
    }
    if (strcmp(STR_DATA(result), expected) != 0)
        printf("\n  expected %s, got %s\n", expected, STR_DATA(result));
    return strcmp(STR_DATA(result), expected) == 0;
}

/* ---- the trace table ---------------------------------------------------- */

static size_t count_traces(void)
{
    return runtime.traces.trace_count;
}

static void test_traces_follow_blocks(void)
{
    traces_start(1);
    size_t before = runtime.traces.traced, count = count_traces();
    void *small = mem_alloc(40), *large = mem_alloc(4000);
    CU_ASSERT_EQUAL(runtime.traces.traced - before, 4040);
    CU_ASSERT_EQUAL(count_traces() - count, 2);
    small = mem_realloc(small, 40, 100);
    CU_ASSERT_EQUAL(runtime.traces.traced - before, 4100);
    CU_ASSERT_EQUAL(count_traces() - count, 2);
    mem_free(large, 4000);
    mem_free(small, 100);
    CU_ASSERT_EQUAL(runtime.traces.traced, before);
    CU_ASSERT_EQUAL(count_traces(), count);
    CU_ASSERT(runtime.traces.peak >= before + 4100);
    traces_stop();
    CU_ASSERT_FALSE(runtime.traces.tracing);
    CU_ASSERT_EQUAL(count_traces(), 0);
    CU_ASSERT_EQUAL(runtime.traces.traced, 0);
}

/* With no Python code running, CPython files blocks under "<unknown>":0. */
typedef struct Seen {
    const char *filename;
    int lineno;
    size_t blocks;
} Seen;

static void note_trace(const Trace *trace, const char *filename, void *arg)
{
    Seen *seen = arg;
    seen->filename = filename;
    seen->lineno = trace->lineno;
    seen->blocks++;
}

static void test_traces_outside_python(void)
{
    traces_start(1);
    void *block = mem_alloc(24);
    Seen seen = {NULL, -1, 0};
    traces_each(note_trace, &seen);
    CU_ASSERT_EQUAL(seen.blocks, 1);
    CU_ASSERT_STRING_EQUAL(seen.filename, "<unknown>");
    CU_ASSERT_EQUAL(seen.lineno, 0);
    traces_clear();
    CU_ASSERT_TRUE(runtime.traces.tracing);
    CU_ASSERT_EQUAL(count_traces(), 0);
    mem_free(block, 24);                        /* forgotten: not found, no harm */
    traces_stop();
}

/* Many blocks: the table grows and every one is found again. */
static void test_traces_grow(void)
{
    enum { N = 5000 };
    static void *blocks[N];
    traces_start(1);
    for (int i = 0; i < N; i++)
        blocks[i] = mem_alloc(16 + (size_t)(i % 7) * 16);
    CU_ASSERT_EQUAL(count_traces(), N);
    for (int i = 0; i < N; i++)
        mem_free(blocks[i], 16 + (size_t)(i % 7) * 16);
    CU_ASSERT_EQUAL(count_traces(), 0);
    CU_ASSERT_EQUAL(runtime.traces.traced, 0);
    traces_stop();
}

/* ---- backrefs ----------------------------------------------------------- */

static void test_backrefs_index(void)
{
    Object *inner = list_new(0);
    Object *outer = list_new(0);
    Object *other = list_new(0);
    list_append(outer, inner);
    list_append(other, inner);
    list_append(other, inner);
    BackrefIndex index;
    CU_ASSERT_EQUAL_FATAL(backrefs_build(&index, &other, 1), 0);
    const BackrefEdge *edges;
    size_t count = backrefs_of(&index, inner, &edges);
    CU_ASSERT_EQUAL(count, 1);                  /* `other` is ignored */
    if (count == 1)
        CU_ASSERT_PTR_EQUAL(edges[0].referrer, outer);
    CU_ASSERT_EQUAL(backrefs_of(&index, outer, &edges), 0);
    backrefs_free(&index);
    Object *sys_name = str_from_cstr("sys");
    Object *sys = module_import(sys_name);
    CU_ASSERT_PTR_EQUAL(backrefs_module_of_dict(MODULE_DICT(sys)), sys);
    CU_ASSERT_PTR_NULL(backrefs_module_of_dict(outer));
    decref(sys);
    decref(sys_name);
    decref(other);
    decref(outer);
    decref(inner);
}

/* ---- objgraph, tracemalloc and --legacy-del from Python ------------------ */

static void test_objgraph_counts(void)
{
    CU_ASSERT(result_is(
        "import objgraph\n"
        "class Leaky:\n    pass\n"
        "kept = [Leaky() for i in range(7)]\n"
        "result = '%d %d %s' % (objgraph.count('Leaky'), len(objgraph.by_type('Leaky')),\n"
        "                       objgraph.typestats()['Leaky'])\n",
        "7 7 7"));
    CU_ASSERT(result_is(
        "pairs = objgraph.most_common_types(limit=None)\n"
        "result = str(('Leaky', 7) in pairs and pairs == sorted(pairs, key=lambda p: -p[1]))\n",
        "True"));
    CU_ASSERT(result_is(
        "messages = []\n"
        "for call in (lambda: objgraph.count(1), lambda: objgraph.count(),\n"
        "             lambda: objgraph.show_growth(limit='x'),\n"
        "             lambda: objgraph.show_growth(peak_stats=[]),\n"
        "             lambda: objgraph.find_backref_chain(kept[0])):\n"
        "    try:\n        call()\n    except TypeError as e:\n        messages.append(str(e))\n"
        "result = '|'.join(messages)\n",
        "typename must be a str, not 'int'|count() missing required argument 'typename'|"
        "limit must be an int or None, not 'str'|peak_stats must be a dict, not 'list'|"
        "find_backref_chain() missing required argument 'predicate'"));
}

static void test_objgraph_chain(void)
{
    CU_ASSERT(result_is(
        "class Holder:\n    def __init__(self):\n        self.items = []\n"
        "holder = Holder()\n"
        "def add():\n    holder.items.append(Leaky())\n"
        "add()\n"
        "def find():\n"
        "    target = holder.items[0]\n"
        "    chain = objgraph.find_backref_chain(target, objgraph.is_proper_module)\n"
        "    return ' '.join(type(o).__name__ for o in chain)\n"
        "result = find()\n",
        "module dict Holder list Leaky"));
    CU_ASSERT(result_is(
        "lonely = Leaky()\n"
        "def alone():\n"
        "    chain = objgraph.find_backref_chain(lonely, lambda o: False, max_depth=2)\n"
        "    return str(len(chain) == 1 and chain[0] is lonely)\n"
        "result = alone()\n",
        "True"));
}

static void test_tracemalloc_module(void)
{
    CU_ASSERT(result_is(
        "import tracemalloc\n"
        "tracemalloc.start()\n"
        "before = tracemalloc.take_snapshot()\n"
        "rows = [[i] for i in range(500)]\n"
        "after = tracemalloc.take_snapshot()\n"
        "top = after.compare_to(before, 'lineno')[0]\n"
        "tracemalloc.stop()\n"
        "result = '%s %s %s' % (top.traceback, top.count_diff >= 500, tracemalloc.is_tracing())\n",
        "<string>:4 True False"));
    CU_ASSERT(result_is(
        "result = ' '.join([tracemalloc._format_size(n, s) for n, s in\n"
        "                   ((10, False), (20480, True), (5 * 2 ** 20, False))])\n",
        "10 B +20.0 KiB 5120 KiB"));
    CU_ASSERT_FALSE(runtime.traces.tracing);
}

static void test_legacy_del(void)
{
    runtime.gc.legacy_del = true;
    CU_ASSERT(result_is(
        "import gc\n"
        "class Res:\n    def __del__(self):\n        pass\n"
        "gc.collect()\n"
        "r = Res()\nr.me = r\nr.data = [1, 2]\ndel r\n"
        "found = gc.collect()\n"
        "result = '%d %d %s' % (found, len(gc.garbage), type(gc.garbage[0]).__name__)\n",
        "2 1 Res"));
    runtime.gc.legacy_del = false;
    CU_ASSERT(result_is(
        "gc.garbage.clear()\n"
        "result = str(gc.collect())\n",
        "2"));
}

int main(void)
{
    static const TestEntry tests[] = {
        {"traces follow blocks", test_traces_follow_blocks},
        {"traces outside Python", test_traces_outside_python},
        {"the trace table grows", test_traces_grow},
        {"the backrefs index", test_backrefs_index},
        {"objgraph counts and errors", test_objgraph_counts},
        {"find_backref_chain", test_objgraph_chain},
        {"tracemalloc", test_tracemalloc_module},
        {"--legacy-del", test_legacy_del},
    };
    return RUN_SUITE("leaks", tests, CU_BRM_VERBOSE);
}
