/* class.c: `type`, `object`, classes, instances, bound methods and
 * attribute lookup. The model is CPython's typeobject.c; the MRO and the
 * lookups along it are in mro.c. `parent` is the base that lays instances
 * out (CPython's tp_base): the only base before chapter 8, the one
 * class_best_base picks among several from chapter 8 on. */
#include "class.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "builtins.h"
#include "dict.h"
#include "error.h"
#include "function.h"
#include "list.h"
#include "mappingproxy.h"
#include "listsort.h"
#include "runtime.h"
#include "slots.h"
#include "str.h"
#include "tuple.h"
#include "typecache.h"
#include "weakref.h"

static bool is_heap_type(Type *type)
{
    return (type->flags & TYPE_HEAP) != 0;
}

/* The first built-in type up the parent chain: it decides the layout of
 * instances and how they are made. */
Type *type_builtin_base(Type *type)
{
    while (is_heap_type(type))
        type = type->parent;
    return type;
}

/* The `__module__` of a type: its class dict entry, or NULL (built-in). */
static Object *type_module_name(Type *type)
{
    if (!is_heap_type(type) || type->dict == NULL)
        return NULL;
    Object *module = dict_get_item_cstr(type->dict, "__module__");
    return module != NULL && is_str(module) ? module : NULL;
}

Object *type_qualified_name(Type *type)
{
    Object *module = type_module_name(type);
    if (module == NULL || str_equal_cstr(module, "builtins"))
        return str_from_cstr(type->name);
    return str_format("%s.%s", STR_DATA(module), type->name);
}

/* ---- the dict of an instance --------------------------------------------- */

/* The built-in types a class may derive from whose instances then carry
 * InstanceAttrs after the base's struct (exceptions keep their dict in
 * ExceptionObject). From chapter 8 on, list and dict join object. */
static bool layout_takes_attrs(Type *builtin)
{
#if CHAPTER >= CH_CYCLES
    if (builtin == &list_type || builtin == &dict_type)
        return true;
#endif
    return builtin == &object_type;
}

static bool has_instance_attrs(Object *op)
{
    return is_heap_type(op->type) && layout_takes_attrs(type_builtin_base(op->type));
}

/* Where an instance's InstanceAttrs start: right after its built-in
 * base's struct (for object, InstanceObject's attrs). */
static InstanceAttrs *instance_attrs(Object *op)
{
    return (InstanceAttrs *)((char *)op + type_builtin_base(op->type)->basic_size);
}

_Static_assert(offsetof(InstanceObject, attrs) == sizeof(Object),
               "an instance's attributes follow object's struct");

/* Instances first: the common case, and a test of the class chain where
 * the exception test walks the whole MRO (no class laid out as object,
 * list or dict derives from BaseException, so the order changes nothing).
 * A built-in type is an exception exactly when it has TYPE_EXCEPTION (all
 * are made by error.c's EXCEPTION_CLASS): only a class needs the walk. */
Object **object_dict_slot(Object *op)
{
    if (has_instance_attrs(op))
        return &instance_attrs(op)->dict;
    if ((op->type->flags & (TYPE_HEAP | TYPE_EXCEPTION))
        && type_is_subtype(op->type, &exc_BaseException))
        return &((ExceptionObject *)op)->dict;
    return NULL;
}


Object *object_own_attribute(Object *op, Object *name)
{
#if CHAPTER >= CH_THRESHOLDS
    if (has_instance_attrs(op) && instance_attrs(op)->dict == NULL) {
        Object **slot = values_find(op->type, instance_attrs(op), name);
        return slot != NULL ? *slot : NULL;
    }
#endif
    Object **dict_slot = object_dict_slot(op);
    if (dict_slot == NULL || *dict_slot == NULL)
        return NULL;
    Object *value = dict_get_item(*dict_slot, name);
    if (value == NULL && error_occurred())
        error_clear();
    return value;
}

/* ---- generic attribute access ------------------------------------------- */

static Object *no_attribute(Object *op, Object *name)
{
    return error_format(&exc_AttributeError, "'%T' object has no attribute '%S'", op, name);
}

/* Could name be one of the special names tested below (__class__,
 * __dict__, __weakref__)? One byte answers for most attribute names. */
static bool maybe_special(Object *name)
{
    return STR_DATA(name)[0] == '_';
}

Object *generic_getattr(Object *op, Object *name)
{
    bool special = maybe_special(name);
    /* __class__ and __dict__ are data descriptors in CPython: they win over
     * the instance dict. */
    if (special && str_equal_cstr(name, "__class__"))
        return incref((Object *)op->type);
#if CHAPTER >= CH_WEAKREF
    /* A data descriptor of the class: the first weak reference to the
     * object, or None. */
    if (special && op->type->weaklist_offset != 0 && (op->type->flags & TYPE_HEAP)
        && str_equal_cstr(name, "__weakref__")) {
        Object *head = *weakref_list_slot(op);
        return incref(head ? head : None);
    }
#elif CHAPTER >= CH_CYCLES
    /* A data descriptor of the class: no weak references yet (chapter 10). */
    if (special && has_instance_attrs(op) && str_equal_cstr(name, "__weakref__"))
        return incref(None);
#endif
    Object **dict_slot = object_dict_slot(op);
    if (special && dict_slot != NULL && str_equal_cstr(name, "__dict__")) {
#if CHAPTER >= CH_THRESHOLDS
        if (has_instance_attrs(op))
            return incref(instance_dict(op->type, instance_attrs(op)));
#endif
        if (*dict_slot == NULL)
            *dict_slot = dict_new();
        return incref(*dict_slot);
    }
    Object *own = object_own_attribute(op, name);
    if (own != NULL)
        return incref(own);
    Object *class_attr = type_lookup(op->type, name);
    if (class_attr != NULL) {
        /* Functions are descriptors: looked up on an instance they bind.
         * The lookup is borrowed from the class dict, and making the
         * method allocates, which may run a collection and finalizers that
         * change the class: hold the function first. */
        if (is_function(class_attr)) {
            incref(class_attr);
            Object *method = method_new(class_attr, op);
            decref(class_attr);
            return method;
        }
        return incref(class_attr);
    }
    const MethodDef *def = type_lookup_method_def(op->type, name);
    if (def != NULL)
        return builtin_new(def, op);
    return no_attribute(op, name);
}

/* o.__class__ = C (CPython's object_set_class): only between classes
 * whose instances are laid out alike. Inline values are indexed by the
 * old class's shared keys, so they move into a dict first. */
int object_set_class(Object *op, Object *value)
{
    if (value == NULL) {
        error_format(&exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!is_type(value)) {
        error_format(&exc_TypeError, "__class__ must be set to a class, not '%T' object", value);
        return -1;
    }
    Type *new_type = (Type *)value, *old_type = op->type;
    if (!is_heap_type(new_type) || !is_heap_type(old_type)) {
        error_format(&exc_TypeError, "__class__ assignment only supported for mutable types "
                     "or ModuleType subclasses");
        return -1;
    }
    if (type_builtin_base(new_type) != type_builtin_base(old_type)
        || new_type->basic_size != old_type->basic_size) {
        error_format(&exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                     new_type->name, old_type->name);
        return -1;
    }
#if CHAPTER >= CH_THRESHOLDS
    if (has_instance_attrs(op) && instance_attrs(op)->values != NULL)
        instance_dict(old_type, instance_attrs(op));
#endif
    op->type = (Type *)incref(value);
    decref((Object *)old_type);     /* the instance held its old class */
    return 0;
}

int generic_setattr(Object *op, Object *name, Object *value)
{
    if (maybe_special(name) && str_equal_cstr(name, "__class__"))
        return object_set_class(op, value);
    Object **dict_slot = object_dict_slot(op);
    if (dict_slot == NULL) {
        /* No instance dict: CPython says "read-only" when the name is a
         * method of the type, "no attribute" otherwise. */
        if (type_lookup(op->type, name) != NULL || type_lookup_method_def(op->type, name) != NULL)
            error_format(&exc_AttributeError, "'%T' object attribute '%S' is read-only", op, name);
        else
            no_attribute(op, name);
        return -1;
    }
#if CHAPTER >= CH_THRESHOLDS
    /* Inline values only for classes derived from object: CPython 3.11
     * shares keys only when the instance has no base fields, so a list
     * or dict subclass's attributes live in a dict object (which
     * gc.collect() counts) from the first one on. */
    if (has_instance_attrs(op) && *dict_slot == NULL
        && type_builtin_base(op->type) == &object_type) {
        InstanceAttrs *inst = instance_attrs(op);
        if (value == NULL) {
            if (values_delete(op->type, inst, name) == 0)
                return 0;
            no_attribute(op, name);
            return -1;
        }
        intptr_t shared = class_shares_name(op->type, name);
        if (shared >= 0) {
            values_store(op->type, inst, shared, value);
            return 0;
        }
        instance_dict(op->type, inst);  /* the shared keys are full: a real dict */
    }
#endif
    if (value == NULL) {
        if (*dict_slot == NULL || dict_get_item(*dict_slot, name) == NULL) {
            if (!error_occurred())
                no_attribute(op, name);
            return -1;
        }
        return dict_del_item(*dict_slot, name);
    }
    if (*dict_slot == NULL)
        *dict_slot = dict_new();
    return dict_set_item(*dict_slot, name, value);
}

static int check_attribute_name(Object *name)
{
    if (is_str(name))
        return 0;
    error_format(&exc_TypeError, "attribute name must be string, not '%T'", name);
    return -1;
}

Object *object_getattr(Object *op, Object *name)
{
    if (check_attribute_name(name) < 0)
        return NULL;
    GetAttrFn getattr = op->type->getattr;
    return getattr != NULL ? getattr(op, name) : generic_getattr(op, name);
}

Object *object_getattr_cstr(Object *op, const char *name)
{
    Object *name_str = str_intern_cstr(name);
    if (name_str == NULL)
        return NULL;
    Object *value = object_getattr(op, name_str);
    decref(name_str);
    return value;
}

int object_setattr(Object *op, Object *name, Object *value)
{
    if (check_attribute_name(name) < 0)
        return -1;
    SetAttrFn setattr = op->type->setattr;
    return setattr != NULL ? setattr(op, name, value) : generic_setattr(op, name, value);
}

int object_delattr(Object *op, Object *name)
{
    return object_setattr(op, name, NULL);
}

int object_hasattr(Object *op, Object *name)
{
    Object *value = object_getattr(op, name);
    if (value != NULL) {
        decref(value);
        return 1;
    }
    if (error_matches(&exc_AttributeError)) {
        error_clear();
        return 0;
    }
    return -1;
}

/* ---- object ------------------------------------------------------------- */

/* "<__main__.C object at 0x7f...>": the default repr of every object. */
static Object *object_default_repr(Object *self)
{
    Object *qualified = type_qualified_name(self->type);
    if (qualified == NULL)
        return NULL;
    char address[32];
    snprintf(address, sizeof address, "%p", (void *)self);
    Object *text = str_format("<%s object at %s>", STR_DATA(qualified), address);
    decref(qualified);
    return text;
}

Type object_type = {
    .base = TYPE_HEAD_INIT,
    .name = "object",
    .basic_size = sizeof(Object),
    .flags = TYPE_BASETYPE,
    .dealloc = object_dealloc_default,
    .repr = object_default_repr,
    .hash = identity_hash,
    .compare = identity_compare,
    .construct = object_construct,
};

/* ---- instances of classes ------------------------------------------------ */

/* An instance's attributes, its class, then (a list or dict subclass)
 * what the built-in base holds: CPython's subtype_traverse order. */
static int instance_traverse(Object *self, VisitProc visit, void *arg)
{
    InstanceAttrs *attrs = instance_attrs(self);
#if CHAPTER >= CH_THRESHOLDS
    InlineValues *values = attrs->values;
    for (intptr_t k = 0; values != NULL && k < values->count; k++)
        VISIT(values_slots(values)[values->order[k]]);
#endif
    VISIT(attrs->dict);
    /* An instance references its class, as in CPython since 3.9. */
    VISIT(self->type);
    TraverseFn base_traverse = type_builtin_base(self->type)->traverse;
    return base_traverse != NULL ? base_traverse(self, visit, arg) : 0;
}

/* Drop the attributes, in the order they were set. */
static void instance_attrs_clear(Object *self)
{
    InstanceAttrs *attrs = instance_attrs(self);
#if CHAPTER >= CH_THRESHOLDS
    values_clear(attrs);
#endif
    CLEAR_SLOT(attrs->dict);
}

/* tp_clear: the attributes, then what the built-in base holds (CPython's
 * subtype_clear). */
static void instance_clear(Object *self)
{
    instance_attrs_clear(self);
    ClearFn base_clear = type_builtin_base(self->type)->clear;
    if (base_clear != NULL)
        base_clear(self);
}

#if CHAPTER >= CH_THRESHOLDS
static void instance_release(Object *self)
{
    values_release(instance_attrs(self));
    ClearFn base_release = type_builtin_base(self->type)->release;
    if (base_release != NULL)
        base_release(self);
}

/* Instances of a class derived from an exception: the class is visited
 * too, then the exception's own references (CPython's subtype_traverse),
 * so that a cycle through the class (E.keep = E()) can be found. */
static int subtype_traverse(Object *self, VisitProc visit, void *arg)
{
    VISIT(self->type);
    return type_builtin_base(self->type)->traverse(self, visit, arg);
}
#endif

#if CHAPTER >= CH_REFCOUNT
#if CHAPTER < CH_THRESHOLDS
/* Where an instance of a class records that its __del__ has run: classes
 * derive from object or from an exception, and both layouts keep a flag
 * (CPython keeps it in the GC header of every object). */
static bool *finalized_flag(Object *op)
{
    Type *base = type_builtin_base(op->type);
    if (base == &object_type)
        return &((InstanceObject *)op)->attrs.finalized;
    if (base->flags & TYPE_EXCEPTION)
        return &((ExceptionObject *)op)->finalized;
    return NULL;
}

#endif

void instance_finalize(Object *op)
{
#if CHAPTER >= CH_THRESHOLDS
    /* "At most once" is object_call_finalizer's business, with the
     * finalized flag of the GC header. */
    Object *finalizer = type_lookup_id(op->type, &str_id_del);
    if (finalizer == NULL)
        return;
#else
    if (!(op->type->flags & TYPE_HEAP))
        return;
    bool *finalized = finalized_flag(op);
    Object *finalizer = type_lookup_id(op->type, &str_id_del);
    if (finalizer == NULL || finalized == NULL || *finalized)
        return;
    *finalized = true;
#endif
    /* A deallocation may happen while an exception propagates: keep it
     * aside so __del__ runs with a clean slate. */
    Object *pending = error_fetch();
    incref(finalizer);
    Object *result = object_call(finalizer, &op, 1, NULL);
    if (result == NULL)
        error_write_unraisable(finalizer);
    else
        decref(result);
    decref(finalizer);
    if (pending != NULL)
        error_restore(pending);
}
#endif

/* Deallocation of instances of heap types (CPython's subtype_dealloc):
 * run __del__ (the object may come back to life), then let the built-in
 * base free the layout. object_free drops the reference every instance
 * holds to its class. */
static void subtype_dealloc(Object *self)
{
    Type *type = self->type;
#if CHAPTER >= CH_THRESHOLDS
    /* From chapter 6 on, object_dealloc has run __del__ already and frees
     * the memory: what is left is the layout's own teardown. */
    Type *base = type_builtin_base(type);
    if (layout_takes_attrs(base))
        instance_attrs_clear(self);
    if (base != &object_type)
        base->dealloc(self);        /* a list's items, a dict's entries */
#else
#if CHAPTER >= CH_REFCOUNT
    if (type_lookup_id(type, &str_id_del) != NULL) {
        self->refcount = 1;             /* resurrect for the call */
        instance_finalize(self);
        if (--self->refcount != 0)
            return;                     /* __del__ stored self somewhere */
    }
#endif
    Type *base = type_builtin_base(type);
    if (base == &object_type) {
        instance_clear(self);
        object_free(self);
    } else {
        base->dealloc(self);
    }
#endif
}

/* ---- classes ------------------------------------------------------------- */

#if CHAPTER >= CH_WEAKREF
/* Instances of a class can be weakly referenced: an instance of a class
 * derived from object has the slot in its struct; a class derived from an
 * exception, whose layout has none, adds it after the base's fields, as
 * CPython's type_new adds `__weakref__` when the base lacks it. */
static void give_weaklist(Type *type, Type *base)
{
    if (base->weaklist_offset != 0)
        type->weaklist_offset = base->weaklist_offset;
    else if (layout_takes_attrs(base))
        type->weaklist_offset = base->basic_size + offsetof(InstanceAttrs, weaklist);
    else {
        type->weaklist_offset = type->basic_size;
        type->basic_size += sizeof(Object *);
    }
}
#endif

/* May a class derive from `base`? 0, or -1 with a TypeError: CPython's
 * own for a type that cannot be subclassed (bool), minipy's for a
 * built-in type CPython subclasses but minipy does not (str, int...). */
int class_check_base(Type *base)
{
    if (is_heap_type(base) || layout_takes_attrs(base) || (base->flags & TYPE_EXCEPTION))
        return 0;
    if (!(base->flags & TYPE_BASETYPE)) {
        error_format(&exc_TypeError, "type '%s' is not an acceptable base type", base->name);
        return -1;
    }
    error_format(&exc_TypeError, "minipy cannot derive a class from the built-in type '%s'",
                 base->name);
    return -1;
}

Object *class_new(Object *name, Type *base, Object *bases, Object *namespace)
{
    if (base == NULL)
        base = &object_type;
    if (class_check_base(base) < 0)
        return NULL;
    /* The name's characters live right after the Type, in the same block,
     * so that freeing the class (or the heap at exit) frees them too. */
    size_t name_size = STR_SIZE(name) + 1;
    Type *type = (Type *)object_new(&type_type, sizeof(Type) + name_size);
    memcpy((char *)(type + 1), STR_DATA(name), name_size);
    type->name = (const char *)(type + 1);
    type->parent = (Type *)incref((Object *)base);
    type->basic_size = base->basic_size;
    if (!is_heap_type(base) && layout_takes_attrs(base))
        type->basic_size += sizeof(InstanceAttrs);  /* object: an InstanceObject */
    type->flags = TYPE_HEAP | TYPE_BASETYPE | TYPE_CONTAINER
                  | (base->flags & (TYPE_EXCEPTION | TYPE_WEAKREF));
    /* A copy, as CPython's type_new makes: a frame object of the class
     * body keeps the namespace as its f_locals, and what is written there
     * must not reach the class behind type_setattr and the type cache. */
    type->dict = dict_new();
    if (dict_update(type->dict, namespace) < 0) {
        decref((Object *)type);
        return NULL;
    }
    type->dealloc = subtype_dealloc;
#if CHAPTER >= CH_THRESHOLDS
    type->finalize = instance_finalize;
#endif
    if (layout_takes_attrs(type_builtin_base(base))) {
        type->traverse = instance_traverse;
        type->clear = instance_clear;
#if CHAPTER >= CH_THRESHOLDS
        type->release = instance_release;
    } else {
        type->traverse = subtype_traverse;
#endif
    }
    type_inherit_slots(type, base);
#if CHAPTER >= CH_WEAKREF
    give_weaklist(type, base);
#endif
#if CHAPTER >= CH_CYCLES
    if (class_complete(type, base, bases) < 0) {
        decref((Object *)type);
        return NULL;
    }
#else
    (void)bases;                /* one base only before chapter 8 */
#endif
    if (slots_init_class(type) < 0) {
        decref((Object *)type);
        return NULL;
    }
    type_add_subclass(type);
    return (Object *)type;
}

/* ---- type: the class of classes ----------------------------------------- */

static Object *type_repr(Object *self)
{
    Object *qualified = type_qualified_name((Type *)self);
    if (qualified == NULL)
        return NULL;
    Object *text = str_format("<class '%s'>", STR_DATA(qualified));
    decref(qualified);
    return text;
}

Object *call_with_self(Object *init, Object *self, Object **args, size_t nargs,
                              Object *kwnames)
{
    size_t total = nargs + 1 + (kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0);
    Object *small[8];
    Object **all = total <= 8 ? small : mem_alloc(total * sizeof *all);
    all[0] = self;
    if (total > 1)          /* args may be NULL when there are none */
        memcpy(all + 1, args, (total - 1) * sizeof *all);
    Object *result = object_call(init, all, nargs + 1, kwnames);
    if (all != small)
        mem_free(all, total * sizeof *all);
    return result;
}

/* CPython's tp_init: the class's __init__, else the built-in base's
 * (list.__init__ fills the list from an iterable, dict.__init__ updates
 * the dict), else nothing. */
static Object *run_init(Type *type, Object *self, Object **args, size_t nargs, Object *kwnames)
{
    Object *init = type_lookup_id(type, &str_id_init);
    const MethodDef *base_init = init ? NULL
        : type_own_method_def(type_builtin_base(type), "__init__");
    if (init == NULL && base_init == NULL)
        return self;
    Object *result;
    if (base_init != NULL)
        result = base_init->fn(self, args, nargs, kwnames);
    else {
        incref(init);
        result = call_with_self(init, self, args, nargs, kwnames);
        decref(init);
    }
    if (result == NULL) {
        decref(self);
        return NULL;
    }
    if (result != None) {
        error_format(&exc_TypeError, "__init__() should return None, not '%T'", result);
        decref(result);
        decref(self);
        return NULL;
    }
    decref(result);
    return self;
}

/* The construct slot of the type or its nearest parent that has one.
 * object's (builtins.c: an empty instance) serves only object itself and
 * classes whose parents are all defined in minipy. */
static ConstructFn find_construct(Type *type)
{
    for (Type *t = type; t != NULL; t = t->parent) {
        if (t == &object_type)
            return type_builtin_base(type) == &object_type ? t->construct : NULL;
        if (t->construct != NULL)
            return t->construct;
    }
    return NULL;
}

/* Calling a class: CPython's type_call (tp_new, then tp_init). */
static Object *type_call(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    Type *type = (Type *)callable;
    if (type == &type_type) {
        if (nargs == 1 && kwnames == NULL)
            return incref((Object *)args[0]->type);
        return error_format(&exc_TypeError, "type() takes 1 or 3 arguments");
    }
#if CHAPTER >= CH_CYCLES
    /* list.__new__ and dict.__new__ make an empty one, whatever the
     * arguments: __init__ fills it. A zeroed list is empty; an empty dict
     * points at the shared empty table. */
    Type *builtin = type_builtin_base(type);
    if (is_heap_type(type) && builtin == &list_type)
        return run_init(type, object_new(type, type->basic_size), args, nargs, kwnames);
    if (is_heap_type(type) && builtin == &dict_type)
        return run_init(type, dict_new_subtype(type), args, nargs, kwnames);
#endif
    ConstructFn construct = find_construct(type);
    if (construct == NULL)
        return error_format(&exc_TypeError, "cannot create '%s' instances", type->name);
    Object *self = construct(type, args, nargs, kwnames);
    if (self == NULL || !is_heap_type(type))
        return self;
    /* tp_new made the object from all the arguments; a class defined in
     * minipy runs its __init__ on it (tp_init), self borrowed from here. */
    return run_init(type, self, args, nargs, kwnames);
}

static Object *type_getattr(Object *self, Object *name)
{
    Type *type = (Type *)self;
    if (str_equal_cstr(name, "__name__") || str_equal_cstr(name, "__qualname__")) {
        /* A built-in type named "weakref.ProxyType" is ProxyType. */
        const char *dot = is_heap_type(type) ? NULL : strrchr(type->name, '.');
        return str_from_cstr(dot ? dot + 1 : type->name);
    }
    if (str_equal_cstr(name, "__module__")) {
        Object *module = type_module_name(type);
        return module ? incref(module) : str_from_cstr("builtins");
    }
    if (str_equal_cstr(name, "__dict__") && type->dict != NULL)
        return mappingproxy_new(type->dict);    /* read-only: slots.c watches it */
    if (str_equal_cstr(name, "__base__"))
        return incref(type->parent ? (Object *)type->parent : None);
#if CHAPTER >= CH_CYCLES
    if (str_equal_cstr(name, "__mro__"))
        return type->mro ? incref(type->mro) : type_mro(type);
    if (str_equal_cstr(name, "__bases__")) {
        if (type->bases)
            return incref(type->bases);
        return type->parent ? tuple_pack(1, (Object *)type->parent) : tuple_new(0);
    }
#endif
    if (str_equal_cstr(name, "__class__"))
        return incref((Object *)self->type);
    /* Looked up on the class, a function stays a plain function. */
    Object *value = type_lookup(type, name);
    if (value != NULL)
        return incref(value);
    if (type_is_subtype(type, &dict_type) && str_equal_cstr(name, "fromkeys"))
        return builtin_new(&dict_fromkeys_def, self);   /* a class method */
#if CHAPTER >= CH_CYCLES
    if (str_equal_cstr(name, "mro"))    /* type's method, after the class's own */
        return builtin_new(&type_mro_method, self);
    Type *owner;
    const MethodDef *def = type_lookup_method_def_owner(type, name, &owner);
    if (def != NULL)                    /* list.append, dict.__setitem__ */
        return method_descr_new(owner, def);
#endif
    return error_format(&exc_AttributeError, "type object '%s' has no attribute '%S'",
                        type->name, name);
}

/* The attributes of a class that are not entries of its dict (CPython's
 * type_getsets, and __class__): set or deleted with CPython's errors, or
 * refused where minipy cannot follow (a class keeps its name in its own
 * block, its bases and MRO from its creation on). 1: not one of them. */
static int type_set_special(Type *type, Object *name, Object *value)
{
    if (str_equal_cstr(name, "__mro__") || str_equal_cstr(name, "__base__")) {
        error_set_string(&exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (str_equal_cstr(name, "__dict__")) {
        error_set_string(&exc_AttributeError,
                         "attribute '__dict__' of 'type' objects is not writable");
        return -1;
    }
    if (str_equal_cstr(name, "__class__"))
        return object_set_class((Object *)type, value);
    bool fixed = str_equal_cstr(name, "__name__") || str_equal_cstr(name, "__qualname__")
                 || str_equal_cstr(name, "__bases__");
    if (!fixed && !str_equal_cstr(name, "__module__") && !str_equal_cstr(name, "__doc__"))
        return 1;
    if (value == NULL) {
        error_format(&exc_TypeError, "cannot delete '%S' attribute of immutable type '%s'",
                     name, type->name);
        return -1;
    }
    if (fixed) {
        error_format(&exc_TypeError, "minipy cannot change the %S of class '%s'", name,
                     type->name);
        return -1;
    }
    return 1;                       /* __module__ and __doc__ live in the dict */
}

static int type_dict_change(Type *type, Object *name, Object *value)
{
    if (value != NULL)
        return dict_set_item(type->dict, name, value);
    if (dict_get_item(type->dict, name) == NULL) {
        error_format(&exc_AttributeError, "type object '%s' has no attribute '%S'",
                     type->name, name);
        return -1;
    }
    return dict_del_item(type->dict, name);
}

/* C.name = value and del C.name: every change of a class dict after the
 * class statement comes here (C.__dict__ is a read-only view), so this is
 * where the type cache forgets the class and its subclasses. */
static int type_setattr(Object *self, Object *name, Object *value)
{
    Type *type = (Type *)self;
    if (!is_heap_type(type)) {
        error_format(&exc_TypeError, "cannot set '%S' attribute of immutable type '%s'",
                     name, type->name);
        return -1;
    }
    if (maybe_special(name)) {
        int special = type_set_special(type, name, value);
        if (special <= 0)
            return special;
        if (value != NULL && slots_refuse(type, name) < 0)
            return -1;
    }
    /* Forgotten before, so that a __del__ run by the change looks the
     * name up afresh, and after, so that nothing it cached stays. */
    type_modified(type);
    int status = type_dict_change(type, name, value);
    type_modified(type);
    if (value != NULL)
        slots_update(type, name);   /* C.__eq__ = f: the slot follows */
    return status;
}

static int type_traverse(Object *self, VisitProc visit, void *arg)
{
    Type *type = (Type *)self;
    if (!is_heap_type(type))
        return 0;
    VISIT(type->dict);
#if CHAPTER >= CH_CYCLES
    VISIT(type->mro);
    VISIT(type->bases);
#endif
    VISIT(type->parent);
    return 0;
}

/* The collector breaks a class's cycles here: its dict (the descriptors
 * and methods) and its __mro__, whose first item is the class itself. */
static void type_clear(Object *self)
{
    Type *type = (Type *)self;
    if (!is_heap_type(type))
        return;
    type_modified(type);
    CLEAR_SLOT(type->dict);
#if CHAPTER >= CH_CYCLES
    CLEAR_SLOT(type->mro);
#endif
}

/* Only classes made by `class` are ever freed; built-in types are static. */
#if CHAPTER >= CH_THRESHOLDS
static void type_release(Object *self)
{
    Type *type = (Type *)self;
    type_subclasses_release(type);
    mem_free(type->shared_keys, SHARED_KEYS_MAX * sizeof(Object *));
    type->shared_keys = NULL;
    type->shared_keys_count = 0;
}
#endif

static void type_dealloc(Object *self)
{
    Type *type = (Type *)self;
    type_forget_subclass(type);
    CLEAR_SLOT(type->dict);
#if CHAPTER >= CH_THRESHOLDS
    for (intptr_t i = 0; i < type->shared_keys_count; i++)
        decref(type->shared_keys[i]);
    type_release(self);
#if CHAPTER >= CH_CYCLES
    CLEAR_SLOT(type->mro);
    CLEAR_SLOT(type->bases);
#endif
    CLEAR_SLOT(type->parent);          /* object_dealloc frees the memory */
#else
    Type *parent = type->parent;
    type->parent = NULL;
    object_free(self);
    xdecref((Object *)parent);
#endif
}

#if CHAPTER >= CH_THRESHOLDS
/* Only classes made by `class` have a GC header (CPython's type_is_gc). */
static bool type_object_is_gc(Object *self)
{
    return is_heap_type((Type *)self);
}
#endif

Type type_type = {
    .base = TYPE_HEAD_INIT,
    .name = "type",
    .basic_size = sizeof(Type),
#if CHAPTER >= CH_WEAKREF
    .weaklist_offset = offsetof(Type, weaklist),
#endif
    .parent = &object_type,
    .flags = TYPE_BASETYPE | TYPE_CONTAINER,
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
#if CHAPTER >= CH_THRESHOLDS
    .release = type_release,
    .is_gc = type_object_is_gc,
#endif
    .repr = type_repr,
    .hash = identity_hash,
    .compare = identity_compare,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
};
