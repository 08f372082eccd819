/* eval_comp.c: comprehensions and generator expressions, run as CPython
 * 3.11 runs them.
 *
 * Each one is a function of its own (symtable.c made its code, with the
 * single parameter ".0"): where it stands, the function is made (with a
 * closure when the loop reads the enclosing function's locals), the first
 * iterable is evaluated there and its iterator passed as ".0". A list,
 * set or dict comprehension calls the function at once and its frame runs
 * the loops (eval_comp_loop); so the loop variables are locals of that
 * frame and do not leak, and what they hold dies when the frame returns.
 * A generator expression makes a generator instead, which owns the frame
 * and runs one step of the loops per next() (genexpr_resume below).
 *
 * Reference behaviour: during the loops the frame's ".0" slot and the
 * running loop each hold the first iterator (LOAD_FAST .0; FOR_ITER); an
 * inner clause's iterable is replaced by its iterator (GET_ITER); each
 * item is moved into its target, as STORE_FAST does.
 */
#include "eval_internal.h"

#include "generator.h"
#include "set.h"

/* ---- the comprehension where it stands ---------------------------------- */

/* MAKE_FUNCTION for the comprehension's code. */
static Object *comp_function(Frame *frame, Node *node)
{
    Code *code = node->as.comp.code;
    Object *qualname = qualified_name(frame, code->name);
    if (qualname == NULL)
        return NULL;
    Object *func = function_new(code, frame->globals, NULL, qualname);
    decref(qualname);
    ((FunctionObject *)func)->closure = make_closure(frame, code);
    return func;
}

static Object *genexpr_new(Object *func, Object *iterator);

Object *eval_comprehension(Frame *frame, Node *node)
{
    Object *func = comp_function(frame, node);
    if (func == NULL)
        return NULL;
    Object *iterable = eval_expr(frame, node->as.comp.generators[0].iter);
    Object *iterator = iterable ? object_iter(iterable) : NULL;     /* GET_ITER */
    xdecref(iterable);
    Object *result = NULL;
    if (iterator != NULL && node->kind == EXPR_GENEXP)
        result = genexpr_new(func, iterator);
    else if (iterator != NULL)
        result = function_call_steal(func, &iterator, 1, NULL);
    decref(func);
    return result;
}

/* ---- one step of the loops ------------------------------------------------ */

/* The `if`s of a clause, after its target is bound: 1 when they all hold. */
static int clause_holds(Frame *frame, Comprehension *clause)
{
    for (size_t i = 0; i < clause->ifs.count; i++) {
        Object *test = eval_expr(frame, clause->ifs.items[i]);
        int truth = test ? object_is_true(test) : -1;
        xdecref(test);
        if (truth <= 0)
            return truth;
    }
    return 1;
}

/* The iterator of clause `level`: ".0" for the first (a new reference). */
static Object *clause_iterator(Frame *frame, Node *loop, size_t level)
{
    if (level == 0)
        return incref(frame->fast[0]);
    Object *iterable = eval_expr(frame, loop->as.comp.generators[level].iter);
    Object *iterator = iterable ? object_iter(iterable) : NULL;
    xdecref(iterable);
    return iterator;
}

/* Take the next item of clause `level`'s iterator into its target:
 * 1 when bound and the ifs hold, 0 when they do not, -1 on an error, 2
 * when the iterator is exhausted. */
static int advance_clause(Frame *frame, Node *loop, size_t level, Object *iterator)
{
    Comprehension *clause = &loop->as.comp.generators[level];
    frame->line = clause->target->line;
    Object *item = interrupt_poll() < 0 ? NULL : iter_next(iterator);
    if (item == NULL)
        return error_occurred() ? -1 : 2;
    int bound = assign(frame, clause->target, item);
    decref(item);
    return bound < 0 ? -1 : clause_holds(frame, clause);
}

/* ---- list, set and dict comprehensions ---------------------------------------- */

/* LIST_APPEND, SET_ADD, MAP_ADD (the key first, since 3.8). */
static int add_item(Frame *frame, Node *loop, Object *result)
{
    Object *item = eval_expr(frame, loop->as.comp.elt);
    if (item == NULL)
        return -1;
    int status;
    if (loop->as.comp.kind == EXPR_DICTCOMP) {
        Object *value = eval_expr(frame, loop->as.comp.value);
        status = value ? dict_set_item(result, item, value) : -1;
        xdecref(value);
    } else if (loop->as.comp.kind == EXPR_SETCOMP) {
        status = set_add(result, item);
    } else {
        status = list_append(result, item);
    }
    decref(item);
    return status;
}

static int run_clause(Frame *frame, Node *loop, size_t level, Object *result)
{
    Object *iterator = clause_iterator(frame, loop, level);
    if (iterator == NULL)
        return -1;
    int status;
    while ((status = advance_clause(frame, loop, level, iterator)) != 2) {
        if (status == 1)
            status = level + 1 < loop->as.comp.ngenerators
                   ? run_clause(frame, loop, level + 1, result) : add_item(frame, loop, result);
        if (status < 0)
            break;
    }
    decref(iterator);
    return status < 0 ? -1 : 0;
}

Object *eval_comp_loop(Frame *frame, Node *loop)
{
    int kind = loop->as.comp.kind;
    Object *result = kind == EXPR_DICTCOMP ? dict_new() : kind == EXPR_SETCOMP ? set_new()
                                                                                : list_new(0);
    if (result != NULL && run_clause(frame, loop, 0, result) < 0)
        CLEAR_SLOT(result);
    return result;
}

/* ---- generator expressions ---------------------------------------------- */

/* What a generator expression's generator owns: the frame, suspended
 * between two items, and one iterator per clause that is running. A
 * `def` with `yield` would need the same frame and a resumable walk of
 * its statements instead of the fixed loops below (generator.h). */
typedef struct GenExprState {
    Frame frame;            /* fast: its own slots (".0", the targets) */
    Object *function;       /* holds the code, the globals and the closure */
    Node *loop;             /* the EXPR_COMP_LOOP */
    size_t depth;           /* how many clauses have a live iterator */
    Object **iterators;     /* one slot per clause */
} GenExprState;

/* The next item: resume the innermost running clause; when one is done,
 * go back to the clause around it. */
static Object *genexpr_step(GenExprState *state)
{
    Frame *frame = &state->frame;
    Node *loop = state->loop;
    size_t count = loop->as.comp.ngenerators;
    if (state->depth == 0 && (state->iterators[0] = clause_iterator(frame, loop, 0)) != NULL)
        state->depth = 1;
    while (state->depth > 0) {
        size_t level = state->depth - 1;
        int status = advance_clause(frame, loop, level, state->iterators[level]);
        if (status < 0)
            return NULL;
        if (status == 2) {
            CLEAR_SLOT(state->iterators[level]);
            state->depth--;
            continue;
        }
        if (status == 0)
            continue;
        if (level + 1 == count)
            return eval_expr(frame, loop->as.comp.elt);
        if ((state->iterators[level + 1] = clause_iterator(frame, loop, level + 1)) == NULL)
            return NULL;
        state->depth++;
    }
    return NULL;        /* exhausted: the generator finishes */
}

static void genexpr_drop_iterators(GenExprState *state)
{
    for (size_t i = 0; i < state->loop->as.comp.ngenerators; i++)
        CLEAR_SLOT(state->iterators[i]);
    state->depth = 0;
}

/* The frame is pushed for the step, as a call's is; when the step ends
 * the generator (an error or the end), the frame is dropped at once. */
static Object *genexpr_resume(void *opaque)
{
    GenExprState *state = opaque;
    Frame *frame = &state->frame;
    if (frame->fast == NULL || enter_recursive_call("") < 0)
        return NULL;
    frame->back = runtime.frame;
    runtime.frame = frame;
    frame->traceback_added = false;
    Object *value = genexpr_step(state);
    if (value == NULL) {
        if (error_occurred())
            add_traceback(frame);
        genexpr_drop_iterators(state);
        eval_frame_drop(frame);
    }
    runtime.frame = frame->back;
    frame->back = NULL;         /* suspended: no caller until resumed */
    leave_recursive_call();
    return value;
}

static int genexpr_traverse(void *opaque, VisitProc visit, void *arg)
{
    GenExprState *state = opaque;
    VISIT(state->function);
    for (size_t i = 0; i < state->depth; i++)
        VISIT(state->iterators[i]);
    for (size_t i = 0; state->frame.fast != NULL && i < state->frame.nfast; i++)
        VISIT(state->frame.fast[i]);
#if CHAPTER >= CH_CYCLES
    VISIT(state->frame.frame_object);
#endif
    return 0;
}

static void genexpr_clear(void *opaque)
{
    GenExprState *state = opaque;
    genexpr_drop_iterators(state);
    if (state->frame.fast != NULL)
        eval_frame_drop(&state->frame);
    CLEAR_SLOT(state->function);
}

static void genexpr_free(void *opaque)
{
    GenExprState *state = opaque;
    size_t count = state->loop->as.comp.ngenerators;
    mem_free(state->iterators, count * sizeof(Object *));
    mem_free(state, sizeof *state);
}

static const GeneratorOps genexpr_ops = {
    genexpr_resume, genexpr_traverse, genexpr_clear, genexpr_free,
};

/* The generator of a generator expression: its frame starts with ".0"
 * holding the iterator (stolen) and the closure's cells, as a call's
 * would, but runs nothing until the first next(). */
static Object *genexpr_new(Object *callable, Object *iterator)
{
    FunctionObject *func = (FunctionObject *)callable;
    Code *code = func->code;
    size_t nlocals = (size_t)TUPLE_SIZE(code->local_names);
    Object **locals = mem_alloc(nlocals * sizeof *locals);
    memset(locals, 0, nlocals * sizeof *locals);
    locals[0] = iterator;
    if (code->slot_kinds != NULL)
        cells_enter(code, func->closure, locals);
    GenExprState *state = mem_alloc(sizeof *state);
    memset(state, 0, sizeof *state);
    state->frame = (Frame){
        .kind = FRAME_FUNCTION,
        .code = code,
        .unit = code->unit,
        .globals = func->globals,
        .fast = locals,
        .nfast = nlocals,
        .qualname = func->qualname,
    };
    state->function = incref(callable);
    state->loop = code->body->items[0]->as.expr.value;
    size_t count = state->loop->as.comp.ngenerators;
    state->iterators = mem_alloc(count * sizeof(Object *));
    memset(state->iterators, 0, count * sizeof(Object *));
    return generator_new(state, &genexpr_ops, code->name, func->qualname, &code->base);
}
