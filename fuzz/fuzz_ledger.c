/* libFuzzer target: the fleet ledger's parser (ledger_parse, the text the
 * helper hands over, whose values come from ConfigMaps anyone with the
 * ledger's credential can write), ledger_pick and the sync plan against
 * an empty registry. Whatever parses must keep the promises hosts rely
 * on: numbers unique and inside their slice, a pick that names the
 * identity asked for and a live entry, a plan that records each number
 * once. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "k8s/ledger.h"
#include "k8s/registry.h"

/* Two slices of 1050 numbers: random keys land in them. */
static const struct config *ledger_config(void)
{
        static struct config *cfg;
        char err[512];

        if (!cfg && config_parse("/fuzz/ledger.conf",
                                 "validation = jwks\nissuer = https://i\njwks_file = /j\n"
                                 "audiences = a\nallow_namespaces = *\n"
                                 "api_server = https://127.0.0.1:6443\n"
                                 "reviewer_token_file = /t\nuid_ledger = configmap\n"
                                 "uid_min = 70000\nuid_max = 72100\n", &cfg, err,
                                 sizeof(err)) < 0) {
                fprintf(stderr, "fuzz config: %s\n", err);
                abort();
        }
        return cfg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
        const struct config *cfg = ledger_config();
        struct ledger *l = NULL;
        struct registry *reg = NULL;
        struct ledger_plan p;
        char err[512], *text = malloc(size + 1);

        if (!text)
                return 0;
        memcpy(text, data, size);
        text[size] = '\0';
        if (ledger_parse(cfg, text, &l, err, sizeof(err)) < 0) {
                FUZZ_ASSERT(l == NULL && err[0]);
                free(text);
                return 0;
        }
        free(text);
        for (size_t i = 0; i < l->n; i++) {
                const struct ledger_entry *e = &l->e[i], *pick;
                struct ledger_shard s;
                enum ledger_pick r;

                FUZZ_ASSERT(registry_in_pool(cfg, e->n));
                FUZZ_ASSERT(ledger_find(l, e->n) == e);
                if (i > 0)
                        FUZZ_ASSERT(l->e[i - 1].n < e->n);
                ledger_shard_of(cfg, e->n, &s);
                FUZZ_ASSERT(s.lo <= e->n && e->n <= s.hi);
                if (e->malformed)
                        continue;
                r = ledger_pick(l, e->ns, e->kind == REGISTRY_USER ? e->sa : NULL,
                                e->sa_uid[0] ? e->sa_uid : NULL, &pick, err, sizeof(err));
                if (r == LEDGER_PICK_FOUND) {
                        FUZZ_ASSERT(pick && !pick->retired && !pick->malformed);
                        FUZZ_ASSERT(pick->kind == e->kind && !strcmp(pick->ns, e->ns) &&
                                    !strcmp(pick->sa, e->sa));
                } else {
                        FUZZ_ASSERT(pick == NULL);
                }
                /* A live entry is always somebody's pick, or a conflict. */
                if (!e->retired)
                        FUZZ_ASSERT(r != LEDGER_PICK_NONE);
        }
        if (registry_parse(strdup(""), &reg, err, sizeof(err)) == 0) {
                FUZZ_ASSERT(ledger_plan_sync(cfg, l, reg, NULL, NULL, &p) == 0);
                for (size_t i = 0; i < p.n; i++) {
                        FUZZ_ASSERT(p.c[i].op == 'a' && ledger_find(l, p.c[i].id));
                        for (size_t j = 0; j < i; j++)
                                FUZZ_ASSERT(p.c[j].id != p.c[i].id);
                }
                ledger_plan_clear(&p);
                registry_free(reg);
        }
        ledger_free(l);
        return 0;
}
