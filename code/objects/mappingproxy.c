/* mappingproxy.c: the read-only view of a class's dict (CPython's
 * mappingproxy, in Objects/descrobject.c).
 *
 * `C.__dict__` is not the class's dict itself: a program that stored into
 * it would change the class behind the back of everything that watches
 * class attributes (the special-method slots, slots.c). So CPython hands
 * out a new proxy on each access, which reads through to the dict and
 * refuses to write; minipy does the same. The proxy holds one reference,
 * to the mapping, and is a container for the collector.
 */
#include "mappingproxy.h"

#include "bool.h"
#include "error.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

typedef struct MappingProxyObject {
    Object base;
    Object *mapping;
} MappingProxyObject;

#define MAPPROXY_MAPPING(op) (((MappingProxyObject *)(op))->mapping)

Object *mappingproxy_new(Object *mapping)
{
    MappingProxyObject *proxy = (MappingProxyObject *)object_new(&mappingproxy_type,
                                                                 sizeof(MappingProxyObject));
    proxy->mapping = incref(mapping);
    return (Object *)proxy;
}

/* mappingproxy(m): any mapping but a list or a tuple, which have item
 * access too (CPython's mappingproxy_check_mapping). */
static Object *mapproxy_construct(Type *type, Object **args, size_t nargs, Object *kwnames)
{
    (void)type;
    if (args_no_kw("mappingproxy", kwnames) < 0 || args_range("mappingproxy", nargs, 1, 1) < 0)
        return NULL;
    Object *mapping = args[0];
    if (mapping->type->getitem == NULL || is_list(mapping) || is_tuple(mapping))
        return error_format(&exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                            mapping->type->name);
    return mappingproxy_new(mapping);
}

/* ---- reading through ------------------------------------------------------ */

static Object *mapproxy_getitem(Object *self, Object *key)
{
    return object_getitem(MAPPROXY_MAPPING(self), key);
}

static int mapproxy_contains(Object *self, Object *key)
{
    return object_contains(MAPPROXY_MAPPING(self), key);
}

static intptr_t mapproxy_len(Object *self)
{
    return object_len(MAPPROXY_MAPPING(self));
}

static Object *mapproxy_iter(Object *self)
{
    return object_iter(MAPPROXY_MAPPING(self));
}

static Object *mapproxy_repr(Object *self)
{
    return str_format("mappingproxy(%R)", MAPPROXY_MAPPING(self));
}

/* == and != compare the mapping (mappingproxy_richcompare). */
static Object *mapproxy_compare(Object *self, Object *other, CompareOp op)
{
    if (op != CMP_EQ && op != CMP_NE)
        return incref(NotImplemented);
    return object_compare(MAPPROXY_MAPPING(self), other, op);
}

/* p | other and other | p: the mappings', so a dict (mappingproxy_or). */
static Object *mapproxy_or(Object *left, Object *right)
{
    if (left->type == &mappingproxy_type)
        left = MAPPROXY_MAPPING(left);
    if (right->type == &mappingproxy_type)
        right = MAPPROXY_MAPPING(right);
    return number_binary(left, right, '|');
}

/* ---- methods: the mapping's own, called through ----------------------------- */

static Object *call_mapping(Object *self, const char *name, Object **args, size_t nargs)
{
    Object *method = object_getattr_cstr(MAPPROXY_MAPPING(self), name);
    if (method == NULL)
        return NULL;
    Object *result = object_call(method, args, nargs, NULL);
    decref(method);
    return result;
}

static Object *mapproxy_get(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("get", kwnames) < 0 || args_range("get", nargs, 1, 2) < 0)
        return NULL;
    return call_mapping(self, "get", args, nargs);
}

#define MAPPROXY_METHOD(fn, name)                                                    \
    static Object *fn(Object *self, Object **args, size_t nargs, Object *kwnames) \
    {                                                                             \
        (void)args;                                                               \
        if (args_no_kw("mappingproxy." name, kwnames) < 0                         \
            || args_exact("mappingproxy." name, nargs, 0) < 0)                    \
            return NULL;                                                          \
        return call_mapping(self, name, NULL, 0);                                 \
    }
MAPPROXY_METHOD(mapproxy_keys, "keys")
MAPPROXY_METHOD(mapproxy_values, "values")
MAPPROXY_METHOD(mapproxy_items, "items")
MAPPROXY_METHOD(mapproxy_copy, "copy")
#undef MAPPROXY_METHOD

static const MethodDef mapproxy_methods[] = {
    {"get", mapproxy_get},
    {"keys", mapproxy_keys},
    {"values", mapproxy_values},
    {"items", mapproxy_items},
    {"copy", mapproxy_copy},
    {NULL, NULL},
};

/* ---- the collector's view --------------------------------------------------- */

static int mapproxy_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(MAPPROXY_MAPPING(self));
    return 0;
}

static void mapproxy_clear(Object *self)
{
    CLEAR_SLOT(MAPPROXY_MAPPING(self));
}

/* Unhashable (no hash slot), no item assignment or deletion (no setitem
 * slot): CPython's TypeErrors follow from the slots it lacks. */
Type mappingproxy_type = {
    .base = TYPE_HEAD_INIT,
    .name = "mappingproxy",
    .basic_size = sizeof(MappingProxyObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = mapproxy_traverse,
    .clear = mapproxy_clear,
    .repr = mapproxy_repr,
    .compare = mapproxy_compare,
    .len = mapproxy_len,
    .getitem = mapproxy_getitem,
    .contains = mapproxy_contains,
    .iter = mapproxy_iter,
    .construct = mapproxy_construct,
    .bit_or = mapproxy_or,
    .methods = mapproxy_methods,
};
