/* test_closures.c: CUnit tests of closures: the scopes symtable.c
 * decides (locals, cells, free variables, the slot layout), cell objects
 * (cell.c), running closures (eval_cells.c), lambda and conditional
 * expressions, and the SyntaxErrors about nonlocal.
 *
 * Build against every file of code/ but main.c (chapter 12, the whole
 * runtime), with -fsanitize=address,undefined -fno-sanitize-recover=all.
 * Every expected name tuple, value and error (class, message, lineno,
 * offset) was measured with CPython 3.11.7 (co_varnames, co_cellvars,
 * co_freevars; compile(source, "x.py", "exec")).
 */
#include "harness.h"
#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "cell.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "function.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "parser.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* ---- helpers ------------------------------------------------------------- */

static Unit *parse(const char *source)
{
    Unit *unit = parse_unit(source, strlen(source), "x.py", PARSE_FILE);
    if (unit == NULL) {
        Object *exception = error_fetch();
        Object *args = ((ExceptionObject *)exception)->args;
        fprintf(stderr, "\n  unexpected %s: %s\n", exception->type->name,
                STR_DATA(TUPLE_ITEMS(args)[0]));
        decref(exception);
    }
    return unit;
}

static void release(Unit *unit)
{
    unit_drop_arena_objects(unit);
    decref(&unit->base);
}

/* The tuple holds exactly these names, in this order. */
static bool names_are(Object *tuple, const char *const *expected, size_t n)
{
    bool same = tuple != NULL && (size_t)TUPLE_SIZE(tuple) == n;
    for (size_t i = 0; same && i < n; i++)
        same = str_equal_cstr(TUPLE_ITEMS(tuple)[i], expected[i]);
    if (!same && tuple != NULL) {
        fprintf(stderr, "\n  names:");
        for (intptr_t i = 0; i < TUPLE_SIZE(tuple); i++)
            fprintf(stderr, " %s", STR_DATA(TUPLE_ITEMS(tuple)[i]));
        fprintf(stderr, "\n");
    }
    return same;
}

#define NAMES_ARE(tuple, ...) \
    names_are((tuple), (const char *const[]){__VA_ARGS__}, \
              sizeof (const char *const[]){__VA_ARGS__} / sizeof(const char *))

/* The nested code named `name` among `code`'s constants. */
static Code *nested(Code *code, const char *name)
{
    for (intptr_t i = 0; i < TUPLE_SIZE(code->constants); i++) {
        Object *item = TUPLE_ITEMS(code->constants)[i];
        if (item->type == &code_type && str_equal_cstr(((Code *)item)->name, name))
            return (Code *)item;
    }
    return NULL;
}

/* Run `source` as a script in a fresh namespace; the namespace, or NULL
 * (with the exception printed). */
static Object *run(const char *source)
{
    Unit *unit = parse(source);
    if (unit == NULL)
        return NULL;
    Object *globals = dict_new();
    Object *result = eval_unit(unit, globals);
    release(unit);
    if (result == NULL) {
        Object *exception = error_fetch();
        fprintf(stderr, "\n  %s raised %s\n", source, exception->type->name);
        decref(exception);
        decref(globals);
        return NULL;
    }
    decref(result);
    return globals;
}

static int64_t int_named(Object *globals, const char *name)
{
    Object *value = dict_get_item_cstr(globals, name);
    return value != NULL && is_int(value) ? INT_VALUE(value) : -999;
}

/* ---- scopes -------------------------------------------------------------- */

static void test_cells_and_free_variables(void)
{
    Unit *unit = parse(
        "def f(x, unused):\n"
        "    y = 1\n"
        "    z = 2\n"
        "    def g():\n"
        "        return x + y\n"
        "    return g\n");
    CU_ASSERT_FATAL(unit != NULL);
    Code *f = nested(unit->module_code, "f");
    CU_ASSERT_FATAL(f != NULL);
    Code *g = nested(f, "g");
    CU_ASSERT_FATAL(g != NULL);
    /* python3: ('x', 'unused', 'z', 'g') ('x', 'y') () */
    CU_ASSERT(f->nlocals == 4);
    CU_ASSERT(NAMES_ARE(f->cellvars, "x", "y"));
    CU_ASSERT(TUPLE_SIZE(f->freevars) == 0);
    /* slots: the locals (x keeps its parameter slot as a cell), then y */
    CU_ASSERT(NAMES_ARE(f->local_names, "x", "unused", "z", "g", "y"));
    CU_ASSERT(f->slot_kinds[0] == SLOT_CELL && f->slot_kinds[1] == SLOT_LOCAL);
    CU_ASSERT(f->slot_kinds[4] == SLOT_CELL);
    /* python3: () () ('x', 'y') */
    CU_ASSERT(g->nlocals == 0 && TUPLE_SIZE(g->cellvars) == 0);
    CU_ASSERT(NAMES_ARE(g->freevars, "x", "y"));
    CU_ASSERT(g->slot_kinds[0] == SLOT_FREE && g->slot_kinds[1] == SLOT_FREE);
    release(unit);
}

static void test_pass_through_and_nonlocal(void)
{
    Unit *unit = parse(
        "def outer():\n"
        "    v = 0\n"
        "    def middle():\n"
        "        def inner():\n"
        "            nonlocal v\n"
        "            v = 1\n"
        "        return inner\n"
        "    return middle\n");
    CU_ASSERT_FATAL(unit != NULL);
    Code *outer = nested(unit->module_code, "outer");
    Code *middle = nested(outer, "middle");
    Code *inner = nested(middle, "inner");
    CU_ASSERT_FATAL(outer && middle && inner);
    /* python3: outer ('middle',) ('v',) (); middle ('inner',) () ('v',);
     * inner () () ('v',): middle hands v down without using it */
    CU_ASSERT(NAMES_ARE(outer->cellvars, "v"));
    CU_ASSERT(NAMES_ARE(middle->freevars, "v") && middle->nlocals == 1);
    CU_ASSERT(NAMES_ARE(inner->freevars, "v") && inner->nlocals == 0);
    release(unit);
}

static void test_class_scopes(void)
{
    Unit *unit = parse(
        "def make():\n"
        "    y = 1\n"
        "    z = 2\n"
        "    class C:\n"
        "        seen = y\n"
        "        z = 3\n"
        "        def m(self):\n"
        "            return z, __class__\n"
        "    return C\n");
    CU_ASSERT_FATAL(unit != NULL);
    Code *make = nested(unit->module_code, "make");
    Code *c = nested(make, "C");
    Code *m = nested(c, "m");
    CU_ASSERT_FATAL(make && c && m);
    /* python3: make's cells ('y', 'z'); C's co_cellvars ('__class__',),
     * co_freevars ('y', 'z'); m's co_freevars ('__class__', 'z') */
    CU_ASSERT(NAMES_ARE(make->cellvars, "y", "z"));
    CU_ASSERT(NAMES_ARE(c->cellvars, "__class__"));
    CU_ASSERT(NAMES_ARE(c->freevars, "y", "z"));
    CU_ASSERT(NAMES_ARE(m->freevars, "__class__", "z"));
    /* the class body reads y through its cell, z and __class__ never */
    CU_ASSERT(c->slot_kinds[0] == (SLOT_CELL | SLOT_HIDDEN));
    CU_ASSERT(c->slot_kinds[1] == SLOT_FREE);
    CU_ASSERT(c->slot_kinds[2] == (SLOT_FREE | SLOT_HIDDEN));
    release(unit);
}

static void test_lambda_scope(void)
{
    Unit *unit = parse("def adder(k):\n    return lambda x, y=1: x + y + k\n");
    CU_ASSERT_FATAL(unit != NULL);
    Code *adder = nested(unit->module_code, "adder");
    Code *lambda = nested(adder, "<lambda>");
    CU_ASSERT_FATAL(adder && lambda);
    CU_ASSERT(NAMES_ARE(lambda->local_names, "x", "y", "k"));
    CU_ASSERT(lambda->nparams == 2 && lambda->nlocals == 2);
    CU_ASSERT(NAMES_ARE(adder->cellvars, "k"));
    release(unit);
}

/* ---- SyntaxErrors -------------------------------------------------------- */

typedef struct ErrorCase {
    const char *source;
    const char *message;
    int lineno, offset;
} ErrorCase;

static bool raises_like_cpython(const ErrorCase *c)
{
    Unit *unit = parse_unit(c->source, strlen(c->source), "x.py", PARSE_FILE);
    if (unit != NULL) {
        fprintf(stderr, "\n  %s: parsed, expected %s\n", c->source, c->message);
        release(unit);
        return false;
    }
    Object *exception = error_fetch();
    Object *args = ((ExceptionObject *)exception)->args;
    Object *location = TUPLE_ITEMS(args)[1];
    Object *message = TUPLE_ITEMS(args)[0];
    int lineno = (int)INT_VALUE(TUPLE_ITEMS(location)[1]);
    int offset = (int)INT_VALUE(TUPLE_ITEMS(location)[2]);
    bool same = exception->type == &exc_SyntaxError && str_equal_cstr(message, c->message)
        && lineno == c->lineno && offset == c->offset;
    if (!same)
        fprintf(stderr, "\n  %s\n    got      %s: %s (%d, %d)\n    expected %s (%d, %d)\n",
                c->source, exception->type->name, STR_DATA(message), lineno, offset,
                c->message, c->lineno, c->offset);
    decref(exception);
    return same;
}

static void test_syntax_errors(void)
{
    /* measured: compile(source, "x.py", "exec") under python3.11 */
    static const ErrorCase cases[] = {
        {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1},
        {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5},
        {"def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
         "name 'x' is used prior to nonlocal declaration", 5, 9},
        {"def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
         "name 'x' is assigned to before nonlocal declaration", 5, 9},
        {"def f():\n    x = 1\n    def g(x):\n        nonlocal x\n",
         "name 'x' is parameter and nonlocal", 4, 9},
        {"def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
         "name 'x' is nonlocal and global", 4, 9},
        {"class C:\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5},
        {"def f():\n    x += 1\n    global x\n",
         "name 'x' is assigned to before global declaration", 3, 5},
        {"y = 1 if x\n", "expected 'else' after 'if' expression", 1, 5},
        {"a if b else c = 1\n", "cannot assign to conditional expression", 1, 1},
        {"lambda: 1 = 2\n", "cannot assign to lambda", 1, 1},
        {"f = lambda a, a: 1\n", "duplicate argument 'a' in function definition", 1, 15},
        {"f = lambda a=1, b: 1\n", "non-default argument follows default argument", 1, 17},
        {"del (lambda: 1)\n", "cannot delete lambda", 1, 6},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CU_ASSERT(raises_like_cpython(&cases[i]));
}

/* ---- cells ----------------------------------------------------------------- */

static int count_visit(Object *referent, void *arg)
{
    (void)referent;
    (*(int *)arg)++;
    return 0;
}

static void test_cell_object(void)
{
    Object *value = int_from_i64(12345);
    Object *cell = cell_new(incref(value));
    CU_ASSERT(is_cell(cell) && cell_get(cell) == value);
    CU_ASSERT(value->refcount == 2);
    int visited = 0;
    cell_type.traverse(cell, count_visit, &visited);
    CU_ASSERT(visited == 1);
    Object *repr = object_repr(cell);
    CU_ASSERT_FATAL(repr != NULL);
    CU_ASSERT(strncmp(STR_DATA(repr), "<cell at 0x", 11) == 0);
    CU_ASSERT(strstr(STR_DATA(repr), ": int object at 0x") != NULL);
    decref(repr);
    cell_set(cell, NULL);
    CU_ASSERT(value->refcount == 1 && cell_get(cell) == NULL);
    repr = object_repr(cell);
    CU_ASSERT(repr != NULL && strstr(STR_DATA(repr), ": empty>") != NULL);
    xdecref(repr);
    Object *contents = object_getattr_cstr(cell, "cell_contents");
    CU_ASSERT(contents == NULL && error_matches(&exc_ValueError));
    error_clear();
    CU_ASSERT(object_hash(cell) == -1 && error_matches(&exc_TypeError));
    error_clear();
#if CHAPTER >= CH_THRESHOLDS
    CU_ASSERT(gc_is_tracked(cell));
#endif
    decref(cell);
    decref(value);
}

/* ---- running closures ------------------------------------------------------ */

static void test_counter(void)
{
    Object *globals = run(
        "def make():\n"
        "    n = 0\n"
        "    def inc():\n"
        "        nonlocal n\n"
        "        n += 1\n"
        "        return n\n"
        "    return inc\n"
        "a = make()\n"
        "b = make()\n"
        "a(); a()\n"
        "x = a()\n"
        "y = b()\n");
    CU_ASSERT_FATAL(globals != NULL);
    CU_ASSERT(int_named(globals, "x") == 3 && int_named(globals, "y") == 1);
    Object *a = dict_get_item_cstr(globals, "a");
    CU_ASSERT_FATAL(a != NULL && is_function(a));
    Object *closure = ((FunctionObject *)a)->closure;
    CU_ASSERT_FATAL(closure != NULL && TUPLE_SIZE(closure) == 1);
    CU_ASSERT(is_cell(TUPLE_ITEMS(closure)[0]));
    CU_ASSERT(INT_VALUE(cell_get(TUPLE_ITEMS(closure)[0])) == 3);
    decref(globals);
}

static void test_late_binding_and_ifexp(void)
{
    Object *globals = run(
        "def make():\n"
        "    fs = []\n"
        "    for i in range(3):\n"
        "        fs.append(lambda: i)\n"
        "    fs.append(lambda i=i: i * 10)\n"
        "    return fs\n"
        "fs = make()\n"
        "first = fs[0]()\n"
        "bound = fs[3]()\n"
        "pick = 7 if first == 2 else 8\n"
        "other = 7 if first != 2 else 8\n");
    CU_ASSERT_FATAL(globals != NULL);
    CU_ASSERT(int_named(globals, "first") == 2);
    CU_ASSERT(int_named(globals, "bound") == 20);
    CU_ASSERT(int_named(globals, "pick") == 7 && int_named(globals, "other") == 8);
    decref(globals);
}

static void test_unbound_free_variable(void)
{
    Unit *unit = parse(
        "def f():\n"
        "    def g():\n"
        "        return q\n"
        "    g()\n"
        "    q = 1\n"
        "f()\n");
    CU_ASSERT_FATAL(unit != NULL);
    Object *globals = dict_new();
    Object *result = eval_unit(unit, globals);
    release(unit);
    CU_ASSERT(result == NULL && error_matches(&exc_NameError));
    Object *exception = error_fetch();
    Object *message = exception ? TUPLE_ITEMS(((ExceptionObject *)exception)->args)[0] : NULL;
    CU_ASSERT(message != NULL && str_equal_cstr(message, "cannot access free variable 'q' "
              "where it is not associated with a value in enclosing scope"));
    xdecref(exception);
    xdecref(result);
    decref(globals);
}

/* ---- the suite ----------------------------------------------------------- */


static const TestEntry tests[] = {
    {"cells and free variables", test_cells_and_free_variables},
    {"free variables passed through, nonlocal", test_pass_through_and_nonlocal},
    {"class bodies and __class__", test_class_scopes},
    {"lambda scopes", test_lambda_scope},
    {"syntax errors of nonlocal, lambda, if-else", test_syntax_errors},
    {"cell objects", test_cell_object},
    {"a counter with nonlocal", test_counter},
    {"late binding, conditional expressions", test_late_binding_and_ifexp},
    {"an unbound free variable", test_unbound_free_variable},
};

int main(void)
{
    return RUN_SUITE("closures", tests, CU_BRM_NORMAL);
}
