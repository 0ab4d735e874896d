/* Unit tests for lib/util.c's escaping of attacker-chosen text for log
 * lines and k8s-login's output: one row per byte class. */
#include "config.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
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

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_sanitize),
                cmocka_unit_test(test_sanitize_short_buffer),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
