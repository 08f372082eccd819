/* eval.c: the heart of the tree-walking evaluator: frames, names, calls.
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
 *
 * This file holds what every part of the evaluator shares: the slot
 * helpers, tracebacks, name lookup, running a frame, and calls. Expressions
 * are in eval_expr.c, statements in eval_stmt.c, scripts and the REPL in
 * run.c; eval_internal.h is what they share. CPython: Python/ceval.c.
 */
#include <string.h>

#include "eval_internal.h"
#include "stackguard.h"

/* ---- small helpers ---------------------------------------------------------- */

Object **alloc_slots(Object **small, size_t small_count, size_t count)
{
    return count <= small_count ? small : mem_alloc(count * sizeof(Object *));
}

void free_slots(Object **slots, Object **small, size_t count)
{
    if (slots != small)
        mem_free(slots, count * sizeof(Object *));
}

void eval_drop_slots(Object **slots, size_t count)
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

/* The locals moved out of a finishing frame into an array of their own
 * (NULL when it has none): the Frame's slots are left empty. A call's
 * slots may live in its caller's C frame, which is about to go. */
static Object **locals_moved_out(Frame *frame)
{
    if (frame->fast == NULL)
        return NULL;
    size_t size = (frame->nfast ? frame->nfast : 1) * sizeof *frame->fast;
    Object **moved = mem_alloc(size);
    memset(moved, 0, size);
    memcpy(moved, frame->fast, frame->nfast * sizeof *frame->fast);
    memset(frame->fast, 0, frame->nfast * sizeof *frame->fast);
    return moved;
}

/* The frame finishes (CPython's _PyFrame_Clear): if its frame object is
 * held elsewhere (by a traceback, say), the object takes the locals over,
 * copied as CPython copies the frame into its object (take_ownership), and
 * links to its caller's frame object; the Frame's slots are then empty. */
static void frame_release(Frame *frame)
{
    Object *frame_object = frame->frame_object;
    if (frame_object == NULL)
        return;
    if (frame_object->refcount > 1) {
        Object *back = frame->back ? frame_object_of(frame->back) : NULL;
        frame_object_take_ownership(frame_object, locals_moved_out(frame), frame->line, back);
    }
    frame->frame_object = NULL;
    decref(frame_object);
}
#endif

/* The exception leaves a statement of this frame: record where, once per
 * frame (CPython's PyTraceBack_Here). */
void add_traceback(Frame *frame)
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

/* Borrowed value of `name` in `dict`, NULL if absent (or on error);
 * through the name node's entry hint when there is one. */
static Object *dict_lookup(Object *dict, Object *name, intptr_t *hint)
{
    if (dict == NULL)
        return NULL;
    return hint ? dict_get_name(dict, name, hint) : dict_get_item(dict, name);
}

/* What the slot holds: the value, or a cell (eval_cells.c). */
static unsigned slot_kind(Frame *frame, intptr_t slot)
{
    return frame->code->slot_kinds ? frame->code->slot_kinds[slot] : SLOT_LOCAL;
}

/* The namespace a module or class body stores `name` in: a class's
 * `global x` sends x to the globals. */
static Object *names_for(Frame *frame, Object *name)
{
    if (frame->names == NULL || (frame->kind == FRAME_CLASS && class_declared_global(frame, name)))
        return frame->globals;
    return frame->names;
}

/* The slot of a name node's identifier in this frame's code, from the
 * node's cache when the same code ran it last: CPython's compiler puts
 * the index in the instruction (LOAD_FAST i); minipy finds it once per
 * node instead of comparing names on every access. */
static intptr_t node_slot(Frame *frame, Node *node)
{
    if (node->as.name.slot_code != frame->code) {
        node->as.name.slot = local_slot(frame, node->as.name.id);
        node->as.name.slot_code = frame->code;
    }
    return node->as.name.slot;
}

static Object *load_name_in(Frame *frame, Object *name, intptr_t slot, intptr_t *hint);

/* Does the name node know that the globals lack its name (a built-in's
 * node does), their keys unchanged since it looked? */
static inline bool globals_lack(Object *globals, Node *node)
{
    uint32_t absent = node->as.name.absent_version;
    if (absent == 0)
        return false;
    if (absent == dict_keys_version(globals))
        return true;
    node->as.name.absent_version = 0;   /* a key came or went: look again */
    return false;
}

/* LOAD_GLOBAL, and LOAD_NAME where the namespace is the globals (a
 * module's body): the globals, then the builtins. A built-in's node
 * remembers that the globals lacked it, under their keys' version, and
 * skips their search until a key comes or goes (CPython 3.11's
 * LOAD_GLOBAL_BUILTIN checks the same version). */
static Object *load_global(Frame *frame, Node *node)
{
    Object *globals = frame->globals;
    if (!globals_lack(globals, node)) {
        Object *value = dict_get_name(globals, node->as.name.id, &node->as.name.hint);
        if (value != NULL)
            return incref(value);
        if (error_occurred())
            return NULL;
        node->as.name.absent_version = dict_keys_version(globals);
    }
    Object *value = dict_lookup(runtime.builtins, node->as.name.id, &node->as.name.hint);
    if (value != NULL)
        return incref(value);
    return error_occurred() ? NULL : name_error(node->as.name.id);
}
EVAL_SLOW static int store_name_in(Frame *frame, Object *name, intptr_t slot, Object *value,
                         intptr_t *hint);

EVAL_SLOW static Object *load_name_slow(Frame *frame, Node *node)
{
    intptr_t slot = node_slot(frame, node);
    if (slot >= 0 && slot_kind(frame, slot) == SLOT_LOCAL && frame->fast[slot] != NULL)
        return incref(frame->fast[slot]);
    if (slot < 0 && (frame->names == NULL || frame->names == frame->globals))
        return load_global(frame, node);
    return load_name_in(frame, node->as.name.id, slot, &node->as.name.hint);
}

/* The same as load_name and store_name, for a name node: its slot and
 * its dict entry hint are cached in the node. */
Object *load_name_node(Frame *frame, Node *node)
{
    intptr_t slot = cached_local_slot(frame, node);
    if (slot >= 0 && frame->fast[slot] != NULL)
        return incref(frame->fast[slot]);       /* LOAD_FAST, the common case */
    return load_name_slow(frame, node);
}

EVAL_SLOW static int store_name_slow(Frame *frame, Node *node, Object *value)
{
    return store_name_in(frame, node->as.name.id, node_slot(frame, node), value,
                         &node->as.name.hint);
}

int store_name_node(Frame *frame, Node *node, Object *value)
{
    intptr_t slot = cached_local_slot(frame, node);
    if (slot >= 0) {
        object_set_slot(&frame->fast[slot], value);     /* STORE_FAST */
        return 0;
    }
    return store_name_slow(frame, node, value);
}

/* Empty the local of name node `name` if it holds `value` and nothing but
 * the local and the caller holds `value`: the caller then owns it alone.
 * 3.11's BINARY_OP_INPLACE_ADD_UNICODE does this for `s = s + t` and
 * `s += t` when s is a plain local (not a cell, not a global). */
bool take_local(Frame *frame, Node *name, Object *value)
{
    intptr_t slot = node_slot(frame, name);
    if (slot < 0 || slot_kind(frame, slot) != SLOT_LOCAL || frame->fast[slot] != value
        || value->refcount != 2)
        return false;
    frame->fast[slot] = NULL;
    decref(value);      /* the local's reference; the caller's remains */
    return true;
}

/* LOAD_FAST, LOAD_DEREF, LOAD_NAME, LOAD_GLOBAL: a new reference. */
Object *load_name(Frame *frame, Object *name)
{
    return load_name_in(frame, name, local_slot(frame, name), NULL);
}

static Object *load_name_in(Frame *frame, Object *name, intptr_t slot, intptr_t *hint)
{
    if (slot >= 0) {
        unsigned kind = slot_kind(frame, slot);
        if (kind == SLOT_LOCAL) {
            Object *value = frame->fast[slot];
            return value ? incref(value) : unbound_local(name);
        }
        if (!(kind & SLOT_HIDDEN))
            return load_deref(frame, slot, name);
    }
    Object *value = NULL;
    Object *names = names_for(frame, name);
    if (names != frame->globals)
        value = dict_lookup(names, name, hint);
    if (value == NULL && !error_occurred())
        value = dict_lookup(frame->globals, name, hint);
    if (value == NULL && !error_occurred())
        value = dict_lookup(runtime.builtins, name, hint);
    if (value != NULL)
        return incref(value);
    return error_occurred() ? NULL : name_error(name);
}

/* STORE_*: steals `value`. */
int store_name(Frame *frame, Object *name, Object *value)
{
    return store_name_in(frame, name, local_slot(frame, name), value, NULL);
}

EVAL_SLOW static int store_name_in(Frame *frame, Object *name, intptr_t slot, Object *value,
                         intptr_t *hint)
{
    unsigned kind = slot >= 0 ? slot_kind(frame, slot) : SLOT_HIDDEN;
    if (kind == SLOT_LOCAL) {
        object_set_slot(&frame->fast[slot], value);
        return 0;
    }
    if (!(kind & SLOT_HIDDEN)) {
        cell_set(frame->fast[slot], value);     /* STORE_DEREF */
        return 0;
    }
    Object *names = names_for(frame, name);
    int status = hint ? dict_set_name(names, name, value, hint) : dict_set_item(names, name, value);
    decref(value);
    return status;
}

int delete_name(Frame *frame, Object *name)
{
    intptr_t slot = local_slot(frame, name);
    unsigned kind = slot >= 0 ? slot_kind(frame, slot) : SLOT_HIDDEN;
    if (kind == SLOT_LOCAL) {
        if (frame->fast[slot] == NULL) {
            unbound_local(name);
            return -1;
        }
        CLEAR_SLOT(frame->fast[slot]);
        return 0;
    }
    if (!(kind & SLOT_HIDDEN))
        return delete_deref(frame, slot, name);
    Object *dict = names_for(frame, name);
    if (dict_get_item(dict, name) == NULL) {
        if (!error_occurred())
            name_error(name);
        return -1;
    }
    return dict_del_item(dict, name);
}

/* ---- running a frame -------------------------------------------------------- */

/* run_frame's body, inline in the call of a function (eval_function_body)
 * as well: a call is the evaluator's most frequent way in. The depth test
 * is enter_recursive_call's, made here and left to it only to raise. */
static inline Status run_frame_inline(Frame *frame)
{
    if (runtime.recursion_depth >= runtime.recursion_limit || stack_exhausted()) {
        enter_recursive_call("");       /* the same test: raises RecursionError */
        return EXEC_ERROR;
    }
    runtime.recursion_depth++;
    frame->back = runtime.frame;
    runtime.frame = frame;
    frame->line = frame->code->body && frame->code->body->count
        ? frame->code->body->items[0]->line : 1;
    Status status = interrupt_poll() < 0 ? EXEC_ERROR : exec_block(frame, frame->code->body);
#if CHAPTER >= CH_CYCLES
    if (frame->frame_object != NULL)
        frame_release(frame);
#endif
    runtime.frame = frame->back;
    runtime.recursion_depth--;
    return status;
}

Status run_frame(Frame *frame)
{
    return run_frame_inline(frame);
}

/* A generator's frame: its locals die in slot order, as in CPython
 * (from chapter 8 on, a frame object may have taken them over instead:
 * frame_release has left the slots empty), then their array goes. */
void eval_frame_drop(Frame *frame)
{
#if CHAPTER >= CH_CYCLES
    frame_release(frame);
#endif
    eval_drop_slots(frame->fast, frame->nfast);
    mem_free(frame->fast, (frame->nfast ? frame->nfast : 1) * sizeof *frame->fast);
    frame->fast = NULL;
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
    if (func->code->slot_kinds != NULL)
        cells_enter(func->code, func->closure, locals);
    Status status = run_frame_inline(&frame);
    eval_drop_slots(locals, nlocals);   /* in slot order, as CPython */
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
    eval_drop_slots(args, total);
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
        if ((stack[filled] = eval_operand(frame, node->as.call.args.items[i])) == NULL)
            goto done;
    for (size_t i = 0; i < nkeywords; i++, filled++)
        if ((stack[filled] = eval_operand(frame, node->as.call.keywords[i].value)) == NULL)
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
    eval_drop_slots(stack, filled);
    free_slots(stack, small, total);
    xdecref(kwnames);
    xdecref(callable);
    return result;
}

/* `items.append(x)` of an exact list: x evaluated and appended, None the
 * result, with no call of the method (CPython 3.11's
 * CALL_NO_KW_LIST_APPEND); the list, then x, dropped as after the call. */
static Object *append_to_list(Frame *frame, Node *node, Object *list)
{
    Object *item = eval_operand(frame, node->as.call.args.items[0]);
    if (item != NULL) {
        frame->line = node->line;
        list_append(list, item);
    }
    decref(list);
    if (item == NULL)
        return NULL;
    decref(item);
    return none_new();
}

/* finish_call for a built-in method of self's type called with a few
 * positional arguments, the commonest call (`items.append(x)`): the same
 * references held for the same span, without the general frame of
 * finish_call. */
static Object *call_builtin_method(Frame *frame, Node *node, Object *self,
                                   const MethodDef *method)
{
    size_t count = node->as.call.args.count;
    if (node->as.call.nkeywords != 0 || count > SMALL_ARGS)
        return finish_call(frame, node, NULL, self, method);
    if (method->fn == list_append_method && count == 1 && is_list(self))
        return append_to_list(frame, node, self);
    Object *args[SMALL_ARGS];
    Object *result = NULL;
    size_t filled = 0;
    for (; filled < count; filled++)
        if ((args[filled] = eval_operand(frame, node->as.call.args.items[filled])) == NULL)
            break;
    if (filled == count) {
        frame->line = node->line;
        result = method->fn(self, args, count, NULL);
    }
    decref(self);
    eval_drop_slots(args, filled);
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
    Object *receiver = attribute_object(frame, attribute);
    if (receiver == NULL)
        return NULL;
    GetAttrFn getattr = receiver->type->getattr;
    if (getattr == NULL || getattr == generic_getattr) {
        /* A built-in type's own attributes never change and hold no
         * function defined in Python, and its instances (but exceptions')
         * have no attributes of their own (object_dict_slot): its method,
         * if it has one, is the answer without the search along the MRO
         * (LOAD_METHOD's inline cache in CPython 3.11). */
        if (!(receiver->type->flags & (TYPE_HEAP | TYPE_EXCEPTION))) {
            const MethodDef *builtin = type_lookup_builtin_method(receiver->type, name);
            if (builtin != NULL)
                return call_builtin_method(frame, node, receiver, builtin);
        }
#if CHAPTER >= CH_THRESHOLDS
        Object *cached = method_cache_load(receiver, &attribute->as.attribute.cache);
        if (cached != NULL)
            return finish_call(frame, node, incref(cached), receiver, NULL);
#endif
        /* Held while the instance dict is searched: a key's __eq__ may
         * change the class (CPython's _PyObject_GetMethod holds it too). */
        Object *found = type_lookup(receiver->type, name);
        bool on_class = found != NULL;
        if (on_class && is_function(found)) {
            incref(found);
            if (!instance_dict_has(receiver, name)) {
#if CHAPTER >= CH_THRESHOLDS
                method_cache_fill(receiver, name, found, &attribute->as.attribute.cache);
#endif
                return finish_call(frame, node, found, receiver, NULL);
            }
            decref(found);
        }
        const MethodDef *def = on_class ? NULL : type_lookup_builtin_method(receiver->type, name);
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

Object *eval_call(Frame *frame, Node *node)
{
    if (node->as.call.unpacks)
        return eval_call_unpacking(frame, node);
    if (node->as.call.func->kind == EXPR_ATTRIBUTE)
        return eval_method_call(frame, node);
    Object *callable = eval_operand(frame, node->as.call.func);
    if (callable == NULL)
        return NULL;
    return finish_call(frame, node, callable, NULL, NULL);
}

/* ---- running a unit ---------------------------------------------------------- */

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
