/* dictview.c: what walks a dict: its three iterators and the views
 * d.keys(), d.values(), d.items() (CPython keeps both in
 * Objects/dictobject.c). A view holds only its dict; each iteration makes
 * an iterator that remembers the dict's size, to fail as CPython does when
 * a key is added or removed meanwhile.
 */
#include "dict.h"

#include "bool.h"
#include "error.h"
#include "list.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/* ---- iterators ----------------------------------------------------------- */

typedef struct DictIterObject {
    Object base;
    Object *dict;           /* NULL once exhausted */
    intptr_t pos;           /* next entry to look at */
    intptr_t used;          /* the dict's size when iteration began */
    Object *result;         /* items only: the (key, value) tuple to reuse */
} DictIterObject;

static Type dict_valueiterator_type, dict_itemiterator_type;

static Object *dict_iter_new(Object *dict, Type *type)
{
    DictIterObject *it = (DictIterObject *)object_new(type, sizeof(DictIterObject));
    it->dict = incref(dict);
    it->used = DICT_SIZE(dict);
    if (type == &dict_itemiterator_type)
        it->result = tuple_pack(2, None, None);
    return (Object *)it;
}

/* The next (key, value) pair. Like CPython, an items iterator hands out the
 * same tuple again when nobody else kept it (its count is back to 1), so
 * `for k, v in d.items()` allocates one tuple, and that tuple still holds
 * the previous pair until the next step: inside the loop, v's count
 * includes the iterator's tuple. */
static Object *item_pair(DictIterObject *it, Object *key, Object *value)
{
    Object *pair = it->result;
    if (pair->refcount != 1)
        return tuple_pack(2, key, value);
    Object *old_key = TUPLE_ITEMS(pair)[0], *old_value = TUPLE_ITEMS(pair)[1];
    TUPLE_ITEMS(pair)[0] = incref(key);
    TUPLE_ITEMS(pair)[1] = incref(value);
    decref(old_key);
    decref(old_value);
    return incref(pair);
}

/* Adding or removing keys while iterating is an error (the entries array
 * may have been rebuilt); CPython checks the size, and so does minipy. */
static Object *dict_iternext(Object *self)
{
    DictIterObject *it = (DictIterObject *)self;
    if (it->dict == NULL)
        return NULL;
    if (DICT_SIZE(it->dict) != it->used) {
        it->used = -1;      /* keep failing */
        return error_set_string(&exc_RuntimeError, "dictionary changed size during iteration");
    }
    Object *key, *value;
    if (!dict_next(it->dict, &it->pos, &key, &value)) {
        CLEAR_SLOT(it->dict);
        return NULL;
    }
    if (self->type == &dict_keyiterator_type)
        return incref(key);
    if (self->type == &dict_valueiterator_type)
        return incref(value);
    return item_pair(it, key, value);
}


static int dict_iter_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((DictIterObject *)self)->dict);
    VISIT(((DictIterObject *)self)->result);
    return 0;
}

static void dict_iter_clear(Object *self)
{
    CLEAR_SLOT(((DictIterObject *)self)->dict);
    CLEAR_SLOT(((DictIterObject *)self)->result);
}

#define DICT_ITERATOR_TYPE(type_name) { \
    .base = TYPE_HEAD_INIT, \
    .name = type_name, \
    .basic_size = sizeof(DictIterObject), \
    .parent = &object_type, \
    .flags = TYPE_CONTAINER, \
    .dealloc = object_dealloc_default, \
    .traverse = dict_iter_traverse, \
    .clear = dict_iter_clear, \
    .iter = object_iter_self, \
    .iternext = dict_iternext, \
}

Type dict_keyiterator_type = DICT_ITERATOR_TYPE("dict_keyiterator");
static Type dict_valueiterator_type = DICT_ITERATOR_TYPE("dict_valueiterator");
static Type dict_itemiterator_type = DICT_ITERATOR_TYPE("dict_itemiterator");

Object *dict_iter(Object *self)
{
    return dict_iter_new(self, &dict_keyiterator_type);
}

/* ---- views: d.keys(), d.values(), d.items() ------------------------------ */

typedef struct DictViewObject {
    Object base;
    Object *dict;
} DictViewObject;

Object *dict_view_new(Object *dict, Type *type)
{
    DictViewObject *view = (DictViewObject *)object_new(type, sizeof(DictViewObject));
    view->dict = incref(dict);
    return (Object *)view;
}

#define VIEW_DICT(op) (((DictViewObject *)(op))->dict)

static Object *view_iter(Object *self)
{
    Type *type = self->type == &dict_keys_type     ? &dict_keyiterator_type
                 : self->type == &dict_values_type ? &dict_valueiterator_type
                                                   : &dict_itemiterator_type;
    return dict_iter_new(VIEW_DICT(self), type);
}

static intptr_t view_len(Object *self)
{
    return DICT_SIZE(VIEW_DICT(self));
}

/* "dict_keys(['a', 'b'])": the type name and a list of the items. */
static Object *view_repr(Object *self)
{
#if CHAPTER >= CH_CONTAINERS
    int active = repr_enter(self);
    if (active != 0)
        return active > 0 ? str_from_cstr("...") : NULL;
#endif
    Object *items = list_from_iterable(self);
    Object *result = items ? str_format("%s(%R)", self->type->name, items) : NULL;
    xdecref(items);
#if CHAPTER >= CH_CONTAINERS
    repr_leave(self);
#endif
    return result;
}

static int keys_contains(Object *self, Object *key)
{
    return dict_contains(VIEW_DICT(self), key);
}

/* (k, v) in d.items(): k is a key whose value equals v. */
static int items_contains(Object *self, Object *item)
{
    if (!is_tuple(item) || TUPLE_SIZE(item) != 2)
        return 0;
    Object *value = dict_get_item(VIEW_DICT(self), TUPLE_ITEMS(item)[0]);
    if (value == NULL)
        return error_occurred() ? -1 : 0;
    incref(value);
    int equal = object_equal(value, TUPLE_ITEMS(item)[1]);
    decref(value);
    return equal;
}

static int view_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(VIEW_DICT(self));
    return 0;
}

static void view_clear(Object *self)
{
    CLEAR_SLOT(VIEW_DICT(self));
}

/* dict_values has no `contains` slot: `in` searches its iteration. */
#define DICT_VIEW_TYPE(type_name, contains_fn) { \
    .base = TYPE_HEAD_INIT, \
    .name = type_name, \
    .basic_size = sizeof(DictViewObject), \
    .parent = &object_type, \
    .flags = TYPE_CONTAINER, \
    .dealloc = object_dealloc_default, \
    .traverse = view_traverse, \
    .clear = view_clear, \
    .repr = view_repr, \
    .len = view_len, \
    .contains = contains_fn, \
    .iter = view_iter, \
}

Type dict_keys_type = DICT_VIEW_TYPE("dict_keys", keys_contains);
Type dict_values_type = DICT_VIEW_TYPE("dict_values", NULL);
Type dict_items_type = DICT_VIEW_TYPE("dict_items", items_contains);
