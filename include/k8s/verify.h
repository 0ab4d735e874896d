/* One login decision: the policy, the token checks and the validation the
 * config asks for. Shared by the PAM module and the k8s-login command. */
#ifndef K8S_VERIFY_H
#define K8S_VERIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "k8s/config.h"
#include "k8s/names.h"
#include "k8s/util.h"

enum verify_status {
        VERIFY_ALLOW,        /* PAM_SUCCESS */
        VERIFY_DENY,         /* PAM_AUTH_ERR */
        VERIFY_NOT_OURS,     /* PAM_USER_UNKNOWN */
        VERIFY_UNAVAIL,      /* PAM_AUTHINFO_UNAVAIL */
};

struct verify_result {
        enum verify_status status;
        char reason[K8S_ERR_MAX];
        char label[96];                   /* jti= or sha256= */
        bool have_id;                     /* id and local are set */
        struct names_identity id;
        char local[NAMES_LOCAL_MAX + 1];
        char sa_uid[128];
        char pod[NAMES_SA_MAX + 1];
        bool have_claim;                  /* the token parsed: claim is the
                                           * identity it claims (confirmed
                                           * only when status is ALLOW) */
        struct names_identity claim;
        bool have_uid;                    /* uid is set */
        uint32_t uid;                     /* the account's UID, as looked up
                                           * or as allocated */
        char cluster[64];                 /* the [cluster NAME] decided on;
                                           * "" in a file without sections */
};

const char *verify_status_name(enum verify_status s);

/* Sets r's status and its reason from a format. */
void verify_set(struct verify_result *r, enum verify_status s, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

/* Whether user is an account this module owns: it maps back through
 * user_format to an allowed identity and, when the account exists, its
 * UID lies in uid_min..uid_max. need_account: an account must exist.
 * Fills r (status VERIFY_ALLOW or VERIFY_NOT_OURS, with the reason). */
void verify_user(const struct config *cfg, const char *user, bool need_account,
                 struct verify_result *r);

/* Decides whether token (len bytes) logs in the account that verify_user
 * accepted into account (NULL: whatever account the token maps to).
 * Never logs or keeps the token. */
void verify_token(const struct config *cfg, const struct verify_result *account,
                  const char *token, size_t len, struct verify_result *r);

/* After a login was decided (r->status VERIFY_ALLOW): makes sure the
 * account has its number in the UID registry, the one the host already
 * sees when the account exists, and, with check_recreated, that the
 * service account was not deleted and recreated under the same name since
 * (r->sa_uid against the recorded one; registry_bind). commit false:
 * checks without writing (k8s-login check). Sets r->uid, or refuses. */
void verify_bind(const struct config *cfg, struct verify_result *r, bool commit,
                 bool check_recreated);

/* The same three steps on a whole file (config_load's config), for a file
 * with [cluster NAME] sections as much as for one without:
 *
 * verify_user_file picks the one cluster whose user_format maps user
 * back (none: VERIFY_NOT_OURS) and runs verify_user on it; r->cluster
 * names it. Returns that cluster's config, or NULL.
 *
 * verify_token_file reads the token's iss without trusting it and picks
 * the section that names that issuer, before any network: none is
 * VERIFY_DENY, and so is a token of another cluster than account_cfg's
 * (the reason names both). Then verify_token on that cluster alone, so
 * only its keys and its API server see the token. Returns the cluster the
 * token was judged by, or NULL.
 *
 * verify_cluster_of gives back the cluster a result names (the file
 * itself without sections; NULL for an unknown name). */
const struct config *verify_user_file(const struct config *file, const char *user,
                                      bool need_account, struct verify_result *r);
const struct config *verify_token_file(const struct config *file,
                                       const struct config *account_cfg,
                                       const struct verify_result *account,
                                       const char *token, size_t len,
                                       struct verify_result *r);
const struct config *verify_cluster_of(const struct config *file,
                                       const struct verify_result *r);

enum verify_mode {
        VERIFY_LOGIN,   /* a login: the first one allocates the UID */
        VERIFY_PREVIEW, /* k8s-login check: what a login would decide, and
                         * the account step's answer too; writes nothing */
};

/* The whole login decision, the one entry point of the PAM module and of
 * k8s-login check, so the two cannot disagree: the token routed to its
 * cluster by its issuer (verify_token_file), judged there, then the UID
 * (verify_bind; VERIFY_PREVIEW adds the account step's check and asks the
 * ledger, read only, for an account this host does not hold).
 *
 * account_cfg and r: verify_user_file's answer for the user the login is
 * for (account_cfg NULL and r zeroed: whatever account the token maps to,
 * k8s-login check without --user). r receives the decision. Returns the
 * cluster that judged the token (NULL when none did; with VERIFY_PREVIEW
 * the cluster that answered instead). */
const struct config *verify_login(const struct config *file, const struct config *account_cfg,
                                  const char *token, size_t len, enum verify_mode mode,
                                  struct verify_result *r);

#endif
