/* The UID/GID registry in <state_dir>/uids. libc only (the NSS module
 * links it). Format, one allocation per line, fields separated by one
 * space:
 *
 *   <kind> <number> <namespace> <account|-> <k8s-uid|-> <since> [<cluster>]
 *
 * <cluster> is the [cluster NAME] section of the identity; entries
 * without it belong to the config's only cluster, or to its first section
 * (config_registry_cluster), so a registry written before the config had
 * sections keeps every number. A number is unique in the whole file.
 *
 * kind u (account), g (namespace group), r (retired account number).
 * Lines starting with '#' are comments. Anything else makes the whole
 * file untrusted: a registry we cannot read completely could hide a
 * number that is already taken. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "k8s/registry.h"
#include "k8s/registry_index.h"
#include "k8s/siphash.h"
#include "k8s/util.h"
#include "registry_int.h"


void registry_free(struct registry *reg)
{
        if (!reg)
                return;
        for (size_t i = 0; i < reg->n_owned; i++)
                free(reg->owned[i]);
        free(reg->owned);
        free(reg->e);
        free(reg->by_id);
        free(reg->by_name);
        free(reg->text);
        free(reg);
}

static int cmp_id(const void *a, const void *b)
{
        const struct registry_entry *x = *(struct registry_entry *const *)a;
        const struct registry_entry *y = *(struct registry_entry *const *)b;

        return x->id < y->id ? -1 : x->id > y->id;
}

static int cmp_name_key(char kind, const char *cluster, const char *ns, const char *sa,
                        const struct registry_entry *y)
{
        return names_order(kind, cluster, ns, sa, y->kind, y->cluster, y->ns, y->sa);
}

static int cmp_name(const void *a, const void *b)
{
        const struct registry_entry *x = *(struct registry_entry *const *)a;
        const struct registry_entry *y = *(struct registry_entry *const *)b;

        return cmp_name_key(x->kind, x->cluster, x->ns, x->sa, y);
}

/* Sorts the indexes and refuses duplicates: one number, one holder; one
 * active allocation per account and per namespace group. */
int registry_reindex(struct registry *reg, char *err, size_t errlen)
{
        struct registry_entry **id, **nm;

        free(reg->by_id);
        free(reg->by_name);
        reg->by_id = reg->by_name = NULL;
        id = calloc(reg->n + 1, sizeof(*id));
        nm = calloc(reg->n + 1, sizeof(*nm));
        if (!id || !nm) {
                free(id);
                free(nm);
                util_fmt(err, errlen, "out of memory");
                return -1;
        }
        for (size_t i = 0; i < reg->n; i++)
                id[i] = nm[i] = &reg->e[i];
        qsort(id, reg->n, sizeof(*id), cmp_id);
        qsort(nm, reg->n, sizeof(*nm), cmp_name);
        reg->by_id = id;
        reg->by_name = nm;
        for (size_t i = 1; i < reg->n; i++) {
                if (id[i - 1]->id == id[i]->id) {
                        util_fmt(err, errlen, "number %u is allocated twice", id[i]->id);
                        return -1;
                }
                if (nm[i]->kind != REGISTRY_RETIRED && !cmp_name(&nm[i - 1], &nm[i])) {
                        util_fmt(err, errlen, "%s %s%s%s%s%s is allocated twice",
                                 nm[i]->kind == REGISTRY_USER ? "account" : "group of",
                                 nm[i]->cluster, nm[i]->cluster[0] ? ":" : "",
                                 nm[i]->ns, nm[i]->sa[0] ? "/" : "", nm[i]->sa);
                        return -1;
                }
        }
        return 0;
}

static bool parse_u32(const char *s, uint32_t *out)
{
        unsigned long long v = 0;

        if (!*s || (*s == '0' && s[1]))
                return false;
        for (; *s; s++) {
                if (*s < '0' || *s > '9')
                        return false;
                v = v * 10 + (unsigned)(*s - '0');
                if (v > UINT32_MAX)
                        return false;
        }
        *out = (uint32_t)v;
        return true;
}

bool registry_sa_uid_ok(const char *s)
{
        size_t n = strlen(s);

        if (n == 0 || n > REGISTRY_SAUID_MAX)
                return false;
        for (; *s; s++)
                if (*s <= ' ' || *s >= 0x7f)
                        return false;
        return true;
}

static int parse_line(char *line, struct registry_entry *e)
{
        char *f[8];
        size_t n = 0;
        uint32_t since;

        for (char *p = line; n < 8; ) {
                f[n++] = p;
                p = strchr(p, ' ');
                if (!p)
                        break;
                *p++ = '\0';
        }
        if ((n != 6 && n != 7) || strlen(f[0]) != 1 || !parse_u32(f[1], &e->id) ||
            e->id < 1000)
                return -1;
        e->cluster = n == 7 ? f[6] : "";
        if (n == 7 && !names_is_dns1123_label(e->cluster))
                return -1;
        e->kind = f[0][0];
        e->ns = f[2];
        e->sa = strcmp(f[3], "-") ? f[3] : "";
        e->sa_uid = strcmp(f[4], "-") ? f[4] : "";
        if (!names_is_dns1123_label(e->ns) || !parse_u32(f[5], &since))
                return -1;
        e->since = since;
        switch (e->kind) {
        case REGISTRY_USER:
        case REGISTRY_RETIRED:
                if (!names_is_dns1123_subdomain(e->sa))
                        return -1;
                break;
        case REGISTRY_GROUP:
                if (e->sa[0] || e->sa_uid[0])
                        return -1;
                break;
        default:
                return -1;
        }
        if (e->sa_uid[0] && !registry_sa_uid_ok(e->sa_uid))
                return -1;
        return 0;
}

int registry_grow(struct registry *reg)
{
        struct registry_entry *e;
        size_t cap = reg->cap ? reg->cap * 2 : 16;

        if (reg->n < reg->cap)
                return 0;
        e = realloc(reg->e, cap * sizeof(*e));
        if (!e)
                return -1;
        reg->e = e;
        reg->cap = cap;
        return 0;
}

int registry_parse(char *text, struct registry **out, char *err, size_t errlen)
{
        struct registry *reg = calloc(1, sizeof(*reg));
        unsigned lineno = 0;
        char *line, *next;

        *out = NULL;
        if (!reg) {
                free(text);
                util_fmt(err, errlen, "out of memory");
                return -1;
        }
        reg->text = text;
        for (line = text; line && *line; line = next) {
                next = strchr(line, '\n');
                lineno++;
                if (!next) {
                        util_fmt(err, errlen, "line %u: not terminated (a write was cut short?)",
                                 lineno);
                        goto fail;
                }
                *next++ = '\0';
                if (line[0] == '#')
                        continue;
                if (registry_grow(reg) < 0) {
                        util_fmt(err, errlen, "out of memory");
                        goto fail;
                }
                if (parse_line(line, &reg->e[reg->n]) < 0) {
                        util_fmt(err, errlen, "line %u: malformed entry", lineno);
                        goto fail;
                }
                reg->n++;
        }
        if (registry_reindex(reg, err, errlen) < 0)
                goto fail;
        *out = reg;
        return 0;
fail:
        registry_free(reg);
        return -1;
}

int registry_load(const char *state_dir, struct registry **out, struct stat *st,
                  char *err, size_t errlen)
{
        char path[4096], why[K8S_ERR_MAX], *text = NULL;
        struct stat fst;

        *out = NULL;
        if (st)
                memset(st, 0, sizeof(*st));
        if (snprintf(path, sizeof(path), "%s/%s", state_dir, REGISTRY_FILE) >= (int)sizeof(path)) {
                util_fmt(err, errlen, "%s: path too long", state_dir);
                return -1;
        }
        /* The directory must be trusted too: whoever can write to it could
         * remove the registry and so make taken numbers look free. */
        if (util_trusted_dir(state_dir, why, sizeof(why)) < 0) {
                if (errno != ENOENT) {
                        util_fmt(err, errlen, "UID registry directory %s", why);
                        return -1;
                }
                text = strdup(""); /* a fresh host: nothing allocated yet */
        } else if (lstat(path, &fst) < 0) {
                if (errno != ENOENT) {
                        util_fmt(err, errlen, "UID registry %s: %s", path, strerror(errno));
                        return -1;
                }
                text = strdup("");
        } else {
                if (st)
                        *st = fst;
                if (util_read_trusted_file(path, 0, REGISTRY_MAX_SIZE, &text, NULL, why,
                                           sizeof(why)) < 0) {
                        util_fmt(err, errlen, "UID registry %s", why);
                        return -1;
                }
        }
        if (!text) {
                util_fmt(err, errlen, "out of memory");
                return -1;
        }
        if (registry_parse(text, out, why, sizeof(why)) < 0) {
                util_fmt(err, errlen, "UID registry %s: %s", path, why);
                return -1;
        }
        return 0;
}

const struct registry_entry *registry_find_id(const struct registry *reg, uint32_t id)
{
        struct registry_entry *const *v = reg->by_id;
        size_t lo = 0, hi = reg->n;

        while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (v[mid]->id == id)
                        return v[mid];
                if (v[mid]->id < id)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        return NULL;
}

const struct registry_entry *registry_find_name(const struct registry *reg, char kind,
                                              const char *cluster, const char *ns,
                                              const char *sa)
{
        struct registry_entry *const *v = reg->by_name;
        size_t lo = 0, hi = reg->n;

        while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                int c = cmp_name_key(kind, cluster, ns, sa, v[mid]);
                if (c == 0)
                        return v[mid];
                if (c > 0)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        return NULL;
}

const struct registry_entry *registry_find_user(const struct registry *reg,
                                                const struct names_identity *id)
{
        return registry_find_name(reg, REGISTRY_USER, "", id->ns, id->sa);
}

const struct registry_entry *registry_find_group(const struct registry *reg, const char *ns)
{
        return registry_find_name(reg, REGISTRY_GROUP, "", ns, "");
}

const struct registry_entry *registry_find_user_in(const struct registry *reg,
                                                   const char *cluster,
                                                   const struct names_identity *id)
{
        return registry_find_name(reg, REGISTRY_USER, cluster, id->ns, id->sa);
}

const struct registry_entry *registry_find_group_in(const struct registry *reg,
                                                    const char *cluster, const char *ns)
{
        return registry_find_name(reg, REGISTRY_GROUP, cluster, ns, "");
}

/* This cluster's entries. */

/* The fixed SipHash-2-4 key of first choices: the 16 ASCII bytes
 * "k8s-login uid v2", written in nss_k8s(8). It is not a secret: it only
 * has to be the same on every host and in every version, since hosts that
 * share file systems depend on agreeing; SipHash spreads small ranges
 * well where FNV-1a clustered. That a name can still be aimed at a number
 * is why a number another NSS source holds is never given
 * (registry_held_elsewhere). */
static const uint8_t first_choice_key[SIPHASH_KEY_LEN] = {
        0x6b, 0x38, 0x73, 0x2d, 0x6c, 0x6f, 0x67, 0x69,
        0x6e, 0x20, 0x75, 0x69, 0x64, 0x20, 0x76, 0x32,
};

uint32_t registry_first_choice(const struct config *cfg, const char *ns, const char *sa)
{
        /* "u\0<ns>\0<sa>\0" for a user, "g\0<ns>\0" for a group */
        uint8_t msg[2 + NAMES_NS_MAX + 1 + NAMES_SA_MAX + 1];
        size_t nl = strlen(ns), sl = sa ? strlen(sa) : 0, len = 0;
        uint64_t room;

        if (cfg->uid_max <= cfg->uid_min || nl > NAMES_NS_MAX || sl > NAMES_SA_MAX)
                return 0;
        room = (uint64_t)cfg->uid_max - cfg->uid_min;
        msg[len++] = sa ? 'u' : 'g';
        msg[len++] = '\0';
        memcpy(msg + len, ns, nl + 1);
        len += nl + 1;
        if (sa) {
                memcpy(msg + len, sa, sl + 1);
                len += sl + 1;
        }
        return (uint32_t)(cfg->uid_min + 1 + siphash24(first_choice_key, msg, len) % room);
}

void registry_entry_identity(const struct registry_entry *e, struct names_identity *id)
{
        snprintf(id->ns, sizeof(id->ns), "%s", e->ns);
        snprintf(id->sa, sizeof(id->sa), "%s", e->sa);
}

bool registry_in_pool(const struct config *cfg, uint32_t n)
{
        return n > cfg->uid_min && n <= cfg->uid_max;
}

static int number_of(const struct config *cfg, const struct registry *reg,
                     const struct registry_entry *e, const char *ns, const char *sa,
                     uint32_t *out)
{
        uint32_t n;

        if (e) {
                if (!registry_in_pool(cfg, e->id))
                        return -1;
                *out = e->id;
                return 1;
        }
        n = registry_first_choice(cfg, ns, sa);
        if (n == 0 || registry_find_id(reg, n))
                return -1;
        *out = n;
        return 0;
}

int registry_user_uid(const struct config *cfg, const struct registry *reg,
                      const struct names_identity *id, uint32_t *uid)
{
        return number_of(cfg, reg, FIND_USER(cfg, reg, id), id->ns, id->sa, uid);
}

int registry_group_gid(const struct config *cfg, const struct registry *reg,
                       const char *ns, uint32_t *gid)
{
        return number_of(cfg, reg, FIND_GROUP(cfg, reg, ns), ns, NULL, gid);
}

void registry_describe(const struct registry_entry *e, char *buf, size_t len)
{
        char in[80] = "";

        if (e->cluster[0])
                util_fmt(in, sizeof(in), " of cluster %s", e->cluster);
        switch (e->kind) {
        case REGISTRY_USER:
                util_fmt(buf, len, "%s/%s%s", e->ns, e->sa, in);
                break;
        case REGISTRY_GROUP:
                util_fmt(buf, len, "the group of namespace %s%s", e->ns, in);
                break;
        default:
                util_fmt(buf, len, "a retired number (was %s/%s%s)", e->ns, e->sa, in);
                break;
        }
}

/* Entries bigger than this are not worth reading to name the holder. */
#define HOLDER_BUF_MAX (1024 * 1024)

int registry_held_elsewhere(bool group, uint32_t n, const char *ours, char *holder, size_t len)
{
        size_t size = 1024;
        char *buf = NULL;
        int e, r = -1;

        holder[0] = '\0';
        for (;;) {
                struct passwd pw, *pres = NULL;
                struct group gr, *gres = NULL;
                char *grown = realloc(buf, size);

                if (!grown) {
                        e = ENOMEM;
                        break;
                }
                buf = grown;
                if (group)
                        e = getgrgid_r((gid_t)n, &gr, buf, size, &gres);
                else
                        e = getpwuid_r((uid_t)n, &pw, buf, size, &pres);
                if (e == ERANGE && size < HOLDER_BUF_MAX) {
                        size *= 4;
                        continue;
                }
                if (e == ERANGE) {
                        /* Something holds it, too big to be read. */
                        util_fmt(holder, len, "(an entry too large to read)");
                        r = 1;
                } else if (e == 0 && (pres || gres)) {
                        const char *name = group ? gr.gr_name : pw.pw_name;
                        char safe[80];
                        /* the account itself, made in another source by hand */
                        if (ours && name && strcmp(name, ours) == 0) {
                                r = 0;
                                break;
                        }
                        util_sanitize(safe, sizeof(safe), name ? name : "?", 64);
                        util_fmt(holder, len, "%s", safe);
                        r = 1;
                } else if (e == 0 || e == ENOENT || e == ESRCH) {
                        r = 0;
                }
                break;
        }
        free(buf);
        if (r < 0)
                errno = e;
        return r;
}

/* Whether n can be recorded for the user (sa != NULL) or namespace group:
 * 0 yes; else the status to return, with why filled in (a refusal names
 * the holder and the fix). Runs under the registry's flock, which is safe:
 * the nested lookup may enter our own NSS module, but that only reads the
 * registry and never takes the flock. */
