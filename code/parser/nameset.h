/* nameset.h: sets of identifiers, for the symbol table (symtable.c).
 *
 * A hash set of names (borrowed from the unit). Identifiers are one object
 * per spelling within a unit, so the address is the key and `==` the
 * comparison; open addressing, a removed name leaves a tombstone. A set,
 * not a list, so that a module with 200,000 globals is analysed in linear
 * time (CPython's symtable uses dicts and sets the same way).
 */
#ifndef MINIPY_NAMESET_H
#define MINIPY_NAMESET_H

#include <stdbool.h>
#include <stddef.h>

#include "object.h"

typedef struct NameSet {
    Object **slots;         /* NULL: empty; a tombstone: was used */
    size_t count, capacity; /* slots not empty (names and tombstones);
                             * slots (0 or a power of 2) */
} NameSet;

bool name_live(const Object *slot);     /* a name: not empty, not a tombstone */
size_t name_hash(const void *name);     /* of the name's address */
bool name_in(const NameSet *set, Object *name);     /* set may be NULL */
void name_add(NameSet *set, Object *name);
void name_remove(NameSet *set, Object *name);       /* set may be NULL */
void name_add_all(NameSet *set, const NameSet *from);   /* from may be NULL */
void name_set_free(NameSet *set);

#endif
