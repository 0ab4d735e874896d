/* Writing the UID registry's companion index (root, under the registry
 * lock): one sorted table by name and one by number, with the registry's
 * stat in the header so a reader ignores an index of another registry.
 * The layout and the reader are in lib/base/registry_index.c. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "k8s/registry_index.h"
#include "k8s/statefile.h"
#include "k8s/util.h"
#include "../base/registry_index_int.h"

struct item {
        struct lkey k;
        uint32_t off;
};

static int item_key_cmp(const void *a, const void *b)
{
        const struct item *x = a, *y = b;
        int c = registry_index_key_cmp(&x->k, &y->k, true);

        return c ? c : (x->off < y->off ? -1 : x->off > y->off);
}

static int item_id_cmp(const void *a, const void *b)
{
        const struct item *x = a, *y = b;

        return x->k.id < y->k.id ? -1 : x->k.id > y->k.id;
}

int registry_index_write(const char *state_dir, const char *text, size_t len,
                         const struct stat *st, char *err, size_t errlen)
{
        struct item *items = NULL;
        size_t n = 0, cap = 0, size;
        unsigned char *buf = NULL;
        struct head h;
        int r = -1;

        if (len > REGISTRY_MAX_SIZE) {
                util_fmt(err, errlen, "registry too large to index");
                return -1;
        }
        for (size_t off = 0; off < len;) {
                const char *nl = memchr(text + off, '\n', len - off);
                size_t ll;
                if (!nl) {
                        util_fmt(err, errlen, "registry line not terminated");
                        goto out;
                }
                ll = (size_t)(nl - (text + off));
                if (ll && text[off] != '#') {
                        if (n == cap) {
                                size_t c = cap ? cap * 2 : 64;
                                struct item *g = realloc(items, c * sizeof(*g));
                                if (!g) {
                                        util_fmt(err, errlen, "out of memory");
                                        goto out;
                                }
                                items = g;
                                cap = c;
                        }
                        if (registry_index_line_key(text + off, ll, &items[n].k) < 0) {
                                util_fmt(err, errlen, "malformed registry line");
                                goto out;
                        }
                        items[n++].off = (uint32_t)off;
                }
                off += ll + 1;
        }
        size = REGISTRY_INDEX_HEAD + n * 12;
        if (!(buf = calloc(1, size))) {
                util_fmt(err, errlen, "out of memory");
                goto out;
        }
        memset(&h, 0, sizeof(h));
        memcpy(h.magic, MAGIC, sizeof(h.magic));
        h.dev = (uint64_t)st->st_dev;
        h.ino = (uint64_t)st->st_ino;
        h.size = (uint64_t)st->st_size;
        h.mtime_s = (int64_t)st->st_mtim.tv_sec;
        h.mtime_ns = (int64_t)st->st_mtim.tv_nsec;
        h.n = (uint32_t)n;
        memcpy(buf, &h, sizeof(h));
        if (n)
                qsort(items, n, sizeof(*items), item_key_cmp);
        for (size_t i = 0; i < n; i++)
                memcpy(buf + REGISTRY_INDEX_HEAD + i * 4, &items[i].off, 4);
        if (n)
                qsort(items, n, sizeof(*items), item_id_cmp);
        for (size_t i = 0; i < n; i++) {
                unsigned char *p = buf + REGISTRY_INDEX_HEAD + n * 4 + i * 8;
                memcpy(p, &items[i].k.id, 4);
                memcpy(p + 4, &items[i].off, 4);
        }
        r = statefile_write(state_dir, REGISTRY_INDEX_FILE, buf, size, 0644, err, errlen);
out:
        free(items);
        free(buf);
        return r;
}

/* --- reading ----------------------------------------------------------------- */

/* Opens dir/name as a file registry_load would trust: regular, root's,
 * written by nobody else, at most max bytes. */
