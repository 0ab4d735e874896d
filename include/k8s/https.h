/* One HTTPS client for every request the module makes (TokenReview, the
 * key set, discovery), so that every one follows the same rules: HTTPS
 * only, the certificate and host name verified against the configured CA
 * (or the system store), TLS 1.2 or later, no redirects, no proxy from the
 * host's environment, no signals, the whole request bounded by timeout
 * (name lookup included), the answer bounded in size and wiped when done.
 * Uses libcurl; not for NSS. */
#ifndef K8S_HTTPS_H
#define K8S_HTTPS_H

#include <stdbool.h>
#include <stddef.h>

#include <curl/curl.h>

#include "k8s/config.h"

struct https_request {
        CURL *curl;
        char *ca;                       /* the CA bundle, while curl uses it */
        size_t calen;
        char curlerr[CURL_ERROR_SIZE];
        char *data;                     /* the answer, NUL-terminated */
        size_t len, cap, max;
        bool too_big;
};

/* Prepares req for one request to url (which must be https). ca_file
 * (NULL: the system store) is read as a root-owned file, following links;
 * its problems are reported under the name ca_label. The caller may add
 * options (headers, a body) to req->curl. Returns 0, or -1 with why;
 * https_end(req) either way. */
int https_begin(struct https_request *req, const struct config *cfg, const char *url,
                const char *ca_file, const char *ca_label, size_t max,
                char *why, size_t whylen);

/* Performs it: 0 with the HTTP status in *http and the answer in
 * req->data/req->len, or -1 with why ("<what> did not answer within Ns",
 * "<what> answer larger than N bytes", "<what> unreachable: ..."). */
int https_perform(struct https_request *req, const struct config *cfg, const char *what,
                  long *http, char *why, size_t whylen);

/* Frees what req holds, wiping the answer (a TokenReview answer echoes
 * the token). */
void https_end(struct https_request *req);

#endif
