/* The ledger from a host's side (uid_ledger = configmap): what a login
 * and k8s-login do with it, through the helper (no network here). */
#ifndef K8S_LEDGER_HOST_H
#define K8S_LEDGER_HOST_H

#include <stddef.h>

#include "k8s/config.h"
#include "k8s/ledger.h"
#include "k8s/names.h"
#include "k8s/verify.h"

/* Reads the whole ledger through the helper and parses it. VERIFY_ALLOW
 * with *l, else VERIFY_UNAVAIL with why. */
enum verify_status ledger_host_read(const struct config *cfg, struct ledger **l, char *why,
                                    size_t whylen);

/* At a login: makes sure the local registry holds the account's and its
 * group's numbers as the ledger gives them. An account already held here
 * (with this Kubernetes UID) and its group need no network, so logins go
 * on with the API server down. Otherwise the helper allocates in the
 * ledger what is missing, and the numbers are recorded here unless they
 * contradict what this host holds or another NSS source holds them
 * (VERIFY_DENY, why naming the entry). The ledger unreachable for a new
 * identity is VERIFY_UNAVAIL: a number taken offline could be given to
 * another identity by the fleet meanwhile. */
enum verify_status ledger_host_bind(const struct config *cfg, const struct names_identity *id,
                                    const char *sa_uid, char *why, size_t whylen);

/* Adds entries ("<key> <value>" lines) to the ledger through the helper.
 * *report (owned, may be NULL) lists the ConfigMaps written. */
enum verify_status ledger_host_write(const struct config *cfg, const char *entries,
                                     char **report, char *why, size_t whylen);

/* The elsewhere check of ledger_plan_sync, by registry_held_elsewhere
 * (ctx unused). */
int ledger_host_elsewhere(const struct config *cfg, const struct ledger_entry *e, void *ctx,
                          char *why, size_t whylen);

#endif
