/* main.c: the command line, the same for every chapter's program.
 *
 *   minipy FILE.py      run a script
 *   minipy -c CODE      run a string
 *   minipy [-q] [-i]    the REPL (prompts on stderr, as python3 -q -i)
 *
 * Exit status as CPython's: 0, 1 after an uncaught exception, 2 for a bad
 * command line or a script that cannot be opened.
 */
#define _POSIX_C_SOURCE 200809L     /* dup2, fileno */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "eval.h"
#include "graph.h"
#include "interrupt.h"
#include "module.h"
#include "runtime.h"
#include "streams.h"

/* The name the program was started by (ch03, minipy ...), for --help and
 * for errors in the command line: each chapter program names itself. */
static const char *program = "minipy";

static void set_program_name(const char *argv0)
{
    if (argv0 == NULL || *argv0 == '\0')
        return;
    const char *slash = strrchr(argv0, '/');
    program = slash != NULL && slash[1] != '\0' ? slash + 1 : argv0;
    /* run.c's messages ("can't open file") name the program as it was
     * started, path and all, as CPython's config->program_name does. */
    runtime.program_name = argv0;
}

typedef struct Options {
    const char *script;         /* FILE.py, or NULL */
    const char *command;        /* -c CODE, or NULL */
    const char *dot_file;       /* --dot FILE, or NULL */
#if CHAPTER >= CH_POOLS
    const char *pools_dot_file; /* --pools-dot FILE, or NULL */
#endif
    bool quiet, inspect, transcript;
    int script_index;           /* where the script's own arguments start */
} Options;

static void usage(FILE *out)
{
    fprintf(out, "usage: %s [option] ... [-c cmd | file]\n", program);
    fprintf(out,
        "Options (before the script):\n"
        "  -c cmd           run the program passed in as a string\n"
        "  -i               start the REPL (after the script, if any)\n"
        "  -q               no banner when the REPL starts\n"
        "  -h, --help       print this help and exit\n"
        "  --transcript     REPL that writes prompts, the input it reads, output and\n"
        "                   errors to stdout, in order, as a terminal would show them\n"
#if CHAPTER >= CH_REFCOUNT
        "  --trace-dealloc  log every deallocation to stderr\n"
#endif
        "  --stats          print allocation and heap statistics at exit\n"
        "  --dot FILE       at exit, write a Graphviz drawing of __main__'s globals\n"
#if CHAPTER >= CH_GC_REFS
        "  --gc-trace       print each step of each collection (gc_refs) to stderr\n"
        "  --gc-dot DIR     draw the steps of the last collection as DIR/step-1.dot,\n"
        "                   step-2.dot (gc_refs) and step-3.dot (what is unreachable)\n"
#endif
#if CHAPTER >= CH_POOLS
        "  --pools-dot FILE at exit, write a Graphviz drawing of the arenas and pools\n"
#endif
#if CHAPTER >= CH_LEAKS
        "  --legacy-del     collect as Python 2 did: a cycle with __del__ is not freed\n"
        "                   but goes to gc.garbage\n"
#endif
        );
    fprintf(out, "With no script and no -c, %s starts the REPL.\n", program);
}

static int bad_option(const char *option)
{
    fprintf(stderr, "%s: unknown option %s\n", program, option);
    usage(stderr);
    return 2;
}

static int missing_argument(const char *option)
{
    fprintf(stderr, "%s: option %s requires an argument\n", program, option);
    usage(stderr);
    return 2;
}

/* `--dot script.py` (the drawing's name forgotten) would overwrite the
 * script with the drawing: refuse any FILE that names Python source. */
static bool names_python_source(const char *path)
{
    size_t length = strlen(path);
    return length >= 3 && strcmp(path + length - 3, ".py") == 0;
}

/* Short options may be grouped (-qi) and -c may hold its code (-cCODE).
 * Returns -1 to go on, or an exit status. */
static int parse_short(Options *options, int argc, char **argv, int *i)
{
    const char *arg = argv[*i];
    for (const char *p = arg + 1; *p; p++) {
        switch (*p) {
        case 'q': options->quiet = true; break;
        case 'i': options->inspect = true; break;
        case 'h': usage(stdout); return 0;
        case 'c':
            if (p[1] != '\0')
                options->command = p + 1;
            else if (*i + 1 < argc)
                options->command = argv[++*i];
            else
                return missing_argument("-c");
            return -1;
        default: {
            char option[3] = {'-', *p, '\0'};
            return bad_option(option);
        }
        }
    }
    return -1;
}

static int parse_long(Options *options, int argc, char **argv, int *i)
{
    const char *arg = argv[*i];
    if (strcmp(arg, "--help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(arg, "--transcript") == 0)
        options->transcript = true;
#if CHAPTER >= CH_REFCOUNT
    else if (strcmp(arg, "--trace-dealloc") == 0)
        runtime.trace_requested = true;
#endif
    else if (strcmp(arg, "--stats") == 0)
        runtime.print_stats = true;
    else if (strcmp(arg, "--dot") == 0) {
        if (*i + 1 >= argc)
            return missing_argument("--dot");
        options->dot_file = argv[++*i];
        if (names_python_source(options->dot_file)) {
            fprintf(stderr, "%s: --dot writes FILE: refusing to overwrite '%s' "
                    "(write --dot drawing.dot %s)\n", program, options->dot_file,
                    options->dot_file);
            return 2;
        }
#if CHAPTER >= CH_GC_REFS
#if CHAPTER >= CH_POOLS
    } else if (strcmp(arg, "--pools-dot") == 0) {
        if (*i + 1 >= argc)
            return missing_argument("--pools-dot");
        options->pools_dot_file = argv[++*i];
        if (names_python_source(options->pools_dot_file)) {
            fprintf(stderr, "%s: --pools-dot writes FILE: refusing to overwrite '%s'\n",
                    program, options->pools_dot_file);
            return 2;
        }
#endif
#endif
#if CHAPTER >= CH_LEAKS
    } else if (strcmp(arg, "--legacy-del") == 0) {
        runtime.gc.legacy_del = true;
#endif
#if CHAPTER >= CH_GC_REFS
    } else if (strcmp(arg, "--gc-trace") == 0) {
        runtime.gc.trace = true;
    } else if (strcmp(arg, "--gc-dot") == 0) {
        if (*i + 1 >= argc)
            return missing_argument("--gc-dot");
        runtime.gc.dot_dir = argv[++*i];
        if (access(runtime.gc.dot_dir, W_OK) != 0) {
            fprintf(stderr, "%s: --gc-dot: '%s' is not a writable directory\n",
                    program, runtime.gc.dot_dir);
            return 2;
        }
#endif
    } else
        return bad_option(arg);
    return -1;
}

/* Options come before the script or -c; what follows is the program's. */
static int parse_options(Options *options, int argc, char **argv)
{
    int i = 1;
    for (; i < argc && options->command == NULL; i++) {
        const char *arg = argv[i];
        if (arg[0] != '-' || arg[1] == '\0')
            break;
        int status = arg[1] == '-' ? parse_long(options, argc, argv, &i)
                                   : parse_short(options, argc, argv, &i);
        if (status >= 0)
            return status;
    }
    if (options->command == NULL && i < argc && strcmp(argv[i], "-") != 0)
        options->script = argv[i++];
    options->script_index = i;
    return -1;
}

/* sys.argv as CPython: [script, args...], ["-c", args...], or [""]. */
static void set_argv(const Options *options, int argc, char **argv)
{
    int count = argc - options->script_index;
    char *empty = "";
    char *dash_c = "-c";
    char **args = argv + options->script_index;
    if (options->script != NULL) {
        sys_set_argv(count + 1, args - 1);
    } else if (options->command != NULL) {
        char *saved = args[-1];
        args[-1] = dash_c;
        sys_set_argv(count + 1, args - 1);
        args[-1] = saved;
    } else {
        sys_set_argv(1, &empty);
    }
}

/* Opened before the program runs, so that a path that cannot be written
 * stops minipy at once, like a script that cannot be opened. */
static FILE *open_dot(const char *path)
{
    FILE *out = fopen(path, "w");
    if (out == NULL)
        fprintf(stderr, "%s: can't write '%s': [Errno %d] %s\n", program, path, errno,
                strerror(errno));
    return out;
}

static void write_dot(FILE *out)
{
    GraphOptions options = {.max_depth = 3, .show_refcounts = true, .show_names = true};
    graph_write_namespace(out, MODULE_DICT(runtime.main_module), &options);
}

/* In transcript mode everything a terminal would show goes, in order and
 * unbuffered, to stdout: stderr is made a second name for it. */
static void start_transcript(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    fflush(stderr);
    dup2(fileno(stdout), fileno(stderr));
    runtime.transcript = true;
}

static int run(const Options *options)
{
    int status = 0;
    runtime.inspect = options->inspect;
    if (options->command != NULL)
        status = run_string(options->command);
    else if (options->script != NULL)
        status = run_file(options->script);
    bool repl = options->inspect || (options->command == NULL && options->script == NULL);
    if (status == 2 || !repl)
        return status;
    if (!options->quiet && options->command == NULL && options->script == NULL)
        fputs("minipy -- a Python 3.11 subset, the runtime of a book on Python's memory\n", stderr);
    /* As CPython's pymain_repl: in the REPL a SystemExit ends the session,
     * and the session's status replaces the script's. */
    runtime.inspect = false;
    return run_repl(options->quiet);
}

int main(int argc, char **argv)
{
    Options options = {0};
    streams_init();
    set_program_name(argv[0]);
    int status = parse_options(&options, argc, argv);
    if (status >= 0)
        return status;
    FILE *dot = NULL;
    if (options.dot_file != NULL && (dot = open_dot(options.dot_file)) == NULL)
        return 2;
#if CHAPTER >= CH_POOLS
    FILE *pools_dot = NULL;
    if (options.pools_dot_file != NULL && (pools_dot = open_dot(options.pools_dot_file)) == NULL)
        return 2;
#endif
    if (options.transcript)
        start_transcript();
    interrupt_install();
    runtime_init();
    set_argv(&options, argc, argv);
    status = run(&options);
    if (dot != NULL) {
        if (runtime.main_module != NULL)
            write_dot(dot);
        fclose(dot);
    }
#if CHAPTER >= CH_POOLS
    /* The pools as the program left them, before the exit frees it all. */
    if (pools_dot != NULL) {
        ob_write_dot(&runtime.pools, pools_dot);
        fclose(pools_dot);
    }
#endif
    status = streams_flush_at_exit(status);
    runtime_finalize();
    status = streams_flush_at_exit(status);
    return interrupt_exit_status(status);
}
