/* Unit tests for the read side of lib/base/registry_index.c, on an index
 * built here from a registry written here: registry_index_fresh and
 * registry_index_open accept exactly the index built from this very
 * registry (each header field, the length, the magic, the trust of both
 * files and of the directory checked in turn), registry_index_query
 * answers from the lines the index points to, and registry_index_close
 * leaves nothing mapped. (test_registry.c covers indexes written by
 * registry_bind, forged offsets and stale indexes after a hand edit.)
 * Needs root: both files must be root's to be trusted. */
#include "config.h"

#include <errno.h>
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

#include "k8s/config.h"
#include "k8s/registry.h"
#include "k8s/registry_index.h"
#include "k8s/statefile.h"
#include "k8s/util.h"

#define TOP_TEMPLATE "/tmp/k8s-login-test-regidx.XXXXXX"

/* Five entries: two accounts and a group of demo, one of ci, a retired. */
static const char registry_text[] =
        "u 5003 demo a uid-a 10\n"
        "g 5001 demo - - 11\n"
        "r 5002 demo old uid-o 12\n"
        "u 5009 ci a - 13\n"
        "u 5004 demo b uid-b 14\n";

/* Header offsets (include/k8s/registry_index.h): magic, then st_dev,
 * st_ino, st_size, mtime s, mtime ns (64 bits each), n, zero. */
enum { AT_DEV = 16, AT_INO = 24, AT_SIZE = 32, AT_MTIME_S = 40, AT_MTIME_NS = 48, AT_N = 56,
       AT_ZERO = 60 };

struct fixture {
        char dir[sizeof(TOP_TEMPLATE)];
        struct stat st;           /* the registry's */
        unsigned char *idx;       /* the index as built */
        size_t idxlen;
        struct config *cfg;
};

static const char *at(const struct fixture *f, const char *name)
{
        static char path[2][sizeof(TOP_TEMPLATE) + 32];
        static int turn;

        turn = !turn;
        snprintf(path[turn], sizeof(path[turn]), "%s/%s", f->dir, name);
        return path[turn];
}

/* Replaces name with len bytes of data, root's 0644, as the library
 * writes its files (a rename: the registry's stat is not disturbed when
 * name is the index). */
static void put(const struct fixture *f, const char *name, const void *data, size_t len)
{
        char err[K8S_ERR_MAX];

        assert_int_equal(statefile_write(f->dir, name, data, len, 0644, err, sizeof(err)), 0);
}

static int setup(void **state)
{
        struct fixture *f = calloc(1, sizeof(*f));
        char err[K8S_ERR_MAX];
        int fd;

        if (!f)
                return -1;
        *state = f;
        if (geteuid() != 0)
                return 0; /* each test skips */
        memcpy(f->dir, TOP_TEMPLATE, sizeof(f->dir));
        if (!mkdtemp(f->dir) || chmod(f->dir, 0755) < 0)
                return -1;
        if (config_parse("/test.conf", "validation = tokenreview\napi_server = https://k\n"
                         "reviewer_token_file = /t\naudiences = a\nallow_namespaces = *\n"
                         "uid_min = 5000\nuid_max = 6000\n", &f->cfg, err, sizeof(err)) < 0) {
                fprintf(stderr, "config: %s\n", err);
                return -1;
        }
        if (statefile_write(f->dir, REGISTRY_FILE, registry_text, strlen(registry_text), 0644,
                            err, sizeof(err)) < 0 ||
            stat(at(f, REGISTRY_FILE), &f->st) < 0 ||
            registry_index_write(f->dir, registry_text, strlen(registry_text), &f->st, err,
                                 sizeof(err)) < 0) {
                fprintf(stderr, "index: %s\n", err);
                return -1;
        }
        /* Keep the index as built, for the tests to tamper with copies. */
        fd = open(at(f, REGISTRY_INDEX_FILE), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
                return -1;
        f->idxlen = (size_t)lseek(fd, 0, SEEK_END);
        f->idx = malloc(f->idxlen);
        if (!f->idx || pread(fd, f->idx, f->idxlen, 0) != (ssize_t)f->idxlen) {
                close(fd);
                return -1;
        }
        close(fd);
        return 0;
}

static int teardown(void **state)
{
        struct fixture *f = *state;
        char cmd[128];
        int r = 0;

        if (f->dir[0]) {
                snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
                r = system(cmd) == 0 ? 0 : -1;
        }
        config_free(f->cfg);
        free(f->idx);
        free(f);
        return r;
}

#define NEED_ROOT() do { if (geteuid() != 0) skip(); } while (0)

/* A copy of the built index with len bytes at off set to byte; written
 * as the index (len 0: the copy as it is; a shorter total: cut). */
static void put_index_with(const struct fixture *f, size_t off, size_t len, int byte,
                           size_t total)
{
        unsigned char *copy = malloc(f->idxlen + 16);

        assert_non_null(copy);
        memcpy(copy, f->idx, f->idxlen);
        memset(copy + f->idxlen, 0, 16);
        memset(copy + off, byte, len);
        put(f, REGISTRY_INDEX_FILE, copy, total);
        free(copy);
}

/* --- registry_index_fresh ----------------------------------------------------- */

static void test_fresh(void **state)
{
        struct fixture *f = *state;
        struct stat other;

        NEED_ROOT();
        assert_true(registry_index_fresh(f->dir, &f->st));
        assert_int_equal(f->idxlen, REGISTRY_INDEX_HEAD + 5 * 12);
        /* Another registry: each field of its stat on its own. */
        other = f->st, other.st_dev++;
        assert_false(registry_index_fresh(f->dir, &other));
        other = f->st, other.st_ino++;
        assert_false(registry_index_fresh(f->dir, &other));
        other = f->st, other.st_size--;
        assert_false(registry_index_fresh(f->dir, &other));
        other = f->st, other.st_mtim.tv_sec--;
        assert_false(registry_index_fresh(f->dir, &other));
        other = f->st, other.st_mtim.tv_nsec ^= 1;
        assert_false(registry_index_fresh(f->dir, &other));
}

/* The index file itself: magic, the zero word, its length against n,
 * its trust. Each tampered copy is refused, the untouched copy taken. */
static void test_fresh_index_file(void **state)
{
        struct fixture *f = *state;

        NEED_ROOT();
        put_index_with(f, 0, 1, 'K', f->idxlen);      /* magic */
        assert_false(registry_index_fresh(f->dir, &f->st));
        put_index_with(f, AT_ZERO, 1, 1, f->idxlen);   /* the zero word */
        assert_false(registry_index_fresh(f->dir, &f->st));
        put_index_with(f, AT_N, 1, 6, f->idxlen);      /* n one more than the file holds */
        assert_false(registry_index_fresh(f->dir, &f->st));
        put_index_with(f, 0, 0, 0, f->idxlen - 1);     /* cut by a byte */
        assert_false(registry_index_fresh(f->dir, &f->st));
        put_index_with(f, 0, 0, 0, f->idxlen + 12);    /* one pair too many */
        assert_false(registry_index_fresh(f->dir, &f->st));
        put_index_with(f, 0, 0, 0, REGISTRY_INDEX_HEAD - 1); /* not even a header */
        assert_false(registry_index_fresh(f->dir, &f->st));
        put_index_with(f, 0, 0, 0, f->idxlen);         /* the twin: as built */
        assert_true(registry_index_fresh(f->dir, &f->st));
        /* Writable by others, or not root's: not trusted, so not fresh. */
        assert_int_equal(chmod(at(f, REGISTRY_INDEX_FILE), 0666), 0);
        assert_false(registry_index_fresh(f->dir, &f->st));
        assert_int_equal(chmod(at(f, REGISTRY_INDEX_FILE), 0644), 0);
        assert_int_equal(chown(at(f, REGISTRY_INDEX_FILE), 65534, 0), 0);
        assert_false(registry_index_fresh(f->dir, &f->st));
        assert_int_equal(chown(at(f, REGISTRY_INDEX_FILE), 0, 0), 0);
        assert_true(registry_index_fresh(f->dir, &f->st));
        assert_int_equal(unlink(at(f, REGISTRY_INDEX_FILE)), 0);
        assert_false(registry_index_fresh(f->dir, &f->st));
}

/* --- registry_index_open, _query, _close --------------------------------------- */

static void test_open_query_close(void **state)
{
        struct fixture *f = *state;
        struct names_identity a = { "demo", "a" }, b = { "demo", "b" }, ci = { "ci", "a" },
                              nobody = { "demo", "nobody" };
        const struct registry_entry *e;
        struct registry_index ix;
        struct registry *part = NULL;
        char err[K8S_ERR_MAX] = "";

        NEED_ROOT();
        assert_int_equal(registry_index_open(f->dir, &ix, err, sizeof(err)), 0);
        assert_int_equal(ix.n, 5);
        assert_int_equal(ix.len, strlen(registry_text));
        assert_memory_equal(ix.text, registry_text, ix.len);
        assert_int_equal(ix.idxlen, f->idxlen);
        assert_int_equal(ix.st.st_ino, f->st.st_ino);
        {
                struct registry_query q = { &a, NULL, false, 0 };
                assert_int_equal(registry_index_query(f->cfg, &ix, &q, &part), 0);
                e = registry_find_user(part, &a);
                assert_non_null(e);
                assert_int_equal(e->id, 5003);
                assert_string_equal(e->sa_uid, "uid-a");
                /* Its group came along (an account's group is part of the
                 * answer); another namespace's account did not. */
                e = registry_find_group(part, "demo");
                assert_non_null(e);
                assert_int_equal(e->id, 5001);
                assert_null(registry_find_user(part, &ci));
                registry_free(part);
        }
        {
                struct registry_query q = { &nobody, NULL, false, 0 };
                part = NULL;
                assert_int_equal(registry_index_query(f->cfg, &ix, &q, &part), 0);
                assert_null(registry_find_user(part, &nobody));
                registry_free(part);
        }
        {
                /* By number: the holder, and a group's members. */
                struct registry_query q = { NULL, NULL, true, 5001 };
                part = NULL;
                assert_int_equal(registry_index_query(f->cfg, &ix, &q, &part), 0);
                e = registry_find_id(part, 5001);
                assert_non_null(e);
                assert_int_equal(e->kind, REGISTRY_GROUP);
                assert_non_null(registry_find_user(part, &a));
                assert_non_null(registry_find_user(part, &b));
                assert_null(registry_find_user(part, &ci));
                registry_free(part);
        }
        {
                struct registry_query q = { NULL, NULL, false, 5009 };
                part = NULL;
                assert_int_equal(registry_index_query(f->cfg, &ix, &q, &part), 0);
                e = registry_find_id(part, 5009);
                assert_non_null(e);
                assert_string_equal(e->ns, "ci");
                assert_null(registry_find_id(part, 5003));
                registry_free(part);
        }
        registry_index_close(&ix);
        assert_null(ix.text);
        assert_null(ix.idx);
        assert_int_equal(ix.n, 0);
        /* Closing a closed one is harmless. */
        registry_index_close(&ix);
}

/* Each refusal: -1, the reason in err, nothing left mapped. */
static void test_open_refusals(void **state)
{
        struct fixture *f = *state;
        struct registry_index ix;
        char err[K8S_ERR_MAX], missing[sizeof(TOP_TEMPLATE) + 16];

        NEED_ROOT();
        /* The header of another registry: stat fields one at a time. */
        {
                static const size_t fields[] = { AT_DEV, AT_INO, AT_SIZE, AT_MTIME_S, AT_MTIME_NS };
                for (size_t i = 0; i < N(fields); i++) {
                        unsigned char v = f->idx[fields[i]] ^ 0x01;
                        put_index_with(f, fields[i], 1, v, f->idxlen);
                        err[0] = '\0';
                        assert_int_equal(registry_index_open(f->dir, &ix, err, sizeof(err)), -1);
                        assert_string_equal(err, "no index built from this registry");
                        assert_null(ix.text);
                        assert_null(ix.idx);
                }
        }
        put_index_with(f, 0, 0, 0, f->idxlen);
        assert_int_equal(registry_index_open(f->dir, &ix, err, sizeof(err)), 0);
        registry_index_close(&ix);
        /* The registry untrusted, then missing. */
        assert_int_equal(chmod(at(f, REGISTRY_FILE), 0664), 0);
        assert_int_equal(registry_index_open(f->dir, &ix, err, sizeof(err)), -1);
        assert_string_equal(err, "no index built from this registry");
        assert_int_equal(chmod(at(f, REGISTRY_FILE), 0644), 0);
        assert_int_equal(registry_index_open(f->dir, &ix, err, sizeof(err)), 0);
        registry_index_close(&ix);
        /* The directory: group-writable (whoever can write it could swap
         * both files), or missing. */
        assert_int_equal(chmod(f->dir, 0775), 0);
        err[0] = '\0';
        assert_int_equal(registry_index_open(f->dir, &ix, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "writable by group or others (mode 0775)"));
        assert_int_equal(chmod(f->dir, 0755), 0);
        snprintf(missing, sizeof(missing), "%s/missing", f->dir);
        assert_int_equal(registry_index_open(missing, &ix, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "No such file or directory"));
        /* An empty registry has no index worth mapping. */
        put(f, REGISTRY_FILE, "", 0);
        {
                struct stat st;
                assert_int_equal(stat(at(f, REGISTRY_FILE), &st), 0);
                assert_int_equal(registry_index_write(f->dir, "", 0, &st, err, sizeof(err)), 0);
                assert_true(registry_index_fresh(f->dir, &st));
        }
        err[0] = '\0';
        assert_int_equal(registry_index_open(f->dir, &ix, err, sizeof(err)), -1);
        assert_string_equal(err, "no index built from this registry");
        assert_int_equal(unlink(at(f, REGISTRY_FILE)), 0);
        assert_int_equal(registry_index_open(f->dir, &ix, err, sizeof(err)), -1);
        assert_string_equal(err, "no index built from this registry");
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test_setup_teardown(test_fresh, setup, teardown),
                cmocka_unit_test_setup_teardown(test_fresh_index_file, setup, teardown),
                cmocka_unit_test_setup_teardown(test_open_query_close, setup, teardown),
                cmocka_unit_test_setup_teardown(test_open_refusals, setup, teardown),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
