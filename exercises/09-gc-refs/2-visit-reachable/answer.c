/* Exercise 09-2: visit_reachable, the function move_unreachable passes to
 * the traverse slot of every object it has found reachable. `op` is one of
 * the objects that reachable object refers to; `arg` is `young`, the list
 * move_unreachable is walking.
 *
 * The first two tests are done for you: objects without a GC header, and
 * objects without the collecting flag (those of other generations, the
 * untracked ones, and those the walk has already found reachable), are
 * none of this function's business.
 *
 * What is left is an object of the set that the walk has not finished
 * with. Two cases, as chapter 9 tells:
 *   - the walk has already met it and moved it to the unreachable list
 *     (its `next` carries GC_NEXT_UNREACHABLE): take it off that list, by
 *     hand, since the marked links defeat gc_list_remove; put it at the end
 *     of `young`; give it gc_refs 1;
 *   - the walk has not met it yet, and its gc_refs is 0: give it gc_refs 1,
 *     so that the walk keeps it when it gets there.
 * Helpers in gc.c: gc_prev, gc_set_prev, gc_list_append, gc_get_refs,
 * gc_set_refs. Do not call traverse from here: the walk will get to the
 * object, which is how it stays free of recursion.
 */
static void visit_reachable(Object *op, void *arg)
{
    GCHead *young = arg;
    if (!object_is_gc(op))
        return;
    GCHead *g = GC_HEAD(op);
    if (!gc_is_collecting(g))
        return;     /* not in this collection, or already scanned */
    (void)young;
}
