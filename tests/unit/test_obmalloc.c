/* test_obmalloc.c: unit tests of chapter 11's pool allocator (obmalloc.c)
 * and of its place behind the allocation choke point (memory.c).
 * Built with the whole runtime under ASan + UBSan. Each test makes its own
 * ObAllocator, so that the runtime's own blocks do not disturb the counts.
 */
#define _POSIX_C_SOURCE 200809L     /* open_memstream */

#include "harness.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "memory.h"
#include "obmalloc.h"
#include "runtime.h"

#define POOL_OF(p) ((uintptr_t)(p) & ~(uintptr_t)(OB_POOL_SIZE - 1))
#define BLOCKS_PER_POOL(size) ((OB_POOL_SIZE - OB_POOL_OVERHEAD) / (size))

static size_t count_arenas(const ObAllocator *ob)
{
    size_t n = 0;
    for (const ObArena *a = ob->all_arenas; a; a = a->next_all)
        n++;
    return n;
}

/* ---- tests -------------------------------------------------------------- */

static void test_constants(void)
{
    CU_ASSERT_EQUAL(OB_SIZE_CLASSES, 32);
    CU_ASSERT_EQUAL(OB_POOLS_PER_ARENA, 64);
    CU_ASSERT_EQUAL(OB_POOL_OVERHEAD % OB_ALIGNMENT, 0);
    CU_ASSERT_EQUAL(OB_POOL_OVERHEAD, 48);      /* CPython's is 48 too */
}

static void test_size_classes(void)
{
    CU_ASSERT_EQUAL(OB_SIZE_CLASS(1), 0);
    CU_ASSERT_EQUAL(OB_SIZE_CLASS(16), 0);
    CU_ASSERT_EQUAL(OB_SIZE_CLASS(17), 1);
    CU_ASSERT_EQUAL(OB_SIZE_CLASS(512), 31);
    CU_ASSERT_EQUAL(OB_CLASS_SIZE(0), 16);
    CU_ASSERT_EQUAL(OB_CLASS_SIZE(31), 512);
    ObAllocator ob = {0};
    /* Every request lands in the class of its rounded-up size, and two
     * requests of one class share a pool while another class does not. */
    for (size_t n = 1; n <= OB_SMALL_REQUEST_THRESHOLD; n++) {
        void *p = ob_alloc(&ob, n);
        CU_ASSERT_PTR_NOT_NULL_FATAL(p);
        CU_ASSERT_EQUAL(ob_block_class(p), (n - 1) / 16);
        memset(p, 0xab, n);                     /* the whole block is ours */
        ob_free(&ob, p);
    }
    void *a = ob_alloc(&ob, 20), *b = ob_alloc(&ob, 32), *c = ob_alloc(&ob, 33);
    CU_ASSERT_EQUAL(POOL_OF(a), POOL_OF(b));
    CU_ASSERT_NOT_EQUAL(POOL_OF(a), POOL_OF(c));
    CU_ASSERT_EQUAL((uint8_t *)b - (uint8_t *)a, 32);   /* carved in order */
    ob_free(&ob, a);
    ob_free(&ob, b);
    ob_free(&ob, c);
    ob_finalize(&ob);
}

static void test_alignment(void)
{
    ObAllocator ob = {0};
    void *blocks[600];
    for (int i = 0; i < 600; i++) {
        blocks[i] = ob_alloc(&ob, (size_t)(i % 512) + 1);
        CU_ASSERT_EQUAL((uintptr_t)blocks[i] % 16, 0);
    }
    for (int i = 0; i < 600; i++)
        ob_free(&ob, blocks[i]);
    ob_finalize(&ob);
}

static void test_lifo(void)
{
    ObAllocator ob = {0};
    void *a = ob_alloc(&ob, 48), *b = ob_alloc(&ob, 48), *c = ob_alloc(&ob, 48);
    ob_free(&ob, a);
    ob_free(&ob, c);
    /* The block freed last comes back first, then the one before it. */
    CU_ASSERT_PTR_EQUAL(ob_alloc(&ob, 48), c);
    CU_ASSERT_PTR_EQUAL(ob_alloc(&ob, 40), a);
    /* No free block left: the next is carved fresh, after c. */
    void *d = ob_alloc(&ob, 48);
    CU_ASSERT_EQUAL((uint8_t *)d - (uint8_t *)c, 48);
    CU_ASSERT_EQUAL(ob_allocated_blocks(&ob), 4);
    ob_free(&ob, a);
    ob_free(&ob, b);
    ob_free(&ob, c);
    ob_free(&ob, d);
    CU_ASSERT_EQUAL(ob_allocated_blocks(&ob), 0);
    ob_finalize(&ob);
}

static void test_pool_fills_and_reuse(void)
{
    ObAllocator ob = {0};
    size_t per_pool = BLOCKS_PER_POOL(512);
    CU_ASSERT_EQUAL(per_pool, 31);
    void *blocks[32];
    for (size_t i = 0; i < per_pool + 1; i++)
        blocks[i] = ob_alloc(&ob, 512);
    /* The 32nd block needs a second pool. */
    CU_ASSERT_EQUAL(POOL_OF(blocks[0]), POOL_OF(blocks[per_pool - 1]));
    CU_ASSERT_NOT_EQUAL(POOL_OF(blocks[0]), POOL_OF(blocks[per_pool]));
    /* A block freed in the full pool makes it usable again. */
    void *freed = blocks[5];
    ob_free(&ob, freed);
    CU_ASSERT_PTR_EQUAL(ob_alloc(&ob, 512), freed);
    for (size_t i = 0; i < per_pool + 1; i++)
        ob_free(&ob, blocks[i]);
    /* Both pools are empty now; an empty pool serves any size class. */
    uintptr_t first_pool = POOL_OF(blocks[0]), second_pool = POOL_OF(blocks[per_pool]);
    void *small = ob_alloc(&ob, 8);
    CU_ASSERT_TRUE(POOL_OF(small) == first_pool || POOL_OF(small) == second_pool);
    CU_ASSERT_EQUAL(ob_block_class(small), 0);
    CU_ASSERT_EQUAL(count_arenas(&ob), 1);
    ob_free(&ob, small);
    ob_finalize(&ob);
}

/* Fill three arenas, then free everything: all but one go back. */
static void test_arena_release(void)
{
    ObAllocator ob = {0};
    size_t per_arena = (OB_POOLS_PER_ARENA - 1) * BLOCKS_PER_POOL(512);
    size_t n = 3 * per_arena;
    void **blocks = malloc(n * sizeof *blocks);
    for (size_t i = 0; i < n; i++)
        blocks[i] = ob_alloc(&ob, 512);
    CU_ASSERT_TRUE(ob.arenas_current >= 3);
    size_t mapped = ob.arenas_current;
    CU_ASSERT_EQUAL(ob.arenas_highwater, mapped);
    for (size_t i = 0; i < n; i++)
        ob_free(&ob, blocks[i]);
    CU_ASSERT_EQUAL(ob.arenas_current, 1);      /* one kept for next time */
    CU_ASSERT_EQUAL(ob.arenas_reclaimed, mapped - 1);
    CU_ASSERT_EQUAL(count_arenas(&ob), 1);
    CU_ASSERT_EQUAL(ob_allocated_blocks(&ob), 0);
    /* The kept arena serves again without a new mapping. */
    void *p = ob_alloc(&ob, 100);
    CU_ASSERT_EQUAL(ob.arenas_allocated, mapped);
    ob_free(&ob, p);
    free(blocks);
    ob_finalize(&ob);
    CU_ASSERT_EQUAL(ob.arenas_current, 0);
}

/* One live block pins its arena; the fullest arena is used first. */
static void test_fullest_arena_first(void)
{
    ObAllocator ob = {0};
    size_t per_arena = (OB_POOLS_PER_ARENA - 1) * BLOCKS_PER_POOL(512);
    size_t n = 2 * per_arena + 10;
    void **blocks = malloc(n * sizeof *blocks);
    for (size_t i = 0; i < n; i++)
        blocks[i] = ob_alloc(&ob, 512);
    /* Free all but one block of the first arena, all but most of the
     * second: the first arena is nearly empty, the second nearly full. */
    ObArena *arena0 = ((ObPool *)POOL_OF(blocks[0]))->arena;
    ObArena *arena_last = ((ObPool *)POOL_OF(blocks[n - 1]))->arena;
    CU_ASSERT_PTR_NOT_EQUAL(arena0, arena_last);
    for (size_t i = 1; i < n; i++)
        if (((ObPool *)POOL_OF(blocks[i]))->arena == arena0) {
            ob_free(&ob, blocks[i]);
            blocks[i] = NULL;
        }
    /* Arena 0 has many free pools, arena_last few: the head of
     * usable_arenas is the fuller one, and a new pool comes from it. */
    CU_ASSERT_PTR_EQUAL(ob.usable_arenas, arena_last);
    void *p = ob_alloc(&ob, 256);
    CU_ASSERT_PTR_EQUAL(((ObPool *)POOL_OF(p))->arena, arena_last);
    ob_free(&ob, p);
    for (size_t i = 0; i < n; i++)
        if (blocks[i])
            ob_free(&ob, blocks[i]);
    free(blocks);
    ob_finalize(&ob);
}

/* Through the choke point: realloc keeps the block inside a class, moves
 * it across classes and between the pools and malloc, keeping the bytes. */
static void test_realloc_across_classes(void)
{
    size_t before = ob_allocated_blocks(&runtime.pools), raw_before = runtime.pools.raw_allocated_blocks;
    char *p = mem_alloc(20);
    memcpy(p, "0123456789abcdefghi", 20);
    CU_ASSERT_EQUAL(ob_allocated_blocks(&runtime.pools), before + 1);
    CU_ASSERT_PTR_EQUAL(mem_realloc(p, 20, 32), p);            /* same class */
    char *q = mem_realloc(p, 32, 100);                          /* another class */
    CU_ASSERT_PTR_NOT_EQUAL(q, p);
    CU_ASSERT_STRING_EQUAL(q, "0123456789abcdefghi");
    char *r = mem_realloc(q, 100, 5000);                        /* to malloc */
    CU_ASSERT_STRING_EQUAL(r, "0123456789abcdefghi");
    CU_ASSERT_EQUAL(ob_allocated_blocks(&runtime.pools), before);
    CU_ASSERT_EQUAL(runtime.pools.raw_allocated_blocks, raw_before + 1);
    char *s = mem_realloc(r, 5000, 24);                         /* back */
    CU_ASSERT_EQUAL(memcmp(s, "0123456789abcdefghi", 20), 0);
    CU_ASSERT_EQUAL(ob_allocated_blocks(&runtime.pools), before + 1);
    CU_ASSERT_EQUAL(runtime.pools.raw_allocated_blocks, raw_before);
    CU_ASSERT_EQUAL(ob_block_class(s), 1);
    mem_free(s, 24);
    CU_ASSERT_EQUAL(ob_allocated_blocks(&runtime.pools), before);
    void *big = mem_alloc(513);                                 /* from malloc */
    CU_ASSERT_EQUAL(ob_allocated_blocks(&runtime.pools), before);
    CU_ASSERT_EQUAL(runtime.pools.raw_allocated_blocks, raw_before + 1);
    mem_free(big, 513);
    CU_ASSERT_EQUAL(runtime.pools.raw_allocated_blocks, raw_before);
}

static size_t count_occurrences(const char *text, const char *word)
{
    size_t n = 0;
    for (const char *p = text; (p = strstr(p, word)) != NULL; p += strlen(word))
        n++;
    return n;
}

/* The fast path's invariants, checked after every step of a random churn
 * over three arenas' worth of blocks: a pool on usedpools has a free block
 * ready and is neither full nor empty; ob_allocated_blocks is the number
 * of blocks live; no block is handed out twice. */
static int usedpools_sound(const ObAllocator *ob)
{
    for (unsigned int c = 0; c < OB_SIZE_CLASSES; c++)
        for (const ObPool *p = ob->usedpools[c]; p; p = p->nextpool)
            if (p->freeblock == NULL || p->size_class != c || p->used == 0
                    || p->used >= BLOCKS_PER_POOL(OB_CLASS_SIZE(c)))
                return 0;
    return 1;
}

static void test_churn_invariants(void)
{
    enum { SLOTS = 30000, STEPS = 200000 };
    ObAllocator ob = {0};
    static unsigned char *slot[SLOTS];
    static size_t size[SLOTS];
    memset(slot, 0, sizeof slot);
    uint32_t seed = 7;
    size_t live = 0;
    int sound = 1;
    for (long step = 0; step < STEPS && sound; step++) {
        seed = seed * 1103515245u + 12345u;
        size_t i = (seed >> 8) % SLOTS;
        if (slot[i]) {
            for (size_t k = 0; k < size[i]; k++)    /* nobody else wrote here */
                if (slot[i][k] != (unsigned char)i)
                    sound = 0;
            ob_free(&ob, slot[i]);
            slot[i] = NULL;
            live--;
        } else {
            seed = seed * 1103515245u + 12345u;
            size[i] = 1 + (seed >> 8) % OB_SMALL_REQUEST_THRESHOLD;
            slot[i] = ob_alloc(&ob, size[i]);
            memset(slot[i], (unsigned char)i, size[i]);
            live++;
        }
        if (step % 997 == 0)
            sound = sound && usedpools_sound(&ob) && ob_allocated_blocks(&ob) == live;
    }
    CU_ASSERT(sound);
    CU_ASSERT(usedpools_sound(&ob));
    CU_ASSERT_EQUAL(ob_allocated_blocks(&ob), live);
    CU_ASSERT(count_arenas(&ob) >= 3);
    for (size_t i = 0; i < SLOTS; i++)
        if (slot[i])
            ob_free(&ob, slot[i]);
    CU_ASSERT_EQUAL(ob_allocated_blocks(&ob), 0);
    CU_ASSERT_EQUAL(count_arenas(&ob), 1);      /* one empty arena kept */
    ob_finalize(&ob);
}

static void test_stats_and_dot(void)
{
    ObAllocator ob = {0};
    void *a = ob_alloc(&ob, 16), *b = ob_alloc(&ob, 500);
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    ob_print_stats(&ob, out);
    fclose(out);
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "Small block threshold = 512, in 32 size classes."));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "    0     16           1               1          1020"));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "   31    512           1               1            30"));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "# arenas allocated current         =                    1"));
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "Total                              =            1,048,576"));
    free(text);
    out = open_memstream(&text, &size);
    ob_write_dot(&ob, out);
    fclose(out);
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "digraph pools {"));
    CU_ASSERT_EQUAL(count_occurrences(text, ">16</td>"), 1);
    CU_ASSERT_EQUAL(count_occurrences(text, ">512</td>"), 1);
    free(text);
    ob_free(&ob, a);
    ob_free(&ob, b);
    ob_finalize(&ob);
}

/* ---- main -------------------------------------------------------------- */

int main(void)
{
    static const TestEntry tests[] = {
        {"constants", test_constants},
        {"size classes", test_size_classes},
        {"alignment", test_alignment},
        {"LIFO free list, lazy carving", test_lifo},
        {"pools fill and are reused", test_pool_fills_and_reuse},
        {"empty arenas go back, one kept", test_arena_release},
        {"the fullest arena serves first", test_fullest_arena_first},
        {"realloc across classes", test_realloc_across_classes},
        {"random churn keeps the invariants", test_churn_invariants},
        {"statistics and figure", test_stats_and_dot},
    };
    return RUN_SUITE("obmalloc", tests, CU_BRM_VERBOSE);
}
