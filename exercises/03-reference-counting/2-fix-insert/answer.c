/* Exercise 03-2: list.insert(i, x) has a reference-counting bug.
 * Find it and fix it; exercise.md describes what goes wrong. */
static Object *list_insert(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    if (args_no_kw("list.insert", kwnames) < 0 || args_range("insert", nargs, 2, 2) < 0)
        return NULL;
    int64_t i;
    if (int_as_index(args[0], &i) < 0)
        return NULL;
    ListObject *list = (ListObject *)self;
    intptr_t n = list->base.size;
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    list_resize(list, n + 1);
    memmove(&list->items[i + 1], &list->items[i], items_bytes(n - (intptr_t)i));
    list->items[i] = args[1];
    return none_new();
}
