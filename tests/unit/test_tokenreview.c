/* Unit tests for lib/net/tokenreview.c: reading the API server's TokenReview
 * answer. Each row is an HTTP status and a body, with the exact
 * verify_status it must give and part of the reason. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "unit.h"

#include "k8s/config.h"
#include "k8s/tokenreview.h"
#include "k8s/result.h"

/* ---- answers, as a real API server writes them --------------------------- */

#define SA_UID "0b6e2f0a-7f7e-4e86-a3ad-5c1c3e3b9a11"
#define HEAD                                                                     \
        "\"kind\":\"TokenReview\",\"apiVersion\":\"authentication.k8s.io/v1\","  \
        "\"metadata\":{\"creationTimestamp\":null},"                             \
        "\"spec\":{\"token\":\"x\",\"audiences\":[\"k8s-login\"]}"
#define ANSWER(status) "{" HEAD ",\"status\":" status "}"
#define STATUS(...) "{" __VA_ARGS__ "}"
#define AUTH "\"authenticated\":true"
#define AUDS "\"audiences\":[\"k8s-login\"]"
#define EXTRA_POD(pod)                                                           \
        "{\"authentication.kubernetes.io/credential-id\":[\"JTI=3f2c1b7e\"],"    \
        "\"authentication.kubernetes.io/node-name\":[\"node-1\"],"               \
        "\"authentication.kubernetes.io/pod-name\":" pod ","                     \
        "\"authentication.kubernetes.io/pod-uid\":[\"8d1e0c52\"]}"
#define USER_X(username, extra)                                                  \
        "\"user\":{\"username\":\"" username "\",\"uid\":\"" SA_UID "\","        \
        "\"groups\":[\"system:serviceaccounts\",\"system:serviceaccounts:team-a\"," \
        "\"system:authenticated\"],\"extra\":" extra "}"
#define USER(username) USER_X(username, EXTRA_POD("[\"web-0\"]"))
#define SA_USER USER("system:serviceaccount:team-a:deployer")
#define GOOD ANSWER(STATUS(AUTH "," SA_USER "," AUDS))

struct tr_row {
        const char *name;
        long http;
        const char *body;
        enum k8s_status status;
        const char *why;              /* part of r.res.reason */
        const char *ns, *sa, *pod;    /* K8S_OK: what r must hold */
};

#define ALLOW(name, body, ns, sa, pod) { name, 201, body, K8S_OK, \
                                          "authenticated by the API server", ns, sa, pod }
#define REFUSE(name, http, body, st, why) { name, http, body, st, why, NULL, NULL, NULL }

static const struct tr_row rows[] = {
        /* allowed */
        ALLOW("correct answer", GOOD, "team-a", "deployer", "web-0"),
        ALLOW("second configured audience", ANSWER(STATUS(AUTH "," SA_USER ",\"audiences\":[\"spare\"]")),
              "team-a", "deployer", "web-0"),
        ALLOW("ours among other audiences",
              ANSWER(STATUS(AUTH "," SA_USER ",\"audiences\":[\"https://kubernetes.default.svc\","
                            "\"k8s-login\"]")), "team-a", "deployer", "web-0"),
        ALLOW("empty error string", ANSWER(STATUS(AUTH ",\"error\":\"\"," SA_USER "," AUDS)),
              "team-a", "deployer", "web-0"),
        ALLOW("dotted account name",
              ANSWER(STATUS(AUTH "," USER("system:serviceaccount:kube-system:app.v2") "," AUDS)),
              "kube-system", "app.v2", "web-0"),
        ALLOW("unknown fields ignored",
              "{\"future\":1," HEAD ",\"status\":" STATUS(AUTH "," SA_USER "," AUDS ",\"x\":[]") "}",
              "team-a", "deployer", "web-0"),
        ALLOW("no extra", ANSWER(STATUS(AUTH ",\"user\":{\"username\":"
                                        "\"system:serviceaccount:team-a:deployer\"}," AUDS)),
              "team-a", "deployer", ""),
        ALLOW("pod-name not an array",
              ANSWER(STATUS(AUTH "," USER_X("system:serviceaccount:team-a:deployer",
                                            EXTRA_POD("\"web-0\"")) "," AUDS)),
              "team-a", "deployer", ""),
        ALLOW("pod-name invalid",
              ANSWER(STATUS(AUTH "," USER_X("system:serviceaccount:team-a:deployer",
                                            EXTRA_POD("[\"Web_0\"]")) "," AUDS)),
              "team-a", "deployer", ""),
        ALLOW("pod-name with a slash",
              ANSWER(STATUS(AUTH "," USER_X("system:serviceaccount:team-a:deployer",
                                            EXTRA_POD("[\"../etc\"]")) "," AUDS)),
              "team-a", "deployer", ""),
        ALLOW("pod-name empty array",
              ANSWER(STATUS(AUTH "," USER_X("system:serviceaccount:team-a:deployer",
                                            EXTRA_POD("[]")) "," AUDS)),
              "team-a", "deployer", ""),
        ALLOW("pod-name a number",
              ANSWER(STATUS(AUTH "," USER_X("system:serviceaccount:team-a:deployer",
                                            EXTRA_POD("[42]")) "," AUDS)),
              "team-a", "deployer", ""),
        ALLOW("extra not an object",
              ANSWER(STATUS(AUTH "," USER_X("system:serviceaccount:team-a:deployer", "\"x\"")
                            "," AUDS)), "team-a", "deployer", ""),

        /* HTTP status */
        REFUSE("HTTP 200", 200, GOOD, K8S_UNAVAIL, "HTTP 200 (expected 201)"),
        REFUSE("HTTP 401", 401, GOOD, K8S_UNAVAIL, "HTTP 401 (expected 201): reviewer token refused"),
        REFUSE("HTTP 403", 403, GOOD, K8S_UNAVAIL,
               "HTTP 403 (expected 201): reviewer lacks system:auth-delegator"),
        REFUSE("HTTP 500", 500, "{\"kind\":\"Status\",\"message\":\"error validating audiences\"}",
               K8S_UNAVAIL, "HTTP 500 (expected 201)"),
        REFUSE("HTTP 400", 400, "{}", K8S_UNAVAIL, "HTTP 400"),
        REFUSE("HTTP 0", 0, GOOD, K8S_UNAVAIL, "HTTP 0"),

        /* not a TokenReview */
        REFUSE("not JSON", 201, "<html>502 Bad Gateway</html>", K8S_UNAVAIL,
               "not JSON without duplicate keys"),
        REFUSE("empty body", 201, "", K8S_UNAVAIL, "not JSON"),
        REFUSE("truncated", 201, "{" HEAD ",\"status\":{" AUTH, K8S_UNAVAIL, "not JSON"),
        REFUSE("string root", 201, "\"TokenReview\"", K8S_UNAVAIL, "not JSON"),
        REFUSE("array root", 201, "[" GOOD "]", K8S_UNAVAIL,
               "not an authentication.k8s.io/v1 TokenReview"),
        REFUSE("kind Status", 201, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\"}",
               K8S_UNAVAIL, "not an authentication.k8s.io/v1 TokenReview"),
        REFUSE("kind lower case", 201,
               "{\"kind\":\"tokenreview\",\"apiVersion\":\"authentication.k8s.io/v1\",\"status\":"
               STATUS(AUTH "," SA_USER "," AUDS) "}", K8S_UNAVAIL, "not an authentication"),
        REFUSE("kind missing", 201,
               "{\"apiVersion\":\"authentication.k8s.io/v1\",\"status\":"
               STATUS(AUTH "," SA_USER "," AUDS) "}", K8S_UNAVAIL, "not an authentication"),
        REFUSE("apiVersion v1beta1", 201,
               "{\"kind\":\"TokenReview\",\"apiVersion\":\"authentication.k8s.io/v1beta1\","
               "\"status\":" STATUS(AUTH "," SA_USER "," AUDS) "}", K8S_UNAVAIL,
               "not an authentication"),
        REFUSE("apiVersion missing", 201,
               "{\"kind\":\"TokenReview\",\"status\":" STATUS(AUTH "," SA_USER "," AUDS) "}",
               K8S_UNAVAIL, "not an authentication"),
        REFUSE("status missing", 201, "{" HEAD "}", K8S_UNAVAIL, "has no status object"),
        REFUSE("status null", 201, "{" HEAD ",\"status\":null}", K8S_UNAVAIL,
               "has no status object"),
        REFUSE("status malformed", 201, "{" HEAD ",\"status\":[" AUTH "]}", K8S_UNAVAIL, "not JSON"),
        REFUSE("status an array of objects", 201, "{" HEAD ",\"status\":[{" AUTH "}]}",
               K8S_UNAVAIL, "has no status object"),

        /* duplicate keys: the first and last readers must see one answer */
        REFUSE("duplicate kind", 201, "{\"kind\":\"Status\"," HEAD ",\"status\":"
               STATUS(AUTH "," SA_USER "," AUDS) "}", K8S_UNAVAIL, "duplicate keys"),
        REFUSE("duplicate authenticated", 201,
               ANSWER(STATUS("\"authenticated\":false," AUTH "," SA_USER "," AUDS)),
               K8S_UNAVAIL, "duplicate keys"),
        REFUSE("duplicate username", 201,
               ANSWER(STATUS(AUTH ",\"user\":{\"username\":\"alice\",\"username\":"
                             "\"system:serviceaccount:team-a:deployer\"}," AUDS)),
               K8S_UNAVAIL, "duplicate keys"),
        REFUSE("duplicate audiences", 201,
               ANSWER(STATUS(AUTH "," SA_USER ",\"audiences\":[],"  AUDS)),
               K8S_UNAVAIL, "duplicate keys"),

        /* authenticated and error */
        REFUSE("authenticated missing", 201, ANSWER(STATUS(SA_USER "," AUDS)), K8S_REFUSED,
               "did not authenticate the token"),
        REFUSE("empty status", 201, ANSWER("{}"), K8S_REFUSED, "did not authenticate the token"),
        REFUSE("authenticated false", 201,
               ANSWER(STATUS("\"authenticated\":false," SA_USER "," AUDS)), K8S_REFUSED,
               "did not authenticate the token"),
        REFUSE("authenticated a string", 201,
               ANSWER(STATUS("\"authenticated\":\"true\"," SA_USER "," AUDS)), K8S_UNAVAIL,
               "malformed status"),
        REFUSE("authenticated a number", 201,
               ANSWER(STATUS("\"authenticated\":1," SA_USER "," AUDS)), K8S_UNAVAIL,
               "malformed status"),
        REFUSE("authenticated null", 201,
               ANSWER(STATUS("\"authenticated\":null," SA_USER "," AUDS)), K8S_UNAVAIL,
               "malformed status"),
        REFUSE("error a number", 201, ANSWER(STATUS(AUTH ",\"error\":1," SA_USER "," AUDS)),
               K8S_UNAVAIL, "malformed status"),
        REFUSE("error with authenticated false", 201,
               ANSWER(STATUS("\"authenticated\":false,\"error\":\"[invalid bearer token, "
                             "token audiences [\\\"x\\\"] is invalid for the target audiences "
                             "[\\\"k8s-login\\\"]]\"")), K8S_REFUSED,
               "API server refused the token: [invalid bearer"),
        REFUSE("error with authenticated true", 201,
               ANSWER(STATUS(AUTH ",\"error\":\"token expired\"," SA_USER "," AUDS)), K8S_REFUSED,
               "API server refused the token: token expired"),
        REFUSE("error with escapes", 201,
               ANSWER(STATUS("\"error\":\"\\u001b[2Jgone\"")), K8S_REFUSED,
               "refused the token: \\x1b[2Jgone"),

        /* user */
        REFUSE("user missing", 201, ANSWER(STATUS(AUTH "," AUDS)), K8S_UNAVAIL,
               "no status.user.username"),
        REFUSE("user a string", 201, ANSWER(STATUS(AUTH ",\"user\":\"alice\"," AUDS)),
               K8S_UNAVAIL, "no status.user.username"),
        REFUSE("username missing", 201, ANSWER(STATUS(AUTH ",\"user\":{\"uid\":\"1\"}," AUDS)),
               K8S_UNAVAIL, "no status.user.username"),
        REFUSE("username a number", 201, ANSWER(STATUS(AUTH ",\"user\":{\"username\":7}," AUDS)),
               K8S_UNAVAIL, "no status.user.username"),
        REFUSE("human user", 201, ANSWER(STATUS(AUTH "," USER("alice") "," AUDS)), K8S_REFUSED,
               "identifies the token as alice, not a service account"),
        REFUSE("node", 201, ANSWER(STATUS(AUTH "," USER("system:node:x") "," AUDS)), K8S_REFUSED,
               "identifies the token as system:node:x, not a service account"),
        REFUSE("extra colon", 201,
               ANSWER(STATUS(AUTH "," USER("system:serviceaccount:a:b:c") "," AUDS)), K8S_REFUSED,
               "identifies the token as system:serviceaccount:a:b:c,"),
        REFUSE("upper-case namespace", 201,
               ANSWER(STATUS(AUTH "," USER("system:serviceaccount:Team-a:deployer") "," AUDS)),
               K8S_REFUSED, "not a service account"),
        REFUSE("empty username", 201, ANSWER(STATUS(AUTH "," USER("") "," AUDS)), K8S_REFUSED,
               "not a service account"),
        REFUSE("username with a newline", 201,
               ANSWER(STATUS(AUTH "," USER("alice\\nroot") "," AUDS)), K8S_REFUSED,
               "identifies the token as alice\\x0aroot,"),

        /* audiences */
        REFUSE("audiences missing", 201, ANSWER(STATUS(AUTH "," SA_USER)), K8S_REFUSED,
               "did not confirm an audience"),
        REFUSE("audiences empty", 201, ANSWER(STATUS(AUTH "," SA_USER ",\"audiences\":[]")),
               K8S_REFUSED, "did not confirm an audience"),
        REFUSE("audiences a string", 201,
               ANSWER(STATUS(AUTH "," SA_USER ",\"audiences\":\"k8s-login\"")), K8S_REFUSED,
               "did not confirm an audience"),
        REFUSE("audiences not ours", 201,
               ANSWER(STATUS(AUTH "," SA_USER ",\"audiences\":[\"https://kubernetes.default.svc\"]")),
               K8S_REFUSED, "confirmed none of the configured audiences"),
        REFUSE("audiences case differs", 201,
               ANSWER(STATUS(AUTH "," SA_USER ",\"audiences\":[\"K8S-LOGIN\"]")), K8S_REFUSED,
               "confirmed none of the configured audiences"),
        REFUSE("audiences numbers", 201, ANSWER(STATUS(AUTH "," SA_USER ",\"audiences\":[42]")),
               K8S_REFUSED, "confirmed none of the configured audiences"),
};

static const char *status_name(enum k8s_status s)
{
        switch (s) {
        case K8S_OK: return "ALLOW";
        case K8S_REFUSED: return "DENY";
        case K8S_UNAVAIL: return "UNAVAIL";
        }
        return "?";
}

static int config_setup(void **state)
{
        static const char text[] = "api_server = https://k8s.example\n"
                                   "reviewer_token_file = /etc/k8s-login/reviewer.token\n"
                                   "audiences = k8s-login, spare\n"
                                   "allow_namespaces = team-a\n";
        struct config *cfg = NULL;
        char err[K8S_ERR_MAX] = "";

        if (config_parse("/etc/k8s-login.conf", text, &cfg, err, sizeof(err)) != 0) {
                print_error("config refused: %s\n", err);
                return -1;
        }
        *state = cfg;
        return 0;
}

static int config_teardown(void **state)
{
        config_free(*state);
        return 0;
}

static void parse(const struct config *cfg, long http, const char *body, size_t len,
                  struct token_verdict *r)
{
        memset(r, 0, sizeof(*r));
        tokenreview_parse(cfg, http, body, len, r);
}

static void test_rows(void **state)
{
        const struct config *cfg = *state;
        size_t bad = 0;

        for (size_t i = 0; i < N(rows); i++) {
                const struct tr_row *row = &rows[i];
                struct token_verdict r;

                parse(cfg, row->http, row->body, strlen(row->body), &r);
                ROW_CHECK(bad, r.res.status == row->status && strstr(r.res.reason, row->why),
                          "row %zu (%s): %s '%s', expected %s '%s'", i, row->name,
                          status_name(r.res.status), r.res.reason, status_name(row->status), row->why);
                if (row->status == K8S_OK) {
                        ROW_CHECK(bad, r.have_id && !strcmp(r.id.ns, row->ns) &&
                                               !strcmp(r.id.sa, row->sa) &&
                                               !strcmp(r.pod, row->pod),
                                  "row %zu (%s): have_id %d, %s/%s pod '%s', expected %s/%s "
                                  "pod '%s'", i, row->name, r.have_id, r.id.ns, r.id.sa, r.pod,
                                  row->ns, row->sa, row->pod);
                } else {
                        ROW_CHECK(bad, !r.have_id && !r.pod[0] && !r.sa_uid[0],
                                  "row %zu (%s): refused but have_id %d, pod '%s', sa_uid '%s'",
                                  i, row->name, r.have_id, r.pod, r.sa_uid);
                }
        }
        assert_int_equal(bad, 0);
}

/* The body is len bytes, not a C string. */
static void test_length_bounds_body(void **state)
{
        const struct config *cfg = *state;
        char body[sizeof(GOOD) + 16];
        struct token_verdict r;

        memcpy(body, GOOD, sizeof(GOOD) - 1);
        memcpy(body + sizeof(GOOD) - 1, "\0garbage}}", 11);
        parse(cfg, 201, body, sizeof(GOOD) - 1, &r);
        assert_int_equal(r.res.status, K8S_OK);
        parse(cfg, 201, body, sizeof(GOOD) - 2, &r);
        assert_int_equal(r.res.status, K8S_UNAVAIL);
        parse(cfg, 201, body, sizeof(GOOD), &r);
        assert_int_equal(r.res.status, K8S_UNAVAIL);
        parse(cfg, 201, body, 0, &r);
        assert_int_equal(r.res.status, K8S_UNAVAIL);
}

struct uid_row {
        const char *uid;  /* JSON text, NULL: absent */
        const char *kept; /* r.sa_uid */
};

static size_t check_uids(const struct config *cfg, const struct uid_row *u, size_t n)
{
        size_t bad = 0;

        for (size_t i = 0; i < n; i++) {
                struct token_verdict r;
                char body[2048];

                snprintf(body, sizeof(body), ANSWER(STATUS(AUTH ",\"user\":{\"username\":"
                         "\"system:serviceaccount:team-a:deployer\"%s%s}," AUDS)),
                         u[i].uid ? ",\"uid\":" : "", u[i].uid ? u[i].uid : "");
                parse(cfg, 201, body, strlen(body), &r);
                ROW_CHECK(bad, r.res.status == K8S_OK && !strcmp(r.sa_uid, u[i].kept),
                          "uid %s: status %s, sa_uid '%s', expected '%s'",
                          u[i].uid ? u[i].uid : "(absent)", status_name(r.res.status), r.sa_uid,
                          u[i].kept);
        }
        return bad;
}

static void test_sa_uid(void **state)
{
        static const struct uid_row uids[] = {
                { "\"abc-123\"", "abc-123" },
                { "\"a\\u0001b\"", "" },   /* not plain UUID text: dropped */
                { "\"\"", "" },
                { "42", "" },
                { NULL, "" },
        };
        char long_uid[200], body[2048];
        struct token_verdict r;

        assert_int_equal(check_uids(*state, uids, N(uids)), 0);
        /* Longer than the field: left empty rather than cut. */
        memset(long_uid, 'u', 150);
        long_uid[150] = '\0';
        snprintf(body, sizeof(body), ANSWER(STATUS(AUTH ",\"user\":{\"username\":"
                 "\"system:serviceaccount:team-a:deployer\",\"uid\":\"%s\"}," AUDS)), long_uid);
        parse(*state, 201, body, strlen(body), &r);
        assert_int_equal(r.res.status, K8S_OK);
        assert_string_equal(r.sa_uid, "");
}

/* Regression: tokenreview_parse cut the account UID at 32 visible bytes,
 * so a real Kubernetes UID (a 36-byte UUID) came back cut:
 * uid "0b6e2f0a-7f7e-4e86-a3ad-5c1c3e3b9a11" gives sa_uid
 * "0b6e2f0a-7f7e-4e86-a3ad-5c1c3e3b...". */
static void test_sa_uid_uuid_kept_whole(void **state)
{
        static const struct uid_row uids[] = {
                { "\"" SA_UID "\"", SA_UID },
        };

        assert_int_equal(check_uids(*state, uids, N(uids)), 0);
}

/* A huge but valid answer (the 256 KiB cap is the HTTP reader's job) is
 * parsed, and a huge or deeply nested broken one is refused, without
 * crashing. */
static void test_huge_answers(void **state)
{
        const struct config *cfg = *state;
        const size_t mib = 1024 * 1024;
        char *body = malloc(mib + 4096);
        struct token_verdict r;
        size_t o;

        assert_non_null(body);
        o = (size_t)snprintf(body, 4096, "{" HEAD ",\"padding\":\"");
        memset(body + o, 'x', mib);
        o += mib;
        o += (size_t)snprintf(body + o, 4096, "\",\"status\":%s}",
                              STATUS(AUTH "," SA_USER "," AUDS));
        parse(cfg, 201, body, o, &r);
        assert_int_equal(r.res.status, K8S_OK);
        assert_string_equal(r.id.ns, "team-a");
        assert_string_equal(r.pod, "web-0");

        /* The same, cut before its end. */
        parse(cfg, 201, body, o - 1, &r);
        assert_int_equal(r.res.status, K8S_UNAVAIL);

        /* 1 MiB of nesting. */
        memset(body, '[', mib);
        parse(cfg, 201, body, mib, &r);
        assert_int_equal(r.res.status, K8S_UNAVAIL);

        /* A valid answer with deep nesting inside extra. */
        o = (size_t)snprintf(body, 4096, "{" HEAD ",\"status\":{" AUTH "," AUDS ",\"user\":"
                             "{\"username\":\"system:serviceaccount:team-a:deployer\",\"extra\":");
        memset(body + o, '[', 100000);
        o += 100000;
        memset(body + o, ']', 100000);
        o += 100000;
        o += (size_t)snprintf(body + o, 4096, "}}}");
        parse(cfg, 201, body, o, &r);
        assert_int_equal(r.res.status, K8S_UNAVAIL);
        free(body);
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test_setup_teardown(test_rows, config_setup, config_teardown),
                cmocka_unit_test_setup_teardown(test_length_bounds_body, config_setup,
                                                config_teardown),
                cmocka_unit_test_setup_teardown(test_sa_uid, config_setup, config_teardown),
                cmocka_unit_test_setup_teardown(test_sa_uid_uuid_kept_whole, config_setup,
                                                config_teardown),
                cmocka_unit_test_setup_teardown(test_huge_answers, config_setup, config_teardown),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
