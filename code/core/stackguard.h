/* stackguard.h: how much C stack is left.
 *
 * The parser, the compiler and the evaluator recurse on the syntax tree
 * and on the data, so a deep enough input would overflow the C stack and
 * kill the process with a signal. Each of them has a depth limit that
 * CPython 3.11 has too (the parser's 6000 levels, the compiler's 3000,
 * sys.getrecursionlimit()); this is the backstop under those limits, for
 * the inputs whose C frames are bigger than CPython's (a sanitizer build
 * doubles them) or a process started with a small `ulimit -s`. It measures
 * the stack: its base is remembered at start-up, its size is
 * getrlimit(RLIMIT_STACK), and a recursion that has used all but a safe
 * margin of it stops with the error its layer would give.
 * CPython 3.12 does the same (_Py_ReachedRecursionLimit, USE_STACKCHECK).
 */
#ifndef MINIPY_STACKGUARD_H
#define MINIPY_STACKGUARD_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime.h"

/* Remember where the stack starts: call it from main (or as near to it as
 * possible) before anything recurses. */
void stack_guard_init(void);

static inline uintptr_t stack_here(void)
{
#if defined(__GNUC__)
    return (uintptr_t)__builtin_frame_address(0);
#else
    volatile char here = 0;
    return (uintptr_t)&here;
#endif
}

/* Has this recursion come within the safety margin of the stack's end?
 * Inline: the evaluator asks at every node it enters, so it is one
 * comparison with the lowest address recursion may reach, worked out once
 * by stack_guard_init. A limit of 0 means stack_guard_init has not run:
 * no limit. */
static inline bool stack_exhausted(void)
{
    return stack_here() < runtime.stack_limit;
}

#endif
