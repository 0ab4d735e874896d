/* The key set's network side: jwks_uri, or the issuer's discovery
 * document and the jwks_uri it names, fetched over HTTPS. Uses libcurl
 * and jansson: runs in k8s-login-helper alone. */
#ifndef K8S_FETCH_H
#define K8S_FETCH_H

#include <stddef.h>
#include <stdint.h>

#include "k8s/config.h"

/* Fetches the configured key set by deadline (https_now_ms() time):
 * 0 with the set's text in *text (*len bytes, owned) and the URL it came
 * from in *uri (owned), or -1 with why. The text is not parsed here. */
int fetch_jwks(const struct config *cfg, int64_t deadline, char **text, size_t *len,
               char **uri, char *why, size_t whylen);

#endif
