/* timemodule.c: the time module, for timing the book's experiments.
 *
 * perf_counter() reads a monotonic clock, as CPython's does on Linux, so
 * differences between two readings are meaningful and never go backwards;
 * time() reads the wall clock (seconds since the Unix epoch).
 */
#define _POSIX_C_SOURCE 199309L     /* clock_gettime under -std=c11 */

#include <time.h>

#include "builtins.h"
#include "error.h"
#include "float.h"
#include "module.h"

/* "time.perf_counter() takes no arguments (1 given)" */
static int no_arguments(const char *function, size_t nargs, Object *kwnames)
{
    if (args_no_kw(function, kwnames) < 0)
        return -1;
    return args_exact(function, nargs, 0);
}

static Object *clock_seconds(clockid_t clock)
{
    struct timespec now;
    if (clock_gettime(clock, &now) != 0)
        return error_set_string(&exc_RuntimeError, "clock_gettime failed");
    return float_from_double((double)now.tv_sec + (double)now.tv_nsec * 1e-9);
}

static Object *time_perf_counter(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    (void)args;
    if (no_arguments("time.perf_counter", nargs, kwnames) < 0)
        return NULL;
    return clock_seconds(CLOCK_MONOTONIC);
}

static Object *time_time(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    (void)args;
    if (no_arguments("time.time", nargs, kwnames) < 0)
        return NULL;
    return clock_seconds(CLOCK_REALTIME);
}

static const MethodDef time_functions[] = {
    {"perf_counter", time_perf_counter},
    {"time", time_time},
    {NULL, NULL},
};

Object *time_module_init(void)
{
    Object *module = module_new("time");
    if (module && module_add_functions(module, time_functions) < 0)
        CLEAR_SLOT(module);
    return module;
}
