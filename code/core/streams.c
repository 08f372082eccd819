/* streams.c: see streams.h. */
#include "streams.h"

#include <stdio.h>
#include <stdlib.h>

void streams_init(void)
{
    const char *unbuffered = getenv("PYTHONUNBUFFERED");
    if (unbuffered != NULL && unbuffered[0] != '\0')
        setvbuf(stdout, NULL, _IONBF, 0);
}
