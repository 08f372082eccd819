/* Exercise 07-3: collect_generations has a bug. Find it and fix it;
 * exercise.md describes what goes wrong. */
static void collect_generations(void)
{
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        Generation *gen = &GC->generations[i];
        if (gen->count <= gen->threshold)
            continue;
        /* A full collection only when the objects that survived a
         * generation-1 collection since the last full one make up a
         * quarter of those that survived it (bpo-4074). */
        if (i == NUM_GENERATIONS - 1 && GC->long_lived_pending < GC->long_lived_total / 4)
            continue;
        collect_with_callbacks(i);
        break;
    }
}
