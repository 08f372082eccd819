/* framefigure.c: the running calls as the book draws them, layout.frames().
 *
 * A picture of the claim that names and objects live apart: every frame
 * of the calls running now, from the module's down to the innermost, as a
 * box of its slots (a function's local slots, or the names of the module
 * or class namespace it runs in), each slot an arrow to an object on the
 * heap. The frames are the evaluator's Frame structs (eval_internal.h,
 * CPython's _PyInterpreterFrame), read where they are; nothing is made for
 * them, so the counts drawn are the ones the program has at that moment.
 */
#include "layout.h"

#include <stdio.h>

#include "error.h"
#include "eval_internal.h"
#include "graph.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* Of a deeper chain of calls, the innermost this many are drawn. */
#define FRAMES_MAX 8

/* "f(): 2 local slots", "<module>: its globals dict". */
static void frame_titles(const Frame *frame, char *title, size_t title_size,
                         char *subtitle, size_t subtitle_size)
{
    Object *name = frame->qualname ? frame->qualname : frame->code->name;
    switch (frame->kind) {
    case FRAME_MODULE:
        snprintf(title, title_size, "frame of %s", STR_DATA(name));
        snprintf(subtitle, subtitle_size, "names: the module's globals dict");
        break;
    case FRAME_CLASS:
        snprintf(title, title_size, "frame of class %s", STR_DATA(name));
        snprintf(subtitle, subtitle_size, "names: the class namespace");
        break;
    case FRAME_FUNCTION:
        snprintf(title, title_size, "frame of %s()", STR_DATA(name));
        snprintf(subtitle, subtitle_size, "%zu local slot%s", frame->nfast,
                 frame->nfast == 1 ? "" : "s");
        break;
    }
}

/* layout.frames(): the DOT of the running frames on stdout (flushed first,
 * so that it follows whatever the script printed). */
Object *layout_frames(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    (void)args;
    if (nargs != 0 || kwnames != NULL)
        return error_format(&exc_TypeError, "frames() takes no arguments");
    const Frame *chain[FRAMES_MAX];
    size_t count = 0;
    for (const Frame *frame = runtime.frame; frame != NULL && count < FRAMES_MAX;
         frame = frame->back)
        chain[count++] = frame;         /* the innermost first */
    GraphSlots boxes[FRAMES_MAX];
    char titles[FRAMES_MAX][80], subtitles[FRAMES_MAX][80];
    for (size_t i = 0; i < count; i++) {
        const Frame *frame = chain[count - 1 - i];      /* the module first */
        frame_titles(frame, titles[i], sizeof titles[i], subtitles[i], sizeof subtitles[i]);
        Object *names = frame->code->local_names;
        boxes[i] = (GraphSlots){
            .title = titles[i],
            .subtitle = subtitles[i],
            .namespace = frame->names,
            .names = names && frame->names == NULL ? TUPLE_ITEMS(names) : NULL,
            .values = frame->fast,
            .count = frame->names == NULL ? frame->nfast : 0,
        };
    }
#if CHAPTER >= CH_REFCOUNT
    GraphOptions options = {.max_depth = 2, .show_refcounts = true};
#else
    GraphOptions options = {.max_depth = 2, .show_refcounts = false};   /* chapter 3's */
#endif
    fflush(stdout);
    graph_write_slots(stdout, boxes, count, &options, "back");
    fflush(stdout);
    return incref(None);
}
