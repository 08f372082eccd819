/* harness.h: what every CUnit suite of tests/unit shares. A suite is a
 * table of tests run against one runtime, started before the first test
 * and finalized after the last; main() is then one line:
 *
 *     return RUN_SUITE("gc", tests, CU_BRM_NORMAL);
 *
 * which prints "gc: P passed, F failed" (the line make test-unit reads)
 * and exits 0 only when no test and no assertion failed. */
#ifndef MINIPY_TEST_HARNESS_H
#define MINIPY_TEST_HARNESS_H

#include <CUnit/Basic.h>
#include <stdio.h>

#include "error.h"
#include "runtime.h"
#include "str.h"

typedef struct TestEntry {
    const char *name;
    CU_TestFunc fn;
} TestEntry;

static inline int harness_runtime_init(void)
{
    runtime_init();
    return 0;
}

static inline int harness_runtime_finalize(void)
{
    runtime_finalize();
    return 0;
}

static inline int run_suite(const char *name, const TestEntry *tests, size_t count,
                            CU_BasicRunMode mode)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite suite = CU_add_suite(name, harness_runtime_init, harness_runtime_finalize);
    if (suite == NULL) {            /* no suite: nothing ran, which is no pass */
        CU_cleanup_registry();
        return 2;
    }
    for (size_t i = 0; i < count; i++)
        CU_add_test(suite, tests[i].name, tests[i].fn);
    CU_basic_set_mode(mode);
    CU_basic_run_tests();
    /* Read the counts before the registry, and they with it, is gone. */
    unsigned failures = CU_get_number_of_failures();
    unsigned run = CU_get_number_of_tests_run();
    unsigned failed = CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    printf("%s: %u passed, %u failed\n", name, run - failed, failed);
    return failures == 0 && failed == 0 && run == count ? 0 : 1;
}

/* The pending exception is `type` with exactly `message`; it is cleared.
 * Anything else is printed, so that a failed assertion says what came. */
static inline bool raised(Type *type, const char *message)
{
    Object *exception = error_fetch();
    if (exception == NULL)
        return false;
    Object *text = object_str(exception);
    bool same = exception->type == type && text != NULL && str_equal_cstr(text, message);
    if (!same)
        fprintf(stderr, "\n  raised %s: %s\n", exception->type->name,
                text ? STR_DATA(text) : "?");
    xdecref(text);
    decref(exception);
    return same;
}

#define RUN_SUITE(name, tests, mode) \
    run_suite((name), (tests), sizeof (tests) / sizeof (tests)[0], (mode))

#endif
