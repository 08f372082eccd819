/* mappingproxy.h: C.__dict__, a read-only view of a class's dict
 * (CPython's mappingproxy, Objects/descrobject.c). */
#ifndef MINIPY_MAPPINGPROXY_H
#define MINIPY_MAPPINGPROXY_H

#include "object.h"

extern Type mappingproxy_type;

/* A new proxy reading through to `mapping` (borrowed; the proxy holds a
 * reference). */
Object *mappingproxy_new(Object *mapping);

#endif
