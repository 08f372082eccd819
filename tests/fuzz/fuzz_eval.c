/* fuzz_eval.c: the libFuzzer target over the whole front end and the
 * evaluator (`make fuzz`; README.md, "The checks that keep it safe").
 * Each input is a source text run as `minipy -c` runs it, in a runtime
 * made for it and torn down after it, so that no input sees another's
 * state and every object an input makes is freed (LeakSanitizer sees what
 * is not). The runtime is built with -DMINIPY_FUZZ: a budget of safe
 * points (interrupt.h) ends any loop or recursion with KeyboardInterrupt. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "interrupt.h"
#include "memory.h"
#include "object.h"
#include "runtime.h"

/* Loop turns and calls one input may make: far more than any corpus
 * program's loop needs to show something, few enough that an input ends
 * within milliseconds. */
#define STEPS_PER_INPUT 20000

/* Running out of memory (core/memory.c: more than the fuzz build lets one
 * input hold) ends minipy with "MemoryError" and status 1, which is not a
 * bug; here it ends the input instead: every block the input's runtime
 * holds is given back at once, as the exit would (heap_free_all forgets the
 * caches that point into the heap, mem_finalize frees the blocks). */
static jmp_buf out_of_memory;

static void escape(void)
{
    longjmp(out_of_memory, 1);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    /* input() reads nothing; print() writes nowhere. */
    if (freopen("/dev/null", "r", stdin) == NULL || freopen("/dev/null", "w", stdout) == NULL)
        abort();
    mem_fuzz_escape = escape;
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
    if (setjmp(out_of_memory) == 0) {
        runtime_init();
        interrupt_fuzz_budget = STEPS_PER_INPUT;
        run_string(code);
        /* __del__ methods and weakref.finalize callbacks run at tear-down:
         * they get a budget of their own. */
        interrupt_fuzz_budget = STEPS_PER_INPUT;
        runtime_finalize();
    } else {
        heap_free_all();
        mem_finalize();
    }
    interrupt_fuzz_budget = -1;
    free(code);
    return 0;
}
