/* error.c: the exception classes and raising (the printing: errprint.c).
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
#include "class.h"
#include "dict.h"
#if CHAPTER >= CH_CYCLES
#include "eval.h"
#include "frame.h"
#endif
#if CHAPTER >= CH_THRESHOLDS
#include "gc.h"
#endif
#include "int.h"
#include "list.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* ---- the exception object ---------------------------------------------- */

static int exception_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(EXC(self)->dict);
    VISIT(EXC(self)->args);
    VISIT(EXC(self)->traceback);
#if CHAPTER >= CH_CYCLES
    VISIT(EXC(self)->context);
#endif
    return 0;
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
bool error_syntax_location(Object *self, SyntaxLocation *loc)
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
Object *error_system_exit_code(Object *self)
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
        return incref(error_system_exit_code(self));
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
    if (str_equal_cstr(name, "__class__"))
        return object_set_class(self, value);
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
        .hash = identity_hash,      /* as every object without __eq__ */     \
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

/* ---- MemoryError without allocating (CPython's memerrors_freelist) ------
 * Raising MemoryError must not need the memory that just ran out, so the
 * runtime keeps MEMERRORS_SAVE instances made at start-up, off the
 * collector's lists and out of its count (as CPython's
 * preallocate_memerrors leaves them). From chapter 6 a dead MemoryError
 * goes back to the reserve through the recycle slot, as CPython's
 * MemoryError_dealloc puts it back on its free list. */
#if CHAPTER >= CH_THRESHOLDS
static bool memerror_recycle(Object *self)
{
    if (self->type != &exc_MemoryError || runtime.memerror_count == MEMERRORS_SAVE)
        return false;
    runtime.memerrors[runtime.memerror_count++] = self;
    return true;
}
#endif

void error_preallocate_memerrors(void)
{
#if CHAPTER >= CH_THRESHOLDS
    exc_MemoryError.recycle = memerror_recycle;
#endif
    Object *no_args = tuple_new(0);
    while (runtime.memerror_count < MEMERRORS_SAVE) {
        Object *exc = exception_new(&exc_MemoryError, no_args);
#if CHAPTER >= CH_THRESHOLDS
        gc_untrack(exc);
        gc_note_deallocation();         /* not counted as an allocation */
#endif
        runtime.memerrors[runtime.memerror_count++] = exc;
    }
    decref(no_args);
}

Object *error_no_memory(void)
{
    Object *no_args = tuple_new(0);     /* () is shared: nothing allocated */
    if (runtime.memerror_count == 0) {  /* all in use: try to make one */
        raise_current(exception_new(&exc_MemoryError, no_args));
        decref(no_args);
        return NULL;
    }
    Object *exc = runtime.memerrors[--runtime.memerror_count];
#if CHAPTER >= CH_THRESHOLDS
    object_reuse(exc, true);
#endif
    if (EXC(exc)->args == NULL)
        EXC(exc)->args = incref(no_args);
    decref(no_args);
    raise_current(exc);
    return NULL;
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
