/* One HTTPS client for every request the module makes (TokenReview, the
 * key set, discovery), so that every one follows the same rules: HTTPS
 * only, the certificate and host name verified against the configured CA
 * (or the system store), TLS 1.2 or later, no redirects, no proxy from the
 * host's environment, no signals, the whole request bounded by timeout
 * (name lookup included), the answer bounded in size and wiped when done.
 * Uses libcurl: linked into k8s-login-helper alone, never into a process
 * that logs someone in. */
#ifndef K8S_HTTPS_H
#define K8S_HTTPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <curl/curl.h>

struct https_request {
        CURL *curl;
        char *ca;                       /* the CA bundle, while curl uses it */
        size_t calen;
        char curlerr[CURL_ERROR_SIZE];
        char *data;                     /* the answer, NUL-terminated */
        size_t len, cap, max;
        long timeout_ms;
        bool too_big;
};

/* CLOCK_MONOTONIC in milliseconds: the clock of every deadline. */
int64_t https_now_ms(void);

/* Prepares req for one request to url (which must be https), to end by
 * deadline (https_now_ms() time). ca_file (NULL: the system store) is read
 * as a root-owned file, following links, and is then the only trust
 * anchor; its problems are reported under the name ca_label. The caller
 * may add options (headers, a body) to req->curl. Returns 0, or -1 with
 * why; https_end(req) either way. */
int https_begin(struct https_request *req, const char *url, const char *ca_file,
                const char *ca_label, size_t max, int64_t deadline, char *why, size_t whylen);

/* Performs it: 0 with the HTTP status in *http and the answer in
 * req->data/req->len, or -1 with why ("<what> did not answer within Ns",
 * "<what> answer larger than N bytes", "<what> unreachable: ..."). */
int https_perform(struct https_request *req, const char *what, long *http, char *why,
                  size_t whylen);

/* Frees what req holds, wiping the answer (a TokenReview answer echoes
 * the token). */
void https_end(struct https_request *req);

#endif
