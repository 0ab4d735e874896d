/* Unit tests for lib/auth/token.c: the cheap checks on an unverified JWT.
 * Tokens are built here from JSON text (base64url-encoded by the test,
 * signature "c2ln"), so every row shows exactly what the token holds. */
#include "config.h"

#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b64_fixture.h"

#include "unit.h"

#include "k8s/config.h"
#include <jansson.h>

#include "k8s/token.h"
#include "k8s/util.h"

/* ---- the claims a token is built from ------------------------------------ */

#define HDR "{\"alg\":\"RS256\",\"kid\":\"k1\"}"
#define JTI "3f2c1b7e-0d5a-4c1e-9a7b-2d8e6f4a1c90"
#define ISS "\"iss\":\"https://kubernetes.default.svc.cluster.local\""
#define AUD "\"aud\":[\"k8s-login\"]"
#define TIMES "\"exp\":1700003600,\"iat\":1700000000,\"nbf\":1700000000"
#define SUB(ns, sa) "\"sub\":\"system:serviceaccount:" ns ":" sa "\""
#define K8S(ns, sa)                                                              \
        "\"kubernetes.io\":{\"namespace\":\"" ns "\",\"pod\":{\"name\":\"web-0\"," \
        "\"uid\":\"8d1e0c52-4e0b-4f0e-9c39-6c4f3b1a2d10\"},\"serviceaccount\":"    \
        "{\"name\":\"" sa "\",\"uid\":\"0b6e2f0a-7f7e-4e86-a3ad-5c1c3e3b9a11\"}}"
/* A bound token's payload without sub and the kubernetes.io claim. */
#define CORE AUD "," TIMES "," ISS ",\"jti\":\"" JTI "\""
#define PL(...) "{" __VA_ARGS__ "}"
#define BOUND PL(CORE "," K8S("team-a", "deployer") "," SUB("team-a", "deployer"))
#define LEGACY_CLAIMS(ns, sa)                                                    \
        "\"iss\":\"kubernetes/serviceaccount\","                                 \
        "\"kubernetes.io/serviceaccount/namespace\":\"" ns "\","                 \
        "\"kubernetes.io/serviceaccount/secret.name\":\"" sa "-token-x7k2p\","   \
        "\"kubernetes.io/serviceaccount/service-account.name\":\"" sa "\","      \
        "\"kubernetes.io/serviceaccount/service-account.uid\":"                  \
        "\"0b6e2f0a-7f7e-4e86-a3ad-5c1c3e3b9a11\""
#define LEGACY PL(LEGACY_CLAIMS("team-a", "deployer") "," SUB("team-a", "deployer"))

/* "b64(hdr).b64(payload).sig" into buf (payload of pl_len bytes). */
static size_t make_token_n(char *buf, size_t cap, const char *hdr, const char *pl,
                           size_t pl_len, const char *sig)
{
        size_t o;

        assert_true(strlen(hdr) * 2 + pl_len * 2 + strlen(sig) + 3 < cap);
        o = b64url(hdr, strlen(hdr), buf);
        buf[o++] = '.';
        o += b64url(pl, pl_len, buf + o);
        buf[o++] = '.';
        strcpy(buf + o, sig);
        return o + strlen(sig);
}

static size_t make_token(char *buf, size_t cap, const char *hdr, const char *pl)
{
        return make_token_n(buf, cap, hdr, pl, strlen(pl), "c2ln");
}

/* Expands "{H}" and "{P}" in pattern into the encoded HDR and BOUND. */
static size_t expand_raw(char *buf, size_t cap, const char *pattern)
{
        char h[256], p[2048];
        size_t o = 0;

        b64url(HDR, strlen(HDR), h);
        b64url(BOUND, strlen(BOUND), p);
        for (const char *s = pattern; *s;) {
                const char *add = NULL;
                if (!strncmp(s, "{H}", 3))
                        add = h;
                else if (!strncmp(s, "{P}", 3))
                        add = p;
                if (add) {
                        assert_true(o + strlen(add) < cap);
                        strcpy(buf + o, add);
                        o += strlen(add);
                        s += 3;
                } else {
                        assert_true(o + 1 < cap);
                        buf[o++] = *s++;
                }
        }
        buf[o] = '\0';
        return o;
}

/* ---- token_b64url_decode ------------------------------------------------- */

struct b64_row {
        const char *in;
        long n;          /* decoded length, or -1 */
        const char *out; /* n bytes */
};

static void test_b64url_decode(void **state)
{
        static const struct b64_row rows[] = {
                { "", 0, "" },
                { "QQ", 1, "A" },
                { "QUI", 2, "AB" },
                { "QUJD", 3, "ABC" },
                { "QUJDRA", 4, "ABCD" },
                { "AAAA", 3, "\0\0\0" },
                { "-_8", 2, "\xfb\xff" },
                { "_w", 1, "\xff" },
                { "Q", -1, NULL },      /* a length of 4k+1 is never base64 */
                { "QUJDR", -1, NULL },
                { "QR", -1, NULL },     /* non-canonical: trailing bits set */
                { "QUJ", -1, NULL },
                { "_x", -1, NULL },
                { "QQ==", -1, NULL },   /* padding */
                { "QQ=", -1, NULL },
                { "QUI=", -1, NULL },
                { "+/8", -1, NULL },    /* standard alphabet */
                { "QU+I", -1, NULL },
                { "QU I", -1, NULL },
                { "QU\nI", -1, NULL },
                { "QUI.", -1, NULL },
                { "QU\xc3\xa9", -1, NULL },
        };
        size_t bad = 0;

        (void)state;
        for (size_t i = 0; i < N(rows); i++) {
                unsigned char out[32];
                size_t len = strlen(rows[i].in);
                long n;

                memset(out, 0xAA, sizeof(out));
                n = util_b64url_decode(rows[i].in, len, out);
                ROW_CHECK(bad, n == rows[i].n, "row %zu ('%s'): length %ld, expected %ld", i,
                          rows[i].in, n, rows[i].n);
                if (n >= 0 && n == rows[i].n) {
                        ROW_CHECK(bad, !memcmp(out, rows[i].out, (size_t)n),
                                  "row %zu ('%s'): wrong bytes", i, rows[i].in);
                        ROW_CHECK(bad, out[n] == '\0', "row %zu ('%s'): not NUL-terminated", i,
                                  rows[i].in);
                        /* Nothing past the documented len*3/4+1 bytes. */
                        for (size_t j = len * 3 / 4 + 1; j < sizeof(out); j++)
                                ROW_CHECK(bad, out[j] == 0xAA, "row %zu: byte %zu written", i, j);
                }
        }
        /* len, not the NUL, bounds the input. */
        assert_int_equal(util_b64url_decode("QUJDQUJD", 4, (unsigned char[8]){ 0 }), 3);
        assert_int_equal(util_b64url_decode("QUJD!!!!", 4, (unsigned char[8]){ 0 }), 3);
        assert_int_equal(bad, 0);
}

/* ---- token_parse --------------------------------------------------------- */

struct parse_row {
        const char *name;
        const char *raw;  /* a token pattern with {H} and {P}, or NULL: */
        const char *hdr;  /* NULL: HDR */
        const char *pl;   /* NULL: BOUND */
        bool tweak;       /* set a trailing bit of the header's encoding */
        const char *why;  /* NULL: accepted; else part of the reason */
};

static const struct parse_row parse_rows[] = {
        /* accepted */
        { "bound token", NULL, NULL, NULL, false, NULL },
        { "legacy token", NULL, NULL, LEGACY, false, NULL },
        { "alg RS384", NULL, "{\"alg\":\"RS384\"}", NULL, false, NULL },
        { "alg RS512", NULL, "{\"alg\":\"RS512\"}", NULL, false, NULL },
        { "alg ES256", NULL, "{\"alg\":\"ES256\",\"kid\":\"e\"}", NULL, false, NULL },
        { "alg ES384", NULL, "{\"alg\":\"ES384\"}", NULL, false, NULL },
        { "alg ES512", NULL, "{\"alg\":\"ES512\"}", NULL, false, NULL },
        { "typ JWT", NULL, "{\"alg\":\"RS256\",\"typ\":\"JWT\"}", NULL, false, NULL },
        { "no nbf", NULL, NULL, PL(AUD ",\"exp\":1700003600,\"iat\":1700000000," ISS ","
                                   K8S("team-a", "deployer") "," SUB("team-a", "deployer")),
          false, NULL },
        { "no exp (policy judges)", NULL, NULL,
          PL(AUD "," ISS "," K8S("team-a", "deployer") "," SUB("team-a", "deployer")),
          false, NULL },

        /* shape */
        { "2 parts", "{H}.{P}", NULL, NULL, false, "not three dot-separated parts" },
        { "1 part", "{H}", NULL, NULL, false, "not three dot-separated parts" },
        { "4 parts", "{H}.{P}.c2ln.c2ln", NULL, NULL, false, "not three dot-separated parts" },
        { "4 parts, last empty", "{H}.{P}.c2ln.", NULL, NULL, false,
          "not three dot-separated parts" },
        { "empty header", ".{P}.c2ln", NULL, NULL, false, "an empty part" },
        { "empty payload", "{H}..c2ln", NULL, NULL, false, "an empty part" },
        { "empty signature", "{H}.{P}.", NULL, NULL, false, "an empty part" },
        { "only dots", "..", NULL, NULL, false, "an empty part" },
        { "'+' in signature", "{H}.{P}.c2l+", NULL, NULL, false, "a byte outside base64url" },
        { "'/' in signature", "{H}.{P}.c2/n", NULL, NULL, false, "a byte outside base64url" },
        { "'=' padding", "{H}=.{P}.c2ln", NULL, NULL, false, "a byte outside base64url" },
        { "padded signature", "{H}.{P}.c2ln==", NULL, NULL, false, "a byte outside base64url" },
        { "leading space", " {H}.{P}.c2ln", NULL, NULL, false, "a byte outside base64url" },
        { "trailing newline", "{H}.{P}.c2ln\n", NULL, NULL, false, "a byte outside base64url" },
        { "inner space", "{H}.{P} .c2ln", NULL, NULL, false, "a byte outside base64url" },
        { "inner tab", "{H}\t.{P}.c2ln", NULL, NULL, false, "a byte outside base64url" },
        { "non-ASCII", "{H}.{P}.c2\xc3\xa9", NULL, NULL, false, "a byte outside base64url" },
        { "JSON instead of base64", "{\"alg\":\"none\"}.{P}.c2ln", NULL, NULL, false,
          "a byte outside base64url" },
        { "non-canonical header", NULL, NULL, NULL, true, "header is not base64url" },

        /* header */
        { "header not JSON", NULL, "not json", NULL, false,
          "header is not JSON without duplicate keys" },
        { "header with trailing text", NULL, "{\"alg\":\"RS256\"} x", NULL, false,
          "header is not JSON without duplicate keys" },
        { "header a JSON string", NULL, "\"RS256\"", NULL, false,
          "header is not JSON without duplicate keys" },
        { "header a JSON array", NULL, "[\"alg\",\"RS256\"]", NULL, false,
          "header is not a JSON object" },
        { "header duplicate alg", NULL, "{\"alg\":\"none\",\"alg\":\"RS256\"}", NULL, false,
          "header is not JSON without duplicate keys" },
        { "alg none", NULL, "{\"alg\":\"none\"}", NULL, false, "refused algorithm none" },
        { "alg HS256", NULL, "{\"alg\":\"HS256\"}", NULL, false, "refused algorithm HS256" },
        { "alg rs256", NULL, "{\"alg\":\"rs256\"}", NULL, false, "refused algorithm rs256" },
        { "alg PS256", NULL, "{\"alg\":\"PS256\"}", NULL, false, "refused algorithm PS256" },
        { "alg 'RS256 '", NULL, "{\"alg\":\"RS256 \"}", NULL, false, "refused algorithm" },
        { "alg empty", NULL, "{\"alg\":\"\"}", NULL, false, "refused algorithm" },
        { "alg missing", NULL, "{\"kid\":\"k1\"}", NULL, false, "refused algorithm (none)" },
        { "alg a number", NULL, "{\"alg\":256}", NULL, false, "refused algorithm (none)" },
        { "alg null", NULL, "{\"alg\":null}", NULL, false, "refused algorithm (none)" },
        { "typ jwt", NULL, "{\"alg\":\"RS256\",\"typ\":\"jwt\"}", NULL, false, "typ is not JWT" },
        { "typ at+jwt", NULL, "{\"alg\":\"RS256\",\"typ\":\"at+jwt\"}", NULL, false,
          "typ is not JWT" },
        { "typ a number", NULL, "{\"alg\":\"RS256\",\"typ\":1}", NULL, false, "typ is not JWT" },
        { "typ null", NULL, "{\"alg\":\"RS256\",\"typ\":null}", NULL, false, "typ is not JWT" },
        { "crit", NULL, "{\"alg\":\"RS256\",\"crit\":[\"exp\"]}", NULL, false,
          "refused header parameter crit" },
        { "jku", NULL, "{\"alg\":\"RS256\",\"jku\":\"https://evil.example/k\"}", NULL, false,
          "refused header parameter jku" },
        { "x5u", NULL, "{\"alg\":\"RS256\",\"x5u\":\"https://evil.example/c\"}", NULL, false,
          "refused header parameter x5u" },
        { "jwk", NULL, "{\"alg\":\"RS256\",\"jwk\":{\"kty\":\"RSA\"}}", NULL, false,
          "refused header parameter jwk" },
        { "x5c", NULL, "{\"alg\":\"RS256\",\"x5c\":[\"MIIB\"]}", NULL, false,
          "refused header parameter x5c" },
        { "x5c null", NULL, "{\"alg\":\"RS256\",\"x5c\":null}", NULL, false,
          "refused header parameter x5c" },

        /* payload */
        { "payload not JSON", NULL, NULL, "{\"sub\":", false,
          "payload is not JSON without duplicate keys" },
        { "payload a JSON array", NULL, NULL, "[" BOUND "]", false,
          "payload is not a JSON object" },
        { "payload duplicate sub", NULL, NULL,
          PL(CORE "," K8S("team-a", "deployer") "," SUB("team-a", "deployer") ","
             SUB("team-b", "deployer")), false, "payload is not JSON without duplicate keys" },
        { "payload duplicate exp", NULL, NULL, PL(CORE ",\"exp\":1," K8S("team-a", "deployer") ","
                                                  SUB("team-a", "deployer")),
          false, "payload is not JSON without duplicate keys" },
        { "no iss", NULL, NULL, PL(AUD "," TIMES "," K8S("team-a", "deployer") ","
                                   SUB("team-a", "deployer")), false, "no iss claim" },
        { "iss a number", NULL, NULL, PL(AUD "," TIMES ",\"iss\":1," K8S("team-a", "deployer")
                                         "," SUB("team-a", "deployer")), false, "no iss claim" },
        { "sub a human", NULL, NULL, PL(CORE "," K8S("team-a", "deployer") ",\"sub\":\"alice\""),
          false, "sub is not system:serviceaccount:<namespace>:<name>" },
        { "sub a node", NULL, NULL,
          PL(CORE "," K8S("team-a", "deployer") ",\"sub\":\"system:node:x\""), false,
          "sub is not system:serviceaccount" },
        { "sub with extra colon", NULL, NULL,
          PL(CORE "," K8S("team-a", "deployer") "," SUB("team-a", "deployer:x")), false,
          "sub is not system:serviceaccount" },
        { "sub upper case", NULL, NULL,
          PL(CORE "," K8S("Team-a", "deployer") "," SUB("Team-a", "deployer")), false,
          "sub is not system:serviceaccount" },
        { "sub missing", NULL, NULL, PL(CORE "," K8S("team-a", "deployer")), false,
          "sub is not system:serviceaccount" },
        { "sub a number", NULL, NULL, PL(CORE "," K8S("team-a", "deployer") ",\"sub\":7"), false,
          "sub is not system:serviceaccount" },
        { "kubernetes.io namespace disagrees", NULL, NULL,
          PL(CORE "," K8S("team-b", "deployer") "," SUB("team-a", "deployer")), false,
          "claims disagree with sub" },
        { "kubernetes.io name disagrees", NULL, NULL,
          PL(CORE "," K8S("team-a", "admin") "," SUB("team-a", "deployer")), false,
          "claims disagree with sub" },
        { "kubernetes.io without serviceaccount", NULL, NULL,
          PL(CORE ",\"kubernetes.io\":{\"namespace\":\"team-a\"}," SUB("team-a", "deployer")),
          false, "claims disagree with sub" },
        { "kubernetes.io missing", NULL, NULL, PL(CORE "," SUB("team-a", "deployer")), false,
          "no kubernetes.io claim" },
        { "kubernetes.io a string", NULL, NULL,
          PL(CORE ",\"kubernetes.io\":\"team-a\"," SUB("team-a", "deployer")), false,
          "no kubernetes.io claim" },
        { "legacy namespace disagrees", NULL, NULL,
          PL(LEGACY_CLAIMS("team-b", "deployer") "," SUB("team-a", "deployer")), false,
          "claims disagree with sub" },
        { "legacy name disagrees", NULL, NULL,
          PL(LEGACY_CLAIMS("team-a", "admin") "," SUB("team-a", "deployer")), false,
          "claims disagree with sub" },
        { "legacy issuer with bound claims", NULL, NULL,
          PL(AUD ",\"iss\":\"kubernetes/serviceaccount\"," K8S("team-a", "deployer") ","
             SUB("team-a", "deployer")), false, "claims disagree with sub" },
        { "exp a string", NULL, NULL,
          PL(AUD ",\"exp\":\"1700003600\",\"iat\":1700000000," ISS ","
             K8S("team-a", "deployer") "," SUB("team-a", "deployer")), false,
          "claim exp is not a whole number" },
        { "exp a real", NULL, NULL,
          PL(AUD ",\"exp\":1700003600.5,\"iat\":1700000000," ISS ","
             K8S("team-a", "deployer") "," SUB("team-a", "deployer")), false,
          "claim exp is not a whole number" },
        { "exp null", NULL, NULL,
          PL(AUD ",\"exp\":null,\"iat\":1700000000," ISS "," K8S("team-a", "deployer") ","
             SUB("team-a", "deployer")), false, "claim exp is not a whole number" },
        { "iat a string", NULL, NULL,
          PL(AUD ",\"exp\":1700003600,\"iat\":\"now\"," ISS "," K8S("team-a", "deployer") ","
             SUB("team-a", "deployer")), false, "claim iat is not a whole number" },
        { "nbf a boolean", NULL, NULL,
          PL(AUD ",\"exp\":1700003600,\"iat\":1700000000,\"nbf\":true," ISS ","
             K8S("team-a", "deployer") "," SUB("team-a", "deployer")), false,
          "claim nbf is not a whole number" },
};

static void test_parse_rows(void **state)
{
        size_t bad = 0;

        (void)state;
        for (size_t i = 0; i < N(parse_rows); i++) {
                const struct parse_row *row = &parse_rows[i];
                struct token_claims c;
                char tok[4096], why[K8S_ERR_MAX] = "";
                size_t len;
                int r;

                if (row->raw) {
                        len = expand_raw(tok, sizeof(tok), row->raw);
                } else {
                        const char *hdr = row->hdr ? row->hdr : HDR;
                        len = make_token(tok, sizeof(tok), hdr, row->pl ? row->pl : BOUND);
                        if (row->tweak) {
                                /* The header's last character holds unused low bits. */
                                size_t h = strcspn(tok, ".");
                                assert_true(strlen(hdr) % 3 != 0);
                                tok[h - 1]++;
                        }
                }
                r = token_parse(tok, len, &c, why, sizeof(why));
                if (!row->why)
                        ROW_CHECK(bad, r == 0, "row %zu (%s): refused: %s", i, row->name, why);
                else
                        ROW_CHECK(bad, r == -1 && strstr(why, row->why),
                                  "row %zu (%s): rc %d, reason '%s', expected '%s'", i,
                                  row->name, r, why, row->why);
                token_claims_clear(&c);
                assert_null(c.header);
                assert_null(c.payload);
        }
        assert_int_equal(bad, 0);
}

static int parse(const char *hdr, const char *pl, struct token_claims *c, char *why, size_t n)
{
        char tok[4096];
        size_t len = make_token(tok, sizeof(tok), hdr, pl);

        return token_parse(tok, len, c, why, n);
}

static void test_parse_claims(void **state)
{
        struct token_claims c;
        char why[K8S_ERR_MAX] = "";

        (void)state;
        assert_int_equal(parse(HDR, BOUND, &c, why, sizeof(why)), 0);
        assert_string_equal(c.alg, "RS256");
        assert_false(c.legacy);
        assert_string_equal(c.id.ns, "team-a");
        assert_string_equal(c.id.sa, "deployer");
        assert_true(c.have_exp && c.have_iat && c.have_nbf);
        assert_int_equal(c.exp, 1700003600);
        assert_int_equal(c.iat, 1700000000);
        assert_int_equal(c.nbf, 1700000000);
        assert_string_equal(c.jti, JTI);
        assert_string_equal(c.pod, "web-0");
        assert_non_null(c.header);
        assert_non_null(c.payload);
        token_claims_clear(&c);

        assert_int_equal(parse("{\"alg\":\"ES384\"}", LEGACY, &c, why, sizeof(why)), 0);
        assert_string_equal(c.alg, "ES384");
        assert_true(c.legacy);
        assert_string_equal(c.id.ns, "team-a");
        assert_string_equal(c.id.sa, "deployer");
        assert_false(c.have_exp || c.have_iat || c.have_nbf);
        assert_string_equal(c.jti, "");
        assert_string_equal(c.pod, "");
        token_claims_clear(&c);

        /* An empty token, and a length that excludes what follows. */
        assert_int_equal(token_parse("", 0, &c, why, sizeof(why)), -1);
        assert_string_equal(why, "empty token");
        token_claims_clear(&c);
        {
                char tok[4096];
                size_t len = make_token(tok, sizeof(tok), HDR, BOUND);
                strcpy(tok + len, ".c2ln garbage");
                assert_int_equal(token_parse(tok, len, &c, why, sizeof(why)), 0);
                token_claims_clear(&c);
                assert_int_equal(token_parse(tok, len + 5, &c, why, sizeof(why)), -1);
                token_claims_clear(&c);
        }
}

struct jti_row {
        const char *jti;  /* JSON text of the claim, NULL: absent */
        const char *kept; /* c.jti */
};

static void test_parse_jti_and_pod(void **state)
{
        char j64[80], j65[80], pl[4096], why[K8S_ERR_MAX];
        size_t bad = 0;

        (void)state;
        snprintf(j64, sizeof(j64), "\"%064d\"", 7);
        snprintf(j65, sizeof(j65), "\"%065d\"", 7);
        const struct jti_row rows[] = {
                { "\"" JTI "\"", JTI },
                { "\"abc_DEF.1-2\"", "abc_DEF.1-2" },
                { j64, j64 + 1 },
                { j65, "" },
                { "\"a b\"", "" },
                { "\"a\\nb\"", "" },
                { "\"a/b\"", "" },
                { "\"\"", "" },
                { "42", "" },
                { NULL, "" },
        };

        for (size_t i = 0; i < N(rows); i++) {
                struct token_claims c;
                char want[80];

                snprintf(pl, sizeof(pl), "{%s%s%s" AUD "," TIMES "," ISS ","
                         K8S("team-a", "deployer") "," SUB("team-a", "deployer") "}",
                         rows[i].jti ? "\"jti\":" : "", rows[i].jti ? rows[i].jti : "",
                         rows[i].jti ? "," : "");
                snprintf(want, sizeof(want), "%.*s", (int)strcspn(rows[i].kept, "\""),
                         rows[i].kept);
                ROW_CHECK(bad, parse(HDR, pl, &c, why, sizeof(why)) == 0 &&
                                       !strcmp(c.jti, want),
                          "jti row %zu (%s): kept '%s', expected '%s' (%s)", i,
                          rows[i].jti ? rows[i].jti : "absent", c.jti, want, why);
                token_claims_clear(&c);
        }

        /* The pod name is kept only when it is a valid name. */
        static const struct { const char *pod, *kept; } pods[] = {
                { "\"pod\":{\"name\":\"web-0\"}", "web-0" },
                { "\"pod\":{\"name\":\"Web_0\"}", "" },
                { "\"pod\":{\"name\":42}", "" },
                { "\"pod\":\"web-0\"", "" },
                { "\"node\":{\"name\":\"n1\"}", "" },
        };
        for (size_t i = 0; i < N(pods); i++) {
                struct token_claims c;

                snprintf(pl, sizeof(pl), "{" CORE ",\"kubernetes.io\":{\"namespace\":\"team-a\","
                         "%s,\"serviceaccount\":{\"name\":\"deployer\"}}," SUB("team-a", "deployer")
                         "}", pods[i].pod);
                ROW_CHECK(bad, parse(HDR, pl, &c, why, sizeof(why)) == 0 &&
                                       !strcmp(c.pod, pods[i].kept),
                          "pod row %zu (%s): kept '%s', expected '%s'", i, pods[i].pod, c.pod,
                          pods[i].kept);
                token_claims_clear(&c);
        }
        assert_int_equal(bad, 0);
}

static void test_parse_nul_in_payload(void **state)
{
        static const char pl[] = BOUND "\0";
        struct token_claims c;
        char tok[4096], why[K8S_ERR_MAX] = "";
        size_t len;

        (void)state;
        len = make_token_n(tok, sizeof(tok), HDR, pl, sizeof(pl) - 1, "c2ln");
        assert_int_equal(token_parse(tok, len, &c, why, sizeof(why)), -1);
        assert_non_null(strstr(why, "payload holds a NUL byte"));
        token_claims_clear(&c);
        /* The twin without the NUL. */
        len = make_token_n(tok, sizeof(tok), HDR, pl, sizeof(pl) - 2, "c2ln");
        assert_int_equal(token_parse(tok, len, &c, why, sizeof(why)), 0);
        token_claims_clear(&c);
}

static void test_parse_size_limit(void **state)
{
        char *tok = malloc(TOKEN_MAX + 2);
        struct token_claims c;
        char why[K8S_ERR_MAX] = "";
        size_t len;

        (void)state;
        assert_non_null(tok);
        /* The signature is not decoded here, so its length sets the size. */
        len = make_token_n(tok, TOKEN_MAX + 2, HDR, BOUND, strlen(BOUND), "");
        memset(tok + len, 'A', TOKEN_MAX + 1 - len);
        tok[TOKEN_MAX + 1] = '\0';
        assert_int_equal(token_parse(tok, TOKEN_MAX, &c, why, sizeof(why)), 0);
        token_claims_clear(&c);
        assert_int_equal(token_parse(tok, TOKEN_MAX + 1, &c, why, sizeof(why)), -1);
        assert_string_equal(why, "token longer than 16384 bytes");
        token_claims_clear(&c);
        /* Refused on size before any byte is looked at. */
        memset(tok, '!', TOKEN_MAX + 1);
        assert_int_equal(token_parse(tok, TOKEN_MAX + 1, &c, why, sizeof(why)), -1);
        assert_string_equal(why, "token longer than 16384 bytes");
        token_claims_clear(&c);
        assert_int_equal(token_parse(tok, TOKEN_MAX, &c, why, sizeof(why)), -1);
        assert_string_equal(why, "malformed token: a byte outside base64url and '.'");
        token_claims_clear(&c);
        free(tok);
}

/* ---- token_check_policy -------------------------------------------------- */

#define NOW ((time_t)1750000000)
#define ABSENT LLONG_MIN

enum cfg_id { C_DEFAULT, C_LEGACY, C_SHORT, C_SA, C_NOBODY, C_COUNT };

static const char *const cfg_lines[C_COUNT] = {
        [C_DEFAULT] = "allow_namespaces = team-a, kube-*\n",
        [C_LEGACY] = "allow_namespaces = team-a, kube-*\nallow_legacy_tokens = yes\n",
        [C_SHORT] = "allow_namespaces = team-a, kube-*\nmax_token_lifetime = 600\n",
        [C_SA] = "allow_namespaces = *\nallow_service_accounts = team-a:deployer\n",
        [C_NOBODY] = "allow_namespaces =\n",
};

static struct config *make_config(const char *lines)
{
        struct config *cfg = NULL;
        char text[1024], err[K8S_ERR_MAX] = "";

        snprintf(text, sizeof(text), "api_server = https://k8s.example\n"
                 "reviewer_token_file = /etc/k8s-login/reviewer.token\n"
                 "audiences = k8s-login, spare\n%s", lines);
        if (config_parse("/etc/k8s-login.conf", text, &cfg, err, sizeof(err)) != 0)
                fail_msg("config refused: %s", err);
        return cfg;
}

static int configs_setup(void **state)
{
        struct config **cfgs = calloc(C_COUNT, sizeof(*cfgs));

        if (!cfgs)
                return -1;
        for (int i = 0; i < C_COUNT; i++)
                cfgs[i] = make_config(cfg_lines[i]);
        *state = cfgs;
        return 0;
}

static int configs_teardown(void **state)
{
        struct config **cfgs = *state;

        for (int i = 0; i < C_COUNT; i++)
                config_free(cfgs[i]);
        free(cfgs);
        return 0;
}

struct policy_row {
        const char *name;
        enum cfg_id cfg;
        bool legacy;
        const char *ns, *sa;
        const char *aud;            /* JSON text, NULL: absent */
        long long exp, iat, nbf;    /* seconds from NOW, or ABSENT */
        const char *why;            /* NULL: allowed */
};

#define OK_AUD "[\"k8s-login\"]"

static const struct policy_row policy_rows[] = {
        { "valid", C_DEFAULT, false, "team-a", "deployer", OK_AUD, 3000, -600, -600, NULL },
        { "no nbf", C_DEFAULT, false, "team-a", "deployer", OK_AUD, 3000, -600, ABSENT, NULL },
        /* exp with the 60 s leeway */
        { "expired 61 s ago", C_DEFAULT, false, "team-a", "x", OK_AUD, -61, -1000, ABSENT,
          "token expired 61s ago" },
        { "expired 60 s ago", C_DEFAULT, false, "team-a", "x", OK_AUD, -60, -1000, ABSENT, NULL },
        { "expired 59 s ago", C_DEFAULT, false, "team-a", "x", OK_AUD, -59, -1000, ABSENT, NULL },
        { "expired a day ago", C_DEFAULT, false, "team-a", "x", OK_AUD, -86400, -87000, ABSENT,
          "token expired 86400s ago" },
        /* nbf and iat with the leeway */
        { "nbf in 61 s", C_DEFAULT, false, "team-a", "x", OK_AUD, 1000, -10, 61,
          "not valid before 61s from now (nbf)" },
        { "nbf in 60 s", C_DEFAULT, false, "team-a", "x", OK_AUD, 1000, -10, 60, NULL },
        { "iat in 61 s", C_DEFAULT, false, "team-a", "x", OK_AUD, 1000, 61, ABSENT,
          "token issued 61s in the future (iat)" },
        { "iat in 60 s", C_DEFAULT, false, "team-a", "x", OK_AUD, 1000, 60, ABSENT, NULL },
        /* exp and iat must both be there */
        { "no exp", C_DEFAULT, false, "team-a", "x", OK_AUD, ABSENT, -10, ABSENT,
          "token has no exp claim" },
        { "no exp, no iat", C_DEFAULT, false, "team-a", "x", OK_AUD, ABSENT, ABSENT, ABSENT,
          "token has no exp claim" },
        { "exp without iat", C_DEFAULT, false, "team-a", "x", OK_AUD, 600, ABSENT, ABSENT,
          "token has exp but no iat" },
        /* lifetime */
        { "lifetime 3601 s", C_DEFAULT, false, "team-a", "x", OK_AUD, 3600, -1, ABSENT,
          "token lifetime 3601s exceeds max_token_lifetime 3600s" },
        { "lifetime 3600 s", C_DEFAULT, false, "team-a", "x", OK_AUD, 3600, 0, ABSENT, NULL },
        { "lifetime a year", C_DEFAULT, false, "team-a", "x", OK_AUD, 31536000, -10, ABSENT,
          "exceeds max_token_lifetime 3600s" },
        { "lifetime 601 s of 600", C_SHORT, false, "team-a", "x", OK_AUD, 600, -1, ABSENT,
          "token lifetime 601s exceeds max_token_lifetime 600s" },
        { "lifetime 600 s of 600", C_SHORT, false, "team-a", "x", OK_AUD, 600, 0, ABSENT, NULL },
        /* audience */
        { "aud string, match", C_DEFAULT, false, "team-a", "x", "\"k8s-login\"", 600, 0, ABSENT,
          NULL },
        { "aud string, second audience", C_DEFAULT, false, "team-a", "x", "\"spare\"", 600, 0,
          ABSENT, NULL },
        { "aud string, no match", C_DEFAULT, false, "team-a", "x", "\"https://kubernetes.default.svc\"",
          600, 0, ABSENT, "token audience is not one of the configured audiences" },
        { "aud array, match", C_DEFAULT, false, "team-a", "x", "[\"other\",\"spare\"]", 600, 0,
          ABSENT, NULL },
        { "aud array, no match", C_DEFAULT, false, "team-a", "x", "[\"other\",\"k8s\"]", 600, 0,
          ABSENT, "token audience is not one of the configured audiences" },
        { "aud case differs", C_DEFAULT, false, "team-a", "x", "[\"K8S-LOGIN\"]", 600, 0, ABSENT,
          "token audience is not" },
        { "aud empty array", C_DEFAULT, false, "team-a", "x", "[]", 600, 0, ABSENT,
          "token audience is not" },
        { "aud missing", C_DEFAULT, false, "team-a", "x", NULL, 600, 0, ABSENT,
          "token audience is not" },
        { "aud a number", C_DEFAULT, false, "team-a", "x", "42", 600, 0, ABSENT,
          "token audience is not" },
        { "aud array of numbers", C_DEFAULT, false, "team-a", "x", "[42]", 600, 0, ABSENT,
          "token audience is not" },
        { "aud object", C_DEFAULT, false, "team-a", "x", "{\"k8s-login\":1}", 600, 0, ABSENT,
          "token audience is not" },
        /* namespaces and accounts */
        { "namespace by glob", C_DEFAULT, false, "kube-system", "x", OK_AUD, 600, 0, ABSENT, NULL },
        { "namespace not allowed", C_DEFAULT, false, "team-b", "deployer", OK_AUD, 600, 0, ABSENT,
          "service account team-b/deployer is not allowed" },
        { "account allowed", C_SA, false, "team-a", "deployer", OK_AUD, 600, 0, ABSENT, NULL },
        { "account not allowed", C_SA, false, "team-a", "admin", OK_AUD, 600, 0, ABSENT,
          "service account team-a/admin is not allowed" },
        { "empty allow_namespaces", C_NOBODY, false, "team-a", "deployer", OK_AUD, 600, 0, ABSENT,
          "is not allowed" },
        /* legacy tokens */
        { "legacy refused by default", C_DEFAULT, true, "team-a", "deployer", NULL, ABSENT, ABSENT,
          ABSENT, "legacy secret-based token refused (allow_legacy_tokens = no)" },
        { "legacy allowed", C_LEGACY, true, "team-a", "deployer", NULL, ABSENT, ABSENT, ABSENT,
          NULL },
        { "legacy, namespace not allowed", C_LEGACY, true, "team-b", "deployer", NULL, ABSENT,
          ABSENT, ABSENT, "is not allowed" },
        { "legacy with exp but no iat", C_LEGACY, true, "team-a", "deployer", NULL, 600, ABSENT,
          ABSENT, "token has exp but no iat" },
        { "legacy, expired", C_LEGACY, true, "team-a", "deployer", NULL, -61, -600, ABSENT,
          "token expired 61s ago" },
        { "bound still needs exp", C_LEGACY, false, "team-a", "deployer", OK_AUD, ABSENT, -10,
          ABSENT, "token has no exp claim" },
        { "bound still needs aud", C_LEGACY, false, "team-a", "deployer", NULL, 600, 0, ABSENT,
          "token audience is not" },
};

static void add_time(char *buf, size_t n, size_t *o, const char *name, long long off)
{
        if (off != ABSENT)
                *o += (size_t)snprintf(buf + *o, n - *o, ",\"%s\":%lld", name,
                                       (long long)NOW + off);
}

/* The payload a policy row describes. */
static void policy_payload(char *buf, size_t n, const struct policy_row *row)
{
        size_t o;

        if (row->legacy)
                o = (size_t)snprintf(buf, n, "{\"iss\":\"kubernetes/serviceaccount\","
                                     "\"kubernetes.io/serviceaccount/namespace\":\"%s\","
                                     "\"kubernetes.io/serviceaccount/service-account.name\":\"%s\"",
                                     row->ns, row->sa);
        else
                o = (size_t)snprintf(buf, n, "{" ISS ",\"kubernetes.io\":{\"namespace\":\"%s\","
                                     "\"serviceaccount\":{\"name\":\"%s\"}}", row->ns, row->sa);
        if (row->aud)
                o += (size_t)snprintf(buf + o, n - o, ",\"aud\":%s", row->aud);
        add_time(buf, n, &o, "exp", row->exp);
        add_time(buf, n, &o, "iat", row->iat);
        add_time(buf, n, &o, "nbf", row->nbf);
        snprintf(buf + o, n - o, ",\"sub\":\"system:serviceaccount:%s:%s\"}", row->ns, row->sa);
}

static void test_policy_rows(void **state)
{
        struct config **cfgs = *state;
        size_t bad = 0;

        for (size_t i = 0; i < N(policy_rows); i++) {
                const struct policy_row *row = &policy_rows[i];
                struct token_claims c;
                char pl[2048], why[K8S_ERR_MAX] = "";
                int r;

                policy_payload(pl, sizeof(pl), row);
                if (parse(HDR, pl, &c, why, sizeof(why)) != 0) {
                        print_error("row %zu (%s): not parsed: %s\n", i, row->name, why);
                        bad++;
                        token_claims_clear(&c);
                        continue;
                }
                assert_int_equal(c.legacy, row->legacy);
                why[0] = '\0';
                r = token_check_policy(cfgs[row->cfg], &c, NOW, why, sizeof(why));
                if (!row->why)
                        ROW_CHECK(bad, r == 0, "row %zu (%s): refused: %s", i, row->name, why);
                else
                        ROW_CHECK(bad, r == -1 && strstr(why, row->why),
                                  "row %zu (%s): rc %d, reason '%s', expected '%s'", i,
                                  row->name, r, why, row->why);
                token_claims_clear(&c);
        }
        assert_int_equal(bad, 0);
}

/* Claims far from now: arithmetic on exp and iat must not overflow. */
static void check_extreme(struct config *cfg, const char *times, const char *name)
{
        struct token_claims c;
        char pl[2048], why[K8S_ERR_MAX] = "";
        int r;

        snprintf(pl, sizeof(pl), "{" AUD "," ISS "," K8S("team-a", "deployer") ",%s,"
                 SUB("team-a", "deployer") "}", times);
        /* Refused either as malformed (out of range) or by the policy. */
        r = parse(HDR, pl, &c, why, sizeof(why));
        if (r == 0)
                r = token_check_policy(cfg, &c, NOW, why, sizeof(why));
        token_claims_clear(&c);
        if (r != -1)
                fail_msg("%s (%s): accepted", name, times);
}

/* Regression: exp = INT64_MAX made "exp + leeway" overflow (UBSan). Time
 * claims are now bounded at parse time. */
static void test_policy_far_future_exp(void **state)
{
        struct config **cfgs = *state;

        check_extreme(cfgs[C_DEFAULT], "\"exp\":9223372036854775807,\"iat\":1750000000",
                      "exp at INT64_MAX");
        check_extreme(cfgs[C_DEFAULT], "\"exp\":9223372036854775807,\"iat\":9223372036854775807",
                      "exp and iat at INT64_MAX");
}

/* Regression: iat = INT64_MIN made exp - iat overflow, so a token with a
 * lifetime of ~2^63 s passed max_token_lifetime. */
static void test_policy_iat_int64_min(void **state)
{
        struct config **cfgs = *state;
        char times[96];

        snprintf(times, sizeof(times), "\"exp\":%lld,\"iat\":-9223372036854775808",
                 (long long)NOW + 100);
        check_extreme(cfgs[C_DEFAULT], times, "iat at INT64_MIN");
}

/* ---- no global state left in the host -------------------------------------- */

/* Parsing a token leaves jansson's allocator as the host had it: the
 * module may be unloaded (pam_end), so a function of ours installed there
 * would dangle. What jansson sees of a token in the login process is its
 * header and claims, never the signature: the TokenReview answer, which
 * echoes the whole token, is parsed in k8s-login-helper. */
static void test_jansson_allocator_untouched(void **state)
{
        json_malloc_t m = NULL;
        json_free_t f = NULL;
        struct token_claims c;
        char tok[4096], why[K8S_ERR_MAX];
        size_t len = make_token(tok, sizeof(tok), HDR, BOUND);

        (void)state;
        assert_int_equal(token_parse(tok, len, &c, why, sizeof(why)), 0);
        token_claims_clear(&c);
        json_get_alloc_funcs(&m, &f);
        assert_ptr_equal(m, malloc);
        assert_ptr_equal(f, free);
}

/* ---- token_label --------------------------------------------------------- */

/* The label of a JWT (its header and payload decoded) without a jti. */
static void label_of_jwt(const char *tok, size_t len, char *buf, size_t buflen)
{
        struct token_claims c;

        memset(&c, 0, sizeof(c));
        c.header = json_object();
        c.payload = json_object();
        token_label(tok, len, &c, buf, buflen);
        token_claims_clear(&c);
}

static void test_label_sha256(void **state)
{
        char buf[96];

        (void)state;
        /* FIPS 180-2 / well-known SHA-256 vectors. */
        label_of_jwt("", 0, buf, sizeof(buf));
        assert_string_equal(buf, "sha256=e3b0c44298fc");
        label_of_jwt("abc", 3, buf, sizeof(buf));
        assert_string_equal(buf, "sha256=ba7816bf8f01");
        label_of_jwt("The quick brown fox jumps over the lazy dog", 43, buf, sizeof(buf));
        assert_string_equal(buf, "sha256=d7a8fbb307d7");
        /* len, not the NUL, bounds the input. */
        label_of_jwt("abcdef", 3, buf, sizeof(buf));
        assert_string_equal(buf, "sha256=ba7816bf8f01");
}

/* Input that is not a JWT (a password typed at the prompt) is labelled
 * by its length only: no hash, no offset, no byte of it. */
static void test_label_not_a_jwt(void **state)
{
        static const char *const inputs[] = {
                "hunter2", "correct horse battery staple", "abc", "a.b.c",
                "Pass.word.123", "eyJhbGciOiJSUzI1NiJ9.notjson.c2ln", "",
        };
        char buf[96], want[96], why[K8S_ERR_MAX];
        struct token_claims c;

        (void)state;
        token_label("hunter2", 7, NULL, buf, sizeof(buf));
        assert_string_equal(buf, "not a JWT, 7 bytes");
        for (size_t i = 0; i < N(inputs); i++) {
                size_t len = strlen(inputs[i]);

                assert_int_equal(token_parse(inputs[i], len, &c, why, sizeof(why)), -1);
                token_label(inputs[i], len, &c, buf, sizeof(buf));
                snprintf(want, sizeof(want), "not a JWT, %zu bytes", len);
                assert_string_equal(buf, want);
                /* Exactly that (so nothing of it), and the reason does not
                 * say where it went wrong. */
                assert_null(strstr(why, "offset"));
                token_claims_clear(&c);
        }
        /* The twin: a JWT refused for its claims is still a JWT, with a hash. */
        {
                char tok[4096];
                size_t len = make_token(tok, sizeof(tok), HDR, "{\"iss\":\"x\",\"sub\":\"nobody\"}");

                assert_int_equal(token_parse(tok, len, &c, why, sizeof(why)), -1);
                token_label(tok, len, &c, buf, sizeof(buf));
                assert_int_equal(strncmp(buf, "sha256=", 7), 0);
                assert_int_equal(strlen(buf), 7 + 12);
                token_claims_clear(&c);
        }
}

/* Whether label holds any 8-byte run of the token. */
static bool leaks(const char *label, const char *tok, size_t len)
{
        for (size_t i = 0; i + 8 <= len; i++)
                if (memmem(label, strlen(label), tok + i, 8))
                        return true;
        return false;
}

static void test_label_jti_or_hash(void **state)
{
        struct token_claims c;
        char tok[4096], pl[4096], buf[96], plain[96], why[K8S_ERR_MAX];
        size_t len;

        (void)state;
        /* A plain jti names the token. */
        len = make_token(tok, sizeof(tok), HDR, BOUND);
        assert_int_equal(token_parse(tok, len, &c, why, sizeof(why)), 0);
        token_label(tok, len, &c, buf, sizeof(buf));
        assert_string_equal(buf, "jti=" JTI);
        assert_false(leaks(buf, tok, len));
        token_claims_clear(&c);

        /* Without one (legacy), the hash. */
        len = make_token(tok, sizeof(tok), HDR, LEGACY);
        assert_int_equal(token_parse(tok, len, &c, why, sizeof(why)), 0);
        token_label(tok, len, &c, buf, sizeof(buf));
        label_of_jwt(tok, len, plain, sizeof(plain));
        assert_string_equal(buf, plain);
        assert_int_equal(strlen(buf), 7 + 12);
        assert_int_equal(strncmp(buf, "sha256=", 7), 0);
        assert_int_equal(strspn(buf + 7, "0123456789abcdef"), 12);
        assert_false(leaks(buf, tok, len));
        token_claims_clear(&c);

        /* A jti that is not plain is not logged: the hash again. */
        snprintf(pl, sizeof(pl), "{\"jti\":\"a b\"," AUD "," TIMES "," ISS ","
                 K8S("team-a", "deployer") "," SUB("team-a", "deployer") "}");
        len = make_token(tok, sizeof(tok), HDR, pl);
        assert_int_equal(token_parse(tok, len, &c, why, sizeof(why)), 0);
        token_label(tok, len, &c, buf, sizeof(buf));
        label_of_jwt(tok, len, plain, sizeof(plain));
        assert_string_equal(buf, plain);
        assert_false(leaks(buf, tok, len));
        token_claims_clear(&c);

        /* Two tokens, two labels. */
        len = make_token(tok, sizeof(tok), "{\"alg\":\"RS512\"}", LEGACY);
        label_of_jwt(tok, len, buf, sizeof(buf));
        assert_string_not_equal(buf, plain);
}

static void test_label_small_buffer(void **state)
{
        char buf[16];

        (void)state;
        memset(buf, 'Z', sizeof(buf));
        label_of_jwt("abc", 3, buf, 8);
        assert_string_equal(buf, "sha256=");
        for (size_t i = 8; i < sizeof(buf); i++)
                assert_int_equal(buf[i], 'Z');
        token_label("hunter2", 7, NULL, buf, 8);
        assert_string_equal(buf, "not a J");
        for (size_t i = 8; i < sizeof(buf); i++)
                assert_int_equal(buf[i], 'Z');
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_b64url_decode),
                cmocka_unit_test(test_parse_rows),
                cmocka_unit_test(test_parse_claims),
                cmocka_unit_test(test_parse_jti_and_pod),
                cmocka_unit_test(test_parse_nul_in_payload),
                cmocka_unit_test(test_parse_size_limit),
                cmocka_unit_test_setup_teardown(test_policy_rows, configs_setup, configs_teardown),
                cmocka_unit_test_setup_teardown(test_policy_far_future_exp, configs_setup,
                                                configs_teardown),
                cmocka_unit_test_setup_teardown(test_policy_iat_int64_min, configs_setup,
                                                configs_teardown),
                cmocka_unit_test(test_jansson_allocator_untouched),
                cmocka_unit_test(test_label_sha256),
                cmocka_unit_test(test_label_not_a_jwt),
                cmocka_unit_test(test_label_jti_or_hash),
                cmocka_unit_test(test_label_small_buffer),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
