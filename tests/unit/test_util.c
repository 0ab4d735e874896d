/* Unit tests for lib/base/util.c: the escaping of attacker-chosen text for log
 * lines and k8s-login's output (one row per byte class), the trusted
 * directory that state_dir must be, the trusted files every secret and
 * config is read from, strict integers, whole reads, and the
 * wiping of secrets before free (seen through a wrapped free(3): the
 * binary links with -Wl,--wrap=free). */
#include "config.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "unit.h"

#include "k8s/util.h"

struct sanitize_row {
        const char *in;
        size_t max;
        const char *prose; /* util_sanitize */
        const char *word;  /* util_sanitize_word */
};

static const struct sanitize_row sanitize_rows[] = {
        /* Spaces stay in prose: "Failed to connect", never Failed\x20to\x20connect. */
        { "Failed to connect to 127.0.0.1 port 1", 64, "Failed to connect to 127.0.0.1 port 1",
          "Failed\\x20to\\x20connect\\x20to\\x20127.0.0.1\\x20port\\x201" },
        { "a", 64, "a", "a" },
        { "", 64, "", "" },
        { NULL, 64, "(none)", "(none)" },
        /* Control bytes: a newline would forge a log line, ESC a terminal. */
        { "alice\nroot", 64, "alice\\x0aroot", "alice\\x0aroot" },
        { "\x1b[2J", 64, "\\x1b[2J", "\\x1b[2J" },
        { "\t\r\x01\x1f", 64, "\\x09\\x0d\\x01\\x1f", "\\x09\\x0d\\x01\\x1f" },
        /* DEL, backslash (would make an escape ambiguous) and non-ASCII. */
        { "\x7f", 64, "\\x7f", "\\x7f" },
        { "a\\x20b", 64, "a\\x5cx20b", "a\\x5cx20b" },
        { "\xc3\xa9\xff", 64, "\\xc3\\xa9\\xff", "\\xc3\\xa9\\xff" },
        /* Every other printable byte is itself. */
        { "~!\"#$%&'()*+,-./:;<=>?@[]^_`{|}", 64, "~!\"#$%&'()*+,-./:;<=>?@[]^_`{|}",
          "~!\"#$%&'()*+,-./:;<=>?@[]^_`{|}" },
        /* At most max source bytes, and "..." says there was more. */
        { "abcdef", 3, "abc...", "abc..." },
        { "a b c", 3, "a b...", "a\\x20b..." },
        { "abc", 3, "abc", "abc" },
};

static void test_sanitize(void **state)
{
        int bad = 0;

        (void)state;
        for (size_t i = 0; i < N(sanitize_rows); i++) {
                const struct sanitize_row *r = &sanitize_rows[i];
                char buf[256];

                util_sanitize(buf, sizeof(buf), r->in, r->max);
                ROW_CHECK(bad, !strcmp(buf, r->prose), "row %zu: util_sanitize gave '%s', expected '%s'",
                          i, buf, r->prose);
                util_sanitize_word(buf, sizeof(buf), r->in, r->max);
                ROW_CHECK(bad, !strcmp(buf, r->word),
                          "row %zu: util_sanitize_word gave '%s', expected '%s'", i, buf, r->word);
        }
        assert_int_equal(bad, 0);
}

/* A short buffer is never overrun, and an escape is never cut in half. */
static void test_sanitize_short_buffer(void **state)
{
        char buf[8];

        (void)state;
        memset(buf, 'Z', sizeof(buf));
        util_sanitize(buf, 6, "abcdefgh", 64);
        assert_string_equal(buf, "abcde");
        assert_int_equal(buf[6], 'Z');
        util_sanitize(buf, 6, "a\nbc", 64);
        assert_string_equal(buf, "a\\x0a");
        util_sanitize(buf, 5, "a\nbc", 64);
        assert_string_equal(buf, "a...");
        util_sanitize(buf, 4, "a\nbc", 64);
        assert_string_equal(buf, "a");
        util_sanitize(buf, 1, "abc", 64);
        assert_string_equal(buf, "");
}

#define TOP_TEMPLATE "/tmp/k8s-login-test-util.XXXXXX"
static char top[sizeof(TOP_TEMPLATE)];

static int setup(void **state)
{
        memcpy(top, TOP_TEMPLATE, sizeof(top));
        return mkdtemp(top) && chmod(top, 0755) == 0 ? 0 : -1;
}

static int teardown(void **state)
{
        char cmd[128];

        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", top);
        return system(cmd) == 0 ? 0 : -1;
}

static mode_t mode_of(const char *path)
{
        struct stat st;

        return lstat(path, &st) == 0 ? st.st_mode & 07777 : (mode_t)-1;
}

/* A missing directory is refused (creating one is statefile_dir's, in
 * test_statefile.c). */
static void test_refusals(void **state)
{
        char dir[sizeof(top) + 16], err[K8S_ERR_MAX] = "";

        snprintf(dir, sizeof(dir), "%s/missing", top);
        assert_int_equal(util_trusted_dir(dir, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "No such file or directory"));
        assert_int_equal(mode_of(dir), (mode_t)-1);
}

/* A bearer token file as it goes into a header: trailing line ends and
 * spaces dropped, anything else that is not printable ASCII refused. */
static void test_bearer_len(void **state)
{
        static const struct { const char *in; size_t want; } rows[] = {
                { "abc", 3 }, { "abc\n", 3 }, { "abc \r\n", 3 }, { "abc\n\n", 3 },
                { "", 0 }, { "\n", 0 }, { "a b", 0 }, { "ab\nc", 0 }, { "a\tb", 0 },
                { "ab\x7f", 0 }, { "ab\xc3\xa9", 0 },
        };
        int bad = 0;

        (void)state;
        for (size_t i = 0; i < N(rows); i++) {
                size_t got = util_bearer_len(rows[i].in, strlen(rows[i].in));
                ROW_CHECK(bad, got == rows[i].want, "row %zu: %zu, expected %zu", i, got,
                          rows[i].want);
        }
        assert_int_equal(bad, 0);
}

/* --- util_wipe_free: the block is all zero when free(3) gets it -------- */

void __real_free(void *p);
void __wrap_free(void *p);

static const void *watched;     /* the block whose bytes free sees */
static unsigned char seen[64];  /* its first bytes, as free got them */
static size_t seen_len, frees_of_watched;

void __wrap_free(void *p)
{
        if (p && p == watched) {
                memcpy(seen, p, seen_len);
                frees_of_watched++;
        }
        __real_free(p);
}

static bool all_zero(const unsigned char *b, size_t n)
{
        for (size_t i = 0; i < n; i++)
                if (b[i])
                        return false;
        return true;
}

/* Called through a pointer the compiler cannot see through: a memset
 * just before a free it can see is a dead store it may drop. */
static void (*volatile plain_free)(void *) = free;

static void test_wipe_free(void **state)
{
        char *secret = malloc(sizeof(seen));

        (void)state;
        assert_non_null(secret);
        memset(secret, 'S', sizeof(seen));
        watched = secret, seen_len = sizeof(seen), frees_of_watched = 0;
        util_wipe_free(secret, sizeof(seen));
        assert_int_equal(frees_of_watched, 1);
        assert_true(all_zero(seen, sizeof(seen)));
        /* Twin: a plain free hands over the secret as it was, so the wrap
         * really sees the bytes. */
        secret = malloc(sizeof(seen));
        assert_non_null(secret);
        memset(secret, 'S', sizeof(seen));
        watched = secret, frees_of_watched = 0;
        plain_free(secret);
        assert_int_equal(frees_of_watched, 1);
        assert_false(all_zero(seen, sizeof(seen)));
        assert_int_equal(seen[0], 'S');
        assert_int_equal(seen[sizeof(seen) - 1], 'S');
        /* Only n bytes are wiped (the rest is not the caller's to know). */
        secret = malloc(sizeof(seen));
        assert_non_null(secret);
        memset(secret, 'S', sizeof(seen));
        watched = secret, frees_of_watched = 0;
        util_wipe_free(secret, 8);
        assert_true(all_zero(seen, 8));
        assert_int_equal(seen[8], 'S');
        watched = NULL;
        util_wipe_free(NULL, 100); /* nothing to do, no crash */
}

/* --- util_fmt ---------------------------------------------------------- */

static void test_fmt(void **state)
{
        char buf[8];

        (void)state;
        memset(buf, 'Z', sizeof(buf));
        assert_ptr_equal(util_fmt(buf, 4, "%s-%d", "abc", 7), buf);
        assert_string_equal(buf, "abc");
        assert_int_equal(buf[4], 'Z');
        assert_ptr_equal(util_fmt(buf, sizeof(buf), "%s-%d", "ab", 7), buf);
        assert_string_equal(buf, "ab-7");
        /* No buffer, or none of it: nothing written, no crash. */
        assert_null(util_fmt(NULL, 10, "%s", "x"));
        memset(buf, 'Z', sizeof(buf));
        assert_ptr_equal(util_fmt(buf, 0, "%s", "x"), buf);
        assert_int_equal(buf[0], 'Z');
}

/* --- util_parse_long --------------------------------------------------- */

static void test_parse_long(void **state)
{
        static const struct { const char *in; long min, max; int want; long out; } rows[] = {
                { "0", 0, 10, 0, 0 }, { "10", 0, 10, 0, 10 }, { "-10", -10, 10, 0, -10 },
                { "007", 0, 10, 0, 7 }, { "9223372036854775807", 0, LONG_MAX, 0, LONG_MAX },
                /* Out of range, by one either side. */
                { "11", 0, 10, -1, 0 }, { "-11", -10, 10, -1, 0 }, { "-1", 0, 10, -1, 0 },
                { "9223372036854775808", 0, LONG_MAX, -1, 0 },
                { "-9223372036854775809", LONG_MIN, 0, -1, 0 },
                /* Anything around the digits, or no digits. */
                { "", 0, 10, -1, 0 }, { NULL, 0, 10, -1, 0 }, { " 5", 0, 10, -1, 0 },
                { "+5", 0, 10, -1, 0 }, { "5 ", 0, 10, -1, 0 }, { "5\n", 0, 10, -1, 0 },
                { "5x", 0, 10, -1, 0 }, { "0x5", 0, 10, -1, 0 }, { "-", -10, 10, -1, 0 },
                { "1e3", 0, 10000, -1, 0 }, { "3.0", 0, 10, -1, 0 },
        };
        int bad = 0;

        (void)state;
        for (size_t i = 0; i < N(rows); i++) {
                long out = 12345;
                int got = util_parse_long(rows[i].in, rows[i].min, rows[i].max, &out);
                long want_out = rows[i].want == 0 ? rows[i].out : 12345; /* untouched on error */
                ROW_CHECK(bad, got == rows[i].want && out == want_out,
                          "row %zu (%s): %d with %ld, expected %d with %ld", i,
                          rows[i].in ? rows[i].in : "NULL", got, out, rows[i].want, want_out);
        }
        assert_int_equal(bad, 0);
}

/* --- util_read_full --------------------------------------------------- */

static void test_read_write_full(void **state)
{
        char buf[16];
        int p[2];

        (void)state;
        assert_int_equal(pipe(p), 0);
        assert_int_equal(write(p[1], "0123456789", 10), 10);
        assert_int_equal(util_read_full(p[0], buf, 4), 0);
        assert_memory_equal(buf, "0123", 4);
        /* Six bytes left and the writer gone: asking for seven is an
         * early end of file, -1. */
        close(p[1]);
        assert_int_equal(util_read_full(p[0], buf, 7), -1);
        assert_int_equal(util_read_full(p[0], buf, 0), 0);
        close(p[0]);
        assert_int_equal(util_read_full(-1, buf, 1), -1);
}

/* More than a pipe holds, both ways at once: every short read and write
 * is carried on until the whole length has passed. */
static void test_read_write_full_large(void **state)
{
        enum { SIZE = 1 << 20 };
        unsigned char *out = malloc(SIZE), *in = malloc(SIZE);
        int p[2], status;
        pid_t child;

        (void)state;
        assert_non_null(out);
        assert_non_null(in);
        for (size_t i = 0; i < SIZE; i++)
                out[i] = (unsigned char)(i * 7 + i / 251);
        assert_int_equal(pipe(p), 0);
        child = fork();
        assert_true(child >= 0);
        if (child == 0) {
                FILE *w = fdopen(p[1], "w");
                int r = w && fwrite(out, 1, SIZE, w) == SIZE && fclose(w) == 0 ? 0 : -1;

                close(p[0]);
                free(out);
                free(in);
                _exit(r == 0 ? 0 : 1);
        }
        close(p[1]);
        assert_int_equal(util_read_full(p[0], in, SIZE), 0);
        assert_memory_equal(in, out, SIZE);
        /* Nothing more came. */
        assert_int_equal(util_read_full(p[0], in, 1), -1);
        close(p[0]);
        assert_int_equal(waitpid(child, &status, 0), child);
        assert_true(WIFEXITED(status));
        assert_int_equal(WEXITSTATUS(status), 0);
        free(out);
        free(in);
}

/* --- util_trusted_stat: the judgement alone, on made-up stats ------------ */

static void test_trusted_stat(void **state)
{
        static const struct {
                mode_t mode;
                uid_t uid;
                off_t size;
                const char *want; /* NULL: accepted */
        } rows[] = {
                { S_IFREG | 0644, 0, 100, NULL },
                { S_IFREG | 0600, 0, 0, NULL },
                { S_IFREG | 0444, 0, 100, NULL },
                { S_IFREG | 0755, 0, 100, NULL },
                { S_IFREG | 0644, 0, 101, "/f: larger than 100 bytes" },
                { S_IFLNK | 0777, 0, 10, "/f: cannot open: is a symbolic link" },
                { S_IFDIR | 0755, 0, 10, "/f: not a regular file" },
                { S_IFIFO | 0600, 0, 0, "/f: not a regular file" },
                { S_IFCHR | 0600, 0, 0, "/f: not a regular file" },
                { S_IFREG | 0644, 1000, 10, "/f: not owned by root (owner uid 1000)" },
                { S_IFREG | 0664, 0, 10, "/f: writable by group or others (mode 0664)" },
                { S_IFREG | 0646, 0, 10, "/f: writable by group or others (mode 0646)" },
                { S_IFREG | 04622, 0, 10, "/f: writable by group or others (mode 4622)" },
        };
        int bad = 0;

        (void)state;
        for (size_t i = 0; i < N(rows); i++) {
                struct stat st;
                char err[K8S_ERR_MAX] = "";
                int got;

                memset(&st, 0, sizeof(st));
                st.st_mode = rows[i].mode;
                st.st_uid = rows[i].uid;
                st.st_size = rows[i].size;
                got = util_trusted_stat("/f", &st, 100, err, sizeof(err));
                ROW_CHECK(bad, got == (rows[i].want ? -1 : 0) &&
                          !strcmp(err, rows[i].want ? rows[i].want : ""),
                          "row %zu: %d '%s', expected %s", i, got, err,
                          rows[i].want ? rows[i].want : "0");
        }
        assert_int_equal(bad, 0);
}

/* --- util_read_trusted_file ------------------------------------------------ */

static const char *in_top(const char *name)
{
        static char path[2][sizeof(top) + 64];
        static int turn;

        turn = !turn;
        snprintf(path[turn], sizeof(path[turn]), "%s/%s", top, name);
        return path[turn];
}

static void put(const char *name, const void *data, size_t len, mode_t mode)
{
        int fd = open(in_top(name), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

        assert_true(fd >= 0);
        assert_int_equal(write(fd, data, len), (ssize_t)len);
        assert_int_equal(fchmod(fd, mode), 0);
        assert_int_equal(close(fd), 0);
}

/* Reads top/name; on success *out must be exactly the expected text. */
static int read_in_top(const char *name, int flags, size_t max, char **out, size_t *len,
                       char *err)
{
        *out = (char *)"not touched";
        *len = 999;
        err[0] = '\0';
        return util_read_trusted_file(in_top(name), flags, max, out, len, err, K8S_ERR_MAX);
}

static void test_read_trusted_file(void **state)
{
        char err[K8S_ERR_MAX], *out;
        struct stat st, want;
        size_t len;

        (void)state;
        if (geteuid() != 0)
                skip(); /* the files must be root's to be trusted */
        put("token", "hello\n", 6, 0600);
        assert_int_equal(read_in_top("token", 0, 6, &out, &len, err), 0);
        assert_int_equal(len, 6);
        assert_memory_equal(out, "hello\n", 7); /* the NUL too */
        util_wipe_free(out, len + 1);
        assert_string_equal(err, "");
        /* One byte over max: refused, and *out NULL, *len 0. */
        assert_int_equal(read_in_top("token", 0, 5, &out, &len, err), -1);
        assert_null(out);
        assert_int_equal(len, 0);
        assert_non_null(strstr(err, "/token: larger than 5 bytes"));
        /* An empty file is an empty string. */
        put("empty", "", 0, 0644);
        assert_int_equal(read_in_top("empty", 0, 10, &out, &len, err), 0);
        assert_int_equal(len, 0);
        assert_string_equal(out, "");
        free(out);
        /* A NUL inside: refused (C strings would cut the file short). */
        put("nul", "ab\0cd", 5, 0644);
        assert_int_equal(read_in_top("nul", 0, 10, &out, &len, err), -1);
        assert_null(out);
        assert_non_null(strstr(err, "/nul: contains a NUL byte"));
        /* The _stat form hands back the file's own stat. */
        assert_int_equal(lstat(in_top("token"), &want), 0);
        memset(&st, 0, sizeof(st));
        assert_int_equal(util_read_trusted_file_stat(in_top("token"), 0, 10, &out, &len, &st,
                                                     err, sizeof(err)), 0);
        assert_int_equal(st.st_ino, want.st_ino);
        assert_int_equal(st.st_dev, want.st_dev);
        assert_int_equal(st.st_size, 6);
        free(out);
}

static void test_read_trusted_file_refusals(void **state)
{
        char err[K8S_ERR_MAX], *out;
        size_t len;

        (void)state;
        if (geteuid() != 0)
                skip();
        assert_int_equal(read_in_top("missing", 0, 10, &out, &len, err), -1);
        assert_null(out);
        assert_non_null(strstr(err, "/missing: cannot open: No such file or directory"));
        put("group", "x", 1, 0620);
        assert_int_equal(read_in_top("group", 0, 10, &out, &len, err), -1);
        assert_non_null(strstr(err, "/group: writable by group or others (mode 0620)"));
        put("theirs", "x", 1, 0600);
        assert_int_equal(chown(in_top("theirs"), 65534, 65534), 0);
        assert_int_equal(read_in_top("theirs", 0, 10, &out, &len, err), -1);
        assert_null(out);
        assert_non_null(strstr(err, "/theirs: not owned by root (owner uid 65534)"));
        /* A FIFO planted at the path: refused at once, never waited on. */
        assert_int_equal(mkfifo(in_top("fifo"), 0600), 0);
        assert_int_equal(read_in_top("fifo", 0, 10, &out, &len, err), -1);
        assert_non_null(strstr(err, "/fifo: not a regular file"));
        assert_int_equal(mkdir(in_top("dir"), 0755), 0);
        assert_int_equal(read_in_top("dir", 0, 10, &out, &len, err), -1);
        assert_non_null(strstr(err, "/dir: not a regular file"));
}

/* A link is followed only when asked (projected token files are links),
 * and what it leads to is judged like any file. */
static void test_read_trusted_file_links(void **state)
{
        char err[K8S_ERR_MAX], *out;
        size_t len;

        (void)state;
        if (geteuid() != 0)
                skip();
        put("real", "tok", 3, 0600);
        assert_int_equal(symlink(in_top("real"), in_top("link")), 0);
        assert_int_equal(read_in_top("link", 0, 10, &out, &len, err), -1);
        assert_null(out);
        assert_non_null(strstr(err, "/link: cannot open: is a symbolic link"));
        assert_int_equal(read_in_top("link", UTIL_FOLLOW, 10, &out, &len, err), 0);
        assert_int_equal(len, 3);
        assert_string_equal(out, "tok");
        util_wipe_free(out, len + 1);
        put("wide", "tok", 3, 0666);
        assert_int_equal(symlink(in_top("wide"), in_top("link2")), 0);
        assert_int_equal(read_in_top("link2", UTIL_FOLLOW, 10, &out, &len, err), -1);
        assert_null(out);
        assert_non_null(strstr(err, "/link2: writable by group or others (mode 0666)"));
}

/* A file whose size stat cannot tell (procfs says 0): the buffer grows
 * as it is read, and max still holds. */
static void test_read_trusted_file_grows(void **state)
{
        char err[K8S_ERR_MAX] = "", *out = NULL;
        size_t len = 0;

        (void)state;
        if (geteuid() != 0)
                skip(); /* /proc/self files are the process owner's */
        assert_int_equal(util_read_trusted_file("/proc/self/smaps", 0, 1 << 24, &out, &len,
                                                err, sizeof(err)), 0);
        assert_true(len > 8192);
        assert_int_equal(strlen(out), len);
        free(out);
        assert_int_equal(util_read_trusted_file("/proc/self/smaps", 0, 8192, &out, &len,
                                                err, sizeof(err)), -1);
        assert_null(out);
        assert_string_equal(err, "/proc/self/smaps: larger than 8192 bytes");
}

/* The rest of util_trusted_dir's refusals, and its acceptance. */
static void test_trusted_dir_owner(void **state)
{
        char dir[sizeof(top) + 16], err[K8S_ERR_MAX] = "";

        (void)state;
        if (geteuid() != 0)
                skip();
        errno = 123;
        assert_int_equal(util_trusted_dir(top, err, sizeof(err)), 0);
        assert_int_equal(errno, 0);
        snprintf(dir, sizeof(dir), "%s/theirs", top);
        assert_int_equal(mkdir(dir, 0755), 0);
        assert_int_equal(util_trusted_dir(dir, err, sizeof(err)), 0);
        assert_int_equal(chown(dir, 65534, 0), 0);
        assert_int_equal(util_trusted_dir(dir, err, sizeof(err)), -1);
        assert_int_equal(errno, EPERM);
        assert_non_null(strstr(err, "/theirs: not owned by root (owner uid 65534)"));
        snprintf(dir, sizeof(dir), "%s/file", top);
        put("file", "", 0, 0644);
        assert_int_equal(util_trusted_dir(dir, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "/file: not a directory"));
        assert_null(strstr(err, "symbolic link"));
        snprintf(dir, sizeof(dir), "%s/missing", top);
        assert_int_equal(util_trusted_dir(dir, err, sizeof(err)), -1);
        assert_int_equal(errno, ENOENT);
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_sanitize),
                cmocka_unit_test(test_sanitize_short_buffer),
                cmocka_unit_test(test_bearer_len),
                cmocka_unit_test_setup_teardown(test_refusals, setup, teardown),
                cmocka_unit_test(test_wipe_free),
                cmocka_unit_test(test_fmt),
                cmocka_unit_test(test_parse_long),
                cmocka_unit_test(test_read_write_full),
                cmocka_unit_test(test_read_write_full_large),
                cmocka_unit_test(test_trusted_stat),
                cmocka_unit_test_setup_teardown(test_read_trusted_file, setup, teardown),
                cmocka_unit_test_setup_teardown(test_read_trusted_file_refusals, setup, teardown),
                cmocka_unit_test_setup_teardown(test_read_trusted_file_links, setup, teardown),
                cmocka_unit_test(test_read_trusted_file_grows),
                cmocka_unit_test_setup_teardown(test_trusted_dir_owner, setup, teardown),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
