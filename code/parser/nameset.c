/* nameset.c: the symbol table's sets of names (nameset.h). */
#include "nameset.h"

#include <string.h>

#include "memory.h"

static char name_removed_mark;
#define NAME_REMOVED ((Object *)(void *)&name_removed_mark)

size_t name_hash(const void *p)
{
    uint64_t h = (uint64_t)(uintptr_t)p;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9u;
    return (size_t)(h ^ h >> 32);
}

bool name_live(const Object *slot)
{
    return slot != NULL && slot != NAME_REMOVED;
}

/* The slot of `name`, or the slot where it would go (the first tombstone
 * met, else the empty slot that ends the probe). */
static Object **name_slot(const NameSet *set, Object *name)
{
    size_t mask = set->capacity - 1;
    Object **grave = NULL;
    for (size_t i = name_hash(name) & mask;; i = (i + 1) & mask) {
        Object **slot = &set->slots[i];
        if (*slot == name)
            return slot;
        if (*slot == NULL)
            return grave ? grave : slot;
        if (*slot == NAME_REMOVED && grave == NULL)
            grave = slot;
    }
}

bool name_in(const NameSet *set, Object *name)
{
    return set != NULL && set->capacity > 0 && *name_slot(set, name) == name;
}

/* Rehash into twice the room (tombstones go): at most half the slots
 * are ever used, so a probe always finds an empty one. */
static void name_set_grow(NameSet *set)
{
    NameSet bigger = {NULL, 0, set->capacity ? set->capacity * 2 : 8};
    bigger.slots = mem_alloc(bigger.capacity * sizeof(Object *));
    memset(bigger.slots, 0, bigger.capacity * sizeof(Object *));
    for (size_t i = 0; i < set->capacity; i++) {
        if (name_live(set->slots[i]))
            name_add(&bigger, set->slots[i]);
    }
    mem_free(set->slots, set->capacity * sizeof(Object *));
    *set = bigger;
}

void name_add(NameSet *set, Object *name)
{
    if (2 * (set->count + 1) > set->capacity)
        name_set_grow(set);
    Object **slot = name_slot(set, name);
    if (*slot == NULL)
        set->count++;
    *slot = name;
}

void name_remove(NameSet *set, Object *name)
{
    if (set == NULL || set->capacity == 0)
        return;
    Object **slot = name_slot(set, name);
    if (*slot == name)
        *slot = NAME_REMOVED;
}

void name_add_all(NameSet *set, const NameSet *from)
{
    for (size_t i = 0; from != NULL && i < from->capacity; i++) {
        if (name_live(from->slots[i]))
            name_add(set, from->slots[i]);
    }
}

void name_set_free(NameSet *set)
{
    mem_free(set->slots, set->capacity * sizeof(Object *));
    *set = (NameSet){NULL, 0, 0};
}
