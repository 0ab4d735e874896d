/* The verified-token cache: HMAC(host secret, token, settings) -> the
 * identity a validation gave, until the earlier of the token's exp and
 * cache_ttl; refusals for CACHE_DENY_TTL seconds. Never the token itself.
 * Uses OpenSSL; not for NSS.
 *
 * The settings in the key are every one that can change what a
 * validation answers, so two configs sharing a state_dir never reuse
 * each other's verdicts: validation, audiences (sent in a TokenReview),
 * api_server, issuer, jwks_file, jwks_uri, ca_file, jwks_ca_file (another
 * cluster, key source or trust anchor), the [cluster NAME] section when the
 * file has sections, and cache_ttl (a config with a
 * shorter one never trusts an entry kept for a longer one). The policy
 * settings (allow_legacy_tokens, max_token_lifetime, allow_namespaces,
 * allow_service_accounts, user_format) are left out: verify_token applies
 * them to the token's claims again before every lookup. So are
 * reviewer_token_file and timeout: they decide only whether the API
 * server can be asked, and a failure to ask is never cached. The review
 * budget (max_reviews_per_second) is counted per section, in
 * CACHE_RATE_NAME.<NAME>. */
#ifndef K8S_CACHE_H
#define K8S_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "k8s/config.h"
#include "k8s/result.h"

#define CACHE_FILE_NAME "tokens.cache"
#define CACHE_LOCK_NAME "tokens.lock"
#define CACHE_KEY_NAME "cache.key"
#define CACHE_RATE_NAME "reviews.rate"
#define CACHE_KEY_SIZE 32
/* The table (lib/auth/cache.c): a header, then CACHE_SLOTS slots; a token
 * lives in one of the CACHE_PROBE slots its key picks, evicting the one
 * that expires first when all are taken. */
#define CACHE_SLOTS 1024
#define CACHE_PROBE 8
#define CACHE_HEAD_SIZE 64
#define CACHE_SLOT_SIZE 800
/* A token the validation refused is refused again without asking for
 * this many seconds (never longer than cache_ttl). */
#define CACHE_DENY_TTL 10

enum cache_answer {
        CACHE_MISS,
        CACHE_HIT_ALLOW, /* r holds the remembered identity */
        CACHE_HIT_DENY,  /* r->res.reason says it was refused moments ago */
};

/* Looks token up; on a hit fills r's sa_uid, pod and reason (the caller
 * has already applied the current policy to the token's claims, and
 * checks the identity). Any doubt about the cache is a miss, logged. */
enum cache_answer cache_lookup(const struct config *cfg, const char *token, size_t len,
                               time_t now, struct token_verdict *r);

/* Remembers the outcome r of a validation (K8S_OK until the earlier
 * of exp and now + cache_ttl; K8S_REFUSED for CACHE_DENY_TTL; nothing
 * else, so network failures are never remembered). exp 0: none. */
void cache_store(const struct config *cfg, const char *token, size_t len, time_t now,
                 long long exp, const struct token_verdict *r);

/* Counts one TokenReview request against the per-host rate
 * (max_reviews_per_second; 0: no limit, nothing counted); false (with
 * why) when this second's budget is spent. */
bool cache_review_allowed(const struct config *cfg, time_t now, char *why, size_t whylen);

#endif
