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
 * utilisation: peak bytes requested / peak bytes taken from the system
 * (arenas for the pools; not measured for malloc, printed as -).
 */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "obmalloc.h"

#define SLOTS 100000
#define STEPS 20000000

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

static void *pools_alloc(size_t n)
{
    void *p = ob_alloc(&pools, n);
    if (pools.arenas_current > peak_arenas)
        peak_arenas = pools.arenas_current;
    return p;
}
static void pools_free(void *p) { ob_free(&pools, p); }
static void *libc_alloc(size_t n) { return malloc(n); }
static void libc_free(void *p) { free(p); }

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

int main(void)
{
    Slot *slots = malloc(SLOTS * sizeof *slots);
    /* Once each to warm up, then the measured rounds, alternating. */
    replay(libc_alloc, libc_free, slots);
    replay(pools_alloc, pools_free, slots);
    double best_libc = 1e9, best_pools = 1e9;
    for (int round = 0; round < 3; round++) {
        double t = replay(libc_alloc, libc_free, slots);
        if (t < best_libc)
            best_libc = t;
        peak_arenas = 0;
        t = replay(pools_alloc, pools_free, slots);
        if (t < best_pools)
            best_pools = t;
    }
    printf("malloc %.1f -\n", best_libc * 1e9 / STEPS);
    printf("pools %.1f %.1f\n", best_pools * 1e9 / STEPS,
           100.0 * (double)peak_bytes / ((double)peak_arenas * OB_ARENA_SIZE));
    ob_finalize(&pools);
    free(slots);
    return 0;
}
