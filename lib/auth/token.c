/* Service-account JWTs: the cheap checks made before any key or network
 * is used. Nothing here trusts the token: it only refuses early what the
 * API server or the signature check would refuse later. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include <openssl/evp.h>

#include "k8s/token.h"
#include "k8s/util.h"

static const char *const algs[] = { "RS256", "RS384", "RS512", "ES256", "ES384", "ES512" };

/* Decodes one part into a JSON object, refusing duplicate keys. */
static json_t *decode_object(const char *part, size_t len, const char *what,
                             char *why, size_t whylen)
{
        unsigned char *raw = malloc(len / 4 * 3 + 4);
        json_error_t jerr;
        json_t *j = NULL;
        long n;

        if (!raw) {
                util_fmt(why, whylen, "out of memory");
                return NULL;
        }
        n = util_b64url_decode(part, len, raw);
        if (n < 0)
                util_fmt(why, whylen, "malformed token: %s is not base64url", what);
        else if (memchr(raw, '\0', (size_t)n))
                util_fmt(why, whylen, "malformed token: %s holds a NUL byte", what);
        else if (!(j = json_loadb((const char *)raw, (size_t)n,
                                  JSON_REJECT_DUPLICATES, &jerr)))
                util_fmt(why, whylen, "malformed token: %s is not JSON without duplicate keys", what);
        else if (!json_is_object(j)) {
                util_fmt(why, whylen, "malformed token: %s is not a JSON object", what);
                json_decref(j);
                j = NULL;
        }
        /* jansson's error text quotes the input near the error. */
        explicit_bzero(&jerr, sizeof(jerr));
        util_wipe_free(raw, len / 4 * 3 + 4);
        return j;
}

/* A NumericDate claim: absent, or a JSON integer. */
static int get_time(json_t *payload, const char *name, bool *have, long long *v,
                    char *why, size_t whylen)
{
        json_t *j = json_object_get(payload, name);

        *have = false;
        if (!j)
                return 0;
        if (!json_is_integer(j)) {
                util_fmt(why, whylen, "malformed token: claim %s is not a whole number", name);
                return -1;
        }
        *v = json_integer_value(j);
        /* Bounded so that leeway and lifetime arithmetic cannot overflow. */
        if (*v < 0 || *v > TOKEN_TIME_MAX) {
                util_fmt(why, whylen, "malformed token: claim %s is out of range", name);
                return -1;
        }
        *have = true;
        return 0;
}

/* A string member, or NULL when absent or not a string. */
static const char *get_str(json_t *obj, const char *name)
{
        return json_string_value(json_object_get(obj, name));
}

static bool plain_id(const char *s, size_t max)
{
        size_t n = strlen(s);

        if (n == 0 || n > max)
                return false;
        for (; *s; s++)
                if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
                      (*s >= '0' && *s <= '9') || *s == '-' || *s == '_' || *s == '.'))
                        return false;
        return true;
}

/* The namespace and name the token claims beside sub must agree with it. */
static int check_k8s_claims(struct token_claims *c, char *why, size_t whylen)
{
        const char *ns, *name;
        json_t *k8s;

        if (c->legacy) {
                ns = get_str(c->payload, "kubernetes.io/serviceaccount/namespace");
                name = get_str(c->payload, "kubernetes.io/serviceaccount/service-account.name");
        } else {
                k8s = json_object_get(c->payload, "kubernetes.io");
                if (!json_is_object(k8s)) {
                        util_fmt(why, whylen, "not a service-account token: no kubernetes.io claim");
                        return -1;
                }
                ns = get_str(k8s, "namespace");
                name = get_str(json_object_get(k8s, "serviceaccount"), "name");
                const char *pod = get_str(json_object_get(k8s, "pod"), "name");
                if (pod && names_is_dns1123_subdomain(pod))
                        strcpy(c->pod, pod);
        }
        if (!ns || !name || strcmp(ns, c->id.ns) || strcmp(name, c->id.sa)) {
                util_fmt(why, whylen, "malformed token: namespace and service account "
                         "claims disagree with sub");
                return -1;
        }
        return 0;
}

int token_parse(const char *tok, size_t len, struct token_claims *c,
                char *why, size_t whylen)
{
        const char *dot1, *dot2, *alg, *typ, *iss, *jti;
        static const char *const refused[] = { "crit", "jku", "x5u", "jwk", "x5c" };
        bool alg_ok = false;

        memset(c, 0, sizeof(*c));
        if (len == 0) {
                util_fmt(why, whylen, "empty token");
                return -1;
        }
        if (len > TOKEN_MAX) {
                util_fmt(why, whylen, "token longer than %d bytes", TOKEN_MAX);
                return -1;
        }
        for (size_t i = 0; i < len; i++)
                if (tok[i] != '.' && util_b64url_value((unsigned char)tok[i]) < 0) {
                        /* No offset: the input may be a password typed
                         * at the prompt, and where it stops being
                         * base64url tells something about it. */
                        util_fmt(why, whylen, "malformed token: a byte outside base64url "
                                 "and '.'");
                        return -1;
                }
        dot1 = memchr(tok, '.', len);
        dot2 = dot1 ? memchr(dot1 + 1, '.', len - (size_t)(dot1 + 1 - tok)) : NULL;
        if (!dot1 || !dot2 || memchr(dot2 + 1, '.', len - (size_t)(dot2 + 1 - tok))) {
                util_fmt(why, whylen, "malformed token: not three dot-separated parts");
                return -1;
        }
        if (dot1 == tok || dot2 == dot1 + 1 || dot2 + 1 == tok + len) {
                util_fmt(why, whylen, "malformed token: an empty part (unsigned tokens are refused)");
                return -1;
        }
        c->header = decode_object(tok, (size_t)(dot1 - tok), "header", why, whylen);
        if (!c->header)
                return -1;
        c->payload = decode_object(dot1 + 1, (size_t)(dot2 - dot1 - 1), "payload", why, whylen);
        if (!c->payload)
                return -1;

        alg = get_str(c->header, "alg");
        for (size_t i = 0; alg && i < sizeof(algs) / sizeof(algs[0]); i++)
                alg_ok |= strcmp(alg, algs[i]) == 0;
        if (!alg_ok) {
                char a[24];
                util_fmt(why, whylen, "refused algorithm %s (expected RS256/384/512 or "
                         "ES256/384/512)", alg ? util_sanitize(a, sizeof(a), alg, 10) : "(none)");
                return -1;
        }
        strcpy(c->alg, alg);
        typ = get_str(c->header, "typ");
        if (json_object_get(c->header, "typ") && (!typ || strcmp(typ, "JWT"))) {
                util_fmt(why, whylen, "malformed token: typ is not JWT");
                return -1;
        }
        for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++)
                if (json_object_get(c->header, refused[i])) {
                        util_fmt(why, whylen, "refused header parameter %s", refused[i]);
                        return -1;
                }

        iss = get_str(c->payload, "iss");
        if (!iss) {
                util_fmt(why, whylen, "malformed token: no iss claim");
                return -1;
        }
        c->legacy = strcmp(iss, TOKEN_LEGACY_ISSUER) == 0;
        if (!names_parse_username(get_str(c->payload, "sub"), &c->id)) {
                util_fmt(why, whylen, "not a service-account token: sub is not "
                         "system:serviceaccount:<namespace>:<name>");
                return -1;
        }
        if (check_k8s_claims(c, why, whylen) < 0 ||
            get_time(c->payload, "exp", &c->have_exp, &c->exp, why, whylen) < 0 ||
            get_time(c->payload, "iat", &c->have_iat, &c->iat, why, whylen) < 0 ||
            get_time(c->payload, "nbf", &c->have_nbf, &c->nbf, why, whylen) < 0)
                return -1;
        jti = get_str(c->payload, "jti");
        if (jti && plain_id(jti, sizeof(c->jti) - 1))
                strcpy(c->jti, jti);
        return 0;
}

const char *token_issuer(const struct token_claims *c)
{
        return json_string_value(json_object_get(c->payload, "iss"));
}

void token_claims_clear(struct token_claims *c)
{
        json_decref(c->header);
        json_decref(c->payload);
        c->header = c->payload = NULL;
}

bool token_audience_ok(const struct config *cfg, json_t *aud)
{
        size_t i;
        json_t *v;

        if (json_is_string(aud))
                return config_has_audience(cfg, json_string_value(aud));
        json_array_foreach(aud, i, v)
                if (config_has_audience(cfg, json_string_value(v)))
                        return true;
        return false;
}

int token_check_policy(const struct config *cfg, const struct token_claims *c,
                       time_t now, char *why, size_t whylen)
{
        long long t = (long long)now;

        if (c->legacy && !cfg->allow_legacy_tokens) {
                util_fmt(why, whylen, "legacy secret-based token refused (allow_legacy_tokens = no)");
                return -1;
        }
        if (!c->have_exp && !c->legacy) {
                util_fmt(why, whylen, "token has no exp claim");
                return -1;
        }
        if (c->have_exp && t > c->exp + TOKEN_LEEWAY) {
                util_fmt(why, whylen, "token expired %llds ago", t - c->exp);
                return -1;
        }
        if (c->have_nbf && c->nbf > t + TOKEN_LEEWAY) {
                util_fmt(why, whylen, "token not valid before %llds from now (nbf)", c->nbf - t);
                return -1;
        }
        if (c->have_iat && c->iat > t + TOKEN_LEEWAY) {
                util_fmt(why, whylen, "token issued %llds in the future (iat)", c->iat - t);
                return -1;
        }
        if (c->have_exp && !c->have_iat) {
                util_fmt(why, whylen, "token has exp but no iat: its lifetime is unknown");
                return -1;
        }
        if (c->have_exp && c->exp - c->iat > cfg->max_token_lifetime) {
                util_fmt(why, whylen, "token lifetime %llds exceeds max_token_lifetime %lds "
                         "(use a projected token with a short expirationSeconds)",
                         c->exp - c->iat, cfg->max_token_lifetime);
                return -1;
        }
        if (cfg->issuer && !c->legacy &&
            strcmp(json_string_value(json_object_get(c->payload, "iss")), cfg->issuer) != 0) {
                util_fmt(why, whylen, "token issuer is not the configured issuer");
                return -1;
        }
        /* Legacy tokens carry no audience; the API server judges those. */
        if (!c->legacy && !token_audience_ok(cfg, json_object_get(c->payload, "aud"))) {
                util_fmt(why, whylen, "token audience is not one of the configured audiences");
                return -1;
        }
        if (!config_identity_allowed(cfg, &c->id)) {
                util_fmt(why, whylen, "service account %s/%s is not allowed by "
                         "allow_namespaces/allow_service_accounts", c->id.ns, c->id.sa);
                return -1;
        }
        return 0;
}

void token_label(const char *tok, size_t len, const struct token_claims *c,
                 char *buf, size_t buflen)
{
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int mdlen = 0;

        /* Anything that is not a JWT may be a password typed at the
         * prompt: no hash of it (a fast unsalted one is a guess away from
         * the password) and nothing of its content, only its length. */
        if (!c || !c->header || !c->payload) {
                util_fmt(buf, buflen, "not a JWT, %zu bytes", len);
                return;
        }
        if (c->jti[0]) {
                util_fmt(buf, buflen, "jti=%s", c->jti);
                return;
        }
        if (!EVP_Digest(tok, len, md, &mdlen, EVP_sha256(), NULL) || mdlen < 6) {
                util_fmt(buf, buflen, "sha256=unavailable");
                return;
        }
        util_fmt(buf, buflen, "sha256=%02x%02x%02x%02x%02x%02x",
                 md[0], md[1], md[2], md[3], md[4], md[5]);
        explicit_bzero(md, sizeof(md));
}
