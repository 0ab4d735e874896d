/* What logins need beyond a config that parses: the files it names exist
 * and are trusted as a login trusts them, secrets are private, state_dir
 * is usable, every process can read the config, and no placeholder from
 * the shipped example is left. For `k8s-login config-test` and
 * `k8s-login status`. libc only, no network. */
#ifndef K8S_CONFIG_CHECK_H
#define K8S_CONFIG_CHECK_H

#include <stddef.h>

#include "k8s/config.h"

/* Receives one problem, one line naming the config file, the key and the
 * file it names (no newline). */
typedef void (*config_check_report)(void *ctx, const char *line);

/* Runs every check on cfg (loaded by config_load), calling report once
 * per problem. Reads the files a login reads (so it must run as root to
 * read the private ones). Returns the number of problems. */
size_t config_check(const struct config *cfg, config_check_report report, void *ctx);

/* Whether the secret at path (symbolic links followed, as projected
 * tokens are links) is private: a regular file not readable by group or
 * others, or every local user could present the host's credential, as
 * ssh refuses a private key of such a mode. Returns 0, or -1 with the
 * reason (naming path) in err. A login that reads reviewer_token_file or
 * ledger_token_file should refuse, and log, on -1. */
int config_check_secret_file(const char *path, char *err, size_t errlen);

/* Whether the host of an https URL is a placeholder: a label "example"
 * (kubernetes.example.internal, example.com) or the top-level domain
 * "invalid" (RFC 2606). */
bool config_check_placeholder_url(const char *url);

#endif
