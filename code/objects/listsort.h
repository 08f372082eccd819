/* listsort.h: list.sort, list.reverse, list.copy, dict.fromkeys and
 * dict.popitem (listsort.c), for list.c's and dict.c's method tables. */
#ifndef MINIPY_LISTSORT_H
#define MINIPY_LISTSORT_H

#include "object.h"

Object *list_sort_method(Object *self, Object **args, size_t nargs, Object *kwnames);
Object *list_reverse_method(Object *self, Object **args, size_t nargs, Object *kwnames);
Object *list_copy_method(Object *self, Object **args, size_t nargs, Object *kwnames);
Object *dict_fromkeys_method(Object *self, Object **args, size_t nargs, Object *kwnames);
/* dict.fromkeys as a class method: looked up on dict (class.c). */
extern const MethodDef dict_fromkeys_def;
Object *dict_popitem_method(Object *self, Object **args, size_t nargs, Object *kwnames);

#endif
