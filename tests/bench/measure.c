/* measure.c: run a command, then print its wall time and peak memory.
 *
 *     measure PROGRAM [ARG...]
 *
 * The command's stdout and stderr pass through; measure adds one line to
 * stderr: "measure: SECONDS PEAK_KIB STATUS". The peak is the kernel's
 * ru_maxrss for the child, which on Linux includes what the child held
 * before exec: a small launcher keeps that share negligible, where a fork
 * of the Python harness would count the harness's own memory.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: measure PROGRAM [ARG...]\n");
        return 2;
    }
    double start = now();
    pid_t pid = fork();
    if (pid < 0) {
        perror("measure: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        perror(argv[1]);
        _exit(127);
    }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) {
        perror("measure: wait4");
        return 2;
    }
    double seconds = now() - start;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    fprintf(stderr, "measure: %.6f %ld %d\n", seconds, usage.ru_maxrss, code);
    return code;
}
