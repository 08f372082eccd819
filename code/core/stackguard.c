/* stackguard.c: the C stack's base and size, and the limit the test
 * compares against (stackguard.h says why). */
#define _POSIX_C_SOURCE 200809L     /* getrlimit */
#include "stackguard.h"

#include <stdint.h>
#include <sys/resource.h>

#include "runtime.h"

/* What the deepest recursion may leave unused, for the frames of the code
 * that reports the error (an exception, its message, a traceback). */
#define STACK_MARGIN (256 * 1024)
/* With no limit (`ulimit -s unlimited`) the stack still has an end: assume
 * the common default. */
#define STACK_DEFAULT_SIZE (8 * 1024 * 1024)

/* A frame below this one: its address tells which way the stack grows.
 * noinline, so that it is a frame of its own. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static bool stack_grows_down(uintptr_t caller)
{
    return stack_here() < caller;
}

void stack_guard_init(void)
{
    struct rlimit limit;
    size_t size = STACK_DEFAULT_SIZE;
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        size = (size_t)limit.rlim_cur;
    uintptr_t base = stack_here();
    /* A quarter of the stack for the margin when the stack is small. */
    size_t margin = size / 4 < STACK_MARGIN ? size / 4 : STACK_MARGIN;
    size_t budget = size - margin;
    /* The stack grows down on every machine minipy is built for; were it
     * to grow up, the limit stays 0 (no guard) rather than a wrong one,
     * and the depth limits alone stand. */
    if (stack_grows_down(base) && base > budget)
        runtime.stack_limit = base - budget;
}
