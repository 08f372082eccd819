/* interrupt.c: Ctrl-C becomes KeyboardInterrupt (see interrupt.h). */
#define _POSIX_C_SOURCE 200809L     /* sigaction, kill */
#include "interrupt.h"

#include <stdbool.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "runtime.h"

volatile sig_atomic_t interrupt_requested;
#ifdef MINIPY_FUZZ
long interrupt_fuzz_budget = -1;
#endif

/* Set while the runtime runs; read once, by main.c after tear-down. */
static bool uncaught_interrupt;

static void on_sigint(int signo)
{
    (void)signo;
    interrupt_requested = 1;
}

/* SA_RESTART: the REPL's fgets on a pipe goes on reading as before;
 * poll() is never restarted, so the terminal's reader (lineedit.c) wakes
 * up at once. */
void interrupt_install(void)
{
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_sigint;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
}

int interrupt_raise(void)
{
    interrupt_requested = 0;
    /* The class called with no arguments: args is (), printed as the bare
     * name, as CPython's "KeyboardInterrupt". */
    error_set_object((Object *)&exc_KeyboardInterrupt);
    return -1;
}

void interrupt_note_uncaught(void)
{
    if (!runtime.interactive && !runtime.inspect && error_matches(&exc_KeyboardInterrupt))
        uncaught_interrupt = true;
}

int interrupt_exit_status(int status)
{
    if (!uncaught_interrupt)
        return status;
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
    return 130;                 /* 128 + SIGINT, if the signal did not end us */
}
