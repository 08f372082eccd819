/* Exercise 10-2: weakref_clear_all, the step of the deallocation path that
 * tells the weak references their referent is gone (CPython's
 * PyObject_ClearWeakRefs).
 *
 * `op` is dying: its count reached 0 and its __del__, if any, has run.
 * weakref_list_slot(op) is where its list of weak references starts (NULL
 * if its type has none; the slot holds NULL when the list is empty). Each
 * WeakRefObject on it has `callback` (or NULL) and `next`. The function
 * must:
 *   - make every reference on the list dead (weakref_clear_ref unlinks one
 *     and sets its `object` to None; it leaves `callback` alone);
 *   - make them ALL dead before calling the first callback, so that no
 *     callback can reach `op` through another reference;
 *   - then call each callback with its reference (call_callback does the
 *     call and reports an exception as "Exception ignored in: ..."), in
 *     list order, which is newest first;
 *   - keep each reference alive during the calls (a callback may drop
 *     the last reference to another one), and drop each callback after;
 *   - keep an exception that is being raised aside while the callbacks run
 *     (error_fetch / error_restore).
 * This version makes the references dead and forgets the callbacks.
 */
void weakref_clear_all(Object *op)
{
    Object **slot = weakref_list_slot(op);
    if (slot == NULL)
        return;
    while (*slot != NULL) {
        WeakRefObject *ref = (WeakRefObject *)*slot;
        weakref_clear_ref(ref);
        CLEAR_SLOT(ref->callback);
    }
}
