/* Unit tests for lib/auth/jwks_store.c with jwks_file: the key-set file
 * parsed again when it changes, refused when missing, without a usable
 * key, or not root's and unwritable by others; and the per-cluster names
 * of what it keeps in state_dir. Root only: the file must be root's. */
#include "config.h"

#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "unit.h"
#include "jwks_fixtures.h"
#include "state_fixture.h"

#include "k8s/config.h"
#include "k8s/jwks.h"
#include "k8s/jwks_store.h"
#include "k8s/util.h"

/* The key set is parsed once per process and parsed again whenever its
 * file changes: replaced, rewritten in place with the same size, or made
 * untrusted (refused, not served from memory). */
static void write_file(const char *path, const char *text, bool in_place)
{
        int fd = open(path, O_WRONLY | O_CREAT | (in_place ? 0 : O_TRUNC), 0644);

        assert_true(fd >= 0);
        assert_int_equal(pwrite(fd, text, strlen(text), 0), (ssize_t)strlen(text));
        assert_int_equal(fchmod(fd, 0644), 0);
        close(fd);
}

static void test_jwks_file_reparsed_on_change(void **state)
{
        struct fixture *f = fixture_of(state);
        char path[128], extra[256], why[K8S_ERR_MAX];
        struct config *cfg;
        struct jwks *set = NULL;

        snprintf(path, sizeof(path), "%s/keys.jwks", f->dir);
        snprintf(extra, sizeof(extra), "validation = jwks\nissuer = https://issuer.test\n"
                 "jwks_file = %s\n", path);
        cfg = load_cfg(f->dir, extra);
        write_file(path, "{\"keys\":[" RSA(",\"kid\":\"key-a\"") "]}", false);
        for (int i = 0; i < 2; i++) {
                assert_int_equal(jwks_store_get(cfg, JWKS_USE_CACHE, &set, NULL, why, sizeof(why)),
                                 K8S_OK);
                assert_int_equal(set->n, 1);
                assert_string_equal(set->keys[0].kid, "key-a");
                jwks_free(set);
        }
        /* The same size, rewritten in place. */
        write_file(path, "{\"keys\":[" RSA(",\"kid\":\"key-b\"") "]}", true);
        assert_int_equal(jwks_store_get(cfg, JWKS_USE_CACHE, &set, NULL, why, sizeof(why)), K8S_OK);
        assert_string_equal(set->keys[0].kid, "key-b");
        jwks_free(set);
        /* Replaced by another file. */
        {
                char tmp[160];
                snprintf(tmp, sizeof(tmp), "%s.new", path);
                write_file(tmp, "{\"keys\":[" EC("P-256", P256_X, P256_Y, ",\"kid\":\"key-c\"") "]}", false);
                assert_int_equal(rename(tmp, path), 0);
        }
        assert_int_equal(jwks_store_get(cfg, JWKS_USE_CACHE, &set, NULL, why, sizeof(why)), K8S_OK);
        assert_string_equal(set->keys[0].kid, "key-c");
        assert_int_equal(set->keys[0].kty, JWKS_EC);
        jwks_free(set);
        /* Untrusted now: refused, never the set in memory. */
        assert_int_equal(chmod(path, 0666), 0);
        set = NULL;
        assert_int_equal(jwks_store_get(cfg, JWKS_USE_CACHE, &set, NULL, why, sizeof(why)), K8S_UNAVAIL);
        assert_null(set);
        assert_non_null(strstr(why, "writable by group or others"));
        assert_int_equal(chmod(path, 0644), 0);
        assert_int_equal(jwks_store_get(cfg, JWKS_USE_CACHE, &set, NULL, why, sizeof(why)), K8S_OK);
        assert_string_equal(set->keys[0].kid, "key-c");
        jwks_free(set);
        config_free(cfg);
}

/* ---- jwks_file refused: missing, no usable key, untrusted ----------------- */

#define KEY_A "{\"keys\":[" RSA(",\"kid\":\"key-a\"") "]}"

/* A config of validation = jwks that reads its keys from the file name
 * in the fixture's state_dir; that file's path in path. */
static struct config *file_cfg(const struct fixture *f, const char *name, char *path, size_t len)
{
        char extra[256];

        snprintf(path, len, "%s/%s", f->dir, name);
        snprintf(extra, sizeof(extra), "validation = jwks\nissuer = https://issuer.test\n"
                 "jwks_file = %s\n", path);
        return load_cfg(f->dir, extra);
}

/* jwks_store_get of cfg's jwks_file: K8S_OK with key-a alone, nothing
 * fetched. */
static void get_key_a(const struct config *cfg)
{
        char why[K8S_ERR_MAX] = "";
        struct jwks *set = NULL;
        bool fetched = true;

        assert_int_equal(jwks_store_get(cfg, JWKS_USE_CACHE, &set, &fetched, why, sizeof(why)),
                         K8S_OK);
        assert_false(fetched);
        assert_non_null(set);
        assert_int_equal(set->n, 1);
        assert_string_equal(set->keys[0].kid, "key-a");
        jwks_free(set);
}

/* jwks_store_get of cfg's jwks_file: K8S_UNAVAIL, no set, and why is
 * "jwks_file PATH: " followed by reason. */
static void get_refused(const struct config *cfg, const char *path, const char *reason)
{
        char why[K8S_ERR_MAX] = "", want[K8S_ERR_MAX];
        struct jwks *set = NULL;
        bool fetched = true;

        snprintf(want, sizeof(want), "jwks_file %s: %s", path, reason);
        assert_int_equal(jwks_store_get(cfg, JWKS_USE_CACHE, &set, &fetched, why, sizeof(why)),
                         K8S_UNAVAIL);
        assert_null(set);
        assert_false(fetched);
        assert_string_equal(why, want);
}

/* A jwks_file that is not there: refused, the reason naming the file;
 * its twin, the same path once written, is read. Removed again, it is
 * refused again: the set read a moment ago is not served. */
static void test_jwks_file_missing(void **state)
{
        char path[128];
        struct config *cfg = file_cfg(fixture_of(state), "absent.jwks", path, sizeof(path));

        get_refused(cfg, path, "cannot open: No such file or directory");
        write_file(path, KEY_A, false);
        get_key_a(cfg);
        assert_int_equal(unlink(path), 0);
        get_refused(cfg, path, "cannot open: No such file or directory");
        config_free(cfg);
}

/* A key set with no usable key (here its one key is for encryption, and
 * then none at all) is refused; its twin, the same key for signatures, is
 * read. */
static void test_jwks_file_no_usable_key(void **state)
{
        char path[128];
        struct config *cfg = file_cfg(fixture_of(state), "keys.jwks", path, sizeof(path));

        write_file(path, "{\"keys\":[" RSA(",\"kid\":\"key-a\",\"use\":\"enc\"") "]}", false);
        get_refused(cfg, path, "key set holds no usable key (last skipped: key 0: use is enc, "
                    "not sig)");
        write_file(path, "{\"keys\":[]}", false);
        get_refused(cfg, path, "key set holds no usable key");
        write_file(path, "{\"keys\":[" RSA(",\"kid\":\"key-a\",\"use\":\"sig\"") "]}", false);
        get_key_a(cfg);
        config_free(cfg);
}

/* A key set anyone but root could have written is refused: another
 * owner, writable by the group, writable by others. Each twin (root's,
 * 0644 again) is read. */
static void test_jwks_file_untrusted(void **state)
{
        char path[128];
        struct config *cfg = file_cfg(fixture_of(state), "keys.jwks", path, sizeof(path));

        write_file(path, KEY_A, false);
        get_key_a(cfg);
        assert_int_equal(chown(path, 65534, 0), 0);
        get_refused(cfg, path, "not owned by root (owner uid 65534)");
        assert_int_equal(chown(path, 0, 0), 0);
        assert_int_equal(chmod(path, 0644), 0);
        get_key_a(cfg);
        assert_int_equal(chmod(path, 0664), 0);
        get_refused(cfg, path, "writable by group or others (mode 0664)");
        assert_int_equal(chmod(path, 0644), 0);
        get_key_a(cfg);
        assert_int_equal(chmod(path, 0646), 0);
        get_refused(cfg, path, "writable by group or others (mode 0646)");
        assert_int_equal(chmod(path, 0644), 0);
        get_key_a(cfg);
        config_free(cfg);
}

/* ---- the names of what it keeps in state_dir ------------------------------ */

/* A file without sections: the base name as it is. With [cluster NAME]
 * sections: base.NAME, one per cluster, never the bare base. */
static void test_store_name(void **state)
{
        const char *text = "validation = jwks\naudiences = k8s-login\nallow_namespaces = demo\n"
                           "[cluster prod]\nissuer = https://prod.test\njwks_file = /p.jwks\n"
                           "user_format = prod-%n_%s\ngroup_format = prod-%n\nall_group = prod\n"
                           "uid_min = 3000000\nuid_max = 3999999\n"
                           "[cluster stg]\nissuer = https://stg.test\njwks_file = /s.jwks\n"
                           "user_format = stg-%n_%s\ngroup_format = stg-%n\nall_group = stg\n"
                           "uid_min = 4000000\nuid_max = 4999999\n";
        char name[JWKS_NAME_MAX], err[K8S_ERR_MAX];
        struct config *one = load_cfg("/var/lib/k8s-login", ""), *file = NULL;

        (void)state;
        assert_null(one->cluster);
        jwks_store_name(one, JWKS_CACHE_NAME, name);
        assert_string_equal(name, "jwks.cache");
        jwks_store_name(one, JWKS_ATTEMPT_NAME, name);
        assert_string_equal(name, "jwks.attempt");
        config_free(one);

        if (config_parse("/test.conf", text, &file, err, sizeof(err)) < 0)
                fail_msg("%s", err);
        assert_int_equal(config_cluster_count(file), 2);
        jwks_store_name(config_cluster(file, 0), JWKS_CACHE_NAME, name);
        assert_string_equal(name, "jwks.cache.prod");
        jwks_store_name(config_cluster(file, 1), JWKS_CACHE_NAME, name);
        assert_string_equal(name, "jwks.cache.stg");
        jwks_store_name(config_cluster(file, 1), JWKS_ATTEMPT_NAME, name);
        assert_string_equal(name, "jwks.attempt.stg");
        config_free(file);
}
int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_store_name),
                cmocka_unit_test_setup_teardown(test_jwks_file_reparsed_on_change, setup, teardown),
                cmocka_unit_test_setup_teardown(test_jwks_file_missing, setup, teardown),
                cmocka_unit_test_setup_teardown(test_jwks_file_no_usable_key, setup, teardown),
                cmocka_unit_test_setup_teardown(test_jwks_file_untrusted, setup, teardown),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
