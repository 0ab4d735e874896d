/* libFuzzer target: the TokenReview answer parser (tokenreview_parse), the
 * API server's bytes that decide whether a login succeeds. */
#include "config.h"

#include <string.h>

#include "fuzz.h"
#include "k8s/names.h"
#include "k8s/tokenreview.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
        const struct config *cfg = fuzz_config();
        struct token_verdict r;

        /* The body is not NUL-terminated: the parser must use len only. */
        memset(&r, 0, sizeof(r));
        tokenreview_parse(cfg, 201, (const char *)data, size, &r);
        FUZZ_ASSERT(memchr(r.res.reason, '\0', sizeof(r.res.reason)) != NULL);
        if (r.res.status == K8S_OK) {
                /* A success always names an allowed-shape identity. */
                FUZZ_ASSERT(r.have_id);
                FUZZ_ASSERT(names_is_dns1123_label(r.id.ns));
                FUZZ_ASSERT(names_is_dns1123_subdomain(r.id.sa));
                FUZZ_ASSERT(!r.pod[0] || names_is_dns1123_subdomain(r.pod));
                FUZZ_ASSERT(strspn(r.sa_uid, "0123456789abcdefABCDEF-") == strlen(r.sa_uid));
        }
        /* Any other HTTP status is never a success, whatever the body. */
        memset(&r, 0, sizeof(r));
        tokenreview_parse(cfg, 200, (const char *)data, size, &r);
        FUZZ_ASSERT(r.res.status == K8S_UNAVAIL);
        return 0;
}
