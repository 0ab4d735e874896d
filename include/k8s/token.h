/* Service-account JWTs: the cheap checks made before any key or network
 * is used. The code uses jansson and OpenSSL (not for the NSS module);
 * this header does not pull jansson in: callers that only need the limits
 * (the PAM module, the command) see json_t as an opaque struct. */
#ifndef K8S_TOKEN_H
#define K8S_TOKEN_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "k8s/config.h"
#include "k8s/names.h"

struct json_t; /* jansson's json_t */

/* Tokens larger than this are refused before any decoding. */
#define TOKEN_MAX 16384
/* Kubernetes' (go-jose's) leeway for exp, nbf and iat, in seconds. */
#define TOKEN_LEEWAY 60
#define TOKEN_LEGACY_ISSUER "kubernetes/serviceaccount"
/* NumericDate claims past 9999-12-31 are refused as malformed. */
#define TOKEN_TIME_MAX 253402300799LL

struct token_claims {
        struct json_t *header;    /* owned */
        struct json_t *payload;   /* owned */
        char alg[8];
        bool legacy;
        bool have_exp, have_iat, have_nbf;
        long long exp, iat, nbf;
        struct names_identity id; /* from sub, checked against kubernetes.io */
        char jti[65];             /* empty unless present and plain */
        char pod[NAMES_SA_MAX + 1];
};

/* Splits, decodes and parses a compact JWS without verifying it: exactly
 * three base64url parts, JSON objects without duplicate keys, an alg that
 * Kubernetes signs with, and a service-account subject. Returns 0, or -1
 * with the reason in why. Clear c with token_claims_clear either way. */
int token_parse(const char *tok, size_t len, struct token_claims *c,
                char *why, size_t whylen);
void token_claims_clear(struct token_claims *c);

/* Applies the configured policy to parsed (not yet verified) claims at
 * time now: legacy, expiry with leeway, lifetime, audience, allowed
 * namespaces and accounts. Returns 0, or -1 with the reason in why. */
int token_check_policy(const struct config *cfg, const struct token_claims *c,
                       time_t now, char *why, size_t whylen);

/* Whether aud (a string, or an array of strings) holds one of the
 * configured audiences. */
bool token_audience_ok(const struct config *cfg, struct json_t *aud);

/* The token's iss claim when it is a string, else NULL (owned by c). */
const char *token_issuer(const struct token_claims *c);

/* A label for log lines that never reveals the token. c is what
 * token_parse filled in (NULL: nothing): when its header and payload
 * decoded, the input is a JWT, labelled "jti=<jti>" when it has a plain
 * one, else "sha256=<first 12 hex digits>"; anything else (a password
 * typed at the prompt, say) is only "not a JWT, <len> bytes": no hash,
 * no offset, no content. */
void token_label(const char *tok, size_t len, const struct token_claims *c,
                 char *buf, size_t buflen);

#endif
