/* super.h: `super`, the proxy that finds a method further along the
 * class chain (CPython's superobject in Objects/typeobject.c). */
#ifndef MINIPY_SUPER_H
#define MINIPY_SUPER_H

#include "object.h"

extern Type super_type;

#endif
