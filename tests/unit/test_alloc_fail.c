/* Allocation failure in every parser of the base tier: config_parse,
 * registry_parse, ledger_parse (and ledger_parse_value), token_parse and
 * jwks_parse, and the key build behind jwks_key_pkey. For N = 0, 1, 2,
 * ... the Nth allocation fails; the parser must then return its error
 * value with a reason and nothing handed back (never a success with part
 * of the data), and every block it allocated must be freed in that very
 * run (alloc_fail.h counts them; LSan and valgrind see the same at exit).
 * The loop ends at the first N past the parser's last allocation: that
 * run succeeds with all of the data, checked field by field. Our own
 * code's allocations are failed strictly; jansson's and OpenSSL's are
 * failed separately, where a library that goes on is counted rather than
 * judged (test_jansson_drops_a_byte says why). One binary for all of
 * them: the wrapped allocator is the whole binary's, so it stays out of
 * the per-file binaries, and is proven to reach the lib/ archives once,
 * here. */
#include "config.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <cmocka.h>

#include <jansson.h>
#include <openssl/err.h>

#include "alloc_fail.h"
#include "jwks_fixtures.h"
#include "unit.h"
#include "ledger_fixture.h"

#include "k8s/config.h"
#include "k8s/jwks.h"
#include "k8s/ledger.h"
#include "k8s/registry.h"
#include "k8s/token.h"
#include "k8s/util.h"

/* No parser here allocates anywhere near this often. */
#define MAX_ALLOCATIONS 100000

/* One parser under test: prepare (not failing) builds its input, parse
 * runs it (the Nth allocation failing), check judges the result after
 * the injection is over (all of it when judge is set; a failure hands
 * back nothing) and frees what was handed back. */
struct subject {
        const char *name;
        void (*prepare)(void *ctx);
        int (*parse)(void *ctx, char *err, size_t errlen);
        void (*check)(void *ctx, int r, bool judge);
        void *ctx;
};

/* Runs s with the Nth allocation of the kinds in from failing, for every
 * N until a run makes fewer than N + 1 of them; returns how many runs
 * had a failure. strict: a failure must make the parser fail; else a
 * success is counted in *went_on (and its data not judged), and only the
 * rest (no crash, no leak, a failure hands back nothing) is asserted. */
static unsigned long fail_each_mode(const struct subject *s, enum alloc_fail_from from,
                                    bool strict, unsigned long *went_on)
{
        unsigned long injected = 0;

        for (long n = 0; n < MAX_ALLOCATIONS; n++) {
                char err[K8S_ERR_MAX] = "";
                long live = alloc_fail_live();
                bool failed;
                int r;

                if (s->prepare)
                        s->prepare(s->ctx);
                alloc_fail_arm_from(n, from);
                r = s->parse(s->ctx, err, sizeof(err));
                failed = alloc_fail_disarm();
                if (failed && r == 0 && strict) {
                        /* Say which, then whether the data is all there. */
                        print_error("%s: allocation %ld failed, yet it returned 0\n", s->name, n);
                        s->check(s->ctx, r, true);
                        fail_msg("%s: allocation %ld failed, yet it returned 0 with all its data",
                                 s->name, n);
                }
                if (failed && r == 0)
                        (*went_on)++;
                else if (failed && r != -1)
                        fail_msg("%s: allocation %ld failed, yet it returned %d", s->name, n, r);
                if (!failed && r != 0)
                        fail_msg("%s: no allocation failed (%lu made), yet it returned %d: %s",
                                 s->name, alloc_fail_count(), r, err);
                if (failed && r == -1 && !err[0])
                        fail_msg("%s: allocation %ld failed, and no reason was given", s->name, n);
                s->check(s->ctx, r, !failed);
                if (alloc_fail_live() != live)
                        fail_msg("%s: with allocation %ld failing, %ld blocks were left allocated",
                                 s->name, n, alloc_fail_live() - live);
                if (!failed)
                        return injected;
                injected++;
        }
        fail_msg("%s: still allocating after %d allocations", s->name, MAX_ALLOCATIONS);
        return injected;
}

static unsigned long fail_each(const struct subject *s, enum alloc_fail_from from)
{
        return fail_each_mode(s, from, true, NULL);
}

/* --- the wrappers reach what they must ------------------------------------ */

/* The lib/ archives are linked as objects into this binary, so --wrap
 * reroutes their calls too: registry.c (libk8s_base) is seen allocating,
 * and fails when told to. Were the wrap to miss them, both halves fail. */
static void test_wrap_reaches_lib_archives(void **state)
{
        struct registry *reg = NULL;
        char err[K8S_ERR_MAX] = "", *text;

        (void)state;
        text = strdup("u 5001 demo a - 1\n");
        assert_non_null(text);
        alloc_fail_arm(-1);
        assert_int_equal(registry_parse(text, &reg, err, sizeof(err)), 0);
        assert_false(alloc_fail_disarm());
        assert_true(alloc_fail_count() > 0);
        registry_free(reg);
        reg = NULL;
        text = strdup("u 5001 demo a - 1\n");
        assert_non_null(text);
        alloc_fail_arm(0);
        assert_int_equal(registry_parse(text, &reg, err, sizeof(err)), -1);
        assert_true(alloc_fail_disarm());
        assert_null(reg);
}

/* jansson is a shared library: reached through json_set_alloc_funcs. */
static void test_wrap_reaches_jansson(void **state)
{
        json_t *j;

        (void)state;
        alloc_fail_arm(-1);
        j = json_loads("{\"a\":[1,2,\"x\"]}", 0, NULL);
        assert_false(alloc_fail_disarm());
        assert_non_null(j);
        assert_true(alloc_fail_count() >= 3);
        json_decref(j);
        alloc_fail_arm(0);
        j = json_loads("{\"a\":[1,2,\"x\"]}", 0, NULL);
        assert_true(alloc_fail_disarm());
        assert_null(j);
}

/* --- config_parse ---------------------------------------------------------- */

/* Two clusters, lists, every string key: most of the parser's allocations. */
static const char config_text[] =
        "validation = jwks\naudiences = k8s-login, other\nallow_namespaces = demo, ci-*\n"
        "allow_service_accounts = demo:debugger, ci-*:admin\n"
        "jwks_file = /etc/k8s-login/jwks.json\nmax_token_lifetime = 600\n"
        "[cluster prod]\nissuer = https://prod.test\nuser_format = prod-%n_%s\n"
        "group_format = prod-%n\nall_group = prod\nuid_min = 3000000\nuid_max = 3999999\n"
        "[cluster staging]\nissuer = https://staging.test\nuser_format = stg-%n_%s\n"
        "group_format = stg-%n\nall_group = stg\nuid_min = 4000000\nuid_max = 4999999\n"
        "audiences = staging\n";

struct config_ctx {
        struct config *cfg;
};

static int config_run(void *ctx, char *err, size_t errlen)
{
        struct config_ctx *c = ctx;

        c->cfg = (struct config *)1; /* must be reset on every path */
        return config_parse("/etc/k8s-login/k8s-login.conf", config_text, &c->cfg, err, errlen);
}

static void config_check(void *ctx, int r, bool judge)
{
        struct config_ctx *c = ctx;
        const struct config *a, *b;

        if (r < 0) {
                assert_null(c->cfg);
                return;
        }
        if (!judge) {
                config_free(c->cfg);
                return;
        }
        assert_int_equal(config_cluster_count(c->cfg), 2);
        a = config_cluster(c->cfg, 0);
        b = config_cluster(c->cfg, 1);
        assert_string_equal(a->cluster, "prod");
        assert_string_equal(b->cluster, "staging");
        assert_string_equal(a->issuer, "https://prod.test");
        assert_string_equal(b->issuer, "https://staging.test");
        assert_string_equal(b->user_format, "stg-%n_%s");
        assert_string_equal(b->jwks_file, "/etc/k8s-login/jwks.json");
        assert_int_equal(a->audiences.n, 2);
        assert_string_equal(a->audiences.items[1], "other");
        assert_int_equal(b->audiences.n, 1);
        assert_string_equal(b->audiences.items[0], "staging");
        assert_int_equal(a->allow_namespaces.n, 2);
        assert_string_equal(a->allow_namespaces.items[1], "ci-*");
        assert_int_equal(b->uid_min, 4000000);
        config_free(c->cfg);
        c->cfg = NULL;
}

static void test_config_parse(void **state)
{
        struct config_ctx c = { NULL };
        const struct subject s = { "config_parse", NULL, config_run, config_check, &c };

        (void)state;
        assert_true(fail_each(&s, ALLOC_FAIL_ANY) > 0);
}

/* --- registry_parse ---------------------------------------------------------- */

static const char registry_text[] =
        "# header\nu 5003 demo a uid-a 10\ng 5001 demo - - 11\n"
        "r 5002 demo old uid-o 12\nu 5009 ci a - 13\ng 5010 ci - - 14\n"
        "u 5011 ci b uid-b 15\n";

struct registry_ctx {
        char *text;
        struct registry *reg;
};

static void registry_prepare(void *ctx)
{
        struct registry_ctx *c = ctx;

        c->text = strdup(registry_text);
        assert_non_null(c->text);
}

/* registry_parse owns text from the call on, on failure too. */
static int registry_run(void *ctx, char *err, size_t errlen)
{
        struct registry_ctx *c = ctx;

        c->reg = (struct registry *)1;
        return registry_parse(c->text, &c->reg, err, errlen);
}

static void registry_check(void *ctx, int r, bool judge)
{
        struct registry_ctx *c = ctx;
        struct names_identity a = { "demo", "a" }, b = { "ci", "b" };
        const struct registry_entry *e;

        c->text = NULL;
        if (r < 0) {
                assert_null(c->reg);
                return;
        }
        if (!judge) {
                registry_free(c->reg);
                return;
        }
        assert_int_equal(c->reg->n, 6);
        e = registry_find_user(c->reg, &a);
        assert_non_null(e);
        assert_int_equal(e->id, 5003);
        assert_string_equal(e->sa_uid, "uid-a");
        e = registry_find_user(c->reg, &b);
        assert_non_null(e);
        assert_int_equal(e->id, 5011);
        registry_free(c->reg);
        c->reg = NULL;
}

/* The text registry_parse takes over is allocated after the loop takes
 * its count of live blocks: the parser must free it on every path. */
static void test_registry_parse(void **state)
{
        struct registry_ctx c = { NULL, NULL };
        const struct subject s = { "registry_parse", registry_prepare, registry_run,
                                   registry_check, &c };

        (void)state;
        assert_true(fail_each(&s, ALLOC_FAIL_ANY) > 0);
}

/* --- ledger_parse and ledger_parse_value ------------------------------------ */

struct ledger_ctx {
        struct config *cfg;
        struct ledger *l;
};

/* Well-formed entries, a retirement, and every kind of problem (each a
 * line allocated into problems). */
static const char ledger_text[] = LEDGER_MIXED_HEAD LEDGER_MIXED_TAIL;

static int ledger_run(void *ctx, char *err, size_t errlen)
{
        struct ledger_ctx *c = ctx;

        c->l = (struct ledger *)1;
        return ledger_parse(c->cfg, ledger_text, &c->l, err, errlen);
}

static void ledger_check(void *ctx, int r, bool judge)
{
        struct ledger_ctx *c = ctx;
        const struct ledger_entry *e;

        if (r < 0) {
                assert_null(c->l);
                return;
        }
        if (!judge) {
                ledger_free(c->l);
                return;
        }
        assert_int_equal(c->l->n, 4);
        e = ledger_find(c->l, 70005);
        assert_non_null(e);
        assert_string_equal(e->sa, "a");
        assert_string_equal(e->sa_uid, "aa");
        e = ledger_find(c->l, 70007);
        assert_true(e && e->retired && e->retired_since == 5);
        e = ledger_find(c->l, 70008);
        assert_true(e && e->malformed);
        assert_int_equal(c->l->n_problems, 5);
        ledger_free(c->l);
        c->l = NULL;
}

static void test_ledger_parse(void **state)
{
        struct ledger_ctx c = { NULL, NULL };
        const struct subject s = { "ledger_parse", NULL, ledger_run, ledger_check, &c };
        char err[K8S_ERR_MAX];

        (void)state;
        assert_int_equal(config_parse("/test.conf", "validation = tokenreview\n"
                                      "api_server = https://k\nreviewer_token_file = /t\n"
                                      "audiences = a\nallow_namespaces = *\n"
                                      "uid_min = 70000\nuid_max = 70100\n"
                                      "uid_ledger = configmap\n", &c.cfg, err, sizeof(err)), 0);
        assert_true(fail_each(&s, ALLOC_FAIL_ANY) > 0);
        config_free(c.cfg);
}

/* ledger_parse_value fills a caller's struct and allocates nothing: with
 * the very first allocation set to fail, it still succeeds, having made
 * none. (If it ever allocates, this fails and it joins the loop above.) */
static void test_ledger_parse_value(void **state)
{
        struct ledger_entry e;
        char why[K8S_ERR_MAX] = "";

        (void)state;
        memset(&e, 0, sizeof(e));
        alloc_fail_arm(0);
        assert_int_equal(ledger_parse_value("user demo/a uid=aa since=7", &e, why, sizeof(why)), 0);
        assert_false(alloc_fail_disarm());
        assert_int_equal(alloc_fail_count(), 0);
        assert_int_equal(e.kind, 'u');
        assert_string_equal(e.ns, "demo");
        assert_string_equal(e.sa, "a");
        assert_string_equal(e.sa_uid, "aa");
        assert_int_equal(e.since, 7);
        /* Its refusal allocates nothing either. */
        alloc_fail_arm(0);
        assert_int_equal(ledger_parse_value("user demo/a uid=aa", &e, why, sizeof(why)), -1);
        assert_false(alloc_fail_disarm());
        assert_int_equal(alloc_fail_count(), 0);
}

/* --- token_parse ------------------------------------------------------------- */

struct token_ctx {
        struct token_claims c;
};

static int token_run(void *ctx, char *err, size_t errlen)
{
        struct token_ctx *t = ctx;

        memset(&t->c, 0, sizeof(t->c));
        return token_parse(TOK_RS256, strlen(TOK_RS256), &t->c, err, errlen);
}

static void token_check(void *ctx, int r, bool judge)
{
        struct token_ctx *t = ctx;

        if (r == 0 && judge) {
                assert_non_null(t->c.header);
                assert_non_null(t->c.payload);
                assert_string_equal(t->c.alg, "RS256");
                assert_string_equal(t->c.id.ns, "demo");
                assert_string_equal(t->c.id.sa, "debugger");
                assert_true(t->c.have_exp);
                assert_int_equal(t->c.exp, 1700003600);
                assert_string_equal(json_string_value(json_object_get(t->c.header, "kid")),
                                    RSA2048_KID);
        }
        /* Cleared either way, as token.h asks. */
        token_claims_clear(&t->c);
}

/* token.c's own allocations: each failure fails the parse. */
static void test_token_parse(void **state)
{
        struct token_ctx t;
        const struct subject s = { "token_parse", NULL, token_run, token_check, &t };

        (void)state;
        assert_true(fail_each(&s, ALLOC_FAIL_LIBC) > 0);
}

/* jansson's: see test_jansson_drops_a_byte for why a success is not
 * judged; the rest is (no crash, no leak, a failure hands back nothing). */
static void test_token_parse_jansson(void **state)
{
        struct token_ctx t;
        const struct subject s = { "token_parse (jansson)", NULL, token_run, token_check, &t };
        unsigned long went_on = 0, injected;

        (void)state;
        injected = fail_each_mode(&s, ALLOC_FAIL_JANSSON, false, &went_on);
        assert_true(injected > went_on);
        print_message("# token_parse: %lu of %lu failed jansson allocations let the parse "
                      "succeed\n", went_on, injected);
}

/* --- jwks_parse ---------------------------------------------------------------- */

/* Three usable keys (RSA, P-256, P-384) and one skipped (RSA-1024): a
 * key left out for want of memory would be a set with part of its keys. */
static const char jwks_text[] =
        "{\"keys\":["
        "{\"kty\":\"RSA\",\"kid\":\"" RSA2048_KID "\",\"n\":\"" RSA2048_N "\",\"e\":\"AQAB\"},"
        "{\"kty\":\"RSA\",\"kid\":\"small\",\"n\":\"" RSA1024_N "\",\"e\":\"AQAB\"},"
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"" P256_KID "\",\"x\":\"" P256_X
        "\",\"y\":\"" P256_Y "\"},"
        "{\"kty\":\"EC\",\"crv\":\"P-384\",\"kid\":\"" P384_KID "\",\"x\":\"" P384_X
        "\",\"y\":\"" P384_Y "\",\"use\":\"sig\",\"alg\":\"ES384\"}"
        "]}";

struct jwks_ctx {
        struct jwks *set;
};

static int jwks_run(void *ctx, char *err, size_t errlen)
{
        struct jwks_ctx *j = ctx;

        j->set = (struct jwks *)1;
        return jwks_parse(jwks_text, strlen(jwks_text), "test", &j->set, err, errlen);
}

static void jwks_check(void *ctx, int r, bool judge)
{
        struct jwks_ctx *j = ctx;

        if (r < 0) {
                assert_null(j->set);
                return;
        }
        if (!judge) {
                jwks_free(j->set);
                return;
        }
        assert_int_equal(j->set->n, 3);
        assert_int_equal(j->set->skipped, 1);
        assert_string_equal(j->set->keys[0].kid, RSA2048_KID);
        assert_int_equal(j->set->keys[0].kty, JWKS_RSA);
        assert_string_equal(j->set->keys[1].kid, P256_KID);
        assert_string_equal(j->set->keys[1].alg, "ES256");
        assert_string_equal(j->set->keys[2].kid, P384_KID);
        assert_string_equal(j->set->keys[2].alg, "ES384");
        assert_non_null(strstr(j->set->last_skip, "key 1: RSA modulus of 1024 bits"));
        jwks_free(j->set);
        j->set = NULL;
}

/* jwks_oom_key_skipped: a key whose allocation failed was skipped like
 * an unusable one, and the set parsed with the other keys: a set missing
 * a key the issuer publishes, cached as if whole. */
static void test_jwks_parse(void **state)
{
        struct jwks_ctx j = { NULL };
        const struct subject s = { "jwks_parse", NULL, jwks_run, jwks_check, &j };

        (void)state;
        assert_true(fail_each(&s, ALLOC_FAIL_LIBC) > 0);
}

static void test_jwks_parse_jansson(void **state)
{
        struct jwks_ctx j = { NULL };
        const struct subject s = { "jwks_parse (jansson)", NULL, jwks_run, jwks_check, &j };
        unsigned long went_on = 0, injected;

        (void)state;
        injected = fail_each_mode(&s, ALLOC_FAIL_JANSSON, false, &went_on);
        assert_true(injected > went_on);
        print_message("# jwks_parse: %lu of %lu failed jansson allocations let the parse "
                      "succeed\n", went_on, injected);
}

/* Why a success under a failed jansson allocation is not judged: jansson
 * (2.14) ignores a failure to grow its lexer's buffer and drops the byte
 * it was saving, so the string comes back one byte short, and nothing
 * says so. A parser above it cannot tell. This pins that down: should a
 * jansson ever fail the load instead, this fails, and the jansson loops
 * above can be made strict. (A token cannot be altered this way into a
 * different valid one: the subject is checked against the kubernetes.io
 * claims, and a changed issuer or kid finds no key that verifies it.) */
static void test_jansson_drops_a_byte(void **state)
{
        static const char text[] = "[\"0123456789abcdefghij\"]";
        unsigned long went_on = 0;
        json_t *j;

        (void)state;
        for (long n = 0; n < 100; n++) {
                alloc_fail_arm_from(n, ALLOC_FAIL_JANSSON);
                j = json_loads(text, 0, NULL);
                if (!alloc_fail_disarm()) {
                        assert_non_null(j);
                        assert_string_equal(json_string_value(json_array_get(j, 0)),
                                            "0123456789abcdefghij");
                        json_decref(j);
                        break;
                }
                if (j && strcmp(json_string_value(json_array_get(j, 0)), "0123456789abcdefghij")) {
                        /* One byte gone, the rest as it was. */
                        assert_int_equal(strlen(json_string_value(json_array_get(j, 0))), 19);
                        went_on++;
                }
                json_decref(j);
        }
        assert_int_equal(went_on, 1);
}

/* --- jwks_key_pkey: OpenSSL's allocations failing -------------------------------- */

/* jwks_parse makes no OpenSSL call: the key is built on first use. With
 * the Nth OpenSSL allocation of that build failing, jwks_key_pkey gives
 * NULL with a reason, or (where OpenSSL itself goes on) the very key the
 * set holds: the kid computed from what was built must be the key's. */
/* One build that succeeds, and the error queue emptied. */
static void warm(const char *text)
{
        struct jwks *set = NULL;
        char err[K8S_ERR_MAX], why[200];

        assert_int_equal(jwks_parse(text, strlen(text), "test", &set, err, sizeof(err)), 0);
        assert_non_null(jwks_key_pkey(&set->keys[0], why, sizeof(why)));
        jwks_free(set);
        ERR_clear_error();
}

static void pkey_fail_each(const char *text, const char *kid)
{
        unsigned long injected = 0, went_on = 0;
        char err[K8S_ERR_MAX], why[200], got[64];

        /* OpenSSL keeps caches (providers, fetched methods) that a failed
         * fetch rebuilds, a thousand blocks that live until OpenSSL's
         * cleanup at exit: the blocks alive cannot be compared run by run
         * here, so leaks are left to LSan (the sanitized build) and
         * valgrind, which look after that cleanup. */
        warm(text);
        for (long n = 0; n < MAX_ALLOCATIONS; n++) {
                struct jwks *set = NULL;
                EVP_PKEY *pkey;
                bool failed;

                assert_int_equal(jwks_parse(text, strlen(text), "test", &set, err, sizeof(err)), 0);
                why[0] = '\0';
                alloc_fail_arm_from(n, ALLOC_FAIL_OPENSSL);
                pkey = jwks_key_pkey(&set->keys[0], why, sizeof(why));
                failed = alloc_fail_disarm();
                if (pkey) {
                        assert_int_equal(jwks_kid_of(pkey, got, sizeof(got)), 0);
                        if (strcmp(got, kid))
                                fail_msg("%s: OpenSSL allocation %ld failed, and a key of kid %s "
                                         "was built", kid, n, got);
                        went_on += failed;
                } else {
                        if (!failed)
                                fail_msg("%s: no allocation failed, yet no key: %s", kid, why);
                        if (!why[0])
                                fail_msg("%s: OpenSSL allocation %ld failed, and no reason", kid, n);
                        /* Once refused, refused at every call (see jwks.h). */
                        assert_null(jwks_key_pkey(&set->keys[0], why, sizeof(why)));
                }
                jwks_free(set);
                warm(text);
                if (!failed) {
                        assert_true(injected > went_on);
                        print_message("# jwks_key_pkey %s: %lu of %lu failed OpenSSL allocations "
                                      "still built the key\n", kid, went_on, injected);
                        return;
                }
                injected++;
        }
        fail_msg("%s: still allocating after %d allocations", kid, MAX_ALLOCATIONS);
}

static void test_jwks_key_pkey_openssl(void **state)
{
        (void)state;
        pkey_fail_each("{\"keys\":[{\"kty\":\"RSA\",\"n\":\"" RSA2048_N "\",\"e\":\"AQAB\"}]}",
                       RSA2048_KID);
        pkey_fail_each("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" P256_X
                       "\",\"y\":\"" P256_Y "\"}]}", P256_KID);
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_wrap_reaches_lib_archives),
                cmocka_unit_test(test_wrap_reaches_jansson),
                cmocka_unit_test(test_config_parse),
                cmocka_unit_test(test_registry_parse),
                cmocka_unit_test(test_ledger_parse),
                cmocka_unit_test(test_ledger_parse_value),
                cmocka_unit_test(test_token_parse),
                cmocka_unit_test(test_token_parse_jansson),
                cmocka_unit_test(test_jwks_parse),
                cmocka_unit_test(test_jwks_parse_jansson),
                cmocka_unit_test(test_jansson_drops_a_byte),
                cmocka_unit_test(test_jwks_key_pkey_openssl),
        };

        /* Before OpenSSL and jansson allocate anything. */
        if (!alloc_fail_openssl()) {
                fprintf(stderr, "OpenSSL refused CRYPTO_set_mem_functions\n");
                return 1;
        }
        alloc_fail_jansson();
        /* Skipped keys are logged: not into the test's output. */
        setlogmask(LOG_UPTO(LOG_EMERG));
        return cmocka_run_group_tests(tests, NULL, NULL);
}
