/* obmalloc.h: chapter 11's small-object allocator, modelled on CPython
 * 3.11's pymalloc (Objects/obmalloc.c).
 *
 * Most objects a Python program makes are small and short-lived: an int, a
 * float, a two-item tuple, a bound method. Asking the C library for each of
 * them costs a general-purpose search and a header per block. pymalloc
 * instead cuts memory it owns into fixed-size blocks:
 *
 *   arena   1 MiB obtained from the system with mmap, cut into pools
 *   pool    16 KiB, serving blocks of one size class only
 *   block   16, 32, ... 512 bytes: the memory handed to the caller
 *
 * Requests of more than OB_SMALL_REQUEST_THRESHOLD bytes are not its
 * business: memory.c sends them to malloc, as CPython does.
 *
 * The allocator's state is an ObAllocator passed to every function, so that
 * the runtime keeps its one in `runtime` and the unit tests can make their
 * own.
 */
#ifndef MINIPY_OBMALLOC_H
#define MINIPY_OBMALLOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "chapters.h"

#if CHAPTER >= CH_POOLS

/* region pool constants */
#define OB_ALIGNMENT                16      /* every block starts on 16 bytes */
#define OB_ALIGNMENT_SHIFT          4
#define OB_SMALL_REQUEST_THRESHOLD  512     /* larger requests go to malloc */
#define OB_SIZE_CLASSES             (OB_SMALL_REQUEST_THRESHOLD / OB_ALIGNMENT)  /* 32 */
#define OB_POOL_SIZE                (16 * 1024)
#define OB_ARENA_SIZE               (1024 * 1024)
#define OB_POOLS_PER_ARENA          (OB_ARENA_SIZE / OB_POOL_SIZE)              /* 64 */
/* endregion */

/* Size class of a request of n bytes (1..512): 1-16 -> 0, 17-32 -> 1 ... */
#define OB_SIZE_CLASS(n)     (((n) - 1) >> OB_ALIGNMENT_SHIFT)
/* Block size of a size class: 0 -> 16, 1 -> 32 ... 31 -> 512. */
#define OB_CLASS_SIZE(c)     (((size_t)(c) + 1) << OB_ALIGNMENT_SHIFT)

struct ObArena;

/* The header at the start of every pool (CPython's pool_header). */
/* region struct ObPool */
typedef struct ObPool {
    unsigned int used;          /* blocks handed out and not yet freed */
    unsigned int size_class;    /* what every block of this pool serves */
    uint8_t *freeblock;         /* the last block freed: head of a LIFO list
                                 * threaded through the free blocks themselves */
    struct ObPool *nextpool;    /* in usedpools[size_class], or in its arena's
                                 * list of empty pools */
    struct ObPool *prevpool;
    struct ObArena *arena;      /* the arena this pool was cut from */
    unsigned int nextoffset;    /* where the next never-used block starts */
    unsigned int maxnextoffset; /* the last offset at which a block still fits */
} ObPool;
/* endregion */

/* The pool header rounded up to the alignment: blocks start after it. */
#define OB_POOL_OVERHEAD \
    ((sizeof(ObPool) + OB_ALIGNMENT - 1) / OB_ALIGNMENT * OB_ALIGNMENT)

/* One arena's bookkeeping (CPython's arena_object); it lives outside the
 * arena, in memory from malloc, so that an empty arena can be given back
 * whole. */
/* region struct ObArena */
typedef struct ObArena {
    uint8_t *address;           /* what mmap returned */
    uint8_t *pool_address;      /* the next pool never cut from this arena */
    unsigned int nfreepools;    /* empty pools + pools never cut */
    unsigned int ntotalpools;   /* 64 (CPython: 63 when mmap's address
                                 * is not on a pool boundary) */
    ObPool *freepools;          /* pools used once and empty again */
    struct ObArena *nextarena;  /* usable_arenas: the arenas with a free
                                 * pool, fewest free pools first */
    struct ObArena *prevarena;
    struct ObArena *next_all;   /* every arena, for statistics and exit */
    struct ObArena *prev_all;
} ObArena;
/* endregion */

/* region struct ObAllocator */
typedef struct ObAllocator {
    ObPool *usedpools[OB_SIZE_CLASSES]; /* per size class, the pools with
                                         * both used and free blocks */
    ObArena *usable_arenas;     /* arenas with a free pool, fullest first */
    ObArena *all_arenas;        /* every arena mapped now */
    size_t raw_allocated_blocks;/* blocks memory.c got from malloc for
                                 * requests over 512 bytes (CPython counts
                                 * them too in sys.getallocatedblocks) */
    size_t arenas_current;
    size_t arenas_allocated;    /* ever mapped */
    size_t arenas_reclaimed;    /* ever given back */
    size_t arenas_highwater;    /* the most mapped at once */
} ObAllocator;
/* endregion */

/* A block of n bytes, 1 <= n <= OB_SMALL_REQUEST_THRESHOLD (0 is the
 * caller's business: memory.c sends it to malloc), aligned on 16; NULL
 * only when the system refuses a new arena. */
void *ob_alloc(ObAllocator *ob, size_t n);

/* Give back a block ob_alloc returned. */
void ob_free(ObAllocator *ob, void *block);

/* The pool a block lies in: pools start on a 16 KiB boundary. */
static inline ObPool *ob_pool_of(const void *block)
{
    return (ObPool *)((uintptr_t)block & ~(uintptr_t)(OB_POOL_SIZE - 1));
}

/* region ob_pop */
/* The common case of ob_alloc and ob_free, inline in the allocation door
 * (memory.c), so that most requests make no call: a block popped from a
 * pool that keeps another one ready, a block pushed back on a pool that
 * stays in use. NULL and false leave the pool's change of state, when
 * there is one, to ob_alloc and ob_free (CPython inlines pymalloc_alloc
 * and pymalloc_free in the same way, and calls out for the rest). */
static inline void *ob_pop(ObAllocator *ob, size_t n)
{
    ObPool *pool = ob->usedpools[OB_SIZE_CLASS(n)];
    if (pool == NULL)
        return NULL;
    uint8_t *block = pool->freeblock, *next;
    memcpy(&next, block, sizeof next);
    if (next == NULL)
        return NULL;
    pool->freeblock = next;
    pool->used++;
    return block;
}

static inline bool ob_push(void *block)
{
    ObPool *pool = ob_pool_of(block);
    if (pool->freeblock == NULL || pool->used == 1)
        return false;
    memcpy(block, &pool->freeblock, sizeof pool->freeblock);
    pool->freeblock = block;
    pool->used--;
    return true;
}
/* endregion */

/* Blocks of the pools handed out and not freed (sys.getallocatedblocks()
 * adds raw_allocated_blocks), counted by walking the arenas. */
size_t ob_allocated_blocks(const ObAllocator *ob);

/* The block's size class, read from its pool header. */
unsigned int ob_block_class(const void *block);

/* Unmap every arena, whatever is still in it (the runtime's exit). */
void ob_finalize(ObAllocator *ob);

/* sys._debugmallocstats()'s report, written to out. */
void ob_print_stats(const ObAllocator *ob, FILE *out);

/* A Graphviz drawing of every arena and the occupancy of its pools. */
void ob_write_dot(const ObAllocator *ob, FILE *out);

#endif
#endif
