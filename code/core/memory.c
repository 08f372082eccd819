/* memory.c: the allocation choke point (see memory.h). */
#include "memory.h"

#include <stdio.h>
#include <stdlib.h>

#include "runtime.h"

#if CHAPTER >= CH_POOLS
#include <string.h>

#include "obmalloc.h"

/* The rarer paths of the door, out of line: the common one then saves no
 * registers. */
#if defined(__GNUC__)
#define DOOR_APART __attribute__((noinline))
#else
#define DOOR_APART
#endif

/* region pools_in_use */
/* Small requests go to the pools unless MINIPY_MALLOC=malloc says to use
 * the C library for everything (CPython's PYTHONMALLOC=malloc, which is
 * what memory checkers such as valgrind want). Decided once, at the first
 * allocation: a block must be freed by the allocator that made it. */
static void decide_mem_mode(void)
{
    const char *choice = getenv("MINIPY_MALLOC");
    runtime.mem_mode = choice && strcmp(choice, "malloc") == 0 ? MEM_MODE_MALLOC
                                                               : MEM_MODE_POOLS;
}

/* On every request, so kept small enough to be inlined: the getenv above
 * runs once, out of the way. */
static inline bool pools_in_use(void)
{
    if (runtime.mem_mode == MEM_MODE_UNDECIDED)
        decide_mem_mode();
    return runtime.mem_mode == MEM_MODE_POOLS;
}

/* 1 to 512 bytes; 0 goes to malloc too, as in CPython (size - 1 wraps
 * round to the largest size_t, so one comparison tests both ends). */
static inline bool is_small(size_t size)
{
    return size - 1 < OB_SMALL_REQUEST_THRESHOLD && pools_in_use();
}

static LargeBlock *large_head(void)
{
    LargeBlock *head = &runtime.large_blocks;
    if (head->next == NULL)
        head->next = head->prev = head;
    return head;
}

static void large_link(LargeBlock *block)
{
    LargeBlock *head = large_head();
    block->prev = head->prev;
    block->next = head;
    head->prev->next = block;
    head->prev = block;
}

static void large_unlink(LargeBlock *block)
{
    block->prev->next = block->next;
    block->next->prev = block->prev;
}

/* A request the pools do not serve, with its LargeBlock in front. While
 * the pools are in use these blocks are counted, as CPython's
 * raw_allocated_blocks, so that sys.getallocatedblocks() counts every
 * block handed out. */
static void *large_alloc(size_t size)
{
    LargeBlock *block = malloc(sizeof(LargeBlock) + size);
    if (block == NULL)
        return NULL;
    large_link(block);
    if (runtime.mem_mode == MEM_MODE_POOLS)
        runtime.pools.raw_allocated_blocks++;
    return block + 1;
}

static void large_free(void *ptr)
{
    LargeBlock *block = (LargeBlock *)ptr - 1;
    large_unlink(block);
    free(block);
    if (runtime.mem_mode == MEM_MODE_POOLS)
        runtime.pools.raw_allocated_blocks--;
}

static void *large_realloc(void *ptr, size_t new_size)
{
    LargeBlock *block = (LargeBlock *)ptr - 1;
    large_unlink(block);
    LargeBlock *moved = realloc(block, sizeof(LargeBlock) + new_size);
    if (moved == NULL) {
        large_link(block);
        return NULL;
    }
    large_link(moved);
    return moved + 1;
}
/* endregion */
#endif

static void count_alloc(size_t size)
{
    MemStats *s = &runtime.mem;
    s->allocations++;
    s->bytes_in_use += size;
    if (s->bytes_in_use > s->peak_bytes)
        s->peak_bytes = s->bytes_in_use;
}

static void count_free(size_t size)
{
    runtime.mem.frees++;
    runtime.mem.bytes_in_use -= size;
}

static void out_of_memory(void)
{
#ifdef MINIPY_FUZZ
    mem_fuzz_escape();          /* back to the fuzz target; never returns */
#endif
    /* An allocation of a fixed, small size failed (mem_alloc's callers
     * cannot fail): memory is gone, not merely refused for one big
     * request. Say so the way CPython's fatal error path does and stop.
     * A request whose size comes from the program goes through
     * mem_try_alloc and becomes an ordinary MemoryError instead. */
    fputs("MemoryError\n", stderr);
    exit(1);
}

/* No block of a terabyte or more is asked of the C library: no machine
 * this book runs on could give one, and the sanitizers' malloc stops the
 * program at that size instead of returning NULL. `"x" * 2**62` is then
 * the same MemoryError everywhere, as CPython's is. */
#define MEM_MAX_BLOCK ((size_t)1 << 40)

#ifdef MINIPY_FAIL_ALLOC
/* Only in the injection build (tests/inject/sweep.py): MINIPY_FAIL_AT=N
 * makes the Nth allocation or resize since start-up fail, as if malloc had
 * returned NULL; MINIPY_FAIL_AT=0 fails none and prints the count at exit,
 * so that a sweep knows how many points there are. */
static unsigned long fail_count, fail_at;

static void fail_report(void)
{
    fprintf(stderr, "minipy: %lu allocations\n", fail_count);
}

static bool fail_now(void)
{
    if (fail_count++ == 0) {
        const char *text = getenv("MINIPY_FAIL_AT");
        fail_at = text ? strtoul(text, NULL, 10) : 0;
        if (text && fail_at == 0)
            atexit(fail_report);
    }
    return fail_count == fail_at;
}
#define ALLOC_FAILS(size) (fail_now() || (size) > MEM_MAX_BLOCK)
#elif defined(MINIPY_FUZZ)
/* The fuzzer's build: one input may hold FUZZ_MEMORY_MAX bytes, far below
 * the fuzzer's own limit, so that `[0] * 10**9` is this runtime's
 * MemoryError and not the fuzzer's out-of-memory finding; and one block
 * is at most FUZZ_BLOCK_MAX bytes, because an int's arithmetic is
 * quadratic in its size: `10**10**20` would run for hours (as in CPython)
 * and be reported as a hang. 64 KB is an int of 17,000 30-bit digits,
 * a list of 8,000 items, a second at most for any one operation. */
#define FUZZ_MEMORY_MAX ((size_t)256 << 20)
#define FUZZ_BLOCK_MAX ((size_t)64 << 10)
void (*mem_fuzz_escape)(void);
#define ALLOC_FAILS(size) \
    ((size) > FUZZ_BLOCK_MAX || (size) > FUZZ_MEMORY_MAX - runtime.mem.bytes_in_use)
#else
#define ALLOC_FAILS(size) ((size) > MEM_MAX_BLOCK)
#endif

#if CHAPTER >= CH_POOLS
/* region record_allocs */
/* Only in the recording build (exercises/11-memory-pools/3-malloc-lab/
 * record.py): every allocation, resize and free is written to the file
 * named by MINIPY_ALLOC_LOG, one line each, so that the malloc lab's
 * traces are real minipy runs. Compiled out of every other build. */
#ifdef MINIPY_RECORD_ALLOCS
static FILE *record_file(void)
{
    static FILE *log;
    if (log == NULL) {
        const char *path = getenv("MINIPY_ALLOC_LOG");
        log = path ? fopen(path, "w") : stderr;
        if (log == NULL)
            log = stderr;
    }
    return log;
}
#define RECORD(...) fprintf(record_file(), __VA_ARGS__)
#else
#define RECORD(...) ((void)0)
#endif
/* endregion */

/* region mem_alloc */
/* A request the pools serve as it stands: 512 bytes or less, the pools in
 * use (and, from chapter 12, nothing traced). The mode is read, not
 * decided: the very first request finds it undecided and takes the other
 * path, which decides. */
static inline bool pools_serve(size_t size)
{
#if CHAPTER >= CH_LEAKS
    if (runtime.traces.tracing)
        return false;
#endif
    return size - 1 < OB_SMALL_REQUEST_THRESHOLD && runtime.mem_mode == MEM_MODE_POOLS;
}

static inline void *counted(void *block, size_t size)
{
    count_alloc(size);
    RECORD("a %p %zu\n", block, size);
    return block;
}

/* The pool of the size class has no second block ready, or there is no
 * such pool: ob_alloc decides. */
DOOR_APART static void *small_alloc_slow(size_t size)
{
    void *block = ob_alloc(&runtime.pools, size);
    return block != NULL ? counted(block, size) : NULL;
}

/* A block of malloc's, a traced one, or the first request of all. */
DOOR_APART static void *other_alloc(size_t size)
{
    void *block = is_small(size) ? ob_alloc(&runtime.pools, size) : large_alloc(size);
    if (block == NULL)
        return NULL;
    counted(block, size);
#if CHAPTER >= CH_LEAKS
    if (runtime.traces.tracing)
        traces_add(block, size);
#endif
    return block;
}

/* mem_try_alloc's body, inline in both doors (mem_alloc below). The
 * common request is served here without a call: ob_pop takes a block
 * from a pool that keeps another one ready. */
static inline void *try_alloc(size_t size)
{
    if (!pools_serve(size))
        return ALLOC_FAILS(size) ? NULL : other_alloc(size);
    if (ALLOC_FAILS(size))
        return NULL;
    void *block = ob_pop(&runtime.pools, size);
    return block != NULL ? counted(block, size) : small_alloc_slow(size);
}
/* endregion */

/* Within one size class the block already fits; across classes, or between
 * the pools and malloc, the contents move to a new block. */
static void *move_block(void *ptr, size_t old_size, size_t new_size)
{
    bool old_small = is_small(old_size), new_small = is_small(new_size);
    if (old_small && new_small && OB_SIZE_CLASS(old_size) == OB_SIZE_CLASS(new_size))
        return ptr;
    if (!old_small && !new_small)
        return large_realloc(ptr, new_size);
    void *block = new_small ? ob_alloc(&runtime.pools, new_size) : large_alloc(new_size);
    if (block == NULL)
        return NULL;
    memcpy(block, ptr, old_size < new_size ? old_size : new_size);
    if (old_small)
        ob_free(&runtime.pools, ptr);
    else
        large_free(ptr);
    return block;
}

/* A free that is not a pool block's, or that tracemalloc traces: out of
 * line, so that the common free below saves no registers. */
DOOR_APART static void free_traced_or_large(void *ptr, size_t size)
{
#if CHAPTER >= CH_LEAKS
    if (runtime.traces.tracing)
        traces_remove(ptr);
#endif
    if (is_small(size))
        ob_free(&runtime.pools, ptr);
    else
        large_free(ptr);
}

/* The common free pushes the block back inline (ob_push) and makes no
 * call; ob_free takes the pools whose state changes. */
void mem_free(void *ptr, size_t size)
{
    if (ptr == NULL)
        return;
    count_free(size);
    RECORD("f %p %zu\n", ptr, size);
    if (!pools_serve(size))
        free_traced_or_large(ptr, size);
    else if (!ob_push(ptr))
        ob_free(&runtime.pools, ptr);
}

void mem_finalize(void)
{
    LargeBlock *head = large_head();
    while (head->next != head)
        large_free(head->next + 1);
    ob_finalize(&runtime.pools);
}
#else
static inline void *try_alloc(size_t size)
{
    if (ALLOC_FAILS(size))
        return NULL;
    void *block = malloc(size ? size : 1);
    if (block == NULL)
        return NULL;
    count_alloc(size);
    return block;
}

/* Before chapter 11 a resize is the C library's. */
static void *move_block(void *ptr, size_t old_size, size_t new_size)
{
    (void)old_size;
    return realloc(ptr, new_size ? new_size : 1);
}

#define RECORD(...) ((void)0)

void mem_free(void *ptr, size_t size)
{
    if (ptr == NULL)
        return;
    count_free(size);
    free(ptr);
}
#endif

void *mem_try_alloc(size_t size)
{
    return try_alloc(size);
}

void *mem_try_realloc(void *ptr, size_t old_size, size_t new_size)
{
    if (ptr == NULL)
        return try_alloc(new_size);
    if (ALLOC_FAILS(new_size))
        return NULL;
    void *block = move_block(ptr, old_size, new_size);
    if (block == NULL)
        return NULL;
    /* A resize is one block given back and one handed out. */
    count_free(old_size);
    count_alloc(new_size);
    RECORD("r %p %zu %p %zu\n", ptr, old_size, block, new_size);
#if CHAPTER >= CH_LEAKS
    /* A resize is traced as the old block freed and a new one handed out
     * at the line that resized it, as tracemalloc records a realloc. */
    if (runtime.traces.tracing) {
        traces_remove(ptr);
        traces_add(block, new_size);
    }
#endif
    return block;
}

/* The doors that cannot fail, the same in every chapter: the runtime's own
 * structures have fixed, small sizes, so a refusal means memory is gone. */
void *mem_alloc(size_t size)
{
    void *block = try_alloc(size);
    if (block == NULL)
        out_of_memory();
    return block;
}

void *mem_realloc(void *ptr, size_t old_size, size_t new_size)
{
    void *block = mem_try_realloc(ptr, old_size, new_size);
    if (block == NULL)
        out_of_memory();
    return block;
}

MemStats mem_stats(void)
{
    return runtime.mem;
}
