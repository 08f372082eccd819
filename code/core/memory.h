/* memory.h: the single allocation choke point.
 *
 * Every byte minipy takes from the C library goes through mem_alloc,
 * mem_realloc and mem_free, as every byte of clox goes through
 * reallocate() and every byte of Lua through luaM_realloc_. Having one door
 * gives the book one place to count allocations (the statistics printed by
 * --stats), and chapter 11 one place to put its pool allocator.
 *
 * mem_free takes the size of the block: the caller always knows it, and a
 * pool allocator needs it to find the pool the block came from.
 */
#ifndef MINIPY_MEMORY_H
#define MINIPY_MEMORY_H

#include <stddef.h>

#include "chapters.h"

/* In this order so that no two counters one request changes are next to
 * each other: the compiler would then update them with one vector
 * instruction, which costs more to set up than the two plain ones. */
typedef struct MemStats {
    size_t allocations;     /* blocks handed out since start-up */
    size_t frees;           /* blocks given back */
    size_t peak_bytes;      /* the largest bytes_in_use ever was */
    size_t bytes_in_use;    /* bytes currently handed out */
} MemStats;

/* Allocate `size` bytes. Never returns NULL: running out of memory is
 * fatal (minipy prints "MemoryError" and exits 1). For the fixed, small
 * blocks of the runtime's own structures. */
void *mem_alloc(size_t size);

/* Resize a block from old_size to new_size bytes (ptr may be NULL). */
void *mem_realloc(void *ptr, size_t old_size, size_t new_size);

/* The fallible door, for blocks whose size comes from the program (a list
 * repeated, a str joined, the digits of an int product): NULL when the
 * memory is refused, the block untouched by a failed resize. The caller
 * raises MemoryError (error_no_memory, error.h), as CPython's
 * PyMem_Malloc callers call PyErr_NoMemory. */
void *mem_try_alloc(size_t size);
void *mem_try_realloc(void *ptr, size_t old_size, size_t new_size);

/* Give back a block of `size` bytes (ptr may be NULL). */
void mem_free(void *ptr, size_t size);

#if CHAPTER >= CH_POOLS
/* A block the pools do not serve comes from malloc with this header in
 * front, on a list in the runtime, so that the allocator can give back
 * every block it handed out at exit, without a list of objects (16 bytes:
 * blocks stay 16-aligned; only blocks over 512 bytes pay it, unless
 * MINIPY_MALLOC=malloc sends every block to malloc). */
typedef struct LargeBlock {
    struct LargeBlock *prev, *next;
} LargeBlock;

/* Give back every block still handed out (malloc's and the pools'), then
 * the pools' arenas: the last thing at exit. */
void mem_finalize(void);
#endif

#ifdef MINIPY_FUZZ
/* Only in the fuzzer's build: where running out of memory goes instead of
 * exit(1), so that the fuzz target can free everything and take the next
 * input (tests/fuzz/fuzz_eval.c). */
extern void (*mem_fuzz_escape)(void);
#endif

/* Copy of the counters, for --stats and the unit tests. */
MemStats mem_stats(void);

#endif
