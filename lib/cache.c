/* The verified-token cache. Entries are keyed by an HMAC with a secret
 * that never leaves state_dir, so the cache file alone cannot confirm a
 * guessed token; the token itself is never written. The file is replaced
 * atomically under a lock, so a reader needs no lock and never sees half
 * a file; a file of the wrong shape is ignored and rebuilt, one with the
 * wrong owner or mode is left alone and caching is off until it is fixed. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include "k8s/cache.h"
#include "k8s/statefile.h"
#include "k8s/util.h"

#define MAGIC "k8s-login tokens v1\n"

struct entry {
        unsigned char mac[32];
        int64_t expires;
        int32_t allow;
        char ns[NAMES_NS_MAX + 1];
        char sa[NAMES_SA_MAX + 1];
        char sa_uid[128];
        char pod[NAMES_SA_MAX + 1];
};

struct file {
        char magic[sizeof(MAGIC)];
        uint32_t count;
        struct entry e[CACHE_MAX_ENTRIES];
};

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

/* The host secret: read, or created once (under the cache lock). */
static int secret(const struct config *cfg, bool create, unsigned char *key)
{
        char err[K8S_ERR_MAX];
        struct stat st;
        int fd = open_private(cfg->state_dir, CACHE_KEY_NAME, O_RDONLY, &st, err, sizeof(err));

        if (fd >= 0) {
                int r = st.st_size == CACHE_KEY_SIZE ? util_read_full(fd, key, CACHE_KEY_SIZE) : -1;
                close(fd);
                if (r < 0)
                        warn("k8s-login: token cache disabled: %s has the wrong size",
                             CACHE_KEY_NAME);
                return r;
        }
        if (fd == -2 || !create) {
                if (fd == -2)
                        warn("k8s-login: token cache disabled: %s", err);
                return -1;
        }
        if (getrandom(key, CACHE_KEY_SIZE, 0) != CACHE_KEY_SIZE ||
            statefile_write(cfg->state_dir, CACHE_KEY_NAME, key, CACHE_KEY_SIZE, 0600, err, sizeof(err)) < 0) {
                warn("k8s-login: token cache disabled: cannot create its key: %s", err);
                return -1;
        }
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

/* HMAC-SHA256 over the token and every setting that can change the
 * verdict a validation gives (cache.h lists them and says why). */
static int mac_of(const struct config *cfg, const unsigned char *key, const char *token,
                  size_t len, unsigned char *out)
{
        EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
        EVP_MAC_CTX *ctx = mac ? EVP_MAC_CTX_new(mac) : NULL;
        OSSL_PARAM params[] = {
                OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)"SHA256", 0),
                OSSL_PARAM_construct_end(),
        };
        char ttl[24];
        size_t outlen = 0;
        int r = -1;

        snprintf(ttl, sizeof(ttl), "%ld", cfg->cache_ttl);
        if (!ctx || !EVP_MAC_init(ctx, key, CACHE_KEY_SIZE, params) ||
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
        EVP_MAC_free(mac);
        return r;
}

/* Reads the cache into f: 0, -1 when missing or corrupt (f empty), -2
 * when refused (ownership or mode). */
static int load(const struct config *cfg, struct file *f)
{
        char err[K8S_ERR_MAX];
        struct stat st;
        size_t head = offsetof(struct file, e);
        int fd = open_private(cfg->state_dir, CACHE_FILE_NAME, O_RDONLY, &st, err, sizeof(err));
        int r = -1;

        memset(f, 0, head);
        memcpy(f->magic, MAGIC, sizeof(MAGIC));
        if (fd == -2) {
                warn("k8s-login: token cache disabled: %s", err);
                return -2;
        }
        if (fd < 0)
                return -1;
        if ((size_t)st.st_size >= head && util_read_full(fd, f, head) == 0 &&
            !memcmp(f->magic, MAGIC, sizeof(MAGIC)) && f->count <= CACHE_MAX_ENTRIES &&
            (size_t)st.st_size == head + f->count * sizeof(struct entry) &&
            util_read_full(fd, f->e, f->count * sizeof(struct entry)) == 0)
                r = 0;
        close(fd);
        if (r < 0) {
                warn("k8s-login: token cache %s is corrupt: ignored, and rebuilt at the next store",
                     CACHE_FILE_NAME);
                memset(f, 0, head);
                memcpy(f->magic, MAGIC, sizeof(MAGIC));
        }
        return r;
}

static bool terminated(const char *s, size_t n)
{
        return memchr(s, '\0', n) != NULL;
}

enum cache_answer cache_lookup(const struct config *cfg, const char *token, size_t len,
                               time_t now, struct verify_result *r)
{
        unsigned char key[CACHE_KEY_SIZE], mac[32];
        enum cache_answer a = CACHE_MISS;
        char err[K8S_ERR_MAX];
        struct file *f;

        if (cfg->cache_ttl <= 0)
                return CACHE_MISS;
        if (util_trusted_dir(cfg->state_dir, true, err, sizeof(err)) < 0) {
                warn("k8s-login: token cache disabled: state_dir %s", err);
                return CACHE_MISS;
        }
        if (!(f = malloc(sizeof(*f))))
                return CACHE_MISS;
        if (secret(cfg, false, key) < 0 || mac_of(cfg, key, token, len, mac) < 0 || load(cfg, f) < 0)
                goto out;
        for (uint32_t i = 0; i < f->count; i++) {
                struct entry *e = &f->e[i];
                if (CRYPTO_memcmp(e->mac, mac, sizeof(mac)) || e->expires <= (int64_t)now)
                        continue;
                if (!terminated(e->ns, sizeof(e->ns)) || !terminated(e->sa, sizeof(e->sa)) ||
                    !terminated(e->sa_uid, sizeof(e->sa_uid)) || !terminated(e->pod, sizeof(e->pod)))
                        break;
                if (!e->allow) {
                        verify_set(r, VERIFY_DENY, "the same token was refused %llds ago (remembered "
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
                verify_set(r, VERIFY_ALLOW, "verified earlier (token cache, %llds left)",
                           (long long)(e->expires - (int64_t)now));
                a = CACHE_HIT_ALLOW;
                break;
        }
out:
        explicit_bzero(key, sizeof(key));
        free(f);
        return a;
}

void cache_store(const struct config *cfg, const char *token, size_t len, time_t now,
                 long long exp, const struct verify_result *r)
{
        unsigned char key[CACHE_KEY_SIZE];
        char err[K8S_ERR_MAX];
        struct entry e;
        struct file *f = NULL;
        uint32_t keep = 0;
        int lock = -1;
        int64_t until;

        if (cfg->cache_ttl <= 0 || (r->status != VERIFY_ALLOW && r->status != VERIFY_DENY))
                return;
        if (r->status == VERIFY_ALLOW) {
                until = (int64_t)now + cfg->cache_ttl;
                if (exp > 0 && exp < until)
                        until = exp;
        } else {
                until = (int64_t)now + (cfg->cache_ttl < CACHE_DENY_TTL ? cfg->cache_ttl : CACHE_DENY_TTL);
        }
        if (until <= (int64_t)now)
                return;
        if (util_trusted_dir(cfg->state_dir, true, err, sizeof(err)) < 0)
                return;
        memset(&e, 0, sizeof(e));
        lock = statefile_lock(cfg->state_dir, CACHE_LOCK_NAME, true, cfg->timeout, err, sizeof(err));
        if (lock < 0) {
                warn("k8s-login: token cache not updated: %s", err);
                return;
        }
        if (secret(cfg, true, key) < 0 || mac_of(cfg, key, token, len, e.mac) < 0 ||
            !(f = malloc(sizeof(*f))) || load(cfg, f) == -2)
                goto out;
        e.expires = until;
        e.allow = r->status == VERIFY_ALLOW;
        if (e.allow) {
                strcpy(e.ns, r->id.ns);
                strcpy(e.sa, r->id.sa);
                strcpy(e.sa_uid, r->sa_uid);
                strcpy(e.pod, r->pod);
        }
        /* Drop expired entries and this token's old one. */
        for (uint32_t i = 0; i < f->count; i++)
                if (f->e[i].expires > (int64_t)now && memcmp(f->e[i].mac, e.mac, sizeof(e.mac)))
                        f->e[keep++] = f->e[i];
        f->count = keep;
        if (f->count == CACHE_MAX_ENTRIES) {
                /* Full: evict the entry that expires first. */
                uint32_t first = 0;
                for (uint32_t i = 1; i < f->count; i++)
                        if (f->e[i].expires < f->e[first].expires)
                                first = i;
                f->e[first] = f->e[--f->count];
        }
        f->e[f->count++] = e;
        if (statefile_write(cfg->state_dir, CACHE_FILE_NAME, f,
                            offsetof(struct file, e) + f->count * sizeof(struct entry),
                            0600, err, sizeof(err)) < 0)
                warn("k8s-login: token cache not updated: %s", err);
out:
        explicit_bzero(key, sizeof(key));
        free(f);
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
        if (util_trusted_dir(cfg->state_dir, true, err, sizeof(err)) < 0) {
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
