/* The key set's network side (see include/k8s/fetch.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "k8s/fetch.h"
#include "k8s/https.h"
#include "k8s/jwks.h"
#include "k8s/jwks_store.h"
#include "k8s/util.h"

#define DISCOVERY_MAX (64 * 1024)

/* GETs an https URL with the API client's rules (jwks_ca_file, else
 * ca_file, else the system store). Returns 0 with a new buffer in *out,
 * or -1. */
static int https_get(const struct config *cfg, int64_t deadline, const char *url, size_t max,
                     char **out, size_t *len, char *why, size_t whylen)
{
        struct https_request req;
        char safe[200];
        long http = 0;
        int r = -1;

        *out = NULL;
        util_sanitize(safe, sizeof(safe), url, 120);
        if (https_begin(&req, url, cfg->jwks_ca_file ? cfg->jwks_ca_file : cfg->ca_file,
                        cfg->jwks_ca_file ? "jwks_ca_file" : "ca_file", max, deadline,
                        why, whylen) < 0 ||
            https_perform(&req, safe, &http, why, whylen) < 0)
                goto out;
        if (http != 200) {
                util_fmt(why, whylen, "%s answered HTTP %ld (expected 200)", safe, http);
                goto out;
        }
        *out = req.data ? req.data : strdup("");
        *len = req.len;
        req.data = NULL;
        r = *out ? 0 : -1;
out:
        https_end(&req);
        return r;
}

/* The jwks_uri named by the issuer's discovery document, into a new
 * string. */
static char *discover(const struct config *cfg, int64_t deadline, char *why, size_t whylen)
{
        char url[2048], *doc = NULL, *uri = NULL;
        const char *iss, *ju;
        size_t n = strlen(cfg->issuer), len = 0;
        json_error_t jerr;
        json_t *root;

        while (n > 0 && cfg->issuer[n - 1] == '/')
                n--;
        if (snprintf(url, sizeof(url), "%.*s%s", (int)n, cfg->issuer, JWKS_DISCOVERY_PATH)
            >= (int)sizeof(url)) {
                util_fmt(why, whylen, "issuer URL too long");
                return NULL;
        }
        if (https_get(cfg, deadline, url, DISCOVERY_MAX, &doc, &len, why, whylen) < 0)
                return NULL;
        root = json_loadb(doc, len, JSON_REJECT_DUPLICATES, &jerr);
        iss = json_string_value(json_object_get(root, "issuer"));
        ju = json_string_value(json_object_get(root, "jwks_uri"));
        /* OpenID Connect Discovery 1.0, 4.3: issuer must be identical. */
        if (!json_is_object(root) || !iss || strcmp(iss, cfg->issuer))
                util_fmt(why, whylen, "discovery document %s is not JSON naming issuer %s", url,
                         cfg->issuer);
        else if (!ju || strncmp(ju, "https://", 8) || strlen(ju) >= 2048 ||
                 strpbrk(ju, " \t\r\n\\\"#"))
                util_fmt(why, whylen, "discovery document %s has no https jwks_uri", url);
        else if (!(uri = strdup(ju)))
                util_fmt(why, whylen, "out of memory");
        json_decref(root);
        free(doc);
        return uri;
}

int fetch_jwks(const struct config *cfg, int64_t deadline, char **text, size_t *len,
               char **uri, char *why, size_t whylen)
{
        *text = NULL;
        *uri = cfg->jwks_uri ? strdup(cfg->jwks_uri) : discover(cfg, deadline, why, whylen);
        if (!*uri) {
                if (cfg->jwks_uri)
                        util_fmt(why, whylen, "out of memory");
                return -1;
        }
        if (https_get(cfg, deadline, *uri, JWKS_MAX_SIZE, text, len, why, whylen) < 0) {
                free(*uri);
                *uri = NULL;
                return -1;
        }
        return 0;
}
