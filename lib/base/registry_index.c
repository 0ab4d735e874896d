/* The UID registry's companion index (include/k8s/registry_index.h says
 * what it holds and why it is never trusted further than the registry
 * lines it points to). libc only. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "k8s/registry_index.h"
#include "k8s/util.h"
#include "registry_index_int.h"

int registry_index_line_key(const char *line, size_t len, struct lkey *k)
{
        const char *f[8];
        size_t fl[8], n = 0;
        const char *p = line, *end = line + len;
        unsigned long long id = 0;

        while (n < 8) {
                const char *sp = memchr(p, ' ', (size_t)(end - p));
                f[n] = p;
                fl[n] = (size_t)((sp ? sp : end) - p);
                n++;
                if (!sp)
                        break;
                p = sp + 1;
        }
        if (n < 6 || n > 7 || fl[0] != 1 || fl[1] == 0 || fl[1] > 10)
                return -1;
        for (size_t i = 0; i < fl[1]; i++) {
                if (f[1][i] < '0' || f[1][i] > '9')
                        return -1;
                id = id * 10 + (unsigned)(f[1][i] - '0');
        }
        if (id > UINT32_MAX)
                return -1;
        k->kind = f[0][0];
        k->id = (uint32_t)id;
        k->ns = f[2];
        k->nslen = fl[2];
        k->sa = f[3];
        k->salen = fl[3] == 1 && f[3][0] == '-' ? 0 : fl[3];
        k->cl = n == 7 ? f[6] : "";
        k->cllen = n == 7 ? fl[6] : 0;
        return 0;
}

static int span_cmp(const char *a, size_t al, const char *b, size_t bl)
{
        int c = memcmp(a, b, al < bl ? al : bl);

        return c ? c : (al < bl ? -1 : al > bl);
}

int registry_index_key_cmp(const struct lkey *a, const struct lkey *b, bool with_sa)
{
        int c = (unsigned char)a->kind - (unsigned char)b->kind;

        if (!c)
                c = span_cmp(a->cl, a->cllen, b->cl, b->cllen);
        if (!c)
                c = span_cmp(a->ns, a->nslen, b->ns, b->nslen);
        if (!c && with_sa)
                c = span_cmp(a->sa, a->salen, b->sa, b->salen);
        return c;
}
static int open_trusted(const char *dir, const char *name, size_t max, struct stat *st)
{
        char path[4096];
        int fd;

        if (snprintf(path, sizeof(path), "%s/%s", dir, name) >= (int)sizeof(path))
                return -1;
        fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (fd < 0)
                return -1;
        if (fstat(fd, st) < 0 || !S_ISREG(st->st_mode) || st->st_uid != 0 ||
            (st->st_mode & (S_IWGRP | S_IWOTH)) || (size_t)st->st_size > max) {
                close(fd);
                return -1;
        }
        return fd;
}

static bool head_matches(const struct head *h, const struct stat *st, size_t idxlen)
{
        return !memcmp(h->magic, MAGIC, sizeof(h->magic)) && h->dev == (uint64_t)st->st_dev &&
               h->ino == (uint64_t)st->st_ino && h->size == (uint64_t)st->st_size &&
               h->mtime_s == (int64_t)st->st_mtim.tv_sec &&
               h->mtime_ns == (int64_t)st->st_mtim.tv_nsec && h->zero == 0 &&
               idxlen == REGISTRY_INDEX_HEAD + (size_t)h->n * 12;
}

bool registry_index_fresh(const char *state_dir, const struct stat *st)
{
        struct stat ist;
        struct head h;
        int fd = open_trusted(state_dir, REGISTRY_INDEX_FILE, REGISTRY_INDEX_HEAD + REGISTRY_MAX_SIZE,
                              &ist);
        bool ok;

        if (fd < 0)
                return false;
        ok = pread(fd, &h, sizeof(h), 0) == (ssize_t)sizeof(h) &&
             head_matches(&h, st, (size_t)ist.st_size);
        close(fd);
        return ok;
}

void registry_index_close(struct registry_index *ix)
{
        if (ix->text)
                munmap((void *)ix->text, ix->len);
        if (ix->idx)
                munmap((void *)ix->idx, ix->idxlen);
        memset(ix, 0, sizeof(*ix));
}

int registry_index_open(const char *state_dir, struct registry_index *ix, char *err,
                        size_t errlen)
{
        struct stat ist;
        struct head h;
        int fd = -1, ifd = -1;
        void *m;

        memset(ix, 0, sizeof(*ix));
        /* The directory as registry_load wants it: whoever can write to
         * it could swap both files. */
        if (util_trusted_dir(state_dir, err, errlen) < 0)
                return -1;
        if ((fd = open_trusted(state_dir, REGISTRY_FILE, REGISTRY_MAX_SIZE, &ix->st)) < 0 ||
            (ifd = open_trusted(state_dir, REGISTRY_INDEX_FILE,
                                REGISTRY_INDEX_HEAD + REGISTRY_MAX_SIZE, &ist)) < 0 ||
            pread(ifd, &h, sizeof(h), 0) != (ssize_t)sizeof(h) ||
            !head_matches(&h, &ix->st, (size_t)ist.st_size) || ix->st.st_size == 0) {
                util_fmt(err, errlen, "no index built from this registry");
                goto fail;
        }
        /* Mapped, not read: a lookup touches a few pages of each file.
         * Both are replaced by rename, never rewritten in place, so a
         * mapping keeps seeing the files it mapped. */
        m = mmap(NULL, (size_t)ix->st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (m == MAP_FAILED)
                goto fail;
        ix->text = m;
        ix->len = (size_t)ix->st.st_size;
        m = mmap(NULL, (size_t)ist.st_size, PROT_READ, MAP_PRIVATE, ifd, 0);
        if (m == MAP_FAILED)
                goto fail;
        ix->idx = m;
        ix->idxlen = (size_t)ist.st_size;
        ix->n = h.n;
        close(fd);
        close(ifd);
        return 0;
fail:
        if (fd >= 0)
                close(fd);
        if (ifd >= 0)
                close(ifd);
        registry_index_close(ix);
        return -1;
}

/* The line at off: its length without the newline, or -1 when off is not
 * the start of a complete line. */
static long line_at(const struct registry_index *ix, uint32_t off)
{
        const char *nl;
        size_t room;

        if (off >= ix->len || (off > 0 && ix->text[off - 1] != '\n'))
                return -1;
        room = ix->len - off < LINE_MAX_LEN ? ix->len - off : LINE_MAX_LEN;
        nl = memchr(ix->text + off, '\n', room);
        return nl ? (long)(nl - (ix->text + off)) : -1;
}

static uint32_t u32_at(const unsigned char *p)
{
        uint32_t v;

        memcpy(&v, p, 4);
        return v;
}

/* The key of by_key[i]; -1 when its line is not one. */
static int key_at(const struct registry_index *ix, uint32_t i, struct lkey *k, uint32_t *off)
{
        long ll;

        *off = u32_at(ix->idx + REGISTRY_INDEX_HEAD + (size_t)i * 4);
        ll = line_at(ix, *off);
        return ll < 0 ? -1 : registry_index_line_key(ix->text + *off, (size_t)ll, k);
}

struct offs {
        uint32_t *v;
        size_t n, cap;
        bool bad;
};

static void add_off(struct offs *o, uint32_t off)
{
        if (o->n == o->cap) {
                size_t c = o->cap ? o->cap * 2 : 16;
                uint32_t *g = realloc(o->v, c * sizeof(*g));
                if (!g) {
                        o->bad = true;
                        return;
                }
                o->v = g;
                o->cap = c;
        }
        o->v[o->n++] = off;
}

/* Every line whose key equals want (on kind, cluster, namespace, and the
 * account when with_sa). */
static void add_key(const struct registry_index *ix, const struct lkey *want, bool with_sa,
                    struct offs *o)
{
        uint32_t lo = 0, hi = ix->n, off;
        struct lkey k;

        while (lo < hi) {
                uint32_t mid = lo + (hi - lo) / 2;
                if (key_at(ix, mid, &k, &off) < 0) {
                        o->bad = true;
                        return;
                }
                if (registry_index_key_cmp(&k, want, with_sa) < 0)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        for (; lo < ix->n; lo++) {
                if (key_at(ix, lo, &k, &off) < 0) {
                        o->bad = true;
                        return;
                }
                if (registry_index_key_cmp(&k, want, with_sa) != 0)
                        break;
                add_off(o, off);
        }
}

/* The line holding number id, if any. */
static bool add_id(const struct registry_index *ix, uint32_t id, struct offs *o, uint32_t *found)
{
        const unsigned char *v = ix->idx + REGISTRY_INDEX_HEAD + (size_t)ix->n * 4;
        uint32_t lo = 0, hi = ix->n;

        while (lo < hi) {
                uint32_t mid = lo + (hi - lo) / 2, x = u32_at(v + (size_t)mid * 8);
                if (x == id) {
                        *found = u32_at(v + (size_t)mid * 8 + 4);
                        add_off(o, *found);
                        return true;
                }
                if (x < id)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        return false;
}

static void add_group(const struct config *cfg, const struct registry_index *ix, const char *ns,
                      bool members, struct offs *o)
{
        const char *cl = config_registry_cluster(cfg);
        struct lkey want = { REGISTRY_GROUP, 0, cl, ns, "", strlen(cl), strlen(ns), 0 };
        uint32_t first = registry_first_choice(cfg, ns, NULL), off;

        add_key(ix, &want, true, o);
        if (first)
                add_id(ix, first, o, &off);
        if (members) {
                want.kind = REGISTRY_USER;
                add_key(ix, &want, false, o);
        }
}

static int cmp_u32(const void *a, const void *b)
{
        uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

        return x < y ? -1 : x > y;
}

int registry_index_query(const struct config *cfg, const struct registry_index *ix,
                         const struct registry_query *q, struct registry **out)
{
        struct offs o = { NULL, 0, 0, false };
        char err[K8S_ERR_MAX], *text = NULL;
        size_t used = 0, need = 1;
        uint32_t off;

        *out = NULL;
        if (q->user) {
                const struct names_identity *id = q->user;
                const char *cl = config_registry_cluster(cfg);
                struct lkey want = { REGISTRY_USER, 0, cl, id->ns, id->sa, strlen(cl),
                                     strlen(id->ns), strlen(id->sa) };
                uint32_t first = registry_first_choice(cfg, id->ns, id->sa);
                add_key(ix, &want, true, &o);
                if (first)
                        add_id(ix, first, &o, &off);
                add_group(cfg, ix, id->ns, false, &o);
        }
        if (q->group_ns)
                add_group(cfg, ix, q->group_ns, q->members, &o);
        if (q->id && add_id(ix, q->id, &o, &off)) {
                struct lkey k;
                long ll = line_at(ix, off);
                char ns[NAMES_NS_MAX + 1];
                if (ll < 0 || registry_index_line_key(ix->text + off, (size_t)ll, &k) < 0 || k.nslen > NAMES_NS_MAX) {
                        o.bad = true;
                } else {
                        memcpy(ns, k.ns, k.nslen);
                        ns[k.nslen] = '\0';
                        add_group(cfg, ix, ns, q->members && k.kind == REGISTRY_GROUP, &o);
                }
        }
        if (o.bad)
                goto fail;
        if (o.n)
                qsort(o.v, o.n, sizeof(*o.v), cmp_u32);
        for (size_t i = 0; i < o.n; i++)
                need += (size_t)line_at(ix, o.v[i]) + 1;
        if (!(text = malloc(need)))
                goto fail;
        for (size_t i = 0; i < o.n; i++) {
                long ll;
                if (i && o.v[i] == o.v[i - 1])
                        continue;
                if ((ll = line_at(ix, o.v[i])) < 0)
                        goto fail;
                memcpy(text + used, ix->text + o.v[i], (size_t)ll + 1);
                used += (size_t)ll + 1;
        }
        text[used] = '\0';
        free(o.v);
        /* Parsed and checked like the whole file: a line the index points
         * to that is not an entry makes the caller read the registry. */
        return registry_parse(text, out, err, sizeof(err));
fail:
        free(o.v);
        free(text);
        return -1;
}
