/* Looks a user up twice in one process through libnss_k8s.so.2, as a
 * long-running daemon (sshd) would:
 *
 *   nss_twice MODULE NAME GO-FILE
 *
 * prints the first answer's status, waits (at most 30 s) until GO-FILE
 * exists, and prints the second's. The module caches its config and
 * registry between calls; this shows whether it notices a change. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <nss.h>
#include <pwd.h>
#include <stdio.h>
#include <unistd.h>

typedef enum nss_status (*pwnam_fn)(const char *, struct passwd *, char *, size_t, int *);

static const char *name_of(enum nss_status st)
{
        switch (st) {
        case NSS_STATUS_SUCCESS: return "SUCCESS";
        case NSS_STATUS_NOTFOUND: return "NOTFOUND";
        case NSS_STATUS_UNAVAIL: return "UNAVAIL";
        case NSS_STATUS_TRYAGAIN: return "TRYAGAIN";
        default: return "OTHER";
        }
}

int main(int argc, char **argv)
{
        char buf[8192];
        struct passwd pw;
        pwnam_fn getpwnam_r_;
        void *h;
        int err;

        if (argc != 4)
                return 64;
        if (!(h = dlopen(argv[1], RTLD_NOW)) ||
            !(getpwnam_r_ = (pwnam_fn)dlsym(h, "_nss_k8s_getpwnam_r")))
                return 1;
        printf("first: %s\n", name_of(getpwnam_r_(argv[2], &pw, buf, sizeof(buf), &err)));
        fflush(stdout);
        for (int i = 0; i < 300 && access(argv[3], F_OK) != 0; i++)
                usleep(100000);
        printf("second: %s\n", name_of(getpwnam_r_(argv[2], &pw, buf, sizeof(buf), &err)));
        dlclose(h);
        return 0;
}
