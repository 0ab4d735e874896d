/* The key set's source and its cache. A set is fetched by the helper
 * program (no network in this process) and parsed here before it is
 * cached, so the cache only ever holds a set that worked; an unreachable
 * source falls back to it for at most jwks_max_stale seconds after its
 * last fetch, and fetches are rate-limited per host through a time stamp
 * file under one lock. */
#include "config.h"

#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "k8s/helper.h"
#include "k8s/jwks_store.h"
#include "k8s/statefile.h"
#include "k8s/util.h"

/* The first line of the cache: where its set came from, so a changed
 * jwks_uri or issuer never uses keys of the old source. */
static int cache_header(const struct config *cfg, char *buf, size_t len)
{
        int n = cfg->jwks_uri ? snprintf(buf, len, "k8s-login key set from jwks_uri %s\n", cfg->jwks_uri)
                              : snprintf(buf, len, "k8s-login key set from issuer %s\n", cfg->issuer);

        return n < 0 || (size_t)n >= len ? -1 : n;
}

/* Fetches and parses the set, and caches it. */
static enum k8s_status fetch(const struct config *cfg, struct jwks **out,
                                char *why, size_t whylen)
{
        char *uri = NULL, *text = NULL, *cached = NULL, err[K8S_ERR_MAX], head[2200];
        char name[JWKS_NAME_MAX];
        size_t len = 0;
        int hlen;
        enum k8s_status s = K8S_UNAVAIL;

        if (helper_fetch_jwks(cfg, &text, &len, &uri, why, whylen) < 0)
                goto out;
        if (jwks_parse(text, len, uri, out, err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "%.200s: %s", uri, err);
                goto out;
        }
        s = K8S_OK;
        if ((hlen = cache_header(cfg, head, sizeof(head))) < 0 ||
            !(cached = malloc((size_t)hlen + len))) {
                syslog(LOG_AUTHPRIV | LOG_WARNING, "k8s-login: cannot cache the key set: "
                       "source name too long, or out of memory");
                goto out;
        }
        memcpy(cached, head, (size_t)hlen);
        memcpy(cached + hlen, text, len);
        jwks_store_name(cfg, JWKS_CACHE_NAME, name);
        if (statefile_write(cfg->state_dir, name, cached, (size_t)hlen + len,
                            0600, err, sizeof(err)) < 0)
                syslog(LOG_AUTHPRIV | LOG_WARNING, "k8s-login: cannot cache the key set: %s", err);
out:
        free(cached);
        free(text);
        free(uri);
        return s;
}

/* The last key set parsed in this process, kept while its file is the
 * same (device, inode, size, modification and change times, in ns), so a
 * process that logs users in again and again (sshd's listener does not,
 * but a PAM host that authenticates in one process does) parses it
 * once, and builds each key at most once, when a token first needs it. The stat is taken before the file is read: a file
 * replaced in between is stat'ed anew, never mistaken for the old one.
 * Each caller gets its own struct jwks sharing the keys (reference
 * counted), so jwks_free works as before, and a key built for one login
 * is built for the next. */
static struct {
        pthread_mutex_t lock;
        char path[4096], head[2200];
        struct stat st;
        struct jwks *set;
} memo = { .lock = PTHREAD_MUTEX_INITIALIZER };

__attribute__((destructor)) static void memo_free(void)
{
        jwks_free(memo.set);
        memo.set = NULL;
}

/* A copy of set sharing its keys; NULL when out of memory. */
static struct jwks *share(const struct jwks *set)
{
        struct jwks *c = calloc(1, sizeof(*c));

        if (!c || !(c->keys = calloc(set->n ? set->n : 1, sizeof(*c->keys)))) {
                free(c);
                return NULL;
        }
        for (size_t i = 0; i < set->n; i++) {
                c->keys[i] = set->keys[i];
                jwks_key_share(&c->keys[i]);
        }
        c->n = set->n;
        c->skipped = set->skipped;
        memcpy(c->last_skip, set->last_skip, sizeof(c->last_skip));
        return c;
}

/* stat (or lstat without follow) of a file the readers below would trust:
 * a root-owned regular file no group or other may write. */
static int trusted_stat(const char *path, bool follow, struct stat *st)
{
        if ((follow ? stat(path, st) : lstat(path, st)) < 0 || !S_ISREG(st->st_mode) ||
            st->st_uid != 0 || (st->st_mode & (S_IWGRP | S_IWOTH)))
                return -1;
        return 0;
}

static bool same_stat(const struct stat *a, const struct stat *b)
{
        return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
               a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
               a->st_ctim.tv_sec == b->st_ctim.tv_sec && a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

/* The remembered set for path (read with head as its expected first line,
 * "" for jwks_file) when the file is still the one it was parsed from. */
static int memo_get(const char *path, const char *head, const struct stat *st, struct jwks **out)
{
        int r = -1;

        pthread_mutex_lock(&memo.lock);
        if (memo.set && !strcmp(memo.path, path) && !strcmp(memo.head, head) &&
            same_stat(&memo.st, st) && (*out = share(memo.set)))
                r = 0;
        pthread_mutex_unlock(&memo.lock);
        return r;
}

static void memo_put(const char *path, const char *head, const struct stat *st,
                     const struct jwks *set)
{
        struct jwks *c;

        if (strlen(path) >= sizeof(memo.path) || strlen(head) >= sizeof(memo.head) ||
            !(c = share(set)))
                return;
        pthread_mutex_lock(&memo.lock);
        jwks_free(memo.set);
        memo.set = c;
        strcpy(memo.path, path);
        strcpy(memo.head, head);
        memo.st = *st;
        pthread_mutex_unlock(&memo.lock);
}

static int load_file(const char *path, int flags, struct jwks **out, char *why, size_t whylen)
{
        char err[K8S_ERR_MAX], *text = NULL;
        struct stat st;
        bool have_st = trusted_stat(path, flags & UTIL_FOLLOW, &st) == 0;
        size_t len = 0;
        int r;

        if (have_st && memo_get(path, "", &st, out) == 0)
                return 0;
        if (util_read_trusted_file(path, flags, JWKS_MAX_SIZE, &text, &len, err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "%s", err);
                return -1;
        }
        r = jwks_parse(text, len, path, out, err, sizeof(err));
        if (r < 0)
                util_fmt(why, whylen, "%s: %s", path, err);
        else if (have_st)
                memo_put(path, "", &st, *out);
        free(text);
        return r;
}

/* The cached set, when it came from the configured source. */
static int load_cache(const struct config *cfg, const char *path, struct jwks **out,
                      char *why, size_t whylen)
{
        char err[K8S_ERR_MAX], head[2200], *text = NULL, *nl;
        struct stat st;
        bool have_st = trusted_stat(path, false, &st) == 0;
        size_t len = 0;
        int hlen, r = -1;

        hlen = cache_header(cfg, head, sizeof(head));
        if (hlen > 0 && have_st && memo_get(path, head, &st, out) == 0)
                return 0;
        if (util_read_trusted_file(path, 0, JWKS_MAX_SIZE + sizeof(head), &text, &len,
                                   err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "%s", err);
                return -1;
        }
        nl = memchr(text, '\n', len);
        if (hlen < 0 || !nl || (size_t)(nl + 1 - text) != (size_t)hlen ||
            memcmp(text, head, (size_t)hlen) != 0)
                util_fmt(why, whylen, "%s: cached from another jwks_uri or issuer, or not "
                         "a key set cache", path);
        else if (jwks_parse(nl + 1, len - (size_t)hlen, path, out, err, sizeof(err)) < 0)
                util_fmt(why, whylen, "%s: %s", path, err);
        else
                r = 0;
        if (r == 0 && have_st)
                memo_put(path, head, &st, *out);
        free(text);
        return r;
}

void jwks_store_name(const struct config *cfg, const char *base, char *buf)
{
        /* A cluster NAME is a DNS-1123 label: at most 63 characters. */
        snprintf(buf, JWKS_NAME_MAX, "%s%s%s", base, cfg->cluster ? "." : "",
                 cfg->cluster ? cfg->cluster : "");
}

enum k8s_status jwks_store_get(const struct config *cfg, enum jwks_want want,
                                  struct jwks **out, bool *fetched, char *why, size_t whylen)
{
        char cache[4096], err[K8S_ERR_MAX], fwhy[K8S_ERR_MAX];
        char cname[JWKS_NAME_MAX], aname[JWKS_NAME_MAX];
        long long age, tried;
        time_t now = time(NULL);
        enum k8s_status s = K8S_UNAVAIL;
        int lock = -1;

        *out = NULL;
        if (fetched)
                *fetched = false;
        if (cfg->jwks_file) {
                /* A file on disk is read afresh at every login: nothing to
                 * refresh. Followed, as a mounted ConfigMap is a link. */
                if (load_file(cfg->jwks_file, UTIL_FOLLOW, out, why, whylen) < 0) {
                        char tmp[K8S_ERR_MAX];
                        util_fmt(tmp, sizeof(tmp), "jwks_file %s", why);
                        util_fmt(why, whylen, "%s", tmp);
                        return K8S_UNAVAIL;
                }
                return K8S_OK;
        }
        if (statefile_dir(cfg->state_dir, err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "state_dir %s", err);
                return K8S_UNAVAIL;
        }
        jwks_store_name(cfg, JWKS_CACHE_NAME, cname);
        jwks_store_name(cfg, JWKS_ATTEMPT_NAME, aname);
        if (statefile_path(cache, sizeof(cache), cfg->state_dir, cname) < 0) {
                util_fmt(why, whylen, "state_dir path too long");
                return K8S_UNAVAIL;
        }
        age = statefile_age(cfg->state_dir, cname, now);
        if (want == JWKS_USE_CACHE && age >= 0 && age < JWKS_REFRESH_AFTER &&
            age <= cfg->jwks_max_stale &&
            load_cache(cfg, cache, out, why, whylen) == 0)
                return K8S_OK;

        /* One fetch at a time per host; the others wait and use its result. */
        lock = statefile_lock(cfg->state_dir, JWKS_LOCK_NAME, true, cfg->timeout, err, sizeof(err));
        if (lock < 0) {
                util_fmt(why, whylen, "%s", err);
                return K8S_UNAVAIL;
        }
        now = time(NULL);
        tried = statefile_age(cfg->state_dir, aname, now);
        if (want != JWKS_FORCE && tried >= 0 && tried < JWKS_MIN_RETRY) {
                /* Fetched (or tried) moments ago, perhaps while we waited. */
                util_fmt(fwhy, sizeof(fwhy), "the key set was last fetched %llds ago "
                         "(at most one fetch per %ds)", tried, JWKS_MIN_RETRY);
        } else {
                statefile_touch(cfg->state_dir, aname);
                s = fetch(cfg, out, fwhy, sizeof(fwhy));
                if (s == K8S_OK) {
                        if (fetched)
                                *fetched = true;
                        goto out;
                }
                if (want == JWKS_FORCE) {
                        util_fmt(why, whylen, "cannot fetch the key set: %s", fwhy);
                        goto out;
                }
                syslog(LOG_AUTHPRIV | LOG_WARNING, "k8s-login: cannot fetch the key set, "
                       "using the cached one if any: %s", fwhy);
        }
        /* Unreachable, garbage or rate-limited: the last set that worked,
         * while it is not older than jwks_max_stale (its age counts from
         * its last successful fetch, when it was written). */
        age = statefile_age(cfg->state_dir, cname, time(NULL));
        if (age > cfg->jwks_max_stale) {
                s = K8S_UNAVAIL;
                util_fmt(why, whylen, "no key set: %s; and the cached one was fetched %llds "
                         "ago, more than jwks_max_stale (%lds)", fwhy, age, cfg->jwks_max_stale);
        } else if (load_cache(cfg, cache, out, err, sizeof(err)) == 0) {
                s = K8S_OK;
        } else {
                s = K8S_UNAVAIL;
                util_fmt(why, whylen, "no key set: %s; and no usable cache (%.150s)", fwhy, err);
        }
out:
        close(lock);
        return s;
}
