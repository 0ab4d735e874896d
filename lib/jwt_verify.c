/* Offline validation. libjwt 1.10.2 accepts alg "none" without a key,
 * takes any key bytes as an HMAC secret, matches alg case-insensitively,
 * reads headers with duplicate names, and checks no claim: so the token is
 * parsed and judged by token_parse/token_check_policy first, the key is
 * chosen here by kid and type, and libjwt only checks the signature with
 * that one public key, its answer held against the alg we expect. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jwt.h>

#include "k8s/jwks_store.h"
#include "k8s/jwt_verify.h"
#include "k8s/util.h"

static jwt_alg_t alg_of(const char *alg)
{
        static const struct { const char *name; jwt_alg_t alg; } map[] = {
                { "RS256", JWT_ALG_RS256 }, { "RS384", JWT_ALG_RS384 }, { "RS512", JWT_ALG_RS512 },
                { "ES256", JWT_ALG_ES256 }, { "ES384", JWT_ALG_ES384 }, { "ES512", JWT_ALG_ES512 },
        };

        for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
                if (!strcmp(map[i].name, alg))
                        return map[i].alg;
        return JWT_ALG_INVAL;
}

/* One signature check with one key: 0 when it verifies. */
static int check_with(const struct jwks_key *key, const char *tok, jwt_alg_t want)
{
        jwt_t *jwt = NULL;
        int r = jwt_decode(&jwt, tok, (const unsigned char *)key->pem, (int)key->pem_len);

        /* libjwt must have verified with the algorithm we chose, not one
         * it read itself. */
        if (r == 0 && (!jwt || jwt_get_alg(jwt) != want))
                r = EINVAL;
        jwt_free(jwt);
        return r;
}

enum jwt_verdict jwt_verify_signature(const struct jwks *set, const char *token, size_t len,
                                      const struct token_claims *c, char *why, size_t whylen)
{
        json_t *kidj = json_object_get(c->header, "kid");
        const char *kid = json_string_value(kidj);
        jwt_alg_t want = alg_of(c->alg);
        enum jwt_verdict v = JWT_INVALID;
        size_t tried = 0;
        char *tok = NULL;

        /* token_parse allows only RS256/384/512 and ES256/384/512, exactly;
         * checked again, as everything below depends on it. */
        if (want == JWT_ALG_INVAL || want == JWT_ALG_NONE || want == JWT_ALG_HS256 ||
            want == JWT_ALG_HS384 || want == JWT_ALG_HS512) {
                util_fmt(why, whylen, "refused algorithm");
                return JWT_INVALID;
        }
        if (kidj && (!kid || !*kid || strlen(kid) > JWKS_KID_MAX)) {
                util_fmt(why, whylen, "malformed token: kid is not a short non-empty string");
                return JWT_INVALID;
        }
        if (len > TOKEN_MAX || !(tok = malloc(len + 1))) {
                util_fmt(why, whylen, "out of memory");
                return JWT_INVALID;
        }
        memcpy(tok, token, len);
        tok[len] = '\0';
        if (kid) {
                const struct jwks_key *key = NULL;
                char safe[48];

                for (size_t i = 0; i < set->n && !key; i++)
                        if (!strcmp(set->keys[i].kid, kid))
                                key = &set->keys[i];
                util_sanitize(safe, sizeof(safe), kid, 44);
                if (!key) {
                        util_fmt(why, whylen, "no key with kid %s in the key set", safe);
                        v = JWT_UNKNOWN_KID;
                } else if (!jwks_key_allows(key, c->alg)) {
                        util_fmt(why, whylen, "key %s is a%s key that does not allow %s", safe,
                                 key->kty == JWKS_RSA ? "n RSA" : "n EC", c->alg);
                } else if (check_with(key, tok, want) != 0) {
                        util_fmt(why, whylen, "bad signature (key %s, %s)", safe, c->alg);
                } else {
                        v = JWT_VALID;
                }
                goto out;
        }
        /* No kid: only the keys of the token's type, each in turn. */
        for (size_t i = 0; i < set->n; i++) {
                if (!jwks_key_allows(&set->keys[i], c->alg))
                        continue;
                tried++;
                if (check_with(&set->keys[i], tok, want) == 0) {
                        v = JWT_VALID;
                        goto out;
                }
        }
        if (tried == 0)
                util_fmt(why, whylen, "token has no kid and no key in the key set allows %s", c->alg);
        else
                util_fmt(why, whylen, "bad signature (no kid; tried %zu %s key%s)", tried, c->alg,
                         tried == 1 ? "" : "s");
out:
        util_wipe_free(tok, len + 1);
        return v;
}

void jwt_verify_token(const struct config *cfg, const char *token, size_t len,
                      const struct token_claims *c, struct verify_result *r)
{
        struct jwks *set = NULL;
        enum jwt_verdict v;
        enum verify_status s;
        char why[K8S_ERR_MAX];
        bool fetched = false;
        const char *uid;

        if (c->legacy && cfg->validation == VALIDATION_JWKS) {
                verify_set(r, VERIFY_DENY, "legacy secret-based token refused offline: it never "
                           "expires and only the API server can tell it was revoked "
                           "(use validation = jwks+tokenreview)");
                return;
        }
        s = jwks_store_get(cfg, JWKS_USE_CACHE, &set, &fetched, why, sizeof(why));
        if (s != VERIFY_ALLOW) {
                verify_set(r, s, "%s", why);
                return;
        }
        v = jwt_verify_signature(set, token, len, c, why, sizeof(why));
        if (v == JWT_UNKNOWN_KID && !fetched) {
                /* Key rotation: the issuer may have a key we have not seen. */
                jwks_free(set);
                set = NULL;
                s = jwks_store_get(cfg, JWKS_UNKNOWN_KID, &set, &fetched, why, sizeof(why));
                if (s != VERIFY_ALLOW) {
                        verify_set(r, s, "%s", why);
                        return;
                }
                v = jwt_verify_signature(set, token, len, c, why, sizeof(why));
        }
        jwks_free(set);
        if (v != JWT_VALID) {
                verify_set(r, VERIFY_DENY, "%s", why);
                return;
        }
        /* kube-apiserver refuses a bound token without the account's UID;
         * so do we, and later steps rely on it. */
        uid = json_string_value(json_object_get(json_object_get(json_object_get(c->payload,
                                "kubernetes.io"), "serviceaccount"), "uid"));
        if (!uid || !*uid || strlen(uid) >= sizeof(r->sa_uid) ||
            strspn(uid, "0123456789abcdefABCDEF-") != strlen(uid)) {
                verify_set(r, VERIFY_DENY, "malformed token: no plain "
                           "kubernetes.io.serviceaccount.uid claim");
                return;
        }
        strcpy(r->sa_uid, uid);
        verify_set(r, VERIFY_ALLOW, "signature and claims verified offline against the key set");
}
