/* frame.c: frame objects and traceback objects, from chapter 8 (CPython
 * 3.11's Objects/frameobject.c and the object half of Python/traceback.c).
 * How a frame object comes and goes is in frame.h; eval.c makes them and
 * hands them the locals, error.c chains the tracebacks and prints them.
 */
#include "frame.h"

#include "bool.h"
#include "cell.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "gc.h"
#include "int.h"
#include "memory.h"
#include "str.h"
#include "tuple.h"

#if CHAPTER >= CH_CYCLES

#define FRAME(op) ((FrameObject *)(op))
#define TB(op) ((TracebackObject *)(op))

/* ---- frames ---------------------------------------------------------------- */

Object *frame_object_new(struct Frame *live, Code *code, Object *filename, Object *globals,
                         Object *names, Object **fast, size_t nfast)
{
    FrameObject *frame = (FrameObject *)object_new(&frame_type, sizeof(FrameObject));
    /* Not tracked while the Frame runs: until it owns what it refers
     * to, it can be part of no cycle (CPython's _PyFrame_New_NoTrack). */
    gc_untrack((Object *)frame);
    frame->live = live;
    frame->code = (Code *)incref((Object *)code);
    frame->filename = incref(filename);
    frame->globals = globals;
    frame->names = names;
    frame->fast = fast;
    frame->nfast = nfast;
    return (Object *)frame;
}

void frame_object_take_ownership(Object *self, Object **fast, int line, Object *back)
{
    FrameObject *frame = FRAME(self);
    frame->live = NULL;
    frame->fast = fast;
    frame->line = line;
    frame->back = back;
    xincref(frame->globals);
    xincref(frame->names);
    frame->owned = true;        /* the slots' references came with the array */
    gc_track(self);
}

static int frame_traverse(Object *self, VisitProc visit, void *arg)
{
    FrameObject *frame = FRAME(self);
    VISIT(frame->back);
    VISIT(frame->locals_dict);
    VISIT(frame->code);
    if (!frame->owned)
        return 0;       /* the running Frame holds the rest */
    VISIT(frame->names);
    VISIT(frame->globals);
    for (size_t i = 0; i < frame->nfast; i++)
        VISIT(frame->fast[i]);
    return 0;
}

/* What can take part in a cycle: the locals, in slot order, then the
 * namespaces and the caller. The code and the file name stay for the
 * traceback printer until the frame goes (frame_dealloc). */
static void frame_clear(Object *self)
{
    FrameObject *frame = FRAME(self);
    if (frame->owned) {
        for (size_t i = 0; i < frame->nfast; i++)
            CLEAR_SLOT(frame->fast[i]);
        CLEAR_SLOT(frame->names);
        CLEAR_SLOT(frame->globals);
    }
    CLEAR_SLOT(frame->locals_dict);
    CLEAR_SLOT(frame->back);
}

/* The slots array came from frame_object_take_ownership (mem_alloc of at
 * least one slot); exit frees it without touching the values. */
static void frame_release(Object *self)
{
    FrameObject *frame = FRAME(self);
    if (frame->owned && frame->fast != NULL)
        mem_free(frame->fast, (frame->nfast ? frame->nfast : 1) * sizeof *frame->fast);
    frame->fast = NULL;
    frame->nfast = 0;
}

static void frame_dealloc(Object *self)
{
    frame_clear(self);
    CLEAR_SLOT(FRAME(self)->code);
    CLEAR_SLOT(FRAME(self)->filename);
    frame_release(self);
}

static int frame_line(FrameObject *frame)
{
    return frame->live ? eval_frame_line(frame->live) : frame->line;
}

/* "<frame at 0x..., file 't.py', line 3, code f>", as CPython 3.11. */
static Object *frame_repr(Object *self)
{
    FrameObject *frame = FRAME(self);
    return str_format("<frame at %p, file %R, line %d, code %S>", (void *)self,
                      frame->filename, frame_line(frame), frame->code->name);
}

/* f_locals of a function frame: a dict kept in the frame and brought up
 * to date with the slots at each read (CPython's PyFrame_FastToLocals).
 * Module and class frames show their namespace itself. */
static Object *frame_locals(FrameObject *frame)
{
    if (frame->names != NULL)
        return incref(frame->names);
    if (frame->locals_dict == NULL)
        frame->locals_dict = dict_new();
    Object *dict = incref(frame->locals_dict);
    Object *local_names = frame->code->local_names;
    for (size_t i = 0; i < frame->nfast && local_names != NULL; i++) {
        Object *name = TUPLE_ITEMS(local_names)[i];
        Object *value = frame->fast[i];
        if (value != NULL && frame->code->slot_kinds != NULL
            && (frame->code->slot_kinds[i] & (SLOT_CELL | SLOT_FREE)))
            value = cell_get(value);        /* a captured variable */
        int status = 0;
        if (value != NULL) {
            incref(value);
            status = dict_set_item(dict, name, value);
            decref(value);
        } else if (dict_get_item(dict, name) != NULL) {
            status = dict_del_item(dict, name);
        }
        if (status < 0 || error_occurred()) {
            decref(dict);
            return NULL;
        }
    }
    return dict;
}

static Object *frame_back(FrameObject *frame)
{
    if (frame->live != NULL) {
        Object *back = eval_frame_back(frame->live);
        return back ? back : none_new();
    }
    return incref(frame->back ? frame->back : None);
}

static Object *frame_getattr(Object *self, Object *name)
{
    FrameObject *frame = FRAME(self);
    if (str_equal_cstr(name, "f_lineno"))
        return int_from_i64(frame_line(frame));
    if (str_equal_cstr(name, "f_back"))
        return frame_back(frame);
    if (str_equal_cstr(name, "f_globals"))
        return incref(frame->globals ? frame->globals : None);
    if (str_equal_cstr(name, "f_locals"))
        return frame_locals(frame);
    return generic_getattr(self, name);
}

Type frame_type = {
    .base = TYPE_HEAD_INIT,
    .name = "frame",
    .basic_size = sizeof(FrameObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = frame_dealloc,
    .traverse = frame_traverse,
    .clear = frame_clear,
    .release = frame_release,
    .repr = frame_repr,
    .hash = identity_hash,
    .compare = identity_compare,
    .getattr = frame_getattr,
};

/* ---- tracebacks ------------------------------------------------------------ */

Object *traceback_new(Object *next, Object *frame, int lineno, Object *source)
{
    TracebackObject *tb = (TracebackObject *)object_new(&traceback_type,
                                                        sizeof(TracebackObject));
    tb->next = next ? incref(next) : NULL;
    tb->frame = incref(frame);
    tb->lineno = lineno;
    tb->source = source ? incref(source) : NULL;
    return (Object *)tb;
}

static int traceback_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(TB(self)->next);
    VISIT(TB(self)->frame);
    return 0;
}

static void traceback_clear(Object *self)
{
    CLEAR_SLOT(TB(self)->next);
    CLEAR_SLOT(TB(self)->frame);
    CLEAR_SLOT(TB(self)->source);
}

static Object *traceback_getattr(Object *self, Object *name)
{
    TracebackObject *tb = TB(self);
    if (str_equal_cstr(name, "tb_next"))
        return incref(tb->next ? tb->next : None);
    if (str_equal_cstr(name, "tb_frame"))
        return incref(tb->frame ? tb->frame : None);
    if (str_equal_cstr(name, "tb_lineno"))
        return int_from_i64(tb->lineno);
    return generic_getattr(self, name);
}

Type traceback_type = {
    .base = TYPE_HEAD_INIT,
    .name = "traceback",
    .basic_size = sizeof(TracebackObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = traceback_traverse,
    .clear = traceback_clear,
    .hash = identity_hash,
    .compare = identity_compare,
    .getattr = traceback_getattr,
};

#endif
