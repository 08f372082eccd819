/* instance_values.c: from chapter 6, an instance's attributes without a
 * dict object, as CPython 3.11 keeps them (its "inline values" and the
 * shared keys of the class, in Objects/dictobject.c:
 * _PyObject_InitializeDict, _PyObject_StoreInstanceAttribute,
 * make_dict_from_instance_attributes). The layout is in class.h
 * (InlineValues); class.c's attribute access decides when to use them.
 * Because a name keeps its slot for the life of its class, one `o.name`
 * of the program can remember the slot (attr_cache_fill; the reads and
 * writes through it are in class.h), as CPython 3.11's specialized
 * LOAD_ATTR_INSTANCE_VALUE remembers it.
 */
#include "class.h"

#include <stddef.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "memory.h"
#include "str.h"
#include "typecache.h"

#if CHAPTER >= CH_THRESHOLDS
static size_t values_bytes(intptr_t capacity)
{
    return values_order_bytes(capacity) + (size_t)capacity * sizeof(Object *);
}

/* The index of `name` among the class's shared keys, or -1. Names are
 * mostly interned, so the addresses are compared first, and the text
 * only when no address matched and a key or the name is not interned
 * (an interned name equal to an interned key is that key). */
intptr_t shared_key_index(Type *type, Object *name)
{
    for (intptr_t i = 0; i < type->shared_keys_count; i++)
        if (type->shared_keys[i] == name)
            return i;
    if (!type->shared_keys_mixed && ((StrObject *)name)->interned)
        return -1;
    for (intptr_t i = 0; i < type->shared_keys_count; i++)
        if (str_same(type->shared_keys[i], name))
            return i;
    return -1;
}

/* The slot holding the attribute `name` of an instance of `type`, or NULL
 * if it has none inline. */
Object **values_find(Type *type, InstanceAttrs *inst, Object *name)
{
    InlineValues *values = inst->values;
    if (values == NULL)
        return NULL;
    intptr_t i = shared_key_index(type, name);
    if (i < 0 || i >= values->capacity || values_slots(values)[i] == NULL)
        return NULL;
    return &values_slots(values)[i];
}

/* Can instances of `type` keep `name` inline? Yes while the class has met
 * at most SHARED_KEYS_MAX attribute names (CPython's shared keys): the
 * name's index among them, or -1. */
intptr_t class_shares_name(Type *type, Object *name)
{
    intptr_t i = shared_key_index(type, name);
    if (i >= 0 || type->shared_keys_count == SHARED_KEYS_MAX)
        return i;
    if (type->shared_keys == NULL)
        type->shared_keys = mem_alloc(SHARED_KEYS_MAX * sizeof(Object *));
    type_modified(type);        /* a method's site cache assumes no new key */
    type->shared_keys_mixed |= !((StrObject *)name)->interned;
    type->shared_keys[type->shared_keys_count] = incref(name);
    return type->shared_keys_count++;
}

/* Room for every name the class shares so far (CPython sizes an
 * instance's values by its class's shared keys too). */
static InlineValues *values_grow(InlineValues *values, intptr_t capacity)
{
    InlineValues *grown = mem_alloc(values_bytes(capacity));
    grown->capacity = (uint8_t)capacity;
    grown->count = 0;
    Object **slots = values_slots(grown);
    for (intptr_t i = 0; i < capacity; i++)
        slots[i] = NULL;
    if (values != NULL) {
        grown->count = values->count;
        memcpy(grown->order, values->order, values->count);
        memcpy(slots, values_slots(values), (size_t)values->capacity * sizeof(Object *));
        mem_free(values, values_bytes(values->capacity));
    }
    return grown;
}

/* Set the inline attribute of the i-th shared name of `type`. */
void values_store(Type *type, InstanceAttrs *inst, intptr_t i, Object *value)
{
    InlineValues *values = inst->values;
    if (values != NULL && i < values->capacity && values_slots(values)[i] != NULL) {
        object_set_slot(&values_slots(values)[i], incref(value));
        return;
    }
    if (values == NULL || i >= values->capacity)
        values = inst->values = values_grow(values, type->shared_keys_count);
    values_slots(values)[i] = incref(value);
    values->order[values->count++] = (uint8_t)i;
}

/* Remove an inline attribute: 0, or 1 when there is none. The value is
 * dropped last, once the array is consistent (its __del__ may look). */
int values_delete(Type *type, InstanceAttrs *inst, Object *name)
{
    Object **slot = values_find(type, inst, name);
    if (slot == NULL)
        return 1;
    InlineValues *values = inst->values;
    uint8_t i = (uint8_t)(slot - values_slots(values)), k = 0;
    while (values->order[k] != i)
        k++;
    memmove(&values->order[k], &values->order[k + 1], (size_t)(values->count - k - 1));
    values->count--;
    Object *gone = *slot;
    *slot = NULL;
    decref(gone);
    return 0;
}

/* Free the array without touching what it refers to (exit). */
void values_release(InstanceAttrs *inst)
{
    if (inst->values)
        mem_free(inst->values, values_bytes(inst->values->capacity));
    inst->values = NULL;
}

/* Drop every inline attribute, in the order they were set. */
void values_clear(InstanceAttrs *inst)
{
    InlineValues *values = inst->values;
    if (values == NULL)
        return;
    inst->values = NULL;
    for (intptr_t k = 0; k < values->count; k++)
        decref(values_slots(values)[values->order[k]]);
    mem_free(values, values_bytes(values->capacity));
}

/* The instance's dict, made from its inline values when there is none
 * yet (CPython's make_dict_from_instance_attributes): from now on its
 * attributes live in the dict, which is an object of its own. */
Object *instance_dict(Type *type, InstanceAttrs *inst)
{
    if (inst->dict != NULL)
        return inst->dict;
    Object *dict = dict_new();
    InlineValues *values = inst->values;
    Object **names = type->shared_keys;
    for (intptr_t k = 0; values != NULL && k < values->count; k++)
        if (dict_set_item(dict, names[values->order[k]], values_slots(values)[values->order[k]]) < 0)
            error_clear();
    inst->dict = dict;
    values_clear(inst);         /* the dict holds them now */
    return dict;
}

/* ---- a site's cache of `o.name` (class.h) ---------------------------------- */

/* The names generic_getattr and generic_setattr answer before looking at
 * the instance's own attributes: a site of one of them is never cached. */
static bool is_instance_special(Object *name)
{
    return STR_DATA(name)[0] == '_'
           && (str_equal_cstr(name, "__class__") || str_equal_cstr(name, "__dict__")
               || str_equal_cstr(name, "__weakref__"));
}

/* Only instances laid out as object's, whose class reads and writes
 * attributes generically: then the value of `name` is the instance's
 * own, when it has one, whatever the class holds (minipy's classes have
 * no data descriptors but __class__, __dict__ and __weakref__). */
static bool site_cacheable(Type *type, Object *name)
{
    return (type->flags & TYPE_HEAP) && type_builtin_base(type) == &object_type
           && (type->getattr == NULL || type->getattr == generic_getattr)
           && (type->setattr == NULL || type->setattr == generic_setattr)
           && is_str(name) && !is_instance_special(name);
}

/* The site remembers op's class (which site_cacheable accepted) and,
 * for `o.name(...)`, the function found on it. */
static void site_fill(Object *op, Object *name, Object *method, AttrCache *cache)
{
    uint32_t version = type_version(op->type);
    if (version == 0)
        return;
    intptr_t index = shared_key_index(op->type, name);
    cache->version = version;
    cache->index = index < 0 ? ATTR_NO_SLOT : (uint16_t)index;
    cache->method = method;
}

void attr_cache_fill(Object *op, Object *name, AttrCache *cache)
{
    if (site_cacheable(op->type, name))
        site_fill(op, name, NULL, cache);
}

/* Only for an instance without a dict, as method_cache_load serves no
 * other: searching a dict may have run a key's __eq__, after which the
 * class's tag is no proof that `method` is still what the class holds.
 * A site that misses again and again (reached by two classes in turn)
 * is filled again at every METHOD_SITE_REFILL-th miss only, since a
 * fill costs more than the lookup it follows (CPython 3.11 backs off
 * from such a site too, by its adaptive counters). */
#define METHOD_SITE_REFILL 16

void method_cache_fill(Object *op, Object *name, Object *method, AttrCache *cache)
{
    if (cache->version != 0 && ++cache->misses < METHOD_SITE_REFILL)
        return;
    cache->misses = 0;
    if (site_cacheable(op->type, name) && ((InstanceObject *)op)->attrs.dict == NULL)
        site_fill(op, name, method, cache);
}
#endif
