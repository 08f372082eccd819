/* errprint.c: an uncaught exception printed as CPython prints it: the
 * traceback (innermost last, a deep recursion folded into "[Previous line
 * repeated N more times]"), a SyntaxError's source line and carets, the
 * chain of __context__ exceptions, SystemExit's exit status, and the
 * "Exception ignored in" report of an error nobody can catch (CPython's
 * Python/pythonrun.c print_exception and Python/traceback.c).
 */
#include "error.h"

#include <stdio.h>
#include <string.h>

#include "bool.h"
#include "dict.h"
#if CHAPTER >= CH_CYCLES
#include "eval.h"
#include "frame.h"
#endif
#include "int.h"
#include "list.h"
#include "runtime.h"
#include "streams.h"
#include "str.h"
#include "tuple.h"

/* ---- printing ---------------------------------------------------------- */

static void write_str(Object *text, FILE *out)
{
    fwrite(STR_DATA(text), 1, STR_SIZE(text), out);
}

/* CPython prints at most sys.tracebacklimit (1000) entries, the innermost
 * ones, and folds a run of identical entries (a deep recursion) after the
 * third into one "[Previous line repeated N more times]". */
#define TRACEBACK_LIMIT 1000
#define TRACEBACK_RECURSIVE_CUTOFF 3

/* One traceback entry as the printer sees it (all borrowed). */
typedef struct Place {
    Object *filename;
    long line;
    Object *function;
    Object *source;         /* str, or NULL: no source line shown */
} Place;

static void print_entry(const Place *entry, FILE *out)
{
    fputs("  File \"", out);
    write_str(entry->filename, out);
    fprintf(out, "\", line %ld, in ", entry->line);
    write_str(entry->function, out);
    fputc('\n', out);
    if (entry->source == NULL)
        return;
    /* CPython 3.11 strips the leading whitespace only. It also underlines
     * the failing expression with ~~~^^^ lines (PEP 657); minipy
     * deliberately leaves them out: its tree walker does not track end
     * columns, and the book's outputs stay stable. */
    const char *source = STR_DATA(entry->source);
    source += strspn(source, " \t\f");
    fprintf(out, "    %s\n", source);
}

/* Same file, line and function: what CPython's tb_print_internal compares. */
static bool same_place(const Place *a, const Place *b)
{
    return a->line == b->line && object_equal(a->filename, b->filename) == 1
        && object_equal(a->function, b->function) == 1;
}

static void print_repeated(intptr_t count, FILE *out)
{
    count -= TRACEBACK_RECURSIVE_CUTOFF;
    fprintf(out, "  [Previous line repeated %ld more time%s]\n", (long)count,
            count > 1 ? "s" : "");
}

/* The entries go through here outermost first; a run of the same place
 * is printed three times, then folded. */
typedef struct EntryPrinter {
    FILE *out;
    Place last;
    intptr_t repeats;       /* of `last` so far; 0 before the first entry */
} EntryPrinter;

static void printer_add(EntryPrinter *printer, const Place *entry)
{
    if (printer->repeats == 0 || !same_place(entry, &printer->last)) {
        if (printer->repeats > TRACEBACK_RECURSIVE_CUTOFF)
            print_repeated(printer->repeats, printer->out);
        printer->last = *entry;
        printer->repeats = 0;
    }
    if (++printer->repeats <= TRACEBACK_RECURSIVE_CUTOFF)
        print_entry(entry, printer->out);
}

static void printer_end(EntryPrinter *printer)
{
    if (printer->repeats > TRACEBACK_RECURSIVE_CUTOFF)
        print_repeated(printer->repeats, printer->out);
}

#if CHAPTER >= CH_CYCLES
/* The chain is outermost first, as printed; only its innermost
 * TRACEBACK_LIMIT entries are (CPython's tb_print skips the others). */
static void print_traceback(Object *traceback, FILE *out)
{
    fputs("Traceback (most recent call last):\n", out);
    intptr_t depth = 0;
    for (Object *tb = traceback; tb != NULL; tb = ((TracebackObject *)tb)->next)
        depth++;
    EntryPrinter printer = {.out = out};
    for (Object *tb = traceback; tb != NULL; tb = ((TracebackObject *)tb)->next, depth--) {
        if (depth > TRACEBACK_LIMIT)
            continue;
        TracebackObject *entry = (TracebackObject *)tb;
        FrameObject *frame = (FrameObject *)entry->frame;
        Place place = {frame->filename, entry->lineno, frame->code->name, entry->source};
        printer_add(&printer, &place);
    }
    printer_end(&printer);
}
#else
/* The list is innermost first: print it backwards, outermost first. */
static void print_traceback(Object *traceback, FILE *out)
{
    fputs("Traceback (most recent call last):\n", out);
    intptr_t size = LIST_SIZE(traceback);
    intptr_t first = size > TRACEBACK_LIMIT ? TRACEBACK_LIMIT - 1 : size - 1;
    EntryPrinter printer = {.out = out};
    for (intptr_t i = first; i >= 0; i--) {
        Object **item = TUPLE_ITEMS(LIST_ITEMS(traceback)[i]);
        Place place = {item[0], (long)INT_VALUE(item[1]), item[2],
                       item[3] == None ? NULL : item[3]};
        printer_add(&printer, &place);
    }
    printer_end(&printer);
}
#endif

/* The source line and caret of a SyntaxError, exactly as CPython's
 * print_error_text: strip leading whitespace (moving the caret with it),
 * keep only the line the offset points into, and draw no caret that would
 * fall left of the text. */
static void print_error_text(int64_t offset, int64_t end_offset, const char *text, FILE *out)
{
    int64_t carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;                                   /* 1-based to 0-based */
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    int64_t length = (int64_t)strlen(text);
    if (length > 0 && text[length - 1] == '\n')
        length--;
    if (offset > length)
        offset = length;
    for (const char *newline; (newline = strchr(text, '\n')) != NULL;) {
        int64_t skip = newline - text;
        if (skip >= offset)
            break;
        skip++;
        text += skip;
        length -= skip;
        offset -= skip;
    }
    fprintf(out, "    %s", text);
    if (text[length] != '\n')
        fputc('\n', out);
    if (offset < 0)
        return;
    fputs("    ", out);
    for (int64_t i = 0; i < offset; i++)
        fputc(' ', out);
    for (int64_t i = 0; i < carets; i++)
        fputc('^', out);
    fputc('\n', out);
}

/* "  File "t.py", line 1" / source / caret, as CPython's print_exception
 * writes them for a SyntaxError; the last line then shows the bare msg
 * (exception_summary). A multi-line span is underlined to the end of its
 * first line, and never past the text. */
static void print_syntax_location(const SyntaxLocation *loc, FILE *out)
{
    fputs("  File \"", out);
    if (is_str(loc->filename))
        write_str(loc->filename, out);
    else
        fputs("<string>", out);
    fprintf(out, "\", line %ld\n", (long)loc->lineno);
    if (!is_str(loc->text))
        return;
    int64_t line_size = (int64_t)STR_SIZE(loc->text);
    int64_t end_offset = loc->end_offset;
    if (loc->end_lineno > loc->lineno)
        end_offset = line_size;             /* underline to the end of the first line */
    if (end_offset > line_size + 1)
        end_offset = line_size + 1;
    print_error_text(loc->offset, end_offset, STR_DATA(loc->text), out);
}

/* The class name as CPython prints it: qualified by its module unless that
 * is builtins or __main__ (classes made by class statements record
 * __module__ in their dict). */
static Object *class_display_name(Type *type)
{
    Object *module = NULL;
    if ((type->flags & TYPE_HEAP) && type->dict)
        module = dict_get_item_cstr(type->dict, "__module__");
    if (module && is_str(module) && !str_equal_cstr(module, "builtins")
        && !str_equal_cstr(module, "__main__"))
        return str_format("%S.%s", module, type->name);
    return str_from_cstr(type->name);
}

/* "Type: message", or "Type" alone when str(message) is empty. */
static Object *summary_with_message(Object *exception, Object *message)
{
    Object *name = class_display_name(exception->type);
    if (name == NULL)
        return NULL;
    Object *text = object_str(message);
    Object *summary;
    if (text == NULL && error_matches(&exc_MemoryError)) {
        decref(name);                   /* print_exception says so */
        return NULL;
    }
    if (text == NULL) {
        error_clear();
        summary = str_format("%S: <exception str() failed>", name);
    } else if (STR_SIZE(text) == 0) {
        summary = incref(name);
    } else {
        summary = str_format("%S: %S", name, text);
    }
    xdecref(text);
    decref(name);
    return summary;
}

Object *exception_summary(Object *exception)
{
    SyntaxLocation loc;
    if (is_syntax_error(exception) && error_syntax_location(exception, &loc))
        return summary_with_message(exception, loc.msg);
    return summary_with_message(exception, exception);
}

int error_system_exit(void)
{
    if (!error_matches(&exc_SystemExit))
        return -1;
    Object *exception = error_fetch();
    Object *code = error_system_exit_code(exception);
    int status = 0;
    if (is_int(code)) {
        status = (int)INT_VALUE(code);
    } else if (code != None) {
        streams_flush_stdout();
        Object *text = object_str(code);
        if (text) {
            write_str(text, stderr);
            decref(text);
        } else {
            error_clear();      /* a failing __str__: the status still stands */
        }
        fputc('\n', stderr);
        status = 1;
    }
    decref(exception);
    return status;
}

/* One exception: its traceback, then "Type: message". */
static void print_exception(Object *exception, FILE *out)
{
    Object *traceback = EXC(exception)->traceback;
#if CHAPTER >= CH_CYCLES
    if (traceback)
#else
    if (traceback && LIST_SIZE(traceback) > 0)
#endif
        print_traceback(traceback, out);
    SyntaxLocation loc;
    if (is_syntax_error(exception) && error_syntax_location(exception, &loc))
        print_syntax_location(&loc, out);
    Object *summary = exception_summary(exception);
    if (summary) {
        write_str(summary, out);
        fputc('\n', out);
        decref(summary);
    } else {
        /* Memory ran out while the report was being made (the injection
         * sweep finds these): the type alone, and why. */
        bool no_memory = error_matches(&exc_MemoryError);
        error_clear();
        fprintf(out, "%s\n", exception->type->name);
        if (no_memory)
            fputs("MemoryError (while printing the exception above)\n", out);
    }
}

#if CHAPTER >= CH_CYCLES
/* The exceptions of the chain printed so far, innermost call first
 * (CPython's `seen` set: a chain made into a cycle by assigning
 * __context__ is printed once around). */
typedef struct Seen {
    Object *exception;
    const struct Seen *next;
    int depth;
} Seen;

static bool seen_before(const Seen *seen, Object *exception)
{
    for (; seen != NULL; seen = seen->next)
        if (seen->exception == exception)
            return true;
    return false;
}

/* The context first, then the exception (CPython's
 * print_exception_recursive). The context is held while it is printed:
 * its __str__ may be Python code that changes the chain. */
static void print_chain(Object *exception, const Seen *seen, FILE *out)
{
    Seen here = {exception, seen, seen ? seen->depth + 1 : 0};
    Object *context = EXC(exception)->context;
    if (context != NULL && !seen_before(&here, context) && here.depth < RECURSION_LIMIT) {
        incref(context);
        print_chain(context, &here, out);
        decref(context);
        fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
    }
    print_exception(exception, out);
}
#endif

/* Print `exception` (stolen) on stderr, its context chain first unless
 * `alone` (CPython's unraisable hook shows the last exception only). */
static void print_and_drop(Object *exception, bool alone)
{
    if (exception == NULL)
        return;
    /* What the program printed comes first; but, as CPython's unraisable
     * hook, a report of an ignored exception leaves stdout's buffer alone
     * (with 2>&1 it shows before output still buffered, as CPython's). */
    if (!alone)
        streams_flush_stdout();
#if CHAPTER >= CH_CYCLES
    if (!alone)
        print_chain(exception, NULL, stderr);
    else
#else
    (void)alone;
#endif
        print_exception(exception, stderr);
    fflush(stderr);
    decref(exception);
}

void error_print(void)
{
    print_and_drop(error_fetch(), false);
}

#if CHAPTER >= CH_REFCOUNT
void error_write_unraisable(Object *where)
{
    Object *exception = error_fetch();
    Object *text = object_repr(where);
    fprintf(stderr, "Exception ignored in: %s\n", text ? STR_DATA(text) : "<object>");
    xdecref(text);
    if (text == NULL)
        error_clear();
    print_and_drop(exception, true);
}
#endif
