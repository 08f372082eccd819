/* trashfigure.c: the trashcan caught in the act, layout.trashcan().
 *
 * From chapter 5 a container's dealloc nested too deeply is not run: the
 * dead object is parked on runtime.trash_delete_later and destroyed later,
 * at shallow depth (object.c, trashcan_begin). What the parked list holds
 * exists only while a deallocation runs, so a script cannot look at it;
 * layout.trashcan(n) asks the trashcan to call back here at its n-th park
 * from now, and the figure is drawn there and then: the depth counter, the
 * parked objects (count 0, not yet destroyed) and what they still hold.
 */
#include "layout.h"

#include <stdio.h>

#include "bool.h"
#include "error.h"
#include "graph.h"
#include "int.h"
#include "runtime.h"

#if CHAPTER >= CH_DEL

/* Parked objects drawn at most; the box says how many more there were. */
#define PARKED_MAX 8

static int64_t parks_to_wait;   /* parks before the figure is drawn */

/* The parked objects in the order they were parked (the list is kept
 * newest first); returns how many there are in all. */
static size_t parked_in_order(Object **parked)
{
    size_t total = 0;
    for (Object *op = runtime.trash_delete_later; op != NULL; op = trash_parked_next(op))
        total++;
    size_t shown = total < PARKED_MAX ? total : PARKED_MAX;
    size_t skip = total - shown;       /* the newest are left out */
    size_t index = 0;
    for (Object *op = runtime.trash_delete_later; op != NULL; op = trash_parked_next(op), index++)
        if (index >= skip)
            parked[total - 1 - index] = op;
    return total;
}

static void draw_parked(Object *op)
{
    (void)op;                   /* the newest on the list: drawn with the rest */
    if (--parks_to_wait > 0)
        return;
    trash_park_hook = NULL;     /* one figure per request */
    Object *parked[PARKED_MAX];
    size_t total = parked_in_order(parked);
    size_t shown = total < PARKED_MAX ? total : PARKED_MAX;
    char subtitle[96];
    int written = snprintf(subtitle, sizeof subtitle,
                           "trash_depth %d: container deallocs nested now",
                           runtime.trash_depth);
    if (total > shown && written > 0 && (size_t)written < sizeof subtitle)
        snprintf(subtitle + written, sizeof subtitle - (size_t)written,
                 " (%zu more parked)", total - shown);
    GraphSlots box = {
        .title = "runtime.trash_delete_later",
        .subtitle = subtitle,
        .values = parked,
        .count = shown,
    };
    GraphOptions options = {.max_depth = 2, .show_refcounts = true};
    fflush(stdout);
    graph_write_slots(stdout, &box, 1, &options, NULL);
    fflush(stdout);
}

/* layout.trashcan(n=1): draw the parked objects at the n-th park from now. */
Object *layout_trashcan(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (kwnames != NULL || nargs > 1)
        return error_format(&exc_TypeError, "trashcan() takes at most 1 argument");
    int64_t parks = 1;
    if (nargs == 1 && (int_as_index(args[0], &parks) < 0))
        return NULL;
    if (parks < 1)
        return error_format(&exc_ValueError, "trashcan() needs a count of at least 1");
    parks_to_wait = parks;
    trash_park_hook = draw_parked;
    return incref(None);
}

#endif
