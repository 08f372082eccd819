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
#include "cell.h"
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
#include "slots.h"
#include "str.h"
#include "tuple.h"

/* Up to this many call arguments live in the C frame; more go to the heap. */
#define SMALL_ARGS 6

/* A rare path kept out of the function that tests for it, so that the
 * common path saves no registers and makes no frame (obmalloc.c's
 * OB_COLD). */
#if defined(__GNUC__)
#define EVAL_SLOW __attribute__((noinline, cold))
#else
#define EVAL_SLOW
#endif
/* A path that is not rare but needs many registers: kept out of line all
 * the same, so that the function it would be inlined into saves and
 * restores only what its own common path needs. */
#if defined(__GNUC__)
#define EVAL_APART __attribute__((noinline))
#else
#define EVAL_APART
#endif

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
Object *load_name_node(Frame *frame, Node *node);   /* EXPR_NAME, cached slot */

/* The slot of a plain local (not a cell) that name node `node` names,
 * when the node's cache was filled by this frame's code; else -1. The
 * test of LOAD_FAST and STORE_FAST, kept small enough to be inlined: the
 * other cases go to load_name_node and store_name_node's slow paths. */
static inline intptr_t cached_local_slot(Frame *frame, Node *node)
{
    intptr_t slot = node->as.name.slot;
    if (node->as.name.slot_code != frame->code || slot < 0
        || (frame->code->slot_kinds != NULL && frame->code->slot_kinds[slot] != SLOT_LOCAL))
        return -1;
    return slot;
}
bool take_local(Frame *frame, Node *name, Object *value);
Object *eval_binary_to(Frame *frame, Node *node, Node *store);
int store_name_node(Frame *frame, Node *node, Object *value);
int delete_name(Frame *frame, Object *name);

Status run_frame(Frame *frame);
/* A frame that did not run through run_frame (a generator's) is done:
 * its frame object, if any, takes its locals over, or they are dropped
 * with their array; fast is NULL afterwards. */
void eval_frame_drop(Frame *frame);

Object *eval_call(Frame *frame, Node *node);

/* ---- eval_cells.c ---- */

/* LOAD_DEREF (in a class body LOAD_CLASSDEREF: the namespace first),
 * STORE_DEREF is cell_set, DELETE_DEREF: the name's slot holds a cell. */
Object *load_deref(Frame *frame, intptr_t slot, Object *name);
int delete_deref(Frame *frame, intptr_t slot, Object *name);
/* A function's frame starts (COPY_FREE_VARS, MAKE_CELL): the free
 * variables' slots get the closure's cells, and each cell slot a new cell
 * holding what the slot held (an argument, or nothing). */
void cells_enter(Code *code, Object *closure, Object **fast);
/* The closure for a function or class body `code` made in `frame`: a
 * tuple of the frame's cells that code's free variables name, or NULL
 * when it has none (LOAD_CLOSURE ... BUILD_TUPLE). */
Object *make_closure(Frame *frame, Code *code);
/* Is `name` declared global in the class body that `frame` runs? */
bool class_declared_global(Frame *frame, Object *name);
/* A class body's slots (its cells and free variables), set up as
 * cells_enter does, in a new array of TUPLE_SIZE(code->local_names);
 * NULL when the body has none. */
Object **class_cells_new(Frame *frame, Code *code);
/* The body's __class__ cell (a new reference), or NULL: once the class
 * exists, the cell gets it, and the methods that use super() see it. */
Object *class_cell(Code *code, Object **slots);
/* Drop and free what class_cells_new made (NULL does nothing). */
void class_cells_free(Object **slots, size_t count);

/* The __qualname__ of something named `name` defined in `frame`. */
Object *qualified_name(Frame *frame, Object *name);
/* A new function for the def or lambda `node`: its defaults, closure
 * and qualified name come from the frame running the def (eval_stmt.c). */
Object *make_function(Frame *frame, Node *node);

/* ---- eval_unpack.c ---- */

/* A call with *iterables or **mappings among its arguments. */
Object *eval_call_unpacking(Frame *frame, Node *node);
/* LIST_EXTEND: append the items of `iterable` to `list`, with CPython's
 * "Value after * must be an iterable" for what is none. */
int extend_with_iterable(Object *list, Object *iterable);
/* A list or tuple display with *iterables among its items. */
Object *eval_starred_display(Frame *frame, Node *node);
/* {**mapping}: DICT_UPDATE, with "'int' object is not a mapping". */
int update_with_mapping(Object *dict, Object *mapping);
/* `a, *b, c = value` (borrowed): a target list with one starred item. */
int assign_starred(Frame *frame, Node *target, Object *value);

/* ---- eval_comp.c ---- */

/* A comprehension or generator expression where it stands: its function
 * made, called with the first iterable's iterator (or a generator made). */
Object *eval_comprehension(Frame *frame, Node *node);
/* The loops of a list, set or dict comprehension, in its own frame. */
Object *eval_comp_loop(Frame *frame, Node *node);

/* ---- eval_expr.c ---- */

/* A new reference to the value of `node`, or NULL with an exception set. */
Object *eval_expr(Frame *frame, Node *node);
/* eval_expr for an operand: a name or a constant, the most frequent
 * operands, are evaluated right here, without the call and the stack test
 * that only a node with children needs (the line is set all the same:
 * a NameError's traceback shows it). */
static inline Object *eval_operand(Frame *frame, Node *node)
{
    if (node->kind == EXPR_NAME) {
        frame->line = node->line;
        intptr_t slot = cached_local_slot(frame, node);
        if (slot >= 0 && frame->fast[slot] != NULL)
            return incref(frame->fast[slot]);   /* LOAD_FAST */
        return load_name_node(frame, node);
    }
    if (node->kind == EXPR_CONSTANT) {
        frame->line = node->line;
        return incref(node->as.constant.constant);
    }
    return eval_expr(frame, node);
}
/* Bind `value` (borrowed) to a target. */
int assign(Frame *frame, Node *target, Object *value);
/* The same, consuming `value`. */
int assign_steal(Frame *frame, Node *target, Object *value);
int store_member(Frame *frame, Node *target, Object *value);   /* value NULL: del */
/* `object.name` of an attribute node, and its assignment (value NULL:
 * del), through the node's cache (object and value borrowed). */
Object *attribute_get(Node *node, Object *object);
int attribute_set(Node *node, Object *object, Object *value);
/* The object of `o.name` (a new reference): most often a name, read in
 * place by eval_operand without the trip through eval_expr. */
static inline Object *attribute_object(Frame *frame, Node *node)
{
    return eval_operand(frame, node->as.attribute.object);
}

/* ---- eval_stmt.c ---- */

Status exec_block(Frame *frame, NodeList *body);

/* ---- eval_with.c ---- */

/* The `with` statement: __enter__, the body, __exit__ however it ends. */
Status exec_with(Frame *frame, Node *stmt);

#endif
