/* Unit tests for lib/auth/jwt_verify.c: key choice by kid and type,
 * signatures of the fixed tokens (good, corrupted, another payload),
 * every algorithm signed here by OpenSSL, only the named key built, and
 * what an RSA key without alg allows. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include "unit.h"
#include "jwks_fixtures.h"
#include "sign_fixture.h"

#include "k8s/jwks.h"
#include "k8s/jwt_verify.h"
#include "k8s/token.h"
#include "k8s/util.h"

/* ---- key choice and signatures -------------------------------------------- */

#define BOTH "{\"keys\":[" RSA(",\"kid\":\"" RSA2048_KID "\"") "," \
             EC("P-256", P256_X, P256_Y, ",\"kid\":\"" P256_KID "\"") "]}"
#define RSA512_SET "{\"keys\":[" RSA(",\"kid\":\"" RSA2048_KID "\",\"alg\":\"RS512\"") "]}"
#define EC_ONLY "{\"keys\":[" EC("P-256", P256_X, P256_Y, ",\"kid\":\"" P256_KID "\"") "]}"

/* Flips one signature character (the first after the last dot). */
static char *corrupt(const char *tok)
{
        char *t = strdup(tok), *sig = strrchr(t, '.') + 1;

        *sig = *sig == 'A' ? 'B' : 'A';
        return t;
}

/* The token with its payload replaced by another service account's
 * (aud, times and iss as in the fixtures), header and signature kept. */
static char *tamper(const char *tok)
{
        static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        static const char pl[] = "{\"aud\":[\"k8s-login\"],\"exp\":1700003600,\"iat\":1700000000,"
                "\"iss\":\"https://issuer.test\",\"kubernetes.io\":{\"namespace\":\"demo\","
                "\"serviceaccount\":{\"name\":\"admin\",\"uid\":\"0b6e2f0a-7f7e-4e86-a3ad-5c1c3e3b9a11\"}},"
                "\"nbf\":1700000000,\"sub\":\"system:serviceaccount:demo:admin\"}";
        const char *d1 = strchr(tok, '.'), *d2 = strrchr(tok, '.');
        char *t = malloc(strlen(tok) + sizeof(pl) * 2), *o;
        size_t n = sizeof(pl) - 1;

        memcpy(t, tok, (size_t)(d1 - tok) + 1);
        o = t + (d1 - tok) + 1;
        for (size_t i = 0; i < n; i += 3) {
                unsigned long v = (unsigned long)(unsigned char)pl[i] << 16 |
                                  (i + 1 < n ? (unsigned long)(unsigned char)pl[i + 1] << 8 : 0) |
                                  (i + 2 < n ? (unsigned char)pl[i + 2] : 0);
                size_t chars = i + 2 < n ? 4 : i + 1 < n ? 3 : 2;
                for (size_t k = 0; k < chars; k++)
                        *o++ = tbl[v >> (18 - 6 * k) & 63];
        }
        strcpy(o, d2);
        return t;
}

static const struct sig_row {
        const char *set;
        const char *token;
        int mangle; /* 0 none, 1 corrupt the signature, 2 another payload */
        const char *force_alg;
        enum jwt_verdict want;
        const char *why;
} sig_rows[] = {
        { BOTH, TOK_RS256, 0, NULL, JWT_VALID, "" },
        { BOTH, TOK_RS256, 1, NULL, JWT_INVALID, "bad signature (key " RSA2048_KID ", RS256)" },
        { BOTH, TOK_ES256, 0, NULL, JWT_VALID, "" },
        { BOTH, TOK_ES256, 1, NULL, JWT_INVALID, "bad signature (key " P256_KID ", ES256)" },
        { BOTH, TOK_RS256, 2, NULL, JWT_INVALID, "bad signature (key " RSA2048_KID ", RS256)" },
        { BOTH, TOK_ES256, 2, NULL, JWT_INVALID, "bad signature (key " P256_KID ", ES256)" },
        { BOTH, TOK_ES256_AS_RSA_KID, 0, NULL, JWT_INVALID, "is an RSA key that does not allow ES256" },
        { BOTH, TOK_RS256_NOKID, 0, NULL, JWT_VALID, "" },
        { BOTH, TOK_RS256_NOKID, 1, NULL, JWT_INVALID, "bad signature (no kid; tried 1 RS256 key)" },
        { BOTH, TOK_ES256_NOKID, 0, NULL, JWT_VALID, "" },
        { EC_ONLY, TOK_RS256, 0, NULL, JWT_UNKNOWN_KID, "no key with kid " RSA2048_KID },
        { EC_ONLY, TOK_RS256_NOKID, 0, NULL, JWT_INVALID, "token has no kid and no key in the key set allows RS256" },
        { EC_ONLY, TOK_ES256, 0, NULL, JWT_VALID, "" },
        /* Defence in depth: even past token_parse, no HMAC and no none. */
        { BOTH, TOK_RS256, 0, "HS256", JWT_INVALID, "refused algorithm" },
        { BOTH, TOK_RS256, 0, "none", JWT_INVALID, "refused algorithm" },
        { BOTH, TOK_RS256, 0, "rs256", JWT_INVALID, "refused algorithm" },
        /* An RS256 token claiming RS512: a key without alg allows RS256 only. */
        { BOTH, TOK_RS256, 0, "RS512", JWT_INVALID, "is an RSA key that does not allow RS512" },
        { BOTH, TOK_RS256, 0, "RS384", JWT_INVALID, "is an RSA key that does not allow RS384" },
        /* With the key naming RS512, the digest must still match: no. */
        { RSA512_SET, TOK_RS256, 0, "RS512", JWT_INVALID, "bad signature" },
};

static void test_sig_rows(void **state)
{
        int bad = 0;

        for (size_t i = 0; i < N(sig_rows); i++) {
                const struct sig_row *row = &sig_rows[i];
                char err[K8S_ERR_MAX] = "", why[K8S_ERR_MAX] = "";
                struct token_claims c;
                struct jwks *set = NULL;
                char *tok = row->mangle == 1 ? corrupt(row->token) :
                            row->mangle == 2 ? tamper(row->token) : strdup(row->token);
                enum jwt_verdict v;

                assert_int_equal(jwks_parse(row->set, strlen(row->set), "t", &set, err, sizeof(err)), 0);
                if (token_parse(tok, strlen(tok), &c, why, sizeof(why)) < 0) {
                        ROW_CHECK(bad, 0, "row %zu: token_parse: %s", i, why);
                } else {
                        if (row->force_alg)
                                strcpy(c.alg, row->force_alg);
                        v = jwt_verify_signature(set, tok, strlen(tok), &c, why, sizeof(why));
                        ROW_CHECK(bad, v == row->want && (row->want == JWT_VALID || strstr(why, row->why)),
                                  "row %zu: expected %d '%s', got %d '%s'", i, row->want, row->why, v, why);
                }
                token_claims_clear(&c);
                jwks_free(set);
                free(tok);
        }
        assert_int_equal(bad, 0);
}

/* An RSA key without alg allows RS256 (what Kubernetes signs with) and
 * nothing else; one that names RS384 or RS512 allows exactly that. */
static void test_rsa_key_without_alg(void **state)
{
        static const struct { const char *jwk_alg, *alg; bool allowed; } rows[] = {
                { NULL, "RS256", true }, { NULL, "RS384", false }, { NULL, "RS512", false },
                { NULL, "ES256", false }, { NULL, "rs256", false }, { NULL, "", false },
                { "RS384", "RS384", true }, { "RS384", "RS256", false }, { "RS384", "RS512", false },
                { "RS512", "RS512", true }, { "RS512", "RS256", false },
                { "RS256", "RS256", true }, { "RS256", "RS384", false },
        };
        int bad = 0;

        (void)state;
        for (size_t i = 0; i < N(rows); i++) {
                char text[4096], extra[64] = "", err[K8S_ERR_MAX];
                struct jwks *set = NULL;

                if (rows[i].jwk_alg)
                        snprintf(extra, sizeof(extra), ",\"alg\":\"%s\"", rows[i].jwk_alg);
                snprintf(text, sizeof(text), "{\"keys\":[{\"kty\":\"RSA\",\"n\":\"" RSA2048_N
                         "\"," RSA_E "%s}]}", extra);
                assert_int_equal(jwks_parse(text, strlen(text), "t", &set, err, sizeof(err)), 0);
                assert_int_equal(set->n, 1);
                ROW_CHECK(bad, jwks_key_allows(&set->keys[0], rows[i].alg) == rows[i].allowed,
                          "row %zu: key alg %s, token alg %s: expected %s", i,
                          rows[i].jwk_alg ? rows[i].jwk_alg : "(none)", rows[i].alg,
                          rows[i].allowed ? "allowed" : "refused");
                jwks_free(set);
        }
        assert_false(jwks_key_allows(&(struct jwks_key){ .kty = JWKS_RSA }, NULL));
        assert_int_equal(bad, 0);
}

/* verify: jwt_verify_signature of tok against set; why in why. */
static enum jwt_verdict verify(const struct jwks *set, const char *tok, char *why, size_t len)
{
        struct token_claims c;
        enum jwt_verdict v;

        assert_int_equal(token_parse(tok, strlen(tok), &c, why, len), 0);
        v = jwt_verify_signature(set, tok, strlen(tok), &c, why, len);
        token_claims_clear(&c);
        return v;
}

/* Only the key a token's kid names is built; a key OpenSSL refuses (a
 * P-256 point off its curve) costs no other key anything, and refuses
 * the tokens that name it. Today's behaviour for a key whose members are
 * malformed is kept: it is skipped at parse, and a token naming its kid
 * finds no key (the rows of test_key_rows). */
static void test_only_the_named_key_is_built(void **state)
{
        EVP_PKEY *good = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
        char json[4096], err[K8S_ERR_MAX], why[K8S_ERR_MAX], payload[2048];
        char *x, *y, *tok;
        struct jwks *set = NULL;

        (void)state;
        assert_non_null(good);
        tok_payload(payload, sizeof(payload));
        x = param_b64(good, OSSL_PKEY_PARAM_EC_PUB_X, 32);
        y = param_b64(good, OSSL_PKEY_PARAM_EC_PUB_Y, 32);
        /* Key 0, "bad", off its curve; key 1, "k1", good; key 2, "k2", a
         * good key of another type. */
        snprintf(json, sizeof(json), "{\"keys\":[%s,{\"kty\":\"EC\",\"crv\":\"P-256\","
                 "\"x\":\"%s\",\"y\":\"%s\",\"kid\":\"k1\"},%s]}",
                 EC("P-256", P256_X, P256_Y_OFF, ",\"kid\":\"bad\""), x, y,
                 RSA(",\"kid\":\"k2\""));
        assert_int_equal(jwks_parse(json, strlen(json), "t", &set, err, sizeof(err)), 0);
        assert_int_equal(set->n, 3);
        assert_int_equal(set->skipped, 0);
        for (size_t i = 0; i < set->n; i++)
                assert_false(jwks_key_built(&set->keys[i]));

        /* A token naming k1: verified, and k1 alone was built. */
        tok = sign_jws_kid(good, "ES256", "k1", payload);
        if (verify(set, tok, why, sizeof(why)) != JWT_VALID)
                fail_msg("token of k1 refused: %s", why);
        assert_false(jwks_key_built(&set->keys[0]));
        assert_true(jwks_key_built(&set->keys[1]));
        assert_false(jwks_key_built(&set->keys[2]));
        free(tok);

        /* The same key's token naming the broken key: refused, and why. */
        tok = sign_jws_kid(good, "ES256", "bad", payload);
        assert_int_equal(verify(set, tok, why, sizeof(why)), JWT_INVALID);
        assert_string_equal(why, "key bad cannot be used: OpenSSL refused the P-256 point (not on the curve?)");
        assert_true(jwks_key_built(&set->keys[0]));
        /* ... every time (the failure is kept, not retried). */
        assert_int_equal(verify(set, tok, why, sizeof(why)), JWT_INVALID);
        assert_string_equal(why, "key bad cannot be used: OpenSSL refused the P-256 point (not on the curve?)");
        free(tok);

        /* No kid: the ES256 keys are tried; the broken one is passed over
         * and the good one verifies. */
        tok = sign_jws_kid(good, "ES256", NULL, payload);
        if (verify(set, tok, why, sizeof(why)) != JWT_VALID)
                fail_msg("token without kid refused: %s", why);
        free(tok);
        assert_false(jwks_key_built(&set->keys[2]));
        jwks_free(set);

        /* Its twin: the broken key alone of its type. A token without kid
         * has no usable key, and says so. */
        snprintf(json, sizeof(json), "{\"keys\":[%s,%s]}",
                 EC("P-256", P256_X, P256_Y_OFF, ",\"kid\":\"bad\""), RSA(",\"kid\":\"k2\""));
        assert_int_equal(jwks_parse(json, strlen(json), "t", &set, err, sizeof(err)), 0);
        tok = sign_jws_kid(good, "ES256", NULL, payload);
        assert_int_equal(verify(set, tok, why, sizeof(why)), JWT_INVALID);
        assert_string_equal(why, "token has no kid and no usable key in the key set allows ES256 "
                            "(1 cannot be used)");
        free(tok);
        /* A key shared with a copy of the set is built once for both. */
        {
                struct jwks copy = { .keys = calloc(1, sizeof(struct jwks_key)), .n = 1 };
                assert_non_null(copy.keys);
                copy.keys[0] = set->keys[1];
                jwks_key_share(&copy.keys[0]);
                assert_false(jwks_key_built(&copy.keys[0]));
                EVP_PKEY *p = jwks_key_pkey(&set->keys[1], why, sizeof(why));
                assert_non_null(p);
                assert_true(jwks_key_built(&copy.keys[0]));
                assert_ptr_equal(jwks_key_pkey(&copy.keys[0], why, sizeof(why)), p);
                jwks_free(set);
                /* The copy outlives the set it came from. */
                assert_ptr_equal(jwks_key_pkey(&copy.keys[0], why, sizeof(why)), p);
                assert_int_equal(EVP_PKEY_get_bits(p), 2048);
                struct jwks *heap = malloc(sizeof(*heap));
                assert_non_null(heap);
                *heap = copy;
                jwks_free(heap);
        }
        free(x);
        free(y);
        EVP_PKEY_free(good);
}

static void test_every_algorithm(void **state)
{
        static const struct { const char *alg, *kty, *curve; int bits; } algs[] = {
                { "RS256", "RSA", NULL, 2048 }, { "RS384", "RSA", NULL, 3072 },
                { "RS512", "RSA", NULL, 4096 }, { "ES256", "EC", "P-256", 32 },
                { "ES384", "EC", "P-384", 48 }, { "ES512", "EC", "P-521", 66 },
        };
        const char *payload = strchr(TOK_RS256, '.') + 1;
        char payload_b64[2048];

        (void)state;
        snprintf(payload_b64, sizeof(payload_b64), "%.*s",
                 (int)(strrchr(TOK_RS256, '.') - payload), payload);
        for (size_t i = 0; i < N(algs); i++) {
                EVP_PKEY *pkey = algs[i].curve ?
                        EVP_PKEY_Q_keygen(NULL, NULL, "EC", algs[i].curve) :
                        EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)algs[i].bits);
                char json[4096], err[K8S_ERR_MAX], why[K8S_ERR_MAX], *a, *b, *tok, *bad;
                struct jwks *set = NULL;
                struct token_claims c;

                assert_non_null(pkey);
                if (algs[i].curve) {
                        a = param_b64(pkey, OSSL_PKEY_PARAM_EC_PUB_X, algs[i].bits);
                        b = param_b64(pkey, OSSL_PKEY_PARAM_EC_PUB_Y, algs[i].bits);
                        snprintf(json, sizeof(json), "{\"keys\":[{\"kty\":\"EC\",\"crv\":"
                                 "\"%s\",\"x\":\"%s\",\"y\":\"%s\",\"kid\":\"k1\"}]}",
                                 algs[i].curve, a, b);
                } else {
                        a = param_b64(pkey, OSSL_PKEY_PARAM_RSA_N, 0);
                        b = param_b64(pkey, OSSL_PKEY_PARAM_RSA_E, 0);
                        /* RS384 and RS512 need a key that names them. */
                        snprintf(json, sizeof(json), "{\"keys\":[{\"kty\":\"RSA\",\"n\":"
                                 "\"%s\",\"e\":\"%s\",\"kid\":\"k1\",\"alg\":\"%s\"}]}",
                                 a, b, algs[i].alg);
                }
                assert_int_equal(jwks_parse(json, strlen(json), "t", &set, err, sizeof(err)), 0);
                tok = sign_jws(pkey, algs[i].alg, payload_b64);
                assert_int_equal(token_parse(tok, strlen(tok), &c, why, sizeof(why)), 0);
                if (jwt_verify_signature(set, tok, strlen(tok), &c, why, sizeof(why)) != JWT_VALID)
                        fail_msg("%s: valid token refused: %s", algs[i].alg, why);
                token_claims_clear(&c);
                /* The twin: one bit of the signature's first byte flipped. */
                bad = strdup(tok);
                assert_non_null(bad);
                {
                        char *sig = strrchr(bad, '.') + 1;
                        *sig = *sig == 'A' ? 'B' : 'A';
                }
                assert_int_equal(token_parse(bad, strlen(bad), &c, why, sizeof(why)), 0);
                if (jwt_verify_signature(set, bad, strlen(bad), &c, why, sizeof(why)) != JWT_INVALID)
                        fail_msg("%s: corrupted signature accepted", algs[i].alg);
                token_claims_clear(&c);
                free(bad);
                /* And a signature one byte short. */
                bad = strdup(tok);
                assert_non_null(bad);
                bad[strlen(bad) - 2] = '\0';
                if (token_parse(bad, strlen(bad), &c, why, sizeof(why)) == 0) {
                        if (jwt_verify_signature(set, bad, strlen(bad), &c, why, sizeof(why)) !=
                            JWT_INVALID)
                                fail_msg("%s: short signature accepted", algs[i].alg);
                        token_claims_clear(&c);
                }
                free(bad);
                free(tok);
                free(a);
                free(b);
                jwks_free(set);
                EVP_PKEY_free(pkey);
        }
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sig_rows),
        cmocka_unit_test(test_every_algorithm),
        cmocka_unit_test(test_only_the_named_key_is_built),
        cmocka_unit_test(test_rsa_key_without_alg),
};

int main(void)
{
        return cmocka_run_group_tests(tests, NULL, NULL);
}
