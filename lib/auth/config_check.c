/* What logins need beyond a config that parses: see k8s/config_check.h.
 * Each check reads a file the way the login path does, so a file that
 * passes here is one a login accepts. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "k8s/config_check.h"
#include "k8s/util.h"


struct checker {
        const struct config *cfg;
        config_check_report report;
        void *ctx;
        size_t n;
};

static void problem(struct checker *c, const char *key, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
static void problem(struct checker *c, const char *key, const char *fmt, ...)
{
        char msg[K8S_ERR_MAX], line[K8S_ERR_MAX + 128];
        va_list ap;

        va_start(ap, fmt);
        vsnprintf(msg, sizeof(msg), fmt, ap);
        va_end(ap);
        if (key && c->cfg->cluster)
                util_fmt(line, sizeof(line), "%s: [cluster %s]: key '%s': %s", c->cfg->path,
                         c->cfg->cluster, key, msg);
        else if (key)
                util_fmt(line, sizeof(line), "%s: key '%s': %s", c->cfg->path, key, msg);
        else
                util_fmt(line, sizeof(line), "%s: %s", c->cfg->path, msg);
        c->n++;
        if (c->report)
                c->report(c->ctx, line);
}

int config_check_secret_file(const char *path, char *err, size_t errlen)
{
        struct stat st;

        if (stat(path, &st) < 0) {
                util_fmt(err, errlen, "%s: %s", path, strerror(errno));
                return -1;
        }
        if (!S_ISREG(st.st_mode)) {
                util_fmt(err, errlen, "%s: not a regular file", path);
                return -1;
        }
        if (st.st_mode & (S_IRGRP | S_IROTH)) {
                util_fmt(err, errlen, "%s: readable by group or others (mode %04o): every "
                         "local user could use this credential; make it mode 0600", path,
                         (unsigned)(st.st_mode & 07777));
                return -1;
        }
        return 0;
}

/* A file read as the login path reads it: exists, regular, owned by root,
 * not writable by group or others, within the size limit. *text (may be
 * NULL) receives its content, wiped and freed by the caller. */
static int trusted_file(struct checker *c, const char *key, const char *path, size_t max,
                        char **text, size_t *len)
{
        char err[K8S_ERR_MAX], *buf = NULL;
        size_t n = 0;

        if (util_read_trusted_file(path, UTIL_FOLLOW, max, &buf, &n, err, sizeof(err)) < 0) {
                problem(c, key, "%s", err);
                return -1;
        }
        if (text) {
                *text = buf;
                *len = n;
        } else {
                util_wipe_free(buf, n + 1);
        }
        return 0;
}

static void check_ca(struct checker *c, const char *key, const char *path)
{
        char *text;
        size_t len;

        if (!path || trusted_file(c, key, path, CONFIG_CA_FILE_MAX, &text, &len) < 0)
                return;
        if (!strstr(text, "-----BEGIN CERTIFICATE-----"))
                problem(c, key, "%s: holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
                        path);
        free(text);
}

static void check_secret(struct checker *c, const char *key, const char *path)
{
        char err[K8S_ERR_MAX], *text;
        size_t len, n;

        if (!path || trusted_file(c, key, path, CONFIG_TOKEN_FILE_MAX, &text, &len) < 0)
                return;
        /* As the login path reads it: one line of printable text. */
        n = util_bearer_len(text, len);
        util_wipe_free(text, len + 1);
        if (n == 0)
                problem(c, key, "%s: empty or not one line of printable text", path);
        if (config_check_secret_file(path, err, sizeof(err)) < 0)
                problem(c, key, "%s", err);
}

/* The config must be readable by every process: the NSS module reads it
 * in each of them, and one that cannot read it answers nothing. */
static void check_config_readable(struct checker *c)
{
        char dir[PATH_MAX], *slash;
        struct stat st;

        if (stat(c->cfg->path, &st) < 0) {
                problem(c, NULL, "%s", strerror(errno));
                return;
        }
        if (!(st.st_mode & S_IROTH))
                problem(c, NULL, "not readable by others (mode %04o): the NSS module cannot "
                        "read it in processes that are not root, so getent passwd, id and ls "
                        "show no k8s-login account there; make it mode 0644",
                        (unsigned)(st.st_mode & 07777));
        if (strlen(c->cfg->path) >= sizeof(dir) || c->cfg->path[0] != '/')
                return;
        strcpy(dir, c->cfg->path);
        while ((slash = strrchr(dir, '/')) != NULL) {
                if (slash == dir)
                        slash[1] = '\0';
                else
                        *slash = '\0';
                if (stat(dir, &st) == 0 && !(st.st_mode & S_IXOTH))
                        problem(c, NULL, "directory %s is not searchable by others (mode "
                                "%04o): the NSS module cannot read the config in processes "
                                "that are not root", dir, (unsigned)(st.st_mode & 07777));
                if (slash == dir)
                        break;
        }
}

/* state_dir: trusted as the login path trusts it, and searchable by
 * every process (the NSS module reads state_dir/uids in each). Missing is
 * fine: the first login creates it. */
static void check_state_dir(struct checker *c)
{
        char err[K8S_ERR_MAX];
        struct stat st;

        if (util_trusted_dir(c->cfg->state_dir, err, sizeof(err)) < 0) {
                char parent[PATH_MAX], *slash;

                if (errno != ENOENT) {
                        problem(c, "state_dir", "%s", err);
                        return;
                }
                /* A login creates state_dir itself, but not what is above it. */
                if (strlen(c->cfg->state_dir) < sizeof(parent)) {
                        strcpy(parent, c->cfg->state_dir);
                        slash = strrchr(parent, '/');
                        if (slash && slash != parent) {
                                *slash = '\0';
                                if (stat(parent, &st) < 0 || !S_ISDIR(st.st_mode))
                                        problem(c, "state_dir", "%s: missing, and a login cannot "
                                                "create it: %s is not a directory",
                                                c->cfg->state_dir, parent);
                        }
                }
                return;
        }
        if (stat(c->cfg->state_dir, &st) == 0 && !(st.st_mode & S_IXOTH))
                problem(c, "state_dir", "%s: not searchable by others (mode %04o): the NSS "
                        "module cannot read the UID registry in processes that are not root; "
                        "make it mode 0755", c->cfg->state_dir, (unsigned)(st.st_mode & 07777));
}

bool config_check_placeholder_url(const char *url)
{
        const char *host, *end;

        if (!url || strncmp(url, "https://", 8) != 0)
                return false;
        host = url + 8;
        end = host + strcspn(host, ":/?#");
        for (const char *p = host; p < end;) {
                const char *dot = memchr(p, '.', (size_t)(end - p));
                size_t n = (size_t)((dot ? dot : end) - p);

                if ((n == 7 && !strncasecmp(p, "example", 7)) ||
                    (!dot && n == 7 && !strncasecmp(p, "invalid", 7)))
                        return true;
                if (!dot)
                        break;
                p = dot + 1;
        }
        return false;
}

static void check_placeholder(struct checker *c, const char *key, const char *url)
{
        if (config_check_placeholder_url(url))
                problem(c, key, "%s is a placeholder (an example host): set the real one", url);
}

static void check_shell(struct checker *c)
{
        struct stat st;

        if (stat(c->cfg->shell, &st) < 0)
                problem(c, "shell", "%s: %s", c->cfg->shell, strerror(errno));
        else if (!S_ISREG(st.st_mode) || !(st.st_mode & S_IXOTH))
                problem(c, "shell", "%s: not an executable file", c->cfg->shell);
}

static void check_cluster(struct checker *c0);

size_t config_check(const struct config *cfg, config_check_report report, void *ctx)
{
        struct checker c = { cfg, report, ctx, 0 };

        check_config_readable(&c);
        check_state_dir(&c);
        check_shell(&c);
        /* The rest once per cluster, each problem naming its section. */
        for (size_t i = 0; i < config_cluster_count(cfg); i++) {
                c.cfg = config_cluster(cfg, i);
                check_cluster(&c);
        }
        return c.n;
}

static void check_cluster(struct checker *c0)
{
        struct checker c = *c0;
        const struct config *cfg = c.cfg;

        check_placeholder(&c, "api_server", cfg->api_server);
        check_placeholder(&c, "issuer", cfg->issuer);
        check_placeholder(&c, "jwks_uri", cfg->jwks_uri);
        check_ca(&c, "ca_file", cfg->ca_file);
        check_ca(&c, "jwks_ca_file", cfg->jwks_ca_file);
        check_secret(&c, "reviewer_token_file", cfg->reviewer_token_file);
        /* The ledger's credential, when it is not the reviewer's. */
        if (cfg->uid_ledger == LEDGER_CONFIGMAP && cfg->ledger_token_file &&
            (!cfg->reviewer_token_file ||
             strcmp(cfg->ledger_token_file, cfg->reviewer_token_file) != 0))
                check_secret(&c, "ledger_token_file", cfg->ledger_token_file);
        if (cfg->jwks_file)
                (void)trusted_file(&c, "jwks_file", cfg->jwks_file, CONFIG_JWKS_FILE_MAX, NULL, NULL);
        if (cfg->allow_namespaces.n == 0)
                problem(&c, "allow_namespaces", "empty: nobody may log in");
        c0->n = c.n;
}
