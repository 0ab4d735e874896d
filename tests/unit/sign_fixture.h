/* Tokens signed here with OpenSSL, the JWS way, for tests that verify
 * signatures: a key's parameters as JWK members (base64url), and a signed
 * token (header naming alg and kid, the given payload). Include after
 * <cmocka.h>. */
#ifndef K8S_TESTS_SIGN_FIXTURE_H
#define K8S_TESTS_SIGN_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

#include "b64_fixture.h"
#include "jwks_fixtures.h"

/* A big-endian parameter of pkey, left-padded to len bytes (0: as is). */
static inline char *param_b64(EVP_PKEY *pkey, const char *name, int len)
{
        BIGNUM *bn = NULL;
        unsigned char buf[1024];
        int n;
        char *out;

        assert_int_equal(EVP_PKEY_get_bn_param(pkey, name, &bn), 1);
        n = len ? BN_bn2binpad(bn, buf, len) : BN_bn2bin(bn, buf);
        assert_true(n > 0);
        out = b64url_dup(buf, (size_t)n);
        BN_free(bn);
        return out;
}

/* Signs header.payload with pkey as alg, the JWS way (ECDSA as r || s),
 * the header naming kid (NULL: no kid). */
static inline char *sign_jws_kid(EVP_PKEY *pkey, const char *alg, const char *kid,
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
        h64 = b64url_dup(header, strlen(header));
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
                sig64 = b64url_dup(raw, rawlen);
        } else {
                sig64 = b64url_dup(sig, siglen);
        }
        tok = malloc(strlen(input) + strlen(sig64) + 2);
        assert_non_null(tok);
        sprintf(tok, "%s.%s", input, sig64);
        free(h64);
        free(input);
        free(sig64);
        return tok;
}

static inline char *sign_jws(EVP_PKEY *pkey, const char *alg, const char *payload_b64)
{
        return sign_jws_kid(pkey, alg, "k1", payload_b64);
}

/* The payload of TOK_RS256 (valid claims), base64url, for sign_jws. */
static inline void tok_payload(char *buf, size_t len)
{
        const char *payload = strchr(TOK_RS256, '.') + 1;

        snprintf(buf, len, "%.*s", (int)(strrchr(TOK_RS256, '.') - payload), payload);
}

#endif
