/* Kubernetes service-account names and the local names made from them. */
#ifndef K8S_NAMES_H
#define K8S_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/* Kubernetes' own limits: a namespace is a DNS-1123 label, a service
 * account name a DNS-1123 subdomain. */
#define NAMES_NS_MAX 63
#define NAMES_SA_MAX 253
/* LOGIN_NAME_MAX less the NUL: longer local names break utmp users. */
#define NAMES_LOCAL_MAX 255
#define NAMES_PREFIX "system:serviceaccount:"

struct names_identity {
        char ns[NAMES_NS_MAX + 1];
        char sa[NAMES_SA_MAX + 1];
};

bool names_is_dns1123_label(const char *s);
bool names_is_dns1123_subdomain(const char *s);

/* Splits "system:serviceaccount:<ns>:<name>" into id; false for anything
 * else (humans, nodes, extra colons, invalid names). */
bool names_parse_username(const char *username, struct names_identity *id);

/* Checks that fmt holds exactly one %n and one %s separated by text with a
 * character Kubernetes names cannot hold, and only safe literal
 * characters, so every local name maps back to one identity. */
bool names_check_user_format(const char *fmt, char *err, size_t errlen);
/* Same for a group format: exactly one %n. */
bool names_check_group_format(const char *fmt, char *err, size_t errlen);
/* A literal local name (all_group): safe characters only. */
bool names_check_local(const char *name);

/* Expands a format with %n, %s and %u (any may be NULL when the format
 * does not use it) into buf; false when it does not fit. */
bool names_expand(const char *fmt, const char *ns, const char *sa,
                  const char *user, char *buf, size_t len);

/* Builds the local user name of id; false when too long. */
bool names_to_local(const char *user_format, const struct names_identity *id,
                    char *buf, size_t len);
/* Maps a local user name back to its identity; false when it is not one
 * of ours (the round trip must give back exactly the same name). */
bool names_from_local(const char *user_format, const char *local,
                      struct names_identity *id);

/* Maps a local group name back to its namespace through group_format
 * (ns must hold NAMES_NS_MAX + 1 bytes); false when it is not one. */
bool names_group_from_local(const char *group_format, const char *local, char *ns);

/* Orders entries of the registry and of the ledger by (kind, cluster,
 * namespace, account), bytewise: <0, 0 or >0. cluster "" where there is
 * none; sa "" for a namespace group. */
int names_order(char kind_a, const char *cluster_a, const char *ns_a, const char *sa_a,
                char kind_b, const char *cluster_b, const char *ns_b, const char *sa_b);

#endif
