/* Test driver for 02-2: the flag and the reference counts, which no minipy
 * snippet can see in chapter 2 (no sys.getrefcount, nothing is freed yet). */
#include <stdio.h>
#include "runtime.h"
#include "str.h"

#define FAIL(...) do { printf("FAIL " __VA_ARGS__); printf("\n"); return 1; } while (0)

int main(void)
{
    runtime_init();
    /* Two equal strings that are not constants, so neither is interned yet. */
    Object *a = str_from_utf8_fresh("not a constant!", 15);
    Object *b = str_from_utf8_fresh("not a constant!", 15);
    intptr_t before = a->refcount;
    Object *r = str_intern(a);
    if (r != a)
        FAIL("str_intern of a string not in the table must return that string");
    if (!((StrObject *)a)->interned)
        FAIL("str_intern must set the interned flag of a string it adds to the table");
    if (a->refcount != before + 1)
        FAIL("after str_intern of a new string, its count must be exactly one more (the reference"
             " returned; the table's two references are taken back), not %ld more",
             (long)(a->refcount - before));
    intptr_t b_before = b->refcount;
    Object *r2 = str_intern(b);
    if (r2 != a)
        FAIL("str_intern of an equal string must return the interned one");
    if (a->refcount != before + 2)
        FAIL("str_intern must return a new reference to the string it finds in the table"
             " (its count went up by %ld, not 1)", (long)(a->refcount - before - 1));
    if (b->refcount != b_before)
        FAIL("str_intern must not change the count of the equal string it was given"
             " (it changed by %ld)", (long)(b->refcount - b_before));
    Object *r3 = str_intern(a);
    if (r3 != a || a->refcount != before + 3)
        FAIL("str_intern of an interned string must return a new reference to it");
    printf("ok\n");
    return 0;
}
