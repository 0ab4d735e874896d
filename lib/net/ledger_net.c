/* The ledger's ConfigMaps (see include/k8s/ledger_net.h). Runs in
 * k8s-login-helper only. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>
#include <jansson.h>

#include "k8s/config_check.h"
#include "k8s/https.h"
#include "k8s/ledger.h"
#include "k8s/ledger_net.h"
#include "k8s/registry.h"
#include "k8s/util.h"

#define MANAGED_LABEL "app.kubernetes.io/managed-by"

/* A growing text buffer. */
struct text {
        char *s;
        size_t len, cap;
        bool oom;
};

static void text_add(struct text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void text_add(struct text *t, const char *fmt, ...)
{
        va_list ap;
        int n;

        if (t->oom)
                return;
        for (;;) {
                size_t room = t->cap - t->len;
                va_start(ap, fmt);
                n = vsnprintf(t->s ? t->s + t->len : NULL, t->s ? room : 0, fmt, ap);
                va_end(ap);
                if (n < 0) {
                        t->oom = true;
                        return;
                }
                if (t->s && (size_t)n < room) {
                        t->len += (size_t)n;
                        return;
                }
                size_t cap = t->cap ? t->cap : 4096;
                while (cap < t->len + (size_t)n + 1)
                        cap *= 2;
                char *g = realloc(t->s, cap);
                if (!g) {
                        t->oom = true;
                        return;
                }
                t->s = g;
                t->cap = cap;
        }
}

/* Reads the ledger's bearer token (root-owned, not readable by others,
 * one printable line). A new buffer, or NULL with why. */
static char *read_token(const struct config *cfg, size_t *len, char *why, size_t whylen)
{
        char err[K8S_ERR_MAX], *tok = NULL;
        size_t n, got;

        if (!cfg->ledger_token_file) {
                util_fmt(why, whylen, "no ledger_token_file (nor reviewer_token_file)");
                return NULL;
        }
        if (util_read_trusted_file(cfg->ledger_token_file, UTIL_FOLLOW, CONFIG_TOKEN_FILE_MAX,
                                   &tok, &got, err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "ledger_token_file %s", err);
                return NULL;
        }
        if (config_check_secret_file(cfg->ledger_token_file, err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "ledger_token_file %s", err);
                util_wipe_free(tok, got + 1);
                return NULL;
        }
        if ((n = util_bearer_len(tok, got)) == 0) {
                util_fmt(why, whylen, "ledger_token_file %s: empty or not one line of printable "
                         "text", cfg->ledger_token_file);
                util_wipe_free(tok, got + 1);
                return NULL;
        }
        tok[n] = '\0';
        *len = n;
        return tok;
}

/* One request to the API server: method on path (under
 * /api/v1/namespaces/<ledger_namespace>/configmaps), with body (may be
 * NULL). 0 with *http and *answer (the parsed JSON, NULL when the answer
 * is not JSON), or -1 with why (network). */
static int call(const struct config *cfg, int64_t deadline, const char *method,
                const char *name, const json_t *body, long *http, json_t **answer, char *why,
                size_t whylen)
{
        static const char authz[] = "Authorization: Bearer ";
        char url[1024], *token = NULL, *header = NULL, *payload = NULL;
        struct curl_slist *headers = NULL, *h;
        struct https_request req;
        size_t tlen = 0;
        int r = -1;

        *answer = NULL;
        *http = 0;
        if (snprintf(url, sizeof(url), "%s/api/v1/namespaces/%s/configmaps%s%s",
                     cfg->api_server, cfg->ledger_namespace, name ? "/" : "",
                     name ? name : "") >= (int)sizeof(url)) {
                util_fmt(why, whylen, "api_server URL too long");
                return -1;
        }
        if (https_begin(&req, url, cfg->ca_file, "ca_file", LEDGER_NET_MAX_ANSWER, deadline, why,
                        whylen) < 0)
                goto out;
        if (!(token = read_token(cfg, &tlen, why, whylen)))
                goto out;
        if (!(header = malloc(sizeof(authz) + tlen)) ||
            (body && !(payload = json_dumps(body, JSON_COMPACT)))) {
                util_fmt(why, whylen, "out of memory");
                goto out;
        }
        memcpy(header, authz, sizeof(authz) - 1);
        memcpy(header + sizeof(authz) - 1, token, tlen + 1);
        headers = curl_slist_append(NULL, "Accept: application/json");
        if (headers && (h = curl_slist_append(headers, "Content-Type: application/json")))
                headers = h;
        if (headers && (h = curl_slist_append(headers, header)))
                headers = h;
        else {
                util_fmt(why, whylen, "out of memory");
                goto out;
        }
        curl_easy_setopt(req.curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(req.curl, CURLOPT_CUSTOMREQUEST, method);
        if (payload) {
                curl_easy_setopt(req.curl, CURLOPT_POSTFIELDS, payload);
                curl_easy_setopt(req.curl, CURLOPT_POSTFIELDSIZE, (long)strlen(payload));
        }
        if (https_perform(&req, "API server", http, why, whylen) < 0)
                goto out;
        if (req.data && req.len)
                *answer = json_loadb(req.data, req.len, JSON_REJECT_DUPLICATES, NULL);
        r = 0;
out:
        https_end(&req);
        if (headers) {
                for (struct curl_slist *p = headers; p; p = p->next)
                        explicit_bzero(p->data, strlen(p->data));
                curl_slist_free_all(headers);
        }
        util_wipe_free(header, header ? sizeof(authz) + tlen : 0);
        util_wipe_free(token, token ? tlen + 1 : 0);
        free(payload);
        return r;
}

/* Why an answer was not what was asked for, in the API server's words. */
static void http_why(long http, const json_t *answer, const char *what, char *why,
                     size_t whylen)
{
        const char *msg = json_string_value(json_object_get(answer, "message"));
        char safe[200];

        util_fmt(why, whylen, "API server answered HTTP %ld to %s%s%s%s", http, what,
                 http == 401 ? " (ledger_token_file refused)" :
                 http == 403 ? " (the ledger's credential lacks the k8s-login-ledger role)" : "",
                 msg ? ": " : "", msg ? util_sanitize(safe, sizeof(safe), msg, 160) : "");
}

static bool key_ok(const char *k)
{
        size_t n = strlen(k);

        return n > 0 && n <= 253 &&
               strspn(k, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-._") == n;
}

/* Appends one ConfigMap as ledger text ("shard" line and its entries).
 * keep (may be NULL) filters the entries. */
static void emit_shard(struct text *t, const json_t *cm,
                       bool (*keep)(const char *key, const char *value, void *ctx), void *ctx)
{
        const json_t *meta = json_object_get(cm, "metadata"), *data = json_object_get(cm, "data");
        const char *name = json_string_value(json_object_get(meta, "name"));
        const char *rv = json_string_value(json_object_get(meta, "resourceVersion"));
        const char *key;
        json_t *v;

        if (!name || !key_ok(name))
                return;
        text_add(t, "shard %s %s\n", name, rv && key_ok(rv) ? rv : "-");
        json_object_foreach((json_t *)data, key, v) {
                const char *s = json_string_value(v);
                char value[LEDGER_VALUE_MAX + 2];
                if (!key_ok(key))
                        continue;
                /* Kept printable and on one line; too long or not text is
                 * malformed for the parser all the same. */
                snprintf(value, sizeof(value), "%s", s ? s : "?");
                for (char *p = value; *p; p++)
                        if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f)
                                *p = '?';
                if (!value[0])
                        strcpy(value, "?");
                if (keep && !keep(key, value, ctx))
                        continue;
                text_add(t, "%s %s\n", key, value);
        }
}

static bool is_ours(const struct config *cfg, const json_t *cm)
{
        const char *name = json_string_value(json_object_get(json_object_get(cm, "metadata"),
                                                              "name"));
        struct ledger_shard s;

        return name && ledger_shard_by_name(cfg, name, &s) == 0;
}

/* LISTs the namespace's ConfigMaps: the items array (a new reference). */
static enum k8s_status list(const struct config *cfg, int64_t deadline, json_t **items,
                               char *why, size_t whylen)
{
        json_t *answer = NULL;
        long http;

        *items = NULL;
        if (call(cfg, deadline, "GET", NULL, NULL, &http, &answer, why, whylen) < 0)
                return K8S_UNAVAIL;
        if (http != 200 || !json_is_array(json_object_get(answer, "items"))) {
                if (http == 200)
                        util_fmt(why, whylen, "API server answered a ConfigMap list without "
                                 "items");
                else
                        http_why(http, answer, "the ledger's LIST", why, whylen);
                json_decref(answer);
                return K8S_UNAVAIL;
        }
        *items = json_incref(json_object_get(answer, "items"));
        json_decref(answer);
        return K8S_OK;
}

enum k8s_status ledger_net_read(const struct config *cfg, int64_t deadline, char **text,
                                   size_t *len, char *why, size_t whylen)
{
        struct text t = { 0 };
        json_t *items, *cm;
        size_t i;
        enum k8s_status st;

        *text = NULL;
        *len = 0;
        if ((st = list(cfg, deadline, &items, why, whylen)) != K8S_OK)
                return st;
        json_array_foreach(items, i, cm)
                if (is_ours(cfg, cm))
                        emit_shard(&t, cm, NULL, NULL);
        json_decref(items);
        text_add(&t, "%s", "");
        if (t.oom) {
                free(t.s);
                util_fmt(why, whylen, "out of memory");
                return K8S_UNAVAIL;
        }
        *text = t.s;
        *len = t.len;
        return K8S_OK;
}

/* GETs one slice: K8S_OK with *cm (NULL when it does not exist). */
static enum k8s_status get_shard(const struct config *cfg, int64_t deadline,
                                    const struct ledger_shard *s, json_t **cm, char *why,
                                    size_t whylen)
{
        json_t *answer = NULL;
        long http;

        *cm = NULL;
        if (call(cfg, deadline, "GET", s->name, NULL, &http, &answer, why, whylen) < 0)
                return K8S_UNAVAIL;
        if (http == 404) {
                json_decref(answer);
                return K8S_OK;
        }
        if (http != 200 || !json_is_object(answer)) {
                http_why(http, answer, s->name, why, whylen);
                json_decref(answer);
                return K8S_UNAVAIL;
        }
        *cm = answer;
        return K8S_OK;
}

static json_t *new_shard(const struct config *cfg, const struct ledger_shard *s)
{
        return json_pack("{s:s, s:s, s:{s:s, s:s, s:{s:s}}, s:{}}", "apiVersion", "v1",
                         "kind", "ConfigMap", "metadata", "name", s->name, "namespace",
                         cfg->ledger_namespace, "labels", MANAGED_LABEL, "k8s-login", "data");
}

/* Writes cm back: PUT with its resourceVersion (create false) or POST.
 * 1 written (*cm replaced by the answer), 0 lost the race (409), -1 why. */
static int put_shard(const struct config *cfg, int64_t deadline, const struct ledger_shard *s,
                     json_t **cm, bool create, char *why, size_t whylen)
{
        json_t *answer = NULL;
        long http;

        if (call(cfg, deadline, create ? "POST" : "PUT", create ? NULL : s->name, *cm, &http,
                 &answer, why, whylen) < 0)
                return -1;
        if (http == 409) {
                json_decref(answer);
                return 0;
        }
        if ((http != 200 && http != 201) || !json_is_object(answer)) {
                http_why(http, answer, s->name, why, whylen);
                json_decref(answer);
                return -1;
        }
        json_decref(*cm);
        *cm = answer;
        return 1;
}

static json_t *data_of(json_t *cm)
{
        json_t *data = json_object_get(cm, "data");

        if (!json_is_object(data)) {
                data = json_object();
                json_object_set_new(cm, "data", data);
        }
        return data;
}

/* The ledger of one ConfigMap (or of none). */
static int parse_one(const struct config *cfg, const struct ledger_shard *s, const json_t *cm,
                     struct ledger **l, char *why, size_t whylen)
{
        struct text t = { 0 };
        int r;

        if (cm)
                emit_shard(&t, cm, NULL, NULL);
        else
                text_add(&t, "shard %s -\n", s->name);
        if (t.oom) {
                free(t.s);
                util_fmt(why, whylen, "out of memory");
                return -1;
        }
        r = ledger_parse(cfg, t.s, l, why, whylen);
        free(t.s);
        return r;
}

static bool held_elsewhere(const struct config *cfg, const char *ns, const char *sa,
                           uint32_t n)
{
        char ours[NAMES_LOCAL_MAX + 1], holder[160];
        struct names_identity id;
        bool named;

        if (sa) {
                snprintf(id.ns, sizeof(id.ns), "%s", ns);
                snprintf(id.sa, sizeof(id.sa), "%s", sa);
                named = names_to_local(cfg->user_format, &id, ours, sizeof(ours));
        } else {
                named = names_expand(cfg->group_format, ns, NULL, NULL, ours, sizeof(ours));
        }
        /* Cannot tell counts as held: this host would refuse it anyway. */
        return registry_held_elsewhere(sa == NULL, n, named ? ours : NULL, holder,
                                       sizeof(holder)) != 0;
}

/* Allocates (or finds) one identity in its home slice. */
static enum k8s_status allocate_one(const struct config *cfg, int64_t deadline,
                                       const char *ns, const char *sa, const char *sa_uid,
                                       json_t **final, char *why, size_t whylen)
{
        uint32_t first = registry_first_choice(cfg, ns, sa);
        struct ledger_shard s;

        if (!first) {
                util_fmt(why, whylen, "uid_min..uid_max has no room");
                return K8S_REFUSED;
        }
        ledger_shard_of(cfg, first, &s);
        for (int attempt = 0; attempt < LEDGER_CAS_TRIES; attempt++) {
                const struct ledger_entry *pick;
                struct ledger *l = NULL;
                struct ledger_entry e;
                json_t *cm = NULL, *data;
                uint64_t size = (uint64_t)s.hi - s.lo + 1;
                uint32_t n = 0;
                unsigned elsewhere = 0;
                char key[32], value[LEDGER_VALUE_MAX + 1];
                enum k8s_status st;
                int w;

                if ((st = get_shard(cfg, deadline, &s, &cm, why, whylen)) != K8S_OK)
                        return st;
                if (parse_one(cfg, &s, cm, &l, why, whylen) < 0) {
                        json_decref(cm);
                        return K8S_UNAVAIL;
                }
                switch (ledger_pick(l, ns, sa, sa_uid, &pick, why, whylen)) {
                case LEDGER_PICK_FOUND:
                        ledger_free(l);
                        *final = cm;
                        return K8S_OK;
                case LEDGER_PICK_CONFLICT:
                        ledger_free(l);
                        json_decref(cm);
                        return K8S_REFUSED;
                case LEDGER_PICK_NONE:
                        break;
                }
                for (uint64_t i = 0; i < size; i++) {
                        uint32_t c = (uint32_t)(s.lo + ((uint64_t)first - s.lo + i) % size);
                        if (ledger_find(l, c))
                                continue;
                        if (held_elsewhere(cfg, ns, sa, c)) {
                                if (++elsewhere >= 1000)
                                        break;
                                continue;
                        }
                        n = c;
                        break;
                }
                if (!n) {
                        util_fmt(why, whylen, "no free number left in %s (%u..%u)", s.name,
                                 s.lo, s.hi);
                        ledger_free(l);
                        json_decref(cm);
                        return K8S_REFUSED;
                }
                memset(&e, 0, sizeof(e));
                e.kind = sa ? REGISTRY_USER : REGISTRY_GROUP;
                snprintf(e.ns, sizeof(e.ns), "%s", ns);
                snprintf(e.sa, sizeof(e.sa), "%s", sa ? sa : "");
                snprintf(e.sa_uid, sizeof(e.sa_uid), "%s", sa && sa_uid ? sa_uid : "");
                e.since = (long long)time(NULL);
                if (ledger_format_value(&e, value, sizeof(value)) < 0) {
                        util_fmt(why, whylen, "entry too long");
                        ledger_free(l);
                        json_decref(cm);
                        return K8S_REFUSED;
                }
                if (!cm && !(cm = new_shard(cfg, &s))) {
                        util_fmt(why, whylen, "out of memory");
                        ledger_free(l);
                        return K8S_UNAVAIL;
                }
                data = data_of(cm);
                snprintf(key, sizeof(key), "%u", n);
                json_object_set_new(data, key, json_string(value));
                /* A recreated account: its numbers for other Kubernetes
                 * UIDs in this slice are retired in the same write. */
                for (size_t i = 0; sa && i < l->n; i++) {
                        const struct ledger_entry *o = &l->e[i];
                        char rv[64];
                        if (o->malformed || o->retired || o->kind != REGISTRY_USER ||
                            strcmp(o->ns, ns) || strcmp(o->sa, sa))
                                continue;
                        snprintf(key, sizeof(key), "%u" LEDGER_RETIRED_SUFFIX, o->n);
                        snprintf(rv, sizeof(rv), "retired since=%lld reason=recreated", e.since);
                        json_object_set_new(data, key, json_string(rv));
                }
                ledger_free(l);
                w = put_shard(cfg, deadline, &s, &cm, json_object_get(json_object_get(cm,
                              "metadata"), "resourceVersion") == NULL, why, whylen);
                if (w > 0) {
                        *final = cm;
                        return K8S_OK;
                }
                json_decref(cm);
                if (w < 0)
                        return K8S_UNAVAIL;
                /* 409: another host wrote first; read again. */
        }
        util_fmt(why, whylen, "%s: lost the race %d times in a row", s.name, LEDGER_CAS_TRIES);
        return K8S_UNAVAIL;
}

struct about {
        const char *ns, *sa;
};

/* Keeps the entries of one account or group, and retirements. */
static bool keep_identity(const char *key, const char *value, void *ctx)
{
        const struct about *a = ctx;
        struct ledger_entry e;
        char why[K8S_ERR_MAX];

        if (strstr(key, LEDGER_RETIRED_SUFFIX))
                return true;
        if (ledger_parse_value(value, &e, why, sizeof(why)) < 0)
                return false;
        return !strcmp(e.ns, a->ns) && ((e.kind == REGISTRY_USER && !strcmp(e.sa, a->sa)) ||
                                         e.kind == REGISTRY_GROUP);
}

/* Puts cm (a reference taken) in place of the item of its name. */
static void replace_item(json_t *items, json_t *cm)
{
        const char *name = json_string_value(json_object_get(json_object_get(cm, "metadata"),
                                                              "name"));
        json_t *it;
        size_t i;

        json_array_foreach(items, i, it) {
                const char *n = json_string_value(json_object_get(json_object_get(it,
                                                                  "metadata"), "name"));
                if (name && n && !strcmp(n, name)) {
                        json_array_set_new(items, i, cm);
                        return;
                }
        }
        json_array_append_new(items, cm);
}

enum k8s_status ledger_net_allocate(const struct config *cfg, int64_t deadline,
                                       const char *ns, const char *sa, const char *sa_uid,
                                       char **text, size_t *len, char *why, size_t whylen)
{
        struct about a = { ns, sa };
        struct text t = { 0 };
        struct ledger *l = NULL;
        const struct ledger_entry *pick;
        json_t *items = NULL, *cm;
        enum k8s_status st;
        bool need_user, need_group;
        size_t i;
        int round;

        *text = NULL;
        *len = 0;
        /* Read the whole ledger first: a pinned number may lie outside the
         * slice of the first choice. Then allocate what is missing; each
         * slice written replaces its copy in the list for the answer. */
        if ((st = list(cfg, deadline, &items, why, whylen)) != K8S_OK)
                return st;
        for (round = 0; round < 2; round++) {
                free(t.s);
                memset(&t, 0, sizeof(t));
                json_array_foreach(items, i, cm)
                        if (is_ours(cfg, cm))
                                emit_shard(&t, cm, keep_identity, &a);
                text_add(&t, "%s", "");
                if (t.oom || ledger_parse(cfg, t.s, &l, why, whylen) < 0) {
                        st = K8S_UNAVAIL;
                        goto out;
                }
                need_user = ledger_pick(l, ns, sa, sa_uid, &pick, why, whylen) ==
                            LEDGER_PICK_NONE;
                if (!need_user && !pick) {
                        st = K8S_REFUSED;
                        goto out;
                }
                need_group = ledger_pick(l, ns, NULL, NULL, &pick, why, whylen) ==
                             LEDGER_PICK_NONE;
                if (!need_group && !pick) {
                        st = K8S_REFUSED;
                        goto out;
                }
                ledger_free(l);
                l = NULL;
                if (!need_user && !need_group)
                        break;
                if (round == 1) {
                        util_fmt(why, whylen, "the ledger still lacks %s/%s after writing it",
                                 ns, sa);
                        st = K8S_UNAVAIL;
                        goto out;
                }
                for (int k = 0; k < 2; k++) {
                        json_t *final = NULL;
                        if (!(k == 0 ? need_user : need_group))
                                continue;
                        st = allocate_one(cfg, deadline, ns, k == 0 ? sa : NULL,
                                          k == 0 ? sa_uid : NULL, &final, why, whylen);
                        if (st != K8S_OK)
                                goto out;
                        replace_item(items, final);
                }
        }
        *text = t.s;
        *len = t.len;
        t.s = NULL;
        st = K8S_OK;
out:
        ledger_free(l);
        json_decref(items);
        free(t.s);
        return st;
}

/* --- ledger_net_add -------------------------------------------------------- */

struct want {
        char key[32];
        char value[LEDGER_VALUE_MAX + 1];
        struct ledger_shard s;
};

enum k8s_status ledger_net_add(const struct config *cfg, int64_t deadline,
                                  const char *entries, char **report, char *why,
                                  size_t whylen)
{
        struct want *w = NULL;
        size_t n = 0;
        struct text rep = { 0 };
        struct ledger_shard *shards = NULL;
        json_t **cms = NULL;
        size_t n_shards = 0;
        enum k8s_status st = K8S_UNAVAIL;
        const char *p = entries;

        *report = NULL;
        /* Parse and check every line before any request. */
        while (*p) {
                const char *nl = strchr(p, '\n'), *sp;
                struct want *g;
                unsigned long long num;
                char *end, canon[32];
                if (!nl || !(sp = memchr(p, ' ', (size_t)(nl - p))) || sp - p >= 32 ||
                    nl - sp - 1 > LEDGER_VALUE_MAX) {
                        util_fmt(why, whylen, "malformed entry list");
                        st = K8S_REFUSED;
                        goto out;
                }
                if (!(g = realloc(w, (n + 1) * sizeof(*w)))) {
                        util_fmt(why, whylen, "out of memory");
                        goto out;
                }
                w = g;
                memcpy(w[n].key, p, (size_t)(sp - p));
                w[n].key[sp - p] = '\0';
                memcpy(w[n].value, sp + 1, (size_t)(nl - sp - 1));
                w[n].value[nl - sp - 1] = '\0';
                num = strtoull(w[n].key, &end, 10);
                /* Canonical decimal only: what ledger_parse accepts. */
                snprintf(canon, sizeof(canon), "%llu", num);
                if (!key_ok(w[n].key) || (*end && strcmp(end, LEDGER_RETIRED_SUFFIX)) ||
                    strncmp(canon, w[n].key, strlen(canon)) != 0 ||
                    w[n].key + strlen(canon) != end || num > UINT32_MAX ||
                    !registry_in_pool(cfg, (uint32_t)num)) {
                        util_fmt(why, whylen, "key %s is not a number of uid_min..uid_max",
                                 w[n].key);
                        st = K8S_REFUSED;
                        goto out;
                }
                ledger_shard_of(cfg, (uint32_t)num, &w[n].s);
                n++;
                p = nl + 1;
        }
        for (size_t i = 0; i < n; i++) {
                size_t j;
                for (j = 0; j < n_shards && shards[j].index != w[i].s.index; j++)
                        ;
                if (j == n_shards) {
                        struct ledger_shard *g = realloc(shards, (n_shards + 1) * sizeof(*g));
                        json_t **c = realloc(cms, (n_shards + 1) * sizeof(*c));
                        if (g)
                                shards = g;
                        if (c)
                                cms = c;
                        if (!g || !c) {
                                util_fmt(why, whylen, "out of memory");
                                goto out;
                        }
                        shards[n_shards] = w[i].s;
                        cms[n_shards++] = NULL;
                }
        }
        for (int attempt = 0; attempt < LEDGER_CAS_TRIES; attempt++) {
                bool lost = false;
                /* Read every slice concerned; check every key. */
                for (size_t j = 0; j < n_shards; j++) {
                        if (cms[j])
                                continue;
                        if ((st = get_shard(cfg, deadline, &shards[j], &cms[j], why, whylen)) !=
                            K8S_OK)
                                goto out;
                        if (!cms[j] && !(cms[j] = new_shard(cfg, &shards[j]))) {
                                util_fmt(why, whylen, "out of memory");
                                st = K8S_UNAVAIL;
                                goto out;
                        }
                }
                for (size_t i = 0; i < n; i++) {
                        size_t j;
                        const char *have;
                        for (j = 0; j < n_shards && shards[j].index != w[i].s.index; j++)
                                ;
                        if (j == n_shards)
                                continue; /* its slice is written */
                        have = json_string_value(json_object_get(data_of(cms[j]), w[i].key));
                        if (have && strcmp(have, w[i].value) != 0) {
                                char safe[200];
                                util_fmt(why, whylen, "ConfigMap %s key %s already holds '%s', "
                                         "not '%s': %s", shards[j].name,
                                         w[i].key, util_sanitize(safe, sizeof(safe), have, 150),
                                         w[i].value, rep.len ? "stopped (slices written before "
                                         "it are listed)" : "nothing was written");
                                st = K8S_REFUSED;
                                goto out;
                        }
                }
                for (size_t j = 0; j < n_shards; j++) {
                        bool create, changed = false;
                        int r;
                        if (!cms[j])
                                continue;
                        for (size_t i = 0; i < n; i++) {
                                json_t *data = data_of(cms[j]);
                                if (w[i].s.index != shards[j].index ||
                                    json_object_get(data, w[i].key))
                                        continue;
                                json_object_set_new(data, w[i].key, json_string(w[i].value));
                                changed = true;
                        }
                        if (!changed) {
                                json_decref(cms[j]);
                                cms[j] = NULL;
                                shards[j].index = UINT32_MAX; /* done */
                                continue;
                        }
                        create = !json_object_get(json_object_get(cms[j], "metadata"),
                                                  "resourceVersion");
                        r = put_shard(cfg, deadline, &shards[j], &cms[j], create, why, whylen);
                        if (r < 0) {
                                st = K8S_UNAVAIL;
                                goto out;
                        }
                        json_decref(cms[j]);
                        cms[j] = NULL;
                        if (r == 0) {
                                lost = true;
                                continue;
                        }
                        text_add(&rep, "wrote %s\n", shards[j].name);
                        shards[j].index = UINT32_MAX;
                }
                if (!lost) {
                        st = K8S_OK;
                        goto out;
                }
                /* Slices still to write keep their index; drop the rest. */
                {
                        size_t k = 0;
                        for (size_t j = 0; j < n_shards; j++)
                                if (shards[j].index != UINT32_MAX)
                                        shards[k++] = shards[j];
                        n_shards = k;
                }
        }
        util_fmt(why, whylen, "lost the race %d times in a row", LEDGER_CAS_TRIES);
        st = K8S_UNAVAIL;
out:
        for (size_t j = 0; cms && j < n_shards; j++)
                json_decref(cms[j]);
        free(cms);
        free(shards);
        free(w);
        text_add(&rep, "%s", "");
        if (rep.s && !rep.oom)
                *report = rep.s;
        else
                free(rep.s);
        return st;
}
