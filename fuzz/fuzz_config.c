/* libFuzzer target: the config parser (config_parse) and what a parsed
 * config promises: a user_format that maps back, sane ranges. */
#include "config.h"

#include <string.h>

#include "fuzz.h"
#include "k8s/names.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
        struct config *cfg = NULL;
        char err[512], local[NAMES_LOCAL_MAX + 1];
        struct names_identity id = { "demo", "debugger" }, back;
        char *text;

        if (size > CONFIG_MAX_SIZE)
                return 0; /* config_load refuses these before parsing */
        text = malloc(size + 1);
        if (!text)
                return 0;
        memcpy(text, data, size);
        text[size] = '\0';
        err[0] = '\0';
        if (config_parse("/fuzz/k8s-login.conf", text, &cfg, err, sizeof(err)) == 0) {
                FUZZ_ASSERT(cfg->audiences.n > 0);
                FUZZ_ASSERT(cfg->uid_min <= cfg->uid_max);
                FUZZ_ASSERT(cfg->timeout > 0 && cfg->timeout <= CONFIG_MAX_TIMEOUT);
                FUZZ_ASSERT(cfg->max_token_lifetime > 0 &&
                            cfg->max_token_lifetime <= CONFIG_MAX_MAX_LIFETIME);
                FUZZ_ASSERT(cfg->cache_ttl >= 0 && cfg->cache_ttl <= CONFIG_MAX_CACHE_TTL);
                /* An accepted user_format is reversible. */
                if (names_to_local(cfg->user_format, &id, local, sizeof(local))) {
                        FUZZ_ASSERT(names_from_local(cfg->user_format, local, &back));
                        FUZZ_ASSERT(!strcmp(back.ns, id.ns) && !strcmp(back.sa, id.sa));
                }
                config_identity_allowed(cfg, &id);
                config_has_audience(cfg, "k8s-login");
                config_free(cfg);
        } else {
                FUZZ_ASSERT(cfg == NULL);
                FUZZ_ASSERT(err[0] != '\0' && memchr(err, '\0', sizeof(err)) != NULL);
        }
        free(text);
        return 0;
}
