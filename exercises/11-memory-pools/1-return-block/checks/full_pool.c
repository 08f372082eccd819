/* 11-1: a pool that was full is back on usedpools after one free, so the
 * next request of its size class is served from it, not from a new pool. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "obmalloc.h"

int main(void)
{
    ObAllocator ob = {0};
    enum { PER_POOL = 31 };          /* 512-byte blocks in a 16 KiB pool */
    void *blocks[PER_POOL];
    for (int i = 0; i < PER_POOL; i++)
        blocks[i] = ob_alloc(&ob, 512);
    if (ob.usedpools[31] != NULL) {
        printf("FAIL a full pool is still on usedpools (the starter's ob_alloc is broken?)\n");
        return 1;
    }
    ob_free(&ob, blocks[7]);
    if (ob.usedpools[31] == NULL) {
        printf("FAIL after a free in a full pool, usedpools[31] is still empty: the pool "
               "cannot serve again\n");
        return 1;
    }
    void *again = ob_alloc(&ob, 500);
    if (again != blocks[7]) {
        printf("FAIL the next 512-byte request did not reuse the freed block of the full pool\n");
        return 1;
    }
    for (int i = 0; i < PER_POOL; i++)
        ob_free(&ob, blocks[i]);
    ob_finalize(&ob);
    return 0;
}
