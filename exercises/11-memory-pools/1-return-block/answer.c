/* Exercise 11-1: ob_free, the way back for a block of chapter 11's pools.
 *
 * `block` is a block ob_alloc handed out. Its pool is at the 16 KiB
 * boundary below it (POOL_OF). Freeing it must:
 *   - push it on its pool's LIFO list of free blocks, the link to the old
 *     head being stored in the block itself (memcpy, as ob_alloc reads
 *     it);
 *   - count it: the pool's `used`;
 *   - if the pool was full before (pool_is_full, tested *before* the
 *     block goes on the list), put the pool back on usedpools
 *     (usedpools_push), since it can serve its size class again;
 *   - if the pool is now empty, hand it to return_pool, which gives it to
 *     its arena and may give the arena back to the system.
 * This version does the first two and forgets the pool's state (so it
 * has no use for `ob` yet).
 */
void ob_free(ObAllocator *ob, void *block)
{
    (void)ob;
    ObPool *pool = POOL_OF(block);
    memcpy(block, &pool->freeblock, sizeof pool->freeblock);
    pool->freeblock = block;
    pool->used--;
}
