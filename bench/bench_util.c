/* Small helpers shared by the bench programs (libc only, so the login
 * driver links nothing a real PAM application would not). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bench_util.h"

char *bench_read_file(const char *path)
{
        FILE *f = fopen(path, "r");
        char *buf = NULL;
        size_t cap = 0, len = 0, n;

        if (!f)
                return NULL;
        do {
                if (len + 4096 + 1 > cap) {
                        char *grown = realloc(buf, cap = len + 4096 + 1);
                        if (!grown) {
                                free(buf);
                                fclose(f);
                                return NULL;
                        }
                        buf = grown;
                }
                n = fread(buf + len, 1, 4096, f);
                len += n;
        } while (n > 0);
        fclose(f);
        while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
                len--;
        buf[len] = '\0';
        return buf;
}
