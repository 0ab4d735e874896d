/* libFuzzer target: the UID registry parser (registry_parse) and the
 * lookups the NSS module answers from it. Every registry that parses must
 * keep the promises the module relies on: one holder per number, lookups
 * that find what the file says, and numbers only inside the range. */
#include "config.h"

#include <string.h>

#include "fuzz.h"
#include "k8s/registry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
        const struct config *cfg = fuzz_config();
        struct registry *reg = NULL;
        char err[512], *text = malloc(size + 1);

        if (!text)
                return 0;
        memcpy(text, data, size);
        text[size] = '\0';
        if (registry_parse(text, &reg, err, sizeof(err)) < 0) {
                FUZZ_ASSERT(reg == NULL && err[0]);
                return 0;
        }
        for (size_t i = 0; i < reg->n; i++) {
                const struct registry_entry *e = &reg->e[i];
                struct names_identity id;
                uint32_t n;
                int have;

                /* One holder per number, found by it. */
                FUZZ_ASSERT(registry_find_id(reg, e->id) == e);
                FUZZ_ASSERT(e->id >= 1000);
                if (i > 0)
                        FUZZ_ASSERT(reg->by_id[i - 1]->id < reg->by_id[i]->id);
                if (e->kind == REGISTRY_GROUP) {
                        FUZZ_ASSERT(registry_find_group_in(reg, e->cluster, e->ns) == e);
                        continue;
                }
                /* Parsing held the names to Kubernetes' limits. */
                FUZZ_ASSERT(strlen(e->ns) <= NAMES_NS_MAX && strlen(e->sa) <= NAMES_SA_MAX);
                registry_entry_identity(e, &id);
                if (e->kind == REGISTRY_USER) {
                        FUZZ_ASSERT(registry_find_user_in(reg, e->cluster, &id) == e);
                        /* A line of a named cluster is not this
                         * section-less config's: never its allocation. */
                        FUZZ_ASSERT(e->cluster[0] == '\0' || registry_find_user(reg, &id) != e);
                }
                if (e->kind == REGISTRY_USER && !e->cluster[0]) {
                        have = registry_user_uid(cfg, reg, &id, &n);
                        /* Allocated: its own number, when in range. */
                        FUZZ_ASSERT(have == 1 ? n == e->id : have == -1);
                }
                /* A would-be number is never one that is held. */
                have = registry_user_uid(cfg, reg, &(struct names_identity){ "fuzz", "x" }, &n);
                FUZZ_ASSERT(have != 0 || registry_find_id(reg, n) == NULL);
                FUZZ_ASSERT(have < 0 || (n > cfg->uid_min && n <= cfg->uid_max));
        }
        registry_free(reg);
        return 0;
}
