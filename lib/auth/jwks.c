/* JSON Web Key Sets (RFC 7517/7518): every key is checked on its own, so
 * one malformed or unsupported key never costs the others. */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include <jansson.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

#include "k8s/jwks.h"
#include "k8s/token.h"

/* Longest base64url member we decode: an 8192-bit modulus is 1366 chars. */
#define B64_MAX 2048

static const struct curve {
        const char *crv, *group, *alg;
        size_t size; /* bytes of one coordinate */
} curves[] = {
        { "P-256", "prime256v1", "ES256", 32 },
        { "P-384", "secp384r1", "ES384", 48 },
        { "P-521", "secp521r1", "ES512", 66 },
};

/* A key's checked members, and its OpenSSL key once built. */
struct jwks_material {
        unsigned refs;
        pthread_mutex_t lock;        /* over built, pkey, why */
        enum jwks_kty kty;
        const struct curve *curve;   /* EC */
        unsigned char *a, *b;        /* RSA: n and e; EC: the point (in a) */
        size_t alen, blen;
        char kid[JWKS_KID_MAX + 1];  /* for the log line of a refused key */
        bool built;                  /* tried: pkey, or why it failed */
        EVP_PKEY *pkey;
        char why[200];
};

static void material_free(struct jwks_material *m)
{
        if (!m || __atomic_sub_fetch(&m->refs, 1, __ATOMIC_ACQ_REL) != 0)
                return;
        EVP_PKEY_free(m->pkey);
        free(m->a);
        free(m->b);
        pthread_mutex_destroy(&m->lock);
        free(m);
}

bool jwks_key_built(const struct jwks_key *key)
{
        bool built;

        pthread_mutex_lock(&key->mat->lock);
        built = key->mat->built;
        pthread_mutex_unlock(&key->mat->lock);
        return built;
}

void jwks_key_share(const struct jwks_key *key)
{
        __atomic_add_fetch(&key->mat->refs, 1, __ATOMIC_ACQ_REL);
}

void jwks_free(struct jwks *set)
{
        if (!set)
                return;
        for (size_t i = 0; i < set->n; i++)
                material_free(set->keys[i].mat);
        free(set->keys);
        free(set);
}

bool jwks_key_allows(const struct jwks_key *key, const char *alg)
{
        if (!alg)
                return false;
        if (key->alg[0])
                return strcmp(key->alg, alg) == 0;
        /* An RSA key without alg: RS256 only, the one algorithm Kubernetes
         * signs with; a key meant for RS384 or RS512 must say so. */
        return key->kty == JWKS_RSA && !strcmp(alg, "RS256");
}

int jwks_kid_of(EVP_PKEY *pkey, char *buf, size_t len)
{
        static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        unsigned char *der = NULL, md[32];
        unsigned int mdlen = 0;
        size_t o = 0;
        int n = i2d_PUBKEY(pkey, &der);

        if (n <= 0 || len < 44)
                return -1;
        if (!EVP_Digest(der, (size_t)n, md, &mdlen, EVP_sha256(), NULL) || mdlen != 32) {
                OPENSSL_free(der);
                return -1;
        }
        OPENSSL_free(der);
        for (size_t i = 0; i < 32; i += 3) {
                unsigned long v = (unsigned long)md[i] << 16 |
                                  (i + 1 < 32 ? (unsigned long)md[i + 1] << 8 : 0) |
                                  (i + 2 < 32 ? md[i + 2] : 0);
                size_t chars = i + 2 < 32 ? 4 : i + 1 < 32 ? 3 : 2;
                for (size_t k = 0; k < chars; k++)
                        buf[o++] = tbl[v >> (18 - 6 * k) & 63];
        }
        buf[o] = '\0';
        return 0;
}

/* Decodes a base64url member into a new buffer (*out, *n). */
static int member_bytes(json_t *jwk, const char *name, unsigned char **out, size_t *n,
                        char *why, size_t whylen)
{
        const char *s = json_string_value(json_object_get(jwk, name));
        size_t len;
        long got;

        *out = NULL;
        if (!s) {
                util_fmt(why, whylen, "no %s (or not a string)", name);
                return -1;
        }
        len = strlen(s);
        if (len == 0 || len > B64_MAX) {
                util_fmt(why, whylen, "%s is empty or too long", name);
                return -1;
        }
        if (!(*out = malloc(len / 4 * 3 + 4))) {
                util_fmt(why, whylen, "out of memory");
                return -1;
        }
        got = util_b64url_decode(s, len, *out);
        if (got <= 0) {
                util_fmt(why, whylen, "%s is not unpadded base64url", name);
                free(*out);
                *out = NULL;
                return -1;
        }
        *n = (size_t)got;
        return 0;
}

/* Builds a public key from OSSL parameters. */
static EVP_PKEY *from_params(const char *type, OSSL_PARAM_BLD *bld)
{
        OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
        EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(NULL, type, NULL);
        EVP_PKEY *pkey = NULL;

        if (!params || !ctx || EVP_PKEY_fromdata_init(ctx) <= 0 ||
            EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params) <= 0)
                pkey = NULL;
        EVP_PKEY_CTX_free(ctx);
        OSSL_PARAM_free(params);
        return pkey;
}

/* n and e of an RSA JWK, decoded and checked, into m. */
static int rsa_check(json_t *jwk, struct jwks_material *m, char *why, size_t whylen)
{
        unsigned char *n = NULL, *e = NULL;
        size_t nlen = 0, elen = 0;
        int bits;

        if (member_bytes(jwk, "n", &n, &nlen, why, whylen) < 0 ||
            member_bytes(jwk, "e", &e, &elen, why, whylen) < 0)
                goto fail;
        /* Minimal big-endian integers (RFC 7518 6.3.1). */
        if (n[0] == 0 || e[0] == 0) {
                util_fmt(why, whylen, "n or e has a leading zero byte");
                goto fail;
        }
        bits = (int)(nlen * 8);
        for (unsigned char top = n[0]; !(top & 0x80); top <<= 1)
                bits--;
        if (bits < JWKS_RSA_MIN_BITS || bits > JWKS_RSA_MAX_BITS) {
                util_fmt(why, whylen, "RSA modulus of %d bits (expected %d to %d)", bits,
                         JWKS_RSA_MIN_BITS, JWKS_RSA_MAX_BITS);
                goto fail;
        }
        if (elen > 4 || !(e[elen - 1] & 1) || (elen == 1 && e[0] < 3)) {
                util_fmt(why, whylen, "RSA exponent is not an odd number from 3 to 2^32-1");
                goto fail;
        }
        if (!(n[nlen - 1] & 1)) {
                util_fmt(why, whylen, "RSA modulus is even");
                goto fail;
        }
        m->a = n, m->alen = nlen;
        m->b = e, m->blen = elen;
        return 0;
fail:
        free(n);
        free(e);
        return -1;
}

static EVP_PKEY *rsa_build(const struct jwks_material *m, char *why, size_t whylen)
{
        BIGNUM *bn = BN_bin2bn(m->a, (int)m->alen, NULL), *be = BN_bin2bn(m->b, (int)m->blen, NULL);
        OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
        EVP_PKEY *pkey = NULL;

        if (!bn || !be || !bld || !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn) ||
            !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be) ||
            !(pkey = from_params("RSA", bld)))
                util_fmt(why, whylen, "OpenSSL refused the RSA key");
        OSSL_PARAM_BLD_free(bld);
        BN_free(bn);
        BN_free(be);
        return pkey;
}

/* crv, x and y of an EC JWK, checked, into m (the uncompressed point). */
static int ec_check(json_t *jwk, struct jwks_material *m, char *why, size_t whylen)
{
        const char *crv = json_string_value(json_object_get(jwk, "crv"));
        unsigned char *x = NULL, *y = NULL, *point = NULL;
        size_t xlen = 0, ylen = 0;
        const struct curve *c = NULL;
        char safe[24];
        int r = -1;

        for (size_t i = 0; crv && i < sizeof(curves) / sizeof(curves[0]); i++)
                if (!strcmp(crv, curves[i].crv))
                        c = &curves[i];
        if (!c) {
                util_fmt(why, whylen, "unsupported EC curve %s (expected P-256, P-384, P-521)",
                         crv ? util_sanitize(safe, sizeof(safe), crv, 12) : "(none)");
                return -1;
        }
        if (member_bytes(jwk, "x", &x, &xlen, why, whylen) < 0 ||
            member_bytes(jwk, "y", &y, &ylen, why, whylen) < 0)
                goto out;
        /* Full-length coordinates (RFC 7518 6.2.1.2). */
        if (xlen != c->size || ylen != c->size) {
                util_fmt(why, whylen, "%s coordinates must be %zu bytes each", c->crv, c->size);
                goto out;
        }
        if (!(point = malloc(1 + 2 * c->size))) {
                util_fmt(why, whylen, "out of memory");
                goto out;
        }
        point[0] = 0x04; /* uncompressed */
        memcpy(point + 1, x, c->size);
        memcpy(point + 1 + c->size, y, c->size);
        m->curve = c;
        m->a = point, m->alen = 1 + 2 * c->size;
        r = 0;
out:
        free(x);
        free(y);
        return r;
}

static EVP_PKEY *ec_build(const struct jwks_material *m, char *why, size_t whylen)
{
        const struct curve *c = m->curve;
        OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
        EVP_PKEY *pkey = NULL;
        EVP_PKEY_CTX *check = NULL;

        if (!bld || !OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, c->group, 0) ||
            !OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, m->a, m->alen) ||
            !(pkey = from_params("EC", bld))) {
                util_fmt(why, whylen, "OpenSSL refused the %s point (not on the curve?)", c->crv);
                goto out;
        }
        /* Not on the curve, or the point at infinity: never a key. */
        check = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
        if (!check || EVP_PKEY_public_check(check) != 1) {
                util_fmt(why, whylen, "%s point is not a valid public key", c->crv);
                EVP_PKEY_free(pkey);
                pkey = NULL;
        }
out:
        EVP_PKEY_CTX_free(check);
        OSSL_PARAM_BLD_free(bld);
        return pkey;
}

EVP_PKEY *jwks_key_pkey(const struct jwks_key *key, char *why, size_t whylen)
{
        struct jwks_material *m = key->mat;
        EVP_PKEY *pkey;

        pthread_mutex_lock(&m->lock);
        if (!m->built) {
                m->pkey = m->kty == JWKS_RSA ? rsa_build(m, m->why, sizeof(m->why))
                                             : ec_build(m, m->why, sizeof(m->why));
                m->built = true;
                if (!m->pkey)
                        syslog(LOG_AUTHPRIV | LOG_WARNING, "k8s-login: key set: key %s "
                               "cannot be used: %s", m->kid[0] ? m->kid : "without kid", m->why);
        }
        pkey = m->pkey;
        if (!pkey)
                util_fmt(why, whylen, "%s", m->why);
        pthread_mutex_unlock(&m->lock);
        return pkey;
}

/* One JWK into key; -1 with why when it must be skipped. */
static int parse_key(json_t *jwk, const struct jwks *set, struct jwks_key *key,
                     char *why, size_t whylen)
{
        const char *kty, *kid, *use, *alg;
        struct jwks_material *m = NULL;
        char safe[40];

        memset(key, 0, sizeof(*key));
        if (!json_is_object(jwk)) {
                util_fmt(why, whylen, "not a JSON object");
                return -1;
        }
        kty = json_string_value(json_object_get(jwk, "kty"));
        kid = json_string_value(json_object_get(jwk, "kid"));
        use = json_string_value(json_object_get(jwk, "use"));
        alg = json_string_value(json_object_get(jwk, "alg"));
        if ((json_object_get(jwk, "kid") && !kid) || (json_object_get(jwk, "use") && !use) ||
            (json_object_get(jwk, "alg") && !alg)) {
                util_fmt(why, whylen, "kid, use or alg is not a string");
                return -1;
        }
        if (kid && (!*kid || strlen(kid) > JWKS_KID_MAX || strspn(kid,
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:=+/") != strlen(kid))) {
                util_fmt(why, whylen, "kid is empty, longer than %d bytes or holds "
                         "unexpected characters", JWKS_KID_MAX);
                return -1;
        }
        if (use && strcmp(use, "sig")) {
                util_fmt(why, whylen, "use is %s, not sig", util_sanitize(safe, sizeof(safe), use, 12));
                return -1;
        }
        if (kid)
                for (size_t i = 0; i < set->n; i++)
                        if (!strcmp(set->keys[i].kid, kid)) {
                                util_fmt(why, whylen, "kid %s was already used by an earlier key", kid);
                                return -1;
                        }
        if (!(m = calloc(1, sizeof(*m))) || pthread_mutex_init(&m->lock, NULL) != 0) {
                free(m);
                util_fmt(why, whylen, "out of memory");
                return -1;
        }
        m->refs = 1;
        if (kty && !strcmp(kty, "RSA")) {
                key->kty = m->kty = JWKS_RSA;
                if (alg && strcmp(alg, "RS256") && strcmp(alg, "RS384") && strcmp(alg, "RS512")) {
                        util_fmt(why, whylen, "alg %s does not fit an RSA key (RS256/384/512)",
                                 util_sanitize(safe, sizeof(safe), alg, 12));
                        goto fail;
                }
                if (rsa_check(jwk, m, why, whylen) < 0)
                        goto fail;
        } else if (kty && !strcmp(kty, "EC")) {
                key->kty = m->kty = JWKS_EC;
                if (ec_check(jwk, m, why, whylen) < 0)
                        goto fail;
                if (alg && strcmp(alg, m->curve->alg)) {
                        util_fmt(why, whylen, "alg %s does not fit a %s key (%s)",
                                 util_sanitize(safe, sizeof(safe), alg, 12), m->curve->crv,
                                 m->curve->alg);
                        goto fail;
                }
        } else {
                util_fmt(why, whylen, "unsupported kty %s (expected RSA or EC)",
                         kty ? util_sanitize(safe, sizeof(safe), kty, 12) : "(none)");
                goto fail;
        }
        if (kid) {
                strcpy(key->kid, kid);
                strcpy(m->kid, kid);
        }
        if (alg)
                strcpy(key->alg, alg);
        else if (m->curve)
                strcpy(key->alg, m->curve->alg);
        key->mat = m;
        return 0;
fail:
        material_free(m);
        memset(key, 0, sizeof(*key));
        return -1;
}

int jwks_parse(const char *text, size_t len, const char *source, struct jwks **out,
               char *err, size_t errlen)
{
        struct jwks *set = NULL;
        json_error_t jerr;
        json_t *root = NULL, *keys, *jwk;
        size_t i;
        int r = -1;

        *out = NULL;
        if (len > JWKS_MAX_SIZE) {
                util_fmt(err, errlen, "key set larger than %d bytes", JWKS_MAX_SIZE);
                return -1;
        }
        root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
        keys = json_object_get(root, "keys");
        if (!root || !json_is_object(root) || !json_is_array(keys)) {
                util_fmt(err, errlen, "key set is not a JSON object with a keys array "
                         "(and no duplicate names)");
                goto out;
        }
        if (json_array_size(keys) > JWKS_MAX_KEYS) {
                util_fmt(err, errlen, "key set holds more than %d keys", JWKS_MAX_KEYS);
                goto out;
        }
        if (!(set = calloc(1, sizeof(*set))) ||
            !(set->keys = calloc(json_array_size(keys) + 1, sizeof(*set->keys)))) {
                util_fmt(err, errlen, "out of memory");
                goto out;
        }
        json_array_foreach(keys, i, jwk) {
                char why[200];
                if (parse_key(jwk, set, &set->keys[set->n], why, sizeof(why)) == 0) {
                        set->n++;
                        continue;
                }
                /* A key left out for want of memory is not a key the set
                 * lacks: fail the set (no partial set to cache). */
                if (!strcmp(why, "out of memory")) {
                        util_fmt(err, errlen, "key set: key %zu: out of memory", i);
                        goto out;
                }
                set->skipped++;
                util_fmt(set->last_skip, sizeof(set->last_skip), "key %zu: %s", i, why);
                syslog(LOG_AUTHPRIV | LOG_WARNING, "k8s-login: key set %s: skipping key %zu: %s",
                       source, i, why);
        }
        if (set->n == 0) {
                util_fmt(err, errlen, "key set holds no usable key%s%s",
                         set->skipped ? " (last skipped: " : "", set->skipped ? set->last_skip : "");
                if (set->skipped)
                        strncat(err, ")", errlen - strlen(err) - 1);
                goto out;
        }
        *out = set;
        set = NULL;
        r = 0;
out:
        jwks_free(set);
        json_decref(root);
        return r;
}
