/* Small helpers shared by every part of k8s-login: libc only. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "k8s/util.h"

char *util_fmt(char *buf, size_t len, const char *fmt, ...)
{
        va_list ap;

        if (!buf || len == 0)
                return buf;
        va_start(ap, fmt);
        vsnprintf(buf, len, fmt, ap);
        va_end(ap);
        return buf;
}

int util_trusted_stat(const char *path, const struct stat *st, size_t max,
                      char *err, size_t errlen)
{
        if (S_ISLNK(st->st_mode)) {
                /* What open(O_NOFOLLOW) says of one, in the same words. */
                util_fmt(err, errlen, "%s: cannot open: is a symbolic link", path);
                return -1;
        }
        if (!S_ISREG(st->st_mode)) {
                util_fmt(err, errlen, "%s: not a regular file", path);
                return -1;
        }
        if (st->st_uid != 0) {
                util_fmt(err, errlen, "%s: not owned by root (owner uid %u)",
                         path, (unsigned)st->st_uid);
                return -1;
        }
        if (st->st_mode & (S_IWGRP | S_IWOTH)) {
                util_fmt(err, errlen, "%s: writable by group or others (mode %04o)",
                         path, (unsigned)(st->st_mode & 07777));
                return -1;
        }
        if ((size_t)st->st_size > max) {
                util_fmt(err, errlen, "%s: larger than %zu bytes", path, max);
                return -1;
        }
        return 0;
}

int util_read_trusted_file(const char *path, int flags, size_t max,
                           char **out, size_t *len, char *err, size_t errlen)
{
        return util_read_trusted_file_stat(path, flags, max, out, len, NULL, err, errlen);
}

int util_read_trusted_file_stat(const char *path, int flags, size_t max, char **out,
                                size_t *len, struct stat *st_out, char *err, size_t errlen)
{
        struct stat st;
        char *buf = NULL;
        size_t have = 0, cap = 0;
        int fd, r = -1;

        *out = NULL;
        if (len)
                *len = 0;
        /* O_NONBLOCK: a FIFO planted at the path must not hang a login. */
        fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK |
                  ((flags & UTIL_FOLLOW) ? 0 : O_NOFOLLOW));
        if (fd < 0) {
                util_fmt(err, errlen, "%s: cannot open: %s", path,
                         errno == ELOOP ? "is a symbolic link" : strerror(errno));
                return -1;
        }
        if (fstat(fd, &st) < 0) {
                util_fmt(err, errlen, "%s: cannot stat: %s", path, strerror(errno));
                goto out;
        }
        if (util_trusted_stat(path, &st, max, err, errlen) < 0)
                goto out;
        /* Size the buffer from the file (the NUL included), growing if the
         * file grows meanwhile; at most max + 1 bytes are read, to tell a
         * file of max bytes from a larger one. */
        cap = ((size_t)st.st_size + 4096 < max + 1 ? (size_t)st.st_size + 4096 : max + 1) + 1;
        if (!(buf = malloc(cap))) {
                util_fmt(err, errlen, "%s: out of memory", path);
                goto out;
        }
        for (;;) {
                ssize_t n;
                if (have == cap - 1) {
                        size_t room = 2 * (cap - 1) < max + 1 ? 2 * (cap - 1) : max + 1;
                        char *grown = malloc(room + 1);
                        if (!grown) {
                                util_fmt(err, errlen, "%s: out of memory", path);
                                goto out;
                        }
                        memcpy(grown, buf, have);
                        util_wipe_free(buf, cap);
                        buf = grown;
                        cap = room + 1;
                }
                n = read(fd, buf + have, cap - 1 - have);
                if (n < 0 && errno == EINTR)
                        continue;
                if (n < 0) {
                        util_fmt(err, errlen, "%s: read error: %s", path, strerror(errno));
                        goto out;
                }
                if (n == 0)
                        break;
                have += (size_t)n;
                if (have > max) {
                        util_fmt(err, errlen, "%s: larger than %zu bytes", path, max);
                        goto out;
                }
        }
        /* Hand back exactly have + 1 bytes, so callers wiping a secret
         * know its size; the larger buffer is wiped here. */
        if (cap != have + 1) {
                char *exact = malloc(have + 1);
                if (!exact) {
                        util_fmt(err, errlen, "%s: out of memory", path);
                        goto out;
                }
                memcpy(exact, buf, have);
                util_wipe_free(buf, cap);
                buf = exact;
                cap = have + 1;
        }
        buf[have] = '\0';
        if (memchr(buf, '\0', have)) {
                util_fmt(err, errlen, "%s: contains a NUL byte", path);
                goto out;
        }
        *out = buf;
        if (len)
                *len = have;
        if (st_out)
                *st_out = st;
        buf = NULL;
        r = 0;
out:
        util_wipe_free(buf, cap);
        close(fd);
        return r;
}

int util_trusted_dir(const char *dir, char *err, size_t errlen)
{
        struct stat st;

        if (lstat(dir, &st) < 0) {
                int e = errno;

                util_fmt(err, errlen, "%s: %s", dir, strerror(e));
                errno = e;
                return -1;
        }
        errno = EPERM;
        if (!S_ISDIR(st.st_mode)) {
                util_fmt(err, errlen, "%s: not a directory%s", dir,
                         S_ISLNK(st.st_mode) ? " (a symbolic link)" : "");
                return -1;
        }
        if (st.st_uid != 0) {
                util_fmt(err, errlen, "%s: not owned by root (owner uid %u)", dir,
                         (unsigned)st.st_uid);
                return -1;
        }
        if (st.st_mode & (S_IWGRP | S_IWOTH)) {
                util_fmt(err, errlen, "%s: writable by group or others (mode %04o)", dir,
                         (unsigned)(st.st_mode & 07777));
                return -1;
        }
        errno = 0;
        return 0;
}

int util_parse_long(const char *s, long min, long max, long *out)
{
        char *end;
        long v;

        if (!s || !*s || !((*s >= '0' && *s <= '9') || *s == '-'))
                return -1;
        errno = 0;
        v = strtol(s, &end, 10);
        if (errno || *end || v < min || v > max)
                return -1;
        *out = v;
        return 0;
}

void util_wipe_free(void *p, size_t n)
{
        if (!p)
                return;
        explicit_bzero(p, n);
        free(p);
}

static char *sanitize(char *buf, size_t len, const char *src, size_t max, bool space)
{
        size_t o = 0, i;

        if (!buf || len == 0)
                return buf;
        if (!src)
                src = "(none)";
        for (i = 0; src[i] && i < max; i++) {
                unsigned char c = (unsigned char)src[i];
                if (c >= (space ? 0x20 : 0x21) && c < 0x7f && c != '\\') {
                        if (o + 1 >= len)
                                break;
                        buf[o++] = (char)c;
                } else {
                        if (o + 4 >= len)
                                break;
                        snprintf(buf + o, len - o, "\\x%02x", c);
                        o += 4;
                }
        }
        if (src[i] && o + 3 < len) {
                memcpy(buf + o, "...", 3);
                o += 3;
        }
        buf[o] = '\0';
        return buf;
}

/* Reasons are prose: a space stays a space (\x20 made them unreadable). */
char *util_sanitize(char *buf, size_t len, const char *src, size_t max)
{
        return sanitize(buf, len, src, max, true);
}

/* A value inside "key=value key=value": a space would forge a field. */
char *util_sanitize_word(char *buf, size_t len, const char *src, size_t max)
{
        return sanitize(buf, len, src, max, false);
}

int util_read_full(int fd, void *buf, size_t len)
{
        size_t done = 0;

        while (done < len) {
                ssize_t n = read(fd, (char *)buf + done, len - done);
                if (n < 0 && errno == EINTR)
                        continue;
                if (n <= 0)
                        return -1;
                done += (size_t)n;
        }
        return 0;
}


size_t util_bearer_len(const char *text, size_t len)
{
        size_t n = len;

        while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r' || text[n - 1] == ' '))
                n--;
        for (size_t i = 0; i < n; i++)
                if ((unsigned char)text[i] < 0x21 || (unsigned char)text[i] > 0x7e)
                        return 0;
        return n;
}

int util_b64url_value(unsigned char c)
{
        if (c >= 'A' && c <= 'Z')
                return c - 'A';
        if (c >= 'a' && c <= 'z')
                return c - 'a' + 26;
        if (c >= '0' && c <= '9')
                return c - '0' + 52;
        if (c == '-')
                return 62;
        if (c == '_')
                return 63;
        return -1;
}

long util_b64url_decode(const char *in, size_t len, unsigned char *out)
{
        unsigned long acc = 0;
        int bits = 0;
        long o = 0;

        if (len % 4 == 1)
                return -1;
        for (size_t i = 0; i < len; i++) {
                int v = util_b64url_value((unsigned char)in[i]);
                if (v < 0)
                        return -1;
                acc = (acc << 6) | (unsigned)v;
                bits += 6;
                if (bits >= 8) {
                        bits -= 8;
                        out[o++] = (unsigned char)(acc >> bits);
                        acc &= (1ul << bits) - 1;
                }
        }
        /* Canonical encodings only: the unused low bits must be zero. */
        if (acc != 0)
                return -1;
        out[o] = '\0';
        return o;
}
