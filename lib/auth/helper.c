/* Starting the HTTPS helper and reading its answer (see
 * include/k8s/helper.h). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "k8s/helper.h"
#include "k8s/jwks.h"
#include "k8s/names.h"
#include "k8s/util.h"

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

/* A fork-like raw clone with the given exit signal (no other flag, no new
 * stack: the child returns 0 here, like fork, without glibc's atfork
 * handlers). s390 takes the stack before the flags. */
static pid_t raw_fork(unsigned long exit_signal)
{
#if defined(__s390__) || defined(__s390x__)
        return (pid_t)syscall(SYS_clone, 0UL, exit_signal, 0UL, 0UL, 0UL);
#else
        return (pid_t)syscall(SYS_clone, exit_signal, 0UL, 0UL, 0UL, 0UL);
#endif
}

/* What the intermediate process reports besides the helper's exit code. */
#define EXIT_NO_CLONE 120
#define EXIT_NO_EXEC 121
#define EXIT_SIGNALLED 122

static int64_t now_ms(void)
{
        struct timespec ts;

        clock_gettime(CLOCK_MONOTONIC, &ts);
        return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int remaining(int64_t deadline)
{
        int64_t left = deadline - now_ms();

        return left < 0 ? 0 : left > INT32_MAX ? INT32_MAX : (int)left;
}

/* Opens the helper once, so the file checked is the file run. It must be
 * a regular file, executable, owned by root or by whoever runs us, and
 * writable by its owner alone. */
static int open_helper(const char *path, char *why, size_t whylen)
{
        struct stat st;
        int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);

        if (fd < 0) {
                util_fmt(why, whylen, "helper %s: %s", path, strerror(errno));
                return -1;
        }
        if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || !(st.st_mode & S_IXUSR) ||
            (st.st_uid != 0 && st.st_uid != geteuid()) || (st.st_mode & (S_IWGRP | S_IWOTH))) {
                util_fmt(why, whylen, "helper %s is not an executable regular file owned by "
                         "root and writable by its owner alone", path);
                close(fd);
                return -1;
        }
        return fd;
}

/* The intermediate process: a copy of the host made by a raw clone with no
 * exit signal, so it must stay async-signal-safe (no malloc, no stdio, no
 * glibc fork and its atfork handlers: the raw clone again). It puts itself
 * in its own process group (the caller kills the group at the deadline),
 * starts the helper, waits for it and writes its exit code to status_fd
 * (not as its own exit code: a host under valgrind makes every copy of
 * itself exit with valgrind's code). Every signal is blocked from before
 * the clone until the helper resets them. */
static void __attribute__((noreturn))
intermediate(int helper_fd, int child_sock, int parent_sock, int devnull, int status_fd)
{
        static char *const argv[] = { "k8s-login-helper", NULL };
        static char *const envp[] = { NULL };
        struct sigaction dfl;
        pid_t self = (pid_t)syscall(SYS_getpid), pid;
        int st = 0, code;

        memset(&dfl, 0, sizeof(dfl));
        dfl.sa_handler = SIG_DFL;
        /* Inherited SIG_IGN would have the kernel reap the helper for us. */
        sigaction(SIGCHLD, &dfl, NULL);
        setpgid(0, 0);
        close(parent_sock);
        pid = raw_fork(SIGCHLD);
        if (pid < 0) {
                code = EXIT_NO_CLONE;
                (void)!write(status_fd, &code, sizeof(code));
                _exit(0);
        }
        if (pid == 0) {
                /* Dies with the intermediate process when it is killed. */
                prctl(PR_SET_PDEATHSIG, SIGKILL);
                if ((pid_t)syscall(SYS_getppid) != self)
                        _exit(EXIT_NO_EXEC);
                if (dup2(child_sock, 0) < 0 || dup2(child_sock, 1) < 0 || dup2(devnull, 2) < 0)
                        _exit(EXIT_NO_EXEC);
                /* Everything else the host has open closes at exec (the
                 * helper's own descriptor included: execveat has opened it
                 * by then). */
                if (syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) < 0) {
                        for (int fd = 3; fd < 65536; fd++)
                                (void)fcntl(fd, F_SETFD, FD_CLOEXEC);
                }
                syscall(SYS_execveat, helper_fd, "", argv, envp, AT_EMPTY_PATH);
                _exit(EXIT_NO_EXEC);
        }
        close(child_sock);
        while (waitpid(pid, &st, 0) < 0) {
                if (errno != EINTR) {
                        st = EXIT_NO_EXEC << 8;
                        break;
                }
        }
        code = WIFEXITED(st) ? WEXITSTATUS(st) : EXIT_SIGNALLED;
        (void)!write(status_fd, &code, sizeof(code));
        _exit(0);
}

/* Sends the request: a header of lines, an empty line, the token, the
 * payload. */
static int send_request(int fd, const char *head, size_t hlen, const char *token, size_t len,
                        const char *payload, size_t plen, int64_t deadline)
{
        struct iovec iov[3] = { { (void *)head, hlen }, { (void *)token, len },
                                { (void *)payload, plen } };
        struct msghdr msg;
        struct pollfd p = { fd, POLLOUT, 0 };
        int i = 0;

        while (i < 3) {
                ssize_t n;
                if (iov[i].iov_len == 0) {
                        i++;
                        continue;
                }
                memset(&msg, 0, sizeof(msg));
                msg.msg_iov = iov + i;
                msg.msg_iovlen = (size_t)(3 - i);
                n = sendmsg(fd, &msg, MSG_NOSIGNAL | MSG_DONTWAIT);
                if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
                        if (poll(&p, 1, remaining(deadline)) <= 0 && errno != EINTR)
                                return -1;
                        continue;
                }
                if (n < 0)
                        return -1;
                while (i < 3 && (size_t)n >= iov[i].iov_len) {
                        n -= (ssize_t)iov[i].iov_len;
                        iov[i++].iov_len = 0;
                }
                if (i < 3) {
                        iov[i].iov_base = (char *)iov[i].iov_base + n;
                        iov[i].iov_len -= (size_t)n;
                }
        }
        return shutdown(fd, SHUT_WR);
}

/* Reads until end of file, at most max bytes. 0, or -1 with why. */
static int read_answer(int fd, size_t max, int64_t deadline, char **out, size_t *len,
                       char *why, size_t whylen)
{
        struct pollfd p = { fd, POLLIN, 0 };
        size_t cap = 4096, have = 0;
        char *buf = malloc(cap);

        *out = NULL;
        if (!buf) {
                util_fmt(why, whylen, "out of memory");
                return -1;
        }
        for (;;) {
                ssize_t n;
                int r = poll(&p, 1, remaining(deadline));
                if (r < 0 && errno == EINTR)
                        continue;
                if (r <= 0) {
                        util_fmt(why, whylen, r == 0 ? "timed out" : "poll: %s",
                                 strerror(errno));
                        goto fail;
                }
                if (have + 1 >= cap) {
                        char *grown;
                        if (cap > max) {
                                util_fmt(why, whylen, "answer larger than %zu bytes", max);
                                goto fail;
                        }
                        cap *= 2;
                        if (!(grown = realloc(buf, cap + 1))) {
                                util_fmt(why, whylen, "out of memory");
                                goto fail;
                        }
                        buf = grown;
                }
                n = read(fd, buf + have, cap - have - 1);
                if (n < 0 && (errno == EINTR || errno == EAGAIN))
                        continue;
                if (n < 0) {
                        util_fmt(why, whylen, "read: %s", strerror(errno));
                        goto fail;
                }
                if (n == 0)
                        break;
                have += (size_t)n;
                if (have > max) {
                        util_fmt(why, whylen, "answer larger than %zu bytes", max);
                        goto fail;
                }
        }
        buf[have] = '\0';
        *out = buf;
        *len = have;
        return 0;
fail:
        free(buf);
        return -1;
}

/* Reads the helper's exit code from the intermediate process by the
 * deadline: the code, or -1. */
static int read_status(int fd, int64_t deadline)
{
        struct pollfd p = { fd, POLLIN, 0 };
        int code = -1;

        for (;;) {
                int r = poll(&p, 1, remaining(deadline));
                if (r < 0 && errno == EINTR)
                        continue;
                if (r <= 0 || read(fd, &code, sizeof(code)) != (ssize_t)sizeof(code))
                        return -1;
                return code;
        }
}

/* Waits for the intermediate process until the deadline; then kills its
 * group and reaps it. Returns 0 when it exited by itself, -1 when it was
 * killed. */
static int reap(pid_t pid, int64_t deadline, bool kill_now)
{
        long pause_ns = 20000;
        int st;

        while (!kill_now) {
                pid_t w = waitpid(pid, &st, __WALL | WNOHANG);
                if (w == pid)
                        return 0;
                if (w < 0 && errno != EINTR)
                        return -1;
                if (remaining(deadline) == 0)
                        break;
                struct timespec ts = { 0, pause_ns };
                nanosleep(&ts, NULL);
                if (pause_ns < 2000000)
                        pause_ns *= 2;
        }
        /* The group holds the helper; the helper also dies with its
         * parent (PR_SET_PDEATHSIG), should the group not exist yet. */
        kill(-pid, SIGKILL);
        kill(pid, SIGKILL);
        while (waitpid(pid, &st, __WALL) < 0 && errno == EINTR)
                ;
        return -1;
}

static bool printable_line(const char *p, const char *end)
{
        for (; p < end; p++)
                if ((unsigned char)*p < 0x20 || (unsigned char)*p == 0x7f)
                        return false;
        return true;
}

/* Splits "key value" lines up to an empty line; then "body N" bytes. */
static int parse_reply(struct helper_reply *r, char *why, size_t whylen)
{
        char *p = r->text, *end = r->text + r->len;
        const char *blen;

        while (p < end) {
                char *nl = memchr(p, '\n', (size_t)(end - p)), *sp;
                if (!nl)
                        break;
                *nl = '\0';
                if (nl == p) {
                        p = nl + 1;
                        goto body;
                }
                sp = memchr(p, ' ', (size_t)(nl - p));
                if (!sp || r->n >= HELPER_MAX_FIELDS || !printable_line(p, nl))
                        break;
                *sp = '\0';
                r->key[r->n] = p;
                r->value[r->n++] = sp + 1;
                p = nl + 1;
        }
        util_fmt(why, whylen, "malformed answer");
        return -1;
body:
        blen = helper_reply_get(r, "body");
        r->body = p;
        r->body_len = (size_t)(end - p);
        if (!helper_reply_get(r, "status") ||
            (blen ? strtoull(blen, NULL, 10) != r->body_len : r->body_len != 0)) {
                util_fmt(why, whylen, "malformed answer");
                return -1;
        }
        return 0;
}

int helper_call(const struct config *cfg, const char *op, const char *token, size_t len,
                size_t max, struct helper_reply *out, char *why, size_t whylen)
{
        return helper_call_ex(cfg, op, NULL, 0, token, len, NULL, 0, 1, max, out, why, whylen);
}

int helper_call_ex(const struct config *cfg, const char *op, const char *const *args,
                   size_t n_args, const char *token, size_t len, const char *payload,
                   size_t plen, int timeouts, size_t max, struct helper_reply *out, char *why,
                   size_t whylen)
{
        int64_t deadline = now_ms() + cfg->timeout * 1000L * timeouts;
        char head[4096 + 256], err[K8S_ERR_MAX] = "";
        int hfd = -1, devnull = -1, sv[2] = { -1, -1 }, stp[2] = { -1, -1 }, n, code;
        sigset_t all, old;
        pid_t pid;
        bool ok = false;

        memset(out, 0, sizeof(*out));
        /* "cluster NAME": the section whose keys the helper uses. */
        /* deadline_at_ms: the same end on the CLOCK_MONOTONIC both
         * processes read, so the time the helper takes to start (long
         * under a debugger or a loaded host) comes out of its budget and
         * its own reason still arrives before the kill. */
        n = snprintf(head, sizeof(head), HELPER_PROTOCOL "\nconfig %s\n%s%s%sop %s\n"
                     "deadline_ms %ld\ndeadline_at_ms %lld\n", cfg->path,
                     cfg->cluster ? "cluster " : "", cfg->cluster ? cfg->cluster : "",
                     cfg->cluster ? "\n" : "", op,
                     cfg->timeout * 1000L * timeouts - HELPER_MARGIN_MS,
                     (long long)(deadline - HELPER_MARGIN_MS));
        for (size_t i = 0; i < n_args && n > 0 && (size_t)n < sizeof(head); i++) {
                if (strchr(args[i], '\n'))
                        n = -1;
                else
                        n += snprintf(head + n, sizeof(head) - (size_t)n, "arg %s\n", args[i]);
        }
        if (n > 0 && (size_t)n < sizeof(head) && payload)
                n += snprintf(head + n, sizeof(head) - (size_t)n, "payload %zu\n", plen);
        if (n > 0 && (size_t)n < sizeof(head))
                n += snprintf(head + n, sizeof(head) - (size_t)n, "token %zu\n\n",
                              token ? len : 0);
        if (n < 0 || (size_t)n >= sizeof(head) || strchr(cfg->path, '\n')) {
                util_fmt(why, whylen, "config path too long for the helper");
                return -1;
        }
        if ((hfd = open_helper(cfg->helper, why, whylen)) < 0)
                return -1;
        if ((devnull = open("/dev/null", O_RDWR | O_CLOEXEC)) < 0 ||
            socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0 ||
            pipe2(stp, O_CLOEXEC) < 0) {
                util_fmt(why, whylen, "cannot start the helper: %s", strerror(errno));
                goto out;
        }
        sigfillset(&all);
        pthread_sigmask(SIG_SETMASK, &all, &old);
        /* No exit signal (the low byte of the flags): see helper.h. */
        pid = raw_fork(0);
        if (pid == 0)
                intermediate(hfd, sv[1], sv[0], devnull, stp[1]);
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        if (pid < 0) {
                util_fmt(why, whylen, "cannot start the helper: %s", strerror(errno));
                goto out;
        }
        close(sv[1]);
        sv[1] = -1;
        close(stp[1]);
        stp[1] = -1;
        if (send_request(sv[0], head, (size_t)n, token, token ? len : 0, payload,
                         payload ? plen : 0, deadline) < 0) {
                util_fmt(err, sizeof(err), "cannot send the request: %s", strerror(errno));
                reap(pid, deadline, true);
        } else if (read_answer(sv[0], max, deadline, &out->text, &out->len, err,
                               sizeof(err)) < 0) {
                reap(pid, deadline, true);
        } else if ((code = read_status(stp[0], deadline)) != 0) {
                reap(pid, deadline, code < 0);
                util_fmt(err, sizeof(err), code < 0 ? "killed at the deadline" :
                         code == EXIT_NO_EXEC ? "cannot be executed" : "exited with status %d",
                         code);
        } else if (reap(pid, deadline, false) < 0) {
                util_fmt(err, sizeof(err), "killed at the deadline");
        } else if (parse_reply(out, err, sizeof(err)) == 0) {
                ok = true;
        }
        if (!ok) {
                if (!strcmp(err, "timed out"))
                        util_fmt(why, whylen, "helper %s did not finish within %lds (killed)",
                                 cfg->helper, cfg->timeout);
                else
                        util_fmt(why, whylen, "helper %s: %s", cfg->helper, err);
                helper_reply_clear(out);
        }
out:
        if (sv[0] >= 0)
                close(sv[0]);
        if (sv[1] >= 0)
                close(sv[1]);
        if (stp[0] >= 0)
                close(stp[0]);
        if (stp[1] >= 0)
                close(stp[1]);
        if (devnull >= 0)
                close(devnull);
        close(hfd);
        return ok ? 0 : -1;
}

const char *helper_reply_get(const struct helper_reply *r, const char *key)
{
        for (size_t i = 0; i < r->n; i++)
                if (!strcmp(r->key[i], key))
                        return r->value[i];
        return NULL;
}

void helper_reply_clear(struct helper_reply *r)
{
        free(r->text);
        memset(r, 0, sizeof(*r));
}

void helper_reply_verdict(const struct helper_reply *rep, struct token_verdict *r)
{
        const char *status = helper_reply_get(rep, "status");
        const char *reason = helper_reply_get(rep, "reason");
        enum k8s_status s;

        if (status && !strcmp(status, "allow"))
                s = K8S_OK;
        else if (status && !strcmp(status, "deny"))
                s = K8S_REFUSED;
        else
                s = K8S_UNAVAIL;
        if (!status || (s == K8S_UNAVAIL && strcmp(status, "unavail")))
                reason = "the helper answered no known status";
        /* One line already (parse_reply split it), escaped by the helper. */
        k8s_result_set(&r->res, s, "%s", reason ? reason : "-");
}

void helper_tokenreview(const struct config *cfg, const char *token, size_t len,
                        struct token_verdict *r)
{
        struct helper_reply rep;
        char why[K8S_ERR_MAX];
        const char *ns, *sa, *uid, *pod;

        memset(r, 0, sizeof(*r));
        if (helper_call(cfg, "tokenreview", token, len, 64 * 1024, &rep, why, sizeof(why)) < 0) {
                k8s_result_set(&r->res, K8S_UNAVAIL, "%s", why);
                return;
        }
        helper_reply_verdict(&rep, r);
        if (r->res.status == K8S_OK) {
                ns = helper_reply_get(&rep, "namespace");
                sa = helper_reply_get(&rep, "service_account");
                uid = helper_reply_get(&rep, "sa_uid");
                pod = helper_reply_get(&rep, "pod");
                /* Checked again here: the helper is another program. */
                if (!ns || !sa || !names_is_dns1123_label(ns) || !names_is_dns1123_subdomain(sa) ||
                    strlen(ns) > NAMES_NS_MAX || strlen(sa) > NAMES_SA_MAX) {
                        k8s_result_set(&r->res, K8S_UNAVAIL, "helper answered allow without a valid "
                                   "service account");
                        goto out;
                }
                strcpy(r->id.ns, ns);
                strcpy(r->id.sa, sa);
                r->have_id = true;
                if (uid && strlen(uid) < sizeof(r->sa_uid) &&
                    strspn(uid, "0123456789abcdefABCDEF-") == strlen(uid))
                        strcpy(r->sa_uid, uid);
                if (pod && strlen(pod) < sizeof(r->pod) && names_is_dns1123_subdomain(pod))
                        strcpy(r->pod, pod);
        }
out:
        helper_reply_clear(&rep);
}

int helper_fetch_jwks(const struct config *cfg, char **text, size_t *len, char **uri,
                      char *why, size_t whylen)
{
        struct helper_reply rep;
        struct token_verdict r;
        const char *u;

        *text = *uri = NULL;
        if (helper_call(cfg, "jwks", NULL, 0, JWKS_MAX_SIZE + 8192, &rep, why, whylen) < 0)
                return -1;
        helper_reply_verdict(&rep, &r);
        u = helper_reply_get(&rep, "uri");
        if (r.res.status != K8S_OK) {
                util_fmt(why, whylen, "%s", r.res.reason);
        } else if (!u || strncmp(u, "https://", 8) || rep.body_len > JWKS_MAX_SIZE) {
                util_fmt(why, whylen, "helper answered a key set without its https URL");
        } else if (!(*uri = strdup(u)) || !(*text = malloc(rep.body_len + 1))) {
                free(*uri);
                *uri = NULL;
                util_fmt(why, whylen, "out of memory");
        } else {
                memcpy(*text, rep.body, rep.body_len);
                (*text)[rep.body_len] = '\0';
                *len = rep.body_len;
        }
        helper_reply_clear(&rep);
        return *text ? 0 : -1;
}
