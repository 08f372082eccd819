/* streams.h: stdout buffered as CPython buffers sys.stdout. */
#ifndef MINIPY_STREAMS_H
#define MINIPY_STREAMS_H

/* Before anything is written (main.c): line-buffered on a terminal and
 * block-buffered otherwise (the C library's own choice, which is
 * CPython's), unbuffered when PYTHONUNBUFFERED is set and not empty (as
 * CPython's -u). stderr stays unbuffered. */
void streams_init(void);

#endif
