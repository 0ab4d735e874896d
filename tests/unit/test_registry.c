/* Unit tests for lib/base/registry.c, the UID registry's reader: its
 * format and lookups, and first choices. Linked with lib/base alone,
 * which shows the reader needs no writer (lib/auth/registry_write.c has
 * test_registry_write.c). */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "unit.h"
#include "registry_fixture.h"

#include "k8s/config.h"
#include "k8s/registry.h"
#include "k8s/util.h"

/* ---- parsing ------------------------------------------------------------ */

struct parse_row {
        const char *text;
        bool ok;
        const char *err; /* part of the error when !ok */
};

static void test_parse(void **state)
{
        static const struct parse_row rows[] = {
                { "", true, NULL },
                { "# only a comment\n", true, NULL },
                { "u 5001 demo debugger - 1\n", true, NULL },
                { "u 5001 demo debugger 3f1c-9a 1700000000\n", true, NULL },
                { "g 5002 demo - - 1\n", true, NULL },
                { "r 5003 demo old 3f1c 1\n", true, NULL },
                { "u 5001 demo a - 1\nr 5002 demo a x 1\nr 5003 demo a y 1\n", true, NULL },
                /* cut short, or not a line of ours */
                { "u 5001 demo debugger - 1", false, "line 1: not terminated" },
                { "u 5001 demo debugger -\n", false, "line 1: malformed" },
                /* the 7th field names a [cluster] section: a DNS-1123 label */
                { "u 5001 demo debugger - 1 prod\n", true, NULL },
                { "u 5001 demo debugger - 1 prod\nu 5002 demo debugger - 1\n", true, NULL },
                { "u 5001 demo debugger - 1 prod\nu 5002 demo debugger - 1 prod\n", false,
                  "account prod:demo/debugger is allocated twice" },
                { "u 5001 demo debugger - 1 Prod\n", false, "line 1: malformed" },
                { "u 5001 demo debugger - 1 prod_a\n", false, "line 1: malformed" },
                { "u 5001 demo debugger - 1 prod \n", false, "line 1: malformed" },
                { "u 5001 demo debugger - 1 prod extra\n", false, "line 1: malformed" },
                { "u  5001 demo debugger - 1\n", false, "line 1: malformed" },
                { "x 5001 demo debugger - 1\n", false, "line 1: malformed" },
                { "uu 5001 demo debugger - 1\n", false, "line 1: malformed" },
                { "\n", false, "line 1: malformed" },
                { " # indented comment\n", false, "line 1: malformed" },
                /* numbers */
                { "u 999 demo a - 1\n", false, "malformed" },
                { "u 0 demo a - 1\n", false, "malformed" },
                { "u 05001 demo a - 1\n", false, "malformed" },
                { "u -5001 demo a - 1\n", false, "malformed" },
                { "u 4294967296 demo a - 1\n", false, "malformed" },
                { "u 5001x demo a - 1\n", false, "malformed" },
                { "u 5001 demo a - -1\n", false, "malformed" },
                { "u 5001 demo a - \n", false, "malformed" },
                /* names */
                { "u 5001 Demo a - 1\n", false, "malformed" },
                { "u 5001 demo A - 1\n", false, "malformed" },
                { "u 5001 demo a:b - 1\n", false, "malformed" },
                { "u 5001 demo - - 1\n", false, "malformed" },
                { "r 5001 demo - - 1\n", false, "malformed" },
                { "g 5001 demo x - 1\n", false, "malformed" },
                { "g 5001 demo - uid 1\n", false, "malformed" },
                { "u 5001 - a - 1\n", false, "malformed" },
                { "u 5001 demo a \x7f 1\n", false, "malformed" },
                { "u 5001 demo a\tb - 1\n", false, "malformed" },
                /* one number, one holder */
                { "u 5001 demo a - 1\ng 5001 demo - - 1\n", false, "number 5001 is allocated twice" },
                { "u 5001 demo a - 1\nr 5001 demo b - 1\n", false, "number 5001 is allocated twice" },
                { "u 5001 demo a - 1\nu 5002 demo a - 1\n", false, "account demo/a is allocated twice" },
                { "g 5001 demo - - 1\ng 5002 demo - - 1\n", false, "group of demo is allocated twice" },
                { "u 5001 demo a - 1\nbroken\n", false, "line 2: malformed" },
        };
        size_t bad = 0;

        (void)state;
        for (size_t i = 0; i < N(rows); i++) {
                struct registry *reg = NULL;
                char err[K8S_ERR_MAX] = "";
                char *text = strdup(rows[i].text);
                int r;

                assert_non_null(text);
                r = registry_parse(text, &reg, err, sizeof(err));
                ROW_CHECK(bad, (r == 0) == rows[i].ok, "row %zu: returned %d (%s)", i, r, err);
                ROW_CHECK(bad, (reg != NULL) == rows[i].ok, "row %zu: registry %p", i,
                          (void *)reg);
                if (!rows[i].ok)
                        ROW_CHECK(bad, strstr(err, rows[i].err) != NULL,
                                  "row %zu: error '%s' lacks '%s'", i, err, rows[i].err);
                registry_free(reg);
        }
        assert_int_equal(bad, 0);
}

static void test_lookups(void **state)
{
        struct registry *reg;
        char err[K8S_ERR_MAX], *text;
        const struct registry_entry *e;
        struct names_identity a = { "demo", "a" }, old = { "demo", "old" }, b = { "ci", "a" };

        (void)state;
        text = strdup("# header\nu 5003 demo a uid-a 10\ng 5001 demo - - 11\n"
                      "r 5002 demo old uid-o 12\nu 5009 ci a - 13\n");
        assert_non_null(text);
        assert_int_equal(registry_parse(text, &reg, err, sizeof(err)), 0);
        assert_int_equal(reg->n, 4);
        e = registry_find_user(reg, &a);
        assert_non_null(e);
        assert_int_equal(e->id, 5003);
        assert_string_equal(e->sa_uid, "uid-a");
        assert_int_equal(e->since, 10);
        e = registry_find_user(reg, &b);
        assert_non_null(e);
        assert_int_equal(e->id, 5009);
        assert_string_equal(e->sa_uid, "");
        /* A retired number is not an account. */
        assert_null(registry_find_user(reg, &old));
        e = registry_find_id(reg, 5002);
        assert_non_null(e);
        assert_int_equal(e->kind, REGISTRY_RETIRED);
        e = registry_find_group(reg, "demo");
        assert_non_null(e);
        assert_int_equal(e->id, 5001);
        assert_null(registry_find_group(reg, "ci"));
        assert_null(registry_find_id(reg, 5004));
        assert_null(registry_find_id(reg, 0));
        registry_free(reg);
}

/* ---- first choices ------------------------------------------------------ */

static void test_first_choice(void **state)
{
        struct config *cfg = cfg_range(CONFIG_DEFAULT_UID_MIN, CONFIG_DEFAULT_UID_MAX, "/x");
        struct config *tiny = cfg_range(5000, 5001, "/x");

        (void)state;
        /* Known answers, computed by an independent implementation of the
         * documented hash (tests/fixtures/first_choice.py: SipHash-2-4 under
         * the key "k8s-login uid v2" of "u\0ns\0sa\0" or "g\0ns\0"): hosts
         * that share file systems depend on these never changing. */
        assert_int_equal(registry_first_choice(cfg, "demo", "debugger"), 2115140347u);
        assert_int_equal(registry_first_choice(cfg, "demo", NULL), 2122556937u);
        assert_int_equal(registry_first_choice(cfg, "ci", "runner"), 2005896787u);
        assert_int_equal(registry_first_choice(cfg, "demo", "x"), 2111633520u);
        /* The separator matters: demo/x is not dem/ox. */
        assert_int_not_equal(registry_first_choice(cfg, "dem", "ox"),
                             registry_first_choice(cfg, "demo", "x"));
        /* One number is all a tiny range has besides all_group's. */
        assert_int_equal(registry_first_choice(tiny, "demo", "a"), 5001);
        assert_int_equal(registry_first_choice(tiny, "demo", NULL), 5001);
        config_free(tiny);
        /* Never all_group's uid_min, never outside the range. */
        tiny = cfg_range(5000, 5003, "/x");
        for (int i = 0; i < 2000; i++) {
                char sa[32];
                uint32_t n;
                snprintf(sa, sizeof(sa), "sa-%d", i);
                n = registry_first_choice(tiny, "demo", sa);
                if (n < 5001 || n > 5003)
                        fail_msg("%s: %u outside 5001..5003", sa, n);
        }
        config_free(tiny);
        config_free(cfg);
}

/* The FNV-1a-64 first choice k8s-login used before SipHash, kept here
 * only to show what it did to small ranges. */
static uint32_t fnv_first_choice(uint32_t min, uint32_t max, const char *ns, const char *sa)
{
        uint64_t h = 0xcbf29ce484222325ULL;
        const char *parts[3] = { "u", ns, sa };

        for (int p = 0; p < 3; p++)
                for (const char *c = parts[p];; c++) {
                        h = (h ^ (unsigned char)*c) * 0x100000001b3ULL;
                        if (!*c)
                                break;
                }
        return (uint32_t)(min + 1 + h % ((uint64_t)max - min));
}

/* Sequential names in a small range (61 numbers, 5000..5060) spread:
 * demo_u01..demo_u20 get 19 distinct first choices (at least 15 is what a
 * well-mixed hash gives almost always); FNV-1a gave them only 4, so most
 * of a namespace's accounts collided at their first login. */
static void test_first_choice_spreads_sequential_names(void **state)
{
        struct config *cfg = cfg_range(5000, 5060, "/x");
        bool sip[61] = { false }, fnv[61] = { false };
        unsigned nsip = 0, nfnv = 0;

        (void)state;
        for (int i = 1; i <= 20; i++) {
                char sa[8];
                uint32_t n;
                snprintf(sa, sizeof(sa), "u%02d", i);
                n = registry_first_choice(cfg, "demo", sa);
                assert_in_range(n, 5001, 5060);
                if (!sip[n - 5000]) {
                        sip[n - 5000] = true;
                        nsip++;
                }
                n = fnv_first_choice(5000, 5060, "demo", sa);
                assert_in_range(n, 5001, 5060);
                if (!fnv[n - 5000]) {
                        fnv[n - 5000] = true;
                        nfnv++;
                }
        }
        assert_true(nsip >= 15);
        assert_int_equal(nsip, 19);
        /* the negative twin: the old hash fails the same bar */
        assert_int_equal(nfnv, 4);
        config_free(cfg);
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_parse),
                cmocka_unit_test(test_lookups),
                cmocka_unit_test(test_first_choice),
                cmocka_unit_test(test_first_choice_spreads_sequential_names),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
