/* generator.h: generator objects (CPython's Objects/genobject.c).
 *
 * A generator owns a suspended frame and resumes it on each next(). The
 * object knows nothing of how its frame runs: the evaluator hands it a
 * state and the operations on that state (GeneratorOps). Today the only
 * state is a generator expression's (core/eval_comp.c: its frame and one
 * iterator per `for` clause); a `def` with `yield` would bring another
 * state and resume function and reuse this object, its iteration, its GC
 * support and its repr as they are.
 */
#ifndef MINIPY_GENERATOR_H
#define MINIPY_GENERATOR_H

#include "object.h"

typedef struct GeneratorOps {
    /* Run the frame to its next value (a new reference); NULL without an
     * exception when it has finished, NULL with one when it failed. */
    Object *(*resume)(void *state);
    /* Visit and drop the references the suspended frame holds. */
    int (*traverse)(void *state, VisitProc visit, void *arg);    /* 0 or the visitor's result */
    void (*clear)(void *state);
    /* Free the state itself (after clear). */
    void (*free)(void *state);
} GeneratorOps;

typedef struct GeneratorObject {
    Object base;
    void *state;            /* the suspended frame, NULL once finished */
    const GeneratorOps *ops;
    Object *name;           /* str: __name__ ("<genexpr>") */
    Object *qualname;       /* str: __qualname__ ("f.<locals>.<genexpr>") */
    Object *code;           /* gi_code */
    bool running;           /* gi_running: a next() is under way */
#if CHAPTER >= CH_WEAKREF
    Object *weaklist;
#endif
} GeneratorObject;

extern Type generator_type;

static inline bool is_generator(Object *op) { return op->type == &generator_type; }

/* A new generator over `state` (which it owns from now on); name,
 * qualname and code are borrowed. */
Object *generator_new(void *state, const GeneratorOps *ops, Object *name, Object *qualname,
                      Object *code);

#endif
