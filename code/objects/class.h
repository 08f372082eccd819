/* class.h: `type`, `object`, classes made by the `class` statement, their
 * instances, bound methods, and attribute lookup (CPython's typeobject.c
 * and the attribute half of object.c).
 *
 * A class statement makes a heap type: a Type allocated in the private
 * heap, whose attributes and methods live in Type.dict. Its instances are
 * InstanceObjects holding their own attribute dict, except for subclasses
 * of exceptions, whose instances keep the ExceptionObject layout (error.h)
 * and use its dict field. */
#ifndef MINIPY_CLASS_H
#define MINIPY_CLASS_H

#include "object.h"
#include "tuple.h"

/* An instance of a class defined in minipy (not derived from an
 * exception): its attributes live in `dict`, made on the first
 * assignment, as CPython makes an instance's __dict__ on demand. */
#if CHAPTER >= CH_THRESHOLDS
/* From chapter 6 on, an instance keeps its attributes as CPython 3.11
 * does: values in a small array of its own, with no dict object until
 * `__dict__` is asked for or the class has met more attribute names than
 * its shared keys hold. One instance is then one GC-aware object, which
 * is what gc.get_count() and gc.collect() count.
 *
 * The names are not in the array: they are the class's shared keys
 * (Type.shared_keys), and slots[i] holds the value of the i-th, NULL when
 * this instance has no such attribute. `order` lists the slots in the
 * order the attributes were set, which __dict__ and the collector follow
 * (CPython 3.11 keeps the same bytes in front of its values array). The
 * slots start after `order`, rounded up to a pointer: two attributes take
 * 8 + 2 * 8 = 24 bytes, where a (name, value) pair per attribute, a count
 * and a capacity took 16 + 4 * 16. */
typedef struct InlineValues {
    uint8_t capacity;       /* slots, and room in order */
    uint8_t count;          /* attributes set: order[0..count) */
    uint8_t order[];        /* then the slots */
} InlineValues;

/* CPython's SHARED_KEYS_MAX_SIZE: names a class's instances may share. */
#define SHARED_KEYS_MAX 30
#endif

/* What an instance of a class has beyond its built-in base's fields: its
 * attribute dict or inline values, and its weak references. A class
 * derived from object, list or dict puts this right after the base's
 * struct (CPython's __dict__ and __weakref__ slots, which 3.11 keeps in
 * front of the object instead), so that a list subclass's instance is a
 * list followed by what a plain instance has. */
typedef struct InstanceAttrs {
    Object *dict;           /* dict or NULL */
#if CHAPTER >= CH_THRESHOLDS
    InlineValues *values;   /* attributes while there is no dict, or NULL */
    Object *weaklist;       /* CPython's __weakref__ slot: chapter 10's
                             * weak references start here */
#endif
#if CHAPTER >= CH_REFCOUNT && CHAPTER < CH_THRESHOLDS
    bool finalized;         /* __del__ already ran (PEP 442: at most once;
                             * from chapter 6 a flag of the GC header) */
#endif
} InstanceAttrs;

typedef struct InstanceObject {
    Object base;
    InstanceAttrs attrs;
} InstanceObject;

#if CHAPTER >= CH_THRESHOLDS
/* instance_values.c: the inline values of an instance of `type`. Slot i,
 * the value of the i-th shared name, is values_slots(values)[i]; the
 * slots start after `order`, rounded up to a pointer. */
static inline size_t values_order_bytes(intptr_t capacity)
{
    return ((size_t)capacity + offsetof(InlineValues, order) + sizeof(Object *) - 1)
           / sizeof(Object *) * sizeof(Object *);
}

static inline Object **values_slots(InlineValues *values)
{
    return (Object **)(void *)((char *)values + values_order_bytes(values->capacity));
}

/* The slot of attribute `name`, or NULL when the instance has none inline. */
Object **values_find(Type *type, InstanceAttrs *inst, Object *name);
/* The index of `name` among the class's shared keys, added while there is
 * room; -1 when the class has met SHARED_KEYS_MAX names already. */
intptr_t class_shares_name(Type *type, Object *name);
/* The index of `name` among the class's shared keys, or -1 (adds none). */
intptr_t shared_key_index(Type *type, Object *name);
void values_store(Type *type, InstanceAttrs *inst, intptr_t i, Object *value);
int values_delete(Type *type, InstanceAttrs *inst, Object *name);  /* 0, or 1: none */
void values_release(InstanceAttrs *inst);   /* free the array, not what it holds */
void values_clear(InstanceAttrs *inst);     /* drop every value, in order set */
/* The instance's __dict__, made from its inline values the first time. */
Object *instance_dict(Type *type, InstanceAttrs *inst);

/* ---- a site's cache of `o.name` (AttrCache, object.h) ----
 * The cache holds for `op` when op's class still has the version tag the
 * cache took: the class is then the same class, laid out as object's
 * instances are, with generic attribute access, and `name` is the
 * index-th of its shared keys (which never move). Those facts are checked
 * once, by attr_cache_fill; a class that changes gets a new tag. */

/* The inline slot of the cache's name, if the instance's values have
 * room for it (they may have been made before the class met the name). */
static inline Object **cached_slot(InstanceAttrs *attrs, const AttrCache *cache)
{
    InlineValues *values = attrs->values;
    if (values == NULL || cache->index >= values->capacity)
        return NULL;
    return &values_slots(values)[cache->index];
}

/* o.name: the value (borrowed) when the cache holds and op has it
 * inline; NULL when the generic lookup must decide. An instance with
 * inline values has no dict (instance_dict frees them). */
static inline Object *attr_cache_load(Object *op, const AttrCache *cache)
{
    if (op->type->version_tag != cache->version || cache->version == 0)
        return NULL;
    Object **slot = cached_slot(&((InstanceObject *)op)->attrs, cache);
    return slot != NULL ? *slot : NULL;
}

/* o.name = value (borrowed): true when done through the cache, false
 * when generic_setattr must do it. */
static inline bool attr_cache_store(Object *op, const AttrCache *cache, Object *value)
{
    if (op->type->version_tag != cache->version || cache->version == 0
        || cache->index == ATTR_NO_SLOT)
        return false;
    InstanceAttrs *attrs = &((InstanceObject *)op)->attrs;
    if (attrs->dict != NULL)
        return false;
    Object **slot = cached_slot(attrs, cache);
    if (slot != NULL && *slot != NULL)
        object_set_slot(slot, incref(value));
    else
        values_store(op->type, attrs, cache->index, value);
    return true;
}

/* o.name(...): the function (borrowed) found on op's class when the
 * cache holds and op has no attribute `name` of its own to hide it
 * (CPython 3.11's LOAD_METHOD_WITH_VALUES); NULL otherwise. A class's
 * shared keys grow under a new tag (class_shares_name), so that a name
 * that was no shared key when the cache was filled is none still. */
static inline Object *method_cache_load(Object *op, const AttrCache *cache)
{
    if (op->type->version_tag != cache->version || cache->version == 0)
        return NULL;
    InstanceAttrs *attrs = &((InstanceObject *)op)->attrs;
    if (attrs->dict != NULL)
        return NULL;
    Object **slot = cached_slot(attrs, cache);
    return slot != NULL && *slot != NULL ? NULL : cache->method;
}

/* Should the generic path that follows a miss refill the cache? Not
 * when the cache holds for op's class and op merely lacks the name. */
static inline bool attr_cache_misses(Object *op, const AttrCache *cache)
{
    return op->type->version_tag != cache->version || cache->version == 0
           || cache->index == ATTR_NO_SLOT;
}

/* After a generic lookup or store of `name` on op: remember op's class
 * in the cache if it is one the cache can serve (class.c). */
void attr_cache_fill(Object *op, Object *name, AttrCache *cache);
/* After `o.name(...)` found `method` on op's class and op had no `name`
 * of its own: remember it, if op's class is one the cache can serve. */
void method_cache_fill(Object *op, Object *name, Object *method, AttrCache *cache);
#endif

/* A function bound to the object it was looked up on: `o.m` without a
 * call (CPython's PyMethodObject). */
typedef struct MethodObject {
    Object base;
    Object *func;
    Object *self;
#if CHAPTER >= CH_WEAKREF
    Object *weaklist;       /* weak references to it (weakref.h) */
#endif
} MethodObject;

extern Type method_type;

#define METHOD_FUNC(op) (((MethodObject *)(op))->func)
#define METHOD_SELF(op) (((MethodObject *)(op))->self)
static inline bool is_method(Object *op) { return op->type == &method_type; }
static inline bool is_type(Object *op) { return type_is_subtype(op->type, &type_type); }

/* Hash and == by identity: the slots of objects without a value of their
 * own (CPython's object.__hash__ and object.__eq__). */
int64_t identity_hash(Object *self);
Object *identity_compare(Object *left, Object *right, CompareOp op);

/* The first built-in type up the parent chain of `type` (type itself when
 * built in): it decides the layout of instances and how they are made. */
Type *type_builtin_base(Type *type);

/* Bind func to self (both increfed). */
Object *method_new(Object *func, Object *self);

/* Call `func` with `self` in front of the borrowed arguments (CPython's
 * slot_tp_init and method_vectorcall do the same): self stays borrowed. */
Object *call_with_self(Object *func, Object *self, Object **args, size_t nargs,
                       Object *kwnames);

/* The class statement: a new heap type called `name`, derived from `base`
 * (object when NULL), whose attributes are the entries of `namespace`
 * (a dict, which the class copies). From chapter 8, `bases` is
 * the statement's tuple of bases (NULL: just `base`), of which `base` is
 * the one class_best_base picked; the MRO is their C3 merge (mro.c). */
Object *class_new(Object *name, Type *base, Object *bases, Object *namespace);

/* May a class derive from `base` (object, list, dict from chapter 8, an
 * exception, a class)? 0, or -1 with a TypeError. */
int class_check_base(Type *base);

/* Walking the MRO of a type, the order in which names are looked up:
 *     MroWalk walk;
 *     for (Type *t = mro_walk_start(&walk, type); t; t = mro_walk_next(&walk))
 * Before chapter 8 a class has one base and the MRO is its chain of
 * parents. From chapter 8 a class keeps its MRO in a tuple (__mro__),
 * which may interleave several bases; built-in types, and a class whose
 * tuple the collector has cleared, still follow their parents. */
typedef struct MroWalk {
    Type *current;
#if CHAPTER >= CH_CYCLES
    Object *mro;            /* the tuple walked (borrowed), or NULL */
    intptr_t index;
#endif
} MroWalk;

static inline Type *mro_walk_start(MroWalk *walk, Type *type)
{
    walk->current = type;
#if CHAPTER >= CH_CYCLES
    walk->mro = type->mro;
    walk->index = 0;
#endif
    return type;
}

static inline Type *mro_walk_next(MroWalk *walk)
{
#if CHAPTER >= CH_CYCLES
    if (walk->mro != NULL) {
        walk->index++;
        walk->current = walk->index < TUPLE_SIZE(walk->mro)
            ? (Type *)TUPLE_ITEMS(walk->mro)[walk->index] : NULL;
        return walk->current;
    }
#endif
    walk->current = walk->current->parent;
    return walk->current;
}

/* Where `op` keeps its attribute dict (the slot may hold NULL), or NULL
 * for objects without one (ints, lists, ...). */
Object **object_dict_slot(Object *op);

/* The attribute `name` stored on the object itself (its dict or, from
 * chapter 6, its inline values), borrowed; NULL if none (no error). */
Object *object_own_attribute(Object *op, Object *name);

#if CHAPTER >= CH_CYCLES
/* descriptor.c: give a new class its __mro__, __bases__, `__dict__` and
 * `__weakref__` descriptors and __doc__, as CPython's type_new does (0,
 * or -1 with an exception set); the MRO of any type as a new tuple. */
int class_complete(Type *type, Type *base, Object *bases);
Object *type_mro(Type *type);

/* mro.c: the base among `bases` (a tuple of types) that lays out the
 * instances, borrowed (CPython's best_base): NULL with CPython's TypeError
 * when two bases need different layouts. */
Type *class_best_base(Object *bases);

/* mro.c: the C3 linearisation of a new class with these bases (CPython's
 * mro_implementation): a new tuple starting with `type`, or NULL with
 * CPython's TypeError (a duplicate base, no consistent order), or
 * minipy's for an order it cannot look names up in. */
Object *mro_compute(Type *type, Object *bases);

/* mro.c: `C.mro()`, a list (type.mro). */
extern const MethodDef type_mro_method;

/* descriptor.c: `__getitem__`, `__len__`... of a built-in type that has
 * that slot, as a method (CPython's slot wrappers), or NULL. */
const MethodDef *slot_wrapper_find(Type *type, Object *name);

/* descriptor.c: `list.append` looked up on a type: the unbound built-in
 * method `def` of the static type `owner` (CPython's method_descriptor). */
extern Type method_descr_type;
Object *method_descr_new(Type *owner, const MethodDef *def);
#endif

/* mro.c: the classes derived from a class (Type.subclasses, CPython's
 * tp_subclasses), kept without references: a new class adds itself to
 * each of its bases' lists, a class being freed takes itself out and
 * frees its own list (release: at exit, only the list). */
void type_add_subclass(Type *type);
void type_forget_subclass(Type *type);
void type_subclasses_release(Type *type);

/* mro.c: `name` on the first class of type's MRO whose dict has it,
 * borrowed, or NULL (no error): the search type_lookup and type_lookup_id
 * make when the type cache has no answer (CPython's find_name_in_mro). */
Object *find_name_in_mro(Type *type, Object *name);
Object *find_id_in_mro(Type *type, StrId *name);

/* mro.c: the built-in method `name` of `type` itself (not its parents). */
const MethodDef *type_own_method_def(Type *type, const char *name);

/* mro.c: the built-in method `name` of `type` or a type on its MRO, and
 * (when `owner` is not NULL) the type that defines it; NULL if none. */
const MethodDef *type_lookup_method_def_owner(Type *type, Object *name, Type **owner);

/* A built-in method of `type` or its parents called `name` (e.g. list's
 * append), or NULL. */
const MethodDef *type_lookup_method_def(Type *type, Object *name);

/* "__main__.C" for classes, "int" for built-in types (new str). */
Object *type_qualified_name(Type *type);

#if CHAPTER >= CH_REFCOUNT
/* Run an instance's __del__ if its class has one and it has not run yet.
 * Exceptions in __del__ are printed ("Exception ignored in: ...") and
 * cleared. Used by the deallocator and, later, by the cycle collector. */
void instance_finalize(Object *op);
#endif

#endif
