/* Exercise 09-3: list_traverse has a bug. Find it and fix it;
 * exercise.md describes what goes wrong. */
static int list_traverse(Object *self, VisitProc visit, void *arg)
{
    ListObject *list = (ListObject *)self;
    for (intptr_t i = list->base.size - 1; i > 0; i--)
        VISIT(list->items[i]);
    return 0;
}
