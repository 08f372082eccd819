/* descriptor.c: what CPython's type_new adds to every class, and what
 * makes every class a reference cycle (chapter 8): the __mro__ and
 * __bases__ tuples and the getset descriptors `__dict__` and `__weakref__`
 * (CPython's Objects/descrobject.c and a part of Objects/typeobject.c).
 */
#include "class.h"

#include <string.h>

#include "bool.h"
#include "dict.h"
#include "error.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "typecache.h"

#if CHAPTER >= CH_CYCLES
/* The `__dict__` and `__weakref__` entries of a class's dict: CPython's
 * getset descriptors, each holding a reference back to its class. With
 * the class's __mro__ (which starts with the class itself) they make
 * every class a reference cycle: only the collector frees a class. */
typedef struct DescriptorObject {
    Object base;
    Object *name;               /* str */
    Type *owner;                /* the class */
} DescriptorObject;

static Object *descriptor_repr(Object *self)
{
    DescriptorObject *d = (DescriptorObject *)self;
    return str_format("<attribute '%S' of '%s' objects>", d->name, d->owner->name);
}

static int descriptor_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(((DescriptorObject *)self)->owner);
    return 0;
}

static void descriptor_clear(Object *self)
{
    CLEAR_SLOT(((DescriptorObject *)self)->name);
    CLEAR_SLOT(((DescriptorObject *)self)->owner);
}

static Type descriptor_type = {
    .base = TYPE_HEAD_INIT,
    .name = "getset_descriptor",
    .basic_size = sizeof(DescriptorObject),
    .parent = &object_type,
    .flags = TYPE_CONTAINER,
    .dealloc = object_dealloc_default,
    .traverse = descriptor_traverse,
    .clear = descriptor_clear,
    .repr = descriptor_repr,
    .hash = identity_hash,
    .compare = identity_compare,
};

static int add_descriptor(Type *type, const char *name)
{
    DescriptorObject *d = (DescriptorObject *)object_new(&descriptor_type,
                                                         sizeof(DescriptorObject));
    d->name = str_from_cstr(name);
    d->owner = (Type *)incref((Object *)type);
    int status = dict_set_item_cstr(type->dict, name, (Object *)d);
    decref((Object *)d);
    return status;
}

/* A class's __mro__ (new reference); for a built-in type, which has
 * none, the type and its parents. */
Object *type_mro(Type *type)
{
    if (type->mro != NULL)
        return incref(type->mro);
    intptr_t n = 0;
    for (Type *t = type; t != NULL; t = t->parent)
        n++;
    Object *mro = tuple_new(n);
    n = 0;
    for (Type *t = type; t != NULL; t = t->parent)
        TUPLE_ITEMS(mro)[n++] = incref((Object *)t);
    return mro;
}

/* What CPython's type_new adds to a new class: __mro__ and __bases__
 * (`bases`, or `(base,)` when NULL), a descriptor for each of `__dict__`
 * and `__weakref__` its base lacks, and `__doc__` (None when the body has
 * no docstring). `base` is the one that lays instances out. */
int class_complete(Type *type, Type *base, Object *bases)
{
    type->bases = bases ? incref(bases) : tuple_pack(1, (Object *)base);
    type->mro = mro_compute(type, type->bases);
    if (type->mro == NULL)
        return -1;
    bool base_has_slots = (base->flags & TYPE_HEAP) != 0;   /* its class added them */
    if (!base_has_slots && !(base->flags & TYPE_EXCEPTION) && add_descriptor(type, "__dict__") < 0)
        return -1;
    if (!base_has_slots && add_descriptor(type, "__weakref__") < 0)
        return -1;
    if (dict_get_item_cstr(type->dict, "__doc__") == NULL
        && dict_set_item_cstr(type->dict, "__doc__", None) < 0)
        return -1;
    type_modified(type);            /* its dict changed: nothing cached holds */
    return 0;
}
#endif


#if CHAPTER >= CH_CYCLES
/* ---- slot wrappers (chapter 8) ------------------------------------------ */

/* `list.__getitem__`, `dict.__setitem__`...: a built-in type's slot seen
 * as a method (CPython's wrapper descriptors, wrap_* in typeobject.c), so
 * that a class derived from list can call `super().__getitem__(i)` or
 * `dict.__setitem__(self, k, v)` from its own override. The slot called
 * is that of self's built-in base: the list or dict code itself, never
 * the class's override. */
static Type *wrapped(Object *self)
{
    return type_builtin_base(self->type);
}

static Object *wrap_getitem(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("__getitem__", kwnames) < 0 || args_range("__getitem__", nargs, 1, 1) < 0)
        return NULL;
    return wrapped(self)->getitem(self, args[0]);
}

static Object *wrap_setitem(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("__setitem__", kwnames) < 0 || args_range("__setitem__", nargs, 2, 2) < 0)
        return NULL;
    return wrapped(self)->setitem(self, args[0], args[1]) < 0 ? NULL : incref(None);
}

static Object *wrap_delitem(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("__delitem__", kwnames) < 0 || args_range("__delitem__", nargs, 1, 1) < 0)
        return NULL;
    return wrapped(self)->setitem(self, args[0], NULL) < 0 ? NULL : incref(None);
}

static Object *wrap_len(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("__len__", kwnames) < 0 || args_range("__len__", nargs, 0, 0) < 0)
        return NULL;
    intptr_t n = wrapped(self)->len(self);
    return n < 0 ? NULL : int_from_i64(n);
}

static Object *wrap_contains(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("__contains__", kwnames) < 0 || args_range("__contains__", nargs, 1, 1) < 0)
        return NULL;
    int found = wrapped(self)->contains(self, args[0]);
    return found < 0 ? NULL : bool_from(found);
}

static Object *wrap_iter(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (args_no_kw("__iter__", kwnames) < 0 || args_range("__iter__", nargs, 0, 0) < 0)
        return NULL;
    return wrapped(self)->iter(self);
}

typedef struct SlotWrapper {
    MethodDef def;
    size_t slot;            /* offsetof(Type, the slot): wrapped when not NULL */
} SlotWrapper;

static const SlotWrapper slot_wrappers[] = {
    {{"__getitem__", wrap_getitem}, offsetof(Type, getitem)},
    {{"__setitem__", wrap_setitem}, offsetof(Type, setitem)},
    {{"__delitem__", wrap_delitem}, offsetof(Type, setitem)},
    {{"__len__", wrap_len}, offsetof(Type, len)},
    {{"__contains__", wrap_contains}, offsetof(Type, contains)},
    {{"__iter__", wrap_iter}, offsetof(Type, iter)},
};

const MethodDef *slot_wrapper_find(Type *type, Object *name)
{
    if (type->flags & TYPE_HEAP)
        return NULL;            /* a class's special methods are in its dict */
    for (size_t i = 0; i < sizeof slot_wrappers / sizeof slot_wrappers[0]; i++) {
        const SlotWrapper *w = &slot_wrappers[i];
        void *slot;
        memcpy(&slot, (char *)type + w->slot, sizeof slot);
        if (slot != NULL && str_equal_cstr(name, w->def.name))
            return &w->def;
    }
    return NULL;
}

/* ---- method descriptors (chapter 8) ------------------------------------- */

/* `list.append` looked up on the type: the built-in method not yet bound,
 * called with the instance first (CPython's method_descriptor and, for
 * `__init__` and the slots, wrapper_descriptor). */
typedef struct MethodDescrObject {
    Object base;
    Type *owner;            /* the built-in type that defines it (static) */
    const MethodDef *def;
} MethodDescrObject;

static bool is_slot_name(const char *name)
{
    return strncmp(name, "__", 2) == 0;
}

Object *method_descr_new(Type *owner, const MethodDef *def)
{
    MethodDescrObject *d = (MethodDescrObject *)object_new(&method_descr_type,
                                                           sizeof(MethodDescrObject));
    d->owner = owner;
    d->def = def;
    return (Object *)d;
}

static Object *method_descr_repr(Object *self)
{
    MethodDescrObject *d = (MethodDescrObject *)self;
    return str_format("<%s '%s' of '%s' objects>", is_slot_name(d->def->name)
                      ? "slot wrapper" : "method", d->def->name, d->owner->name);
}

/* CPython's method_check_args and wrapperdescr_call, with their messages. */
static Object *method_descr_call(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    MethodDescrObject *d = (MethodDescrObject *)callable;
    const char *name = d->def->name, *owner = d->owner->name;
    if (nargs == 0) {
        if (is_slot_name(name))
            return error_format(&exc_TypeError, "descriptor '%s' of '%s' object needs an "
                                "argument", name, owner);
        return error_format(&exc_TypeError, "unbound method %s.%s() needs an argument",
                            owner, name);
    }
    if (!object_is_instance_of(args[0], d->owner)) {
        if (is_slot_name(name))
            return error_format(&exc_TypeError, "descriptor '%s' requires a '%s' object but "
                                "received a '%T'", name, owner, args[0]);
        return error_format(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply "
                            "to a '%T' object", name, owner, args[0]);
    }
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

Type method_descr_type = {
    .base = TYPE_HEAD_INIT,
    .name = "method_descriptor",
    .basic_size = sizeof(MethodDescrObject),
    .parent = &object_type,
    .dealloc = object_dealloc_default,
    .repr = method_descr_repr,
    .hash = identity_hash,
    .compare = identity_compare,
    .call = method_descr_call,
};
#endif
