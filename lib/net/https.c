/* The one HTTPS client (see include/k8s/https.h). It runs only in
 * k8s-login-helper, never in a login process. */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "k8s/config.h"
#include "k8s/https.h"
#include "k8s/util.h"


/* libcurl's global state is set up once per process: curl_global_init is
 * not thread-safe before libcurl 7.84 or in builds without
 * CURL_VERSION_THREADSAFE, and every call adds to a count. The helper
 * exits after one request, so it is never cleaned up. */
static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static CURLcode curl_init_rc = CURLE_FAILED_INIT;

static void curl_init(void)
{
        curl_init_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

/* Collects the answer. The buffer doubles as it fills (never past
 * max + 1), and each time the old one is wiped: realloc would leave a
 * copy of what came so far behind. */
static size_t on_data(char *ptr, size_t size, size_t nmemb, void *userdata)
{
        struct https_request *req = userdata;
        size_t n = size * nmemb;

        if (n > req->max - req->len) {
                req->too_big = true;
                return 0;
        }
        if (req->len + n + 1 > req->cap) {
                size_t cap = req->cap ? req->cap : 4096;
                char *grown;
                while (cap < req->len + n + 1)
                        cap *= 2;
                if (cap > req->max + 1)
                        cap = req->max + 1;
                if (!(grown = malloc(cap)))
                        return 0;
                if (req->data)
                        memcpy(grown, req->data, req->len);
                util_wipe_free(req->data, req->cap);
                req->data = grown;
                req->cap = cap;
        }
        memcpy(req->data + req->len, ptr, n);
        req->len += n;
        req->data[req->len] = '\0';
        return n;
}

int64_t https_now_ms(void)
{
        struct timespec ts;

        clock_gettime(CLOCK_MONOTONIC, &ts);
        return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int https_begin(struct https_request *req, const char *url, const char *ca_file,
                const char *ca_label, size_t max, int64_t deadline, char *why, size_t whylen)
{
        char err[K8S_ERR_MAX];
        int64_t left = deadline - https_now_ms();
        CURL *curl;

        memset(req, 0, sizeof(*req));
        req->max = max;
        if (left < 100) {
                util_fmt(why, whylen, "no time left for %s within timeout",
                         util_sanitize(err, sizeof(err), url, 120));
                return -1;
        }
        req->timeout_ms = (long)left;
        if (strncmp(url, "https://", 8) != 0) {
                util_fmt(why, whylen, "%s is not an https URL",
                         util_sanitize(err, sizeof(err), url, 120));
                return -1;
        }
        /* Followed like the reviewer token: a pod's ca.crt is a link. */
        if (ca_file && util_read_trusted_file(ca_file, UTIL_FOLLOW, CONFIG_CA_FILE_MAX, &req->ca,
                                              &req->calen, err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "%s %s", ca_label, err);
                return -1;
        }
        if (pthread_once(&curl_once, curl_init) != 0 || curl_init_rc != CURLE_OK ||
            !(curl = req->curl = curl_easy_init())) {
                util_fmt(why, whylen, "cannot initialise libcurl");
                return -1;
        }
        if (req->ca) {
                struct curl_blob blob = { req->ca, req->calen, CURL_BLOB_NOCOPY };
                /* The configured CA is the only trust anchor: without
                 * these two, libcurl also trusts its default bundle and
                 * CA directory (/etc/ssl/certs) beside the blob. */
                if (curl_easy_setopt(curl, CURLOPT_CAINFO_BLOB, &blob) != CURLE_OK ||
                    curl_easy_setopt(curl, CURLOPT_CAINFO, NULL) != CURLE_OK ||
                    curl_easy_setopt(curl, CURLOPT_CAPATH, NULL) != CURLE_OK) {
                        util_fmt(why, whylen, "cannot make %s the only trust anchor", ca_label);
                        return -1;
                }
        }
        curl_easy_setopt(curl, CURLOPT_URL, url);
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
        curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "https");
        curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
        curl_easy_setopt(curl, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
        /* No proxy, whatever an environment says (the helper has none). */
        curl_easy_setopt(curl, CURLOPT_PROXY, "");
        curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");
        /* No signals (the resolver runs in a thread). */
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075700
        /* Without it, a timed-out request waits for the resolver thread,
         * however long DNS takes; the helper exits right after. */
        curl_easy_setopt(curl, CURLOPT_QUICK_EXIT, 1L);
#endif
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, req->timeout_ms);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, req->timeout_ms);
        curl_easy_setopt(curl, CURLOPT_MAXFILESIZE, (long)max);
        curl_easy_setopt(curl, CURLOPT_USERAGENT, PACKAGE_NAME "/" PACKAGE_VERSION);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_data);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, req);
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, req->curlerr);
        return 0;
}

int https_perform(struct https_request *req, const char *what, long *http, char *why,
                  size_t whylen)
{
        char err[K8S_ERR_MAX];
        CURLcode rc = curl_easy_perform(req->curl);

        *http = 0;
        if (rc == CURLE_OK) {
                curl_easy_getinfo(req->curl, CURLINFO_RESPONSE_CODE, http);
                return 0;
        }
        if (req->too_big || rc == CURLE_FILESIZE_EXCEEDED)
                util_fmt(why, whylen, "%s answer larger than %zu bytes", what, req->max);
        else if (rc == CURLE_OPERATION_TIMEDOUT)
                /* In whole seconds, rounded up: the timeout as configured,
                         * less the helper's margin. */
                util_fmt(why, whylen, "%s did not answer within %lds", what,
                         (req->timeout_ms + 999) / 1000);
        else
                util_fmt(why, whylen, "%s unreachable: %s", what,
                         util_sanitize(err, sizeof(err),
                                       req->curlerr[0] ? req->curlerr : curl_easy_strerror(rc),
                                       200));
        return -1;
}

void https_end(struct https_request *req)
{
        if (req->curl)
                curl_easy_cleanup(req->curl);
        util_wipe_free(req->data, req->cap);
        free(req->ca);
        memset(req, 0, sizeof(*req));
}
