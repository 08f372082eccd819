/* eval_internal.h: what the pieces of the evaluator share (eval.c,
 * eval_expr.c, eval_stmt.c, run.c): the running frame, how a statement
 * ends, and the helpers each piece calls in another. Not for the rest of
 * the runtime, which uses eval.h. CPython: Include/internal/pycore_frame.h
 * (_PyInterpreterFrame) and the helpers Python/ceval.c keeps static.
 */
#ifndef MINIPY_EVAL_INTERNAL_H
#define MINIPY_EVAL_INTERNAL_H

#include "eval.h"

#include "bool.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "float.h"
#include "interrupt.h"
#if CHAPTER >= CH_CYCLES
#include "frame.h"
#endif
#include "function.h"
#include "list.h"
#include "module.h"
#include "parser.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* Up to this many call arguments live in the C frame; more go to the heap. */
#define SMALL_ARGS 6

typedef enum FrameKind { FRAME_MODULE, FRAME_CLASS, FRAME_FUNCTION } FrameKind;

/* One running code block: CPython's _PyInterpreterFrame. */
typedef struct Frame {
    struct Frame *back;     /* the caller */
    FrameKind kind;
    Code *code;
    Unit *unit;             /* for tracebacks: file name and source lines */
    Object *globals;        /* borrowed */
    Object *names;          /* module or class namespace; NULL in functions */
    Object **fast;          /* function locals, indexed like code->local_names */
    size_t nfast;
    Object *qualname;       /* class or function qualname, for nested defs */
    Object *handled;        /* exception an except clause is handling here */
    Object *retval;         /* set by `return` */
    int line;               /* line running now */
    bool traceback_added;   /* the exception unwinding has this frame's entry */
#if CHAPTER >= CH_CYCLES
    Object *frame_object;   /* its frame object, made on first need, or NULL */
#endif
} Frame;

typedef enum Status { EXEC_NORMAL, EXEC_BREAK, EXEC_CONTINUE, EXEC_RETURN, EXEC_ERROR } Status;

/* ---- eval.c ---- */

/* A call's argument array: `small` (on the C stack) when count fits. */
Object **alloc_slots(Object **small, size_t small_count, size_t count);
void free_slots(Object **slots, Object **small, size_t count);
/* xdecref every slot. */
void eval_drop_slots(Object **slots, size_t count);

void add_traceback(Frame *frame);

Object *load_name(Frame *frame, Object *name);
int store_name(Frame *frame, Object *name, Object *value);
int delete_name(Frame *frame, Object *name);

Status run_frame(Frame *frame);

Object *eval_call(Frame *frame, Node *node);

/* ---- eval_expr.c ---- */

/* A new reference to the value of `node`, or NULL with an exception set. */
Object *eval_expr(Frame *frame, Node *node);
/* Bind `value` (borrowed) to a target. */
int assign(Frame *frame, Node *target, Object *value);

/* ---- eval_stmt.c ---- */

Status exec_block(Frame *frame, NodeList *body);

#endif
