/* range.h: range objects and their iterator. */
#ifndef MINIPY_RANGE_H
#define MINIPY_RANGE_H

#include "object.h"

extern Type range_type, range_iterator_type;

Object *range_new(int64_t start, int64_t stop, int64_t step); /* ValueError if step == 0 */

#endif
