/* Drives libnss_k8s.so.2 directly, as glibc does, from many threads at
 * once with caller buffers of every size from 1 byte up:
 *
 *   nss_stress MODULE THREADS ROUNDS NAME...
 *
 * First, single-threaded, it records each name's answers (passwd by name,
 * passwd by UID, group by GID and by name, initgroups) and the smallest
 * buffer each needs, and prints them. Then THREADS threads repeat every
 * lookup ROUNDS times with buffers of exactly 1..need+64 bytes (malloc'd to
 * that size, so a write past the end is caught by ASan or valgrind) and
 * check: too small gives NSS_STATUS_TRYAGAIN with ERANGE, large enough
 * gives the recorded answer, and errno is untouched on success. Finally
 * the process must hold as many file descriptors as before. Exit 0 when
 * every check held. */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <grp.h>
#include <nss.h>
#include <pthread.h>
#include <pwd.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

typedef enum nss_status (*pwnam_fn)(const char *, struct passwd *, char *, size_t, int *);
typedef enum nss_status (*pwuid_fn)(uid_t, struct passwd *, char *, size_t, int *);
typedef enum nss_status (*grnam_fn)(const char *, struct group *, char *, size_t, int *);
typedef enum nss_status (*grgid_fn)(gid_t, struct group *, char *, size_t, int *);
typedef enum nss_status (*initgroups_fn)(const char *, gid_t, long *, long *, gid_t **, long,
                                         int *);

static pwnam_fn getpwnam_r_;
static pwuid_fn getpwuid_r_;
static grnam_fn getgrnam_r_;
static grgid_fn getgrgid_r_;
static initgroups_fn initgroups_dyn_;

enum { PWNAM, PWUID, GRGID, GRNAM, N_KINDS };
static const char *kind_name[N_KINDS] = { "pwnam", "pwuid", "grgid", "grnam" };

struct answer {
        enum nss_status st;
        char text[8192];   /* the entry as getent prints it */
        size_t need;       /* smallest buffer that works */
};

struct subject {
        const char *name;
        uid_t uid;
        gid_t gid;
        char group[256];
        struct answer a[N_KINDS];
        char groups[256];  /* initgroups_dyn's list */
};

static struct subject *subjects;
static int n_subjects, rounds;
static atomic_long calls, failures;

static void fmt_pw(const struct passwd *pw, char *out, size_t len)
{
        snprintf(out, len, "%s:%s:%u:%u:%s:%s:%s", pw->pw_name, pw->pw_passwd,
                 (unsigned)pw->pw_uid, (unsigned)pw->pw_gid, pw->pw_gecos, pw->pw_dir,
                 pw->pw_shell);
}

static void fmt_gr(const struct group *gr, char *out, size_t len)
{
        size_t o = (size_t)snprintf(out, len, "%s:%s:%u:", gr->gr_name, gr->gr_passwd,
                                    (unsigned)gr->gr_gid);
        for (char **m = gr->gr_mem; *m && o < len; m++)
                o += (size_t)snprintf(out + o, len - o, "%s%s", m == gr->gr_mem ? "" : ",", *m);
}

/* One lookup with a buffer of exactly len bytes; text gets the entry. */
static enum nss_status lookup(const struct subject *s, int kind, size_t len, char *text,
                              size_t tlen, int *err)
{
        char *buf = malloc(len);
        struct passwd pw;
        struct group gr;
        enum nss_status st = NSS_STATUS_UNAVAIL;

        if (!buf)
                abort();
        *err = 0;
        switch (kind) {
        case PWNAM: st = getpwnam_r_(s->name, &pw, buf, len, err); break;
        case PWUID: st = getpwuid_r_(s->uid, &pw, buf, len, err); break;
        case GRGID: st = getgrgid_r_(s->gid, &gr, buf, len, err); break;
        case GRNAM: st = getgrnam_r_(s->group, &gr, buf, len, err); break;
        }
        text[0] = '\0';
        if (st == NSS_STATUS_SUCCESS) {
                if (kind == PWNAM || kind == PWUID)
                        fmt_pw(&pw, text, tlen);
                else
                        fmt_gr(&gr, text, tlen);
        }
        free(buf);
        return st;
}

static void groups_of(const struct subject *s, char *out, size_t len)
{
        long start = 1, size = 1;
        gid_t *g = malloc(sizeof(*g));
        int err = 0;
        size_t o = 0;
        enum nss_status st;

        if (!g)
                abort();
        g[0] = s->gid;
        st = initgroups_dyn_(s->name, s->gid, &start, &size, &g, -1, &err);
        o += (size_t)snprintf(out, len, "%d:", (int)st);
        for (long i = 0; i < start && o < len; i++)
                o += (size_t)snprintf(out + o, len - o, "%s%u", i ? "," : "", (unsigned)g[i]);
        free(g);
}

static void record(struct subject *s)
{
        char text[8192];
        int err;

        for (int k = 0; k < N_KINDS; k++) {
                struct answer *a = &s->a[k];
                a->st = lookup(s, k, 65536, a->text, sizeof(a->text), &err);
                a->need = 0;
                if (a->st == NSS_STATUS_SUCCESS) {
                        for (size_t len = 1; len <= 65536; len++)
                                if (lookup(s, k, len, text, sizeof(text), &err) ==
                                    NSS_STATUS_SUCCESS) {
                                        a->need = len;
                                        break;
                                }
                }
                /* What the later lookups ask depends on the first answer. */
                if (k == PWNAM && a->st == NSS_STATUS_SUCCESS) {
                        struct passwd pw;
                        char *buf = malloc(65536);
                        if (!buf || getpwnam_r_(s->name, &pw, buf, 65536, &err) !=
                                    NSS_STATUS_SUCCESS)
                                abort();
                        s->uid = pw.pw_uid;
                        s->gid = pw.pw_gid;
                        free(buf);
                }
                if (k == GRGID && a->st == NSS_STATUS_SUCCESS) {
                        char *colon = strchr(a->text, ':');
                        snprintf(s->group, sizeof(s->group), "%.*s",
                                 (int)(colon - a->text), a->text);
                }
        }
        groups_of(s, s->groups, sizeof(s->groups));
}

static void fail(const char *name, const char *kind, size_t len, const char *detail)
{
        if (atomic_fetch_add(&failures, 1) < 20)
                fprintf(stderr, "%s %s len %zu: %s\n", name, kind, len, detail);
}

static void *worker(void *arg)
{
        char text[8192], groups[256];
        int self = (int)(size_t)arg;
        unsigned seed = (unsigned)self;

        for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < n_subjects; i++) {
                        /* Each thread starts at another subject. */
                        const struct subject *s = &subjects[(i + self) % n_subjects];
                        for (int k = 0; k < N_KINDS; k++) {
                                const struct answer *a = &s->a[k];
                                size_t top = a->need ? a->need + 64 : 64;
                                /* Every size near the edge, a sample below it. */
                                for (size_t len = 1; len <= top;
                                     len += (len + 80 < top ? 1 + rand_r(&seed) % 37 : 1)) {
                                        int err = 0;
                                        enum nss_status st;
                                        errno = 4242;
                                        st = lookup(s, k, len, text, sizeof(text), &err);
                                        atomic_fetch_add(&calls, 1);
                                        if (a->st != NSS_STATUS_SUCCESS) {
                                                if (st != a->st)
                                                        fail(s->name,
                                                             kind_name[k], len, "status changed");
                                                break;
                                        }
                                        if (len < a->need) {
                                                if (st != NSS_STATUS_TRYAGAIN || err != ERANGE)
                                                        fail(s->name,
                                                             kind_name[k], len,
                                                             "too small but not TRYAGAIN/ERANGE");
                                        } else if (st != NSS_STATUS_SUCCESS ||
                                                   strcmp(text, a->text) != 0) {
                                                fail(s->name, kind_name[k],
                                                     len, "answer differs");
                                        } else if (errno != 4242) {
                                                fail(s->name, kind_name[k],
                                                     len, "errno changed on success");
                                        }
                                }
                        }
                        groups_of(s, groups, sizeof(groups));
                        atomic_fetch_add(&calls, 1);
                        if (strcmp(groups, s->groups) != 0)
                                fail(s->name, "initgroups", 0,
                                     "groups differ");
                }
        }
        return NULL;
}

static int count_fds(void)
{
        DIR *d = opendir("/proc/self/fd");
        int n = 0;

        if (!d)
                return -1;
        while (readdir(d))
                n++;
        closedir(d);
        return n;
}

int main(int argc, char **argv)
{
        void *h;
        int threads, fds_before, fds_after;
        pthread_t *tid;

        if (argc < 5) {
                fprintf(stderr, "usage: nss_stress MODULE THREADS ROUNDS NAME...\n");
                return 64;
        }
        if (!(h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL))) {
                fprintf(stderr, "dlopen: %s\n", dlerror());
                return 1;
        }
        getpwnam_r_ = (pwnam_fn)dlsym(h, "_nss_k8s_getpwnam_r");
        getpwuid_r_ = (pwuid_fn)dlsym(h, "_nss_k8s_getpwuid_r");
        getgrnam_r_ = (grnam_fn)dlsym(h, "_nss_k8s_getgrnam_r");
        getgrgid_r_ = (grgid_fn)dlsym(h, "_nss_k8s_getgrgid_r");
        initgroups_dyn_ = (initgroups_fn)dlsym(h, "_nss_k8s_initgroups_dyn");
        if (!getpwnam_r_ || !getpwuid_r_ || !getgrnam_r_ || !getgrgid_r_ || !initgroups_dyn_) {
                fprintf(stderr, "missing entry points\n");
                return 1;
        }
        threads = atoi(argv[2]);
        rounds = atoi(argv[3]);
        n_subjects = argc - 4;
        subjects = calloc((size_t)n_subjects, sizeof(*subjects));
        tid = calloc((size_t)threads, sizeof(*tid));
        if (!subjects || !tid || threads < 1 || rounds < 1)
                return 64;
        fds_before = count_fds();
        for (int i = 0; i < n_subjects; i++) {
                struct subject *s = &subjects[i];
                s->name = argv[4 + i];
                record(s);
                for (int k = 0; k < N_KINDS; k++)
                        printf("%s %s %d %s need=%zu\n", s->name, kind_name[k], (int)s->a[k].st,
                               s->a[k].text, s->a[k].need);
                printf("%s initgroups %s\n", s->name, s->groups);
        }
        for (int i = 0; i < threads; i++)
                if (pthread_create(&tid[i], NULL, worker, (void *)(size_t)(i + 1)) != 0)
                        return 1;
        for (int i = 0; i < threads; i++)
                pthread_join(tid[i], NULL);
        fds_after = count_fds();
        printf("threads=%d calls=%ld failures=%ld fds_before=%d fds_after=%d\n", threads,
               atomic_load(&calls), atomic_load(&failures), fds_before, fds_after);
        free(subjects);
        free(tid);
        dlclose(h);
        return atomic_load(&failures) == 0 && fds_before == fds_after ? 0 : 1;
}
