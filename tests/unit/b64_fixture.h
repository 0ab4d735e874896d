/* Base64url without padding, the JWS way, for the unit tests that build
 * tokens: lib/ only decodes, so the tests encode with this one of their
 * own, into a caller's buffer (b64url) or a malloc'ed one (b64url_dup,
 * free it). Include after <cmocka.h>. */
#ifndef K8S_TESTS_B64_FIXTURE_H
#define K8S_TESTS_B64_FIXTURE_H

#include <stdlib.h>

/* n bytes of data into out (room for 4 * n / 3 + 3 bytes); returns the
 * length written before the terminating NUL. */
static inline size_t b64url(const void *data, size_t n, char *out)
{
        static const char tbl[] =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        const unsigned char *in = data;
        size_t o = 0;

        for (size_t i = 0; i < n; i += 3) {
                unsigned long v = (unsigned long)in[i] << 16 |
                                  (i + 1 < n ? (unsigned long)in[i + 1] << 8 : 0) |
                                  (i + 2 < n ? in[i + 2] : 0);
                size_t chars = i + 2 < n ? 4 : i + 1 < n ? 3 : 2;

                for (size_t k = 0; k < chars; k++)
                        out[o++] = tbl[v >> (18 - 6 * k) & 63];
        }
        out[o] = '\0';
        return o;
}

static inline char *b64url_dup(const void *data, size_t n)
{
        char *out = malloc(n * 4 / 3 + 4);

        assert_non_null(out);
        b64url(data, n, out);
        return out;
}

#endif
