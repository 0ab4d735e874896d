/* Unit tests for lib/util.c: the trusted directory that state_dir must be. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "k8s/util.h"

static char top[] = "/tmp/k8s-login-test-util.XXXXXX";

static int setup(void **state)
{
        return mkdtemp(top) && chmod(top, 0755) == 0 ? 0 : -1;
}

static int teardown(void **state)
{
        char cmd[128];

        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", top);
        return system(cmd) == 0 ? 0 : -1;
}

static mode_t mode_of(const char *path)
{
        struct stat st;

        return lstat(path, &st) == 0 ? st.st_mode & 07777 : (mode_t)-1;
}

/* state_dir_mode_umask: mkdir obeyed the caller's umask, so a first
 * login through setuid su by a user with umask 077 made state_dir 0700,
 * and NSS in every non-root process lost the registry. */
static void test_created_0755_whatever_the_umask(void **state)
{
        char dir[sizeof(top) + 16], err[K8S_ERR_MAX] = "";
        mode_t old;

        if (geteuid() != 0)
                skip(); /* the directory must be root's to be trusted */
        snprintf(dir, sizeof(dir), "%s/umask077", top);
        old = umask(077);
        assert_int_equal(util_trusted_dir(dir, true, err, sizeof(err)), 0);
        umask(old);
        assert_int_equal(mode_of(dir), 0755);
        /* And under the usual umask, the same. */
        snprintf(dir, sizeof(dir), "%s/umask022", top);
        old = umask(022);
        assert_int_equal(util_trusted_dir(dir, true, err, sizeof(err)), 0);
        umask(old);
        assert_int_equal(mode_of(dir), 0755);
        /* An existing directory is not changed, only judged. */
        snprintf(dir, sizeof(dir), "%s/existing", top);
        assert_int_equal(mkdir(dir, 0775), 0);
        assert_int_equal(chmod(dir, 0775), 0);
        assert_int_equal(util_trusted_dir(dir, true, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "writable by group or others (mode 0775)"));
        assert_int_equal(mode_of(dir), 0775);
}

/* Missing and not to be created; a link where the directory should be. */
static void test_refusals(void **state)
{
        char dir[sizeof(top) + 16], link[sizeof(top) + 16], err[K8S_ERR_MAX] = "";

        snprintf(dir, sizeof(dir), "%s/missing", top);
        assert_int_equal(util_trusted_dir(dir, false, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "No such file or directory"));
        assert_int_equal(mode_of(dir), (mode_t)-1);
        snprintf(link, sizeof(link), "%s/link", top);
        assert_int_equal(symlink(top, link), 0);
        assert_int_equal(util_trusted_dir(link, true, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "not a directory (a symbolic link)"));
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_created_0755_whatever_the_umask),
                cmocka_unit_test(test_refusals),
        };
        return cmocka_run_group_tests(tests, setup, teardown);
}
