/* The TokenReview API client: one HTTPS POST per login, the answer read
 * defensively. The identity comes from the API server's answer, never
 * from the token's own claims. Runs in k8s-login-helper: the answer
 * echoes the token (kube-apiserver returns spec.token), so every copy
 * jansson and libcurl make of it dies with that process. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <jansson.h>

#include "k8s/config_check.h"
#include "k8s/https.h"
#include "k8s/token.h"
#include "k8s/tokenreview.h"
#include "k8s/util.h"


void tokenreview_parse(const struct config *cfg, long http_status,
                       const char *body, size_t len, struct token_verdict *r)
{
        json_t *root, *status, *auth, *err, *user, *auds, *extra, *pod;
        const char *kind, *apiver, *username, *uid;
        json_error_t jerr;
        char buf[160];

        if (http_status != 201) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "API server answered HTTP %ld (expected 201)%s",
                    http_status,
                    http_status == 401 ? ": reviewer token refused" :
                    http_status == 403 ? ": reviewer lacks system:auth-delegator" : "");
                return;
        }
        root = json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr);
        if (!root) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "API server answer is not JSON without duplicate keys");
                return;
        }
        kind = json_string_value(json_object_get(root, "kind"));
        apiver = json_string_value(json_object_get(root, "apiVersion"));
        status = json_object_get(root, "status");
        if (!json_is_object(root) || !kind || strcmp(kind, "TokenReview") ||
            !apiver || strcmp(apiver, "authentication.k8s.io/v1")) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "API server answer is not an authentication.k8s.io/v1 TokenReview");
                goto out;
        }
        if (!json_is_object(status)) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "API server answer has no status object");
                goto out;
        }
        auth = json_object_get(status, "authenticated");
        err = json_object_get(status, "error");
        if ((auth && !json_is_boolean(auth)) || (err && !json_is_string(err))) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "API server answer has a malformed status");
                goto out;
        }
        if (err && json_string_length(err) > 0) {
                k8s_result_set(&r->res, K8S_REFUSED, "API server refused the token: %s",
                    util_sanitize(buf, sizeof(buf), json_string_value(err), 120));
                goto out;
        }
        /* authenticated is omitted when false. */
        if (!json_is_true(auth)) {
                k8s_result_set(&r->res, K8S_REFUSED, "API server did not authenticate the token");
                goto out;
        }
        user = json_object_get(status, "user");
        username = json_string_value(json_object_get(user, "username"));
        if (!json_is_object(user) || !username) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "API server answer has no status.user.username");
                goto out;
        }
        if (!names_parse_username(username, &r->id)) {
                k8s_result_set(&r->res, K8S_REFUSED, "API server identifies the token as %s, not a service account",
                    util_sanitize(buf, sizeof(buf), username, 80));
                goto out;
        }
        /* A client that sets spec.audiences must check status.audiences: an
         * empty list means the token was only good for the API server. */
        auds = json_object_get(status, "audiences");
        if (!json_is_array(auds) || json_array_size(auds) == 0) {
                k8s_result_set(&r->res, K8S_REFUSED, "API server did not confirm an audience "
                    "(a token for the API server itself?)");
                goto out;
        }
        if (!token_audience_ok(cfg, auds)) {
                k8s_result_set(&r->res, K8S_REFUSED, "API server confirmed none of the configured audiences");
                goto out;
        }
        /* Kubernetes UIDs are UUIDs: keep one only when it is plain. */
        uid = json_string_value(json_object_get(user, "uid"));
        if (uid && strlen(uid) < sizeof(r->sa_uid) &&
            strspn(uid, "0123456789abcdefABCDEF-") == strlen(uid))
                strcpy(r->sa_uid, uid);
        extra = json_object_get(user, "extra");
        pod = json_array_get(json_object_get(extra, "authentication.kubernetes.io/pod-name"), 0);
        if (json_string_value(pod) && names_is_dns1123_subdomain(json_string_value(pod)))
                strcpy(r->pod, json_string_value(pod));
        r->have_id = true;
        k8s_result_set(&r->res, K8S_OK, "authenticated by the API server");
out:
        json_decref(root);
}

/* Reads the reviewer's bearer token: root-owned, one line of printable
 * bytes (it goes into a header). Returns a new buffer or NULL. */
static char *read_reviewer_token(const struct config *cfg, size_t *len, struct token_verdict *r)
{
        char err[K8S_ERR_MAX], *tok = NULL;
        size_t n, got;

        if (util_read_trusted_file(cfg->reviewer_token_file, UTIL_FOLLOW, CONFIG_TOKEN_FILE_MAX,
                                   &tok, &got, err, sizeof(err)) < 0) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "reviewer_token_file %s", err);
                return NULL;
        }
        /* Readable by others, it is every local user's credential: refused,
         * as ssh refuses such a private key. */
        if (config_check_secret_file(cfg->reviewer_token_file, err, sizeof(err)) < 0) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "reviewer_token_file %s", err);
                util_wipe_free(tok, got + 1);
                return NULL;
        }
        if ((n = util_bearer_len(tok, got)) == 0) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "reviewer_token_file %s: empty or not one line of "
                    "printable text", cfg->reviewer_token_file);
                util_wipe_free(tok, got + 1);
                return NULL;
        }
        tok[n] = '\0'; /* it goes into the header as a string */
        *len = n;
        return tok;
}

/* The request body. The token is base64url and dots (token_parse checked)
 * so it needs no escaping; building it by hand keeps the only copy in one
 * buffer that is wiped. */
static char *build_body(const struct config *cfg, const char *token, size_t len, size_t *blen)
{
        static const char pre[] = "{\"apiVersion\":\"authentication.k8s.io/v1\","
                                  "\"kind\":\"TokenReview\",\"spec\":{\"token\":\"";
        static const char mid[] = "\",\"audiences\":";
        json_t *auds = json_array();
        char *aj = NULL, *body = NULL;
        size_t n;

        for (size_t i = 0; auds && i < cfg->audiences.n; i++)
                json_array_append_new(auds, json_string(cfg->audiences.items[i]));
        if (auds)
                aj = json_dumps(auds, JSON_COMPACT);
        json_decref(auds);
        if (!aj)
                return NULL;
        n = sizeof(pre) - 1 + len + sizeof(mid) - 1 + strlen(aj) + 2;
        body = malloc(n + 1);
        if (body) {
                char *p = body;
                memcpy(p, pre, sizeof(pre) - 1), p += sizeof(pre) - 1;
                memcpy(p, token, len), p += len;
                memcpy(p, mid, sizeof(mid) - 1), p += sizeof(mid) - 1;
                memcpy(p, aj, strlen(aj)), p += strlen(aj);
                memcpy(p, "}}", 3);
                *blen = n;
        }
        free(aj);
        return body;
}

static void wipe_headers(struct curl_slist *h)
{
        for (struct curl_slist *p = h; p; p = p->next)
                explicit_bzero(p->data, strlen(p->data));
        curl_slist_free_all(h);
}

void tokenreview_request(const struct config *cfg, int64_t deadline, const char *token,
                         size_t len, struct token_verdict *r)
{
        static const char authz[] = "Authorization: Bearer ";
        char url[1024], why[K8S_ERR_MAX];
        char *reviewer = NULL, *header = NULL, *body = NULL;
        size_t rlen = 0, blen = 0;
        struct curl_slist *headers = NULL, *h;
        struct https_request req;
        long http = 0;

        if (snprintf(url, sizeof(url), "%s%s", cfg->api_server, TOKENREVIEW_PATH) >= (int)sizeof(url)) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "api_server URL too long");
                return;
        }
        if (https_begin(&req, url, cfg->ca_file, "ca_file", TOKENREVIEW_MAX_ANSWER, deadline,
                        why, sizeof(why)) < 0) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "%s", why);
                goto out;
        }
        reviewer = read_reviewer_token(cfg, &rlen, r);
        if (!reviewer)
                goto out;
        header = malloc(sizeof(authz) + rlen);
        body = build_body(cfg, token, len, &blen);
        if (!header || !body) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "out of memory");
                goto out;
        }
        memcpy(header, authz, sizeof(authz) - 1);
        memcpy(header + sizeof(authz) - 1, reviewer, rlen + 1);
        headers = curl_slist_append(NULL, "Content-Type: application/json");
        if (headers && (h = curl_slist_append(headers, "Accept: application/json")))
                headers = h;
        if (headers && (h = curl_slist_append(headers, header)))
                headers = h;
        else {
                k8s_result_set(&r->res, K8S_UNAVAIL, "out of memory");
                goto out;
        }
        curl_easy_setopt(req.curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(req.curl, CURLOPT_POSTFIELDS, body);
        curl_easy_setopt(req.curl, CURLOPT_POSTFIELDSIZE, (long)blen);
        if (https_perform(&req, "API server", &http, why, sizeof(why)) < 0)
                k8s_result_set(&r->res, K8S_UNAVAIL, "%s", why);
        else
                tokenreview_parse(cfg, http, req.data ? req.data : "", req.len, r);
out:
        https_end(&req);
        wipe_headers(headers);
        util_wipe_free(body, blen);
        util_wipe_free(header, header ? sizeof(authz) + rlen : 0);
        /* The buffer is at least rlen + 1 bytes; only trailing blanks, no
         * secret, lie beyond. */
        util_wipe_free(reviewer, reviewer ? rlen + 1 : 0);
}
