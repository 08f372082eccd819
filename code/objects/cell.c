/* cell.c: cell objects (CPython's Objects/cellobject.c): what a frame's
 * captured variable and every closure made over it share. */
#include "cell.h"

#include "bool.h"
#include "error.h"
#include "str.h"

Object *cell_new(Object *value)
{
    CellObject *cell = (CellObject *)object_new(&cell_type, sizeof(CellObject));
    cell->ref = value;
    return (Object *)cell;
}

/* "<cell at 0x...: int object at 0x...>", "<cell at 0x...: empty>". */
static Object *cell_repr(Object *self)
{
    Object *value = cell_get(self);
    if (value == NULL)
        return str_format("<cell at %p: empty>", (void *)self);
    return str_format("<cell at %p: %s object at %p>", (void *)self, value->type->name,
                      (void *)value);
}

static Object *cell_getattr(Object *self, Object *name)
{
    if (!str_equal_cstr(name, "cell_contents"))
        return generic_getattr(self, name);
    Object *value = cell_get(self);
    if (value == NULL)
        return error_set_string(&exc_ValueError, "Cell is empty");
    return incref(value);
}

/* cell_contents may be set and deleted (3.7 and later). */
static int cell_setattr(Object *self, Object *name, Object *value)
{
    if (!str_equal_cstr(name, "cell_contents"))
        return generic_setattr(self, name, value);
    cell_set(self, value ? incref(value) : NULL);
    return 0;
}

/* Cells compare by their contents; an empty cell comes before any other. */
static Object *cell_compare(Object *left, Object *right, CompareOp op)
{
    if (!is_cell(right))
        return incref(NotImplemented);
    Object *a = cell_get(left), *b = cell_get(right);
    if (a != NULL && b != NULL)
        return object_compare(a, b, op);
    int x = b == NULL, y = a == NULL;   /* CPython's Py_RETURN_RICHCOMPARE(b == NULL, a == NULL) */
    return bool_from(compare_holds(x - y, op));
}

/* cell() and cell(value), as types.CellType. */
static Object *cell_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    if (args_no_kw("cell", kwnames) < 0 || args_range("cell", nargs, 0, 1) < 0)
        return NULL;
    return cell_new(nargs ? incref(args[0]) : NULL);
}

static int cell_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(cell_get(self));
    return 0;
}

static void cell_clear(Object *self)
{
    cell_set(self, NULL);
}

/* No hash slot: like CPython's, cells are unhashable. */
Type cell_type = {
    .base = TYPE_HEAD_INIT,
    .name = "cell",
    .basic_size = sizeof(CellObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .compare = cell_compare,
    .construct = cell_construct,
    .getattr = cell_getattr,
    .setattr = cell_setattr,
};
