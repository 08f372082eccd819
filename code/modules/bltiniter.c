/* bltiniter.c: the built-in iterator types enumerate, zip, map, filter
 * and reversed (CPython's Objects/enumobject.c and the map, filter and
 * zip objects of Python/bltinmodule.c). Each holds references to the
 * iterators it draws from, so each is GC-aware with its traverse and
 * clear, as in CPython. */
#include "bltinfuncs.h"

#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* Iterators of every argument: a tuple, or NULL with the error set. */
static Object *iterators_of(Object **args, size_t nargs)
{
    Object *iterators = tuple_new((intptr_t)nargs);
    for (size_t i = 0; iterators && i < nargs; i++) {
        Object *it = object_iter(args[i]);
        if (it == NULL) {
            decref(iterators);
            return NULL;
        }
        TUPLE_ITEMS(iterators)[i] = it;
    }
    return iterators;
}

/* enumerate and zip keep their last result tuple and fill it again when
 * nobody else holds it (CPython does the same: a loop that unpacks each
 * pair allocates one tuple in all). Returns the tuple to fill, a new
 * reference: the kept one, its old items dropped, or a fresh one. */
static Object *reusable_result(Object **kept, intptr_t n)
{
    Object *result = *kept;
    if (result == NULL || result->refcount != 1)
        return tuple_new(n);
    incref(result);
    for (intptr_t i = 0; i < n; i++)
        CLEAR_SLOT(TUPLE_ITEMS(result)[i]);
#if CHAPTER >= CH_THRESHOLDS
    gc_track(result);       /* a collection may have untracked it (bpo-42536) */
#endif
    return result;
}

/* A tuple of n Nones, the first result to be reused. */
static Object *none_tuple(intptr_t n)
{
    Object *t = tuple_new(n);
    for (intptr_t i = 0; t && i < n; i++)
        TUPLE_ITEMS(t)[i] = none_new();
    return t;
}

/* ---- enumerate ------------------------------------------------------------ */

typedef struct EnumerateObject {
    Object base;
    Object *iterator;
    int64_t index;
    Object *result;         /* the tuple to reuse */
} EnumerateObject;

extern Type enumerate_type;

static Object *enumerate_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"iterable", "start", NULL};
    Object *values[2] = {NULL, NULL};
    if (nargs + args_keyword_count(kwnames) > 2)
        return error_format(&exc_TypeError, "enumerate() takes at most 2 arguments (%zd given)",
                            (intptr_t)(nargs + args_keyword_count(kwnames)));
    for (size_t i = 0; i < nargs; i++)
        values[i] = args[i];
    if (args_parse_keywords("enumerate", args, nargs, kwnames, names, values) < 0)
        return NULL;
    if (values[0] == NULL)
        return error_set_string(&exc_TypeError, "enumerate() missing required argument 'iterable'");
    int64_t start = 0;
    if (values[1] && int_as_index(values[1], &start) < 0)
        return NULL;
    Object *iterator = object_iter(values[0]);
    if (iterator == NULL)
        return NULL;
    EnumerateObject *e = (EnumerateObject *)object_new(type, sizeof(EnumerateObject));
    e->iterator = iterator;
    e->index = start;
    e->result = none_tuple(2);
    return (Object *)e;
}

static Object *enumerate_next(Object *self)
{
    EnumerateObject *e = (EnumerateObject *)self;
    Object *item = iter_next(e->iterator);
    if (item == NULL)
        return NULL;
    Object *index = int_from_i64(e->index++);
    Object *pair = reusable_result(&e->result, 2);
    TUPLE_ITEMS(pair)[0] = index;
    TUPLE_ITEMS(pair)[1] = item;
    return pair;
}

static int enumerate_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((EnumerateObject *)self)->iterator);
    VISIT(((EnumerateObject *)self)->result);
    return 0;
}

static void enumerate_clear(Object *self)
{
    CLEAR_SLOT(((EnumerateObject *)self)->iterator);
    CLEAR_SLOT(((EnumerateObject *)self)->result);
}

Type enumerate_type = {
    .base = TYPE_HEAD_INIT,
    .name = "enumerate",
    .basic_size = sizeof(EnumerateObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .construct = enumerate_construct,
    .dealloc = object_dealloc_default,
    .traverse = enumerate_traverse,
    .clear = enumerate_clear,
    .iter = object_iter_self,
    .iternext = enumerate_next,
};

/* ---- zip and map: a tuple of iterators ------------------------------------ */

typedef struct ZipObject {
    Object base;
    Object *iterators;      /* tuple */
    Object *function;       /* map's function; NULL for zip */
    Object *result;         /* zip: the tuple to reuse */
    bool strict;
} ZipObject;

extern Type zip_type, map_type;

static Object *zip_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = {"strict", NULL};
    Object *strict = NULL;
    if (args_parse_keywords("zip", args, nargs, kwnames, names, &strict) < 0)
        return NULL;
    int is_strict = strict ? object_is_true(strict) : 0;
    if (is_strict < 0)
        return NULL;
    Object *iterators = iterators_of(args, nargs);
    if (iterators == NULL)
        return NULL;
    ZipObject *z = (ZipObject *)object_new(type, sizeof(ZipObject));
    z->iterators = iterators;
    z->strict = is_strict;
    z->result = none_tuple((intptr_t)nargs);
    return (Object *)z;
}

static Object *map_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("map", kwnames) < 0)
        return NULL;
    if (nargs < 2)
        return error_set_string(&exc_TypeError, "map() must have at least two arguments.");
    Object *iterators = iterators_of(args + 1, nargs - 1);
    if (iterators == NULL)
        return NULL;
    ZipObject *m = (ZipObject *)object_new(type, sizeof(ZipObject));
    m->iterators = iterators;
    m->function = incref(args[0]);
    return (Object *)m;
}

/* zip(strict=True) when iterator i stopped and the others did not all stop. */
static Object *strict_error(ZipObject *z, intptr_t i)
{
    if (error_occurred())
        return NULL;
    if (i > 0)
        return error_format(&exc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                            i + 1, i == 1 ? " " : "s 1-", i);
    for (intptr_t k = 1; k < TUPLE_SIZE(z->iterators); k++) {
        Object *item = iter_next(TUPLE_ITEMS(z->iterators)[k]);
        if (item != NULL) {
            decref(item);
            return error_format(&exc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                                k + 1, k == 1 ? " " : "s 1-", k);
        }
        if (error_occurred())
            return NULL;
    }
    return NULL;
}

/* One item from each iterator, in a tuple; NULL when one stops. */
static Object *next_items(ZipObject *z)
{
    intptr_t n = TUPLE_SIZE(z->iterators);
    if (n == 0)
        return NULL;
    Object *items = z->result ? reusable_result(&z->result, n) : tuple_new(n);
    for (intptr_t i = 0; items && i < n; i++) {
        Object *item = iter_next(TUPLE_ITEMS(z->iterators)[i]);
        if (item == NULL) {
            decref(items);
            return z->strict ? strict_error(z, i) : NULL;
        }
        TUPLE_ITEMS(items)[i] = item;
    }
    return items;
}

static Object *map_next(Object *self)
{
    ZipObject *m = (ZipObject *)self;
    Object *items = next_items(m);
    if (items == NULL)
        return NULL;
    Object *result = object_call(m->function, TUPLE_ITEMS(items), (size_t)TUPLE_SIZE(items), NULL);
    decref(items);
    return result;
}

static Object *zip_next(Object *self)
{
    return next_items((ZipObject *)self);
}

static int zip_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((ZipObject *)self)->iterators);
    VISIT(((ZipObject *)self)->function);
    VISIT(((ZipObject *)self)->result);
    return 0;
}

static void zip_clear(Object *self)
{
    CLEAR_SLOT(((ZipObject *)self)->iterators);
    CLEAR_SLOT(((ZipObject *)self)->function);
    CLEAR_SLOT(((ZipObject *)self)->result);
}

Type zip_type = {
    .base = TYPE_HEAD_INIT,
    .name = "zip",
    .basic_size = sizeof(ZipObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .construct = zip_construct,
    .dealloc = object_dealloc_default,
    .traverse = zip_traverse,
    .clear = zip_clear,
    .iter = object_iter_self,
    .iternext = zip_next,
};

Type map_type = {
    .base = TYPE_HEAD_INIT,
    .name = "map",
    .basic_size = sizeof(ZipObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .construct = map_construct,
    .dealloc = object_dealloc_default,
    .traverse = zip_traverse,
    .clear = zip_clear,
    .iter = object_iter_self,
    .iternext = map_next,
};

/* ---- filter ------------------------------------------------------------------ */

typedef struct FilterObject {
    Object base;
    Object *function;       /* None: the items' own truth */
    Object *iterator;
} FilterObject;

extern Type filter_type;

static Object *filter_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("filter", kwnames) < 0 || args_range("filter", nargs, 2, 2) < 0)
        return NULL;
    Object *iterator = object_iter(args[1]);
    if (iterator == NULL)
        return NULL;
    FilterObject *f = (FilterObject *)object_new(type, sizeof(FilterObject));
    f->function = incref(args[0]);
    f->iterator = iterator;
    return (Object *)f;
}

static Object *filter_next(Object *self)
{
    FilterObject *f = (FilterObject *)self;
    Object *item;
    while ((item = iter_next(f->iterator)) != NULL) {
        Object *verdict = f->function == None || f->function == (Object *)&bool_type
                          ? incref(item) : object_call(f->function, &item, 1, NULL);
        int keep = verdict ? object_is_true(verdict) : -1;
        xdecref(verdict);
        if (keep > 0)
            return item;
        decref(item);
        if (keep < 0)
            return NULL;
    }
    return NULL;
}

static int filter_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((FilterObject *)self)->function);
    VISIT(((FilterObject *)self)->iterator);
    return 0;
}

static void filter_clear(Object *self)
{
    CLEAR_SLOT(((FilterObject *)self)->function);
    CLEAR_SLOT(((FilterObject *)self)->iterator);
}

Type filter_type = {
    .base = TYPE_HEAD_INIT,
    .name = "filter",
    .basic_size = sizeof(FilterObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .construct = filter_construct,
    .dealloc = object_dealloc_default,
    .traverse = filter_traverse,
    .clear = filter_clear,
    .iter = object_iter_self,
    .iternext = filter_next,
};

/* ---- reversed ------------------------------------------------------------------ */

typedef struct ReversedObject {
    Object base;
    Object *sequence;       /* NULL once exhausted */
    intptr_t index;         /* the next item's index */
} ReversedObject;

extern Type reversed_type, list_reverseiterator_type;

static Object *reversed_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("reversed", kwnames) < 0 || args_range("reversed", nargs, 1, 1) < 0)
        return NULL;
    Object *sequence = args[0];
    Object *method = type_lookup_cstr(sequence->type, "__reversed__");
    if (method != NULL && (sequence->type->flags & TYPE_HEAP)) {
        incref(method);
        Object *result = object_call(method, &sequence, 1, NULL);
        decref(method);
        return result;
    }
    bool keys = is_dict(sequence);
    Object *held = keys ? list_from_iterable(sequence) : incref(sequence);
    if (held == NULL)
        return NULL;
    if (held->type->getitem == NULL || held->type->len == NULL || is_dict(held)) {
        decref(held);
        return error_format(&exc_TypeError, "'%T' object is not reversible", sequence);
    }
    intptr_t n = object_len(held);
    if (n < 0) {
        decref(held);
        return NULL;
    }
    if (type == &reversed_type && is_list(sequence))
        type = &list_reverseiterator_type;
    ReversedObject *r = (ReversedObject *)object_new(type, sizeof(ReversedObject));
    r->sequence = held;
    r->index = n - 1;
    return (Object *)r;
}

static Object *reversed_next(Object *self)
{
    ReversedObject *r = (ReversedObject *)self;
    if (r->sequence == NULL)
        return NULL;
    if (r->index >= 0 && (!is_list(r->sequence) || r->index < LIST_SIZE(r->sequence))) {
        Object *index = int_from_i64(r->index--);
        Object *item = index ? object_getitem(r->sequence, index) : NULL;
        xdecref(index);
        if (item != NULL)
            return item;
        if (!error_matches(&exc_IndexError) && !error_matches(&exc_StopIteration))
            return NULL;
        error_clear();
    }
    r->index = -1;
    CLEAR_SLOT(r->sequence);
    return NULL;
}

static int reversed_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((ReversedObject *)self)->sequence);
    return 0;
}

static void reversed_clear(Object *self)
{
    CLEAR_SLOT(((ReversedObject *)self)->sequence);
}

Type reversed_type = {
    .base = TYPE_HEAD_INIT,
    .name = "reversed",
    .basic_size = sizeof(ReversedObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .construct = reversed_construct,
    .dealloc = object_dealloc_default,
    .traverse = reversed_traverse,
    .clear = reversed_clear,
    .iter = object_iter_self,
    .iternext = reversed_next,
};

/* reversed(a_list) is CPython's list_reverseiterator. */
Type list_reverseiterator_type = {
    .base = TYPE_HEAD_INIT,
    .name = "list_reverseiterator",
    .basic_size = sizeof(ReversedObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = reversed_traverse,
    .clear = reversed_clear,
    .iter = object_iter_self,
    .iternext = reversed_next,
};

/* The types reachable by name from every module. */
int bltiniter_add(Object *dict)
{
    Type *const types[] = {&enumerate_type, &filter_type, &map_type, &reversed_type, &zip_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (dict_set_item_cstr(dict, types[i]->name, (Object *)types[i]) < 0)
            return -1;
    return 0;
}
