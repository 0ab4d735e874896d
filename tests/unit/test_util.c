/* Unit tests for lib/base/util.c: the escaping of attacker-chosen text for log
 * lines and k8s-login's output (one row per byte class), and the trusted
 * directory that state_dir must be. */
#include "config.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "unit.h"

#include "k8s/statefile.h"
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

/* state_dir_mode_umask: mkdir obeyed the caller's umask, so a first
 * login through setuid su by a user with umask 077 made state_dir 0700,
 * and NSS in every non-root process lost the registry. */
static void test_created_0755_whatever_the_umask(void **state)
{
        char dir[sizeof(top) + 16], err[K8S_ERR_MAX] = "";
        mode_t old;

        if (geteuid() != 0)
                skip(); /* the directory must be root's to be trusted */
        snprintf(dir, sizeof(dir), "%s/umask077", top);
        old = umask(077);
        assert_int_equal(statefile_dir(dir, err, sizeof(err)), 0);
        umask(old);
        assert_int_equal(mode_of(dir), 0755);
        /* And under the usual umask, the same. */
        snprintf(dir, sizeof(dir), "%s/umask022", top);
        old = umask(022);
        assert_int_equal(statefile_dir(dir, err, sizeof(err)), 0);
        umask(old);
        assert_int_equal(mode_of(dir), 0755);
        /* An existing directory is not changed, only judged. */
        snprintf(dir, sizeof(dir), "%s/existing", top);
        assert_int_equal(mkdir(dir, 0775), 0);
        assert_int_equal(chmod(dir, 0775), 0);
        assert_int_equal(statefile_dir(dir, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "writable by group or others (mode 0775)"));
        assert_int_equal(mode_of(dir), 0775);
}

/* Missing and not to be created; a link where the directory should be. */
static void test_refusals(void **state)
{
        char dir[sizeof(top) + 16], link[sizeof(top) + 16], err[K8S_ERR_MAX] = "";

        snprintf(dir, sizeof(dir), "%s/missing", top);
        assert_int_equal(util_trusted_dir(dir, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "No such file or directory"));
        assert_int_equal(mode_of(dir), (mode_t)-1);
        snprintf(link, sizeof(link), "%s/link", top);
        assert_int_equal(symlink(top, link), 0);
        assert_int_equal(statefile_dir(link, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "not a directory (a symbolic link)"));
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

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_sanitize),
                cmocka_unit_test(test_sanitize_short_buffer),
                cmocka_unit_test(test_bearer_len),
                cmocka_unit_test_setup_teardown(test_created_0755_whatever_the_umask, setup,
                                                teardown),
                cmocka_unit_test_setup_teardown(test_refusals, setup, teardown),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
