/* Small helpers shared by the bench programs. */
#ifndef K8S_BENCH_UTIL_H
#define K8S_BENCH_UTIL_H

/* Reads a whole small file into a new NUL-terminated string, trailing
 * newlines removed; NULL on failure. */
char *bench_read_file(const char *path);

#endif
