/* pam_k8s: a Kubernetes service-account token as the password. The module
 * is glue: reading the token from the conversation, logging, and the PAM
 * return codes; every decision is made in lib/. */
#include "config.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#define PAM_SM_AUTH
#define PAM_SM_ACCOUNT
#define PAM_SM_SESSION
#define PAM_SM_PASSWORD
#include <security/pam_ext.h>
#include <security/pam_modules.h>

#include "k8s/config.h"
#include "k8s/token.h"
#include "k8s/util.h"
#include "k8s/verify.h"

#define DATA_NAME "pam_k8s_identity"
/* The config the auth step loaded, for the account step of the same
 * handle: one login reads and parses it once. */
#define CONFIG_DATA "pam_k8s_config"
#define PROMPT "Service account token: "
#define PROMPT_PART "Service account token, part %d: "
/* Room for the largest token and its last byte, to tell "too long". */
#define TOKEN_BUF (TOKEN_MAX + 2)

struct args {
        const char *config;
        bool use_first_pass;
        bool try_first_pass;
        bool debug;
};

static int parse_args(pam_handle_t *pamh, int argc, const char **argv, struct args *a)
{
        memset(a, 0, sizeof(*a));
        for (int i = 0; i < argc; i++) {
                if (!strncmp(argv[i], "config=", 7) && argv[i][7] == '/')
                        a->config = argv[i] + 7;
                else if (!strcmp(argv[i], "use_first_pass"))
                        a->use_first_pass = true;
                else if (!strcmp(argv[i], "try_first_pass"))
                        a->try_first_pass = true;
                else if (!strcmp(argv[i], "debug"))
                        a->debug = true;
                else {
                        char safe[80];
                        pam_syslog(pamh, LOG_ERR, "refusing: unknown module argument '%s' "
                                   "(expected config=/PATH, use_first_pass, try_first_pass, debug)",
                                   util_sanitize(safe, sizeof(safe), argv[i], 60));
                        return -1;
                }
        }
        return 0;
}

static int to_pam(enum verify_status s)
{
        switch (s) {
        case VERIFY_ALLOW: return PAM_SUCCESS;
        case VERIFY_DENY: return PAM_AUTH_ERR;
        case VERIFY_NOT_OURS: return PAM_USER_UNKNOWN;
        case VERIFY_UNAVAIL: return PAM_AUTHINFO_UNAVAIL;
        }
        return PAM_AUTH_ERR;
}

/* One log line per decision: what, who, which token (never the token). */
static void log_decision(pam_handle_t *pamh, const char *what, const char *user,
                         const struct verify_result *r)
{
        char safe[80], identity[sizeof(NAMES_PREFIX) + NAMES_NS_MAX + NAMES_SA_MAX + 2] = "-";

        if (r->have_id)
                snprintf(identity, sizeof(identity), NAMES_PREFIX "%s:%s", r->id.ns, r->id.sa);
        /* Users of other stacks pass through here too: "not ours" is routine. */
        if (r->cluster[0])
                pam_syslog(pamh, r->status == VERIFY_ALLOW || r->status == VERIFY_NOT_OURS ?
                           LOG_INFO : LOG_NOTICE,
                           "%s %s user=%s cluster=%s identity=%s token=%s reason=%s", what,
                           verify_status_name(r->status),
                           util_sanitize_word(safe, sizeof(safe), user, 64), r->cluster,
                           identity, r->label[0] ? r->label : "-", r->reason);
        else
                pam_syslog(pamh, r->status == VERIFY_ALLOW || r->status == VERIFY_NOT_OURS ?
                           LOG_INFO : LOG_NOTICE,
                           "%s %s user=%s identity=%s token=%s reason=%s", what,
                           verify_status_name(r->status),
                           util_sanitize_word(safe, sizeof(safe), user, 64),
                           identity, r->label[0] ? r->label : "-", r->reason);
}

/* Loads the config; on failure logs the refusal (in the shape of every
 * decision, for step what and user) and returns NULL. */
static struct config *load_config(pam_handle_t *pamh, const struct args *a,
                                  const char *what, const char *user)
{
        struct verify_result r = { 0 };
        struct config *cfg = NULL;
        char err[K8S_ERR_MAX - 64];

        /* Parsed once per process; stat'ed and checked at every step. */
        if (config_load_shared(a->config, &cfg, err, sizeof(err)) < 0) {
                verify_set(&r, VERIFY_UNAVAIL, "config cannot be trusted: %s", err);
                log_decision(pamh, what, user, &r);
                return NULL;
        }
        if (a->debug)
                pam_syslog(pamh, LOG_DEBUG, "config %s: validation=%s", cfg->path,
                           config_validation_name(cfg->validation));
        return cfg;
}

/* An answer of this many bytes is at a known client limit: sudo (and
 * Linux-PAM's conversation) refuse answers of 512 bytes or more, and
 * clients that cut a line cut it at 511 or 512. */
static bool at_sudo_limit(size_t n)
{
        return n == 511 || n == 512;
}

/* Reads the token from the conversation, in parts when an answer ends in
 * a backslash. Returns PAM_SUCCESS with a TOKEN_BUF buffer in *out; *cut
 * is the number of the last part when more than one part came and the
 * last answer had 511 or 512 bytes (probably cut by a client), else 0. */
static int ask_token(pam_handle_t *pamh, const struct args *a, char **out, size_t *len,
                     int *cut, char *why, size_t whylen)
{
        char *tok = calloc(1, TOKEN_BUF);
        size_t have = 0, prev = 0; /* prev: the bytes of the previous part */
        int rc = PAM_AUTH_ERR;

        *out = NULL;
        *cut = 0;
        if (!tok)
                return PAM_BUF_ERR;
        for (int part = 1;; part++) {
                char *resp = NULL;
                size_t n, raw;
                bool more;

                rc = part == 1 ? pam_prompt(pamh, PAM_PROMPT_ECHO_OFF, &resp, PROMPT)
                               : pam_prompt(pamh, PAM_PROMPT_ECHO_OFF, &resp, PROMPT_PART, part);
                if (rc != PAM_SUCCESS) {
                        /* sudo answers a line of 512 bytes or more with
                         * PAM_CONV_ERR and nothing else: name the usual cause. */
                        util_fmt(why, whylen, "conversation failed at part %d: the client sent no "
                                 "answer (sudo and Linux-PAM's conversation refuse answers of 512 "
                                 "bytes or more: send the token in parts ending in '\\', as "
                                 "k8s-login askpass does)", part);
                        util_wipe_free(resp, resp ? strlen(resp) : 0);
                        goto fail;
                }
                raw = n = resp ? strlen(resp) : 0;
                more = n > 0 && resp[n - 1] == '\\';
                if (more)
                        n--;
                rc = PAM_AUTH_ERR;
                if (n == 0) {
                        util_fmt(why, whylen, part == 1 ? "empty token" : "part %d is empty", part);
                        util_wipe_free(resp, resp ? strlen(resp) : 0);
                        goto fail;
                }
                /* A part the same as the one before is a client answering
                 * every prompt with one password: ssh, when keyboard-
                 * interactive fails, falls back to password authentication,
                 * and sshd repeats that password to each of our prompts,
                 * which would end, 33 prompts later, in "longer than 16384
                 * bytes" and hide the real refusal. A real token never does
                 * it: its parts are slices of a base64url JWT whose claims
                 * and signature never repeat a run of hundreds of bytes
                 * (two identical 499-byte slices of the signature alone are
                 * a 1 in 2^2994 chance), so refusing costs nothing real. */
                if (part > 1 && n == prev && !memcmp(tok + have - prev, resp, n)) {
                        util_fmt(why, whylen, "part %d repeats part %d byte for byte: a client "
                                 "answering every prompt with one password (ssh's fallback to "
                                 "password authentication?); use keyboard-interactive "
                                 "(ssh -o PreferredAuthentications=keyboard-interactive)",
                                 part, part - 1);
                        util_wipe_free(resp, raw);
                        goto fail;
                }
                if (n > TOKEN_MAX - have) {
                        util_fmt(why, whylen, "token longer than %d bytes at part %d", TOKEN_MAX, part);
                        util_wipe_free(resp, raw);
                        goto fail;
                }
                memcpy(tok + have, resp, n);
                have += n;
                prev = n;
                util_wipe_free(resp, raw);
                if (a->debug)
                        pam_syslog(pamh, LOG_DEBUG, "part %d: %zu bytes%s", part, raw,
                                   at_sudo_limit(raw) ? ", sudo's limit" : more ? ", more follows" : "");
                if (!more) {
                        if (part > 1 && at_sudo_limit(raw))
                                *cut = part;
                        break;
                }
        }
        *out = tok;
        *len = have;
        return PAM_SUCCESS;
fail:
        util_wipe_free(tok, TOKEN_BUF);
        return rc;
}

/* Takes the token from an earlier module (use_first_pass/try_first_pass). */
static int first_pass_token(pam_handle_t *pamh, char **out, size_t *len)
{
        const void *item = NULL;
        size_t n;

        *out = NULL;
        if (pam_get_item(pamh, PAM_AUTHTOK, &item) != PAM_SUCCESS || !item)
                return PAM_AUTH_ERR;
        n = strlen(item);
        if (n > TOKEN_MAX)
                n = TOKEN_MAX + 1; /* refused below as too long, never cut */
        if (!(*out = calloc(1, TOKEN_BUF)))
                return PAM_BUF_ERR;
        memcpy(*out, item, n);
        *len = n;
        return PAM_SUCCESS;
}

static void free_identity(pam_handle_t *pamh, void *data, int error_status)
{
        free(data);
}

static void free_config(pam_handle_t *pamh, void *data, int error_status)
{
        config_free(data);
}

static int put_env(pam_handle_t *pamh, const char *name, const char *value)
{
        char buf[64 + NAMES_SA_MAX];

        snprintf(buf, sizeof(buf), "%s=%s", name, value);
        return pam_putenv(pamh, buf);
}

/* K8S_NAMESPACE, K8S_SERVICE_ACCOUNT, K8S_CLUSTER when the config has
 * sections and, when known, K8S_POD_NAME. */
static int put_identity_env(pam_handle_t *pamh, const struct verify_result *r)
{
        if ((r->cluster[0] && put_env(pamh, "K8S_CLUSTER", r->cluster) != PAM_SUCCESS) ||
            put_env(pamh, "K8S_NAMESPACE", r->id.ns) != PAM_SUCCESS ||
            put_env(pamh, "K8S_SERVICE_ACCOUNT", r->id.sa) != PAM_SUCCESS ||
            (r->pod[0] && put_env(pamh, "K8S_POD_NAME", r->pod) != PAM_SUCCESS))
                return PAM_BUF_ERR;
        return PAM_SUCCESS;
}

/* A name without '=' removes a variable (libpam logs an error when it
 * was not there, so absent ones are left alone). */
static void unset_env(pam_handle_t *pamh, const char *name)
{
        if (pam_getenv(pamh, name))
                (void)pam_putenv(pamh, name);
}

static void clear_identity_env(pam_handle_t *pamh)
{
        unset_env(pamh, "K8S_CLUSTER");
        unset_env(pamh, "K8S_NAMESPACE");
        unset_env(pamh, "K8S_SERVICE_ACCOUNT");
        unset_env(pamh, "K8S_POD_NAME");
}

PAM_EXTERN int pam_sm_authenticate(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
        struct verify_result *r = NULL;
        struct config *cfg = NULL;
        const struct config *ucl;
        const char *user = NULL;
        char *tok = NULL, why[K8S_ERR_MAX / 2] = "";
        size_t len = 0;
        struct args a;
        int rc, cut = 0;

        if (parse_args(pamh, argc, argv, &a) < 0)
                return PAM_AUTHINFO_UNAVAIL;
        rc = pam_get_user(pamh, &user, NULL);
        if (rc != PAM_SUCCESS || !user || !*user) {
                pam_syslog(pamh, LOG_NOTICE, "auth deny: cannot get the user name");
                return rc == PAM_SUCCESS ? PAM_USER_UNKNOWN : rc;
        }
        /* A retry on the same handle (sudo asks up to three times) must not
         * leave an identity from an earlier success for the session step. */
        pam_set_data(pamh, DATA_NAME, NULL, NULL);
        pam_set_data(pamh, CONFIG_DATA, NULL, NULL);
        clear_identity_env(pamh);
        if (!(cfg = load_config(pamh, &a, "auth", user)))
                return PAM_AUTHINFO_UNAVAIL;
        if (!(r = calloc(1, sizeof(*r)))) {
                rc = PAM_BUF_ERR;
                goto out;
        }
        /* Users that are not ours are refused before any prompt, so a stack
         * can fall through to another module without a useless question. */
        ucl = verify_user_file(cfg, user, false, r);
        if (r->status != VERIFY_ALLOW) {
                log_decision(pamh, "auth", user, r);
                rc = to_pam(r->status);
                goto out;
        }
        rc = PAM_AUTH_ERR;
        if (a.use_first_pass || a.try_first_pass)
                rc = first_pass_token(pamh, &tok, &len);
        if (rc != PAM_SUCCESS && a.use_first_pass) {
                util_fmt(why, sizeof(why), "use_first_pass given but no token from an earlier module");
        } else if (rc != PAM_SUCCESS) {
                rc = ask_token(pamh, &a, &tok, &len, &cut, why, sizeof(why));
        }
        if (rc != PAM_SUCCESS) {
                /* Logged as a refusal; the conversation's own error (say,
                 * PAM_CONV_ERR when the client went away) is returned. */
                verify_set(r, VERIFY_DENY, "%s (%s)", why, pam_strerror(pamh, rc));
                log_decision(pamh, "auth", user, r);
                goto out;
        }
        if (a.debug)
                pam_syslog(pamh, LOG_DEBUG, "token of %zu bytes read", len);
        /* The token's issuer picks its cluster, which must be the user's;
         * the first login of an account allocates its UID for good. */
        (void)verify_login(cfg, ucl, tok, len, VERIFY_LOGIN, r);
        /* A last part at sudo's limit was most likely cut, not typed. */
        if (r->status == VERIFY_DENY && cut) {
                char reason[sizeof(r->reason)];
                snprintf(reason, sizeof(reason), "%s", r->reason);
                verify_set(r, VERIFY_DENY, "%s; its last part (part %d) has 511 or 512 bytes, "
                           "sudo's limit: it was probably cut off (send parts of at most 500 bytes "
                           "ending in '\\')", reason, cut);
        }
        log_decision(pamh, "auth", user, r);
        rc = to_pam(r->status);
        if (rc == PAM_SUCCESS) {
                /* The identity goes into the PAM environment now as well:
                 * sshd authenticates keyboard-interactive in a child
                 * process and keeps its PAM environment, not its data, so
                 * only this way does the session learn the pod. */
                if (put_identity_env(pamh, r) != PAM_SUCCESS) {
                        pam_syslog(pamh, LOG_ERR, "auth deny: cannot set the environment");
                        clear_identity_env(pamh);
                        rc = PAM_BUF_ERR;
                /* The session step reads the identity from here. */
                } else if (pam_set_data(pamh, DATA_NAME, r, free_identity) != PAM_SUCCESS) {
                        pam_syslog(pamh, LOG_ERR, "auth deny: cannot keep the identity");
                        clear_identity_env(pamh);
                        rc = PAM_BUF_ERR;
                } else {
                        r = NULL;
                        /* Kept for the account step (nothing else needs
                         * it: without it, that step loads its own). */
                        if (pam_set_data(pamh, CONFIG_DATA, cfg, free_config) == PAM_SUCCESS)
                                cfg = NULL;
                }
        }
out:
        util_wipe_free(tok, TOKEN_BUF);
        free(r);
        config_free(cfg);
        return rc;
}

PAM_EXTERN int pam_sm_setcred(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
        return PAM_SUCCESS;
}

/* The identity this handle authenticated, if this module did it. */
static const struct verify_result *authenticated(pam_handle_t *pamh)
{
        const void *data = NULL;

        if (pam_get_data(pamh, DATA_NAME, &data) != PAM_SUCCESS)
                return NULL;
        return data;
}

PAM_EXTERN int pam_sm_acct_mgmt(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
        const struct verify_result *authd = authenticated(pamh);
        const void *kept = NULL;
        struct verify_result r;
        struct config *cfg;
        const struct config *ucl;
        const char *user = NULL;
        struct args a;
        int rc;

        if (parse_args(pamh, argc, argv, &a) < 0)
                return PAM_AUTHINFO_UNAVAIL;
        rc = pam_get_user(pamh, &user, NULL);
        if (rc != PAM_SUCCESS || !user || !*user)
                return rc == PAM_SUCCESS ? PAM_USER_UNKNOWN : rc;
        /* This handle's auth step, under the same config, mapped this
         * very user, found or gave its UID and bound it moments ago:
         * nothing to read, parse or look up again. */
        if (authd && authd->have_uid && !strcmp(authd->local, user) &&
            pam_get_data(pamh, CONFIG_DATA, &kept) == PAM_SUCCESS && kept &&
            !strcmp(((const struct config *)kept)->path, a.config ? a.config : CONFIG_DEFAULT_PATH)) {
                if (a.debug) {
                        r = *authd;
                        verify_set(&r, VERIFY_ALLOW, "account of %s/%s, UID %u (as authenticated)",
                                   r.id.ns, r.id.sa, (unsigned)r.uid);
                        log_decision(pamh, "account", user, &r);
                }
                return PAM_SUCCESS;
        }
        if (!(cfg = load_config(pamh, &a, "account", user)))
                return PAM_AUTHINFO_UNAVAIL;
        ucl = verify_user_file(cfg, user, true, &r);
        rc = to_pam(r.status);
        if (rc == PAM_SUCCESS && authd && (strcmp(authd->local, user) != 0 ||
                                           strcmp(authd->cluster, r.cluster) != 0)) {
                /* PAM_USER changed after this module authenticated someone. */
                verify_set(&r, VERIFY_DENY, "user changed since authentication");
                rc = PAM_PERM_DENIED;
        } else if (rc == PAM_SUCCESS && !authd) {
                /* Another module authenticated (an ssh key, say): the
                 * session will run under the UID the host shows, so that
                 * number is recorded now, or the login refused if another
                 * identity holds it. There is no token to tell whether
                 * the service account was recreated. */
                verify_set(&r, VERIFY_ALLOW, "account of %s/%s", r.id.ns, r.id.sa);
                verify_bind(ucl, &r, true, false);
                rc = r.status == VERIFY_DENY ? PAM_PERM_DENIED : to_pam(r.status);
        }
        if (rc != PAM_SUCCESS || a.debug)
                log_decision(pamh, "account", user, &r);
        config_free(cfg);
        return rc;
}

PAM_EXTERN int pam_sm_open_session(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
        const struct verify_result *authd = authenticated(pamh);
        struct verify_result r;
        const char *user = NULL;
        struct config *cfg;
        struct args a;
        int rc;

        if (parse_args(pamh, argc, argv, &a) < 0)
                return PAM_SESSION_ERR;
        rc = pam_get_user(pamh, &user, NULL);
        if (rc != PAM_SUCCESS || !user)
                return PAM_SESSION_ERR;
        if (authd && !strcmp(authd->local, user)) {
                r = *authd;
        } else {
                /* Logged in some other way (a key, say): the name tells. */
                if (!(cfg = load_config(pamh, &a, "session", user)))
                        return PAM_SESSION_ERR;
                (void)verify_user_file(cfg, user, false, &r);
                config_free(cfg);
                if (r.status != VERIFY_ALLOW)
                        return PAM_IGNORE;
                /* The pod is known only from an authentication of this
                 * same identity (its environment, kept by sshd). */
                const char *ns = pam_getenv(pamh, "K8S_NAMESPACE");
                const char *sa = pam_getenv(pamh, "K8S_SERVICE_ACCOUNT");
                const char *cl = pam_getenv(pamh, "K8S_CLUSTER");
                if (!ns || !sa || strcmp(ns, r.id.ns) != 0 || strcmp(sa, r.id.sa) != 0 ||
                    strcmp(cl ? cl : "", r.cluster) != 0)
                        unset_env(pamh, "K8S_POD_NAME");
                /* A name of a file without sections has no cluster. */
                if (!r.cluster[0])
                        unset_env(pamh, "K8S_CLUSTER");
        }
        if (put_identity_env(pamh, &r) != PAM_SUCCESS)
                return PAM_SESSION_ERR;
        return PAM_SUCCESS;
}

PAM_EXTERN int pam_sm_close_session(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
        return PAM_SUCCESS;
}

PAM_EXTERN int pam_sm_chauthtok(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
        return PAM_IGNORE;
}
