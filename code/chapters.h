/* chapters.h: the book's twelve chapters, in order.
 *
 * Every line of code/ belongs to the chapter that introduces it. Code that
 * arrives with chapter N is wrapped in `#if CHAPTER >= CH_xxx`; code that a
 * later chapter replaces keeps its `#else` branch, so the story of the
 * runtime stays readable in the source. The build resolves these guards with
 * unifdef(1) into one clean snapshot per chapter (build/src/chNN/), in which
 * neither this file nor any guard appears.
 */
#ifndef MINIPY_CHAPTERS_H
#define MINIPY_CHAPTERS_H

#define CH_OBJECT_MODEL 1
#define CH_INTERNING    2
#define CH_REFCOUNT     3
#define CH_CONTAINERS   4
#define CH_DEL          5
#define CH_THRESHOLDS   6
#define CH_GENERATIONS  7
#define CH_CYCLES       8
#define CH_GC_REFS      9
#define CH_WEAKREF      10
#define CH_POOLS        11
#define CH_LEAKS        12

/* Compiling code/ directly (the unit tests do) gives the whole runtime. */
#ifndef CHAPTER
#define CHAPTER CH_LEAKS
#endif

#endif
