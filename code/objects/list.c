/* list.c: list objects (CPython's Objects/listobject.c, reduced).
 *
 * A list is a small fixed header pointing at a separate, growable array
 * of references (two allocations, which is why sys.getsizeof([]) does not
 * grow by one pointer per append: the array is over-allocated).
 */
#include "list.h"
#include "listsort.h"

#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "error.h"
#include "indexiter.h"
#include "int.h"
#include "range.h"
#include "dealloc.h"
#include "runtime.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

static size_t items_bytes(intptr_t capacity)
{
    return (size_t)capacity * sizeof(Object *);
}

Object *list_new(intptr_t size)
{
#if CHAPTER >= CH_THRESHOLDS
    FreeLists *free = &runtime.free_lists;
    ListObject *list = free->list_count > 0
        ? (ListObject *)object_reuse(free->lists[--free->list_count], true)
        : (ListObject *)object_new(&list_type, sizeof(ListObject));
#else
    ListObject *list = (ListObject *)object_new(&list_type, sizeof(ListObject));
#endif
    if (size > 0) {
        list->items = mem_alloc(items_bytes(size));
        memset(list->items, 0, items_bytes(size));
    }
    list->base.size = size;
    list->capacity = size;
    return (Object *)list;
}

/* A list of the `count` references in `items`, stolen (BUILD_LIST): the
 * items array is made at its size and filled, not zeroed first. */
Object *list_new_steal(Object **items, intptr_t count)
{
    ListObject *list = (ListObject *)list_new(0);
    if (count > 0) {
        list->items = mem_alloc(items_bytes(count));
        for (intptr_t i = 0; i < count; i++)
            list->items[i] = items[i];
    }
    list->base.size = list->capacity = count;
    return (Object *)list;
}

/* list_new for a size the program chose (list * n): MemoryError when
 * the items are refused, as CPython's list_repeat. */
static Object *list_try_new(intptr_t size)
{
    Object **items = mem_try_alloc(items_bytes(size));
    if (items == NULL)
        return error_no_memory();
    memset(items, 0, items_bytes(size));
    ListObject *list = (ListObject *)list_new(0);
    list->items = items;
    list->base.size = list->capacity = size;
    return (Object *)list;
}

void list_set_steal(Object *list, intptr_t i, Object *item)
{
    LIST_ITEMS(list)[i] = item;
}

/* Make room for `size` items (CPython's list_resize): grow by about 1/8
 * plus a little, so that n appends cost O(n) in total, and shrink only
 * when less than half would be used. New slots are not initialised. */
static int resize_items(ListObject *list, intptr_t size, bool fallible)
{
    if (list->capacity >= size && size >= list->capacity / 2) {
        list->base.size = size;
        return 0;
    }
    size_t capacity = ((size_t)size + ((size_t)size >> 3) + 6) & ~(size_t)3;
    if ((size_t)(size - list->base.size) > capacity - (size_t)size)
        capacity = ((size_t)size + 3) & ~(size_t)3;
    if (size == 0)
        capacity = 0;
    size_t old_bytes = items_bytes(list->capacity), new_bytes = items_bytes((intptr_t)capacity);
    Object **items = NULL;
    if (capacity == 0)                  /* emptied: given back, nothing asked */
        mem_free(list->items, old_bytes);
    else if (fallible)
        items = mem_try_realloc(list->items, old_bytes, new_bytes);
    else
        items = mem_realloc(list->items, old_bytes, new_bytes);
    if (items == NULL && capacity > 0) {
        error_no_memory();
        return -1;
    }
    list->items = items;
    list->capacity = (intptr_t)capacity;
    list->base.size = size;
    return 0;
}

void list_resize(ListObject *list, intptr_t size)
{
    resize_items(list, size, false);
}

/* The growth of list(iterable) and list += iterable, whose size the
 * program chooses: MemoryError when refused, the list unchanged. */
static int list_try_resize(ListObject *list, intptr_t size)
{
    if ((size_t)size > (size_t)INTPTR_MAX / sizeof(Object *)) {
        error_no_memory();
        return -1;
    }
    return resize_items(list, size, true);
}

int list_append(Object *op, Object *item)
{
    ListObject *list = (ListObject *)op;
    intptr_t n = list->base.size;
    /* resize_items' own test, made here first: most appends find room. */
    if (list->capacity > n && n + 1 >= list->capacity / 2)
        list->base.size = n + 1;
    else
        list_resize(list, n + 1);
    list->items[n] = incref(item);
    return 0;
}

/* Room for a range's items before they come (CPython's list_extend asks
 * every iterable for a length hint; a range's is its len), so that
 * list(range(10**9)) is refused at once with MemoryError, as in CPython,
 * rather than after filling the memory with ints. */
static int reserve_for_range(ListObject *list, Object *range)
{
    intptr_t n = range_type.len(range), old = list->base.size;
    if (n <= 0)
        return (int)n;
    if (list->items == NULL) {          /* list_preallocate_exact */
        intptr_t capacity = (n + 1) & ~(intptr_t)1;
        if ((size_t)capacity > (size_t)INTPTR_MAX / sizeof(Object *)
            || (list->items = mem_try_alloc(items_bytes(capacity))) == NULL) {
            error_no_memory();
            return -1;
        }
        list->capacity = capacity;
        return 0;
    }
    if (list_try_resize(list, old + n) < 0)
        return -1;
    list->base.size = old;
    return 0;
}

/* list += iterable keeps the list (and its id), as CPython's list_extend. */
int list_extend(Object *op, Object *iterable)
{
    ListObject *list = (ListObject *)op;
    if (is_list(iterable) || is_tuple(iterable)) {
        intptr_t n = is_list(iterable) ? LIST_SIZE(iterable) : TUPLE_SIZE(iterable);
        intptr_t old = list->base.size;
        if (list_try_resize(list, old + n) < 0)
            return -1;
        /* Read the source only now: for a += a its array has just moved. */
        Object **source = is_list(iterable) ? LIST_ITEMS(iterable) : TUPLE_ITEMS(iterable);
        for (intptr_t i = 0; i < n; i++)
            list->items[old + i] = incref(source[i]);
        return 0;
    }
    bool hinted = iterable->type == &range_type;
    if (hinted && reserve_for_range(list, iterable) < 0)
        return -1;
    Object *iter = object_iter(iterable);
    if (iter == NULL)
        return -1;
    Object *item;
    while ((item = iter_next(iter)) != NULL) {
        intptr_t n = list->base.size;
        if (n == list->capacity && list_try_resize(list, n + 1) < 0) {
            decref(item);
            break;
        }
        list->items[n] = item;
        list->base.size = n + 1;
    }
    decref(iter);
    if (hinted && list->base.size < list->capacity)
        list_resize(list, list->base.size);     /* give back what the hint over-reserved */
    return error_occurred() ? -1 : 0;
}

Object *list_from_iterable(Object *iterable)
{
    Object *list = list_new(0);
    if (list_extend(list, iterable) < 0) {
        decref(list);
        return NULL;
    }
    return list;
}

/* ---- life and death ------------------------------------------------------ */

static int list_traverse(Object *self, VisitProc visit, void *arg)
{
    ListObject *list = (ListObject *)self;
    for (intptr_t i = list->base.size - 1; i >= 0; i--)
        VISIT(list->items[i]);
    return 0;
}

/* tp_clear (list.clear() too): empty the list first, then drop the
 * references, so that a finalizer run by a decref finds a valid list. */
void list_clear(Object *self)
{
    ListObject *list = (ListObject *)self;
    Object **items = list->items;
    intptr_t n = list->base.size, capacity = list->capacity;
    list->items = NULL;
    list->base.size = list->capacity = 0;
    for (intptr_t i = n - 1; i >= 0; i--)
        xdecref(items[i]);
    mem_free(items, items_bytes(capacity));
}

/* Exit: give back the array, touching no item (heap_free_all). */
static void list_release(Object *self)
{
    ListObject *list = (ListObject *)self;
    mem_free(list->items, items_bytes(list->capacity));
    list->items = NULL;
    list->base.size = list->capacity = 0;
}

/* CPython's list_dealloc, with the trashcan from chapter 5 on: without
 * it, freeing a list that holds the only reference to a list that holds
 * ... recurses once per level and overflows the C stack. From chapter 6
 * on, object_dealloc does the trashcan and the freeing for every object,
 * and list_dealloc keeps only the list's own teardown. */
static void list_dealloc(Object *self)
{
#if CHAPTER >= CH_DEL && CHAPTER < CH_THRESHOLDS
    if (!trashcan_begin(self))
        return;
#endif
    ListObject *list = (ListObject *)self;
    for (intptr_t i = list->base.size - 1; i >= 0; i--)
        xdecref(list->items[i]);
    mem_free(list->items, items_bytes(list->capacity));
#if CHAPTER < CH_THRESHOLDS
    dealloc_end(self);      /* from chapter 6 on, object_dealloc frees */
#endif
}

#if CHAPTER >= CH_THRESHOLDS
/* A dead list waits on the free list (its items are gone already). */
static bool list_recycle(Object *self)
{
    FreeLists *free = &runtime.free_lists;
    if (free->list_count == FREE_LIST_MAX)
        return false;
    ListObject *list = (ListObject *)self;
    list->items = NULL;
    list->base.size = list->capacity = 0;
    free->lists[free->list_count++] = self;
    return true;
}
#endif

/* ---- repr ---------------------------------------------------------------- */

/* "[1, 2]". From chapter 4, a list met again while it is being repr'd
 * prints as "[...]" (CPython's Py_ReprEnter); before, a list containing
 * itself recurses until object_repr's RecursionError. */
static Object *list_repr(Object *self)
{
    if (LIST_SIZE(self) == 0)
        return str_from_cstr("[]");
    StrBuilder sb;
    Object *again;
    if (!sb_open_repr(&sb, self, "[", "]", &again))
        return again;
    int status = 0;
    /* The size is re-read each time: an item's __repr__ may change the list. */
    for (intptr_t i = 0; status == 0 && i < LIST_SIZE(self); i++) {
        if (i > 0)
            sb_append_cstr(&sb, ", ");
        Object *item = incref(LIST_ITEMS(self)[i]);
        status = sb_append_repr(&sb, item);
        decref(item);
    }
    return sb_close_repr(&sb, self, status, "]");
}

/* ---- comparison ---------------------------------------------------------- */

/* Lexicographic, as CPython's list_richcompare: find the first index
 * where the items differ (identical items are equal without asking, the
 * PyObject_RichCompareBool short cut), then compare those two items, or
 * the lengths if one list is a prefix of the other. */
static Object *list_compare(Object *a, Object *b, CompareOp op)
{
    if (!is_list_or_subclass(a) || !is_list_or_subclass(b))
        return incref(NotImplemented);
    if (LIST_SIZE(a) != LIST_SIZE(b) && (op == CMP_EQ || op == CMP_NE))
        return bool_from(op == CMP_NE);
    intptr_t i = 0;
    for (; i < LIST_SIZE(a) && i < LIST_SIZE(b); i++) {
        Object *x = incref(LIST_ITEMS(a)[i]), *y = incref(LIST_ITEMS(b)[i]);
        int equal = object_equal(x, y);
        decref(x);
        decref(y);
        if (equal < 0)
            return NULL;
        if (!equal)
            break;
    }
    if (i >= LIST_SIZE(a) || i >= LIST_SIZE(b))
        return bool_from(size_compare(LIST_SIZE(a), LIST_SIZE(b), op));
    if (op == CMP_EQ || op == CMP_NE)
        return bool_from(op == CMP_NE);
    Object *x = incref(LIST_ITEMS(a)[i]), *y = incref(LIST_ITEMS(b)[i]);
    Object *result = object_compare(x, y, op);
    decref(x);
    decref(y);
    return result;
}

/* ---- the sequence protocol ----------------------------------------------- */

static intptr_t list_len(Object *self)
{
    return LIST_SIZE(self);
}

/* A valid index from an int key (negative counts from the end), or -1
 * with `message` raised as IndexError. */
static intptr_t checked_index(Object *self, Object *key, const char *message)
{
    if (!is_int(key)) {
        error_format(&exc_TypeError, "list indices must be integers or slices, not %s",
                     key->type->name);
        return -1;
    }
    int64_t i = INT_VALUE(key);
    if (i < 0)
        i += LIST_SIZE(self);
    if (i < 0 || i >= LIST_SIZE(self)) {
        error_set_string(&exc_IndexError, message);
        return -1;
    }
    return (intptr_t)i;
}

static Object *list_getitem(Object *self, Object *key)
{
    if (is_slice(key))
        return list_getslice(self, key);
    intptr_t i = checked_index(self, key, "list index out of range");
    return i < 0 ? NULL : incref(LIST_ITEMS(self)[i]);
}

/* Remove item i, returning the reference the list held. */
static Object *list_take(Object *self, intptr_t i)
{
    ListObject *list = (ListObject *)self;
    Object *item = list->items[i];
    memmove(&list->items[i], &list->items[i + 1],
            items_bytes(list->base.size - i - 1));
    list_resize(list, list->base.size - 1);
    return item;
}

/* a[i] = v, or del a[i] when value is NULL. The old item is dropped
 * last: its finalizer may look at the list. */
static int list_setitem(Object *self, Object *key, Object *value)
{
    if (is_slice(key))
        return list_setslice(self, key, value);
    intptr_t i = checked_index(self, key, "list assignment index out of range");
    if (i < 0)
        return -1;
    if (value == NULL)
        decref(list_take(self, i));
    else
        object_set_slot(&LIST_ITEMS(self)[i], incref(value));
    return 0;
}

/* The index of the first item equal to value in [start, stop), -1 if
 * none, -2 on error. */
static intptr_t list_find(Object *self, Object *value, intptr_t start, intptr_t stop)
{
    for (intptr_t i = start; i < stop && i < LIST_SIZE(self); i++) {
        Object *item = incref(LIST_ITEMS(self)[i]);
        int equal = object_equal(item, value);
        decref(item);
        if (equal != 0)
            return equal < 0 ? -2 : i;
    }
    return -1;
}

static int list_contains(Object *self, Object *value)
{
    intptr_t i = list_find(self, value, 0, LIST_SIZE(self));
    return i == -2 ? -1 : i >= 0;
}

/* Always a list, whatever a and b derive from (CPython's list_concat
 * copies their items, not their iteration). */
static Object *list_add(Object *a, Object *b)
{
    if (!is_list_or_subclass(a) || !is_list_or_subclass(b))
        return incref(NotImplemented);
    intptr_t na = LIST_SIZE(a), nb = LIST_SIZE(b);
    Object *result = list_new(na + nb);
    for (intptr_t i = 0; i < na; i++)
        LIST_ITEMS(result)[i] = incref(LIST_ITEMS(a)[i]);
    for (intptr_t i = 0; i < nb; i++)
        LIST_ITEMS(result)[na + i] = incref(LIST_ITEMS(b)[i]);
    return result;
}

/* list * n and n * list: always a new list. */
static Object *list_mul(Object *a, Object *b)
{
    Object *list = is_list_or_subclass(a) ? a : b;
    Object *count = list == a ? b : a;
    if (!is_list_or_subclass(list) || !is_int(count))
        return incref(NotImplemented);
    int64_t n;
    if (int_to_i64(count, &n) < 0)      /* CPython's index-size check */
        return error_set_string(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    intptr_t size = LIST_SIZE(list);
    if (n <= 0 || size == 0)
        return list_new(0);
    if ((uint64_t)n > (uint64_t)(INTPTR_MAX / (intptr_t)sizeof(Object *)) / (uint64_t)size)
    {
        error_set_object((Object *)&exc_MemoryError);     /* as CPython: no message */
        return NULL;
    }
    Object *result = list_try_new(size * (intptr_t)n);
    if (result == NULL)
        return NULL;
    for (intptr_t i = 0; i < size * (intptr_t)n; i++)
        LIST_ITEMS(result)[i] = incref(LIST_ITEMS(list)[i % size]);
    return result;
}

/* ---- iteration ----------------------------------------------------------- */

static Object *list_next_item(Object *list, intptr_t *index)
{
    return incref(LIST_ITEMS(list)[(*index)++]);
}

static IndexIterType list_iterator_type =
    INDEX_ITER_TYPE("list_iterator", list_len, list_next_item);

static Object *list_iter(Object *self)
{
    return index_iter_new(&list_iterator_type, self);
}

/* ---- methods ------------------------------------------------------------- */

Object *list_append_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if ((kwnames != NULL || nargs != 1)
        && (args_no_kw("list.append", kwnames) < 0 || args_exact("list.append", nargs, 1) < 0))
        return NULL;
    list_append(self, args[0]);
    return none_new();
}

static Object *list_extend_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("list.extend", kwnames) < 0 || args_exact("list.extend", nargs, 1) < 0)
        return NULL;
    return list_extend(self, args[0]) < 0 ? NULL : none_new();
}

static Object *list_pop(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("list.pop", kwnames) < 0 || args_range("pop", nargs, 0, 1) < 0)
        return NULL;
    int64_t i = -1;
    if (nargs == 1 && int_as_index(args[0], &i) < 0)
        return NULL;
    if (LIST_SIZE(self) == 0)
        return error_set_string(&exc_IndexError, "pop from empty list");
    if (i < 0)
        i += LIST_SIZE(self);
    if (i < 0 || i >= LIST_SIZE(self))
        return error_set_string(&exc_IndexError, "pop index out of range");
    return list_take(self, (intptr_t)i);
}

static Object *list_insert(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("list.insert", kwnames) < 0 || args_range("insert", nargs, 2, 2) < 0)
        return NULL;
    int64_t i;
    if (int_as_index(args[0], &i) < 0)
        return NULL;
    ListObject *list = (ListObject *)self;
    intptr_t n = list->base.size;
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    list_resize(list, n + 1);
    memmove(&list->items[i + 1], &list->items[i], items_bytes(n - (intptr_t)i));
    list->items[i] = incref(args[1]);
    return none_new();
}

static Object *list_remove(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("list.remove", kwnames) < 0 || args_exact("list.remove", nargs, 1) < 0)
        return NULL;
    intptr_t i = list_find(self, args[0], 0, LIST_SIZE(self));
    if (i == -2)
        return NULL;
    if (i < 0)
        return error_set_string(&exc_ValueError, "list.remove(x): x not in list");
    decref(list_take(self, i));
    return none_new();
}

static Object *list_clear_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("list.clear", kwnames) < 0 || args_exact("list.clear", nargs, 0) < 0)
        return NULL;
    list_clear(self);
    return none_new();
}

/* Python's slice bounds for index(x, start, stop): negative counts from
 * the end, then clamp to the list. */
static intptr_t clamp(int64_t i, intptr_t n)
{
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    return i > n ? n : (intptr_t)i;
}

static Object *list_index(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("list.index", kwnames) < 0 || args_range("index", nargs, 1, 3) < 0)
        return NULL;
    int64_t bounds[2] = {0, INTPTR_MAX};
    for (size_t k = 1; k < nargs; k++)
        if (int_as_index(args[k], &bounds[k - 1]) < 0)
            return NULL;
    intptr_t n = LIST_SIZE(self);
    intptr_t i = list_find(self, args[0], clamp(bounds[0], n), clamp(bounds[1], n));
    if (i == -2)
        return NULL;
    if (i < 0)
        return error_format(&exc_ValueError, "%R is not in list", args[0]);
    return int_from_i64(i);
}

static Object *list_count(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("list.count", kwnames) < 0 || args_exact("list.count", nargs, 1) < 0)
        return NULL;
    int64_t count = 0;
    for (intptr_t i = 0; (i = list_find(self, args[0], i, LIST_SIZE(self))) >= 0; i++)
        count++;
    return error_occurred() ? NULL : int_from_i64(count);
}

/* list.__init__(self, iterable=()): empties the list, then extends it
 * (CPython's list___init___impl); what a class derived from list runs
 * when it has no __init__ of its own, or calls through super(). */
static Object *list_init(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("list", kwnames) < 0 || args_range("list", nargs, 0, 1) < 0)
        return NULL;
    if (LIST_SIZE(self) > 0)
        list_clear(self);
    if (nargs == 1 && list_extend(self, args[0]) < 0)
        return NULL;
    return none_new();
}

static const MethodDef list_methods[] = {
    {"__init__", list_init},
    {"append", list_append_method},
    {"pop", list_pop},
    {"insert", list_insert},
    {"remove", list_remove},
    {"clear", list_clear_method},
    {"index", list_index},
    {"count", list_count},
    {"extend", list_extend_method},
    {"sort", list_sort_method},
    {"reverse", list_reverse_method},
    {"copy", list_copy_method},
    {NULL, NULL},
};

Type list_type = {
    .base = TYPE_HEAD_INIT,
    .name = "list",
    .basic_size = sizeof(ListObject),
    .parent = &object_type,
    .flags = TYPE_BASETYPE | TYPE_CONTAINER,
    .construct = list_construct,
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear,
    .release = list_release,
#if CHAPTER >= CH_THRESHOLDS
    .recycle = list_recycle,
#endif
    .repr = list_repr,
    .compare = list_compare,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .add = list_add,
    .mul = list_mul,
    .methods = list_methods,
};
