/* A config for the UID registry tests: the range uid_min..uid_max and
 * state_dir. Include after <cmocka.h>. */
#ifndef K8S_TESTS_REGISTRY_FIXTURE_H
#define K8S_TESTS_REGISTRY_FIXTURE_H

#include <stdint.h>
#include <stdio.h>

#include "k8s/config.h"
#include "k8s/util.h"

static inline struct config *cfg_range(uint32_t min, uint32_t max, const char *state_dir)
{
        char text[1024], err[K8S_ERR_MAX];
        struct config *cfg = NULL;

        snprintf(text, sizeof(text),
                 "api_server = https://127.0.0.1:1\nreviewer_token_file = /nonexistent\n"
                 "audiences = k8s-login\nallow_namespaces = *\nuid_min = %u\nuid_max = %u\n"
                 "state_dir = %s\ntimeout = 2\n", min, max, state_dir);
        if (config_parse("/test.conf", text, &cfg, err, sizeof(err)) < 0)
                fail_msg("config: %s", err);
        return cfg;
}

#endif
