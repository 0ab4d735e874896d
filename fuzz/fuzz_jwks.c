/* libFuzzer target: the JWKS parser (jwks_parse). A key set that parses
 * holds only usable keys: an OpenSSL public key each, with an algorithm
 * that fits its type, and a short kid. */
#include "config.h"

#include <string.h>
#include <syslog.h>

#include "fuzz.h"
#include "k8s/jwks.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
        static const char *algs[] = { "RS256", "RS384", "RS512", "ES256", "ES384", "ES512",
                                      "HS256", "none", "rs256" };
        struct jwks *set = NULL;
        char err[512];

        /* Skipped keys are logged: keep the fuzzer's output readable. */
        setlogmask(LOG_UPTO(LOG_EMERG));
        if (jwks_parse((const char *)data, size, "fuzz", &set, err, sizeof(err)) < 0) {
                FUZZ_ASSERT(set == NULL && err[0]);
                return 0;
        }
        FUZZ_ASSERT(set->n > 0 && set->n <= JWKS_MAX_KEYS);
        for (size_t i = 0; i < set->n; i++) {
                const struct jwks_key *k = &set->keys[i];
                size_t allowed = 0;

                char why[200];
                FUZZ_ASSERT(k->mat != NULL);
                /* Built on first use: a key or the reason it is not one. */
                FUZZ_ASSERT(jwks_key_pkey(k, why, sizeof(why)) != NULL || why[0]);
                FUZZ_ASSERT(strlen(k->kid) <= JWKS_KID_MAX);
                for (size_t a = 0; a < sizeof(algs) / sizeof(algs[0]); a++) {
                        if (!jwks_key_allows(k, algs[a]))
                                continue;
                        allowed++;
                        /* Never HMAC, never none, never a case-folded name;
                         * RSA keys only RS*, EC keys only ES*. */
                        FUZZ_ASSERT(a < 6);
                        FUZZ_ASSERT(algs[a][0] == (k->kty == JWKS_RSA ? 'R' : 'E'));
                }
                FUZZ_ASSERT(allowed >= 1);
                /* An EC key allows exactly the algorithm of its curve. */
                FUZZ_ASSERT(k->kty == JWKS_RSA || allowed == 1);
        }
        jwks_free(set);
        return 0;
}
