/* cell.h: cells, the boxes that closures share (CPython's
 * Objects/cellobject.c).
 *
 * A local variable that an inner function reads is not kept in its
 * frame's slot directly: the slot holds a cell, and the cell holds the
 * value. The inner function's closure (a tuple of cells, __closure__)
 * holds the same cell, so both see every later assignment, and the value
 * lives as long as the last of them. A cell can point back at the
 * function that holds it (a recursive inner function), so cells are
 * containers the collector traverses.
 */
#ifndef MINIPY_CELL_H
#define MINIPY_CELL_H

#include "object.h"

typedef struct CellObject {
    Object base;
    Object *ref;            /* the value, or NULL: an empty cell */
} CellObject;

extern Type cell_type;

static inline bool is_cell(Object *op) { return op->type == &cell_type; }

/* A new cell holding `value` (STOLEN; NULL makes an empty cell). */
Object *cell_new(Object *value);

/* The cell's value, borrowed, or NULL when it is empty. */
static inline Object *cell_get(Object *cell) { return ((CellObject *)cell)->ref; }

/* Put `value` (STOLEN; NULL empties it) in the cell; the old value is
 * dropped last. */
static inline void cell_set(Object *cell, Object *value)
{
    object_set_slot(&((CellObject *)cell)->ref, value);
}

#endif
