/* libFuzzer target: the token pre-checks (lib/auth/token.c) that run on every
 * byte a user types before any key or network is involved: splitting,
 * base64url, JSON without duplicate keys, alg, claims, then the policy. */
#include "config.h"

#include <string.h>

#include "fuzz.h"
#include "k8s/names.h"
#include <jansson.h>

#include "k8s/token.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
        const struct config *cfg = fuzz_config();
        const char *tok = (const char *)data;
        struct token_claims c;
        char why[512], label[96];
        int r;

        /* The token is not NUL-terminated: the parser must use len only. */
        r = token_parse(tok, size, &c, why, sizeof(why));
        if (r == 0) {
                /* What token_parse promises about anything it accepts. */
                FUZZ_ASSERT(size > 0 && size <= TOKEN_MAX);
                FUZZ_ASSERT(json_is_object(c.header) && json_is_object(c.payload));
                FUZZ_ASSERT(names_is_dns1123_label(c.id.ns));
                FUZZ_ASSERT(names_is_dns1123_subdomain(c.id.sa));
                FUZZ_ASSERT(c.alg[0] == 'R' || c.alg[0] == 'E');
                FUZZ_ASSERT(!c.have_exp || (c.exp >= 0 && c.exp <= TOKEN_TIME_MAX));
                FUZZ_ASSERT(!c.have_iat || (c.iat >= 0 && c.iat <= TOKEN_TIME_MAX));
                /* Two clocks: now, and the far end of what claims allow. */
                token_check_policy(cfg, &c, (time_t)1700000000, why, sizeof(why));
                token_check_policy(cfg, &c, (time_t)TOKEN_TIME_MAX, why, sizeof(why));
        }
        token_label(tok, size, &c, label, sizeof(label));
        FUZZ_ASSERT(strlen(label) < sizeof(label));
        /* A label never carries a slice of the token unless it is the jti. */
        FUZZ_ASSERT(!strncmp(label, "jti=", 4) || !strncmp(label, "sha256=", 7) ||
                    !strncmp(label, "not a JWT, ", 11));
        token_claims_clear(&c);
        return 0;
}
