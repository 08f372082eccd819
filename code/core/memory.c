/* memory.c: the allocation choke point (see memory.h). */
#include "memory.h"

#include <stdio.h>
#include <stdlib.h>

#include "runtime.h"

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
    /* Nothing can be allocated, so not even an exception object: say so
     * the way CPython's fatal error path does and stop. */
    fputs("MemoryError\n", stderr);
    exit(1);
}

void *mem_alloc(size_t size)
{
    void *block = malloc(size ? size : 1);
    if (block == NULL)
        out_of_memory();
    count_alloc(size);
    return block;
}

void *mem_realloc(void *ptr, size_t old_size, size_t new_size)
{
    if (ptr == NULL)
        return mem_alloc(new_size);
    void *block = realloc(ptr, new_size ? new_size : 1);
    if (block == NULL)
        out_of_memory();
    /* A resize is one block given back and one handed out. */
    count_free(old_size);
    count_alloc(new_size);
    return block;
}

void mem_free(void *ptr, size_t size)
{
    if (ptr == NULL)
        return;
    count_free(size);
    free(ptr);
}

MemStats mem_stats(void)
{
    return runtime.mem;
}
