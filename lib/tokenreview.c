/* The TokenReview API client: one HTTPS POST per login, the answer read
 * defensively. The identity comes from the API server's answer, never
 * from the token's own claims. */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <jansson.h>

#include "k8s/token.h"
#include "k8s/tokenreview.h"
#include "k8s/util.h"

#define REVIEWER_TOKEN_MAX 16384
#define CA_FILE_MAX (4 * 1024 * 1024)

void tokenreview_parse(const struct config *cfg, long http_status,
                       const char *body, size_t len, struct verify_result *r)
{
        json_t *root, *status, *auth, *err, *user, *auds, *extra, *pod;
        const char *kind, *apiver, *username, *uid;
        json_error_t jerr;
        char buf[160];

        if (http_status != 201) {
                verify_set(r, VERIFY_UNAVAIL, "API server answered HTTP %ld (expected 201)%s",
                    http_status,
                    http_status == 401 ? ": reviewer token refused" :
                    http_status == 403 ? ": reviewer lacks system:auth-delegator" : "");
                return;
        }
        root = json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr);
        if (!root) {
                verify_set(r, VERIFY_UNAVAIL, "API server answer is not JSON without duplicate keys");
                return;
        }
        kind = json_string_value(json_object_get(root, "kind"));
        apiver = json_string_value(json_object_get(root, "apiVersion"));
        status = json_object_get(root, "status");
        if (!json_is_object(root) || !kind || strcmp(kind, "TokenReview") ||
            !apiver || strcmp(apiver, "authentication.k8s.io/v1")) {
                verify_set(r, VERIFY_UNAVAIL, "API server answer is not an authentication.k8s.io/v1 TokenReview");
                goto out;
        }
        if (!json_is_object(status)) {
                verify_set(r, VERIFY_UNAVAIL, "API server answer has no status object");
                goto out;
        }
        auth = json_object_get(status, "authenticated");
        err = json_object_get(status, "error");
        if ((auth && !json_is_boolean(auth)) || (err && !json_is_string(err))) {
                verify_set(r, VERIFY_UNAVAIL, "API server answer has a malformed status");
                goto out;
        }
        if (err && json_string_length(err) > 0) {
                verify_set(r, VERIFY_DENY, "API server refused the token: %s",
                    util_sanitize(buf, sizeof(buf), json_string_value(err), 120));
                goto out;
        }
        /* authenticated is omitted when false. */
        if (!json_is_true(auth)) {
                verify_set(r, VERIFY_DENY, "API server did not authenticate the token");
                goto out;
        }
        user = json_object_get(status, "user");
        username = json_string_value(json_object_get(user, "username"));
        if (!json_is_object(user) || !username) {
                verify_set(r, VERIFY_UNAVAIL, "API server answer has no status.user.username");
                goto out;
        }
        if (!names_parse_username(username, &r->id)) {
                verify_set(r, VERIFY_DENY, "API server identifies the token as %s, not a service account",
                    util_sanitize(buf, sizeof(buf), username, 80));
                goto out;
        }
        /* A client that sets spec.audiences must check status.audiences: an
         * empty list means the token was only good for the API server. */
        auds = json_object_get(status, "audiences");
        if (!json_is_array(auds) || json_array_size(auds) == 0) {
                verify_set(r, VERIFY_DENY, "API server did not confirm an audience "
                    "(a token for the API server itself?)");
                goto out;
        }
        if (!token_audience_ok(cfg, auds)) {
                verify_set(r, VERIFY_DENY, "API server confirmed none of the configured audiences");
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
        verify_set(r, VERIFY_ALLOW, "authenticated by the API server");
out:
        json_decref(root);
}

/* libcurl's global state is set up once per process (the PAM module is
 * linked -z nodelete, so "process" holds across pam_end): curl_global_init
 * is not thread-safe before libcurl 7.84 or in builds without
 * CURL_VERSION_THREADSAFE, and every call adds to a count. It is never
 * cleaned up here, since the host process may use libcurl too. */
static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static CURLcode curl_init_rc = CURLE_FAILED_INIT;

static void curl_init(void)
{
        curl_init_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

struct answer {
        char *data;
        size_t len;
        bool too_big;
};

static size_t on_data(char *ptr, size_t size, size_t nmemb, void *userdata)
{
        struct answer *a = userdata;
        size_t n = size * nmemb;
        char *grown;

        if (n > TOKENREVIEW_MAX_ANSWER - a->len) {
                a->too_big = true;
                return 0;
        }
        grown = realloc(a->data, a->len + n + 1);
        if (!grown)
                return 0;
        a->data = grown;
        memcpy(a->data + a->len, ptr, n);
        a->len += n;
        a->data[a->len] = '\0';
        return n;
}

/* Reads the reviewer's bearer token: root-owned, one line of printable
 * bytes (it goes into a header). Returns a new buffer or NULL. */
static char *read_reviewer_token(const struct config *cfg, size_t *len, struct verify_result *r)
{
        char err[K8S_ERR_MAX], *tok = NULL;
        size_t n, got;

        if (util_read_trusted_file(cfg->reviewer_token_file, UTIL_FOLLOW, REVIEWER_TOKEN_MAX,
                                   &tok, &got, err, sizeof(err)) < 0) {
                verify_set(r, VERIFY_UNAVAIL, "reviewer_token_file %s", err);
                return NULL;
        }
        n = got;
        while (n > 0 && (tok[n - 1] == '\n' || tok[n - 1] == '\r' || tok[n - 1] == ' '))
                tok[--n] = '\0';
        for (size_t i = 0; i < n; i++)
                if ((unsigned char)tok[i] < 0x21 || (unsigned char)tok[i] > 0x7e)
                        n = 0;
        if (n == 0) {
                verify_set(r, VERIFY_UNAVAIL, "reviewer_token_file %s: empty or not one line of "
                    "printable text", cfg->reviewer_token_file);
                util_wipe_free(tok, got + 1);
                return NULL;
        }
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

void tokenreview_request(const struct config *cfg, const char *token, size_t len,
                         struct verify_result *r)
{
        static const char authz[] = "Authorization: Bearer ";
        char url[1024], err[K8S_ERR_MAX], curlerr[CURL_ERROR_SIZE] = "";
        char *reviewer = NULL, *header = NULL, *body = NULL, *ca = NULL;
        size_t rlen = 0, blen = 0, calen = 0;
        struct curl_slist *headers = NULL, *h;
        struct answer answer = { 0 };
        long http = 0;
        CURL *curl = NULL;
        CURLcode rc;

        if (snprintf(url, sizeof(url), "%s%s", cfg->api_server, TOKENREVIEW_PATH) >= (int)sizeof(url)) {
                verify_set(r, VERIFY_UNAVAIL, "api_server URL too long");
                return;
        }
        /* Followed like the reviewer token: a pod's ca.crt is a link. */
        if (cfg->ca_file && util_read_trusted_file(cfg->ca_file, UTIL_FOLLOW, CA_FILE_MAX, &ca, &calen,
                                                   err, sizeof(err)) < 0) {
                verify_set(r, VERIFY_UNAVAIL, "ca_file %s", err);
                return;
        }
        reviewer = read_reviewer_token(cfg, &rlen, r);
        if (!reviewer)
                goto out;
        header = malloc(sizeof(authz) + rlen);
        body = build_body(cfg, token, len, &blen);
        if (!header || !body) {
                verify_set(r, VERIFY_UNAVAIL, "out of memory");
                goto out;
        }
        memcpy(header, authz, sizeof(authz) - 1);
        memcpy(header + sizeof(authz) - 1, reviewer, rlen + 1);
        if (pthread_once(&curl_once, curl_init) != 0 || curl_init_rc != CURLE_OK ||
            !(curl = curl_easy_init())) {
                verify_set(r, VERIFY_UNAVAIL, "cannot initialise libcurl");
                goto out;
        }
        headers = curl_slist_append(NULL, "Content-Type: application/json");
        if (headers && (h = curl_slist_append(headers, "Accept: application/json")))
                headers = h;
        if (headers && (h = curl_slist_append(headers, header)))
                headers = h;
        else {
                verify_set(r, VERIFY_UNAVAIL, "out of memory");
                goto out;
        }
        if (ca) {
                struct curl_blob blob = { ca, calen, CURL_BLOB_NOCOPY };
                curl_easy_setopt(curl, CURLOPT_CAINFO_BLOB, &blob);
        }
        curl_easy_setopt(curl, CURLOPT_URL, url);
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
        curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "https");
        curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
        curl_easy_setopt(curl, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
        /* No proxy from the environment of whatever process hosts us. */
        curl_easy_setopt(curl, CURLOPT_PROXY, "");
        /* No signals: a PAM module must not touch the host's handlers. */
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075700
        /* Without it, a timed-out login waits for the resolver thread,
         * however long DNS takes: timeout would not bound a login. The
         * thread is left to finish alone, which is safe only because the
         * module (and with it libcurl) stays loaded: -z nodelete. */
        curl_easy_setopt(curl, CURLOPT_QUICK_EXIT, 1L);
#endif
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, cfg->timeout * 1000L);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, cfg->timeout * 1000L);
        curl_easy_setopt(curl, CURLOPT_MAXFILESIZE, (long)TOKENREVIEW_MAX_ANSWER);
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, (long)blen);
        curl_easy_setopt(curl, CURLOPT_USERAGENT, PACKAGE_NAME "/" PACKAGE_VERSION);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_data);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curlerr);

        rc = curl_easy_perform(curl);
        if (rc == CURLE_OK)
                curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &http);
        if (rc != CURLE_OK) {
                if (answer.too_big || rc == CURLE_FILESIZE_EXCEEDED)
                        verify_set(r, VERIFY_UNAVAIL, "API server answer larger than %d bytes",
                            TOKENREVIEW_MAX_ANSWER);
                else if (rc == CURLE_OPERATION_TIMEDOUT)
                        verify_set(r, VERIFY_UNAVAIL, "API server did not answer within %lds", cfg->timeout);
                else
                        verify_set(r, VERIFY_UNAVAIL, "API server unreachable: %s",
                            util_sanitize(err, sizeof(err),
                                          curlerr[0] ? curlerr : curl_easy_strerror(rc), 200));
        } else {
                tokenreview_parse(cfg, http, answer.data ? answer.data : "", answer.len, r);
        }
out:
        if (curl)
                curl_easy_cleanup(curl);
        wipe_headers(headers);
        util_wipe_free(answer.data, answer.len);
        util_wipe_free(body, blen);
        util_wipe_free(header, header ? sizeof(authz) + rlen : 0);
        /* The buffer is at least rlen + 1 bytes; only trailing blanks, no
         * secret, lie beyond. */
        util_wipe_free(reviewer, reviewer ? rlen + 1 : 0);
        free(ca);
}
