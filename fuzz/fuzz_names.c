/* libFuzzer target: the name parsers (names_parse_username,
 * names_from_local, names_to_local, the format checks). The input is a
 * Kubernetes user name, a local name and a format, split at NUL bytes. */
#include "config.h"

#include <string.h>

#include "fuzz.h"
#include "k8s/names.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
        char *buf = malloc(size + 3), *s[3], local[NAMES_LOCAL_MAX + 1];
        struct names_identity id, back;
        size_t at = 0;

        if (!buf)
                return 0;
        memcpy(buf, data, size);
        buf[size] = buf[size + 1] = buf[size + 2] = '\0';
        for (int i = 0; i < 3; i++) {
                s[i] = buf + at;
                at += strlen(s[i]) + (at < size ? 1 : 0);
        }
        if (names_parse_username(s[0], &id)) {
                FUZZ_ASSERT(names_is_dns1123_label(id.ns));
                FUZZ_ASSERT(names_is_dns1123_subdomain(id.sa));
                /* The default format round-trips every valid identity. */
                if (names_to_local("%n_%s", &id, local, sizeof(local))) {
                        FUZZ_ASSERT(names_from_local("%n_%s", local, &back));
                        FUZZ_ASSERT(!strcmp(back.ns, id.ns) && !strcmp(back.sa, id.sa));
                }
        }
        /* Only a name that the format gives back exactly maps. */
        if (names_from_local("%n_%s", s[1], &id)) {
                FUZZ_ASSERT(names_to_local("%n_%s", &id, local, sizeof(local)));
                FUZZ_ASSERT(!strcmp(local, s[1]));
        }
        if (names_check_user_format(s[2], local, sizeof(local))) {
                /* Any accepted format is reversible for any identity. */
                if (names_parse_username(s[0], &id) &&
                    names_to_local(s[2], &id, local, sizeof(local))) {
                        FUZZ_ASSERT(names_from_local(s[2], local, &back));
                        FUZZ_ASSERT(!strcmp(back.ns, id.ns) && !strcmp(back.sa, id.sa));
                }
                if (names_from_local(s[2], s[1], &id)) {
                        FUZZ_ASSERT(names_to_local(s[2], &id, local, sizeof(local)));
                        FUZZ_ASSERT(!strcmp(local, s[1]));
                }
        }
        names_check_group_format(s[2], local, sizeof(local));
        names_check_local(s[1]);
        free(buf);
        return 0;
}
