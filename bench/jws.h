/* The physical floor of offline validation: one JWS signature checked
 * with OpenSSL's EVP_DigestVerify against a public key loaded from PEM,
 * nothing else. Shared by k8s_bench (in one process) and bench_verify (a
 * fresh process per check). */
#ifndef K8S_BENCH_JWS_H
#define K8S_BENCH_JWS_H

#include <stddef.h>

#include <openssl/evp.h>

struct jws {
        EVP_PKEY *pkey;
        const char *input;        /* header.payload, as signed */
        size_t inlen;
        unsigned char *sig;       /* RSA: as sent; EC: converted to DER */
        size_t siglen;
};

/* Reads a PEM public key (SubjectPublicKeyInfo); NULL on failure. */
EVP_PKEY *jws_load_pubkey(const char *path);

/* Splits token (kept, not copied) and decodes its signature for pkey
 * (taken over): 0, or -1 when the token is not three parts or the
 * signature does not fit the key. */
int jws_prepare(struct jws *j, EVP_PKEY *pkey, const char *token);

/* One SHA-256 signature check, context set up and freed as a verifier
 * would: 0 when the signature verifies. */
int jws_verify(const struct jws *j);

void jws_clear(struct jws *j);

#endif
