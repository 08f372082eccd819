/* gc_debug.h: what a collection prints (chapter 9). gc.set_debug's lines,
 * as CPython 3.11's Modules/gcmodule.c prints them (debug_cycle and the
 * DEBUG_STATS lines of gc_collect_main), and the book's teaching switches
 * --gc-trace and --gc-dot, which show steps 1 to 3 of one collection
 * object by object. Private to the collector: gc.c calls these at the
 * points of a collection where CPython prints.
 */
#ifndef MINIPY_GC_DEBUG_H
#define MINIPY_GC_DEBUG_H

#include "gc.h"

#if CHAPTER >= CH_GC_REFS
/* gc.DEBUG_COLLECTABLE and DEBUG_UNCOLLECTABLE: one line per object of
 * `list`, "gc: collectable <list 0x...>". */
void debug_cycle(const char *what, GCHead *list);

/* gc.DEBUG_STATS: the lines printed when a collection of `generation`
 * starts; returns the time it started, for debug_stats_done. */
double debug_stats_start(int generation);
void debug_stats_done(intptr_t collected, intptr_t uncollectable, double started);

/* --gc-trace and --gc-dot: a collection of `young` starts (numbered, and
 * shown if a switch is on), step 1, 2 or 3 has just run, the steps are
 * over. Only the first look of a collection is shown, not the second
 * look after the finalizers. */
void gc_show_begin(GCHead *young);
void gc_show_step(int step, GCHead *young, GCHead *unreachable);
void gc_show_end(void);
#endif

#endif
