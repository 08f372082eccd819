/* Exercise 01-2: compare two lists, for `a == b`, `a != b`, `a < b`,
 * `a <= b`, `a > b` and `a >= b` (`op` says which).
 *
 * This version only looks at the lengths, so `[1, 2] == [1, 3]` comes out
 * True. Make it compare the items, the way CPython does:
 *   - walk both lists from the start to the first index where the items are
 *     not equal (object_equal(x, y): 1 equal, 0 not, -1 error);
 *   - no such index (one list is a prefix of the other): compare the lengths,
 *     size_compare(LIST_SIZE(a), LIST_SIZE(b), op) does it;
 *   - otherwise == is False, != is True, and for < <= > >= the answer is
 *     that of the two differing items: object_compare(x, y, op).
 * Return a new reference (bool_from(...) makes one), or NULL when a
 * comparison of items failed (an exception is set: pass it on). Hold a
 * reference to each item while you compare it, as CPython does: comparing
 * may run code that changes the lists.
 */
static Object *list_compare(Object *a, Object *b, CompareOp op)
{
    if (!is_list(a) || !is_list(b))
        return incref(NotImplemented);
    return bool_from(size_compare(LIST_SIZE(a), LIST_SIZE(b), op));
}
