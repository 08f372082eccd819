/* streams.h: stdout buffered as CPython buffers sys.stdout, and its write
 * errors reported as CPython reports them. */
#ifndef MINIPY_STREAMS_H
#define MINIPY_STREAMS_H

/* Before anything is written (main.c): line-buffered on a terminal and
 * block-buffered otherwise (the C library's own choice, which is
 * CPython's), unbuffered when PYTHONUNBUFFERED is set and not empty (as
 * CPython's -u). stderr stays unbuffered. */
void streams_init(void);

/* After a statement wrote to stdout (print, the REPL's echo): 0, or -1
 * with OSError set ("[Errno 28] No space left on device" on /dev/full)
 * when the C library could not write, as CPython's write raises. */
int streams_check_stdout(void);

/* print(..., flush=True): the same for a flush, whose text, as in
 * CPython's buffer, stays to fail again at exit. */
int streams_flush_or_raise(void);

/* fflush(stdout) before something else is written (a traceback on
 * stderr): a failure is not raised but remembered for the exit, as
 * CPython's flush_io clears the error and keeps the text. */
void streams_flush_stdout(void);

/* At exit (main.c, before and after the runtime's tear-down): flush
 * stdout; if that fails, or text of a failed write is still unwritten,
 * say so as CPython's flush_std_files does ("Exception ignored in:
 * <_io.TextIOWrapper name='<stdout>' ...>" and the OSError) and return
 * 120, the status CPython exits with when finalization fails; otherwise
 * return `status`. */
int streams_flush_at_exit(int status);

#endif
