/* descriptor.c: what CPython's type_new adds to every class, and what
 * makes every class a reference cycle (chapter 8): the __mro__ and
 * __bases__ tuples and the getset descriptors `__dict__` and `__weakref__`
 * (CPython's Objects/descrobject.c and a part of Objects/typeobject.c).
 */
#include "class.h"

#include "bool.h"
#include "dict.h"
#include "str.h"
#include "tuple.h"

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
    if (dict_get_item_cstr(type->dict, "__doc__") == NULL)
        return dict_set_item_cstr(type->dict, "__doc__", None);
    return 0;
}
#endif

