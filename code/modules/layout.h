/* layout.h: an object's memory as the C compiler laid it out.
 *
 * The book's pictures of memory are drawn from here: for one live object,
 * every field of its block with its offset and size (offsetof and sizeof of
 * minipy's structs on the machine that runs it), and what the field holds
 * now; then the arrays the object owns (a list's items, a dict's indices
 * and entries). The headers in front of the object come first, at negative
 * offsets: the private heap's HeapLink (chapters 1-10) and, from chapter 6,
 * the collector's GCHead. Nothing here allocates an object or runs Python
 * code, so that drawing an object leaves it as it was. */
#ifndef MINIPY_LAYOUT_H
#define MINIPY_LAYOUT_H

#include <stddef.h>
#include <stdio.h>

#include "chapters.h"
#include "object.h"

/* Which struct a field belongs to: the figure shades each part. */
typedef enum LayoutPart {
#if CHAPTER >= CH_THRESHOLDS
    PART_GC_HEAD,       /* the collector's GCHead (gc.h) */
#endif
#if CHAPTER < CH_POOLS
    PART_HEAP_LINK,     /* the private heap's HeapLink (object.h) */
#endif
    PART_HEADER,        /* Object and VarObject: every object starts so */
    PART_BODY,          /* the fields of its own struct */
    PART_ITEM,          /* a slot of an array the object owns */
} LayoutPart;

typedef struct LayoutField {
    const char *name;       /* the C field: "refcount", "items[2]" */
    ptrdiff_t offset;       /* from the start of the object (or array);
                             * negative: a header in front of the object */
    size_t size;            /* sizeof the field */
    LayoutPart part;
    char holds[48];         /* what it holds now, as text */
    int points_to;          /* the block it points at, or -1 */
} LayoutField;

#define LAYOUT_MAX_FIELDS 40
#define LAYOUT_MAX_BLOCKS 3

typedef struct LayoutBlock {
    char title[64];         /* "list object", "items array" */
    size_t bytes;           /* the bytes the block takes, headers included */
    size_t count;
    LayoutField fields[LAYOUT_MAX_FIELDS];
    size_t hidden;          /* slots not drawn (long arrays): how many */
} LayoutBlock;

typedef struct Layout {
    size_t count;           /* blocks[0] is the object itself */
    LayoutBlock blocks[LAYOUT_MAX_BLOCKS];
} Layout;

/* Fill `layout` with op's block and the arrays it owns. */
void layout_of(Object *op, Layout *layout);
/* Graphviz DOT of `count` layouts in one drawing: one table per block, an
 * arrow per pointer. */
void layout_write_dot(FILE *out, const Layout *layouts, size_t count);

/* The module's functions drawn by other files: layout.frames(), the
 * running calls' frames (framefigure.c), and from chapter 5
 * layout.trashcan(), the trashcan's parked objects (trashfigure.c). */
Object *layout_frames(Object *self, Object **args, size_t nargs, Object *kwnames);
#if CHAPTER >= CH_DEL
Object *layout_trashcan(Object *self, Object **args, size_t nargs, Object *kwnames);
#endif

#endif
