/* fuzz_eval.c: the libFuzzer target over the whole front end and the
 * evaluator (`make fuzz`; README.md, "The checks that keep it safe").
 * Each input is a source text run as `minipy -c` runs it, in a runtime
 * made for it and torn down after it, so that no input sees another's
 * state and every object an input makes is freed (LeakSanitizer sees what
 * is not). The runtime is built with -DMINIPY_FUZZ: a budget of safe
 * points (interrupt.h) ends any loop or recursion with KeyboardInterrupt. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "interrupt.h"
#include "runtime.h"

/* Loop turns and calls one input may make: far more than any corpus
 * program's loop needs to show something, few enough that an input ends
 * within milliseconds. */
#define STEPS_PER_INPUT 20000

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    /* input() reads nothing; print() writes nowhere. */
    if (freopen("/dev/null", "r", stdin) == NULL || freopen("/dev/null", "w", stdout) == NULL)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *code = malloc(size + 1);
    if (code == NULL)
        return 0;
    memcpy(code, data, size);
    code[size] = '\0';
    memset(&runtime, 0, sizeof runtime);
    runtime_init();
    interrupt_fuzz_budget = STEPS_PER_INPUT;
    run_string(code);
    /* __del__ methods and weakref.finalize callbacks run at tear-down:
     * they get a budget of their own. */
    interrupt_fuzz_budget = STEPS_PER_INPUT;
    runtime_finalize();
    interrupt_fuzz_budget = -1;
    free(code);
    return 0;
}
