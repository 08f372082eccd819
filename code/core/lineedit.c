/* lineedit.c: terminal input for the REPL through libedit (see
 * lineedit.h). libedit rather than GNU readline: it is BSD-licensed, so
 * linking it leaves the book's code under its own licence.
 *
 * Like CPython's Modules/readline.c, the line is read with the callback
 * interface: poll() waits for a key, and a Ctrl-C arriving while it waits
 * interrupts poll() (interrupt.c's handler sets a flag), so the prompt can
 * give up the half-typed entry and start afresh. libedit's own signal
 * handling is turned off: the runtime's handler is the only one. */
#define _POSIX_C_SOURCE 200809L     /* fileno, poll */
#include "lineedit.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <editline/readline.h>

#include "interrupt.h"

/* What the line handler got from libedit: a line, or NULL at the end. */
static struct {
    bool done;
    char *line;
} reading;

static void line_complete(char *line)
{
    reading.done = true;
    reading.line = line;
    rl_callback_handler_remove();
}

bool lineedit_begin(void)
{
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
        return false;
    rl_catch_signals = 0;
    rl_readline_name = "minipy";    /* "minipy:" lines of ~/.editrc */
    rl_instream = stdin;
    rl_outstream = stdout;
    rl_initialize();
    using_history();
    return true;
}

void lineedit_end(void)
{
    clear_history();
}

/* Ctrl-C at the prompt: the entry is dropped, as CPython does. */
static LineResult interrupted(void)
{
    interrupt_requested = 0;
    rl_callback_handler_remove();   /* the terminal back in its normal mode */
    fputs("\nKeyboardInterrupt\n", stderr);
    return LINE_INTERRUPTED;
}

LineResult lineedit_read(const char *prompt, char **line)
{
    fflush(stdout);
    reading.done = false;
    reading.line = NULL;
    if (interrupt_requested)
        return interrupted();
    rl_callback_handler_install(prompt, line_complete);
    while (!reading.done) {
        struct pollfd in = {.fd = fileno(rl_instream), .events = POLLIN};
        int ready = poll(&in, 1, -1);
        if (interrupt_requested)
            return interrupted();
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0) {
            rl_callback_handler_remove();
            return LINE_END;
        }
        rl_callback_read_char();
    }
    if (reading.line == NULL)
        return LINE_END;
    if (reading.line[0] != '\0')
        add_history(reading.line);
    *line = reading.line;
    return LINE_READ;
}

void lineedit_free(char *line)
{
    free(line);                 /* libedit's copy, from its malloc */
}
