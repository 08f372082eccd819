/* mm.h: the interface of the malloc lab (exercise 11-3).
 *
 * Your allocator, in mm.c, gets all its memory from mem_sbrk, a simulated
 * system heap that only grows, and hands out blocks of it. The driver
 * (mdriver.c) replays traces of allocations and frees against it.
 *
 * The free and resize calls pass the size the block was asked for, as
 * minipy's mem_free(ptr, size) does: your allocator need not store it.
 */
#ifndef MM_H
#define MM_H

#include <stddef.h>
#include <stdint.h>

#define MM_ALIGNMENT 16     /* every block must start on a multiple of 16 */

/* Called once before each trace: forget everything, the heap is empty. */
int mm_init(void);

/* A block of at least size bytes (size >= 1), 16-byte aligned, inside the
 * heap, overlapping no other live block; NULL only if mem_sbrk fails. */
void *mm_malloc(size_t size);

/* Give back a live block; size is what mm_malloc (or mm_realloc) was
 * asked for. */
void mm_free(void *ptr, size_t size);

/* Resize a live block of old_size bytes to new_size (>= 1): the first
 * min(old_size, new_size) bytes keep their contents, the block may move. */
void *mm_realloc(void *ptr, size_t old_size, size_t new_size);

/* ---- provided by the driver: the simulated system ---------------------- */

/* Extend the heap by incr bytes (incr >= 0) and return the old end, as
 * sbrk(2) does; NULL when the heap (64 MiB) is exhausted. The heap starts
 * on a 64 KiB boundary and is one contiguous range. */
void *mem_sbrk(intptr_t incr);

/* The first byte of the heap, and how many bytes mem_sbrk handed out so
 * far: the denominator of your utilisation. */
void *mem_heap_lo(void);
size_t mem_heapsize(void);

#endif
