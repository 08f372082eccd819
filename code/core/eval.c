/* eval.c: the tree-walking evaluator.
 *
 * minipy walks the syntax tree instead of running bytecode, but it holds
 * exactly the references CPython 3.11's value stack would hold, for the
 * same span, so that sys.getrefcount prints what CPython prints:
 *   - evaluating an expression yields a new reference (a stack slot);
 *   - a call holds the callee and every argument until the call returns;
 *     arguments of a function defined in minipy are MOVED into its local
 *     slots (CPython steals them from the stack), arguments of a built-in
 *     are borrowed and dropped after the call;
 *   - `o.m(x)` makes no bound method (LOAD_METHOD): o is passed first;
 *   - a `for` loop holds the iterator, not the iterable.
 * Each function keeps small C frames (the arrays live on the heap when
 * they grow), so that 1000 nested minipy calls fit in the C stack.
 */
#define _POSIX_C_SOURCE 200809L     /* getcwd, stat */
#include "eval.h"

#include <errno.h>
#include <unistd.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "bool.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "interrupt.h"
#include "float.h"
#include "lineedit.h"
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

static Object *eval_expr(Frame *frame, Node *node);
static Status exec_block(Frame *frame, NodeList *body);
static int assign(Frame *frame, Node *target, Object *value);

/* ---- small helpers ---------------------------------------------------------- */

static Object **alloc_slots(Object **small, size_t small_count, size_t count)
{
    return count <= small_count ? small : mem_alloc(count * sizeof(Object *));
}

static void free_slots(Object **slots, Object **small, size_t count)
{
    if (slots != small)
        mem_free(slots, count * sizeof(Object *));
}

static void drop_slots(Object **slots, size_t count)
{
    for (size_t i = 0; i < count; i++)
        xdecref(slots[i]);
}

Object *eval_current_globals(void)
{
    if (runtime.frame != NULL)
        return runtime.frame->globals;
    return runtime.main_module ? MODULE_DICT(runtime.main_module) : NULL;
}

/* ---- tracebacks -------------------------------------------------------------- */

/* The text of line `line` of the unit's source, or NULL for "<stdin>" and
 * "<string>", where CPython shows none. Written into buf. */
static const char *source_line(Unit *unit, int line, char *buf, size_t bufsize)
{
    if (unit == NULL || unit->source == NULL || STR_DATA(unit->filename)[0] == '<' || line < 1)
        return NULL;
    const char *p = unit->source, *end = unit->source + unit->source_size;
    for (int n = 1; n < line && p < end; n++) {
        const char *newline = memchr(p, '\n', (size_t)(end - p));
        if (newline == NULL)
            return NULL;
        p = newline + 1;
    }
    size_t length = 0;
    while (p + length < end && p[length] != '\n' && p[length] != '\r')
        length++;
    if (length >= bufsize)
        length = bufsize - 1;
    memcpy(buf, p, length);
    buf[length] = '\0';
    return buf;
}

#if CHAPTER >= CH_CYCLES
/* The frame object of a running frame, made on first need (CPython's
 * _PyFrame_GetFrameObject): a new reference. The Frame keeps one too,
 * until frame_release. */
static Object *frame_object_of(Frame *frame)
{
    if (frame->frame_object == NULL)
        frame->frame_object = frame_object_new(frame, frame->code, frame->unit->filename,
                                               frame->globals, frame->names, frame->fast,
                                               frame->nfast);
    return incref(frame->frame_object);
}

int eval_frame_line(Frame *frame)
{
    return frame->line;
}

Object *eval_frame_back(Frame *frame)
{
    return frame->back ? frame_object_of(frame->back) : NULL;
}

Object *eval_frame_object(int64_t depth)
{
    Frame *frame = runtime.frame;
    for (; frame != NULL && depth > 0; depth--)
        frame = frame->back;
    if (frame == NULL)
        return error_set_string(&exc_ValueError, "call stack is not deep enough");
    return frame_object_of(frame);
}

/* The frame finishes (CPython's _PyFrame_Clear): if its frame object is
 * held elsewhere (by a traceback, say), the object takes the locals over and
 * links to its caller's frame object (take_ownership); the Frame then has
 * no slots left to drop (fast is NULL). */
static void frame_release(Frame *frame)
{
    Object *frame_object = frame->frame_object;
    if (frame_object == NULL)
        return;
    if (frame_object->refcount > 1) {
        Object *back = frame->back ? frame_object_of(frame->back) : NULL;
        frame_object_take_ownership(frame_object, frame->line, back);
        frame->fast = NULL;
    }
    frame->frame_object = NULL;
    decref(frame_object);
}
#endif

/* The exception leaves a statement of this frame: record where, once per
 * frame (CPython's PyTraceBack_Here). */
static void add_traceback(Frame *frame)
{
    if (frame->traceback_added)
        return;
    frame->traceback_added = true;
    char buf[512];
    const char *text = source_line(frame->unit, frame->line, buf, sizeof buf);
#if CHAPTER >= CH_CYCLES
    Object *frame_object = frame_object_of(frame);
    error_add_traceback(frame_object, frame->line, text);
    decref(frame_object);
#else
    error_add_traceback(frame->unit->filename, frame->line, STR_DATA(frame->code->name), text);
#endif
}

/* ---- names -------------------------------------------------------------------- */

static intptr_t local_slot(Frame *frame, Object *name)
{
    if (frame->fast == NULL)
        return -1;
    Object *names = frame->code->local_names;
    for (intptr_t i = 0; i < TUPLE_SIZE(names); i++)
        if (str_same(TUPLE_ITEMS(names)[i], name))
            return i;
    return -1;
}

static Object *unbound_local(Object *name)
{
    return error_format(&exc_UnboundLocalError,
                        "cannot access local variable '%S' where it is not associated with a value",
                        name);
}

static Object *name_error(Object *name)
{
    return error_format(&exc_NameError, "name '%S' is not defined", name);
}

/* Borrowed value of `name` in `dict`, NULL if absent (or on error). */
static Object *dict_lookup(Object *dict, Object *name)
{
    return dict ? dict_get_item(dict, name) : NULL;
}

/* LOAD_FAST, LOAD_NAME, LOAD_GLOBAL: a new reference. */
static Object *load_name(Frame *frame, Object *name)
{
    intptr_t slot = local_slot(frame, name);
    if (slot >= 0) {
        Object *value = frame->fast[slot];
        return value ? incref(value) : unbound_local(name);
    }
    Object *value = NULL;
    if (frame->names != NULL && frame->names != frame->globals)
        value = dict_lookup(frame->names, name);
    if (value == NULL && !error_occurred())
        value = dict_lookup(frame->globals, name);
    if (value == NULL && !error_occurred())
        value = dict_lookup(runtime.builtins, name);
    if (value != NULL)
        return incref(value);
    return error_occurred() ? NULL : name_error(name);
}

/* STORE_*: steals `value`. */
static int store_name(Frame *frame, Object *name, Object *value)
{
    intptr_t slot = local_slot(frame, name);
    if (slot >= 0) {
        object_set_slot(&frame->fast[slot], value);
        return 0;
    }
    Object *dict = frame->names ? frame->names : frame->globals;
    int status = dict_set_item(dict, name, value);
    decref(value);
    return status;
}

static int delete_name(Frame *frame, Object *name)
{
    intptr_t slot = local_slot(frame, name);
    if (slot >= 0) {
        if (frame->fast[slot] == NULL) {
            unbound_local(name);
            return -1;
        }
        CLEAR_SLOT(frame->fast[slot]);
        return 0;
    }
    Object *dict = frame->names ? frame->names : frame->globals;
    if (dict_get_item(dict, name) == NULL) {
        if (!error_occurred())
            name_error(name);
        return -1;
    }
    return dict_del_item(dict, name);
}

/* ---- running a frame -------------------------------------------------------- */

static Status run_frame(Frame *frame)
{
    if (enter_recursive_call("") < 0)
        return EXEC_ERROR;
    frame->back = runtime.frame;
    runtime.frame = frame;
    frame->line = frame->code->body && frame->code->body->count
        ? frame->code->body->items[0]->line : 1;
    Status status = interrupt_poll() < 0 ? EXEC_ERROR : exec_block(frame, frame->code->body);
#if CHAPTER >= CH_CYCLES
    frame_release(frame);
#endif
    runtime.frame = frame->back;
    leave_recursive_call();
    return status;
}

/* Locals die when the frame does, in slot order, as in CPython. From
 * chapter 8 on, a frame object may have taken them over instead (then
 * frame_release has left the frame's fast NULL). */
static void drop_locals(Object **locals, size_t nlocals)
{
#if CHAPTER >= CH_CYCLES
    if (locals == NULL)
        return;
#endif
    drop_slots(locals, nlocals);
    mem_free(locals, (nlocals ? nlocals : 1) * sizeof *locals);
}

Object *eval_function_body(Object *callable, Object **locals, size_t nlocals)
{
    FunctionObject *func = (FunctionObject *)callable;
    Frame frame = {
        .kind = FRAME_FUNCTION,
        .code = func->code,
        .unit = func->code->unit,
        .globals = func->globals,
        .fast = locals,
        .nfast = nlocals,
        .qualname = func->qualname,
    };
    Status status = run_frame(&frame);
    drop_locals(frame.fast, nlocals);
    if (status == EXEC_ERROR) {
        xdecref(frame.retval);
        return NULL;
    }
    return frame.retval ? frame.retval : none_new();
}

/* ---- calls ------------------------------------------------------------------- */

static Object *make_kwnames(Node *call)
{
    size_t count = call->as.call.nkeywords;
    Object *names = tuple_new((intptr_t)count);
    if (names == NULL)
        return NULL;
    for (size_t i = 0; i < count; i++)
        TUPLE_ITEMS(names)[i] = incref(call->as.call.keywords[i].name);
    return names;
}

/* Call `callable` with `args`, CONSUMING the references in args (nargs
 * positional values, then one per keyword name). */
static Object *call_consuming(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    if (is_function(callable))
        return function_call_steal(callable, args, nargs, kwnames);
    size_t total = nargs + (kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0);
    Object *result;
    if (callable->type->call == NULL)
        result = error_format(&exc_TypeError, "'%T' object is not callable", callable);
    else
        result = callable->type->call(callable, args, nargs, kwnames);
    drop_slots(args, total);
    return result;
}

/* Evaluate a call's arguments into stack[1..] and make the call. stack[0]
 * is the `self` slot CPython 3.11 keeps below the arguments: it holds the
 * receiver of a method call, or the self of a bound method, unpacked here
 * as CALL does. `callable` and `self` are new references (self may be
 * NULL); `method` is a built-in method of self's type to call directly. */
static Object *finish_call(Frame *frame, Node *node, Object *callable, Object *self,
                           const MethodDef *method)
{
    size_t npositional = node->as.call.args.count, nkeywords = node->as.call.nkeywords;
    size_t total = 1 + npositional + nkeywords;
    Object *small[SMALL_ARGS];
    Object **stack = alloc_slots(small, SMALL_ARGS, total);
    Object *kwnames = NULL, *result = NULL;
    stack[0] = self;
    size_t filled = 1;
    for (size_t i = 0; i < npositional; i++, filled++)
        if ((stack[filled] = eval_expr(frame, node->as.call.args.items[i])) == NULL)
            goto done;
    for (size_t i = 0; i < nkeywords; i++, filled++)
        if ((stack[filled] = eval_expr(frame, node->as.call.keywords[i].value)) == NULL)
            goto done;
    if (nkeywords > 0 && (kwnames = make_kwnames(node)) == NULL)
        goto done;
    frame->line = node->line;
    if (method != NULL) {
        result = method->fn(self, stack + 1, npositional, kwnames);
        goto done;
    }
    if (self == NULL && is_method(callable)) {
        Object *method_object = callable;
        stack[0] = incref(METHOD_SELF(method_object));
        callable = incref(METHOD_FUNC(method_object));
        decref(method_object);
    }
    Object **args = stack[0] ? stack : stack + 1;
    size_t nargs = npositional + (stack[0] != NULL);
    result = call_consuming(callable, args, nargs, kwnames);
    filled = 0;                         /* the call consumed the arguments */
done:
    drop_slots(stack, filled);
    free_slots(stack, small, total);
    xdecref(kwnames);
    xdecref(callable);
    return result;
}

/* Does op itself hold `name`? Then it shadows the class's method. */
static bool instance_dict_has(Object *op, Object *name)
{
    return object_own_attribute(op, name) != NULL;
}

/* `o.m(args)` as CPython's LOAD_METHOD + CALL: a function found on the
 * type is called with o as its first argument, a built-in method of the
 * type is called on o directly; no bound method object is made. */
static Object *eval_method_call(Frame *frame, Node *node)
{
    Node *attribute = node->as.call.func;
    Object *name = attribute->as.attribute.attr;
    Object *receiver = eval_expr(frame, attribute->as.attribute.object);
    if (receiver == NULL)
        return NULL;
    GetAttrFn getattr = receiver->type->getattr;
    if (getattr == NULL || getattr == generic_getattr) {
        Object *found = type_lookup(receiver->type, name);
        if (found != NULL && is_function(found) && !instance_dict_has(receiver, name))
            return finish_call(frame, node, incref(found), receiver, NULL);
        const MethodDef *def = found ? NULL : type_lookup_method_def(receiver->type, name);
        if (def != NULL && !instance_dict_has(receiver, name))
            return finish_call(frame, node, NULL, receiver, def);
    }
    frame->line = attribute->line;
    Object *callable = object_getattr(receiver, name);
    decref(receiver);
    if (callable == NULL)
        return NULL;
    return finish_call(frame, node, callable, NULL, NULL);
}

static Object *eval_call(Frame *frame, Node *node)
{
    if (node->as.call.func->kind == EXPR_ATTRIBUTE)
        return eval_method_call(frame, node);
    Object *callable = eval_expr(frame, node->as.call.func);
    if (callable == NULL)
        return NULL;
    return finish_call(frame, node, callable, NULL, NULL);
}

/* ---- operators --------------------------------------------------------------- */

static Object *eval_unary(Frame *frame, Node *node)
{
    Object *operand = eval_expr(frame, node->as.unary.operand);
    if (operand == NULL)
        return NULL;
    Object *result = NULL;
    frame->line = node->line;
    switch (node->as.unary.op) {
    case UNARY_NEG:
        result = number_negative(operand);
        break;
    case UNARY_NOT: {
        int truth = object_is_true(operand);
        result = truth < 0 ? NULL : bool_from(!truth);
        break;
    }
    case UNARY_POS:
        if (operand->type == &bool_type)
            result = int_from_i64(INT_VALUE(operand));  /* +True is 1 */
        else if (is_int(operand) || is_float(operand))
            result = incref(operand);
        else
            error_format(&exc_TypeError, "bad operand type for unary +: '%T'", operand);
        break;
    }
    decref(operand);
    return result;
}

static Object *eval_binary(Frame *frame, Node *node)
{
    Object *left = eval_expr(frame, node->as.binary.left);
    if (left == NULL)
        return NULL;
    Object *right = eval_expr(frame, node->as.binary.right);
    if (right == NULL) {
        decref(left);
        return NULL;
    }
    frame->line = node->line;
    Object *result = number_binary(left, right, node->as.binary.op);
    decref(left);
    decref(right);
    return result;
}

/* One comparison of a chain: a new reference to its result. */
static Object *compare_pair(Object *left, Object *right, CmpKind kind)
{
    switch (kind) {
    case CMPK_IS:
        return bool_from(left == right);
    case CMPK_IS_NOT:
        return bool_from(left != right);
    case CMPK_IN:
    case CMPK_NOT_IN: {
        int found = object_contains(right, left);
        if (found < 0)
            return NULL;
        return bool_from(kind == CMPK_IN ? found : !found);
    }
    default:
        return object_compare(left, right, (CompareOp)kind);
    }
}

/* `a < b < c`: each operand evaluated once; the chain stops at the first
 * false result and yields it, as CPython does. */
static Object *eval_compare(Frame *frame, Node *node)
{
    Object *left = eval_expr(frame, node->as.compare.left);
    if (left == NULL)
        return NULL;
    for (size_t i = 0; i < node->as.compare.count; i++) {
        Object *right = eval_expr(frame, node->as.compare.comparators[i]);
        if (right == NULL) {
            decref(left);
            return NULL;
        }
        frame->line = node->line;
        Object *result = compare_pair(left, right, node->as.compare.ops[i]);
        decref(left);
        if (result == NULL || i + 1 == node->as.compare.count) {
            decref(right);
            return result;
        }
        int truth = object_is_true(result);
        if (truth <= 0) {
            decref(right);
            if (truth < 0) {
                decref(result);
                return NULL;
            }
            return result;
        }
        decref(result);
        left = right;
    }
    return left;    /* not reached: a comparison has at least one operator */
}

/* `and`/`or` yield one of their operands. */
static Object *eval_boolop(Frame *frame, Node *node)
{
    NodeList *values = &node->as.boolop.values;
    Object *value = eval_expr(frame, values->items[0]);
    for (size_t i = 1; value != NULL && i < values->count; i++) {
        int truth = object_is_true(value);
        if (truth < 0) {
            decref(value);
            return NULL;
        }
        if (truth != node->as.boolop.is_and)
            return value;
        decref(value);
        value = eval_expr(frame, values->items[i]);
    }
    return value;
}

/* Evaluate every element first (BUILD_LIST/BUILD_TUPLE take them from the
 * stack), so a failure never leaves a half-filled container. */
static Object **eval_elements(Frame *frame, NodeList *elts, Object **small, size_t small_count)
{
    Object **items = alloc_slots(small, small_count, elts->count);
    for (size_t i = 0; i < elts->count; i++) {
        if ((items[i] = eval_expr(frame, elts->items[i])) == NULL) {
            drop_slots(items, i);
            free_slots(items, small, elts->count);
            return NULL;
        }
    }
    return items;
}

static Object *eval_sequence(Frame *frame, Node *node)
{
    NodeList *elts = &node->as.list.elts;
    Object *small[SMALL_ARGS];
    Object **items = eval_elements(frame, elts, small, SMALL_ARGS);
    if (items == NULL)
        return NULL;
    intptr_t count = (intptr_t)elts->count;
    Object *result = node->kind == EXPR_LIST ? list_new(count) : tuple_new(count);
    for (intptr_t i = 0; i < count; i++) {
        if (result == NULL)
            decref(items[i]);
        else if (node->kind == EXPR_LIST)
            list_set_steal(result, i, items[i]);
        else
            TUPLE_ITEMS(result)[i] = items[i];
    }
    free_slots(items, small, elts->count);
    return result;
}

static Object *eval_dict(Frame *frame, Node *node)
{
    Object *dict = dict_new();
    for (size_t i = 0; dict != NULL && i < node->as.dict.keys.count; i++) {
        Object *key = eval_expr(frame, node->as.dict.keys.items[i]);
        Object *value = key ? eval_expr(frame, node->as.dict.values.items[i]) : NULL;
        frame->line = node->line;
        if (value == NULL || dict_set_item(dict, key, value) < 0)
            CLEAR_SLOT(dict);
        xdecref(key);
        xdecref(value);
    }
    return dict;
}

static Object *eval_attribute(Frame *frame, Node *node)
{
    Object *object = eval_expr(frame, node->as.attribute.object);
    if (object == NULL)
        return NULL;
    frame->line = node->line;
    Object *value = object_getattr(object, node->as.attribute.attr);
    decref(object);
    return value;
}

static Object *eval_subscript(Frame *frame, Node *node)
{
    Object *object = eval_expr(frame, node->as.subscript.object);
    if (object == NULL)
        return NULL;
    Object *index = eval_expr(frame, node->as.subscript.index);
    Object *value = NULL;
    if (index != NULL) {
        frame->line = node->line;
        value = object_getitem(object, index);
        decref(index);
    }
    decref(object);
    return value;
}

static Object *eval_expr(Frame *frame, Node *node)
{
    frame->line = node->line;
    switch (node->kind) {
    case EXPR_CONSTANT:
        /* The code's merged constant (co_consts), never the parser's. */
        return incref(node->as.constant.constant);
    case EXPR_NAME:
        return load_name(frame, node->as.name.id);
    case EXPR_ATTRIBUTE:
        return eval_attribute(frame, node);
    case EXPR_SUBSCRIPT:
        return eval_subscript(frame, node);
    case EXPR_CALL:
        return eval_call(frame, node);
    case EXPR_UNARY:
        return eval_unary(frame, node);
    case EXPR_BINARY:
        return eval_binary(frame, node);
    case EXPR_COMPARE:
        return eval_compare(frame, node);
    case EXPR_BOOLOP:
        return eval_boolop(frame, node);
    case EXPR_LIST:
    case EXPR_TUPLE:
        return eval_sequence(frame, node);
    case EXPR_DICT:
        return eval_dict(frame, node);
    default:
        return error_format(&exc_RuntimeError, "minipy: cannot evaluate node kind %d", (int)node->kind);
    }
}

/* ---- assignment ------------------------------------------------------------- */

/* Take exactly `count` items out of `value` (UNPACK_SEQUENCE): new
 * references in items, or -1 with CPython's error. */
static int unpack_items(Object *value, Object **items, size_t count)
{
    if (is_list(value) || is_tuple(value)) {
        size_t size = (size_t)(is_list(value) ? LIST_SIZE(value) : TUPLE_SIZE(value));
        Object **source = is_list(value) ? LIST_ITEMS(value) : TUPLE_ITEMS(value);
        if (size < count) {
            error_format(&exc_ValueError, "not enough values to unpack (expected %zd, got %zd)",
                         (intptr_t)count, (intptr_t)size);
            return -1;
        }
        if (size > count) {
            error_format(&exc_ValueError, "too many values to unpack (expected %zd)", (intptr_t)count);
            return -1;
        }
        for (size_t i = 0; i < count; i++)
            items[i] = incref(source[i]);
        return 0;
    }
    if (value->type->iter == NULL) {
        error_format(&exc_TypeError, "cannot unpack non-iterable %T object", value);
        return -1;
    }
    Object *iterator = object_iter(value);
    if (iterator == NULL)
        return -1;
    size_t got = 0;
    for (; got < count; got++)
        if ((items[got] = iter_next(iterator)) == NULL)
            break;
    Object *extra = got == count ? iter_next(iterator) : NULL;
    decref(iterator);
    if (got == count && extra == NULL && !error_occurred())
        return 0;
    drop_slots(items, got);
    if (extra != NULL) {
        decref(extra);
        error_format(&exc_ValueError, "too many values to unpack (expected %zd)", (intptr_t)count);
    } else if (!error_occurred()) {
        error_format(&exc_ValueError, "not enough values to unpack (expected %zd, got %zd)",
                     (intptr_t)count, (intptr_t)got);
    }
    return -1;
}

static int assign_unpack(Frame *frame, Node *target, Object *value)
{
    NodeList *elts = &target->as.list.elts;
    Object *small[SMALL_ARGS];
    Object **items = alloc_slots(small, SMALL_ARGS, elts->count);
    int status = unpack_items(value, items, elts->count);
    if (status == 0) {
        for (size_t i = 0; i < elts->count; i++) {
            if (status == 0)
                status = assign(frame, elts->items[i], items[i]);
            decref(items[i]);
        }
    }
    free_slots(items, small, elts->count);
    return status;
}

/* Bind `value` (borrowed) to a target: a name, attribute, subscript, or a
 * tuple/list of targets. */
static int assign(Frame *frame, Node *target, Object *value)
{
    frame->line = target->line;
    switch (target->kind) {
    case EXPR_NAME:
        return store_name(frame, target->as.name.id, incref(value));
    case EXPR_ATTRIBUTE: {
        Object *object = eval_expr(frame, target->as.attribute.object);
        if (object == NULL)
            return -1;
        int status = object_setattr(object, target->as.attribute.attr, value);
        decref(object);
        return status;
    }
    case EXPR_SUBSCRIPT: {
        Object *object = eval_expr(frame, target->as.subscript.object);
        if (object == NULL)
            return -1;
        Object *index = eval_expr(frame, target->as.subscript.index);
        int status = index ? object_setitem(object, index, value) : -1;
        xdecref(index);
        decref(object);
        return status;
    }
    case EXPR_TUPLE:
    case EXPR_LIST:
        return assign_unpack(frame, target, value);
    default:
        error_format(&exc_SyntaxError, "cannot assign to expression");
        return -1;
    }
}

/* ---- statements ------------------------------------------------------------- */

/* sys.displayhook's default (CPython's sys_displayhook): None shows
 * nothing; otherwise print the repr and bind builtins._ to the value. */
static int display_value(Object *value)
{
    if (value == None)
        return 0;
    Object *sys = dict_get_item_cstr(runtime.modules, "sys");
    Object *hook = sys ? dict_get_item_cstr(MODULE_DICT(sys), "displayhook") : NULL;
    if (hook != NULL) {
        Object *result = object_call(hook, &value, 1, NULL);
        xdecref(result);
        return result ? 0 : -1;
    }
    if (dict_set_item_cstr(runtime.builtins, "_", None) < 0)
        return -1;
    Object *text = object_repr(value);
    if (text == NULL)
        return -1;
    fwrite(STR_DATA(text), 1, STR_SIZE(text), stdout);
    fputc('\n', stdout);
    decref(text);
    return dict_set_item_cstr(runtime.builtins, "_", value);
}

static Status exec_expr_stmt(Frame *frame, Node *stmt)
{
    Object *value = eval_expr(frame, stmt->as.expr.value);
    if (value == NULL)
        return EXEC_ERROR;
    int status = stmt->as.expr.echo ? display_value(value) : 0;
    decref(value);
    return status < 0 ? EXEC_ERROR : EXEC_NORMAL;
}

static Status exec_assign(Frame *frame, Node *stmt)
{
    Object *value = eval_expr(frame, stmt->as.assign.value);
    if (value == NULL)
        return EXEC_ERROR;
    int status = 0;
    for (size_t i = 0; status == 0 && i < stmt->as.assign.targets.count; i++)
        status = assign(frame, stmt->as.assign.targets.items[i], value);
    decref(value);
    return status < 0 ? EXEC_ERROR : EXEC_NORMAL;
}

/* `a += b` on a list extends it in place (list.__iadd__), so id(a) stays. */
static Object *list_inplace_concat(Object *list, Object *other)
{
    if (is_list(other) || is_tuple(other)) {
        /* Snapshot the size: `a += a` adds each item once. */
        intptr_t size = is_list(other) ? LIST_SIZE(other) : TUPLE_SIZE(other);
        for (intptr_t i = 0; i < size; i++) {
            Object *item = is_list(other) ? LIST_ITEMS(other)[i] : TUPLE_ITEMS(other)[i];
            if (list_append(list, item) < 0)
                return NULL;
        }
        return incref(list);
    }
    Object *iterator = object_iter(other);
    if (iterator == NULL)
        return NULL;
    Object *item;
    while ((item = iter_next(iterator)) != NULL) {
        int status = list_append(list, item);
        decref(item);
        if (status < 0)
            break;
    }
    decref(iterator);
    return error_occurred() ? NULL : incref(list);
}

static Object *inplace_op(Object *left, Object *right, int op)
{
    if (op == '+' && is_list(left))
        return list_inplace_concat(left, right);
    return number_binary(left, right, op);
}

static Status exec_augassign(Frame *frame, Node *stmt)
{
    Node *target = stmt->as.augassign.target;
    Object *object = NULL, *index = NULL, *current = NULL, *operand = NULL, *result = NULL;
    int status = -1;
    switch (target->kind) {
    case EXPR_NAME:
        current = load_name(frame, target->as.name.id);
        break;
    case EXPR_ATTRIBUTE:
        if ((object = eval_expr(frame, target->as.attribute.object)) != NULL)
            current = object_getattr(object, target->as.attribute.attr);
        break;
    case EXPR_SUBSCRIPT:
        if ((object = eval_expr(frame, target->as.subscript.object)) != NULL
            && (index = eval_expr(frame, target->as.subscript.index)) != NULL)
            current = object_getitem(object, index);
        break;
    default:
        error_format(&exc_SyntaxError, "illegal expression for augmented assignment");
    }
    if (current != NULL && (operand = eval_expr(frame, stmt->as.augassign.value)) != NULL) {
        frame->line = stmt->line;
        result = inplace_op(current, operand, stmt->as.augassign.op);
    }
    if (result != NULL) {
        if (target->kind == EXPR_NAME)
            status = store_name(frame, target->as.name.id, incref(result));
        else if (target->kind == EXPR_ATTRIBUTE)
            status = object_setattr(object, target->as.attribute.attr, result);
        else
            status = object_setitem(object, index, result);
    }
    xdecref(result);
    xdecref(operand);
    xdecref(current);
    xdecref(index);
    xdecref(object);
    return status < 0 ? EXEC_ERROR : EXEC_NORMAL;
}

static int delete_target(Frame *frame, Node *target)
{
    frame->line = target->line;
    switch (target->kind) {
    case EXPR_NAME:
        return delete_name(frame, target->as.name.id);
    case EXPR_ATTRIBUTE: {
        Object *object = eval_expr(frame, target->as.attribute.object);
        if (object == NULL)
            return -1;
        int status = object_delattr(object, target->as.attribute.attr);
        decref(object);
        return status;
    }
    case EXPR_SUBSCRIPT: {
        Object *object = eval_expr(frame, target->as.subscript.object);
        if (object == NULL)
            return -1;
        Object *index = eval_expr(frame, target->as.subscript.index);
        int status = index ? object_delitem(object, index) : -1;
        xdecref(index);
        decref(object);
        return status;
    }
    case EXPR_TUPLE:
    case EXPR_LIST:
        for (size_t i = 0; i < target->as.list.elts.count; i++)
            if (delete_target(frame, target->as.list.elts.items[i]) < 0)
                return -1;
        return 0;
    default:
        error_format(&exc_SyntaxError, "cannot delete expression");
        return -1;
    }
}

static Status exec_del(Frame *frame, Node *stmt)
{
    for (size_t i = 0; i < stmt->as.del.targets.count; i++)
        if (delete_target(frame, stmt->as.del.targets.items[i]) < 0)
            return EXEC_ERROR;
    return EXEC_NORMAL;
}

/* 1, 0, or -1 on error. */
static int eval_truth(Frame *frame, Node *test)
{
    Object *value = eval_expr(frame, test);
    if (value == NULL)
        return -1;
    int truth = object_is_true(value);
    decref(value);
    return truth;
}

static Status exec_if(Frame *frame, Node *stmt)
{
    int truth = eval_truth(frame, stmt->as.if_.test);
    if (truth < 0)
        return EXEC_ERROR;
    return exec_block(frame, truth ? &stmt->as.if_.body : &stmt->as.if_.orelse);
}

static Status exec_while(Frame *frame, Node *stmt)
{
    for (;;) {
        frame->line = stmt->line;
        int truth = interrupt_poll() < 0 ? -1 : eval_truth(frame, stmt->as.if_.test);
        if (truth < 0)
            return EXEC_ERROR;
        if (!truth)
            break;
        Status status = exec_block(frame, &stmt->as.if_.body);
        if (status == EXEC_BREAK)
            return EXEC_NORMAL;
        if (status == EXEC_RETURN || status == EXEC_ERROR)
            return status;
    }
    return exec_block(frame, &stmt->as.if_.orelse);
}

static Status exec_for(Frame *frame, Node *stmt)
{
    Object *iterable = eval_expr(frame, stmt->as.for_.iter);
    if (iterable == NULL)
        return EXEC_ERROR;
    /* GET_ITER replaces the iterable by its iterator on the stack: during
     * the loop only the iterator holds the iterable. */
    Object *iterator = object_iter(iterable);
    decref(iterable);
    if (iterator == NULL)
        return EXEC_ERROR;
    Status status = EXEC_NORMAL;
    for (;;) {
        frame->line = stmt->line;
        Object *item = interrupt_poll() < 0 ? NULL : iter_next(iterator);
        if (item == NULL) {
            status = error_occurred() ? EXEC_ERROR : exec_block(frame, &stmt->as.for_.orelse);
            break;
        }
        int bound = assign(frame, stmt->as.for_.target, item);
        decref(item);
        if (bound < 0) {
            status = EXEC_ERROR;
            break;
        }
        status = exec_block(frame, &stmt->as.for_.body);
        if (status == EXEC_BREAK) {
            status = EXEC_NORMAL;
            break;
        }
        if (status == EXEC_RETURN || status == EXEC_ERROR)
            break;
    }
    decref(iterator);
    return status;
}

/* "f", "C.m", "f.<locals>.g": CPython's __qualname__ of a def or class. */
static Object *qualified_name(Frame *frame, Object *name)
{
    switch (frame->kind) {
    case FRAME_CLASS:
        return str_format("%S.%S", frame->qualname, name);
    case FRAME_FUNCTION:
        return str_format("%S.<locals>.%S", frame->qualname, name);
    default:
        return incref(name);
    }
}

/* The defaults are evaluated once, when `def` runs (MAKE_FUNCTION). */
static Object *eval_defaults(Frame *frame, Node *stmt)
{
    size_t count = 0;
    for (size_t i = 0; i < stmt->as.funcdef.nparams; i++)
        count += stmt->as.funcdef.params[i].value != NULL;
    if (count == 0)
        return NULL;
    Object *defaults = tuple_new((intptr_t)count);
    if (defaults == NULL)
        return NULL;
    size_t filled = 0;
    for (size_t i = 0; i < stmt->as.funcdef.nparams; i++) {
        Node *value = stmt->as.funcdef.params[i].value;
        if (value == NULL)
            continue;
        Object *result = eval_expr(frame, value);
        if (result == NULL) {
            /* The tuple's other slots are still NULL: fill them so its
             * deallocation sees a complete tuple. */
            for (size_t j = filled; j < count; j++)
                TUPLE_ITEMS(defaults)[j] = none_new();
            decref(defaults);
            return NULL;
        }
        TUPLE_ITEMS(defaults)[filled++] = result;
    }
    return defaults;
}

static Status exec_funcdef(Frame *frame, Node *stmt)
{
    Object *defaults = eval_defaults(frame, stmt);
    if (defaults == NULL && error_occurred())
        return EXEC_ERROR;
    Object *qualname = qualified_name(frame, stmt->as.funcdef.name);
    Object *func = qualname ? function_new(stmt->as.funcdef.code, frame->globals, defaults, qualname) : NULL;
    xdecref(qualname);
    xdecref(defaults);
    if (func == NULL)
        return EXEC_ERROR;
    return store_name(frame, stmt->as.funcdef.name, func) < 0 ? EXEC_ERROR : EXEC_NORMAL;
}

static Status exec_return(Frame *frame, Node *stmt)
{
    Object *value = stmt->as.expr.value ? eval_expr(frame, stmt->as.expr.value) : none_new();
    if (value == NULL)
        return EXEC_ERROR;
    object_set_slot(&frame->retval, value);
    return EXEC_RETURN;
}

static Type *eval_base_class(Frame *frame, Node *stmt)
{
    NodeList *bases = &stmt->as.classdef.bases;
    if (bases->count == 0)
        return (Type *)incref((Object *)&object_type);
    if (bases->count > 1) {
        error_format(&exc_TypeError, "minipy supports a single base class");
        return NULL;
    }
    Object *base = eval_expr(frame, bases->items[0]);
    if (base == NULL)
        return NULL;
    if (!is_type(base)) {
        error_format(&exc_TypeError, "bases must be types");
        decref(base);
        return NULL;
    }
        /* A new reference: the class body runs Python code, which may drop
     * the last other reference to the base (it may be a temporary, as in
     * `class B(make()):`), so the base must not be borrowed across it. */
    return (Type *)base;
}

/* The class body runs in a fresh namespace that becomes the class dict. */
static Status exec_classdef(Frame *frame, Node *stmt)
{
    Type *base = eval_base_class(frame, stmt);
    if (base == NULL)
        return EXEC_ERROR;
    Object *name = stmt->as.classdef.name;
    Object *namespace = dict_new();
    Object *qualname = qualified_name(frame, name);
    Object *module = dict_get_item_cstr(frame->globals, "__name__");
    if (module != NULL)
        dict_set_item_cstr(namespace, "__module__", module);
    dict_set_item_cstr(namespace, "__qualname__", qualname);
    Frame body = {
        .kind = FRAME_CLASS,
        .code = stmt->as.classdef.code,
        .unit = stmt->as.classdef.code->unit,
        .globals = frame->globals,
        .names = namespace,
        .qualname = qualname,
    };
    Status status = run_frame(&body);
    Object *cls = NULL;
    if (status != EXEC_ERROR) {
        /* type() keeps __qualname__ out of the class dict. */
        if (dict_get_item_cstr(namespace, "__qualname__") != NULL) {
            Object *key = str_from_cstr("__qualname__");
            dict_del_item(namespace, key);
            decref(key);
        }
        cls = class_new(name, base, namespace);
    }
    decref((Object *)base);
    decref(qualname);
    decref(namespace);
    if (cls == NULL)
        return EXEC_ERROR;
    return store_name(frame, name, cls) < 0 ? EXEC_ERROR : EXEC_NORMAL;
}

static Status exec_import(Frame *frame, Node *stmt)
{
    for (size_t i = 0; i < stmt->as.import.count; i++) {
        ImportName *entry = &stmt->as.import.names[i];
        Object *module = module_import(entry->name);
        if (module == NULL)
            return EXEC_ERROR;
        if (store_name(frame, entry->asname ? entry->asname : entry->name, module) < 0)
            return EXEC_ERROR;
    }
    return EXEC_NORMAL;
}

/* "cannot import name 'x' from 'm' (/path/m.py)". */
static void cannot_import(Object *module, Object *module_name, Object *name)
{
    Object *file = is_type(module) ? NULL : dict_get_item_cstr(MODULE_DICT(module), "__file__");
    if (file != NULL && is_str(file))
        error_format(&exc_ImportError, "cannot import name '%S' from '%S' (%S)", name, module_name, file);
    else
        error_format(&exc_ImportError, "cannot import name '%S' from '%S' (unknown location)",
                     name, module_name);
}

static Status exec_importfrom(Frame *frame, Node *stmt)
{
    Object *module = module_import(stmt->as.import.module);
    if (module == NULL)
        return EXEC_ERROR;
    Status status = EXEC_NORMAL;
    for (size_t i = 0; status == EXEC_NORMAL && i < stmt->as.import.count; i++) {
        ImportName *entry = &stmt->as.import.names[i];
        Object *value = object_getattr(module, entry->name);
        if (value == NULL) {
            if (error_matches(&exc_AttributeError)) {
                error_clear();
                cannot_import(module, stmt->as.import.module, entry->name);
            }
            status = EXEC_ERROR;
        } else if (store_name(frame, entry->asname ? entry->asname : entry->name, value) < 0) {
            status = EXEC_ERROR;
        }
    }
    decref(module);
    return status;
}

/* ---- exceptions -------------------------------------------------------------- */

/* Does `exception` match the class (or tuple of classes) of an except
 * clause? 1, 0, -1. */
static int exception_matches(Object *exception, Object *clause)
{
    if (is_tuple(clause)) {
        for (intptr_t i = 0; i < TUPLE_SIZE(clause); i++) {
            int match = exception_matches(exception, TUPLE_ITEMS(clause)[i]);
            if (match != 0)
                return match;
        }
        return 0;
    }
    if (!is_type(clause) || !type_is_subtype((Type *)clause, &exc_BaseException)) {
        error_format(&exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return object_is_instance_of(exception, (Type *)clause);
}

/* The first handler of `stmt` that matches, or NULL. -1 in *error when
 * evaluating a clause failed (that exception replaces the first). */
static ExceptHandler *find_handler(Frame *frame, Node *stmt, Object *exception, int *error)
{
    for (size_t i = 0; i < stmt->as.try_.nhandlers; i++) {
        ExceptHandler *handler = &stmt->as.try_.handlers[i];
        if (handler->type == NULL)
            return handler;
        Object *clause = eval_expr(frame, handler->type);
        int match = clause ? exception_matches(exception, clause) : -1;
        xdecref(clause);
        if (match < 0) {
            /* The new error is raised by the except line: its own entry. */
            frame->line = handler->line;
            frame->traceback_added = false;
            *error = -1;
            return NULL;
        }
        if (match > 0)
            return handler;
    }
    return NULL;
}

/* Run `body` while `exception` is the one being handled (CPython's
 * exc_info): what a bare `raise` re-raises and, from chapter 8, what a new
 * exception records as its __context__. */
static Status exec_handling(Frame *frame, NodeList *body, Object *exception)
{
    Object *outer = frame->handled;
    frame->handled = exception;
    Status status = exec_block(frame, body);
    frame->handled = outer;
    return status;
}

/* Run an except clause for `exception` (borrowed). As in CPython, the
 * `as` name is deleted when the clause ends, however it ends. */
static Status run_handler(Frame *frame, ExceptHandler *handler, Object *exception)
{
    if (handler->name != NULL && store_name(frame, handler->name, incref(exception)) < 0)
        return EXEC_ERROR;
    frame->traceback_added = false;     /* a new exception gets its own entry */
    Status status = exec_handling(frame, &handler->body, exception);
    if (handler->name != NULL) {
        Object *pending = status == EXEC_ERROR ? error_fetch() : NULL;
        if (delete_name(frame, handler->name) < 0)
            error_clear();
        if (pending != NULL)
            error_restore(pending);
    }
    return status;
}

static Status exec_try_except(Frame *frame, Node *stmt)
{
    Status status = exec_block(frame, &stmt->as.try_.body);
    if (status == EXEC_NORMAL)
        return exec_block(frame, &stmt->as.try_.orelse);
    if (status != EXEC_ERROR || stmt->as.try_.nhandlers == 0)
        return status;
    Object *exception = error_fetch();
    int error = 0;
#if CHAPTER >= CH_CYCLES
    /* CPython 3.11 pushes the exception as handled before matching it,
     * so an error in an except clause gets it as __context__. */
    Object *outer = frame->handled;
    frame->handled = exception;
#endif
    ExceptHandler *handler = find_handler(frame, stmt, exception, &error);
#if CHAPTER >= CH_CYCLES
    frame->handled = outer;
#endif
    if (error < 0) {
        decref(exception);
        return EXEC_ERROR;
    }
    if (handler == NULL) {
        error_restore(exception);
        return EXEC_ERROR;
    }
    frame->line = handler->line;
    status = run_handler(frame, handler, exception);
    decref(exception);
    return status;
}

static Status exec_try(Frame *frame, Node *stmt)
{
    Status status = exec_try_except(frame, stmt);
    if (stmt->as.try_.finalbody.count == 0)
        return status;
    /* finally: park the pending exception or return value, run the block;
     * a break, return or new exception in it wins. */
    Object *pending = status == EXEC_ERROR ? error_fetch() : NULL;
    Object *retval = status == EXEC_RETURN ? frame->retval : NULL;
    frame->retval = NULL;
    bool traceback_added = frame->traceback_added;
    frame->traceback_added = false;
#if CHAPTER >= CH_CYCLES
    /* 3.11 runs a finally block that an exception passes through as a
     * handler of it. */
    Status final_status = exec_handling(frame, &stmt->as.try_.finalbody,
                                        pending ? pending : frame->handled);
#else
    Status final_status = exec_block(frame, &stmt->as.try_.finalbody);
#endif
    if (final_status != EXEC_NORMAL) {
        xdecref(pending);
        xdecref(retval);
        return final_status;
    }
    frame->traceback_added = traceback_added;
    frame->retval = retval;
    if (pending != NULL)
        error_restore(pending);
    return status;
}

/* The exception a bare `raise` re-raises: the one being handled here or in
 * a caller (CPython's exc_info stack). */
static Object *handled_exception(Frame *frame)
{
    for (Frame *f = frame; f != NULL; f = f->back)
        if (f->handled != NULL)
            return f->handled;
    return NULL;
}

#if CHAPTER >= CH_CYCLES
Object *eval_handled_exception(void)
{
    return runtime.frame ? handled_exception(runtime.frame) : NULL;
}
#endif

static Status exec_raise(Frame *frame, Node *stmt)
{
    if (stmt->as.raise.exc == NULL) {
        Object *exception = handled_exception(frame);
        if (exception == NULL) {
            error_format(&exc_RuntimeError, "No active exception to reraise");
            return EXEC_ERROR;
        }
        error_restore(incref(exception));
        frame->traceback_added = true;  /* its traceback already has us */
        return EXEC_ERROR;
    }
    Object *value = eval_expr(frame, stmt->as.raise.exc);
    if (value == NULL)
        return EXEC_ERROR;
    frame->line = stmt->line;
    error_set_object(value);
    decref(value);
    return EXEC_ERROR;
}

static Status exec_assert(Frame *frame, Node *stmt)
{
    int truth = eval_truth(frame, stmt->as.assert_.test);
    if (truth != 0)
        return truth < 0 ? EXEC_ERROR : EXEC_NORMAL;
    if (stmt->as.assert_.msg == NULL) {
        error_set_object((Object *)&exc_AssertionError);
        return EXEC_ERROR;
    }
    Object *message = eval_expr(frame, stmt->as.assert_.msg);
    if (message == NULL)
        return EXEC_ERROR;
    Object *args = tuple_pack(1, message);
    decref(message);
    if (args == NULL)
        return EXEC_ERROR;
    Object *exception = exception_new(&exc_AssertionError, args);
    decref(args);
    if (exception != NULL) {
        error_set_object(exception);
        decref(exception);
    }
    return EXEC_ERROR;
}

static Status exec_stmt(Frame *frame, Node *stmt)
{
    frame->line = stmt->line;
    switch (stmt->kind) {
    case STMT_EXPR:       return exec_expr_stmt(frame, stmt);
    case STMT_ASSIGN:     return exec_assign(frame, stmt);
    case STMT_AUGASSIGN:  return exec_augassign(frame, stmt);
    case STMT_DEL:        return exec_del(frame, stmt);
    case STMT_IF:         return exec_if(frame, stmt);
    case STMT_WHILE:      return exec_while(frame, stmt);
    case STMT_FOR:        return exec_for(frame, stmt);
    case STMT_BREAK:      return EXEC_BREAK;
    case STMT_CONTINUE:   return EXEC_CONTINUE;
    case STMT_PASS:       return EXEC_NORMAL;
    case STMT_FUNCTIONDEF: return exec_funcdef(frame, stmt);
    case STMT_RETURN:     return exec_return(frame, stmt);
    case STMT_CLASSDEF:   return exec_classdef(frame, stmt);
    case STMT_IMPORT:     return exec_import(frame, stmt);
    case STMT_IMPORTFROM: return exec_importfrom(frame, stmt);
    case STMT_GLOBAL:     return EXEC_NORMAL;  /* compile.c made the names global */
    case STMT_TRY:        return exec_try(frame, stmt);
    case STMT_RAISE:      return exec_raise(frame, stmt);
    case STMT_ASSERT:     return exec_assert(frame, stmt);
    default:
        error_format(&exc_RuntimeError, "minipy: cannot run node kind %d", (int)stmt->kind);
        return EXEC_ERROR;
    }
}

/* Run statements in order. An exception leaving one of them gets this
 * frame's traceback entry here, at the innermost statement, with the line
 * that was running. */
static Status exec_block(Frame *frame, NodeList *body)
{
    for (size_t i = 0; i < body->count; i++) {
        Status status = exec_stmt(frame, body->items[i]);
        if (status == EXEC_ERROR)
            add_traceback(frame);
        if (status != EXEC_NORMAL)
            return status;
        frame->traceback_added = false;
    }
    return EXEC_NORMAL;
}

/* ---- units, scripts and the REPL ---------------------------------------------- */

Object *eval_unit(Unit *unit, Object *globals)
{
    /* Like exec(): a namespace without __builtins__ gets them. */
    if (dict_get_item_cstr(globals, "__builtins__") == NULL && runtime.builtins != NULL) {
        Object *builtins = dict_get_item_cstr(runtime.modules, "builtins");
        if (dict_set_item_cstr(globals, "__builtins__", builtins ? builtins : runtime.builtins) < 0)
            return NULL;
    }
    Frame frame = {
        .kind = FRAME_MODULE,
        .code = unit->module_code,
        .unit = unit,
        .globals = globals,
        .names = globals,
    };
#if CHAPTER >= CH_REFCOUNT
    /* --trace-dealloc shows what the program frees while its code runs,
     * not the start-up and tear-down of the runtime around it. */
    bool tracing = runtime.trace_dealloc;
    runtime.trace_dealloc = runtime.trace_requested;
#endif
    Status status = run_frame(&frame);
#if CHAPTER >= CH_REFCOUNT
    runtime.trace_dealloc = tracing;
#endif
    xdecref(frame.retval);
    return status == EXEC_ERROR ? NULL : none_new();
}

char *eval_read_source(const char *path, size_t *size)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL)
        return NULL;
    size_t capacity = 4096, length = 0;
    char *text = mem_alloc(capacity + 1);
    size_t got;
    while ((got = fread(text + length, 1, capacity - length, file)) > 0) {
        length += got;
        if (length == capacity) {
            text = mem_realloc(text, capacity + 1, 2 * capacity + 1);
            capacity *= 2;
        }
    }
    int failed = ferror(file);
    fclose(file);
    if (failed) {
        mem_free(text, capacity + 1);
        errno = EIO;
        return NULL;
    }
    text = mem_realloc(text, capacity + 1, length + 1);
    text[length] = '\0';
    *size = length;
    return text;
}

/* Parse and run one unit in __main__; print an uncaught exception. As
 * CPython frees its AST arena after compiling, the parser's own objects
 * are dropped once the unit has run; the unit goes when its code does. */
static int run_source(const char *source, size_t size, const char *filename, ParseMode mode)
{
    Unit *unit = parse_unit(source, size, filename, mode);
    if (unit == NULL) {
        error_print();
        return 1;
    }
    Object *result = eval_unit(unit, MODULE_DICT(runtime.main_module));
    unit_drop_arena_objects(unit);
    int status = 0;
    if (result == NULL) {
        status = runtime.inspect ? -1 : error_system_exit();
        if (status >= 0) {
            runtime.exiting = true;
        } else {
            interrupt_note_uncaught();
            error_print();
            status = 1;
        }
    }
    xdecref(result);
    decref((Object *)unit);
    fflush(stdout);
    return status;
}

/* CPython makes the script's path absolute (sys.argv[0] stays as given). */
static Object *absolute_path(const char *path)
{
    if (path[0] == '/')
        return str_from_cstr(path);
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd) == NULL)
        return str_from_cstr(path);
    const char *relative = strncmp(path, "./", 2) == 0 ? path + 2 : path;
    return str_format("%s/%s", cwd, relative);
}

int run_file(const char *path)
{
    Object *filename = absolute_path(path);
    struct stat info;
    if (stat(STR_DATA(filename), &info) == 0 && S_ISDIR(info.st_mode)) {
        /* CPython would run the directory's __main__.py; minipy has no
         * packages, so it says what CPython says when there is none. */
        fprintf(stderr, "minipy: can't find '__main__' module in '%s'\n", STR_DATA(filename));
        decref(filename);
        return 1;
    }
    size_t size;
    char *source = eval_read_source(STR_DATA(filename), &size);
    if (source == NULL) {
        fprintf(stderr, "minipy: can't open file '%s': [Errno %d] %s\n",
                STR_DATA(filename), errno, strerror(errno));
        decref(filename);
        return 2;
    }
    Object *globals = MODULE_DICT(runtime.main_module);
    dict_set_item_cstr(globals, "__file__", filename);
    dict_set_item_cstr(globals, "__cached__", None);
    int status = run_source(source, size, STR_DATA(filename), PARSE_FILE);
    mem_free(source, size + 1);
    decref(filename);
    return status;
}

int run_string(const char *code)
{
    return run_source(code, strlen(code), "<string>", PARSE_FILE);
}

/* The REPL's text of one entry, growing line by line. */
typedef struct Entry {
    char *text;
    size_t size, capacity;
} Entry;

static void entry_append(Entry *entry, const char *text, size_t size)
{
    if (entry->size + size + 1 > entry->capacity) {
        size_t capacity = 2 * (entry->size + size + 1);
        entry->text = mem_realloc(entry->text, entry->capacity, capacity);
        entry->capacity = capacity;
    }
    memcpy(entry->text + entry->size, text, size);
    entry->size += size;
    entry->text[entry->size] = '\0';
}

/* Read one line (with its newline) into the entry; false at end of input. */
static bool read_line(Entry *entry, FILE *in)
{
    char chunk[1024];
    bool got = false;
    while (fgets(chunk, sizeof chunk, in) != NULL) {
        got = true;
        size_t length = strlen(chunk);
        entry_append(entry, chunk, length);
        if (length > 0 && chunk[length - 1] == '\n')
            break;
    }
    return got;
}

/* One line of the entry: from libedit on a terminal, else from stdin
 * after a prompt on `prompts`. */
static LineResult read_entry_line(Entry *entry, bool editing, FILE *prompts)
{
    const char *prompt = entry->size == 0 ? ">>> " : "... ";
    if (!editing) {
        fputs(prompt, prompts);
        fflush(prompts);
        return read_line(entry, stdin) ? LINE_READ : LINE_END;
    }
    char *line;
    LineResult got = lineedit_read(prompt, &line);
    if (got == LINE_READ) {
        entry_append(entry, line, strlen(line));
        entry_append(entry, "\n", 1);
        lineedit_free(line);
    }
    return got;
}

static bool is_blank(const char *text, size_t size)
{
    for (size_t i = 0; i < size; i++)
        if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
            return false;
    return true;
}

int run_repl(bool quiet)
{
    (void)quiet;                /* main.c prints the banner */
    runtime.interactive = true;
    /* In --transcript mode main.c has pointed stderr at stdout. */
    FILE *prompts = stderr;
    Entry entry = {0};
    int status = 0;
    bool editing = !runtime.transcript && lineedit_begin();
    while (!runtime.exiting) {
        size_t line_start = entry.size;
        LineResult got = read_entry_line(&entry, editing, prompts);
        if (got == LINE_INTERRUPTED) {
            entry.size = 0;
            continue;
        }
        if (got == LINE_END) {
            if (!is_blank(entry.text, entry.size))
                status = run_source(entry.text, entry.size, "<stdin>", PARSE_SINGLE);
            break;
        }
        if (runtime.transcript) {
            fputs(entry.text + line_start, stdout);
            if (entry.text[entry.size - 1] != '\n')
                fputc('\n', stdout);
        }
        if (is_blank(entry.text, entry.size)) {
            entry.size = 0;
            continue;
        }
        if (parse_needs_more(entry.text, entry.size))
            continue;
        status = run_source(entry.text, entry.size, "<stdin>", PARSE_SINGLE);
        entry.size = 0;
    }
    mem_free(entry.text, entry.capacity);
    if (editing)
        lineedit_end();
    if (runtime.exiting)        /* exit(), raise SystemExit: its status, no newline */
        return status;
    fputc('\n', prompts);
    fflush(prompts);
    return 0;
}
