/* error.c: the exception classes, raising, and printing tracebacks.
 *
 * Modelled on CPython's Objects/exceptions.c (the classes and their str and
 * repr), Python/errors.c (the "current exception" API) and
 * Python/pythonrun.c + Python/traceback.c (the printed report). An
 * exception is an ordinary object: its args tuple, an optional attribute
 * dict and the list of places it passed through on its way out.
 */
#include "error.h"

#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "dict.h"
#if CHAPTER >= CH_CYCLES
#include "eval.h"
#include "frame.h"
#endif
#include "int.h"
#include "list.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* ---- the exception object ---------------------------------------------- */

#define EXC(op) ((ExceptionObject *)(op))

/* Exceptions are hashable by identity, as every object without __eq__:
 * CPython's _Py_HashPointer rotates the address so that the low bits, zero
 * through alignment, do not all land in the same hash bucket. */
static int64_t exception_hash(Object *self)
{
    uintptr_t address = (uintptr_t)self;
    int64_t hash = (int64_t)((address >> 4) | (address << (8 * sizeof(address) - 4)));
    return hash == -1 ? -2 : hash;
}

static void exception_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(EXC(self)->dict);
    VISIT(EXC(self)->args);
    VISIT(EXC(self)->traceback);
#if CHAPTER >= CH_CYCLES
    VISIT(EXC(self)->context);
#endif
}

static void exception_clear(Object *self)
{
    CLEAR_SLOT(EXC(self)->dict);
    CLEAR_SLOT(EXC(self)->args);
    CLEAR_SLOT(EXC(self)->traceback);
#if CHAPTER >= CH_CYCLES
    CLEAR_SLOT(EXC(self)->context);
#endif
}

/* Has a class defined in minipy code its own __init__? Then, as in CPython,
 * the arguments are that __init__'s business, not BaseException's. */
static bool has_own_init(Type *type)
{
    if (!(type->flags & TYPE_HEAP))
        return false;
    Object *name = str_intern_cstr("__init__");
    Object *init = type_lookup(type, name);
    decref(name);
    return init != NULL;
}

/* Allocate an instance with `args` (stolen). Classes made by a class
 * statement may be bigger than ExceptionObject (class.c decides their
 * basic_size), never smaller. */
static Object *exception_alloc(Type *type, Object *args)
{
    size_t size = type->basic_size > sizeof(ExceptionObject)
                      ? type->basic_size : sizeof(ExceptionObject);
    ExceptionObject *exc = (ExceptionObject *)object_new(type, size);
    exc->args = args;
    return (Object *)exc;
}

/* The construct slot of every exception class, also reached by subclasses
 * defined in minipy through the parent chain: BaseException_new followed by
 * BaseException_init. A user-defined __init__ runs after this (type call). */
static Object *exception_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    if (kwnames && TUPLE_SIZE(kwnames) > 0 && !has_own_init(type))
        return error_format(&exc_TypeError, "%s() takes no keyword arguments", type->name);
    Object *tuple = tuple_new((intptr_t)nargs);
    if (tuple == NULL)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        TUPLE_ITEMS(tuple)[i] = incref(args[i]);
    return exception_alloc(type, tuple);
}

Object *exception_new(Type *type, Object *args)
{
    return exception_alloc(type, incref(args));
}

/* ---- str and repr ------------------------------------------------------ */

/* str(e): no args "", one arg str(arg), else str(args). */
static Object *exception_str(Object *self)
{
    Object *args = EXC(self)->args;
    switch (TUPLE_SIZE(args)) {
    case 0: return str_from_cstr("");
    case 1: return object_str(TUPLE_ITEMS(args)[0]);
    default: return object_str(args);
    }
}

/* KeyError shows the key as Python would write it: d['a'] fails with
 * KeyError: 'a', so that an empty-string key is still visible. */
static Object *keyerror_str(Object *self)
{
    Object *args = EXC(self)->args;
    if (TUPLE_SIZE(args) == 1)
        return object_repr(TUPLE_ITEMS(args)[0]);
    return exception_str(self);
}

/* repr(e): ZeroDivisionError('division by zero'), ValueError(1, 2), E(). */
static Object *exception_repr(Object *self)
{
    Object *args = EXC(self)->args;
    if (TUPLE_SIZE(args) == 1)
        return str_format("%s(%R)", self->type->name, TUPLE_ITEMS(args)[0]);
    return str_format("%s%R", self->type->name, args);
}

/* ---- SyntaxError's location -------------------------------------------- */

/* A SyntaxError raised by the parser carries
 * (msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
 * All borrowed; offsets are 1-based columns, -1 when unknown. */
typedef struct SyntaxLocation {
    Object *msg;
    Object *filename;       /* None: "<string>" */
    int64_t lineno;
    int64_t offset;
    Object *text;           /* None when the source is unknown */
    int64_t end_lineno;
    int64_t end_offset;
} SyntaxLocation;

static Object *syntax_details(Object *self)
{
    Object *args = EXC(self)->args;
    if (TUPLE_SIZE(args) != 2 || !is_tuple(TUPLE_ITEMS(args)[1]))
        return NULL;
    Object *details = TUPLE_ITEMS(args)[1];
    return TUPLE_SIZE(details) >= 4 ? details : NULL;
}

static int64_t int_or(Object *op, int64_t fallback)
{
    return is_int(op) ? INT_VALUE(op) : fallback;
}

/* Fill `loc` the way CPython's parse_syntax_error reads the attributes;
 * false when the exception carries no usable location (then it is
 * printed like any other exception). */
static bool syntax_location(Object *self, SyntaxLocation *loc)
{
    Object *details = syntax_details(self);
    if (details == NULL || !is_int(TUPLE_ITEMS(details)[1]))
        return false;
    Object **item = TUPLE_ITEMS(details);
    loc->msg = TUPLE_ITEMS(EXC(self)->args)[0];
    loc->filename = item[0];
    loc->lineno = INT_VALUE(item[1]);
    loc->offset = int_or(item[2], -1);
    loc->text = item[3];
    bool has_end = TUPLE_SIZE(details) >= 6;
    loc->end_lineno = has_end ? int_or(item[4], loc->lineno) : loc->lineno;
    loc->end_offset = has_end ? int_or(item[5], -1) : -1;
    return true;
}

static bool is_syntax_error(Object *op)
{
    return object_is_instance_of(op, &exc_SyntaxError);
}

/* The last component of a path, as CPython's my_basename. */
static const char *path_basename(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* str(SyntaxError): "msg (file.py, line 3)", as SyntaxError_str. */
static Object *syntaxerror_str(Object *self)
{
    Object *args = EXC(self)->args;
    Object *msg = TUPLE_SIZE(args) >= 1 ? TUPLE_ITEMS(args)[0] : None;
    Object *details = syntax_details(self);
    if (details == NULL || TUPLE_SIZE(args) != 2)
        return object_str(msg);
    Object *filename = TUPLE_ITEMS(details)[0];
    Object *lineno = TUPLE_ITEMS(details)[1];
    bool has_file = is_str(filename), has_line = is_int(lineno);
    if (has_file && has_line)
        return str_format("%S (%s, line %ld)", msg, path_basename(STR_DATA(filename)),
                          (long)INT_VALUE(lineno));
    if (has_file)
        return str_format("%S (%s)", msg, path_basename(STR_DATA(filename)));
    if (has_line)
        return str_format("%S (line %ld)", msg, (long)INT_VALUE(lineno));
    return object_str(msg);
}

/* ---- attributes -------------------------------------------------------- */

/* SyntaxError's msg, filename, lineno, offset, text (None when absent). */
static Object *syntax_attribute(Object *self, Object *name)
{
    static const char *const fields[] = {"filename", "lineno", "offset", "text"};
    Object *args = EXC(self)->args;
    if (str_equal_cstr(name, "msg"))
        return incref(TUPLE_SIZE(args) >= 1 ? TUPLE_ITEMS(args)[0] : None);
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (str_equal_cstr(name, fields[i])) {
            Object *details = syntax_details(self);
            return incref(details ? TUPLE_ITEMS(details)[i] : None);
        }
    }
    return NULL;
}

/* SystemExit's code: None for no argument, the argument for one, the
 * args tuple for several (CPython's SystemExit_init). Borrowed. */
static Object *system_exit_code(Object *self)
{
    Object *args = EXC(self)->args;
    if (TUPLE_SIZE(args) <= 1)
        return TUPLE_SIZE(args) == 0 ? None : TUPLE_ITEMS(args)[0];
    return args;
}

/* e.args (and a SystemExit's e.code), then the instance dict, then the
 * class (methods of a subclass defined in minipy) through the generic
 * lookup. */
static Object *exception_getattr(Object *self, Object *name)
{
    if (str_equal_cstr(name, "args"))
        return incref(EXC(self)->args);
    if (str_equal_cstr(name, "code") && type_is_subtype(self->type, &exc_SystemExit))
        return incref(system_exit_code(self));
#if CHAPTER >= CH_CYCLES
    if (str_equal_cstr(name, "__traceback__"))
        return incref(EXC(self)->traceback ? EXC(self)->traceback : None);
    if (str_equal_cstr(name, "__context__"))
        return incref(EXC(self)->context ? EXC(self)->context : None);
#endif
    if (is_syntax_error(self)) {
        Object *value = syntax_attribute(self, name);
        if (value)
            return value;
    }
    if (EXC(self)->dict) {
        Object *value = dict_get_item(EXC(self)->dict, name);
        if (value)
            return incref(value);
        if (error_occurred())
            return NULL;
    }
    return generic_getattr(self, name);
}

static Object *no_attribute(Object *self, Object *name)
{
    return error_format(&exc_AttributeError, "'%s' object has no attribute '%S'",
                        self->type->name, name);
}

#if CHAPTER >= CH_CYCLES
/* e.__traceback__ = tb or None (CPython's BaseException_set_tb). */
static int set_traceback(ExceptionObject *exc, Object *value)
{
    if (value == NULL) {
        error_set_string(&exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value != None && !is_traceback(value)) {
        error_set_string(&exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    object_set_slot(&exc->traceback, value == None ? NULL : incref(value));
    return 0;
}

/* e.__context__ = exception or None (BaseException_set_context). */
static int set_context(ExceptionObject *exc, Object *value)
{
    if (value == NULL) {
        error_set_string(&exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (value != None && !object_is_instance_of(value, &exc_BaseException)) {
        error_set_string(&exc_TypeError,
                         "exception context must be None or derive from BaseException");
        return -1;
    }
    object_set_slot(&exc->context, value == None ? NULL : incref(value));
    return 0;
}
#endif

/* e.args = x stores tuple(x); anything else goes to the instance dict,
 * made on first use (most exceptions never get one). */
static int exception_setattr(Object *self, Object *name, Object *value)
{
    ExceptionObject *exc = EXC(self);
#if CHAPTER >= CH_CYCLES
    if (str_equal_cstr(name, "__traceback__"))
        return set_traceback(exc, value);
    if (str_equal_cstr(name, "__context__"))
        return set_context(exc, value);
#endif
    if (str_equal_cstr(name, "args")) {
        if (value == NULL) {
            error_set_string(&exc_TypeError, "args may not be deleted");
            return -1;
        }
        Object *args = tuple_from_iterable(value);
        if (args == NULL)
            return -1;
        object_set_slot(&exc->args, args);
        return 0;
    }
    if (value == NULL) {
        if (exc->dict == NULL || dict_get_item(exc->dict, name) == NULL) {
            if (!error_occurred())
                no_attribute(self, name);
            return -1;
        }
        return dict_del_item(exc->dict, name);
    }
    if (exc->dict == NULL)
        exc->dict = dict_new();
    return dict_set_item(exc->dict, name, value);
}

/* ---- the classes ------------------------------------------------------- */

/* Every class fills every slot itself rather than relying on inheritance,
 * so a static class never depends on the order classes are set up in. */
#define EXCEPTION_CLASS(cname, parent_type, str_slot)                        \
    Type exc_##cname = {                                                     \
        .base = TYPE_HEAD_INIT,                                               \
        .name = #cname,                                                      \
        .basic_size = sizeof(ExceptionObject),                               \
        .parent = parent_type,                                               \
        .flags = TYPE_EXCEPTION | TYPE_BASETYPE | TYPE_CONTAINER,            \
        .dealloc = object_dealloc_default,                                   \
        .traverse = exception_traverse,                                      \
        .clear = exception_clear,                                            \
        .repr = exception_repr,                                              \
        .str = str_slot,                                                     \
        .hash = exception_hash,                                              \
        .construct = exception_construct,                                    \
        .getattr = exception_getattr,                                        \
        .setattr = exception_setattr,                                        \
    }

EXCEPTION_CLASS(BaseException, &object_type, exception_str);
EXCEPTION_CLASS(SystemExit, &exc_BaseException, exception_str);
EXCEPTION_CLASS(KeyboardInterrupt, &exc_BaseException, exception_str);
EXCEPTION_CLASS(Exception, &exc_BaseException, exception_str);
EXCEPTION_CLASS(ArithmeticError, &exc_Exception, exception_str);
EXCEPTION_CLASS(ZeroDivisionError, &exc_ArithmeticError, exception_str);
EXCEPTION_CLASS(OverflowError, &exc_ArithmeticError, exception_str);
EXCEPTION_CLASS(AssertionError, &exc_Exception, exception_str);
EXCEPTION_CLASS(AttributeError, &exc_Exception, exception_str);
EXCEPTION_CLASS(ImportError, &exc_Exception, exception_str);
EXCEPTION_CLASS(ModuleNotFoundError, &exc_ImportError, exception_str);
EXCEPTION_CLASS(LookupError, &exc_Exception, exception_str);
EXCEPTION_CLASS(IndexError, &exc_LookupError, exception_str);
EXCEPTION_CLASS(KeyError, &exc_LookupError, keyerror_str);
EXCEPTION_CLASS(MemoryError, &exc_Exception, exception_str);
EXCEPTION_CLASS(NameError, &exc_Exception, exception_str);
EXCEPTION_CLASS(OSError, &exc_Exception, exception_str);
EXCEPTION_CLASS(UnboundLocalError, &exc_NameError, exception_str);
EXCEPTION_CLASS(ReferenceError, &exc_Exception, exception_str);
EXCEPTION_CLASS(RuntimeError, &exc_Exception, exception_str);
EXCEPTION_CLASS(NotImplementedError, &exc_RuntimeError, exception_str);
EXCEPTION_CLASS(RecursionError, &exc_RuntimeError, exception_str);
EXCEPTION_CLASS(StopIteration, &exc_Exception, exception_str);
EXCEPTION_CLASS(SyntaxError, &exc_Exception, syntaxerror_str);
EXCEPTION_CLASS(IndentationError, &exc_SyntaxError, syntaxerror_str);
EXCEPTION_CLASS(TabError, &exc_IndentationError, syntaxerror_str);
EXCEPTION_CLASS(TypeError, &exc_Exception, exception_str);
EXCEPTION_CLASS(ValueError, &exc_Exception, exception_str);

Type *const exception_classes[] = {
    &exc_BaseException, &exc_SystemExit, &exc_KeyboardInterrupt, &exc_Exception,
    &exc_ArithmeticError, &exc_ZeroDivisionError, &exc_OverflowError,
    &exc_AssertionError, &exc_AttributeError, &exc_ImportError,
    &exc_ModuleNotFoundError, &exc_LookupError, &exc_IndexError, &exc_KeyError,
    &exc_MemoryError, &exc_NameError, &exc_OSError, &exc_UnboundLocalError, &exc_ReferenceError,
    &exc_RuntimeError, &exc_NotImplementedError, &exc_RecursionError,
    &exc_StopIteration, &exc_SyntaxError, &exc_IndentationError, &exc_TabError, &exc_TypeError,
    &exc_ValueError, NULL,
};

/* ---- the current exception (CPython's PyErr_* API) --------------------- */

/* Make `exception` (stolen) the current one, dropping any earlier one. */
static void set_current(Object *exception)
{
    object_set_slot(&runtime.current_exception, exception);
}

#if CHAPTER >= CH_CYCLES
/* Implicit chaining (CPython's _PyErr_SetObject): an exception raised
 * while another is being handled records that one as its __context__.
 * If `exception` is already in the handled one's context chain, that link
 * is cut, so the chain never becomes a cycle; a cycle made by assigning
 * __context__ is detected (Floyd's tortoise and hare) and left alone. */
static void chain_context(Object *exception)
{
    Object *handled = eval_handled_exception();
    if (handled == NULL || handled == exception)
        return;
    Object *slow = handled;
    bool move_slow = false;
    for (Object *o = handled; EXC(o)->context != NULL;) {
        if (EXC(o)->context == exception) {
            CLEAR_SLOT(EXC(o)->context);
            break;
        }
        o = EXC(o)->context;
        if (o == slow)
            break;
        if (move_slow)
            slow = EXC(slow)->context;
        move_slow = !move_slow;
    }
    object_set_slot(&EXC(exception)->context, incref(handled));
}
#endif

/* A new raise of `exception` (stolen), as opposed to error_restore. */
static void raise_current(Object *exception)
{
#if CHAPTER >= CH_CYCLES
    chain_context(exception);
#endif
    set_current(exception);
}

Object *error_format(Type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Object *message = str_format_v(fmt, ap);
    va_end(ap);
    if (message == NULL)
        return NULL;
    Object *args = tuple_pack(1, message);
    decref(message);
    if (args == NULL)
        return NULL;
    raise_current(exception_alloc(type, args));
    return NULL;
}

Object *error_set_string(Type *type, const char *message)
{
    return error_format(type, "%s", message);
}

static bool is_exception_class(Object *op)
{
    return object_is_instance_of(op, &type_type)
        && type_is_subtype((Type *)op, &exc_BaseException);
}

/* `raise X`: an instance is raised as it is; a class is called with no
 * arguments first (running a user-defined __init__), as
 * _PyErr_CreateException does. */
void error_set_object(Object *exception)
{
    if (object_is_instance_of(exception, &exc_BaseException)) {
        raise_current(incref(exception));
        return;
    }
    if (!is_exception_class(exception)) {
        error_set_string(&exc_TypeError, "exceptions must derive from BaseException");
        return;
    }
    Object *instance = object_call(exception, NULL, 0, NULL);
    if (instance == NULL)
        return;
    if (!object_is_instance_of(instance, &exc_BaseException)) {
        error_format(&exc_TypeError,
                     "calling %R should have returned an instance of BaseException, not %s",
                     exception, instance->type->name);
        decref(instance);
        return;
    }
    raise_current(instance);
}

bool error_occurred(void)
{
    return runtime.current_exception != NULL;
}

bool error_matches(Type *type)
{
    Object *current = runtime.current_exception;
    return current != NULL && type_is_subtype(current->type, type);
}

Object *error_fetch(void)
{
    Object *current = runtime.current_exception;
    runtime.current_exception = NULL;
    return current;
}

void error_restore(Object *exception)
{
    set_current(exception);
}

void error_clear(void)
{
    set_current(NULL);
}

Object *error_key(Object *key)
{
    Object *args = tuple_pack(1, key);
    if (args == NULL)
        return NULL;
    raise_current(exception_alloc(&exc_KeyError, args));
    return NULL;
}

/* ---- tracebacks -------------------------------------------------------- */

#if CHAPTER >= CH_CYCLES
/* Each entry is a traceback object put in front of the chain as the
 * evaluator unwinds, so the chain reads outermost first, as printed. The
 * exception keeps it across `except ... as e: raise e`, which adds the new
 * frames in front. A traceback keeps its frame alive, and the frame its
 * locals: store the exception in one of them, and there is a cycle. */
void error_add_traceback(Object *frame, int line, const char *source_line)
{
    ExceptionObject *exc = EXC(runtime.current_exception);
    if (exc == NULL)
        return;
    Object *saved = error_fetch();      /* building the entry must not see it */
    Object *source = source_line ? str_from_cstr(source_line) : NULL;
    Object *next = exc->traceback ? incref(exc->traceback) : NULL;
    object_set_slot(&exc->traceback, traceback_new(next, frame, line, source));
    xdecref(next);
    xdecref(source);
    error_clear();                      /* a failure here loses the entry, not the error */
    error_restore(saved);
}
#else
/* Entries are appended as the evaluator unwinds, so the list reads
 * innermost first; error_print walks it backwards. The exception keeps the
 * list across `except ... as e: raise e`, which adds the new frames, just as
 * CPython prepends to e.__traceback__. Each entry is a tuple
 * (filename, line, function, source line or None); no frames are kept
 * alive, so a traceback never makes a reference cycle. */
void error_add_traceback(Object *filename, int line, const char *function,
                         const char *source_line)
{
    ExceptionObject *exc = EXC(runtime.current_exception);
    if (exc == NULL)
        return;
    Object *saved = error_fetch();      /* building the entry must not see it */
    Object *line_number = int_from_i64(line);
    Object *function_name = str_from_cstr(function);
    Object *source = source_line ? str_from_cstr(source_line) : incref(None);
    Object *entry = NULL;
    if (line_number && function_name && source)
        entry = tuple_pack(4, filename, line_number, function_name, source);
    xdecref(line_number);
    xdecref(function_name);
    xdecref(source);
    if (entry) {
        if (exc->traceback == NULL)
            exc->traceback = list_new(0);
        if (exc->traceback)
            list_append(exc->traceback, entry);
        decref(entry);
    }
    error_clear();                      /* a failure here loses the entry, not the error */
    error_restore(saved);
}
#endif

/* ---- printing ---------------------------------------------------------- */

static void write_str(Object *text, FILE *out)
{
    fwrite(STR_DATA(text), 1, STR_SIZE(text), out);
}

/* CPython prints at most sys.tracebacklimit (1000) entries, the innermost
 * ones, and folds a run of identical entries (a deep recursion) after the
 * third into one "[Previous line repeated N more times]". */
#define TRACEBACK_LIMIT 1000
#define TRACEBACK_RECURSIVE_CUTOFF 3

/* One traceback entry as the printer sees it (all borrowed). */
typedef struct Place {
    Object *filename;
    long line;
    Object *function;
    Object *source;         /* str, or NULL: no source line shown */
} Place;

static void print_entry(const Place *entry, FILE *out)
{
    fputs("  File \"", out);
    write_str(entry->filename, out);
    fprintf(out, "\", line %ld, in ", entry->line);
    write_str(entry->function, out);
    fputc('\n', out);
    if (entry->source == NULL)
        return;
    /* CPython 3.11 strips the leading whitespace only. It also underlines
     * the failing expression with ~~~^^^ lines (PEP 657); minipy
     * deliberately leaves them out: its tree walker does not track end
     * columns, and the book's outputs stay stable. */
    const char *source = STR_DATA(entry->source);
    source += strspn(source, " \t\f");
    fprintf(out, "    %s\n", source);
}

/* Same file, line and function: what CPython's tb_print_internal compares. */
static bool same_place(const Place *a, const Place *b)
{
    return a->line == b->line && object_equal(a->filename, b->filename) == 1
        && object_equal(a->function, b->function) == 1;
}

static void print_repeated(intptr_t count, FILE *out)
{
    count -= TRACEBACK_RECURSIVE_CUTOFF;
    fprintf(out, "  [Previous line repeated %ld more time%s]\n", (long)count,
            count > 1 ? "s" : "");
}

/* The entries go through here outermost first; a run of the same place
 * is printed three times, then folded. */
typedef struct EntryPrinter {
    FILE *out;
    Place last;
    intptr_t repeats;       /* of `last` so far; 0 before the first entry */
} EntryPrinter;

static void printer_add(EntryPrinter *printer, const Place *entry)
{
    if (printer->repeats == 0 || !same_place(entry, &printer->last)) {
        if (printer->repeats > TRACEBACK_RECURSIVE_CUTOFF)
            print_repeated(printer->repeats, printer->out);
        printer->last = *entry;
        printer->repeats = 0;
    }
    if (++printer->repeats <= TRACEBACK_RECURSIVE_CUTOFF)
        print_entry(entry, printer->out);
}

static void printer_end(EntryPrinter *printer)
{
    if (printer->repeats > TRACEBACK_RECURSIVE_CUTOFF)
        print_repeated(printer->repeats, printer->out);
}

#if CHAPTER >= CH_CYCLES
/* The chain is outermost first, as printed; only its innermost
 * TRACEBACK_LIMIT entries are (CPython's tb_print skips the others). */
static void print_traceback(Object *traceback, FILE *out)
{
    fputs("Traceback (most recent call last):\n", out);
    intptr_t depth = 0;
    for (Object *tb = traceback; tb != NULL; tb = ((TracebackObject *)tb)->next)
        depth++;
    EntryPrinter printer = {.out = out};
    for (Object *tb = traceback; tb != NULL; tb = ((TracebackObject *)tb)->next, depth--) {
        if (depth > TRACEBACK_LIMIT)
            continue;
        TracebackObject *entry = (TracebackObject *)tb;
        FrameObject *frame = (FrameObject *)entry->frame;
        Place place = {frame->filename, entry->lineno, frame->code->name, entry->source};
        printer_add(&printer, &place);
    }
    printer_end(&printer);
}
#else
/* The list is innermost first: print it backwards, outermost first. */
static void print_traceback(Object *traceback, FILE *out)
{
    fputs("Traceback (most recent call last):\n", out);
    intptr_t size = LIST_SIZE(traceback);
    intptr_t first = size > TRACEBACK_LIMIT ? TRACEBACK_LIMIT - 1 : size - 1;
    EntryPrinter printer = {.out = out};
    for (intptr_t i = first; i >= 0; i--) {
        Object **item = TUPLE_ITEMS(LIST_ITEMS(traceback)[i]);
        Place place = {item[0], (long)INT_VALUE(item[1]), item[2],
                       item[3] == None ? NULL : item[3]};
        printer_add(&printer, &place);
    }
    printer_end(&printer);
}
#endif

/* The source line and caret of a SyntaxError, exactly as CPython's
 * print_error_text: strip leading whitespace (moving the caret with it),
 * keep only the line the offset points into, and draw no caret that would
 * fall left of the text. */
static void print_error_text(int64_t offset, int64_t end_offset, const char *text, FILE *out)
{
    int64_t carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;                                   /* 1-based to 0-based */
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    int64_t length = (int64_t)strlen(text);
    if (length > 0 && text[length - 1] == '\n')
        length--;
    if (offset > length)
        offset = length;
    for (const char *newline; (newline = strchr(text, '\n')) != NULL;) {
        int64_t skip = newline - text;
        if (skip >= offset)
            break;
        skip++;
        text += skip;
        length -= skip;
        offset -= skip;
    }
    fprintf(out, "    %s", text);
    if (text[length] != '\n')
        fputc('\n', out);
    if (offset < 0)
        return;
    fputs("    ", out);
    for (int64_t i = 0; i < offset; i++)
        fputc(' ', out);
    for (int64_t i = 0; i < carets; i++)
        fputc('^', out);
    fputc('\n', out);
}

/* "  File "t.py", line 1" / source / caret, as CPython's print_exception
 * writes them for a SyntaxError; the last line then shows the bare msg
 * (exception_summary). A multi-line span is underlined to the end of its
 * first line, and never past the text. */
static void print_syntax_location(const SyntaxLocation *loc, FILE *out)
{
    fputs("  File \"", out);
    if (is_str(loc->filename))
        write_str(loc->filename, out);
    else
        fputs("<string>", out);
    fprintf(out, "\", line %ld\n", (long)loc->lineno);
    if (!is_str(loc->text))
        return;
    int64_t line_size = (int64_t)STR_SIZE(loc->text);
    int64_t end_offset = loc->end_offset;
    if (loc->end_lineno > loc->lineno)
        end_offset = line_size;             /* underline to the end of the first line */
    if (end_offset > line_size + 1)
        end_offset = line_size + 1;
    print_error_text(loc->offset, end_offset, STR_DATA(loc->text), out);
}

/* The class name as CPython prints it: qualified by its module unless that
 * is builtins or __main__ (classes made by class statements record
 * __module__ in their dict). */
static Object *class_display_name(Type *type)
{
    Object *module = NULL;
    if ((type->flags & TYPE_HEAP) && type->dict)
        module = dict_get_item_cstr(type->dict, "__module__");
    if (module && is_str(module) && !str_equal_cstr(module, "builtins")
        && !str_equal_cstr(module, "__main__"))
        return str_format("%S.%s", module, type->name);
    return str_from_cstr(type->name);
}

/* "Type: message", or "Type" alone when str(message) is empty. */
static Object *summary_with_message(Object *exception, Object *message)
{
    Object *name = class_display_name(exception->type);
    if (name == NULL)
        return NULL;
    Object *text = object_str(message);
    Object *summary;
    if (text == NULL) {
        error_clear();
        summary = str_format("%S: <exception str() failed>", name);
    } else if (STR_SIZE(text) == 0) {
        summary = incref(name);
    } else {
        summary = str_format("%S: %S", name, text);
    }
    xdecref(text);
    decref(name);
    return summary;
}

Object *exception_summary(Object *exception)
{
    SyntaxLocation loc;
    if (is_syntax_error(exception) && syntax_location(exception, &loc))
        return summary_with_message(exception, loc.msg);
    return summary_with_message(exception, exception);
}

int error_system_exit(void)
{
    if (!error_matches(&exc_SystemExit))
        return -1;
    Object *exception = error_fetch();
    Object *code = system_exit_code(exception);
    int status = 0;
    if (is_int(code)) {
        status = (int)INT_VALUE(code);
    } else if (code != None) {
        fflush(stdout);
        Object *text = object_str(code);
        if (text) {
            write_str(text, stderr);
            decref(text);
        } else {
            error_clear();      /* a failing __str__: the status still stands */
        }
        fputc('\n', stderr);
        status = 1;
    }
    decref(exception);
    return status;
}

/* One exception: its traceback, then "Type: message". */
static void print_exception(Object *exception, FILE *out)
{
    Object *traceback = EXC(exception)->traceback;
#if CHAPTER >= CH_CYCLES
    if (traceback)
#else
    if (traceback && LIST_SIZE(traceback) > 0)
#endif
        print_traceback(traceback, out);
    SyntaxLocation loc;
    if (is_syntax_error(exception) && syntax_location(exception, &loc))
        print_syntax_location(&loc, out);
    Object *summary = exception_summary(exception);
    if (summary) {
        write_str(summary, out);
        fputc('\n', out);
        decref(summary);
    } else {
        error_clear();
        fprintf(out, "%s\n", exception->type->name);
    }
}

#if CHAPTER >= CH_CYCLES
/* The exceptions of the chain printed so far, innermost call first
 * (CPython's `seen` set: a chain made into a cycle by assigning
 * __context__ is printed once around). */
typedef struct Seen {
    Object *exception;
    const struct Seen *next;
    int depth;
} Seen;

static bool seen_before(const Seen *seen, Object *exception)
{
    for (; seen != NULL; seen = seen->next)
        if (seen->exception == exception)
            return true;
    return false;
}

/* The context first, then the exception (CPython's
 * print_exception_recursive). The context is held while it is printed:
 * its __str__ may be Python code that changes the chain. */
static void print_chain(Object *exception, const Seen *seen, FILE *out)
{
    Seen here = {exception, seen, seen ? seen->depth + 1 : 0};
    Object *context = EXC(exception)->context;
    if (context != NULL && !seen_before(&here, context) && here.depth < RECURSION_LIMIT) {
        incref(context);
        print_chain(context, &here, out);
        decref(context);
        fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
    }
    print_exception(exception, out);
}
#endif

/* Print `exception` (stolen) on stderr, its context chain first unless
 * `alone` (CPython's unraisable hook shows the last exception only). */
static void print_and_drop(Object *exception, bool alone)
{
    if (exception == NULL)
        return;
    /* What the program printed comes first; but, as CPython's unraisable
     * hook, a report of an ignored exception leaves stdout's buffer alone
     * (with 2>&1 it shows before output still buffered, as CPython's). */
    if (!alone)
        fflush(stdout);
#if CHAPTER >= CH_CYCLES
    if (!alone)
        print_chain(exception, NULL, stderr);
    else
#else
    (void)alone;
#endif
        print_exception(exception, stderr);
    fflush(stderr);
    decref(exception);
}

void error_print(void)
{
    print_and_drop(error_fetch(), false);
}

#if CHAPTER >= CH_REFCOUNT
void error_write_unraisable(Object *where)
{
    Object *exception = error_fetch();
    Object *text = object_repr(where);
    fprintf(stderr, "Exception ignored in: %s\n", text ? STR_DATA(text) : "<object>");
    xdecref(text);
    if (text == NULL)
        error_clear();
    print_and_drop(exception, true);
}
#endif
