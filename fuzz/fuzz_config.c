/* libFuzzer target: the config parser (config_parse) and what a parsed
 * config promises: a user_format that maps back, sane ranges, and with
 * [cluster] sections, every name, number and issuer routed to exactly the
 * cluster that made it. */
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
                size_t n = config_cluster_count(cfg);
                FUZZ_ASSERT(cfg->timeout > 0 && cfg->timeout <= CONFIG_MAX_TIMEOUT);
                FUZZ_ASSERT(cfg->cache_ttl >= 0 && cfg->cache_ttl <= CONFIG_MAX_CACHE_TTL);
                for (size_t i = 0; i < n; i++) {
                        const struct config *c = config_cluster(cfg, i);
                        FUZZ_ASSERT(c->audiences.n > 0);
                        FUZZ_ASSERT(c->uid_min <= c->uid_max);
                        FUZZ_ASSERT(c->max_token_lifetime > 0 &&
                                    c->max_token_lifetime <= CONFIG_MAX_MAX_LIFETIME);
                        /* An accepted user_format is reversible. */
                        if (names_to_local(c->user_format, &id, local, sizeof(local))) {
                                FUZZ_ASSERT(names_from_local(c->user_format, local, &back));
                                FUZZ_ASSERT(!strcmp(back.ns, id.ns) && !strcmp(back.sa, id.sa));
                                /* ... and routes back to this cluster alone. */
                                FUZZ_ASSERT(config_cluster_for_user(cfg, local) == c);
                        }
                        if (names_expand(c->group_format, id.ns, NULL, NULL, local, sizeof(local)))
                                FUZZ_ASSERT(config_cluster_for_group(cfg, local) == c);
                        FUZZ_ASSERT(config_cluster_for_group(cfg, c->all_group) == c);
                        FUZZ_ASSERT(config_cluster_for_number(cfg, c->uid_min) == c);
                        /* Sections: one issuer each, ranges apart. */
                        FUZZ_ASSERT(!cfg->n_clusters || c->issuer);
                        if (cfg->n_clusters)
                                FUZZ_ASSERT(config_cluster_for_issuer(cfg, c->issuer) == c);
                        config_identity_allowed(c, &id);
                        config_has_audience(c, "k8s-login");
                }
                config_free(cfg);
        } else {
                FUZZ_ASSERT(cfg == NULL);
                FUZZ_ASSERT(err[0] != '\0' && memchr(err, '\0', sizeof(err)) != NULL);
        }
        free(text);
        return 0;
}
