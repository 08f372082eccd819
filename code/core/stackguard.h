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

/* Remember where the stack starts: call it from main (or as near to it as
 * possible) before anything recurses. */
void stack_guard_init(void);

/* Has this recursion come within the safety margin of the stack's end? */
bool stack_exhausted(void);

#endif
