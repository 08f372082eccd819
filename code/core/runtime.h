/* runtime.h: the one place where minipy keeps mutable state.
 *
 * CPython spreads its state over _PyRuntime, the interpreter state and the
 * thread state; minipy has one interpreter and one thread, so one struct is
 * enough, and a reader can see at a glance everything the runtime remembers.
 * (Built-in type objects are static, like CPython's; their only mutable part
 * is their reference count.)
 */
#ifndef MINIPY_RUNTIME_H
#define MINIPY_RUNTIME_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "chapters.h"
#include "gc.h"
#include "memory.h"
#include "object.h"
#include "typecache.h"
#if CHAPTER >= CH_POOLS
#include "obmalloc.h"
#endif
#if CHAPTER >= CH_LEAKS
#include "traces.h"
#endif
#if CHAPTER >= CH_POOLS

/* Which allocator serves small requests (MINIPY_MALLOC, read once). */
typedef enum MemMode { MEM_MODE_UNDECIDED, MEM_MODE_POOLS, MEM_MODE_MALLOC } MemMode;
#endif

/* Small ints cached at start-up, as CPython's _PY_NSMALLNEGINTS and
 * _PY_NSMALLPOSINTS: -5..256. */
#define SMALL_INT_MIN (-5)
#define SMALL_INT_MAX 256

#if CHAPTER >= CH_THRESHOLDS
/* CPython 3.11's free lists: dead lists, dicts and small tuples kept for
 * the next of their kind, so that reuse costs neither an allocation nor an
 * increment of the collector's count (gc.get_count). */
#define FREE_LIST_MAX 80            /* PyList_MAXFREELIST, PyDict_MAXFREELIST */
#define TUPLE_FREE_SIZES 20         /* PyTuple_MAXSAVESIZE: sizes 1..20 */
#define TUPLE_FREE_MAX 2000         /* PyTuple_MAXFREELIST, per size */

typedef struct FreeLists {
    Object *lists[FREE_LIST_MAX];
    int list_count;
    Object *dicts[FREE_LIST_MAX];
    int dict_count;
    Object *tuples[TUPLE_FREE_SIZES + 1];   /* by size, chained through item 0 */
    int tuple_count[TUPLE_FREE_SIZES + 1];
    Object *slice;          /* one dead slice (slice_cache; a collection
                             * keeps it, as CPython's clear_freelists does) */
} FreeLists;
#endif

#if CHAPTER >= CH_WEAKREF
#define WEAK_STATIC_MAX 64
#endif

/* MemoryError instances kept ready, so that raising one allocates
 * nothing (CPython's MEMERRORS_SAVE, Objects/exceptions.c). */
#define MEMERRORS_SAVE 16

typedef struct Runtime {
    MemStats mem;               /* counters of the allocation choke point */
#if CHAPTER >= CH_POOLS
    size_t heap_count;          /* how many objects are alive */
    ObAllocator pools;          /* the small-object allocator (obmalloc.h) */
    MemMode mem_mode;
    LargeBlock large_blocks;    /* head of the list of blocks from malloc */
#if CHAPTER >= CH_LEAKS
    TraceTable traces;          /* tracemalloc's record of blocks by line */
#endif
#else
    HeapLink heap;              /* head of the list of every live object */
    size_t heap_count;          /* how many objects are on it */
#endif

#if CHAPTER >= CH_THRESHOLDS
    GCState gc;                 /* the cycle collector (gc.h) */
    FreeLists free_lists;
#endif
#if CHAPTER >= CH_WEAKREF
    /* Built-in (static) types with weak references to them: their lists
     * are forgotten when the heap is freed (weakref.c). */
    Type *weak_static[WEAK_STATIC_MAX];
    int weak_static_count;
    Object *finalizers;         /* weakref.finalize objects still alive, in
                                 * the order they were made (a dict) */
    intptr_t finalize_index;    /* finalize objects made so far */
    bool finalize_shutdown;     /* exit: no finalizer runs any more */
#endif

    TypeCache type_cache;       /* names found on classes (typecache.h) */
    uint32_t dict_keys_versions; /* the last dict_keys_version given */
    Object *current_exception;  /* the exception being raised, or NULL */
    Object *memerrors[MEMERRORS_SAVE];  /* MemoryErrors ready to raise */
    int memerror_count;         /* ... how many (error_no_memory) */

    Object *builtins;           /* the builtins module's dict */
    Object *modules;            /* sys.modules: name -> module */
    Object *main_module;        /* __main__ */

#if CHAPTER >= CH_INTERNING
    Object *small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
    Object *interned;           /* str -> the one interned copy */
#endif
    Object *empty_str;          /* '' */
    Object *latin1[256];        /* one-character strings, made on demand */
    Object *empty_tuple;        /* () */

    int recursion_depth;        /* nested calls, for RecursionError */
    int recursion_limit;        /* sys.getrecursionlimit() */
    int int_max_str_digits;     /* sys.get_int_max_str_digits(): 0 is no limit */
    uintptr_t stack_limit;      /* the lowest C stack address recursion may
                                 * reach (stackguard.c), or 0: no limit */
    struct Frame *frame;        /* the code running now (eval.c), or NULL */
    Object *repr_active;        /* list of containers being repr'd (guard) */
#if CHAPTER >= CH_DEL
    int trash_depth;            /* nested container deallocs (trashcan) */
    Object *trash_delete_later; /* parked deallocs, chained through HeapLink
                                 * (from chapter 11: through GCHead) */
#endif

    /* teaching switches (command-line flags) */
    bool trace_requested;       /* --trace-dealloc was given (chapter 3) */
    bool trace_dealloc;         /* ... and minipy code is running: log now */
    bool print_stats;           /* allocator/heap statistics at exit */
    bool interactive;           /* running the REPL */
    bool inspect;               /* -i: a SystemExit of the script or -c is
                                 * reported, and the REPL follows */
    bool exiting;               /* an uncaught SystemExit ended the program */
    bool transcript;            /* REPL echoes its input on stdout (--transcript) */
    const char *program_name;   /* argv[0]'s last part (main.c), which
                                 * names the program in its own messages,
                                 * as CPython's program_name; or NULL */
    bool stdout_unbuffered;     /* PYTHONUNBUFFERED (streams.c) */
    int stdout_unwritten;       /* errno of buffered output that could not be
                                 * written, reported again at exit; or 0 */
    FILE *trace_out;            /* where traces go (stderr) */
} Runtime;

extern Runtime runtime;

/* Start-up and tear-down of the whole runtime. runtime_init makes the
 * singletons, caches, builtins and sys; runtime_finalize clears the modules
 * as CPython does at exit and then frees every object left in the heap. */
void runtime_init(void);
void runtime_finalize(void);

#endif
