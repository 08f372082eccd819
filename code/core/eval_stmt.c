/* eval_stmt.c: running statements, from `x = 1` to `try`/`except`.
 *
 * exec_block runs a body statement by statement and records the traceback
 * entry of an exception that leaves one; each exec_* function returns how
 * control leaves it (Status). CPython: the statement opcodes of
 * Python/ceval.c and its exception handling (the exception table of
 * Python/compile.c).
 */
#include "eval_internal.h"
#include "streams.h"

/* ---- statements ------------------------------------------------------------- */

static inline Status run_body(Frame *frame, NodeList *body);

/* sys.displayhook's default (CPython's sys_displayhook): None shows
 * nothing; otherwise print the repr and bind builtins._ to the value. */
EVAL_SLOW static int display_value(Object *value)
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
    if (streams_check_stdout() < 0)
        return -1;
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

/* `s = s + t`: the target is the left operand's name, so the add may
 * reuse the str that s holds (eval_binary_to). */
static Node *adds_to_itself(Node *stmt)
{
    Node *value = stmt->as.assign.value;
    if (stmt->as.assign.targets.count != 1 || value->kind != EXPR_BINARY
        || value->as.binary.op != '+')
        return NULL;
    Node *target = stmt->as.assign.targets.items[0], *left = value->as.binary.left;
    if (target->kind != EXPR_NAME || left->kind != EXPR_NAME
        || target->as.name.id != left->as.name.id)
        return NULL;
    return target;
}

/* t1 = t2 = value: each target in turn, from the left. */
EVAL_APART static int assign_each(Frame *frame, NodeList *targets, Object *value)
{
    int status = 0;
    for (size_t i = 0; status == 0 && i < targets->count; i++)
        status = assign(frame, targets->items[i], value);
    decref(value);
    return status;
}

static Status exec_assign(Frame *frame, Node *stmt)
{
    Node *itself = adds_to_itself(stmt);
    Object *value = itself ? eval_binary_to(frame, stmt->as.assign.value, itself)
                           : eval_operand(frame, stmt->as.assign.value);
    if (value == NULL)
        return EXEC_ERROR;
    NodeList *targets = &stmt->as.assign.targets;
    int status = targets->count == 1    /* the value moves to its target */
        ? assign_steal(frame, targets->items[0], value)
        : assign_each(frame, targets, value);
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
    /* list's sq_inplace_concat, for a subclass too unless its class
     * defines __iadd__ or __add__ (CPython tries those slots first). */
    if (op == '+' && is_list_or_subclass(left) && left->type->inplace == NULL
        && left->type->add == list_type.add)
        return list_inplace_concat(left, right);
    return number_inplace(left, right, op);
}

static Status exec_augassign(Frame *frame, Node *stmt)
{
    Node *target = stmt->as.augassign.target;
    Object *object = NULL, *index = NULL, *current = NULL, *operand = NULL, *result = NULL;
    int status = -1;
    switch (target->kind) {
    case EXPR_NAME:
        current = load_name_node(frame, target);
        break;
    case EXPR_ATTRIBUTE:
        if ((object = eval_expr(frame, target->as.attribute.object)) != NULL)
            current = attribute_get(target, object);
        break;
    case EXPR_SUBSCRIPT:
        if ((object = eval_expr(frame, target->as.subscript.object)) != NULL
            && (index = eval_expr(frame, target->as.subscript.index)) != NULL)
            current = object_getitem(object, index);
        break;
    default:
        error_format(&exc_SyntaxError, "illegal expression for augmented assignment");
    }
    if (current != NULL && (operand = eval_operand(frame, stmt->as.augassign.value)) != NULL) {
        frame->line = stmt->line;
        if (target->kind == EXPR_NAME && stmt->as.augassign.op == '+' && is_str(current)
            && is_str(operand) && take_local(frame, target, current)) {
            result = str_append(current, operand);  /* as eval_binary_to */
            current = NULL;
        } else {
            result = inplace_op(current, operand, stmt->as.augassign.op);
        }
    }
    if (result != NULL) {
        if (target->kind == EXPR_NAME)
            status = store_name_node(frame, target, incref(result));
        else if (target->kind == EXPR_ATTRIBUTE)
            status = attribute_set(target, object, result);
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
    case EXPR_ATTRIBUTE:
    case EXPR_SUBSCRIPT:
        return store_member(frame, target, NULL);
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
    Object *value = eval_operand(frame, test);
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
        Status status = run_body(frame, &stmt->as.if_.body);
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
        int bound = assign_steal(frame, stmt->as.for_.target, item);
        if (bound < 0) {
            status = EXEC_ERROR;
            break;
        }
        status = run_body(frame, &stmt->as.for_.body);
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

/* "f", "C.m", "f.<locals>.g", "<listcomp>.<lambda>": CPython's
 * __qualname__ of a def, class, lambda or comprehension. */
Object *qualified_name(Frame *frame, Object *name)
{
    switch (frame->kind) {
    case FRAME_CLASS:
        return str_format("%S.%S", frame->qualname, name);
    case FRAME_FUNCTION:
        if (frame->code->comprehension)
            return str_format("%S.%S", frame->qualname, name);
        return str_format("%S.<locals>.%S", frame->qualname, name);
    default:
        return incref(name);
    }
}

/* The defaults are evaluated once, when `def` runs (MAKE_FUNCTION). */
static Object *eval_defaults(Frame *frame, Node *stmt)
{
    size_t count = 0, npositional = stmt->as.funcdef.nargcount;
    for (size_t i = 0; i < npositional; i++)
        count += stmt->as.funcdef.params[i].value != NULL;
    if (count == 0)
        return NULL;
    Object *defaults = tuple_new((intptr_t)count);
    if (defaults == NULL)
        return NULL;
    size_t filled = 0;
    for (size_t i = 0; i < npositional; i++) {
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

/* The keyword-only parameters' defaults, a dict (__kwdefaults__), after
 * the positional ones as CPython evaluates them; NULL if none. */
static Object *eval_kwdefaults(Frame *frame, Node *stmt)
{
    Object *kwdefaults = NULL;
    size_t first = stmt->as.funcdef.nargcount, end = first + stmt->as.funcdef.nkwonly;
    for (size_t i = first; i < end; i++) {
        Keyword *param = &stmt->as.funcdef.params[i];
        if (param->value == NULL)
            continue;
        if (kwdefaults == NULL && (kwdefaults = dict_new()) == NULL)
            return NULL;
        Object *value = eval_expr(frame, param->value);
        int status = value ? dict_set_item(kwdefaults, param->name, value) : -1;
        xdecref(value);
        if (status < 0) {
            decref(kwdefaults);
            return NULL;
        }
    }
    return kwdefaults;
}

/* MAKE_FUNCTION: the defaults first, then the closure (a def and a
 * lambda alike). */
Object *make_function(Frame *frame, Node *node)
{
    Object *defaults = eval_defaults(frame, node);
    if (defaults == NULL && error_occurred())
        return NULL;
    Object *kwdefaults = eval_kwdefaults(frame, node);
    if (kwdefaults == NULL && error_occurred()) {
        xdecref(defaults);
        return NULL;
    }
    Object *closure = make_closure(frame, node->as.funcdef.code);
    Object *qualname = qualified_name(frame, node->as.funcdef.name);
    Object *func = qualname ? function_new(node->as.funcdef.code, frame->globals, defaults, qualname) : NULL;
    xdecref(qualname);
    xdecref(defaults);
    if (func != NULL) {
        ((FunctionObject *)func)->closure = closure;
        ((FunctionObject *)func)->kwdefaults = kwdefaults;
    } else {
        xdecref(closure);
        xdecref(kwdefaults);
    }
    return func;
}

static Status exec_funcdef(Frame *frame, Node *stmt)
{
    Object *func = make_function(frame, stmt);
    if (func == NULL)
        return EXEC_ERROR;
    return store_name(frame, stmt->as.funcdef.name, func) < 0 ? EXEC_ERROR : EXEC_NORMAL;
}

static Status exec_return(Frame *frame, Node *stmt)
{
    Object *value = stmt->as.expr.value ? eval_operand(frame, stmt->as.expr.value) : none_new();
    if (value == NULL)
        return EXEC_ERROR;
    object_set_slot(&frame->retval, value);
    return EXEC_RETURN;
}

#if CHAPTER >= CH_CYCLES
/* From chapter 8, where a class keeps its __mro__: the bases as a tuple,
 * () for none, each checked to be a type. A new reference: the class body
 * runs Python code, which may drop the last other reference to a base (it
 * may be a temporary, as in `class B(make()):`). */
/* Every base a type, checked once all are evaluated. CPython derives the
 * metaclass from them first: a type beside a non-type is its "metaclass
 * conflict"; minipy has no metaclasses, so bases that are all non-types
 * (which CPython would call as a metaclass) get "bases must be types". */
static int check_bases(Object **items, size_t count)
{
    size_t types = 0;
    for (size_t i = 0; i < count; i++)
        types += is_type(items[i]);
    if (types == count)
        return 0;
    if (types > 0)
        error_format(&exc_TypeError, "metaclass conflict: the metaclass of a derived class must "
                     "be a (non-strict) subclass of the metaclasses of all its bases");
    else
        error_format(&exc_TypeError, "bases must be types");
    return -1;
}

static Object *eval_bases(Frame *frame, Node *stmt)
{
    NodeList *nodes = &stmt->as.classdef.bases;
    size_t count = nodes->count;
    /* Evaluated first, then packed, as CPython's __build_class__ packs
     * them (the tuple is allocated after the expressions ran). */
    Object **items = mem_alloc((count ? count : 1) * sizeof(Object *));
    size_t made = 0;
    for (; made < count; made++) {
        items[made] = eval_expr(frame, nodes->items[made]);
        if (items[made] == NULL)
            break;
    }
    Object *bases = made == count && check_bases(items, count) == 0
        ? tuple_from_array(items, (intptr_t)count) : NULL;
    for (size_t i = 0; i < made; i++)
        decref(items[i]);
    mem_free(items, (count ? count : 1) * sizeof(Object *));
    return bases;
}

/* The class object, once the body has filled `namespace`: CPython's
 * type_new picks the base that lays instances out only now, so that its
 * errors come after the body's side effects. */
static Object *make_class(Object *name, Object *bases, Object *namespace)
{
    if (TUPLE_SIZE(bases) == 0)
        return class_new(name, &object_type, NULL, namespace);
    Type *base = class_best_base(bases);
    return base ? class_new(name, base, bases, namespace) : NULL;
}
#else
static Type *eval_base_class(Frame *frame, Node *stmt)
{
    NodeList *bases = &stmt->as.classdef.bases;
    if (bases->count == 0)
        return (Type *)incref((Object *)&object_type);
    if (bases->count > 1) {
        /* The MRO of several bases is a tuple starting with the class:
         * a cycle, which needs chapter 8's collector. */
        error_format(&exc_TypeError, "minipy supports a single base class before chapter 8");
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
#endif

/* The class body runs in a fresh namespace that becomes the class dict. */
static Status exec_classdef(Frame *frame, Node *stmt)
{
#if CHAPTER >= CH_CYCLES
    Object *bases = eval_bases(frame, stmt);
    if (bases == NULL)
        return EXEC_ERROR;
#else
    Type *base = eval_base_class(frame, stmt);
    if (base == NULL)
        return EXEC_ERROR;
#endif
    Object *name = stmt->as.classdef.name;
    Object *namespace = dict_new();
    Object *qualname = qualified_name(frame, name);
    Object *module = dict_get_item_cstr(frame->globals, "__name__");
    if (module != NULL)
        dict_set_item_cstr(namespace, "__module__", module);
    dict_set_item_cstr(namespace, "__qualname__", qualname);
    Code *code = stmt->as.classdef.code;
    Object **cells = class_cells_new(frame, code);
    size_t ncells = cells ? (size_t)TUPLE_SIZE(code->local_names) : 0;
    Object *cell = class_cell(code, cells);
    Frame body = {
        .kind = FRAME_CLASS,
        .code = code,
        .unit = code->unit,
        .globals = frame->globals,
        .names = namespace,
        .fast = cells,
        .nfast = ncells,
        .qualname = qualname,
    };
    Status status = run_frame(&body);
    class_cells_free(body.fast, ncells);    /* NULL if a frame object took them */
    Object *cls = NULL;
    if (status != EXEC_ERROR) {
        /* type() keeps __qualname__ out of the class dict. */
        if (dict_get_item_cstr(namespace, "__qualname__") != NULL) {
            Object *key = str_from_cstr("__qualname__");
            dict_del_item(namespace, key);
            decref(key);
        }
#if CHAPTER >= CH_CYCLES
        cls = make_class(name, bases, namespace);
#else
        cls = class_new(name, base, NULL, namespace);
#endif
    }
    if (cell != NULL) {
        if (cls != NULL)
            cell_set(cell, incref(cls));
        decref(cell);
    }
#if CHAPTER >= CH_CYCLES
    decref(bases);
#else
    decref((Object *)base);
#endif
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

static Status exec_break(Frame *frame, Node *stmt)
{
    (void)frame, (void)stmt;
    return EXEC_BREAK;
}

static Status exec_continue(Frame *frame, Node *stmt)
{
    (void)frame, (void)stmt;
    return EXEC_CONTINUE;
}

/* pass; and global and nonlocal, whose work the compiler did (compile.c
 * made the names global, symtable.c made them free). */
static Status exec_nothing(Frame *frame, Node *stmt)
{
    (void)frame, (void)stmt;
    return EXEC_NORMAL;
}

static Status exec_unknown(Frame *frame, Node *stmt)
{
    (void)frame;
    error_format(&exc_RuntimeError, "minipy: cannot run node kind %d", (int)stmt->kind);
    return EXEC_ERROR;
}

/* One function per kind of statement, as expr_kinds is for expressions
 * (eval_expr.c): a switch whose cases the compiler inlines would save and
 * restore, at every statement, the registers of the biggest case. */
typedef Status (*StmtFn)(Frame *frame, Node *stmt);

#define STMT_INDEX(kind) ((kind) - STMT_EXPR)

static const StmtFn stmt_kinds[STMT_INDEX(STMT_ASSERT) + 1] = {
    [STMT_INDEX(STMT_EXPR)] = exec_expr_stmt,
    [STMT_INDEX(STMT_ASSIGN)] = exec_assign,
    [STMT_INDEX(STMT_AUGASSIGN)] = exec_augassign,
    [STMT_INDEX(STMT_DEL)] = exec_del,
    [STMT_INDEX(STMT_IF)] = exec_if,
    [STMT_INDEX(STMT_WHILE)] = exec_while,
    [STMT_INDEX(STMT_FOR)] = exec_for,
    [STMT_INDEX(STMT_BREAK)] = exec_break,
    [STMT_INDEX(STMT_CONTINUE)] = exec_continue,
    [STMT_INDEX(STMT_PASS)] = exec_nothing,
    [STMT_INDEX(STMT_FUNCTIONDEF)] = exec_funcdef,
    [STMT_INDEX(STMT_RETURN)] = exec_return,
    [STMT_INDEX(STMT_CLASSDEF)] = exec_classdef,
    [STMT_INDEX(STMT_IMPORT)] = exec_import,
    [STMT_INDEX(STMT_IMPORTFROM)] = exec_importfrom,
    [STMT_INDEX(STMT_GLOBAL)] = exec_nothing,
    [STMT_INDEX(STMT_NONLOCAL)] = exec_nothing,
    [STMT_INDEX(STMT_TRY)] = exec_try,
    [STMT_INDEX(STMT_WITH)] = exec_with,
    [STMT_INDEX(STMT_RAISE)] = exec_raise,
    [STMT_INDEX(STMT_ASSERT)] = exec_assert,
};

static Status exec_stmt(Frame *frame, Node *stmt)
{
    frame->line = stmt->line;
    unsigned index = (unsigned)stmt->kind - STMT_EXPR;
    if (index > STMT_INDEX(STMT_ASSERT))
        return exec_unknown(frame, stmt);
    return stmt_kinds[index](frame, stmt);
}

/* Run statements in order. An exception leaving one of them gets this
 * frame's traceback entry here, at the innermost statement, with the line
 * that was running. Inline in the loops, whose bodies run again and again. */
static inline Status run_body(Frame *frame, NodeList *body)
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

Status exec_block(Frame *frame, NodeList *body)
{
    return run_body(frame, body);
}
