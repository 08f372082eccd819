/* Test driver for 09-2: after collections in which objects were moved to
 * the unreachable list and back, every list of the collector must be a
 * proper doubly linked list again: each node's prev is the node before it,
 * no `next` keeps the unreachable mark, no object keeps the collecting
 * flag. */
#include <stdio.h>
#include "eval.h"
#include "gc.h"
#include "runtime.h"

static const char *const script =
    "import gc\n"
    "class Node:\n"
    "    pass\n"
    "gc.collect()\n"
    "tail = Node()\n"
    "middle = Node()\n"
    "middle.next = tail\n"
    "head = Node()\n"
    "head.next = middle\n"
    "ring1 = Node()\n"
    "ring2 = Node()\n"
    "ring1.other = ring2\n"
    "ring2.other = ring1\n"
    "ring1.tail = tail\n"
    "lone = []\n"
    "lone.append(lone)\n"
    "box = [lone]\n"
    "del tail, middle, ring1, ring2, lone\n"
    "found = gc.collect(0)\n"
    "assert found == 2, found\n"
    "chain = None\n"
    "for i in range(1000):\n"
    "    chain = [chain]\n"
    "keep = [chain]\n"
    "del chain\n"
    "found = gc.collect(1)\n"
    "assert found == 0, found\n"
    "assert len(gc.get_objects(2)) > 1000\n";

/* 0 if `head` heads a well-formed list; else prints a FAIL line. */
static int check_list(GCHead *head, const char *name)
{
    GCHead *before = head;
    long count = 0;
    for (GCHead *g = (GCHead *)(head->next & ~(uintptr_t)1); g != head;
         g = (GCHead *)(g->next & ~(uintptr_t)1)) {
        if (g == NULL) {
            printf("FAIL %s: a node's next is 0, the list is cut\n", name);
            return 1;
        }
        if ((GCHead *)(g->prev & ~GC_PREV_FLAGS) != before) {
            printf("FAIL %s: node %ld's prev does not point at the node before it"
                   " (a back link not restored)\n", name, count);
            return 1;
        }
        if (g->next & 1) {
            printf("FAIL %s: node %ld's next still carries the unreachable mark\n", name, count);
            return 1;
        }
        if (g->prev & GC_PREV_COLLECTING) {
            printf("FAIL %s: node %ld still has the collecting flag\n", name, count);
            return 1;
        }
        before = g;
        if (++count > 10000000) {
            printf("FAIL %s: the list does not come back to its head (a loop)\n", name);
            return 1;
        }
    }
    if ((GCHead *)(head->prev & ~GC_PREV_FLAGS) != before || (head->next & 1)) {
        printf("FAIL %s: the head's links are wrong after a collection\n", name);
        return 1;
    }
    return 0;
}

int main(void)
{
    runtime_init();
    if (run_string(script) != 0) {
        printf("FAIL the test script stopped with an exception (see above)\n");
        return 1;
    }
    static const char *const names[] = {"generation 0", "generation 1", "generation 2"};
    for (int i = 0; i < NUM_GENERATIONS; i++)
        if (check_list(&runtime.gc.generations[i].head, names[i]))
            return 1;
    if (check_list(&runtime.gc.permanent, "the permanent generation"))
        return 1;
    runtime_finalize();
    printf("ok\n");
    return 0;
}
