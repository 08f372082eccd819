/* Exercise 08-3: move_unreachable has a bug. Find it and fix it;
 * exercise.md describes what goes wrong. */
static void move_unreachable(GCHead *young, GCHead *unreachable)
{
    ObjectStack stack = {0};
    for (GCHead *g = gc_next(young); g != young; g = gc_next(g))
        if (gc_get_refs(g) > 0 && gc_is_collecting(g)) {
            gc_clear_collecting(g);
            stack_push(&stack, GC_OBJECT(g));
        }
    /* Everything the objects referenced from outside refer to is alive. */
    size_t referenced_from_outside = stack.count;
    for (size_t i = 0; i < referenced_from_outside; i++) {
        Object *op = stack.items[i];
        if (op->type->traverse)
            op->type->traverse(op, visit_reachable, &stack);
    }
    stack_free(&stack);

    GCHead *last_kept = young;
    GCHead *g = gc_next(young);
    while (g != young) {
        GCHead *next = gc_next(g);
        if (gc_is_collecting(g)) {
            gc_list_append(g, unreachable);
        } else {
            g->prev = (uintptr_t)last_kept | (g->prev & GC_PREV_FINALIZED);
            gc_set_next(last_kept, g);
            last_kept = g;
        }
        g = next;
    }
    gc_set_next(last_kept, young);
    gc_set_prev(young, last_kept);
}
