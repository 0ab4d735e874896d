/* Proves that tests/free_scan.c can fail: makes the copies of the secret
 * ($K8S_FREE_SCAN_SECRET) that a careless program would, one kind per
 * mode, and the twins that must pass.
 *   free      a copy freed without wiping          (must be found)
 *   wiped     a copy wiped, then freed              (must not)
 *   realloc   a copy moved by realloc               (must be found)
 *   live      a copy still allocated at exit        (must be found)
 *   bytes     16 decoded signature bytes, freed     (must be found)
 *   short     15 bytes of the text, freed           (must not: below the window) */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int b64url(unsigned char c)
{
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '-') return 62;
        if (c == '_') return 63;
        return -1;
}

/* Called through a volatile pointer, so the compiler cannot drop an
 * allocation that nothing reads (it may, for malloc, copy, free). */
static void (*volatile release)(void *) = free;

int main(int argc, char **argv)
{
        const char *secret = getenv("K8S_FREE_SCAN_SECRET");
        const char *mode = argc > 1 ? argv[1] : "";
        static char *keep;
        char *p;

        if (!secret || strlen(secret) < 40) {
                fprintf(stderr, "free_scan_probe: K8S_FREE_SCAN_SECRET of 40 bytes or more needed\n");
                return 2;
        }
        if (!strcmp(mode, "free") || !strcmp(mode, "wiped")) {
                p = strdup(secret);
                if (!strcmp(mode, "wiped"))
                        explicit_bzero(p, strlen(p));
                release(p);
        } else if (!strcmp(mode, "realloc")) {
                p = malloc(40);
                memcpy(p, secret + 3, 20);
                p = realloc(p, 1 << 20);
                explicit_bzero(p, 20);
                release(p);
        } else if (!strcmp(mode, "live")) {
                keep = strdup(secret);
        } else if (!strcmp(mode, "bytes")) {
                unsigned char raw[64];
                unsigned long acc = 0;
                int bits = 0;
                size_t n = 0;

                for (size_t i = 0; i < 40 && n < sizeof(raw); i++) {
                        acc = (acc << 6) | (unsigned)b64url((unsigned char)secret[i]);
                        bits += 6;
                        if (bits >= 8) {
                                bits -= 8;
                                raw[n++] = (unsigned char)(acc >> bits);
                                acc &= (1ul << bits) - 1;
                        }
                }
                /* Not aligned with the text: bytes 5..20 of the signature. */
                p = malloc(64);
                memset(p, 0, 64);
                memcpy(p + 7, raw + 5, 16);
                release(p);
                explicit_bzero(raw, sizeof(raw));
        } else if (!strcmp(mode, "short")) {
                p = calloc(1, 64);
                memcpy(p + 1, secret + 9, 15);
                release(p);
        } else {
                fprintf(stderr, "usage: free_scan_probe free|wiped|realloc|live|bytes|short\n");
                return 2;
        }
        (void)keep;
        return 0;
}
