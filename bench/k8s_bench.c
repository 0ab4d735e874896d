/* k8s-login benchmarks: NSS lookups against `files`, offline
 * and TokenReview logins against OpenSSL and libcurl doing the same work
 * bare, fresh-process logins, and concurrent logins. Each measurement
 * runs many times in this process after a warm-up; paired measurements
 * alternate sample by sample, so a noisy machine slows both alike.
 *
 * usage: k8s_bench DIR      (DIR prepared by bench/run.sh; see there and
 *                            docs/BENCHMARKS.md for its layout)
 * environment: BENCH_LOGIN, BENCH_VERIFY, BENCH_NSSLOAD (helper programs),
 *   BENCH_NSS_SO (libnss_k8s.so.2), BENCH_SERVER_PID (the stand-in API
 *   server), K8S_BENCH_QUICK=1 (a handful of iterations: proves it runs).
 * It must run as root: it takes a private mount namespace to put its own
 * nsswitch.conf, passwd and group in place (nothing outside changes).
 *
 * Prints one table on standard output (columns in the header line;
 * numbers with fixed decimals, "-" where there is nothing) and progress
 * on standard error. Never fails on a missed target: only when a
 * measurement could not be made (a login that did not succeed, say). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <security/pam_appl.h>

#include "bench_pam.h"
#include "bench_util.h"
#include "jws.h"

extern char **environ;

/* A TokenReview login takes a slot of the host budget (50 a second,
 * lib/auth/cache.c): stay under it, or the module refuses without asking. */
#define REVIEWS_PER_SEC 45
#define CONCURRENCY_LEVELS 3
static const int concurrency[CONCURRENCY_LEVELS] = { 2, 8, 32 };

static const char *dir;
static bool quick;

/* --- failures and progress ---------------------------------------------- */

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
        va_list ap;

        fputs("k8s_bench: ", stderr);
        va_start(ap, fmt);
        vfprintf(stderr, fmt, ap);
        va_end(ap);
        fputc('\n', stderr);
        exit(1);
}

static void progress(const char *what)
{
        fprintf(stderr, "# bench: %s\n", what);
}

static char *path_of(const char *rel)
{
        char *p;

        if (asprintf(&p, "%s/%s", dir, rel) < 0)
                die("out of memory");
        return p;
}

static const char *env_or_die(const char *name)
{
        const char *v = getenv(name);

        if (!v || !*v)
                die("%s is not set (run through bench/run.sh or make bench)", name);
        return v;
}

static uint64_t now_ns(void)
{
        struct timespec t;

        clock_gettime(CLOCK_MONOTONIC, &t);
        return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* --- samples and the table ---------------------------------------------- */

struct samples {
        uint64_t *v;
        size_t n, cap;
};

static void add(struct samples *s, uint64_t x)
{
        if (s->n == s->cap) {
                size_t cap = s->cap ? s->cap * 2 : 1024;
                uint64_t *grown = realloc(s->v, cap * sizeof(*grown));
                if (!grown)
                        die("out of memory");
                s->v = grown;
                s->cap = cap;
        }
        s->v[s->n++] = x;
}

static int cmp_u64(const void *a, const void *b)
{
        uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

        return x < y ? -1 : x > y;
}

struct stat2 {
        size_t n;
        double median, p99;
};

/* Median and 99th percentile (nearest rank), in the samples' unit. */
static struct stat2 summarize(struct samples *s)
{
        struct stat2 r = { s->n, 0, 0 };
        size_t rank;

        if (s->n == 0)
                return r;
        qsort(s->v, s->n, sizeof(*s->v), cmp_u64);
        r.median = s->n % 2 ? (double)s->v[s->n / 2]
                            : ((double)s->v[s->n / 2 - 1] + (double)s->v[s->n / 2]) / 2;
        rank = (s->n * 99 + 99) / 100;
        r.p99 = (double)s->v[rank - 1];
        return r;
}

enum target_kind { T_NONE, T_RATIO_MAX, T_ABS_MAX, T_RATIO_MIN };

struct row {
        char op[64], unit[10], base[40], target[32];
        size_t n;
        double median, p99, base_median, ratio;
        bool have_p99, have_base;
        int verdict;            /* -1 no target, 0 missed, 1 met */
};

static struct row rows[200];
static size_t nrows;
static char notes[16][240];
static size_t nnotes;

static void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void note(const char *fmt, ...)
{
        va_list ap;

        if (nnotes == sizeof(notes) / sizeof(notes[0]))
                return;
        va_start(ap, fmt);
        vsnprintf(notes[nnotes++], sizeof(notes[0]), fmt, ap);
        va_end(ap);
}

/* A row: st in unit (already scaled); base (NULL: none) is another row's
 * label and median; target: ratio or absolute maximum. */
static struct row *row(const char *op, const char *unit, struct stat2 st, bool have_p99)
{
        struct row *r;

        if (nrows == sizeof(rows) / sizeof(rows[0]))
                die("too many rows");
        /* The table's columns are fixed (tests/integration/bench_smoke.sh). */
        if (strlen(op) > 52 || strlen(unit) > 8)
                die("row name too long for its column: %s", op);
        r = &rows[nrows++];
        memset(r, 0, sizeof(*r));
        snprintf(r->op, sizeof(r->op), "%s", op);
        snprintf(r->unit, sizeof(r->unit), "%s", unit);
        r->n = st.n;
        r->median = st.median;
        r->p99 = st.p99;
        r->have_p99 = have_p99;
        r->verdict = -1;
        snprintf(r->target, sizeof(r->target), "-");
        snprintf(r->base, sizeof(r->base), "-");
        return r;
}

static void against(struct row *r, const char *base, double base_median)
{
        if (strlen(base) > 36)
                die("baseline name too long for its column: %s", base);
        snprintf(r->base, sizeof(r->base), "%s", base);
        r->base_median = base_median;
        r->ratio = base_median > 0 ? r->median / base_median : 0;
        r->have_base = true;
}

static void target(struct row *r, enum target_kind kind, double limit)
{
        if (kind == T_RATIO_MAX) {
                snprintf(r->target, sizeof(r->target), "ratio<=%.2f", limit);
                r->verdict = r->ratio <= limit;
        } else if (kind == T_RATIO_MIN) {
                snprintf(r->target, sizeof(r->target), "ratio>=%.2f", limit);
                r->verdict = r->ratio >= limit;
        } else if (kind == T_ABS_MAX) {
                snprintf(r->target, sizeof(r->target), "<%g%s", limit, r->unit);
                r->verdict = r->median < limit;
        }
}

/* Nanosecond samples as a microsecond row. */
static struct row *us_row(const char *op, struct samples *s)
{
        struct stat2 st = summarize(s);

        st.median /= 1000;
        st.p99 /= 1000;
        return row(op, "us", st, true);
}

static void print_table(void)
{
        int met = 0, missed = 0;

        printf("%-52s %-8s %6s %12s %12s  %-36s %12s %8s  %-12s %s\n", "operation", "unit", "n",
               "median", "p99", "baseline", "base_median", "ratio", "target", "result");
        for (size_t i = 0; i < nrows; i++) {
                const struct row *r = &rows[i];
                char p99[32] = "-", bm[32] = "-", ratio[32] = "-";

                if (r->have_p99)
                        snprintf(p99, sizeof(p99), "%.2f", r->p99);
                if (r->have_base) {
                        snprintf(bm, sizeof(bm), "%.2f", r->base_median);
                        snprintf(ratio, sizeof(ratio), "%.3f", r->ratio);
                }
                printf("%-52s %-8s %6zu %12.2f %12s  %-36s %12s %8s  %-12s %s\n", r->op, r->unit,
                       r->n, r->median, p99, r->base, bm, ratio, r->target,
                       r->verdict < 0 ? "-" : r->verdict ? "MET" : "MISSED");
                if (r->verdict == 1)
                        met++;
                else if (r->verdict == 0)
                        missed++;
        }
        for (size_t i = 0; i < nnotes; i++)
                printf("# note: %s\n", notes[i]);
        printf("# targets: %d met, %d missed%s\n", met, missed,
               quick ? " (K8S_BENCH_QUICK: too few samples to mean anything)" : "");
}

/* How many samples: n, or fewer when the budget of seconds runs out
 * first (never fewer than min). */
struct plan {
        size_t n, min, warm;
        double seconds;
};

static struct plan plan(size_t n, size_t min, size_t warm, double seconds)
{
        struct plan p = { n, min, warm, seconds };

        if (quick) {
                p.n = p.min = n < 8 ? n : 8;
                p.warm = 2;
                p.seconds = 0;
        }
        return p;
}

static bool more(const struct plan *p, size_t done, uint64_t start)
{
        if (done >= p->n)
                return false;
        return done < p->min || (double)(now_ns() - start) / 1e9 < p->seconds;
}

/* --- processes ------------------------------------------------------------ */

/* Runs argv (a fresh process, posix_spawn), waits: its exit status, or
 * -1; *ns is the time from before the spawn to after the wait. */
static int run(char *const argv[], bool quiet, uint64_t *ns)
{
        posix_spawn_file_actions_t fa;
        uint64_t t0 = now_ns();
        pid_t pid;
        int st, rc;

        posix_spawn_file_actions_init(&fa);
        if (quiet)
                posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
        rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
        posix_spawn_file_actions_destroy(&fa);
        if (rc != 0)
                die("cannot run %s: %s", argv[0], strerror(rc));
        while (waitpid(pid, &st, 0) < 0)
                if (errno != EINTR)
                        die("waitpid: %s", strerror(errno));
        if (ns)
                *ns = now_ns() - t0;
        return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* Runs argv with its standard output in the file out (created or
 * truncated), waits, and dies naming what unless it exits 0. */
static void run_to_file(char *const argv[], const char *out, const char *what)
{
        int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600), st, rc;
        posix_spawn_file_actions_t fa;
        pid_t pid;

        if (fd < 0)
                die("%s: %s", out, strerror(errno));
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_adddup2(&fa, fd, 1);
        rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
        posix_spawn_file_actions_destroy(&fa);
        close(fd);
        if (rc != 0)
                die("cannot run %s (%s): %s", argv[0], what, strerror(rc));
        while (waitpid(pid, &st, 0) < 0)
                if (errno != EINTR)
                        die("waitpid: %s", strerror(errno));
        if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
                die("%s failed", what);
}

static void bind_file(const char *src, const char *dst)
{
        if (mount(src, dst, NULL, MS_BIND, NULL) < 0)
                die("bind-mount %s on %s: %s", src, dst, strerror(errno));
}

/* A mount namespace of our own, changes kept from the host. */
static void private_mounts(void)
{
        if (unshare(CLONE_NEWNS) < 0)
                die("unshare(CLONE_NEWNS): %s (the bench needs root)", strerror(errno));
        if (mount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
                die("making / private: %s", strerror(errno));
}

/* --- 1. NSS lookups (in a fresh process per database setup) --------------- */

/* One line per operation: "OP N MEDIAN_NS P99_NS". Each answer is
 * checked: a lookup that does not find what it should ends the run. */
static int nss_child(char **argv)
{
        static char buf[1 << 16];
        const char *nsswitch = argv[0], *passwd = argv[1], *group = argv[2], *user = argv[3];
        uid_t uid = (uid_t)strtoul(argv[4], NULL, 10);
        const char *grname = argv[5];
        gid_t gid = (gid_t)strtoul(argv[6], NULL, 10);
        const char *ops[] = { "getpwnam_r", "getpwuid_r", "getgrnam_r", "getgrouplist" };
        struct plan p = plan(20000, 200, 200, 2.0);

        private_mounts();
        bind_file(nsswitch, "/etc/nsswitch.conf");
        bind_file(passwd, "/etc/passwd");
        bind_file(group, "/etc/group");
        for (int op = 0; op < 4; op++) {
                struct samples s = { 0 };
                uint64_t start = now_ns();

                for (size_t i = 0; i < p.warm || more(&p, s.n, start); i++) {
                        struct passwd pw, *pwr = NULL;
                        struct group gr, *grr = NULL;
                        gid_t groups[256];
                        int ng = 256, e = 0;
                        bool ok;
                        uint64_t t0 = now_ns(), t1;

                        switch (op) {
                        case 0: e = getpwnam_r(user, &pw, buf, sizeof(buf), &pwr); break;
                        case 1: e = getpwuid_r(uid, &pw, buf, sizeof(buf), &pwr); break;
                        case 2: e = getgrnam_r(grname, &gr, buf, sizeof(buf), &grr); break;
                        default: ng = getgrouplist(user, gid, groups, &ng) < 0 ? -1 : ng; break;
                        }
                        t1 = now_ns();
                        ok = op < 2 ? e == 0 && pwr && pw.pw_uid == uid && !strcmp(pw.pw_name, user)
                           : op == 2 ? e == 0 && grr && gr.gr_gid == gid
                           : ng >= 2;
                        if (!ok) {
                                fprintf(stderr, "k8s_bench: %s of %s (%s): not found as expected "
                                        "(error %d)\n", ops[op], op == 2 ? grname : user, nsswitch, e);
                                return 1;
                        }
                        if (i >= p.warm)
                                add(&s, t1 - t0);
                }
                {
                        struct stat2 st = summarize(&s);
                        printf("%s %zu %.0f %.0f\n", ops[op], st.n, st.median, st.p99);
                }
                free(s.v);
        }
        return 0;
}

struct nss_setup {
        const char *label, *conf, *nsswitch, *passwd, *group, *user, *uid, *grname, *gid;
        struct stat2 st[4];
};

static void nss_measure(struct nss_setup *ns)
{
        char *argv[] = { "/proc/self/exe", "--nss-child", path_of(ns->nsswitch),
                         path_of(ns->passwd), path_of(ns->group), (char *)ns->user,
                         (char *)ns->uid, (char *)ns->grname, (char *)ns->gid, NULL };
        char *out = path_of("nss.out"), line[200], op[32], what[80];
        int i = 0;
        FILE *f;

        char *conf = path_of(ns->conf), *saved = strdup(getenv("K8S_LOGIN_CONF"));

        if (!saved)
                die("K8S_LOGIN_CONF: %s", strerror(errno));
        setenv("K8S_LOGIN_CONF", conf, 1);
        snprintf(what, sizeof(what), "NSS measurement %s", ns->label);
        run_to_file(argv, out, what);
        setenv("K8S_LOGIN_CONF", saved, 1);
        free(conf), free(saved);
        if (!(f = fopen(out, "r")))
                die("%s: %s", out, strerror(errno));
        while (i < 4 && fgets(line, sizeof(line), f))
                if (sscanf(line, "%31s %zu %lf %lf", op, &ns->st[i].n, &ns->st[i].median,
                           &ns->st[i].p99) == 4)
                        i++;
        fclose(f);
        if (i != 4)
                die("NSS measurement %s: incomplete output", ns->label);
        for (i = 0; i < 4; i++) {
                ns->st[i].median /= 1000;
                ns->st[i].p99 /= 1000;
        }
        free(argv[2]), free(argv[3]), free(argv[4]), free(out);
}

static void bench_nss(void)
{
        /* Keys: the middle entry of each files database (what a random
         * name costs on average); a mapped account and its namespace
         * group (both allocated, in a registry of 5,000 accounts) for k8s. */
        const char *kuser = env_or_die("BENCH_K8S_USER"), *kuid = env_or_die("BENCH_K8S_UID"),
                   *kgroup = env_or_die("BENCH_K8S_GROUP"), *kgid = env_or_die("BENCH_K8S_GID");
        struct nss_setup f50 = { "files 50", "conf/nss.conf", "nss/nsswitch.files", "nss/passwd.50", "nss/group.50",
                                 env_or_die("BENCH_F50_USER"), env_or_die("BENCH_F50_UID"),
                                 env_or_die("BENCH_F50_GROUP"), env_or_die("BENCH_F50_GID"), { { 0 } } };
        struct nss_setup f5k = { "files 5000", "conf/nss.conf", "nss/nsswitch.files", "nss/passwd.5000", "nss/group.5000",
                                 env_or_die("BENCH_F5K_USER"), env_or_die("BENCH_F5K_UID"),
                                 env_or_die("BENCH_F5K_GROUP"), env_or_die("BENCH_F5K_GID"), { { 0 } } };
        struct nss_setup k8s = { "k8s", "conf/nss.conf", "nss/nsswitch.k8s", "nss/passwd.50", "nss/group.50",
                                 kuser, kuid, kgroup, kgid, { { 0 } } };
        struct nss_setup chain = { "files 50 + k8s", "conf/nss.conf", "nss/nsswitch.files-k8s", "nss/passwd.50",
                                   "nss/group.50", kuser, kuid, kgroup, kgid, { { 0 } } };
        const char *ops[] = { "getpwnam_r", "getpwuid_r", "getgrnam_r", "initgroups" };
        char op[64], base[40];

        progress("NSS lookups: files 50, files 5000, k8s, files 50 + k8s");
        nss_measure(&f50);
        nss_measure(&f5k);
        nss_measure(&k8s);
        nss_measure(&chain);
        for (int i = 0; i < 4; i++) {
                struct row *r;

                snprintf(op, sizeof(op), "nss %s files 50", ops[i]);
                row(op, "us", f50.st[i], true);
                snprintf(op, sizeof(op), "nss %s files 5000", ops[i]);
                row(op, "us", f5k.st[i], true);
                snprintf(op, sizeof(op), "nss %s k8s (vs files 5000)", ops[i]);
                r = row(op, "us", k8s.st[i], true);
                snprintf(base, sizeof(base), "nss %s files 5000", ops[i]);
                against(r, base, f5k.st[i].median);
                if (i == 0)
                        target(r, T_RATIO_MAX, 0.01);
                snprintf(op, sizeof(op), "nss %s k8s (vs files 50)", ops[i]);
                r = row(op, "us", k8s.st[i], true);
                snprintf(base, sizeof(base), "nss %s files 50", ops[i]);
                against(r, base, f50.st[i].median);
                if (i == 0)
                        target(r, T_RATIO_MAX, 0.5);
                snprintf(op, sizeof(op), "nss %s files 50 + k8s", ops[i]);
                r = row(op, "us", chain.st[i], true);
                against(r, base, f50.st[i].median);
        }
}

/* What loading the module costs a fresh process (bench_nssload). */
static void bench_nss_load(void)
{
        const char *conf[3] = { "conf/jwks.conf", "conf/nss.conf", "conf/nss100k.conf" };
        const char *label[3] = { "registry 50", "registry 5000", "registry 100k" };
        struct samples dl = { 0 }, rss_dl = { 0 }, rss_look[3] = { { 0 } }, priv_dl = { 0 },
                       priv_look[3] = { { 0 } };
        struct plan p = plan(200, 30, 5, 4.0);
        char *out = path_of("nssload.out");
        char *argv[] = { (char *)env_or_die("BENCH_NSSLOAD"), (char *)env_or_die("BENCH_NSS_SO"),
                         (char *)env_or_die("BENCH_K8S_USER"), NULL };
        const char *saved = getenv("K8S_LOGIN_CONF");
        char op[64];

        progress("NSS module load cost (fresh processes)");
        for (int c = 0; c < 3; c++) {
                char *cpath = path_of(conf[c]);
                uint64_t start = now_ns();

                setenv("K8S_LOGIN_CONF", cpath, 1);
                for (size_t i = 0; i < p.warm || more(&p, rss_look[c].n, start); i++) {
                        long long dlns;
                        long rdl, rlook, pdl, plook;
                        char line[200], what[80];
                        FILE *f;

                        snprintf(what, sizeof(what), "bench_nssload (%s)", label[c]);
                        run_to_file(argv, out, what);
                        if (!(f = fopen(out, "r")) || !fgets(line, sizeof(line), f) ||
                            sscanf(line, "dlopen_ns=%lld rss_dlopen_kib=%ld rss_lookup_kib=%ld "
                                   "priv_dlopen_kib=%ld priv_lookup_kib=%ld", &dlns, &rdl, &rlook,
                                   &pdl, &plook) != 5)
                                die("bench_nssload: unexpected output");
                        fclose(f);
                        if (i < p.warm)
                                continue;
                        add(&rss_look[c], (uint64_t)(rlook < 0 ? 0 : rlook));
                        add(&priv_look[c], (uint64_t)(plook < 0 ? 0 : plook));
                        if (c == 0) {
                                add(&dl, (uint64_t)dlns);
                                add(&rss_dl, (uint64_t)(rdl < 0 ? 0 : rdl));
                                add(&priv_dl, (uint64_t)(pdl < 0 ? 0 : pdl));
                        }
                }
                free(cpath);
        }
        if (saved)
                setenv("K8S_LOGIN_CONF", saved, 1);
        us_row("nss module dlopen (fresh process)", &dl);
        target(row("nss module RSS added by dlopen", "KiB", summarize(&rss_dl), true), T_ABS_MAX, 100);
        target(row("nss module private dirty added by dlopen", "KiB", summarize(&priv_dl), true),
               T_ABS_MAX, 100);
        for (int c = 0; c < 3; c++) {
                snprintf(op, sizeof(op), "nss module RSS added, 1st lookup, %s", label[c]);
                target(row(op, "KiB", summarize(&rss_look[c]), true), T_ABS_MAX, 100);
                snprintf(op, sizeof(op), "nss module private dirty, 1st lookup, %s", label[c]);
                target(row(op, "KiB", summarize(&priv_look[c]), true), T_ABS_MAX, 64);
                free(rss_look[c].v), free(priv_look[c].v);
        }
        free(dl.v), free(rss_dl.v), free(priv_dl.v), free(out);
}

/* --- 2 and 3. Logins in this process ---------------------------------------- */

/* One pam_start_confdir/pam_authenticate/pam_end: the time of
 * pam_authenticate alone in *auth, of the three in *all. */
static void pam_login(const char *service, const char *user, const char *token, uint64_t *auth,
                      uint64_t *all)
{
        struct pam_conv pc = { bench_conv, (void *)token };
        pam_handle_t *pamh = NULL;
        char *confdir = path_of("pam.d");
        uint64_t t0 = now_ns(), t1, t2;
        int rc = pam_start_confdir(service, user, &pc, confdir, &pamh);

        if (rc != PAM_SUCCESS)
                die("pam_start_confdir %s: %s", service, pam_strerror(pamh, rc));
        t1 = now_ns();
        rc = pam_authenticate(pamh, 0);
        t2 = now_ns();
        if (rc != PAM_SUCCESS)
                die("pam_authenticate (service %s) failed: %s", service, pam_strerror(pamh, rc));
        pam_end(pamh, rc);
        if (auth)
                *auth = t2 - t1;
        if (all)
                *all = now_ns() - t0;
        free(confdir);
}

/* Keeps TokenReview logins under the host budget (per state_dir). */
struct pacer {
        time_t sec;
        int count;
        unsigned waits;
};

static void pace(struct pacer *p)
{
        struct timespec t;

        clock_gettime(CLOCK_REALTIME, &t);
        if (t.tv_sec != p->sec) {
                p->sec = t.tv_sec;
                p->count = 0;
        }
        if (p->count >= REVIEWS_PER_SEC) {
                struct timespec rest = { 0, 1000000000L - t.tv_nsec + 2000000L };
                if (rest.tv_nsec >= 1000000000L) {
                        rest.tv_sec = 1;
                        rest.tv_nsec -= 1000000000L;
                }
                nanosleep(&rest, NULL);
                p->waits++;
                clock_gettime(CLOCK_REALTIME, &t);
                p->sec = t.tv_sec;
                p->count = 0;
        }
        p->count++;
}

struct keyed_token {
        char *token;
        struct jws jws;
};

static void load_token(struct keyed_token *k, const char *token_file, const char *pubkey)
{
        char *tf = path_of(token_file), *kf = path_of(pubkey);

        if (!(k->token = bench_read_file(tf)))
                die("%s: %s", tf, strerror(errno));
        if (jws_prepare(&k->jws, jws_load_pubkey(kf), k->token) < 0 || jws_verify(&k->jws) != 0)
                die("%s does not verify with %s", tf, kf);
        free(tf);
        free(kf);
}

static void bench_offline(void)
{
        const char *user = env_or_die("BENCH_K8S_USER");
        struct keyed_token rs, es;
        struct samples floor_rs = { 0 }, floor_es = { 0 }, pam_rs = { 0 }, pam_es = { 0 },
                       cycle_rs = { 0 }, pam_big = { 0 }, hit = { 0 }, permit = { 0 };
        struct plan p = plan(2000, 200, 50, 3.0);
        struct row *r;
        double f_rs, f_es, p_rs;
        uint64_t start, t;

        load_token(&rs, "tokens/rs256", "pki/sa-rsa.pub.pem");
        load_token(&es, "tokens/es256", "pki/sa-ec.pub.pem");
        progress("offline validation in one process: RS256, ES256, registry 5000, cache hit");
        /* Alternating: floor, login, floor, login... */
        start = now_ns();
        for (size_t i = 0; i < p.warm || more(&p, pam_rs.n, start); i++) {
                uint64_t t0 = now_ns(), a, all;

                if (jws_verify(&rs.jws) != 0)
                        die("RS256 floor did not verify");
                t = now_ns() - t0;
                pam_login("jwks-rs", user, rs.token, &a, &all);
                if (i >= p.warm) {
                        add(&floor_rs, t);
                        add(&pam_rs, a);
                        add(&cycle_rs, all);
                }
        }
        start = now_ns();
        for (size_t i = 0; i < p.warm || more(&p, pam_es.n, start); i++) {
                uint64_t t0 = now_ns(), a;

                if (jws_verify(&es.jws) != 0)
                        die("ES256 floor did not verify");
                t = now_ns() - t0;
                pam_login("jwks-es", user, es.token, &a, NULL);
                if (i >= p.warm) {
                        add(&floor_es, t);
                        add(&pam_es, a);
                }
        }
        start = now_ns();
        for (size_t i = 0; i < p.warm || more(&p, pam_big.n, start); i++) {
                uint64_t a;

                pam_login("jwks-rs-5000", user, rs.token, &a, NULL);
                if (i >= p.warm)
                        add(&pam_big, a);
        }
        start = now_ns();
        for (size_t i = 0; i < p.warm || more(&p, hit.n, start); i++) {
                uint64_t a, b;

                pam_login("jwks-cached", user, rs.token, &a, NULL);
                /* What libpam costs by itself (an audit message, for one). */
                pam_login("permit", user, rs.token, &b, NULL);
                if (i >= p.warm) {
                        add(&hit, a);
                        add(&permit, b);
                }
        }
        f_rs = us_row("openssl RS256 verify (floor)", &floor_rs)->median;
        f_es = us_row("openssl ES256 verify (floor)", &floor_es)->median;
        r = us_row("pam_authenticate jwks RS256", &pam_rs);
        p_rs = r->median;
        against(r, "openssl RS256 verify (floor)", f_rs);
        target(r, T_RATIO_MAX, 2.0);
        r = us_row("pam_authenticate jwks ES256", &pam_es);
        against(r, "openssl ES256 verify (floor)", f_es);
        r = us_row("pam start+authenticate+end jwks RS256", &cycle_rs);
        against(r, "openssl RS256 verify (floor)", f_rs);
        r = us_row("pam_authenticate jwks RS256, registry 5000", &pam_big);
        against(r, "pam_authenticate jwks RS256", p_rs);
        r = us_row("pam_authenticate jwks cache hit", &hit);
        against(r, "pam_authenticate jwks RS256", p_rs);
        target(r, T_ABS_MAX, 50);
        us_row("pam_authenticate pam_permit (libpam alone)", &permit);
        free(floor_rs.v), free(floor_es.v), free(pam_rs.v), free(pam_es.v);
        free(cycle_rs.v), free(pam_big.v), free(hit.v), free(permit.v);
        jws_clear(&rs.jws), jws_clear(&es.jws);
        free(rs.token), free(es.token);
}

/* The module's request, made bare: the same URL, CA, TLS settings,
 * headers and JSON body; a new handle (and connection) each time, as
 * the module does. */
struct bare_review {
        char *url, *ca, *body, *authz;
        size_t calen;
};

static size_t discard(char *ptr, size_t size, size_t nmemb, void *userdata)
{
        size_t *got = userdata;

        *got += size * nmemb;
        return size * nmemb;
}

static void bare_review_init(struct bare_review *b, const char *token)
{
        char *ca = path_of("pki/ca.pem"), *rt = path_of("pki/reviewer.token"), *reviewer;

        if (asprintf(&b->url, "https://127.0.0.1:%s/apis/authentication.k8s.io/v1/tokenreviews",
                     env_or_die("BENCH_PORT")) < 0 ||
            !(b->ca = bench_read_file(ca)) || !(reviewer = bench_read_file(rt)) ||
            asprintf(&b->authz, "Authorization: Bearer %s", reviewer) < 0 ||
            asprintf(&b->body, "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"TokenReview\","
                     "\"spec\":{\"token\":\"%s\",\"audiences\":[\"k8s-login\"]}}", token) < 0)
                die("cannot prepare the bare TokenReview request");
        b->calen = strlen(b->ca);
        free(reviewer);
        free(ca);
        free(rt);
}

static uint64_t bare_review(const struct bare_review *b)
{
        struct curl_blob blob = { b->ca, b->calen, CURL_BLOB_NOCOPY };
        struct curl_slist *h = NULL;
        uint64_t t0 = now_ns();
        size_t got = 0;
        long http = 0;
        CURL *c = curl_easy_init();
        CURLcode rc;

        if (!c)
                die("curl_easy_init failed");
        h = curl_slist_append(h, "Content-Type: application/json");
        h = curl_slist_append(h, "Accept: application/json");
        h = curl_slist_append(h, b->authz);
        curl_easy_setopt(c, CURLOPT_CAINFO_BLOB, &blob);
        curl_easy_setopt(c, CURLOPT_URL, b->url);
        curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
        curl_easy_setopt(c, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
        curl_easy_setopt(c, CURLOPT_PROXY, "");
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, 5000L);
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, b->body);
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)strlen(b->body));
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &got);
        rc = curl_easy_perform(c);
        if (rc == CURLE_OK)
                curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &http);
        curl_easy_cleanup(c);
        curl_slist_free_all(h);
        if (rc != CURLE_OK || http != 201 || got == 0)
                die("bare TokenReview request failed: %s, HTTP %ld", curl_easy_strerror(rc), http);
        return now_ns() - t0;
}

static void bench_tokenreview(void)
{
        const char *user = env_or_die("BENCH_K8S_USER");
        struct samples bare = { 0 }, pam = { 0 }, hit = { 0 };
        struct plan p = plan(300, 60, 20, 8.0);
        struct pacer pc = { 0, 0, 0 };
        struct bare_review b;
        struct row *r;
        double base;
        char *token, *tf = path_of("tokens/rs256");
        uint64_t start;

        if (!(token = bench_read_file(tf)))
                die("%s: %s", tf, strerror(errno));
        bare_review_init(&b, token);
        progress("TokenReview in one process: bare libcurl, pam_authenticate, cache hit");
        start = now_ns();
        for (size_t i = 0; i < p.warm || more(&p, pam.n, start); i++) {
                uint64_t t = bare_review(&b), a;

                pace(&pc);
                pam_login("tr", user, token, &a, NULL);
                if (i >= p.warm) {
                        add(&bare, t);
                        add(&pam, a);
                }
        }
        start = now_ns();
        for (size_t i = 0; i < p.warm || more(&p, hit.n, start); i++) {
                uint64_t a;

                pace(&pc);
                pam_login("tr-cached", user, token, &a, NULL);
                if (i >= p.warm)
                        add(&hit, a);
        }
        base = us_row("libcurl TokenReview POST (bare)", &bare)->median;
        r = us_row("pam_authenticate tokenreview", &pam);
        against(r, "libcurl TokenReview POST (bare)", base);
        target(r, T_RATIO_MAX, 1.10);
        base = r->median;
        r = us_row("pam_authenticate tokenreview cache hit", &hit);
        against(r, "pam_authenticate tokenreview", base);
        target(r, T_ABS_MAX, 50);
        if (pc.waits)
                note("in-process TokenReview logins waited %u times for the next second to stay "
                     "under the host budget (%d reviews/s); waits are not timed", pc.waits,
                     REVIEWS_PER_SEC);
        explicit_bzero(token, strlen(token));
        free(token), free(tf), free(b.url), free(b.ca), free(b.body), free(b.authz);
}

/* --- 2b. A fresh process per login ------------------------------------------ */

static void bench_fresh(void)
{
        const char *login = env_or_die("BENCH_LOGIN"), *verify = env_or_die("BENCH_VERIFY"),
                   *user = env_or_die("BENCH_K8S_USER");
        char *confdir = path_of("pam.d"), *rs = path_of("tokens/rs256"), *es = path_of("tokens/es256"),
             *rsk = path_of("pki/sa-rsa.pub.pem"), *esk = path_of("pki/sa-ec.pub.pem");
        struct {
                const char *label, *service, *floor;
                char *token, *key;
                struct samples login, floor_s;
        } m[2] = {
                { "RS256", "jwks-rs", "fresh process: verify RS256 (floor)", rs, rsk, { 0 }, { 0 } },
                { "ES256", "jwks-es", "fresh process: verify ES256 (floor)", es, esk, { 0 }, { 0 } },
        };
        struct samples permit = { 0 };
        struct plan p = plan(300, 40, 10, 6.0);
        char op[64];

        progress("a fresh process per login: bench_login against bench_verify");
        for (int k = 0; k < 2; k++) {
                char *largv[] = { (char *)login, confdir, (char *)m[k].service, (char *)user,
                                  m[k].token, NULL };
                char *vargv[] = { (char *)verify, m[k].key, m[k].token, NULL };
                char *pargv[] = { (char *)login, confdir, "permit", (char *)user, m[k].token, NULL };
                uint64_t start = now_ns();

                for (size_t i = 0; i < p.warm || more(&p, m[k].login.n, start); i++) {
                        uint64_t tv, tl, tp = 0;

                        if (run(vargv, true, &tv) != 0)
                                die("bench_verify %s failed", m[k].label);
                        if (run(largv, true, &tl) != 0)
                                die("bench_login %s failed", m[k].service);
                        if (k == 0 && run(pargv, true, &tp) != 0)
                                die("bench_login permit failed");
                        if (i < p.warm)
                                continue;
                        add(&m[k].floor_s, tv);
                        add(&m[k].login, tl);
                        if (k == 0)
                                add(&permit, tp);
                }
        }
        for (int k = 0; k < 2; k++) {
                struct row *r;
                double floor_median = us_row(m[k].floor, &m[k].floor_s)->median;

                snprintf(op, sizeof(op), "fresh process: login jwks %s", m[k].label);
                r = us_row(op, &m[k].login);
                against(r, m[k].floor, floor_median);
                target(r, T_RATIO_MAX, 1.5);
                free(m[k].login.v), free(m[k].floor_s.v);
        }
        us_row("fresh process: login via pam_permit only", &permit);
        free(permit.v), free(confdir), free(rs), free(es), free(rsk), free(esk);
}

/* --- 4. Concurrent logins ---------------------------------------------------- */

static double cpu_seconds(pid_t pid)
{
        char path[64], buf[1024], *p;
        unsigned long long ut = 0, stt = 0;
        FILE *f;

        snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
        if (!(f = fopen(path, "r")))
                return -1;
        p = fgets(buf, sizeof(buf), f);
        fclose(f);
        /* Fields after the command name, which ends at the last ')'. */
        if (!p || !(p = strrchr(buf, ')')) ||
            sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &ut, &stt) != 2)
                return -1;
        return (double)(ut + stt) / (double)sysconf(_SC_CLK_TCK);
}

static double children_cpu(void)
{
        struct rusage ru;

        getrusage(RUSAGE_CHILDREN, &ru);
        return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
               ru.ru_stime.tv_usec / 1e6;
}

/* What spawn_workers measured: every login's latency (failed ones
 * counted apart), the pacing waits the workers reported, the wall time
 * from their release to their last result, and the CPU that they and
 * the server (when one is given) used meanwhile. */
struct load_run {
        struct samples s;
        int failed;
        unsigned waits;
        double wall, cpu, server_cpu;
};

/* A worker process: waits for a byte (or end of file) on go, makes per
 * logins, writes their latencies in ns (0 for a failed login) and then
 * one more number (its pacing waits) to fd, and exits. */
typedef void (*worker_fn)(const void *arg, int w, int per, int go, int fd);

/* Forks c workers (at most 32), each with a pipe of its own for its
 * results, releases them all at once and collects what they report;
 * dies naming label when a worker reports nothing. */
static struct load_run spawn_workers(worker_fn fn, const void *arg, int c, int per, pid_t server,
                                     const char *label)
{
        struct load_run lr = { { 0 }, 0, 0, 0, 0, 0 };
        int go[2], fds[32];
        pid_t pids[32];
        double srv0 = 0, cpu0;
        uint64_t t0;

        if (c > 32 || per > 399)
                die("%s: at most 32 workers of 399 logins each", label);
        if (pipe2(go, O_CLOEXEC) < 0)
                die("pipe: %s", strerror(errno));
        for (int w = 0; w < c; w++) {
                int fd[2];

                if (pipe2(fd, O_CLOEXEC) < 0 || (pids[w] = fork()) < 0)
                        die("pipe or fork: %s", strerror(errno));
                if (pids[w] == 0) {
                        close(go[1]);
                        close(fd[0]);
                        fn(arg, w, per, go[0], fd[1]);
                        _exit(1);
                }
                close(fd[1]);
                fds[w] = fd[0];
        }
        close(go[0]);
        if (server > 0)
                srv0 = cpu_seconds(server);
        cpu0 = children_cpu();
        t0 = now_ns();
        close(go[1]);
        for (int w = 0; w < c; w++) {
                uint64_t lat[400];
                size_t got = 0;
                ssize_t n;

                while ((n = read(fds[w], (char *)lat + got, sizeof(lat) - got)) > 0)
                        got += (size_t)n;
                close(fds[w]);
                if (got != ((size_t)per + 1) * sizeof(uint64_t))
                        die("worker %d of %s: no results", w, label);
                for (int i = 0; i < per; i++) {
                        if (lat[i])
                                add(&lr.s, lat[i]);
                        else
                                lr.failed++;
                }
                lr.waits += (unsigned)lat[per];
        }
        lr.wall = (double)(now_ns() - t0) / 1e9;
        for (int w = 0; w < c; w++)
                waitpid(pids[w], NULL, 0);
        lr.cpu = children_cpu() - cpu0;
        if (server > 0)
                lr.server_cpu = cpu_seconds(server) - srv0;
        return lr;
}

struct mode {
        const char *label, *service, *token;
        bool per_worker, reviews;
};

/* The PAM service of worker w: its own (a state_dir of its own) or shared. */
static void service_name(char *buf, size_t len, const struct mode *m, int w)
{
        if (m->per_worker)
                snprintf(buf, len, "%s-w%d", m->service, w);
        else
                snprintf(buf, len, "%s", m->service);
}

/* One worker: per logins in a row, each a fresh bench_login; writes its
 * latencies (ns, 0 for a failed login) to fd. */
static void worker(const void *arg, int w, int per, int go, int fd)
{
        const struct mode *m = arg;
        const char *login = env_or_die("BENCH_LOGIN"), *user = env_or_die("BENCH_K8S_USER");
        char *confdir = path_of("pam.d"), *token = path_of(m->token), service[64], c;
        char *argv[] = { (char *)login, confdir, service, (char *)user, token, NULL };
        struct pacer pc = { 0, 0, 0 };
        uint64_t *lat = calloc((size_t)per + 1, sizeof(*lat));

        if (!lat)
                _exit(1);
        service_name(service, sizeof(service), m, w);
        if (read(go, &c, 1) < 0)
                _exit(1);
        for (int i = 0; i < per; i++) {
                uint64_t t;

                if (m->reviews)
                        pace(&pc);
                lat[i] = run(argv, true, &t) == 0 ? t : 0;
        }
        lat[per] = pc.waits;
        if (write(fd, lat, ((size_t)per + 1) * sizeof(*lat)) < 0)
                _exit(1);
        _exit(0);
}

/* One login per worker's service, untimed: caches and registries warm. */
static void warm_workers(const struct mode *m, int c)
{
        char *confdir = path_of("pam.d"), *token = path_of(m->token), service[64];
        char *argv[] = { (char *)env_or_die("BENCH_LOGIN"), confdir, service,
                         (char *)env_or_die("BENCH_K8S_USER"), token, NULL };

        for (int w = 0; w < (m->per_worker ? c : 1); w++) {
                service_name(service, sizeof(service), m, w);
                if (run(argv, true, NULL) != 0)
                        die("warm-up login (service %s) failed", service);
        }
        free(confdir), free(token);
}

static void bench_load(void)
{
        const struct mode modes[] = {
                { "jwks RS256", "jwks-rs", "tokens/rs256", false, false },
                { "tokenreview", "tr", "tokens/rs256", true, true },
                { "tokenreview cache hit", "tr-cached", "tokens/rs256", true, false },
        };
        pid_t server = (pid_t)atoi(env_or_die("BENCH_SERVER_PID"));
        char op[80], msg[120];

        for (size_t mi = 0; mi < sizeof(modes) / sizeof(modes[0]); mi++) {
                const struct mode *m = &modes[mi];

                for (int ci = 0; ci < CONCURRENCY_LEVELS; ci++) {
                        int c = concurrency[ci], per = quick ? 2 : (c >= 32 ? 10 : 320 / c);
                        struct load_run lr;
                        struct stat2 st;
                        struct row *r;

                        snprintf(msg, sizeof(msg), "concurrent logins: %s, %d processes", m->label, c);
                        progress(msg);
                        warm_workers(m, c);
                        lr = spawn_workers(worker, m, c, per, server, m->label);
                        if (lr.failed)
                                die("%s with %d processes: %d logins failed", m->label, c, lr.failed);
                        st = summarize(&lr.s);
                        st.median /= 1e6;
                        st.p99 /= 1e6;
                        snprintf(op, sizeof(op), "load %s x%d: latency", m->label, c);
                        row(op, "ms", st, true);
                        snprintf(op, sizeof(op), "load %s x%d: rate", m->label, c);
                        st.median = (double)lr.s.n / lr.wall;
                        row(op, "logins/s", st, false);
                        snprintf(op, sizeof(op), "load %s x%d: our CPU per login", m->label, c);
                        st.median = lr.cpu * 1e3 / (double)lr.s.n;
                        row(op, "ms", st, false);
                        if (m->reviews || lr.server_cpu > 0.01 * lr.wall) {
                                snprintf(op, sizeof(op), "load %s x%d: server busy", m->label, c);
                                st.median = lr.server_cpu * 100 / lr.wall;
                                r = row(op, "%core", st, false);
                                if (r->median >= 85)
                                        note("%s with %d processes: the stand-in API server (Python, "
                                             "one core at most) was busy %.0f%% of the time: it, not "
                                             "k8s-login, bounds this rate", m->label, c, r->median);
                        }
                        if (lr.waits)
                                note("%s with %d processes: workers waited %u times to stay under "
                                     "the host budget of %d reviews/s per state_dir", m->label, c,
                                     lr.waits, REVIEWS_PER_SEC);
                        free(lr.s.v);
                }
        }
        note("each TokenReview worker has a state_dir of its own, so the host budget of 50 "
             "reviews/s (per state_dir) does not cap the whole run; with one state_dir, "
             "uncached TokenReview logins cannot pass 50/s on one host by design");
}

/* --- 5. Hot paths against their floors ---------------------------------------
 * New tokens (each login stores a verdict in the token cache), the cache
 * hit and those net of what libpam costs by itself (pam_permit), a
 * TokenReview login against a fresh process making the same POST (what
 * the helper program does), first NSS lookups in fresh processes, NSS
 * lookups with registries of 50 and 100,000 accounts, and logins per
 * second with new tokens. */

static const struct row *find_row(const char *op)
{
        for (size_t i = 0; i < nrows; i++)
                if (!strcmp(rows[i].op, op))
                        return &rows[i];
        die("no row %s", op);
}

/* The token many/NAME/i (minted by run.sh), read into a new string. */
static char *many_token(const char *name, size_t i)
{
        char rel[64], *path, *t;

        snprintf(rel, sizeof(rel), "tokens/%s/%zu", name, i);
        path = path_of(rel);
        if (!(t = bench_read_file(path)))
                die("%s: %s", path, strerror(errno));
        free(path);
        return t;
}

static size_t many_count(void)
{
        const char *n = getenv("BENCH_MANY");

        return n ? (size_t)strtoul(n, NULL, 10) : 0;
}

static void bench_hot_logins(void)
{
        const char *user = env_or_die("BENCH_K8S_USER");
        struct keyed_token rs, es;
        struct samples floor_s[2] = { { 0 } }, net[2] = { { 0 } }, hit = { 0 }, floor_hit = { 0 };
        const char *alg[2] = { "RS256", "ES256" }, *svc[2] = { "jwks-new-rs", "jwks-new-es" };
        const char *dirn[2] = { "rs-many", "es-many" };
        size_t count = many_count();
        struct plan p = plan(count, count < 200 ? count : 200, 0, 4.0);
        char op[64], base[40];
        uint64_t start;

        load_token(&rs, "tokens/rs256", "pki/sa-rsa.pub.pem");
        load_token(&es, "tokens/es256", "pki/sa-ec.pub.pem");
        progress("new tokens and cache hits, net of pam_permit");
        for (int k = 0; k < 2; k++) {
                start = now_ns();
                for (size_t i = 0; more(&p, net[k].n, start) && i < count; i++) {
                        char *tok = many_token(dirn[k], i);
                        uint64_t t0 = now_ns(), v, a, b;

                        if (jws_verify(k ? &es.jws : &rs.jws) != 0)
                                die("%s floor did not verify", alg[k]);
                        v = now_ns() - t0;
                        pam_login(svc[k], user, tok, NULL, &a);
                        pam_login("permit", user, tok, NULL, &b);
                        add(&floor_s[k], v);
                        add(&net[k], a > b ? a - b : 0);
                        explicit_bzero(tok, strlen(tok));
                        free(tok);
                }
        }
        start = now_ns();
        for (size_t i = 0; i < 50 || more(&p, hit.n, start); i++) {
                uint64_t t0 = now_ns(), v, a, b;

                if (jws_verify(&rs.jws) != 0)
                        die("RS256 floor did not verify");
                v = now_ns() - t0;
                pam_login("jwks-cached", user, rs.token, NULL, &a);
                pam_login("permit", user, rs.token, NULL, &b);
                if (i < 50)
                        continue;
                add(&floor_hit, v);
                add(&hit, a > b ? a - b : 0);
        }
        for (int k = 0; k < 2; k++) {
                struct row *r;
                double f;

                snprintf(base, sizeof(base), "openssl %s verify, same run", alg[k]);
                f = us_row(base, &floor_s[k])->median;
                snprintf(op, sizeof(op), "jwks new token %s login, net of pam_permit", alg[k]);
                r = us_row(op, &net[k]);
                against(r, base, f);
                target(r, T_RATIO_MAX, 2.0);
                free(floor_s[k].v), free(net[k].v);
        }
        {
                double f = us_row("openssl RS256 verify, cache-hit run", &floor_hit)->median;
                struct row *r = us_row("jwks cache hit, net of pam_permit", &hit);

                against(r, "openssl RS256 verify, cache-hit run", f);
                target(r, T_RATIO_MAX, 0.5);
        }
        free(hit.v), free(floor_hit.v);
        jws_clear(&rs.jws), jws_clear(&es.jws);
        free(rs.token), free(es.token);
}

/* `k8s_bench --bare-review DIR`: one TokenReview POST made bare with
 * libcurl in this fresh process, as the helper program makes it. */
static int bare_review_child(void)
{
        struct bare_review b;
        char *tf = path_of("tokens/rs256"), *token;

        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK || !(token = bench_read_file(tf)))
                return 1;
        bare_review_init(&b, token);
        bare_review(&b);
        return 0;
}

static void bench_review_floor(void)
{
        const char *user = env_or_die("BENCH_K8S_USER");
        char *argv[] = { "/proc/self/exe", "--bare-review", (char *)dir, NULL };
        struct samples bare = { 0 }, pam = { 0 };
        struct plan p = plan(300, 60, 10, 8.0);
        struct pacer pc = { 0, 0, 0 };
        char *tf = path_of("tokens/rs256"), *token;
        uint64_t start = now_ns();
        struct row *r;
        double f;

        if (!(token = bench_read_file(tf)))
                die("%s: %s", tf, strerror(errno));
        progress("TokenReview login against a fresh process making the same POST");
        for (size_t i = 0; i < p.warm || more(&p, pam.n, start); i++) {
                uint64_t t, a;

                if (run(argv, true, &t) != 0)
                        die("the bare TokenReview process failed");
                pace(&pc);
                pam_login("tr", user, token, &a, NULL);
                if (i < p.warm)
                        continue;
                add(&bare, t);
                add(&pam, a);
        }
        f = us_row("fresh process: curl TokenReview POST", &bare)->median;
        r = us_row("pam_authenticate tokenreview (vs fresh POST)", &pam);
        against(r, "fresh process: curl TokenReview POST", f);
        target(r, T_RATIO_MAX, 1.3);
        free(bare.v), free(pam.v), free(tf);
        explicit_bzero(token, strlen(token));
        free(token);
}

/* `k8s_bench --nss-first NSSWITCH PASSWD GROUP USER UID`: the first
 * getpwnam_r of a fresh process (glibc reads nsswitch.conf and loads the
 * modules inside it, for files as for k8s); prints its nanoseconds. */
static int nss_first_child(char **argv)
{
        static char buf[1 << 16];
        struct passwd pw, *res = NULL;
        uint64_t t0, t1;
        int e;

        private_mounts();
        bind_file(argv[0], "/etc/nsswitch.conf");
        bind_file(argv[1], "/etc/passwd");
        bind_file(argv[2], "/etc/group");
        t0 = now_ns();
        e = getpwnam_r(argv[3], &pw, buf, sizeof(buf), &res);
        t1 = now_ns();
        if (e || !res || pw.pw_uid != (uid_t)strtoul(argv[4], NULL, 10))
                return 1;
        printf("%llu\n", (unsigned long long)(t1 - t0));
        return 0;
}

static void bench_nss_first(void)
{
        const char *kuser = env_or_die("BENCH_K8S_USER"), *kuid = env_or_die("BENCH_K8S_UID");
        struct {
                const char *label, *conf, *nsswitch, *user, *uid;
                struct samples s;
        } m[4] = {
                { "files 50", "conf/nss50.conf", "nss/nsswitch.files", env_or_die("BENCH_F50_USER"),
                  env_or_die("BENCH_F50_UID"), { 0 } },
                { "k8s, registry 50", "conf/nss50.conf", "nss/nsswitch.k8s", kuser, kuid, { 0 } },
                { "k8s, registry 5000", "conf/nss.conf", "nss/nsswitch.k8s", kuser, kuid, { 0 } },
                { "k8s, registry 100000", "conf/nss100k.conf", "nss/nsswitch.k8s", kuser, kuid, { 0 } },
        };
        struct plan p = plan(300, 40, 5, 3.0);
        char *out = path_of("nssfirst.out"), *saved = strdup(getenv("K8S_LOGIN_CONF"));
        char *passwd = path_of("nss/passwd.50"), *group = path_of("nss/group.50");
        char op[64];
        double f = 0;

        progress("NSS: the first getpwnam of a fresh process");
        for (int k = 0; k < 4; k++) {
                char *ns = path_of(m[k].nsswitch), *conf = path_of(m[k].conf);
                char *argv[] = { "/proc/self/exe", "--nss-first", ns, passwd, group,
                                 (char *)m[k].user, (char *)m[k].uid, NULL };
                uint64_t start = now_ns();

                setenv("K8S_LOGIN_CONF", conf, 1);
                for (size_t i = 0; i < p.warm || more(&p, m[k].s.n, start); i++) {
                        unsigned long long ns_taken = 0;
                        char what[80];
                        FILE *f2;

                        snprintf(what, sizeof(what), "first NSS lookup (%s)", m[k].label);
                        run_to_file(argv, out, what);
                        if (!(f2 = fopen(out, "r")) || fscanf(f2, "%llu", &ns_taken) != 1)
                                die("first NSS lookup (%s): no result", m[k].label);
                        fclose(f2);
                        if (i >= p.warm)
                                add(&m[k].s, ns_taken);
                }
                free(ns), free(conf);
        }
        setenv("K8S_LOGIN_CONF", saved, 1);
        for (int k = 0; k < 4; k++) {
                struct row *r;

                snprintf(op, sizeof(op), "nss getpwnam 1st lookup, %s", m[k].label);
                r = us_row(op, &m[k].s);
                if (k == 0) {
                        f = r->median;
                } else {
                        against(r, "nss getpwnam 1st lookup, files 50", f);
                        target(r, T_RATIO_MAX, 1.5);
                }
                free(m[k].s.v);
        }
        free(out), free(saved), free(passwd), free(group);
}

/* Repeated lookups with registries of 50 and 100,000 accounts (5,000:
 * section 1), against files with 50 entries and against each other. */
static void bench_nss_sizes(void)
{
        const char *kuser = env_or_die("BENCH_K8S_USER"), *kuid = env_or_die("BENCH_K8S_UID"),
                   *kgroup = env_or_die("BENCH_K8S_GROUP"), *kgid = env_or_die("BENCH_K8S_GID");
        struct nss_setup f50 = { "files 50", "conf/nss50.conf", "nss/nsswitch.files", "nss/passwd.50",
                                 "nss/group.50", env_or_die("BENCH_F50_USER"), env_or_die("BENCH_F50_UID"),
                                 env_or_die("BENCH_F50_GROUP"), env_or_die("BENCH_F50_GID"), { { 0 } } };
        struct nss_setup k50 = { "k8s 50", "conf/nss50.conf", "nss/nsswitch.k8s", "nss/passwd.50",
                                 "nss/group.50", kuser, kuid, kgroup, kgid, { { 0 } } };
        struct nss_setup k100k = { "k8s 100000", "conf/nss100k.conf", "nss/nsswitch.k8s", "nss/passwd.50",
                                   "nss/group.50", kuser, kuid, kgroup, kgid, { { 0 } } };
        struct row *r;

        progress("NSS lookups: registries of 50 and 100,000 accounts");
        nss_measure(&f50);
        nss_measure(&k50);
        nss_measure(&k100k);
        row("nss getpwnam_r files 50, same run", "us", f50.st[0], true);
        r = row("nss getpwnam_r k8s, registry 50", "us", k50.st[0], true);
        against(r, "nss getpwnam_r files 50, same run", f50.st[0].median);
        target(r, T_RATIO_MAX, 0.5);
        r = row("nss getpwnam_r k8s, registry 100000", "us", k100k.st[0], true);
        against(r, "nss getpwnam_r k8s, registry 50", k50.st[0].median);
        target(r, T_RATIO_MAX, 1.5);
        r = row("nss getpwuid_r k8s, registry 100000", "us", k100k.st[1], true);
        against(r, "nss getpwuid_r k8s, registry 50", k50.st[1].median);
        r = row("nss getgrnam_r k8s, registry 100000", "us", k100k.st[2], true);
        against(r, "nss getgrnam_r k8s, registry 50", k50.st[2].median);
        r = row("nss initgroups k8s, registry 100000", "us", k100k.st[3], true);
        against(r, "nss initgroups k8s, registry 50", k50.st[3].median);
}

/* jwks logins with new tokens (each stores a verdict), c at a time, a
 * fresh bench_login each: logins per second. */
static void new_token_worker(const void *arg, int w, int per, int go, int fd)
{
        size_t first = *(const size_t *)arg;
        const char *login = env_or_die("BENCH_LOGIN"), *user = env_or_die("BENCH_K8S_USER");
        char *confdir = path_of("pam.d"), token[512], *tpath = NULL;
        char *argv[] = { (char *)login, confdir, "jwks-new-rs", (char *)user, token, NULL };
        uint64_t *lat = calloc((size_t)per + 1, sizeof(*lat));
        char c;

        if (!lat || read(go, &c, 1) < 0)
                _exit(1);
        for (int i = 0; i < per; i++) {
                uint64_t t;
                char rel[64];
                snprintf(rel, sizeof(rel), "tokens/rs-load/%zu", first + (size_t)w * per + i);
                tpath = path_of(rel);
                snprintf(token, sizeof(token), "%s", tpath);
                free(tpath);
                if (strlen(token) >= sizeof(token) - 1)
                        _exit(1);
                lat[i] = run(argv, true, &t) == 0 ? t : 0;
        }
        if (write(fd, lat, ((size_t)per + 1) * sizeof(*lat)) < 0)
                _exit(1);
        _exit(0);
}

static void bench_load_new_tokens(void)
{
        static const int levels[4] = { 1, 2, 8, 32 };
        size_t next = 0, avail = (size_t)atol(getenv("BENCH_LOAD_MANY") ? getenv("BENCH_LOAD_MANY") : "0");
        double floor_ms = find_row("fresh process: login via pam_permit only")->median / 1000 +
                          find_row("openssl RS256 verify (floor)")->median / 1000;
        long cores = sysconf(_SC_NPROCESSORS_ONLN);
        char op[80], msg[120], base[40];

        for (int li = 0; li < 4; li++) {
                int c = levels[li], per = quick ? 2 : (c >= 32 ? 10 : 320 / c);
                struct load_run lr;
                struct stat2 st;
                struct row *r;

                if (next + (size_t)c * per > avail)
                        die("too few minted tokens for the load rows (%zu)", avail);
                snprintf(msg, sizeof(msg), "concurrent logins: jwks new tokens, %d processes", c);
                progress(msg);
                snprintf(op, sizeof(op), "jwks new tokens with %d processes", c);
                lr = spawn_workers(new_token_worker, &next, c, per, 0, op);
                if (lr.failed)
                        die("jwks new tokens with %d processes: %d logins failed", c, lr.failed);
                next += (size_t)c * per;
                st = summarize(&lr.s);
                snprintf(op, sizeof(op), "load jwks new tokens x%d: rate", c);
                st.median = (double)lr.s.n / lr.wall;
                r = row(op, "logins/s", st, false);
                if (c == 8) {
                        snprintf(base, sizeof(base), "half cores/(permit+verify)");
                        against(r, base, 0.5 * (double)cores / (floor_ms / 1000));
                        target(r, T_RATIO_MIN, 1.0);
                }
                free(lr.s.v);
        }
}

int main(int argc, char **argv)
{
        quick = getenv("K8S_BENCH_QUICK") && !strcmp(getenv("K8S_BENCH_QUICK"), "1");
        if (argc == 3 && !strcmp(argv[1], "--bare-review")) {
                dir = argv[2];
                return bare_review_child();
        }
        if (argc == 7 && !strcmp(argv[1], "--nss-first"))
                return nss_first_child(argv + 2);
        if (argc >= 2 && !strcmp(argv[1], "--nss-child")) {
                if (argc != 9)
                        return 2;
                return nss_child(argv + 2);
        }
        if (argc != 2) {
                fprintf(stderr, "usage: k8s_bench DIR (prepared by bench/run.sh)\n");
                return 2;
        }
        dir = argv[1];
        if (geteuid() != 0)
                die("needs root: a private mount namespace for nsswitch.conf, and root-owned "
                    "configs and state_dir");
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
                die("curl_global_init failed");
        {
                char *ns = path_of("nss/nsswitch.files-k8s");
                private_mounts();
                /* Logins look the user up as a deployed host would:
                 * files, then k8s (configs/nsswitch.conf.example). */
                bind_file(ns, "/etc/nsswitch.conf");
                free(ns);
        }
        bench_nss();
        bench_nss_load();
        bench_offline();
        bench_tokenreview();
        bench_fresh();
        bench_hot_logins();
        bench_review_floor();
        bench_nss_first();
        bench_nss_sizes();
        bench_load_new_tokens();
        bench_load();
        print_table();
        return 0;
}
