/* The fleet's UID ledger (uid_ledger = configmap): the rules, libc only.
 * The network side (ConfigMaps, compare-and-swap) is in ledger_net.h and
 * runs in k8s-login-helper alone.
 *
 * The pool uid_min+1..uid_max is cut into fixed slices ("shards"), each
 * one ConfigMap named k8s-login-uids-<first>-<last>. A number lives only in
 * the shard whose slice holds it, as a data key (the number in decimal),
 * so one number is one key of one object: two hosts can never record it
 * twice, because the API server accepts only one of two writes made from
 * the same resourceVersion. An identity's allocation is made in the shard
 * of its first choice (registry_first_choice), probing upwards inside
 * that slice and wrapping, so it too is one compare-and-swap.
 *
 * Values, one grammar, parsed strictly (anything else is a malformed
 * entry: its number counts as taken, by nobody we could name):
 *   <n>          user <namespace>/<account> uid=<k8s-uid|-> since=<epoch>
 *   <n>          group <namespace> since=<epoch>
 *   <n>.retired  retired since=<epoch> reason=recreated|admin
 * Entries are only ever added: retiring a number is its own key. A number
 * retired because its account was recreated also marks that Kubernetes
 * UID as gone: a token still carrying it gets no number again. */
#ifndef K8S_LEDGER_H
#define K8S_LEDGER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "k8s/config.h"
#include "k8s/names.h"
#include "k8s/registry.h"

#define LEDGER_SHARD_PREFIX "k8s-login-uids-"
/* 256 slices keep 100,000 accounts near 400 per object (about 45 KB);
 * a slice is never smaller than 1024 numbers, so small pools have fewer. */
#define LEDGER_SHARDS_MAX 256
#define LEDGER_SHARD_MIN 1024
#define LEDGER_RETIRED_SUFFIX ".retired"
/* A value longer than this is not one of ours. */
#define LEDGER_VALUE_MAX 400
/* How often a write that lost the race (409 Conflict) is tried again. */
#define LEDGER_CAS_TRIES 16

struct ledger_shard {
        unsigned index;
        uint32_t lo, hi;                  /* inclusive */
        char name[64];
};

/* Number of shards for cfg's pool (at least 1). */
unsigned ledger_shard_count(const struct config *cfg);
/* Shard i of cfg's pool. */
void ledger_shard_get(const struct config *cfg, unsigned i, struct ledger_shard *s);
/* The shard holding number n (which must lie in the pool). */
void ledger_shard_of(const struct config *cfg, uint32_t n, struct ledger_shard *s);
/* Whether name is one of cfg's shards: 0 with *s, else -1. */
int ledger_shard_by_name(const struct config *cfg, const char *name, struct ledger_shard *s);

struct ledger_entry {
        uint32_t n;
        char kind;                        /* REGISTRY_USER or REGISTRY_GROUP; 0 malformed */
        char ns[NAMES_NS_MAX + 1];
        char sa[NAMES_SA_MAX + 1];        /* "" for groups */
        char sa_uid[REGISTRY_SAUID_MAX + 1]; /* "" when unknown ("-") */
        long long since;
        bool retired;
        long long retired_since;
        bool recreated;                   /* retired with reason=recreated */
        bool malformed;                   /* the number is taken; by whom, unknown */
};

struct ledger {
        struct ledger_entry *e;           /* sorted by number */
        size_t n, cap;
        struct ledger_entry **by_name;    /* well-formed ones, by kind, ns, sa */
        size_t n_named;
        char **problems;                  /* entries refused while parsing */
        size_t n_problems;
};

/* Parses "<n> <value>" into e (kind, names, uid, since). 0, or -1 with why. */
int ledger_parse_value(const char *value, struct ledger_entry *e, char *why, size_t whylen);
/* Parses a retirement's value: 0 with *since and *recreated, or -1. */
int ledger_parse_retired(const char *value, long long *since, bool *recreated);
/* Formats e's value (not retired). 0, or -1 when it does not fit. */
int ledger_format_value(const struct ledger_entry *e, char *buf, size_t len);

/* Parses the ledger as the helper hands it over: lines
 *   shard <name> <resourceVersion>
 *   <key> <value>
 * (keys and values of that shard until the next shard line). A line that
 * breaks this framing fails the whole text (-1 with err); a bad shard name,
 * a key outside its shard's slice, or a malformed value is a problem
 * (listed in problems, naming the shard and key) and the rest is used. A
 * malformed value keeps its number taken; a key outside its slice is
 * ignored (its own shard is the only place that number can be given). */
int ledger_parse(const struct config *cfg, const char *text, struct ledger **out,
                 char *err, size_t errlen);
void ledger_free(struct ledger *l);

const struct ledger_entry *ledger_find(const struct ledger *l, uint32_t n);

enum ledger_pick {
        LEDGER_PICK_FOUND,                /* *out is the identity's entry */
        LEDGER_PICK_NONE,                 /* no active entry: allocate one */
        LEDGER_PICK_CONFLICT,             /* why says which entries disagree */
};

/* The active entry of a user (sa != NULL) or namespace group: entries
 * neither retired nor malformed. For a user with sa_uid known, an entry
 * recorded for that Kubernetes UID wins, else one recorded without a UID;
 * entries for other UIDs are a recreated account's old numbers and do not
 * count. Two candidates are a conflict (never guessed between). */
enum ledger_pick ledger_pick(const struct ledger *l, const char *ns, const char *sa,
                             const char *sa_uid, const struct ledger_entry **out,
                             char *why, size_t whylen);

/* Whether another NSS source holds e's number for someone else: 0 no,
 * 1 yes (why names the holder), -1 cannot tell (why). */
typedef int (*ledger_elsewhere_fn)(const struct config *cfg, const struct ledger_entry *e,
                                   void *ctx, char *why, size_t whylen);

/* What a sync does to the local registry. */
struct ledger_plan {
        struct registry_change *c;
        size_t n, cap;
        char **conflicts;                 /* one line each, naming the entry */
        size_t n_conflicts;
        size_t n_missing;                 /* held here, not in the ledger */
};

/* Compares the ledger with the local registry and plans the registry's
 * changes. Trust rules: an entry the host holds that the ledger changed
 * (another identity, another Kubernetes UID, malformed) or lacks is a
 * conflict and the host keeps its own; a ledger number another NSS source
 * holds is refused; an identity with two active entries is refused. Only
 * the identity concerned is refused: everything else is planned. Returns
 * 0, or -1 on out of memory. */
int ledger_plan_sync(const struct config *cfg, const struct ledger *l,
                     const struct registry *reg, ledger_elsewhere_fn elsewhere, void *ctx,
                     struct ledger_plan *p);
void ledger_plan_clear(struct ledger_plan *p);

#endif
