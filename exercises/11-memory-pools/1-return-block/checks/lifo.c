/* 11-1: the block freed last is the first one handed out again. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "obmalloc.h"

int main(void)
{
    ObAllocator ob = {0};
    void *a = ob_alloc(&ob, 64), *b = ob_alloc(&ob, 64), *c = ob_alloc(&ob, 64);
    ob_free(&ob, a);
    ob_free(&ob, c);
    void *first = ob_alloc(&ob, 64), *second = ob_alloc(&ob, 64);
    if (first != c || second != a) {
        printf("FAIL after freeing a then c, ob_alloc gave %s then %s (expected c, then a)\n",
               first == a ? "a" : first == c ? "c" : "a fresh block",
               second == a ? "a" : second == c ? "c" : "a fresh block");
        return 1;
    }
    ob_free(&ob, a);
    ob_free(&ob, b);
    ob_free(&ob, c);
    if (ob_allocated_blocks(&ob) != 0) {
        printf("FAIL allocated_blocks is %zu after every block was freed\n", ob_allocated_blocks(&ob));
        return 1;
    }
    ob_finalize(&ob);
    return 0;
}
