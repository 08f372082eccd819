/* mm.c: a reference answer to the malloc lab (exercise 11-3).
 *
 * Small blocks (up to 512 bytes) the way chapter 11's pools serve them:
 * 32 size classes of 16 bytes, one LIFO free list per class threaded
 * through the free blocks themselves. Since mm_free is told the size, no
 * block needs a header, and there are no pools either: a fresh block is
 * carved from the top of the heap, so a class takes only what it uses.
 *
 * Large blocks (over 512 bytes) are rounded to 16 and kept, when free, on
 * one list in address order, where neighbours merge; it is searched
 * best-fit, and a block found too big is split. A range that ends at the
 * top of the heap goes back to the top, and a large block at the top grows
 * in place when resized: a growing list's array, often the last thing
 * allocated, then does not move.
 */
#include <string.h>

#include "mm.h"

#define SMALL_MAX   512
#define CLASSES     (SMALL_MAX / MM_ALIGNMENT)
#define CHUNK       4096            /* heap growth step: little slack at the end */

#define ROUND(n)    (((n) + MM_ALIGNMENT - 1) & ~(size_t)(MM_ALIGNMENT - 1))
#define CLASS(n)    (((n) - 1) >> 4)

typedef struct Free { struct Free *next; } Free;
typedef struct Large { size_t size; struct Large *next; } Large;

static Free *free_small[CLASSES];
static Large *free_large;
static unsigned char *top, *end;    /* the unused part of what mem_sbrk gave */

int mm_init(void)
{
    memset(free_small, 0, sizeof free_small);
    free_large = NULL;
    top = end = (unsigned char *)mem_heap_lo() + mem_heapsize();
    return 0;
}

/* size bytes (a multiple of 16) from the top, growing the heap by at
 * least a chunk when the top is too short. */
static void *carve(size_t size)
{
    if ((size_t)(end - top) < size) {
        size_t grow = size - (size_t)(end - top);
        grow = grow < CHUNK ? CHUNK : ROUND(grow);
        if (mem_sbrk((intptr_t)grow) == NULL)
            return NULL;
        end += grow;
    }
    void *p = top;
    top += size;
    return p;
}

static void small_push(void *p, size_t size)
{
    Free *b = p;
    Free **head = &free_small[CLASS(size)];
    b->next = *head;
    *head = b;
}

/* A free range of size bytes (a multiple of 16). The large free list is
 * kept in address order, so that a range merges with a free neighbour on
 * either side when it joins the list; a range that ends at the top of the
 * heap goes back to the top. */
static void large_push(unsigned char *p, size_t size)
{
    if (size <= SMALL_MAX) {
        small_push(p, size);
        return;
    }
    Large *prev = NULL, *next = free_large;
    while (next && (unsigned char *)next < p) {
        prev = next;
        next = next->next;
    }
    if (next && p + size == (unsigned char *)next) {    /* merge with next */
        size += next->size;
        next = next->next;
    }
    if (prev && (unsigned char *)prev + prev->size == p) {   /* with prev */
        p = (unsigned char *)prev;
        size += prev->size;
        prev = NULL;
        for (Large *b = free_large; b != (Large *)p; b = b->next)
            prev = b;
    }
    if (p + size == top) {          /* the top takes it back */
        top = p;
        if (prev)
            prev->next = NULL;
        else
            free_large = NULL;
        return;
    }
    Large *b = (Large *)p;
    b->size = size;
    b->next = next;
    if (prev)
        prev->next = b;
    else
        free_large = b;
}

static void *large_alloc(size_t size)
{
    Large **best = NULL;
    for (Large **at = &free_large; *at; at = &(*at)->next)
        if ((*at)->size >= size && (best == NULL || (*at)->size < (*best)->size)) {
            best = at;
            if ((*at)->size == size)
                break;
        }
    if (best == NULL)
        return carve(size);
    Large *b = *best;
    *best = b->next;
    if (b->size > size)             /* the rest stays free */
        large_push((unsigned char *)b + size, b->size - size);
    return b;
}

void *mm_malloc(size_t size)
{
    size = ROUND(size);
    if (size > SMALL_MAX)
        return large_alloc(size);
    Free **head = &free_small[CLASS(size)];
    Free *b = *head;
    if (b == NULL)
        return carve(size);
    *head = b->next;
    return b;
}

void mm_free(void *ptr, size_t size)
{
    size = ROUND(size);
    if (size > SMALL_MAX)
        large_push(ptr, size);
    else
        small_push(ptr, size);
}

/* Grow a large block in place when the free range right after it is big
 * enough: what is left of that range stays free. */
static int grow_into_next(unsigned char *p, size_t old_r, size_t new_r)
{
    Large **at = &free_large;
    while (*at && (unsigned char *)*at < p + old_r)
        at = &(*at)->next;
    Large *next = *at;
    if (next == NULL || (unsigned char *)next != p + old_r || old_r + next->size < new_r)
        return 0;
    size_t rest = old_r + next->size - new_r;
    *at = next->next;
    if (rest > 0)
        large_push(p + new_r, rest);
    return 1;
}

void *mm_realloc(void *ptr, size_t old_size, size_t new_size)
{
    size_t old_r = ROUND(old_size), new_r = ROUND(new_size);
    if (old_r == new_r)
        return ptr;
    unsigned char *p = ptr;
    if (old_r > SMALL_MAX && p + old_r == top) {
        /* The last block of the heap: move the top instead of the block. */
        top = p;
        if (carve(new_r) == NULL) {
            top = p + old_r;
            return NULL;
        }
        return p;
    }
    if (old_r > SMALL_MAX && new_r > old_r && grow_into_next(p, old_r, new_r))
        return p;
    if (old_r > SMALL_MAX && new_r > SMALL_MAX && new_r < old_r) {
        large_push(p + new_r, old_r - new_r);   /* shrink in place */
        return p;
    }
    void *q = mm_malloc(new_size);
    if (q == NULL)
        return NULL;
    memcpy(q, ptr, old_size < new_size ? old_size : new_size);
    mm_free(ptr, old_size);
    return q;
}
