/* error.h: exceptions, the way CPython's C API raises them.
 *
 * A failing C function sets runtime.current_exception and returns NULL (or
 * -1); every caller either handles the exception or passes the failure up.
 * Exception objects are ordinary minipy objects: `raise`, `except E as e`
 * and the traceback printer all work on them.
 */
#ifndef MINIPY_ERROR_H
#define MINIPY_ERROR_H

#include <stdarg.h>

#include "object.h"

/* The built-in exception classes (CPython's hierarchy, trimmed). */
extern Type exc_BaseException, exc_Exception, exc_ArithmeticError,
    exc_AssertionError, exc_AttributeError, exc_ImportError,
    exc_ModuleNotFoundError, exc_IndentationError, exc_IndexError, exc_KeyError, exc_LookupError,
    exc_MemoryError, exc_NameError, exc_OSError, exc_NotImplementedError, exc_OverflowError,
    exc_RecursionError, exc_ReferenceError, exc_RuntimeError, exc_StopIteration,
    exc_SyntaxError, exc_SystemExit, exc_TabError, exc_TypeError, exc_UnboundLocalError,
    exc_ValueError, exc_ZeroDivisionError, exc_KeyboardInterrupt;

/* Every built-in exception class, in hierarchy order, NULL-terminated
 * (builtins.c binds each under its name). */
extern Type *const exception_classes[];

/* An exception instance: an attribute dict (e.g. for subclasses defined in
 * minipy code), its args tuple, and where it was raised. The dict comes
 * first, right after the header, as in CPython's PyBaseExceptionObject. */
typedef struct ExceptionObject {
    Object base;
    Object *dict;           /* dict or NULL (made on first attribute store) */
    Object *args;           /* tuple */
#if CHAPTER >= CH_CYCLES
    Object *traceback;      /* __traceback__: the traceback object (frame.h)
                             * of the outermost frame it passed through,
                             * whose tb_next is the next inner one; or NULL */
    Object *context;        /* __context__: the exception being handled
                             * when this one was raised, or NULL */
#else
    Object *traceback;      /* list of (filename, line, function, source
                             * line or None), innermost first; or NULL */
#endif
#if CHAPTER >= CH_REFCOUNT && CHAPTER < CH_THRESHOLDS
    bool finalized;         /* __del__ of a subclass already ran (from
                             * chapter 6 a flag of the GC header) */
#endif
} ExceptionObject;

#define EXC(op) ((ExceptionObject *)(op))

static inline bool is_syntax_error(Object *op)
{
    return object_is_instance_of(op, &exc_SyntaxError);
}

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
/* Fill `loc` from a SyntaxError's args; false when it carries none. */
bool error_syntax_location(Object *exc, SyntaxLocation *loc);
/* SystemExit's code: None, its one argument, or its args (borrowed). */
Object *error_system_exit_code(Object *exc);

/* Raise `type` with a message formatted like printf (%s %d %ld %zd %c,
 * plus %R: repr of an Object *, %S: str of an Object *, %T: type name of an
 * Object *). Returns NULL so callers can `return error_format(...)`. */
Object *error_format(Type *type, const char *fmt, ...);
Object *error_set_string(Type *type, const char *message);
/* Raise an exception instance or class (steals nothing). A class is
 * called with no arguments, which runs a user-defined __init__;
 * anything else raises TypeError "exceptions must derive from
 * BaseException". */
void error_set_object(Object *exception);
/* Raise MemoryError() (CPython's PyErr_NoMemory) with one of the
 * instances made at start-up, so that raising it allocates nothing.
 * Returns NULL. error_preallocate_memerrors makes the reserve
 * (runtime_init); it is freed with the heap at exit. */
Object *error_no_memory(void);
void error_preallocate_memerrors(void);

/* Is an exception set? Does it match `type` (or a subclass)? */
bool error_occurred(void);
bool error_matches(Type *type);
/* Take the current exception out (new reference); none left set. */
Object *error_fetch(void);
/* Put an exception back (steals it). */
void error_restore(Object *exception);
void error_clear(void);

/* Raise KeyError(key): CPython wraps the key in a tuple. */
Object *error_key(Object *key);

/* Create an exception instance from a class and an args tuple (borrowed),
 * without running any __init__ (for raising from C). */
Object *exception_new(Type *type, Object *args);

/* Record a traceback entry on the current exception; the evaluator calls
 * this for each frame as it unwinds, innermost frame first (error_print
 * shows them outermost first). `source_line` is the text of that line
 * without its newline, or NULL where CPython shows none (<stdin>,
 * <string>). A bare `raise` must not add the frame again. From chapter 8
 * the entry is a traceback object for `frame`, a frame object, put in
 * front of the exception's __traceback__ (CPython's PyTraceBack_Here). */
#if CHAPTER >= CH_CYCLES
void error_add_traceback(Object *frame, int line, const char *source_line);
#else
void error_add_traceback(Object *filename, int line, const char *function,
                         const char *source_line);
#endif

/* Print the current exception the way CPython does
 * ("Traceback (most recent call last):" ... "Type: message"; a SyntaxError
 * as "  File ..., line N" / source / caret / "SyntaxError: msg") to stderr,
 * and clear it. From chapter 8 its __context__ chain comes first, each
 * followed by "During handling of the above exception, ...". */
void error_print(void);

#if CHAPTER >= CH_REFCOUNT
/* CPython's PyErr_WriteUnraisable: print "Exception ignored in: <repr of
 * where>" and the current exception's traceback, then clear it. For
 * errors nobody can catch: in __del__, in a gc callback. */
void error_write_unraisable(Object *where);
#endif

/* An uncaught SystemExit ends the program quietly (CPython's
 * handle_system_exit): if the current exception is one, clear it and
 * return the exit status it asks for (code None: 0; an int: that int;
 * anything else is printed on stderr: 1). Otherwise return -1. */
int error_system_exit(void);

/* "Type: message" (or "Type" when there is no message), new str. */
Object *exception_summary(Object *exception);

#endif
