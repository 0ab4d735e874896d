/* The verified-token cache: a fixed-size open-addressed table in one file,
 * updated in place.
 *
 * Every entry is keyed by an HMAC with a secret that never leaves
 * state_dir, so the file alone cannot confirm a guessed token; the token
 * itself is never written. The file is CACHE_HEAD_SIZE bytes of header
 * and CACHE_SLOTS slots of CACHE_SLOT_SIZE bytes. A token's slots are the
 * CACHE_PROBE consecutive ones starting at its key modulo
 * (CACHE_SLOTS - CACHE_PROBE + 1), so a lookup is one pread(2) of a few
 * KiB and never grows with the number of entries.
 *
 * Writers serialise on tokens.lock and rewrite one slot with one
 * pwrite(2); readers take no lock. Each slot carries a generation number
 * and a tag, an HMAC with the same secret over its position, generation,
 * key and contents: a slot read while it is being written (torn), or
 * planted or edited by hand, fails the tag and is a miss, never a wrong
 * answer.
 *
 * Nothing here is fsync'ed, on purpose: the cache is disposable. A crash
 * can lose or tear entries; a lost entry costs one more validation, a
 * torn one fails its tag. Neither ever lets a token in that a validation
 * would refuse. (Syncing the whole file on every login cost about 2 ms.)
 *
 * A file of the wrong shape is ignored and rebuilt by the next store;
 * one with the wrong owner or mode is left alone and caching is off
 * until it is fixed. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include "k8s/cache.h"
#include "k8s/statefile.h"
#include "k8s/util.h"

#define MAGIC "k8s-login tokens v2\n"

struct head {
        char magic[32];
        uint32_t slots, slot_size;
        char pad[CACHE_HEAD_SIZE - 40];
};

struct slot {
        uint64_t gen;            /* 0: never written */
        unsigned char key[32];   /* HMAC of the token and the settings */
        int64_t expires;
        int32_t allow;
        char ns[NAMES_NS_MAX + 1];
        char sa[NAMES_SA_MAX + 1];
        char sa_uid[128];
        char pod[NAMES_SA_MAX + 1];
        char pad[CACHE_SLOT_SIZE - 8 - 32 - 8 - 4 - (NAMES_NS_MAX + 1) - 2 * (NAMES_SA_MAX + 1) -
                 128 - 32];
        unsigned char tag[32];   /* HMAC of the slot's number and all above */
};

_Static_assert(sizeof(struct head) == CACHE_HEAD_SIZE, "cache header size");
_Static_assert(sizeof(struct slot) == CACHE_SLOT_SIZE, "cache slot size");

#define FILE_SIZE ((off_t)CACHE_HEAD_SIZE + (off_t)CACHE_SLOTS * CACHE_SLOT_SIZE)

static void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void warn(const char *fmt, ...)
{
        va_list ap;

        va_start(ap, fmt);
        vsyslog(LOG_AUTHPRIV | LOG_WARNING, fmt, ap);
        va_end(ap);
}

/* Opens dir/name with flags (O_RDONLY, or O_RDWR | O_CREAT: a new file
 * gets mode 0600), never through a symbolic link; refuses (-2) a file that
 * is not a root-owned regular file of mode 0600 or narrower; -1 when
 * missing. */
static int open_private(const char *dir, const char *name, int flags, struct stat *st,
                        char *err, size_t errlen)
{
        char path[4096];
        int fd;

        if (statefile_path(path, sizeof(path), dir, name) < 0)
                return -1;
        fd = open(path, flags | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0600);
        if (fd < 0) {
                int e = errno;
                util_fmt(err, errlen, "%s: %s", path, e == ELOOP ? "is a symbolic link" : strerror(e));
                return e == ENOENT ? -1 : -2;
        }
        if (fstat(fd, st) < 0 || !S_ISREG(st->st_mode) || st->st_uid != 0 || (st->st_mode & 077)) {
                util_fmt(err, errlen, "%s: not a root-owned regular file of mode 0600, refused", path);
                close(fd);
                return -2;
        }
        return fd;
}

/* The HMAC set up once per process: the algorithm fetched once, and a
 * context keyed with the secret of one state_dir, kept while that
 * cache.key is the same file (device, inode, size, times). Every MAC is a
 * copy of it. The key stays in this process's memory until it exits, as
 * it would for the length of a login anyway; a destructor frees it when
 * the module is unloaded. The mutex is for hosts that authenticate in
 * several threads. */
static struct {
        pthread_mutex_t lock;
        EVP_MAC *mac;
        EVP_MAC_CTX *keyed;
        char dir[4096];
        dev_t dev;
        ino_t ino;
        struct timespec mtime, ctime;
} hm = { .lock = PTHREAD_MUTEX_INITIALIZER };

__attribute__((destructor)) static void hm_free(void)
{
        EVP_MAC_CTX_free(hm.keyed);
        EVP_MAC_free(hm.mac);
        hm.keyed = NULL;
        hm.mac = NULL;
}

static bool same_file(const struct stat *st)
{
        return hm.keyed && st->st_dev == hm.dev && st->st_ino == hm.ino &&
               st->st_mtim.tv_sec == hm.mtime.tv_sec && st->st_mtim.tv_nsec == hm.mtime.tv_nsec &&
               st->st_ctim.tv_sec == hm.ctime.tv_sec && st->st_ctim.tv_nsec == hm.ctime.tv_nsec;
}

/* Keys hm.keyed with state_dir's secret: read, or created once (create:
 * the caller holds the cache lock). Call with hm.lock held. */
static int secret(const struct config *cfg, bool create)
{
        OSSL_PARAM params[] = {
                OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)"SHA256", 0),
                OSSL_PARAM_construct_end(),
        };
        unsigned char key[CACHE_KEY_SIZE];
        char err[K8S_ERR_MAX], path[4096];
        struct stat st;
        int fd, r = -1;

        /* The cheap path: the same trusted file as last time. */
        if (strlen(cfg->state_dir) < sizeof(hm.dir) && !strcmp(cfg->state_dir, hm.dir) &&
            statefile_path(path, sizeof(path), cfg->state_dir, CACHE_KEY_NAME) == 0 &&
            lstat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == 0 &&
            !(st.st_mode & 077) && st.st_size == CACHE_KEY_SIZE && same_file(&st))
                return 0;
        EVP_MAC_CTX_free(hm.keyed);
        hm.keyed = NULL;
        hm.dir[0] = '\0';
        if (!hm.mac && !(hm.mac = EVP_MAC_fetch(NULL, "HMAC", NULL)))
                return -1;
        fd = open_private(cfg->state_dir, CACHE_KEY_NAME, O_RDONLY, &st, err, sizeof(err));
        if (fd >= 0) {
                r = st.st_size == CACHE_KEY_SIZE ? util_read_full(fd, key, CACHE_KEY_SIZE) : -1;
                close(fd);
                if (r < 0)
                        warn("k8s-login: token cache disabled: %s has the wrong size",
                             CACHE_KEY_NAME);
        } else if (fd == -2 || !create) {
                if (fd == -2)
                        warn("k8s-login: token cache disabled: %s", err);
        } else if (getrandom(key, CACHE_KEY_SIZE, 0) != CACHE_KEY_SIZE ||
                   statefile_write(cfg->state_dir, CACHE_KEY_NAME, key, CACHE_KEY_SIZE, 0600,
                                   err, sizeof(err)) < 0 ||
                   statefile_path(path, sizeof(path), cfg->state_dir, CACHE_KEY_NAME) < 0 ||
                   lstat(path, &st) < 0) {
                warn("k8s-login: token cache disabled: cannot create its key: %s", err);
        } else {
                r = 0;
        }
        if (r == 0 && ((hm.keyed = EVP_MAC_CTX_new(hm.mac)) == NULL ||
                       !EVP_MAC_init(hm.keyed, key, CACHE_KEY_SIZE, params)))
                r = -1;
        explicit_bzero(key, sizeof(key));
        if (r < 0 || strlen(cfg->state_dir) >= sizeof(hm.dir)) {
                EVP_MAC_CTX_free(hm.keyed);
                hm.keyed = NULL;
                return r < 0 ? -1 : 0; /* a path too long to remember is keyed anew each time */
        }
        strcpy(hm.dir, cfg->state_dir);
        hm.dev = st.st_dev;
        hm.ino = st.st_ino;
        hm.mtime = st.st_mtim;
        hm.ctime = st.st_ctim;
        return 0;
}

/* One named setting into the MAC: its name, whether it is set, its value,
 * each NUL-terminated, so no two configs give the same bytes. */
static int mac_setting(EVP_MAC_CTX *ctx, const char *name, const char *value)
{
        return EVP_MAC_update(ctx, (const unsigned char *)name, strlen(name) + 1) &&
               EVP_MAC_update(ctx, (const unsigned char *)(value ? "+" : "-"), 1) &&
               (!value || EVP_MAC_update(ctx, (const unsigned char *)value, strlen(value) + 1));
}

/* The entry's key: HMAC-SHA256 over the token and every setting that can
 * change the verdict a validation gives (cache.h lists them and says
 * why). Call with hm.lock held and hm.keyed set. */
static int key_of(const struct config *cfg, const char *token, size_t len, unsigned char *out)
{
        EVP_MAC_CTX *ctx = EVP_MAC_CTX_dup(hm.keyed);
        char ttl[24];
        size_t outlen = 0;
        int r = -1;

        snprintf(ttl, sizeof(ttl), "%ld", cfg->cache_ttl);
        if (!ctx ||
            !EVP_MAC_update(ctx, (const unsigned char *)MAGIC, sizeof(MAGIC)) ||
            !EVP_MAC_update(ctx, (const unsigned char *)token, len) ||
            !EVP_MAC_update(ctx, (const unsigned char *)"", 1) ||
            !mac_setting(ctx, "validation", config_validation_name(cfg->validation)))
                goto out;
        for (size_t i = 0; i < cfg->audiences.n; i++)
                if (!mac_setting(ctx, "audience", cfg->audiences.items[i]))
                        goto out;
        /* Another cluster, another key source or another trust anchor
         * never hits an entry another config stored in the same state_dir. */
        if (!mac_setting(ctx, "api_server", cfg->api_server) ||
            !mac_setting(ctx, "issuer", cfg->issuer) ||
            !mac_setting(ctx, "jwks_file", cfg->jwks_file) ||
            !mac_setting(ctx, "jwks_uri", cfg->jwks_uri) ||
            !mac_setting(ctx, "ca_file", cfg->ca_file) ||
            !mac_setting(ctx, "jwks_ca_file", cfg->jwks_ca_file) ||
            (cfg->cluster && !mac_setting(ctx, "cluster", cfg->cluster)) ||
            !mac_setting(ctx, "cache_ttl", ttl))
                goto out;
        if (EVP_MAC_final(ctx, out, &outlen, 32) && outlen == 32)
                r = 0;
out:
        EVP_MAC_CTX_free(ctx);
        return r;
}

/* The tag of slot number n: an HMAC over a label, n and everything in
 * the slot before the tag, so a slot copied to another place, edited, or
 * read half-written never passes. Call with hm.lock held. */
static int tag_of(uint32_t n, const struct slot *s, unsigned char *out)
{
        EVP_MAC_CTX *ctx = EVP_MAC_CTX_dup(hm.keyed);
        size_t outlen = 0;
        int r = -1;

        if (ctx && EVP_MAC_update(ctx, (const unsigned char *)"slot", 5) &&
            EVP_MAC_update(ctx, (const unsigned char *)&n, sizeof(n)) &&
            EVP_MAC_update(ctx, (const unsigned char *)s, offsetof(struct slot, tag)) &&
            EVP_MAC_final(ctx, out, &outlen, 32) && outlen == 32)
                r = 0;
        EVP_MAC_CTX_free(ctx);
        return r;
}

static bool slot_valid(uint32_t n, const struct slot *s)
{
        unsigned char tag[32];

        return s->gen != 0 && tag_of(n, s, tag) == 0 && !CRYPTO_memcmp(tag, s->tag, sizeof(tag));
}

/* The first of a key's CACHE_PROBE slots. */
static uint32_t first_slot(const unsigned char *key)
{
        uint64_t h;

        memcpy(&h, key, sizeof(h));
        return (uint32_t)(h % (CACHE_SLOTS - CACHE_PROBE + 1));
}

static off_t slot_offset(uint32_t n)
{
        return (off_t)CACHE_HEAD_SIZE + (off_t)n * CACHE_SLOT_SIZE;
}

/* True when fd (of size st) is a cache table this code wrote. */
static bool shape_ok(int fd, const struct stat *st)
{
        struct head h;

        return st->st_size == FILE_SIZE && pread(fd, &h, sizeof(h), 0) == (ssize_t)sizeof(h) &&
               !memcmp(h.magic, MAGIC, sizeof(MAGIC)) && h.slots == CACHE_SLOTS &&
               h.slot_size == CACHE_SLOT_SIZE;
}

/* Reads the CACHE_PROBE slots starting at first into w. */
static int read_window(int fd, uint32_t first, struct slot *w)
{
        size_t want = (size_t)CACHE_PROBE * sizeof(struct slot);

        return pread(fd, w, want, slot_offset(first)) == (ssize_t)want ? 0 : -1;
}

static bool terminated(const char *s, size_t n)
{
        return memchr(s, '\0', n) != NULL;
}

enum cache_answer cache_lookup(const struct config *cfg, const char *token, size_t len,
                               time_t now, struct token_verdict *r)
{
        struct slot w[CACHE_PROBE];
        unsigned char key[32];
        enum cache_answer a = CACHE_MISS;
        char err[K8S_ERR_MAX];
        struct stat st;
        uint32_t first;
        int fd = -1;

        if (cfg->cache_ttl <= 0)
                return CACHE_MISS;
        if (statefile_dir(cfg->state_dir, err, sizeof(err)) < 0) {
                warn("k8s-login: token cache disabled: state_dir %s", err);
                return CACHE_MISS;
        }
        pthread_mutex_lock(&hm.lock);
        if (secret(cfg, false) < 0 || key_of(cfg, token, len, key) < 0)
                goto out;
        fd = open_private(cfg->state_dir, CACHE_FILE_NAME, O_RDONLY, &st, err, sizeof(err));
        if (fd == -2)
                warn("k8s-login: token cache disabled: %s", err);
        if (fd < 0)
                goto out;
        if (!shape_ok(fd, &st)) {
                warn("k8s-login: token cache %s is corrupt: ignored, and rebuilt at the next store",
                     CACHE_FILE_NAME);
                goto out;
        }
        first = first_slot(key);
        if (read_window(fd, first, w) < 0)
                goto out;
        for (uint32_t i = 0; i < CACHE_PROBE; i++) {
                struct slot *e = &w[i];
                if (e->gen == 0 || CRYPTO_memcmp(e->key, key, sizeof(key)))
                        continue;
                /* Torn (being written right now) or not written by us:
                 * not trusted, a miss. */
                if (!slot_valid(first + i, e) || e->expires <= (int64_t)now)
                        continue;
                if (!terminated(e->ns, sizeof(e->ns)) || !terminated(e->sa, sizeof(e->sa)) ||
                    !terminated(e->sa_uid, sizeof(e->sa_uid)) || !terminated(e->pod, sizeof(e->pod)))
                        break;
                if (!e->allow) {
                        k8s_result_set(&r->res, K8S_REFUSED, "the same token was refused %llds ago (remembered "
                                   "for %ds)", (long long)(now - (e->expires - CACHE_DENY_TTL)),
                                   CACHE_DENY_TTL);
                        a = CACHE_HIT_DENY;
                        break;
                }
                /* The caller checks that this identity is the token's own. */
                if (strcmp(e->ns, r->id.ns) || strcmp(e->sa, r->id.sa))
                        break;
                strcpy(r->sa_uid, e->sa_uid);
                if (e->pod[0])
                        strcpy(r->pod, e->pod);
                k8s_result_set(&r->res, K8S_OK, "verified earlier (token cache, %llds left)",
                           (long long)(e->expires - (int64_t)now));
                a = CACHE_HIT_ALLOW;
                break;
        }
out:
        pthread_mutex_unlock(&hm.lock);
        if (fd >= 0)
                close(fd);
        explicit_bzero(w, sizeof(w));
        return a;
}

/* Creates an empty table in place of dir's cache file: a temporary file
 * of the full size (sparse: empty slots are zeros), renamed into place.
 * Not synced, like every cache write. Returns the open descriptor or -1. */
static int create_table(const struct config *cfg, struct stat *st, char *err, size_t errlen)
{
        struct head h;
        char path[4096], tmp[4096];
        int fd;

        if (statefile_path(path, sizeof(path), cfg->state_dir, CACHE_FILE_NAME) < 0 ||
            snprintf(tmp, sizeof(tmp), "%s/.%s.XXXXXX", cfg->state_dir, CACHE_FILE_NAME) >=
                    (int)sizeof(tmp)) {
                util_fmt(err, errlen, "%s: path too long", cfg->state_dir);
                return -1;
        }
        memset(&h, 0, sizeof(h));
        memcpy(h.magic, MAGIC, sizeof(MAGIC));
        h.slots = CACHE_SLOTS;
        h.slot_size = CACHE_SLOT_SIZE;
        /* mkostemp creates 0600 with O_EXCL, so no link is followed. */
        fd = mkostemp(tmp, O_CLOEXEC);
        if (fd < 0) {
                util_fmt(err, errlen, "%s: cannot create a temporary file: %s", cfg->state_dir,
                         strerror(errno));
                return -1;
        }
        if (fchmod(fd, 0600) < 0 || pwrite(fd, &h, sizeof(h), 0) != (ssize_t)sizeof(h) ||
            ftruncate(fd, FILE_SIZE) < 0 || fstat(fd, st) < 0 || rename(tmp, path) < 0) {
                util_fmt(err, errlen, "%s: cannot write: %s", path, strerror(errno));
                close(fd);
                unlink(tmp);
                return -1;
        }
        return fd;
}

void cache_store(const struct config *cfg, const char *token, size_t len, time_t now,
                 long long exp, const struct token_verdict *r)
{
        struct slot w[CACHE_PROBE], e;
        char err[K8S_ERR_MAX];
        struct stat st;
        uint32_t first, pick = CACHE_PROBE;
        int lock = -1, fd = -1;
        int64_t until;

        if (cfg->cache_ttl <= 0 || (r->res.status != K8S_OK && r->res.status != K8S_REFUSED))
                return;
        if (r->res.status == K8S_OK) {
                until = (int64_t)now + cfg->cache_ttl;
                if (exp > 0 && exp < until)
                        until = exp;
        } else {
                until = (int64_t)now + (cfg->cache_ttl < CACHE_DENY_TTL ? cfg->cache_ttl : CACHE_DENY_TTL);
        }
        if (until <= (int64_t)now)
                return;
        if (statefile_dir(cfg->state_dir, err, sizeof(err)) < 0)
                return;
        memset(&e, 0, sizeof(e));
        lock = statefile_lock(cfg->state_dir, CACHE_LOCK_NAME, true, cfg->timeout, err, sizeof(err));
        if (lock < 0) {
                warn("k8s-login: token cache not updated: %s", err);
                return;
        }
        pthread_mutex_lock(&hm.lock);
        if (secret(cfg, true) < 0 || key_of(cfg, token, len, e.key) < 0)
                goto out;
        fd = open_private(cfg->state_dir, CACHE_FILE_NAME, O_RDWR, &st, err, sizeof(err));
        if (fd == -2) {
                warn("k8s-login: token cache disabled: %s", err);
                goto out;
        }
        if (fd >= 0 && !shape_ok(fd, &st)) {
                warn("k8s-login: token cache %s is corrupt: rebuilt", CACHE_FILE_NAME);
                close(fd);
                fd = -1;
        }
        if (fd < 0 && (fd = create_table(cfg, &st, err, sizeof(err))) < 0) {
                warn("k8s-login: token cache not updated: %s", err);
                goto out;
        }
        first = first_slot(e.key);
        if (read_window(fd, first, w) < 0)
                goto out;
        /* The slot to write: this key's own, else a free, torn or expired
         * one, else (all CACHE_PROBE in use) the one that expires first. */
        for (uint32_t i = 0; i < CACHE_PROBE && pick == CACHE_PROBE; i++)
                if (w[i].gen != 0 && !memcmp(w[i].key, e.key, sizeof(e.key)))
                        pick = i;
        for (uint32_t i = 0; i < CACHE_PROBE && pick == CACHE_PROBE; i++)
                if (w[i].gen == 0 || w[i].expires <= (int64_t)now || !slot_valid(first + i, &w[i]))
                        pick = i;
        if (pick == CACHE_PROBE) {
                pick = 0;
                for (uint32_t i = 1; i < CACHE_PROBE; i++)
                        if (w[i].expires < w[pick].expires)
                                pick = i;
        }
        e.gen = w[pick].gen + 1 ? w[pick].gen + 1 : 1;
        e.expires = until;
        e.allow = r->res.status == K8S_OK;
        if (e.allow) {
                strcpy(e.ns, r->id.ns);
                strcpy(e.sa, r->id.sa);
                strcpy(e.sa_uid, r->sa_uid);
                strcpy(e.pod, r->pod);
        }
        if (tag_of(first + pick, &e, e.tag) < 0)
                goto out;
        /* One write of the slot in place; no fsync (see the top). */
        if (pwrite(fd, &e, sizeof(e), slot_offset(first + pick)) != (ssize_t)sizeof(e))
                warn("k8s-login: token cache not updated: %s", strerror(errno));
out:
        pthread_mutex_unlock(&hm.lock);
        explicit_bzero(w, sizeof(w));
        explicit_bzero(&e, sizeof(e));
        if (fd >= 0)
                close(fd);
        close(lock);
}

bool cache_review_allowed(const struct config *cfg, time_t now, char *why, size_t whylen)
{
        char err[K8S_ERR_MAX];
        int64_t rate[2] = { 0, 0 }; /* second, requests in it */
        struct stat st;
        bool ok = true;
        int lock, fd;
        /* One budget per cluster: one busy cluster does not starve another. */
        char name[sizeof(CACHE_RATE_NAME) + 64];

        snprintf(name, sizeof(name), "%s%s%s", CACHE_RATE_NAME, cfg->cluster ? "." : "",
                 cfg->cluster ? cfg->cluster : "");
        if (cfg->max_reviews_per_second == 0)
                return true;
        if (statefile_dir(cfg->state_dir, err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "state_dir %s", err);
                return false;
        }
        lock = statefile_lock(cfg->state_dir, CACHE_LOCK_NAME, true, cfg->timeout, err, sizeof(err));
        if (lock < 0) {
                util_fmt(why, whylen, "%s", err);
                return false;
        }
        /* The counter is rewritten in place under the lock, with no fsync:
         * it matters for one second, and a crash at worst restarts that
         * second's count. (Written atomically, with two fsyncs, it cost
         * 2 ms a review, make bench.) A file that is not a root-owned
         * 0600 regular file is replaced instead. */
        fd = open_private(cfg->state_dir, name, O_RDWR | O_CREAT, &st, err, sizeof(err));
        if (fd < 0 || st.st_size != sizeof(rate) || pread(fd, rate, sizeof(rate), 0) != sizeof(rate))
                rate[0] = rate[1] = 0;
        if (rate[0] != (int64_t)now) {
                rate[0] = (int64_t)now;
                rate[1] = 0;
        }
        if (rate[1] >= cfg->max_reviews_per_second) {
                util_fmt(why, whylen, "more than %ld token reviews in one second from this host "
                         "(max_reviews_per_second): refused without asking",
                         cfg->max_reviews_per_second);
                ok = false;
        } else {
                rate[1]++;
                if ((fd < 0 || pwrite(fd, rate, sizeof(rate), 0) != sizeof(rate)) &&
                    statefile_write(cfg->state_dir, name, rate, sizeof(rate),
                                    0600, err, sizeof(err)) < 0)
                        warn("k8s-login: %s", err);
        }
        if (fd >= 0)
                close(fd);
        close(lock);
        return ok;
}
