/* See jws.h. RS256 and ES256 only: the algorithms of the bench's tokens. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/pem.h>

#include "jws.h"

EVP_PKEY *jws_load_pubkey(const char *path)
{
        FILE *f = fopen(path, "r");
        EVP_PKEY *k;

        if (!f)
                return NULL;
        k = PEM_read_PUBKEY(f, NULL, NULL, NULL);
        fclose(f);
        return k;
}

static int b64url_value(int c)
{
        if (c >= 'A' && c <= 'Z')
                return c - 'A';
        if (c >= 'a' && c <= 'z')
                return c - 'a' + 26;
        if (c >= '0' && c <= '9')
                return c - '0' + 52;
        return c == '-' ? 62 : c == '_' ? 63 : -1;
}

/* Unpadded base64url into out (room for len * 3 / 4 bytes); -1 if bad. */
static long b64url_decode(const char *in, size_t len, unsigned char *out)
{
        unsigned long acc = 0;
        long n = 0;
        int bits = 0;

        for (size_t i = 0; i < len; i++) {
                int v = b64url_value((unsigned char)in[i]);
                if (v < 0)
                        return -1;
                acc = (acc << 6) | (unsigned long)v;
                bits += 6;
                if (bits >= 8) {
                        bits -= 8;
                        out[n++] = (unsigned char)(acc >> bits);
                }
        }
        return n;
}

int jws_prepare(struct jws *j, EVP_PKEY *pkey, const char *token)
{
        const char *dot = strrchr(token, '.');
        size_t slen;
        unsigned char *raw;
        long n;

        memset(j, 0, sizeof(*j));
        j->pkey = pkey;
        if (!pkey || !dot || dot == token)
                return -1;
        j->input = token;
        j->inlen = (size_t)(dot - token);
        slen = strlen(dot + 1);
        if (!(raw = malloc(slen * 3 / 4 + 1)) || (n = b64url_decode(dot + 1, slen, raw)) <= 0) {
                free(raw);
                return -1;
        }
        if (EVP_PKEY_get_base_id(pkey) == EVP_PKEY_EC) {
                /* JOSE sends r || s; OpenSSL verifies DER. */
                size_t half = (size_t)n / 2;
                ECDSA_SIG *sig = ECDSA_SIG_new();
                BIGNUM *r = BN_bin2bn(raw, (int)half, NULL), *s = BN_bin2bn(raw + half, (int)half, NULL);
                unsigned char *der = NULL;
                int dlen = -1;

                if (sig && r && s && ECDSA_SIG_set0(sig, r, s) == 1) {
                        r = s = NULL;
                        dlen = i2d_ECDSA_SIG(sig, &der);
                }
                BN_free(r);
                BN_free(s);
                ECDSA_SIG_free(sig);
                free(raw);
                if (dlen <= 0)
                        return -1;
                j->sig = malloc((size_t)dlen);
                if (j->sig)
                        memcpy(j->sig, der, (size_t)dlen);
                OPENSSL_free(der);
                j->siglen = (size_t)dlen;
                return j->sig ? 0 : -1;
        }
        j->sig = raw;
        j->siglen = (size_t)n;
        return 0;
}

int jws_verify(const struct jws *j)
{
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        int r = -1;

        if (ctx && EVP_DigestVerifyInit(ctx, NULL, EVP_sha256(), NULL, j->pkey) == 1 &&
            EVP_DigestVerify(ctx, j->sig, j->siglen, (const unsigned char *)j->input, j->inlen) == 1)
                r = 0;
        EVP_MD_CTX_free(ctx);
        return r;
}

void jws_clear(struct jws *j)
{
        EVP_PKEY_free(j->pkey);
        free(j->sig);
        memset(j, 0, sizeof(*j));
}
