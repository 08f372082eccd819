/* frame.h: frame and traceback objects, from chapter 8 (CPython 3.11's
 * Objects/frameobject.c and Python/traceback.c).
 *
 * A running block of code is a C struct on the C stack (eval.c's Frame,
 * CPython's _PyInterpreterFrame). Python code only sees a frame as an
 * object when something asks for one, and in minipy only a traceback does:
 * the first traceback entry for a running Frame makes its frame object
 * (lazily, as 3.11 does). While the Frame runs, the object reads its
 * locals live and is not tracked by the collector. When the Frame
 * finishes and someone else still holds the object, the object takes the
 * locals over (CPython's take_ownership): from then on it owns them, and
 * the globals, and is tracked, so that
 *
 *     frame -> local e -> exception -> traceback -> frame
 *
 * is a cycle the collector can find and break.
 */
#ifndef MINIPY_FRAME_H
#define MINIPY_FRAME_H

#include "ast.h"
#include "object.h"

#if CHAPTER >= CH_CYCLES

struct Frame;

typedef struct FrameObject {
    Object base;
    struct Frame *live;     /* the running Frame, NULL once it finished */
    Code *code;             /* what runs (a counted reference) */
    Object *filename;       /* str, for the traceback printer */
    Object *globals;        /* borrowed from the Frame while it runs, */
    Object *names;          /* ... module or class namespace, or NULL, */
    Object **fast;          /* ... function locals (an array of nfast
                             * slots, indexed like code->local_names), */
    size_t nfast;           /* ... owned once `owned` is set */
    bool owned;
    int line;               /* the last line run, once finished */
    Object *back;           /* f_back once finished (the caller), or NULL */
    Object *locals_dict;    /* f_locals of a function frame, or NULL */
} FrameObject;

/* One entry of an exception's traceback: the frame it passed through and
 * the line it was running there, and the next inner entry. */
typedef struct TracebackObject {
    Object base;
    Object *next;           /* tb_next: a traceback, or NULL */
    Object *frame;          /* tb_frame: a frame */
    int lineno;             /* tb_lineno */
    Object *source;         /* the source line (str), or NULL where CPython
                             * shows none (<stdin>, <string>) */
} TracebackObject;

extern Type frame_type, traceback_type;

static inline bool is_traceback(Object *op) { return op->type == &traceback_type; }

/* A frame object for the running Frame `live` (CPython's
 * _PyFrame_New_NoTrack): not tracked; it borrows the Frame's globals,
 * namespace and local slots until frame_object_take_ownership. */
Object *frame_object_new(struct Frame *live, Code *code, Object *filename, Object *globals,
                         Object *names, Object **fast, size_t nfast);

/* The Frame has finished while someone else holds its object: the object
 * takes over `fast`, the local slots moved out of the Frame into an array
 * from mem_alloc (NULL when it had none), references the globals and
 * namespace, remembers the last line and `back` (stolen, may be NULL),
 * and is tracked. */
void frame_object_take_ownership(Object *frame, Object **fast, int line, Object *back);

/* A new traceback entry in front of `next` (may be NULL); borrows all. */
Object *traceback_new(Object *next, Object *frame, int lineno, Object *source);

#endif
#endif
