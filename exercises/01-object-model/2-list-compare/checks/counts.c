/* Test driver for 01-2: comparing two lists must leave the count of every
 * item as it was (chapter 1 has no sys.getrefcount to show it from minipy). */
#include <stdio.h>
#include "runtime.h"
#include "list.h"
#include "str.h"

int main(void)
{
    runtime_init();
    /* a = [x, 'y'] and b = [x, 'z']: the first pair is one object, the
     * second pair differs, so every operator looks at both pairs. */
    Object *x = list_new(0), *y = str_from_cstr("y"), *z = str_from_cstr("z");
    Object *a = list_new(0), *b = list_new(0);
    list_append(a, x); list_append(a, y);
    list_append(b, x); list_append(b, z);
    intptr_t cx = x->refcount, cy = y->refcount, cz = z->refcount;
    for (int op = CMP_LT; op <= CMP_GE; op++) {
        Object *r = object_compare(a, b, (CompareOp)op);
        if (r == NULL) {
            printf("FAIL comparing [[], 'y'] with [[], 'z'] raised an exception\n");
            return 1;
        }
        decref(r);
    }
    if (x->refcount != cx || y->refcount != cy || z->refcount != cz) {
        printf("FAIL after comparing two lists with all six operators, the counts of their items"
               " changed by %ld, %ld, %ld (every incref of an item needs its decref)\n",
               (long)(x->refcount - cx), (long)(y->refcount - cy), (long)(z->refcount - cz));
        return 1;
    }
    printf("ok\n");
    return 0;
}
