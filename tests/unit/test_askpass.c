/* Unit tests for lib/auth/askpass.c: which part a prompt asks for, and how a
 * token is cut into parts that the PAM module puts back together. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "unit.h"

#include "k8s/askpass.h"

struct wanted_row {
        const char *prompt;
        int part;
};

#define SAT "Service account token"

static void test_wanted(void **state)
{
        static const struct wanted_row rows[] = {
                /* No prompt at all: part 1. */
                { NULL, 1 },
                { SAT ": ", 1 },
                { SAT ", part 2: ", 2 },
                { SAT ", part 33: ", 33 },
                /* The words in any case, "part N" too. */
                { "SERVICE ACCOUNT TOKEN: ", 1 },
                { "service account token, part 3: ", 3 },
                { "Service Account Token, PART 3: ", 3 },
                { SAT ", Part 2: ", 2 },
                /* ssh's keyboard-interactive prompt names user and host first. */
                { "(demo_debugger@127.0.0.1) " SAT ", part 3: ", 3 },
                /* Every other prompt is not ours, whatever it says of parts. */
                { "", ASKPASS_NOT_OURS },
                { "demo_debugger@127.0.0.1's password: ", ASKPASS_NOT_OURS },
                { "alice@host's password: ", ASKPASS_NOT_OURS },
                { "[sudo] password for demo_debugger: ", ASKPASS_NOT_OURS },
                { "Are you sure you want to continue connecting (yes/no/[fingerprint])? ",
                  ASKPASS_NOT_OURS },
                { "Enter passphrase for key '/root/.ssh/id_ed25519': ", ASKPASS_NOT_OURS },
                { "part 5", ASKPASS_NOT_OURS },
                { "Password, part 2: ", ASKPASS_NOT_OURS },
                { "Service  account token: ", ASKPASS_NOT_OURS },
                { "service-account token: ", ASKPASS_NOT_OURS },
                { "Service account: ", ASKPASS_NOT_OURS },
                { "account token: ", ASKPASS_NOT_OURS },
                /* The last "part N" is the module's. */
                { "(part 7) " SAT ", part 4: ", 4 },
                { SAT " part 5", 5 },
                { SAT ", part 12x", 12 },
                { SAT ", part 99: ", 99 },
                /* Not a word of its own: "apart 2" asks for nothing. */
                { SAT ", apart 2: ", 1 },
                { SAT ", Apart 2 ", 1 },
                { "counterpart 3 " SAT, 1 },
                { "_part 3 " SAT, 3 },
                /* Malformed numbers ask for a part that cannot exist. */
                { SAT ", part 0: ", 0 },
                { SAT ", part 00: ", 0 },
                { SAT ", part 100: ", 0 },
                { SAT ", part 4294967298: ", 0 },
                { SAT ", part -1: ", 0 },
                { SAT ", part +2: ", 0 },
                { SAT ", part : ", 0 },
                { SAT ", part x", 0 },
                { SAT ", part  2", 0 },
                { SAT ", part", 1 },
                { SAT ", parts 2", 1 },
        };
        size_t bad = 0;

        (void)state;
        for (size_t i = 0; i < N(rows); i++) {
                int got = askpass_wanted(rows[i].prompt);

                ROW_CHECK(bad, got == rows[i].part, "row %zu '%s': part %d, expected %d", i,
                          rows[i].prompt ? rows[i].prompt : "(null)", got, rows[i].part);
                ROW_CHECK(bad, askpass_prompt_ours(rows[i].prompt) == (rows[i].part != ASKPASS_NOT_OURS),
                          "row %zu '%s': ours disagrees", i, rows[i].prompt ? rows[i].prompt : "(null)");
        }
        assert_int_equal(bad, 0);
}

struct parts_row {
        size_t len, parts, last;
};

static void test_parts_edges(void **state)
{
        /* 499 bytes and a backslash, then the rest (1..500). */
        static const struct parts_row rows[] = {
                { 1, 1, 1 },       { 499, 1, 499 },    { 500, 1, 500 },
                { 501, 2, 2 },     { 998, 2, 499 },    { 999, 2, 500 },
                { 1000, 3, 2 },    { 1497, 3, 499 },   { 1498, 3, 500 },
                { 1500, 4, 3 },    { 16384, 33, 416 },
        };
        size_t bad = 0, off, plen;
        bool more;

        (void)state;
        for (size_t i = 0; i < N(rows); i++) {
                size_t parts = askpass_parts(rows[i].len);
                bool ok = askpass_part(rows[i].len, (int)rows[i].parts, &off, &plen, &more);

                ROW_CHECK(bad, parts == rows[i].parts, "len %zu: %zu parts, expected %zu",
                          rows[i].len, parts, rows[i].parts);
                ROW_CHECK(bad, ok && !more && plen == rows[i].last && off + plen == rows[i].len,
                          "len %zu: last part %zu bytes at %zu, expected %zu", rows[i].len,
                          ok ? plen : 0, ok ? off : 0, rows[i].last);
                ROW_CHECK(bad, !askpass_part(rows[i].len, (int)rows[i].parts + 1, &off, &plen, &more),
                          "len %zu: a part past the last", rows[i].len);
        }
        assert_false(askpass_part(0, 1, &off, &plen, &more));
        assert_false(askpass_part(10, 0, &off, &plen, &more));
        assert_false(askpass_part(10, -1, &off, &plen, &more));
        assert_int_equal(bad, 0);
}

/* Every length up to 16 KiB: the parts, joined as the PAM module joins
 * them (strip the backslash, ask again while there is one), give back
 * the token exactly, each answer within ASKPASS_PART_MAX bytes. */
static void test_parts_reassemble(void **state)
{
        static char tok[16385], joined[16385];
        size_t bad = 0;

        (void)state;
        for (size_t i = 0; i < sizeof(tok) - 1; i++)
                tok[i] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."[i % 65];
        for (size_t len = 1; len <= 16384; len++) {
                size_t have = 0, off, plen, answered = 0;
                bool more = true;

                for (int n = 1; more; n++) {
                        if (!askpass_part(len, n, &off, &plen, &more)) {
                                ROW_CHECK(bad, 0, "len %zu: no part %d", len, n);
                                break;
                        }
                        answered = plen + (more ? 1 : 0);
                        ROW_CHECK(bad, answered <= ASKPASS_PART_MAX && plen > 0,
                                  "len %zu part %d: %zu bytes", len, n, answered);
                        ROW_CHECK(bad, off == have, "len %zu part %d: at %zu, not %zu", len, n, off, have);
                        memcpy(joined + have, tok + off, plen);
                        have += plen;
                }
                ROW_CHECK(bad, have == len && !memcmp(joined, tok, len), "len %zu: joined %zu", len, have);
                if (bad > 10)
                        break;
        }
        assert_int_equal(bad, 0);
}

static void test_token_chars(void **state)
{
        (void)state;
        assert_true(askpass_token_chars("eyJhbGciOiJFUzI1NiJ9.e30.c2ln-_", 31));
        assert_true(askpass_token_chars("a", 1));
        assert_false(askpass_token_chars("", 0));
        assert_false(askpass_token_chars("a b", 3));
        assert_false(askpass_token_chars("a\nb", 3));
        assert_false(askpass_token_chars("ab\\", 3));
        assert_false(askpass_token_chars("a+b", 3));
        assert_false(askpass_token_chars("a/b", 3));
        assert_false(askpass_token_chars("a=", 2));
        assert_false(askpass_token_chars("a\0b", 3));
        assert_false(askpass_token_chars("\xc3\xa9", 2));
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_wanted),
                cmocka_unit_test(test_parts_edges),
                cmocka_unit_test(test_parts_reassemble),
                cmocka_unit_test(test_token_chars),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
