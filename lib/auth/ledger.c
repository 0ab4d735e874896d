/* The fleet's UID ledger: shards, the entry grammar, and the rules by
 * which a host trusts it (see include/k8s/ledger.h). libc only. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "k8s/ledger.h"
#include "k8s/util.h"

/* --- shards ------------------------------------------------------------ */

static uint64_t pool_room(const struct config *cfg)
{
        return cfg->uid_max > cfg->uid_min ? (uint64_t)cfg->uid_max - cfg->uid_min : 0;
}

unsigned ledger_shard_count(const struct config *cfg)
{
        uint64_t n = pool_room(cfg) / LEDGER_SHARD_MIN;

        return n < 1 ? 1 : n > LEDGER_SHARDS_MAX ? LEDGER_SHARDS_MAX : (unsigned)n;
}

void ledger_shard_get(const struct config *cfg, unsigned i, struct ledger_shard *s)
{
        unsigned count = ledger_shard_count(cfg);
        uint64_t size = pool_room(cfg) / count;

        if (i >= count)
                i = count - 1;
        s->index = i;
        s->lo = (uint32_t)(cfg->uid_min + 1 + (uint64_t)i * size);
        s->hi = i == count - 1 ? cfg->uid_max : (uint32_t)(s->lo + size - 1);
        snprintf(s->name, sizeof(s->name), LEDGER_SHARD_PREFIX "%u-%u", s->lo, s->hi);
}

void ledger_shard_of(const struct config *cfg, uint32_t n, struct ledger_shard *s)
{
        unsigned count = ledger_shard_count(cfg);
        uint64_t size = pool_room(cfg) / count;
        uint64_t i = n > cfg->uid_min && size ? ((uint64_t)n - cfg->uid_min - 1) / size : 0;

        ledger_shard_get(cfg, i >= count ? count - 1 : (unsigned)i, s);
}

/* A decimal number without sign or leading zero, up to UINT32_MAX; the
 * text ends at end (or at the NUL when end is NULL). */
static bool parse_dec(const char *s, const char *end, unsigned long long max,
                      unsigned long long *out)
{
        unsigned long long v = 0;

        if (!end)
                end = s + strlen(s);
        if (s == end || (*s == '0' && end - s > 1))
                return false;
        for (; s < end; s++) {
                if (*s < '0' || *s > '9')
                        return false;
                v = v * 10 + (unsigned)(*s - '0');
                if (v > max)
                        return false;
        }
        *out = v;
        return true;
}

int ledger_shard_by_name(const struct config *cfg, const char *name, struct ledger_shard *s)
{
        size_t pl = strlen(LEDGER_SHARD_PREFIX);
        const char *dash;
        unsigned long long lo;

        if (strncmp(name, LEDGER_SHARD_PREFIX, pl) != 0 || !(dash = strchr(name + pl, '-')) ||
            !parse_dec(name + pl, dash, UINT32_MAX, &lo) || lo <= cfg->uid_min ||
            lo > cfg->uid_max)
                return -1;
        ledger_shard_of(cfg, (uint32_t)lo, s);
        /* The whole name, so that another pool's slices never match. */
        return strcmp(s->name, name) == 0 ? 0 : -1;
}

/* --- entries ----------------------------------------------------------- */

static bool uid_ok(const char *s)
{
        size_t n = strlen(s);

        if (n == 0 || n > REGISTRY_SAUID_MAX)
                return false;
        return strspn(s, "0123456789abcdefABCDEF-") == n;
}

/* "since=<epoch>" at the end of a value. */
static bool parse_since(const char *s, long long *out)
{
        unsigned long long v;

        if (strncmp(s, "since=", 6) != 0 || !parse_dec(s + 6, NULL, 1ULL << 40, &v))
                return false;
        *out = (long long)v;
        return true;
}

int ledger_parse_retired(const char *value, long long *since, bool *recreated)
{
        const char *sp;
        char buf[40];

        *since = 0;
        *recreated = false;
        if (strncmp(value, "retired ", 8) != 0 || !(sp = strchr(value + 8, ' ')) ||
            (size_t)(sp - value - 8) >= sizeof(buf))
                return -1;
        memcpy(buf, value + 8, (size_t)(sp - value - 8));
        buf[sp - value - 8] = '\0';
        if (!parse_since(buf, since))
                return -1;
        if (!strcmp(sp + 1, "reason=recreated"))
                *recreated = true;
        else if (strcmp(sp + 1, "reason=admin") != 0)
                return -1;
        return 0;
}

int ledger_parse_value(const char *value, struct ledger_entry *e, char *why, size_t whylen)
{
        char buf[LEDGER_VALUE_MAX + 1], *f[5], *slash;
        size_t n = 0;

        e->kind = 0;
        e->ns[0] = e->sa[0] = e->sa_uid[0] = '\0';
        if (strlen(value) > LEDGER_VALUE_MAX) {
                util_fmt(why, whylen, "longer than %d bytes", LEDGER_VALUE_MAX);
                return -1;
        }
        strcpy(buf, value);
        /* Exactly one space between fields, none at either end. */
        for (char *p = buf; n < 5; ) {
                f[n++] = p;
                if (!(p = strchr(p, ' ')))
                        break;
                *p++ = '\0';
        }
        for (size_t i = 0; i < n; i++)
                if (!f[i][0]) {
                        util_fmt(why, whylen, "empty field");
                        return -1;
                }
        if (n == 4 && !strcmp(f[0], "user")) {
                if (!(slash = strchr(f[1], '/'))) {
                        util_fmt(why, whylen, "expected <namespace>/<account>");
                        return -1;
                }
                *slash = '\0';
                if (!names_is_dns1123_label(f[1]) || strlen(f[1]) > NAMES_NS_MAX ||
                    !names_is_dns1123_subdomain(slash + 1) || strlen(slash + 1) > NAMES_SA_MAX) {
                        util_fmt(why, whylen, "not a valid namespace and account name");
                        return -1;
                }
                if (strncmp(f[2], "uid=", 4) != 0 ||
                    (strcmp(f[2] + 4, "-") != 0 && !uid_ok(f[2] + 4))) {
                        util_fmt(why, whylen, "expected uid=<Kubernetes UID> or uid=-");
                        return -1;
                }
                if (!parse_since(f[3], &e->since)) {
                        util_fmt(why, whylen, "expected since=<seconds since 1970>");
                        return -1;
                }
                e->kind = REGISTRY_USER;
                strcpy(e->ns, f[1]);
                strcpy(e->sa, slash + 1);
                if (strcmp(f[2] + 4, "-") != 0)
                        strcpy(e->sa_uid, f[2] + 4);
                return 0;
        }
        if (n == 3 && !strcmp(f[0], "group")) {
                if (!names_is_dns1123_label(f[1]) || strlen(f[1]) > NAMES_NS_MAX) {
                        util_fmt(why, whylen, "not a valid namespace name");
                        return -1;
                }
                if (!parse_since(f[2], &e->since)) {
                        util_fmt(why, whylen, "expected since=<seconds since 1970>");
                        return -1;
                }
                e->kind = REGISTRY_GROUP;
                strcpy(e->ns, f[1]);
                return 0;
        }
        util_fmt(why, whylen, "expected 'user NS/NAME uid=UID since=T' or 'group NS since=T'");
        return -1;
}

int ledger_format_value(const struct ledger_entry *e, char *buf, size_t len)
{
        int n;

        if (e->kind == REGISTRY_USER)
                n = snprintf(buf, len, "user %s/%s uid=%s since=%lld", e->ns, e->sa,
                             e->sa_uid[0] ? e->sa_uid : "-", e->since);
        else if (e->kind == REGISTRY_GROUP)
                n = snprintf(buf, len, "group %s since=%lld", e->ns, e->since);
        else
                return -1;
        return n < 0 || (size_t)n >= len ? -1 : 0;
}

/* --- the ledger -------------------------------------------------------- */

void ledger_free(struct ledger *l)
{
        if (!l)
                return;
        for (size_t i = 0; i < l->n_problems; i++)
                free(l->problems[i]);
        free(l->problems);
        free(l->by_name);
        free(l->e);
        free(l);
}

static int add_line(char ***list, size_t *n, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
static int add_line(char ***list, size_t *n, const char *fmt, ...)
{
        char line[K8S_ERR_MAX], **grown, *copy;
        va_list ap;

        va_start(ap, fmt);
        vsnprintf(line, sizeof(line), fmt, ap);
        va_end(ap);
        if (!(grown = realloc(*list, (*n + 1) * sizeof(*grown))))
                return -1;
        *list = grown;
        if (!(copy = strdup(line)))
                return -1;
        grown[(*n)++] = copy;
        return 0;
}

static int cmp_n(const void *a, const void *b)
{
        const struct ledger_entry *x = a, *y = b;

        return x->n < y->n ? -1 : x->n > y->n;
}

/* The ledger of one cluster: no cluster in its key. */
static int cmp_name_key(char kind, const char *ns, const char *sa,
                        const struct ledger_entry *y)
{
        return names_order(kind, "", ns, sa, y->kind, "", y->ns, y->sa);
}

static int cmp_name(const void *a, const void *b)
{
        const struct ledger_entry *x = *(struct ledger_entry *const *)a;
        const struct ledger_entry *y = *(struct ledger_entry *const *)b;
        int c = cmp_name_key(x->kind, x->ns, x->sa, y);

        return c ? c : x->n < y->n ? -1 : x->n > y->n;
}

/* The first entry of an identity in by_name (its entries follow), or the
 * end. */
static size_t first_named(const struct ledger *l, char kind, const char *ns, const char *sa)
{
        size_t lo = 0, hi = l->n_named;

        while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (cmp_name_key(kind, ns, sa, l->by_name[mid]) > 0)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        return lo;
}

static struct ledger_entry *find_mut(struct ledger *l, uint32_t n)
{
        struct ledger_entry key;

        key.n = n;
        return l->n ? bsearch(&key, l->e, l->n, sizeof(*l->e), cmp_n) : NULL;
}

const struct ledger_entry *ledger_find(const struct ledger *l, uint32_t n)
{
        return find_mut((struct ledger *)l, n);
}

/* A ".retired" key met before its number's entry waits here. */
struct retire_note {
        uint32_t n;
        long long since;
        bool recreated;
        char shard[64];
};

int ledger_parse(const struct config *cfg, const char *text, struct ledger **out,
                 char *err, size_t errlen)
{
        struct ledger *l = calloc(1, sizeof(*l));
        struct retire_note *ret = NULL;
        struct ledger_shard shard;
        size_t n_ret = 0;
        bool have_shard = false, shard_ok = false;
        unsigned lineno = 0;
        const char *p = text;
        char *line = NULL;

        *out = NULL;
        if (!l)
                goto oom;
        while (*p) {
                const char *nl = strchr(p, '\n'), *sp;
                size_t len;
                char why[K8S_ERR_MAX], *key, *value;
                unsigned long long num;
                bool retired, ret_recreated = false;

                lineno++;
                if (!nl) {
                        util_fmt(err, errlen, "ledger line %u: not terminated", lineno);
                        goto fail;
                }
                len = (size_t)(nl - p);
                free(line);
                if (!(line = strndup(p, len)))
                        goto oom;
                p = nl + 1;
                if (!(sp = strchr(line, ' '))) {
                        util_fmt(err, errlen, "ledger line %u: expected a key and a value",
                                 lineno);
                        goto fail;
                }
                key = line;
                value = (char *)sp + 1;
                *(char *)sp = '\0';
                if (!strcmp(key, "shard")) {
                        char *rv = strchr(value, ' ');
                        if (rv)
                                *rv = '\0';
                        have_shard = true;
                        shard_ok = ledger_shard_by_name(cfg, value, &shard) == 0;
                        if (!shard_ok && !strncmp(value, LEDGER_SHARD_PREFIX,
                                                  strlen(LEDGER_SHARD_PREFIX)) &&
                            add_line(&l->problems, &l->n_problems, "ConfigMap %s is not a "
                                     "slice of uid_min..uid_max (%u..%u): ignored", value,
                                     cfg->uid_min, cfg->uid_max) < 0)
                                goto oom;
                        if (!shard_ok)
                                memset(&shard, 0, sizeof(shard));
                        continue;
                }
                if (!have_shard) {
                        util_fmt(err, errlen, "ledger line %u: an entry before any shard",
                                 lineno);
                        goto fail;
                }
                if (!shard_ok)
                        continue;
                {
                        size_t kl = strlen(key), sl = strlen(LEDGER_RETIRED_SUFFIX);
                        retired = kl > sl && !strcmp(key + kl - sl, LEDGER_RETIRED_SUFFIX);
                        if (!parse_dec(key, retired ? key + kl - sl : NULL, UINT32_MAX, &num)) {
                                if (add_line(&l->problems, &l->n_problems, "ConfigMap %s key "
                                             "%s: not a number (ignored)", shard.name, key) < 0)
                                        goto oom;
                                continue;
                        }
                }
                if (num < shard.lo || num > shard.hi) {
                        /* Only its own slice can give a number: a copy
                         * elsewhere could give it twice. */
                        if (add_line(&l->problems, &l->n_problems, "ConfigMap %s key %s: "
                                     "number %llu lies outside this slice (%u..%u); ignored",
                                     shard.name, key, num, shard.lo, shard.hi) < 0)
                                goto oom;
                        continue;
                }
                if (retired) {
                        struct retire_note *g = realloc(ret, (n_ret + 1) * sizeof(*g));
                        long long since = 0;
                        if (!g)
                                goto oom;
                        ret = g;
                        if (ledger_parse_retired(value, &since, &ret_recreated) < 0) {
                                /* Read as retired all the same: a number is
                                 * never given again. */
                                if (add_line(&l->problems, &l->n_problems, "ConfigMap %s key "
                                             "%s: malformed (expected 'retired since=T "
                                             "reason=recreated|admin'); number %llu counts as "
                                             "retired", shard.name, key, num) < 0)
                                        goto oom;
                        }
                        ret[n_ret].recreated = ret_recreated;
                        ret[n_ret].n = (uint32_t)num;
                        ret[n_ret].since = since;
                        snprintf(ret[n_ret].shard, sizeof(ret[n_ret].shard), "%s", shard.name);
                        n_ret++;
                        continue;
                }
                if (l->n == l->cap) {
                        size_t cap = l->cap ? l->cap * 2 : 64;
                        struct ledger_entry *g = realloc(l->e, cap * sizeof(*g));
                        if (!g)
                                goto oom;
                        l->e = g;
                        l->cap = cap;
                }
                {
                        struct ledger_entry *e = &l->e[l->n];
                        memset(e, 0, sizeof(*e));
                        if (ledger_parse_value(value, e, why, sizeof(why)) < 0) {
                                char safe[120];
                                e->malformed = true;
                                e->kind = 0;
                                if (add_line(&l->problems, &l->n_problems, "ConfigMap %s key "
                                             "%s: malformed (%s): '%s'; number %llu stays "
                                             "taken", shard.name, key, why,
                                             util_sanitize(safe, sizeof(safe), value, 100),
                                             num) < 0)
                                        goto oom;
                        }
                        e->n = (uint32_t)num;
                        l->n++;
                }
        }
        if (l->n)
                qsort(l->e, l->n, sizeof(*l->e), cmp_n);
        for (size_t i = 1; i < l->n; i++)
                if (l->e[i].n == l->e[i - 1].n) {
                        /* One object cannot hold a key twice: the text lies. */
                        util_fmt(err, errlen, "ledger number %u given twice", l->e[i].n);
                        goto fail;
                }
        for (size_t i = 0; i < n_ret; i++) {
                struct ledger_entry *e = find_mut(l, ret[i].n);
                if (!e) {
                        if (add_line(&l->problems, &l->n_problems, "ConfigMap %s key %u%s: "
                                     "retires a number that has no entry (ignored)",
                                     ret[i].shard, ret[i].n, LEDGER_RETIRED_SUFFIX) < 0)
                                goto oom;
                        continue;
                }
                e->retired = true;
                e->retired_since = ret[i].since;
                e->recreated = ret[i].recreated;
        }
        /* An index by identity, so that a sync of 100,000 entries does
         * not scan the whole ledger for each. */
        if (l->n && !(l->by_name = malloc(l->n * sizeof(*l->by_name))))
                goto oom;
        for (size_t i = 0; i < l->n; i++)
                if (!l->e[i].malformed)
                        l->by_name[l->n_named++] = &l->e[i];
        if (l->n_named)
                qsort(l->by_name, l->n_named, sizeof(*l->by_name), cmp_name);
        free(ret);
        free(line);
        *out = l;
        return 0;
oom:
        util_fmt(err, errlen, "out of memory");
fail:
        free(ret);
        free(line);
        ledger_free(l);
        return -1;
}

/* --- trust ------------------------------------------------------------- */

static bool same_identity(const struct ledger_entry *e, const char *ns, const char *sa)
{
        return !strcmp(e->ns, ns) && !strcmp(e->sa, sa ? sa : "") &&
               e->kind == (sa ? REGISTRY_USER : REGISTRY_GROUP);
}

enum ledger_pick ledger_pick(const struct ledger *l, const char *ns, const char *sa,
                             const char *sa_uid, const struct ledger_entry **out,
                             char *why, size_t whylen)
{
        const struct ledger_entry *exact = NULL, *loose = NULL;
        size_t n_exact = 0, n_loose = 0;

        char kind = sa ? REGISTRY_USER : REGISTRY_GROUP;
        size_t from = first_named(l, kind, ns, sa ? sa : ""), i;

        *out = NULL;
        why[0] = '\0';
        for (i = from; i < l->n_named && same_identity(l->by_name[i], ns, sa); i++) {
                const struct ledger_entry *e = l->by_name[i];
                if (e->retired)
                        continue;
                if (sa && sa_uid && sa_uid[0] && e->sa_uid[0]) {
                        if (strcmp(e->sa_uid, sa_uid) != 0)
                                continue; /* the old number of a recreated account */
                        if (!n_exact++)
                                exact = e;
                } else if (!n_loose++) {
                        loose = e;
                }
        }
        if (n_exact == 1) {
                *out = exact;
                return LEDGER_PICK_FOUND;
        }
        if (n_exact == 0 && n_loose == 1) {
                *out = loose;
                return LEDGER_PICK_FOUND;
        }
        if (n_exact == 0 && n_loose == 0) {
                /* A token of an account that has since been recreated (a
                 * key set still verifies it) must not take a number back. */
                for (i = from; sa && sa_uid && sa_uid[0] && i < l->n_named &&
                     same_identity(l->by_name[i], ns, sa); i++) {
                        const struct ledger_entry *e = l->by_name[i];
                        if (e->retired && e->recreated && !strcmp(e->sa_uid, sa_uid)) {
                                util_fmt(why, whylen, "account %s/%s with Kubernetes UID %s "
                                         "was recreated since (its number %u is retired): "
                                         "refused", ns, sa, sa_uid, e->n);
                                return LEDGER_PICK_CONFLICT;
                        }
                }
                return LEDGER_PICK_NONE;
        }
        util_fmt(why, whylen, "the ledger gives %s %s%s%s more than one active number (%u and "
                 "others): refused until an administrator retires all but one with "
                 "'k8s-login ledger retire'", sa ? "account" : "the group of namespace", ns,
                 sa ? "/" : "", sa ? sa : "", (n_exact ? exact : loose)->n);
        return LEDGER_PICK_CONFLICT;
}

void ledger_plan_clear(struct ledger_plan *p)
{
        for (size_t i = 0; i < p->n_conflicts; i++)
                free(p->conflicts[i]);
        free(p->conflicts);
        free(p->c);
        memset(p, 0, sizeof(*p));
}

static int plan_add(struct ledger_plan *p, char op, char kind, const struct ledger_entry *e,
                    long long since)
{
        struct registry_change *c;

        if (p->n == p->cap) {
                size_t cap = p->cap ? p->cap * 2 : 64;
                if (!(c = realloc(p->c, cap * sizeof(*c))))
                        return -1;
                p->c = c;
                p->cap = cap;
        }
        c = &p->c[p->n++];
        c->op = op;
        c->kind = kind;
        c->id = e->n;
        c->ns = e->ns;
        c->sa = e->sa;
        c->sa_uid = e->sa_uid;
        c->since = since;
        return 0;
}

static void describe(const struct ledger_entry *e, char *buf, size_t len)
{
        if (e->malformed)
                util_fmt(buf, len, "a malformed entry");
        else if (e->kind == REGISTRY_USER)
                util_fmt(buf, len, "account %s/%s (uid=%s)%s", e->ns, e->sa,
                         e->sa_uid[0] ? e->sa_uid : "-", e->retired ? ", retired" : "");
        else
                util_fmt(buf, len, "the group of namespace %s", e->ns);
}

/* Whether local entry r and ledger entry e record the same allocation. */
static bool agrees(const struct config *cfg, const struct registry_entry *r,
                   const struct ledger_entry *e)
{
        /* A number of this cluster's pool held for another cluster is no
         * agreement: the ledger speaks for this cluster only. */
        if (e->malformed || strcmp(r->cluster, config_registry_cluster(cfg)) != 0 ||
            strcmp(r->ns, e->ns) != 0)
                return false;
        if (r->kind == REGISTRY_GROUP)
                return e->kind == REGISTRY_GROUP;
        if (e->kind != REGISTRY_USER || strcmp(r->sa, e->sa) != 0)
                return false;
        /* A Kubernetes UID known on both sides must be the same one. */
        return !r->sa_uid[0] || !e->sa_uid[0] || !strcmp(r->sa_uid, e->sa_uid);
}

int ledger_plan_sync(const struct config *cfg, const struct ledger *l,
                     const struct registry *reg, ledger_elsewhere_fn elsewhere, void *ctx,
                     struct ledger_plan *p)
{
        char a[300], b[300], why[K8S_ERR_MAX];
        /* Identities this host keeps whatever the ledger says: their
         * conflicts stay theirs. Marked by number in the ledger. */
        bool *skip = l->n ? calloc(l->n, sizeof(bool)) : NULL;

        memset(p, 0, sizeof(*p));
        if (l->n && !skip)
                return -1;
        /* 1. Every number this host holds must be in the ledger, unchanged. */
        for (size_t i = 0; i < reg->n; i++) {
                const struct registry_entry *r = &reg->e[i];
                const struct ledger_entry *e = ledger_find(l, r->id);
                registry_describe(r, a, sizeof(a));
                if (!registry_in_pool(cfg, r->id))
                        continue;
                if (!e) {
                        p->n_missing++;
                        if (add_line(&p->conflicts, &p->n_conflicts, "number %u: held here by "
                                     "%s, missing from the ledger (removed there, or never "
                                     "imported: 'k8s-login ledger import')", r->id, a) < 0)
                                goto oom;
                        continue;
                }
                skip[e - l->e] = true;
                if (!agrees(cfg, r, e)) {
                        describe(e, b, sizeof(b));
                        if (add_line(&p->conflicts, &p->n_conflicts, "number %u: the ledger "
                                     "changed it to %s; this host keeps %s", r->id, b, a) < 0)
                                goto oom;
                        continue;
                }
                if (r->kind == REGISTRY_USER && e->retired &&
                    plan_add(p, 'r', REGISTRY_RETIRED, e, e->retired_since) < 0)
                        goto oom;
        }
        /* 2. The rest of the ledger, identity by identity. */
        for (size_t i = 0; i < l->n; i++) {
                const struct ledger_entry *e = &l->e[i], *pick;
                const struct registry_entry *mine;
                struct names_identity id;
                int held;

                if (skip[i] || e->malformed)
                        continue;
                if (e->retired) {
                        /* An old number is recorded retired here too, so it
                         * is never given again. */
                        if (e->kind == REGISTRY_USER &&
                            plan_add(p, 'a', REGISTRY_RETIRED, e, e->retired_since) < 0)
                                goto oom;
                        continue;
                }
                if (e->kind == REGISTRY_USER) {
                        snprintf(id.ns, sizeof(id.ns), "%s", e->ns);
                        snprintf(id.sa, sizeof(id.sa), "%s", e->sa);
                        mine = registry_find_user_in(reg, config_registry_cluster(cfg), &id);
                        if (ledger_pick(l, e->ns, e->sa, NULL, &pick, why, sizeof(why)) ==
                            LEDGER_PICK_CONFLICT) {
                                if (add_line(&p->conflicts, &p->n_conflicts, "number %u: %s",
                                             e->n, why) < 0)
                                        goto oom;
                                continue;
                        }
                } else {
                        mine = registry_find_group_in(reg, config_registry_cluster(cfg), e->ns);
                        if (ledger_pick(l, e->ns, NULL, NULL, &pick, why, sizeof(why)) ==
                            LEDGER_PICK_CONFLICT) {
                                if (add_line(&p->conflicts, &p->n_conflicts, "number %u: %s",
                                             e->n, why) < 0)
                                        goto oom;
                                continue;
                        }
                }
                if (mine) {
                        /* Held here under another number, not retired in
                         * the ledger: the host never moves an identity. */
                        const struct ledger_entry *old = ledger_find(l, mine->id);
                        if (!(mine->kind == REGISTRY_USER && old && old->retired)) {
                                describe(e, b, sizeof(b));
                                if (add_line(&p->conflicts, &p->n_conflicts, "number %u: the "
                                             "ledger gives it to %s, which holds %u here: "
                                             "refused", e->n, b, mine->id) < 0)
                                        goto oom;
                                continue;
                        }
                }
                held = elsewhere ? elsewhere(cfg, e, ctx, why, sizeof(why)) : 0;
                if (held != 0) {
                        describe(e, b, sizeof(b));
                        if (add_line(&p->conflicts, &p->n_conflicts, "number %u for %s: %s",
                                     e->n, b, why) < 0)
                                goto oom;
                        continue;
                }
                if (plan_add(p, 'a', e->kind, e, e->since) < 0)
                        goto oom;
        }
        free(skip);
        return 0;
oom:
        free(skip);
        ledger_plan_clear(p);
        return -1;
}
