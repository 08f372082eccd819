/* 11-1: blocks filling three arenas, all freed: the pools go back to their
 * arenas and all arenas but one go back to the system; an empty pool then
 * serves another size class. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "obmalloc.h"

int main(void)
{
    ObAllocator ob = {0};
    size_t n = 3 * 64 * 31;
    void **blocks = malloc(n * sizeof *blocks);
    for (size_t i = 0; i < n; i++)
        blocks[i] = ob_alloc(&ob, 512);
    size_t mapped = ob.arenas_current;
    for (size_t i = 0; i < n; i++)
        ob_free(&ob, blocks[i]);
    free(blocks);
    if (ob.arenas_current != 1) {
        printf("FAIL %zu arenas were mapped, %zu are still mapped after every block was "
               "freed (expected 1: empty pools must go back to their arena)\n",
               mapped, ob.arenas_current);
        return 1;
    }
    if (ob.usable_arenas == NULL || ob.usable_arenas->nfreepools != ob.usable_arenas->ntotalpools) {
        printf("FAIL the arena kept does not have all its pools free\n");
        return 1;
    }
    void *small = ob_alloc(&ob, 16);
    if (ob.arenas_allocated != mapped) {
        printf("FAIL a 16-byte request mapped a new arena instead of using an empty pool\n");
        return 1;
    }
    ob_free(&ob, small);
    ob_finalize(&ob);
    return 0;
}
