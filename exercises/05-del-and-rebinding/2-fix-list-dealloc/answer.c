/* Exercise 05-2: list_dealloc has a bug. Find it and fix it;
 * exercise.md describes what goes wrong. */
static void list_dealloc(Object *self)
{
    if (!trashcan_begin(self))
        return;
    ListObject *list = (ListObject *)self;
    if (list->base.size == 0) {
        /* Nothing to drop: give back the array and the list at once. */
        mem_free(list->items, items_bytes(list->capacity));
        object_free(self);
        return;
    }
    for (intptr_t i = list->base.size - 1; i >= 0; i--)
        xdecref(list->items[i]);
    mem_free(list->items, items_bytes(list->capacity));
    object_free(self);
    trashcan_end();
}
