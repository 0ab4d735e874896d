/* Files in state_dir: root-only, written atomically, locked. libc only. */
#ifndef K8S_STATEFILE_H
#define K8S_STATEFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* dir/name into buf; -1 when it does not fit. */
int statefile_path(char *buf, size_t len, const char *dir, const char *name);

/* Replaces dir/name with len bytes of data, mode 0600: a temporary file
 * in dir, fsync, rename, fsync of dir. Returns 0, or -1 with err. */
int statefile_write(const char *dir, const char *name, const void *data, size_t len,
                    char *err, size_t errlen);

/* Opens (creating, 0600, never following a link) dir/name and takes a
 * flock(2) on it (exclusive or shared). Returns the descriptor (close it to
 * unlock), or -1 with err. */
int statefile_lock(const char *dir, const char *name, bool exclusive, char *err, size_t errlen);

/* Seconds since dir/name was last modified, or -1 when it does not exist
 * (or is not a root-owned regular file). */
long long statefile_age(const char *dir, const char *name, time_t now);

/* Sets dir/name's modification time to now, creating it empty (0600). */
int statefile_touch(const char *dir, const char *name);

#endif
