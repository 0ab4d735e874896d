/* Unit tests for lib/auth/cache.c: the token cache and the review rate,
 * against a real temporary state_dir (root only: it must be root's). */
#include "config.h"

#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "unit.h"
#include "jwks_fixtures.h"
#include "state_fixture.h"

#include "k8s/cache.h"
#include "k8s/config.h"
#include "k8s/token.h"
#include "k8s/util.h"

/* ---- the token cache and the review rate, in a real state_dir -------------- */

static void allowed(struct token_verdict *r)
{
        memset(r, 0, sizeof(*r));
        strcpy(r->id.ns, "demo");
        strcpy(r->id.sa, "debugger");
        strcpy(r->sa_uid, "0b6e2f0a-7f7e-4e86-a3ad-5c1c3e3b9a11");
        strcpy(r->pod, "debug-pod");
        r->res.status = K8S_OK;
}

static enum cache_answer lookup(const struct config *cfg, const char *tok, time_t now,
                                struct token_verdict *r)
{
        memset(r, 0, sizeof(*r));
        strcpy(r->id.ns, "demo");
        strcpy(r->id.sa, "debugger");
        return cache_lookup(cfg, tok, strlen(tok), now, r);
}

#define NOW 1800000000

static void test_cache_allow(void **state)
{
        struct fixture *f = fixture_of(state);
        struct token_verdict r, got;

        allowed(&r);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW, &got), CACHE_MISS);
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 59, &got), CACHE_HIT_ALLOW);
        assert_string_equal(got.sa_uid, r.sa_uid);
        assert_string_equal(got.pod, "debug-pod");
        assert_int_equal(got.res.status, K8S_OK);
        /* Negative twins: another token, the end of cache_ttl, another
         * audience, another identity. */
        assert_int_equal(lookup(f->cfg, TOK_ES256, NOW + 1, &got), CACHE_MISS);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 60, &got), CACHE_MISS);
        {
                struct config *other = load_cfg(f->dir, "cache_ttl = 60\n");
                free(other->audiences.items[0]);
                other->audiences.items[0] = strdup("another-audience");
                assert_int_equal(lookup(other, TOK_RS256, NOW + 1, &got), CACHE_MISS);
                config_free(other);
                /* Another API server: another cluster, no hit. */
                other = load_cfg(f->dir, "cache_ttl = 60\n");
                free(other->api_server);
                other->api_server = strdup("https://127.0.0.1:2");
                assert_int_equal(lookup(other, TOK_RS256, NOW + 1, &got), CACHE_MISS);
                config_free(other);
                /* Its twin: the same config again hits. */
                other = load_cfg(f->dir, "cache_ttl = 60\n");
                assert_int_equal(lookup(other, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
                config_free(other);
        }
        memset(&got, 0, sizeof(got));
        strcpy(got.id.ns, "demo");
        strcpy(got.id.sa, "someone-else");
        assert_int_equal(cache_lookup(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW + 1, &got), CACHE_MISS);
}

/* Two configs sharing a state_dir that differ in one setting that can
 * change a verdict never share a cached verdict; identical ones do. */
static void test_cache_key_settings(void **state)
{
        struct fixture *f = fixture_of(state);
        /* The base config's extra lines, and the other's: one setting apart. */
#define TTL "cache_ttl = 60\n"
#define JW "validation = jwks+tokenreview\nissuer = https://127.0.0.1:4\n"
        static const struct { const char *base, *other; } variants[] = {
                { TTL, TTL "jwks_file = /etc/k8s-login/other.jwks\n" },
                { TTL JW "jwks_file = /etc/k8s-login/a.jwks\n", TTL JW "jwks_file = /etc/k8s-login/b.jwks\n" },
                { TTL, TTL "jwks_uri = https://127.0.0.1:3/openid/v1/jwks\n" },
                { TTL JW "jwks_uri = https://127.0.0.1:3/a\n", TTL JW "jwks_uri = https://127.0.0.1:3/b\n" },
                { TTL, TTL "ca_file = /etc/k8s-login/other-ca.pem\n" },
                { TTL "ca_file = /etc/k8s-login/a.pem\n", TTL "ca_file = /etc/k8s-login/b.pem\n" },
                { TTL JW, TTL JW "jwks_ca_file = /etc/k8s-login/other-ca.pem\n" },
                { TTL JW "jwks_ca_file = /etc/k8s-login/a.pem\n", TTL JW "jwks_ca_file = /etc/k8s-login/b.pem\n" },
                { TTL JW, TTL "validation = jwks+tokenreview\nissuer = https://127.0.0.1:5\n" },
                { TTL "issuer = https://127.0.0.1:4\n", TTL JW },
                { TTL, "cache_ttl = 30\n" },
        };
#undef TTL
#undef JW
        struct token_verdict r, got;
        int bad = 0;

        for (size_t i = 0; i < N(variants); i++) {
                const char *base = variants[i].base, *other = variants[i].other;
                char path[128];
                struct config *a, *b;

                /* Each variant starts from an empty cache. */
                snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
                (void)unlink(path);
                a = load_cfg(f->dir, base);
                b = load_cfg(f->dir, other);
                allowed(&r);
                cache_store(a, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
                ROW_CHECK(bad, lookup(a, TOK_RS256, NOW + 1, &got) == CACHE_HIT_ALLOW,
                          "variant %zu: the storing config itself misses", i);
                ROW_CHECK(bad, lookup(b, TOK_RS256, NOW + 1, &got) == CACHE_MISS,
                          "variant %zu (%s): reused the other config's verdict", i, other);
                config_free(b);
                /* The twin: an identical config hits the one b stores. */
                b = load_cfg(f->dir, other);
                cache_store(b, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
                config_free(b);
                b = load_cfg(f->dir, other);
                ROW_CHECK(bad, lookup(b, TOK_ES256, NOW + 1, &got) == CACHE_HIT_ALLOW,
                          "variant %zu (%s): an identical config missed", i, other);
                ROW_CHECK(bad, lookup(a, TOK_ES256, NOW + 1, &got) == CACHE_MISS,
                          "variant %zu (%s): the base config reused its verdict", i, other);
                config_free(a);
                config_free(b);
        }
        assert_int_equal(bad, 0);
}

static void test_cache_exp_first(void **state)
{
        struct fixture *f = fixture_of(state);
        struct token_verdict r, got;

        allowed(&r);
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 10, &r);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 9, &got), CACHE_HIT_ALLOW);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 10, &got), CACHE_MISS);
}

static void test_cache_deny_briefly_and_never_unavail(void **state)
{
        struct fixture *f = fixture_of(state);
        struct token_verdict r, got;

        memset(&r, 0, sizeof(r));
        r.res.status = K8S_UNAVAIL;
        cache_store(f->cfg, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
        assert_int_equal(lookup(f->cfg, TOK_ES256, NOW, &got), CACHE_MISS);
        r.res.status = K8S_REFUSED;
        cache_store(f->cfg, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
        assert_int_equal(lookup(f->cfg, TOK_ES256, NOW + CACHE_DENY_TTL - 1, &got), CACHE_HIT_DENY);
        assert_int_equal(got.res.status, K8S_REFUSED);
        assert_int_equal(lookup(f->cfg, TOK_ES256, NOW + CACHE_DENY_TTL, &got), CACHE_MISS);
}

static void test_cache_disabled(void **state)
{
        struct fixture *f = fixture_of(state);
        struct config *off = load_cfg(f->dir, "cache_ttl = 0\n");
        struct token_verdict r, got;
        struct stat st;
        char path[128];

        allowed(&r);
        cache_store(off, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        assert_int_equal(stat(path, &st), -1);
        assert_int_equal(lookup(off, TOK_RS256, NOW, &got), CACHE_MISS);
        config_free(off);
}

static void test_cache_file_private_and_tokenless(void **state)
{
        struct fixture *f = fixture_of(state);
        struct token_verdict r, got;
        char path[128], *data = NULL;
        size_t len = 0;
        struct stat st;
        int fd;

        allowed(&r);
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_mode & 07777, 0600);
        data = malloc(1 << 20);
        fd = open(path, O_RDONLY);
        assert_true(fd >= 0);
        len = (size_t)read(fd, data, 1 << 20);
        close(fd);
        assert_true(len > 0 && len < (1 << 20));
        /* No piece of the token (its signature's first 16 bytes) in the file. */
        assert_null(memmem(data, len, strrchr(TOK_RS256, '.') + 1, 16));
        assert_null(memmem(data, len, TOK_RS256, 16));
        free(data);
        snprintf(path, sizeof(path), "%s/" CACHE_KEY_NAME, f->dir);
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_mode & 07777, 0600);
        assert_int_equal(st.st_size, CACHE_KEY_SIZE);

        /* A cache file others can read is refused, and left alone. */
        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        assert_int_equal(chmod(path, 0644), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
        cache_store(f->cfg, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_mode & 07777, 0644);
        /* Its twin: the same file at 0600 is used again. */
        assert_int_equal(chmod(path, 0600), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
        /* Owned by someone else: refused too. */
        assert_int_equal(chown(path, 65534, 0), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
}

static void test_cache_corrupt_rebuilt(void **state)
{
        struct fixture *f = fixture_of(state);
        struct token_verdict r, got;
        char path[128];
        int fd;

        allowed(&r);
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        fd = open(path, O_WRONLY | O_TRUNC);
        assert_true(fd >= 0);
        assert_int_equal(write(fd, "garbage", 7), 7);
        close(fd);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
        cache_store(f->cfg, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
        assert_int_equal(lookup(f->cfg, TOK_ES256, NOW + 1, &got), CACHE_HIT_ALLOW);
}

/* ---- the table format: torn or edited slots, owners, eviction, writers ---- */

#define CACHE_FILE_SIZE (CACHE_HEAD_SIZE + CACHE_SLOTS * CACHE_SLOT_SIZE)

/* Reads the whole cache file of f into buf (CACHE_FILE_SIZE bytes). */
static void read_table(const struct fixture *f, unsigned char *buf)
{
        char path[128];
        int fd;

        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        fd = open(path, O_RDONLY);
        assert_true(fd >= 0);
        assert_int_equal(pread(fd, buf, CACHE_FILE_SIZE, 0), CACHE_FILE_SIZE);
        close(fd);
}

static void write_at(const struct fixture *f, const void *data, size_t len, off_t off)
{
        char path[128];
        int fd;

        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        fd = open(path, O_WRONLY);
        assert_true(fd >= 0);
        assert_int_equal(pwrite(fd, data, len, off), (ssize_t)len);
        close(fd);
}

/* The offset of the only slot in use (a non-zero generation). */
static off_t used_slot(const unsigned char *table)
{
        off_t found = -1;

        for (int i = 0; i < CACHE_SLOTS; i++) {
                uint64_t gen;
                memcpy(&gen, table + CACHE_HEAD_SIZE + (size_t)i * CACHE_SLOT_SIZE, sizeof(gen));
                if (gen) {
                        assert_true(found < 0);
                        found = CACHE_HEAD_SIZE + (off_t)i * CACHE_SLOT_SIZE;
                }
        }
        assert_true(found >= 0);
        return found;
}

/* A slot read half-written, or edited anywhere (generation, key, expiry,
 * identity, tag), is a miss, never a wrong answer; the intact slot hits. */
static void test_cache_torn_or_edited_slot(void **state)
{
        struct fixture *f = fixture_of(state);
        static const size_t where[] = { 0, 8, 40, 44, 48, 52, 120, 400, 700, CACHE_SLOT_SIZE - 1 };
        unsigned char *table = malloc(CACHE_FILE_SIZE), old[CACHE_SLOT_SIZE], new[CACHE_SLOT_SIZE];
        struct token_verdict r, got;
        off_t at;
        int bad = 0;

        assert_non_null(table);
        allowed(&r);
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        read_table(f, table);
        at = used_slot(table);
        memcpy(old, table + at, sizeof(old));
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
        for (size_t i = 0; i < N(where); i++) {
                unsigned char b = old[where[i]] ^ 0x5a;
                write_at(f, &b, 1, at + (off_t)where[i]);
                ROW_CHECK(bad, lookup(f->cfg, TOK_RS256, NOW + 1, &got) == CACHE_MISS,
                          "a slot with byte %zu changed was trusted", where[i]);
                write_at(f, old, sizeof(old), at);
                ROW_CHECK(bad, lookup(f->cfg, TOK_RS256, NOW + 1, &got) == CACHE_HIT_ALLOW,
                          "the restored slot (byte %zu) missed", where[i]);
        }
        assert_int_equal(bad, 0);

        /* The same token stored again reuses its slot with the next
         * generation; half the new slot over the old one is a miss. */
        strcpy(r.sa_uid, "11111111-2222-3333-4444-555555555555");
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        read_table(f, table);
        assert_int_equal(used_slot(table), at);
        memcpy(new, table + at, sizeof(new));
        assert_memory_not_equal(new, old, 8);
        write_at(f, old, sizeof(old), at);
        write_at(f, new, CACHE_SLOT_SIZE / 2, at);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
        write_at(f, old + CACHE_SLOT_SIZE / 2, CACHE_SLOT_SIZE / 2, at + CACHE_SLOT_SIZE / 2);
        write_at(f, new, sizeof(new), at);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
        assert_string_equal(got.sa_uid, "11111111-2222-3333-4444-555555555555");
        /* The old slot, whole and validly tagged, is still trusted: a
         * replay needs write access to a root-owned 0600 file. */
        free(table);
}

/* The key or the table with the wrong owner, mode or type: refused and
 * left alone; the twin with the right ones is used. */
static void test_cache_wrong_owner_or_mode(void **state)
{
        struct fixture *f = fixture_of(state);
        struct token_verdict r, got;
        char key[128], table[128], moved[128];
        struct stat st;

        allowed(&r);
        cache_store(f->cfg, TOK_RS256, strlen(TOK_RS256), NOW, NOW + 600, &r);
        snprintf(key, sizeof(key), "%s/" CACHE_KEY_NAME, f->dir);
        snprintf(table, sizeof(table), "%s/" CACHE_FILE_NAME, f->dir);
        snprintf(moved, sizeof(moved), "%s/elsewhere", f->dir);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
        assert_int_equal(chmod(key, 0640), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
        assert_int_equal(chmod(key, 0600), 0);
        assert_int_equal(chown(key, 65534, 0), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
        cache_store(f->cfg, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
        assert_int_equal(stat(key, &st), 0);
        assert_int_equal(st.st_uid, 65534); /* left alone, not replaced */
        assert_int_equal(chown(key, 0, 0), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
        assert_int_equal(lookup(f->cfg, TOK_ES256, NOW + 1, &got), CACHE_MISS);
        /* A table reached through a symbolic link: refused, left alone. */
        assert_int_equal(rename(table, moved), 0);
        assert_int_equal(symlink(moved, table), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_MISS);
        cache_store(f->cfg, TOK_ES256, strlen(TOK_ES256), NOW, NOW + 600, &r);
        assert_int_equal(lstat(table, &st), 0);
        assert_true(S_ISLNK(st.st_mode));
        assert_int_equal(unlink(table), 0);
        assert_int_equal(rename(moved, table), 0);
        assert_int_equal(lookup(f->cfg, TOK_RS256, NOW + 1, &got), CACHE_HIT_ALLOW);
}

/* Far more tokens than slots: the file keeps its size, the token just
 * stored always hits, and every other one hits with its own identity or
 * misses (evicted), never another's. */
static void test_cache_full_table_evicts(void **state)
{
        struct fixture *f = fixture_of(state);
        enum { TOKENS = 4 * CACHE_SLOTS };
        struct token_verdict r, got;
        char tok[32], path[128];
        struct stat st;
        int bad = 0, hits = 0;

        allowed(&r);
        for (int i = 0; i < TOKENS; i++) {
                snprintf(tok, sizeof(tok), "token-%d", i);
                snprintf(r.sa_uid, sizeof(r.sa_uid), "uid-%d", i);
                /* The entry that expires first is evicted. An expiry is
                 * capped at cache_ttl (60 s here), so the last CACHE_PROBE
                 * tokens expire after every other one (50 s and up, one
                 * second apart) and the rest before (10 to 39 s). */
                long long exp = i >= TOKENS - CACHE_PROBE ? NOW + 50 + (i - (TOKENS - CACHE_PROBE))
                                                          : NOW + 10 + i % 30;
                cache_store(f->cfg, tok, strlen(tok), NOW, exp, &r);
                ROW_CHECK(bad, lookup(f->cfg, tok, NOW + 1, &got) == CACHE_HIT_ALLOW &&
                          !strcmp(got.sa_uid, r.sa_uid), "token %d missed right after its store", i);
        }
        for (int i = 0; i < TOKENS; i++) {
                char want[32];
                snprintf(tok, sizeof(tok), "token-%d", i);
                snprintf(want, sizeof(want), "uid-%d", i);
                switch (lookup(f->cfg, tok, NOW + 1, &got)) {
                case CACHE_HIT_ALLOW:
                        hits++;
                        ROW_CHECK(bad, !strcmp(got.sa_uid, want), "token %d answered %s", i, got.sa_uid);
                        break;
                case CACHE_MISS:
                        break;
                default:
                        ROW_CHECK(bad, false, "token %d: a deny was never stored", i);
                }
        }
        assert_int_equal(bad, 0);
        assert_true(hits <= CACHE_SLOTS);
        assert_true(hits >= CACHE_SLOTS / 2);
        /* The last CACHE_PROBE tokens expire last: none was evicted. */
        for (int i = TOKENS - CACHE_PROBE; i < TOKENS; i++) {
                snprintf(tok, sizeof(tok), "token-%d", i);
                assert_int_equal(lookup(f->cfg, tok, NOW + 1, &got), CACHE_HIT_ALLOW);
        }
        snprintf(path, sizeof(path), "%s/" CACHE_FILE_NAME, f->dir);
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_size, CACHE_FILE_SIZE);
}

/* Several processes storing and reading at once: every token's answer
 * is its own identity or a miss, never another's. */
static void test_cache_concurrent_writers(void **state)
{
        struct fixture *f = fixture_of(state);
        enum { WRITERS = 4, EACH = 300 };
        struct token_verdict r, got;
        char tok[32], want[40];
        int bad = 0, hits = 0;
        pid_t pid[WRITERS];

        allowed(&r);
        /* The key exists first, as after any earlier login. */
        cache_store(f->cfg, "seed", 4, NOW, NOW + 600, &r);
        for (int w = 0; w < WRITERS; w++) {
                pid[w] = fork();
                assert_true(pid[w] >= 0);
                if (pid[w] == 0) {
                        int wrong = 0;
                        for (int i = 0; i < EACH; i++) {
                                snprintf(tok, sizeof(tok), "w%d-%d", w, i);
                                snprintf(r.sa_uid, sizeof(r.sa_uid), "uid-w%d-%d", w, i);
                                cache_store(f->cfg, tok, strlen(tok), NOW, NOW + 600, &r);
                                /* Read another writer's recent token meanwhile. */
                                int o = (w + 1) % WRITERS;
                                snprintf(tok, sizeof(tok), "w%d-%d", o, i);
                                snprintf(want, sizeof(want), "uid-w%d-%d", o, i);
                                if (lookup(f->cfg, tok, NOW + 1, &got) == CACHE_HIT_ALLOW &&
                                    strcmp(got.sa_uid, want))
                                        wrong++;
                        }
                        _exit(wrong ? 1 : 0);
                }
        }
        for (int w = 0; w < WRITERS; w++) {
                int status = 0;
                assert_int_equal(waitpid(pid[w], &status, 0), pid[w]);
                ROW_CHECK(bad, WIFEXITED(status) && WEXITSTATUS(status) == 0,
                          "writer %d read another token's identity", w);
        }
        for (int w = 0; w < WRITERS; w++)
                for (int i = 0; i < EACH; i++) {
                        snprintf(tok, sizeof(tok), "w%d-%d", w, i);
                        snprintf(want, sizeof(want), "uid-w%d-%d", w, i);
                        enum cache_answer a = lookup(f->cfg, tok, NOW + 1, &got);
                        if (a == CACHE_HIT_ALLOW) {
                                hits++;
                                ROW_CHECK(bad, !strcmp(got.sa_uid, want), "%s answered %s", tok, got.sa_uid);
                        } else {
                                ROW_CHECK(bad, a == CACHE_MISS, "%s: answer %d", tok, (int)a);
                        }
                }
        assert_int_equal(bad, 0);
        /* 1,200 tokens in 1,024 slots: most are still there. */
        assert_true(hits >= CACHE_SLOTS / 2);
}

static void test_review_rate(void **state)
{
        struct fixture *f = fixture_of(state);
        char why[K8S_ERR_MAX] = "";
        int allowed_n = 0;

        assert_int_equal(f->cfg->max_reviews_per_second, CONFIG_DEFAULT_REVIEWS_PER_SECOND);
        for (int i = 0; i < CONFIG_DEFAULT_REVIEWS_PER_SECOND + 5; i++)
                allowed_n += cache_review_allowed(f->cfg, NOW, why, sizeof(why));
        assert_int_equal(allowed_n, CONFIG_DEFAULT_REVIEWS_PER_SECOND);
        assert_non_null(strstr(why, "more than 50 token reviews in one second"));
        /* The next second has a new budget. */
        assert_true(cache_review_allowed(f->cfg, NOW + 1, why, sizeof(why)));
}

/* max_reviews_per_second sets the budget; 0 counts nothing and never
 * refuses. */
static void test_review_rate_configured(void **state)
{
        struct fixture *f = fixture_of(state);
        char why[K8S_ERR_MAX] = "";
        int allowed_n = 0;

        f->cfg->max_reviews_per_second = 3;
        for (int i = 0; i < 10; i++)
                allowed_n += cache_review_allowed(f->cfg, NOW, why, sizeof(why));
        assert_int_equal(allowed_n, 3);
        assert_non_null(strstr(why, "more than 3 token reviews in one second"));

        f->cfg->max_reviews_per_second = 0;
        allowed_n = 0;
        for (int i = 0; i < 200; i++)
                allowed_n += cache_review_allowed(f->cfg, NOW + 5, why, sizeof(why));
        assert_int_equal(allowed_n, 200);
        /* Nothing was counted for that second. */
        f->cfg->max_reviews_per_second = 1;
        assert_true(cache_review_allowed(f->cfg, NOW + 5, why, sizeof(why)));
        assert_false(cache_review_allowed(f->cfg, NOW + 5, why, sizeof(why)));
        f->cfg->max_reviews_per_second = CONFIG_DEFAULT_REVIEWS_PER_SECOND;
}

/* The counter is rewritten in place; a file that is not root's 0600
 * regular file is replaced, never written through or trusted. */
static void test_review_rate_file(void **state)
{
        struct fixture *f = fixture_of(state);
        char why[K8S_ERR_MAX] = "", path[4096], other[4096];
        struct stat st;
        int fd;

        snprintf(path, sizeof(path), "%s/" CACHE_RATE_NAME, f->dir);
        assert_true(cache_review_allowed(f->cfg, NOW, why, sizeof(why)));
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_mode & 07777, 0600);
        assert_int_equal(st.st_size, 16);
        /* A count of the budget, written by someone else with mode 0644:
         * not trusted (the login is allowed), and replaced by a 0600 file. */
        {
                int64_t full[2] = { NOW, CONFIG_DEFAULT_REVIEWS_PER_SECOND };
                fd = open(path, O_WRONLY | O_TRUNC);
                assert_true(fd >= 0);
                assert_int_equal(write(fd, full, sizeof(full)), sizeof(full));
                close(fd);
        }
        assert_false(cache_review_allowed(f->cfg, NOW, why, sizeof(why)));
        assert_int_equal(chmod(path, 0644), 0);
        assert_true(cache_review_allowed(f->cfg, NOW, why, sizeof(why)));
        assert_int_equal(lstat(path, &st), 0);
        assert_int_equal(st.st_mode & 07777, 0600);
        /* A symbolic link is replaced, and what it pointed at is untouched. */
        snprintf(other, sizeof(other), "%s/elsewhere", f->dir);
        fd = open(other, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        assert_true(fd >= 0);
        close(fd);
        assert_int_equal(unlink(path), 0);
        assert_int_equal(symlink(other, path), 0);
        assert_true(cache_review_allowed(f->cfg, NOW, why, sizeof(why)));
        assert_int_equal(lstat(path, &st), 0);
        assert_true(S_ISREG(st.st_mode));
        assert_int_equal(stat(other, &st), 0);
        assert_int_equal(st.st_size, 0);
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test_setup_teardown(test_cache_allow, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_key_settings, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_exp_first, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_deny_briefly_and_never_unavail, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_disabled, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_file_private_and_tokenless, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_corrupt_rebuilt, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_torn_or_edited_slot, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_wrong_owner_or_mode, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_full_table_evicts, setup, teardown),
                cmocka_unit_test_setup_teardown(test_cache_concurrent_writers, setup, teardown),
                cmocka_unit_test_setup_teardown(test_review_rate_file, setup, teardown),
                cmocka_unit_test_setup_teardown(test_review_rate, setup, teardown),
                cmocka_unit_test_setup_teardown(test_review_rate_configured, setup, teardown),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
