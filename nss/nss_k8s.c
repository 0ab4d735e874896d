/* libnss_k8s.so.2: service accounts as local users and namespaces as local
 * groups, for glibc NSS (service "k8s").
 *
 * Loaded into every process that looks up a user, so: libc only, no
 * network of its own, no writes, no file descriptor kept between calls, no
 * logging (syslog would keep a socket open), errno preserved on success.
 * A number not recorded yet is answered only after asking the other NSS
 * sources, through glibc, that none holds it (held_elsewhere). The
 * config and the UID registry are cached and re-read only when stat(2)
 * says they changed. A lookup of one name or number reads the registry
 * through its index (uids.idx, mapped): the few lines it needs, parsed
 * into a small registry of their own, so neither the first lookup nor any
 * other grows with the number of accounts. Without a usable index, and
 * for enumeration and all_group's members, the registry is parsed whole.
 * One mutex guards the cache; every answer is copied into the caller's
 * buffer before it is released. */
#include "config.h"

#include <errno.h>
#include <grp.h>
#include <nss.h>
#include <pthread.h>
#include <pwd.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "k8s/config.h"
#include "k8s/names.h"
#include "k8s/registry.h"
#include "k8s/registry_index.h"
#include "k8s/util.h"
#include "nss_k8s.h"

#define EXPORT __attribute__((visibility("default")))

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* Set while this thread asks glibc whether another source holds a number
 * (held_elsewhere): the nested lookup enters this module too, which must
 * then answer nothing, at once, without the lock this thread holds.
 * initial-exec: one byte of glibc's static TLS reserve, and no
 * __tls_get_addr, which would make the module need ld.so besides libc. */
static _Thread_local bool asking_others __attribute__((tls_model("initial-exec")));

static struct {
        char cfg_path[4096];
        struct stat cfg_st;
        bool cfg_tried;
        struct config *cfg;            /* NULL: the config cannot be trusted */
        char reg_dir[4096];
        struct stat reg_st, dir_st;     /* the registry and its directory */
        bool reg_tried;
        bool have_ix;                  /* ix maps the registry and its index */
        struct registry_index ix;
        struct registry *full;         /* the whole registry, when needed */
        struct registry *part;         /* the lines of the last lookup... */
        struct names_identity part_user; /* ...that asked this (see some()) */
        char part_ns[NAMES_NS_MAX + 1];
        bool part_has_user, part_members;
        uint32_t part_id;
        const struct config *part_cl; /* ...about this cluster */
        struct registry *reg;          /* the one the current lookup uses */
        size_t pw_next, gr_next;       /* enumeration positions */
} S;

/* A process that forks while another thread holds the lock must not hand
 * its child a lock nobody will release. */
static void before_fork(void) { pthread_mutex_lock(&lock); }
static void after_fork(void) { pthread_mutex_unlock(&lock); }
__attribute__((constructor)) static void init(void)
{
        pthread_atfork(before_fork, after_fork, after_fork);
}

/* glibc keeps NSS modules loaded, but a host that dlcloses us gets its
 * memory back. */
__attribute__((destructor)) static void fini(void)
{
        config_free(S.cfg);
        registry_free(S.full);
        registry_free(S.part);
        registry_index_close(&S.ix);
        S.cfg = NULL;
        S.reg = S.full = S.part = NULL;
        S.have_ix = false;
}

static bool same_file(const struct stat *a, const struct stat *b)
{
        return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
               a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
               a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
               a->st_ctim.tv_sec == b->st_ctim.tv_sec &&
               a->st_ctim.tv_nsec == b->st_ctim.tv_nsec && a->st_mode == b->st_mode &&
               a->st_uid == b->st_uid;
}

/* Brings the cached config and registry up to date; with the lock held.
 * Returns 0 when both can be trusted. */
static int refresh(void)
{
        const char *env = secure_getenv("K8S_LOGIN_CONF");
        const char *path = env && *env ? env : CONFIG_DEFAULT_PATH;
        char err[K8S_ERR_MAX], rpath[4200];
        struct stat st, dst;

        if (stat(path, &st) < 0) {
                memset(&st, 0, sizeof(st));
                st.st_ino = (ino_t)-1;  /* missing: differs from any real file */
        }
        if (!S.cfg_tried || strcmp(S.cfg_path, path) != 0 || !same_file(&st, &S.cfg_st)) {
                config_free(S.cfg);
                S.cfg = NULL;
                if (strlen(path) >= sizeof(S.cfg_path))
                        return -1;
                strcpy(S.cfg_path, path);
                S.cfg_st = st;
                S.cfg_tried = true;
                if (st.st_ino != (ino_t)-1 && config_load(path, &S.cfg, err, sizeof(err)) < 0)
                        S.cfg = NULL;
                S.reg_tried = false;  /* state_dir may have changed */
        }
        if (!S.cfg)
                return -1;
        if (snprintf(rpath, sizeof(rpath), "%s/%s", S.cfg->state_dir, REGISTRY_FILE) >=
            (int)sizeof(rpath))
                return -1;
        if (lstat(rpath, &st) < 0) {
                memset(&st, 0, sizeof(st));
                st.st_ino = (ino_t)-1;
        }
        /* The directory counts too: fixing its owner or mode makes a
         * registry that was refused for it trusted again. */
        if (lstat(S.cfg->state_dir, &dst) < 0) {
                memset(&dst, 0, sizeof(dst));
                dst.st_ino = (ino_t)-1;
        }
        if (!S.reg_tried || strcmp(S.reg_dir, S.cfg->state_dir) != 0 ||
            !same_file(&st, &S.reg_st) || !same_file(&dst, &S.dir_st)) {
                struct stat loaded;
                registry_free(S.full);
                registry_free(S.part);
                registry_index_close(&S.ix);
                S.reg = S.full = S.part = NULL;
                S.have_ix = false;
                if (strlen(S.cfg->state_dir) >= sizeof(S.reg_dir))
                        return -1;
                strcpy(S.reg_dir, S.cfg->state_dir);
                S.reg_tried = true;
                S.reg_st = st;
                S.dir_st = dst;
                if (registry_index_open(S.cfg->state_dir, &S.ix, err, sizeof(err)) == 0) {
                        S.have_ix = true;
                        S.reg_st = S.ix.st;
                } else if (registry_load(S.cfg->state_dir, &S.full, &loaded, err, sizeof(err)) < 0) {
                        S.full = NULL;
                } else if (loaded.st_ino) {
                        S.reg_st = loaded;
                }
        }
        S.reg = S.full;
        return S.have_ix || S.full ? 0 : -1;
}

/* The whole registry as S.reg (enumeration, all_group's members). */
static int whole(void)
{
        char err[K8S_ERR_MAX];

        if (!S.full && registry_load(S.cfg->state_dir, &S.full, NULL, err, sizeof(err)) < 0)
                S.full = NULL;
        S.reg = S.full;
        return S.reg ? 0 : -1;
}

/* The cluster a lookup is about (under the lock): the one its name, its
 * number or its registry entry belongs to. Each cluster's names come from
 * its own formats and its numbers from its own range. */
static const struct config *C;

/* The cluster of a registry entry: the one whose registry field it
 * carries (config_registry_cluster), NULL when none. */
static const struct config *entry_cluster(const struct registry_entry *e)
{
        for (size_t i = 0; i < config_cluster_count(S.cfg); i++) {
                const struct config *c = config_cluster(S.cfg, i);
                if (!strcmp(config_registry_cluster(c), e->cluster))
                        return c;
        }
        return NULL;
}

/* Enough of the registry to answer q, about cluster C, as S.reg: its
 * lines through the index, else the whole registry. */
static int some(const struct registry_query *q)
{
        /* The same question as the last one, on the same mapped registry
         * (refresh() drops S.part when it changes): the same lines. A
         * process tends to ask for the same name again and again. */
        if (S.part && S.part_has_user == !!q->user && S.part_members == q->members &&
            S.part_id == q->id && S.part_cl == C && (!q->user || (!strcmp(S.part_user.ns, q->user->ns) &&
                                                !strcmp(S.part_user.sa, q->user->sa))) &&
            !strcmp(S.part_ns, q->group_ns ? q->group_ns : "")) {
                S.reg = S.part;
                return 0;
        }
        registry_free(S.part);
        S.part = NULL;
        if (S.have_ix && registry_index_query(C, &S.ix, q, &S.part) == 0) {
                S.part_has_user = q->user != NULL;
                if (q->user)
                        S.part_user = *q->user;
                S.part_members = q->members;
                S.part_id = q->id;
                S.part_cl = C;
                snprintf(S.part_ns, sizeof(S.part_ns), "%s", q->group_ns ? q->group_ns : "");
                S.reg = S.part;
                return 0;
        }
        return whole();
}

/* An allocated account that is answered now: in range and allowed. */
static bool live_user(const struct registry_entry *e, struct names_identity *id)
{
        if (e->kind != REGISTRY_USER || entry_cluster(e) != C || !registry_in_pool(C, e->id))
                return false;
        registry_entry_identity(e, id);
        return config_identity_allowed(C, id);
}

/* --- packing into the caller's buffer --------------------------------- */

struct packer {
        char *buf;
        size_t len, used;
};

static char *put(struct packer *p, const char *s)
{
        size_t n = strlen(s) + 1;
        char *at = p->buf + p->used;

        memcpy(at, s, n);
        p->used += n;
        return at;
}

static enum nss_status too_small(int *errnop)
{
        *errnop = ERANGE;
        return NSS_STATUS_TRYAGAIN;
}

static enum nss_status pack_pw(const struct names_identity *id, uint32_t uid, uint32_t gid,
                               struct passwd *pw, char *buf, size_t buflen, int *errnop)
{
        char name[NAMES_LOCAL_MAX + 1], gecos[NAMES_NS_MAX + NAMES_SA_MAX + 40], home[4096];
        struct packer p = { buf, buflen, 0 };
        size_t need;

        if (!names_to_local(C->user_format, id, name, sizeof(name)) ||
            !names_expand(C->home_format, id->ns, id->sa, name, home, sizeof(home))) {
                *errnop = ENOENT;
                return NSS_STATUS_NOTFOUND;
        }
        snprintf(gecos, sizeof(gecos), "Kubernetes service account %s/%s", id->ns, id->sa);
        need = strlen(name) + 1 + 2 + strlen(gecos) + 1 + strlen(home) + 1 +
               strlen(C->shell) + 1;
        if (need > buflen)
                return too_small(errnop);
        pw->pw_name = put(&p, name);
        pw->pw_passwd = put(&p, "*");
        pw->pw_uid = uid;
        pw->pw_gid = gid;
        pw->pw_gecos = put(&p, gecos);
        pw->pw_dir = put(&p, home);
        pw->pw_shell = put(&p, C->shell);
        return NSS_STATUS_SUCCESS;
}

/* Members: the allocated, allowed accounts of namespace ns (NULL: all). */
/* Whether registry entry e is a member of the group of namespace ns (of
 * all_group when ns is NULL), with its local name in local. The namespace
 * first: it is a strcmp, the policy a glob match (getgrnam_r of one
 * namespace's group on a registry of 5,000 accounts took 2.2 ms the other
 * way round, make bench). */
static bool member(const struct registry_entry *e, const char *ns, char *local, size_t len)
{
        struct names_identity id;

        return (!ns || strcmp(e->ns, ns) == 0) && live_user(e, &id) &&
               names_to_local(C->user_format, &id, local, len);
}

static enum nss_status pack_gr(const char *name, uint32_t gid, const char *ns, struct group *gr,
                               char *buf, size_t buflen, int *errnop)
{
        char local[NAMES_LOCAL_MAX + 1];
        size_t nmem = 0, strings = strlen(name) + 1 + 2, pad, need;
        struct packer p;
        char **mem;

        for (size_t i = 0; i < S.reg->n; i++) {
                if (!member(S.reg->by_id[i], ns, local, sizeof(local)))
                        continue;
                nmem++;
                strings += strlen(local) + 1;
        }
        pad = (alignof(char *) - ((uintptr_t)buf % alignof(char *))) % alignof(char *);
        need = pad + (nmem + 1) * sizeof(char *) + strings;
        if (need > buflen)
                return too_small(errnop);
        mem = (char **)(void *)(buf + pad);
        p = (struct packer){ buf, buflen, pad + (nmem + 1) * sizeof(char *) };
        gr->gr_name = put(&p, name);
        gr->gr_passwd = put(&p, "*");
        gr->gr_gid = gid;
        nmem = 0;
        for (size_t i = 0; i < S.reg->n; i++) {
                if (!member(S.reg->by_id[i], ns, local, sizeof(local)))
                        continue;
                mem[nmem++] = put(&p, local);
        }
        mem[nmem] = NULL;
        gr->gr_mem = mem;
        return NSS_STATUS_SUCCESS;
}

/* --- lookups (lock held, refresh() done) ------------------------------- */

/* Whether another NSS source holds n as a UID or GID (group). Asked only
 * for numbers the registry has not given (would-be first choices and
 * all_group's uid_min), which this module never answers, with this module
 * out of the nested lookup. A lookup that fails counts as held: a name is
 * better unresolved than shown at another account's number. The lock stays
 * held: nothing in the nested lookup waits for it. */
static bool held_elsewhere(bool group, uint32_t n, const char *ours)
{
        char holder[2];
        int r;

        asking_others = true;
        r = registry_held_elsewhere(group, n, ours, holder, sizeof(holder));
        asking_others = false;
        return r != 0;
}

/* registry_user_uid / registry_group_gid, and a would-be number (0) counts
 * only when no other source holds it: getent passwd NAME never shows
 * another user's UID, nor getent group another group's GID. */
static bool user_uid(const struct names_identity *id, uint32_t *uid)
{
        int have = registry_user_uid(C, S.reg, id, uid);
        char name[NAMES_LOCAL_MAX + 1];

        return have > 0 ||
               (have == 0 && names_to_local(C->user_format, id, name, sizeof(name)) &&
                !held_elsewhere(false, *uid, name));
}

static bool group_gid(const char *ns, uint32_t *gid)
{
        int have = registry_group_gid(C, S.reg, ns, gid);
        char name[NAMES_LOCAL_MAX + 1];

        return have > 0 ||
               (have == 0 && names_expand(C->group_format, ns, NULL, NULL, name,
                                          sizeof(name)) &&
                !held_elsewhere(true, *gid, name));
}

/* all_group's GID is uid_min, never recorded: answered only while no
 * other source holds it as a GID. */
static bool all_group_ok(void)
{
        return !held_elsewhere(true, C->uid_min, C->all_group);
}

static enum nss_status not_found(int *errnop)
{
        *errnop = ENOENT;
        return NSS_STATUS_NOTFOUND;
}

/* The identity, UID and GID of a local user name we answer for. */
static bool user_by_name(const char *name, struct names_identity *id, uint32_t *uid,
                         uint32_t *gid)
{
        struct registry_query q = { id, NULL, false, 0 };

        return names_from_local(C->user_format, name, id) &&
               config_identity_allowed(C, id) && some(&q) == 0 && user_uid(id, uid) &&
               group_gid(id->ns, gid);
}

static enum nss_status pw_by_name(const char *name, struct passwd *pw, char *buf, size_t len,
                                  int *errnop)
{
        struct names_identity id;
        uint32_t uid, gid;

        if (!name || !(C = config_cluster_for_user(S.cfg, name)) ||
            !user_by_name(name, &id, &uid, &gid))
                return not_found(errnop);
        return pack_pw(&id, uid, gid, pw, buf, len, errnop);
}

static enum nss_status pw_by_uid(uid_t uid, struct passwd *pw, char *buf, size_t len,
                                 int *errnop)
{
        struct registry_query q = { NULL, NULL, false, (uint32_t)uid };
        const struct registry_entry *e;
        struct names_identity id;
        uint32_t gid;

        /* The cluster whose range holds the number, before the index is
         * asked about it (the query is about that cluster's entries). */
        if (!(C = config_cluster_for_number(S.cfg, (uint32_t)uid)))
                return not_found(errnop);
        e = some(&q) == 0 ? registry_find_id(S.reg, (uint32_t)uid) : NULL;
        if (!e || entry_cluster(e) != C || !live_user(e, &id) || !group_gid(id.ns, &gid))
                return not_found(errnop);
        return pack_pw(&id, e->id, gid, pw, buf, len, errnop);
}

static enum nss_status gr_by_name(const char *name, struct group *gr, char *buf, size_t len,
                                  int *errnop)
{
        char ns[NAMES_NS_MAX + 1];
        uint32_t gid;

        if (!name || !(C = config_cluster_for_group(S.cfg, name)))
                return not_found(errnop);
        if (!strcmp(name, C->all_group))
                return all_group_ok() && whole() == 0
                       ? pack_gr(name, C->uid_min, NULL, gr, buf, len, errnop)
                       : not_found(errnop);
        if (!names_group_from_local(C->group_format, name, ns) ||
            !config_namespace_allowed(C, ns))
                return not_found(errnop);
        {
                struct registry_query q = { NULL, ns, true, 0 };
                if (some(&q) < 0 || !group_gid(ns, &gid))
                        return not_found(errnop);
        }
        return pack_gr(name, gid, ns, gr, buf, len, errnop);
}

static enum nss_status gr_of_entry(const struct registry_entry *e, struct group *gr, char *buf,
                                   size_t len, int *errnop)
{
        char name[NAMES_LOCAL_MAX + 1];

        if (e->kind != REGISTRY_GROUP || !(C = entry_cluster(e)) || !registry_in_pool(C, e->id) ||
            !config_namespace_allowed(C, e->ns) ||
            !names_expand(C->group_format, e->ns, NULL, NULL, name, sizeof(name)))
                return not_found(errnop);
        return pack_gr(name, e->id, e->ns, gr, buf, len, errnop);
}

static enum nss_status gr_by_gid(gid_t gid, struct group *gr, char *buf, size_t len,
                                 int *errnop)
{
        const struct registry_entry *e;

        struct registry_query q = { NULL, NULL, true, (uint32_t)gid };

        if (!(C = config_cluster_for_number(S.cfg, (uint32_t)gid)))
                return not_found(errnop);
        if (gid == C->uid_min)
                return all_group_ok() && whole() == 0
                       ? pack_gr(C->all_group, gid, NULL, gr, buf, len, errnop)
                       : not_found(errnop);
        if (some(&q) < 0 || !(e = registry_find_id(S.reg, (uint32_t)gid)) || entry_cluster(e) != C)
                return not_found(errnop);
        return gr_of_entry(e, gr, buf, len, errnop);
}

/* --- the exported NSS interface --------------------------------------- */

/* Runs one lookup under the lock, with errno kept on success. */
#define LOOKUP(call)                                                          \
        do {                                                                  \
                int saved = errno;                                            \
                enum nss_status st;                                           \
                if (asking_others) /* our own nested lookup: see above */     \
                        return not_found(errnop);                             \
                pthread_mutex_lock(&lock);                                    \
                if (refresh() < 0) {                                          \
                        *errnop = ENOENT;                                     \
                        st = NSS_STATUS_UNAVAIL;                              \
                } else {                                                      \
                        st = (call);                                          \
                }                                                             \
                pthread_mutex_unlock(&lock);                                  \
                if (st == NSS_STATUS_SUCCESS)                                 \
                        errno = saved;                                        \
                return st;                                                    \
        } while (0)

EXPORT enum nss_status _nss_k8s_getpwnam_r(const char *name, struct passwd *pw, char *buf,
                                           size_t len, int *errnop)
{
        LOOKUP(pw_by_name(name, pw, buf, len, errnop));
}

EXPORT enum nss_status _nss_k8s_getpwuid_r(uid_t uid, struct passwd *pw, char *buf,
                                           size_t len, int *errnop)
{
        LOOKUP(pw_by_uid(uid, pw, buf, len, errnop));
}

EXPORT enum nss_status _nss_k8s_getgrnam_r(const char *name, struct group *gr, char *buf,
                                           size_t len, int *errnop)
{
        LOOKUP(gr_by_name(name, gr, buf, len, errnop));
}

EXPORT enum nss_status _nss_k8s_getgrgid_r(gid_t gid, struct group *gr, char *buf,
                                           size_t len, int *errnop)
{
        LOOKUP(gr_by_gid(gid, gr, buf, len, errnop));
}

/* Appends gid to the caller's list unless it is skip or already there,
 * growing the list within limit (<= 0: no limit). */
static int add_gid(gid_t gid, gid_t skip, long *start, long *size, gid_t **groupsp, long limit)
{
        if (gid == skip)
                return 0;
        for (long i = 0; i < *start; i++)
                if ((*groupsp)[i] == gid)
                        return 0;
        if (*start >= *size) {
                long grow = *size > 0 ? *size * 2 : 8;
                gid_t *g;
                if (limit > 0 && grow > limit)
                        grow = limit;
                if (grow <= *start)
                        return 0; /* the caller's limit: the list is full */
                if (!(g = realloc(*groupsp, (size_t)grow * sizeof(*g))))
                        return -1;
                *groupsp = g;
                *size = grow;
        }
        (*groupsp)[(*start)++] = gid;
        return 0;
}

static enum nss_status groups_of(const char *user, gid_t skip, long *start, long *size,
                                 gid_t **groupsp, long limit, int *errnop)
{
        struct names_identity id;
        uint32_t uid, gid;

        if (!user || !(C = config_cluster_for_user(S.cfg, user)) ||
            !user_by_name(user, &id, &uid, &gid))
                return not_found(errnop);
        /* (gid_t)-1 is never a group: it is a caller that knew no primary
         * group, as coreutils' id does when getpwuid() cannot name a UID
         * not yet allocated, and glibc put it first in the list. Ours is
         * known: it takes that place, instead of "groups=4294967295". */
        if (skip == (gid_t)-1) {
                long hole = -1, i;
                for (i = 0; i < *start && (*groupsp)[i] != gid; i++)
                        if (hole < 0 && (*groupsp)[i] == (gid_t)-1)
                                hole = i;
                if (i == *start && hole >= 0)
                        (*groupsp)[hole] = gid;
        }
        if (add_gid(gid, skip, start, size, groupsp, limit) < 0 ||
            (all_group_ok() && add_gid(C->uid_min, skip, start, size, groupsp, limit) < 0)) {
                *errnop = ENOMEM;
                return NSS_STATUS_TRYAGAIN;
        }
        return NSS_STATUS_SUCCESS;
}

EXPORT enum nss_status _nss_k8s_initgroups_dyn(const char *user, gid_t group, long *start,
                                               long *size, gid_t **groupsp, long limit,
                                               int *errnop)
{
        LOOKUP(groups_of(user, group, start, size, groupsp, limit, errnop));
}

/* Enumeration: the allocated accounts, and all_group then the allocated
 * namespace groups; never every name that could exist. */
EXPORT enum nss_status _nss_k8s_setpwent(int stayopen)
{
        (void)stayopen;
        pthread_mutex_lock(&lock);
        S.pw_next = 0;
        pthread_mutex_unlock(&lock);
        return NSS_STATUS_SUCCESS;
}

EXPORT enum nss_status _nss_k8s_endpwent(void)
{
        return _nss_k8s_setpwent(0);
}

static enum nss_status next_pw(struct passwd *pw, char *buf, size_t len, int *errnop)
{
        struct names_identity id;
        uint32_t gid;

        if (whole() < 0)
                return not_found(errnop);
        for (; S.pw_next < S.reg->n; S.pw_next++) {
                const struct registry_entry *e = S.reg->by_id[S.pw_next];
                enum nss_status st;
                if (!(C = entry_cluster(e)) || !live_user(e, &id) || !group_gid(id.ns, &gid))
                        continue;
                st = pack_pw(&id, e->id, gid, pw, buf, len, errnop);
                if (st == NSS_STATUS_TRYAGAIN)
                        return st; /* the same entry again, with a larger buffer */
                if (st == NSS_STATUS_SUCCESS) {
                        S.pw_next++;
                        return st;
                }
        }
        return not_found(errnop);
}

EXPORT enum nss_status _nss_k8s_getpwent_r(struct passwd *pw, char *buf, size_t len,
                                           int *errnop)
{
        LOOKUP(next_pw(pw, buf, len, errnop));
}

EXPORT enum nss_status _nss_k8s_setgrent(int stayopen)
{
        (void)stayopen;
        pthread_mutex_lock(&lock);
        S.gr_next = 0;
        pthread_mutex_unlock(&lock);
        return NSS_STATUS_SUCCESS;
}

EXPORT enum nss_status _nss_k8s_endgrent(void)
{
        return _nss_k8s_setgrent(0);
}

static enum nss_status next_gr(struct group *gr, char *buf, size_t len, int *errnop)
{
        size_t ncl = config_cluster_count(S.cfg);
        enum nss_status st;

        if (whole() < 0)
                return not_found(errnop);
        /* Positions 0..ncl-1 are each cluster's all_group; ncl + i is the
         * registry's i-th entry. */
        while (S.gr_next < ncl) {
                C = config_cluster(S.cfg, S.gr_next);
                if (!all_group_ok()) {
                        S.gr_next++; /* skipped: another source's GID */
                        continue;
                }
                st = pack_gr(C->all_group, C->uid_min, NULL, gr, buf, len, errnop);
                if (st == NSS_STATUS_SUCCESS)
                        S.gr_next++;
                return st;
        }
        for (; S.gr_next - ncl < S.reg->n; S.gr_next++) {
                st = gr_of_entry(S.reg->by_id[S.gr_next - ncl], gr, buf, len, errnop);
                if (st == NSS_STATUS_TRYAGAIN)
                        return st;
                if (st == NSS_STATUS_SUCCESS) {
                        S.gr_next++;
                        return st;
                }
        }
        return not_found(errnop);
}

EXPORT enum nss_status _nss_k8s_getgrent_r(struct group *gr, char *buf, size_t len,
                                           int *errnop)
{
        LOOKUP(next_gr(gr, buf, len, errnop));
}
