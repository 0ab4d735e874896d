/* Files in state_dir: root-only, written atomically, locked. libc only,
 * but writing: the auth tier (lib/auth/statefile.c); the NSS module never
 * links it. */
#ifndef K8S_STATEFILE_H
#define K8S_STATEFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

/* Makes sure dir is a trusted directory (util_trusted_dir), creating it
 * (and nothing above it) with mode 0755 when it is missing. Returns 0, or
 * -1 with the reason in err. */
int statefile_dir(const char *dir, char *err, size_t errlen);

/* dir/name into buf; -1 when it does not fit. */
int statefile_path(char *buf, size_t len, const char *dir, const char *name);

/* Replaces dir/name with len bytes of data, with mode (0600 for caches,
 * 0644 for what every process may read): a temporary file in dir, fsync,
 * rename, fsync of dir. The new file's mtime is always later than the old
 * one's, so readers that cache by stat(2) see every change. Returns 0, or
 * -1 with err. */
int statefile_write(const char *dir, const char *name, const void *data, size_t len,
                    mode_t mode, char *err, size_t errlen);

/* Opens (creating, 0600, never following a link) dir/name and takes a
 * flock(2) on it (exclusive or shared), waiting at most timeout seconds:
 * a wedged holder must not hang every login. Returns the descriptor
 * (close it to unlock), or -1 with err. */
int statefile_lock(const char *dir, const char *name, bool exclusive, long timeout,
                   char *err, size_t errlen);

/* Seconds since dir/name was last modified, or -1 when it does not exist
 * (or is not a root-owned regular file). */
long long statefile_age(const char *dir, const char *name, time_t now);

/* Sets dir/name's modification time to now, creating it empty (0600). */
int statefile_touch(const char *dir, const char *name);

#endif
