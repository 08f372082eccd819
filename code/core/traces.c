/* traces.c: the table of traced blocks (see traces.h). */
#include "traces.h"

#if CHAPTER >= CH_LEAKS
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "eval_internal.h"
#include "runtime.h"
#include "str.h"

#define TRACES (&runtime.traces)
#define FIRST_BUCKET_COUNT 1024

/* The tracer cannot raise MemoryError from inside mem_alloc: running out
 * of memory for its own table is fatal, as it is for the choke point. */
static void *raw_alloc(size_t size)
{
    void *block = calloc(1, size);
    if (block == NULL) {
        fputs("MemoryError\n", stderr);
        exit(1);
    }
    return block;
}

static size_t bucket_of(const void *block, size_t bucket_count)
{
    uintptr_t bits = (uintptr_t)block >> 4;     /* blocks are 16-aligned */
    return (size_t)(bits * 0x9E3779B97F4A7C15ull) & (bucket_count - 1);
}

static void rehash(size_t new_count)
{
    Trace **buckets = raw_alloc(new_count * sizeof(Trace *));
    for (size_t i = 0; i < TRACES->bucket_count; i++)
        for (Trace *t = TRACES->buckets[i], *next; t != NULL; t = next) {
            next = t->next;
            size_t b = bucket_of(t->block, new_count);
            t->next = buckets[b];
            buckets[b] = t;
        }
    free(TRACES->buckets);
    TRACES->buckets = buckets;
    TRACES->bucket_count = new_count;
}

/* File names are few (one per script or module): a list searched from the
 * most recent is enough. */
static int filename_index(const char *name)
{
    for (int i = TRACES->filename_count - 1; i >= 0; i--)
        if (strcmp(TRACES->filenames[i], name) == 0)
            return i;
    if (TRACES->filename_count == TRACES->filename_capacity) {
        int capacity = TRACES->filename_capacity ? 2 * TRACES->filename_capacity : 8;
        char **grown = raw_alloc((size_t)capacity * sizeof(char *));
        if (TRACES->filename_count)
            memcpy(grown, TRACES->filenames, (size_t)TRACES->filename_count * sizeof(char *));
        free(TRACES->filenames);
        TRACES->filenames = grown;
        TRACES->filename_capacity = capacity;
    }
    char *copy = raw_alloc(strlen(name) + 1);
    strcpy(copy, name);
    TRACES->filenames[TRACES->filename_count] = copy;
    return TRACES->filename_count++;
}

/* Where the running code is: the innermost frame's file and line, or
 * CPython's "<unknown>" line 0 when no Python code runs. NULL: the
 * tracer's own Python half, which is not traced. */
static const char *current_location(int *lineno)
{
    Frame *frame = runtime.frame;
    if (frame == NULL || frame->unit == NULL || frame->unit->filename == NULL) {
        *lineno = 0;
        return "<unknown>";
    }
    const char *name = STR_DATA(frame->unit->filename);
    if (strcmp(name, TRACES_OWN_FILENAME) == 0)
        return NULL;
    *lineno = frame->line;
    return name;
}

void traces_add(void *block, size_t size)
{
    int lineno;
    const char *name = current_location(&lineno);
    if (name == NULL)
        return;
    if (TRACES->trace_count >= 2 * TRACES->bucket_count)
        rehash(TRACES->bucket_count ? 2 * TRACES->bucket_count : FIRST_BUCKET_COUNT);
    Trace *trace = raw_alloc(sizeof(Trace));
    *trace = (Trace){NULL, block, size, filename_index(name), lineno};
    size_t b = bucket_of(block, TRACES->bucket_count);
    trace->next = TRACES->buckets[b];
    TRACES->buckets[b] = trace;
    TRACES->trace_count++;
    TRACES->traced += size;
    if (TRACES->traced > TRACES->peak)
        TRACES->peak = TRACES->traced;
}

/* A block handed out before tracing began is simply not found. */
void traces_remove(void *block)
{
    if (TRACES->bucket_count == 0)
        return;
    Trace **link = &TRACES->buckets[bucket_of(block, TRACES->bucket_count)];
    for (; *link != NULL; link = &(*link)->next)
        if ((*link)->block == block) {
            Trace *trace = *link;
            *link = trace->next;
            TRACES->traced -= trace->size;
            TRACES->trace_count--;
            free(trace);
            return;
        }
}

void traces_each(TraceVisitor visit, void *arg)
{
    for (size_t i = 0; i < TRACES->bucket_count; i++)
        for (Trace *t = TRACES->buckets[i]; t != NULL; t = t->next)
            visit(t, TRACES->filenames[t->filename], arg);
}

void traces_clear(void)
{
    for (size_t i = 0; i < TRACES->bucket_count; i++)
        for (Trace *t = TRACES->buckets[i], *next; t != NULL; t = next) {
            next = t->next;
            free(t);
        }
    free(TRACES->buckets);
    for (int i = 0; i < TRACES->filename_count; i++)
        free(TRACES->filenames[i]);
    free(TRACES->filenames);
    bool tracing = TRACES->tracing;
    int nframe = TRACES->nframe;
    *TRACES = (TraceTable){.tracing = tracing, .nframe = nframe};
}

void traces_start(int nframe)
{
    TRACES->nframe = nframe;
    TRACES->tracing = true;
}

void traces_stop(void)
{
    TRACES->tracing = false;
    traces_clear();
}
#endif
