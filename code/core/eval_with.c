/* eval_with.c: the `with` statement (CPython 3.11's BEFORE_WITH and
 * WITH_EXCEPT_START, Python/ceval.c).
 *
 *     with manager as target:
 *         body
 *
 * looks `__enter__` and `__exit__` up on the manager's TYPE and binds both
 * to the manager, keeps the bound `__exit__` (the manager itself leaves the
 * stack: from here the bound method is what keeps it alive, which is what
 * sys.getrefcount shows in the body), calls `__enter__` and binds its
 * result to the target. However the body ends, `__exit__` runs: with
 * (None, None, None) when it ends normally, by break, continue or return;
 * with (type, exception, traceback) when an exception leaves it, and a
 * true result then swallows the exception.
 */
#include "eval_internal.h"

/* type(manager).name bound to manager, or NULL (no error) when the type
 * has no such attribute (CPython's _PyObject_LookupSpecial). */
static Object *lookup_bound(Object *manager, const char *name)
{
    Object *attribute = type_lookup_cstr(manager->type, name);
    if (attribute == NULL)
        return NULL;
    if (is_function(attribute)) {
        incref(attribute);      /* borrowed from the class: hold it */
        Object *method = method_new(attribute, manager);
        decref(attribute);
        return method;
    }
    return incref(attribute);
}

/* The bound __exit__ (new reference), the bound __enter__ in *enter;
 * NULL with CPython's TypeError for an object that is not a context
 * manager. */
static Object *context_methods(Object *manager, Object **enter_out)
{
    Object *enter = lookup_bound(manager, "__enter__");
    if (enter == NULL)
        return error_format(&exc_TypeError,
                            "'%T' object does not support the context manager protocol",
                            manager);
    Object *exit = lookup_bound(manager, "__exit__");
    if (exit == NULL) {
        decref(enter);
        return error_format(&exc_TypeError, "'%T' object does not support the context "
                            "manager protocol (missed __exit__ method)", manager);
    }
    *enter_out = enter;
    return exit;
}

/* __exit__(None, None, None) after a body that ended without an
 * exception: 0, or -1 when __exit__ raised. */
static int exit_quietly(Frame *frame, Node *stmt, Object *exit)
{
    Object *args[3] = {None, None, None};
    /* `return` parked its value in the frame: keep it across the call. */
    Object *retval = frame->retval;
    frame->retval = NULL;
    frame->line = stmt->line;
    Object *result = object_call(exit, args, 3, NULL);
    frame->retval = retval;
    xdecref(result);
    return result ? 0 : -1;
}

/* __exit__(type, exception, traceback) while the exception is being
 * handled: 1 when it swallowed the exception, 0 when the exception goes
 * on (restored), -1 when __exit__ raised (the new exception replaces it,
 * with it as __context__). */
static int exit_with_exception(Frame *frame, Node *stmt, Object *exit)
{
    Object *exception = error_fetch();
    Object *traceback = object_getattr_cstr(exception, "__traceback__");
    if (traceback == NULL) {        /* before chapter 8 there is none */
        error_clear();
        traceback = incref(None);
    }
    Object *args[3] = {(Object *)exception->type, exception, traceback};
    bool traceback_added = frame->traceback_added;
    frame->traceback_added = false;     /* an error in __exit__: its own entry */
    frame->line = stmt->line;
    Object *outer = frame->handled;
    frame->handled = exception;
    Object *result = object_call(exit, args, 3, NULL);
    frame->handled = outer;
    decref(traceback);
    int truth = result ? object_is_true(result) : -1;
    xdecref(result);
    if (truth == 0) {
        frame->traceback_added = traceback_added;
        error_restore(exception);
        return 0;
    }
    decref(exception);
    return truth;
}

Status exec_with(Frame *frame, Node *stmt)
{
    Object *manager = eval_expr(frame, stmt->as.with.context);
    if (manager == NULL)
        return EXEC_ERROR;
    frame->line = stmt->line;
    Object *enter = NULL;
    Object *exit = context_methods(manager, &enter);
    decref(manager);        /* BEFORE_WITH pops it before calling __enter__ */
    if (exit == NULL)
        return EXEC_ERROR;
    Object *entered = object_call(enter, NULL, 0, NULL);
    decref(enter);
    if (entered == NULL) {
        decref(exit);
        return EXEC_ERROR;
    }
    /* Storing the target is inside the block: __exit__ sees its errors. */
    Status status = EXEC_NORMAL;
    if (stmt->as.with.target != NULL && assign(frame, stmt->as.with.target, entered) < 0) {
        add_traceback(frame);
        status = EXEC_ERROR;
    }
    decref(entered);
    if (status == EXEC_NORMAL)
        status = exec_block(frame, &stmt->as.with.body);
    if (status != EXEC_ERROR) {
        if (exit_quietly(frame, stmt, exit) < 0) {
            if (status == EXEC_RETURN)
                CLEAR_SLOT(frame->retval);
            status = EXEC_ERROR;
        }
    } else {
        int swallowed = exit_with_exception(frame, stmt, exit);
        status = swallowed == 1 ? EXEC_NORMAL : EXEC_ERROR;
    }
    decref(exit);
    return status;
}
