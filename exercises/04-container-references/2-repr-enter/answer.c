/* Exercise 04-2: the re-entrancy guard of repr (CPython's Py_ReprEnter).
 *
 * The repr of a list, dict or tuple calls repr_enter(self) before printing
 * its items: 0 means "go on" (and the container is now recorded as being
 * printed), 1 means "you are already printing this container further up",
 * and the caller prints [...], {...} or (...) instead. repr_leave(self),
 * already written, takes the record away when the container is done.
 *
 * This version records nothing and always says "go on", so a list that
 * contains itself is printed until the recursion limit stops it. Make it:
 *   - keep the containers being printed in the list runtime.repr_active
 *     (create it with list_new(0) the first time: it starts as NULL);
 *   - return 1 if `op` is in that list already, compared by identity (==
 *     on the pointers; never by value: comparing two containers that hold
 *     themselves would recurse too);
 *   - otherwise append `op` (list_append takes its own reference, and
 *     returns 0, or -1 on failure) and return 0, or -1 if appending failed.
 * LIST_SIZE and LIST_ITEMS give a list's length and its array of items.
 */
int repr_enter(Object *op)
{
    (void)op;
    return 0;
}
