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
        /* A shared config goes with its last holder. */
        if (__atomic_load_n(&cfg->shared_refs, __ATOMIC_ACQUIRE) != 0 &&
            __atomic_sub_fetch(&cfg->shared_refs, 1, __ATOMIC_ACQ_REL) != 0)
                return;
        for (size_t i = 0; i < N_KEYS; i++) {
                void *field = (char *)cfg + keys[i].offset;
                if (keys[i].type == T_LIST)
                        list_clear(field);
                else if (keys[i].type == T_STRING || keys[i].type == T_PATH ||
                         keys[i].type == T_URL)
                        free(*(char **)field);
        }
        for (size_t i = 0; i < cfg->n_clusters; i++)
                config_free(cfg->clusters[i]);
        free(cfg->clusters);
        free(cfg->cluster);
        free(cfg->path);
        free(cfg);
}

/* Keys a [cluster NAME] section may set, one line each; the others
 * (state_dir, timeout, cache_ttl, home_format, shell, helper) are for
 * the whole host and belong before the first section. */
static const char *const section_keys[] = {
        "validation",
        "api_server",
        "ca_file",
        "jwks_ca_file",
        "reviewer_token_file",
        "audiences",
        "issuer",
        "jwks_file",
        "jwks_uri",
        "jwks_max_stale",
        "allow_namespaces",
        "allow_service_accounts",
        "user_format",
        "group_format",
        "all_group",
        "uid_min",
        "uid_max",
        "max_token_lifetime",
        "max_reviews_per_second",
        "allow_legacy_tokens",
        "allow_recreated",
        "uid_ledger",
        "ledger_namespace",
        "ledger_token_file",
};

static bool section_key(const char *name)
{
        for (size_t i = 0; i < sizeof(section_keys) / sizeof(section_keys[0]); i++)
                if (!strcmp(section_keys[i], name))
                        return true;
        return false;
}

/* Forgets a value set before, so a section's key replaces the default
 * given before the first section. */
static void clear_value(struct config *cfg, const struct key *k)
{
        void *field = (char *)cfg + k->offset;

        if (k->type == T_LIST) {
                list_clear(field);
        } else if (k->type == T_STRING || k->type == T_PATH || k->type == T_URL) {
                free(*(char **)field);
                *(char **)field = NULL;
        }
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
        if (cfg->cluster && line)
                util_fmt(err, errlen, "%s:%u: [cluster %s]: key '%s': %s", cfg->path, line,
                         cfg->cluster, key, msg);
        else if (cfg->cluster)
                util_fmt(err, errlen, "%s: [cluster %s]: key '%s': %s", cfg->path,
                         cfg->cluster, key, msg);
        else if (line)
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

static struct config *new_config(const char *path)
{
        struct config *cfg = calloc(1, sizeof(*cfg));

        if (!cfg || !(cfg->path = strdup(path))) {
                free(cfg);
                return NULL;
        }
        cfg->validation = VALIDATION_TOKENREVIEW;
        cfg->uid_min = CONFIG_DEFAULT_UID_MIN;
        cfg->uid_max = CONFIG_DEFAULT_UID_MAX;
        cfg->timeout = CONFIG_DEFAULT_TIMEOUT;
        cfg->max_token_lifetime = CONFIG_DEFAULT_MAX_LIFETIME;
        cfg->cache_ttl = CONFIG_DEFAULT_CACHE_TTL;
        cfg->jwks_max_stale = CONFIG_DEFAULT_JWKS_MAX_STALE;
        cfg->max_reviews_per_second = CONFIG_DEFAULT_REVIEWS_PER_SECOND;
        return cfg;
}

/* A key given before the first section, replayed into each section. */
struct given {
        int idx;
        unsigned line;
        char *value;
};

/* One section being read: its config and the line of each key (those
 * before the first section included, as defaults). */
struct section {
        struct config *cfg;
        unsigned header;            /* the line of [cluster NAME] */
        unsigned lines[N_KEYS];     /* any line: defaults included */
        unsigned own[N_KEYS];       /* the section's own lines */
};

/* "[cluster NAME]": 1 with NAME in *name (pointing into line), 0 when line
 * is no section header, -1 with why when it is a bad one. */
static int section_header(char *line, char **name, const char **why)
{
        size_t n = strlen(line);
        char *in;

        if (line[0] != '[')
                return 0;
        if (n < 2 || line[n - 1] != ']') {
                *why = "expected '[cluster NAME]'";
                return -1;
        }
        line[n - 1] = '\0';
        in = trim(line + 1);
        if (strncmp(in, "cluster", 7) != 0 || (in[7] != ' ' && in[7] != '\t')) {
                *why = "expected '[cluster NAME]'";
                return -1;
        }
        in = trim(in + 7);
        if (!names_is_dns1123_label(in)) {
                *why = "the cluster NAME must be a DNS-1123 label (a-z, 0-9, '-', at most "
                       "63, starting and ending with a letter or digit)";
                return -1;
        }
        *name = in;
        return 1;
}

/* ---- what keeps clusters apart ------------------------------------------ */

/* Two name formats (a literal such as all_group has no '%'): whether they
 * could make the same name. Judged on literal text only, conservatively: a
 * format's outputs all begin with the text before its first '%' and end
 * with the text after its last directive, so two formats whose leading
 * texts differ at some position both have, or whose trailing texts do,
 * never meet. A literal meets a format unless it lacks the format's
 * leading or trailing text; two literals meet when equal. */
static bool could_meet(const char *a, const char *b)
{
        const char *pa = strchr(a, '%'), *pb = strchr(b, '%');
        size_t la = strlen(a), lb = strlen(b);

        if (!pa && !pb)
                return strcmp(a, b) == 0;
        if (!pa || !pb) {
                const char *lit = pa ? b : a, *fmt = pa ? a : b;
                size_t ll = strlen(lit), pre = (size_t)(strchr(fmt, '%') - fmt);
                const char *last = strrchr(fmt, '%');
                const char *suf = last[1] ? last + 2 : last + 1;
                size_t sl = strlen(suf);
                return ll >= pre + sl && !strncmp(lit, fmt, pre) && !strcmp(lit + ll - sl, suf);
        }
        {
                size_t prea = (size_t)(pa - a), preb = (size_t)(pb - b);
                const char *ea = strrchr(a, '%'), *eb = strrchr(b, '%');
                const char *sa = ea[1] ? ea + 2 : ea + 1, *sb = eb[1] ? eb + 2 : eb + 1;
                size_t sla = strlen(sa), slb = strlen(sb);

                for (size_t i = 0; i < prea && i < preb; i++)
                        if (a[i] != b[i])
                                return false;
                for (size_t i = 1; i <= sla && i <= slb; i++)
                        if (a[la - i] != b[lb - i])
                                return false;
                return true;
        }
}

/* The rules between sections: every local user and group name maps back
 * to one cluster, numbers never overlap, one issuer is one cluster. */
static int check_apart(const struct config *top, char *err, size_t errlen)
{
        for (size_t i = 0; i < top->n_clusters; i++) {
                const struct config *a = top->clusters[i];
                for (size_t j = i + 1; j < top->n_clusters; j++) {
                        const struct config *b = top->clusters[j];
                        const char *ga[2] = { a->group_format, a->all_group };
                        const char *gb[2] = { b->group_format, b->all_group };
                        const char *ka[2] = { "group_format", "all_group" };

                        if (!strcmp(a->issuer, b->issuer)) {
                                util_fmt(err, errlen, "%s: [cluster %s] and [cluster %s] have "
                                         "the same issuer '%s': a token's iss must name one "
                                         "cluster", top->path, a->cluster, b->cluster, a->issuer);
                                return -1;
                        }
                        if (a->uid_min <= b->uid_max && b->uid_min <= a->uid_max) {
                                util_fmt(err, errlen, "%s: [cluster %s] and [cluster %s]: UID "
                                         "ranges %u..%u and %u..%u overlap: give each cluster "
                                         "its own uid_min..uid_max", top->path, a->cluster,
                                         b->cluster, a->uid_min, a->uid_max, b->uid_min,
                                         b->uid_max);
                                return -1;
                        }
                        if (could_meet(a->user_format, b->user_format)) {
                                util_fmt(err, errlen, "%s: [cluster %s] and [cluster %s]: "
                                         "user_format '%s' and '%s' could make the same user "
                                         "name: give each a literal prefix (or suffix) that "
                                         "differs from the other's, such as '%s-%%n_%%s'",
                                         top->path, a->cluster, b->cluster, a->user_format,
                                         b->user_format, b->cluster);
                                return -1;
                        }
                        for (int x = 0; x < 2; x++)
                                for (int y = 0; y < 2; y++)
                                        if (could_meet(ga[x], gb[y])) {
                                                util_fmt(err, errlen, "%s: [cluster %s] and "
                                                         "[cluster %s]: %s '%s' and %s '%s' "
                                                         "could make the same group name: "
                                                         "give each a literal prefix (or "
                                                         "suffix) that differs from the "
                                                         "other's", top->path, a->cluster,
                                                         b->cluster, ka[x], ga[x], ka[y], gb[y]);
                                                return -1;
                                        }
                }
        }
        return 0;
}

/* A section complete: its own checks (finish), and the routing key. */
static int finish_section(struct section *sec, char *err, size_t errlen)
{
        struct config *cfg = sec->cfg;

        if (finish(cfg, sec->lines, err, errlen) < 0)
                return -1;
        if (!cfg->issuer) {
                util_fmt(err, errlen, "%s:%u: [cluster %s]: key 'issuer': required in a file "
                         "with [cluster] sections: a token is matched to its cluster by its "
                         "iss", cfg->path, sec->header, cfg->cluster);
                return -1;
        }
        return 0;
}

/* Starts a section: a fresh config holding the keys given before the
 * first section. */
static int start_section(struct section *sec, const char *path, const char *name,
                         unsigned header, const struct given *g, size_t n_given,
                         char *err, size_t errlen)
{
        char whybuf[128];

        memset(sec, 0, sizeof(*sec));
        sec->header = header;
        if (!(sec->cfg = new_config(path)) || !(sec->cfg->cluster = strdup(name)))
                goto oom;
        for (size_t i = 0; i < n_given; i++) {
                const char *why = NULL;
                char *v = strdup(g[i].value);
                int r;

                if (!v)
                        goto oom;
                r = set_value(sec->cfg, &keys[g[i].idx], v, &why, whybuf, sizeof(whybuf));
                free(v);
                if (r < 0)
                        goto oom;
                sec->lines[g[i].idx] = g[i].line;
        }
        return 0;
oom:
        util_fmt(err, errlen, "%s: out of memory", path);
        return -1;
}

int config_parse(const char *path, const char *text, struct config **out,
                 char *err, size_t errlen)
{
        struct config *cfg;
        unsigned lines[N_KEYS] = { 0 };
        char *copy = NULL, *line, *save = NULL, whybuf[128];
        unsigned lineno = 0;
        struct given *given = NULL;
        size_t n_given = 0;
        struct section sec = { 0 };
        bool in_section = false;
        int r = -1;

        *out = NULL;
        cfg = new_config(path);
        if (!cfg || !(copy = strdup(text))) {
                util_fmt(err, errlen, "%s: out of memory", path);
                goto out;
        }

        /* strsep keeps empty lines, so line numbers stay exact. */
        for (save = copy; (line = strsep(&save, "\n")) != NULL;) {
                char *eq, *key, *value, *name;
                const char *why = NULL;
                int idx, h;

                lineno++;
                if (!save && !*line)
                        break;
                /* '#' starts a comment, also after a value. */
                line[strcspn(line, "#")] = '\0';
                key = trim(line);
                if (!*key)
                        continue;
                if ((h = section_header(key, &name, &why)) < 0) {
                        util_fmt(err, errlen, "%s:%u: %s", path, lineno, why);
                        goto out;
                }
                if (h > 0) {
                        struct config **grown;
                        for (size_t i = 0; i < cfg->n_clusters; i++)
                                if (!strcmp(cfg->clusters[i]->cluster, name)) {
                                        util_fmt(err, errlen, "%s:%u: [cluster %s] given twice",
                                                 path, lineno, name);
                                        goto out;
                                }
                        if (in_section) {
                                if (finish_section(&sec, err, errlen) < 0)
                                        goto out;
                                sec.cfg = NULL;
                        }
                        grown = realloc(cfg->clusters, (cfg->n_clusters + 1) * sizeof(*grown));
                        if (!grown) {
                                util_fmt(err, errlen, "%s: out of memory", path);
                                goto out;
                        }
                        cfg->clusters = grown;
                        if (start_section(&sec, path, name, lineno, given, n_given, err,
                                          errlen) < 0) {
                                config_free(sec.cfg);
                                sec.cfg = NULL;
                                goto out;
                        }
                        sec.cfg->cluster_first = cfg->n_clusters == 0;
                        /* Owned by the file's config from here on. */
                        cfg->clusters[cfg->n_clusters++] = sec.cfg;
                        in_section = true;
                        continue;
                }
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
                if (in_section) {
                        if (!section_key(key)) {
                                util_fmt(err, errlen, "%s:%u: key '%s': belongs before the "
                                         "first [cluster] section (it is one setting for the "
                                         "whole host)", path, lineno, key);
                                goto out;
                        }
                        if (sec.own[idx]) {
                                util_fmt(err, errlen, "%s:%u: key '%s': given twice in "
                                         "[cluster %s] (first on line %u)", path, lineno, key,
                                         sec.cfg->cluster, sec.own[idx]);
                                goto out;
                        }
                        sec.own[idx] = sec.lines[idx] = lineno;
                        clear_value(sec.cfg, &keys[idx]);
                        if (set_value(sec.cfg, &keys[idx], value, &why, whybuf,
                                      sizeof(whybuf)) < 0) {
                                util_fmt(err, errlen, "%s:%u: key '%s': %s", path, lineno, key,
                                         why);
                                goto out;
                        }
                        continue;
                }
                if (lines[idx]) {
                        util_fmt(err, errlen, "%s:%u: key '%s': given twice (first on line %u)",
                                 path, lineno, key, lines[idx]);
                        goto out;
                }
                lines[idx] = lineno;
                {
                        struct given *grown = realloc(given, (n_given + 1) * sizeof(*grown));
                        if (!grown || !(grown[n_given].value = strdup(value))) {
                                if (grown)
                                        given = grown;
                                util_fmt(err, errlen, "%s: out of memory", path);
                                goto out;
                        }
                        given = grown;
                        given[n_given].idx = idx;
                        given[n_given].line = lineno;
                        n_given++;
                }
                if (set_value(cfg, &keys[idx], value, &why, whybuf, sizeof(whybuf)) < 0) {
                        util_fmt(err, errlen, "%s:%u: key '%s': %s", path, lineno, key, why);
                        goto out;
                }
        }
        if (!in_section) {
                if (finish(cfg, lines, err, errlen) < 0)
                        goto out;
        } else {
                if (finish_section(&sec, err, errlen) < 0)
                        goto out;
                if (check_apart(cfg, err, errlen) < 0)
                        goto out;
                /* The file's own config keeps the host-wide keys (every
                 * section has them too) and is no cluster: should any code
                 * take it for one, it allows nobody and owns no number. */
                if (set_default(&cfg->home_format, "/home/%u") < 0 ||
                    set_default(&cfg->shell, "/bin/bash") < 0 ||
                    set_default(&cfg->state_dir, "/var/lib/k8s-login") < 0 ||
                    set_default(&cfg->helper, CONFIG_DEFAULT_HELPER) < 0 ||
                    set_default(&cfg->user_format, "%n_%s") < 0 ||
                    set_default(&cfg->group_format, "k8s_%n") < 0 ||
                    set_default(&cfg->all_group, "k8s") < 0) {
                        util_fmt(err, errlen, "%s: out of memory", path);
                        goto out;
                }
                list_clear(&cfg->allow_namespaces);
                list_clear(&cfg->allow_service_accounts);
                cfg->have_allow_service_accounts = false;
                cfg->uid_min = cfg->uid_max = 0;
        }
        *out = cfg;
        cfg = NULL;
        r = 0;
out:
        for (size_t i = 0; i < n_given; i++)
                free(given[i].value);
        free(given);
        free(copy);
        config_free(cfg);
        return r;
}

int config_load(const char *path, struct config **out, char *err, size_t errlen)
{
        return config_load_stat(path, out, NULL, err, errlen);
}

int config_load_stat(const char *path, struct config **out, struct stat *st,
                     char *err, size_t errlen)
{
        char *text = NULL;
        int r;

        *out = NULL;
        if (!path)
                path = CONFIG_DEFAULT_PATH;
        if (util_read_trusted_file_stat(path, 0, CONFIG_MAX_SIZE, &text, NULL, st,
                                        err, errlen) < 0)
                return -1;
        r = config_parse(path, text, out, err, errlen);
        free(text);
        return r;
}

size_t config_cluster_count(const struct config *file)
{
        return file->n_clusters ? file->n_clusters : 1;
}

const struct config *config_cluster(const struct config *file, size_t i)
{
        if (!file->n_clusters)
                return i == 0 ? file : NULL;
        return i < file->n_clusters ? file->clusters[i] : NULL;
}

const struct config *config_cluster_named(const struct config *file, const char *name)
{
        for (size_t i = 0; name && i < file->n_clusters; i++)
                if (!strcmp(file->clusters[i]->cluster, name))
                        return file->clusters[i];
        return NULL;
}

const struct config *config_cluster_for_issuer(const struct config *file, const char *iss)
{
        if (!file->n_clusters)
                return file;
        for (size_t i = 0; iss && i < file->n_clusters; i++)
                if (!strcmp(file->clusters[i]->issuer, iss))
                        return file->clusters[i];
        return NULL;
}

const struct config *config_cluster_for_user(const struct config *file, const char *user)
{
        const struct config *found = NULL;
        struct names_identity id;

        if (!user)
                return NULL;
        if (!file->n_clusters)
                return names_from_local(file->user_format, user, &id) ? file : NULL;
        for (size_t i = 0; i < file->n_clusters; i++)
                if (names_from_local(file->clusters[i]->user_format, user, &id)) {
                        if (found)
                                return NULL; /* the rules forbid it; never guess */
                        found = file->clusters[i];
                }
        return found;
}

const struct config *config_cluster_for_group(const struct config *file, const char *group)
{
        const struct config *found = NULL;
        char ns[NAMES_NS_MAX + 1];

        if (!group)
                return NULL;
        for (size_t i = 0; i < config_cluster_count(file); i++) {
                const struct config *c = config_cluster(file, i);
                if (!strcmp(c->all_group, group) ||
                    names_group_from_local(c->group_format, group, ns)) {
                        if (found)
                                return NULL;
                        found = c;
                }
        }
        return found;
}

const struct config *config_cluster_for_number(const struct config *file, uint32_t n)
{
        for (size_t i = 0; i < config_cluster_count(file); i++) {
                const struct config *c = config_cluster(file, i);
                if (n >= c->uid_min && n <= c->uid_max)
                        return c;
        }
        return NULL;
}

const char *config_registry_cluster(const struct config *cfg)
{
        return cfg->cluster && !cfg->cluster_first ? cfg->cluster : "";
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
