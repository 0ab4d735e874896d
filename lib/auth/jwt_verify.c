/* Offline validation. The token is parsed and judged by
 * token_parse/token_check_policy first, the key is chosen here by kid and
 * type, and the signature is checked with OpenSSL's EVP_DigestVerify
 * against that one public key, with the digest the algorithm we allowed
 * names.
 *
 * Not libjwt: 1.10.2 (Debian 12) accepts alg "none" without a key, takes
 * any key bytes as an HMAC secret, matches alg case-insensitively and
 * checks no claim, all of which the checks before it could work around;
 * but jwt_decode() also strdup()s the whole token and frees the copy
 * without wiping it, and 1.10 has no allocator hook (jwt_set_alloc came in
 * 1.12), so a login would leave a usable bearer token in freed heap memory
 * of sshd or sudo, where a core dump finds it. Verifying a JWS signature
 * is one digest and one public-key operation, which OpenSSL, already
 * needed for the keys, does on buffers we wipe. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

#include "k8s/jwks_store.h"
#include "k8s/jwt_verify.h"
#include "k8s/token.h"
#include "k8s/util.h"

/* The digest of RS256/384/512 and ES256/384/512; NULL for anything else. */
static const EVP_MD *digest_of(const char *alg)
{
        if ((alg[0] != 'R' && alg[0] != 'E') || alg[1] != 'S')
                return NULL;
        if (!strcmp(alg + 2, "256"))
                return EVP_sha256();
        if (!strcmp(alg + 2, "384"))
                return EVP_sha384();
        if (!strcmp(alg + 2, "512"))
                return EVP_sha512();
        return NULL;
}

/* A JWS ECDSA signature is r || s, each as long as the curve's order.
 * Checked with ECDSA_do_verify on our own digest, not EVP_DigestVerify:
 * that wants DER, and OpenSSL 3 encodes the signature again to check it
 * is canonical and frees that copy without wiping it, which would leave
 * the signature (so, with the claims, the token) in freed heap memory of
 * sshd or sudo (tests/integration/token_memory.sh finds it). The BIGNUMs
 * are cleared when the ECDSA_SIG is freed. 0 when it verifies. */
static int ecdsa_check(const unsigned char *raw, size_t len, EVP_PKEY *pkey, const EVP_MD *md,
                       const char *input, size_t inlen)
{
        size_t half = ((size_t)EVP_PKEY_get_bits(pkey) + 7) / 8;
        unsigned char dgst[EVP_MAX_MD_SIZE];
        unsigned int dlen = 0;
        ECDSA_SIG *sig = NULL;
        BIGNUM *r = NULL, *s = NULL;
        int ok = -1;

        if (half == 0 || len != 2 * half ||
            !EVP_Digest(input, inlen, dgst, &dlen, md, NULL))
                return -1;
        r = BN_bin2bn(raw, (int)half, NULL);
        s = BN_bin2bn(raw + half, (int)half, NULL);
        if (!r || !s || !(sig = ECDSA_SIG_new()) || ECDSA_SIG_set0(sig, r, s) != 1) {
                BN_clear_free(r);
                BN_clear_free(s);
                ECDSA_SIG_free(sig);
                return -1;
        }
        /* The EC_KEY calls are deprecated in OpenSSL 3, and the only ones
         * that take r and s without DER. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
        {
                const EC_KEY *ec = EVP_PKEY_get0_EC_KEY(pkey);

                if (ec && ECDSA_do_verify(dgst, (int)dlen, sig, (EC_KEY *)ec) == 1)
                        ok = 0;
        }
#pragma GCC diagnostic pop
        ECDSA_SIG_free(sig);
        return ok;
}

/* One signature check of token (len bytes, three parts) with one key
 * (pkey, built) and algorithm alg (which the key allows): 0 when it
 * verifies. */
static int check_with(const struct jwks_key *key, EVP_PKEY *pkey, const char *token,
                      size_t len, const char *alg)
{
        const EVP_MD *md = digest_of(alg);
        const char *dot = NULL;
        unsigned char *raw = NULL;
        size_t rawcap;
        long n;
        int r = -1;
        EVP_MD_CTX *ctx = NULL;

        for (size_t i = len; i > 0; i--)
                if (token[i - 1] == '.') {
                        dot = token + i - 1;
                        break;
                }
        if (!md || !dot)
                return -1;
        rawcap = (len - (size_t)(dot + 1 - token)) * 3 / 4 + 1;
        if (!(raw = malloc(rawcap)))
                return -1;
        n = util_b64url_decode(dot + 1, len - (size_t)(dot + 1 - token), raw);
        if (n <= 0)
                goto out;
        /* The signing input is the header and payload as sent. */
        if (key->kty == JWKS_EC) {
                r = ecdsa_check(raw, (size_t)n, pkey, md, token, (size_t)(dot - token));
                goto out;
        }
        /* RSASSA-PKCS1-v1_5: exactly the modulus' length. */
        if ((size_t)n != (size_t)EVP_PKEY_get_size(pkey))
                goto out;
        if (!(ctx = EVP_MD_CTX_new()) ||
            EVP_DigestVerifyInit(ctx, NULL, md, NULL, pkey) != 1)
                goto out;
        if (EVP_DigestVerify(ctx, raw, (size_t)n, (const unsigned char *)token,
                             (size_t)(dot - token)) == 1)
                r = 0;
out:
        EVP_MD_CTX_free(ctx);
        util_wipe_free(raw, rawcap);
        return r;
}

enum jwt_verdict jwt_verify_signature(const struct jwks *set, const char *token, size_t len,
                                      const struct token_claims *c, char *why, size_t whylen)
{
        json_t *kidj = json_object_get(c->header, "kid");
        const char *kid = json_string_value(kidj);
        enum jwt_verdict v = JWT_INVALID;
        size_t tried = 0, unusable = 0;

        /* token_parse allows only RS256/384/512 and ES256/384/512, exactly;
         * checked again, as everything below depends on it. */
        if (!digest_of(c->alg)) {
                util_fmt(why, whylen, "refused algorithm");
                return JWT_INVALID;
        }
        if (kidj && (!kid || !*kid || strlen(kid) > JWKS_KID_MAX)) {
                util_fmt(why, whylen, "malformed token: kid is not a short non-empty string");
                return JWT_INVALID;
        }
        if (len > TOKEN_MAX) {
                util_fmt(why, whylen, "token too long");
                return JWT_INVALID;
        }
        if (kid) {
                const struct jwks_key *key = NULL;
                EVP_PKEY *pkey;
                char safe[48], bad[200];

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
                } else if (!(pkey = jwks_key_pkey(key, bad, sizeof(bad)))) {
                        /* Only the key the token names is built: one that
                         * cannot be refuses its tokens, and no other's. */
                        util_fmt(why, whylen, "key %s cannot be used: %s", safe, bad);
                } else if (check_with(key, pkey, token, len, c->alg) != 0) {
                        util_fmt(why, whylen, "bad signature (key %s, %s)", safe, c->alg);
                } else {
                        v = JWT_VALID;
                }
                goto out;
        }
        /* No kid: only the keys of the token's type, each in turn. */
        for (size_t i = 0; i < set->n; i++) {
                EVP_PKEY *pkey;
                char bad[200];

                if (!jwks_key_allows(&set->keys[i], c->alg))
                        continue;
                if (!(pkey = jwks_key_pkey(&set->keys[i], bad, sizeof(bad)))) {
                        unusable++; /* logged once, when it was built */
                        continue;
                }
                tried++;
                if (check_with(&set->keys[i], pkey, token, len, c->alg) == 0) {
                        v = JWT_VALID;
                        goto out;
                }
        }
        if (tried == 0 && unusable)
                util_fmt(why, whylen, "token has no kid and no usable key in the key set allows "
                         "%s (%zu cannot be used)", c->alg, unusable);
        else if (tried == 0)
                util_fmt(why, whylen, "token has no kid and no key in the key set allows %s", c->alg);
        else
                util_fmt(why, whylen, "bad signature (no kid; tried %zu %s key%s)", tried, c->alg,
                         tried == 1 ? "" : "s");
out:
        return v;
}

void jwt_verify_token(const struct config *cfg, const char *token, size_t len,
                      const struct token_claims *c, struct token_verdict *r)
{
        struct jwks *set = NULL;
        enum jwt_verdict v;
        enum k8s_status s;
        char why[K8S_ERR_MAX];
        bool fetched = false;
        const char *uid;

        if (c->legacy && cfg->validation == VALIDATION_JWKS) {
                k8s_result_set(&r->res, K8S_REFUSED, "legacy secret-based token refused offline: it never "
                           "expires and only the API server can tell it was revoked "
                           "(use validation = jwks+tokenreview)");
                return;
        }
        s = jwks_store_get(cfg, JWKS_USE_CACHE, &set, &fetched, why, sizeof(why));
        if (s != K8S_OK) {
                k8s_result_set(&r->res, s, "%s", why);
                return;
        }
        v = jwt_verify_signature(set, token, len, c, why, sizeof(why));
        if (v == JWT_UNKNOWN_KID && !fetched) {
                /* Key rotation: the issuer may have a key we have not seen. */
                jwks_free(set);
                set = NULL;
                s = jwks_store_get(cfg, JWKS_UNKNOWN_KID, &set, &fetched, why, sizeof(why));
                if (s != K8S_OK) {
                        k8s_result_set(&r->res, s, "%s", why);
                        return;
                }
                v = jwt_verify_signature(set, token, len, c, why, sizeof(why));
        }
        jwks_free(set);
        if (v != JWT_VALID) {
                k8s_result_set(&r->res, K8S_REFUSED, "%s", why);
                return;
        }
        /* A legacy token has no kubernetes.io claim: it gets here only with
         * jwks+tokenreview and allow_legacy_tokens (refused above with
         * jwks, and by the policy without allow_legacy_tokens); the API
         * server is asked next, and its answer gives the account's UID. */
        if (c->legacy && cfg->validation == VALIDATION_JWKS_TOKENREVIEW) {
                k8s_result_set(&r->res, K8S_OK, "legacy token's signature verified offline");
                return;
        }
        /* kube-apiserver refuses a bound token without the account's UID;
         * so do we, and later steps rely on it. */
        uid = json_string_value(json_object_get(json_object_get(json_object_get(c->payload,
                                "kubernetes.io"), "serviceaccount"), "uid"));
        if (!uid || !*uid || strlen(uid) >= sizeof(r->sa_uid) ||
            strspn(uid, "0123456789abcdefABCDEF-") != strlen(uid)) {
                k8s_result_set(&r->res, K8S_REFUSED, "malformed token: no plain "
                           "kubernetes.io.serviceaccount.uid claim");
                return;
        }
        strcpy(r->sa_uid, uid);
        k8s_result_set(&r->res, K8S_OK, "signature and claims verified offline against the key set");
}
