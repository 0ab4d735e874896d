/* Shared by the libFuzzer targets in fuzz/: the one config they judge
 * inputs against, and a check that turns a broken promise into a crash
 * libFuzzer records. */
#ifndef K8S_FUZZ_H
#define K8S_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "k8s/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A property every input must keep; a violation is a finding. */
#define FUZZ_ASSERT(cond) do { \
        if (!(cond)) { \
                fprintf(stderr, "%s:%d: property violated: %s\n", __FILE__, __LINE__, #cond); \
                abort(); \
        } \
} while (0)

/* The config of the integration tests, parsed once (never freed: it lives
 * as long as the fuzzer). */
static inline const struct config *fuzz_config(void)
{
        static struct config *cfg;
        char err[512];

        if (!cfg && config_parse("/fuzz/k8s-login.conf",
                                 "validation = tokenreview\n"
                                 "api_server = https://127.0.0.1:6443\n"
                                 "reviewer_token_file = /fuzz/reviewer.token\n"
                                 "audiences = k8s-login, other\n"
                                 "allow_namespaces = demo, ci-*\n"
                                 "max_token_lifetime = 3600\n", &cfg, err, sizeof(err)) < 0) {
                fprintf(stderr, "fuzz config: %s\n", err);
                abort();
        }
        return cfg;
}

#endif
