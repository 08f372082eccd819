/* obmalloc.c: arenas, pools and blocks (see obmalloc.h), chapter 11.
 *
 * The shape is CPython 3.11's Objects/obmalloc.c, with three
 * simplifications a reader should know about:
 *  - mem_free passes the size of the block, so minipy knows a block is
 *    small without CPython's address_in_range (a radix tree over the
 *    address space since 3.10);
 *  - usedpools holds plain list heads, not CPython's trick of half pool
 *    headers that makes an empty list point at itself (one test of NULL
 *    per allocation instead);
 *  - usable_arenas is kept sorted by walking it, not with CPython's
 *    nfp2lasta array of fingers (3.8), which finds the spot at once.
 */
#define _DEFAULT_SOURCE             /* MAP_ANONYMOUS */

#include "obmalloc.h"

#if CHAPTER >= CH_POOLS

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define POOL_OF(block) ob_pool_of(block)

/* The rare paths (a new pool, a pool that empties) are kept out of
 * ob_alloc and ob_free, so that the common case compiles to a few
 * instructions with no registers to save. A pool that fills, or that
 * serves again after being full, is not rare: under churn, with most pools
 * full, a free lands in a full pool and the next allocation fills it again
 * (three operations in four of bench-alloc's synthetic trace), so those
 * paths stay inline. */
#if defined(__GNUC__)
#define OB_COLD __attribute__((noinline, cold))
#else
#define OB_COLD
#endif

/* ---- the system: whole arenas from mmap ------------------------------ */

/* mmap rather than malloc: an arena can then be given back to the system
 * alone, whatever the C library does with its own heap. mmap promises only
 * a page boundary, and pools must start on a 16 KiB one so that POOL_OF
 * can find a block's pool by masking its address: map one pool more than
 * needed and unmap the slack at both ends. (CPython instead gives up the
 * partial first pool: 63 pools in that arena.) */
static void *system_map(size_t size)
{
    size_t slack = OB_POOL_SIZE;
    void *p = mmap(NULL, size + slack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    uintptr_t start = (uintptr_t)p;
    uintptr_t aligned = (start + OB_POOL_SIZE - 1) & ~(uintptr_t)(OB_POOL_SIZE - 1);
    size_t head = aligned - start, tail = slack - head;
    if (head > 0)
        munmap(p, head);
    if (tail > 0)
        munmap((void *)(aligned + size), tail);
    return (void *)aligned;
}

static void system_unmap(void *p, size_t size)
{
    munmap(p, size);
}

/* ---- the list of usable arenas, fewest free pools first --------------- */

static void usable_unlink(ObAllocator *ob, ObArena *arena)
{
    if (arena->prevarena)
        arena->prevarena->nextarena = arena->nextarena;
    else
        ob->usable_arenas = arena->nextarena;
    if (arena->nextarena)
        arena->nextarena->prevarena = arena->prevarena;
    arena->nextarena = arena->prevarena = NULL;
}

/* Put the arena before the first one with more free pools. Allocation
 * takes pools from the head, so the fullest arenas fill up first and the
 * emptiest, at the tail, get the chance to empty completely. */
static void usable_insert_sorted(ObAllocator *ob, ObArena *arena)
{
    ObArena *prev = NULL, *next = ob->usable_arenas;
    while (next && next->nfreepools < arena->nfreepools) {
        prev = next;
        next = next->nextarena;
    }
    arena->prevarena = prev;
    arena->nextarena = next;
    if (prev)
        prev->nextarena = arena;
    else
        ob->usable_arenas = arena;
    if (next)
        next->prevarena = arena;
}

/* ---- arenas ----------------------------------------------------------- */

static ObArena *new_arena(ObAllocator *ob)
{
    ObArena *arena = calloc(1, sizeof *arena);
    if (arena == NULL)
        return NULL;
    arena->address = system_map(OB_ARENA_SIZE);
    if (arena->address == NULL) {
        free(arena);
        return NULL;
    }
    arena->ntotalpools = OB_POOLS_PER_ARENA;
    arena->pool_address = arena->address;
    arena->nfreepools = arena->ntotalpools;

    arena->next_all = ob->all_arenas;
    if (ob->all_arenas)
        ob->all_arenas->prev_all = arena;
    ob->all_arenas = arena;

    ob->arenas_current++;
    ob->arenas_allocated++;
    if (ob->arenas_current > ob->arenas_highwater)
        ob->arenas_highwater = ob->arenas_current;
    usable_insert_sorted(ob, arena);
    return arena;
}

static void release_arena(ObAllocator *ob, ObArena *arena)
{
    usable_unlink(ob, arena);
    if (arena->prev_all)
        arena->prev_all->next_all = arena->next_all;
    else
        ob->all_arenas = arena->next_all;
    if (arena->next_all)
        arena->next_all->prev_all = arena->prev_all;
    system_unmap(arena->address, OB_ARENA_SIZE);
    free(arena);
    ob->arenas_current--;
    ob->arenas_reclaimed++;
}

/* Is another arena on the usable list wholly empty too? */
static int another_empty_arena(const ObAllocator *ob, const ObArena *arena)
{
    for (const ObArena *a = ob->usable_arenas; a; a = a->nextarena)
        if (a != arena && a->nfreepools == a->ntotalpools)
            return 1;
    return 0;
}

/* ---- pools ------------------------------------------------------------ */

/* A block carved from the pool's untouched end becomes its free list: one
 * block, linked to nothing. */
static void pool_carve(ObPool *pool)
{
    uint8_t *block = (uint8_t *)pool + pool->nextoffset;
    uint8_t *none = NULL;
    memcpy(block, &none, sizeof none);
    pool->freeblock = block;
    pool->nextoffset += (unsigned int)OB_CLASS_SIZE(pool->size_class);
}

/* Blocks are carved lazily: a fresh pool carves its first block only.
 * Touching all 16 KiB at once would cost page faults for blocks that may
 * never be asked for. */
static void pool_init(ObPool *pool, ObArena *arena, unsigned int size_class)
{
    pool->used = 0;
    pool->size_class = size_class;
    pool->arena = arena;
    pool->nextoffset = (unsigned int)OB_POOL_OVERHEAD;
    pool->maxnextoffset = (unsigned int)(OB_POOL_SIZE - OB_CLASS_SIZE(size_class));
    pool_carve(pool);
}

/* A pool on usedpools always has a free block (ob_alloc sees to it), so a
 * pool with none is full. */
static int pool_is_full(const ObPool *pool)
{
    return pool->freeblock == NULL;
}

static inline void usedpools_push(ObAllocator *ob, ObPool *pool)
{
    ObPool **head = &ob->usedpools[pool->size_class];
    pool->prevpool = NULL;
    pool->nextpool = *head;
    if (*head)
        (*head)->prevpool = pool;
    *head = pool;
}

static inline void usedpools_unlink(ObAllocator *ob, ObPool *pool)
{
    if (pool->prevpool)
        pool->prevpool->nextpool = pool->nextpool;
    else
        ob->usedpools[pool->size_class] = pool->nextpool;
    if (pool->nextpool)
        pool->nextpool->prevpool = pool->prevpool;
    pool->nextpool = pool->prevpool = NULL;
}

/* A pool for a size class with no used pool: an empty pool of the fullest
 * arena, or the next never-used pool of that arena, or a new arena. */
OB_COLD static ObPool *take_pool(ObAllocator *ob, unsigned int size_class)
{
    ObArena *arena = ob->usable_arenas;
    if (arena == NULL && (arena = new_arena(ob)) == NULL)
        return NULL;
    ObPool *pool = arena->freepools;
    if (pool != NULL) {
        arena->freepools = pool->nextpool;
    } else {
        pool = (ObPool *)arena->pool_address;
        arena->pool_address += OB_POOL_SIZE;
    }
    /* One free pool fewer keeps the head the fullest: no re-sorting. */
    arena->nfreepools--;
    if (arena->nfreepools == 0)
        usable_unlink(ob, arena);
    pool_init(pool, arena, size_class);
    usedpools_push(ob, pool);
    return pool;
}

/* The pool has just become empty: any size class may use it now. An arena
 * whose pools are all empty goes back to the system, except one kept so
 * that a program hovering at an arena's edge does not map and unmap in a
 * loop (CPython keeps the last usable arena, bpo-37257). */
OB_COLD static void return_pool(ObAllocator *ob, ObPool *pool)
{
    ObArena *arena = pool->arena;
    usedpools_unlink(ob, pool);
    pool->nextpool = arena->freepools;
    arena->freepools = pool;
    arena->nfreepools++;

    if (arena->nfreepools == 1) {
        usable_insert_sorted(ob, arena);    /* it was full: not on the list */
        return;
    }
    if (arena->nfreepools == arena->ntotalpools && another_empty_arena(ob, arena)) {
        release_arena(ob, arena);
        return;
    }
    /* One more free pool: move it toward the tail, past the fuller ones. */
    usable_unlink(ob, arena);
    usable_insert_sorted(ob, arena);
}

/* ---- blocks ----------------------------------------------------------- */

/* region pool_extend */
/* The pool's free list has just run dry. Carve its next fresh block, so
 * that the pool stays a source of blocks; if none fits, the pool is full
 * and leaves usedpools. (CPython: pymalloc_pool_extend.) */
static inline void pool_extend(ObAllocator *ob, ObPool *pool)
{
    if (pool->nextoffset <= pool->maxnextoffset)
        pool_carve(pool);
    else
        usedpools_unlink(ob, pool);
}
/* endregion */

/* region ob_alloc */
void *ob_alloc(ObAllocator *ob, size_t n)
{
    unsigned int size_class = (unsigned int)OB_SIZE_CLASS(n);
    ObPool *pool = ob->usedpools[size_class];
    if (pool == NULL && (pool = take_pool(ob, size_class)) == NULL)
        return NULL;
    /* LIFO: the block freed last is reused first, while it is likely still
     * in the CPU's cache. Its first bytes hold the next free block. */
    uint8_t *block = pool->freeblock;
    memcpy(&pool->freeblock, block, sizeof pool->freeblock);
    pool->used++;
    if (pool->freeblock == NULL)
        pool_extend(ob, pool);
    return block;
}
/* endregion */

/* region ob_free */
void ob_free(ObAllocator *ob, void *block)
{
    ObPool *pool = POOL_OF(block);
    int was_full = pool_is_full(pool);
    /* The free block itself holds the link to the previous head. */
    memcpy(block, &pool->freeblock, sizeof pool->freeblock);
    pool->freeblock = block;
    pool->used--;
    if (was_full)
        usedpools_push(ob, pool);       /* it can serve again */
    else if (pool->used == 0)           /* (a full pool has 31 blocks or more) */
        return_pool(ob, pool);
}
/* endregion */

/* Blocks handed out and not freed: the sum of the pools' counts, walked
 * when asked for, as CPython 3.11's _Py_GetAllocatedBlocks does, rather
 * than a counter that every allocation and free would pay for. */
size_t ob_allocated_blocks(const ObAllocator *ob)
{
    size_t n = 0;
    for (const ObArena *a = ob->all_arenas; a; a = a->next_all)
        for (const uint8_t *p = a->address; p < a->pool_address; p += OB_POOL_SIZE)
            n += ((const ObPool *)p)->used;
    return n;
}

unsigned int ob_block_class(const void *block)
{
    return POOL_OF(block)->size_class;
}

void ob_finalize(ObAllocator *ob)
{
    while (ob->all_arenas)
        release_arena(ob, ob->all_arenas);
    memset(ob, 0, sizeof *ob);
}

/* ---- statistics and the figure --------------------------------------- */

static unsigned int blocks_per_pool(unsigned int size_class)
{
    return (unsigned int)((OB_POOL_SIZE - OB_POOL_OVERHEAD) / OB_CLASS_SIZE(size_class));
}

/* A pool cut from the arena and not empty. Pools beyond pool_address were
 * never cut; empty pools have used == 0. */
#define FOR_EACH_CUT_POOL(arena, pool) \
    for (uint8_t *p_ = (uint8_t *)(((uintptr_t)(arena)->address + OB_POOL_SIZE - 1) \
                                   & ~(uintptr_t)(OB_POOL_SIZE - 1)); \
         p_ < (arena)->pool_address && ((pool) = (ObPool *)p_, 1); p_ += OB_POOL_SIZE)

/* 1234567 -> "1,234,567", as CPython's report prints its byte counts. */
static void print_line(FILE *out, const char *label, size_t value)
{
    char digits[32], grouped[48];
    int n = snprintf(digits, sizeof digits, "%zu", value);
    int j = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            grouped[j++] = ',';
        grouped[j++] = digits[i];
    }
    grouped[j] = '\0';
    fprintf(out, "%-35s= %20s\n", label, grouped);
}

void ob_print_stats(const ObAllocator *ob, FILE *out)
{
    size_t pools[OB_SIZE_CLASSES] = {0}, in_use[OB_SIZE_CLASSES] = {0},
           avail[OB_SIZE_CLASSES] = {0};
    size_t free_pools = 0, alignment = 0;
    for (const ObArena *a = ob->all_arenas; a; a = a->next_all) {
        free_pools += a->nfreepools;
        if (a->ntotalpools < OB_POOLS_PER_ARENA)   /* never in minipy: system_map */
            alignment += OB_POOL_SIZE;
        const ObPool *pool;
        FOR_EACH_CUT_POOL(a, pool) {
            if (pool->used == 0)
                continue;
            pools[pool->size_class]++;
            in_use[pool->size_class] += pool->used;
            avail[pool->size_class] += blocks_per_pool(pool->size_class) - pool->used;
        }
    }
    fprintf(out, "Small block threshold = %d, in %d size classes.\n\n",
            OB_SMALL_REQUEST_THRESHOLD, OB_SIZE_CLASSES);
    fputs("class   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n", out);
    size_t used_pools = 0, bytes_used = 0, bytes_avail = 0, quantization = 0;
    for (unsigned int c = 0; c < OB_SIZE_CLASSES; c++) {
        if (pools[c] == 0)
            continue;
        fprintf(out, "%5u %6zu %11zu %15zu %13zu\n",
                c, OB_CLASS_SIZE(c), pools[c], in_use[c], avail[c]);
        used_pools += pools[c];
        bytes_used += in_use[c] * OB_CLASS_SIZE(c);
        bytes_avail += avail[c] * OB_CLASS_SIZE(c);
        quantization += pools[c] * ((OB_POOL_SIZE - OB_POOL_OVERHEAD) % OB_CLASS_SIZE(c));
    }
    fputc('\n', out);
    print_line(out, "# arenas allocated total", ob->arenas_allocated);
    print_line(out, "# arenas reclaimed", ob->arenas_reclaimed);
    print_line(out, "# arenas highwater mark", ob->arenas_highwater);
    print_line(out, "# arenas allocated current", ob->arenas_current);
    char label[64];
    snprintf(label, sizeof label, "%zu arenas * %d bytes/arena",
             ob->arenas_current, OB_ARENA_SIZE);
    print_line(out, label, ob->arenas_current * OB_ARENA_SIZE);
    fputc('\n', out);
    print_line(out, "# bytes in allocated blocks", bytes_used);
    print_line(out, "# bytes in available blocks", bytes_avail);
    snprintf(label, sizeof label, "%zu unused pools * %d bytes", free_pools, OB_POOL_SIZE);
    print_line(out, label, free_pools * OB_POOL_SIZE);
    print_line(out, "# bytes lost to pool headers", used_pools * OB_POOL_OVERHEAD);
    print_line(out, "# bytes lost to quantization", quantization);
    print_line(out, "# bytes lost to arena alignment", alignment);
    print_line(out, "Total", bytes_used + bytes_avail + free_pools * OB_POOL_SIZE
                             + used_pools * OB_POOL_OVERHEAD + quantization + alignment);
}

/* One row per arena, one cell per pool: the cell's shade says how full the
 * pool is, its label the block size. */
void ob_write_dot(const ObAllocator *ob, FILE *out)
{
    fputs("digraph pools {\n"
          "  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.2];\n"
          "  node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];\n", out);
    /* all_arenas holds the newest first: number them in mapping order. */
    int index = 0;
    for (const ObArena *a = ob->all_arenas; a; a = a->next_all)
        index++;
    for (const ObArena *a = ob->all_arenas; a; a = a->next_all) {
        index--;
        fprintf(out, "  arena%d [label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\">\n"
                     "    <tr><td colspan=\"16\" bgcolor=\"#eeeeee\">arena %d: %u of %u pools free</td></tr>\n",
                index, index, a->nfreepools, a->ntotalpools);
        unsigned int cell = 0;
        const ObPool *pool;
        FOR_EACH_CUT_POOL(a, pool) {
            if (cell % 16 == 0)
                fputs("    <tr>", out);
            if (pool->used == 0) {
                fputs("<td bgcolor=\"white\">empty</td>", out);
            } else {
                unsigned int percent = pool->used * 100 / blocks_per_pool(pool->size_class);
                const char *shade = percent >= 100 ? "#2b6cb0" : percent >= 50 ? "#63a4e8"
                                  : percent >= 10 ? "#a9cdf2" : "#dbeafb";
                fprintf(out, "<td bgcolor=\"%s\">%zu</td>", shade, OB_CLASS_SIZE(pool->size_class));
            }
            if (++cell % 16 == 0)
                fputs("</tr>\n", out);
        }
        for (; cell < a->ntotalpools; cell++) {
            if (cell % 16 == 0)
                fputs("    <tr>", out);
            fputs("<td bgcolor=\"#f7f7f7\"> </td>", out);
            if ((cell + 1) % 16 == 0)
                fputs("</tr>\n", out);
        }
        if (cell % 16 != 0)
            fputs("</tr>\n", out);
        fputs("  </table>>];\n", out);
    }
    fputs("}\n", out);
}

#endif
