/* lineedit.h: the REPL's lines from a terminal, with line editing and
 * history (libedit's readline interface). On a pipe the REPL reads stdin
 * as before and none of this is used. */
#ifndef MINIPY_LINEEDIT_H
#define MINIPY_LINEEDIT_H

#include <stdbool.h>

typedef enum LineResult {
    LINE_READ,                  /* a line (without its newline) */
    LINE_END,                   /* Ctrl-D on an empty line, or end of input */
    LINE_INTERRUPTED            /* Ctrl-C: "KeyboardInterrupt" already printed */
} LineResult;

/* True, and libedit set up, when stdin and stdout are both terminals
 * (CPython's test before it uses readline); false otherwise. */
bool lineedit_begin(void);
void lineedit_end(void);

/* Show `prompt` (on stdout, as CPython's readline does) and read one
 * line; on LINE_READ *line is the text, to give back to lineedit_free. */
LineResult lineedit_read(const char *prompt, char **line);
void lineedit_free(char *line);

#endif
