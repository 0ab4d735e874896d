/* Writing the UID/GID registry in <state_dir>/uids (root only): binding,
 * pinning, retiring and applying a plan, each under the registry lock and
 * each written whole (statefile_write), with its index refreshed. The
 * format and the reading side are in lib/base/registry.c; the NSS module
 * links that one and never this. */
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
#include "k8s/statefile.h"
#include "k8s/util.h"
#include "../base/registry_int.h"

#define HEADER "# k8s-login UID registry, format 1: written by pam_k8s and k8s-login; " \
               "change it only with k8s-login(1)\n"

static enum registry_status check_elsewhere(const struct config *cfg, const char *ns,
                                            const char *sa, uint32_t n, char *why,
                                            size_t whylen)
{
        char holder[160], ours[NAMES_LOCAL_MAX + 1], shown[NAMES_LOCAL_MAX + 1];
        bool named;

        /* ours: the local name, which another source may hold as the very
         * same account; shown: what the message calls it. */
        if (sa) {
                struct names_identity id;
                snprintf(id.ns, sizeof(id.ns), "%s", ns);
                snprintf(id.sa, sizeof(id.sa), "%s", sa);
                if ((named = names_to_local(cfg->user_format, &id, ours, sizeof(ours))))
                        util_fmt(shown, sizeof(shown), "%s", ours);
                else
                        util_fmt(shown, sizeof(shown), "%s/%s", ns, sa);
        } else {
                named = names_expand(cfg->group_format, ns, NULL, NULL, ours, sizeof(ours));
                util_fmt(shown, sizeof(shown), "%s", named ? ours : ns);
        }
        switch (registry_held_elsewhere(sa == NULL, n, named ? ours : NULL, holder,
                                        sizeof(holder))) {
        case 0:
                return REGISTRY_OK;
        case 1:
                if (sa)
                        util_fmt(why, whylen, "UID %u is held by user %s of another NSS source, "
                                 "so %s cannot have it; an administrator can give %s another "
                                 "number with 'k8s-login pin %s NUMBER' (or 'k8s-login pin %s' "
                                 "for the next free one)", n, holder, shown, shown, shown, shown);
                else
                        util_fmt(why, whylen, "GID %u is held by group %s of another NSS source, "
                                 "so the group of namespace %s (%s) cannot have it; an "
                                 "administrator can give it another number with 'k8s-login pin "
                                 "--group %s NUMBER' (or 'k8s-login pin --group %s' for the next "
                                 "free one)", n, holder, ns, shown, shown, shown);
                return REGISTRY_COLLISION;
        default:
                util_fmt(why, whylen, "cannot tell whether another NSS source holds %s %u: %s",
                         sa ? "UID" : "GID", n, strerror(errno));
                return REGISTRY_ERROR;
        }
}

/* --- writing (root) --------------------------------------------------- */

static const char *own(struct registry *reg, const char *s)
{
        char **o, *copy;

        if (!s[0])
                return "";
        o = realloc(reg->owned, (reg->n_owned + 1) * sizeof(*o));
        if (!o)
                return NULL;
        reg->owned = o;
        if (!(copy = strdup(s)))
                return NULL;
        reg->owned[reg->n_owned++] = copy;
        return copy;
}

static int add(struct registry *reg, const struct config *cfg, char kind, uint32_t id,
               const char *ns, const char *sa, const char *sa_uid, char *err, size_t errlen)
{
        struct registry_entry *e;

        if (registry_grow(reg) < 0)
                goto oom;
        e = &reg->e[reg->n];
        e->kind = kind;
        e->id = id;
        e->since = (long long)time(NULL);
        if (!(e->cluster = own(reg, config_registry_cluster(cfg))) ||
            !(e->ns = own(reg, ns)) || !(e->sa = own(reg, sa ? sa : "")) ||
            !(e->sa_uid = own(reg, sa_uid ? sa_uid : "")))
                goto oom;
        reg->n++;
        return registry_reindex(reg, err, errlen);
oom:
        util_fmt(err, errlen, "out of memory");
        return -1;
}

/* Takes the registry lock, waiting at most timeout seconds. Returns the
 * locked fd or -1. */
static int lock_registry(const struct config *cfg, char *err, size_t errlen)
{
        if (statefile_dir(cfg->state_dir, err, errlen) < 0)
                return -1;
        return statefile_lock(cfg->state_dir, REGISTRY_LOCK, true, cfg->timeout, err, errlen);
}

/* The index of the registry just written (text), under the registry lock.
 * A failure leaves an index of an older registry, which readers ignore:
 * they read the registry whole, as without one. */
static void write_index(const char *state_dir, const char *text, size_t len)
{
        char path[4096], err[K8S_ERR_MAX];
        struct stat st;

        if (statefile_path(path, sizeof(path), state_dir, REGISTRY_FILE) == 0 &&
            lstat(path, &st) == 0)
                (void)registry_index_write(state_dir, text, len, &st, err, sizeof(err));
}

/* Under the lock: an index missing or stale (a registry edited by hand,
 * written by an older version, or a crash between the two renames) is
 * rebuilt from the file, so readers get their fast path back. */
static void refresh_index(const char *state_dir, const struct stat *st)
{
        char path[4096], err[K8S_ERR_MAX], *text = NULL;
        size_t len = 0;

        if (!st->st_ino || registry_index_fresh(state_dir, st) ||
            statefile_path(path, sizeof(path), state_dir, REGISTRY_FILE) < 0 ||
            util_read_trusted_file(path, 0, REGISTRY_MAX_SIZE, &text, &len, err, sizeof(err)) < 0)
                return;
        if ((size_t)st->st_size == len)
                (void)registry_index_write(state_dir, text, len, st, err, sizeof(err));
        free(text);
}

/* Writes the registry whole to a new file and renames it over the old one
 * (statefile_write): a crash leaves either the old or the new registry. */
static int store(const struct config *cfg, const struct registry *reg, char *err, size_t errlen)
{
        size_t cap = strlen(HEADER) + 1 + reg->n * 520, used;
        char *text = malloc(cap);
        int r;

        if (!text) {
                util_fmt(err, errlen, "out of memory");
                return -1;
        }
        strcpy(text, HEADER);
        used = strlen(HEADER);
        for (size_t i = 0; i < reg->n; i++) {
                const struct registry_entry *e = &reg->e[i];
                int n = snprintf(text + used, cap - used, "%c %u %s %s %s %lld%s%s\n", e->kind,
                                 e->id, e->ns, e->sa[0] ? e->sa : "-",
                                 e->sa_uid[0] ? e->sa_uid : "-", e->since,
                                 e->cluster[0] ? " " : "", e->cluster);
                if (n < 0 || (size_t)n >= cap - used) {
                        free(text);
                        util_fmt(err, errlen, "registry entry too long");
                        return -1;
                }
                used += (size_t)n;
        }
        r = statefile_write(cfg->state_dir, REGISTRY_FILE, text, used, 0644, err, errlen);
        if (r == 0)
                write_index(cfg->state_dir, text, used);
        free(text);
        return r;
}

static void unlock_registry(int fd)
{
        if (fd >= 0)
                close(fd); /* releases the flock */
}

/* Loads the registry for a change: under the lock, from the file itself. */
static int begin(const struct config *cfg, struct registry **reg, char *err, size_t errlen)
{
        int fd = lock_registry(cfg, err, errlen);
        struct stat st;

        if (fd < 0)
                return -1;
        if (registry_load(cfg->state_dir, reg, &st, err, errlen) < 0) {
                unlock_registry(fd);
                return -1;
        }
        refresh_index(cfg->state_dir, &st);
        return fd;
}

static void local_name(const struct config *cfg, const struct names_identity *id, char *buf,
                       size_t len)
{
        if (!names_to_local(cfg->user_format, id, buf, len))
                util_fmt(buf, len, "%s/%s", id->ns, id->sa);
}

/* Numbers other NSS sources hold that one probe walks past before it
 * gives up: a whole range taken elsewhere means uid_min..uid_max is wrong. */
#define PROBE_ELSEWHERE_MAX 1000

/* Probe order: first choice, then upwards through the pool, wrapping,
 * past numbers the registry or another NSS source holds. Returns OK with
 * the number in *out, else the status with why filled in. */
static enum registry_status probe_free(const struct config *cfg, const struct registry *reg,
                                       const char *ns, const char *sa, uint32_t *out,
                                       char *why, size_t whylen)
{
        uint32_t first = registry_first_choice(cfg, ns, sa);
        uint64_t room = (uint64_t)cfg->uid_max - cfg->uid_min;
        unsigned elsewhere = 0;

        *out = 0;
        for (uint64_t i = 0; first && i < room; i++) {
                uint32_t n = (uint32_t)(cfg->uid_min + 1 +
                                        ((uint64_t)first - cfg->uid_min - 1 + i) % room);
                enum registry_status st;
                if (registry_find_id(reg, n))
                        continue;
                st = check_elsewhere(cfg, ns, sa, n, why, whylen);
                if (st == REGISTRY_OK) {
                        why[0] = '\0';
                        *out = n;
                        return REGISTRY_OK;
                }
                if (st != REGISTRY_COLLISION)
                        return st;
                if (++elsewhere >= PROBE_ELSEWHERE_MAX) {
                        util_fmt(why, whylen, "%u numbers in a row from %u on are held by "
                                 "other NSS sources: uid_min..uid_max (%u..%u) overlaps them",
                                 elsewhere, first, cfg->uid_min, cfg->uid_max);
                        return REGISTRY_COLLISION;
                }
        }
        util_fmt(why, whylen, "no free number left in %u..%u", cfg->uid_min + 1, cfg->uid_max);
        return REGISTRY_COLLISION;
}

/* Whether id is allocated in the pool (as want, when not 0), with
 * Kubernetes UID sa_uid already recorded (NULL: not checked), and
 * its namespace group allocated: the answer registry_bind would give
 * without writing anything. Read through the index; false whenever it
 * cannot tell, so the caller takes the full path (which never trusts the
 * index to say that something is absent). */
static bool bound_already(const struct config *cfg, const struct names_identity *id,
                          const char *sa_uid, uint32_t want, uint32_t *uid)
{
        struct registry_query q = { id, NULL, false, 0 };
        struct registry_index ix;
        struct registry *reg = NULL;
        const struct registry_entry *e;
        char err[K8S_ERR_MAX];
        bool ok = false;

        if (registry_index_open(cfg->state_dir, &ix, err, sizeof(err)) < 0)
                return false;
        if (registry_index_query(cfg, &ix, &q, &reg) == 0 && (e = FIND_USER(cfg, reg, id)) &&
            registry_in_pool(cfg, e->id) && (!want || want == e->id) &&
            (!sa_uid || !strcmp(e->sa_uid, sa_uid)) &&
            FIND_GROUP(cfg, reg, id->ns)) {
                *uid = e->id;
                ok = true;
        }
        registry_free(reg);
        registry_index_close(&ix);
        return ok;
}

enum registry_status registry_bind(const struct config *cfg, const struct names_identity *id,
                                   const char *sa_uid, uint32_t want, bool commit,
                                   uint32_t *uid, char *why, size_t whylen)
{
        struct registry *reg = NULL;
        const struct registry_entry *e, *held;
        enum registry_status st = REGISTRY_ERROR;
        char holder[400], user[NAMES_LOCAL_MAX + 1], err[K8S_ERR_MAX];
        bool changed = false;
        int fd = -1;
        uint32_t n;
        bool check_sa_uid = sa_uid != NULL;

        *uid = 0;
        why[0] = '\0';
        sa_uid = sa_uid ? sa_uid : "";
        local_name(cfg, id, user, sizeof(user));
        if (sa_uid[0] && !registry_sa_uid_ok(sa_uid)) {
                util_fmt(why, whylen, "the service account's Kubernetes UID is malformed");
                return REGISTRY_ERROR;
        }
        /* The common case, every login after the first: already bound,
         * nothing to write. Answered from the index, without the lock;
         * anything else (or no usable index) takes the full path. */
        if (bound_already(cfg, id, check_sa_uid ? sa_uid : NULL, want, uid))
                return REGISTRY_OK;
        if (commit)
                fd = begin(cfg, &reg, why, whylen);
        else
                fd = registry_load(cfg->state_dir, &reg, NULL, why, whylen);
        if (fd < 0)
                return REGISTRY_ERROR;
        e = FIND_USER(cfg, reg, id);
        if (e) {
                if (!registry_in_pool(cfg, e->id)) {
                        util_fmt(why, whylen, "%s holds UID %u, outside uid_min..uid_max "
                                 "(%u..%u)", user, e->id, cfg->uid_min, cfg->uid_max);
                        st = REGISTRY_COLLISION;
                        goto out;
                }
                if (want && want != e->id) {
                        util_fmt(why, whylen, "the host sees %s as UID %u, but the registry "
                                 "gave it %u", user, want, e->id);
                        st = REGISTRY_COLLISION;
                        goto out;
                }
                if (check_sa_uid && e->sa_uid[0] && strcmp(e->sa_uid, sa_uid) != 0) {
                        if (!sa_uid[0]) {
                                util_fmt(why, whylen, "cannot tell whether %s/%s was recreated: "
                                         "no Kubernetes UID for it in this login", id->ns,
                                         id->sa);
                                st = REGISTRY_RECREATED;
                                goto out;
                        }
                        if (!cfg->allow_recreated) {
                                util_fmt(why, whylen, "service account %s/%s was recreated "
                                         "(Kubernetes UID %s, UID %u was given to %s); an "
                                         "administrator must run 'k8s-login rebind %s' (keep "
                                         "UID and files) or 'k8s-login release %s' (new UID)",
                                         id->ns, id->sa, sa_uid, e->id, e->sa_uid, user, user);
                                st = REGISTRY_RECREATED;
                                goto out;
                        }
                        util_fmt(why, whylen, "service account %s/%s was recreated (Kubernetes "
                                 "UID %s, was %s): allow_recreated = yes keeps UID %u",
                                 id->ns, id->sa, sa_uid, e->sa_uid, e->id);
                }
                if (strcmp(e->sa_uid, sa_uid) != 0 && sa_uid[0]) {
                        struct registry_entry *w = (struct registry_entry *)e;
                        if (!(w->sa_uid = own(reg, sa_uid))) {
                                util_fmt(why, whylen, "out of memory");
                                goto out;
                        }
                        changed = true;
                }
                *uid = e->id;
        } else {
                n = want ? want : registry_first_choice(cfg, id->ns, id->sa);
                if (!registry_in_pool(cfg, n)) {
                        util_fmt(why, whylen, "no UID for %s: uid_min..uid_max has no room",
                                 user);
                        st = REGISTRY_COLLISION;
                        goto out;
                }
                if ((held = registry_find_id(reg, n))) {
                        registry_describe(held, holder, sizeof(holder));
                        /* A number the host shows (another NSS source's,
                         * say) is not ours to move: pin cannot change it,
                         * only the holder can go. */
                        util_fmt(why, whylen, want ?
                                 "UID %u, which this host shows for %s, is held by %s; they "
                                 "cannot share it: an administrator must change the entry that "
                                 "shows %s with that number, or move %s with 'k8s-login pin'" :
                                 "UID %u, the first choice of %s, is held by %s; an "
                                 "administrator can give %s another with 'k8s-login pin %s'",
                                 n, user, holder, user, want ? holder : user);
                        st = REGISTRY_COLLISION;
                        goto out;
                }
                /* Free in our registry; another NSS source may still hold it
                 * (a files user, an SSSD range): never share its files. */
                if ((st = check_elsewhere(cfg, id->ns, id->sa, n, why, whylen)) != REGISTRY_OK)
                        goto out;
                st = REGISTRY_ERROR;
                if (add(reg, cfg, REGISTRY_USER, n, id->ns, id->sa, sa_uid, err, sizeof(err)) < 0) {
                        util_fmt(why, whylen, "%s", err);
                        goto out;
                }
                changed = true;
                *uid = n;
        }
        if (!FIND_GROUP(cfg, reg, id->ns)) {
                n = registry_first_choice(cfg, id->ns, NULL);
                if ((held = registry_find_id(reg, n))) {
                        char group[NAMES_LOCAL_MAX + 1];
                        /* pin --group takes the local group's name. */
                        if (!names_expand(cfg->group_format, id->ns, NULL, NULL, group,
                                          sizeof(group)))
                                util_fmt(group, sizeof(group), "%s", id->ns);
                        registry_describe(held, holder, sizeof(holder));
                        util_fmt(why, whylen, "GID %u, the first choice of namespace %s's group, "
                                 "is held by %s; an administrator can give the group another "
                                 "with 'k8s-login pin --group %s'", n, id->ns, holder, group);
                        *uid = 0;
                        st = REGISTRY_COLLISION;
                        goto out;
                }
                if ((st = check_elsewhere(cfg, id->ns, NULL, n, why, whylen)) != REGISTRY_OK)
                        goto out;
                st = REGISTRY_ERROR;
                if (add(reg, cfg, REGISTRY_GROUP, n, id->ns, NULL, NULL, err, sizeof(err)) < 0) {
                        util_fmt(why, whylen, "%s", err);
                        goto out;
                }
                changed = true;
        }
        if (commit && changed && store(cfg, reg, err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "%s", err);
                *uid = 0;
                goto out;
        }
        st = REGISTRY_OK;
out:
        if (st != REGISTRY_OK)
                *uid = 0;
        if (commit)
                unlock_registry(fd);
        registry_free(reg);
        return st;
}

enum registry_status registry_pin(const struct config *cfg, const char *ns, const char *sa,
                                  uint32_t want, uint32_t *got, char *why, size_t whylen)
{
        struct registry *reg = NULL;
        const struct registry_entry *e, *held;
        enum registry_status st = REGISTRY_ERROR;
        char holder[400], err[K8S_ERR_MAX];
        int fd;
        uint32_t n;

        *got = 0;
        why[0] = '\0';
        if ((fd = begin(cfg, &reg, why, whylen)) < 0)
                return REGISTRY_ERROR;
        e = sa ? registry_find_name(reg, REGISTRY_USER, config_registry_cluster(cfg), ns, sa) :
            FIND_GROUP(cfg, reg, ns);
        if (e) {
                if (want == 0 || want == e->id) {
                        *got = e->id;
                        st = REGISTRY_OK;
                } else {
                        util_fmt(why, whylen, "already allocated %u; 'k8s-login release' it "
                                 "first", e->id);
                        st = REGISTRY_COLLISION;
                }
                goto group;
        }
        if (want) {
                if (!registry_in_pool(cfg, want)) {
                        util_fmt(why, whylen, "%u is outside %u..%u (uid_min+1..uid_max)", want,
                                 cfg->uid_min + 1, cfg->uid_max);
                        st = REGISTRY_COLLISION;
                        goto out;
                }
                if ((held = registry_find_id(reg, want))) {
                        registry_describe(held, holder, sizeof(holder));
                        util_fmt(why, whylen, "%u is held by %s", want, holder);
                        st = REGISTRY_COLLISION;
                        goto out;
                }
                /* Refused, not warned: a pinned number is one the next login
                 * takes without another look. */
                if ((st = check_elsewhere(cfg, ns, sa, want, why, whylen)) != REGISTRY_OK)
                        goto out;
                st = REGISTRY_ERROR;
                n = want;
        } else if ((st = probe_free(cfg, reg, ns, sa, &n, why, whylen)) != REGISTRY_OK) {
                goto out;
        }
        if (add(reg, cfg, sa ? REGISTRY_USER : REGISTRY_GROUP, n, ns, sa, NULL, err,
                sizeof(err)) < 0) {
                util_fmt(why, whylen, "%s", err);
                goto out;
        }
        *got = n;
        st = REGISTRY_OK;
group:
        /* A pinned account answers in NSS only with its group: allocate
         * that too, on the next free number when its first choice is held. */
        if (st == REGISTRY_OK && sa && !FIND_GROUP(cfg, reg, ns)) {
                char gwhy[K8S_ERR_MAX];
                st = probe_free(cfg, reg, ns, NULL, &n, gwhy, sizeof(gwhy));
                if (st == REGISTRY_OK &&
                    add(reg, cfg, REGISTRY_GROUP, n, ns, NULL, NULL, gwhy, sizeof(gwhy)) < 0)
                        st = REGISTRY_ERROR;
                if (st != REGISTRY_OK) {
                        util_fmt(why, whylen, "no GID for the group of namespace %s: %s", ns,
                                 gwhy);
                        st = REGISTRY_ERROR;
                        goto out;
                }
        }
        if (st == REGISTRY_OK && store(cfg, reg, err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "%s", err);
                st = REGISTRY_ERROR;
        }
out:
        if (st != REGISTRY_OK)
                *got = 0;
        unlock_registry(fd);
        registry_free(reg);
        return st;
}

enum registry_status registry_rebind(const struct config *cfg, const struct names_identity *id,
                                     char *why, size_t whylen)
{
        struct registry *reg = NULL;
        struct registry_entry *e;
        enum registry_status st = REGISTRY_ERROR;
        int fd;

        why[0] = '\0';
        if ((fd = begin(cfg, &reg, why, whylen)) < 0)
                return REGISTRY_ERROR;
        e = (struct registry_entry *)FIND_USER(cfg, reg, id);
        if (!e) {
                util_fmt(why, whylen, "%s/%s has no UID allocated", id->ns, id->sa);
                st = REGISTRY_NOT_FOUND;
        } else {
                e->sa_uid = "";
                st = store(cfg, reg, why, whylen) < 0 ? REGISTRY_ERROR : REGISTRY_OK;
        }
        unlock_registry(fd);
        registry_free(reg);
        return st;
}

enum registry_status registry_release(const struct config *cfg, const struct names_identity *id,
                                      uint32_t *got, char *why, size_t whylen)
{
        struct registry *reg = NULL;
        struct registry_entry *e;
        enum registry_status st = REGISTRY_ERROR;
        int fd;
        uint32_t n;

        *got = 0;
        why[0] = '\0';
        if ((fd = begin(cfg, &reg, why, whylen)) < 0)
                return REGISTRY_ERROR;
        e = (struct registry_entry *)FIND_USER(cfg, reg, id);
        if (!e) {
                util_fmt(why, whylen, "%s/%s has no UID allocated", id->ns, id->sa);
                st = REGISTRY_NOT_FOUND;
                goto out;
        }
        e->kind = REGISTRY_RETIRED;
        e->since = (long long)time(NULL);
        if (registry_reindex(reg, why, whylen) < 0)
                goto out;
        if ((st = probe_free(cfg, reg, id->ns, id->sa, &n, why, whylen)) != REGISTRY_OK)
                goto out;
        st = REGISTRY_ERROR;
        if (add(reg, cfg, REGISTRY_USER, n, id->ns, id->sa, NULL, why, whylen) < 0 ||
            store(cfg, reg, why, whylen) < 0)
                goto out;
        *got = n;
        st = REGISTRY_OK;
out:
        unlock_registry(fd);
        registry_free(reg);
        return st;
}

enum registry_status registry_apply(const struct config *cfg, registry_plan_fn plan,
                                    void *ctx, char *why, size_t whylen)
{
        const struct registry_change *ch = NULL;
        struct registry *reg = NULL;
        enum registry_status st = REGISTRY_ERROR;
        size_t n = 0;
        int fd;

        why[0] = '\0';
        if ((fd = begin(cfg, &reg, why, whylen)) < 0)
                return REGISTRY_ERROR;
        if (plan(cfg, reg, ctx, &ch, &n, why, whylen) < 0) {
                st = REGISTRY_COLLISION;
                goto out;
        }
        if (n == 0) {
                st = REGISTRY_OK;
                goto out;
        }
        /* Retirements first (they look entries up), then every addition
         * appended, and one reindex that refuses any duplicate. */
        for (size_t i = 0; i < n; i++) {
                struct registry_entry *e;
                if (ch[i].op != 'r')
                        continue;
                e = (struct registry_entry *)registry_find_id(reg, ch[i].id);
                if (!e || e->kind == REGISTRY_GROUP ||
                    strcmp(e->cluster, config_registry_cluster(cfg)) != 0) {
                        util_fmt(why, whylen, "number %u is no account entry to retire",
                                 ch[i].id);
                        goto out;
                }
                e->kind = REGISTRY_RETIRED;
                e->since = ch[i].since;
        }
        for (size_t i = 0; i < n; i++) {
                struct registry_entry *e;
                if (ch[i].op != 'a')
                        continue;
                if (registry_grow(reg) < 0)
                        goto oom;
                e = &reg->e[reg->n];
                e->kind = ch[i].kind;
                e->id = ch[i].id;
                e->since = ch[i].since;
                if (!(e->cluster = own(reg, config_registry_cluster(cfg))) ||
                    !(e->ns = own(reg, ch[i].ns)) || !(e->sa = own(reg, ch[i].sa ? ch[i].sa : "")) ||
                    !(e->sa_uid = own(reg, ch[i].sa_uid ? ch[i].sa_uid : "")))
                        goto oom;
                reg->n++;
        }
        if (registry_reindex(reg, why, whylen) < 0 || store(cfg, reg, why, whylen) < 0)
                goto out;
        st = REGISTRY_OK;
        goto out;
oom:
        util_fmt(why, whylen, "out of memory");
out:
        unlock_registry(fd);
        registry_free(reg);
        return st;
}
