/* The UID/GID registry: every number k8s-login has given out on this
 * host, in <state_dir>/uids. libc only: the NSS module reads it, and only
 * root (the PAM module at a first login, k8s-login for administration)
 * writes it, under flock, by writing a new file and renaming it.
 *
 * One pool of numbers, uid_min..uid_max, serves users and groups, so a
 * user's UID is never a group's GID:
 *   uid_min           all_group
 *   uid_min+1..max    users and namespace groups; an identity's first
 *                     choice is a hash of it into this pool, so most
 *                     hosts agree without talking to each other.
 * A number once given is never given to another identity: a released
 * user's number stays in the file as retired. */
#ifndef K8S_REGISTRY_H
#define K8S_REGISTRY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include "k8s/config.h"
#include "k8s/names.h"

#define REGISTRY_FILE "uids"
#define REGISTRY_LOCK "uids.lock"
/* Far beyond any host's service accounts; a bigger file is not ours. */
#define REGISTRY_MAX_SIZE (32 * 1024 * 1024)
/* Kubernetes object UIDs are 36-character UUIDs; leave room. */
#define REGISTRY_SAUID_MAX 127

enum registry_kind {
        REGISTRY_USER = 'u',     /* an account's UID */
        REGISTRY_GROUP = 'g',    /* a namespace group's GID */
        REGISTRY_RETIRED = 'r',  /* a released account's old UID */
};

struct registry_entry {
        char kind;
        uint32_t id;
        const char *ns;
        const char *sa;          /* "" for groups */
        const char *sa_uid;      /* "" when not known yet */
        long long since;         /* when allocated (or retired), epoch s */
        const char *cluster;     /* the [cluster NAME]; "" when the line has
                                  * none (config_registry_cluster) */
};

struct registry {
        char *text;                      /* the file; entries point into it */
        size_t n, cap;
        struct registry_entry *e;
        struct registry_entry **by_id;   /* sorted by number */
        struct registry_entry **by_name; /* sorted by kind, ns, sa */
        char **owned;                    /* strings added in memory */
        size_t n_owned;
};

/* Reads <state_dir>/uids (a missing directory or file is an empty
 * registry). The file must be owned by root and not writable by group or
 * others, and every line must be well formed, or nothing in it is trusted:
 * -1 with the reason in err. st (may be NULL) receives the file's stat,
 * zeroed when it is missing. */
int registry_load(const char *state_dir, struct registry **out, struct stat *st,
                  char *err, size_t errlen);
/* Parses registry text (taking ownership of text) into *out. */
int registry_parse(char *text, struct registry **out, char *err, size_t errlen);
void registry_free(struct registry *reg);

const struct registry_entry *registry_find_user(const struct registry *reg,
                                                const struct names_identity *id);
const struct registry_entry *registry_find_group(const struct registry *reg, const char *ns);
/* The same within one cluster (config_registry_cluster of its config);
 * the two above are cluster "". */
const struct registry_entry *registry_find_user_in(const struct registry *reg,
                                                   const char *cluster,
                                                   const struct names_identity *id);
const struct registry_entry *registry_find_group_in(const struct registry *reg,
                                                    const char *cluster, const char *ns);
/* Any entry holding number id: user, group or retired. */
const struct registry_entry *registry_find_id(const struct registry *reg, uint32_t id);

/* The identity an account entry (user or retired) names; parsing already
 * held its names to Kubernetes' limits. */
void registry_entry_identity(const struct registry_entry *e, struct names_identity *id);

/* Whether n lies in the pool of accounts and namespace groups,
 * uid_min+1..uid_max (uid_min is all_group's). */
bool registry_in_pool(const struct config *cfg, uint32_t n);

/* The first choice of a user (sa != NULL) or a namespace group (sa ==
 * NULL): SipHash-2-4, under a fixed key written in nss_k8s(8), of
 * "u\0<ns>\0<sa>\0" or "g\0<ns>\0", modulo the pool's size, into
 * uid_min+1..uid_max. 0 when the range has no room. */
uint32_t registry_first_choice(const struct config *cfg, const char *ns, const char *sa);

/* The number a user or namespace group has, or would get at its first
 * login: its allocation, else its first choice when nobody holds that.
 * Returns 1 allocated, 0 would-be, -1 none (the first choice is held by
 * another identity: the login is refused until an administrator pins a
 * number). Numbers outside uid_min..uid_max count as none. */
int registry_user_uid(const struct config *cfg, const struct registry *reg,
                      const struct names_identity *id, uint32_t *uid);
int registry_group_gid(const struct config *cfg, const struct registry *reg,
                       const char *ns, uint32_t *gid);

/* Whether another NSS source (files, SSSD, LDAP...) holds n as a UID
 * (group false) or a GID (group true), asking glibc. Only meaningful for a
 * number the registry has not given: our own NSS module answers exactly
 * those it has. ours (may be NULL) is the local name n is for: an entry of
 * that very name is that account or group, made in another source by an
 * administrator (the host already runs it under n), not another holder.
 * Returns 1 with the holder's name in holder, 0 when nobody else holds it,
 * -1 with errno when the lookup failed (callers fail closed). */
int registry_held_elsewhere(bool group, uint32_t n, const char *ours, char *holder, size_t len);

/* Describes who holds number id, for messages ("demo/debugger", "group of
 * namespace demo", "retired, was demo/old"). */
void registry_describe(const struct registry_entry *e, char *buf, size_t len);

enum registry_status {
        REGISTRY_OK,
        REGISTRY_COLLISION,   /* the number is held by another identity, in
                                 * the registry or in another NSS source */
        REGISTRY_RECREATED,   /* the account's Kubernetes UID changed */
        REGISTRY_NOT_FOUND,   /* no such allocation (rebind, release) */
        REGISTRY_ERROR,       /* I/O, lock, untrusted or corrupt registry */
};

/* At a login that validated: makes sure the account (with number want,
 * or its first choice when want is 0) and its namespace group are
 * allocated (a number another NSS source holds is never recorded: that
 * login is refused as REGISTRY_COLLISION, why naming the holder and the
 * 'k8s-login pin' that fixes it), and that the account's Kubernetes UID is the one recorded
 * (recording it the first time). A changed Kubernetes UID is refused
 * unless allow_recreated is set; sa_uid NULL (a login that carries none,
 * such as an account step after another module's authentication) skips
 * that check. commit false: decides without writing.
 * *uid receives the account's UID; why explains anything but OK. */
enum registry_status registry_bind(const struct config *cfg, const struct names_identity *id,
                                   const char *sa_uid, uint32_t want, bool commit,
                                   uint32_t *uid, char *why, size_t whylen);

/* Administration (root). Pins a user (sa != NULL) or a namespace group to
 * number want, or with want 0 to the first free number in its probe order
 * (first choice, then upwards, wrapping); an existing allocation of that
 * identity is kept when want is 0 or equal, else refused. Free means free
 * in the registry and in every other NSS source: a want held elsewhere is
 * refused (REGISTRY_COLLISION), a probe walks past such numbers. */
enum registry_status registry_pin(const struct config *cfg, const char *ns, const char *sa,
                                  uint32_t want, uint32_t *got, char *why, size_t whylen);
/* Forgets the recorded Kubernetes UID: the next login records its own and
 * keeps the account's number (and files). */
enum registry_status registry_rebind(const struct config *cfg, const struct names_identity *id,
                                     char *why, size_t whylen);
/* Retires the account's number for good and gives the name a fresh one
 * (probe order), so a recreated account does not inherit the old files. */
enum registry_status registry_release(const struct config *cfg, const struct names_identity *id,
                                      uint32_t *got, char *why, size_t whylen);

/* One change of a batch (registry_apply): add an entry, or retire the
 * account entry that holds id (REGISTRY_RETIRED as op). */
struct registry_change {
        char op;                 /* 'a' add, 'r' retire */
        char kind;               /* for 'a': REGISTRY_USER, _GROUP or _RETIRED */
        uint32_t id;
        const char *ns;
        const char *sa;          /* "" for groups */
        const char *sa_uid;      /* "" when unknown */
        long long since;
};

/* Fills *changes (an array the callback owns until registry_apply
 * returns) from the registry as loaded under the lock; returns 0, or -1
 * with why to write nothing. */
typedef int (*registry_plan_fn)(const struct config *cfg, const struct registry *reg,
                                void *ctx, const struct registry_change **changes,
                                size_t *n, char *why, size_t whylen);

/* Takes the registry's lock, loads it, asks plan for changes, applies them
 * all and writes the file once (one rename): a batch is recorded whole or
 * not at all, and a duplicate number or identity fails it. */
enum registry_status registry_apply(const struct config *cfg, registry_plan_fn plan,
                                    void *ctx, char *why, size_t whylen);

#endif
