/* dealloc.h: how a container's deallocation ends in chapters 1 to 5.
 *
 * Until chapter 6 each container type frees its own block at the end of
 * its dealloc (list, tuple and dict alike), and from chapter 5 on closes
 * the trashcan level that its trashcan_begin opened. From chapter 6 on,
 * object_dealloc does both for every object (CPython's subtype_dealloc
 * frees there too), and the types' deallocs keep only their teardown.
 */
#ifndef MINIPY_DEALLOC_H
#define MINIPY_DEALLOC_H

#include "object.h"

#if CHAPTER < CH_THRESHOLDS
static inline void dealloc_end(Object *op)
{
    object_free(op);
#if CHAPTER >= CH_DEL
    trashcan_end();
#endif
}
#endif

#endif
