/* Process hygiene of pam_k8s.so in a host process, through the real
 * libpam (pam_start_confdir, services in CONFDIR): the module must leave
 * no file descriptor, thread or signal handler behind over many logins,
 * work in several threads at once, never initialise libcurl in the host
 * (its HTTPS requests run in k8s-login-helper) and leave the host's own
 * libcurl working, never send the host a SIGCHLD nor let the host's
 * waitpid(-1) take its helper (with a reaping handler, and with SIGCHLD
 * ignored), and keep working across fork. Prints TAP.
 *
 * usage: hygiene CONFDIR TOKEN-FILE HEALTH-URL CA-FILE [N]
 *   services: "good" (a working API server), "down" (nothing listens),
 *   "named" (the working server by host name, for the resolver);
 *   user demo_debugger; TOKEN-FILE holds a valid token for it. */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <grp.h>
#include <netdb.h>
#include <pwd.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <security/pam_appl.h>

static const char *confdir, *health_url, *ca_file;
static int init_calls, cleanup_calls, logins;

/* libcurl's global init and cleanup, interposed (this program is linked
 * with -export-dynamic, so the module's calls land here too) to count
 * who calls them. */
CURLcode curl_global_init(long flags)
{
        CURLcode (*real)(long);

        *(void **)&real = dlsym(RTLD_NEXT, "curl_global_init");
        __atomic_add_fetch(&init_calls, 1, __ATOMIC_SEQ_CST);
        return real ? real(flags) : CURLE_FAILED_INIT;
}

void curl_global_cleanup(void)
{
        void (*real)(void);

        *(void **)&real = dlsym(RTLD_NEXT, "curl_global_cleanup");
        __atomic_add_fetch(&cleanup_calls, 1, __ATOMIC_SEQ_CST);
        if (real)
                real();
}
static char token[20000];

/* The host's SIGCHLD handler: counts, and reaps whatever it is sent for,
 * as a careless host would (waitpid(-1)). */
static volatile sig_atomic_t sigchld_calls, host_reaped;

static void on_sigchld(int sig)
{
        int saved = errno;

        sigchld_calls++;
        while (waitpid(-1, NULL, WNOHANG) > 0)
                host_reaped++;
        errno = saved;
}
static int tap_n, tap_failed;

static void ok(bool cond, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ok(bool cond, const char *fmt, ...)
{
        va_list ap;

        printf("%sok %d - ", cond ? "" : "not ", ++tap_n);
        va_start(ap, fmt);
        vprintf(fmt, ap);
        va_end(ap);
        printf("\n");
        tap_failed += !cond;
}

static int count_dir(const char *path)
{
        DIR *d = opendir(path);
        struct dirent *e;
        int n = 0;

        if (!d)
                return -1;
        while ((e = readdir(d)))
                n += e->d_name[0] != '.';
        closedir(d);
        return n - 1 * !strcmp(path, "/proc/self/fd"); /* opendir's own fd */
}

/* Names what each open fd is, as a TAP diagnostic. */
static void list_fds(const char *when)
{
        DIR *d = opendir("/proc/self/fd");
        struct dirent *e;

        while (d && (e = readdir(d))) {
                char path[300], target[512];
                ssize_t n;

                if (e->d_name[0] == '.')
                        continue;
                snprintf(path, sizeof(path), "/proc/self/fd/%s", e->d_name);
                n = readlink(path, target, sizeof(target) - 1);
                target[n > 0 ? n : 0] = '\0';
                printf("# %s: fd %s -> %s\n", when, e->d_name, target);
        }
        if (d)
                closedir(d);
}

/* What the process looks like from outside: open fds, threads, and every
 * signal's disposition and flags. */
struct snapshot {
        int fds, threads;
        struct sigaction sa[NSIG];
};

static void snap(struct snapshot *s)
{
        s->fds = count_dir("/proc/self/fd");
        s->threads = count_dir("/proc/self/task");
        for (int sig = 1; sig < NSIG; sig++) {
                memset(&s->sa[sig], 0, sizeof(s->sa[sig]));
                sigaction(sig, NULL, &s->sa[sig]);
        }
}

static int handlers(const struct snapshot *s)
{
        int n = 0;

        for (int sig = 1; sig < NSIG; sig++)
                n += s->sa[sig].sa_handler != SIG_DFL;
        return n;
}

static bool same_handlers(const struct snapshot *a, const struct snapshot *b)
{
        for (int sig = 1; sig < NSIG; sig++)
                if (a->sa[sig].sa_handler != b->sa[sig].sa_handler ||
                    a->sa[sig].sa_flags != b->sa[sig].sa_flags)
                        return false;
        return true;
}

/* The conversation: every prompt is answered with the given text. */
static int conv(int n, const struct pam_message **msg, struct pam_response **resp, void *data)
{
        struct pam_response *r = calloc((size_t)n, sizeof(*r));

        if (!r)
                return PAM_BUF_ERR;
        for (int i = 0; i < n; i++)
                if (msg[i]->msg_style == PAM_PROMPT_ECHO_OFF || msg[i]->msg_style == PAM_PROMPT_ECHO_ON)
                        r[i].resp = strdup(data);
        *resp = r;
        return PAM_SUCCESS;
}

/* The module allows 50 TokenReviews a second per state_dir (lib/auth/cache.c),
 * and each service here has a state_dir of its own: the logins that ask
 * the API server are paced to 45 a second per service, so that the budget
 * never decides a login of this test. */
static void pace(const char *service)
{
        static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
        static struct {
                const char *service;
                time_t second;
                int used;
        } budget[] = { { "good", 0, 0 }, { "down", 0, 0 }, { "named", 0, 0 } };

        pthread_mutex_lock(&mu);
        for (size_t i = 0; i < sizeof(budget) / sizeof(*budget); i++) {
                if (strcmp(budget[i].service, service) != 0)
                        continue;
                for (;;) {
                        time_t now = time(NULL);
                        struct timespec ts = { 0, 5 * 1000 * 1000 };

                        if (now != budget[i].second) {
                                budget[i].second = now;
                                budget[i].used = 0;
                        }
                        if (budget[i].used < 45) {
                                budget[i].used++;
                                break;
                        }
                        nanosleep(&ts, NULL);
                }
        }
        pthread_mutex_unlock(&mu);
}

/* One whole login on a fresh handle: start, authenticate, end. */
static int login(const char *service, const char *user, const char *answer)
{
        struct pam_conv pc = { conv, (void *)answer };
        pam_handle_t *pamh = NULL;
        int rc;

        /* Only a well-formed token of an account of ours is reviewed. */
        if (!strcmp(user, "demo_debugger") && !strcmp(answer, token))
                pace(service);
        rc = pam_start_confdir(service, user, &pc, confdir, &pamh);

        if (rc != PAM_SUCCESS)
                return rc;
        __atomic_add_fetch(&logins, 1, __ATOMIC_SEQ_CST);
        rc = pam_authenticate(pamh, 0);
        pam_end(pamh, rc);
        return rc;
}

/* The host's own use of libcurl: a GET to the stand-in server (which
 * answers 404 there). Returns the HTTP code, or -1. */
static long host_curl(CURL *c)
{
        long code = -1;
        bool mine = !c;

        if (mine && !(c = curl_easy_init()))
                return -1;
        curl_easy_setopt(c, CURLOPT_URL, health_url);
        curl_easy_setopt(c, CURLOPT_CAINFO, ca_file);
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(c, CURLOPT_TIMEOUT, 5L);
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
        if (curl_easy_perform(c) == CURLE_OK)
                curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
        if (mine)
                curl_easy_cleanup(c);
        return code;
}

/* Threads come and go for a moment after a call (the OS reaps them);
 * wait up to a second for the count to settle back to want. */
static int threads_settled(int want)
{
        int n = count_dir("/proc/self/task");

        for (int i = 0; i < 100 && n > want; i++) {
                struct timespec ts = { 0, 10 * 1000 * 1000 };
                nanosleep(&ts, NULL);
                n = count_dir("/proc/self/task");
        }
        return n;
}

struct worker {
        pthread_t t;
        const char *answer;
        int rounds, want, got_want;
};

static void *work(void *arg)
{
        struct worker *w = arg;

        for (int i = 0; i < w->rounds; i++)
                w->got_want += login("good", "demo_debugger", w->answer) == w->want;
        return NULL;
}

int main(int argc, char **argv)
{
        struct snapshot before, after;
        int n = argc > 5 ? atoi(argv[5]) : 1000, counts[4] = { 0 }, rc;
        FILE *f;
        CURL *host;

        setvbuf(stdout, NULL, _IOLBF, 0);
        if (argc < 5 || n < 4) {
                fprintf(stderr, "usage: hygiene CONFDIR TOKEN-FILE HEALTH-URL CA-FILE [N>=4]\n");
                return 2;
        }
        confdir = argv[1], health_url = argv[3], ca_file = argv[4];
        if (!(f = fopen(argv[2], "r")) || !fgets(token, sizeof(token), f)) {
                perror(argv[2]);
                return 2;
        }
        fclose(f);
        token[strcspn(token, "\n")] = '\0';

        /* --- libcurl in the host, before any login --------------------- */
        curl_global_init(CURL_GLOBAL_DEFAULT);
        host = curl_easy_init();
        ok(host_curl(host) == 404, "the host's libcurl works before any login");

        /* nss_wrapper (the test's account and hosts database) keeps its
         * files open after first use, as a host's own NSS modules may: let
         * the host use them first, so that only the module is measured. */
        {
                struct addrinfo *ai = NULL;

                getpwnam("demo_debugger");
                /* The module asks for the group database too (a number
                 * another source holds is never recorded). */
                getgrgid(0);
                if (getaddrinfo("api.k8s-login.test", "443", NULL, &ai) == 0)
                        freeaddrinfo(ai);
        }

        /* --- N logins in one process ----------------------------------- */
        snap(&before);
        for (int i = 0; i < n; i++) {
                switch (i % 4) {
                case 0: /* a valid token: TLS to the API server */
                        counts[0] += login("good", "demo_debugger", token) == PAM_SUCCESS;
                        break;
                case 1: /* refused locally, before the network */
                        counts[1] += login("good", "demo_debugger", "not.a.token") == PAM_AUTH_ERR;
                        break;
                case 2: /* not ours: refused before the prompt */
                        counts[2] += login("good", "alice", token) == PAM_USER_UNKNOWN;
                        break;
                default: /* the API server down */
                        counts[3] += login("down", "demo_debugger", token) == PAM_AUTHINFO_UNAVAIL;
                        break;
                }
        }
        snap(&after);
        after.threads = threads_settled(before.threads);
        ok(counts[0] == (n + 3) / 4, "%d logins with a valid token: all PAM_SUCCESS (%d)", (n + 3) / 4, counts[0]);
        ok(counts[1] == (n + 2) / 4, "%d logins with garbage: all PAM_AUTH_ERR (%d)", (n + 2) / 4, counts[1]);
        ok(counts[2] == (n + 1) / 4, "%d logins of a user not ours: all PAM_USER_UNKNOWN (%d)", (n + 1) / 4, counts[2]);
        ok(counts[3] == n / 4, "%d logins with the API server down: all PAM_AUTHINFO_UNAVAIL (%d)", n / 4, counts[3]);
        printf("# after %d pam_authenticate calls: fds %d -> %d, threads %d -> %d, "
               "signal handlers %d -> %d\n", n, before.fds, after.fds, before.threads,
               after.threads, handlers(&before), handlers(&after));
        ok(after.fds == before.fds, "no file descriptor left behind (%d -> %d)", before.fds, after.fds);
        if (after.fds != before.fds)
                list_fds("after");
        ok(after.threads == before.threads, "no thread left behind (%d -> %d)", before.threads, after.threads);
        ok(same_handlers(&before, &after), "every signal's disposition unchanged (%d handlers -> %d)",
           handlers(&before), handlers(&after));

        /* --- the threaded resolver: the API server by host name ---------- */
        snap(&before);
        rc = PAM_SUCCESS;
        for (int i = 0; i < 20 && rc == PAM_SUCCESS; i++)
                rc = login("named", "demo_debugger", token);
        ok(rc == PAM_SUCCESS, "the API server by host name: 20 logins succeed");
        after.threads = threads_settled(before.threads);
        after.fds = count_dir("/proc/self/fd");
        ok(after.threads == before.threads && after.fds == before.fds,
           "... and leave no resolver thread or fd (threads %d -> %d, fds %d -> %d)",
           before.threads, after.threads, before.fds, after.fds);

        /* --- the host's libcurl, between logins ---------------------------- */
        ok(host_curl(host) == 404, "the host's libcurl handle from before still works");
        ok(host_curl(NULL) == 404, "a new libcurl handle of the host works");

        /* --- threads, each with its own handle ------------------------------ */
        {
                struct worker w[8];
                int good = 0, bad = 0;

                for (int i = 0; i < 8; i++) {
                        w[i] = (struct worker){ .answer = i % 2 ? "not.a.token" : token,
                                                .rounds = 10,
                                                .want = i % 2 ? PAM_AUTH_ERR : PAM_SUCCESS };
                        pthread_create(&w[i].t, NULL, work, &w[i]);
                }
                for (int i = 0; i < 8; i++) {
                        pthread_join(w[i].t, NULL);
                        if (i % 2)
                                bad += w[i].got_want;
                        else
                                good += w[i].got_want;
                }
                ok(good == 40, "4 threads x 10 concurrent logins with a valid token: all PAM_SUCCESS (%d)", good);
                ok(bad == 40, "4 threads x 10 concurrent logins with garbage: all PAM_AUTH_ERR (%d)", bad);
        }

        /* --- fork ------------------------------------------------------------ */
        ok(login("good", "demo_debugger", token) == PAM_SUCCESS, "a login in the parent before fork");
        {
                pid_t pid = fork();
                int status = 0;

                if (pid == 0) {
                        int a = login("good", "demo_debugger", token);
                        int b = login("good", "demo_debugger", "not.a.token");
                        _exit(a == PAM_SUCCESS && b == PAM_AUTH_ERR ? 0 : 1);
                }
                ok(pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
                   WEXITSTATUS(status) == 0,
                   "in the child after fork: a valid token succeeds and garbage is refused");
        }
        ok(login("good", "demo_debugger", token) == PAM_SUCCESS, "a login in the parent after fork");

        /* --- the host's SIGCHLD ------------------------------------------------ */
        /* Every login above with a valid or a down server started the
         * helper: with a handler that reaps any child, and with SIGCHLD
         * ignored (the kernel would reap a normal child itself), logins
         * still get their helper's answer, and the host sees nothing. */
        {
                struct sigaction sa, old;
                int good = 0;

                memset(&sa, 0, sizeof(sa));
                sa.sa_handler = on_sigchld;
                sa.sa_flags = SA_RESTART;
                sigaction(SIGCHLD, &sa, &old);
                for (int i = 0; i < 10; i++)
                        good += login("good", "demo_debugger", token) == PAM_SUCCESS;
                ok(good == 10, "a host whose SIGCHLD handler reaps every child: 10 logins succeed (%d)", good);
                ok(sigchld_calls == 0 && host_reaped == 0,
                   "... and the host got no SIGCHLD and reaped nothing (%d signals, %d reaped)",
                   (int)sigchld_calls, (int)host_reaped);
                sa.sa_handler = SIG_IGN;
                sa.sa_flags = 0;
                sigaction(SIGCHLD, &sa, NULL);
                good = 0;
                for (int i = 0; i < 10; i++)
                        good += login("good", "demo_debugger", token) == PAM_SUCCESS;
                good += login("down", "demo_debugger", token) == PAM_AUTHINFO_UNAVAIL;
                ok(good == 11, "a host that ignores SIGCHLD: 10 logins succeed, the down server "
                   "is PAM_AUTHINFO_UNAVAIL (%d of 11)", good);
                sigaction(SIGCHLD, &old, NULL);
                errno = 0;
                ok(waitpid(-1, NULL, WNOHANG | __WALL) < 0 && errno == ECHILD,
                   "no child of the host is left, not even a zombie");
        }

        /* --- who initialises libcurl ----------------------------------------- */
        /* The module links no libcurl: only the host's own calls count. */
        ok(init_calls == 1, "the module never initialises libcurl in the host (%d calls besides "
           "the host's, over %d logins, 8 threads at once among them)", init_calls - 1, logins);
        ok(cleanup_calls == 0, "the module never calls curl_global_cleanup (%d calls)", cleanup_calls);

        /* --- the host done with libcurl -------------------------------------- */
        curl_easy_cleanup(host);
        curl_global_cleanup();
        ok(login("good", "demo_debugger", token) == PAM_SUCCESS,
           "a login after the host's own curl_global_cleanup");
        ok(login("good", "demo_debugger", "not.a.token") == PAM_AUTH_ERR, "... and its twin, refused");
        ok(cleanup_calls == 1, "... and the only curl_global_cleanup was the host's (%d calls)", cleanup_calls);

        printf("1..%d\n", tap_n);
        return tap_failed ? 1 : 0;
}
