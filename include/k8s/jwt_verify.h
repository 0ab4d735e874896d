/* Offline validation: a token's signature against the issuer's key set,
 * checked with OpenSSL (lib/auth/jwt_verify.c says why not libjwt 1.10). Uses
 * jansson and OpenSSL; not for NSS. */
#ifndef K8S_JWT_VERIFY_H
#define K8S_JWT_VERIFY_H

#include <stddef.h>

#include "k8s/config.h"
#include "k8s/jwks.h"
#include "k8s/token.h"
#include "k8s/result.h"

enum jwt_verdict {
        JWT_VALID,       /* signed by a key of the set */
        JWT_INVALID,     /* refused: bad signature, wrong key type, ... */
        JWT_UNKNOWN_KID, /* names a kid the set lacks: refresh, then retry */
};

/* Checks the signature of token (len bytes; c from token_parse) against
 * set: the key named by kid, else every key that allows the token's alg.
 * The alg must fit the key's type (an RSA key is never an HMAC secret).
 * Returns the verdict, the reason in why. */
enum jwt_verdict jwt_verify_signature(const struct jwks *set, const char *token, size_t len,
                                      const struct token_claims *c, char *why, size_t whylen);

/* The whole offline check for parsed claims that passed
 * token_check_policy: legacy tokens refused (they never expire, and
 * offline nothing can revoke them), the key set from jwks_store (one
 * refresh on an unknown kid), the signature, the service account's UID
 * into r->sa_uid. Sets r->res.status and r->res.reason. */
void jwt_verify_token(const struct config *cfg, const char *token, size_t len,
                      const struct token_claims *c, struct token_verdict *r);

#endif
