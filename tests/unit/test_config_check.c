/* Unit tests for lib/auth/config_check.c: what config-test reports beyond a
 * config that parses. One row per problem: a setup that is good in every
 * other way, one thing broken, and the one line it must give; the good
 * setup itself gives none. The files must be root's, as a login demands:
 * the checks that read them run as root only (CI is root). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
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

#include "k8s/config.h"
#include "k8s/config_check.h"

struct url_row {
        const char *url;
        bool placeholder;
};

static void test_placeholder_url(void **state)
{
        static const struct url_row rows[] = {
                { "https://kubernetes.example.internal:6443", true },
                { "https://example.com", true },
                { "https://api.EXAMPLE.org/", true },
                { "https://k8s.example:6443", true },
                { "https://api.cluster.invalid", true },
                { "https://127.0.0.1:6443", false },
                { "https://kubernetes.default.svc.cluster.local", false },
                { "https://examples.com", false },
                { "https://my-example.com", false },
                { "https://api.invalid.corp", false },
                { "https://k8s.corp/example", false },
                { "http://example.com", false },
                { NULL, false },
        };
        size_t bad = 0;

        (void)state;
        for (size_t i = 0; i < N(rows); i++)
                ROW_CHECK(bad, config_check_placeholder_url(rows[i].url) == rows[i].placeholder,
                          "row %zu '%s': expected %s", i, rows[i].url ? rows[i].url : "(null)",
                          rows[i].placeholder ? "a placeholder" : "none");
        assert_int_equal(bad, 0);
}

/* ---- a scratch setup ------------------------------------------------------- */

static char dir[64];

static void put(const char *name, const char *text, mode_t mode)
{
        char path[128];
        FILE *f;

        snprintf(path, sizeof(path), "%s/%s", dir, name);
        unlink(path);
        assert_non_null(f = fopen(path, "w"));
        fputs(text, f);
        fclose(f);
        assert_int_equal(chmod(path, mode), 0);
}

static int setup(void **state)
{
        (void)state;
        strcpy(dir, "/tmp/k8s-config-check.XXXXXX");
        if (!mkdtemp(dir))
                return -1;
        return chmod(dir, 0755);
}

static int teardown(void **state)
{
        char cmd[128];

        (void)state;
        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
        return system(cmd) == 0 ? 0 : -1;
}

enum breakage {
        NOTHING,
        CONFIG_0600,
        CONFIG_DIR_0700,
        CA_MISSING,
        CA_NOT_PEM,
        CA_NOT_ROOTS,
        CA_GROUP_WRITABLE,
        REVIEWER_0644,
        REVIEWER_0640,
        REVIEWER_MISSING,
        REVIEWER_EMPTY,
        PLACEHOLDER,
        STATE_0700,
        STATE_0775,
        STATE_MISSING,
        STATE_PARENT_MISSING,
        SHELL_MISSING,
        NOBODY_ALLOWED,
        JWKS_FILE_MISSING,
};

struct check_row {
        enum breakage breakage;
        size_t problems;
        const char *line; /* after "<dir>/k8s-login.conf: " */
};

struct seen {
        size_t n;
        char first[1024];
};

static void collect(void *ctx, const char *line)
{
        struct seen *s = ctx;

        if (s->n++ == 0)
                snprintf(s->first, sizeof(s->first), "%s", line);
}

/* Writes the setup with one thing broken and checks it. */
static void run_row(const struct check_row *row, size_t *bad)
{
        char text[2048], conf[256], line[1024], err[512], sub[128];
        const enum breakage b = row->breakage;
        struct config *cfg = NULL;
        struct seen seen = { 0, "" };
        size_t n;

        snprintf(sub, sizeof(sub), "%s/sub", dir);
        mkdir(sub, 0755);
        chmod(sub, 0755);
        put("ca.pem", b == CA_NOT_PEM ? "not a certificate\n" :
            "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
            b == CA_GROUP_WRITABLE ? 0664 : 0644);
        if (b == CA_NOT_ROOTS)
                assert_int_equal(chown(strcat(strcpy(line, dir), "/ca.pem"), 65534, 65534), 0);
        put("reviewer.token", b == REVIEWER_EMPTY ? "\n" : "eyJhbGciOiJSUzI1NiJ9.e30.c2ln\n",
            b == REVIEWER_0644 ? 0644 : b == REVIEWER_0640 ? 0640 : 0600);
        if (b == REVIEWER_MISSING)
                unlink(strcat(strcpy(line, dir), "/reviewer.token"));
        snprintf(line, sizeof(line), "%s/state", dir);
        rmdir(line);
        if (b != STATE_MISSING) {
                mkdir(line, 0755);
                chmod(line, b == STATE_0700 ? 0700 : b == STATE_0775 ? 0775 : 0755);
        }
        snprintf(text, sizeof(text),
                 "validation = %s\n"
                 "api_server = https://%s:6443\n"
                 "ca_file = %s/%s\n"
                 "reviewer_token_file = %s/reviewer.token\n"
                 "%s"
                 "audiences = k8s-login\n"
                 "allow_namespaces = %s\n"
                 "state_dir = %s/state%s\n"
                 "shell = %s\n",
                 b == JWKS_FILE_MISSING ? "jwks+tokenreview" : "tokenreview",
                 b == PLACEHOLDER ? "kubernetes.example.internal" : "127.0.0.1",
                 dir, b == CA_MISSING ? "missing.pem" : "ca.pem", dir,
                 b == JWKS_FILE_MISSING ? "issuer = https://127.0.0.1\n"
                                          "jwks_file = /nonexistent/jwks.json\n" : "",
                 b == NOBODY_ALLOWED ? "" : "demo", dir, b == STATE_PARENT_MISSING ? "/under/it" : "",
                 b == SHELL_MISSING ? "/bin/no-such-shell" : "/bin/sh");
        put("sub/k8s-login.conf", text, b == CONFIG_0600 ? 0600 : 0644);
        chmod(sub, b == CONFIG_DIR_0700 ? 0700 : 0755);
        snprintf(conf, sizeof(conf), "%s/k8s-login.conf", sub);
        if (config_load(conf, &cfg, err, sizeof(err)) < 0) {
                ROW_CHECK(*bad, 0, "breakage %d: config does not load: %s", (int)b, err);
                return;
        }
        n = config_check(cfg, collect, &seen);
        ROW_CHECK(*bad, n == row->problems && seen.n == n, "breakage %d: %zu problems "
                  "(%zu reported), expected %zu; first: %s", (int)b, n, seen.n, row->problems,
                  seen.first);
        if (row->line) {
                /* "%s" in the row stands for the scratch directory. */
                const char *at = strstr(row->line, "%s");
                size_t o;

                o = (size_t)snprintf(line, sizeof(line), "%s: ", conf);
                if (at)
                        o += (size_t)snprintf(line + o, sizeof(line) - o, "%.*s%s",
                                              (int)(at - row->line), row->line, dir);
                snprintf(line + o, sizeof(line) - o, "%s", at ? at + 2 : row->line);
                ROW_CHECK(*bad, strncmp(seen.first, line, strlen(line)) == 0,
                          "breakage %d:\n  got  %s\n  want %s...", (int)b, seen.first, line);
        }
        config_free(cfg);
        chmod(sub, 0755);
}

static void test_config_check(void **state)
{
        static const struct check_row rows[] = {
                { NOTHING, 0, NULL },
                { STATE_MISSING, 0, NULL },
                { CONFIG_0600, 1, "not readable by others (mode 0600): the NSS module cannot "
                  "read it in processes that are not root" },
                { CONFIG_DIR_0700, 1, "directory %s/sub is not searchable by others (mode 0700)" },
                { CA_MISSING, 1, "key 'ca_file': %s/missing.pem: cannot open: No such file" },
                { CA_NOT_PEM, 1, "key 'ca_file': %s/ca.pem: holds no PEM certificate" },
                { CA_NOT_ROOTS, 1, "key 'ca_file': %s/ca.pem: not owned by root (owner uid 65534)" },
                { CA_GROUP_WRITABLE, 1, "key 'ca_file': %s/ca.pem: writable by group or others "
                  "(mode 0664)" },
                { REVIEWER_0644, 1, "key 'reviewer_token_file': %s/reviewer.token: readable by "
                  "group or others (mode 0644): every local user could use this credential" },
                { REVIEWER_0640, 1, "key 'reviewer_token_file': %s/reviewer.token: readable by "
                  "group or others (mode 0640)" },
                { REVIEWER_MISSING, 1, "key 'reviewer_token_file': %s/reviewer.token: cannot "
                  "open: No such file" },
                { REVIEWER_EMPTY, 1, "key 'reviewer_token_file': %s/reviewer.token: empty or "
                  "not one line of printable text" },
                { PLACEHOLDER, 1, "key 'api_server': https://kubernetes.example.internal:6443 "
                  "is a placeholder" },
                { STATE_PARENT_MISSING, 1, "key 'state_dir': %s/state/under/it: missing, and a "
                  "login cannot create it" },
                { STATE_0700, 1, "key 'state_dir': %s/state: not searchable by others (mode 0700)" },
                { STATE_0775, 1, "key 'state_dir': %s/state: writable by group or others (mode 0775)" },
                { SHELL_MISSING, 1, "key 'shell': /bin/no-such-shell: No such file" },
                { NOBODY_ALLOWED, 1, "key 'allow_namespaces': empty: nobody may log in" },
                { JWKS_FILE_MISSING, 1, "key 'jwks_file': /nonexistent/jwks.json: cannot open" },
        };
        size_t bad = 0;

        (void)state;
        if (geteuid() != 0) {
                print_message("# the checked files must be root's: run as root\n");
                skip();
        }
        for (size_t i = 0; i < N(rows); i++)
                run_row(&rows[i], &bad);
        assert_int_equal(bad, 0);
}

static void test_secret_file(void **state)
{
        char path[128], link[128], err[512];

        (void)state;
        snprintf(path, sizeof(path), "%s/secret", dir);
        snprintf(link, sizeof(link), "%s/secret.link", dir);
        put("secret", "x\n", 0600);
        assert_int_equal(config_check_secret_file(path, err, sizeof(err)), 0);
        put("secret", "x\n", 0400);
        assert_int_equal(config_check_secret_file(path, err, sizeof(err)), 0);
        /* Projected tokens are links: the target's mode counts. */
        unlink(link);
        assert_int_equal(symlink(path, link), 0);
        assert_int_equal(config_check_secret_file(link, err, sizeof(err)), 0);
        put("secret", "x\n", 0604);
        assert_int_equal(config_check_secret_file(link, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "readable by group or others (mode 0604)"));
        put("secret", "x\n", 0640);
        assert_int_equal(config_check_secret_file(path, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "(mode 0640)"));
        unlink(path);
        assert_int_equal(config_check_secret_file(path, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "No such file"));
        assert_int_equal(config_check_secret_file(dir, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "not a regular file"));
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_placeholder_url),
                cmocka_unit_test(test_secret_file),
                cmocka_unit_test(test_config_check),
        };

        return cmocka_run_group_tests(tests, setup, teardown);
}
