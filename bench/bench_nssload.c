/* What libnss_k8s.so.2 costs a process that loads it, measured in a fresh
 * process: the time of dlopen, and the memory it adds once loaded and
 * once it has answered one lookup (its cached config and registry): the
 * resident set (VmRSS), which also counts clean pages of the file that
 * every process shares through the page cache, and the private dirty
 * memory (smaps_rollup), which is this process's alone. The config is
 * K8S_LOGIN_CONF's, as for any process.
 *
 * usage: bench_nssload MODULE.so USER
 * prints: dlopen_ns=N rss_dlopen_kib=N rss_lookup_kib=N priv_dlopen_kib=N
 * priv_lookup_kib=N  (exit 0 when the lookup found USER) */
#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <nss.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef enum nss_status getpwnam_fn(const char *, struct passwd *, char *, size_t, int *);

/* A field of a /proc file in KiB, read without stdio or malloc, which
 * would add to what is measured. */
static long proc_kib(const char *file, const char *field)
{
        static char buf[8192];
        int fd = open(file, O_RDONLY | O_CLOEXEC);
        ssize_t n;
        char *p;

        if (fd < 0)
                return -1;
        n = read(fd, buf, sizeof(buf) - 1);
        close(fd);
        if (n <= 0)
                return -1;
        buf[n] = '\0';
        p = strstr(buf, field);
        return p ? strtol(p + strlen(field), NULL, 10) : -1;
}

static long rss_kib(void)
{
        return proc_kib("/proc/self/status", "VmRSS:");
}

static long private_kib(void)
{
        return proc_kib("/proc/self/smaps_rollup", "Private_Dirty:");
}

static long long now_ns(void)
{
        struct timespec t;

        clock_gettime(CLOCK_MONOTONIC, &t);
        return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv)
{
        static char buf[16384];
        struct passwd pw;
        getpwnam_fn *fn;
        long before, loaded, looked, pbefore, ploaded, plooked;
        long long t0, t1;
        void *h;
        int err = 0;
        enum nss_status st;

        if (argc != 3) {
                fprintf(stderr, "usage: bench_nssload MODULE.so USER\n");
                return 2;
        }
        /* Touched first, so that neither counts as the module's. */
        memset(buf, 1, sizeof(buf));
        now_ns();
        rss_kib();
        private_kib();
        before = rss_kib();
        pbefore = private_kib();
        t0 = now_ns();
        h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
        t1 = now_ns();
        loaded = rss_kib();
        ploaded = private_kib();
        if (!h) {
                fprintf(stderr, "bench_nssload: %s\n", dlerror());
                return 1;
        }
        *(void **)&fn = dlsym(h, "_nss_k8s_getpwnam_r");
        if (!fn) {
                fprintf(stderr, "bench_nssload: no _nss_k8s_getpwnam_r\n");
                return 1;
        }
        st = fn(argv[2], &pw, buf, sizeof(buf), &err);
        looked = rss_kib();
        plooked = private_kib();
        printf("dlopen_ns=%lld rss_dlopen_kib=%ld rss_lookup_kib=%ld priv_dlopen_kib=%ld "
               "priv_lookup_kib=%ld\n", t1 - t0, loaded - before, looked - before,
               ploaded - pbefore, plooked - pbefore);
        return st == NSS_STATUS_SUCCESS ? 0 : 1;
}
