/* Unit tests for lib/auth/jwks.c: every malformed key shape, one row each;
 * whole key sets; duplicate kids; too many keys; the Kubernetes kid. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <openssl/evp.h>

#include "unit.h"
#include "jwks_fixtures.h"

#include "k8s/jwks.h"
#include "k8s/util.h"

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

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_key_rows),
                cmocka_unit_test(test_set_rows),
                cmocka_unit_test(test_duplicate_kid_skipped),
                cmocka_unit_test(test_too_many_keys),
                cmocka_unit_test(test_kid_is_kubernetes_kid),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
