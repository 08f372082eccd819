/* listsort.c: list.sort, list.reverse and list.copy (CPython's
 * Objects/listobject.c), and dict.fromkeys and dict.popitem
 * (Objects/dictobject.c). Their entries are in list.c's and dict.c's
 * method tables.
 *
 * list.sort compares with `<` only, as CPython's timsort does. Below 64
 * items it makes timsort's comparisons (one run, binary insertion); above,
 * a stable merge sort gives the same order with other comparisons (only
 * an __lt__ with side effects could tell). As in CPython, the list is
 * empty while it is being sorted, so that a key function or a comparison
 * that changes it is caught: "list modified during sort".
 */
#include "listsort.h"

#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "dict.h"
#include "error.h"
#include "list.h"
#include "memory.h"
#include "str.h"
#include "tuple.h"

typedef struct SortPair {
    Object *key;            /* owned when there is a key function */
    Object *value;
} SortPair;

/* Merge the sorted runs [0, middle) and [middle, n) through scratch;
 * on error the pairs are left as they were. */
static int merge(SortPair *pairs, SortPair *scratch, size_t middle, size_t n)
{
    size_t left = 0, right = middle, out = 0;
    while (left < middle && right < n) {
        int right_first = object_compare_bool(pairs[right].key, pairs[left].key, CMP_LT);
        if (right_first < 0)
            return -1;
        scratch[out++] = right_first ? pairs[right++] : pairs[left++];
    }
    while (left < middle)
        scratch[out++] = pairs[left++];
    while (right < n)
        scratch[out++] = pairs[right++];
    memcpy(pairs, scratch, n * sizeof *pairs);
    return 0;
}

static int merge_sort(SortPair *pairs, SortPair *scratch, size_t n)
{
    if (n < 2)
        return 0;
    size_t middle = n / 2;
    if (merge_sort(pairs, scratch, middle) < 0 || merge_sort(pairs + middle, scratch, n - middle) < 0)
        return -1;
    return merge(pairs, scratch, middle, n);
}

/* Below 64 items CPython's timsort is one natural run (count_run)
 * extended by binary insertion (binarysort); doing the same makes the
 * same comparisons in the same order, so the same one fails first. */
#define MIN_MERGE 64

static void reverse_pairs(SortPair *pairs, size_t n);

static int less(const SortPair *a, const SortPair *b)
{
    return object_compare_bool(a->key, b->key, CMP_LT);
}

static int small_sort(SortPair *pairs, size_t n)
{
    if (n < 2)
        return 0;
    int descending = less(&pairs[1], &pairs[0]);
    if (descending < 0)
        return -1;
    size_t run = 2;
    for (; run < n; run++) {
        int lt = less(&pairs[run], &pairs[run - 1]);
        if (lt < 0)
            return -1;
        if (lt != descending)
            break;
    }
    if (descending)
        reverse_pairs(pairs, run);
    for (size_t start = run; start < n; start++) {
        SortPair pivot = pairs[start];
        size_t left = 0, right = start;
        do {
            size_t middle = left + ((right - left) >> 1);
            int lt = less(&pivot, &pairs[middle]);
            if (lt < 0)
                return -1;
            if (lt)
                right = middle;
            else
                left = middle + 1;
        } while (left < right);
        memmove(&pairs[left + 1], &pairs[left], (start - left) * sizeof *pairs);
        pairs[left] = pivot;
    }
    return 0;
}

static void reverse_pairs(SortPair *pairs, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        SortPair swap = pairs[i];
        pairs[i] = pairs[j - 1];
        pairs[j - 1] = swap;
    }
}

/* Keys, reversal (CPython reverses, sorts stably and reverses back, so
 * that equal items keep their order under reverse=True), the sort. */
static int sort_pairs(SortPair *pairs, size_t n, Object *key, bool reverse)
{
    size_t keyed = 0;
    int status = 0;
    for (; key && keyed < n; keyed++) {
        pairs[keyed].key = object_call(key, &pairs[keyed].value, 1, NULL);
        if (pairs[keyed].key == NULL) {
            status = -1;
            break;
        }
    }
    if (status == 0) {
        if (reverse)
            reverse_pairs(pairs, n);
        if (n < MIN_MERGE) {
            status = small_sort(pairs, n);
        } else {
            SortPair *scratch = mem_alloc(n * sizeof *scratch);
            status = merge_sort(pairs, scratch, n);
            mem_free(scratch, n * sizeof *scratch);
        }
        if (reverse && status == 0)
            reverse_pairs(pairs, n);
    }
    for (size_t i = 0; key && i < keyed; i++)
        decref(pairs[i].key);
    return status;
}

Object *list_sort_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"key", "reverse", NULL};
    Object *values[2] = {NULL, NULL};
    if (nargs > 0)
        return error_set_string(&exc_TypeError, "sort() takes no positional arguments");
    if (args_parse_keywords("sort", args, nargs, kwnames, names, values) < 0)
        return NULL;
    int reverse = values[1] ? object_is_true(values[1]) : 0;
    if (reverse < 0)
        return NULL;
    Object *key = values[0] == None ? NULL : values[0];
    ListObject *list = (ListObject *)self;
    Object **items = list->items;
    intptr_t n = list->base.size, capacity = list->capacity;
    list->items = NULL;
    list->base.size = list->capacity = 0;
    SortPair *pairs = mem_alloc((size_t)n * sizeof *pairs + 1);
    for (intptr_t i = 0; i < n; i++)
        pairs[i] = (SortPair){items[i], items[i]};
    int status = sort_pairs(pairs, (size_t)n, key, reverse);
    for (intptr_t i = 0; i < n; i++)
        items[i] = pairs[i].value;
    mem_free(pairs, (size_t)n * sizeof *pairs + 1);
    /* what the list gained meanwhile is dropped, as CPython drops it */
    Object **gained = list->items;
    intptr_t gained_size = list->base.size, gained_capacity = list->capacity;
    list->items = items;
    list->base.size = n;
    list->capacity = capacity;
    if (gained != NULL || gained_size != 0) {
        for (intptr_t i = 0; i < gained_size; i++)
            decref(gained[i]);
        mem_free(gained, (size_t)gained_capacity * sizeof(Object *));
        if (status == 0)
            error_set_string(&exc_ValueError, "list modified during sort");
        status = -1;
    }
    return status < 0 ? NULL : none_new();
}

Object *list_reverse_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("list.reverse", kwnames) < 0 || args_exact("list.reverse", nargs, 0) < 0)
        return NULL;
    Object **items = LIST_ITEMS(self);
    for (intptr_t i = 0, j = LIST_SIZE(self) - 1; i < j; i++, j--) {
        Object *swap = items[i];
        items[i] = items[j];
        items[j] = swap;
    }
    return none_new();
}

Object *list_copy_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("list.copy", kwnames) < 0 || args_exact("list.copy", nargs, 0) < 0)
        return NULL;
    intptr_t n = LIST_SIZE(self);
    Object *copy = list_new(n);
    for (intptr_t i = 0; copy && i < n; i++)
        list_set_steal(copy, i, incref(LIST_ITEMS(self)[i]));
    return copy;
}

/* dict.fromkeys(iterable, value=None), called on the class or a dict. */
Object *dict_fromkeys_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("fromkeys", kwnames) < 0 || args_range("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    Object *value = nargs == 2 ? args[1] : None;
    Object *iterator = object_iter(args[0]);
    if (iterator == NULL)
        return NULL;
    Object *dict = dict_new(), *key;
    while (dict && (key = iter_next(iterator)) != NULL) {
        if (dict_set_item(dict, key, value) < 0)
            CLEAR_SLOT(dict);
        decref(key);
    }
    decref(iterator);
    if (dict && error_occurred())
        CLEAR_SLOT(dict);
    return dict;
}

const MethodDef dict_fromkeys_def = {"fromkeys", dict_fromkeys_method};

/* dict.popitem(): the last pair inserted. */
Object *dict_popitem_method(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("dict.popitem", kwnames) < 0 || args_exact("dict.popitem", nargs, 0) < 0)
        return NULL;
    intptr_t pos = 0;
    Object *key = NULL, *value = NULL, *k, *v;
    while (dict_next(self, &pos, &k, &v)) {
        key = k;
        value = v;
    }
    if (key == NULL) {
        Object *message = str_from_cstr("popitem(): dictionary is empty");
        if (message) {
            error_key(message);
            decref(message);
        }
        return NULL;
    }
    Object *pair = tuple_pack(2, key, value);
    if (pair == NULL || dict_del_item(self, key) < 0) {
        xdecref(pair);
        return NULL;
    }
    return pair;
}
