/* interrupt.h: Ctrl-C. A SIGINT handler only sets a flag; the evaluator
 * polls it at safe points (each turn of a loop, each call of a function
 * defined in minipy), where raising KeyboardInterrupt is an ordinary
 * exception (CPython's eval breaker and signal module, much reduced). */
#ifndef MINIPY_INTERRUPT_H
#define MINIPY_INTERRUPT_H

#include <signal.h>

/* Set by the handler, read and cleared by the runtime. A signal handler
 * may write only such a variable: this one cannot live in `runtime`. */
extern volatile sig_atomic_t interrupt_requested;

/* Install the SIGINT handler (main.c, before anything runs). */
void interrupt_install(void);

/* Clear the flag and raise KeyboardInterrupt; returns -1. */
int interrupt_raise(void);

/* At a safe point: -1 with KeyboardInterrupt raised if Ctrl-C was pressed
 * since the last poll, else 0. One load of a flag when nothing happened. */
#ifdef MINIPY_FUZZ
/* Only in the fuzzer's build (tests/fuzz/): the safe points left before
 * every poll raises KeyboardInterrupt, so that `while 1: pass` ends; -1 is
 * no budget. Once spent it stays spent: a bare `except:` that catches the
 * first KeyboardInterrupt meets another at its loop's next turn. */
extern long interrupt_fuzz_budget;
#endif

static inline int interrupt_poll(void)
{
#ifdef MINIPY_FUZZ
    if (interrupt_fuzz_budget >= 0 && interrupt_fuzz_budget-- == 0) {
        interrupt_fuzz_budget = 0;
        return interrupt_raise();
    }
#endif
    return interrupt_requested ? interrupt_raise() : 0;
}

/* A script or -c ended with KeyboardInterrupt uncaught (called with the
 * exception still set, before it is printed): remember it for the exit. */
void interrupt_note_uncaught(void);

/* main.c's last word: as CPython, a program ended by an uncaught
 * KeyboardInterrupt dies of SIGINT (the shell's status 130), so that a
 * shell script running it stops too. Otherwise returns `status`. */
int interrupt_exit_status(int status);

#endif
