/* The UID registry's companion index, <state_dir>/uids.idx: lookups that
 * read a few lines of the registry instead of parsing and sorting it
 * whole, so one lookup costs the same with 50 accounts or 100,000. libc
 * only (the NSS module links it).
 *
 * The registry stays the only truth. The index is rebuilt, atomically
 * (statefile_write), after every write of the registry and by any writer
 * that finds it stale; its header records the registry's device, inode,
 * size and modification time (ns) it was built from, and a reader that
 * sees another registry ignores it and parses the registry whole. Every
 * line an index entry points to is parsed and checked like any registry
 * line, and lookups answer from those lines only: an index that points
 * to the wrong line makes an entry look absent, never another's. Writers
 * never trust it to tell that an entry is absent.
 *
 * Layout (host byte order, the host reads what it wrote):
 *   header, REGISTRY_INDEX_HEAD bytes: magic "k8s-login uidx1\n", the
 *     registry's st_dev, st_ino, st_size, st_mtim (s, ns) as 64-bit
 *     numbers, the entry count n (32 bits), 4 bytes of zeros;
 *   n 32-bit offsets of registry lines, sorted by the identity key
 *     (kind, cluster, namespace, account), bytewise; cluster is the
 *     line's 7th field, "" without one (config_registry_cluster);
 *   n pairs (number, offset), 32 bits each, sorted by number. */
#ifndef K8S_REGISTRY_INDEX_H
#define K8S_REGISTRY_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include "k8s/config.h"
#include "k8s/names.h"
#include "k8s/registry.h"

#define REGISTRY_INDEX_FILE "uids.idx"
#define REGISTRY_INDEX_HEAD 64

/* A registry and its index, mapped read-only. */
struct registry_index {
        const char *text;            /* the registry file */
        size_t len;
        const unsigned char *idx;    /* the index file */
        size_t idxlen;
        uint32_t n;
        struct stat st;              /* the registry's */
};

/* Maps state_dir's registry and index when both can be trusted (the same
 * checks as registry_load, and the index built from this very registry).
 * 0, or -1 (err says why: missing, stale, untrusted) when the caller must
 * use registry_load instead. */
int registry_index_open(const char *state_dir, struct registry_index *ix, char *err,
                        size_t errlen);
void registry_index_close(struct registry_index *ix);

/* What one lookup needs. */
struct registry_query {
        const struct names_identity *user; /* its entry, its first choice's
                                            * holder, and its group's (below) */
        const char *group_ns;              /* a namespace group: its entry and
                                            * its first choice's holder */
        bool members;                      /* and every account of group_ns */
        uint32_t id;                       /* the entry holding this number (0:
                                            * none); an account's group, a
                                            * group's members when members */
};

/* A registry holding only the entries that answer q: every registry_find_*
 * and registry_user_uid/group_gid for the identities and numbers of q
 * answers as on the whole registry. 0, or -1 (use registry_load). */
int registry_index_query(const struct config *cfg, const struct registry_index *ix,
                         const struct registry_query *q, struct registry **out);

/* Writes state_dir's index for registry text (len bytes, whose file now
 * has stat st). 0, or -1 with err. */
int registry_index_write(const char *state_dir, const char *text, size_t len,
                         const struct stat *st, char *err, size_t errlen);

/* Whether state_dir's index was built from the registry of stat st. */
bool registry_index_fresh(const char *state_dir, const struct stat *st);

#endif
