/* The ledger from a host's side (uid_ledger = configmap): what a login
 * and k8s-login do with it, through the helper (no network here). */
#ifndef K8S_LEDGER_HOST_H
#define K8S_LEDGER_HOST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "k8s/config.h"
#include "k8s/ledger.h"
#include "k8s/names.h"
#include "k8s/result.h"

/* Reads the whole ledger through the helper and parses it. K8S_OK
 * with *l, else K8S_UNAVAIL with why. */
enum k8s_status ledger_host_read(const struct config *cfg, struct ledger **l, char *why,
                                    size_t whylen);

/* At a login: makes sure the local registry holds the account's and its
 * group's numbers as the ledger gives them. An account already held here
 * (with this Kubernetes UID) and its group need no network, so logins go
 * on with the API server down. Otherwise the helper allocates in the
 * ledger what is missing, and the numbers are recorded here unless they
 * contradict what this host holds or another NSS source holds them
 * (K8S_REFUSED, why naming the entry). The ledger unreachable for a new
 * identity is K8S_UNAVAIL: a number taken offline could be given to
 * another identity by the fleet meanwhile. */
enum k8s_status ledger_host_bind(const struct config *cfg, const struct names_identity *id,
                                    const char *sa_uid, char *why, size_t whylen);

/* With uid_ledger = configmap, an account this host does not hold yet
 * takes the ledger's number at its first login, not its first choice: asks
 * the ledger (read only, through the helper), as that login would. Returns
 * 1 with the ledger's number in *uid, 0 when the ledger has none yet (the
 * first login allocates it there), or -1 with why and *st: K8S_REFUSED
 * when the ledger contradicts itself, K8S_UNAVAIL when it is unreachable
 * (a first login now would be refused). Flush stdio first: the helper's
 * processes are forked from the caller. */
int ledger_host_number(const struct config *cfg, const struct names_identity *id,
                       const char *sa_uid, uint32_t *uid, enum k8s_status *st, char *why,
                       size_t whylen);

/* Whether this host already holds the account and its group (a login then
 * needs no ledger); false when the registry cannot be read. */
bool ledger_host_held(const struct config *cfg, const struct names_identity *id);

/* Adds entries ("<key> <value>" lines) to the ledger through the helper.
 * *report (owned, may be NULL) lists the ConfigMaps written. */
enum k8s_status ledger_host_write(const struct config *cfg, const char *entries,
                                     char **report, char *why, size_t whylen);

/* The elsewhere check of ledger_plan_sync, by registry_held_elsewhere
 * (ctx unused). */
int ledger_host_elsewhere(const struct config *cfg, const struct ledger_entry *e, void *ctx,
                          char *why, size_t whylen);

#endif
