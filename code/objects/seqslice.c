/* seqslice.c: cutting the built-in sequences with a slice, `a[i:j:k]`
 * read, assigned and deleted (the slice halves of list_subscript,
 * list_ass_subscript, tuplesubscript and unicode_subscript in CPython's
 * Objects/listobject.c, tupleobject.c and unicodeobject.c).
 *
 * What memory sees, as in CPython: a list's slice is always a new list
 * (`a[:]` is the idiomatic copy); a tuple's or str's slice that covers the
 * whole object is the object itself, since it cannot change; a str slice
 * of one latin-1 character is the shared one-character string. Items a
 * slice assignment replaces are dropped only once the list is whole
 * again, so that a finalizer run by the drop sees a consistent list.
 */
#include "slice.h"

#include <string.h>

#include "error.h"
#include "memory.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* The slice fitted to a sequence of `size` items: the number of items
 * it selects, or -1 with an exception set. */
static int64_t slice_fit(Object *slice, intptr_t size, int64_t *start, int64_t *stop,
                         int64_t *step)
{
    if (slice_unpack(slice, start, stop, step) < 0)
        return -1;
    return slice_adjust(size, start, stop, *step);
}

/* ---- list ------------------------------------------------------------------ */

Object *list_getslice(Object *self, Object *slice)
{
    int64_t start, stop, step;
    int64_t count = slice_fit(slice, LIST_SIZE(self), &start, &stop, &step);
    if (count < 0)
        return NULL;
    Object *result = list_new((intptr_t)count);
    for (int64_t i = 0; i < count; i++)
        list_set_steal(result, (intptr_t)i, incref(LIST_ITEMS(self)[start + i * step]));
    return result;
}

/* A new list with the items of `self` (list_slice(a, 0, len(a))). */
static Object *list_copy_items(Object *self)
{
    intptr_t n = LIST_SIZE(self);
    Object *copy = list_new(n);
    for (intptr_t i = 0; i < n; i++)
        list_set_steal(copy, i, incref(LIST_ITEMS(self)[i]));
    return copy;
}

/* The items to assign, as a list or tuple (PySequence_Fast): a new
 * reference, or NULL with `message` as the TypeError when `value` cannot
 * be iterated. A list assigned into itself is copied first. */
static Object *assigned_items(Object *self, Object *value, const char *message)
{
    if (value == self)
        return list_copy_items(self);
    if (is_list(value) || is_tuple(value))
        return incref(value);
    Object *iterator = object_iter(value);
    if (iterator == NULL) {
        if (error_matches(&exc_TypeError)) {
            error_clear();
            error_set_string(&exc_TypeError, message);
        }
        return NULL;
    }
    Object *items = list_from_iterable(iterator);
    decref(iterator);
    return items;
}

static intptr_t items_count(Object *seq)
{
    return is_list(seq) ? LIST_SIZE(seq) : TUPLE_SIZE(seq);
}

static Object **items_of(Object *seq)
{
    return is_list(seq) ? LIST_ITEMS(seq) : TUPLE_ITEMS(seq);
}

/* Drop the references a slice assignment took out of the list: last to
 * first for a simple slice, in slice order for an extended one, as
 * CPython does (the order finalizers run in). */
static void drop_garbage(Object **garbage, int64_t count, bool backwards)
{
    for (int64_t k = 0; k < count; k++)
        decref(garbage[backwards ? count - 1 - k : k]);
    if (count > 0)
        mem_free(garbage, (size_t)count * sizeof(Object *));
}

/* The count items at items[low]: an empty list's items are NULL, and
 * NULL + 0 is undefined in C, so nothing is computed when count is 0. */
static Object **take_garbage(Object **items, int64_t low, int64_t count)
{
    if (count <= 0)
        return NULL;
    Object **garbage = mem_alloc((size_t)count * sizeof(Object *));
    memcpy(garbage, items + low, (size_t)count * sizeof(Object *));
    return garbage;
}

/* a[low:high] = value (a NULL value deletes): list_ass_slice. */
static int assign_simple(Object *self, int64_t low, int64_t high, Object *value)
{
    ListObject *list = (ListObject *)self;
    Object *seq = NULL;
    intptr_t n = 0;
    if (value != NULL) {
        if ((seq = assigned_items(self, value, "can only assign an iterable")) == NULL)
            return -1;
        n = items_count(seq);
    }
    if (high < low)
        high = low;
    intptr_t size = list->base.size, removed = (intptr_t)(high - low), delta = n - removed;
    if (size + delta == 0) {
        xdecref(seq);
        list_clear(self);
        return 0;
    }
    Object **garbage = take_garbage(list->items, low, removed);
    size_t tail = (size_t)(size - high) * sizeof(Object *);
    if (delta < 0) {
        memmove(list->items + high + delta, list->items + high, tail);
        list_resize(list, size + delta);
    } else if (delta > 0) {
        list_resize(list, size + delta);
        memmove(list->items + high + delta, list->items + high, tail);
    }
    for (intptr_t i = 0; i < n; i++)
        list->items[low + i] = incref(items_of(seq)[i]);
    drop_garbage(garbage, removed, true);
    xdecref(seq);
    return 0;
}

/* del a[start:stop:step] with step > 1 after normalising: close the gaps
 * one stretch at a time. */
static void delete_extended(ListObject *list, int64_t start, int64_t step, int64_t count)
{
    Object **garbage = mem_alloc((size_t)count * sizeof(Object *));
    intptr_t size = list->base.size;
    for (int64_t i = 0; i < count; i++) {
        int64_t at = start + i * step;
        garbage[i] = list->items[at];
        int64_t next = at + step < size ? at + step : size;
        memmove(list->items + at - i, list->items + at + 1,
                (size_t)(next - at - 1) * sizeof(Object *));
    }
    list_resize(list, size - (intptr_t)count);
    drop_garbage(garbage, count, false);
}

/* a[start:stop:step] = value with step != 1: exactly as many items as
 * the slice selects. */
static int assign_extended(ListObject *list, Object *value, int64_t start, int64_t step,
                           int64_t count)
{
    Object *seq = assigned_items((Object *)list, value, "must assign iterable to extended slice");
    if (seq == NULL)
        return -1;
    if (items_count(seq) != count) {
        error_format(&exc_ValueError,
                     "attempt to assign sequence of size %zd to extended slice of size %zd",
                     items_count(seq), (intptr_t)count);
        decref(seq);
        return -1;
    }
    Object **garbage = count > 0 ? mem_alloc((size_t)count * sizeof(Object *)) : NULL;
    for (int64_t i = 0; i < count; i++) {
        garbage[i] = list->items[start + i * step];
        list->items[start + i * step] = incref(items_of(seq)[i]);
    }
    drop_garbage(garbage, count, false);
    decref(seq);
    return 0;
}

int list_setslice(Object *self, Object *slice, Object *value)
{
    int64_t start, stop, step;
    int64_t count = slice_fit(slice, LIST_SIZE(self), &start, &stop, &step);
    if (count < 0)
        return -1;
    if (step == 1)
        return assign_simple(self, start, stop, value);
    if (value != NULL)
        return assign_extended((ListObject *)self, value, start, step, count);
    if (count <= 0)
        return 0;
    if (step < 0) {     /* the same items, walked upwards */
        start += step * (count - 1);
        step = -step;
    }
    delete_extended((ListObject *)self, start, step, count);
    return 0;
}

/* ---- tuple ------------------------------------------------------------------ */

Object *tuple_getslice(Object *self, Object *slice)
{
    int64_t start, stop, step;
    int64_t count = slice_fit(slice, TUPLE_SIZE(self), &start, &stop, &step);
    if (count < 0)
        return NULL;
    if (count == TUPLE_SIZE(self) && step == 1 && self->type == &tuple_type)
        return incref(self);
    Object *result = tuple_new((intptr_t)count);
    for (int64_t i = 0; i < count; i++)
        TUPLE_ITEMS(result)[i] = incref(TUPLE_ITEMS(self)[start + i * step]);
    return result;
}

/* ---- str -------------------------------------------------------------------- */

/* How many bytes the UTF-8 character starting with `lead` takes. */
static size_t utf8_width(unsigned char lead)
{
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/* The byte offset of every character, and one past the end (count + 1
 * entries, in a block of that many). */
static size_t *char_offsets(Object *s, intptr_t count)
{
    size_t *offsets = mem_alloc((size_t)(count + 1) * sizeof(size_t));
    size_t at = 0;
    for (intptr_t i = 0; i <= count; i++) {
        offsets[i] = at;
        if (i < count)
            at += utf8_width((unsigned char)STR_DATA(s)[at]);
    }
    return offsets;
}

Object *str_getslice(Object *self, Object *slice)
{
    intptr_t length = ((StrObject *)self)->length;
    int64_t start, stop, step;
    int64_t count = slice_fit(slice, length, &start, &stop, &step);
    if (count < 0)
        return NULL;
    if (count == length && step == 1 && self->type == &str_type)
        return incref(self);
    if ((size_t)length == STR_SIZE(self) && step == 1)        /* ASCII: bytes are characters */
        return str_from_utf8(STR_DATA(self) + start, (size_t)count);
    size_t *offsets = char_offsets(self, length);
    StrBuilder sb;
    sb_init(&sb);
    for (int64_t i = 0; i < count; i++) {
        int64_t at = start + i * step;
        sb_append(&sb, STR_DATA(self) + offsets[at], offsets[at + 1] - offsets[at]);
    }
    mem_free(offsets, (size_t)(length + 1) * sizeof(size_t));
    return sb_finish(&sb);
}
