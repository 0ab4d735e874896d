/* k8s-login: check a token as the PAM module would, and test a config. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "k8s/config.h"
#include "k8s/jwks_store.h"
#include "k8s/token.h"
#include "k8s/util.h"
#include "k8s/verify.h"

/* Exit codes, documented in k8s-login(1). */
enum {
        EXIT_ALLOW = 0,
        EXIT_DENY = 1,
        EXIT_NOT_OURS = 2,
        EXIT_UNAVAIL = 3,
        EXIT_USAGE = 64,
};

static void usage(FILE *f)
{
        fprintf(f,
                "usage: k8s-login check [--config PATH] [--user NAME] < token\n"
                "       k8s-login config-test [--config PATH]\n"
                "       k8s-login jwks refresh [--config PATH]\n"
                "       k8s-login --version\n");
}

/* --config, else $K8S_LOGIN_CONF (ignored when setuid), else the default. */
static const char *config_path(const char *given)
{
        const char *env = secure_getenv("K8S_LOGIN_CONF");

        return given ? given : (env && *env ? env : CONFIG_DEFAULT_PATH);
}

static int parse_opts(int argc, char **argv, const char **config, const char **user)
{
        for (int i = 2; i < argc; i++) {
                if (!strcmp(argv[i], "--config") && i + 1 < argc)
                        *config = argv[++i];
                else if (!strncmp(argv[i], "--config=", 9))
                        *config = argv[i] + 9;
                else if (user && !strcmp(argv[i], "--user") && i + 1 < argc)
                        *user = argv[++i];
                else if (user && !strncmp(argv[i], "--user=", 7))
                        *user = argv[i] + 7;
                else {
                        fprintf(stderr, "k8s-login: unexpected argument '%s'\n", argv[i]);
                        usage(stderr);
                        return -1;
                }
        }
        return 0;
}

static int load(const char *path, struct config **cfg)
{
        char err[K8S_ERR_MAX];

        if (config_load(path, cfg, err, sizeof(err)) < 0) {
                fprintf(stderr, "k8s-login: config cannot be trusted: %s\n", err);
                return -1;
        }
        return 0;
}

static int cmd_config_test(int argc, char **argv)
{
        const char *path = NULL;
        struct config *cfg;

        if (parse_opts(argc, argv, &path, NULL) < 0)
                return EXIT_USAGE;
        path = config_path(path);
        if (load(path, &cfg) < 0)
                return EXIT_UNAVAIL;
        printf("%s: OK (validation = %s, %zu audience%s, %zu allowed namespace pattern%s)\n",
               cfg->path, config_validation_name(cfg->validation), cfg->audiences.n,
               cfg->audiences.n == 1 ? "" : "s", cfg->allow_namespaces.n,
               cfg->allow_namespaces.n == 1 ? "" : "s");
        config_free(cfg);
        return 0;
}

/* Reads the token from standard input: one line, a final newline dropped. */
static char *read_token(size_t *len)
{
        char *tok = calloc(1, TOKEN_MAX + 2);
        size_t have = 0;

        if (!tok)
                return NULL;
        while (have < TOKEN_MAX + 1) {
                ssize_t n = read(STDIN_FILENO, tok + have, TOKEN_MAX + 1 - have);
                if (n < 0 && errno == EINTR)
                        continue;
                if (n <= 0)
                        break;
                have += (size_t)n;
        }
        if (have > 0 && tok[have - 1] == '\n')
                have--;
        if (have > 0 && tok[have - 1] == '\r')
                have--;
        tok[have] = '\0';
        *len = have;
        return tok;
}

static int cmd_check(int argc, char **argv)
{
        const char *path = NULL, *user = NULL;
        struct verify_result account, r;
        struct config *cfg;
        char *tok;
        size_t len = 0;
        int rc;

        if (parse_opts(argc, argv, &path, &user) < 0)
                return EXIT_USAGE;
        if (load(config_path(path), &cfg) < 0) {
                printf("decision: unavailable\nreason: config cannot be trusted\n");
                return EXIT_UNAVAIL;
        }
        if (user) {
                verify_user(cfg, user, false, &account);
                if (account.status != VERIFY_ALLOW) {
                        printf("decision: %s\nreason: %s\n", verify_status_name(account.status),
                               account.reason);
                        config_free(cfg);
                        return account.status == VERIFY_NOT_OURS ? EXIT_NOT_OURS : EXIT_UNAVAIL;
                }
        }
        if (!(tok = read_token(&len))) {
                config_free(cfg);
                return EXIT_UNAVAIL;
        }
        verify_token(cfg, user ? &account : NULL, tok, len, &r);
        util_wipe_free(tok, TOKEN_MAX + 2);
        /* A login also needs the account step: the account the token maps
         * to must exist, with its UID in range. */
        if (r.status == VERIFY_ALLOW) {
                verify_user(cfg, r.local, true, &account);
                if (account.status != VERIFY_ALLOW)
                        verify_set(&r, account.status, "%s", account.reason);
        }
        printf("decision: %s\n", verify_status_name(r.status));
        printf("reason: %s\n", r.reason);
        printf("token: %s\n", r.label[0] ? r.label : "-");
        if (r.have_id) {
                printf("identity: " NAMES_PREFIX "%s:%s\n", r.id.ns, r.id.sa);
                printf("namespace: %s\nservice account: %s\n", r.id.ns, r.id.sa);
                printf("user: %s\n", r.local);
        }
        if (r.pod[0])
                printf("pod: %s\n", r.pod);
        switch (r.status) {
        case VERIFY_ALLOW: rc = EXIT_ALLOW; break;
        case VERIFY_DENY: rc = EXIT_DENY; break;
        case VERIFY_NOT_OURS: rc = EXIT_NOT_OURS; break;
        default: rc = EXIT_UNAVAIL; break;
        }
        config_free(cfg);
        return rc;
}

/* jwks refresh: fetch the key set now and cache it (jwks_uri or
 * discovery); with jwks_file, just check that file. */
static int cmd_jwks(int argc, char **argv)
{
        const char *path = NULL;
        struct config *cfg;
        struct jwks *set = NULL;
        char why[K8S_ERR_MAX];
        enum verify_status s;

        if (argc < 3 || strcmp(argv[2], "refresh") != 0) {
                usage(stderr);
                return EXIT_USAGE;
        }
        /* parse_opts starts at argv[2]: skip the verb. */
        if (parse_opts(argc - 1, argv + 1, &path, NULL) < 0)
                return EXIT_USAGE;
        if (load(config_path(path), &cfg) < 0)
                return EXIT_UNAVAIL;
        if (cfg->validation == VALIDATION_TOKENREVIEW) {
                fprintf(stderr, "k8s-login: %s: validation = tokenreview uses no key set\n", cfg->path);
                config_free(cfg);
                return EXIT_USAGE;
        }
        s = jwks_store_get(cfg, JWKS_FORCE, &set, NULL, why, sizeof(why));
        if (s != VERIFY_ALLOW) {
                fprintf(stderr, "k8s-login: %s\n", why);
                config_free(cfg);
                return EXIT_UNAVAIL;
        }
        printf("%s: %zu usable key%s", cfg->jwks_file ? cfg->jwks_file : "key set", set->n,
               set->n == 1 ? "" : "s");
        if (set->skipped)
                printf(", %zu skipped (see the system log)", set->skipped);
        printf("%s\n", cfg->jwks_file ? " (jwks_file: nothing to fetch)" :
               ", fetched and cached in state_dir");
        for (size_t i = 0; i < set->n; i++)
                printf("  %s %s kid=%s\n", set->keys[i].kty == JWKS_RSA ? "RSA" : "EC",
                       set->keys[i].alg[0] ? set->keys[i].alg : "RS*",
                       set->keys[i].kid[0] ? set->keys[i].kid : "-");
        jwks_free(set);
        config_free(cfg);
        return 0;
}

int main(int argc, char **argv)
{
        if (argc < 2) {
                usage(stderr);
                return EXIT_USAGE;
        }
        if (!strcmp(argv[1], "check"))
                return cmd_check(argc, argv);
        if (!strcmp(argv[1], "config-test"))
                return cmd_config_test(argc, argv);
        if (!strcmp(argv[1], "jwks"))
                return cmd_jwks(argc, argv);
        if (!strcmp(argv[1], "--version")) {
                printf("%s\n", PACKAGE_STRING);
                return 0;
        }
        if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
                usage(stdout);
                return 0;
        }
        fprintf(stderr, "k8s-login: unknown command '%s'\n", argv[1]);
        usage(stderr);
        return EXIT_USAGE;
}
