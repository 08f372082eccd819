/* gc_legacy.h: Python 2's uncollectable cycles, on request (chapter 12).
 *
 * Before 3.4 (PEP 442) a collector could not know in which order to run
 * the __del__ methods of a cycle, so it ran none: the cycle, and all it
 * reached, went to gc.garbage and stayed there. CPython 3.11 still does
 * this for the few C types with a legacy tp_del slot, with the functions
 * named below. `minipy --legacy-del` treats every __del__ as such a slot,
 * so that the book can show the old leak on a modern collector.
 */
#ifndef MINIPY_GC_LEGACY_H
#define MINIPY_GC_LEGACY_H

#include "gc.h"

#if CHAPTER >= CH_LEAKS
/* Move the unreachable objects with a legacy finalizer, and everything
 * they reach, from `unreachable` to `finalizers` (initialised here); with
 * --legacy-del off, `finalizers` stays empty. */
void move_legacy_finalizers(GCHead *unreachable, GCHead *finalizers);

/* Report them (gc.DEBUG_UNCOLLECTABLE), put those with a finalizer (or,
 * under DEBUG_SAVEALL, all) into gc.garbage, and move them all to `old`.
 * Returns how many were uncollectable. */
intptr_t handle_legacy_finalizers(GCHead *finalizers, GCHead *old);
#endif

#endif
