/* test_services.c: unit tests of the runtime's services: exceptions and
 * tracebacks (error.c), the builtins and sys modules, time, and the DOT
 * figures (graph.c). Built with the whole runtime under ASan + UBSan.
 *
 * The expected texts were produced by CPython 3.11 (python3), except where
 * minipy deliberately differs (sizes, figure layout).
 */
#define _POSIX_C_SOURCE 200809L     /* dup, dup2, fileno */

#include "harness.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bool.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "gc.h"
#include "error.h"
#include "float.h"
#include "frame.h"
#include "graph.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* ---- helpers ----------------------------------------------------------- */

/* Check that `op` (stolen) is a str equal to `text`. */
static void expect_str(Object *op, const char *text)
{
    CU_ASSERT_PTR_NOT_NULL_FATAL(op);
    CU_ASSERT_TRUE(is_str(op));
    if (!str_equal_cstr(op, text))
        fprintf(stderr, "\n  expected \"%s\"\n  got      \"%s\"\n", text, STR_DATA(op));
    CU_ASSERT_TRUE(str_equal_cstr(op, text));
    decref(op);
}

/* Check that the call failed with `type` and str(exception) == message;
 * clears the exception. */
static void expect_error(Object *result, Type *type, const char *message)
{
    CU_ASSERT_PTR_NULL(result);
    xdecref(result);
    CU_ASSERT_TRUE_FATAL(error_occurred());
    CU_ASSERT_TRUE(error_matches(type));
    Object *exception = error_fetch();
    if (!object_is_instance_of(exception, type))
        fprintf(stderr, "\n  expected %s, got %s\n", type->name, exception->type->name);
    expect_str(object_str(exception), message);
    decref(exception);
}

static Object *str(const char *text) { return str_from_cstr(text); }
static Object *num(int64_t value) { return int_from_i64(value); }

/* A tuple of the given objects, stealing each. */
static Object *tuple_steal(size_t n, ...)
{
    va_list ap;
    va_start(ap, n);
    Object *tuple = tuple_new((intptr_t)n);
    for (size_t i = 0; i < n; i++)
        TUPLE_ITEMS(tuple)[i] = va_arg(ap, Object *);
    va_end(ap);
    return tuple;
}

/* A list of the given objects, stealing each. */
static Object *list_steal(size_t n, ...)
{
    va_list ap;
    va_start(ap, n);
    Object *list = list_new(0);
    for (size_t i = 0; i < n; i++) {
        Object *item = va_arg(ap, Object *);
        list_append(list, item);
        decref(item);
    }
    va_end(ap);
    return list;
}

/* Call builtins.NAME with positional arguments (stolen) and, when
 * kwnames is given, keyword values after them. */
static Object *call_in(Object *dict, const char *name, Object *kwnames, size_t n, ...)
{
    Object *function = dict_get_item_cstr(dict, name);
    CU_ASSERT_PTR_NOT_NULL_FATAL(function);
    Object *args[8];
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        args[i] = va_arg(ap, Object *);
    va_end(ap);
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    Object *result = object_call(function, args, n - nkw, kwnames);
    for (size_t i = 0; i < n; i++)
        decref(args[i]);
    xdecref(kwnames);
    return result;
}

#define CALL(name, n, ...) call_in(runtime.builtins, name, NULL, n, __VA_ARGS__)
#define CALL0(name) call_in(runtime.builtins, name, NULL, 0)
#define CALL_KW(name, kw, n, ...) call_in(runtime.builtins, name, kw, n, __VA_ARGS__)

static Object *sys_dict(void)
{
    return MODULE_DICT(dict_get_item_cstr(runtime.modules, "sys"));
}

/* Run fn with file descriptor `fd` (1 or 2) redirected to a temporary
 * file; returns what was written (free() it). */
static char *capture(int fd, void (*fn)(void *), void *arg)
{
    FILE *stream = fd == 1 ? stdout : stderr;
    fflush(stream);
    FILE *tmp = tmpfile();
    int saved = dup(fd);
    dup2(fileno(tmp), fd);
    fn(arg);
    fflush(stream);
    dup2(saved, fd);
    close(saved);
    long size = ftell(tmp);
    char *text = calloc((size_t)size + 1, 1);
    rewind(tmp);
    size_t got = fread(text, 1, (size_t)size, tmp);
    text[got] = '\0';
    fclose(tmp);
    return text;
}

static void expect_text(char *got, const char *expected)
{
    if (strcmp(got, expected) != 0)
        fprintf(stderr, "\n--- expected\n%s--- got\n%s---\n", expected, got);
    CU_ASSERT_STRING_EQUAL(got, expected);
    free(got);
}

/* ---- exceptions -------------------------------------------------------- */

static void test_hierarchy(void)
{
    struct { Type *sub, *super; bool expected; } cases[] = {
        {&exc_ZeroDivisionError, &exc_ArithmeticError, true},
        {&exc_ZeroDivisionError, &exc_Exception, true},
        {&exc_OverflowError, &exc_ArithmeticError, true},
        {&exc_KeyError, &exc_LookupError, true},
        {&exc_IndexError, &exc_LookupError, true},
        {&exc_KeyError, &exc_ArithmeticError, false},
        {&exc_UnboundLocalError, &exc_NameError, true},
        {&exc_ModuleNotFoundError, &exc_ImportError, true},
        {&exc_RecursionError, &exc_RuntimeError, true},
        {&exc_NotImplementedError, &exc_RuntimeError, true},
        {&exc_IndentationError, &exc_SyntaxError, true},
        {&exc_TabError, &exc_IndentationError, true},
        {&exc_SystemExit, &exc_Exception, false},
        {&exc_KeyboardInterrupt, &exc_Exception, false},
        {&exc_KeyboardInterrupt, &exc_BaseException, true},
        {&exc_StopIteration, &exc_Exception, true},
        {&exc_Exception, &exc_TypeError, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CU_ASSERT_EQUAL(type_is_subtype(cases[i].sub, cases[i].super), cases[i].expected);
    size_t count = 0;
    for (; exception_classes[count]; count++) {
        Type *type = exception_classes[count];
        CU_ASSERT_TRUE(type_is_subtype(type, &exc_BaseException));
        CU_ASSERT_TRUE((type->flags & (TYPE_EXCEPTION | TYPE_BASETYPE)) == (TYPE_EXCEPTION | TYPE_BASETYPE));
        CU_ASSERT_PTR_NOT_NULL(type->construct);
    }
    CU_ASSERT_EQUAL(count, 28);
}

static void test_matching(void)
{
    CU_ASSERT_FALSE(error_occurred());
    CU_ASSERT_PTR_NULL(error_format(&exc_ZeroDivisionError, "division by %s", "zero"));
    CU_ASSERT_TRUE(error_occurred());
    CU_ASSERT_TRUE(error_matches(&exc_ArithmeticError));
    CU_ASSERT_TRUE(error_matches(&exc_BaseException));
    CU_ASSERT_FALSE(error_matches(&exc_LookupError));
    Object *exception = error_fetch();
    CU_ASSERT_FALSE(error_occurred());
    expect_str(object_repr(exception), "ZeroDivisionError('division by zero')");
    error_restore(exception);
    CU_ASSERT_TRUE(error_matches(&exc_ZeroDivisionError));
    error_clear();
    CU_ASSERT_FALSE(error_occurred());
}

static void test_str_and_repr(void)
{
    Object *key = str("a");
    error_key(key);
    decref(key);
    Object *exception = error_fetch();
    expect_str(object_str(exception), "'a'");
    expect_str(object_repr(exception), "KeyError('a')");
    expect_str(exception_summary(exception), "KeyError: 'a'");
    decref(exception);

    Object *args = tuple_steal(2, num(1), num(2));
    exception = exception_new(&exc_ValueError, args);
    decref(args);
    expect_str(object_str(exception), "(1, 2)");
    expect_str(object_repr(exception), "ValueError(1, 2)");
    decref(exception);

    Object *no_args = tuple_new(0);
    exception = exception_new(&exc_ValueError, no_args);
    decref(no_args);
    expect_str(object_str(exception), "");
    expect_str(object_repr(exception), "ValueError()");
    expect_str(exception_summary(exception), "ValueError");
    decref(exception);
}

static void test_raise_class_and_instance(void)
{
    error_set_object((Object *)&exc_ValueError);        /* raise ValueError */
    Object *exception = error_fetch();
    CU_ASSERT_PTR_NOT_NULL_FATAL(exception);
    CU_ASSERT_PTR_EQUAL(exception->type, &exc_ValueError);
    CU_ASSERT_EQUAL(TUPLE_SIZE(((ExceptionObject *)exception)->args), 0);
    error_set_object(exception);                        /* raise e */
    Object *again = error_fetch();
    CU_ASSERT_PTR_EQUAL(again, exception);
    decref(again);
    decref(exception);

    Object *five = num(5);
    error_set_object(five);
    decref(five);
    expect_error(NULL, &exc_TypeError, "exceptions must derive from BaseException");
}

static void test_attributes(void)
{
    Object *args = tuple_steal(1, str("m"));
    Object *exception = exception_new(&exc_ValueError, args);
    Object *name = str("args");
    Object *got = object_getattr(exception, name);
    CU_ASSERT_PTR_EQUAL(got, args);
    xdecref(got);
    decref(name);
    decref(args);

    name = str("x");
    Object *value = num(5);
    CU_ASSERT_EQUAL(object_setattr(exception, name, value), 0);
    got = object_getattr(exception, name);
    CU_ASSERT_PTR_EQUAL(got, value);
    xdecref(got);
    CU_ASSERT_EQUAL(object_delattr(exception, name), 0);
    expect_error(object_getattr(exception, name), &exc_AttributeError,
                 "'ValueError' object has no attribute 'x'");
    CU_ASSERT_EQUAL(object_delattr(exception, name), -1);
    expect_error(NULL, &exc_AttributeError, "'ValueError' object has no attribute 'x'");
    decref(value);
    decref(name);
    decref(exception);
}

/* SyntaxError's args and its str, as CPython's SyntaxError_str. */
static Object *syntax_error(Type *type, const char *msg, const char *file, int line,
                            int offset, const char *text)
{
    Object *details = tuple_steal(4, file ? str(file) : incref(None), num(line), num(offset),
                                  text ? str(text) : incref(None));
    Object *args = tuple_steal(2, str(msg), details);
    Object *exception = exception_new(type, args);
    decref(args);
    return exception;
}

static void test_syntax_error_object(void)
{
    Object *exception = syntax_error(&exc_SyntaxError, "x", "/a/f.py", 3, 2, "abc");
    expect_str(object_str(exception), "x (f.py, line 3)");
    expect_str(exception_summary(exception), "SyntaxError: x");
    Object *name = str("lineno");
    Object *lineno = object_getattr(exception, name);
    CU_ASSERT_TRUE(lineno && is_int(lineno) && INT_VALUE(lineno) == 3);
    xdecref(lineno);
    decref(name);
    decref(exception);
    exception = syntax_error(&exc_SyntaxError, "x", NULL, 3, 2, "abc");
    expect_str(object_str(exception), "x (line 3)");
    decref(exception);
}

/* class MyError(Exception): pass, made as the class statement does. */
static Object *make_user_exception(const char *module)
{
    Object *namespace = dict_new();
    Object *module_name = str(module);
    dict_set_item_cstr(namespace, "__module__", module_name);
    decref(module_name);
    Object *name = str("MyError");
    Object *class = class_new(name, &exc_Exception, NULL, namespace);
    decref(name);
    decref(namespace);
    return class;
}

static void test_user_subclass(void)
{
    gc_collect(2);                          /* the free lists start empty */
    size_t objects_before = heap_object_count();
    Object *class = make_user_exception("__main__");
    CU_ASSERT_PTR_NOT_NULL_FATAL(class);
    Object *message = str("boom");
    Object *instance = object_call(class, &message, 1, NULL);
    decref(message);
    CU_ASSERT_PTR_NOT_NULL_FATAL(instance);
    CU_ASSERT_TRUE(object_is_instance_of(instance, &exc_Exception));
    expect_str(object_str(instance), "boom");
    expect_str(object_repr(instance), "MyError('boom')");
    expect_str(exception_summary(instance), "MyError: boom");
    Object *attr = str("code"), *value = num(7);
    CU_ASSERT_EQUAL(object_setattr(instance, attr, value), 0);
    Object *got = object_getattr(instance, attr);
    CU_ASSERT_PTR_EQUAL(got, value);
    xdecref(got);
    decref(attr);
    decref(value);
    error_set_object(class);                /* raise MyError */
    CU_ASSERT_TRUE(error_matches(&exc_Exception));
    error_clear();
    decref(instance);
    decref(class);

    class = make_user_exception("shapes");
    instance = object_call(class, NULL, 0, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(instance);
    expect_str(exception_summary(instance), "shapes.MyError");
    decref(instance);
    decref(class);
    /* A class is a cycle (its __mro__ and its __weakref__ descriptor refer
     * back to it), as in CPython: only the collector frees it. */
    CU_ASSERT_TRUE(heap_object_count() > objects_before);
    gc_collect(2);                          /* (and empties the free lists) */
    CU_ASSERT_EQUAL(heap_object_count(), objects_before);
}

/* ---- printing ---------------------------------------------------------- */

/* A traceback entry as the evaluator adds one: through the frame object of
 * a code called `function` (a bare code object: no body, no unit). */
static void add_entry(Object *file, int line, const char *function, const char *source)
{
    Code *code = (Code *)object_new(&code_type, sizeof(Code));
    code->name = str(function);
    Object *frame = frame_object_new(NULL, code, file, NULL, NULL, NULL, 0);
    decref((Object *)code);
    error_add_traceback(frame, line, source);
    decref(frame);
}

static void raise_with_traceback(void *unused)
{
    (void)unused;
    Object *file = str("t.py");
    error_format(&exc_ZeroDivisionError, "division by zero");
    add_entry(file, 2, "f", "    return 1/0");      /* innermost first */
    add_entry(file, 3, "<module>", "print(f())");
    decref(file);
    error_print();
}

static void test_print_traceback(void)
{
    expect_text(capture(2, raise_with_traceback, NULL),
                "Traceback (most recent call last):\n"
                "  File \"t.py\", line 3, in <module>\n"
                "    print(f())\n"
                "  File \"t.py\", line 2, in f\n"
                "    return 1/0\n"
                "ZeroDivisionError: division by zero\n");
    CU_ASSERT_FALSE(error_occurred());
}

static void raise_key_error_at_stdin(void *unused)
{
    (void)unused;
    Object *file = str("<stdin>"), *key = str("a");
    error_key(key);
    add_entry(file, 1, "<module>", NULL);
    decref(key);
    decref(file);
    error_print();
}

static void raise_bare_value_error(void *unused)
{
    (void)unused;
    error_set_object((Object *)&exc_ValueError);
    Object *file = str("v.py");
    add_entry(file, 1, "<module>", "raise ValueError");
    decref(file);
    error_print();
}

static void test_print_without_source(void)
{
    expect_text(capture(2, raise_key_error_at_stdin, NULL),
                "Traceback (most recent call last):\n"
                "  File \"<stdin>\", line 1, in <module>\n"
                "KeyError: 'a'\n");
    expect_text(capture(2, raise_bare_value_error, NULL),
                "Traceback (most recent call last):\n"
                "  File \"v.py\", line 1, in <module>\n"
                "    raise ValueError\n"
                "ValueError\n");
}

static void raise_deep_recursion(void *unused)
{
    (void)unused;
    Object *file = str("r.py");
    error_set_string(&exc_RecursionError, "maximum recursion depth exceeded");
    for (int i = 0; i < 10; i++)
        add_entry(file, 2, "down", "    return down(n + 1)");
    add_entry(file, 3, "<module>", "down(0)");
    decref(file);
    error_print();
}

static void test_print_folds_repeats(void)
{
    expect_text(capture(2, raise_deep_recursion, NULL),
                "Traceback (most recent call last):\n"
                "  File \"r.py\", line 3, in <module>\n"
                "    down(0)\n"
                "  File \"r.py\", line 2, in down\n"
                "    return down(n + 1)\n"
                "  File \"r.py\", line 2, in down\n"
                "    return down(n + 1)\n"
                "  File \"r.py\", line 2, in down\n"
                "    return down(n + 1)\n"
                "  [Previous line repeated 7 more times]\n"
                "RecursionError: maximum recursion depth exceeded\n");
}

static void print_syntax_error(void *exception)
{
    error_restore(incref(exception));
    error_print();
}

static void test_print_syntax_error(void)
{
    Object *exception = syntax_error(&exc_SyntaxError, "invalid syntax", "t.py", 1, 5, "x = = 2\n");
    expect_text(capture(2, print_syntax_error, exception),
                "  File \"t.py\", line 1\n"
                "    x = = 2\n"
                "        ^\n"
                "SyntaxError: invalid syntax\n");
    decref(exception);
    /* The caret follows the text when its indentation is stripped. */
    exception = syntax_error(&exc_SyntaxError, "'(' was never closed", "<stdin>", 2, 13,
                             "        x = (1 +\n");
    expect_text(capture(2, print_syntax_error, exception),
                "  File \"<stdin>\", line 2\n"
                "    x = (1 +\n"
                "        ^\n"
                "SyntaxError: '(' was never closed\n");
    decref(exception);
    /* unexpected indent: the offset falls in the stripped indentation, so
     * CPython draws no caret. */
    exception = syntax_error(&exc_IndentationError, "unexpected indent", "<string>", 1, 2, "  x = 1\n");
    expect_text(capture(2, print_syntax_error, exception),
                "  File \"<string>\", line 1\n"
                "    x = 1\n"
                "IndentationError: unexpected indent\n");
    decref(exception);
}

static void test_no_leak_on_error_paths(void)
{
    free(capture(2, raise_with_traceback, NULL));       /* warm the caches */
    size_t objects = heap_object_count();
    size_t bytes = mem_stats().bytes_in_use;
    free(capture(2, raise_with_traceback, NULL));
    CU_ASSERT_EQUAL(heap_object_count(), objects);
    CU_ASSERT_EQUAL(mem_stats().bytes_in_use, bytes);
}

/* ---- builtins ---------------------------------------------------------- */

static void test_builtin_errors(void)
{
    expect_error(CALL("len", 2, num(1), num(2)), &exc_TypeError,
                 "len() takes exactly one argument (2 given)");
    expect_error(CALL("len", 1, num(1)), &exc_TypeError, "object of type 'int' has no len()");
    expect_error(CALL("int", 1, list_new(0)), &exc_TypeError,
                 "int() argument must be a string, a bytes-like object or a real number, not 'list'");
    expect_error(CALL("int", 1, str("x")), &exc_ValueError,
                 "invalid literal for int() with base 10: 'x'");
    expect_error(CALL("int", 1, str("1__0")), &exc_ValueError,
                 "invalid literal for int() with base 10: '1__0'");
    expect_error(CALL("isinstance", 2, num(1), num(2)), &exc_TypeError,
                 "isinstance() arg 2 must be a type, a tuple of types, or a union");
    expect_error(CALL("isinstance", 1, num(1)), &exc_TypeError,
                 "isinstance expected 2 arguments, got 1");
    expect_error(CALL("range", 1, str("a")), &exc_TypeError,
                 "'str' object cannot be interpreted as an integer");
    expect_error(CALL("range", 3, num(1), num(2), num(0)), &exc_ValueError,
                 "range() arg 3 must not be zero");
    expect_error(CALL0("range"), &exc_TypeError, "range expected at least 1 argument, got 0");
    expect_error(CALL("float", 1, str("x")), &exc_ValueError, "could not convert string to float: 'x'");
    expect_error(CALL("dict", 1, list_steal(1, num(1))), &exc_TypeError,
                 "cannot convert dictionary update sequence element #0 to a sequence");
    expect_error(CALL("getattr", 2, num(1), num(2)), &exc_TypeError,
                 "attribute name must be string, not 'int'");
    expect_error(CALL("max", 1, list_new(0)), &exc_ValueError, "max() arg is an empty sequence");
    expect_error(CALL("sum", 2, list_new(0), str("")), &exc_TypeError,
                 "sum() can't sum strings [use ''.join(seq) instead]");
    expect_error(CALL("abs", 1, str("a")), &exc_TypeError, "bad operand type for abs(): 'str'");
    expect_error(CALL("object", 1, num(1)), &exc_TypeError, "object() takes no arguments");
    expect_error(CALL("str", 2, num(1), num(2)), &exc_TypeError,
                 "str() argument 'encoding' must be str, not int");
    expect_error(CALL_KW("print", tuple_steal(1, str("sep")), 1, num(1)), &exc_TypeError,
                 "sep must be None or a string, not int");
    expect_error(CALL_KW("print", tuple_steal(1, str("foo")), 1, num(1)), &exc_TypeError,
                 "'foo' is an invalid keyword argument for print()");
}

static void expect_int(Object *result, int64_t value)
{
    CU_ASSERT_PTR_NOT_NULL_FATAL(result);
    CU_ASSERT_TRUE(object_is_type(result, &int_type) && INT_VALUE(result) == value);
    decref(result);
}

static void expect_repr(Object *result, const char *text)
{
    CU_ASSERT_PTR_NOT_NULL_FATAL(result);
    expect_str(object_repr(result), text);
    decref(result);
}

static void test_builtin_values(void)
{
    expect_int(CALL("len", 1, list_steal(2, num(1), num(2))), 2);
    expect_int(CALL("int", 1, str(" -12 ")), -12);
    expect_int(CALL("int", 1, str("1_000")), 1000);
    expect_int(CALL("int", 2, str("0x1f"), num(16)), 31);
    expect_int(CALL("int", 2, str("-0b101"), num(0)), -5);
    expect_int(CALL("int", 1, float_from_double(-3.9)), -3);
    expect_int(CALL("int", 1, bool_from(1)), 1);
    expect_int(CALL0("int"), 0);
    expect_repr(CALL("float", 1, str(" 1e3 ")), "1000.0");
    expect_repr(CALL("float", 1, str("-Infinity")), "-inf");
    expect_repr(CALL("hex", 1, num(255)), "'0xff'");
    expect_repr(CALL("hex", 1, num(-255)), "'-0xff'");
    expect_repr(CALL("isinstance", 2, bool_from(1), tuple_steal(2, incref((Object *)&str_type),
                 tuple_steal(1, incref((Object *)&int_type)))), "True");
    expect_repr(CALL("bool", 1, list_new(0)), "False");
    expect_repr(CALL("str", 1, num(42)), "'42'");
    expect_repr(CALL("repr", 1, str("a")), "\"'a'\"");
    expect_repr(CALL("tuple", 1, list_steal(2, num(1), num(2))), "(1, 2)");
    expect_repr(CALL("list", 1, str("ab")), "['a', 'b']");
    expect_repr(CALL_KW("dict", tuple_steal(1, str("k")), 1, num(1)), "{'k': 1}");
    expect_repr(CALL_KW("dict", tuple_steal(1, str("a")), 2,
                        list_steal(1, tuple_steal(2, str("a"), num(1))), num(2)), "{'a': 2}");
    expect_repr(CALL("min", 3, num(3), num(1), num(2)), "1");
    expect_repr(CALL("max", 1, str("abc")), "'c'");
    expect_repr(CALL_KW("max", tuple_steal(1, str("default")), 2, list_new(0), num(3)), "3");
    expect_repr(CALL("sum", 2, list_steal(2, num(1), num(2)), num(10)), "13");
    expect_repr(CALL("sorted", 1, list_steal(4, num(3), num(1), num(2), num(1))), "[1, 1, 2, 3]");
    expect_repr(CALL_KW("sorted", tuple_steal(1, str("reverse")), 2,
                        list_steal(3, num(1), num(3), num(2)), bool_from(1)), "[3, 2, 1]");
    expect_repr(CALL("getattr", 3, num(1), str("nope"), str("fallback")), "'fallback'");
    expect_repr(CALL("hasattr", 2, num(1), str("nope")), "False");
    expect_repr(CALL("abs", 1, num(-4)), "4");
    expect_repr(CALL("range", 2, num(1), num(4)), "range(1, 4)");
}

static void call_print(void *unused)
{
    (void)unused;
    Object *result = CALL_KW("print", tuple_steal(2, str("sep"), str("end")), 4,
                             num(1), str("a"), str("-"), str("!\n"));
    CU_ASSERT_PTR_NOT_NULL(result);
    xdecref(result);
}

static void test_print(void)
{
    expect_text(capture(1, call_print, NULL), "1-a!\n");
}

static void test_builtins_names(void)
{
    const char *names[] = {"int", "float", "str", "bool", "list", "tuple", "dict", "range",
                           "object", "type", "ValueError", "KeyboardInterrupt", "print",
                           "globals", "isinstance", "hasattr"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        CU_ASSERT_PTR_NOT_NULL(dict_get_item_cstr(runtime.builtins, names[i]));
    CU_ASSERT_PTR_NULL(dict_get_item_cstr(runtime.builtins, "None"));
}

/* ---- sys and time ------------------------------------------------------ */

static void test_getsizeof_list_growth(void)
{
    Object *list = list_new(0);
    size_t previous = sys_object_size(list);
    /* The struct and, as in CPython, the 16-byte GC header in front. */
    size_t struct_size = object_size(list) + sizeof(GCHead);
    CU_ASSERT_EQUAL(sizeof(GCHead), 16);
    CU_ASSERT_EQUAL(previous, struct_size);          /* no item buffer yet */
    int grew = 0;
    for (int i = 0; i < 20; i++) {
        Object *item = num(i);
        list_append(list, item);
        decref(item);
        size_t size = sys_object_size(list);
        CU_ASSERT_TRUE(size >= previous);
        CU_ASSERT_EQUAL(size, struct_size + (size_t)((ListObject *)list)->capacity * sizeof(Object *));
        grew += size > previous;
        previous = size;
    }
    CU_ASSERT_TRUE(grew >= 2);                       /* over-allocation: a few steps */
    Object *through_sys = call_in(sys_dict(), "getsizeof", NULL, 1, incref(list));
    CU_ASSERT_TRUE(through_sys && INT_VALUE(through_sys) == (int64_t)previous);
    xdecref(through_sys);
    decref(list);
}

static void test_sys_functions(void)
{
    Object *list = list_new(0);
    /* The count as the callee sees it: our reference and the argument's,
     * as sys.getrefcount(x) of a local x is 2 in CPython. */
    Object *count = call_in(sys_dict(), "getrefcount", NULL, 1, incref(list));
    CU_ASSERT_TRUE(count && INT_VALUE(count) == 2);
    xdecref(count);
    decref(list);
    expect_error(call_in(sys_dict(), "getrefcount", NULL, 0), &exc_TypeError,
                 "sys.getrefcount() takes exactly one argument (0 given)");
    expect_error(call_in(sys_dict(), "intern", NULL, 1, num(1)), &exc_TypeError,
                 "intern() argument must be str, not int");
    Object *a = str("hello_world"), *b = str("hello_world");
    Object *ia = call_in(sys_dict(), "intern", NULL, 1, a);
    Object *ib = call_in(sys_dict(), "intern", NULL, 1, b);
    CU_ASSERT_PTR_EQUAL(ia, ib);
    xdecref(ia);
    xdecref(ib);
    char *argv[] = {"script.py", "x"};
    sys_set_argv(2, argv);
    expect_str(object_repr(dict_get_item_cstr(sys_dict(), "argv")), "['script.py', 'x']");
    CU_ASSERT_PTR_EQUAL(dict_get_item_cstr(sys_dict(), "modules"), runtime.modules);
    Object *maxsize = dict_get_item_cstr(sys_dict(), "maxsize");
    CU_ASSERT_TRUE(maxsize && INT_VALUE(maxsize) == INT64_MAX);
}

static void test_perf_counter(void)
{
    Object *time = time_module_init();
    CU_ASSERT_PTR_NOT_NULL_FATAL(time);
    Object *first = call_in(MODULE_DICT(time), "perf_counter", NULL, 0);
    Object *second = call_in(MODULE_DICT(time), "perf_counter", NULL, 0);
    CU_ASSERT_TRUE(first && second && is_float(first) && FLOAT_VALUE(second) >= FLOAT_VALUE(first));
    xdecref(first);
    xdecref(second);
    expect_error(call_in(MODULE_DICT(time), "time", NULL, 1, num(1)), &exc_TypeError,
                 "time.time() takes no arguments (1 given)");
    decref(time);
}

/* ---- graph ------------------------------------------------------------- */

typedef struct DrawJob {
    Object *what;
    GraphOptions options;
    bool namespace;
} DrawJob;

static void draw(void *arg)
{
    DrawJob *job = arg;
    int status = job->namespace ? graph_write_namespace(stdout, job->what, &job->options)
                                : graph_write_dot(stdout, job->what, &job->options);
    CU_ASSERT_EQUAL(status, 0);
}

static int count_occurrences(const char *text, const char *needle)
{
    int count = 0;
    for (const char *p = text; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        count++;
    return count;
}

/* x = [1, 2]; y = [x, x] */
static void test_dot_namespace(void)
{
    Object *globals = dict_new();
    Object *x = list_steal(2, num(1), num(2));
    Object *y = list_steal(2, incref(x), incref(x));
    Object *name = str("__name__");
    dict_set_item(globals, name, name);
    decref(name);
    dict_set_item_cstr(globals, "x", x);
    dict_set_item_cstr(globals, "y", y);
    DrawJob job = {globals, {.max_depth = 3, .show_refcounts = true, .show_names = true}, true};
    char *dot = capture(1, draw, &job);
    CU_ASSERT_PTR_NOT_NULL(strstr(dot, "digraph minipy {"));
    CU_ASSERT_PTR_NOT_NULL(strstr(dot, "rankdir=LR"));
    CU_ASSERT_PTR_NOT_NULL(strstr(dot, "v0 [label=\"x\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(dot, "v1 [label=\"y\""));
    CU_ASSERT_PTR_NULL(strstr(dot, "__name__"));
    /* x: our reference, the dict's, and y's two */
    CU_ASSERT_PTR_NOT_NULL(strstr(dot, "n0 [label=\"list\\n2 items\\nrefcount 4\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(dot, "n1 [label=\"list\\n2 items\\nrefcount 2\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(dot, "n2 [label=\"int\\n1"));
    CU_ASSERT_PTR_NOT_NULL(strstr(dot, "n3 [label=\"int\\n2"));
    CU_ASSERT_EQUAL(count_occurrences(dot, "n1 -> n0;"), 2);
    CU_ASSERT_EQUAL(count_occurrences(dot, "n0 -> n2;"), 1);
    CU_ASSERT_EQUAL(count_occurrences(dot, "n0 -> n3;"), 1);
    CU_ASSERT_EQUAL(count_occurrences(dot, "v0 -> n0;"), 1);
    CU_ASSERT_EQUAL(count_occurrences(dot, "v1 -> n1;"), 1);
    CU_ASSERT_EQUAL(count_occurrences(dot, " -> "), 6);
    CU_ASSERT_PTR_NULL(strstr(dot, "0x"));                  /* no addresses */
    char *again = capture(1, draw, &job);
    CU_ASSERT_STRING_EQUAL(dot, again);                     /* deterministic */
    free(again);
    free(dot);
    decref(x);
    decref(y);
    decref(globals);
}

static void test_dot_roots(void)
{
    Object *x = list_steal(2, num(1), str("a\"b"));
    Object *y = list_steal(2, incref(x), incref(x));
    Object *roots = list_steal(1, incref(y));
    DrawJob job = {roots, {.max_depth = 1, .show_refcounts = true, .show_names = false}, false};
    char *dot = capture(1, draw, &job);
    /* The roots list's own reference is not counted. */
    CU_ASSERT_PTR_NOT_NULL(strstr(dot, "n0 [label=\"list\\n2 items\\nrefcount 1\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(dot, "n1 [label=\"list\\n2 items\\nrefcount 3\""));
    CU_ASSERT_PTR_NULL(strstr(dot, "  n2 ["));              /* depth 1 stops at x */
    CU_ASSERT_EQUAL(count_occurrences(dot, "n0 -> n1;"), 2);
    free(dot);
    job.options.max_depth = 2;
    dot = capture(1, draw, &job);
    CU_ASSERT_PTR_NOT_NULL(strstr(dot, "[label=\"str\\n'a\\\"b'"));  /* escaped quote */
    free(dot);
    decref(roots);
    decref(x);
    decref(y);
}

/* ---- main -------------------------------------------------------------- */

int main(void)
{
    static const TestEntry tests[] = {
        {"exception hierarchy", test_hierarchy},
        {"raise, match, fetch, restore", test_matching},
        {"str and repr of exceptions", test_str_and_repr},
        {"raise a class or an instance", test_raise_class_and_instance},
        {"exception attributes", test_attributes},
        {"SyntaxError object", test_syntax_error_object},
        {"exception classes defined in minipy", test_user_subclass},
        {"traceback printing", test_print_traceback},
        {"traceback without source lines", test_print_without_source},
        {"traceback folds a deep recursion", test_print_folds_repeats},
        {"SyntaxError printing", test_print_syntax_error},
        {"no leaks on error paths", test_no_leak_on_error_paths},
        {"builtins: error messages", test_builtin_errors},
        {"builtins: values", test_builtin_values},
        {"builtins: print", test_print},
        {"builtins: names", test_builtins_names},
        {"sys.getsizeof of a growing list", test_getsizeof_list_growth},
        {"sys functions", test_sys_functions},
        {"time.perf_counter", test_perf_counter},
        {"DOT of a namespace", test_dot_namespace},
        {"DOT of roots", test_dot_roots},
    };
    return RUN_SUITE("services", tests, CU_BRM_VERBOSE);
}
