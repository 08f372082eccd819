/* streams.c: see streams.h. */
#include "streams.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "runtime.h"

void streams_init(void)
{
    const char *unbuffered = getenv("PYTHONUNBUFFERED");
    runtime.stdout_unbuffered = unbuffered != NULL && unbuffered[0] != '\0';
    if (runtime.stdout_unbuffered)
        setvbuf(stdout, NULL, _IONBF, 0);
}

/* A write that failed: CPython's buffered writer raises; text too long
 * for its buffer, written straight through, is not kept. */
int streams_check_stdout(void)
{
    if (!ferror(stdout))
        return 0;
    int err = errno ? errno : EIO;
    fflush(stdout);                     /* what is left fails too and is dropped */
    clearerr(stdout);
    error_format(&exc_OSError, "[Errno %d] %s", err, strerror(err));
    return -1;
}

int streams_flush_or_raise(void)
{
    streams_flush_stdout();
    int err = runtime.stdout_unwritten;
    if (err == 0)
        return 0;
    error_format(&exc_OSError, "[Errno %d] %s", err, strerror(err));
    return -1;
}

void streams_flush_stdout(void)
{
    errno = 0;
    if (fflush(stdout) == 0 && !ferror(stdout))
        return;
    if (!runtime.stdout_unbuffered)     /* the C library forgets it */
        runtime.stdout_unwritten = errno ? errno : EIO;
    clearerr(stdout);
}

int streams_flush_at_exit(int status)
{
    streams_flush_stdout();
    int err = runtime.stdout_unwritten;
    runtime.stdout_unwritten = 0;
    if (err == 0)
        return status;
    fprintf(stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
                    "encoding='utf-8'>\nOSError: [Errno %d] %s\n", err, strerror(err));
    return 120;
}
