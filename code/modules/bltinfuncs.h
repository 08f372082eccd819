/* bltinfuncs.h: the built-in functions and iterator types of
 * bltinfuncs.c and bltiniter.c, added to the builtins module by
 * builtins_module_init. */
#ifndef MINIPY_BLTINFUNCS_H
#define MINIPY_BLTINFUNCS_H

#include "object.h"

/* Add them to the builtins module. 0, or -1 with an exception. */
int bltinfuncs_add(Object *module);
/* The iterator types of bltiniter.c, into the builtins dict. */
int bltiniter_add(Object *dict);

#endif
