/* test_comprehensions.c: CUnit tests of the star forms and of
 * comprehensions: *args, **kwargs and keyword-only parameters (their
 * layout in the code, the binding in funcargs.c), calls with * and **
 * (eval_unpack.c), and the SyntaxErrors of parameter and argument lists.
 *
 * Build against every file of code/ but main.c (chapter 12, the whole
 * runtime), with -fsanitize=address,undefined -fno-sanitize-recover=all.
 * Every expected value and error (message, lineno, offset) was measured
 * with CPython 3.11.7 (co_varnames, co_flags; compile(source, "x.py",
 * "exec")).
 */
#include "harness.h"
#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "function.h"
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
static Code *nested_code(Code *code, const char *name)
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

/* The repr of the value `name` has in `globals` is `expected`. */
static bool repr_is(Object *globals, const char *name, const char *expected)
{
    Object *value = globals ? dict_get_item_cstr(globals, name) : NULL;
    Object *repr = value ? object_repr(value) : NULL;
    bool same = repr != NULL && str_equal_cstr(repr, expected);
    if (!same)
        fprintf(stderr, "\n  %s: got %s, expected %s\n", name, repr ? STR_DATA(repr) : "(none)",
                expected);
    xdecref(repr);
    return same;
}

/* ---- parameters ---------------------------------------------------------- */

static void test_parameter_layout(void)
{
    Unit *unit = parse("def f(a, b=2, *args, c, d=4, **kw):\n    e = 1\n"
                       "def g():\n    def h(*a):\n        pass\n");
    CU_ASSERT_FATAL(unit != NULL);
    Code *f = nested_code(unit->module_code, "f");
    Code *g = nested_code(unit->module_code, "g");
    CU_ASSERT_FATAL(f != NULL && g != NULL);
    Code *h = nested_code(g, "h");
    CU_ASSERT_FATAL(h != NULL);
    CU_ASSERT(NAMES_ARE(f->local_names, "a", "b", "c", "d", "args", "kw", "e"));
    /* measured: co_argcount 2, co_kwonlyargcount 2, co_flags 15; g 3, h 23 */
    CU_ASSERT(f->nparams == 2 && f->nkwonly == 2 && f->flags == 15);
    CU_ASSERT(g->flags == 3 && h->flags == 23);
    release(unit);
}

static void test_binding(void)
{
    Object *globals = run("def f(a, b=2, *args, c, d=4, **kw):\n"
                          "    return a, b, args, c, d, kw\n"
                          "r1 = f(1, c=3)\n"
                          "r2 = f(1, 2, 3, 4, c=5, e=6)\n"
                          "r3 = f(*[1, 2, 3], **{'c': 9, 'z': 1})\n"
                          "r4 = f(**{'a': 1, 'c': 2})\n"
                          "kd = f.__kwdefaults__\n");
    CU_ASSERT_FATAL(globals != NULL);
    CU_ASSERT(repr_is(globals, "r1", "(1, 2, (), 3, 4, {})"));
    CU_ASSERT(repr_is(globals, "r2", "(1, 2, (3, 4), 5, 4, {'e': 6})"));
    CU_ASSERT(repr_is(globals, "r3", "(1, 2, (3,), 9, 4, {'z': 1})"));
    CU_ASSERT(repr_is(globals, "r4", "(1, 2, (), 2, 4, {})"));
    CU_ASSERT(repr_is(globals, "kd", "{'d': 4}"));
    decref(globals);
}

/* The message of the TypeError `source` raises, or NULL. */
static bool type_error_is(const char *source, const char *expected)
{
    Unit *unit = parse(source);
    if (unit == NULL)
        return false;
    Object *globals = dict_new();
    Object *result = eval_unit(unit, globals);
    release(unit);
    decref(globals);
    if (result != NULL) {
        decref(result);
        fprintf(stderr, "\n  %s: no error\n", source);
        return false;
    }
    Object *exception = error_fetch();
    Object *message = object_str(exception);
    bool same = exception->type == &exc_TypeError && str_equal_cstr(message, expected);
    if (!same)
        fprintf(stderr, "\n  %s: got %s: %s\n", source, exception->type->name, STR_DATA(message));
    decref(message);
    decref(exception);
    return same;
}

static void test_binding_errors(void)
{
    const char *f = "def f(a, b=2, *args, c, d=4, **kw):\n    pass\n";
    const char *h = "def h(a, *, b):\n    pass\n";
    char source[256];
    snprintf(source, sizeof source, "%sf(1)\n", f);
    CU_ASSERT(type_error_is(source, "f() missing 1 required keyword-only argument: 'c'"));
    snprintf(source, sizeof source, "%sf(1, 2, 3, c=1, a=2)\n", f);
    CU_ASSERT(type_error_is(source, "f() got multiple values for argument 'a'"));
    /* run() gives the code a namespace without __name__: the functions'
     * __module__ is None, and CPython names them "f()" then */
    snprintf(source, sizeof source, "%sf(**1)\n", f);
    CU_ASSERT(type_error_is(source, "f() argument after ** must be a mapping, not int"));
    snprintf(source, sizeof source, "%sf(*1)\n", f);
    CU_ASSERT(type_error_is(source, "f() argument after * must be an iterable, not int"));
    snprintf(source, sizeof source, "%sf(1, **{1: 2})\n", f);
    CU_ASSERT(type_error_is(source, "keywords must be strings"));
    snprintf(source, sizeof source, "%sf(1, c=1, **{'c': 2})\n", f);
    CU_ASSERT(type_error_is(source, "f() got multiple values for keyword argument 'c'"));
    snprintf(source, sizeof source, "%sh(1, 2, b=3)\n", h);
    CU_ASSERT(type_error_is(source, "h() takes 1 positional argument but 2 positional arguments "
                            "(and 1 keyword-only argument) were given"));
    snprintf(source, sizeof source, "%sh(1, x=2)\n", h);
    CU_ASSERT(type_error_is(source, "h() got an unexpected keyword argument 'x'"));
    CU_ASSERT(type_error_is("def k(*, a, b, c):\n    pass\nk()\n",
                            "k() missing 3 required keyword-only arguments: 'a', 'b', and 'c'"));
    CU_ASSERT(type_error_is("print(1, *1)\n", "Value after * must be an iterable, not int"));
    CU_ASSERT(type_error_is("[].append(*1)\n",
                            "list.append() argument after * must be an iterable, not int"));
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
        {"def f(*): pass\n", "named arguments must follow bare *", 1, 7},
        {"def f(a, *, **k): pass\n", "named arguments must follow bare *", 1, 10},
        {"def f(*a, *b): pass\n", "* argument may appear only once", 1, 11},
        {"def f(**k, a): pass\n", "arguments cannot follow var-keyword argument", 1, 12},
        {"def f(*a=1): pass\n", "var-positional argument cannot have default value", 1, 9},
        {"def f(**a=1): pass\n", "var-keyword argument cannot have default value", 1, 10},
        {"f(**d, *a)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 8},
        {"f(**d, a)\n", "positional argument follows keyword argument unpacking", 1, 9},
        {"lambda *: 0\n", "named arguments must follow bare *", 1, 9},
        {"lambda a, *: 0\n", "named arguments must follow bare *", 1, 12},
        {"lambda *,: 0\n", "named arguments must follow bare *", 1, 10},
        {"def f(*a, a): pass\n", "duplicate argument 'a' in function definition", 1, 8},
        {"def f(a, **a): pass\n", "duplicate argument 'a' in function definition", 1, 12},
        {"f(a=1, b)\n", "positional argument follows keyword argument", 1, 9},
        {"def f(*, *a): pass\n", "* argument may appear only once", 1, 10},
        {"def f(a, b=1, c): pass\n", "non-default argument follows default argument", 1, 15},
        {"f(**d, x=1, x=2)\n", "keyword argument repeated: x", 1, 13},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CU_ASSERT(raises_like_cpython(&cases[i]));
}

/* ---- comprehensions ------------------------------------------------------ */

static void test_comprehension_scopes(void)
{
    Unit *unit = parse("def f(k):\n    return [i + k for i in range(3)]\n"
                       "g = (y for y in 'a' if y)\n");
    CU_ASSERT_FATAL(unit != NULL);
    Code *f = nested_code(unit->module_code, "f");
    CU_ASSERT_FATAL(f != NULL);
    Code *listcomp = nested_code(f, "<listcomp>");
    Code *genexpr = nested_code(unit->module_code, "<genexpr>");
    CU_ASSERT_FATAL(listcomp != NULL && genexpr != NULL);
    /* measured: co_varnames ('.0', 'i'), co_freevars ('k',), co_flags 19;
     * the genexpr's flags 35 (CO_GENERATOR) */
    CU_ASSERT(NAMES_ARE(listcomp->local_names, ".0", "i", "k"));
    CU_ASSERT(NAMES_ARE(listcomp->freevars, "k"));
    CU_ASSERT(NAMES_ARE(f->cellvars, "k"));
    CU_ASSERT(listcomp->flags == 19 && genexpr->flags == 35 && listcomp->nparams == 1);
    release(unit);
}

static void test_comprehension_values(void)
{
    Object *globals = run("x = 'outer'\n"
                          "a = [x for x in 'ab']\n"
                          "b = {k: v for k, v in [(1, 2)]}\n"
                          "c = [(i, j) for i in range(2) for j in 'xy' if i]\n"
                          "g = (n * 2 for n in range(3))\n"
                          "first = next(g)\n"
                          "rest = list(g)\n"
                          "s = sum(n for n in range(5))\n");
    CU_ASSERT_FATAL(globals != NULL);
    CU_ASSERT(repr_is(globals, "x", "'outer'"));
    CU_ASSERT(repr_is(globals, "a", "['a', 'b']"));
    CU_ASSERT(repr_is(globals, "b", "{1: 2}"));
    CU_ASSERT(repr_is(globals, "c", "[(1, 'x'), (1, 'y')]"));
    CU_ASSERT(repr_is(globals, "first", "0"));
    CU_ASSERT(repr_is(globals, "rest", "[2, 4]"));
    CU_ASSERT(repr_is(globals, "s", "10"));
    decref(globals);
}

static void test_comprehension_syntax_errors(void)
{
    /* measured: compile(source, "x.py", "exec") under python3.11 */
    static const ErrorCase cases[] = {
        {"[*a for a in b]\n", "iterable unpacking cannot be used in comprehension", 1, 2},
        {"{**a for a in b}\n", "dict unpacking cannot be used in dict comprehension", 1, 2},
        {"f(x for x in y, 1)\n", "Generator expression must be parenthesized", 1, 3},
        {"f(1, x for x in y)\n", "Generator expression must be parenthesized", 1, 6},
        {"(x for x in y) = 1\n", "cannot assign to generator expression", 1, 1},
        {"del [x for x in y]\n", "cannot delete list comprehension", 1, 5},
        {"[x for *a in b]\n", "starred assignment target must be in a list or tuple", 1, 8},
        {"print(*a for a in b)\n", "iterable unpacking cannot be used in comprehension", 1, 7},
        {"[a, b for a in c]\n", "did you forget parentheses around the comprehension target?",
         1, 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CU_ASSERT(raises_like_cpython(&cases[i]));
}

/* ---- the suite ----------------------------------------------------------- */


static const TestEntry tests[] = {
    {"parameter layout and co_flags", test_parameter_layout},
    {"binding *args, **kwargs, keyword-only", test_binding},
    {"binding errors", test_binding_errors},
    {"syntax errors of parameters and arguments", test_syntax_errors},
    {"comprehension scopes and codes", test_comprehension_scopes},
    {"comprehension and generator values", test_comprehension_values},
    {"syntax errors of comprehensions", test_comprehension_syntax_errors},
};

int main(void)
{
    return RUN_SUITE("comprehensions", tests, CU_BRM_NORMAL);
}
