/* JSON Web Key Sets: the issuer's public keys, parsed into OpenSSL keys.
 * Uses jansson and OpenSSL; not for NSS. */
#ifndef K8S_JWKS_H
#define K8S_JWKS_H

#include <stdbool.h>
#include <stddef.h>

#include <openssl/evp.h>

#include "k8s/config.h"
#include "k8s/util.h"

/* A key set larger than this, or with more keys, is not a key set. */
#define JWKS_MAX_SIZE CONFIG_JWKS_FILE_MAX
#define JWKS_MAX_KEYS 64
/* RSA moduli outside this range (in bits) are skipped. */
#define JWKS_RSA_MIN_BITS 2048
#define JWKS_RSA_MAX_BITS 8192
#define JWKS_KID_MAX 128

enum jwks_kty { JWKS_RSA, JWKS_EC };

/* What a key is built from, decoded and checked at parse time, and the
 * OpenSSL key built from it on first use (jwks_key_pkey): shared by every
 * copy of the set (reference counted), so it is built once per process. */
struct jwks_material;

struct jwks_key {
        enum jwks_kty kty;
        char kid[JWKS_KID_MAX + 1]; /* empty when the key has none */
        char alg[8];                /* the one algorithm this key may verify, or
                                       "" for any RS* (RSA without alg) */
        struct jwks_material *mat;  /* one reference owned */
};

struct jwks {
        struct jwks_key *keys;
        size_t n;
        size_t skipped;             /* keys left out, each logged */
        char last_skip[256];        /* why the last one was left out */
};

/* Parses a key set ({"keys":[...]}) of len bytes into *out (free with
 * jwks_free). Keys that are not usable for RS256/384/512 or ES256/384/512
 * signatures are skipped, counted and logged to syslog (LOG_AUTHPRIV)
 * naming source; a set that is not JSON, not an object with a keys
 * array, or holds no usable key is an error. Returns 0, or -1 with the
 * reason in err.
 * Every check of a key's members is made here; only the OpenSSL key is
 * built later, on first use (jwks_key_pkey), so a login builds the one
 * key its token names. What OpenSSL alone can refuse (an EC point off its
 * curve) is therefore found then: that key refuses every token, and
 * costs no other key anything. */
int jwks_parse(const char *text, size_t len, const char *source, struct jwks **out,
               char *err, size_t errlen);
void jwks_free(struct jwks *set);

/* The OpenSSL key of key, built on the first call and kept with the key
 * (thread-safe; the same pointer every time, valid while a set holding
 * the key lives); NULL, with why, when OpenSSL refuses it (then every
 * call does, and it is logged once). */
EVP_PKEY *jwks_key_pkey(const struct jwks_key *key, char *why, size_t whylen);

/* Whether jwks_key_pkey has been called for key yet (in any copy of
 * its set). */
bool jwks_key_built(const struct jwks_key *key);

/* Another reference to key's material, for a copy of the set: jwks_free
 * of either set drops its own. */
void jwks_key_share(const struct jwks_key *key);

/* Whether key may verify a token signed with alg (exact, case-sensitive):
 * an RSA key its own alg when it names one, else RS256 only (what
 * Kubernetes signs with); an EC key only the ES algorithm of its curve. */
bool jwks_key_allows(const struct jwks_key *key, const char *alg);

/* Kubernetes' key id of a public key: base64url(SHA-256(DER
 * SubjectPublicKeyInfo)), into buf (at least 44 bytes). */
int jwks_kid_of(EVP_PKEY *pkey, char *buf, size_t len);

#endif
