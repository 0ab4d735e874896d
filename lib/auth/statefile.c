/* Files in state_dir. The directory itself is checked by
 * util_trusted_dir(); here every file is opened without following links
 * and created 0600, and a reader never sees half a file. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "k8s/statefile.h"
#include "k8s/util.h"

/* Sets a directory just created to 0755, through a descriptor that
 * follows no link. */
static int set_mode_0755(const char *dir)
{
        int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC), r, e;

        if (fd < 0)
                return -1;
        r = fchmod(fd, 0755);
        e = errno;
        close(fd);
        errno = e;
        return r;
}

int statefile_dir(const char *dir, char *err, size_t errlen)
{
        struct stat st;

        if (lstat(dir, &st) < 0) {
                int e = errno;

                if (e != ENOENT) {
                        util_fmt(err, errlen, "%s: %s", dir, strerror(e));
                        errno = e;
                        return -1;
                }
                if (mkdir(dir, 0755) < 0 && errno != EEXIST) {
                        e = errno;
                        util_fmt(err, errlen, "%s: cannot create: %s", dir, strerror(e));
                        errno = e;
                        return -1;
                }
                /* mkdir obeys the umask of whoever runs us (in setuid su, a
                 * local user's): 0700 would shut every non-root process out
                 * of the registry that NSS reads. */
                if (set_mode_0755(dir) < 0) {
                        e = errno;
                        util_fmt(err, errlen, "%s: cannot make it mode 0755: %s", dir, strerror(e));
                        errno = e;
                        return -1;
                }
        }
        return util_trusted_dir(dir, err, errlen);
}

int statefile_path(char *buf, size_t len, const char *dir, const char *name)
{
        int n = snprintf(buf, len, "%s/%s", dir, name);

        return n < 0 || (size_t)n >= len ? -1 : 0;
}

/* A modification time later than both now and the file at path's. */
static void later_than(const char *path, struct timespec *t)
{
        struct stat old;

        clock_gettime(CLOCK_REALTIME, t);
        if (lstat(path, &old) == 0 &&
            (t->tv_sec < old.st_mtim.tv_sec ||
             (t->tv_sec == old.st_mtim.tv_sec && t->tv_nsec <= old.st_mtim.tv_nsec))) {
                *t = old.st_mtim;
                if (++t->tv_nsec >= 1000000000L) {
                        t->tv_sec++;
                        t->tv_nsec = 0;
                }
        }
}

int statefile_write(const char *dir, const char *name, const void *data, size_t len,
                    mode_t mode, char *err, size_t errlen)
{
        struct timespec times[2] = { { 0, UTIME_OMIT }, { 0, 0 } };
        char path[4096], tmp[4096];
        const char *p = data;
        size_t done = 0;
        int fd = -1, dfd = -1, r = -1;

        if (statefile_path(path, sizeof(path), dir, name) < 0 ||
            snprintf(tmp, sizeof(tmp), "%s/.%s.XXXXXX", dir, name) >= (int)sizeof(tmp)) {
                util_fmt(err, errlen, "%s: path too long", dir);
                return -1;
        }
        /* mkostemp creates 0600 with O_EXCL, so no link is followed. */
        fd = mkostemp(tmp, O_CLOEXEC);
        if (fd < 0) {
                util_fmt(err, errlen, "%s: cannot create a temporary file: %s", dir, strerror(errno));
                return -1;
        }
        if (fchmod(fd, mode) < 0)
                goto fail;
        while (done < len) {
                ssize_t n = write(fd, p + done, len - done);
                if (n < 0 && errno == EINTR)
                        continue;
                if (n <= 0)
                        goto fail;
                done += (size_t)n;
        }
        /* Readers that cache by stat must see a change even when the new
         * file has the old one's size and inode number and lands in the
         * same clock tick (or the clock stepped back). */
        later_than(path, &times[1]);
        if (futimens(fd, times) < 0)
                goto fail;
        if (fsync(fd) < 0 || close(fd) < 0) {
                fd = -1;
                goto fail;
        }
        fd = -1;
        if (rename(tmp, path) < 0)
                goto fail;
        /* The rename itself must survive a crash too. */
        dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
                fsync(dfd);
                close(dfd);
        }
        r = 0;
        return r;
fail:
        util_fmt(err, errlen, "%s: cannot write: %s", path, strerror(errno));
        if (fd >= 0)
                close(fd);
        unlink(tmp);
        return r;
}

int statefile_lock(const char *dir, const char *name, bool exclusive, long timeout,
                   char *err, size_t errlen)
{
        struct timespec pause = { 0, 10 * 1000 * 1000 };
        long tries = timeout * 100;
        char path[4096];
        struct stat st;
        int fd;

        if (statefile_path(path, sizeof(path), dir, name) < 0) {
                util_fmt(err, errlen, "%s: path too long", dir);
                return -1;
        }
        fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0600);
        if (fd < 0) {
                util_fmt(err, errlen, "%s: cannot open: %s", path, strerror(errno));
                return -1;
        }
        if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_uid != 0 ||
            (st.st_mode & 077)) {
                util_fmt(err, errlen, "%s: not a root-owned regular file of mode 0600", path);
                close(fd);
                return -1;
        }
        while (flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) < 0) {
                if (errno != EWOULDBLOCK && errno != EINTR) {
                        util_fmt(err, errlen, "%s: cannot lock: %s", path, strerror(errno));
                        close(fd);
                        return -1;
                }
                if (tries-- <= 0) {
                        util_fmt(err, errlen, "%s: still locked by another process after %ld s",
                                 path, timeout);
                        close(fd);
                        return -1;
                }
                nanosleep(&pause, NULL);
        }
        return fd;
}

long long statefile_age(const char *dir, const char *name, time_t now)
{
        char path[4096];
        struct stat st;

        if (statefile_path(path, sizeof(path), dir, name) < 0 || lstat(path, &st) < 0 ||
            !S_ISREG(st.st_mode) || st.st_uid != 0)
                return -1;
        /* Slightly in the future counts as just now; far in the future
         * means the clock went back, and the stamp is treated as old. */
        if (st.st_mtime > now + 300)
                return 1LL << 40;
        return st.st_mtime > now ? 0 : (long long)(now - st.st_mtime);
}

int statefile_touch(const char *dir, const char *name)
{
        char path[4096];
        int fd, r;

        if (statefile_path(path, sizeof(path), dir, name) < 0)
                return -1;
        fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0600);
        if (fd < 0)
                return -1;
        r = futimens(fd, NULL);
        close(fd);
        return r;
}
