/* What lib/base/registry.c (reading) shares with lib/auth/registry_write.c
 * (writing) and nothing else uses: growing and re-sorting an in-memory
 * registry, and finding a name in it. */
#ifndef K8S_REGISTRY_INT_H
#define K8S_REGISTRY_INT_H

#include "k8s/registry.h"

/* Room for one more entry in reg->e: 0, or -1 (out of memory). */
int registry_grow(struct registry *reg);

/* Rebuilds the sorted views after entries were added or changed; -1 with
 * err set when a number or a name is now held twice. */
int registry_reindex(struct registry *reg, char *err, size_t errlen);

/* Whether s is shaped like a Kubernetes UID as the registry records it. */
bool registry_sa_uid_ok(const char *s);

/* The entry of kind for cluster/ns/sa (sa "" for a group), or NULL. */
const struct registry_entry *registry_find_name(const struct registry *reg, char kind,
                                                const char *cluster, const char *ns,
                                                const char *sa);

/* The entries of the cluster a config routes to. */
#define FIND_USER(cfg, reg, id) registry_find_user_in(reg, config_registry_cluster(cfg), id)
#define FIND_GROUP(cfg, reg, ns) registry_find_group_in(reg, config_registry_cluster(cfg), ns)

#endif
