/* test_figures.c: CUnit tests of the book's figures of running state,
 * layout.frames() (modules/framefigure.c) and layout.trashcan()
 * (modules/trashfigure.c), both drawn through graph.c.
 *
 * Each runs a snippet in __main__ with run_string, its stdout caught in a
 * file, and checks the DOT for what the book's captions read off it: the
 * frames and their slots, the counts, the parked objects and the depth.
 * Built against the whole runtime (chapter 12).
 */
#define _POSIX_C_SOURCE 200809L     /* dup, dup2, fileno */
#include "harness.h"
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "eval.h"
#include "object.h"
#include "runtime.h"

static char captured[1 << 16];

/* Run `code`, its stdout caught in `captured`; true when it ran cleanly. */
static bool run_capturing(const char *code)
{
    fflush(stdout);
    FILE *file = tmpfile();
    int saved = dup(1);
    dup2(fileno(file), 1);
    int status = run_string(code);
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    rewind(file);
    size_t size = fread(captured, 1, sizeof captured - 1, file);
    captured[size] = '\0';
    fclose(file);
    return status == 0;
}

/* How many times `needle` occurs in what was caught. */
static int occurrences(const char *needle)
{
    int count = 0;
    for (const char *at = captured; (at = strstr(at, needle)) != NULL; at++)
        count++;
    return count;
}

static void test_frames(void)
{
    CU_ASSERT(run_capturing("import layout\n"
                            "def average(prices):\n"
                            "    total = sum(prices)\n"
                            "    empty = None\n"
                            "    del empty\n"
                            "    layout.frames()\n"
                            "basket = [2.5, 4.0]\n"
                            "average(basket)\n"));
    CU_ASSERT_EQUAL(occurrences("digraph minipy {"), 1);
    CU_ASSERT_EQUAL(occurrences("<b>frame of &lt;module&gt;</b>"), 1);
    CU_ASSERT_EQUAL(occurrences("<b>frame of average()</b>"), 1);
    CU_ASSERT_EQUAL(occurrences("3 local slots"), 1);
    CU_ASSERT_EQUAL(occurrences(">empty (empty)<"), 1);        /* a deleted local */
    CU_ASSERT_EQUAL(occurrences("f1 -> f0 [label=\"back\""), 1);
    /* The list: the global basket and the parameter prices, two arrows. */
    CU_ASSERT_EQUAL(occurrences("list\\n2 items\\nrefcount 2"), 1);
    CU_ASSERT_EQUAL(occurrences("float\\n6.5\\nrefcount 1"), 1);
    CU_ASSERT_EQUAL(occurrences("f0:p"), 2);       /* average and basket */
    CU_ASSERT_EQUAL(occurrences("f1:p"), 2);       /* prices and total, not empty */
}

static void test_frames_arguments(void)
{
    CU_ASSERT_FALSE(run_capturing("import layout\nlayout.frames(1)\n"));
    error_clear();
    CU_ASSERT_EQUAL(occurrences("digraph"), 0);
}

/* chain(n): n + 1 nested lists, each the only owner of the next. */
#define CHAIN_DEF "import layout\n"              \
                  "def chain(length):\n"         \
                  "    head = []\n"              \
                  "    for i in range(length):\n" \
                  "        head = [head]\n"      \
                  "    return head\n"

static const char *const forest = CHAIN_DEF "forest = [chain(60), chain(60), chain(60)]\n";

static void test_trashcan(void)
{
    char code[1024];
    snprintf(code, sizeof code, "%slayout.trashcan(3)\ndel forest\n", forest);
    CU_ASSERT(run_capturing(code));
    CU_ASSERT_EQUAL(occurrences("digraph minipy {"), 1);
    CU_ASSERT_EQUAL(occurrences("trash_depth 50:"), 1);
    CU_ASSERT_EQUAL(occurrences("refcount 0"), 3);   /* the three parked lists */
    CU_ASSERT_EQUAL(occurrences("f0:p"), 3);
    CU_ASSERT(trash_park_hook == NULL);             /* one figure per request */
    CU_ASSERT_EQUAL(runtime.trash_delete_later, NULL);
    CU_ASSERT_EQUAL(runtime.trash_depth, 0);
    /* No request, no figure, however deep the chain. */
    snprintf(code, sizeof code, "%sdel forest\n", forest);
    CU_ASSERT(run_capturing(code));
    CU_ASSERT_EQUAL(occurrences("digraph"), 0);
}

static void test_trashcan_more_parked_than_drawn(void)
{
    CU_ASSERT(run_capturing(CHAIN_DEF
                            "wide = [chain(55) for i in range(10)]\n"
                            "layout.trashcan(10)\n"
                            "del wide\n"));
    CU_ASSERT_EQUAL(occurrences("(2 more parked)"), 1);
    CU_ASSERT_EQUAL(occurrences("refcount 0"), 8);
}

static void test_trashcan_arguments(void)
{
    CU_ASSERT_FALSE(run_capturing("import layout\nlayout.trashcan(0)\n"));
    error_clear();
    CU_ASSERT_FALSE(run_capturing("import layout\nlayout.trashcan('x')\n"));
    error_clear();
    CU_ASSERT(trash_park_hook == NULL);
}

static const TestEntry tests[] = {
    {"layout.frames: slots, back links, counts", test_frames},
    {"layout.frames takes no arguments", test_frames_arguments},
    {"layout.trashcan: the parked lists at the third park", test_trashcan},
    {"layout.trashcan: at most 8 drawn", test_trashcan_more_parked_than_drawn},
    {"layout.trashcan: bad counts", test_trashcan_arguments},
};

int main(void)
{
    return RUN_SUITE("figures", tests, CU_BRM_NORMAL);
}
