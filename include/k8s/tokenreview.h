/* The TokenReview API client (libcurl, jansson): k8s-login-helper's. */
#ifndef K8S_TOKENREVIEW_H
#define K8S_TOKENREVIEW_H

#include <stddef.h>
#include <stdint.h>

#include "k8s/config.h"
#include "k8s/result.h"

#define TOKENREVIEW_PATH "/apis/authentication.k8s.io/v1/tokenreviews"
/* A TokenReview answer is a few KiB; anything past this is refused. */
#define TOKENREVIEW_MAX_ANSWER (256 * 1024)

/* Reads an answer with HTTP status http_status. Sets r->res.status to
 * K8S_OK with r->id, sa_uid and pod from the answer, K8S_REFUSED
 * when the API server refuses the token, K8S_UNAVAIL for anything
 * unexpected; r->res.reason says why. */
void tokenreview_parse(const struct config *cfg, long http_status,
                       const char *body, size_t len, struct token_verdict *r);

/* Asks the API server about token (base64url and dots only), by
 * deadline (https_now_ms() time). */
void tokenreview_request(const struct config *cfg, int64_t deadline, const char *token,
                         size_t len, struct token_verdict *r);

#endif
