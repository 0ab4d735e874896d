/* /etc/k8s-login.conf: strict key = value parsing. libc only. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "k8s/config.h"
#include "k8s/util.h"

enum key_type { T_STRING, T_PATH, T_URL, T_LIST, T_BOOL, T_LONG, T_SPECIAL };

struct key {
        const char *name;
        enum key_type type;
        size_t offset;      /* into struct config */
        long min, max;      /* T_LONG */
};

#define OFF(f) offsetof(struct config, f)
static const struct key keys[] = {
        { "validation", T_SPECIAL, 0, 0, 0 },
        { "api_server", T_URL, OFF(api_server), 0, 0 },
        { "ca_file", T_PATH, OFF(ca_file), 0, 0 },
        { "jwks_ca_file", T_PATH, OFF(jwks_ca_file), 0, 0 },
        { "reviewer_token_file", T_PATH, OFF(reviewer_token_file), 0, 0 },
        { "audiences", T_LIST, OFF(audiences), 0, 0 },
        { "issuer", T_STRING, OFF(issuer), 0, 0 },
        { "jwks_file", T_PATH, OFF(jwks_file), 0, 0 },
        { "jwks_uri", T_URL, OFF(jwks_uri), 0, 0 },
        { "allow_namespaces", T_LIST, OFF(allow_namespaces), 0, 0 },
        { "allow_service_accounts", T_LIST, OFF(allow_service_accounts), 0, 0 },
        { "user_format", T_STRING, OFF(user_format), 0, 0 },
        { "group_format", T_STRING, OFF(group_format), 0, 0 },
        { "all_group", T_STRING, OFF(all_group), 0, 0 },
        { "uid_min", T_SPECIAL, 0, 0, 0 },
        { "uid_max", T_SPECIAL, 0, 0, 0 },
        { "home_format", T_STRING, OFF(home_format), 0, 0 },
        { "shell", T_PATH, OFF(shell), 0, 0 },
        { "state_dir", T_PATH, OFF(state_dir), 0, 0 },
        { "timeout", T_LONG, OFF(timeout), 1, CONFIG_MAX_TIMEOUT },
        { "max_token_lifetime", T_LONG, OFF(max_token_lifetime), 60, CONFIG_MAX_MAX_LIFETIME },
        { "cache_ttl", T_LONG, OFF(cache_ttl), 0, CONFIG_MAX_CACHE_TTL },
        { "allow_legacy_tokens", T_BOOL, OFF(allow_legacy_tokens), 0, 0 },
        { "allow_recreated", T_BOOL, OFF(allow_recreated), 0, 0 },
        { "jwks_max_stale", T_LONG, OFF(jwks_max_stale), 60, CONFIG_MAX_JWKS_MAX_STALE },
        { "max_reviews_per_second", T_LONG, OFF(max_reviews_per_second), 0,
          CONFIG_MAX_REVIEWS_PER_SECOND },
        { "helper", T_PATH, OFF(helper), 0, 0 },
        { "uid_ledger", T_SPECIAL, 0, 0, 0 },
        { "ledger_namespace", T_STRING, OFF(ledger_namespace), 0, 0 },
        { "ledger_token_file", T_PATH, OFF(ledger_token_file), 0, 0 },
};
#define N_KEYS (sizeof(keys) / sizeof(keys[0]))

const char *config_validation_name(enum config_validation v)
{
        return v == VALIDATION_JWKS ? "jwks" :
               v == VALIDATION_JWKS_TOKENREVIEW ? "jwks+tokenreview" : "tokenreview";
}

static void list_clear(struct config_list *l)
{
        for (size_t i = 0; i < l->n; i++)
                free(l->items[i]);
        free(l->items);
        l->items = NULL;
        l->n = 0;
}

void config_free(struct config *cfg)
{
        if (!cfg)
                return;
        for (size_t i = 0; i < N_KEYS; i++) {
                void *field = (char *)cfg + keys[i].offset;
                if (keys[i].type == T_LIST)
                        list_clear(field);
                else if (keys[i].type == T_STRING || keys[i].type == T_PATH ||
                         keys[i].type == T_URL)
                        free(*(char **)field);
        }
        free(cfg->path);
        free(cfg);
}

static char *trim(char *s)
{
        char *e;

        while (*s == ' ' || *s == '\t')
                s++;
        e = s + strlen(s);
        while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
                *--e = '\0';
        return s;
}

static bool printable(const char *s)
{
        for (; *s; s++)
                if ((unsigned char)*s < 0x20 || (unsigned char)*s == 0x7f)
                        return false;
        return true;
}

/* Splits a comma-separated list; empty items are errors, an empty value is
 * an empty list. */
static int parse_list(char *value, struct config_list *l, const char **why)
{
        char *rest = value, *tok;

        if (!*value)
                return 0;
        while ((tok = strsep(&rest, ",")) != NULL) {
                char *item = trim(tok), **grown;
                if (!*item || strpbrk(item, " \t")) {
                        *why = !*item ? "an empty item" : "an item containing white space";
                        return -1;
                }
                grown = realloc(l->items, (l->n + 1) * sizeof(*grown));
                if (!grown)
                        goto oom;
                l->items = grown;
                if (!(grown[l->n] = strdup(item)))
                        goto oom;
                l->n++;
        }
        return 0;
oom:
        *why = "out of memory";
        return -1;
}

/* https://host[:port][/path] with no user info, query or fragment. */
static bool https_url_ok(const char *v, const char **why)
{
        const char *host = v + 8, *end;

        if (strncmp(v, "https://", 8) != 0) {
                *why = strncmp(v, "http://", 7) == 0 ? "plain http is refused: use https://"
                                                     : "expected https://host[:port]";
                return false;
        }
        if (strpbrk(v, "?#@ \\") || !*host || *host == '/' || *host == ':') {
                *why = "expected https://host[:port] with no user, query or fragment";
                return false;
        }
        if (*host == '[') {
                end = strchr(host, ']');
                if (!end || end == host + 1) {
                        *why = "bad IPv6 address";
                        return false;
                }
                end++;
        } else {
                end = host + strcspn(host, ":/");
                for (const char *p = host; p < end; p++)
                        if (!isalnum((unsigned char)*p) && *p != '-' && *p != '.') {
                                *why = "bad host name";
                                return false;
                        }
        }
        if (*end == ':') {
                long port;
                char buf[8] = "";
                size_t n = strcspn(end + 1, "/");
                if (n == 0 || n >= sizeof(buf)) {
                        *why = "bad port";
                        return false;
                }
                memcpy(buf, end + 1, n);
                if (util_parse_long(buf, 1, 65535, &port) < 0) {
                        *why = "bad port (expected 1-65535)";
                        return false;
                }
                end += 1 + n;
        }
        if (*end && *end != '/') {
                *why = "expected https://host[:port]";
                return false;
        }
        return true;
}

static int parse_bool(const char *v, bool *out)
{
        if (!strcmp(v, "yes") || !strcmp(v, "true") || !strcmp(v, "1"))
                *out = true;
        else if (!strcmp(v, "no") || !strcmp(v, "false") || !strcmp(v, "0"))
                *out = false;
        else
                return -1;
        return 0;
}

static bool glob_ok(const char *g, bool with_colon)
{
        for (const char *p = g; *p; p++)
                if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) ||
                      strchr("-.*?[]!", *p) || (with_colon && *p == ':')))
                        return false;
        return true;
}

static int set_value(struct config *cfg, const struct key *k, char *value,
                     const char **why, char *whybuf, size_t whylen)
{
        void *field = (char *)cfg + k->offset;
        long v;

        if (!printable(value)) {
                *why = "control characters are not allowed";
                return -1;
        }
        if (!strcmp(k->name, "validation")) {
                if (!strcmp(value, "tokenreview"))
                        cfg->validation = VALIDATION_TOKENREVIEW;
                else if (!strcmp(value, "jwks"))
                        cfg->validation = VALIDATION_JWKS;
                else if (!strcmp(value, "jwks+tokenreview"))
                        cfg->validation = VALIDATION_JWKS_TOKENREVIEW;
                else {
                        *why = "expected tokenreview or jwks (or jwks+tokenreview)";
                        return -1;
                }
                return 0;
        }
        if (!strcmp(k->name, "uid_ledger")) {
                if (!strcmp(value, "none"))
                        cfg->uid_ledger = LEDGER_NONE;
                else if (!strcmp(value, "configmap"))
                        cfg->uid_ledger = LEDGER_CONFIGMAP;
                else {
                        *why = "expected none or configmap";
                        return -1;
                }
                return 0;
        }
        if (!strcmp(k->name, "uid_min") || !strcmp(k->name, "uid_max")) {
                /* GIDs share the range: never produce a system GID. */
                if (util_parse_long(value, 1000, 4294967294L, &v) < 0) {
                        *why = "expected a whole number from 1000 to 4294967294";
                        return -1;
                }
                if (!strcmp(k->name, "uid_min"))
                        cfg->uid_min = (uint32_t)v;
                else
                        cfg->uid_max = (uint32_t)v;
                return 0;
        }
        switch (k->type) {
        case T_LONG:
                if (util_parse_long(value, k->min, k->max, &v) < 0) {
                        util_fmt(whybuf, whylen, "expected a whole number from %ld to %ld",
                                 k->min, k->max);
                        *why = whybuf;
                        return -1;
                }
                *(long *)field = v;
                return 0;
        case T_BOOL:
                if (parse_bool(value, field) < 0) {
                        *why = "expected yes or no";
                        return -1;
                }
                return 0;
        case T_LIST:
                return parse_list(value, field, why);
        case T_PATH:
                if (value[0] != '/') {
                        *why = "expected an absolute path";
                        return -1;
                }
                break;
        case T_URL:
                if (!https_url_ok(value, why))
                        return -1;
                break;
        default:
                if (!*value) {
                        *why = "expected a value";
                        return -1;
                }
                break;
        }
        if (!(*(char **)field = strdup(value))) {
                *why = "out of memory";
                return -1;
        }
        return 0;
}

static int set_default(char **field, const char *v)
{
        if (*field)
                return 0;
        *field = strdup(v);
        return *field ? 0 : -1;
}

static int key_index_of(const char *name)
{
        for (size_t i = 0; i < N_KEYS; i++)
                if (!strcmp(keys[i].name, name))
                        return (int)i;
        return -1;
}

/* Reports an error about key: "path:LINE: key 'KEY': ..." where the key
 * was given, "path: key 'KEY': ..." where it was not. Returns -1. */
static int key_error(char *err, size_t errlen, const struct config *cfg,
                     const unsigned *lines, const char *key, const char *fmt, ...)
        __attribute__((format(printf, 6, 7)));
static int key_error(char *err, size_t errlen, const struct config *cfg,
                     const unsigned *lines, const char *key, const char *fmt, ...)
{
        unsigned line = lines[key_index_of(key)];
        char msg[K8S_ERR_MAX];
        va_list ap;

        va_start(ap, fmt);
        vsnprintf(msg, sizeof(msg), fmt, ap);
        va_end(ap);
        if (line)
                util_fmt(err, errlen, "%s:%u: key '%s': %s", cfg->path, line, key, msg);
        else
                util_fmt(err, errlen, "%s: key '%s': %s", cfg->path, key, msg);
        return -1;
}

/* Checks that need the whole file: required keys, defaults, formats.
 * lines[i] is the line that set keys[i], 0 when absent. */
static int finish(struct config *cfg, const unsigned *lines, char *err, size_t errlen)
{
        const char *bad = NULL;
        char why[256];

        if (set_default(&cfg->user_format, "%n_%s") < 0 ||
            set_default(&cfg->group_format, "k8s_%n") < 0 ||
            set_default(&cfg->all_group, "k8s") < 0 ||
            set_default(&cfg->home_format, "/home/%u") < 0 ||
            set_default(&cfg->shell, "/bin/bash") < 0 ||
            set_default(&cfg->state_dir, "/var/lib/k8s-login") < 0 ||
            set_default(&cfg->helper, CONFIG_DEFAULT_HELPER) < 0 ||
            set_default(&cfg->ledger_namespace, CONFIG_DEFAULT_LEDGER_NAMESPACE) < 0 ||
            (cfg->reviewer_token_file &&
             set_default(&cfg->ledger_token_file, cfg->reviewer_token_file) < 0)) {
                util_fmt(err, errlen, "%s: out of memory", cfg->path);
                return -1;
        }
        if (cfg->audiences.n == 0)
                return key_error(err, errlen, cfg, lines, "audiences", "required, with at "
                                 "least one audience dedicated to this host");
        if (!lines[key_index_of("allow_namespaces")])
                return key_error(err, errlen, cfg, lines, "allow_namespaces",
                                 "required (an empty value lets nobody in)");
        for (size_t i = 0; i < cfg->allow_namespaces.n; i++)
                if (!glob_ok(cfg->allow_namespaces.items[i], false))
                        return key_error(err, errlen, cfg, lines, "allow_namespaces",
                                         "'%s' is not a namespace glob (a-z, 0-9, '-', "
                                         "'.', '*', '?', [...])", cfg->allow_namespaces.items[i]);
        cfg->have_allow_service_accounts = lines[key_index_of("allow_service_accounts")] != 0;
        for (size_t i = 0; i < cfg->allow_service_accounts.n; i++) {
                const char *g = cfg->allow_service_accounts.items[i];
                const char *c = strchr(g, ':');
                if (!glob_ok(g, true) || !c || c == g || !c[1] || strchr(c + 1, ':'))
                        return key_error(err, errlen, cfg, lines, "allow_service_accounts",
                                         "'%s' is not a namespace:name glob", g);
        }
        if (!names_check_user_format(cfg->user_format, why, sizeof(why)))
                return key_error(err, errlen, cfg, lines, "user_format", "%s", why);
        if (!names_check_group_format(cfg->group_format, why, sizeof(why)))
                return key_error(err, errlen, cfg, lines, "group_format", "%s", why);
        if (!names_check_local(cfg->all_group))
                return key_error(err, errlen, cfg, lines, "all_group", "expected a group name "
                                 "(a-z, 0-9, '-', '.', '_', '@', '+', '~')");
        if (cfg->home_format[0] != '/' || strstr(cfg->home_format, ".."))
                return key_error(err, errlen, cfg, lines, "home_format",
                                 "expected an absolute path without '..'");
        for (const char *h = cfg->home_format; (h = strchr(h, '%')); h += 2)
                if (!h[1] || !strchr("nsu%", h[1]))
                        return key_error(err, errlen, cfg, lines, "home_format",
                                         "unknown directive (expected %%n, %%s, %%u)");
        /* uid_min is all_group's GID; accounts and groups need more. */
        if (cfg->uid_min >= cfg->uid_max)
                return key_error(err, errlen, cfg, lines, "uid_max", "%u must be above uid_min "
                                 "%u (uid_min is all_group's GID, the rest are for accounts "
                                 "and namespace groups)", cfg->uid_max, cfg->uid_min);
        if (cfg->validation != VALIDATION_JWKS) {
                if (!cfg->api_server)
                        return key_error(err, errlen, cfg, lines, "api_server",
                                         "required with validation = %s",
                                         config_validation_name(cfg->validation));
                if (!cfg->reviewer_token_file)
                        return key_error(err, errlen, cfg, lines, "reviewer_token_file",
                                         "required with validation = %s",
                                         config_validation_name(cfg->validation));
        }
        /* The ledger lives in the API server, whatever validates tokens. */
        if (cfg->uid_ledger == LEDGER_CONFIGMAP) {
                if (!cfg->api_server)
                        return key_error(err, errlen, cfg, lines, "api_server",
                                         "required with uid_ledger = configmap");
                if (!cfg->ledger_token_file && !cfg->reviewer_token_file)
                        return key_error(err, errlen, cfg, lines, "ledger_token_file",
                                         "required with uid_ledger = configmap (or "
                                         "reviewer_token_file)");
        }
        if (cfg->ledger_namespace && (!names_is_dns1123_label(cfg->ledger_namespace) ||
                                      strlen(cfg->ledger_namespace) > NAMES_NS_MAX))
                return key_error(err, errlen, cfg, lines, "ledger_namespace",
                                 "expected a namespace name (a DNS-1123 label)");
        if (cfg->validation != VALIDATION_TOKENREVIEW) {
                if (!cfg->issuer)
                        return key_error(err, errlen, cfg, lines, "issuer",
                                         "required with validation = %s",
                                         config_validation_name(cfg->validation));
                if (!cfg->jwks_file && !cfg->jwks_uri && !https_url_ok(cfg->issuer, &bad))
                        return key_error(err, errlen, cfg, lines, "issuer", "without jwks_file "
                                         "or jwks_uri the issuer must be an https URL to "
                                         "discover the key set: %s", bad);
        }
        /* The API server is a trimmed base URL: requests append the path. */
        if (cfg->api_server) {
                size_t n = strlen(cfg->api_server);
                while (n > 8 && cfg->api_server[n - 1] == '/')
                        cfg->api_server[--n] = '\0';
        }
        return 0;
}

int config_parse(const char *path, const char *text, struct config **out,
                 char *err, size_t errlen)
{
        struct config *cfg;
        unsigned lines[N_KEYS] = { 0 };
        char *copy = NULL, *line, *save = NULL, whybuf[128];
        unsigned lineno = 0;
        int r = -1;

        *out = NULL;
        cfg = calloc(1, sizeof(*cfg));
        if (!cfg || !(cfg->path = strdup(path)) || !(copy = strdup(text))) {
                util_fmt(err, errlen, "%s: out of memory", path);
                goto out;
        }
        cfg->validation = VALIDATION_TOKENREVIEW;
        cfg->uid_min = CONFIG_DEFAULT_UID_MIN;
        cfg->uid_max = CONFIG_DEFAULT_UID_MAX;
        cfg->timeout = CONFIG_DEFAULT_TIMEOUT;
        cfg->max_token_lifetime = CONFIG_DEFAULT_MAX_LIFETIME;
        cfg->cache_ttl = CONFIG_DEFAULT_CACHE_TTL;
        cfg->jwks_max_stale = CONFIG_DEFAULT_JWKS_MAX_STALE;
        cfg->max_reviews_per_second = CONFIG_DEFAULT_REVIEWS_PER_SECOND;

        /* strsep keeps empty lines, so line numbers stay exact. */
        for (save = copy; (line = strsep(&save, "\n")) != NULL;) {
                char *eq, *key, *value;
                const char *why = NULL;
                int idx;

                lineno++;
                if (!save && !*line)
                        break;
                /* '#' starts a comment, also after a value. */
                line[strcspn(line, "#")] = '\0';
                key = trim(line);
                if (!*key)
                        continue;
                eq = strchr(key, '=');
                if (!eq) {
                        util_fmt(err, errlen, "%s:%u: expected 'key = value'", path, lineno);
                        goto out;
                }
                *eq = '\0';
                value = trim(eq + 1);
                key = trim(key);
                idx = key_index_of(key);
                if (idx < 0) {
                        char k[64];
                        util_fmt(err, errlen, "%s:%u: unknown key '%s'", path, lineno,
                                 util_sanitize(k, sizeof(k), key, 40));
                        goto out;
                }
                if (lines[idx]) {
                        util_fmt(err, errlen, "%s:%u: key '%s': given twice (first on line %u)",
                                 path, lineno, key, lines[idx]);
                        goto out;
                }
                lines[idx] = lineno;
                if (set_value(cfg, &keys[idx], value, &why, whybuf, sizeof(whybuf)) < 0) {
                        util_fmt(err, errlen, "%s:%u: key '%s': %s", path, lineno, key, why);
                        goto out;
                }
        }
        if (finish(cfg, lines, err, errlen) < 0)
                goto out;
        *out = cfg;
        cfg = NULL;
        r = 0;
out:
        free(copy);
        config_free(cfg);
        return r;
}

int config_load(const char *path, struct config **out, char *err, size_t errlen)
{
        char *text = NULL;
        int r;

        *out = NULL;
        if (!path)
                path = CONFIG_DEFAULT_PATH;
        if (util_read_trusted_file(path, 0, CONFIG_MAX_SIZE, &text, NULL, err, errlen) < 0)
                return -1;
        r = config_parse(path, text, out, err, errlen);
        free(text);
        return r;
}

bool config_namespace_allowed(const struct config *cfg, const char *ns)
{
        for (size_t i = 0; i < cfg->allow_namespaces.n; i++)
                if (fnmatch(cfg->allow_namespaces.items[i], ns, 0) == 0)
                        return true;
        return false;
}

bool config_identity_allowed(const struct config *cfg, const struct names_identity *id)
{
        char both[NAMES_NS_MAX + 1 + NAMES_SA_MAX + 1];

        if (!config_namespace_allowed(cfg, id->ns))
                return false;
        if (!cfg->have_allow_service_accounts)
                return true;
        snprintf(both, sizeof(both), "%s:%s", id->ns, id->sa);
        for (size_t i = 0; i < cfg->allow_service_accounts.n; i++)
                if (fnmatch(cfg->allow_service_accounts.items[i], both, 0) == 0)
                        return true;
        return false;
}

bool config_has_audience(const struct config *cfg, const char *aud)
{
        for (size_t i = 0; i < cfg->audiences.n; i++)
                if (aud && !strcmp(cfg->audiences.items[i], aud))
                        return true;
        return false;
}
