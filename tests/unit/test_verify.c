/* Unit tests for lib/auth/verify.c: the ORDER of the login decision.
 *
 * Everything verify.c asks of the world is replaced at link time
 * (-Wl,--wrap=..., Makefile.am): the token cache, the offline check, the
 * helper's TokenReview, the UID registry, the ledger and getpwnam_r. Each
 * replacement writes its name into a call log and answers what the test
 * scripted, so a test states the exact status, the reason, and the exact
 * sequence of collaborators a decision consulted. token_parse,
 * token_check_policy, the names and the config stay real: tokens are built
 * here from JSON text (unsigned; the signature is never checked because
 * jwt_verify_token is replaced), configs are parsed with config_parse. */
#include "config.h"

#include <errno.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "b64_fixture.h"

#include "unit.h"

#include "k8s/cache.h"
#include "k8s/config.h"
#include "k8s/helper.h"
#include "k8s/jwt_verify.h"
#include "k8s/ledger_host.h"
#include "k8s/registry.h"
#include "k8s/result.h"
#include "k8s/token.h"
#include "k8s/verify.h"

/* ---- the call log and the script ----------------------------------------- */

static char call_log[2048];

static void logcall(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void logcall(const char *fmt, ...)
{
        size_t o = strlen(call_log);
        va_list ap;

        if (o)
                o += (size_t)snprintf(call_log + o, sizeof(call_log) - o, " ");
        assert_true(o < sizeof(call_log) - 64);
        va_start(ap, fmt);
        vsnprintf(call_log + o, sizeof(call_log) - o, fmt, ap);
        va_end(ap);
}

/* What each collaborator answers, and what it was given. */
static struct {
        /* the token every collaborator must be handed, exactly */
        const char *token;
        size_t len;
        struct names_identity claim; /* the identity verify_token claims */

        enum cache_answer cache;
        enum k8s_status cache_status;
        const char *cache_reason;
        const char *cache_sa_uid;

        enum k8s_status jwt;
        const char *jwt_reason;

        bool review_allowed;
        const char *budget_reason;

        enum k8s_status review;
        const char *review_reason;
        struct names_identity review_id;
        const char *review_pod;

        enum registry_status reg;
        const char *reg_why;
        uint32_t reg_uid;

        enum k8s_status ledger;
        const char *ledger_why;
        bool held;
        int number_got;
        uint32_t number;
        enum k8s_status number_st;

        int pw_err;     /* getpwnam_r: 0 with an entry, ENOENT without */
        uint32_t pw_uid;

        /* recorded */
        struct token_verdict stored;
        long long stored_exp;
        const struct config *cache_cfg, *review_cfg;
        char reg_sa_uid[128];
        bool reg_sa_uid_null;
        uint32_t reg_want;
        char ledger_sa_uid[128];
} S;

#define SA_UID_TOKEN "0b6e2f0a-7f7e-4e86-a3ad-5c1c3e3b9a11"
#define SA_UID_REVIEW "7c0d6a3e-1111-4e86-a3ad-5c1c3e3b9a11"
#define UID_A 1879048200u

static void check_token(const char *token, size_t len)
{
        assert_ptr_equal(token, S.token);
        assert_int_equal(len, S.len);
}

/* Prototypes for the replacements (-Wmissing-prototypes). */
enum cache_answer __wrap_cache_lookup(const struct config *cfg, const char *token, size_t len,
                                      time_t now, struct token_verdict *r);
void __wrap_cache_store(const struct config *cfg, const char *token, size_t len, time_t now,
                        long long exp, const struct token_verdict *r);
bool __wrap_cache_review_allowed(const struct config *cfg, time_t now, char *why,
                                 size_t whylen);
void __wrap_jwt_verify_token(const struct config *cfg, const char *token, size_t len,
                             const struct token_claims *c, struct token_verdict *r);
void __wrap_helper_tokenreview(const struct config *cfg, const char *token, size_t len,
                               struct token_verdict *r);
enum registry_status __wrap_registry_bind(const struct config *cfg,
                                          const struct names_identity *id,
                                          const char *sa_uid, uint32_t want, bool commit,
                                          uint32_t *uid, char *why, size_t whylen);
enum k8s_status __wrap_ledger_host_bind(const struct config *cfg,
                                        const struct names_identity *id, const char *sa_uid,
                                        char *why, size_t whylen);
bool __wrap_ledger_host_held(const struct config *cfg, const struct names_identity *id);
int __wrap_ledger_host_number(const struct config *cfg, const struct names_identity *id,
                              const char *sa_uid, uint32_t *uid, enum k8s_status *st,
                              char *why, size_t whylen);
int __wrap_getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
                      struct passwd **res);

enum cache_answer __wrap_cache_lookup(const struct config *cfg, const char *token, size_t len,
                                      time_t now, struct token_verdict *r)
{
        logcall("cache_lookup");
        check_token(token, len);
        S.cache_cfg = cfg;
        /* The key the cache compares a remembered identity against. */
        assert_true(r->have_id);
        assert_string_equal(r->id.ns, S.claim.ns);
        assert_string_equal(r->id.sa, S.claim.sa);
        if (S.cache != CACHE_MISS) {
                k8s_result_set(&r->res, S.cache_status, "%s", S.cache_reason);
                if (S.cache_sa_uid)
                        snprintf(r->sa_uid, sizeof(r->sa_uid), "%s", S.cache_sa_uid);
        }
        return S.cache;
}

void __wrap_cache_store(const struct config *cfg, const char *token, size_t len, time_t now,
                        long long exp, const struct token_verdict *r)
{
        logcall("cache_store(%s)", k8s_status_name(r->res.status));
        check_token(token, len);
        assert_ptr_equal(cfg, S.cache_cfg);
        S.stored = *r;
        S.stored_exp = exp;
}

bool __wrap_cache_review_allowed(const struct config *cfg, time_t now, char *why,
                                 size_t whylen)
{
        logcall("cache_review_allowed");
        if (!S.review_allowed)
                snprintf(why, whylen, "%s", S.budget_reason);
        return S.review_allowed;
}

void __wrap_jwt_verify_token(const struct config *cfg, const char *token, size_t len,
                             const struct token_claims *c, struct token_verdict *r)
{
        logcall("jwt_verify_token");
        check_token(token, len);
        /* Handed the claims token_parse read from this very token. */
        assert_string_equal(c->id.ns, S.claim.ns);
        assert_string_equal(c->id.sa, S.claim.sa);
        k8s_result_set(&r->res, S.jwt, "%s", S.jwt_reason);
        if (S.jwt == K8S_OK)
                snprintf(r->sa_uid, sizeof(r->sa_uid), "%s", SA_UID_TOKEN);
}

void __wrap_helper_tokenreview(const struct config *cfg, const char *token, size_t len,
                               struct token_verdict *r)
{
        logcall("helper_tokenreview");
        check_token(token, len);
        S.review_cfg = cfg;
        memset(r, 0, sizeof(*r));
        k8s_result_set(&r->res, S.review, "%s", S.review_reason);
        if (S.review != K8S_OK)
                return;
        r->have_id = true;
        r->id = S.review_id;
        snprintf(r->sa_uid, sizeof(r->sa_uid), "%s", SA_UID_REVIEW);
        snprintf(r->pod, sizeof(r->pod), "%s", S.review_pod ? S.review_pod : "");
}

enum registry_status __wrap_registry_bind(const struct config *cfg,
                                          const struct names_identity *id,
                                          const char *sa_uid, uint32_t want, bool commit,
                                          uint32_t *uid, char *why, size_t whylen)
{
        logcall("registry_bind(%s)", commit ? "commit" : "dry");
        assert_string_equal(id->ns, S.claim.ns);
        assert_string_equal(id->sa, S.claim.sa);
        S.reg_sa_uid_null = !sa_uid;
        snprintf(S.reg_sa_uid, sizeof(S.reg_sa_uid), "%s", sa_uid ? sa_uid : "");
        S.reg_want = want;
        snprintf(why, whylen, "%s", S.reg_why ? S.reg_why : "");
        if (S.reg == REGISTRY_OK)
                *uid = S.reg_uid;
        return S.reg;
}

enum k8s_status __wrap_ledger_host_bind(const struct config *cfg,
                                        const struct names_identity *id, const char *sa_uid,
                                        char *why, size_t whylen)
{
        logcall("ledger_host_bind");
        assert_string_equal(id->ns, S.claim.ns);
        assert_string_equal(id->sa, S.claim.sa);
        snprintf(S.ledger_sa_uid, sizeof(S.ledger_sa_uid), "%s", sa_uid ? sa_uid : "");
        if (S.ledger != K8S_OK)
                snprintf(why, whylen, "%s", S.ledger_why);
        return S.ledger;
}

bool __wrap_ledger_host_held(const struct config *cfg, const struct names_identity *id)
{
        logcall("ledger_host_held");
        return S.held;
}

int __wrap_ledger_host_number(const struct config *cfg, const struct names_identity *id,
                              const char *sa_uid, uint32_t *uid, enum k8s_status *st,
                              char *why, size_t whylen)
{
        logcall("ledger_host_number");
        if (S.number_got < 0) {
                *st = S.number_st;
                snprintf(why, whylen, "%s", S.ledger_why);
        } else if (S.number_got == 1) {
                *uid = S.number;
        }
        return S.number_got;
}

int __wrap_getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
                      struct passwd **res)
{
        logcall("getpwnam_r");
        *res = NULL;
        if (S.pw_err)
                return S.pw_err == ENOENT ? 0 : S.pw_err;
        assert_true(size > strlen(name) + 1);
        memset(pw, 0, sizeof(*pw));
        strcpy(buf, name);
        pw->pw_name = buf;
        pw->pw_uid = S.pw_uid;
        pw->pw_gid = S.pw_uid;
        *res = pw;
        return 0;
}

/* The default script: a miss, every check passes with the token's own
 * identity. */
static int reset(void **state)
{
        (void)state;
        memset(&S, 0, sizeof(S));
        call_log[0] = '\0';
        S.cache = CACHE_MISS;
        S.jwt = K8S_OK;
        S.jwt_reason = "signature verified with key k1";
        S.review_allowed = true;
        S.review = K8S_OK;
        S.review_reason = "authenticated by the API server";
        S.review_pod = "web-7";
        S.reg = REGISTRY_OK;
        S.reg_uid = UID_A;
        S.ledger = K8S_OK;
        S.pw_err = ENOENT;
        snprintf(S.claim.ns, sizeof(S.claim.ns), "team-a");
        snprintf(S.claim.sa, sizeof(S.claim.sa), "deployer");
        S.review_id = S.claim;
        return 0;
}

/* ---- tokens ------------------------------------------------------------ */

#define HDR "{\"alg\":\"RS256\",\"kid\":\"k1\"}"
#define ISS "https://kubernetes.default.svc.cluster.local"

struct tok_spec {
        const char *ns, *sa;
        const char *iss;      /* NULL: ISS */
        const char *aud;      /* NULL: k8s-login */
        long long iat, exp;   /* relative to now; 0 and 0: -10 and +600 */
        size_t pad;           /* bytes of an extra claim, to make it long */
};

#define TOK_MAX 4096
static char tok_buf[TOK_MAX];
static long long tok_exp; /* the exp claim of the last token made */

/* "b64(HDR).b64(payload).c2ln" into tok_buf; sets S.token, S.len and
 * S.claim to it. */
static size_t make_token(const struct tok_spec *t)
{
        char pl[2048], pad[1200];
        long long now = (long long)time(NULL);
        long long iat = t->iat || t->exp ? now + t->iat : now - 10;
        long long exp = t->iat || t->exp ? now + t->exp : now + 600;
        size_t o;

        assert_true(t->pad < sizeof(pad));
        memset(pad, 'x', t->pad);
        pad[t->pad] = '\0';
        snprintf(pl, sizeof(pl),
                 "{\"aud\":[\"%s\"],\"exp\":%lld,\"iat\":%lld,\"nbf\":%lld,\"iss\":\"%s\","
                 "\"jti\":\"3f2c1b7e-0d5a-4c1e-9a7b-2d8e6f4a1c90\",\"pad\":\"%s\","
                 "\"kubernetes.io\":{\"namespace\":\"%s\",\"pod\":{\"name\":\"web-0\","
                 "\"uid\":\"8d1e0c52-4e0b-4f0e-9c39-6c4f3b1a2d10\"},\"serviceaccount\":"
                 "{\"name\":\"%s\",\"uid\":\"" SA_UID_TOKEN "\"}},"
                 "\"sub\":\"system:serviceaccount:%s:%s\"}",
                 t->aud ? t->aud : "k8s-login", exp, iat, iat, t->iss ? t->iss : ISS, pad,
                 t->ns, t->sa, t->ns, t->sa);
        assert_true(strlen(HDR) * 2 + strlen(pl) * 2 + 8 < sizeof(tok_buf));
        o = b64url(HDR, strlen(HDR), tok_buf);
        tok_buf[o++] = '.';
        o += b64url(pl, strlen(pl), tok_buf + o);
        strcpy(tok_buf + o, ".c2ln");
        o += 5;
        tok_exp = exp;
        S.token = tok_buf;
        S.len = o;
        snprintf(S.claim.ns, sizeof(S.claim.ns), "%s", t->ns);
        snprintf(S.claim.sa, sizeof(S.claim.sa), "%s", t->sa);
        return o;
}

static size_t good_token(void)
{
        return make_token(&(struct tok_spec){ .ns = "team-a", .sa = "deployer" });
}

/* ---- configs ------------------------------------------------------------ */

#define BASE "api_server = https://k8s.example\n" \
             "reviewer_token_file = /etc/k8s-login/reviewer.token\n" \
             "audiences = k8s-login\nallow_namespaces = team-a\n"
/* jwks_file is never opened: jwt_verify_token is replaced. */
#define OFFLINE "issuer = " ISS "\njwks_file = /etc/k8s-login/jwks.json\n"

static struct config *make_config(const char *lines)
{
        struct config *cfg = NULL;
        char text[2048], err[K8S_ERR_MAX] = "";

        snprintf(text, sizeof(text), BASE "%s", lines);
        if (config_parse("/etc/k8s-login.conf", text, &cfg, err, sizeof(err)) != 0)
                fail_msg("config refused: %s", err);
        return cfg;
}

enum { V_REVIEW, V_JWKS, V_BOTH, V_COUNT };
static const char *const validation_lines[V_COUNT] = {
        [V_REVIEW] = "validation = tokenreview\n",
        [V_JWKS] = "validation = jwks\n" OFFLINE,
        [V_BOTH] = "validation = jwks+tokenreview\n" OFFLINE,
};
/* What each validation consults before its verdict is remembered. */
#define LOG_REVIEW "cache_lookup cache_review_allowed helper_tokenreview"
#define LOG_JWKS "cache_lookup jwt_verify_token"
#define LOG_BOTH "cache_lookup jwt_verify_token cache_review_allowed helper_tokenreview"
#define ALLOW_REVIEW LOG_REVIEW " cache_store(ok)"
#define ALLOW_JWKS LOG_JWKS " cache_store(ok)"
/* The call log of a validation that says yes, and that says no. */
static const char *const allow_log[V_COUNT] = {
        [V_REVIEW] = ALLOW_REVIEW,
        [V_JWKS] = ALLOW_JWKS,
        [V_BOTH] = LOG_BOTH " cache_store(ok)",
};
static const char *const refuse_log[V_COUNT] = {
        [V_REVIEW] = LOG_REVIEW " cache_store(refused)",
        [V_JWKS] = LOG_JWKS " cache_store(refused)",
        [V_BOTH] = LOG_BOTH " cache_store(refused)",
};

#define REVIEW_NO "the API server did not authenticate the token"
#define JWT_NO "signature does not verify with key k1"
#define BUDGET_NO "max_reviews_per_second (50) spent this second"

/* The default script with the good token. */
static void fresh(void)
{
        reset(NULL);
        good_token();
}

static void review_refuses(void)
{
        S.review = K8S_REFUSED;
        S.review_reason = REVIEW_NO;
}

static void jwt_refuses(void)
{
        S.jwt = K8S_REFUSED;
        S.jwt_reason = JWT_NO;
}

static void budget_spent(void)
{
        S.review_allowed = false;
        S.budget_reason = BUDGET_NO;
}

/* getpwnam_r finds the account, with UID_A. */
static void account_exists(void)
{
        S.pw_err = 0;
        S.pw_uid = UID_A;
}

/* A token of team-a/deployer issued by iss. */
static void issuer_token(const char *iss)
{
        make_token(&(struct tok_spec){ .ns = "team-a", .sa = "deployer", .iss = iss });
}

#define assert_reason_has(r, text)                                                   \
        do {                                                                         \
                if (!strstr((r)->reason, (text)))                                    \
                        fail_msg("reason '%s' lacks '%s'", (r)->reason, (text));     \
        } while (0)

/* The decision of the last run. */
static struct verify_result R;

/* R has status, the exact reason (NULL: not checked) and the exact call
 * log (NULL: not checked). */
static void check_decision(enum verify_status status, const char *reason, const char *log)
{
        assert_int_equal(R.status, status);
        if (reason)
                assert_string_equal(R.reason, reason);
        if (log)
                assert_string_equal(call_log, log);
}

/* verify_token of the scripted token for account (NULL: none), into R. */
static void expect_decision(const struct config *cfg, const struct verify_result *account,
                            enum verify_status status, const char *reason, const char *log)
{
        call_log[0] = '\0';
        verify_token(cfg, account, S.token, S.len, &R);
        check_decision(status, reason, log);
}

/* verify_login of the scripted token, into R; returns the config it chose. */
static const struct config *expect_login(const struct config *file, enum verify_mode mode,
                                         enum verify_status status, const char *reason,
                                         const char *log)
{
        const struct config *got;

        call_log[0] = '\0';
        memset(&R, 0, sizeof(R));
        got = verify_login(file, NULL, S.token, S.len, mode, &R);
        check_decision(status, reason, log);
        return got;
}

/* ---- checks that never reach the cache or the network ------------------- */

struct pre_row {
        const char *name;
        struct tok_spec t;
        const char *raw;      /* not a JWT at all, instead of t */
        const char *reason;
};

static void test_prechecks_refuse_offline(void **state)
{
        static const struct pre_row rows[] = {
                { "malformed", { 0 }, "not-a-jwt",
                  "malformed token: not three dot-separated parts" },
                { "empty part", { 0 }, "eyJhbGciOiJSUzI1NiJ9..c2ln",
                  "malformed token: an empty part (unsigned tokens are refused)" },
                { "expired", { "team-a", "deployer", NULL, NULL, -700, -100, 0 }, NULL,
                  "token expired " },
                { "not yet valid", { "team-a", "deployer", NULL, NULL, 300, 900, 0 }, NULL,
                  "token not valid before " },
                { "wrong audience", { "team-a", "deployer", NULL, "vault", 0, 0, 0 }, NULL,
                  "token audience is not one of the configured audiences" },
                { "namespace not allowed", { "team-b", "deployer", NULL, NULL, 0, 0, 0 }, NULL,
                  "service account team-b/deployer is not allowed by "
                  "allow_namespaces/allow_service_accounts" },
                { "too long a lifetime", { "team-a", "deployer", NULL, NULL, -10, 7200, 0 }, NULL,
                  "exceeds max_token_lifetime 3600" },
        };
        (void)state;

        for (int v = 0; v < V_COUNT; v++) {
                struct config *cfg = make_config(validation_lines[v]);

                for (size_t i = 0; i < N(rows); i++) {
                        reset(NULL);
                        if (rows[i].raw) {
                                S.token = rows[i].raw;
                                S.len = strlen(rows[i].raw);
                        } else {
                                make_token(&rows[i].t);
                        }
                        call_log[0] = '\0';
                        verify_token(cfg, NULL, S.token, S.len, &R);
                        if (R.status != VERIFY_DENY || !strstr(R.reason, rows[i].reason) ||
                            call_log[0])
                                fail_msg("validation %d, %s: %s '%s', calls '%s'", v,
                                         rows[i].name, verify_status_name(R.status), R.reason,
                                         call_log);
                }
                /* The twin: the same config lets a good token through to
                 * the cache and the validation. */
                fresh();
                expect_decision(cfg, NULL, VERIFY_ALLOW, NULL, allow_log[v]);
                assert_string_equal(R.local, "team-a_deployer");
                config_free(cfg);
        }
}

/* A token cut off at a client's limit says so; one cut elsewhere does not. */
static void test_cut_off_lengths(void **state)
{
        static const size_t limits[] = { 511, 512, 1023, 1024 };
        static const size_t others[] = { 510, 513, 1022, 1025 };
        struct config *cfg = make_config(validation_lines[V_REVIEW]);
        char want[64];
        size_t full;
        (void)state;

        reset(NULL);
        /* Long enough that every cut lands in the payload. */
        full = make_token(&(struct tok_spec){ .ns = "team-a", .sa = "deployer", .pad = 700 });
        assert_true(full > 1100);
        assert_true(strchr(tok_buf, '.') - tok_buf < 500);
        assert_true(strrchr(tok_buf, '.') - tok_buf > 1030);
        for (size_t i = 0; i < N(limits); i++) {
                S.len = limits[i];
                expect_decision(cfg, NULL, VERIFY_DENY, NULL, "");
                snprintf(want, sizeof(want), "; its length %zu is a known client limit", limits[i]);
                assert_reason_has(&R, "malformed token: not three dot-separated parts");
                assert_reason_has(&R, want);
                assert_reason_has(&R, "the token was probably cut off");

                S.len = others[i];
                expect_decision(cfg, NULL, VERIFY_DENY,
                                "malformed token: not three dot-separated parts", "");
        }
        /* The whole token is good. */
        S.len = full;
        expect_decision(cfg, NULL, VERIFY_ALLOW, NULL, allow_log[V_REVIEW]);
        config_free(cfg);
}

/* Cut in its signature, a token still parses and goes to the API server,
 * whose refusal then carries the same hint; a refusal at any other length
 * does not. */
static void test_cut_in_signature(void **state)
{
        struct config *cfg = make_config(validation_lines[V_REVIEW]);
        size_t full, at;
        int ran_limit = 0, ran_other = 0;
        (void)state;

        reset(NULL);
        full = make_token(&(struct tok_spec){ .ns = "team-a", .sa = "deployer" });
        assert_true(strrchr(tok_buf, '.') - tok_buf < 1000);
        /* A long signature (base64url) that a client cut at 1024. */
        for (at = full; at < 1100; at++)
                tok_buf[at] = 'A';
        tok_buf[at] = '\0';
        S.review = K8S_REFUSED;
        S.review_reason = "API server did not authenticate the token";
        for (size_t len = 1019; len <= 1029; len++) {
                bool limit = len == 1023 || len == 1024;

                S.len = len;
                /* One byte of a base64url quantum is never a whole one. */
                if ((len - (size_t)(strrchr(tok_buf, '.') - tok_buf) - 1) % 4 == 1)
                        continue;
                expect_decision(cfg, NULL, VERIFY_DENY,
                                limit ? NULL : "API server did not authenticate the token",
                                refuse_log[V_REVIEW]);
                if (limit) {
                        assert_reason_has(&R, "API server did not authenticate the token; its "
                                          "length");
                        assert_reason_has(&R, "is a known client limit");
                        ran_limit++;
                } else {
                        ran_other++;
                }
        }
        assert_true(ran_limit >= 1);
        assert_true(ran_other >= 6);
        config_free(cfg);
}

/* The account verify_user accepted for user (by hand: no NSS here). */
static void account_for(struct verify_result *a, const char *ns, const char *sa)
{
        memset(a, 0, sizeof(*a));
        a->status = VERIFY_ALLOW;
        a->have_id = true;
        snprintf(a->id.ns, sizeof(a->id.ns), "%s", ns);
        snprintf(a->id.sa, sizeof(a->id.sa), "%s", sa);
        snprintf(a->local, sizeof(a->local), "%s_%s", ns, sa);
        snprintf(a->reason, sizeof(a->reason), "account maps to %s/%s", ns, sa);
}

static void test_token_for_another_user(void **state)
{
        struct config *cfg = make_config(validation_lines[V_BOTH]);
        struct verify_result account;
        (void)state;

        reset(NULL);
        account_for(&account, "team-a", "deployer");
        make_token(&(struct tok_spec){ .ns = "team-a", .sa = "builder" });
        expect_decision(cfg, &account, VERIFY_DENY,
                        "token is for team-a/builder, not for user team-a_deployer", "");
        assert_string_equal(R.local, "team-a_deployer");

        /* The twin: the account's own token is validated. */
        fresh();
        expect_decision(cfg, &account, VERIFY_ALLOW, NULL, allow_log[V_BOTH]);
        assert_string_equal(R.local, "team-a_deployer");

        /* An account verify_user did not accept is the answer as it is. */
        fresh();
        account.status = VERIFY_NOT_OURS;
        snprintf(account.reason, sizeof(account.reason), "user x is not ours");
        expect_decision(cfg, &account, VERIFY_NOT_OURS, "user x is not ours", "");
        config_free(cfg);
}

/* ---- the cache before the network -------------------------------------- */

/* A hit is the answer, under every validation: nothing else is asked. */
static void test_cache_hit(void **state)
{
        static const struct {
                enum cache_answer cache;
                enum k8s_status st;
                const char *reason, *sa_uid;
                enum verify_status want;
        } rows[] = {
                { CACHE_HIT_ALLOW, K8S_OK, "verified earlier (token cache, 42s left)",
                  "cached-sa-uid", VERIFY_ALLOW },
                { CACHE_HIT_DENY, K8S_REFUSED,
                  "the same token was refused 3s ago (remembered for 10s)", NULL, VERIFY_DENY },
        };
        (void)state;

        for (int v = 0; v < V_COUNT; v++) {
                struct config *cfg = make_config(validation_lines[v]);

                for (size_t i = 0; i < N(rows); i++) {
                        fresh();
                        S.cache = rows[i].cache;
                        S.cache_status = rows[i].st;
                        S.cache_reason = rows[i].reason;
                        S.cache_sa_uid = rows[i].sa_uid;
                        expect_decision(cfg, NULL, rows[i].want, rows[i].reason, "cache_lookup");
                        if (rows[i].sa_uid)
                                assert_string_equal(R.sa_uid, rows[i].sa_uid);
                        assert_ptr_equal(S.cache_cfg, cfg);
                }
                /* The twin: a miss validates and remembers. */
                fresh();
                expect_decision(cfg, NULL, VERIFY_ALLOW, NULL, allow_log[v]);
                config_free(cfg);
        }
}

/* A miss: the cache first, then the budget, the API server, and the
 * answer remembered, in that order; what is remembered is the API
 * server's identity with the token's exp. */
static void test_cache_miss_order(void **state)
{
        struct config *cfg = make_config(validation_lines[V_REVIEW]);
        (void)state;

        fresh();
        expect_decision(cfg, NULL, VERIFY_ALLOW, "authenticated by the API server",
                        allow_log[V_REVIEW]);
        assert_ptr_equal(S.review_cfg, cfg);
        assert_int_equal(S.stored.res.status, K8S_OK);
        assert_true(S.stored.have_id);
        assert_string_equal(S.stored.id.ns, "team-a");
        assert_string_equal(S.stored.id.sa, "deployer");
        assert_string_equal(S.stored.sa_uid, SA_UID_REVIEW);
        assert_string_equal(S.stored.pod, "web-7");
        assert_int_equal(S.stored_exp, tok_exp);
        /* The pod and the account's UID are the API server's. */
        assert_string_equal(R.pod, "web-7");
        assert_string_equal(R.sa_uid, SA_UID_REVIEW);

        /* The API server's no is remembered as a no. */
        fresh();
        review_refuses();
        expect_decision(cfg, NULL, VERIFY_DENY, REVIEW_NO, refuse_log[V_REVIEW]);
        assert_string_equal(S.stored.res.reason, REVIEW_NO);
        config_free(cfg);
}

/* ---- offline first ------------------------------------------------------ */

static void test_offline_first(void **state)
{
        struct config *both = make_config(validation_lines[V_BOTH]);
        struct config *jwks = make_config(validation_lines[V_JWKS]);
        (void)state;

        /* A forged token never reaches the API server; with jwks alone
         * the offline verdict is the answer. */
        for (int i = 0; i < 2; i++) {
                fresh();
                jwt_refuses();
                expect_decision(i ? jwks : both, NULL, VERIFY_DENY, JWT_NO, refuse_log[V_JWKS]);
                assert_int_equal(S.stored.res.status, K8S_REFUSED);
                assert_string_equal(S.stored.res.reason, JWT_NO);
        }

        /* The twins: a good signature, then the API server; jwks alone
         * says yes itself, with the token's account UID. */
        fresh();
        expect_decision(both, NULL, VERIFY_ALLOW, NULL, allow_log[V_BOTH]);
        assert_string_equal(R.sa_uid, SA_UID_REVIEW);
        fresh();
        expect_decision(jwks, NULL, VERIFY_ALLOW, "signature verified with key k1",
                        allow_log[V_JWKS]);
        assert_string_equal(R.sa_uid, SA_UID_TOKEN);
        assert_int_equal(S.stored_exp, tok_exp);
        config_free(both);
        config_free(jwks);
}

/* ---- unavailability is never remembered -------------------------------- */

/* An answer of "could not tell" never reaches the cache: the decision
 * itself holds it back, not only cache_store's own check (which this mock
 * does not have). */
static void test_unavail_never_cached(void **state)
{
        static const struct {
                int v;
                enum k8s_status jwt, review;
                const char *reason, *log;
        } rows[] = {
                { V_REVIEW, K8S_OK, K8S_UNAVAIL, "k8s-login-helper did not answer within 5s",
                  LOG_REVIEW },
                { V_BOTH, K8S_OK, K8S_UNAVAIL, "k8s-login-helper did not answer within 5s",
                  LOG_BOTH },
                /* The key set out of reach: no verdict, nothing kept. */
                { V_JWKS, K8S_UNAVAIL, K8S_OK, "key set unavailable", LOG_JWKS },
                { V_BOTH, K8S_UNAVAIL, K8S_OK, "key set unavailable", LOG_JWKS },
        };
        int bad = 0;
        (void)state;

        for (size_t i = 0; i < N(rows); i++) {
                struct config *cfg = make_config(validation_lines[rows[i].v]);

                fresh();
                S.jwt = rows[i].jwt;
                if (rows[i].jwt != K8S_OK)
                        S.jwt_reason = rows[i].reason;
                S.review = rows[i].review;
                if (rows[i].review != K8S_OK)
                        S.review_reason = rows[i].reason;
                call_log[0] = '\0';
                verify_token(cfg, NULL, S.token, S.len, &R);
                ROW_CHECK(bad, R.status == VERIFY_UNAVAIL && !strcmp(R.reason, rows[i].reason) &&
                          !strcmp(call_log, rows[i].log),
                          "row %zu: %s '%s', calls '%s', expected unavailable '%s', calls '%s'",
                          i, verify_status_name(R.status), R.reason, call_log, rows[i].reason,
                          rows[i].log);
                config_free(cfg);
        }
        assert_int_equal(bad, 0);
}

/* The review budget spent: could not tell, no API server, nothing kept. */
static void test_review_budget_spent(void **state)
{
        static const int vs[] = { V_REVIEW, V_BOTH };
        (void)state;

        for (size_t i = 0; i < N(vs); i++) {
                struct config *cfg = make_config(validation_lines[vs[i]]);

                fresh();
                budget_spent();
                expect_decision(cfg, NULL, VERIFY_UNAVAIL, BUDGET_NO,
                                vs[i] == V_REVIEW ? "cache_lookup cache_review_allowed"
                                                  : "cache_lookup jwt_verify_token "
                                                    "cache_review_allowed");
                /* The twin: budget left, the API server is asked. */
                fresh();
                expect_decision(cfg, NULL, VERIFY_ALLOW, NULL, allow_log[vs[i]]);
                config_free(cfg);
        }
}

/* ---- the API server's identity is the token's --------------------------- */

static void test_review_identity_must_match(void **state)
{
        static const struct { const char *ns, *sa, *reason; } rows[] = {
                { "team-b", "deployer",
                  "API server identifies the token as team-b/deployer, not team-a/deployer" },
                { "team-a", "builder",
                  "API server identifies the token as team-a/builder, not team-a/deployer" },
        };
        static const int vs[] = { V_REVIEW, V_BOTH };
        (void)state;

        for (size_t v = 0; v < N(vs); v++) {
                struct config *cfg = make_config(validation_lines[vs[v]]);

                for (size_t i = 0; i < N(rows); i++) {
                        fresh();
                        snprintf(S.review_id.ns, sizeof(S.review_id.ns), "%s", rows[i].ns);
                        snprintf(S.review_id.sa, sizeof(S.review_id.sa), "%s", rows[i].sa);
                        expect_decision(cfg, NULL, VERIFY_DENY, rows[i].reason,
                                        refuse_log[vs[v]]);
                        assert_int_equal(S.stored.res.status, K8S_REFUSED);
                }
                /* The twin: the same identity is a yes. */
                fresh();
                expect_decision(cfg, NULL, VERIFY_ALLOW, NULL, allow_log[vs[v]]);
                config_free(cfg);
        }
}

/* ---- verify_login: the UID after the decision --------------------------- */

#define BIND " registry_bind(commit)"

static void test_login_binds_after_allow(void **state)
{
        struct config *cfg = make_config(validation_lines[V_REVIEW]);
        (void)state;

        fresh();
        assert_ptr_equal(expect_login(cfg, VERIFY_LOGIN, VERIFY_ALLOW,
                                      "authenticated by the API server",
                                      ALLOW_REVIEW BIND), cfg);
        assert_true(R.have_uid);
        assert_int_equal(R.uid, UID_A);
        /* The recreated-account check gets the API server's account UID. */
        assert_false(S.reg_sa_uid_null);
        assert_string_equal(S.reg_sa_uid, SA_UID_REVIEW);
        assert_int_equal(S.reg_want, 0);
        assert_string_equal(R.cluster, "");

        /* The twin: refused, no number is taken. */
        fresh();
        review_refuses();
        assert_ptr_equal(expect_login(cfg, VERIFY_LOGIN, VERIFY_DENY, NULL,
                                      refuse_log[V_REVIEW]), cfg);
        assert_false(R.have_uid);

        /* Refused before the network: no number either. */
        reset(NULL);
        make_token(&(struct tok_spec){ .ns = "team-b", .sa = "deployer" });
        expect_login(cfg, VERIFY_LOGIN, VERIFY_DENY, NULL, "");

        /* Could not tell (the budget): no number. */
        fresh();
        budget_spent();
        expect_login(cfg, VERIFY_LOGIN, VERIFY_UNAVAIL, NULL, "cache_lookup cache_review_allowed");
        config_free(cfg);
}

static void test_login_registry_refuses(void **state)
{
        static const struct {
                enum registry_status st;
                enum verify_status want;
                const char *why;
        } rows[] = {
                { REGISTRY_COLLISION, VERIFY_DENY,
                  "UID 1879048200 of team-a_deployer is held by another identity" },
                { REGISTRY_RECREATED, VERIFY_DENY,
                  "service account team-a/deployer was recreated" },
                { REGISTRY_ERROR, VERIFY_UNAVAIL, "cannot lock the UID registry" },
        };
        struct config *cfg = make_config(validation_lines[V_JWKS]);
        (void)state;

        for (size_t i = 0; i < N(rows); i++) {
                fresh();
                S.reg = rows[i].st;
                S.reg_why = rows[i].why;
                expect_login(cfg, VERIFY_LOGIN, rows[i].want, rows[i].why,
                             ALLOW_JWKS BIND);
                assert_false(R.have_uid);
                /* Offline, the account UID is the token's claim. */
                assert_string_equal(S.reg_sa_uid, SA_UID_TOKEN);
        }
        /* The twin: the registry agrees. */
        fresh();
        expect_login(cfg, VERIFY_LOGIN, VERIFY_ALLOW, NULL, NULL);
        assert_int_equal(R.uid, UID_A);
        /* A recreated account let through (allow_recreated) says so. */
        fresh();
        S.reg_why = "recreated, kept by allow_recreated";
        expect_login(cfg, VERIFY_LOGIN, VERIFY_ALLOW, "signature verified with key k1; "
                     "recreated, kept by allow_recreated", NULL);
        config_free(cfg);
}

#define LEDGER "uid_ledger = configmap\n"

static void test_login_ledger_first(void **state)
{
        static const struct {
                enum k8s_status ledger;
                const char *why;
                enum verify_status want;
        } rows[] = {
                /* The ledger out of reach: could not tell, and no local number. */
                { K8S_UNAVAIL, "UID ledger unreachable: connection refused", VERIFY_UNAVAIL },
                /* The ledger contradicts this host: a no. */
                { K8S_REFUSED, "the ledger gives UID 1879048300, this host holds 1879048200",
                  VERIFY_DENY },
        };
        struct config *cfg = make_config("validation = tokenreview\n" LEDGER);
        (void)state;

        fresh();
        expect_login(cfg, VERIFY_LOGIN, VERIFY_ALLOW, NULL,
                     ALLOW_REVIEW " ledger_host_bind" BIND);
        assert_string_equal(S.ledger_sa_uid, SA_UID_REVIEW);
        assert_int_equal(R.uid, UID_A);

        for (size_t i = 0; i < N(rows); i++) {
                fresh();
                S.ledger = rows[i].ledger;
                S.ledger_why = rows[i].why;
                expect_login(cfg, VERIFY_LOGIN, rows[i].want, rows[i].why,
                             ALLOW_REVIEW " ledger_host_bind");
                assert_false(R.have_uid);
        }

        /* A refused token asks no ledger. */
        fresh();
        review_refuses();
        expect_login(cfg, VERIFY_LOGIN, VERIFY_DENY, NULL, refuse_log[V_REVIEW]);
        config_free(cfg);

        /* The twin: without the ledger, none is asked. */
        cfg = make_config("validation = tokenreview\n");
        fresh();
        expect_login(cfg, VERIFY_LOGIN, VERIFY_ALLOW, NULL, ALLOW_REVIEW BIND);
        config_free(cfg);
}

/* ---- VERIFY_PREVIEW writes nothing -------------------------------------- */

#define DRY " getpwnam_r registry_bind(dry)"

static void test_preview_writes_nothing(void **state)
{
        /* The account exists with UID_A; a ledger is asked read only,
         * never bound. */
        static const struct {
                bool held;
                int number_got;
                uint32_t number;
                enum k8s_status number_st;
                const char *ledger_why;
                enum verify_status want;
                bool exact;           /* reason is all of it, not a part */
                const char *reason, *log;
        } rows[] = {
                { false, 1, UID_A, K8S_OK, NULL, VERIFY_ALLOW, true,
                  "authenticated by the API server; its UID comes from the ledger at its "
                  "first login here",
                  ALLOW_REVIEW DRY " ledger_host_held ledger_host_number" },
                { false, 1, UID_A + 100, K8S_OK, NULL, VERIFY_DENY, false,
                  "the host sees team-a_deployer as UID 1879048200, but the ledger gives it "
                  "1879048300",
                  ALLOW_REVIEW DRY " ledger_host_held ledger_host_number" },
                /* Held here already: the ledger is not asked. */
                { true, 0, 0, K8S_OK, NULL, VERIFY_ALLOW, true,
                  "authenticated by the API server", ALLOW_REVIEW DRY " ledger_host_held" },
                /* Out of reach: a login now would not be decided. */
                { false, -1, 0, K8S_UNAVAIL, "connection refused",
                  VERIFY_UNAVAIL, true, "UID ledger: connection refused", NULL },
        };
        struct config *plain = make_config("validation = tokenreview\n");
        struct config *ledger = make_config("validation = tokenreview\n" LEDGER);
        (void)state;

        /* The account exists with its number: a dry run of the registry. */
        fresh();
        account_exists();
        assert_ptr_equal(expect_login(plain, VERIFY_PREVIEW, VERIFY_ALLOW, NULL,
                                      ALLOW_REVIEW DRY), plain);
        assert_int_equal(S.reg_want, UID_A);
        assert_int_equal(R.uid, UID_A);

        /* No account yet: what a login would say of the account step. */
        fresh();
        expect_login(plain, VERIFY_PREVIEW, VERIFY_NOT_OURS, "user team-a_deployer has no "
                     "account (is the k8s NSS module configured?)", ALLOW_REVIEW DRY);

        for (size_t i = 0; i < N(rows); i++) {
                fresh();
                account_exists();
                S.held = rows[i].held;
                S.number_got = rows[i].number_got;
                S.number = rows[i].number;
                S.number_st = rows[i].number_st;
                S.ledger_why = rows[i].ledger_why;
                expect_login(ledger, VERIFY_PREVIEW, rows[i].want,
                             rows[i].exact ? rows[i].reason : NULL, rows[i].log);
                assert_reason_has(&R, rows[i].reason);
        }

        /* A refused token: no account step, no registry, no ledger. */
        fresh();
        review_refuses();
        expect_login(ledger, VERIFY_PREVIEW, VERIFY_DENY, NULL, refuse_log[V_REVIEW]);

        /* The twin: the same login for real binds, through the ledger. */
        fresh();
        expect_login(ledger, VERIFY_LOGIN, VERIFY_ALLOW, NULL,
                     ALLOW_REVIEW " ledger_host_bind" BIND);
        config_free(plain);
        config_free(ledger);
}

/* ---- [cluster NAME] sections: the issuer picks, before any network ------ */

#define CLUSTERS "validation = tokenreview\n"                                              \
                 "[cluster prod]\nissuer = https://prod.test\nuser_format = prod-%n_%s\n"  \
                 "group_format = prod-%n\nall_group = prod\n"                              \
                 "uid_min = 3000000\nuid_max = 3999999\n"                                  \
                 "[cluster staging]\nissuer = https://staging.test\n"                      \
                 "user_format = stg-%n_%s\ngroup_format = stg-%n\nall_group = stg\n"      \
                 "uid_min = 4000000\nuid_max = 4999999\n"

static void test_clusters_issuer_picks(void **state)
{
        struct config *file = make_config(CLUSTERS);
        const struct config *prod = config_cluster_named(file, "prod");
        (void)state;

        assert_non_null(prod);
        reset(NULL);
        issuer_token("https://elsewhere.test");
        assert_null(expect_login(file, VERIFY_LOGIN, VERIFY_DENY,
                                 "token issuer 'https://elsewhere.test' is no [cluster] "
                                 "section's issuer: refused before any network", ""));

        /* k8s-login check says the same, and binds nothing. */
        reset(NULL);
        issuer_token("https://elsewhere.test");
        expect_login(file, VERIFY_PREVIEW, VERIFY_DENY, NULL, "");
        assert_reason_has(&R, "is no [cluster] section's issuer");

        /* The twin: prod's issuer is judged by prod alone. */
        reset(NULL);
        issuer_token("https://prod.test");
        assert_ptr_equal(expect_login(file, VERIFY_LOGIN, VERIFY_ALLOW, NULL,
                                      ALLOW_REVIEW BIND), prod);
        assert_string_equal(R.cluster, "prod");
        assert_string_equal(R.local, "prod-team-a_deployer");
        assert_ptr_equal(S.cache_cfg, prod);
        assert_ptr_equal(S.review_cfg, prod);
        config_free(file);
}

static void test_clusters_token_of_another_cluster(void **state)
{
        struct config *file = make_config(CLUSTERS);
        const struct config *staging = config_cluster_named(file, "staging");
        struct verify_result account;
        (void)state;

        assert_non_null(staging);
        reset(NULL);
        assert_ptr_equal(verify_user_file(file, "stg-team-a_deployer", false, &R), staging);
        check_decision(VERIFY_ALLOW, NULL, "getpwnam_r");

        issuer_token("https://prod.test");
        call_log[0] = '\0';
        assert_null(verify_login(file, staging, S.token, S.len, VERIFY_LOGIN, &R));
        check_decision(VERIFY_DENY, "token of cluster prod (issuer 'https://prod.test') "
                       "presented for user stg-team-a_deployer of cluster staging: "
                       "refused before any network", "");

        /* The twin: staging's own token for the staging user. */
        reset(NULL);
        verify_user_file(file, "stg-team-a_deployer", false, &R);
        check_decision(VERIFY_ALLOW, NULL, NULL);
        issuer_token("https://staging.test");
        call_log[0] = '\0';
        assert_ptr_equal(verify_login(file, staging, S.token, S.len, VERIFY_LOGIN, &R), staging);
        check_decision(VERIFY_ALLOW, NULL, ALLOW_REVIEW BIND);
        assert_string_equal(R.cluster, "staging");
        assert_ptr_equal(S.review_cfg, staging);

        /* verify_token_file alone: the same refusal, before any network. */
        reset(NULL);
        verify_user_file(file, "stg-team-a_deployer", false, &account);
        issuer_token("https://prod.test");
        call_log[0] = '\0';
        assert_null(verify_token_file(file, staging, &account, S.token, S.len, &R));
        check_decision(VERIFY_DENY, NULL, "");
        assert_reason_has(&R, "token of cluster prod");
        assert_reason_has(&R, "of cluster staging");
        config_free(file);
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test_setup(test_prechecks_refuse_offline, reset),
                cmocka_unit_test_setup(test_cut_off_lengths, reset),
                cmocka_unit_test_setup(test_cut_in_signature, reset),
                cmocka_unit_test_setup(test_token_for_another_user, reset),
                cmocka_unit_test_setup(test_cache_hit, reset),
                cmocka_unit_test_setup(test_cache_miss_order, reset),
                cmocka_unit_test_setup(test_offline_first, reset),
                cmocka_unit_test_setup(test_unavail_never_cached, reset),
                cmocka_unit_test_setup(test_review_budget_spent, reset),
                cmocka_unit_test_setup(test_review_identity_must_match, reset),
                cmocka_unit_test_setup(test_login_binds_after_allow, reset),
                cmocka_unit_test_setup(test_login_registry_refuses, reset),
                cmocka_unit_test_setup(test_login_ledger_first, reset),
                cmocka_unit_test_setup(test_preview_writes_nothing, reset),
                cmocka_unit_test_setup(test_clusters_issuer_picks, reset),
                cmocka_unit_test_setup(test_clusters_token_of_another_cluster, reset),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
