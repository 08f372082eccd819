/* eval.h: the tree-walking evaluator. */
#ifndef MINIPY_EVAL_H
#define MINIPY_EVAL_H

#include "ast.h"

/* Run a unit's module code with `globals` as its namespace. Returns a new
 * reference to None, or NULL with an exception set. In PARSE_SINGLE units,
 * expression statements go through sys.displayhook (echo + `_`). */
Object *eval_unit(Unit *unit, Object *globals);

/* The globals dict of the code running now (borrowed): globals(). */
Object *eval_current_globals(void);

/* Call a function defined in minipy, STEALING the references in args
 * (CPython 3.11 moves arguments from the caller's stack into the callee's
 * frame). object_call on a function borrows instead. */
Object *function_call_steal(Object *func, Object **args, size_t nargs, Object *kwnames);

/* Run a function's body once funcargs.c has bound its arguments: `locals`
 * (nlocals slots, parameters first) becomes the frame's local slots; the
 * frame drops what they hold when it returns. The array stays the
 * caller's: it may live in the caller's C frame (a frame object that
 * outlives the call takes a copy). */
Object *eval_function_body(Object *func, Object **locals, size_t nlocals);

#if CHAPTER >= CH_CYCLES
/* For a frame object whose Frame still runs (frame.c): the line it is
 * running, and its caller's frame object (made if need be; a new
 * reference, or NULL for the outermost frame). */
struct Frame;
int eval_frame_line(struct Frame *frame);
Object *eval_frame_back(struct Frame *frame);

/* The exception being handled now (in an except clause, or a finally
 * block an exception is passing through), borrowed, or NULL: what a new
 * exception records as its __context__ (error.c). */
Object *eval_handled_exception(void);

/* sys._getframe(depth): the frame object of the code running `depth`
 * calls up from the current one (a new reference), or ValueError. */
Object *eval_frame_object(int64_t depth);
#endif

/* The class and object of a zero-argument super() in the running method
 * (eval_cells.c): both borrowed; 0, or -1 with CPython's RuntimeError. */
int eval_super_args(Type **type, Object **object);

/* Read a whole source file into a NUL-terminated buffer from mem_alloc
 * (free it with mem_free(buffer, *size + 1)); NULL with errno set. */
char *eval_read_source(const char *path, size_t *size);

/* Run a script file / a string / a REPL on stdin. Return the process exit
 * status (0; 1 after an uncaught exception; what an uncaught SystemExit
 * asks for). */
int run_file(const char *path);
int run_string(const char *code);
int run_repl(bool quiet);

#endif
