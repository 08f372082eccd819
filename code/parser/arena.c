/* arena.c: the unit's arena, where the parser puts nodes and arrays, and
 * the objects the tree refers to (kept until the unit drops them).
 * CPython: Python/pyarena.c.
 */
#include <string.h>

#include "compile_internal.h"

/* ---- the arena ------------------------------------------------------------
 * Nodes come from big blocks and are never freed one by one: the whole
 * arena goes with the unit, as CPython's PyArena goes with its AST. */

#define ARENA_BLOCK_SIZE 8192

struct ArenaBlock {
    struct ArenaBlock *next;
    size_t size;            /* bytes in data */
    size_t used;
    max_align_t data[];
};

void *arena_alloc(Unit *unit, size_t size)
{
    size_t align = sizeof(max_align_t);
    size = (size + align - 1) / align * align;
    struct ArenaBlock *block = unit->arena;
    if (block == NULL || block->size - block->used < size) {
        size_t data_size = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;
        block = mem_alloc(sizeof(struct ArenaBlock) + data_size);
        block->next = unit->arena;
        block->size = data_size;
        block->used = 0;
        unit->arena = block;
    }
    void *memory = (char *)block->data + block->used;
    block->used += size;
    memset(memory, 0, size);
    return memory;
}

void arena_free(Unit *unit)
{
    struct ArenaBlock *block = unit->arena;
    while (block != NULL) {
        struct ArenaBlock *next = block->next;
        mem_free(block, sizeof(struct ArenaBlock) + block->size);
        block = next;
    }
    unit->arena = NULL;
}

Object *arena_keep(Unit *unit, Object *op)
{
    list_append(unit->arena_objects, op);
    decref(op);
    return op;
}

void unit_drop_arena_objects(Unit *unit)
{
    CLEAR_SLOT(unit->arena_objects);
    CLEAR_SLOT(unit->module_code);
}
