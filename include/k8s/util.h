/* Small helpers shared by every part of k8s-login: libc only. */
#ifndef K8S_UTIL_H
#define K8S_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Room for one error or reason message, file, line and key included. */
#define K8S_ERR_MAX 512

/* Flags for util_read_trusted_file(). */
enum {
        /* Follow a symbolic link at the last component (projected token
         * files in Kubernetes are links into ..data/). */
        UTIL_FOLLOW = 1 << 0,
};

/* Reads a regular file owned by root and not writable by group or others,
 * of at most max bytes, into a new NUL-terminated buffer of exactly
 * *len + 1 bytes (*out, caller frees). Returns 0, or -1 with the reason
 * in err. */
int util_read_trusted_file(const char *path, int flags, size_t max,
                           char **out, size_t *len, char *err, size_t errlen);

/* The same, handing back in *st (when not NULL) the fstat of the file
 * that was read. */
struct stat;
int util_read_trusted_file_stat(const char *path, int flags, size_t max, char **out,
                                size_t *len, struct stat *st, char *err, size_t errlen);

/* The checks util_read_trusted_file makes of the file, on a stat of path
 * (lstat: a symbolic link is refused as opening it would be): a regular
 * file owned by root, not writable by group or others, of at most max
 * bytes. Returns 0, or -1 with the reason, in the same words, in err. */
int util_trusted_stat(const char *path, const struct stat *st, size_t max,
                      char *err, size_t errlen);

/* Whether dir is a directory owned by root and not writable by group or
 * others. Symbolic links are refused. Returns 0, or -1 with the reason in
 * err (errno ENOENT when missing). Only checks: statefile_dir() (auth
 * tier) is the one that creates. */
int util_trusted_dir(const char *dir, char *err, size_t errlen);

/* Parses a decimal integer in [min, max] with nothing else around it. */
int util_parse_long(const char *s, long min, long max, long *out);

/* Reads exactly len bytes from fd (retrying on EINTR): 0, or -1 on an
 * error or an early end of file. */
int util_read_full(int fd, void *buf, size_t len);

/* The length of a bearer token file's text as it goes into a header:
 * trailing newlines, carriage returns and spaces dropped; 0 when what is
 * left is empty or not one line of printable ASCII. */
size_t util_bearer_len(const char *text, size_t len);

/* Wipes and frees a secret buffer of n bytes (NULL is fine). */
void util_wipe_free(void *p, size_t n);

/* Formats into buf, never overflowing; returns buf. */
char *util_fmt(char *buf, size_t len, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

/* Copies src into buf (size len) with control bytes, backslash and bytes
 * of 0x7f and above escaped as \xNN (spaces kept), and at most max source
 * bytes, for text an attacker chose that goes into a log line. Returns buf. */
char *util_sanitize(char *buf, size_t len, const char *src, size_t max);
/* The same with spaces escaped too, for one value of a "key=value" line. */
char *util_sanitize_word(char *buf, size_t len, const char *src, size_t max);

/* The value of one base64url character (A-Z a-z 0-9 - _), or -1. */
int util_b64url_value(unsigned char c);

/* Strict base64url without padding into out (room for len*3/4+1 bytes,
 * NUL-terminated); returns the decoded length or -1. Tokens and key sets
 * both use it. */
long util_b64url_decode(const char *in, size_t len, unsigned char *out);

#endif
