/* The index file's layout and line keys, shared by its reader
 * (lib/base/registry_index.c) and its writer
 * (lib/auth/registry_index_write.c). */
#ifndef K8S_REGISTRY_INDEX_INT_H
#define K8S_REGISTRY_INDEX_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "k8s/registry_index.h"

#define MAGIC "k8s-login uidx1\n"
/* Longer than any well-formed registry line. */
#define LINE_MAX_LEN 4096

struct head {
        char magic[16];
        uint64_t dev, ino, size;
        int64_t mtime_s, mtime_ns;
        uint32_t n, zero;
};

_Static_assert(sizeof(struct head) == REGISTRY_INDEX_HEAD, "index header size");

/* The identity key and number of one registry line. */
struct lkey {
        char kind;
        uint32_t id;
        const char *cl, *ns, *sa;
        size_t cllen, nslen, salen;
};

/* Splits the line (len bytes, no newline) into its key; -1 when it is not
 * shaped like an entry (registry_parse judges the rest). */
int registry_index_line_key(const char *line, size_t len, struct lkey *k);

/* Bytewise (kind, cluster, namespace[, account]). */
int registry_index_key_cmp(const struct lkey *a, const struct lkey *b, bool with_sa);

#endif
