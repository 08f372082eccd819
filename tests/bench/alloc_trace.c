/* alloc_trace.c: chapter 11's allocator against the C library's malloc on
 * one synthetic trace of small-object churn (make bench-alloc).
 *
 * The trace is fixed (a linear congruential generator with a fixed seed):
 * a table of SLOTS live blocks; at each step a slot is picked, and if it
 * holds a block the block is freed, otherwise a block is allocated there.
 * Sizes follow a Python-like mix: mostly 16-64 bytes (ints, floats, small
 * tuples), some up to 512 (dicts, small lists' arrays). Both allocators
 * replay the same trace; each block is written to, so that neither gets
 * away with memory it never touches.
 *
 * Output, one line per allocator:
 *   NAME ns_per_op utilisation_percent
 * and a line `driver NS` for the trace's own cost: the same replay with a
 * LIFO stack of ready blocks as the allocator (two instructions a call),
 * i.e. the random slot, the generator and the write to a block that every
 * allocator's time includes;
 * utilisation: peak bytes requested / peak bytes taken from the system
 * (arenas for the pools; not measured for malloc, printed as -), then
 *   loss CAUSE percent ...
 * where the pools' bytes went at the moment the arenas peaked (the last
 * arena just mapped, so almost all of it uncut), as
 * sys._debugmallocstats() splits them, in per cent of the arenas' bytes,
 *   loss_at_live_peak CAUSE percent ...
 * the same at the moment the bytes requested peaked, and `touched UTIL`: peak bytes requested over the peak of the pools cut
 * from the arenas (the pages an arena never cut cost address space, not
 * memory).
 *
 * With file arguments (the malloc lab's traces of real minipy runs,
 * exercises/11-memory-pools/3-malloc-lab/traces/NAME.rep), each trace is
 * replayed instead, requests over 512 bytes going to malloc in both runs
 * as memory.c sends them:
 *   trace NAME ops malloc_ns pools_ns mapped_util touched_util
 * touched: over the pools cut from the arenas, the memory actually used,
 * rather than the arenas mapped (untouched pages of an arena cost address
 * space only).
 */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "obmalloc.h"

#define SLOTS 100000
#ifndef STEPS
#define STEPS 20000000     /* -DSTEPS=... for a short run under callgrind */
#endif

static uint32_t seed;
static uint32_t next_random(void)
{
    seed = seed * 1103515245u + 12345u;
    return seed >> 8;
}

static size_t pick_size(void)
{
    uint32_t r = next_random() % 100;
    if (r < 60)
        return 16 + next_random() % 49;        /* 16..64 */
    if (r < 90)
        return 65 + next_random() % 128;       /* 65..192 */
    return 193 + next_random() % 320;          /* 193..512 */
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

typedef struct Slot { void *block; size_t size; } Slot;

static ObAllocator pools;
static size_t live_bytes, peak_bytes, peak_arenas;

/* Where the arenas' bytes are at one moment (see ob_print_stats), in
 * bytes; `arenas` of them mapped then. */
typedef struct Census {
    size_t quantization, free_blocks, free_pools, headers, uncut, arenas;
} Census;

static Census at_arena_peak;    /* when the last arena of the peak is mapped */
static Census at_live_peak;     /* when the bytes requested peak */
static size_t live_small, census_live_peak;

static void take_census(Census *c)
{
    memset(c, 0, sizeof *c);
    c->arenas = pools.arenas_current;
    for (const ObArena *a = pools.all_arenas; a; a = a->next_all) {
        c->uncut += (size_t)(a->address + OB_ARENA_SIZE - a->pool_address);
        for (const uint8_t *p = a->address; p < a->pool_address; p += OB_POOL_SIZE) {
            const ObPool *pool = (const ObPool *)p;
            if (pool->used == 0) {
                c->free_pools += OB_POOL_SIZE;
                continue;
            }
            size_t size = OB_CLASS_SIZE(pool->size_class);
            size_t capacity = (OB_POOL_SIZE - OB_POOL_OVERHEAD) / size;
            c->headers += OB_POOL_OVERHEAD + (OB_POOL_SIZE - OB_POOL_OVERHEAD) % size;
            c->free_blocks += (capacity - pool->used) * size;
        }
    }
    /* Blocks in use hold live_small bytes requested; the rest of them is
     * rounding up to 16. */
    size_t in_blocks = (size_t)OB_ARENA_SIZE * c->arenas - c->uncut - c->free_pools
                       - c->headers - c->free_blocks;
    c->quantization = in_blocks - live_small;
}

static void print_census(const char *label, const Census *c)
{
    double total = (double)c->arenas * OB_ARENA_SIZE / 100.0;
    printf("%s quantization %.1f free_blocks %.1f free_pools %.1f headers %.1f uncut %.1f\n",
           label, (double)c->quantization / total, (double)c->free_blocks / total,
           (double)c->free_pools / total, (double)c->headers / total, (double)c->uncut / total);
}

static int census_wanted;
static size_t peak_touched;     /* bytes of pools cut, at most */

/* The census run's allocation: the timed runs call ob_alloc through
 * pools_alloc_timed, so that the pools pay no more of the driver's cost
 * than malloc does. */
static void *pools_alloc(size_t n)
{
    void *p = ob_alloc(&pools, n);
    if (pools.arenas_current > peak_arenas) {
        peak_arenas = pools.arenas_current;
        if (census_wanted) {
            live_small += n;
            take_census(&at_arena_peak);
            live_small -= n;
        }
    }
    if (census_wanted) {
        if (live_small + n > census_live_peak) {
            census_live_peak = live_small + n;
            live_small += n;
            take_census(&at_live_peak);
            live_small -= n;
        }
        size_t touched = 0;
        for (const ObArena *a = pools.all_arenas; a; a = a->next_all)
            touched += (size_t)(a->pool_address - a->address);
        if (touched > peak_touched)
            peak_touched = touched;
    }
    return p;
}
static void *pools_alloc_timed(size_t n) { return ob_alloc(&pools, n); }
static void pools_free(void *p) { ob_free(&pools, p); }
static void *libc_alloc(size_t n) { return malloc(n); }
static void libc_free(void *p) { free(p); }

/* The floor: blocks 64 bytes apart (the trace writes 16 bytes of each),
 * as many as there are slots, handed out and taken back last in, first
 * out, with nothing to look up. */
static uint8_t *floor_memory;
static void *floor_stack[SLOTS];
static size_t floor_depth;
static void *floor_alloc(size_t n) { (void)n; return floor_stack[--floor_depth]; }
static void floor_free(void *p) { floor_stack[floor_depth++] = p; }

static double replay(void *(*alloc)(size_t), void (*release)(void *), Slot *slots)
{
    seed = 12345;
    live_bytes = peak_bytes = 0;
    memset(slots, 0, SLOTS * sizeof *slots);
    double start = now();
    for (long step = 0; step < STEPS; step++) {
        Slot *s = &slots[next_random() % SLOTS];
        if (s->block) {
            release(s->block);
            live_bytes -= s->size;
            s->block = NULL;
        } else {
            s->size = pick_size();
            live_small = live_bytes;
            s->block = alloc(s->size);
            memset(s->block, 0x5a, 16);
            live_bytes += s->size;
            if (live_bytes > peak_bytes)
                peak_bytes = live_bytes;
        }
    }
    double elapsed = now() - start;
    for (long i = 0; i < SLOTS; i++)
        if (slots[i].block)
            release(slots[i].block);
    return elapsed;
}

static void synthetic(void)
{
    Slot *slots = malloc(SLOTS * sizeof *slots);
    floor_memory = malloc((size_t)SLOTS * 64);
    for (floor_depth = 0; floor_depth < SLOTS; floor_depth++)
        floor_stack[floor_depth] = floor_memory + (SLOTS - 1 - floor_depth) * (size_t)64;
    /* Once each to warm up, then the measured rounds, alternating. */
    replay(libc_alloc, libc_free, slots);
    replay(pools_alloc_timed, pools_free, slots);
    replay(floor_alloc, floor_free, slots);
    double best_libc = 1e9, best_pools = 1e9, best_floor = 1e9;
    for (int round = 0; round < 3; round++) {
        double t = replay(libc_alloc, libc_free, slots);
        if (t < best_libc)
            best_libc = t;
        t = replay(pools_alloc_timed, pools_free, slots);
        if (t < best_pools)
            best_pools = t;
        t = replay(floor_alloc, floor_free, slots);
        if (t < best_floor)
            best_floor = t;
    }
    /* Once more, not timed, from no arena at all, to find the arenas' peak
     * and where the bytes are then. */
    ob_finalize(&pools);
    peak_arenas = 0;
    census_wanted = 1;
    replay(pools_alloc, pools_free, slots);
    census_wanted = 0;
    printf("malloc %.1f -\n", best_libc * 1e9 / STEPS);
    printf("pools %.1f %.1f\n", best_pools * 1e9 / STEPS,
           100.0 * (double)peak_bytes / ((double)peak_arenas * OB_ARENA_SIZE));
    printf("driver %.1f\n", best_floor * 1e9 / STEPS);
    printf("touched %.1f\n", 100.0 * (double)peak_bytes / (double)peak_touched);
    print_census("loss", &at_arena_peak);
    print_census("loss_at_live_peak", &at_live_peak);
    ob_finalize(&pools);
    free(floor_memory);
    free(slots);
}

/* ---- recorded traces ---------------------------------------------------- */

typedef struct Op { char kind; unsigned id; size_t size; } Op;

static Op *ops;
static size_t nops, nids;

static void load_trace(const char *path)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        exit(1);
    }
    size_t cap = 1024;
    nops = nids = 0;
    ops = realloc(ops, cap * sizeof *ops);
    char line[128];
    while (fgets(line, sizeof line, f)) {
        Op op = {0, 0, 0};
        if (line[0] == '#' || sscanf(line, " %c %u %zu", &op.kind, &op.id, &op.size) < 2)
            continue;
        if (nops == cap)
            ops = realloc(ops, (cap *= 2) * sizeof *ops);
        ops[nops++] = op;
        if (op.id + 1 > nids)
            nids = op.id + 1;
    }
    fclose(f);
}

/* As memory.c dispatches: 1..512 bytes to the pools, the rest to malloc;
 * a resize within a class keeps the block. use_pools 0: malloc for all. */
static void *t_alloc(int use_pools, size_t n)
{
    return use_pools && n <= OB_SMALL_REQUEST_THRESHOLD ? ob_alloc(&pools, n) : malloc(n);
}

static void t_free(int use_pools, void *p, size_t n)
{
    if (use_pools && n <= OB_SMALL_REQUEST_THRESHOLD)
        ob_free(&pools, p);
    else
        free(p);
}

static void *t_realloc(int use_pools, void *p, size_t old, size_t n)
{
    if (!use_pools)
        return realloc(p, n);
    int old_small = old <= OB_SMALL_REQUEST_THRESHOLD, new_small = n <= OB_SMALL_REQUEST_THRESHOLD;
    if (old_small && new_small && OB_SIZE_CLASS(old) == OB_SIZE_CLASS(n))
        return p;
    if (!old_small && !new_small)
        return realloc(p, n);
    void *q = t_alloc(1, n);
    memcpy(q, p, old < n ? old : n);
    t_free(1, p, old);
    return q;
}

/* One replay; with `measure`, the pools' peaks are followed. */
static double replay_ops(int use_pools, Slot *blocks, int measure, size_t *peak_mapped,
                         size_t *peak_touched, size_t *peak_small)
{
    size_t small = 0;
    memset(blocks, 0, nids * sizeof *blocks);
    double start = now();
    for (size_t i = 0; i < nops; i++) {
        const Op *op = &ops[i];
        Slot *b = &blocks[op->id];
        if (op->kind == 'a') {
            b->block = t_alloc(use_pools, op->size);
            memset(b->block, 0x5a, 16);
            b->size = op->size;
        } else if (op->kind == 'f') {
            t_free(use_pools, b->block, b->size);
        } else {
            b->block = t_realloc(use_pools, b->block, b->size, op->size);
        }
        if (measure) {
            size_t before = b->size <= OB_SMALL_REQUEST_THRESHOLD ? b->size : 0;
            size_t after = op->kind == 'f' || op->size > OB_SMALL_REQUEST_THRESHOLD ? 0 : op->size;
            if (op->kind == 'a')
                before = 0;
            small = small - before + after;
            if (small > *peak_small)
                *peak_small = small;
            if (pools.arenas_current * OB_ARENA_SIZE > *peak_mapped)
                *peak_mapped = pools.arenas_current * OB_ARENA_SIZE;
            size_t touched = 0;
            for (const ObArena *a = pools.all_arenas; a; a = a->next_all)
                touched += (size_t)(a->pool_address - a->address);
            if (touched > *peak_touched)
                *peak_touched = touched;
        }
        if (op->kind == 'r')
            b->size = op->size;
        else if (op->kind == 'f')
            b->block = NULL;
    }
    double elapsed = now() - start;
    for (size_t id = 0; id < nids; id++)
        if (blocks[id].block)
            t_free(use_pools, blocks[id].block, blocks[id].size);
    return elapsed;
}

static void recorded(const char *path)
{
    load_trace(path);
    Slot *blocks = malloc((nids + 1) * sizeof *blocks);
    size_t mapped = 0, touched = 0, small = 0;
    ob_finalize(&pools);
    replay_ops(1, blocks, 1, &mapped, &touched, &small);
    ob_finalize(&pools);
    /* Short traces: many rounds of each, alternating, the best kept. */
    double best[2] = {1e9, 1e9};
    for (int round = 0; round < 30; round++)
        for (int use_pools = 0; use_pools < 2; use_pools++) {
            double t = replay_ops(use_pools, blocks, 0, NULL, NULL, NULL);
            if (t < best[use_pools])
                best[use_pools] = t;
        }
    const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    printf("trace %s %zu %.1f %.1f %.1f %.1f\n", name, nops, best[0] * 1e9 / (double)nops,
           best[1] * 1e9 / (double)nops, 100.0 * (double)small / (double)mapped,
           100.0 * (double)small / (double)touched);
    free(blocks);
    ob_finalize(&pools);
}

int main(int argc, char **argv)
{
    if (argc == 1)
        synthetic();
    for (int i = 1; i < argc; i++)
        recorded(argv[i]);
    free(ops);
    return 0;
}
