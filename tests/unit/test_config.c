/* Unit tests for lib/base/config.c: strict parsing of k8s-login.conf, the
 * defaults, the identity policy and the trust checks of config_load.
 * Each key's values are table rows: the line, then the value it must give
 * or the reason it must be refused for. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "unit.h"

#include "k8s/config.h"
#include "k8s/util.h"

#define PATH "/etc/k8s-login-test.conf"

/* ---- building config text ------------------------------------------------ */

/* A minimal valid tokenreview config, after a comment and a blank line so
 * line numbers are not trivially the index of a key. */
static const char *const base_lines[] = {
        "# k8s-login test config",
        "",
        "api_server = https://k8s.example:6443",
        "reviewer_token_file = /etc/k8s-login/reviewer.token",
        "audiences = k8s-login",
        "allow_namespaces = team-a",
};

/* The key a line sets: its first word before blanks or '='. */
static void key_of(const char *line, char *key, size_t n)
{
        size_t k = strspn(line, " \t");
        size_t len = strcspn(line + k, " \t=");

        snprintf(key, n, "%.*s", (int)len, line + k);
}

/* Writes the base config without the line for key omit (NULL: keep all),
 * then extra (NULL: nothing) as the last line. Returns the number of the
 * extra line. */
static unsigned build(char *buf, size_t n, const char *extra, const char *omit)
{
        unsigned lineno = 0;
        size_t o = 0;

        buf[0] = '\0';
        for (size_t i = 0; i < N(base_lines); i++) {
                char key[64];
                key_of(base_lines[i], key, sizeof(key));
                if (omit && *key && !strcmp(key, omit))
                        continue;
                o += (size_t)snprintf(buf + o, n - o, "%s\n", base_lines[i]);
                lineno++;
        }
        if (extra)
                snprintf(buf + o, n - o, "%s\n", extra);
        assert_true(strlen(buf) < n - 1);
        return lineno + 1;
}

/* Parses the base config with line replacing the base line of its key. */
static int parse_with(const char *line, struct config **cfg, char *err, size_t errlen,
                      unsigned *lineno)
{
        char text[4096], key[64];
        unsigned l;

        key_of(line, key, sizeof(key));
        l = build(text, sizeof(text), line, key);
        if (lineno)
                *lineno = l;
        err[0] = '\0';
        return config_parse(PATH, text, cfg, err, errlen);
}

static void join_list(const struct config_list *l, char *buf, size_t n)
{
        size_t o = 0;

        buf[0] = '\0';
        for (size_t i = 0; i < l->n && o < n; i++)
                o += (size_t)snprintf(buf + o, n - o, "%s%s", i ? "|" : "", l->items[i]);
}

/* A config field as text: lists joined by '|', NULL as "(null)". */
static void value_of(const struct config *c, const char *key, char *buf, size_t n)
{
        const struct { const char *key; char *const *field; } strs[] = {
                { "api_server", &c->api_server },
                { "ca_file", &c->ca_file },
                { "jwks_ca_file", &c->jwks_ca_file },
                { "reviewer_token_file", &c->reviewer_token_file },
                { "issuer", &c->issuer },
                { "jwks_file", &c->jwks_file },
                { "jwks_uri", &c->jwks_uri },
                { "user_format", &c->user_format },
                { "group_format", &c->group_format },
                { "all_group", &c->all_group },
                { "home_format", &c->home_format },
                { "shell", &c->shell },
                { "state_dir", &c->state_dir },
        };
        const struct { const char *key; const long *field; } longs[] = {
                { "timeout", &c->timeout },
                { "max_token_lifetime", &c->max_token_lifetime },
                { "cache_ttl", &c->cache_ttl },
        };

        for (size_t i = 0; i < N(strs); i++)
                if (!strcmp(key, strs[i].key)) {
                        snprintf(buf, n, "%s", *strs[i].field ? *strs[i].field : "(null)");
                        return;
                }
        for (size_t i = 0; i < N(longs); i++)
                if (!strcmp(key, longs[i].key)) {
                        snprintf(buf, n, "%ld", *longs[i].field);
                        return;
                }
        if (!strcmp(key, "audiences"))
                join_list(&c->audiences, buf, n);
        else if (!strcmp(key, "allow_namespaces"))
                join_list(&c->allow_namespaces, buf, n);
        else if (!strcmp(key, "allow_service_accounts"))
                join_list(&c->allow_service_accounts, buf, n);
        else if (!strcmp(key, "validation"))
                snprintf(buf, n, "%s", config_validation_name(c->validation));
        else if (!strcmp(key, "uid_min"))
                snprintf(buf, n, "%u", (unsigned)c->uid_min);
        else if (!strcmp(key, "uid_max"))
                snprintf(buf, n, "%u", (unsigned)c->uid_max);
        else if (!strcmp(key, "allow_legacy_tokens"))
                snprintf(buf, n, "%s", c->allow_legacy_tokens ? "yes" : "no");
        else if (!strcmp(key, "allow_recreated"))
                snprintf(buf, n, "%s", c->allow_recreated ? "yes" : "no");
        else
                fail_msg("no getter for key '%s'", key);
}

/* ---- one key, one value -------------------------------------------------- */

struct kv_row {
        const char *line;
        const char *value; /* the value parsed; NULL: the line is refused */
        const char *why;   /* when refused: part of the reason */
        bool late;         /* refused by the whole-file checks */
};

static const struct kv_row kv_rows[] = {
        /* validation (jwks needs more keys: see test_jwks) */
        { "validation = tokenreview", "tokenreview", NULL, false },
        { "validation = JWKS", NULL, "expected tokenreview or jwks", false },
        { "validation = oidc", NULL, "expected tokenreview or jwks", false },
        { "validation =", NULL, "expected tokenreview or jwks", false },

        /* api_server */
        { "api_server = https://k8s.example:6443", "https://k8s.example:6443", NULL, false },
        { "api_server = https://10.0.0.1", "https://10.0.0.1", NULL, false },
        { "api_server = https://[fd00::1]:6443", "https://[fd00::1]:6443", NULL, false },
        { "api_server = https://k8s.example/", "https://k8s.example", NULL, false },
        { "api_server = https://k8s.example//", "https://k8s.example", NULL, false },
        { "api_server = https://k8s.example:443/prefix", "https://k8s.example:443/prefix", NULL, false },
        { "api_server=https://k8s.example", "https://k8s.example", NULL, false },
        { "  api_server \t=   https://k8s.example  \t", "https://k8s.example", NULL, false },
        { "api_server = https://k8s.example\r", "https://k8s.example", NULL, false },
        { "api_server = http://k8s.example", NULL, "plain http is refused", false },
        { "api_server = http://k8s.example:443", NULL, "plain http is refused", false },
        { "api_server = k8s.example", NULL, "expected https://host[:port]", false },
        { "api_server = HTTPS://k8s.example", NULL, "expected https://host[:port]", false },
        { "api_server = ftp://k8s.example", NULL, "expected https://host[:port]", false },
        { "api_server =", NULL, "expected https://host[:port]", false },
        { "api_server = https://", NULL, "no user, query or fragment", false },
        { "api_server = https://user@k8s.example", NULL, "no user, query or fragment", false },
        { "api_server = https://k8s.example?x=1", NULL, "no user, query or fragment", false },
        /* '#' starts a comment, also after a value. */
        { "api_server = https://k8s.example#top", "https://k8s.example", NULL, false },
        { "api_server = https://k8s.example /x", NULL, "no user, query or fragment", false },
        { "api_server = https://:6443", NULL, "no user, query or fragment", false },
        { "api_server = https:///x", NULL, "no user, query or fragment", false },
        { "api_server = https://k8s.example:0", NULL, "bad port", false },
        { "api_server = https://k8s.example:65536", NULL, "bad port", false },
        { "api_server = https://k8s.example:65535", "https://k8s.example:65535", NULL, false },
        { "api_server = https://k8s.example:", NULL, "bad port", false },
        { "api_server = https://k8s.example:64x3", NULL, "bad port", false },
        { "api_server = https://k8s.example:-1", NULL, "bad port", false },
        { "api_server = https://k8s_example", NULL, "bad host name", false },
        { "api_server = https://[]", NULL, "bad IPv6 address", false },
        { "api_server = https://[::1", NULL, "bad IPv6 address", false },
        { "api_server = https://[::1]x", NULL, "expected https://host[:port]", false },

        /* paths */
        { "ca_file = /etc/ssl/k8s-ca.pem", "/etc/ssl/k8s-ca.pem", NULL, false },
        { "ca_file = k8s-ca.pem", NULL, "expected an absolute path", false },
        { "ca_file =", NULL, "expected an absolute path", false },
        { "jwks_ca_file = /etc/ssl/jwks.pem", "/etc/ssl/jwks.pem", NULL, false },
        { "jwks_ca_file = ./jwks.pem", NULL, "expected an absolute path", false },
        { "reviewer_token_file = /run/secrets/token", "/run/secrets/token", NULL, false },
        { "reviewer_token_file = token", NULL, "expected an absolute path", false },
        { "reviewer_token_file =", NULL, "expected an absolute path", false },
        { "jwks_file = /etc/k8s-login/jwks.json", "/etc/k8s-login/jwks.json", NULL, false },
        { "jwks_file = jwks.json", NULL, "expected an absolute path", false },
        { "shell = /bin/sh", "/bin/sh", NULL, false },
        { "shell = bash", NULL, "expected an absolute path", false },
        { "shell =", NULL, "expected an absolute path", false },
        { "shell = /bin/\001sh", NULL, "control characters are not allowed", false },
        { "state_dir = /var/lib/k8s-test", "/var/lib/k8s-test", NULL, false },
        { "state_dir = var/lib/k8s", NULL, "expected an absolute path", false },

        /* audiences */
        { "audiences = k8s-login", "k8s-login", NULL, false },
        { "audiences = a, b ,c", "a|b|c", NULL, false },
        { "audiences =a,b", "a|b", NULL, false },
        { "audiences = https://host.example/aud", "https://host.example/aud", NULL, false },
        { "audiences = a,,b", NULL, "an empty item", false },
        { "audiences = a,", NULL, "an empty item", false },
        { "audiences = ,a", NULL, "an empty item", false },
        { "audiences = a, ,b", NULL, "an empty item", false },
        { "audiences = a b", NULL, "an item containing white space", false },
        { "audiences = a,b\tc", NULL, "control characters are not allowed", false },
        { "audiences =", NULL, "required", true },

        /* issuer, jwks_uri */
        { "issuer = https://kubernetes.default.svc", "https://kubernetes.default.svc", NULL, false },
        { "issuer =", NULL, "expected a value", false },
        { "jwks_uri = https://k8s.example/openid/v1/jwks", "https://k8s.example/openid/v1/jwks", NULL, false },
        { "jwks_uri = http://k8s.example/openid/v1/jwks", NULL, "plain http is refused", false },
        { "jwks_uri = /etc/jwks.json", NULL, "expected https://host[:port]", false },

        /* allow_namespaces, allow_service_accounts */
        { "allow_namespaces = *", "*", NULL, false },
        { "allow_namespaces = team-*, default", "team-*|default", NULL, false },
        { "allow_namespaces = team-[ab], ns?", "team-[ab]|ns?", NULL, false },
        { "allow_namespaces =", "", NULL, false },
        { "allow_namespaces = a,,b", NULL, "an empty item", false },
        { "allow_namespaces = team-a,", NULL, "an empty item", false },
        { "allow_namespaces = Team-A", NULL, "is not a namespace glob", true },
        { "allow_namespaces = ns:x", NULL, "is not a namespace glob", true },
        { "allow_namespaces = team/a", NULL, "is not a namespace glob", true },
        { "allow_service_accounts = team-a:deployer, ci:*", "team-a:deployer|ci:*", NULL, false },
        { "allow_service_accounts =", "", NULL, false },
        { "allow_service_accounts = a:b,", NULL, "an empty item", false },
        { "allow_service_accounts = deployer", NULL, "is not a namespace:name glob", true },
        { "allow_service_accounts = a:b:c", NULL, "is not a namespace:name glob", true },
        { "allow_service_accounts = :b", NULL, "is not a namespace:name glob", true },
        { "allow_service_accounts = a:", NULL, "is not a namespace:name glob", true },
        { "allow_service_accounts = A:b", NULL, "is not a namespace:name glob", true },

        /* names */
        { "user_format = %s@%n", "%s@%n", NULL, false },
        { "user_format = k8s-%n_%s", "k8s-%n_%s", NULL, false },
        { "user_format = %n~%s", "%n~%s", NULL, false },
        { "user_format =", NULL, "expected a value", false },
        { "user_format = %n-%s", NULL, "separated", true },
        { "user_format = %n.%s", NULL, "separated", true },
        { "user_format = %n_%n", NULL, "exactly once", true },
        { "user_format = %n/%s", NULL, "not allowed", true },
        { "group_format = grp-%n", "grp-%n", NULL, false },
        { "group_format =", NULL, "expected a value", false },
        { "group_format = %s", NULL, "unknown directive", true },
        { "group_format = k8s", NULL, "exactly once", true },
        { "all_group = k8s-users", "k8s-users", NULL, false },
        { "all_group =", NULL, "expected a value", false },
        { "all_group = -k8s", NULL, "expected a group name", true },
        { "all_group = K8S", NULL, "expected a group name", true },
        { "home_format = /home/k8s/%n/%s", "/home/k8s/%n/%s", NULL, false },
        { "home_format = /srv/100%%/%u", "/srv/100%%/%u", NULL, false },
        { "home_format =", NULL, "expected a value", false },
        { "home_format = home/%u", NULL, "expected an absolute path without '..'", true },
        { "home_format = /home/../%u", NULL, "expected an absolute path without '..'", true },
        { "home_format = /home/%x", NULL, "unknown directive", true },
        { "home_format = /home/%", NULL, "unknown directive", true },

        /* uid range (uid_min > uid_max: see test_uid_range) */
        { "uid_min = 1000", "1000", NULL, false },
        { "uid_min = 2147483646", "2147483646", NULL, false },
        { "uid_min = 999", NULL, "expected a whole number from 1000 to 4294967294", false },
        { "uid_min = 4294967295", NULL, "expected a whole number from 1000 to 4294967294", false },
        { "uid_min = 10s", NULL, "expected a whole number from 1000 to 4294967294", false },
        { "uid_min = -1", NULL, "expected a whole number from 1000 to 4294967294", false },
        { "uid_min = 0x10", NULL, "expected a whole number from 1000 to 4294967294", false },
        { "uid_min = +5000", NULL, "expected a whole number from 1000 to 4294967294", false },
        { "uid_min = 1e4", NULL, "expected a whole number from 1000 to 4294967294", false },
        { "uid_min =", NULL, "expected a whole number from 1000 to 4294967294", false },
        { "uid_max = 4294967294", "4294967294", NULL, false },
        { "uid_max = 1879048193", "1879048193", NULL, false },
        { "uid_max = 4294967295", NULL, "expected a whole number from 1000 to 4294967294", false },
        { "uid_max = 99999999999999999999", NULL, "expected a whole number from 1000 to 4294967294", false },
        { "uid_max = abc", NULL, "expected a whole number from 1000 to 4294967294", false },

        /* numbers */
        { "timeout = 1", "1", NULL, false },
        { "timeout = 60", "60", NULL, false },
        { "timeout = 0", NULL, "expected a whole number from 1 to 60", false },
        { "timeout = 61", NULL, "expected a whole number from 1 to 60", false },
        { "timeout = 10s", NULL, "expected a whole number from 1 to 60", false },
        { "timeout = -1", NULL, "expected a whole number from 1 to 60", false },
        { "timeout = 0x10", NULL, "expected a whole number from 1 to 60", false },
        { "timeout = 5.0", NULL, "expected a whole number from 1 to 60", false },
        { "timeout = 5 5", NULL, "expected a whole number from 1 to 60", false },
        { "timeout =", NULL, "expected a whole number from 1 to 60", false },
        { "max_token_lifetime = 60", "60", NULL, false },
        { "max_token_lifetime = 86400", "86400", NULL, false },
        { "max_token_lifetime = 59", NULL, "expected a whole number from 60 to 86400", false },
        { "max_token_lifetime = 86401", NULL, "expected a whole number from 60 to 86400", false },
        { "max_token_lifetime = 1h", NULL, "expected a whole number from 60 to 86400", false },
        { "cache_ttl = 0", "0", NULL, false },
        { "cache_ttl = 300", "300", NULL, false },
        { "cache_ttl = 301", NULL, "expected a whole number from 0 to 300", false },
        { "cache_ttl = -1", NULL, "expected a whole number from 0 to 300", false },
        { "cache_ttl = 0x10", NULL, "expected a whole number from 0 to 300", false },

        /* allow_legacy_tokens */
        { "allow_legacy_tokens = yes", "yes", NULL, false },
        { "allow_legacy_tokens = true", "yes", NULL, false },
        { "allow_legacy_tokens = 1", "yes", NULL, false },
        { "allow_legacy_tokens = no", "no", NULL, false },
        { "allow_legacy_tokens = false", "no", NULL, false },
        { "allow_legacy_tokens = 0", "no", NULL, false },
        { "allow_legacy_tokens = YES", NULL, "expected yes or no", false },
        /* allow_recreated */
        { "allow_recreated = yes", "yes", NULL, false },
        { "allow_recreated = no", "no", NULL, false },
        { "allow_recreated = maybe", NULL, "expected yes or no", false },
        { "allow_legacy_tokens = on", NULL, "expected yes or no", false },
        { "allow_legacy_tokens = maybe", NULL, "expected yes or no", false },
        { "allow_legacy_tokens =", NULL, "expected yes or no", false },
};

static void test_key_values(void **state)
{
        size_t bad = 0;

        (void)state;
        for (size_t i = 0; i < N(kv_rows); i++) {
                const struct kv_row *row = &kv_rows[i];
                struct config *cfg = NULL;
                char err[K8S_ERR_MAX], key[64], got[512], needle[128];
                unsigned line;
                int r = parse_with(row->line, &cfg, err, sizeof(err), &line);

                key_of(row->line, key, sizeof(key));
                if (row->value) {
                        ROW_CHECK(bad, r == 0 && cfg, "row %zu '%s': refused: %s", i,
                                  row->line, err);
                        if (r == 0 && cfg) {
                                value_of(cfg, key, got, sizeof(got));
                                ROW_CHECK(bad, !strcmp(got, row->value),
                                          "row %zu '%s': value '%s', expected '%s'", i,
                                          row->line, got, row->value);
                        }
                } else {
                        ROW_CHECK(bad, r == -1 && !cfg, "row %zu '%s': accepted", i,
                                  row->line);
                        /* Whole-file errors name path and key (line: see
                         * test_late_errors_name_the_line). */
                        if (row->late)
                                snprintf(needle, sizeof(needle), "key '%s': ", key);
                        else
                                snprintf(needle, sizeof(needle), "%s:%u: key '%s': ", PATH,
                                         line, key);
                        ROW_CHECK(bad, r == -1 && !strncmp(err, PATH, strlen(PATH)) &&
                                               strstr(err, needle) && strstr(err, row->why),
                                  "row %zu '%s': error '%s', expected '%s...%s'", i,
                                  row->line, err, needle, row->why);
                }
                config_free(cfg);
        }
        assert_int_equal(bad, 0);
}

/* Regression: values refused by the whole-file checks (globs, formats,
 * all_group, home_format, an empty audiences) were reported without their
 * line number. */
static void test_late_errors_name_the_line(void **state)
{
        size_t bad = 0, n = 0;

        (void)state;
        for (size_t i = 0; i < N(kv_rows); i++) {
                struct config *cfg = NULL;
                char err[K8S_ERR_MAX], key[64], needle[128];
                unsigned line;

                if (!kv_rows[i].late)
                        continue;
                n++;
                assert_int_equal(parse_with(kv_rows[i].line, &cfg, err, sizeof(err), &line), -1);
                key_of(kv_rows[i].line, key, sizeof(key));
                snprintf(needle, sizeof(needle), "%s:%u: key '%s': ", PATH, line, key);
                ROW_CHECK(bad, strstr(err, needle) != NULL, "'%s': error '%s' lacks '%s'",
                          kv_rows[i].line, err, needle);
        }
        assert_true(n > 10);
        assert_int_equal(bad, 0);
}

/* ---- whole-file checks --------------------------------------------------- */

static void test_minimal_and_defaults(void **state)
{
        struct config *cfg = NULL;
        char text[4096], err[K8S_ERR_MAX] = "";

        (void)state;
        build(text, sizeof(text), NULL, NULL);
        assert_int_equal(config_parse(PATH, text, &cfg, err, sizeof(err)), 0);
        assert_non_null(cfg);
        assert_string_equal(err, "");
        assert_string_equal(cfg->path, PATH);
        assert_int_equal(cfg->validation, VALIDATION_TOKENREVIEW);
        assert_string_equal(cfg->api_server, "https://k8s.example:6443");
        assert_string_equal(cfg->reviewer_token_file, "/etc/k8s-login/reviewer.token");
        assert_int_equal(cfg->audiences.n, 1);
        assert_string_equal(cfg->audiences.items[0], "k8s-login");
        assert_int_equal(cfg->allow_namespaces.n, 1);
        assert_string_equal(cfg->allow_namespaces.items[0], "team-a");
        /* Absent keys: the documented defaults. */
        assert_null(cfg->ca_file);
        assert_null(cfg->jwks_ca_file);
        assert_null(cfg->issuer);
        assert_null(cfg->jwks_file);
        assert_null(cfg->jwks_uri);
        assert_false(cfg->have_allow_service_accounts);
        assert_int_equal(cfg->allow_service_accounts.n, 0);
        assert_string_equal(cfg->user_format, "%n_%s");
        assert_string_equal(cfg->group_format, "k8s_%n");
        assert_string_equal(cfg->all_group, "k8s");
        assert_string_equal(cfg->home_format, "/home/%u");
        assert_string_equal(cfg->shell, "/bin/bash");
        assert_string_equal(cfg->state_dir, "/var/lib/k8s-login");
        assert_int_equal(cfg->uid_min, CONFIG_DEFAULT_UID_MIN);
        assert_int_equal(cfg->uid_max, CONFIG_DEFAULT_UID_MAX);
        assert_int_equal(cfg->timeout, CONFIG_DEFAULT_TIMEOUT);
        assert_int_equal(cfg->max_token_lifetime, CONFIG_DEFAULT_MAX_LIFETIME);
        assert_int_equal(cfg->cache_ttl, CONFIG_DEFAULT_CACHE_TTL);
        assert_false(cfg->allow_legacy_tokens);
        /* The documented bounds of the defaults themselves. */
        assert_true(CONFIG_DEFAULT_MAX_LIFETIME <= 86400);
        assert_true(CONFIG_DEFAULT_CACHE_TTL <= 300);
        assert_true(CONFIG_DEFAULT_UID_MIN <= CONFIG_DEFAULT_UID_MAX);
        config_free(cfg);
}

static void expect_error(const char *text, const char *needle)
{
        struct config *cfg = (struct config *)1;
        char err[K8S_ERR_MAX] = "";

        assert_int_equal(config_parse(PATH, text, &cfg, err, sizeof(err)), -1);
        assert_null(cfg);
        if (!strstr(err, needle))
                fail_msg("error '%s' lacks '%s'", err, needle);
}

static void expect_ok(const char *text)
{
        struct config *cfg = NULL;
        char err[K8S_ERR_MAX] = "";

        if (config_parse(PATH, text, &cfg, err, sizeof(err)) != 0)
                fail_msg("refused: %s", err);
        assert_non_null(cfg);
        config_free(cfg);
}

static void test_unknown_key(void **state)
{
        char text[4096];
        unsigned l;

        (void)state;
        l = build(text, sizeof(text), "foo = bar", NULL);
        assert_int_equal(l, 7);
        expect_error(text, PATH ":7: unknown key 'foo'");
        build(text, sizeof(text), "Audiences = k8s-login", NULL);
        expect_error(text, PATH ":7: unknown key 'Audiences'");
        build(text, sizeof(text), "audience = k8s-login", NULL);
        expect_error(text, PATH ":7: unknown key 'audience'");
        build(text, sizeof(text), "= k8s-login", NULL);
        expect_error(text, PATH ":7: unknown key ''");
        build(text, sizeof(text), "allow namespaces = x", NULL);
        expect_error(text, PATH ":7: unknown key 'allow namespaces'");
        /* Attacker-chosen bytes are escaped in the message. */
        build(text, sizeof(text), "f\x1b[2Joo = 1", NULL);
        expect_error(text, PATH ":7: unknown key 'f\\x1b[2Joo'");
}

static void test_duplicate_key(void **state)
{
        char text[4096];

        (void)state;
        build(text, sizeof(text), "audiences = other", NULL);
        expect_error(text, PATH ":7: key 'audiences': given twice");
        build(text, sizeof(text), "allow_namespaces = team-a", NULL);
        expect_error(text, PATH ":7: key 'allow_namespaces': given twice");
        /* The twin: once is fine. */
        build(text, sizeof(text), "timeout = 3", NULL);
        expect_ok(text);
}

static void test_malformed_line(void **state)
{
        char text[4096];

        (void)state;
        build(text, sizeof(text), "audiences", NULL);
        expect_error(text, PATH ":7: expected 'key = value'");
        build(text, sizeof(text), "timeout 5", NULL);
        expect_error(text, PATH ":7: expected 'key = value'");
        /* Comments, indented comments, blank and blank-looking lines are
         * not lines to parse, and do not shift the numbering. */
        expect_error("# a\n\n   # b\n\t\n \r\naudiences = k8s-login\nnonsense\n",
                     PATH ":7: expected 'key = value'");
        expect_error("audiences = x\r\nbroken\r\n", PATH ":2: expected 'key = value'");
        /* No newline at the end of the last line. */
        expect_error("audiences = x\nbroken", PATH ":2: expected 'key = value'");
        expect_ok("# c\napi_server = https://k\n\nreviewer_token_file = /t\r\n"
                  "audiences = x\n  # indented\nallow_namespaces = *");
}

static void test_missing_required(void **state)
{
        static const char *const required[] = { "audiences", "allow_namespaces", "api_server",
                                                "reviewer_token_file" };
        char text[4096], needle[128];

        (void)state;
        for (size_t i = 0; i < N(required); i++) {
                build(text, sizeof(text), NULL, required[i]);
                snprintf(needle, sizeof(needle), PATH ": key '%s': required", required[i]);
                expect_error(text, needle);
        }
        expect_error("", PATH ": key 'audiences': required");
        expect_error("# nothing\n", PATH ": key 'audiences': required");
}

static void test_jwks(void **state)
{
        static const char head[] = "validation = jwks\naudiences = k8s-login\n"
                                   "allow_namespaces = *\n";
        char text[1024];

        (void)state;
        /* Neither api_server nor reviewer_token_file is needed. */
        snprintf(text, sizeof(text), "%sissuer = https://k8s.example\n", head);
        expect_ok(text);
        snprintf(text, sizeof(text), "%s", head);
        expect_error(text, PATH ": key 'issuer': required with validation = jwks");
        /* Discovery needs an https issuer; a key set on disk or a URL does not. */
        snprintf(text, sizeof(text), "%sissuer = kubernetes/serviceaccount\n", head);
        expect_error(text, PATH ":4: key 'issuer': without jwks_file or jwks_uri");
        snprintf(text, sizeof(text), "%sissuer = http://k8s.example\n", head);
        expect_error(text, "plain http is refused");
        snprintf(text, sizeof(text), "%sissuer = kubernetes/serviceaccount\n"
                 "jwks_file = /etc/k8s-login/jwks.json\n", head);
        expect_ok(text);
        snprintf(text, sizeof(text), "%sissuer = kubernetes/serviceaccount\n"
                 "jwks_uri = https://k8s.example/openid/v1/jwks\n", head);
        expect_ok(text);
        /* tokenreview still needs its keys when the jwks ones are there. */
        expect_error("validation = tokenreview\nissuer = https://k8s.example\n"
                     "audiences = a\nallow_namespaces = *\n",
                     PATH ": key 'api_server': required with validation = tokenreview");
}

static void test_jwks_tokenreview(void **state)
{
        static const char both[] = "validation = jwks+tokenreview\naudiences = k8s-login\n"
                                   "allow_namespaces = *\n";
        static const char review[] = "api_server = https://k8s.example\n"
                                     "reviewer_token_file = /etc/k8s-login/reviewer.token\n";
        struct config *cfg = NULL;
        char text[1024], err[K8S_ERR_MAX];

        (void)state;
        /* Both modes' keys are needed. */
        snprintf(text, sizeof(text), "%s%sissuer = https://k8s.example\n", both, review);
        expect_ok(text);
        assert_int_equal(config_parse(PATH, text, &cfg, err, sizeof(err)), 0);
        assert_int_equal(cfg->validation, VALIDATION_JWKS_TOKENREVIEW);
        assert_string_equal(config_validation_name(cfg->validation), "jwks+tokenreview");
        config_free(cfg);
        snprintf(text, sizeof(text), "%s%s", both, review);
        expect_error(text, PATH ": key 'issuer': required with validation = jwks+tokenreview");
        snprintf(text, sizeof(text), "%sissuer = https://k8s.example\n"
                 "reviewer_token_file = /r\n", both);
        expect_error(text, PATH ": key 'api_server': required with validation = jwks+tokenreview");
        snprintf(text, sizeof(text), "%sissuer = https://k8s.example\n"
                 "api_server = https://k8s.example\n", both);
        expect_error(text, PATH ": key 'reviewer_token_file': required with validation = "
                     "jwks+tokenreview");
        /* Spelt exactly. */
        expect_error("validation = JWKS+TOKENREVIEW\n", "expected tokenreview or jwks (or jwks+tokenreview)");
        expect_error("validation = jwks+ tokenreview\n", "expected tokenreview or jwks (or jwks+tokenreview)");
        expect_error("validation = tokenreview+jwks\n", "expected tokenreview or jwks (or jwks+tokenreview)");
}

static void test_uid_range(void **state)
{
        char text[4096];

        (void)state;
        build(text, sizeof(text), "uid_min = 5000\nuid_max = 4000", NULL);
        expect_error(text, PATH ":8: key 'uid_max': 4000 must be above uid_min 5000 (uid_min "
                     "is all_group's GID, the rest are for accounts and namespace groups)");
        build(text, sizeof(text), "uid_min = 5000\nuid_max = 5000", NULL);
        expect_error(text, PATH ":8: key 'uid_max': 5000 must be above uid_min 5000");
        build(text, sizeof(text), "uid_min = 5000\nuid_max = 5001", NULL);
        expect_ok(text);
        /* Against the default maximum. */
        build(text, sizeof(text), "uid_min = 3000000000", NULL);
        expect_error(text, "key 'uid_max': 2147483647 must be above uid_min 3000000000");
        build(text, sizeof(text), "uid_max = 1000", NULL);
        expect_error(text, "key 'uid_max': 1000 must be above uid_min 1879048192");
}

/* ---- config_identity_allowed, config_has_audience ------------------------ */

struct allow_row {
        const char *namespaces;
        const char *accounts; /* NULL: the key is absent */
        const char *ns, *sa;
        bool allowed;
};

static void test_identity_allowed(void **state)
{
        static const struct allow_row rows[] = {
                { "*", NULL, "team-a", "deployer", true },
                { "*", NULL, "kube-system", "x", true },
                { "team-*", NULL, "team-a", "x", true },
                { "team-*", NULL, "team", "x", false },
                { "team-*", NULL, "xteam-a", "x", false },
                { "team-a", NULL, "team-a", "x", true },
                { "team-a", NULL, "team-ab", "x", false },
                { "team-a", NULL, "team", "x", false },
                { "team-a, other", NULL, "other", "x", true },
                { "team-a, other", NULL, "another", "x", false },
                { "team-[ab]", NULL, "team-b", "x", true },
                { "team-[ab]", NULL, "team-c", "x", false },
                { "ns?", NULL, "ns1", "x", true },
                { "ns?", NULL, "ns12", "x", false },
                { "", NULL, "team-a", "x", false },          /* empty: nobody */
                { "", NULL, "default", "default", false },
                { "*", "team-a:deployer", "team-a", "deployer", true },
                { "*", "team-a:deployer", "team-a", "other", false },
                { "*", "team-a:deployer", "other", "deployer", false },
                { "*", "team-a:*", "team-a", "anything.v2", true },
                { "*", "team-a:*", "team-b", "x", false },
                { "*", "*:ci", "team-a", "ci", true },
                { "*", "*:ci", "team-a", "cd", false },
                { "*", "team-a:app.*", "team-a", "app.v2", true },
                { "*", "team-a:app.*", "team-a", "app", false },
                { "team-*", "ci:*", "team-a", "x", false },  /* both must allow */
                { "team-*", "ci:*", "ci", "x", false },
                { "team-*", "ci:*, team-a:x", "team-a", "x", true },
                { "*", "", "team-a", "x", false },           /* given but empty: nobody */
        };
        size_t bad = 0;

        (void)state;
        for (size_t i = 0; i < N(rows); i++) {
                struct config *cfg = NULL;
                struct names_identity id;
                char text[4096], lines[256], err[K8S_ERR_MAX];
                bool ok;

                if (rows[i].accounts)
                        snprintf(lines, sizeof(lines), "allow_namespaces = %s\n"
                                 "allow_service_accounts = %s", rows[i].namespaces,
                                 rows[i].accounts);
                else
                        snprintf(lines, sizeof(lines), "allow_namespaces = %s",
                                 rows[i].namespaces);
                build(text, sizeof(text), lines, "allow_namespaces");
                if (config_parse(PATH, text, &cfg, err, sizeof(err)) != 0)
                        fail_msg("row %zu: %s", i, err);
                assert_int_equal(cfg->have_allow_service_accounts, rows[i].accounts != NULL);
                memset(&id, 0, sizeof(id));
                strcpy(id.ns, rows[i].ns);
                strcpy(id.sa, rows[i].sa);
                ok = config_identity_allowed(cfg, &id);
                ROW_CHECK(bad, ok == rows[i].allowed,
                          "row %zu (ns '%s', accounts '%s', %s/%s): got %d", i,
                          rows[i].namespaces, rows[i].accounts ? rows[i].accounts : "(absent)",
                          rows[i].ns, rows[i].sa, ok);
                config_free(cfg);
        }
        assert_int_equal(bad, 0);
}

static void test_has_audience(void **state)
{
        struct config *cfg = NULL;
        char text[4096], err[K8S_ERR_MAX];

        (void)state;
        build(text, sizeof(text), "audiences = k8s-login, https://other.example", "audiences");
        assert_int_equal(config_parse(PATH, text, &cfg, err, sizeof(err)), 0);
        assert_true(config_has_audience(cfg, "k8s-login"));
        assert_true(config_has_audience(cfg, "https://other.example"));
        assert_false(config_has_audience(cfg, "K8S-LOGIN"));
        assert_false(config_has_audience(cfg, "k8s"));
        assert_false(config_has_audience(cfg, "k8s-login "));
        assert_false(config_has_audience(cfg, ""));
        assert_false(config_has_audience(cfg, NULL));
        config_free(cfg);
}

/* ---- config_load: the trust checks on the file --------------------------- */

struct tmp {
        char dir[64];
        char file[96];
};

static int tmp_setup(void **state)
{
        struct tmp *t = calloc(1, sizeof(*t));

        if (!t)
                return -1;
        snprintf(t->dir, sizeof(t->dir), "/tmp/k8s-test-config.XXXXXX");
        if (!mkdtemp(t->dir)) {
                free(t);
                return -1;
        }
        snprintf(t->file, sizeof(t->file), "%s/k8s-login.conf", t->dir);
        *state = t;
        return 0;
}

static int tmp_teardown(void **state)
{
        struct tmp *t = *state;
        static const char *const names[] = { "k8s-login.conf", "link", "sub", "fifo",
                                              "k8s-login.conf.new" };
        char p[160];

        for (size_t i = 0; i < N(names); i++) {
                snprintf(p, sizeof(p), "%s/%s", t->dir, names[i]);
                if (unlink(p) < 0)
                        rmdir(p);
        }
        rmdir(t->dir);
        free(t);
        return 0;
}

/* Writes text (len bytes) to path with mode and owner. */
static void write_file(const char *path, const char *text, size_t len, mode_t mode, uid_t uid)
{
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

        assert_true(fd >= 0);
        assert_int_equal(write(fd, text, len), (ssize_t)len);
        assert_int_equal(close(fd), 0);
        assert_int_equal(chmod(path, mode), 0);
        if (geteuid() == 0)
                assert_int_equal(chown(path, uid, 0), 0);
}

static void write_config(const char *path, mode_t mode, uid_t uid)
{
        char text[4096];

        build(text, sizeof(text), NULL, NULL);
        write_file(path, text, strlen(text), mode, uid);
}

static void need_root(void)
{
        if (geteuid() != 0) {
                print_message("skipped: config_load needs root-owned files (run as root)\n");
                skip();
        }
}

/* load (config_load or config_load_shared) refuses path, and the error
 * names the file, then says why. */
static void refused_by(int (*load)(const char *, struct config **, char *, size_t),
                       const char *path, const char *why)
{
        struct config *cfg = (struct config *)1;
        char err[K8S_ERR_MAX] = "";

        assert_int_equal(load(path, &cfg, err, sizeof(err)), -1);
        assert_null(cfg);
        if (strncmp(err, path, strlen(path)) != 0 || !strstr(err, why))
                fail_msg("error '%s', expected '%s: ...%s'", err, path, why);
}

static void load_refused(const char *path, const char *why)
{
        refused_by(config_load, path, why);
}

static void test_load_root_0644(void **state)
{
        struct tmp *t = *state;
        struct config *cfg = NULL;
        char err[K8S_ERR_MAX] = "";

        need_root();
        write_config(t->file, 0644, 0);
        if (config_load(t->file, &cfg, err, sizeof(err)) != 0)
                fail_msg("refused: %s", err);
        assert_string_equal(cfg->path, t->file);
        assert_string_equal(cfg->api_server, "https://k8s.example:6443");
        config_free(cfg);
        /* 0600 and 0444 are as good. */
        assert_int_equal(chmod(t->file, 0600), 0);
        assert_int_equal(config_load(t->file, &cfg, err, sizeof(err)), 0);
        config_free(cfg);
        assert_int_equal(chmod(t->file, 0444), 0);
        assert_int_equal(config_load(t->file, &cfg, err, sizeof(err)), 0);
        config_free(cfg);
}

static void test_load_writable_refused(void **state)
{
        struct tmp *t = *state;

        need_root();
        write_config(t->file, 0666, 0);
        load_refused(t->file, "writable by group or others (mode 0666)");
        assert_int_equal(chmod(t->file, 0664), 0);
        load_refused(t->file, "writable by group or others (mode 0664)");
        assert_int_equal(chmod(t->file, 0646), 0);
        load_refused(t->file, "writable by group or others (mode 0646)");
}

static void test_load_not_root_owned(void **state)
{
        struct tmp *t = *state;

        need_root();
        write_config(t->file, 0644, 65534);
        load_refused(t->file, "not owned by root (owner uid 65534)");
}

static void test_load_symlink_refused(void **state)
{
        struct tmp *t = *state;
        char link[160];

        write_config(t->file, 0644, 0);
        snprintf(link, sizeof(link), "%s/link", t->dir);
        assert_int_equal(symlink(t->file, link), 0);
        load_refused(link, "is a symbolic link");
}

static void test_load_missing_refused(void **state)
{
        struct tmp *t = *state;

        load_refused(t->file, "cannot open");
}

static void test_load_directory_refused(void **state)
{
        struct tmp *t = *state;
        char sub[160];

        snprintf(sub, sizeof(sub), "%s/sub", t->dir);
        assert_int_equal(mkdir(sub, 0755), 0);
        load_refused(sub, "not a regular file");
}

static void test_load_content(void **state)
{
        struct tmp *t = *state;
        char text[CONFIG_MAX_SIZE + 16], needle[160];
        size_t n;

        need_root();
        /* Errors in the text name the real path and line. */
        build(text, sizeof(text), "timeout = 0", "timeout");
        write_file(t->file, text, strlen(text), 0644, 0);
        snprintf(needle, sizeof(needle), "%s:7: key 'timeout': ", t->file);
        load_refused(t->file, needle);

        /* Exactly CONFIG_MAX_SIZE bytes loads; one more does not. */
        build(text, sizeof(text), NULL, NULL);
        n = strlen(text);
        memset(text + n, '#', CONFIG_MAX_SIZE - n);
        text[CONFIG_MAX_SIZE - 1] = '\n';
        write_file(t->file, text, CONFIG_MAX_SIZE, 0644, 0);
        {
                struct config *cfg = NULL;
                char err[K8S_ERR_MAX];
                if (config_load(t->file, &cfg, err, sizeof(err)) != 0)
                        fail_msg("refused: %s", err);
                config_free(cfg);
        }
        text[CONFIG_MAX_SIZE] = '\n';
        write_file(t->file, text, CONFIG_MAX_SIZE + 1, 0644, 0);
        load_refused(t->file, "larger than 65536 bytes");

        /* A NUL byte would hide the rest of the file from the parser. */
        build(text, sizeof(text), NULL, NULL);
        n = strlen(text);
        memcpy(text + n, "\0timeout = 0\n", 13);
        write_file(t->file, text, n + 13, 0644, 0);
        load_refused(t->file, "contains a NUL byte");
}

/* ---- config_load_shared: parsed once, checked at every call -------------- */

/* Sets path's mtime (and atime) to an hour ago: a file left alone that
 * long is one the memo keeps. */
static void age(const char *path, time_t when)
{
        struct timespec ts[2] = { { when, 0 }, { when, 0 } };

        assert_int_equal(utimensat(AT_FDCWD, path, ts, AT_SYMLINK_NOFOLLOW), 0);
}

/* Writes a config whose api_server host is host (all hosts the same
 * length, so the size never tells two apart), aged to when. */
static void write_host(const char *path, const char *host, time_t when)
{
        char text[4096];

        build(text, sizeof(text), NULL, NULL);
        char *at = strstr(text, "k8s.example");
        assert_non_null(at);
        assert_int_equal(strlen(host), strlen("k8s.example"));
        memcpy(at, host, strlen(host));
        write_file(path, text, strlen(text), 0644, 0);
        age(path, when);
}

static struct config *shared_ok(const char *path)
{
        struct config *cfg = NULL;
        char err[K8S_ERR_MAX] = "";

        if (config_load_shared(path, &cfg, err, sizeof(err)) != 0)
                fail_msg("refused: %s", err);
        assert_non_null(cfg);
        return cfg;
}

static void shared_refused(const char *path, const char *why)
{
        refused_by(config_load_shared, path, why);
}

static void test_shared_kept_while_unchanged(void **state)
{
        struct tmp *t = *state;
        time_t old = time(NULL) - 3600;
        struct config *a, *b, *c;

        need_root();
        write_host(t->file, "k8s.example", old);
        a = shared_ok(t->file);
        b = shared_ok(t->file);
        /* Nothing changed: the same config, not read again. */
        assert_ptr_equal(a, b);
        assert_string_equal(b->api_server, "https://k8s.example:6443");
        /* The content changes; size and mtime are put back as they were:
         * the change time alone tells, and the new content is served. */
        write_host(t->file, "k9s.example", old);
        c = shared_ok(t->file);
        assert_ptr_not_equal(c, a);
        assert_string_equal(c->api_server, "https://k9s.example:6443");
        /* The holders of the old config keep it as it was. */
        assert_string_equal(a->api_server, "https://k8s.example:6443");
        config_free(a);
        assert_string_equal(b->api_server, "https://k8s.example:6443");
        config_free(b);
        config_free(c);
        /* The new one is kept in turn. */
        a = shared_ok(t->file);
        b = shared_ok(t->file);
        assert_ptr_equal(a, b);
        assert_string_equal(a->api_server, "https://k9s.example:6443");
        config_free(a);
        config_free(b);
}

static void test_shared_fresh_file_not_kept(void **state)
{
        struct tmp *t = *state;
        struct config *a, *b;

        need_root();
        /* Written just now: a write in the same clock tick would not show
         * in its stat, so it is read at every call. */
        write_host(t->file, "k8s.example", time(NULL));
        a = shared_ok(t->file);
        b = shared_ok(t->file);
        assert_ptr_not_equal(a, b);
        assert_int_equal(a->shared_refs, 0);
        assert_string_equal(b->api_server, "https://k8s.example:6443");
        config_free(a);
        config_free(b);
}

static void test_shared_trust_checked_each_call(void **state)
{
        struct tmp *t = *state;
        time_t old = time(NULL) - 3600;
        char link[160];
        struct config *a, *b;

        need_root();
        write_host(t->file, "k8s.example", old);
        a = shared_ok(t->file);
        /* Made group-writable after it was kept: refused at the next call. */
        assert_int_equal(chmod(t->file, 0664), 0);
        shared_refused(t->file, "writable by group or others (mode 0664)");
        assert_int_equal(chmod(t->file, 0646), 0);
        shared_refused(t->file, "writable by group or others (mode 0646)");
        /* Back to 0644: trusted again. */
        assert_int_equal(chmod(t->file, 0644), 0);
        b = shared_ok(t->file);
        assert_string_equal(b->api_server, "https://k8s.example:6443");
        config_free(b);
        /* Given to another owner. */
        assert_int_equal(chown(t->file, 1000, 0), 0);
        shared_refused(t->file, "not owned by root (owner uid 1000)");
        assert_int_equal(chown(t->file, 0, 0), 0);
        b = shared_ok(t->file);
        config_free(b);
        /* Replaced by a symbolic link to a trusted file. */
        snprintf(link, sizeof(link), "%s/k8s-login.conf.new", t->dir);
        assert_int_equal(symlink("/etc/passwd", link), 0);
        assert_int_equal(rename(link, t->file), 0);
        shared_refused(t->file, "is a symbolic link");
        /* Gone. */
        assert_int_equal(unlink(t->file), 0);
        shared_refused(t->file, "cannot open");
        /* What the first caller holds is untouched by all of it. */
        assert_string_equal(a->api_server, "https://k8s.example:6443");
        config_free(a);
}

static void test_shared_replaced_by_rename(void **state)
{
        struct tmp *t = *state;
        time_t old = time(NULL) - 3600;
        char next[160];
        struct config *a, *b;

        need_root();
        snprintf(next, sizeof(next), "%s/k8s-login.conf.new", t->dir);
        write_host(t->file, "k8s.example", old);
        a = shared_ok(t->file);
        /* Same size, same mtime, same owner and mode; another inode. */
        write_host(next, "k7s.example", old);
        assert_int_equal(rename(next, t->file), 0);
        b = shared_ok(t->file);
        assert_ptr_not_equal(a, b);
        assert_string_equal(b->api_server, "https://k7s.example:6443");
        config_free(b);
        /* Its negative twin: left alone after the rename, the new file's
         * config is kept and served as one. */
        b = shared_ok(t->file);
        struct config *c = shared_ok(t->file);
        assert_ptr_equal(b, c);
        config_free(b);
        config_free(c);
        /* A replacement that is not trusted is refused, never the old
         * config served instead. */
        write_host(next, "k6s.example", old);
        assert_int_equal(chmod(next, 0666), 0);
        assert_int_equal(rename(next, t->file), 0);
        shared_refused(t->file, "writable by group or others");
        config_free(a);
}

/* Regression: a FIFO at the config path blocked config_load forever
 * (opened without O_NONBLOCK). Run in a child so a hang is a failure,
 * not a stuck test. */
static void test_load_fifo_refused(void **state)
{
        struct tmp *t = *state;
        char fifo[160];
        pid_t pid;
        int status = 0;

        snprintf(fifo, sizeof(fifo), "%s/fifo", t->dir);
        assert_int_equal(mkfifo(fifo, 0644), 0);
        pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
                struct config *cfg = NULL;
                char err[K8S_ERR_MAX] = "";
                alarm(5);
                _exit(config_load(fifo, &cfg, err, sizeof(err)) == -1 &&
                      strstr(err, "not a regular file") ? 0 : 1);
        }
        for (int i = 0; i < 30; i++) {
                if (waitpid(pid, &status, WNOHANG) == pid)
                        break;
                nanosleep(&(struct timespec){ 0, 100 * 1000 * 1000 }, NULL);
        }
        if (waitpid(pid, &status, WNOHANG) == 0) {
                kill(pid, SIGKILL);
                waitpid(pid, &status, 0);
                fail_msg("config_load on a FIFO still blocked after 3 s");
        }
        assert_true(WIFEXITED(status));
        assert_int_equal(WEXITSTATUS(status), 0);
}

/* ---- [cluster NAME] sections --------------------------------------------- */

#define SEC_HEAD "validation = jwks\naudiences = k8s-login\nallow_namespaces = demo\n" \
                 "jwks_file = /etc/k8s-login/jwks.json\nmax_token_lifetime = 600\n"
#define SEC_A "[cluster prod]\nissuer = https://prod.test\nuser_format = prod-%n_%s\n" \
              "group_format = prod-%n\nall_group = prod\nuid_min = 3000000\nuid_max = 3999999\n"
/* A staging section with the format lines given (user, group, all) and
 * the range. */
static char *two(char *buf, size_t n, const char *user, const char *group, const char *all,
                 const char *range)
{
        snprintf(buf, n, "%s[cluster staging]\nissuer = https://staging.test\n"
                 "user_format = %s\ngroup_format = %s\nall_group = %s\n%s\n", SEC_HEAD SEC_A,
                 user, group, all, range);
        return buf;
}

static void test_sections_each_a_config(void **state)
{
        char text[2048], err[K8S_ERR_MAX];
        struct config *cfg = NULL;
        const struct config *a, *b;
        (void)state;

        assert_int_equal(config_parse(PATH, two(text, sizeof(text), "stg-%n_%s", "stg-%n", "stg",
                                               "uid_min = 4000000\nuid_max = 4999999\n"
                                               "max_token_lifetime = 120"),
                                      &cfg, err, sizeof(err)), 0);
        assert_int_equal(config_cluster_count(cfg), 2);
        a = config_cluster(cfg, 0);
        b = config_cluster(cfg, 1);
        assert_null(config_cluster(cfg, 2));
        assert_string_equal(a->cluster, "prod");
        assert_string_equal(b->cluster, "staging");
        assert_true(a->cluster_first);
        assert_false(b->cluster_first);
        /* defaults before the first section, replaced by a section's own */
        assert_int_equal(a->max_token_lifetime, 600);
        assert_int_equal(b->max_token_lifetime, 120);
        assert_string_equal(a->jwks_file, "/etc/k8s-login/jwks.json");
        assert_int_equal(b->validation, VALIDATION_JWKS);
        assert_int_equal(b->uid_min, 4000000);
        /* host-wide keys everywhere */
        assert_string_equal(b->state_dir, "/var/lib/k8s-login");
        assert_string_equal(cfg->state_dir, "/var/lib/k8s-login");
        /* the file itself is no cluster: it allows nobody, owns no number */
        assert_int_equal(cfg->allow_namespaces.n, 0);
        assert_int_equal(cfg->uid_min, 0);
        assert_int_equal(cfg->uid_max, 0);
        /* routing */
        assert_ptr_equal(config_cluster_for_issuer(cfg, "https://staging.test"), b);
        assert_ptr_equal(config_cluster_for_issuer(cfg, "https://prod.test"), a);
        assert_null(config_cluster_for_issuer(cfg, "https://prod.test/"));
        assert_null(config_cluster_for_issuer(cfg, NULL));
        assert_ptr_equal(config_cluster_for_user(cfg, "stg-demo_debugger"), b);
        assert_ptr_equal(config_cluster_for_user(cfg, "prod-demo_debugger"), a);
        assert_null(config_cluster_for_user(cfg, "demo_debugger"));
        assert_ptr_equal(config_cluster_for_group(cfg, "stg"), b);
        assert_ptr_equal(config_cluster_for_group(cfg, "prod-demo"), a);
        assert_null(config_cluster_for_group(cfg, "k8s"));
        assert_ptr_equal(config_cluster_for_number(cfg, 4000000), b);
        assert_ptr_equal(config_cluster_for_number(cfg, 3999999), a);
        assert_null(config_cluster_for_number(cfg, 5000000));
        assert_ptr_equal(config_cluster_named(cfg, "staging"), b);
        assert_null(config_cluster_named(cfg, "dev"));
        assert_string_equal(config_registry_cluster(a), "");
        assert_string_equal(config_registry_cluster(b), "staging");
        config_free(cfg);
}

static void test_no_sections_is_one_cluster(void **state)
{
        char err[K8S_ERR_MAX];
        struct config *cfg = NULL;
        (void)state;

        assert_int_equal(config_parse(PATH, SEC_HEAD "issuer = https://one.test\n", &cfg, err,
                                      sizeof(err)), 0);
        assert_int_equal(config_cluster_count(cfg), 1);
        assert_ptr_equal(config_cluster(cfg, 0), cfg);
        assert_null(cfg->cluster);
        /* every issuer goes to the one cluster, whose own check applies */
        assert_ptr_equal(config_cluster_for_issuer(cfg, "https://other.test"), cfg);
        assert_ptr_equal(config_cluster_for_user(cfg, "demo_debugger"), cfg);
        assert_null(config_cluster_for_user(cfg, "demodebugger"));
        assert_ptr_equal(config_cluster_for_group(cfg, "k8s"), cfg);
        assert_string_equal(config_registry_cluster(cfg), "");
        config_free(cfg);
}

/* What keeps clusters apart: rows of staging's formats and range, and
 * whether the file is refused, with the message. */
static void test_sections_kept_apart(void **state)
{
        static const struct {
                const char *user, *group, *all, *range, *err;
        } rows[] = {
                /* apart */
                { "stg-%n_%s", "stg-%n", "stg", "uid_min = 4000000\nuid_max = 4999999", NULL },
                /* a suffix on one and a prefix on the other tell nothing
                 * by literal text alone: refused */
                { "%n_%s@stg", "%n@stg", "all@stg", "uid_min = 2000000\nuid_max = 2999999",
                  "user_format 'prod-%n_%s' and '%n_%s@stg' could make the same user name" },
                { "s%n_%s", "s%n", "s", "uid_min = 4000000\nuid_max = 4999999", NULL },
                /* literal prefixes that differ somewhere both have */
                { "pr0d-%n_%s", "pr0d-%n", "pr0d", "uid_min = 4000000\nuid_max = 4999999", NULL },
                /* user names that could meet */
                { "%n_%s", "stg-%n", "stg", "uid_min = 4000000\nuid_max = 4999999",
                  "user_format 'prod-%n_%s' and '%n_%s' could make the same user name" },
                { "prod%n_%s", "stg-%n", "stg", "uid_min = 4000000\nuid_max = 4999999",
                  "user_format 'prod-%n_%s' and 'prod%n_%s' could make the same user name" },
                { "prod-%n_%s", "stg-%n", "stg", "uid_min = 4000000\nuid_max = 4999999",
                  "could make the same user name" },
                /* the same prefix and a suffix on one only: prod's demo/a-stg
                 * is prod-demo_a-stg too */
                { "prod-%n_%s-stg", "stg-%n", "stg", "uid_min = 4000000\nuid_max = 4999999",
                  "user_format 'prod-%n_%s' and 'prod-%n_%s-stg' could make the same user name" },
                /* group names */
                { "stg-%n_%s", "prod-%n", "stg", "uid_min = 4000000\nuid_max = 4999999",
                  "group_format 'prod-%n' and group_format 'prod-%n' could make the same group name" },
                { "stg-%n_%s", "stg-%n", "prod", "uid_min = 4000000\nuid_max = 4999999",
                  "all_group 'prod' and all_group 'prod' could make the same group name" },
                { "stg-%n_%s", "stg-%n", "prod-x", "uid_min = 4000000\nuid_max = 4999999",
                  "group_format 'prod-%n' and all_group 'prod-x' could make the same group name" },
                { "stg-%n_%s", "pro%n", "stg", "uid_min = 4000000\nuid_max = 4999999",
                  "group_format 'prod-%n' and group_format 'pro%n' could make the same group name" },
                /* an all_group the other format cannot make */
                { "stg-%n_%s", "stg-%n", "prod_", "uid_min = 4000000\nuid_max = 4999999", NULL },
                /* ranges */
                { "stg-%n_%s", "stg-%n", "stg", "uid_min = 3999999\nuid_max = 4999999",
                  "UID ranges 3000000..3999999 and 3999999..4999999 overlap" },
                { "stg-%n_%s", "stg-%n", "stg", "uid_min = 2000000\nuid_max = 5000000",
                  "UID ranges 3000000..3999999 and 2000000..5000000 overlap" },
                { "stg-%n_%s", "stg-%n", "stg", "uid_min = 2000000\nuid_max = 2999999", NULL },
        };
        (void)state;

        for (size_t i = 0; i < N(rows); i++) {
                char text[2048], err[K8S_ERR_MAX] = "";
                struct config *cfg = NULL;
                int r = config_parse(PATH, two(text, sizeof(text), rows[i].user, rows[i].group,
                                               rows[i].all, rows[i].range), &cfg, err, sizeof(err));
                if (!rows[i].err && r != 0)
                        fail_msg("row %zu refused: %s", i, err);
                if (rows[i].err && (r != -1 || !strstr(err, rows[i].err) ||
                                    !strstr(err, PATH ": [cluster prod] and [cluster staging]")))
                        fail_msg("row %zu: got %d '%s', expected '%s'", i, r, err, rows[i].err);
                config_free(cfg);
        }
}

static void test_section_errors(void **state)
{
        static const struct { const char *text, *err; } rows[] = {
                { SEC_HEAD SEC_A "[cluster staging]\nissuer = https://prod.test\nuser_format = "
                  "s-%n_%s\ngroup_format = s-%n\nall_group = s\nuid_min = 4000000\nuid_max = 4000010\n",
                  PATH ": [cluster prod] and [cluster staging] have the same issuer "
                  "'https://prod.test': a token's iss must name one cluster" },
                { "audiences = k8s-login\nallow_namespaces = demo\napi_server = https://a.test\n"
                  "reviewer_token_file = /r\n[cluster prod]\n",
                  PATH ":5: [cluster prod]: key 'issuer': required in a file with [cluster] "
                  "sections: a token is matched to its cluster by its iss" },
                { SEC_HEAD SEC_A "state_dir = /x\n",
                  PATH ":13: key 'state_dir': belongs before the first [cluster] section (it is "
                  "one setting for the whole host)" },
                { SEC_HEAD SEC_A "timeout = 3\n", PATH ":13: key 'timeout': belongs before" },
                { SEC_HEAD SEC_A "cache_ttl = 3\n", PATH ":13: key 'cache_ttl': belongs before" },
                { SEC_HEAD SEC_A "home_format = /h/%u\n", PATH ":13: key 'home_format': belongs" },
                { SEC_HEAD SEC_A "shell = /bin/sh\n", PATH ":13: key 'shell': belongs before" },
                { SEC_HEAD SEC_A "helper = /bin/true\n", PATH ":13: key 'helper': belongs before" },
                { SEC_HEAD SEC_A "issuer = https://x.test\n",
                  PATH ":13: key 'issuer': given twice in [cluster prod] (first on line 7)" },
                { SEC_HEAD SEC_A "[cluster prod]\n", PATH ":13: [cluster prod] given twice" },
                { SEC_HEAD "[cluster Prod]\n", PATH ":6: the cluster NAME must be a DNS-1123 label" },
                { SEC_HEAD "[cluster -a]\n", PATH ":6: the cluster NAME must be a DNS-1123 label" },
                { SEC_HEAD "[cluster]\n", PATH ":6: expected '[cluster NAME]'" },
                { SEC_HEAD "[clusters a]\n", PATH ":6: expected '[cluster NAME]'" },
                { SEC_HEAD "[cluster a\n", PATH ":6: expected '[cluster NAME]'" },
                { SEC_HEAD "[cluster a] x\n", PATH ":6: expected '[cluster NAME]'" },
                /* a section's own error names it and its line */
                { SEC_HEAD SEC_A "user_format = %n%s\n",
                  PATH ":13: key 'user_format': given twice in [cluster prod]" },
                { SEC_HEAD "[cluster prod]\nissuer = https://prod.test\nuser_format = %n%s\n",
                  PATH ":8: [cluster prod]: key 'user_format': " },
                { SEC_HEAD "[cluster prod]\nissuer = https://prod.test\nuid_min = 5000\n"
                  "uid_max = 5000\n", PATH ":9: [cluster prod]: key 'uid_max': 5000 must be above" },
                /* a section without allow_namespaces, and none before: required */
                { "validation = jwks\naudiences = k8s-login\n[cluster prod]\nissuer = https://p.test\n"
                  "jwks_file = /j\n", PATH ": [cluster prod]: key 'allow_namespaces': required" },
        };
        (void)state;

        for (size_t i = 0; i < N(rows); i++) {
                char err[K8S_ERR_MAX] = "";
                struct config *cfg = NULL;
                int r = config_parse(PATH, rows[i].text, &cfg, err, sizeof(err));
                if (r != -1 || strncmp(err, rows[i].err, strlen(rows[i].err)) != 0)
                        fail_msg("row %zu: got %d '%s', expected '%s...'", i, r, err, rows[i].err);
                config_free(cfg);
        }
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_key_values),
                cmocka_unit_test(test_late_errors_name_the_line),
                cmocka_unit_test(test_minimal_and_defaults),
                cmocka_unit_test(test_unknown_key),
                cmocka_unit_test(test_duplicate_key),
                cmocka_unit_test(test_malformed_line),
                cmocka_unit_test(test_missing_required),
                cmocka_unit_test(test_jwks),
                cmocka_unit_test(test_jwks_tokenreview),
                cmocka_unit_test(test_uid_range),
                cmocka_unit_test(test_identity_allowed),
                cmocka_unit_test(test_has_audience),
                cmocka_unit_test(test_sections_each_a_config),
                cmocka_unit_test(test_no_sections_is_one_cluster),
                cmocka_unit_test(test_sections_kept_apart),
                cmocka_unit_test(test_section_errors),
                cmocka_unit_test_setup_teardown(test_load_root_0644, tmp_setup, tmp_teardown),
                cmocka_unit_test_setup_teardown(test_load_writable_refused, tmp_setup, tmp_teardown),
                cmocka_unit_test_setup_teardown(test_load_not_root_owned, tmp_setup, tmp_teardown),
                cmocka_unit_test_setup_teardown(test_load_symlink_refused, tmp_setup, tmp_teardown),
                cmocka_unit_test_setup_teardown(test_load_missing_refused, tmp_setup, tmp_teardown),
                cmocka_unit_test_setup_teardown(test_load_directory_refused, tmp_setup, tmp_teardown),
                cmocka_unit_test_setup_teardown(test_load_content, tmp_setup, tmp_teardown),
                cmocka_unit_test_setup_teardown(test_load_fifo_refused, tmp_setup, tmp_teardown),
                cmocka_unit_test_setup_teardown(test_shared_kept_while_unchanged, tmp_setup, tmp_teardown),
                cmocka_unit_test_setup_teardown(test_shared_fresh_file_not_kept, tmp_setup, tmp_teardown),
                cmocka_unit_test_setup_teardown(test_shared_trust_checked_each_call, tmp_setup, tmp_teardown),
                cmocka_unit_test_setup_teardown(test_shared_replaced_by_rename, tmp_setup, tmp_teardown),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
