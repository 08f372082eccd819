/* mdriver.c: replays one trace against mm.c and checks every block
 * (exercise 11-3, the malloc lab).
 *
 *     mdriver TRACE
 *     mdriver --count TRACE...
 *
 * prints one line:
 *     OK ops=N peak=BYTES heap=BYTES
 * or  FAIL op N (`a 12 48`): what went wrong
 * and exits 0 or 1. The grader runs it twice: natively, to check the
 * blocks, and with --count under callgrind --toggle-collect='mm_*', to
 * count the instructions spent inside the allocator (a count, unlike a
 * time, is the same on every run, however loaded the machine). --count
 * skips the checks, which the first run made, so that callgrind has less
 * to simulate, and replays several traces in one process, each on a fresh
 * heap after its own mm_init: callgrind's --dump-before=mm_init then
 * writes one count per trace.
 *
 * A trace is one operation per line, on blocks named by small integers:
 *     a ID SIZE     allocate SIZE bytes as block ID
 *     r ID SIZE     resize block ID to SIZE bytes
 *     f ID          free block ID
 * Lines starting with # are comments.
 *
 * The checks: every block is 16-byte aligned, lies inside the heap, and
 * overlaps no live block (a bitmap of the heap's bytes in use); every
 * block is filled with a pattern of its own when handed out, and the
 * pattern must be intact when the block is resized or freed and at the
 * end, so that an allocator that writes into a live block (its free list
 * links, a header too close) is caught.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mm.h"

#define HEAP_MAX ((size_t)64 << 20)
#define HEAP_ALIGN ((size_t)64 << 10)

/* ---- the simulated system heap ---------------------------------------- */

static unsigned char *heap, *heap_brk;

void *mem_sbrk(intptr_t incr)
{
    if (incr < 0 || (size_t)incr > HEAP_MAX - (size_t)(heap_brk - heap))
        return NULL;
    void *old = heap_brk;
    heap_brk += incr;
    return old;
}

void *mem_heap_lo(void) { return heap; }
size_t mem_heapsize(void) { return (size_t)(heap_brk - heap); }

/* ---- the trace ---------------------------------------------------------- */

typedef struct Op { char kind; long id; size_t size; } Op;
typedef struct Block { unsigned char *ptr; size_t size; } Block;

static Op *ops;
static long nops, nids;
static Block *blocks;
static unsigned char *in_use;       /* one bit per heap byte */
static long current_op = -1;

static void fail(const char *fmt, const char *detail)
{
    const Op *op = &ops[current_op];
    if (op->kind == 'f')
        printf("FAIL op %ld (`f %ld`): ", current_op + 1, op->id);
    else
        printf("FAIL op %ld (`%c %ld %zu`): ", current_op + 1, op->kind, op->id, op->size);
    printf(fmt, detail);
    putchar('\n');
    exit(1);
}

static void read_trace(const char *path)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        printf("FAIL cannot open %s\n", path);
        exit(2);
    }
    long cap = 1024;
    ops = malloc((size_t)cap * sizeof *ops);
    char line[128];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        Op op = {0, 0, 0};
        int n = sscanf(line, " %c %ld %zu", &op.kind, &op.id, &op.size);
        int want = op.kind == 'f' ? 2 : 3;
        if (n < want || op.id < 0 || (op.kind != 'f' && (op.size == 0 || op.size > (1u << 24)))
            || (op.kind != 'a' && op.kind != 'r' && op.kind != 'f')) {
            printf("FAIL %s: bad line %s", path, line);
            exit(2);
        }
        if (nops == cap)
            ops = realloc(ops, (size_t)(cap *= 2) * sizeof *ops);
        ops[nops++] = op;
        if (op.id + 1 > nids)
            nids = op.id + 1;
    }
    fclose(f);
}

/* ---- the checks --------------------------------------------------------- */

static unsigned char pattern(long id, size_t k)
{
    return (unsigned char)(id * 131 + (long)(k * 7) + 1);
}

static void fill(long id)
{
    for (size_t k = 0; k < blocks[id].size; k++)
        blocks[id].ptr[k] = pattern(id, k);
}

static void verify(long id, size_t upto)
{
    for (size_t k = 0; k < upto; k++)
        if (blocks[id].ptr[k] != pattern(id, k)) {
            char what[96];
            snprintf(what, sizeof what, "block %ld, byte %zu of %zu", id, k, blocks[id].size);
            fail("%s was overwritten while the block was live", what);
        }
}

static void mark(unsigned char *p, size_t size, int used)
{
    size_t at = (size_t)(p - heap);
    for (size_t k = at; k < at + size; k++) {
        unsigned char bit = (unsigned char)(1u << (k & 7));
        if (used) {
            if (in_use[k >> 3] & bit) {
                for (long id = 0; id < nids; id++) {
                    const Block *b = &blocks[id];
                    if (b->ptr && heap + k >= b->ptr && heap + k < b->ptr + b->size) {
                        char what[64];
                        snprintf(what, sizeof what, "%ld", id);
                        fail("the new block overlaps live block %s", what);
                    }
                }
                fail("the new block overlaps a live block%s", "");
            }
            in_use[k >> 3] |= bit;
        } else {
            in_use[k >> 3] &= (unsigned char)~bit;
        }
    }
}

static void check_new(unsigned char *p, size_t size)
{
    if (p == NULL)
        fail("the allocator returned NULL%s", "");
    if ((uintptr_t)p % MM_ALIGNMENT != 0)
        fail("the block is not 16-byte aligned%s", "");
    if (p < heap || p + size > heap_brk)
        fail("the block is not inside the heap mem_sbrk handed out%s", "");
}

static int replay(const char *path, int checking)
{
    nops = nids = 0;
    read_trace(path);
    heap_brk = heap;
    if (checking)
        memset(in_use, 0, HEAP_MAX / 8);
    free(blocks);
    blocks = calloc((size_t)nids + 1, sizeof *blocks);
    if (blocks == NULL) {
        puts("FAIL the driver is out of memory");
        return 2;
    }
    if (mm_init() < 0) {
        puts("FAIL mm_init failed");
        return 1;
    }
    size_t live = 0, peak = 0;
    for (current_op = 0; current_op < nops; current_op++) {
        const Op *op = &ops[current_op];
        Block *b = &blocks[op->id];
        if ((op->kind == 'a') == (b->ptr != NULL)) {
            printf("FAIL the trace %s is inconsistent at op %ld\n", path, current_op + 1);
            return 2;
        }
        if (!checking) {
            if (op->kind == 'a')
                b->ptr = mm_malloc(op->size);
            else if (op->kind == 'f')
                mm_free(b->ptr, b->size);
            else
                b->ptr = mm_realloc(b->ptr, b->size, op->size);
            b->size = op->kind == 'f' ? 0 : op->size;
            if (op->kind == 'f')
                b->ptr = NULL;
            else if (b->ptr == NULL)
                fail("the allocator returned NULL%s", "");
            continue;
        }
        if (op->kind == 'a') {
            unsigned char *p = mm_malloc(op->size);
            check_new(p, op->size);
            mark(p, op->size, 1);
            b->ptr = p;
            b->size = op->size;
            fill(op->id);
            live += op->size;
        } else if (op->kind == 'f') {
            verify(op->id, b->size);
            mark(b->ptr, b->size, 0);
            mm_free(b->ptr, b->size);
            live -= b->size;
            b->ptr = NULL;
        } else {
            verify(op->id, b->size);
            mark(b->ptr, b->size, 0);
            size_t old = b->size;
            unsigned char *p = mm_realloc(b->ptr, old, op->size);
            check_new(p, op->size);
            mark(p, op->size, 1);
            b->ptr = p;
            b->size = op->size;
            verify(op->id, old < op->size ? old : op->size);
            fill(op->id);
            live = live - old + op->size;
        }
        if (live > peak)
            peak = live;
    }
    current_op = nops - 1;
    for (long id = 0; id < nids && checking; id++)
        if (blocks[id].ptr)
            verify(id, blocks[id].size);
    printf("OK ops=%ld peak=%zu heap=%zu\n", nops, peak, mem_heapsize());
    free(ops);
    ops = NULL;
    return 0;
}

int main(int argc, char **argv)
{
    int checking = !(argc >= 3 && strcmp(argv[1], "--count") == 0);
    if (argc != 2 && checking) {
        fputs("usage: mdriver TRACE | mdriver --count TRACE...\n", stderr);
        return 2;
    }
    heap = aligned_alloc(HEAP_ALIGN, HEAP_MAX);
    in_use = calloc(HEAP_MAX / 8, 1);
    if (heap == NULL || in_use == NULL) {
        puts("FAIL the driver is out of memory");
        return 2;
    }
    for (int i = checking ? 1 : 2; i < argc; i++) {
        int status = replay(argv[i], checking);
        if (status != 0)
            return status;
    }
    return 0;
}
