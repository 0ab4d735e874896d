/* A temporary state_dir and a config that names it, for the tests of
 * what lib/auth keeps there (the token cache, the review rate, the key
 * set). Include after <cmocka.h>; needs root (setup fails otherwise, as
 * the state_dir must be root's). */
#ifndef K8S_TESTS_STATE_FIXTURE_H
#define K8S_TESTS_STATE_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "k8s/config.h"
#include "k8s/util.h"

struct fixture {
        char dir[64];
        struct config *cfg;
};

static inline struct config *load_cfg(const char *dir, const char *extra)
{
        char text[1024], err[K8S_ERR_MAX];
        struct config *cfg = NULL;

        snprintf(text, sizeof(text), "api_server = https://127.0.0.1:1\n"
                 "reviewer_token_file = /nonexistent\naudiences = k8s-login\n"
                 "allow_namespaces = demo\nstate_dir = %s\n%s", dir, extra);
        if (config_parse("/test.conf", text, &cfg, err, sizeof(err)) < 0)
                fail_msg("%s", err);
        return cfg;
}

static inline int setup(void **state)
{
        struct fixture *f = calloc(1, sizeof(*f));

        /* Only root-owned directories are trusted: elsewhere every test
         * of this fixture skips, and says why (fixture_of). */
        if (getuid() != 0) {
                free(f);
                *state = NULL;
                return 0;
        }
        strcpy(f->dir, "/tmp/k8s-test-cache.XXXXXX");
        if (!mkdtemp(f->dir))
                return -1;
        f->cfg = load_cfg(f->dir, "cache_ttl = 60\n");
        *state = f;
        return 0;
}

/* The test's fixture; skips the test when there is none (not root). */
static inline struct fixture *fixture_of(void **state)
{
        if (!*state) {
                print_message("needs root: state_dir must be a root-owned directory\n");
                skip();
        }
        return *state;
}

static inline int teardown(void **state)
{
        struct fixture *f = *state;
        char cmd[128];

        if (!f)
                return 0;
        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
        if (system(cmd) != 0)
                return -1;
        config_free(f->cfg);
        free(f);
        return 0;
}

#endif
