/* run.c: running a unit, a script, a string and the REPL.
 *
 * Reads the source, parses it into a unit, runs it in __main__ and prints
 * an uncaught exception; the REPL reads entries line by line until the
 * parser says they are finished. CPython: Python/pythonrun.c
 * (PyRun_SimpleFileObject, PyRun_SimpleString, PyRun_InteractiveLoop).
 */
#define _POSIX_C_SOURCE 200809L     /* getcwd, stat */
#include <errno.h>
#include <unistd.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "eval_internal.h"
#include "lineedit.h"
#include "streams.h"

char *eval_read_source(const char *path, size_t *size)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL)
        return NULL;
    size_t capacity = 4096, length = 0;
    char *text = mem_alloc(capacity + 1);
    size_t got;
    while ((got = fread(text + length, 1, capacity - length, file)) > 0) {
        length += got;
        if (length == capacity) {
            text = mem_realloc(text, capacity + 1, 2 * capacity + 1);
            capacity *= 2;
        }
    }
    int failed = ferror(file);
    fclose(file);
    if (failed) {
        mem_free(text, capacity + 1);
        errno = EIO;
        return NULL;
    }
    text = mem_realloc(text, capacity + 1, length + 1);
    text[length] = '\0';
    *size = length;
    return text;
}

/* Parse and run one unit in __main__; print an uncaught exception. As
 * CPython frees its AST arena after compiling, the parser's own objects
 * are dropped once the unit has run; the unit goes when its code does. */
static int run_source(const char *source, size_t size, const char *filename, ParseMode mode)
{
    Unit *unit = parse_unit(source, size, filename, mode);
    if (unit == NULL) {
        error_print();
        return 1;
    }
    Object *result = eval_unit(unit, MODULE_DICT(runtime.main_module));
    unit_drop_arena_objects(unit);
    int status = 0;
    if (result == NULL) {
        status = runtime.inspect ? -1 : error_system_exit();
        if (status >= 0) {
            runtime.exiting = true;
        } else {
            interrupt_note_uncaught();
            error_print();
            status = 1;
        }
    }
    xdecref(result);
    decref((Object *)unit);
    streams_flush_stdout();
    return status;
}

/* CPython makes the script's path absolute (sys.argv[0] stays as given). */
static Object *absolute_path(const char *path)
{
    if (path[0] == '/')
        return str_from_cstr(path);
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd) == NULL)
        return str_from_cstr(path);
    const char *relative = strncmp(path, "./", 2) == 0 ? path + 2 : path;
    return str_format("%s/%s", cwd, relative);
}

/* How CPython names itself in its own messages ("python3: can't open
 * file ..."); minipy and each chapter program by the name they were
 * started under. */
static const char *program_name(void)
{
    return runtime.program_name != NULL ? runtime.program_name : "minipy";
}

int run_file(const char *path)
{
    Object *filename = absolute_path(path);
    if (filename == NULL) {             /* a path the memory refused */
        error_print();
        return 1;
    }
    struct stat info;
    if (stat(STR_DATA(filename), &info) == 0 && S_ISDIR(info.st_mode)) {
        /* CPython would run the directory's __main__.py; minipy has no
         * packages, so it says what CPython says when there is none. */
        fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", program_name(),
                STR_DATA(filename));
        decref(filename);
        return 1;
    }
    size_t size;
    char *source = eval_read_source(STR_DATA(filename), &size);
    if (source == NULL) {
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", program_name(),
                STR_DATA(filename), errno, strerror(errno));
        decref(filename);
        return 2;
    }
    Object *globals = MODULE_DICT(runtime.main_module);
    dict_set_item_cstr(globals, "__file__", filename);
    dict_set_item_cstr(globals, "__cached__", None);
    int status = run_source(source, size, STR_DATA(filename), PARSE_FILE);
    mem_free(source, size + 1);
    decref(filename);
    return status;
}

int run_string(const char *code)
{
    return run_source(code, strlen(code), "<string>", PARSE_FILE);
}

/* The REPL's text of one entry, growing line by line. */
typedef struct Entry {
    char *text;
    size_t size, capacity;
} Entry;

static void entry_append(Entry *entry, const char *text, size_t size)
{
    if (entry->size + size + 1 > entry->capacity) {
        size_t capacity = 2 * (entry->size + size + 1);
        entry->text = mem_realloc(entry->text, entry->capacity, capacity);
        entry->capacity = capacity;
    }
    memcpy(entry->text + entry->size, text, size);
    entry->size += size;
    entry->text[entry->size] = '\0';
}

/* Read one line (with its newline) into the entry; false at end of input. */
static bool read_line(Entry *entry, FILE *in)
{
    char chunk[1024];
    bool got = false;
    while (fgets(chunk, sizeof chunk, in) != NULL) {
        got = true;
        size_t length = strlen(chunk);
        entry_append(entry, chunk, length);
        if (length > 0 && chunk[length - 1] == '\n')
            break;
    }
    return got;
}

/* One line of the entry: from libedit on a terminal, else from stdin
 * after a prompt on `prompts`. */
static LineResult read_entry_line(Entry *entry, bool editing, FILE *prompts)
{
    const char *prompt = entry->size == 0 ? ">>> " : "... ";
    if (!editing) {
        fputs(prompt, prompts);
        fflush(prompts);
        return read_line(entry, stdin) ? LINE_READ : LINE_END;
    }
    char *line;
    LineResult got = lineedit_read(prompt, &line);
    if (got == LINE_READ) {
        entry_append(entry, line, strlen(line));
        entry_append(entry, "\n", 1);
        lineedit_free(line);
    }
    return got;
}

static bool is_blank(const char *text, size_t size)
{
    for (size_t i = 0; i < size; i++)
        if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
            return false;
    return true;
}

int run_repl(bool quiet)
{
    (void)quiet;                /* main.c prints the banner */
    runtime.interactive = true;
    /* In --transcript mode main.c has pointed stderr at stdout. */
    FILE *prompts = stderr;
    Entry entry = {0};
    int status = 0;
    bool editing = !runtime.transcript && lineedit_begin();
    while (!runtime.exiting) {
        size_t line_start = entry.size;
        LineResult got = read_entry_line(&entry, editing, prompts);
        if (got == LINE_INTERRUPTED) {
            entry.size = 0;
            continue;
        }
        if (got == LINE_END) {
            if (!is_blank(entry.text, entry.size))
                status = run_source(entry.text, entry.size, "<stdin>", PARSE_SINGLE);
            break;
        }
        if (runtime.transcript) {
            fputs(entry.text + line_start, stdout);
            if (entry.text[entry.size - 1] != '\n')
                fputc('\n', stdout);
        }
        if (is_blank(entry.text, entry.size)) {
            entry.size = 0;
            continue;
        }
        if (parse_needs_more(entry.text, entry.size))
            continue;
        status = run_source(entry.text, entry.size, "<stdin>", PARSE_SINGLE);
        entry.size = 0;
    }
    mem_free(entry.text, entry.capacity);
    if (editing)
        lineedit_end();
    if (runtime.exiting)        /* exit(), raise SystemExit: its status, no newline */
        return status;
    fputc('\n', prompts);
    fflush(prompts);
    return 0;
}
