/* test_eval.c: the evaluator, classes, functions, modules (CUnit).
 *
 * Each test runs a small minipy program through parse_unit + eval_unit in
 * a fresh namespace and checks what the program left in it, or the
 * exception it raised. The reference counts expected here were measured
 * on CPython 3.11 (python3 -c / script files); see the brief in eval.c.
 */
#define _POSIX_C_SOURCE 200809L     /* mkdtemp */
#include "harness.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bool.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "frame.h"
#include "function.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "parser.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* ---- helpers ---------------------------------------------------------------- */

static Object *new_namespace(void)
{
    Object *globals = dict_new();
    Object *name = str_from_cstr("__main__");
    dict_set_item_cstr(globals, "__name__", name);
    decref(name);
    return globals;
}

/* Run `source` as a script in `globals`; returns 0, or -1 with the
 * exception left set. The unit lives until the program has run. */
static int run_in(Object *globals, const char *source, ParseMode mode)
{
    Unit *unit = parse_unit(source, strlen(source), "<test>", mode);
    if (unit == NULL)
        return -1;
    Object *result = eval_unit(unit, globals);
    unit_drop_arena_objects(unit);
    decref((Object *)unit);
    if (result == NULL)
        return -1;
    decref(result);
    return 0;
}

/* A fresh namespace that ran `source` successfully (CU failure otherwise). */
static Object *run_ok(const char *source)
{
    Object *globals = new_namespace();
    if (run_in(globals, source, PARSE_FILE) < 0) {
        Object *exception = error_fetch();
        Object *summary = exception ? exception_summary(exception) : NULL;
        fprintf(stderr, "\nunexpected error in:\n%s\n-> %s\n", source,
                summary ? STR_DATA(summary) : "?");
        xdecref(summary);
        xdecref(exception);
        CU_FAIL("program raised");
    }
    return globals;
}

/* The int bound to `name` in `globals`, or a sentinel. */
static int64_t int_global(Object *globals, const char *name)
{
    Object *value = dict_get_item_cstr(globals, name);
    if (value == NULL || !is_int(value))
        return -999999;
    return INT_VALUE(value);
}

static bool str_global_is(Object *globals, const char *name, const char *text)
{
    Object *value = dict_get_item_cstr(globals, name);
    if (value == NULL || !is_str(value)) {
        fprintf(stderr, "\n%s is not a str\n", name);
        return false;
    }
    if (strcmp(STR_DATA(value), text) != 0) {
        fprintf(stderr, "\n%s = '%s', expected '%s'\n", name, STR_DATA(value), text);
        return false;
    }
    return true;
}

static void check_int(const char *source, const char *name, int64_t expected)
{
    Object *globals = run_ok(source);
    int64_t got = int_global(globals, name);
    if (got != expected)
        fprintf(stderr, "\n%s\n-> %s = %lld, expected %lld\n", source, name, (long long)got,
                (long long)expected);
    CU_ASSERT_EQUAL(got, expected);
    decref(globals);
}

/* The program must raise; its "Type: message" must be `expected`. */
static void check_error(const char *source, const char *expected)
{
    Object *globals = new_namespace();
    int status = run_in(globals, source, PARSE_FILE);
    CU_ASSERT_EQUAL(status, -1);
    Object *exception = error_fetch();
    CU_ASSERT_PTR_NOT_NULL_FATAL(exception);
    Object *summary = exception_summary(exception);
    if (strcmp(STR_DATA(summary), expected) != 0)
        fprintf(stderr, "\n%s\n-> %s\nexpected %s\n", source, STR_DATA(summary), expected);
    CU_ASSERT_STRING_EQUAL(STR_DATA(summary), expected);
    decref(summary);
    decref(exception);
    decref(globals);
}

/* ---- reference counts (CPython 3.11) ---------------------------------------- */

static void test_refcounts_names(void)
{
    check_int("import sys\na = [1, 2, 3]\nr = sys.getrefcount(a)\n", "r", 2);
    check_int("import sys\na = [1, 2, 3]\nb = a\nr = sys.getrefcount(a)\n", "r", 3);
    check_int("import sys\na = [1, 2, 3]\nb = a\ndel a\nr = sys.getrefcount(b)\n", "r", 2);
    check_int("import sys\na = [1, 2, 3]\nb = [a, a]\nr = sys.getrefcount(a)\n", "r", 4);
    check_int("import sys\na = []\na.append(a)\nr = sys.getrefcount(a)\n", "r", 3);
    check_int("import sys\nt = ([],)\nr = sys.getrefcount(t)\ns = sys.getrefcount(t[0])\n", "r", 2);
    check_int("import sys\nt = ([],)\ns = sys.getrefcount(t[0])\n", "s", 2);
}

static void test_refcounts_calls(void)
{
    const char *f = "import sys\ndef f(x):\n    return sys.getrefcount(x)\n";
    char source[512];
    snprintf(source, sizeof source, "%sr = f([])\n", f);
    check_int(source, "r", 2);
    snprintf(source, sizeof source, "%sl = []\nr = f(l)\n", f);
    check_int(source, "r", 3);
    snprintf(source, sizeof source, "%sl = []\nr = f(x=l)\n", f);
    check_int(source, "r", 3);
    check_int("import sys\ndef g(a=[]):\n    return sys.getrefcount(a)\nr = g()\n", "r", 3);
}

static void test_refcounts_methods(void)
{
    const char *a = "import sys\nclass A:\n    def m(self):\n        return sys.getrefcount(self)\n";
    char source[512];
    snprintf(source, sizeof source, "%so = A()\nr = o.m()\n", a);
    check_int(source, "r", 3);
    snprintf(source, sizeof source, "%so = A()\nbm = o.m\nr = bm()\n", a);
    check_int(source, "r", 4);
    snprintf(source, sizeof source, "%so = A()\nr = A.m(o)\n", a);
    check_int(source, "r", 3);
    check_int("import sys\nclass A:\n    def __init__(self):\n        global r\n"
              "        r = sys.getrefcount(self)\nA()\n", "r", 3);
    /* an attribute holds one reference */
    check_int("import sys\nclass A:\n    pass\no = A()\nx = []\no.x = x\nr = sys.getrefcount(x)\n", "r", 3);
}

static void test_refcounts_loops(void)
{
    check_int("import sys\nfor x in [[]]:\n    r = sys.getrefcount(x)\n", "r", 3);
    check_int("import sys\nlst = [[]]\nfor x in lst:\n    r = sys.getrefcount(x)\n"
              "    s = sys.getrefcount(lst)\n", "r", 3);
    check_int("import sys\nlst = [[]]\nfor x in lst:\n    s = sys.getrefcount(lst)\n", "s", 3);
    /* after the loop the iterator is gone */
    check_int("import sys\nlst = [[]]\nfor x in lst:\n    pass\ns = sys.getrefcount(lst)\n", "s", 2);
}

/* Script: the code's constant table and the parser's arena both hold the
 * constant while the unit runs; at the REPL each statement is its own
 * unit, dropped after it ran. */
static void test_refcounts_constants(void)
{
    check_int("import sys\nmessage = 'Hello'\nr = sys.getrefcount(message)\n", "r", 4);
    Object *globals = new_namespace();
    CU_ASSERT_EQUAL(run_in(globals, "import sys\n", PARSE_SINGLE), 0);
    CU_ASSERT_EQUAL(run_in(globals, "message = 'Hello'\n", PARSE_SINGLE), 0);
    CU_ASSERT_EQUAL(run_in(globals, "r = sys.getrefcount(message)\n", PARSE_SINGLE), 0);
    CU_ASSERT_EQUAL(int_global(globals, "r"), 2);
    decref(globals);
}

/* ---- errors ---------------------------------------------------------------- */

static void test_name_errors(void)
{
    check_error("x\n", "NameError: name 'x' is not defined");
    check_error("del x\n", "NameError: name 'x' is not defined");
    check_error("def f():\n    y = x\n    x = 1\nf()\n",
                "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value");
    check_error("def f():\n    del q\n    q = 1\nf()\n",
                "UnboundLocalError: cannot access local variable 'q' where it is not associated with a value");
    check_error("def f():\n    return nope\nf()\n", "NameError: name 'nope' is not defined");
}

static void test_call_errors(void)
{
    check_error("def g(x): pass\ng()\n", "TypeError: g() missing 1 required positional argument: 'x'");
    check_error("def g(x): pass\ng(1, 2)\n", "TypeError: g() takes 1 positional argument but 2 were given");
    check_error("def g(x): pass\ng(1, z=2)\n", "TypeError: g() got an unexpected keyword argument 'z'");
    check_error("def g(x): pass\ng(1, x=2)\n", "TypeError: g() got multiple values for argument 'x'");
    check_error("def h(x, y, z): pass\nh()\n",
                "TypeError: h() missing 3 required positional arguments: 'x', 'y', and 'z'");
    check_error("def h(x, y): pass\nh()\n",
                "TypeError: h() missing 2 required positional arguments: 'x' and 'y'");
    check_error("def k(a, b=1): pass\nk(1, 2, 3)\n",
                "TypeError: k() takes from 1 to 2 positional arguments but 3 were given");
    check_error("def n(): pass\nn(1)\n", "TypeError: n() takes 0 positional arguments but 1 was given");
    check_error("class D:\n    def __init__(self, a): pass\nD()\n",
                "TypeError: D.__init__() missing 1 required positional argument: 'a'");
    check_error("class C: pass\nC(1)\n", "TypeError: C() takes no arguments");
    check_error("x = 1\nx()\n", "TypeError: 'int' object is not callable");
}

static void test_unpack_errors(void)
{
    check_error("a, b, c = [1, 2]\n", "ValueError: not enough values to unpack (expected 3, got 2)");
    check_error("a, b = [1, 2, 3]\n", "ValueError: too many values to unpack (expected 2)");
    check_error("a, b = 1\n", "TypeError: cannot unpack non-iterable int object");
    check_error("a, b = range(3)\n", "ValueError: too many values to unpack (expected 2)");
    check_error("a, b = range(1)\n", "ValueError: not enough values to unpack (expected 2, got 1)");
}

static void test_attribute_errors(void)
{
    check_error("[].foo\n", "AttributeError: 'list' object has no attribute 'foo'");
    check_error("x = 1\nx.y = 2\n", "AttributeError: 'int' object has no attribute 'y'");
    check_error("[].append = 1\n", "AttributeError: 'list' object attribute 'append' is read-only");
    check_error("class C: pass\nC.x\n", "AttributeError: type object 'C' has no attribute 'x'");
    check_error("class C: pass\nC().x\n", "AttributeError: 'C' object has no attribute 'x'");
    check_error("class C: pass\nc = C()\ndel c.z\n", "AttributeError: 'C' object has no attribute 'z'");
    check_error("import sys\nsys.nope\n", "AttributeError: module 'sys' has no attribute 'nope'");
    check_error("import nope_no_such_module\n", "ModuleNotFoundError: No module named 'nope_no_such_module'");
    check_error("from sys import nope\n", "ImportError: cannot import name 'nope' from 'sys' (unknown location)");
}

static void test_recursion(void)
{
    check_error("def f():\n    f()\nf()\n", "RecursionError: maximum recursion depth exceeded");
    /* CPython 3.11: 999 calls fit below the module frame. */
    check_int("n = 0\ndef f():\n    global n\n    n += 1\n    f()\ntry:\n    f()\n"
              "except RecursionError:\n    pass\n", "n", 999);
    /* and the runtime is usable afterwards */
    check_int("def f(k):\n    if k == 0:\n        return 0\n    return 1 + f(k - 1)\nr = f(500)\n", "r", 500);
}

/* ---- statements and expressions ----------------------------------------------- */

static void test_control_flow(void)
{
    check_int("r = 0\nfor i in range(10):\n    if i == 3:\n        continue\n    if i == 6:\n        break\n"
              "    r += i\nelse:\n    r = -1\n", "r", 0 + 1 + 2 + 4 + 5);
    check_int("r = 0\nfor i in range(3):\n    r += i\nelse:\n    r += 100\n", "r", 103);
    check_int("i = 0\nwhile i < 5:\n    i += 1\nelse:\n    i += 10\n", "i", 15);
    check_int("r = 0\nfor k in {'a': 1, 'b': 2}:\n    r += 1\n", "r", 2);
    check_int("r = 0\nfor c in 'héllo':\n    r += 1\n", "r", 5);
    check_int("a, (b, c) = 1, [2, 3]\nr = a + b * c\n", "r", 7);
    check_int("a = b = 7\nr = a + b\n", "r", 14);
    check_int("d = {}\nd['k'] = 5\nd['k'] += 1\nr = d['k']\n", "r", 6);
    check_int("l = [1, 2, 3]\ndel l[0], l[0]\nr = l[0]\n", "r", 3);
}

static void test_expressions(void)
{
    check_int("r = 0 or 5\n", "r", 5);
    check_int("r = 3 and 4\n", "r", 4);
    check_int("r = 1 < 2 < 3\n", "r", 1);
    check_int("r = 1 < 3 < 2\n", "r", 0);
    check_int("a = []\nb = a\nr = (a is b) + (a is not [])\n", "r", 2);
    check_int("r = (2 in [1, 2]) + (3 not in [1, 2])\n", "r", 2);
    check_int("r = -(3 - 5) * 2 // 3 % 5\n", "r", 1);
    check_int("r = not []\n", "r", 1);
    check_int("def f(a, b=10, c=100):\n    return a + b + c\nr = f(1, c=3)\n", "r", 14);
    check_int("a = [1]\ni = id(a)\na += [2]\nr = (id(a) == i) + len(a)\n", "r", 3);
    check_int("a = 300\ni = id(a)\na += 1\nr = id(a) != i\n", "r", 1);
}

static void test_exceptions(void)
{
    check_int("r = 0\ntry:\n    1 / 0\nexcept ZeroDivisionError as e:\n    r = 1\nelse:\n    r = 2\n", "r", 1);
    check_int("r = 0\ntry:\n    pass\nexcept ZeroDivisionError:\n    r = 1\nelse:\n    r = 2\n", "r", 2);
    check_int("r = 0\ntry:\n    try:\n        1 / 0\n    finally:\n        r = 5\nexcept Exception:\n"
              "    r += 1\n", "r", 6);
    check_int("def f():\n    try:\n        return 1\n    finally:\n        return 2\nr = f()\n", "r", 2);
    /* the `as` name is deleted at the end of the handler */
    check_error("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    pass\ne\n",
                "NameError: name 'e' is not defined");
    check_error("try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise\n", "ZeroDivisionError: division by zero");
    check_error("raise ValueError('bad')\n", "ValueError: bad");
    check_error("raise KeyError\n", "KeyError");
    check_error("assert 1 == 2, 'no'\n", "AssertionError: no");
    check_error("assert []\n", "AssertionError");
    check_error("class MyError(Exception):\n    pass\nraise MyError('mine')\n", "MyError: mine");
    check_int("class MyError(Exception):\n    pass\nr = 0\ntry:\n    raise MyError('x')\n"
              "except Exception as e:\n    r = isinstance(e, MyError)\n", "r", 1);
    check_int("r = 0\ntry:\n    [][1]\nexcept (KeyError, IndexError):\n    r = 1\n", "r", 1);
}

static void test_classes(void)
{
    check_int("class A:\n    k = 10\n    def __init__(self, v):\n        self.v = v\n"
              "    def get(self):\n        return self.v + self.k\n"
              "class B(A):\n    def get(self):\n        return 2 * A.get(self)\nr = B(1).get()\n", "r", 22);
    check_int("class A:\n    pass\na = A()\na.x = 1\na.x += 1\nr = a.x + hasattr(a, 'y')\n", "r", 2);
    check_int("class A(object):\n    pass\nr = isinstance(A(), A) + isinstance(A(), object)\n", "r", 2);
    check_int("class A:\n    def m(self):\n        return 1\na = A()\na.m = lambda_free = 5\nr = a.m\n", "r", 5);
    Object *globals = run_ok("class C:\n    def m(self):\n        pass\nc = C()\n"
                             "a = repr(c)\nb = repr(C)\nm = repr(c.m)\nf = repr(C.m)\n"
                             "l = repr(len)\nap = repr([].append)\nt = repr(type(1))\n");
    CU_ASSERT(strncmp(STR_DATA(dict_get_item_cstr(globals, "a")), "<__main__.C object at 0x", 24) == 0);
    CU_ASSERT(str_global_is(globals, "b", "<class '__main__.C'>"));
    CU_ASSERT(strncmp(STR_DATA(dict_get_item_cstr(globals, "m")), "<bound method C.m of <__main__.C object at 0x", 45) == 0);
    CU_ASSERT(strncmp(STR_DATA(dict_get_item_cstr(globals, "f")), "<function C.m at 0x", 19) == 0);
    CU_ASSERT(str_global_is(globals, "l", "<built-in function len>"));
    CU_ASSERT(strncmp(STR_DATA(dict_get_item_cstr(globals, "ap")), "<built-in method append of list object at 0x", 44) == 0);
    CU_ASSERT(str_global_is(globals, "t", "<class 'int'>"));
    decref(globals);
}

/* __del__ runs when the last reference goes, once (PEP 442). */
static void test_finalizer(void)
{
    check_int("log = []\nclass A:\n    def __del__(self):\n        log.append(1)\n"
              "a = A()\ndel a\nr = len(log)\n", "r", 1);
    check_int("keep = []\nlog = []\nclass A:\n    def __del__(self):\n        log.append(1)\n"
              "        keep.append(self)\na = A()\ndel a\nkeep.clear()\nr = len(log)\n", "r", 1);
}

static void test_globals_and_modules(void)
{
    check_int("a = 1\nr = globals()['a']\n", "r", 1);
    check_int("x = 1\ndef f():\n    global x\n    x = 5\nf()\nr = x\n", "r", 5);
    check_int("r = __name__ == '__main__'\n", "r", 1);

    char directory[] = "/tmp/minipy-test-XXXXXX";
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(directory));
    char path[256];
    snprintf(path, sizeof path, "%s/helper.py", directory);
    FILE *file = fopen(path, "w");
    fputs("value = 41\ndef inc(x):\n    return x + 1\nname = __name__\n", file);
    fclose(file);
    /* modules are found beside the main script */
    snprintf(path, sizeof path, "%s/main.py", directory);
    Object *main_file = str_from_cstr(path);
    dict_set_item_cstr(MODULE_DICT(runtime.main_module), "__file__", main_file);
    decref(main_file);
    check_int("import helper\nr = helper.inc(helper.value)\n", "r", 42);
    check_int("from helper import inc as plus, value\nr = plus(value)\n", "r", 42);
    Object *globals = run_ok("import helper\nn = helper.name\n");
    CU_ASSERT(str_global_is(globals, "n", "helper"));
    decref(globals);
    snprintf(path, sizeof path, "%s/helper.py", directory);
    unlink(path);
    rmdir(directory);
}

/* Tracebacks: one entry per frame, outermost first, with the line; each
 * entry's frame has taken its locals over once its function returned. */
static void test_traceback_entries(void)
{
    Object *globals = new_namespace();
    CU_ASSERT_EQUAL(run_in(globals, "def f():\n    x = 5\n    return 1 / 0\n\nf()\n", PARSE_FILE), -1);
    Object *exception = error_fetch();
    CU_ASSERT_PTR_NOT_NULL_FATAL(exception);
    TracebackObject *outer = (TracebackObject *)((ExceptionObject *)exception)->traceback;
    CU_ASSERT_PTR_NOT_NULL_FATAL(outer);
    CU_ASSERT_TRUE_FATAL(is_traceback((Object *)outer));
    TracebackObject *inner = (TracebackObject *)outer->next;
    CU_ASSERT_PTR_NOT_NULL_FATAL(inner);
    CU_ASSERT_PTR_NULL(inner->next);
    CU_ASSERT_EQUAL(outer->lineno, 5);
    CU_ASSERT_EQUAL(inner->lineno, 3);
    FrameObject *outer_frame = (FrameObject *)outer->frame;
    FrameObject *inner_frame = (FrameObject *)inner->frame;
    CU_ASSERT(str_equal_cstr(outer_frame->code->name, "<module>"));
    CU_ASSERT(str_equal_cstr(inner_frame->code->name, "f"));
    CU_ASSERT_TRUE(inner_frame->owned && outer_frame->owned);
    CU_ASSERT_PTR_EQUAL(inner_frame->back, (Object *)outer_frame);
    CU_ASSERT_EQUAL(inner_frame->nfast, 1);
    CU_ASSERT_TRUE(inner_frame->nfast == 1 && is_int(inner_frame->fast[0])
                   && INT_VALUE(inner_frame->fast[0]) == 5);
    CU_ASSERT_TRUE(gc_is_tracked((Object *)inner_frame));
    decref(exception);
    decref(globals);
}

int main(void)
{
    static const TestEntry tests[] = {
        {"refcounts: names", test_refcounts_names},
        {"refcounts: calls", test_refcounts_calls},
        {"refcounts: methods", test_refcounts_methods},
        {"refcounts: loops", test_refcounts_loops},
        {"refcounts: constants", test_refcounts_constants},
        {"errors: names", test_name_errors},
        {"errors: calls", test_call_errors},
        {"errors: unpacking", test_unpack_errors},
        {"errors: attributes", test_attribute_errors},
        {"recursion limit", test_recursion},
        {"control flow", test_control_flow},
        {"expressions", test_expressions},
        {"exceptions", test_exceptions},
        {"classes", test_classes},
        {"__del__", test_finalizer},
        {"globals and modules", test_globals_and_modules},
        {"traceback entries", test_traceback_entries},
    };
    return RUN_SUITE("eval", tests, CU_BRM_VERBOSE);
}
