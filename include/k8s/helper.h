/* The HTTPS helper. Every request that needs the network (TokenReview,
 * the key set, discovery) is made by a separate program, k8s-login-helper,
 * started for that one request the way pam_unix starts unix_chkpwd: so no
 * network, TLS or environment-driven library code ever runs inside sshd,
 * sudo or setuid su, and whatever libcurl, OpenSSL and jansson copied
 * (the token among it) dies with the helper.
 *
 * The caller's side (this file's functions) opens the configured helper
 * (a root-owned regular file, or one owned by the caller, writable by its
 * owner alone), starts it with execveat, a fixed argv and an EMPTY
 * environment, every descriptor but its socket closed and every signal
 * blocked until it resets them; sends the request and the token over a
 * socketpair (never argv or the environment); reads a bounded answer; and
 * kills and reaps it at the deadline (timeout seconds for the whole
 * exchange). The helper runs as the grandchild of an intermediate process
 * created with no exit signal, so the host is sent no SIGCHLD and its
 * waitpid(-1) can never take our child: the host's SIGCHLD handling is not
 * touched. libc only, but for result.h's types. */
#ifndef K8S_HELPER_H
#define K8S_HELPER_H

#include <stdbool.h>
#include <stddef.h>

#include "k8s/config.h"
#include "k8s/result.h"

/* What the helper's answer may hold: a few "key value" lines and a body
 * (a key set) of at most this size. */
#define HELPER_MAX_FIELDS 32
#define HELPER_PROTOCOL "k8s-login-helper 1"
/* The margin the helper leaves itself inside the caller's deadline, to
 * report its own error ("did not answer within Ns") before it is killed. */
#define HELPER_MARGIN_MS 300

struct helper_reply {
        char *text;                          /* the whole answer; owned */
        size_t len;
        size_t n;
        const char *key[HELPER_MAX_FIELDS];  /* into text */
        const char *value[HELPER_MAX_FIELDS];
        const char *body;                    /* into text, NUL-terminated */
        size_t body_len;
};

/* Runs the helper for op ("tokenreview", "jwks", "probe") with token (len
 * bytes; NULL for none), accepting an answer of at most max bytes.
 * Returns 0 with the parsed answer in *out (helper_reply_clear it), or -1
 * with why (helper missing or untrusted, killed at the deadline, or a
 * malformed answer). */
int helper_call(const struct config *cfg, const char *op, const char *token, size_t len,
                size_t max, struct helper_reply *out, char *why, size_t whylen);

/* helper_call with request lines "arg <args[i]>" (no newline in them),
 * a payload of plen bytes sent after the token (NULL: none), and a
 * deadline of timeouts times the configured timeout (the ledger's
 * commands make several requests). */
int helper_call_ex(const struct config *cfg, const char *op, const char *const *args,
                   size_t n_args, const char *token, size_t len, const char *payload,
                   size_t plen, int timeouts, size_t max, struct helper_reply *out, char *why,
                   size_t whylen);

/* The value of key in the answer, or NULL. */
const char *helper_reply_get(const struct helper_reply *r, const char *key);

void helper_reply_clear(struct helper_reply *r);

/* The verdict an answer's "status" and "reason" lines give, into r. */
void helper_reply_verdict(const struct helper_reply *rep, struct token_verdict *r);

/* Asks the API server about token through the helper: r as
 * tokenreview_parse would set it (status, reason, and on K8S_OK the
 * identity, sa_uid and pod). */
void helper_tokenreview(const struct config *cfg, const char *token, size_t len,
                        struct token_verdict *r);

/* Fetches the configured key set (jwks_uri, or through the issuer's
 * discovery document) through the helper. Returns 0 with the set's text
 * in *text (*len bytes, owned) and the URL it came from in *uri (owned),
 * or -1 with why. The caller parses and caches it. */
int helper_fetch_jwks(const struct config *cfg, char **text, size_t *len, char **uri,
                      char *why, size_t whylen);

#endif
