/* dictupdate.c: everything merged into a dict: dict(other), d.update(other),
 * d | other and d |= other (CPython's dict_update_arg, PyDict_Merge and
 * PyDict_MergeFromSeq2, dict_or and dict_ior, in Objects/dictobject.c).
 * `other` is a dict, anything with a keys() method (a mapping), or an
 * iterable of (key, value) pairs.
 */
#include "dict.h"
#include "dict_internal.h"

#include "bool.h"
#include "error.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* One (key, value) element of dict(iterable) or d.update(iterable);
 * `index` for the messages (CPython's PyDict_MergeFromSeq2). */
static int merge_pair(Object *dict, Object *element, intptr_t index)
{
    Object *pair;
    if (is_tuple(element) || is_list(element)) {
        pair = incref(element);
    } else {
        pair = list_from_iterable(element);
        if (pair == NULL) {
            if (error_matches(&exc_TypeError)) {
                error_clear();
                error_format(&exc_TypeError,
                             "cannot convert dictionary update sequence element #%zd to a sequence",
                             index);
            }
            return -1;
        }
    }
    Object **items = is_tuple(pair) ? TUPLE_ITEMS(pair) : LIST_ITEMS(pair);
    intptr_t size = is_tuple(pair) ? TUPLE_SIZE(pair) : LIST_SIZE(pair);
    int status = -1;
    if (size != 2)
        error_format(&exc_ValueError,
                     "dictionary update sequence element #%zd has length %zd; 2 is required",
                     index, size);
    else
        status = dict_set_item(dict, items[0], items[1]);
    decref(pair);
    return status;
}

static int merge_pairs(Object *dict, Object *iterable)
{
    Object *iter = object_iter(iterable);
    if (iter == NULL)
        return -1;
    Object *item;
    int status = 0;
    for (intptr_t i = 0; status == 0 && (item = iter_next(iter)) != NULL; i++) {
        status = merge_pair(dict, item, i);
        decref(item);
    }
    decref(iter);
    return status == 0 && error_occurred() ? -1 : status;
}

/* ---- mappings that are no dicts ----------------------------------------- */

/* Whether `mapping` has a keys attribute: 1, 0, or -1 with an error. */
int mapping_has_keys(Object *mapping)
{
    Object *name = str_from_cstr("keys");
    int found = object_hasattr(mapping, name);
    decref(name);
    return found;
}

/* The items of a mapping that is no dict, through its keys() and [key],
 * each handed to `add` (PyDict_Merge's general case, and DICT_MERGE's and
 * DICT_UPDATE's for `**m`). */
int mapping_for_each_item(Object *mapping, int (*add)(void *, Object *, Object *), void *arg)
{
    Object *keys = object_getattr_cstr(mapping, "keys");
    Object *listed = keys ? object_call(keys, NULL, 0, NULL) : NULL;
    Object *iter = listed ? object_iter(listed) : NULL;
    xdecref(keys);
    xdecref(listed);
    if (iter == NULL)
        return -1;
    Object *key;
    int status = 0;
    while (status == 0 && (key = iter_next(iter)) != NULL) {
        Object *value = object_getitem(mapping, key);
        status = value ? add(arg, key, value) : -1;
        xdecref(value);
        decref(key);
    }
    decref(iter);
    return status == 0 && error_occurred() ? -1 : status;
}

int dict_add_item(void *dict, Object *key, Object *value)
{
    return dict_set_item(dict, key, value);
}

/* dict(other) and d.update(other): a dict, anything with a keys() method
 * (a mapping), or an iterable of pairs (CPython's dict_update_arg). */
int dict_update(Object *dict, Object *other)
{
    /* A dict subclass that iterates as dicts do is merged as a dict. */
    if (is_dict(other) || (is_dict_or_subclass(other) && other->type->iter == dict_iter))
        return dict_merge(dict, other);
    int found = mapping_has_keys(other);
    if (found < 0)
        return -1;
    return found ? mapping_for_each_item(other, dict_add_item, dict) : merge_pairs(dict, other);
}

/* d | other: a new dict, d's entries then other's; both must be dicts
 * (subclasses too), else the operator's TypeError. */
Object *dict_or(Object *self, Object *other)
{
    if (!is_dict_or_subclass(self) || !is_dict_or_subclass(other))
        return incref(NotImplemented);
    Object *result = dict_new();
    if (result == NULL)
        return NULL;
    if (dict_merge(result, self) < 0 || dict_update(result, other) < 0) {
        decref(result);
        return NULL;
    }
    return result;
}

/* d |= other: d.update(other), which takes any mapping or pairs. */
Object *dict_inplace(Object *self, Object *other, int op)
{
    if (op != '|')
        return incref(NotImplemented);
    return dict_update(self, other) < 0 ? NULL : incref(self);
}
