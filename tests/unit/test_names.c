/* Unit tests for lib/base/names.c: Kubernetes names and the local names made
 * from them. Parsers are table-driven: one row per edge case, every row
 * checked, the failing rows printed. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "unit.h"

#include "k8s/names.h"

/* Fills buf with n copies of c (buf holds n + 1 bytes). */
static char *rep(char *buf, char c, size_t n)
{
        memset(buf, c, n);
        buf[n] = '\0';
        return buf;
}

/* ---- DNS-1123 labels and subdomains ------------------------------------ */

struct dns_row {
        const char *in;
        bool label, subdomain;
};

static void test_dns1123(void **state)
{
        char l63[64], l64[65], s253[254], s254[255];
        size_t bad = 0;

        (void)state;
        rep(l63, 'a', 63);
        rep(l64, 'a', 64);
        /* 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253 bytes; one more byte is 254. */
        snprintf(s253, sizeof(s253), "%s.%s.%s.%.*s", l63, l63, l63, 61, l63);
        snprintf(s254, sizeof(s254), "%s.%s.%s.%.*s", l63, l63, l63, 62, l63);
        assert_int_equal(strlen(s253), 253);
        assert_int_equal(strlen(s254), 254);

        const struct dns_row rows[] = {
                { "a", true, true },
                { "0", true, true },
                { "team-a", true, true },
                { "a-b-c9", true, true },
                { "9abc", true, true },
                { l63, true, true },
                { l64, false, true }, /* see test_dns1123_subdomain_label_64 */
                { s253, false, true },
                { s254, false, false },
                { "", false, false },
                { "-a", false, false },
                { "a-", false, false },
                { "-", false, false },
                { "Team", false, false },
                { "teAm", false, false },
                { "a_b", false, false },
                { "a.b", false, true },
                { "a.b.c", false, true },
                { ".a", false, false },
                { "a.", false, false },
                { "a..b", false, false },
                { "a.-b", false, false },
                { "a-.b", false, false },
                { ".", false, false },
                { "a b", false, false },
                { "a:b", false, false },
                { "a/b", false, false },
                { "a\n", false, false },
                { "caf\xc3\xa9", false, false },       /* UTF-8 e-acute */
                { "a\xe2\x80\x8b" "b", false, false }, /* zero-width space */
                { "\xff", false, false },
        };

        for (size_t i = 0; i < N(rows); i++) {
                bool l = names_is_dns1123_label(rows[i].in);
                bool s = names_is_dns1123_subdomain(rows[i].in);
                ROW_CHECK(bad, l == rows[i].label,
                          "row %zu (%.40s): label %d, expected %d", i, rows[i].in, l,
                          rows[i].label);
                ROW_CHECK(bad, s == rows[i].subdomain,
                          "row %zu (%.40s): subdomain %d, expected %d", i, rows[i].in, s,
                          rows[i].subdomain);
        }
        assert_false(names_is_dns1123_label(NULL));
        assert_false(names_is_dns1123_subdomain(NULL));
        assert_int_equal(bad, 0);
}

/* Regression: names_is_dns1123_subdomain capped each dot-separated label
 * at 63 bytes, but Kubernetes' IsDNS1123Subdomain (apimachinery validation.go:
 * regex [a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*,
 * length <= 253) has no per-label limit, so a valid service account (or
 * pod) named with 64 'a's was refused. */
static void test_dns1123_subdomain_label_64(void **state)
{
        char l64[65], dotted[70];

        (void)state;
        rep(l64, 'a', 64);
        snprintf(dotted, sizeof(dotted), "x.%s", l64);
        assert_true(names_is_dns1123_subdomain(l64));
        assert_true(names_is_dns1123_subdomain(dotted));
}

/* ---- system:serviceaccount:<ns>:<name> ---------------------------------- */

struct user_row {
        const char *in;
        bool ok;
        const char *ns, *sa;
};

static void test_parse_username(void **state)
{
        char ns63[64], ns64[65], sa253[254], sa254[255], l63[64];
        char u_ns63[128], u_ns64[128], u_sa253[300], u_sa254[300];
        size_t bad = 0;

        (void)state;
        rep(ns63, 'n', 63);
        rep(ns64, 'n', 64);
        rep(l63, 's', 63);
        snprintf(sa253, sizeof(sa253), "%s.%s.%s.%.*s", l63, l63, l63, 61, l63);
        snprintf(sa254, sizeof(sa254), "%s.%s.%s.%.*s", l63, l63, l63, 62, l63);
        snprintf(u_ns63, sizeof(u_ns63), NAMES_PREFIX "%s:x", ns63);
        snprintf(u_ns64, sizeof(u_ns64), NAMES_PREFIX "%s:x", ns64);
        snprintf(u_sa253, sizeof(u_sa253), NAMES_PREFIX "a:%s", sa253);
        snprintf(u_sa254, sizeof(u_sa254), NAMES_PREFIX "a:%s", sa254);

        const struct user_row rows[] = {
                { "system:serviceaccount:team-a:deployer", true, "team-a", "deployer" },
                { "system:serviceaccount:a:b", true, "a", "b" },
                { "system:serviceaccount:kube-system:app.v2", true, "kube-system", "app.v2" },
                { u_ns63, true, ns63, "x" },
                { u_sa253, true, "a", sa253 },
                { u_ns64, false, NULL, NULL },
                { u_sa254, false, NULL, NULL },
                { "system:serviceaccount:a:b:c", false, NULL, NULL },
                { "alice", false, NULL, NULL },
                { "system:node:x", false, NULL, NULL },
                { "system:serviceaccounts:a", false, NULL, NULL },
                { "system:serviceaccount::b", false, NULL, NULL },
                { "system:serviceaccount:a:", false, NULL, NULL },
                { "system:serviceaccount:a", false, NULL, NULL },
                { "system:serviceaccount:", false, NULL, NULL },
                { "system:serviceaccount", false, NULL, NULL },
                { "", false, NULL, NULL },
                { "System:serviceaccount:a:b", false, NULL, NULL },
                { "system:serviceaccount:Team:b", false, NULL, NULL },
                { "system:serviceaccount:a:B", false, NULL, NULL },
                { "system:serviceaccount:a.b:c", false, NULL, NULL },
                { "system:serviceaccount:a_b:c", false, NULL, NULL },
                { "system:serviceaccount:a:b_c", false, NULL, NULL },
                { "system:serviceaccount:-a:b", false, NULL, NULL },
                { "system:serviceaccount:a:b.", false, NULL, NULL },
                { " system:serviceaccount:a:b", false, NULL, NULL },
                { "system:serviceaccount:a:b ", false, NULL, NULL },
                { "system:serviceaccount:a:b\n", false, NULL, NULL },
                { "system:serviceaccount:system:serviceaccount:a:b", false, NULL, NULL },
                { "xsystem:serviceaccount:a:b", false, NULL, NULL },
                { "system:serviceaccount:caf\xc3\xa9:b", false, NULL, NULL },
        };

        for (size_t i = 0; i < N(rows); i++) {
                struct names_identity id;
                bool ok;

                memset(&id, 0, sizeof(id));
                ok = names_parse_username(rows[i].in, &id);
                ROW_CHECK(bad, ok == rows[i].ok,
                          "row %zu (%.60s): got %d, expected %d", i, rows[i].in, ok,
                          rows[i].ok);
                if (ok && rows[i].ok) {
                        ROW_CHECK(bad, !strcmp(id.ns, rows[i].ns),
                                  "row %zu: ns '%s', expected '%s'", i, id.ns, rows[i].ns);
                        ROW_CHECK(bad, !strcmp(id.sa, rows[i].sa),
                                  "row %zu: sa '%.40s', expected '%.40s'", i, id.sa,
                                  rows[i].sa);
                }
        }
        assert_false(names_parse_username(NULL, &(struct names_identity){ { 0 }, { 0 } }));
        assert_int_equal(bad, 0);
}

/* ---- user_format and group_format --------------------------------------- */

struct fmt_row {
        const char *fmt;
        bool ok;
        const char *err; /* substring of the error when refused */
};

static size_t run_format_rows(const struct fmt_row *rows, size_t n, bool user)
{
        size_t bad = 0;

        for (size_t i = 0; i < n; i++) {
                char err[256] = "";
                bool ok = user ? names_check_user_format(rows[i].fmt, err, sizeof(err))
                               : names_check_group_format(rows[i].fmt, err, sizeof(err));
                ROW_CHECK(bad, ok == rows[i].ok,
                          "row %zu (%s '%s'): got %d, expected %d (%s)", i,
                          user ? "user" : "group", rows[i].fmt ? rows[i].fmt : "NULL", ok,
                          rows[i].ok, err);
                if (!ok && !rows[i].ok)
                        ROW_CHECK(bad, strstr(err, rows[i].err) != NULL,
                                  "row %zu (%s '%s'): error '%s' lacks '%s'", i,
                                  user ? "user" : "group", rows[i].fmt ? rows[i].fmt : "NULL",
                                  err, rows[i].err);
        }
        return bad;
}

static void test_check_user_format(void **state)
{
        static const struct fmt_row rows[] = {
                { "%n_%s", true, NULL },
                { "%s@%n", true, NULL },
                { "k8s-%n_%s", true, NULL },
                { "%n+%s", true, NULL },
                { "%n~%s", true, NULL },
                { "%s_%n", true, NULL },
                { "%n_%s-k8s", true, NULL },
                { "u.%n__%s", true, NULL },
                { "%n-_-%s", true, NULL },
                { "_%n_%s", true, NULL },
                { "%n-%s", false, "separated" },
                { "%n.%s", false, "separated" },
                { "%n%s", false, "separated" },
                { "%n-x.%s", false, "separated" },
                { "_%n%s_", false, "separated" },
                { "%n_%n", false, "exactly once" },
                { "%s_%s", false, "exactly once" },
                { "%n_%s_%s", false, "exactly once" },
                { "%n_", false, "exactly once" },
                { "k8s", false, "exactly once" },
                { "%x", false, "unknown directive '%x'" },
                { "%n_%s%x", false, "unknown directive '%x'" },
                { "%N_%s", false, "unknown directive '%N'" },
                { "%n_%S", false, "unknown directive '%S'" },
                { "%n_%s%%", false, "unknown directive '%%'" },
                { "%n_%s%", false, "unknown directive '%?'" },
                { "%n_%u", false, "unknown directive '%u'" },
                { "-%n_%s", false, "start with '-'" },
                { "%n/%s", false, "character '/' not allowed" },
                { "%n %s", false, "character '?' not allowed" }, /* blanks shown as '?' */
                { "%n:%s", false, "character ':' not allowed" },
                { "K8S_%n_%s", false, "character 'K' not allowed" },
                { "%n_%s\n", false, "not allowed" },
                { "%n\xc3\xa9_%s", false, "not allowed" },
                { "", false, "empty format" },
                { NULL, false, "empty format" },
        };

        (void)state;
        assert_int_equal(run_format_rows(rows, N(rows), true), 0);
}

static void test_check_group_format(void **state)
{
        static const struct fmt_row rows[] = {
                { "k8s_%n", true, NULL },
                { "%n", true, NULL },
                { "%n@k8s", true, NULL },
                { "grp-%n.x", true, NULL },
                { "k8s_%n_%s", false, "unknown directive '%s'" },
                { "%s", false, "unknown directive '%s'" },
                { "k8s", false, "exactly once" },
                { "%n%n", false, "exactly once" },
                { "-%n", false, "start with '-'" },
                { "k8s %n", false, "character '?' not allowed" },
                { "k8s/%n", false, "character '/' not allowed" },
                { "K8s_%n", false, "character 'K' not allowed" },
                { "", false, "empty format" },
                { NULL, false, "empty format" },
        };

        (void)state;
        assert_int_equal(run_format_rows(rows, N(rows), false), 0);
}

static void test_check_local(void **state)
{
        char l255[256], l256[257];

        (void)state;
        rep(l255, 'g', 255);
        rep(l256, 'g', 256);
        assert_true(names_check_local("k8s"));
        assert_true(names_check_local("k8s_users+x~y@z.w"));
        assert_true(names_check_local(l255));
        assert_false(names_check_local(l256));
        assert_false(names_check_local("-k8s"));
        assert_false(names_check_local("K8s"));
        assert_false(names_check_local("k8s users"));
        assert_false(names_check_local("k8s/x"));
        assert_false(names_check_local(""));
        assert_false(names_check_local(NULL));
}

/* ---- names_to_local / names_from_local ---------------------------------- */

struct trip_row {
        const char *fmt, *ns, *sa, *local;
};

static void test_round_trips(void **state)
{
        static const struct trip_row rows[] = {
                { "%n_%s", "team-a", "deployer", "team-a_deployer" },
                { "%n_%s", "a", "b", "a_b" },
                { "%n_%s", "kube-system", "app.v2.x", "kube-system_app.v2.x" },
                { "%s@%n", "team-a", "deployer", "deployer@team-a" },
                { "%s@%n", "a", "b.c", "b.c@a" },
                { "%n+%s", "ns", "sa", "ns+sa" },
                { "%n~%s", "ns", "sa", "ns~sa" },
                { "k8s-%n_%s", "team-a", "deployer", "k8s-team-a_deployer" },
                { "k8s+%n~%s", "a-1", "b-2", "k8s+a-1~b-2" },
                { "%n_%s@cluster", "team-a", "ci", "team-a_ci@cluster" },
                { "x.%n_%s", "ns", "sa", "x.ns_sa" },
                { "%s+%n.k8s", "ns", "s.a", "s.a+ns.k8s" },
                { "%n-_-%s", "ns", "sa", "ns-_-sa" },
                { "%n_x%s", "ns", "x", "ns_xx" },
                { "%s_%n", "ns", "sa-1.b", "sa-1.b_ns" },
        };
        size_t bad = 0;

        (void)state;
        for (size_t i = 0; i < N(rows); i++) {
                struct names_identity id, back;
                char local[NAMES_LOCAL_MAX + 1] = "";
                bool ok;

                assert_true(names_check_user_format(rows[i].fmt, NULL, 0));
                memset(&id, 0, sizeof(id));
                strcpy(id.ns, rows[i].ns);
                strcpy(id.sa, rows[i].sa);
                ok = names_to_local(rows[i].fmt, &id, local, sizeof(local));
                ROW_CHECK(bad, ok && !strcmp(local, rows[i].local),
                          "row %zu (%s): to_local %d '%s', expected '%s'", i, rows[i].fmt,
                          ok, local, rows[i].local);
                memset(&back, 0x55, sizeof(back));
                ok = names_from_local(rows[i].fmt, rows[i].local, &back);
                ROW_CHECK(bad, ok && !strcmp(back.ns, id.ns) && !strcmp(back.sa, id.sa),
                          "row %zu (%s '%s'): from_local %d", i, rows[i].fmt, rows[i].local,
                          ok);
        }
        assert_int_equal(bad, 0);
}

struct back_row {
        const char *fmt, *local;
};

/* The negative twins: names that are not ours must not map back. */
static void test_from_local_refuses(void **state)
{
        char long_ns[80], long_local[300], s63[64];
        size_t bad = 0;

        (void)state;
        rep(s63, 'a', 63);
        snprintf(long_ns, sizeof(long_ns), "%sa_b", s63); /* 64-byte namespace */
        rep(long_local, 'a', 256);
        memcpy(long_local + 10, "_", 1);                  /* 256 bytes, one '_' */

        const struct back_row rows[] = {
                { "k8s-%n_%s", "x8s-a_b" },       /* wrong prefix */
                { "k8s-%n_%s", "a_b" },           /* prefix missing */
                { "k8s-%n_%s", "k8s-" },
                { "%n_%s@cluster", "a_b@other" }, /* wrong suffix */
                { "%n_%s@cluster", "a_b" },
                { "%n_%s", "a_b_c" },             /* two separators */
                { "%n_%s", "a__b" },
                { "%n_%s", "a_b@c" },
                { "%n_%s", "a@b" },               /* other separator */
                { "%n_%s", "ab" },                /* none */
                { "%n_%s", "A_b" },               /* upper case */
                { "%n_%s", "a_B" },
                { "%n_%s", "a_" },                /* empty account */
                { "%n_%s", "_b" },                /* empty namespace */
                { "%n_%s", "_" },
                { "%n_%s", "" },
                { "%n_%s", "a-_b" },              /* namespace "a-" is invalid */
                { "%n_%s", "a.b_c" },             /* namespace "a.b" is invalid */
                { "%n_%s", "a_-b" },              /* account "-b" is invalid */
                { "%n_%s", "a_b." },
                { "%n_%s", "a_b\n" },
                { "%n_%s", "a_b " },
                { "%n_%s", "a_caf\xc3\xa9" },
                { "%n_%s", long_ns },             /* over-long namespace */
                { "%n_%s", long_local },          /* over-long local name */
                { "%s@%n", "b@a@c" },
                { "%s@%n", "b@" },
                { "%s@%n", "@a" },
                { "%n-_-%s", "a_b" },
                { "%n-_-%s", "a-_b" },            /* separator cut short */
                { "%n_x%s", "a_yb" },
        };

        for (size_t i = 0; i < N(rows); i++) {
                struct names_identity id;
                bool ok;

                memset(&id, 0, sizeof(id));
                ok = names_from_local(rows[i].fmt, rows[i].local, &id);
                ROW_CHECK(bad, !ok,
                          "row %zu (%s '%.40s'): mapped back to %s/%s", i, rows[i].fmt,
                          rows[i].local, id.ns, id.sa);
        }
        assert_false(names_from_local("%n_%s", NULL, &(struct names_identity){ { 0 }, { 0 } }));
        assert_int_equal(bad, 0);
}

/* Every local name that maps back must be exactly the name its identity
 * maps to: checked over all short strings of an alphabet that holds name
 * characters and separators, for several formats. */
static void test_from_local_exhaustive(void **state)
{
        static const char alpha[] = "ab-._@+";
        static const char *const fmts[] = { "%n_%s", "%s@%n", "k8s+%n~%s", "%n-_-%s",
                                            "%n_%s.a" };
        const size_t k = sizeof(alpha) - 1;
        size_t accepted = 0, bad = 0;

        (void)state;
        for (size_t f = 0; f < N(fmts); f++) {
                for (size_t len = 1; len <= 5; len++) {
                        size_t total = 1;
                        for (size_t j = 0; j < len; j++)
                                total *= k;
                        for (size_t code = 0; code < total; code++) {
                                char s[8], pre[16], local[NAMES_LOCAL_MAX + 1];
                                struct names_identity id;
                                size_t c = code;

                                for (size_t j = 0; j < len; j++, c /= k)
                                        s[j] = alpha[c % k];
                                s[len] = '\0';
                                /* Give the "k8s+" format a chance to match. */
                                snprintf(pre, sizeof(pre), "%s%s",
                                         !strncmp(fmts[f], "k8s+", 4) ? "k8s+" : "", s);
                                if (!names_from_local(fmts[f], pre, &id))
                                        continue;
                                accepted++;
                                if (!names_to_local(fmts[f], &id, local, sizeof(local)) ||
                                    strcmp(local, pre) != 0 ||
                                    !names_is_dns1123_label(id.ns) ||
                                    !names_is_dns1123_subdomain(id.sa)) {
                                        print_error("%s: '%s' maps to %s/%s\n", fmts[f], pre,
                                                    id.ns, id.sa);
                                        bad++;
                                }
                        }
                }
        }
        /* Not vacuous: plenty of names are ours. */
        assert_true(accepted > 100);
        assert_int_equal(bad, 0);
}

static void test_to_local_limits(void **state)
{
        struct names_identity id;
        char buf[NAMES_LOCAL_MAX + 8], l63[64];

        (void)state;
        memset(&id, 0, sizeof(id));
        strcpy(id.ns, "a");
        strcpy(id.sa, "b");
        /* "a_b" needs 4 bytes with its NUL. */
        memset(buf, 'Z', sizeof(buf));
        assert_true(names_to_local("%n_%s", &id, buf, 4));
        assert_string_equal(buf, "a_b");
        memset(buf, 'Z', sizeof(buf));
        assert_false(names_to_local("%n_%s", &id, buf, 3));
        assert_int_equal(buf[3], 'Z');

        /* 63 + 1 + 191 = 255 fits; one more byte does not. */
        rep(l63, 'n', 63);
        strcpy(id.ns, l63);
        rep(id.sa, 's', 191);
        assert_true(names_to_local("%n_%s", &id, buf, sizeof(buf)));
        assert_int_equal(strlen(buf), 255);
        rep(id.sa, 's', 192);
        assert_false(names_to_local("%n_%s", &id, buf, sizeof(buf)));
        rep(id.sa, 's', 253);
        assert_false(names_to_local("%n_%s", &id, buf, sizeof(buf)));
}

/* ---- names_expand -------------------------------------------------------- */

struct expand_row {
        const char *fmt, *ns, *sa, *user;
        size_t len;      /* buffer size given */
        const char *out; /* NULL: must return false */
};

static void test_expand(void **state)
{
        static const struct expand_row rows[] = {
                { "%n_%s", "a", "b", NULL, 32, "a_b" },
                { "/home/%u", NULL, NULL, "a_b", 32, "/home/a_b" },
                { "/home/%n/%s", "ns", "sa", NULL, 32, "/home/ns/sa" },
                { "100%%", NULL, NULL, NULL, 32, "100%" },
                { "%%n", NULL, NULL, NULL, 32, "%n" },
                { "", NULL, NULL, NULL, 1, "" },
                { "abc", NULL, NULL, NULL, 4, "abc" },
                { "abc", NULL, NULL, NULL, 3, NULL },
                { "%n_%s", "a", "b", NULL, 4, "a_b" },
                { "%n_%s", "a", "b", NULL, 3, NULL },
                { "%n_%s", "abc", "d", NULL, 3, NULL },
                { "x%u", NULL, NULL, "abcdef", 7, NULL },
                { "x%u", NULL, NULL, "abcdef", 8, "xabcdef" },
                { "%n", "a", NULL, NULL, 0, NULL },
                { "%u", NULL, NULL, NULL, 32, NULL },
                { "%n", NULL, "b", NULL, 32, NULL },
                { "%s", "a", NULL, NULL, 32, NULL },
                { "%x", "a", "b", "c", 32, NULL },
                { "a%", "a", "b", "c", 32, NULL },
                { NULL, "a", "b", "c", 32, NULL },
        };
        size_t bad = 0;

        (void)state;
        for (size_t i = 0; i < N(rows); i++) {
                char buf[48];
                bool ok;

                memset(buf, 'Z', sizeof(buf));
                ok = names_expand(rows[i].fmt, rows[i].ns, rows[i].sa, rows[i].user, buf,
                                  rows[i].len);
                ROW_CHECK(bad, ok == (rows[i].out != NULL),
                          "row %zu (%s): got %d", i, rows[i].fmt ? rows[i].fmt : "NULL", ok);
                if (ok && rows[i].out)
                        ROW_CHECK(bad, !strcmp(buf, rows[i].out),
                                  "row %zu (%s): '%s', expected '%s'", i, rows[i].fmt, buf,
                                  rows[i].out);
                /* Nothing is written past the buffer given. */
                for (size_t j = rows[i].len; j < sizeof(buf); j++)
                        ROW_CHECK(bad, buf[j] == 'Z',
                                  "row %zu (%s): byte %zu written past len %zu", i,
                                  rows[i].fmt ? rows[i].fmt : "NULL", j, rows[i].len);
        }
        assert_int_equal(bad, 0);
}

/* ---- group names back to namespaces --------------------------------- */

struct group_row {
        const char *fmt, *local, *ns; /* ns NULL: not ours */
};

static void test_group_from_local(void **state)
{
        char l63[64], l64[65], long_group[80], too_long[81];
        size_t bad = 0;

        (void)state;
        rep(l63, 'a', 63);
        rep(l64, 'a', 64);
        snprintf(long_group, sizeof(long_group), "k8s_%s", l63);
        snprintf(too_long, sizeof(too_long), "k8s_%s", l64);
        {
                const struct group_row rows[] = {
                        { "k8s_%n", "k8s_demo", "demo" },
                        { "k8s_%n", "k8s_a", "a" },
                        { "k8s_%n", "k8s_a-b", "a-b" },
                        { "k8s_%n", long_group, l63 },
                        { "k8s_%n", too_long, NULL },
                        { "k8s_%n", "k8s_", NULL },
                        { "k8s_%n", "k8s", NULL },
                        { "k8s_%n", "k8s_Demo", NULL },
                        { "k8s_%n", "k8s_-demo", NULL },
                        { "k8s_%n", "k8s_demo-", NULL },
                        { "k8s_%n", "k8s_a.b", NULL },
                        { "k8s_%n", "k8s_a_b", NULL },
                        { "k8s_%n", "x8s_demo", NULL },
                        { "k8s_%n", "k8s_demo ", NULL },
                        { "k8s_%n", "", NULL },
                        { "%n.k8s", "demo.k8s", "demo" },
                        { "%n.k8s", "demo.k8s.k8s", NULL },
                        { "%n", "demo", "demo" },
                        { "%n", "de/mo", NULL },
                        { "ns-%n-grp", "ns-a-grp", "a" },
                        { "ns-%n-grp", "ns-a-b-grp", "a-b" },
                        { "ns-%n-grp", "ns--grp", NULL },
                };
                for (size_t i = 0; i < N(rows); i++) {
                        char ns[NAMES_NS_MAX + 1] = "";
                        bool ok = names_group_from_local(rows[i].fmt, rows[i].local, ns);
                        ROW_CHECK(bad, ok == (rows[i].ns != NULL), "row %zu (%s, %s): %s", i,
                                  rows[i].fmt, rows[i].local, ok ? "mapped" : "refused");
                        if (ok && rows[i].ns)
                                ROW_CHECK(bad, !strcmp(ns, rows[i].ns),
                                          "row %zu: namespace '%s', expected '%s'", i, ns,
                                          rows[i].ns);
                }
        }
        assert_false(names_group_from_local("k8s_%n", NULL, l63));
        assert_int_equal(bad, 0);
}

/* The order of registry and ledger entries: kind, then cluster, namespace
 * and account, bytewise; equal only when all four are. */
static void test_order(void **state)
{
        (void)state;
        assert_int_equal(names_order('u', "", "demo", "a", 'u', "", "demo", "a"), 0);
        assert_true(names_order('g', "", "demo", "", 'u', "", "demo", "") < 0);
        assert_true(names_order('u', "prod", "demo", "a", 'u', "", "demo", "a") > 0);
        assert_true(names_order('u', "", "demo", "a", 'u', "", "demo-x", "a") < 0);
        assert_true(names_order('u', "", "demo", "b", 'u', "", "demo", "a") > 0);
        /* Bytewise, not by locale: 'Z' (0x5a) before 'a' (0x61). */
        assert_true(names_order('u', "", "demo", "Z", 'u', "", "demo", "a") < 0);
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_dns1123),
                cmocka_unit_test(test_dns1123_subdomain_label_64),
                cmocka_unit_test(test_parse_username),
                cmocka_unit_test(test_check_user_format),
                cmocka_unit_test(test_check_group_format),
                cmocka_unit_test(test_check_local),
                cmocka_unit_test(test_round_trips),
                cmocka_unit_test(test_from_local_refuses),
                cmocka_unit_test(test_from_local_exhaustive),
                cmocka_unit_test(test_to_local_limits),
                cmocka_unit_test(test_expand),
                cmocka_unit_test(test_group_from_local),
                cmocka_unit_test(test_order),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
