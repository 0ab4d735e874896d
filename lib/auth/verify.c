/* One login decision: the account, the cheap token checks, then the
 * validation the config asks for. Order matters: nothing reaches the
 * network that a local check could have refused. */
#include "config.h"

#include <errno.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "k8s/cache.h"
#include "k8s/helper.h"
#include "k8s/jwt_verify.h"
#include "k8s/ledger_host.h"
#include "k8s/registry.h"
#include "k8s/token.h"
#include "k8s/verify.h"

/* Earlier than this the clock is wrong, and expiry means nothing. */
#define SANE_CLOCK_MIN 1577836800 /* 2020-01-01 */

void verify_set(struct verify_result *r, enum verify_status s, const char *fmt, ...)
{
        va_list ap;

        r->status = s;
        va_start(ap, fmt);
        vsnprintf(r->reason, sizeof(r->reason), fmt, ap);
        va_end(ap);
}

const char *verify_status_name(enum verify_status s)
{
        switch (s) {
        case VERIFY_ALLOW: return "allow";
        case VERIFY_DENY: return "deny";
        case VERIFY_NOT_OURS: return "not-ours";
        case VERIFY_UNAVAIL: return "unavailable";
        }
        return "unknown";
}

/* A token checker's verdict into the decision: its status as the
 * login's, its reason, and what it learnt of the account. */
static void take_verdict(struct verify_result *r, const struct token_verdict *v)
{
        static const enum verify_status as[] = {
                [K8S_OK] = VERIFY_ALLOW, [K8S_REFUSED] = VERIFY_DENY,
                [K8S_UNAVAIL] = VERIFY_UNAVAIL,
        };

        /* Anything but the three statuses is a checker gone wrong. */
        if ((unsigned)v->res.status >= sizeof(as) / sizeof(as[0])) {
                verify_set(r, VERIFY_UNAVAIL, "internal error: a token check answered %d",
                           (int)v->res.status);
                return;
        }
        verify_set(r, as[v->res.status], "%s", v->res.reason);
        if (v->res.status != K8S_OK)
                return;
        snprintf(r->sa_uid, sizeof(r->sa_uid), "%s", v->sa_uid);
        if (v->pod[0])
                snprintf(r->pod, sizeof(r->pod), "%s", v->pod);
}

/* The decision on a token (a definite yes or no), as the token cache
 * remembers it. */
static void give_verdict(const struct verify_result *r, struct token_verdict *v)
{
        memset(v, 0, sizeof(*v));
        v->res.status = r->status == VERIFY_ALLOW ? K8S_OK : K8S_REFUSED;
        snprintf(v->res.reason, sizeof(v->res.reason), "%s", r->reason);
        v->have_id = r->have_id;
        v->id = r->id;
        snprintf(v->sa_uid, sizeof(v->sa_uid), "%s", r->sa_uid);
        snprintf(v->pod, sizeof(v->pod), "%s", r->pod);
}

/* A refused token of a length at which clients cut what is typed (the
 * buffers of ssh, sudo and terminals): the usual cause, said plainly. */
static void say_if_cut_off(struct verify_result *r, size_t len)
{
        char was[K8S_ERR_MAX];

        if (r->status != VERIFY_DENY || (len != 511 && len != 512 && len != 1023 && len != 1024))
                return;
        snprintf(was, sizeof(was), "%s", r->reason);
        verify_set(r, VERIFY_DENY, "%s; its length %zu is a known client limit: the token was "
                   "probably cut off (send it in parts ending in '\\')", was, len);
}

void verify_user(const struct config *cfg, const char *user, bool need_account,
                 struct verify_result *r)
{
        struct passwd pw, *res = NULL;
        char *buf = NULL, safe[80];
        size_t size = 4096;
        uid_t uid = 0;
        int e;

        memset(r, 0, sizeof(*r));
        util_sanitize(safe, sizeof(safe), user, 64);
        if (!user || !names_from_local(cfg->user_format, user, &r->id)) {
                verify_set(r, VERIFY_NOT_OURS, "user %s does not map to a service account "
                    "through user_format", safe);
                return;
        }
        if (!config_identity_allowed(cfg, &r->id)) {
                verify_set(r, VERIFY_NOT_OURS, "user %s maps to %s/%s, which is not allowed by "
                    "allow_namespaces/allow_service_accounts", safe, r->id.ns, r->id.sa);
                return;
        }
        strcpy(r->local, user);
        r->have_id = true;
        /* Entries with long fields need a larger buffer: grow, within reason. */
        for (;;) {
                char *grown = size <= 4 * 1024 * 1024 ? realloc(buf, size) : NULL;
                if (!grown) {
                        e = ENOMEM;
                        break;
                }
                buf = grown;
                e = getpwnam_r(user, &pw, buf, size, &res);
                if (e != ERANGE)
                        break;
                size *= 4;
        }
        if (e == 0 && res)
                uid = pw.pw_uid;
        free(buf);
        if (e == 0 && res) {
                r->have_uid = true;
                r->uid = (uint32_t)uid;
                /* A pre-existing local account of the same name is never ours. */
                if (uid < cfg->uid_min || uid > cfg->uid_max) {
                        verify_set(r, VERIFY_NOT_OURS, "user %s exists with UID %u, outside "
                            "uid_min..uid_max (%u..%u): not a k8s-login account", safe,
                            (unsigned)uid, cfg->uid_min, cfg->uid_max);
                        return;
                }
        } else if (e != 0 && e != ENOENT && e != ESRCH) {
                verify_set(r, VERIFY_UNAVAIL, "cannot look up user %s: %s", safe, strerror(e));
                return;
        } else if (need_account) {
                verify_set(r, VERIFY_NOT_OURS, "user %s has no account (is the k8s NSS module "
                    "configured?)", safe);
                return;
        }
        verify_set(r, VERIFY_ALLOW, "account maps to %s/%s", r->id.ns, r->id.sa);
}

void verify_token(const struct config *cfg, const struct verify_result *account,
                  const char *token, size_t len, struct verify_result *r)
{
        const char *user = account ? account->local : NULL;
        struct token_claims c;
        char why[K8S_ERR_MAX], local[NAMES_LOCAL_MAX + 1];
        struct names_identity claimed;
        struct token_verdict v = { 0 };
        time_t now;

        if (account && (account->status != VERIFY_ALLOW || !account->have_id)) {
                *r = *account;
                return;
        }
        if (account)
                *r = *account;
        else
                memset(r, 0, sizeof(*r));
        if (token_parse(token, len, &c, why, sizeof(why)) < 0) {
                token_label(token, len, &c, r->label, sizeof(r->label));
                verify_set(r, VERIFY_DENY, "%s", why);
                say_if_cut_off(r, len);
                goto out;
        }
        token_label(token, len, &c, r->label, sizeof(r->label));
        claimed = r->claim = c.id;
        r->have_claim = true;
        if (!names_to_local(cfg->user_format, &claimed, local, sizeof(local))) {
                verify_set(r, VERIFY_DENY, "identity %s/%s makes a local name that is too long",
                    claimed.ns, claimed.sa);
                goto out;
        }
        if (user && strcmp(local, user) != 0) {
                verify_set(r, VERIFY_DENY, "token is for %s/%s, not for user %s", claimed.ns,
                    claimed.sa, r->local);
                goto out;
        }
        if (!user) {
                r->id = claimed;
                strcpy(r->local, local);
                r->have_id = true;
        }
        now = time(NULL);
        if (now == (time_t)-1 || now < SANE_CLOCK_MIN) {
                verify_set(r, VERIFY_UNAVAIL, "system clock unavailable or before 2020: cannot judge expiry");
                goto out;
        }
        if (token_check_policy(cfg, &c, now, why, sizeof(why)) < 0) {
                verify_set(r, VERIFY_DENY, "%s", why);
                goto out;
        }
        strcpy(r->pod, c.pod);

        /* Verified (or refused) moments ago: no network, no signature
         * check; the policy above has been applied again all the same. */
        v.id = claimed;
        v.have_id = true;
        switch (cache_lookup(cfg, token, len, now, &v)) {
        case CACHE_MISS:
                break;
        case CACHE_HIT_ALLOW:
                v.res.status = K8S_OK;
                take_verdict(r, &v);
                goto out;
        default: /* CACHE_HIT_DENY: refused moments ago, whatever v says */
                v.res.status = K8S_REFUSED;
                take_verdict(r, &v);
                goto out;
        }
        /* Offline first, so forged or garbage tokens never reach the API. */
        if (cfg->validation != VALIDATION_TOKENREVIEW) {
                jwt_verify_token(cfg, token, len, &c, &v);
                take_verdict(r, &v);
                if (r->status != VERIFY_ALLOW || cfg->validation == VALIDATION_JWKS)
                        goto decided;
        }

        switch (cfg->validation) {
        case VALIDATION_JWKS:
                break;
        case VALIDATION_TOKENREVIEW:
        case VALIDATION_JWKS_TOKENREVIEW: {
                struct token_verdict review;

                if (!cache_review_allowed(cfg, now, why, sizeof(why))) {
                        verify_set(r, VERIFY_UNAVAIL, "%s", why);
                        goto out;
                }
                /* In the helper: no network in this process. */
                helper_tokenreview(cfg, token, len, &review);
                if (review.res.status != K8S_OK) {
                        take_verdict(r, &review);
                        goto decided;
                }
                /* The API server's answer is the identity; it must be the
                 * one the token claims and the user asked for. */
                if (strcmp(review.id.ns, claimed.ns) || strcmp(review.id.sa, claimed.sa)) {
                        verify_set(r, VERIFY_DENY, "API server identifies the token as %s/%s, "
                            "not %s/%s", review.id.ns, review.id.sa, claimed.ns, claimed.sa);
                        goto decided;
                }
                if (!config_identity_allowed(cfg, &review.id)) {
                        verify_set(r, VERIFY_DENY, "service account %s/%s is not allowed",
                            review.id.ns, review.id.sa);
                        goto decided;
                }
                /* Pod name from the API server; the token's claim otherwise. */
                take_verdict(r, &review);
                break;
        }
        }
decided:
        /* Only a definite yes or no is remembered: a network failure
         * (VERIFY_UNAVAIL) must be asked again at the next login. */
        if (r->status == VERIFY_ALLOW || r->status == VERIFY_DENY) {
                give_verdict(r, &v);
                cache_store(cfg, token, len, now, c.have_exp ? c.exp : 0, &v);
        }
        /* Cut in its signature, a token still parses: its refusal is then
         * the signature's or the API server's. */
        say_if_cut_off(r, len);
out:
        token_claims_clear(&c);
}

void verify_bind(const struct config *cfg, struct verify_result *r, bool commit,
                 bool check_recreated)
{
        char why[K8S_ERR_MAX], was[K8S_ERR_MAX];
        uint32_t uid = 0;

        if (r->status != VERIFY_ALLOW || !r->have_id)
                return;
        /* The fleet's number first: registry_bind then finds it recorded. */
        if (cfg->uid_ledger == LEDGER_CONFIGMAP && commit) {
                enum k8s_status st = ledger_host_bind(cfg, &r->id,
                                                      check_recreated ? r->sa_uid : NULL,
                                                      why, sizeof(why));
                if (st != K8S_OK) {
                        verify_set(r, st == K8S_REFUSED ? VERIFY_DENY : VERIFY_UNAVAIL, "%s",
                                   why);
                        return;
                }
        }
        switch (registry_bind(cfg, &r->id, check_recreated ? r->sa_uid : NULL,
                              r->have_uid ? r->uid : 0, commit, &uid, why, sizeof(why))) {
        case REGISTRY_OK:
                r->have_uid = true;
                r->uid = uid;
                if (why[0]) { /* a recreated account let through by allow_recreated */
                        strcpy(was, r->reason);
                        verify_set(r, VERIFY_ALLOW, "%s; %s", was, why);
                }
                break;
        case REGISTRY_COLLISION:
        case REGISTRY_RECREATED:
                verify_set(r, VERIFY_DENY, "%s", why);
                break;
        default:
                verify_set(r, VERIFY_UNAVAIL, "%s", why);
                break;
        }
}

const struct config *verify_cluster_of(const struct config *file, const struct verify_result *r)
{
        if (!file->n_clusters)
                return file;
        return config_cluster_named(file, r->cluster);
}

static void name_cluster(struct verify_result *r, const struct config *cfg)
{
        snprintf(r->cluster, sizeof(r->cluster), "%s", cfg && cfg->cluster ? cfg->cluster : "");
}

const struct config *verify_user_file(const struct config *file, const char *user,
                                      bool need_account, struct verify_result *r)
{
        const struct config *cfg = config_cluster_for_user(file, user);
        char safe[80];

        /* Without sections the one cluster answers, with its own words. */
        if (!cfg && !file->n_clusters)
                cfg = file;
        if (!cfg) {
                memset(r, 0, sizeof(*r));
                util_sanitize(safe, sizeof(safe), user, 64);
                verify_set(r, VERIFY_NOT_OURS, "user %s does not map to a service account "
                    "through the user_format of any [cluster] section", safe);
                return NULL;
        }
        verify_user(cfg, user, need_account, r);
        name_cluster(r, cfg);
        return cfg;
}

const struct config *verify_token_file(const struct config *file,
                                       const struct config *account_cfg,
                                       const struct verify_result *account,
                                       const char *token, size_t len,
                                       struct verify_result *r)
{
        const struct config *cfg = account_cfg ? account_cfg : config_cluster(file, 0);
        struct token_claims c = { 0 };
        char why[K8S_ERR_MAX];

        if (account && (account->status != VERIFY_ALLOW || !account->have_id)) {
                *r = *account;
                return NULL;
        }
        /* The issuer picks the cluster; nothing of the token is trusted
         * yet, and the cluster it picks judges it. A token that does not
         * parse is left to verify_token, which says why. */
        if (file->n_clusters && token_parse(token, len, &c, why, sizeof(why)) == 0) {
                const char *iss = token_issuer(&c);
                const struct config *by_iss = config_cluster_for_issuer(file, iss);
                char safe[128];

                if (account)
                        *r = *account;
                else
                        memset(r, 0, sizeof(*r));
                token_label(token, len, &c, r->label, sizeof(r->label));
                r->claim = c.id;
                r->have_claim = true;
                util_sanitize(safe, sizeof(safe), iss ? iss : "", 100);
                if (!by_iss) {
                        token_claims_clear(&c);
                        verify_set(r, VERIFY_DENY, "token issuer '%s' is no [cluster] section's "
                            "issuer: refused before any network", safe);
                        return NULL;
                }
                if (account && account_cfg && by_iss != account_cfg) {
                        token_claims_clear(&c);
                        verify_set(r, VERIFY_DENY, "token of cluster %s (issuer '%s') presented "
                            "for user %s of cluster %s: refused before any network",
                            by_iss->cluster, safe, r->local, account_cfg->cluster);
                        return NULL;
                }
                cfg = by_iss;
        }
        if (file->n_clusters)
                token_claims_clear(&c);
        verify_token(cfg, account, token, len, r);
        name_cluster(r, cfg);
        return cfg;
}

/* What k8s-login check adds to the token's verdict so that it says what a
 * login would: the account step (the account must exist, with its UID in
 * range), the registry's dry run, and for an account this host does not
 * hold yet, the ledger's number (read only). */
static void preview_account(const struct config *cfg, struct verify_result *r)
{
        struct verify_result account;
        char why[K8S_ERR_MAX], was[K8S_ERR_MAX];
        enum k8s_status st;
        uint32_t n;
        int got;

        if (r->status == VERIFY_ALLOW) {
                bool have_uid;
                uint32_t uid;

                verify_user(cfg, r->local, true, &account);
                have_uid = account.have_uid;
                uid = account.uid;
                if (account.status != VERIFY_ALLOW) {
                        /* NSS hides a name whose would-be number another
                         * source holds: the registry's refusal is then the
                         * reason. */
                        enum verify_status st_account = account.status;

                        snprintf(was, sizeof(was), "%s", account.reason);
                        account = *r;
                        verify_bind(cfg, &account, false, true);
                        if (account.status == VERIFY_DENY)
                                verify_set(r, VERIFY_DENY, "%s", account.reason);
                        else
                                verify_set(r, st_account, "%s", was);
                }
                r->have_uid = have_uid;
                r->uid = uid;
        }
        /* The registry decides too (a UID collision, a recreated account);
         * a preview only looks, it never allocates. */
        verify_bind(cfg, r, false, true);
        if (r->status != VERIFY_ALLOW || !r->have_id || cfg->uid_ledger != LEDGER_CONFIGMAP ||
            ledger_host_held(cfg, &r->id))
                return;
        snprintf(was, sizeof(was), "%s", r->reason);
        got = ledger_host_number(cfg, &r->id, r->sa_uid, &n, &st, why, sizeof(why));
        if (got < 0) {
                verify_set(r, st == K8S_REFUSED ? VERIFY_DENY : VERIFY_UNAVAIL, "UID ledger: %s",
                           why);
        } else if (got == 1 && r->have_uid && r->uid != n) {
                /* The login records the ledger's number, then refuses a
                 * session under the one the host showed. */
                verify_set(r, VERIFY_DENY, "the host sees %s as UID %u, but the ledger gives it "
                           "%u: a login before 'k8s-login sync' records that number is refused",
                           r->local, (unsigned)r->uid, n);
        } else if (got == 1) {
                r->have_uid = true;
                r->uid = n;
                verify_set(r, VERIFY_ALLOW, "%s; its UID comes from the ledger at its first "
                           "login here", was);
        } else {
                r->have_uid = false;
                verify_set(r, VERIFY_ALLOW, "%s; the ledger has no number for it yet: its first "
                           "login allocates one there", was);
        }
}

const struct config *verify_login(const struct config *file, const struct config *account_cfg,
                                  const char *token, size_t len, enum verify_mode mode,
                                  struct verify_result *r)
{
        struct verify_result copy;
        const struct config *cfg;

        /* r holds the account's result on the way in and the login's on
         * the way out: the token's judges read the account while they
         * write the login, so they get a copy. */
        if (account_cfg)
                copy = *r;
        cfg = verify_token_file(file, account_cfg, account_cfg ? &copy : NULL, token, len, r);
        if (mode == VERIFY_PREVIEW) {
                /* Refused before any cluster judged it: the user's cluster,
                 * or the first, answers for the account. */
                if (!cfg)
                        cfg = account_cfg ? account_cfg : config_cluster(file, 0);
                preview_account(cfg, r);
                return cfg;
        }
        /* The first login of an account allocates its UID for good. */
        if (cfg)
                verify_bind(cfg, r, true, true);
        return cfg;
}
