/* eval_cells.c: closures at run time, following the slot layout that
 * symtable.c gives each Code (ast.h). CPython: the MAKE_CELL,
 * COPY_FREE_VARS, LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF, STORE_DEREF
 * and DELETE_DEREF opcodes of Python/ceval.c, and the __class__ cell of
 * Python/bltinmodule.c's __build_class__.
 *
 * A captured local lives in a cell; the frame's slot holds the cell, and
 * so does the closure of every function made over it. Reading the
 * variable reads the cell, so `sys.getrefcount` of a captured value
 * counts the cell's reference, not a frame slot's.
 */
#include <string.h>

#include "eval_internal.h"

/* ---- reading and deleting through a cell ----------------------------------- */

/* format_exc_unbound: an empty cell of this frame's own variable is an
 * unbound local; one of an enclosing function's is a free variable. */
static void unbound_deref(Frame *frame, intptr_t slot, Object *name)
{
    if (frame->code->slot_kinds[slot] & SLOT_CELL)
        error_format(&exc_UnboundLocalError,
                     "cannot access local variable '%S' where it is not associated with a value",
                     name);
    else
        error_format(&exc_NameError, "cannot access free variable '%S' where it is not "
                     "associated with a value in enclosing scope", name);
}

Object *load_deref(Frame *frame, intptr_t slot, Object *name)
{
    if (frame->kind == FRAME_CLASS) {
        /* LOAD_CLASSDEREF: the class namespace may hold the name. */
        Object *value = dict_get_item(frame->names, name);
        if (value != NULL)
            return incref(value);
        if (error_occurred())
            return NULL;
    }
    Object *value = cell_get(frame->fast[slot]);
    if (value == NULL) {
        unbound_deref(frame, slot, name);
        return NULL;
    }
    return incref(value);
}

int delete_deref(Frame *frame, intptr_t slot, Object *name)
{
    Object *cell = frame->fast[slot];
    if (cell_get(cell) == NULL) {
        unbound_deref(frame, slot, name);
        return -1;
    }
    cell_set(cell, NULL);
    return 0;
}

/* ---- making the cells ------------------------------------------------------- */

void cells_enter(Code *code, Object *closure, Object **fast)
{
    size_t nslots = (size_t)TUPLE_SIZE(code->local_names);
    size_t nfree = (size_t)TUPLE_SIZE(code->freevars);
    for (size_t i = 0; i < nfree; i++)
        fast[nslots - nfree + i] = incref(TUPLE_ITEMS(closure)[i]);
    for (size_t i = 0; i < nslots - nfree; i++) {
        if (code->slot_kinds[i] & SLOT_CELL)
            fast[i] = cell_new(fast[i]);
    }
}

/* The slot of `name` in the running frame: symtable.c made sure that
 * every free variable of a nested code is a cell or free variable here. */
static Object *cell_named(Frame *frame, Object *name)
{
    Object *names = frame->code->local_names;
    for (intptr_t i = 0; i < TUPLE_SIZE(names); i++) {
        if (str_same(TUPLE_ITEMS(names)[i], name))
            return frame->fast[i];
    }
    return NULL;
}

Object *make_closure(Frame *frame, Code *code)
{
    intptr_t count = code->freevars ? TUPLE_SIZE(code->freevars) : 0;
    if (count == 0)
        return NULL;
    Object *closure = tuple_new(count);
    for (intptr_t i = 0; i < count; i++) {
        Object *cell = cell_named(frame, TUPLE_ITEMS(code->freevars)[i]);
        TUPLE_ITEMS(closure)[i] = incref(cell ? cell : None);
    }
    return closure;
}

/* ---- class bodies ------------------------------------------------------------ */

bool class_declared_global(Frame *frame, Object *name)
{
    Object *globals = frame->code->class_globals;
    if (frame->kind != FRAME_CLASS || globals == NULL)
        return false;
    for (intptr_t i = 0; i < TUPLE_SIZE(globals); i++) {
        if (str_same(TUPLE_ITEMS(globals)[i], name))
            return true;
    }
    return false;
}

/* CPython runs a class body as a function made with a closure; minipy
 * runs it in place, so its free variables come from the running frame
 * directly. */
Object **class_cells_new(Frame *frame, Code *code)
{
    if (code->local_names == NULL)
        return NULL;
    size_t count = (size_t)TUPLE_SIZE(code->local_names);
    Object **slots = mem_alloc(count * sizeof *slots);
    memset(slots, 0, count * sizeof *slots);
    Object *closure = make_closure(frame, code);
    cells_enter(code, closure, slots);
    xdecref(closure);
    return slots;
}

Object *class_cell(Code *code, Object **slots)
{
    Object *names = code->local_names;
    for (intptr_t i = 0; slots != NULL && i < TUPLE_SIZE(names); i++) {
        if ((code->slot_kinds[i] & SLOT_CELL) && str_equal_cstr(TUPLE_ITEMS(names)[i], "__class__"))
            return incref(slots[i]);
    }
    return NULL;
}

void class_cells_free(Object **slots, size_t count)
{
    if (slots == NULL)
        return;
    eval_drop_slots(slots, count);
    mem_free(slots, count * sizeof *slots);
}

/* ---- the zero-argument super() ------------------------------------------------ */

/* super() with no arguments takes the class from the `__class__` cell of
 * the running method and the object from its first argument, as CPython's
 * super_init_without_args does (both borrowed). 0, or -1 with CPython's
 * RuntimeError. */
int eval_super_args(Type **type, Object **object)
{
    Frame *frame = runtime.frame;
    if (frame == NULL || frame->kind != FRAME_FUNCTION || frame->code->nparams == 0) {
        error_set_string(&exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    Code *code = frame->code;
    Object *first = frame->fast[0];
    if (first != NULL && code->slot_kinds != NULL && (code->slot_kinds[0] & SLOT_CELL))
        first = cell_get(first);    /* self captured by a closure */
    if (first == NULL) {
        error_set_string(&exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    Object *names = code->local_names;
    for (intptr_t i = 0; code->slot_kinds != NULL && i < TUPLE_SIZE(names); i++) {
        if (!(code->slot_kinds[i] & SLOT_FREE) || !str_equal_cstr(TUPLE_ITEMS(names)[i], "__class__"))
            continue;
        Object *cls = cell_get(frame->fast[i]);
        if (cls == NULL) {
            error_set_string(&exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!is_type(cls)) {
            error_format(&exc_RuntimeError, "super(): __class__ is not a type (%T)", cls);
            return -1;
        }
        *type = (Type *)cls;
        *object = first;
        return 0;
    }
    error_set_string(&exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}
