/* The result every layer below the login decision returns: a status and
 * the reason in words. Base tier (libc only). Only the decision layer
 * (include/k8s/verify.h) turns a result into an outcome for PAM; no lower
 * layer knows PAM's codes. */
#ifndef K8S_RESULT_H
#define K8S_RESULT_H

#include <stdbool.h>
#include <stdint.h>

#include "k8s/names.h"
#include "k8s/util.h"

enum k8s_status {
        K8S_OK,      /* done: the token is good, the key set is here, ... */
        K8S_REFUSED, /* a definite no, worth remembering (a forged token) */
        K8S_UNAVAIL, /* could not tell: never remembered, never a yes */
};

struct k8s_result {
        enum k8s_status status;
        char reason[K8S_ERR_MAX];
};

/* Sets r's status and its reason from a format. Returns 0 for K8S_OK,
 * -1 otherwise, so a caller can return it. */
int k8s_result_set(struct k8s_result *r, enum k8s_status s, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

/* "ok", "refused", "unavailable". */
const char *k8s_status_name(enum k8s_status s);

/* What a token checker (the token cache, the offline check, the
 * TokenReview client, the helper's answer) says about one token: the
 * result and, when it is K8S_OK, the identity the token proves. */
struct token_verdict {
        struct k8s_result res;
        bool have_id;                     /* id is set */
        struct names_identity id;
        char sa_uid[128];                 /* the service account's UID */
        char pod[NAMES_SA_MAX + 1];       /* the bound pod's name, or "" */
};

#endif
