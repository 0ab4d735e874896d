/* The ledger's ConfigMaps on the API server (see ledger.h for the data):
 * reads, and writes by compare-and-swap on metadata.resourceVersion. Runs
 * in k8s-login-helper alone, with ledger_token_file, at api_server with
 * ca_file, and only ever names ConfigMaps of ledger_namespace whose names
 * are slices of cfg's pool. */
#ifndef K8S_LEDGER_NET_H
#define K8S_LEDGER_NET_H

#include <stddef.h>
#include <stdint.h>

#include "k8s/config.h"
#include "k8s/result.h"

/* The largest LIST answer read: 256 slices of about 45 KB at 100,000
 * accounts, with room to spare. */
#define LEDGER_NET_MAX_ANSWER (64u * 1024 * 1024)

/* Reads every slice (one LIST) into the text ledger_parse reads. Returns
 * K8S_OK with *text (owned), else K8S_UNAVAIL with why. */
enum k8s_status ledger_net_read(const struct config *cfg, int64_t deadline, char **text,
                                   size_t *len, char *why, size_t whylen);

/* Makes sure account ns/sa (with Kubernetes UID sa_uid, "" unknown) and
 * its namespace group have numbers in the ledger, allocating what is
 * missing in the slice of its first choice (one compare-and-swap each,
 * retried on 409 up to LEDGER_CAS_TRIES times); a new number for an
 * account whose active entries in that slice carry another Kubernetes UID
 * retires those in the same write. *text receives the entries of the
 * account and the group (and their retirements) in ledger_parse's
 * format. K8S_OK, K8S_REFUSED (the ledger disagrees with itself for
 * this identity: why), or K8S_UNAVAIL. */
enum k8s_status ledger_net_allocate(const struct config *cfg, int64_t deadline,
                                       const char *ns, const char *sa, const char *sa_uid,
                                       char **text, size_t *len, char *why, size_t whylen);

/* Adds entries ("<key> <value>" lines; keys numbers or <n>.retired) to
 * their slices. Every slice concerned is read first: a key that is
 * present with another value stops everything before anything is
 * written (K8S_REFUSED, why naming it and the fix); a key present with
 * the same value is left alone. Then each slice is written by
 * compare-and-swap. *report (owned) says what was written. */
enum k8s_status ledger_net_add(const struct config *cfg, int64_t deadline,
                                  const char *entries, char **report, char *why,
                                  size_t whylen);

#endif
