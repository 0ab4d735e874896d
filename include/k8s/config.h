/* /etc/k8s-login.conf: the one configuration read by the PAM module, the
 * NSS module and the k8s-login command. libc only. */
#ifndef K8S_CONFIG_H
#define K8S_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "k8s/names.h"

#ifndef K8S_SYSCONFDIR
#define K8S_SYSCONFDIR "/etc"
#endif
#define CONFIG_DEFAULT_PATH K8S_SYSCONFDIR "/k8s-login.conf"
/* A config larger than this is not a config. */
#define CONFIG_MAX_SIZE (64 * 1024)

/* The largest files a config names that a login reads, past which a
 * file is refused: CA bundles, bearer tokens, key sets. One definition for
 * the readers in the login path and for k8s-login config-test. */
#define CONFIG_CA_FILE_MAX (4 * 1024 * 1024)
#define CONFIG_TOKEN_FILE_MAX 16384
#define CONFIG_JWKS_FILE_MAX (1024 * 1024)

/* Defaults, documented in k8s-login.conf(5). The UID range lies above
 * Debian's regular (1000-59999) and reserved (60000-65535) ranges and the
 * systemd container ranges (524288-1879048191), below 2^31. */
#define CONFIG_DEFAULT_UID_MIN 1879048192u
#define CONFIG_DEFAULT_UID_MAX 2147483647u
#define CONFIG_DEFAULT_TIMEOUT 5
#define CONFIG_MAX_TIMEOUT 60
#define CONFIG_DEFAULT_MAX_LIFETIME 3600
#define CONFIG_MAX_MAX_LIFETIME 86400
#define CONFIG_DEFAULT_CACHE_TTL 60
#define CONFIG_MAX_CACHE_TTL 300
/* A key set fetched from jwks_uri or discovery is used at most this long
 * after its last successful fetch while every refresh fails: blocking the
 * issuer must not keep a removed key valid for ever. */
#define CONFIG_DEFAULT_JWKS_MAX_STALE 86400
#define CONFIG_MAX_JWKS_MAX_STALE (30L * 86400)
/* TokenReview requests one host sends per second; 0 is no limit. */
#define CONFIG_DEFAULT_REVIEWS_PER_SECOND 50
#define CONFIG_MAX_REVIEWS_PER_SECOND 100000
/* The program that makes every HTTPS request, so that none runs in the
 * login process (see include/k8s/helper.h). */
#ifndef K8S_HELPER_PATH
#define K8S_HELPER_PATH "/usr/libexec/k8s-login/k8s-login-helper"
#endif
#define CONFIG_DEFAULT_HELPER K8S_HELPER_PATH

enum config_validation {
        VALIDATION_TOKENREVIEW,
        VALIDATION_JWKS,
        VALIDATION_JWKS_TOKENREVIEW, /* offline first, then the API server */
};

enum config_ledger {
        LEDGER_NONE,               /* each host allocates on its own */
        LEDGER_CONFIGMAP,          /* numbers come from the cluster's ledger */
};
#define CONFIG_DEFAULT_LEDGER_NAMESPACE "k8s-login"

struct config_list {
        char **items;
        size_t n;
};

struct config {
        char *path;
        enum config_validation validation;
        char *api_server;          /* https://host[:port], no trailing '/' */
        char *ca_file;
        char *jwks_ca_file;
        char *reviewer_token_file;
        struct config_list audiences;
        char *issuer;
        char *jwks_file;
        char *jwks_uri;
        struct config_list allow_namespaces;
        struct config_list allow_service_accounts; /* "ns:name" globs */
        bool have_allow_service_accounts;
        char *user_format;
        char *group_format;
        char *all_group;
        uint32_t uid_min;
        uint32_t uid_max;
        char *home_format;
        char *shell;
        char *state_dir;
        long timeout;
        long max_token_lifetime;
        long cache_ttl;
        bool allow_legacy_tokens;
        bool allow_recreated;      /* a recreated account keeps the old UID */
        long jwks_max_stale;
        long max_reviews_per_second; /* 0: no limit */
        char *helper;              /* the HTTPS helper program */
        /* [cluster NAME] sections. In the config of a file with sections,
         * clusters holds one config per section (the keys before the first
         * section, then the section's own); each has cluster set to NAME.
         * A file without sections is its own only cluster (cluster NULL,
         * n_clusters 0). */
        char *cluster;
        bool cluster_first;        /* the file's first section */
        struct config **clusters;
        size_t n_clusters;
        enum config_ledger uid_ledger;
        char *ledger_namespace;    /* default CONFIG_DEFAULT_LEDGER_NAMESPACE */
        char *ledger_token_file;   /* default reviewer_token_file */
        /* Set on a config shared by config_load_shared: the holders, each
         * of which drops one with config_free. 0 on any other config. */
        unsigned shared_refs;
};

/* Loads and checks path (NULL: the installed config) into a new config
 * (*out, free with config_free). The file must be a regular file owned by
 * root and not writable by group or others. Returns 0, or -1 with a
 * message naming the file, line and key in err. */
int config_load(const char *path, struct config **out, char *err, size_t errlen);
/* The same, handing back the fstat of the file read (when st is not NULL). */
struct stat;
int config_load_stat(const char *path, struct config **out, struct stat *st,
                     char *err, size_t errlen);

/* config_load for a process that logs in many times (the PAM module):
 * the file is parsed once and the config kept, keyed on the path and on
 * the file's device, inode, size, owner, mode, mtime and ctime; every
 * call stats the path again, applies config_load's trust checks to what
 * it finds, and reads and parses the file again on any change. A file
 * whose content changed in the last two seconds is read at every call (a
 * write in the same clock tick as a read would leave its times unchanged). *out is
 * never changed once returned (a changed file gives a new config) and
 * is freed with config_free as always. Thread-safe. Same results and
 * messages as config_load. */
int config_load_shared(const char *path, struct config **out, char *err, size_t errlen);

/* Parses config text as if read from path (no ownership check). */
int config_parse(const char *path, const char *text, struct config **out,
                 char *err, size_t errlen);

void config_free(struct config *cfg);

/* Whether namespace ns is allowed by allow_namespaces. */
bool config_namespace_allowed(const struct config *cfg, const char *ns);

/* Whether the identity is allowed by allow_namespaces and
 * allow_service_accounts. */
bool config_identity_allowed(const struct config *cfg,
                             const struct names_identity *id);

/* Whether aud is one of the configured audiences. */
bool config_has_audience(const struct config *cfg, const char *aud);

const char *config_validation_name(enum config_validation v);

/* The clusters of a loaded file: config_cluster_count is 1 and
 * config_cluster(file, 0) the file itself when it has no sections. */
size_t config_cluster_count(const struct config *file);
const struct config *config_cluster(const struct config *file, size_t i);
/* The section named name (NULL when none; a file without sections has
 * none). */
const struct config *config_cluster_named(const struct config *file, const char *name);
/* The cluster a token of issuer iss belongs to: the section whose issuer
 * is exactly iss, NULL when none (the token is refused before any network).
 * A file without sections: the file itself, whatever iss (its own issuer
 * check applies as it always did). */
const struct config *config_cluster_for_issuer(const struct config *file, const char *iss);
/* The cluster whose user_format maps local user name user back to an
 * identity (whether or not its allow_* lists allow it), NULL when none. The
 * config's rules make that at most one; two is refused too. */
const struct config *config_cluster_for_user(const struct config *file, const char *user);
/* The same for a group name: a cluster's all_group or group_format. */
const struct config *config_cluster_for_group(const struct config *file, const char *group);
/* The cluster whose uid_min..uid_max holds n, NULL when none. */
const struct config *config_cluster_for_number(const struct config *file, uint32_t n);
/* The cluster field of this cluster's registry entries: "" for a file
 * without sections and for its first section (so a registry written before
 * the file had sections keeps every number), else the section's NAME. */
const char *config_registry_cluster(const struct config *cfg);

#endif
