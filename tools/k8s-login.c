/* k8s-login: check a token as the PAM module would, test a config, look
 * after the UID registry, and answer ssh's and sudo's askpass prompts. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <syslog.h>
#include <limits.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "k8s/askpass.h"
#include "k8s/config.h"
#include "k8s/helper.h"
#include "k8s/config_check.h"
#include "k8s/cache.h"
#include "k8s/registry.h"
#include "k8s/statefile.h"
#include "k8s/jwks_store.h"
#include "k8s/ledger.h"
#include "k8s/ledger_host.h"
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
                "       k8s-login config-test [--connect] [--config PATH]\n"
                "       k8s-login status [--connect] [--config PATH]\n"
                "       k8s-login users [--all] [--config PATH]\n"
                "       k8s-login uid NAME [--config PATH]\n"
                "       k8s-login name UID [--config PATH]\n"
                "       k8s-login pin [--group] NAME [NUMBER] [--config PATH]\n"
                "       k8s-login rebind NAME [--config PATH]\n"
                "       k8s-login release NAME [--config PATH]\n"
                "       k8s-login jwks refresh [--config PATH]\n"
                "       k8s-login sync [--config PATH]\n"
                "       k8s-login ledger status|import [--config PATH]\n"
                "       k8s-login ledger pin [--group] NAME NUMBER [--config PATH]\n"
                "       k8s-login ledger retire NAME [--config PATH]\n"
                "       k8s-login askpass [PROMPT]   (token from $K8S_LOGIN_TOKEN_FILE;\n"
                "                 ssh and sudo run it as k8s-login-askpass PROMPT)\n"
                "       k8s-login help\n"
                "       k8s-login version\n"
                "--help or -h after any command prints this; see k8s-login(1).\n");
}

/* Whether an argument may be printed: a lower-case word or option
 * (chekc, --frobnicate), which a token, base64url parts joined by dots,
 * can never be. */
static bool printable_word(const char *arg)
{
        size_t n = strlen(arg), i = 0;

        while (i < 2 && arg[i] == '-')
                i++;
        if (n > 32 || !(arg[i] >= 'a' && arg[i] <= 'z'))
                return false;
        for (; i < n; i++)
                if (!((arg[i] >= 'a' && arg[i] <= 'z') || (arg[i] >= '0' && arg[i] <= '9') ||
                      arg[i] == '-'))
                        return false;
        return true;
}

/* An argument the command does not take. It may be a token pasted where
 * standard input was meant (k8s-login check "$TOKEN"), so only a word
 * that cannot be one is named; anything else by position and size. */
static void unexpected(const char *cmd, int pos, const char *arg)
{
        size_t n = strlen(arg);

        if (printable_word(arg))
                fprintf(stderr, "k8s-login %s: %s '%s'\n", cmd,
                        arg[0] == '-' ? "unknown option" : "unexpected argument", arg);
        else
                fprintf(stderr, "k8s-login %s: unexpected argument %d (%zu byte%s%s)\n", cmd, pos,
                        n, n == 1 ? "" : "s",
                        !strcmp(cmd, "check") ? "; the token goes on standard input" : "");
        usage(stderr);
}

/* --config, else $K8S_LOGIN_CONF (ignored when setuid), else the default. */
static const char *config_path(const char *given)
{
        const char *env = secure_getenv("K8S_LOGIN_CONF");

        return given ? given : (env && *env ? env : CONFIG_DEFAULT_PATH);
}

static int parse_opts(int argc, char **argv, const char **config, const char **user,
                      bool *connect)
{
        for (int i = 2; i < argc; i++) {
                if (connect && !strcmp(argv[i], "--connect"))
                        *connect = true;
                else if (!strcmp(argv[i], "--config") && i + 1 < argc)
                        *config = argv[++i];
                else if (!strncmp(argv[i], "--config=", 9))
                        *config = argv[i] + 9;
                else if (user && !strcmp(argv[i], "--user") && i + 1 < argc)
                        *user = argv[++i];
                else if (user && !strncmp(argv[i], "--user=", 7))
                        *user = argv[i] + 7;
                else {
                        /* cmd_jwks passes argv from its verb on (written
                         * so that man.sh, which lists the commands main
                         * dispatches on, does not take the verb for one). */
                        unexpected(strcmp("refresh", argv[1]) ? argv[1] : "jwks refresh", i - 1,
                                   argv[i]);
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

static void report_problem(void *ctx, const char *line)
{
        (void)ctx;
        fprintf(stderr, "k8s-login: %s\n", line);
}

/* Loads the config and checks what logins need (config_check). Returns
 * the number of problems, the load failure counted as one; *out is the
 * loaded config (NULL when it did not load). quiet: report nothing. */
static size_t config_verdict(const char *path, bool quiet, struct config **out)
{
        char err[K8S_ERR_MAX];

        if (config_load(path, out, err, sizeof(err)) < 0) {
                if (!quiet)
                        fprintf(stderr, "k8s-login: config cannot be trusted: %s\n", err);
                return 1;
        }
        return config_check(*out, quiet ? NULL : report_problem, NULL);
}

/* What --connect learns through the helper: one line per network source
 * the config uses (the API server, the key set), handed to
 * line(what, ok, text). Returns the failures, a helper that could not run
 * counted as one. */
static size_t connect_checks(const struct config *cfg,
                             void (*line)(const char *what, bool ok, const char *text))
{
        struct helper_reply rep;
        char why[K8S_ERR_MAX];
        size_t failed = 0, n = 0;

        if (cfg->validation == VALIDATION_JWKS && cfg->jwks_file) {
                line("network", true, "nothing to connect to (validation = jwks with jwks_file)");
                return 0;
        }
        if (helper_call(cfg, "probe", NULL, 0, 64 * 1024, &rep, why, sizeof(why)) < 0) {
                line("helper", false, why);
                return 1;
        }
        for (size_t i = 0; i < rep.n; i++) {
                const char *v = rep.value[i];
                bool ok = !strncmp(v, "ok ", 3);
                if ((strcmp(rep.key[i], "api_server") && strcmp(rep.key[i], "jwks")) ||
                    (!ok && strncmp(v, "fail ", 5)))
                        continue;
                line(!strcmp(rep.key[i], "jwks") ? "key set" : "api server", ok, v + (ok ? 3 : 5));
                failed += !ok;
                n++;
        }
        if (n == 0) {
                line("helper", false, "answered no check");
                failed++;
        }
        helper_reply_clear(&rep);
        return failed;
}

static void config_test_line(const char *what, bool ok, const char *text)
{
        if (ok)
                printf("%s: %s\n", what, text);
        else
                fprintf(stderr, "k8s-login: %s: %s\n", what, text);
}

static int cmd_config_test(int argc, char **argv)
{
        const char *path = NULL;
        struct config *cfg = NULL;
        bool connect = false;
        size_t problems;

        if (parse_opts(argc, argv, &path, NULL, &connect) < 0)
                return EXIT_USAGE;
        path = config_path(path);
        problems = config_verdict(path, false, &cfg);
        /* Each source that cannot be reached is one more problem. */
        for (size_t i = 0; cfg && connect && i < config_cluster_count(cfg); i++)
                problems += connect_checks(config_cluster(cfg, i), config_test_line);
        if (problems == 0 && !cfg->n_clusters) {
                printf("%s: OK (validation = %s, %zu audience%s, %zu allowed namespace pattern%s)\n",
                       cfg->path, config_validation_name(cfg->validation), cfg->audiences.n,
                       cfg->audiences.n == 1 ? "" : "s", cfg->allow_namespaces.n,
                       cfg->allow_namespaces.n == 1 ? "" : "s");
        } else if (problems == 0) {
                /* What keeps the clusters apart, as the rules checked it. */
                printf("%s: OK (%zu clusters, apart: one issuer each, user and group names "
                       "that differ in literal text, UID ranges that do not overlap)\n",
                       cfg->path, cfg->n_clusters);
                for (size_t i = 0; i < cfg->n_clusters; i++) {
                        const struct config *c = cfg->clusters[i];
                        printf("cluster %s: validation = %s, issuer %s, users %s, groups %s "
                               "and %s, UIDs %u..%u%s\n", c->cluster,
                               config_validation_name(c->validation), c->issuer, c->user_format,
                               c->group_format, c->all_group, c->uid_min, c->uid_max,
                               c->cluster_first ? ", registry lines without a cluster" : "");
                }
        } else if (cfg)
                fprintf(stderr, "k8s-login: %s: %zu problem%s found%s\n", cfg->path, problems,
                        problems == 1 ? "" : "s", geteuid() != 0 ?
                        " (not run as root: files only root may read count as problems)" : "");
        config_free(cfg);
        return problems ? EXIT_UNAVAIL : 0;
}

/* This process holds a token: keep it out of core files. */
static void no_core_dumps(void)
{
        const struct rlimit none = { 0, 0 };

        (void)setrlimit(RLIMIT_CORE, &none);
        (void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

/* Reads fd into buf until end of file or max bytes; *have is what was
 * read, also when a read fails. Returns 0, or the errno of that failure. */
static int read_upto(int fd, char *buf, size_t max, size_t *have)
{
        *have = 0;
        while (*have < max) {
                ssize_t n = read(fd, buf + *have, max - *have);
                if (n < 0 && errno == EINTR)
                        continue;
                if (n < 0)
                        return errno;
                if (n == 0)
                        break;
                *have += (size_t)n;
        }
        return 0;
}

/* Reads the token from standard input: one line, a final newline dropped. */
static char *read_token(size_t *len)
{
        char *tok = calloc(1, TOKEN_MAX + 2);
        size_t have = 0;

        if (!tok)
                return NULL;
        /* A failed read ends the token where it stands, as end of file. */
        (void)read_upto(STDIN_FILENO, tok, TOKEN_MAX + 1, &have);
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
        struct verify_result r;
        struct config *file;
        const struct config *cfg = NULL, *ucl = NULL;
        char *tok, local[NAMES_LOCAL_MAX + 1] = "-";
        size_t len = 0;
        int rc;

        no_core_dumps();
        if (parse_opts(argc, argv, &path, &user, NULL) < 0)
                return EXIT_USAGE;
        if (load(config_path(path), &file) < 0) {
                printf("decision: unavailable\nreason: config cannot be trusted\n");
                return EXIT_UNAVAIL;
        }
        if (user) {
                ucl = verify_user_file(file, user, false, &r);
                if (r.status != VERIFY_ALLOW) {
                        printf("decision: %s\nreason: %s\n", verify_status_name(r.status),
                               r.reason);
                        config_free(file);
                        return r.status == VERIFY_NOT_OURS ? EXIT_NOT_OURS : EXIT_UNAVAIL;
                }
        }
        if (!(tok = read_token(&len))) {
                config_free(file);
                return EXIT_UNAVAIL;
        }
        if (!user)
                memset(&r, 0, sizeof(r));
        /* Nothing buffered may be copied into the helper's processes. */
        fflush(stdout);
        cfg = verify_login(file, ucl, tok, len, VERIFY_PREVIEW, &r);
        util_wipe_free(tok, TOKEN_MAX + 2);
        printf("decision: %s\n", verify_status_name(r.status));
        printf("reason: %s\n", r.reason);
        printf("token: %s\n", r.label[0] ? r.label : "-");
        if (file->n_clusters)
                printf("cluster: %s\n", r.cluster[0] ? r.cluster : "none");
        /* The identity shown is the one the token claims (which a login
         * only accepts when the API server or the signature confirms it),
         * never the one --user asked for. */
        if (r.have_claim) {
                /* No cluster took the token: it maps to no user. */
                if ((file->n_clusters && !r.cluster[0]) ||
                    !names_to_local(cfg->user_format, &r.claim, local, sizeof(local)))
                        strcpy(local, "-");
                printf("identity: " NAMES_PREFIX "%s:%s\n", r.claim.ns, r.claim.sa);
                printf("namespace: %s\nservice account: %s\n", r.claim.ns, r.claim.sa);
                printf("user: %s\n", local);
        } else {
                printf("identity: none\n");
        }
        if (user)
                printf("requested user: %s\n", user);
        /* The UID is the account's that the token maps to. */
        if (r.have_claim && r.have_id && r.have_uid && !strcmp(r.local, local))
                printf("uid: %u\n", (unsigned)r.uid);
        if (r.pod[0])
                printf("pod: %s\n", r.pod);
        switch (r.status) {
        case VERIFY_ALLOW: rc = EXIT_ALLOW; break;
        case VERIFY_DENY: rc = EXIT_DENY; break;
        case VERIFY_NOT_OURS: rc = EXIT_NOT_OURS; break;
        default: rc = EXIT_UNAVAIL; break;
        }
        config_free(file);
        return rc;
}

/* --- the UID registry ------------------------------------------------ */

struct reg_args {
        const char *config;
        bool all, group;
        const char *pos[2];
        int npos;
};

/* [--config PATH] [--all] [--group] and up to max positional arguments,
 * at least min. */
static int parse_reg_args(int argc, char **argv, int min, int max, bool allow_all,
                          bool allow_group, struct reg_args *a)
{
        memset(a, 0, sizeof(*a));
        for (int i = 2; i < argc; i++) {
                if (!strcmp(argv[i], "--config") && i + 1 < argc)
                        a->config = argv[++i];
                else if (!strncmp(argv[i], "--config=", 9))
                        a->config = argv[i] + 9;
                else if (allow_all && !strcmp(argv[i], "--all"))
                        a->all = true;
                else if (allow_group && !strcmp(argv[i], "--group"))
                        a->group = true;
                else if (argv[i][0] != '-' && a->npos < max)
                        a->pos[a->npos++] = argv[i];
                else {
                        unexpected(argv[1], i - 1, argv[i]);
                        return -1;
                }
        }
        if (a->npos < min) {
                usage(stderr);
                return -1;
        }
        return 0;
}

static bool parse_number(const char *s, uint32_t *out)
{
        long v;

        if (util_parse_long(s, 1, 4294967294L, &v) < 0 || s[0] == '-' || s[0] == '+')
                return false;
        *out = (uint32_t)v;
        return true;
}

/* A UID argument that is not one; echoed only when it is short and made
 * of digits and signs, so a token pasted there is not printed. */
static void not_a_number(const char *arg)
{
        size_t n = strlen(arg);

        if (n <= 20 && n == strspn(arg, "+-0123456789"))
                fprintf(stderr, "k8s-login: '%s' is not a UID (1 to 4294967294)\n", arg);
        else
                fprintf(stderr, "k8s-login: the argument (%zu bytes) is not a UID "
                        "(1 to 4294967294)\n", n);
}

static int load_registry(const struct config *cfg, struct registry **reg)
{
        char err[K8S_ERR_MAX];

        if (registry_load(cfg->state_dir, reg, NULL, err, sizeof(err)) < 0) {
                fprintf(stderr, "k8s-login: %s\n", err);
                return -1;
        }
        return 0;
}

static void print_time(long long t, char *buf, size_t len)
{
        time_t tt = (time_t)t;
        struct tm tm;

        if (!gmtime_r(&tt, &tm) || !strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm))
                util_fmt(buf, len, "%lld", t);
}

static int cmd_users(int argc, char **argv)
{
        struct reg_args a;
        struct config *file;
        struct registry *reg;
        int rc = EXIT_UNAVAIL;

        if (parse_reg_args(argc, argv, 0, 0, true, false, &a) < 0)
                return EXIT_USAGE;
        if (load(config_path(a.config), &file) < 0)
                return EXIT_UNAVAIL;
        if (load_registry(file, &reg) == 0) {
                /* One block per cluster, each with its own heading, when the
                 * file has [cluster] sections. */
                for (size_t c = 0; c < config_cluster_count(file); c++) {
                        const struct config *cfg = config_cluster(file, c);
                        if (file->n_clusters)
                                printf("%scluster %s\n", c ? "\n" : "", cfg->cluster);
                        printf("%sUID NAME IDENTITY K8S-UID ALLOCATED\n", a.all ? "KIND " : "");
                        for (size_t i = 0; i < reg->n; i++) {
                                const struct registry_entry *e = reg->by_id[i];
                                struct names_identity id;
                                char name[NAMES_LOCAL_MAX + 1], when[32];
                                const char *kind = "user";

                                if ((e->kind != REGISTRY_USER && !a.all) ||
                                    strcmp(e->cluster, config_registry_cluster(cfg)) != 0)
                                        continue;
                                registry_entry_identity(e, &id);
                                if (e->kind == REGISTRY_GROUP) {
                                        kind = "group";
                                        if (!names_expand(cfg->group_format, e->ns, NULL, NULL, name,
                                                          sizeof(name)))
                                                strcpy(name, "-");
                                } else {
                                        if (e->kind == REGISTRY_RETIRED)
                                                kind = "retired";
                                        if (!names_to_local(cfg->user_format, &id, name, sizeof(name)))
                                                strcpy(name, "-");
                                }
                                print_time(e->since, when, sizeof(when));
                                if (a.all)
                                        printf("%s ", kind);
                                printf("%u %s %s%s%s %s %s\n", e->id, name, e->ns, e->sa[0] ? "/" : "",
                                       e->sa, e->sa_uid[0] ? e->sa_uid : "-", when);
                        }
                }
                registry_free(reg);
                rc = 0;
        }
        config_free(file);
        return rc;
}

/* NAME as an allowed identity (a user) or namespace (a group). */
static int name_arg(const struct config *cfg, const char *name, bool group,
                    struct names_identity *id)
{
        memset(id, 0, sizeof(*id));
        /* Not a local name (a token pasted here, say): not echoed. */
        if (!names_check_local(name)) {
                fprintf(stderr, "k8s-login: the argument (%zu bytes) is not a local %s name\n",
                        strlen(name), group ? "group" : "user");
                return -1;
        }
        if (group ? !names_group_from_local(cfg->group_format, name, id->ns)
                  : !names_from_local(cfg->user_format, name, id)) {
                fprintf(stderr, "k8s-login: %s does not map to a %s through %s\n", name,
                        group ? "namespace" : "service account",
                        group ? "group_format" : "user_format");
                return -1;
        }
        if (!group && !config_identity_allowed(cfg, id)) {
                fprintf(stderr, "k8s-login: %s/%s is not allowed by allow_namespaces/"
                        "allow_service_accounts\n", id->ns, id->sa);
                return -1;
        }
        return 0;
}

/* For an identity not (wholly) recorded yet: what its first login would
 * meet, from registry_bind's own dry run (so in its words, such as a
 * would-be number another NSS source holds). Returns 0 or the exit code
 * after saying why. */
static int first_login_refused(const struct config *cfg, const struct names_identity *id)
{
        char why[K8S_ERR_MAX];
        uint32_t got;

        switch (registry_bind(cfg, id, NULL, 0, false, &got, why, sizeof(why))) {
        case REGISTRY_OK:
                return 0;
        case REGISTRY_COLLISION:
                fprintf(stderr, "k8s-login: %s; its first login would be refused\n", why);
                return EXIT_DENY;
        default:
                fprintf(stderr, "k8s-login: %s\n", why);
                return EXIT_UNAVAIL;
        }
}

/* The cluster a name (a user, or a group with group) or a number belongs
 * to: in a file with [cluster] sections the one whose formats or range
 * make it (the first when none does, which then refuses it as not its
 * own); the file itself without sections. */
static const struct config *route(const struct config *file, const char *name, bool group,
                                  uint32_t number)
{
        const struct config *c = name ? (group ? config_cluster_for_group(file, name)
                                               : config_cluster_for_user(file, name))
                                      : config_cluster_for_number(file, number);
        return c ? c : config_cluster(file, 0);
}

static int cmd_uid(int argc, char **argv)
{
        struct reg_args a;
        struct config *file;
        const struct config *cfg;
        struct registry *reg;
        struct names_identity id;
        uint32_t uid, gid;
        int rc = EXIT_NOT_OURS, have;

        if (parse_reg_args(argc, argv, 1, 1, false, false, &a) < 0)
                return EXIT_USAGE;
        if (load(config_path(a.config), &file) < 0)
                return EXIT_UNAVAIL;
        cfg = route(file, a.pos[0], false, 0);
        if (name_arg(cfg, a.pos[0], false, &id) < 0)
                goto out;
        if (load_registry(cfg, &reg) < 0) {
                rc = EXIT_UNAVAIL;
                goto out;
        }
        have = registry_user_uid(cfg, reg, &id, &uid);
        if (have < 0) {
                const struct registry_entry *e =
                        registry_find_user_in(reg, config_registry_cluster(cfg), &id);
                uint32_t first = registry_first_choice(cfg, id.ns, id.sa);
                const struct registry_entry *held = registry_find_id(reg, first);
                char who[400] = "?";

                if (e)
                        fprintf(stderr, "k8s-login: %s holds %u, outside uid_min..uid_max\n",
                                a.pos[0], e->id);
                else {
                        if (held)
                                registry_describe(held, who, sizeof(who));
                        fprintf(stderr, "k8s-login: %s has no UID: its first choice %u is held "
                                "by %s; give it one with 'k8s-login pin %s'\n", a.pos[0],
                                first, who, a.pos[0]);
                }
                rc = EXIT_DENY;
        } else if (registry_group_gid(cfg, reg, id.ns, &gid) < 0) {
                fprintf(stderr, "k8s-login: the group of namespace %s has no GID (its first "
                        "choice is held); give it one with 'k8s-login pin --group NAME'\n",
                        id.ns);
                rc = EXIT_DENY;
        } else if ((!have || !registry_find_group_in(reg, config_registry_cluster(cfg), id.ns)) &&
                   (rc = first_login_refused(cfg, &id)) != 0) {
                /* a would-be number another NSS source holds: said why */
        } else if (!have && cfg->uid_ledger == LEDGER_CONFIGMAP) {
                /* Not held here: the ledger's number, as its login takes it. */
                enum k8s_status st;
                char why[K8S_ERR_MAX];
                int got;

                /* Nothing buffered may be copied into the helper's processes. */
                fflush(stdout);
                got = ledger_host_number(cfg, &id, NULL, &uid, &st, why, sizeof(why));
                if (got < 0) {
                        fprintf(stderr, "k8s-login: UID ledger: %s\n", why);
                        rc = st == K8S_REFUSED ? EXIT_DENY : EXIT_UNAVAIL;
                } else if (got == 0) {
                        fprintf(stderr, "k8s-login: %s has no number in the ledger yet: its "
                                "first login allocates one there\n", a.pos[0]);
                        rc = EXIT_NOT_OURS;
                } else {
                        printf("%u\n", uid);
                        fprintf(stderr, "k8s-login: %s is not recorded here yet: %u is its "
                                "number in the ledger ('k8s-login sync' records it)\n",
                                a.pos[0], uid);
                        rc = 0;
                }
        } else {
                printf("%u\n", uid);
                if (!have)
                        fprintf(stderr, "k8s-login: %s is not allocated yet: %u is the UID its "
                                "first login will get\n", a.pos[0], uid);
                rc = 0;
        }
        registry_free(reg);
out:
        config_free(file);
        return rc;
}

static int cmd_name(int argc, char **argv)
{
        struct reg_args a;
        struct config *file;
        const struct config *cfg;
        struct registry *reg;
        const struct registry_entry *e;
        struct names_identity id;
        char name[NAMES_LOCAL_MAX + 1];
        uint32_t uid;
        int rc = EXIT_NOT_OURS;

        if (parse_reg_args(argc, argv, 1, 1, false, false, &a) < 0)
                return EXIT_USAGE;
        if (!parse_number(a.pos[0], &uid)) {
                not_a_number(a.pos[0]);
                return EXIT_USAGE;
        }
        if (load(config_path(a.config), &file) < 0)
                return EXIT_UNAVAIL;
        cfg = route(file, NULL, false, uid);
        if (load_registry(cfg, &reg) < 0) {
                config_free(file);
                return EXIT_UNAVAIL;
        }
        e = registry_find_id(reg, uid);
        if (e && e->kind == REGISTRY_USER && registry_in_pool(cfg, uid)) {
                registry_entry_identity(e, &id);
                if (names_to_local(cfg->user_format, &id, name, sizeof(name))) {
                        printf("%s\n", name);
                        rc = 0;
                }
        }
        if (rc != 0) {
                char who[400] = "nobody";
                if (e)
                        registry_describe(e, who, sizeof(who));
                fprintf(stderr, "k8s-login: UID %u is not an allocated account (held by %s)\n",
                        uid, who);
        }
        registry_free(reg);
        config_free(file);
        return rc;
}

static int registry_exit(enum registry_status st, const char *why)
{
        if (st == REGISTRY_OK)
                return 0;
        fprintf(stderr, "k8s-login: %s\n", why);
        switch (st) {
        case REGISTRY_COLLISION:
        case REGISTRY_RECREATED: return EXIT_DENY;
        case REGISTRY_NOT_FOUND: return EXIT_NOT_OURS;
        default: return EXIT_UNAVAIL;
        }
}

/* pin, rebind, release: root only (the registry and its directory are
 * root's), which the registry code checks through ownership. */
static int cmd_change(int argc, char **argv)
{
        bool pin = !strcmp(argv[1], "pin"), release = !strcmp(argv[1], "release");
        struct reg_args a;
        struct config *file;
        const struct config *cfg;
        struct names_identity id;
        enum registry_status st;
        char why[K8S_ERR_MAX];
        uint32_t want = 0, got = 0;
        int rc;

        if (parse_reg_args(argc, argv, 1, pin ? 2 : 1, false, pin, &a) < 0)
                return EXIT_USAGE;
        if (a.npos == 2 && !parse_number(a.pos[1], &want)) {
                not_a_number(a.pos[1]);
                return EXIT_USAGE;
        }
        if (geteuid() != 0) {
                fprintf(stderr, "k8s-login: %s changes the UID registry: run it as root\n",
                        argv[1]);
                return EXIT_UNAVAIL;
        }
        if (load(config_path(a.config), &file) < 0)
                return EXIT_UNAVAIL;
        cfg = route(file, a.pos[0], a.group, 0);
        if (name_arg(cfg, a.pos[0], a.group, &id) < 0) {
                config_free(file);
                return EXIT_NOT_OURS;
        }
        if (pin)
                st = registry_pin(cfg, id.ns, a.group ? NULL : id.sa, want, &got, why,
                                  sizeof(why));
        else if (release)
                st = registry_release(cfg, &id, &got, why, sizeof(why));
        else
                st = registry_rebind(cfg, &id, why, sizeof(why));
        rc = registry_exit(st, why);
        if (rc == 0 && got)
                printf("%u\n", got);
        config_free(file);
        return rc;
}

/* --- the fleet's ledger (uid_ledger = configmap) ------------------- */

/* Says a line on standard error and, for what a host refuses, in the
 * log: an administrator must see a ledger that contradicts this host. */
static void ledger_say(bool log, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ledger_say(bool log, const char *fmt, ...)
{
        char line[K8S_ERR_MAX * 2];
        va_list ap;

        va_start(ap, fmt);
        vsnprintf(line, sizeof(line), fmt, ap);
        va_end(ap);
        fprintf(stderr, "k8s-login: %s\n", line);
        if (log) {
                openlog("k8s-login", LOG_PID, LOG_AUTHPRIV);
                syslog(LOG_ERR, "UID ledger: %s", line);
                closelog();
        }
}

/* Loads the file; at least one of its clusters must have a ledger. */
static int ledger_config(const char *path, struct config **file)
{
        if (load(config_path(path), file) < 0)
                return EXIT_UNAVAIL;
        for (size_t i = 0; i < config_cluster_count(*file); i++)
                if (config_cluster(*file, i)->uid_ledger == LEDGER_CONFIGMAP)
                        return 0;
        fprintf(stderr, "k8s-login: uid_ledger is not configmap in %s\n", (*file)->path);
        config_free(*file);
        *file = NULL;
        return EXIT_UNAVAIL;
}

/* The worse of two exit codes: unavailable over refused over success. */
static int worse(int a, int b)
{
        if (a == EXIT_UNAVAIL || b == EXIT_UNAVAIL)
                return EXIT_UNAVAIL;
        return a ? a : b;
}

/* Runs one(cfg) for every cluster of the file that has a ledger (each
 * cluster's ledger lives in its own API server), with a heading per
 * cluster when the file has sections. */
static int each_ledger(const struct config *file, int (*one)(const struct config *cfg))
{
        int rc = 0;

        for (size_t i = 0; i < config_cluster_count(file); i++) {
                const struct config *cfg = config_cluster(file, i);
                if (cfg->uid_ledger != LEDGER_CONFIGMAP)
                        continue;
                if (cfg->cluster) {
                        fflush(stdout);
                        printf("[cluster %s]\n", cfg->cluster);
                }
                rc = worse(rc, one(cfg));
        }
        return rc;
}

/* What other NSS sources said about ledger entries, asked before the
 * registry's lock is taken: at a first sync of a large ledger those
 * lookups take seconds, and logins must not wait for them. */
struct held_note {
        const struct ledger_entry *e;
        int r;
        char *why;                /* only for a refusal; owned */
};

struct sync_ctx {
        const struct ledger *l;
        struct ledger_plan plan;
        struct held_note *held;
        size_t n_held, cap_held;
        bool oom;
};

static int note_elsewhere(const struct config *cfg, const struct ledger_entry *e, void *vctx,
                          char *why, size_t whylen)
{
        struct sync_ctx *x = vctx;
        int r = ledger_host_elsewhere(cfg, e, NULL, why, whylen);

        if (x->n_held == x->cap_held) {
                size_t cap = x->cap_held ? x->cap_held * 2 : 256;
                struct held_note *g = realloc(x->held, cap * sizeof(*g));
                if (!g) {
                        x->oom = true;
                        return r;
                }
                x->held = g;
                x->cap_held = cap;
        }
        x->held[x->n_held].e = e;
        x->held[x->n_held].r = r;
        x->held[x->n_held].why = NULL;
        if (r && !(x->held[x->n_held].why = strdup(why))) {
                x->oom = true;
                return r;
        }
        x->n_held++;
        return r;
}

static int cmp_note(const void *a, const void *b)
{
        const struct held_note *x = a, *y = b;

        return x->e < y->e ? -1 : x->e > y->e;
}

/* Under the lock: the answer noted before, else asks now. */
static int noted_elsewhere(const struct config *cfg, const struct ledger_entry *e, void *vctx,
                           char *why, size_t whylen)
{
        struct sync_ctx *x = vctx;
        struct held_note key, *hit;

        key.e = e;
        hit = x->n_held ? bsearch(&key, x->held, x->n_held, sizeof(*x->held), cmp_note) : NULL;
        if (!hit)
                return ledger_host_elsewhere(cfg, e, NULL, why, whylen);
        util_fmt(why, whylen, "%s", hit->why ? hit->why : "");
        return hit->r;
}

static int plan_sync(const struct config *cfg, const struct registry *reg, void *vctx,
                     const struct registry_change **changes, size_t *n, char *why,
                     size_t whylen)
{
        struct sync_ctx *x = vctx;

        ledger_plan_clear(&x->plan);
        if (ledger_plan_sync(cfg, x->l, reg, noted_elsewhere, x, &x->plan) < 0) {
                util_fmt(why, whylen, "out of memory");
                return -1;
        }
        *changes = x->plan.c;
        *n = x->plan.n;
        return 0;
}

static void held_clear(struct sync_ctx *x)
{
        for (size_t i = 0; i < x->n_held; i++)
                free(x->held[i].why);
        free(x->held);
        x->held = NULL;
        x->n_held = x->cap_held = 0;
}

/* Asks other NSS sources about every entry a sync would record, without
 * the lock (the registry as it is now; entries recorded meanwhile are
 * asked about again under the lock). */
static void sync_prepare(const struct config *cfg, struct sync_ctx *x)
{
        struct registry *reg = NULL;
        struct ledger_plan p;
        char err[K8S_ERR_MAX];

        if (registry_load(cfg->state_dir, &reg, NULL, err, sizeof(err)) < 0)
                return; /* registry_apply says why */
        if (ledger_plan_sync(cfg, x->l, reg, note_elsewhere, x, &p) == 0)
                ledger_plan_clear(&p);
        registry_free(reg);
        if (x->oom) {
                held_clear(x);
        } else if (x->n_held) {
                qsort(x->held, x->n_held, sizeof(*x->held), cmp_note);
        }
}

/* Reports what the ledger and the plan refuse; returns how many. */
static size_t report_refusals(const struct ledger *l, const struct ledger_plan *p, bool log)
{
        for (size_t i = 0; i < l->n_problems; i++)
                ledger_say(log, "%s", l->problems[i]);
        for (size_t i = 0; i < p->n_conflicts; i++)
                ledger_say(log, "%s", p->conflicts[i]);
        return l->n_problems + p->n_conflicts;
}

/* sync: one run; the timer runs it every minute. */
static int sync_one(const struct config *cfg)
{
        struct ledger *l = NULL;
        struct sync_ctx x;
        char why[K8S_ERR_MAX];
        enum registry_status st;
        size_t refused;
        int rc;

        if (ledger_host_read(cfg, &l, why, sizeof(why)) != K8S_OK) {
                ledger_say(true, "sync: %s; the local registry is unchanged (the next run "
                           "tries again)", why);
                return EXIT_UNAVAIL;
        }
        memset(&x, 0, sizeof(x));
        x.l = l;
        sync_prepare(cfg, &x);
        st = registry_apply(cfg, plan_sync, &x, why, sizeof(why));
        if (st != REGISTRY_OK) {
                ledger_say(true, "sync: %s; the local registry is unchanged", why);
                rc = EXIT_UNAVAIL;
        } else {
                refused = report_refusals(l, &x.plan, true);
                printf("sync: %zu entr%s in the ledger, %zu recorded or retired here, %zu "
                       "refused\n", l->n, l->n == 1 ? "y" : "ies", x.plan.n, refused);
                rc = refused ? EXIT_DENY : 0;
        }
        ledger_plan_clear(&x.plan);
        held_clear(&x);
        ledger_free(l);
        return rc;
}

static int cmd_sync(int argc, char **argv)
{
        struct reg_args a;
        struct config *file;
        int rc;

        if (parse_reg_args(argc, argv, 0, 0, false, false, &a) < 0)
                return EXIT_USAGE;
        if (geteuid() != 0) {
                fprintf(stderr, "k8s-login: sync changes the UID registry: run it as root\n");
                return EXIT_UNAVAIL;
        }
        if ((rc = ledger_config(a.config, &file)) != 0)
                return rc;
        rc = each_ledger(file, sync_one);
        config_free(file);
        return rc;
}

static int ledger_status(const struct config *cfg)
{
        struct ledger *l = NULL;
        struct registry *reg = NULL;
        struct ledger_plan p;
        char why[K8S_ERR_MAX];
        size_t refused;
        int rc;

        if (ledger_host_read(cfg, &l, why, sizeof(why)) != K8S_OK) {
                fprintf(stderr, "k8s-login: %s\n", why);
                return EXIT_UNAVAIL;
        }
        if (load_registry(cfg, &reg) < 0) {
                ledger_free(l);
                return EXIT_UNAVAIL;
        }
        if (ledger_plan_sync(cfg, l, reg, ledger_host_elsewhere, NULL, &p) < 0) {
                fprintf(stderr, "k8s-login: out of memory\n");
                rc = EXIT_UNAVAIL;
                goto out;
        }
        refused = report_refusals(l, &p, false);
        printf("ledger: %zu entr%s in %s/%s (%u ConfigMaps of %u numbers or more)\n", l->n,
               l->n == 1 ? "y" : "ies", cfg->api_server, cfg->ledger_namespace,
               ledger_shard_count(cfg), LEDGER_SHARD_MIN);
        printf("this host: %zu entr%s; %zu to record or retire at the next sync; %zu refused; "
               "%zu held here but missing from the ledger\n", reg->n, reg->n == 1 ? "y" : "ies",
               p.n, refused, p.n_missing);
        printf("%s\n", !p.n && !refused ? "in step" : "not in step");
        rc = !p.n && !refused ? 0 : EXIT_DENY;
        ledger_plan_clear(&p);
out:
        registry_free(reg);
        ledger_free(l);
        return rc;
}

/* Appends "<key> <value>\n" to a growing list. */
static int entries_add(char **list, size_t *len, const char *key, const char *value)
{
        size_t n = strlen(key) + strlen(value) + 2;
        char *g = realloc(*list, *len + n + 1);

        if (!g)
                return -1;
        *list = g;
        snprintf(g + *len, n + 1, "%s %s\n", key, value);
        *len += n;
        return 0;
}

static int ledger_write(const struct config *cfg, const char *entries)
{
        char why[K8S_ERR_MAX], *report = NULL;
        enum k8s_status st;

        /* Nothing buffered may be copied into the helper's processes. */
        fflush(stdout);
        st = ledger_host_write(cfg, entries, &report, why, sizeof(why));

        if (report && report[0])
                fputs(report, stdout);
        free(report);
        if (st != K8S_OK) {
                fprintf(stderr, "k8s-login: %s\n", why);
                return st == K8S_REFUSED ? EXIT_DENY : EXIT_UNAVAIL;
        }
        return 0;
}

/* import: this host's registry into the ledger, all or nothing. */
static int ledger_import(const struct config *cfg)
{
        struct ledger *l = NULL;
        struct registry *reg = NULL;
        char why[K8S_ERR_MAX], *list = NULL, key[40], value[LEDGER_VALUE_MAX + 1], a[300];
        size_t len = 0, n_new = 0;
        int rc = EXIT_UNAVAIL;

        if (ledger_host_read(cfg, &l, why, sizeof(why)) != K8S_OK) {
                fprintf(stderr, "k8s-login: %s\n", why);
                return EXIT_UNAVAIL;
        }
        if (load_registry(cfg, &reg) < 0)
                goto out;
        for (size_t i = 0; i < reg->n; i++) {
                const struct registry_entry *r = reg->by_id[i];
                const struct ledger_entry *e = ledger_find(l, r->id), *pick;
                struct ledger_entry w;
                enum ledger_pick pk;

                if (!registry_in_pool(cfg, r->id) ||
                    strcmp(r->cluster, config_registry_cluster(cfg)) != 0)
                        continue;
                registry_describe(r, a, sizeof(a));
                memset(&w, 0, sizeof(w));
                w.n = r->id;
                w.kind = r->kind == REGISTRY_GROUP ? REGISTRY_GROUP : REGISTRY_USER;
                snprintf(w.ns, sizeof(w.ns), "%s", r->ns);
                snprintf(w.sa, sizeof(w.sa), "%s", r->sa);
                snprintf(w.sa_uid, sizeof(w.sa_uid), "%s", r->sa_uid);
                w.since = r->since;
                if (e) {
                        bool same = !e->malformed && e->kind == w.kind && !strcmp(e->ns, w.ns) &&
                                    !strcmp(e->sa, w.sa) && (!e->sa_uid[0] || !w.sa_uid[0] ||
                                                             !strcmp(e->sa_uid, w.sa_uid));
                        if (same)
                                continue;
                        fprintf(stderr, "k8s-login: import stopped: number %u is %s here, but "
                                "the ledger already gives it to another identity; nothing was "
                                "written. Resolve it on this host: give %s a new number with "
                                "'k8s-login release' (accounts) or 'k8s-login pin' after "
                                "retiring it, then import again\n", r->id, a, a);
                        rc = EXIT_DENY;
                        goto out;
                }
                pk = ledger_pick(l, w.ns, w.kind == REGISTRY_USER ? w.sa : NULL,
                                 w.sa_uid[0] ? w.sa_uid : NULL, &pick, why, sizeof(why));
                if (r->kind != REGISTRY_RETIRED && pk != LEDGER_PICK_NONE) {
                        fprintf(stderr, "k8s-login: import stopped: %s holds %u here, but the "
                                "ledger %s; nothing was written. Resolve it: keep the ledger's "
                                "number (on this host 'k8s-login release' the account and "
                                "chown its files), or 'k8s-login ledger retire' it there "
                                "and import again\n", a, r->id,
                                pk == LEDGER_PICK_FOUND ? "gives it another number" :
                                "is itself in conflict for it");
                        if (pk == LEDGER_PICK_FOUND)
                                fprintf(stderr, "k8s-login: the ledger gives it %u\n",
                                        pick->n);
                        rc = EXIT_DENY;
                        goto out;
                }
                snprintf(key, sizeof(key), "%u", r->id);
                if (ledger_format_value(&w, value, sizeof(value)) < 0 ||
                    entries_add(&list, &len, key, value) < 0)
                        goto oom;
                if (r->kind == REGISTRY_RETIRED) {
                        snprintf(key, sizeof(key), "%u" LEDGER_RETIRED_SUFFIX, r->id);
                        snprintf(value, sizeof(value), "retired since=%lld reason=admin",
                                 r->since);
                        if (entries_add(&list, &len, key, value) < 0)
                                goto oom;
                }
                n_new++;
        }
        if (!n_new) {
                printf("import: nothing to add; the ledger holds every entry of this host\n");
                rc = 0;
                goto out;
        }
        rc = ledger_write(cfg, list);
        if (rc == 0)
                printf("import: %zu entr%s added\n", n_new, n_new == 1 ? "y" : "ies");
        goto out;
oom:
        fprintf(stderr, "k8s-login: out of memory\n");
out:
        free(list);
        registry_free(reg);
        ledger_free(l);
        return rc;
}

/* pin NAME NUMBER, retire NAME. */
static int ledger_change(const struct config *cfg, bool pin, bool group, const char *name,
                         uint32_t want)
{
        struct names_identity id;
        struct ledger *l = NULL;
        const struct ledger_entry *e, *pick;
        char why[K8S_ERR_MAX], *list = NULL, key[40], value[LEDGER_VALUE_MAX + 1];
        size_t len = 0, n = 0;
        int rc = EXIT_UNAVAIL;

        if (name_arg(cfg, name, group, &id) < 0)
                return EXIT_NOT_OURS;
        if (ledger_host_read(cfg, &l, why, sizeof(why)) != K8S_OK) {
                fprintf(stderr, "k8s-login: %s\n", why);
                return EXIT_UNAVAIL;
        }
        if (pin) {
                struct ledger_entry w;
                if (!registry_in_pool(cfg, want)) {
                        fprintf(stderr, "k8s-login: %u is outside %u..%u (uid_min+1..uid_max)\n",
                                want, cfg->uid_min + 1, cfg->uid_max);
                        rc = EXIT_DENY;
                        goto out;
                }
                if ((e = ledger_find(l, want))) {
                        fprintf(stderr, "k8s-login: the ledger already holds %u (numbers are "
                                "never given twice)\n", want);
                        rc = EXIT_DENY;
                        goto out;
                }
                if (ledger_pick(l, id.ns, group ? NULL : id.sa, NULL, &pick, why,
                                sizeof(why)) != LEDGER_PICK_NONE) {
                        fprintf(stderr, "k8s-login: %s already has a number in the ledger: "
                                "'k8s-login ledger retire %s' first\n", name, name);
                        rc = EXIT_DENY;
                        goto out;
                }
                memset(&w, 0, sizeof(w));
                w.n = want;
                w.kind = group ? REGISTRY_GROUP : REGISTRY_USER;
                snprintf(w.ns, sizeof(w.ns), "%s", id.ns);
                snprintf(w.sa, sizeof(w.sa), "%s", group ? "" : id.sa);
                w.since = (long long)time(NULL);
                if (ledger_host_elsewhere(cfg, &w, NULL, why, sizeof(why)) != 0) {
                        fprintf(stderr, "k8s-login: %s\n", why);
                        rc = EXIT_DENY;
                        goto out;
                }
                snprintf(key, sizeof(key), "%u", want);
                if (ledger_format_value(&w, value, sizeof(value)) < 0 ||
                    entries_add(&list, &len, key, value) < 0)
                        goto oom;
                n = 1;
        } else {
                for (size_t i = 0; i < l->n; i++) {
                        e = &l->e[i];
                        if (e->malformed || e->retired || e->kind != REGISTRY_USER ||
                            strcmp(e->ns, id.ns) || strcmp(e->sa, id.sa))
                                continue;
                        snprintf(key, sizeof(key), "%u" LEDGER_RETIRED_SUFFIX, e->n);
                        snprintf(value, sizeof(value), "retired since=%lld reason=admin",
                                 (long long)time(NULL));
                        if (entries_add(&list, &len, key, value) < 0)
                                goto oom;
                        printf("retiring %u\n", e->n);
                        n++;
                }
                if (!n) {
                        fprintf(stderr, "k8s-login: %s has no active number in the ledger\n",
                                name);
                        rc = EXIT_NOT_OURS;
                        goto out;
                }
        }
        rc = ledger_write(cfg, list);
        if (rc == 0 && pin)
                printf("%u\n", want);
        goto out;
oom:
        fprintf(stderr, "k8s-login: out of memory\n");
out:
        free(list);
        ledger_free(l);
        return rc;
}

static int cmd_ledger(int argc, char **argv)
{
        const char *sub = argc > 2 ? argv[2] : "";
        bool pin = !strcmp(sub, "pin"), retire = !strcmp(sub, "retire");
        struct reg_args a;
        struct config *file;
        const struct config *cfg;
        uint32_t want = 0;
        int rc;

        if (strcmp(sub, "status") && strcmp(sub, "import") && !pin && !retire) {
                usage(stderr);
                return EXIT_USAGE;
        }
        /* The arguments after the subcommand, as for pin and release. */
        if (parse_reg_args(argc - 1, argv + 1, pin ? 2 : retire ? 1 : 0, pin ? 2 : retire ? 1 : 0,
                           false, pin, &a) < 0)
                return EXIT_USAGE;
        if (pin && !parse_number(a.pos[1], &want)) {
                not_a_number(a.pos[1]);
                return EXIT_USAGE;
        }
        /* Writing needs the ledger's credential, which is root's. */
        if (strcmp(sub, "status") && geteuid() != 0) {
                fprintf(stderr, "k8s-login: ledger %s writes the ledger: run it as root\n", sub);
                return EXIT_UNAVAIL;
        }
        if ((rc = ledger_config(a.config, &file)) != 0)
                return rc;
        if (!strcmp(sub, "status")) {
                rc = each_ledger(file, ledger_status);
        } else if (!strcmp(sub, "import")) {
                rc = each_ledger(file, ledger_import);
        } else if ((cfg = route(file, a.pos[0], a.group, 0))->uid_ledger != LEDGER_CONFIGMAP) {
                fprintf(stderr, "k8s-login: uid_ledger is not configmap for %s%s%s%s\n",
                        a.pos[0], cfg->cluster ? " in [cluster " : "",
                        cfg->cluster ? cfg->cluster : "", cfg->cluster ? "]" : "");
                rc = EXIT_UNAVAIL;
        } else {
                rc = ledger_change(cfg, pin, a.group, a.pos[0], want);
        }
        config_free(file);
        return rc;
}

/* jwks refresh: fetch the key set now and cache it (jwks_uri or
 * discovery); with jwks_file, just check that file. */
/* Fetches (or reads) one cluster's key set and lists its keys. */
static int jwks_refresh(const struct config *cfg)
{
        struct jwks *set = NULL;
        char why[K8S_ERR_MAX];
        enum k8s_status s;

        s = jwks_store_get(cfg, JWKS_FORCE, &set, NULL, why, sizeof(why));
        if (s != K8S_OK) {
                fprintf(stderr, "k8s-login: %s\n", why);
                return EXIT_UNAVAIL;
        }
        if (cfg->cluster)
                printf("cluster %s: ", cfg->cluster);
        printf("%s: %zu usable key%s", cfg->jwks_file ? cfg->jwks_file : "key set", set->n,
               set->n == 1 ? "" : "s");
        if (set->skipped)
                printf(", %zu skipped (see the system log)", set->skipped);
        printf("%s\n", cfg->jwks_file ? " (jwks_file: nothing to fetch)" :
               ", fetched and cached in state_dir");
        for (size_t i = 0; i < set->n; i++) {
                /* Built here, each of them: a login builds only the key its
                 * token names, so this is where a key OpenSSL refuses shows. */
                char bad[200];
                bool usable = jwks_key_pkey(&set->keys[i], bad, sizeof(bad)) != NULL;
                printf("  %s %s kid=%s%s%s\n", set->keys[i].kty == JWKS_RSA ? "RSA" : "EC",
                       set->keys[i].alg[0] ? set->keys[i].alg : "RS*",
                       set->keys[i].kid[0] ? set->keys[i].kid : "-",
                       usable ? "" : ": cannot be used: ", usable ? "" : bad);
        }
        jwks_free(set);
        return 0;
}

static int cmd_jwks(int argc, char **argv)
{
        const char *path = NULL;
        struct config *cfg;
        size_t used = 0;
        int rc = 0;

        if (argc < 3 || strcmp(argv[2], "refresh") != 0) {
                usage(stderr);
                return EXIT_USAGE;
        }
        /* parse_opts starts at argv[2]: skip the verb. */
        if (parse_opts(argc - 1, argv + 1, &path, NULL, NULL) < 0)
                return EXIT_USAGE;
        if (load(config_path(path), &cfg) < 0)
                return EXIT_UNAVAIL;
        /* Every cluster that uses a key set, in the order of the file. */
        for (size_t i = 0; i < config_cluster_count(cfg); i++) {
                const struct config *c = config_cluster(cfg, i);
                int r;
                if (c->validation == VALIDATION_TOKENREVIEW)
                        continue;
                used++;
                if ((r = jwks_refresh(c)) != 0)
                        rc = r;
        }
        if (used == 0) {
                fprintf(stderr, "k8s-login: %s: validation = tokenreview uses no key set\n", cfg->path);
                rc = EXIT_USAGE;
        }
        config_free(cfg);
        return rc;
}

/* --- status ------------------------------------------------------------ */

/* Exit codes of status, documented in k8s-login(1): 0 everything in
 * place, 1 (EXIT_DENY) a warning, 3 (EXIT_UNAVAIL) the config unusable. */

/* Whether the nsswitch.conf line of database db names the k8s service. */
static bool nsswitch_names_k8s(const char *text, const char *db)
{
        size_t dl = strlen(db);

        for (const char *line = text, *next; line && *line; line = next) {
                const char *p = line, *end = line + strcspn(line, "\n#");

                next = strchr(line, '\n');
                if (next)
                        next++;

                while (p < end && (*p == ' ' || *p == '\t'))
                        p++;
                if ((size_t)(end - p) <= dl || strncmp(p, db, dl) != 0)
                        continue;
                p += dl;
                while (p < end && (*p == ' ' || *p == '\t'))
                        p++;
                if (p >= end || *p != ':')
                        continue;
                for (p++; p < end;) {
                        size_t n;

                        while (p < end && (*p == ' ' || *p == '\t'))
                                p++;
                        n = strcspn(p, " \t\n#");
                        if (p + n > end)
                                n = (size_t)(end - p);
                        if (n == 3 && !strncmp(p, "k8s", 3))
                                return true;
                        p += n;
                }
        }
        return false;
}

/* Reads a small system file whole (NULL when it cannot). */
static char *read_small(const char *path)
{
        char *buf = calloc(1, 256 * 1024 + 1);
        size_t have = 0;
        int fd;

        if (!buf)
                return NULL;
        fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (fd < 0 || read_upto(fd, buf, 256 * 1024, &have) != 0) {
                if (fd >= 0)
                        close(fd);
                free(buf);
                return NULL;
        }
        close(fd);
        buf[have] = '\0';
        return buf;
}

/* Whether a PAM service file has a line (not a comment) using pam_k8s.so. */
static bool pam_file_uses_k8s(const char *path)
{
        char *text = read_small(path);
        bool found = false;

        for (char *line = text, *next; line && *line && !found; line = next) {
                next = strchr(line, '\n');
                if (next)
                        *next++ = '\0';
                line[strcspn(line, "#")] = '\0';
                found = strstr(line, "pam_k8s.so") != NULL;
        }
        free(text);
        return found;
}

static bool status_pam(void)
{
        static const char *const services[] = { "sshd", "sudo", "su", "login" };
        char names[256] = "";

        if (pam_file_uses_k8s("/etc/pam.d/common-auth")) {
                printf("pam: enabled in /etc/pam.d/common-auth (pam-auth-update)\n");
                return true;
        }
        for (size_t i = 0; i < sizeof(services) / sizeof(*services); i++) {
                char path[64];

                util_fmt(path, sizeof(path), "/etc/pam.d/%s", services[i]);
                if (pam_file_uses_k8s(path)) {
                        size_t n = strlen(names);
                        util_fmt(names + n, sizeof(names) - n, "%s%s", n ? ", " : "", services[i]);
                }
        }
        if (names[0]) {
                printf("pam: enabled in /etc/pam.d for %s\n", names);
                return true;
        }
        printf("pam: warning: pam_k8s.so is in neither /etc/pam.d/common-auth nor the sshd, "
               "sudo, su or login service (pam-auth-update --enable k8s-login)\n");
        return false;
}

static bool status_nsswitch(void)
{
        char *text = read_small("/etc/nsswitch.conf");
        bool pw = text && nsswitch_names_k8s(text, "passwd");
        bool gr = text && nsswitch_names_k8s(text, "group");

        free(text);
        if (pw && gr) {
                printf("nsswitch: k8s named for passwd and group\n");
                return true;
        }
        if (!text)
                printf("nsswitch: warning: /etc/nsswitch.conf cannot be read\n");
        else
                printf("nsswitch: warning: /etc/nsswitch.conf does not name k8s for %s\n",
                       !pw && !gr ? "passwd and group" : !pw ? "passwd" : "group");
        return false;
}

/* The key set line: true when there is nothing to warn about. */
static bool status_key_set(const struct config *cfg)
{
        char name[JWKS_NAME_MAX];
        long long age;

        if (cfg->validation == VALIDATION_TOKENREVIEW) {
                printf("key set: not used (validation = tokenreview)\n");
                return true;
        }
        if (cfg->jwks_file) {
                printf("key set: jwks_file %s\n", cfg->jwks_file);
                return true;
        }
        jwks_store_name(cfg, JWKS_CACHE_NAME, name);
        age = statefile_age(cfg->state_dir, name, time(NULL));
        if (age < 0) {
                printf("key set: warning: not fetched yet (no %s/%s; k8s-login jwks refresh)\n",
                       cfg->state_dir, name);
                return false;
        }
        printf("key set: %sfetched %lld s ago (%s/%s)\n", age > 86400 ? "warning: " : "", age,
               cfg->state_dir, name);
        return age <= 86400;
}

static bool status_registry(const struct config *cfg)
{
        struct registry *reg;
        char err[K8S_ERR_MAX];
        size_t users = 0, groups = 0, retired = 0;

        if (registry_load(cfg->state_dir, &reg, NULL, err, sizeof(err)) < 0) {
                printf("registry: warning: %s\n", err);
                return false;
        }
        for (size_t i = 0; i < reg->n; i++) {
                if (reg->e[i].kind == REGISTRY_USER)
                        users++;
                else if (reg->e[i].kind == REGISTRY_GROUP)
                        groups++;
                else
                        retired++;
        }
        printf("registry: %zu account%s, %zu group%s, %zu retired (%s/%s)\n", users,
               users == 1 ? "" : "s", groups, groups == 1 ? "" : "s", retired, cfg->state_dir,
               REGISTRY_FILE);
        registry_free(reg);
        return true;
}

static void status_cache(const struct config *cfg)
{
        char path[PATH_MAX];
        struct stat st;

        if (cfg->cache_ttl == 0) {
                printf("token cache: off (cache_ttl = 0)\n");
                return;
        }
        if (statefile_path(path, sizeof(path), cfg->state_dir, CACHE_FILE_NAME) == 0 &&
            lstat(path, &st) == 0 && S_ISREG(st.st_mode))
                printf("token cache: %lld bytes (%s, cache_ttl = %ld s)\n",
                       (long long)st.st_size, path, cfg->cache_ttl);
        else
                printf("token cache: empty (cache_ttl = %ld s)\n", cfg->cache_ttl);
}

static void status_line(const char *what, bool ok, const char *text)
{
        printf("%s: %s%s\n", what, ok ? "reachable: " : "FAILED: ", text);
}

static int cmd_status(int argc, char **argv)
{
        const char *path = NULL;
        struct config *cfg = NULL;
        bool connect = false;
        size_t problems;
        bool fine = true;

        if (parse_opts(argc, argv, &path, NULL, &connect) < 0)
                return EXIT_USAGE;
        path = config_path(path);
        problems = config_verdict(path, true, &cfg);
        if (!cfg)
                printf("config: unusable: %s does not load (k8s-login config-test says why)\n",
                       path);
        else if (problems)
                printf("config: unusable: %zu problem%s in %s (k8s-login config-test says "
                       "which%s)\n", problems, problems == 1 ? "" : "s", cfg->path,
                       geteuid() != 0 ? "; not run as root" : "");
        else
                printf("config: OK (%s)\n", cfg->path);
        /* Per cluster: its validation and key set (a "cluster" line first
         * when the file has sections); the registry and cache are the host's. */
        for (size_t i = 0; cfg && i < config_cluster_count(cfg); i++) {
                const struct config *c = config_cluster(cfg, i);
                if (c->cluster)
                        printf("cluster: %s\n", c->cluster);
                printf("validation: %s\n", config_validation_name(c->validation));
                fine &= status_key_set(c);
        }
        if (cfg) {
                fine &= status_registry(cfg);
                status_cache(cfg);
        }
        fine &= status_nsswitch();
        fine &= status_pam();
        /* An unreachable source is a warning: logins fail, the host is sound. */
        for (size_t i = 0; cfg && connect && i < config_cluster_count(cfg); i++)
                fine &= connect_checks(config_cluster(cfg, i), status_line) == 0;
        config_free(cfg);
        return problems ? EXIT_UNAVAIL : fine ? 0 : EXIT_DENY;
}

/* --- askpass ----------------------------------------------------------- */

/* Where a job's token is when K8S_LOGIN_TOKEN_FILE does not say: a token
 * projected for k8s-login's own audience, then the pod's default one. */
static const char *const default_token_files[] = {
        "/var/run/secrets/tokens/k8s-login",
        "/var/run/secrets/kubernetes.io/serviceaccount/token",
};

/* Reads a token file, following links (projected tokens are links into
 * ..data/), into a new buffer of TOKEN_MAX + 2 bytes, without trailing
 * white space. NULL with errno set (ENOENT: missing) and the reason in
 * why, which never quotes the file's content. */
static char *read_token_file(const char *path, size_t *len, char *why, size_t whylen)
{
        char *tok = NULL;
        size_t have = 0;
        struct stat st;
        int fd, err;

        /* O_NONBLOCK: a FIFO put there must not hang ssh. */
        fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) {
                err = errno;
                util_fmt(why, whylen, "cannot open %s: %s", path, strerror(err));
                errno = err;
                return NULL;
        }
        if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
                util_fmt(why, whylen, "%s is not a regular file", path);
                err = EINVAL;
                goto fail;
        }
        if (!(tok = calloc(1, TOKEN_MAX + 2))) {
                util_fmt(why, whylen, "out of memory");
                err = ENOMEM;
                goto fail;
        }
        if ((err = read_upto(fd, tok, TOKEN_MAX + 1, &have)) != 0) {
                util_fmt(why, whylen, "cannot read %s: %s", path, strerror(err));
                goto fail;
        }
        while (have > 0 && (tok[have - 1] == '\n' || tok[have - 1] == '\r' ||
                            tok[have - 1] == '\t' || tok[have - 1] == ' '))
                tok[--have] = '\0';
        err = EINVAL;
        if (have > TOKEN_MAX) {
                util_fmt(why, whylen, "%s holds more than %d bytes: not a token", path, TOKEN_MAX);
                goto fail;
        }
        if (!askpass_token_chars(tok, have)) {
                util_fmt(why, whylen, have ? "%s holds bytes a token never has" : "%s is empty", path);
                goto fail;
        }
        close(fd);
        *len = have;
        return tok;
fail:
        close(fd);
        util_wipe_free(tok, TOKEN_MAX + 2);
        errno = err;
        return NULL;
}

/* k8s-login askpass [PROMPT], or k8s-login-askpass [PROMPT] (ssh and
 * sudo run their askpass program with the prompt as its one argument):
 * prints the part of the token the prompt asks for, a backslash ending
 * every part but the last. args holds what follows the command. */
static int cmd_askpass(int nargs, char **args)
{
        const char *env = getenv("K8S_LOGIN_TOKEN_FILE");
        char why[K8S_ERR_MAX], line[ASKPASS_PART_MAX + 2], *tok = NULL;
        size_t len = 0, off, plen, n;
        int wanted;
        bool more;

        no_core_dumps();
        if (nargs > 1) {
                usage(stderr);
                return EXIT_USAGE;
        }
        /* Only the module's own prompts get a part: ssh also asks askpass
         * to confirm host keys and for other hosts' passwords and key
         * passphrases, and those must never see the token (nor loop on
         * an answer that will never do). The prompt is no secret: say
         * what was asked, made safe for a terminal. */
        if ((wanted = askpass_wanted(nargs == 1 ? args[0] : NULL)) == ASKPASS_NOT_OURS) {
                char shown[4 * 120 + 8];

                fprintf(stderr, "k8s-login askpass: not a k8s-login prompt (no '%s'), not "
                        "answered: %s\n", ASKPASS_PROMPT_WORDS,
                        util_sanitize(shown, sizeof(shown), args[0], 120));
                return EXIT_DENY;
        }
        if (wanted == 0) {
                fprintf(stderr, "k8s-login askpass: the prompt asks for a part that cannot exist\n");
                return EXIT_DENY;
        }
        if (env && *env) {
                tok = read_token_file(env, &len, why, sizeof(why));
        } else {
                for (size_t i = 0; i < sizeof(default_token_files) / sizeof(*default_token_files); i++)
                        if ((tok = read_token_file(default_token_files[i], &len, why, sizeof(why))) ||
                            errno != ENOENT)
                                break;
                if (!tok && errno == ENOENT)
                        util_fmt(why, sizeof(why), "no token file: set K8S_LOGIN_TOKEN_FILE, "
                                 "or project one to %s", default_token_files[0]);
        }
        if (!tok) {
                fprintf(stderr, "k8s-login askpass: %s\n", why);
                return EXIT_DENY;
        }
        if (!askpass_part(len, wanted, &off, &plen, &more)) {
                fprintf(stderr, "k8s-login askpass: the prompt asks for part %d of a token "
                        "of %zu part%s\n", wanted, askpass_parts(len), askpass_parts(len) == 1 ? "" : "s");
                util_wipe_free(tok, TOKEN_MAX + 2);
                return EXIT_DENY;
        }
        /* The part, its backslash and the newline, in one buffer so that
         * it is written (and wiped) whole. */
        memcpy(line, tok + off, plen);
        util_wipe_free(tok, TOKEN_MAX + 2);
        n = plen;
        if (more)
                line[n++] = '\\';
        line[n++] = '\n';
        for (size_t done = 0; done < n;) {
                ssize_t w = write(STDOUT_FILENO, line + done, n - done);

                if (w < 0 && errno == EINTR)
                        continue;
                if (w <= 0) {
                        explicit_bzero(line, sizeof(line));
                        fprintf(stderr, "k8s-login askpass: cannot write: %s\n", strerror(errno));
                        return EXIT_DENY;
                }
                done += (size_t)w;
        }
        explicit_bzero(line, sizeof(line));
        return 0;
}

/* --help or -h anywhere after a command: the usage, on standard output. */
static bool wants_help(int argc, char **argv)
{
        for (int i = 2; i < argc; i++)
                if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
                        return true;
        return false;
}

int main(int argc, char **argv)
{
        const char *self = strrchr(argv[0], '/');

        /* As k8s-login-askpass every argument is a prompt, and standard
         * output is the answer: never help text there. */
        if (!strcmp(self ? self + 1 : argv[0], "k8s-login-askpass"))
                return cmd_askpass(argc - 1, argv + 1);
        if (argc < 2) {
                usage(stderr);
                return EXIT_USAGE;
        }
        if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help") ||
            wants_help(argc, argv)) {
                usage(stdout);
                return 0;
        }
        if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
                if (argc > 2) {
                        unexpected(argv[1], 1, argv[2]);
                        return EXIT_USAGE;
                }
                printf("%s\n", PACKAGE_STRING);
                return 0;
        }
        if (!strcmp(argv[1], "check"))
                return cmd_check(argc, argv);
        if (!strcmp(argv[1], "config-test"))
                return cmd_config_test(argc, argv);
        if (!strcmp(argv[1], "status"))
                return cmd_status(argc, argv);
        if (!strcmp(argv[1], "users"))
                return cmd_users(argc, argv);
        if (!strcmp(argv[1], "uid"))
                return cmd_uid(argc, argv);
        if (!strcmp(argv[1], "name"))
                return cmd_name(argc, argv);
        if (!strcmp(argv[1], "pin") || !strcmp(argv[1], "rebind") ||
            !strcmp(argv[1], "release"))
                return cmd_change(argc, argv);
        if (!strcmp(argv[1], "sync"))
                return cmd_sync(argc, argv);
        if (!strcmp(argv[1], "ledger"))
                return cmd_ledger(argc, argv);
        if (!strcmp(argv[1], "jwks"))
                return cmd_jwks(argc, argv);
        if (!strcmp(argv[1], "askpass"))
                return cmd_askpass(argc - 2, argv + 2);
        /* Named only when it cannot be a token. */
        if (printable_word(argv[1]))
                fprintf(stderr, "k8s-login: unknown command '%s'\n", argv[1]);
        else
                fprintf(stderr, "k8s-login: unknown command (%zu bytes)\n", strlen(argv[1]));
        usage(stderr);
        return EXIT_USAGE;
}
