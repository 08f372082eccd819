/* traces.h: what tracemalloc records, kept beside the allocation choke
 * point (CPython's Python/tracemalloc.c, the C half of tracemalloc).
 *
 * While tracing is on, mem_alloc records every block it hands out with
 * the source line that asked for it (the innermost minipy frame's file and
 * line) and mem_free forgets it. The table lives outside the choke point,
 * in plain malloc'd memory, for the reason CPython keeps its own in raw
 * memory: the tracer must not trace itself, nor recurse into itself.
 */
#ifndef MINIPY_TRACES_H
#define MINIPY_TRACES_H

#include <stdbool.h>
#include <stddef.h>

#include "chapters.h"

#if CHAPTER >= CH_LEAKS

/* One block handed out while tracing: its size and where it was asked for. */
typedef struct Trace {
    struct Trace *next;     /* the next trace in its bucket */
    void *block;
    size_t size;
    int filename;           /* an index into TraceTable.filenames */
    int lineno;
} Trace;

typedef struct TraceTable {
    bool tracing;           /* tracemalloc.is_tracing() */
    int nframe;             /* tracemalloc.start(nframe): kept for
                             * get_traceback_limit(); only 1 is recorded */
    Trace **buckets;        /* chained hash table keyed by block address */
    size_t bucket_count;    /* a power of two, or 0 before the first trace */
    size_t trace_count;
    char **filenames;       /* every file name seen, each once */
    int filename_count, filename_capacity;
    size_t traced;          /* bytes in traced blocks now */
    size_t peak;            /* the most `traced` has been since start or reset_peak */
} TraceTable;

/* The name of the module file that tracemalloc's Python half runs as: its
 * own allocations are left out (see tracemallocmodule.c). */
#define TRACES_OWN_FILENAME "<frozen tracemalloc>"

/* Turn tracing on (a no-op when on) or off; off forgets every trace, as
 * tracemalloc.stop() does. */
void traces_start(int nframe);
void traces_stop(void);
/* Forget every trace but keep tracing (tracemalloc.clear_traces()). */
void traces_clear(void);

/* The choke point's hooks: called only while tracing. */
void traces_add(void *block, size_t size);
void traces_remove(void *block);

/* Visit every trace (in no particular order) with its file name. */
typedef void (*TraceVisitor)(const Trace *trace, const char *filename, void *arg);
void traces_each(TraceVisitor visit, void *arg);

#endif
#endif
