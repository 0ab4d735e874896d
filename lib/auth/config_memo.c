/* The config of a process that logs in many times: sshd's monitor, a
 * PAM application that keeps the module loaded (pam_k8s.so is linked
 * -z nodelete, so this memo lives as long as the process). Each PAM step
 * of each login used to open, read and parse the file again; now each
 * one stats it, checks it is still trusted and, when nothing changed,
 * takes another reference to the config parsed before. */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "k8s/config.h"
#include "k8s/util.h"

/* A few paths (config= differs between stacks); the least recently used
 * one goes when a new one comes. */
#define MEMO_SLOTS 4
/* A file whose mtime is this recent, or in the future, is never kept: a
 * write in the same clock tick as our read leaves its times as they were
 * (the kernel's file times advance by the tick, not the nanosecond), so
 * only a file left alone this long is known by its stat. */
#define MEMO_SETTLE_SECONDS 2

struct memo {
        char *path;
        struct stat st;         /* the fstat of the file that was parsed */
        struct config *cfg;     /* holds one of cfg->shared_refs */
        unsigned long used;
};

static pthread_mutex_t memo_lock = PTHREAD_MUTEX_INITIALIZER;
static struct memo memo[MEMO_SLOTS];
static unsigned long memo_clock;

static bool same_file(const struct stat *a, const struct stat *b)
{
        return a->st_dev == b->st_dev && a->st_ino == b->st_ino &&
               a->st_size == b->st_size && a->st_uid == b->st_uid &&
               a->st_gid == b->st_gid && a->st_mode == b->st_mode &&
               a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
               a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
               a->st_ctim.tv_sec == b->st_ctim.tv_sec &&
               a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

static bool settled(const struct stat *st)
{
        struct timespec now;

        if (clock_gettime(CLOCK_REALTIME, &now) < 0)
                return false;
        /* Only a write of the content can leave every compared field as
         * it was: chmod and chown change the mode or owner, a rename the
         * inode. */
        return st->st_mtim.tv_sec <= now.tv_sec - MEMO_SETTLE_SECONDS;
}

static void drop(struct memo *m)
{
        config_free(m->cfg);
        free(m->path);
        memset(m, 0, sizeof(*m));
}

/* Called with memo_lock held: the slot of path, else an empty one, else
 * the least recently used. */
static struct memo *slot_for(const char *path)
{
        struct memo *pick = NULL;

        for (size_t i = 0; i < MEMO_SLOTS; i++)
                if (memo[i].path && !strcmp(memo[i].path, path))
                        return &memo[i];
        for (size_t i = 0; i < MEMO_SLOTS; i++)
                if (!memo[i].path)
                        return &memo[i];
        for (size_t i = 0; i < MEMO_SLOTS; i++)
                if (!pick || memo[i].used < pick->used)
                        pick = &memo[i];
        return pick;
}

int config_load_shared(const char *path, struct config **out, char *err, size_t errlen)
{
        struct config *cfg = NULL;
        struct stat now, read_st;
        struct memo *m;
        char *copy;

        *out = NULL;
        if (!path)
                path = CONFIG_DEFAULT_PATH;
        /* The trust checks, on what is at the path now, every time: a file
         * replaced or made writable since the last login is seen here. */
        if (lstat(path, &now) < 0)
                return config_load(path, out, err, errlen); /* its own message */
        if (util_trusted_stat(path, &now, CONFIG_MAX_SIZE, err, errlen) < 0)
                return -1;
        pthread_mutex_lock(&memo_lock);
        m = slot_for(path);
        if (m->path && !strcmp(m->path, path) && same_file(&m->st, &now)) {
                __atomic_add_fetch(&m->cfg->shared_refs, 1, __ATOMIC_ACQ_REL);
                m->used = ++memo_clock;
                *out = m->cfg;
                pthread_mutex_unlock(&memo_lock);
                return 0;
        }
        if (m->path && !strcmp(m->path, path))
                drop(m); /* changed: never served again */
        pthread_mutex_unlock(&memo_lock);

        /* Read outside the lock; config_load_stat checks the file it opens
         * once more, and its fstat is what the next call compares with. */
        if (config_load_stat(path, &cfg, &read_st, err, errlen) < 0)
                return -1;
        if (!settled(&read_st) || !(copy = strdup(path))) {
                *out = cfg; /* not kept: an ordinary config */
                return 0;
        }
        cfg->shared_refs = 2; /* the memo's and the caller's */
        pthread_mutex_lock(&memo_lock);
        m = slot_for(path);
        if (m->path)
                drop(m);
        m->path = copy;
        m->st = read_st;
        m->cfg = cfg;
        m->used = ++memo_clock;
        pthread_mutex_unlock(&memo_lock);
        *out = cfg;
        return 0;
}

/* The memo's references go when the module is unloaded (at exit, with
 * -z nodelete); a config still held by a PAM handle stays its holder's. */
__attribute__((destructor)) static void config_memo_fini(void)
{
        pthread_mutex_lock(&memo_lock);
        for (size_t i = 0; i < MEMO_SLOTS; i++)
                if (memo[i].path)
                        drop(&memo[i]);
        pthread_mutex_unlock(&memo_lock);
}
