/* Where the key set comes from: jwks_file, or jwks_uri (or the issuer's
 * discovery document) fetched over HTTPS and cached in state_dir. Uses
 * libcurl, jansson and OpenSSL; not for NSS. */
#ifndef K8S_JWKS_STORE_H
#define K8S_JWKS_STORE_H

#include <stdbool.h>
#include <stddef.h>

#include "k8s/config.h"
#include "k8s/jwks.h"
#include "k8s/result.h"

/* The cached key set (state_dir/JWKS_CACHE_NAME) is fetched again when it
 * is older than this; Kubernetes publishes a new key at least an hour
 * (its max-age) before signing with it. */
#define JWKS_REFRESH_AFTER 600
/* At most one fetch per this many seconds per host, whatever the cause
 * (unknown kid, stale or missing cache), so bogus kids cannot hammer the
 * issuer. */
#define JWKS_MIN_RETRY 10
/* One line naming the source, then the key set as fetched. */
#define JWKS_CACHE_NAME "jwks.cache"
#define JWKS_ATTEMPT_NAME "jwks.attempt"
#define JWKS_LOCK_NAME "jwks.lock"
/* A file with [cluster NAME] sections keeps each cluster's cache and
 * fetch time apart ("jwks.cache.NAME"): one cluster's fetch must neither
 * replace nor rate-limit another's. */
#define JWKS_NAME_MAX 96
/* base, or base.NAME for a cluster of a file with sections, into buf
 * (JWKS_NAME_MAX bytes). */
void jwks_store_name(const struct config *cfg, const char *base, char *buf);
#define JWKS_DISCOVERY_PATH "/.well-known/openid-configuration"

enum jwks_want {
        JWKS_USE_CACHE,   /* the cache, refreshed when older than JWKS_REFRESH_AFTER */
        JWKS_UNKNOWN_KID, /* a token names a kid we lack: refresh unless rate-limited */
        JWKS_FORCE,       /* fetch now (k8s-login jwks refresh); no fallback */
};

/* Gets the configured key set into *out (free with jwks_free). Returns
 * K8S_OK, or K8S_UNAVAIL with the reason in why. *fetched (may
 * be NULL) tells whether this call fetched a new set from the source. */
enum k8s_status jwks_store_get(const struct config *cfg, enum jwks_want want,
                                  struct jwks **out, bool *fetched, char *why, size_t whylen);

#endif
