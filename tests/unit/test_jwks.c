/* Unit tests for lib/auth/jwks.c (every malformed key shape, one row each),
 * lib/auth/jwt_verify.c (key choice by kid and type, signatures), and
 * lib/auth/cache.c (the token cache and the review rate, against a real
 * temporary state_dir). */
#include "config.h"

#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

#include "unit.h"
#include "jwks_fixtures.h"

#include "k8s/cache.h"
#include "k8s/config.h"
#include "k8s/jwks.h"
#include "k8s/jwks_store.h"
#include "k8s/jwt_verify.h"
#include "k8s/token.h"
#include "k8s/util.h"

#define RSA_E "\"e\":\"AQAB\""
#define RSA(extra) "{\"kty\":\"RSA\",\"n\":\"" RSA2048_N "\"," RSA_E extra "}"
#define EC(crv, x, y, extra) "{\"kty\":\"EC\",\"crv\":\"" crv "\",\"x\":\"" x "\",\"y\":\"" y "\"" extra "}"

/* ---- one key at a time: usable, or skipped for the reason given ---------- */

static const struct key_row {
        const char *jwk;
        const char *skip; /* NULL: usable */
        const char *alg;  /* the alg it then allows (checked with jwks_key_allows) */
} key_rows[] = {
        { RSA(",\"kid\":\"" RSA2048_KID "\",\"use\":\"sig\",\"alg\":\"RS256\""), NULL, "RS256" },
        { RSA(""), NULL, "RS256" },
        { RSA(",\"alg\":\"RS384\""), NULL, "RS384" },
        { "{\"kty\":\"RSA\",\"n\":\"" RSA1024_N "\"," RSA_E "}", "RSA modulus of 1024 bits", NULL },
        { "{\"kty\":\"RSA\"," RSA_E "}", "no n (or not a string)", NULL },
        { "{\"kty\":\"RSA\",\"n\":\"" RSA2048_N "\"}", "no e (or not a string)", NULL },
        { "{\"kty\":\"RSA\",\"n\":12345," RSA_E "}", "no n (or not a string)", NULL },
        { "{\"kty\":\"RSA\",\"n\":\"\"," RSA_E "}", "n is empty or too long", NULL },
        { "{\"kty\":\"RSA\",\"n\":\"" RSA2048_N "=\"," RSA_E "}", "n is not unpadded base64url", NULL },
        { "{\"kty\":\"RSA\",\"n\":\"ab+/" RSA2048_N "\"," RSA_E "}", "n is not unpadded base64url", NULL },
        { "{\"kty\":\"RSA\",\"n\":\"AAAA" RSA2048_N "\"," RSA_E "}", "n or e has a leading zero byte", NULL },
        { "{\"kty\":\"RSA\",\"n\":\"*" RSA2048_N "\"," RSA_E "}", "n is not unpadded base64url", NULL },
        { "{\"kty\":\"RSA\",\"n\":\"" RSA2048_N "\",\"e\":\"AAEAAQ\"}", "leading zero byte", NULL },
        { "{\"kty\":\"RSA\",\"n\":\"" RSA2048_N "\",\"e\":\"AQ\"}", "RSA exponent is not an odd", NULL },
        { "{\"kty\":\"RSA\",\"n\":\"" RSA2048_N "\",\"e\":\"Ag\"}", "RSA exponent is not an odd", NULL },
        { "{\"kty\":\"RSA\",\"n\":\"" RSA2048_N "\",\"e\":\"AQABAQAB\"}", "RSA exponent is not an odd", NULL },
        { RSA(",\"alg\":\"ES256\""), "alg ES256 does not fit an RSA key", NULL },
        { RSA(",\"alg\":\"HS256\""), "alg HS256 does not fit an RSA key", NULL },
        { RSA(",\"alg\":\"rs256\""), "alg rs256 does not fit an RSA key", NULL },
        { RSA(",\"alg\":\"none\""), "alg none does not fit an RSA key", NULL },
        { RSA(",\"use\":\"enc\""), "use is enc, not sig", NULL },
        { RSA(",\"use\":true"), "kid, use or alg is not a string", NULL },
        { RSA(",\"kid\":42"), "kid, use or alg is not a string", NULL },
        { RSA(",\"alg\":null"), "kid, use or alg is not a string", NULL },
        { RSA(",\"kid\":\"\""), "kid is empty", NULL },
        { RSA(",\"kid\":\"a b\""), "kid is empty", NULL },
        { "{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}", "unsupported kty oct", NULL },
        { "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AAAA\"}", "unsupported kty OKP", NULL },
        { "{\"kty\":\"rsa\",\"n\":\"" RSA2048_N "\"," RSA_E "}", "unsupported kty rsa", NULL },
        { "{\"n\":\"" RSA2048_N "\"," RSA_E "}", "unsupported kty (none)", NULL },
        { "\"a string\"", "not a JSON object", NULL },
        { "[]", "not a JSON object", NULL },
        { EC("P-256", P256_X, P256_Y, ",\"kid\":\"" P256_KID "\",\"use\":\"sig\",\"alg\":\"ES256\""), NULL, "ES256" },
        { EC("P-256", P256_X, P256_Y, ""), NULL, "ES256" },
        { EC("P-384", P384_X, P384_Y, ""), NULL, "ES384" },
        { EC("P-521", P521_X, P521_Y, ",\"alg\":\"ES512\""), NULL, "ES512" },
        { EC("P-256", P256_X, P256_Y, ",\"alg\":\"ES384\""), "alg ES384 does not fit a P-256 key", NULL },
        { EC("P-256", P256_X, P256_Y, ",\"alg\":\"RS256\""), "alg RS256 does not fit a P-256 key", NULL },
        { EC("P-384", P384_X, P384_Y, ",\"alg\":\"ES256\""), "alg ES256 does not fit a P-384 key", NULL },
        { EC("secp256k1", P256_X, P256_Y, ""), "unsupported EC curve secp256k1", NULL },
        { EC("p-256", P256_X, P256_Y, ""), "unsupported EC curve p-256", NULL },
        { "{\"kty\":\"EC\",\"x\":\"" P256_X "\",\"y\":\"" P256_Y "\"}", "unsupported EC curve (none)", NULL },
        { EC("P-256", P384_X, P384_Y, ""), "P-256 coordinates must be 32 bytes each", NULL },
        { EC("P-384", P256_X, P256_Y, ""), "P-384 coordinates must be 48 bytes each", NULL },
        /* A point off its curve: only OpenSSL can tell, when the key is
         * built on first use (test_only_the_named_key_is_built). */
        { "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" P256_X "\"}", "no y (or not a string)", NULL },
        { EC("P-256", P256_X, P256_Y, ",\"use\":\"enc\""), "use is enc, not sig", NULL },
};

static void test_key_rows(void **state)
{
        int bad = 0;

        for (size_t i = 0; i < N(key_rows); i++) {
                const struct key_row *row = &key_rows[i];
                char text[8192], err[K8S_ERR_MAX] = "";
                struct jwks *set = NULL;
                int r;

                /* A usable P-256 key beside every row: a bad key never costs
                 * the others. */
                snprintf(text, sizeof(text), "{\"keys\":[%s,%s]}", row->jwk,
                         EC("P-256", P256_X, P256_Y, ",\"kid\":\"other\""));
                r = jwks_parse(text, strlen(text), "row", &set, err, sizeof(err));
                ROW_CHECK(bad, r == 0, "row %zu: the set failed: %s", i, err);
                if (r != 0)
                        continue;
                if (!row->skip) {
                        char why[200] = "";
                        EVP_PKEY *pkey = NULL;
                        ROW_CHECK(bad, set->n == 2 && set->skipped == 0,
                                  "row %zu: expected usable, skipped: %s", i, set->last_skip);
                        ROW_CHECK(bad, set->n == 2 && jwks_key_allows(&set->keys[0], row->alg),
                                  "row %zu: key does not allow %s", i, row->alg);
                        ROW_CHECK(bad, set->n == 2 &&
                                  (pkey = jwks_key_pkey(&set->keys[0], why, sizeof(why))) &&
                                  EVP_PKEY_get_bits(pkey) >= 256 &&
                                  jwks_key_pkey(&set->keys[0], why, sizeof(why)) == pkey,
                                  "row %zu: no usable public key (or not the same twice): %s", i, why);
                } else {
                        ROW_CHECK(bad, set->n == 1 && set->skipped == 1 &&
                                  strstr(set->last_skip, row->skip) &&
                                  !strncmp(set->last_skip, "key 0: ", 7),
                                  "row %zu: expected skip '%s', got n=%zu '%s'", i, row->skip,
                                  set->n, set->last_skip);
                        ROW_CHECK(bad, set->n == 1 && !strcmp(set->keys[0].kid, "other"),
                                  "row %zu: the good key was lost", i);
                }
                jwks_free(set);
        }
        assert_int_equal(bad, 0);
}

/* ---- whole sets ------------------------------------------------------------ */

static const struct set_row {
        const char *text;
        const char *err; /* NULL: parses */
} set_rows[] = {
        { "{\"keys\":[" RSA("") "]}", NULL },
        { "", "not a JSON object with a keys array" },
        { "not json", "not a JSON object with a keys array" },
        { "[]", "not a JSON object with a keys array" },
        { "{}", "not a JSON object with a keys array" },
        { "{\"keys\":{}}", "not a JSON object with a keys array" },
        { "{\"keys\":[],\"keys\":[" RSA("") "]}", "not a JSON object with a keys array" },
        { "{\"keys\":[]}", "holds no usable key" },
        { "{\"keys\":[{\"kty\":\"oct\"}]}", "holds no usable key (last skipped: key 0: unsupported kty oct (expected RSA or EC))" },
        { "{\"keys\":[" RSA(",\"kid\":\"a\"") "," RSA(",\"kid\":\"a\"") "]}", NULL },
};

static void test_set_rows(void **state)
{
        int bad = 0;

        for (size_t i = 0; i < N(set_rows); i++) {
                char err[K8S_ERR_MAX] = "";
                struct jwks *set = NULL;
                int r = jwks_parse(set_rows[i].text, strlen(set_rows[i].text), "row", &set,
                                   err, sizeof(err));

                if (set_rows[i].err)
                        ROW_CHECK(bad, r < 0 && !set && strstr(err, set_rows[i].err),
                                  "row %zu: expected '%s', got %d '%s'", i, set_rows[i].err, r, err);
                else
                        ROW_CHECK(bad, r == 0 && set, "row %zu: %s", i, err);
                jwks_free(set);
        }
        assert_int_equal(bad, 0);
}

static void test_duplicate_kid_skipped(void **state)
{
        const char *text = "{\"keys\":[" RSA(",\"kid\":\"a\"") "," RSA(",\"kid\":\"a\"") "]}";
        char err[K8S_ERR_MAX];
        struct jwks *set;

        assert_int_equal(jwks_parse(text, strlen(text), "t", &set, err, sizeof(err)), 0);
        assert_int_equal(set->n, 1);
        assert_int_equal(set->skipped, 1);
        assert_string_equal(set->last_skip, "key 1: kid a was already used by an earlier key");
        jwks_free(set);
}

static void test_too_many_keys(void **state)
{
        size_t cap = (JWKS_MAX_KEYS + 1) * 512 + 64, o;
        char *text = malloc(cap), err[K8S_ERR_MAX];
        struct jwks *set = NULL;

        assert_non_null(text);
        o = (size_t)snprintf(text, cap, "{\"keys\":[");
        for (int i = 0; i <= JWKS_MAX_KEYS; i++)
                o += (size_t)snprintf(text + o, cap - o, "%s{\"kty\":\"oct\"}", i ? "," : "");
        snprintf(text + o, cap - o, "]}");
        assert_int_equal(jwks_parse(text, strlen(text), "t", &set, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "more than 64 keys"));
        assert_null(set);
        free(text);
}

static void test_kid_is_kubernetes_kid(void **state)
{
        const char *text = "{\"keys\":[" RSA("") "," EC("P-521", P521_X, P521_Y, "") "]}";
        char err[K8S_ERR_MAX], kid[64];
        struct jwks *set;

        assert_int_equal(jwks_parse(text, strlen(text), "t", &set, err, sizeof(err)), 0);
        assert_int_equal(jwks_kid_of(jwks_key_pkey(&set->keys[0], err, sizeof(err)), kid,
                                     sizeof(kid)), 0);
        assert_string_equal(kid, RSA2048_KID);
        assert_int_equal(jwks_kid_of(jwks_key_pkey(&set->keys[1], err, sizeof(err)), kid,
                                     sizeof(kid)), 0);
        assert_string_equal(kid, P521_KID);
        /* Negative twin: a different key, a different kid. */
        assert_string_not_equal(kid, RSA2048_KID);
        jwks_free(set);
}

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

/* ---- the token cache and the review rate, in a real state_dir -------------- */

struct fixture {
        char dir[64];
        struct config *cfg;
};

static struct config *load_cfg(const char *dir, const char *extra)
{
        char text[1024], err[K8S_ERR_MAX];
        struct config *cfg = NULL;

        snprintf(text, sizeof(text), "api_server = https://127.0.0.1:1\n"
                 "reviewer_token_file = /nonexistent\naudiences = k8s-login\n"
                 "allow_namespaces = demo\nstate_dir = %s\n%s", dir, extra);
        if (config_parse("/test.conf", text, &cfg, err, sizeof(err)) < 0)
                fail_msg("%s", err);
        return cfg;
}

static int setup(void **state)
{
        struct fixture *f = calloc(1, sizeof(*f));

        if (getuid() != 0) {
                free(f);
                return -1;
        }
        strcpy(f->dir, "/tmp/k8s-test-cache.XXXXXX");
        if (!mkdtemp(f->dir))
                return -1;
        f->cfg = load_cfg(f->dir, "cache_ttl = 60\n");
        *state = f;
        return 0;
}

static int teardown(void **state)
{
        struct fixture *f = *state;
        char cmd[128];

        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
        if (system(cmd) != 0)
                return -1;
        config_free(f->cfg);
        free(f);
        return 0;
}

static void allowed(struct token_verdict *r)
{
        memset(r, 0, sizeof(*r));
        strcpy(r->id.ns, "demo");
        strcpy(r->id.sa, "debugger");
        strcpy(r->sa_uid, "0b6e2f0a-7f7e-4e86-a3ad-5c1c3e3b9a11");
        strcpy(r->pod, "debug-pod");
        r->res.status = K8S_OK;
}

static enum cache_answer lookup(const struct config *cfg, const char *tok, time_t now,
                                struct token_verdict *r)
{
        memset(r, 0, sizeof(*r));
        strcpy(r->id.ns, "demo");
        strcpy(r->id.sa, "debugger");
        return cache_lookup(cfg, tok, strlen(tok), now, r);
}

#define NOW 1800000000

static void test_cache_allow(void **state)
{
        struct fixture *f = *state;
        struct token_verdict r, got;

        allowed(&r);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW, &got), CACHE_MISS);
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 59, &got), CACHE_HIT_ALLOW);
        assert_string_equal(got.sa_uid, r.sa_uid);
        assert_string_equal(got.pod, "debug-pod");
        assert_int_equal(got.res.status, K8S_OK);
        /* Negative twins: another token, the end of cache_ttl, another
         * audience, another identity. */
        assert_int_equal(lookup(f->cfg, TOK_ES256, NOW + 1, &got), CACHE_MISS);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 60, &got), CACHE_MISS);
        {
                struct config *other = load_cfg(f->dir, "cache_ttl = 60\n");
                free(other->audiences.items[0]);
                other->audiences.items[0] = strdup("another-audience");
                assert_int_equal(lookup(other, TOK_RS256, NOW + 1, &got), CACHE_MISS);
                config_free(other);
                /* Another API server: another cluster, no hit. */
                other = load_cfg(f->dir, "cache_ttl = 60\n");
                free(other->api_server);
                other->api_server = strdup("https://127.0.0.1:2");
                assert_int_equal(lookup(other, TOK_RS256, NOW + 1, &got), CACHE_MISS);
                config_free(other);
                /* Its twin: the same config again hits. */
                other = load_cfg(f->dir, "cache_ttl = 60\n");
                assert_int_equal(lookup(other, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
                config_free(other);
        }
        memset(&got, 0, sizeof(got));
        strcpy(got.id.ns, "demo");
        strcpy(got.id.sa, "someone-else");
        assert_int_equal(cache_lookup(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW + 1, &got), CACHE_MISS);
}

/* Two configs sharing a state_dir that differ in one setting that can
 * change a verdict never share a cached verdict; identical ones do. */
static void test_cache_key_settings(void **state)
{
        struct fixture *f = *state;
        /* The base config's extra lines, and the other's: one setting apart. */
#define TTL "cache_ttl = 60\n"
#define JW "validation = jwks+tokenreview\nissuer = https://127.0.0.1:4\n"
        static const struct { const char *base, *other; } variants[] = {
                { TTL, TTL "jwks_file = /etc/k8s-login/other.jwks\n" },
                { TTL JW "jwks_file = /etc/k8s-login/a.jwks\n", TTL JW "jwks_file = /etc/k8s-login/b.jwks\n" },
                { TTL, TTL "jwks_uri = https://127.0.0.1:3/openid/v1/jwks\n" },
                { TTL JW "jwks_uri = https://127.0.0.1:3/a\n", TTL JW "jwks_uri = https://127.0.0.1:3/b\n" },
                { TTL, TTL "ca_file = /etc/k8s-login/other-ca.pem\n" },
                { TTL "ca_file = /etc/k8s-login/a.pem\n", TTL "ca_file = /etc/k8s-login/b.pem\n" },
                { TTL JW, TTL JW "jwks_ca_file = /etc/k8s-login/other-ca.pem\n" },
                { TTL JW "jwks_ca_file = /etc/k8s-login/a.pem\n", TTL JW "jwks_ca_file = /etc/k8s-login/b.pem\n" },
                { TTL JW, TTL "validation = jwks+tokenreview\nissuer = https://127.0.0.1:5\n" },
                { TTL "issuer = https://127.0.0.1:4\n", TTL JW },
                { TTL, "cache_ttl = 30\n" },
        };
#undef TTL
#undef JW
        struct token_verdict r, got;
        int bad = 0;

        for (size_t i = 0; i < N(variants); i++) {
                const char *base = variants[i].base, *other = variants[i].other;
                char path[128];
                struct config *a, *b;

                /* Each variant starts from an empty cache. */
                snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
                (void)unlink(path);
                a = load_cfg(f->dir, base);
                b = load_cfg(f->dir, other);
                allowed(&r);
                cache_store(a, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
                ROW_CHECK(bad, lookup(a, TOK_RS256, NOW + 1, &got) == CACHE_HIT_ALLOW,
                          "variant %zu: the storing config itself misses", i);
                ROW_CHECK(bad, lookup(b, TOK_RS256, NOW + 1, &got) == CACHE_MISS,
                          "variant %zu (%s): reused the other config's verdict", i, other);
                config_free(b);
                /* The twin: an identical config hits the one b stores. */
                b = load_cfg(f->dir, other);
                cache_store(b, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
                config_free(b);
                b = load_cfg(f->dir, other);
                ROW_CHECK(bad, lookup(b, TOK_ES256, NOW + 1, &got) == CACHE_HIT_ALLOW,
                          "variant %zu (%s): an identical config missed", i, other);
                ROW_CHECK(bad, lookup(a, TOK_ES256, NOW + 1, &got) == CACHE_MISS,
                          "variant %zu (%s): the base config reused its verdict", i, other);
                config_free(a);
                config_free(b);
        }
        assert_int_equal(bad, 0);
}

static void test_cache_exp_first(void **state)
{
        struct fixture *f = *state;
        struct token_verdict r, got;

        allowed(&r);
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 10, &r);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 9, &got), CACHE_HIT_ALLOW);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 10, &got), CACHE_MISS);
}

static void test_cache_deny_briefly_and_never_unavail(void **state)
{
        struct fixture *f = *state;
        struct token_verdict r, got;

        memset(&r, 0, sizeof(r));
        r.res.status = K8S_UNAVAIL;
        cache_store(f->cfg, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
        assert_int_equal(lookup(f->cfg, TOK_ES256, NOW, &got), CACHE_MISS);
        r.res.status = K8S_REFUSED;
        cache_store(f->cfg, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
        assert_int_equal(lookup(f->cfg, TOK_ES256, NOW + CACHE_DENY_TTL - 1, &got), CACHE_HIT_DENY);
        assert_int_equal(got.res.status, K8S_REFUSED);
        assert_int_equal(lookup(f->cfg, TOK_ES256, NOW + CACHE_DENY_TTL, &got), CACHE_MISS);
}

static void test_cache_disabled(void **state)
{
        struct fixture *f = *state;
        struct config *off = load_cfg(f->dir, "cache_ttl = 0\n");
        struct token_verdict r, got;
        struct stat st;
        char path[128];

        allowed(&r);
        cache_store(off, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        assert_int_equal(stat(path, &st), -1);
        assert_int_equal(lookup(off, TOK_RS256, NOW, &got), CACHE_MISS);
        config_free(off);
}

static void test_cache_file_private_and_tokenless(void **state)
{
        struct fixture *f = *state;
        struct token_verdict r, got;
        char path[128], *data = NULL;
        size_t len = 0;
        struct stat st;
        int fd;

        allowed(&r);
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_mode & 07777, 0600);
        data = malloc(1 << 20);
        fd = open(path, O_RDONLY);
        assert_true(fd >= 0);
        len = (size_t)read(fd, data, 1 << 20);
        close(fd);
        assert_true(len > 0 && len < (1 << 20));
        /* No piece of the token (its signature's first 16 bytes) in the file. */
        assert_null(memmem(data, len, strrchr(TOK_RS256, '.') + 1, 16));
        assert_null(memmem(data, len, TOK_RS256, 16));
        free(data);
        snprintf(path, sizeof(path), "%s/" CACHE_KEY_NAME, f->dir);
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_mode & 07777, 0600);
        assert_int_equal(st.st_size, CACHE_KEY_SIZE);

        /* A cache file others can read is refused, and left alone. */
        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        assert_int_equal(chmod(path, 0644), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
        cache_store(f->cfg, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_mode & 07777, 0644);
        /* Its twin: the same file at 0600 is used again. */
        assert_int_equal(chmod(path, 0600), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
        /* Owned by someone else: refused too. */
        assert_int_equal(chown(path, 65534, 0), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
}

static void test_cache_corrupt_rebuilt(void **state)
{
        struct fixture *f = *state;
        struct token_verdict r, got;
        char path[128];
        int fd;

        allowed(&r);
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        fd = open(path, O_WRONLY | O_TRUNC);
        assert_true(fd >= 0);
        assert_int_equal(write(fd, "garbage", 7), 7);
        close(fd);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
        cache_store(f->cfg, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
        assert_int_equal(lookup(f->cfg, TOK_ES256, NOW + 1, &got), CACHE_HIT_ALLOW);
}

/* ---- the table format: torn or edited slots, owners, eviction, writers ---- */

#define CACHE_FILE_SIZE (CACHE_HEAD_SIZE + CACHE_SLOTS * CACHE_SLOT_SIZE)

/* Reads the whole cache file of f into buf (CACHE_FILE_SIZE bytes). */
static void read_table(const struct fixture *f, unsigned char *buf)
{
        char path[128];
        int fd;

        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        fd = open(path, O_RDONLY);
        assert_true(fd >= 0);
        assert_int_equal(pread(fd, buf, CACHE_FILE_SIZE, 0), CACHE_FILE_SIZE);
        close(fd);
}

static void write_at(const struct fixture *f, const void *data, size_t len, off_t off)
{
        char path[128];
        int fd;

        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        fd = open(path, O_WRONLY);
        assert_true(fd >= 0);
        assert_int_equal(pwrite(fd, data, len, off), (ssize_t)len);
        close(fd);
}

/* The offset of the only slot in use (a non-zero generation). */
static off_t used_slot(const unsigned char *table)
{
        off_t found = -1;

        for (int i = 0; i < CACHE_SLOTS; i++) {
                uint64_t gen;
                memcpy(&gen, table + CACHE_HEAD_SIZE + (size_t)i * CACHE_SLOT_SIZE, sizeof(gen));
                if (gen) {
                        assert_true(found < 0);
                        found = CACHE_HEAD_SIZE + (off_t)i * CACHE_SLOT_SIZE;
                }
        }
        assert_true(found >= 0);
        return found;
}

/* A slot read half-written, or edited anywhere (generation, key, expiry,
 * identity, tag), is a miss, never a wrong answer; the intact slot hits. */
static void test_cache_torn_or_edited_slot(void **state)
{
        struct fixture *f = *state;
        static const size_t where[] = { 0, 8, 40, 44, 48, 52, 120, 400, 700, CACHE_SLOT_SIZE - 1 };
        unsigned char *table = malloc(CACHE_FILE_SIZE), old[CACHE_SLOT_SIZE], new[CACHE_SLOT_SIZE];
        struct token_verdict r, got;
        off_t at;
        int bad = 0;

        assert_non_null(table);
        allowed(&r);
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        read_table(f, table);
        at = used_slot(table);
        memcpy(old, table + at, sizeof(old));
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
        for (size_t i = 0; i < N(where); i++) {
                unsigned char b = old[where[i]] ^ 0x5a;
                write_at(f, &b, 1, at + (off_t)where[i]);
                ROW_CHECK(bad, lookup(f->cfg, TOK_RS256, NOW + 1, &got) == CACHE_MISS,
                          "a slot with byte %zu changed was trusted", where[i]);
                write_at(f, old, sizeof(old), at);
                ROW_CHECK(bad, lookup(f->cfg, TOK_RS256, NOW + 1, &got) == CACHE_HIT_ALLOW,
                          "the restored slot (byte %zu) missed", where[i]);
        }
        assert_int_equal(bad, 0);

        /* The same token stored again reuses its slot with the next
         * generation; half the new slot over the old one is a miss. */
        strcpy(r.sa_uid, "11111111-2222-3333-4444-555555555555");
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        read_table(f, table);
        assert_int_equal(used_slot(table), at);
        memcpy(new, table + at, sizeof(new));
        assert_memory_not_equal(new, old, 8);
        write_at(f, old, sizeof(old), at);
        write_at(f, new, CACHE_SLOT_SIZE / 2, at);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
        write_at(f, old + CACHE_SLOT_SIZE / 2, CACHE_SLOT_SIZE / 2, at + CACHE_SLOT_SIZE / 2);
        write_at(f, new, sizeof(new), at);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
        assert_string_equal(got.sa_uid, "11111111-2222-3333-4444-555555555555");
        /* The old slot, whole and validly tagged, is still trusted: a
         * replay needs write access to a root-owned 0600 file. */
        free(table);
}

/* The key or the table with the wrong owner, mode or type: refused and
 * left alone; the twin with the right ones is used. */
static void test_cache_wrong_owner_or_mode(void **state)
{
        struct fixture *f = *state;
        struct token_verdict r, got;
        char key[128], table[128], moved[128];
        struct stat st;

        allowed(&r);
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        snprintf(key, sizeof(key), "%s/" CACHE_KEY_NAME, f->dir);
        snprintf(table, sizeof(table), "%s/" CACHE_FILE_NAME, f->dir);
        snprintf(moved, sizeof(moved), "%s/elsewhere", f->dir);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
        assert_int_equal(chmod(key, 0640), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
        assert_int_equal(chmod(key, 0600), 0);
        assert_int_equal(chown(key, 65534, 0), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
        cache_store(f->cfg, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
        assert_int_equal(stat(key, &st), 0);
        assert_int_equal(st.st_uid, 65534); /* left alone, not replaced */
        assert_int_equal(chown(key, 0, 0), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
        assert_int_equal(lookup(f->cfg, TOK_ES256, NOW + 1, &got), CACHE_MISS);
        /* A table reached through a symbolic link: refused, left alone. */
        assert_int_equal(rename(table, moved), 0);
        assert_int_equal(symlink(moved, table), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
        cache_store(f->cfg, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
        assert_int_equal(lstat(table, &st), 0);
        assert_true(S_ISLNK(st.st_mode));
        assert_int_equal(unlink(table), 0);
        assert_int_equal(rename(moved, table), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
}

/* Far more tokens than slots: the file keeps its size, the token just
 * stored always hits, and every other one hits with its own identity or
 * misses (evicted), never another's. */
static void test_cache_full_table_evicts(void **state)
{
        struct fixture *f = *state;
        enum { TOKENS = 4 * CACHE_SLOTS };
        struct token_verdict r, got;
        char tok[32], path[128];
        struct stat st;
        int bad = 0, hits = 0;

        allowed(&r);
        for (int i = 0; i < TOKENS; i++) {
                snprintf(tok, sizeof(tok), "token-%d", i);
                snprintf(r.sa_uid, sizeof(r.sa_uid), "uid-%d", i);
                /* The entry that expires first is evicted. An expiry is
                 * capped at cache_ttl (60 s here), so the last CACHE_PROBE
                 * tokens expire after every other one (50 s and up, one
                 * second apart) and the rest before (10 to 39 s). */
                long long exp = i >= TOKENS - CACHE_PROBE ? NOW + 50 + (i - (TOKENS - CACHE_PROBE))
                                                          : NOW + 10 + i % 30;
                cache_store(f->cfg, tok, strlen(tok), NOW, exp, &r);
                ROW_CHECK(bad, lookup(f->cfg, tok, NOW + 1, &got) == CACHE_HIT_ALLOW &&
                          !strcmp(got.sa_uid, r.sa_uid), "token %d missed right after its store", i);
        }
        for (int i = 0; i < TOKENS; i++) {
                char want[32];
                snprintf(tok, sizeof(tok), "token-%d", i);
                snprintf(want, sizeof(want), "uid-%d", i);
                switch (lookup(f->cfg, tok, NOW + 1, &got)) {
                case CACHE_HIT_ALLOW:
                        hits++;
                        ROW_CHECK(bad, !strcmp(got.sa_uid, want), "token %d answered %s", i, got.sa_uid);
                        break;
                case CACHE_MISS:
                        break;
                default:
                        ROW_CHECK(bad, false, "token %d: a deny was never stored", i);
                }
        }
        assert_int_equal(bad, 0);
        assert_true(hits <= CACHE_SLOTS);
        assert_true(hits >= CACHE_SLOTS / 2);
        /* The last CACHE_PROBE tokens expire last: none was evicted. */
        for (int i = TOKENS - CACHE_PROBE; i < TOKENS; i++) {
                snprintf(tok, sizeof(tok), "token-%d", i);
                assert_int_equal(lookup(f->cfg, tok, NOW + 1, &got), CACHE_HIT_ALLOW);
        }
        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_size, CACHE_FILE_SIZE);
}

/* Several processes storing and reading at once: every token's answer
 * is its own identity or a miss, never another's. */
static void test_cache_concurrent_writers(void **state)
{
        struct fixture *f = *state;
        enum { WRITERS = 4, EACH = 300 };
        struct token_verdict r, got;
        char tok[32], want[40];
        int bad = 0, hits = 0;
        pid_t pid[WRITERS];

        allowed(&r);
        /* The key exists first, as after any earlier login. */
        cache_store(f->cfg, "seed", 4, NOW, NOW + 600, &r);
        for (int w = 0; w < WRITERS; w++) {
                pid[w] = fork();
                assert_true(pid[w] >= 0);
                if (pid[w] == 0) {
                        int wrong = 0;
                        for (int i = 0; i < EACH; i++) {
                                snprintf(tok, sizeof(tok), "w%d-%d", w, i);
                                snprintf(r.sa_uid, sizeof(r.sa_uid), "uid-w%d-%d", w, i);
                                cache_store(f->cfg, tok, strlen(tok), NOW, NOW + 600, &r);
                                /* Read another writer's recent token meanwhile. */
                                int o = (w + 1) % WRITERS;
                                snprintf(tok, sizeof(tok), "w%d-%d", o, i);
                                snprintf(want, sizeof(want), "uid-w%d-%d", o, i);
                                if (lookup(f->cfg, tok, NOW + 1, &got) == CACHE_HIT_ALLOW &&
                                    strcmp(got.sa_uid, want))
                                        wrong++;
                        }
                        _exit(wrong ? 1 : 0);
                }
        }
        for (int w = 0; w < WRITERS; w++) {
                int status = 0;
                assert_int_equal(waitpid(pid[w], &status, 0), pid[w]);
                ROW_CHECK(bad, WIFEXITED(status) && WEXITSTATUS(status) == 0,
                          "writer %d read another token's identity", w);
        }
        for (int w = 0; w < WRITERS; w++)
                for (int i = 0; i < EACH; i++) {
                        snprintf(tok, sizeof(tok), "w%d-%d", w, i);
                        snprintf(want, sizeof(want), "uid-w%d-%d", w, i);
                        enum cache_answer a = lookup(f->cfg, tok, NOW + 1, &got);
                        if (a == CACHE_HIT_ALLOW) {
                                hits++;
                                ROW_CHECK(bad, !strcmp(got.sa_uid, want), "%s answered %s", tok, got.sa_uid);
                        } else {
                                ROW_CHECK(bad, a == CACHE_MISS, "%s: answer %d", tok, (int)a);
                        }
                }
        assert_int_equal(bad, 0);
        /* 1,200 tokens in 1,024 slots: most are still there. */
        assert_true(hits >= CACHE_SLOTS / 2);
}

/* The key set is parsed once per process and parsed again whenever its
 * file changes: replaced, rewritten in place with the same size, or made
 * untrusted (refused, not served from memory). */
static void write_file(const char *path, const char *text, bool in_place)
{
        int fd = open(path, O_WRONLY | O_CREAT | (in_place ? 0 : O_TRUNC), 0644);

        assert_true(fd >= 0);
        assert_int_equal(pwrite(fd, text, strlen(text), 0), (ssize_t)strlen(text));
        assert_int_equal(fchmod(fd, 0644), 0);
        close(fd);
}

static void test_jwks_file_reparsed_on_change(void **state)
{
        struct fixture *f = *state;
        char path[128], extra[256], why[K8S_ERR_MAX];
        struct config *cfg;
        struct jwks *set = NULL;

        snprintf(path, sizeof(path), "%s/keys.jwks", f->dir);
        snprintf(extra, sizeof(extra), "validation = jwks\nissuer = https://issuer.test\n"
                 "jwks_file = %s\n", path);
        cfg = load_cfg(f->dir, extra);
        write_file(path, "{\"keys\":[" RSA(",\"kid\":\"key-a\"") "]}", false);
        for (int i = 0; i < 2; i++) {
                assert_int_equal(jwks_store_get(cfg, JWKS_USE_CACHE, &set, NULL, why, sizeof(why)),
                                 K8S_OK);
                assert_int_equal(set->n, 1);
                assert_string_equal(set->keys[0].kid, "key-a");
                jwks_free(set);
        }
        /* The same size, rewritten in place. */
        write_file(path, "{\"keys\":[" RSA(",\"kid\":\"key-b\"") "]}", true);
        assert_int_equal(jwks_store_get(cfg, JWKS_USE_CACHE, &set, NULL, why, sizeof(why)), K8S_OK);
        assert_string_equal(set->keys[0].kid, "key-b");
        jwks_free(set);
        /* Replaced by another file. */
        {
                char tmp[160];
                snprintf(tmp, sizeof(tmp), "%s.new", path);
                write_file(tmp, "{\"keys\":[" EC("P-256", P256_X, P256_Y, ",\"kid\":\"key-c\"") "]}", false);
                assert_int_equal(rename(tmp, path), 0);
        }
        assert_int_equal(jwks_store_get(cfg, JWKS_USE_CACHE, &set, NULL, why, sizeof(why)), K8S_OK);
        assert_string_equal(set->keys[0].kid, "key-c");
        assert_int_equal(set->keys[0].kty, JWKS_EC);
        jwks_free(set);
        /* Untrusted now: refused, never the set in memory. */
        assert_int_equal(chmod(path, 0666), 0);
        set = NULL;
        assert_int_equal(jwks_store_get(cfg, JWKS_USE_CACHE, &set, NULL, why, sizeof(why)), K8S_UNAVAIL);
        assert_null(set);
        assert_non_null(strstr(why, "writable by group or others"));
        assert_int_equal(chmod(path, 0644), 0);
        assert_int_equal(jwks_store_get(cfg, JWKS_USE_CACHE, &set, NULL, why, sizeof(why)), K8S_OK);
        assert_string_equal(set->keys[0].kid, "key-c");
        jwks_free(set);
        config_free(cfg);
}

static void test_review_rate(void **state)
{
        struct fixture *f = *state;
        char why[K8S_ERR_MAX] = "";
        int allowed_n = 0;

        assert_int_equal(f->cfg->max_reviews_per_second, CONFIG_DEFAULT_REVIEWS_PER_SECOND);
        for (int i = 0; i < CONFIG_DEFAULT_REVIEWS_PER_SECOND + 5; i++)
                allowed_n += cache_review_allowed(f->cfg, NOW, why, sizeof(why));
        assert_int_equal(allowed_n, CONFIG_DEFAULT_REVIEWS_PER_SECOND);
        assert_non_null(strstr(why, "more than 50 token reviews in one second"));
        /* The next second has a new budget. */
        assert_true(cache_review_allowed(f->cfg, NOW + 1, why, sizeof(why)));
}

/* max_reviews_per_second sets the budget; 0 counts nothing and never
 * refuses. */
static void test_review_rate_configured(void **state)
{
        struct fixture *f = *state;
        char why[K8S_ERR_MAX] = "";
        int allowed_n = 0;

        f->cfg->max_reviews_per_second = 3;
        for (int i = 0; i < 10; i++)
                allowed_n += cache_review_allowed(f->cfg, NOW, why, sizeof(why));
        assert_int_equal(allowed_n, 3);
        assert_non_null(strstr(why, "more than 3 token reviews in one second"));

        f->cfg->max_reviews_per_second = 0;
        allowed_n = 0;
        for (int i = 0; i < 200; i++)
                allowed_n += cache_review_allowed(f->cfg, NOW + 5, why, sizeof(why));
        assert_int_equal(allowed_n, 200);
        /* Nothing was counted for that second. */
        f->cfg->max_reviews_per_second = 1;
        assert_true(cache_review_allowed(f->cfg, NOW + 5, why, sizeof(why)));
        assert_false(cache_review_allowed(f->cfg, NOW + 5, why, sizeof(why)));
        f->cfg->max_reviews_per_second = CONFIG_DEFAULT_REVIEWS_PER_SECOND;
}

/* The counter is rewritten in place; a file that is not root's 0600
 * regular file is replaced, never written through or trusted. */
static void test_review_rate_file(void **state)
{
        struct fixture *f = *state;
        char why[K8S_ERR_MAX] = "", path[4096], other[4096];
        struct stat st;
        int fd;

        snprintf(path, sizeof(path), "%s/" CACHE_RATE_NAME, f->dir);
        assert_true(cache_review_allowed(f->cfg, NOW, why, sizeof(why)));
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_mode & 07777, 0600);
        assert_int_equal(st.st_size, 16);
        /* A count of the budget, written by someone else with mode 0644:
         * not trusted (the login is allowed), and replaced by a 0600 file. */
        {
                int64_t full[2] = { NOW, CONFIG_DEFAULT_REVIEWS_PER_SECOND };
                fd = open(path, O_WRONLY | O_TRUNC);
                assert_true(fd >= 0);
                assert_int_equal(write(fd, full, sizeof(full)), sizeof(full));
                close(fd);
        }
        assert_false(cache_review_allowed(f->cfg, NOW, why, sizeof(why)));
        assert_int_equal(chmod(path, 0644), 0);
        assert_true(cache_review_allowed(f->cfg, NOW, why, sizeof(why)));
        assert_int_equal(lstat(path, &st), 0);
        assert_int_equal(st.st_mode & 07777, 0600);
        /* A symbolic link is replaced, and what it pointed at is untouched. */
        snprintf(other, sizeof(other), "%s/elsewhere", f->dir);
        fd = open(other, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        assert_true(fd >= 0);
        close(fd);
        assert_int_equal(unlink(path), 0);
        assert_int_equal(symlink(other, path), 0);
        assert_true(cache_review_allowed(f->cfg, NOW, why, sizeof(why)));
        assert_int_equal(lstat(path, &st), 0);
        assert_true(S_ISREG(st.st_mode));
        assert_int_equal(stat(other, &st), 0);
        assert_int_equal(st.st_size, 0);
}

/* ---- every algorithm, signed by OpenSSL here, verified by jwt_verify ----- */

static char *b64url(const unsigned char *in, size_t n)
{
        static const char tbl[] =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char *out = malloc(n * 4 / 3 + 4), *o = out;

        assert_non_null(out);
        for (size_t i = 0; i < n; i += 3) {
                unsigned long v = (unsigned long)in[i] << 16 |
                                  (i + 1 < n ? (unsigned long)in[i + 1] << 8 : 0) |
                                  (i + 2 < n ? in[i + 2] : 0);
                size_t chars = i + 2 < n ? 4 : i + 1 < n ? 3 : 2;
                for (size_t k = 0; k < chars; k++)
                        *o++ = tbl[v >> (18 - 6 * k) & 63];
        }
        *o = '\0';
        return out;
}

/* A big-endian parameter of pkey, left-padded to len bytes (0: as is). */
static char *param_b64(EVP_PKEY *pkey, const char *name, int len)
{
        BIGNUM *bn = NULL;
        unsigned char buf[1024];
        int n;
        char *out;

        assert_int_equal(EVP_PKEY_get_bn_param(pkey, name, &bn), 1);
        n = len ? BN_bn2binpad(bn, buf, len) : BN_bn2bin(bn, buf);
        assert_true(n > 0);
        out = b64url(buf, (size_t)n);
        BN_free(bn);
        return out;
}

/* Signs header.payload with pkey as alg, the JWS way (ECDSA as r || s),
 * the header naming kid (NULL: no kid). */
static char *sign_jws_kid(EVP_PKEY *pkey, const char *alg, const char *kid,
                          const char *payload_b64)
{
        const EVP_MD *md = strstr(alg, "256") ? EVP_sha256() :
                           strstr(alg, "384") ? EVP_sha384() : EVP_sha512();
        char header[128], *h64, *input, *sig64, *tok;
        unsigned char sig[1024], raw[256];
        size_t siglen = sizeof(sig), rawlen;
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();

        if (kid)
                snprintf(header, sizeof(header), "{\"alg\":\"%s\",\"kid\":\"%s\"}", alg, kid);
        else
                snprintf(header, sizeof(header), "{\"alg\":\"%s\"}", alg);
        h64 = b64url((const unsigned char *)header, strlen(header));
        input = malloc(strlen(h64) + strlen(payload_b64) + 2);
        assert_non_null(input);
        sprintf(input, "%s.%s", h64, payload_b64);
        assert_int_equal(EVP_DigestSignInit(ctx, NULL, md, NULL, pkey), 1);
        assert_int_equal(EVP_DigestSign(ctx, sig, &siglen, (const unsigned char *)input,
                                        strlen(input)), 1);
        EVP_MD_CTX_free(ctx);
        if (alg[0] == 'E') {
                const unsigned char *p = sig;
                ECDSA_SIG *es = d2i_ECDSA_SIG(NULL, &p, (long)siglen);
                int half = (EVP_PKEY_get_bits(pkey) + 7) / 8;
                assert_non_null(es);
                assert_int_equal(BN_bn2binpad(ECDSA_SIG_get0_r(es), raw, half), half);
                assert_int_equal(BN_bn2binpad(ECDSA_SIG_get0_s(es), raw + half, half), half);
                rawlen = 2 * (size_t)half;
                ECDSA_SIG_free(es);
                sig64 = b64url(raw, rawlen);
        } else {
                sig64 = b64url(sig, siglen);
        }
        tok = malloc(strlen(input) + strlen(sig64) + 2);
        assert_non_null(tok);
        sprintf(tok, "%s.%s", input, sig64);
        free(h64);
        free(input);
        free(sig64);
        return tok;
}

static char *sign_jws(EVP_PKEY *pkey, const char *alg, const char *payload_b64)
{
        return sign_jws_kid(pkey, alg, "k1", payload_b64);
}

/* The payload of TOK_RS256 (valid claims), base64url, for sign_jws. */
static void tok_payload(char *buf, size_t len)
{
        const char *payload = strchr(TOK_RS256, '.') + 1;

        snprintf(buf, len, "%.*s", (int)(strrchr(TOK_RS256, '.') - payload), payload);
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

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_key_rows),
                cmocka_unit_test(test_set_rows),
                cmocka_unit_test(test_duplicate_kid_skipped),
                cmocka_unit_test(test_too_many_keys),
                cmocka_unit_test(test_kid_is_kubernetes_kid),
                cmocka_unit_test(test_sig_rows),
                cmocka_unit_test(test_every_algorithm),
                cmocka_unit_test(test_only_the_named_key_is_built),
                cmocka_unit_test(test_rsa_key_without_alg),
                cmocka_unit_test_setup_teardown(test_cache_allow, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_key_settings, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_exp_first, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_deny_briefly_and_never_unavail, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_disabled, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_file_private_and_tokenless, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_corrupt_rebuilt, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_torn_or_edited_slot, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_wrong_owner_or_mode, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_full_table_evicts, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_concurrent_writers, setup, teardown),
                cmocka_unit_test_setup_teardown(test_jwks_file_reparsed_on_change, setup, teardown),
                cmocka_unit_test_setup_teardown(test_review_rate_file, setup, teardown),
                cmocka_unit_test_setup_teardown(test_review_rate, setup, teardown),
                cmocka_unit_test_setup_teardown(test_review_rate_configured, setup, teardown),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
