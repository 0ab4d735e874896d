/* k8s-login-helper: makes the one HTTPS request a login (or k8s-login)
 * needs, so that no network, TLS or environment-driven library code runs
 * in the process that logs someone in. Started by lib/auth/helper.c with an
 * empty environment and a fixed argv, one request per process:
 *
 *   request on standard input   "k8s-login-helper 1", "config PATH",
 *                               "cluster NAME" (a file with [cluster]
 *                               sections: that section's keys are used),
 *                               "op tokenreview|jwks|probe|ledger-read|
 *                               ledger-allocate|ledger-write",
 *                               "deadline_ms N", "deadline_at_ms N"
 *                               (optional: the same end on CLOCK_MONOTONIC),
 *                               any "arg KEY VALUE" lines,
 *                               "payload N" (ledger-write), "token N", an
 *                               empty line, then the token's N bytes, the
 *                               payload's N bytes, then end of file;
 *   answer on standard output   "key value" lines ("status allow|deny|
 *                               unavail", "reason ...", per op more), an
 *                               empty line, then "body N" bytes if any.
 *
 * It exits 0 once a whole answer is written, non-zero on a malformed
 * request. It logs nothing: the caller logs every decision. See
 * k8s-login-helper(8). */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdarg.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "k8s/config.h"
#include "k8s/fetch.h"
#include "k8s/helper.h"
#include "k8s/https.h"
#include "k8s/jwks.h"
#include "k8s/ledger_net.h"
#include "k8s/names.h"
#include "k8s/registry.h"
#include "k8s/token.h"
#include "k8s/tokenreview.h"
#include "k8s/util.h"
#include "k8s/result.h"

#define HEAD_MAX 8192
#define EXIT_BAD_REQUEST 64
#define EXIT_WRITE 74

/* The answer, built in memory and written at once. */
struct out {
        char *buf;                /* the "key value" lines */
        size_t len, cap;
        bool oom;
        char *body;               /* owned; after the empty line */
        size_t body_len;
};

static void out_add(struct out *o, const void *p, size_t n)
{
        if (o->oom)
                return;
        if (o->len + n + 1 > o->cap) {
                size_t cap = o->cap ? o->cap : 4096;
                char *grown;
                while (cap < o->len + n + 1)
                        cap *= 2;
                if (!(grown = realloc(o->buf, cap))) {
                        o->oom = true;
                        return;
                }
                o->buf = grown;
                o->cap = cap;
        }
        memcpy(o->buf + o->len, p, n);
        o->len += n;
}

/* One "key value" line. Text from servers is already escaped where it was
 * read (util_sanitize); what could still break the line is replaced. */
static void out_field(struct out *o, const char *key, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
static void out_field(struct out *o, const char *key, const char *fmt, ...)
{
        char line[K8S_ERR_MAX * 2];
        va_list ap;

        va_start(ap, fmt);
        vsnprintf(line, sizeof(line), fmt, ap);
        va_end(ap);
        for (char *p = line; *p; p++)
                if ((unsigned char)*p < 0x20 || (unsigned char)*p == 0x7f)
                        *p = '?';
        out_add(o, key, strlen(key));
        out_add(o, " ", 1);
        out_add(o, line, strlen(line));
        out_add(o, "\n", 1);
}

static void out_verdict(struct out *o, const struct token_verdict *r)
{
        out_field(o, "status", "%s", r->res.status == K8S_OK ? "allow" :
                  r->res.status == K8S_REFUSED ? "deny" : "unavail");
        out_field(o, "reason", "%s", r->res.reason);
}

static int out_write(struct out *o)
{
        if (o->body) {
                char n[40];
                snprintf(n, sizeof(n), "body %zu\n", o->body_len);
                out_add(o, n, strlen(n));
        }
        out_add(o, "\n", 1);
        if (o->body)
                out_add(o, o->body, o->body_len);
        if (o->oom)
                return -1;
        /* stdio carries on after a short write (no signal handler runs
         * here, so none is cut by EINTR); the answer holds no token. */
        return fwrite(o->buf, 1, o->len, stdout) == o->len && fflush(stdout) == 0 ? 0 : -1;
}

/* Signals as a fresh process has them: the caller blocked them all, and
 * whatever it ignored stays ignored across exec. */
static void reset_process(void)
{
        const struct rlimit none = { 0, 0 };
        struct sigaction dfl;
        sigset_t empty;

        memset(&dfl, 0, sizeof(dfl));
        dfl.sa_handler = SIG_DFL;
        for (int s = 1; s < NSIG; s++)
                (void)sigaction(s, &dfl, NULL);
        /* A failed write to a caller that gave up is an error, not a death. */
        signal(SIGPIPE, SIG_IGN);
        sigemptyset(&empty);
        sigprocmask(SIG_SETMASK, &empty, NULL);
        umask(077);
        /* It holds a token and the reviewer's credential: no core file. */
        (void)setrlimit(RLIMIT_CORE, &none);
        (void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
        /* Run by hand, it still reads no variable: libcurl reads some with
         * plain getenv (SSLKEYLOGFILE, the proxies, CURL_CA_BUNDLE). */
        clearenv();
}

#define ARGS_MAX 8
/* The ledger's entries for one write; far beyond any import. */
#define PAYLOAD_MAX (32L * 1024 * 1024)

struct request {
        char head[HEAD_MAX + 1];
        const char *config, *op;
        const char *cluster;      /* the [cluster NAME] section, or NULL */
        long deadline_ms;
        long deadline_at_ms; /* CLOCK_MONOTONIC, ms; -1: not given */
        char *token;
        size_t token_len;
        const char *arg_key[ARGS_MAX], *arg_value[ARGS_MAX];
        size_t n_args;
        char *payload;
        long payload_len;
};

static const char *arg(const struct request *q, const char *key)
{
        for (size_t i = 0; i < q->n_args; i++)
                if (!strcmp(q->arg_key[i], key))
                        return q->arg_value[i];
        return NULL;
}

/* Reads and checks the request; -1 on anything unexpected. */
static int read_request(struct request *q)
{
        size_t have = 0;
        long tlen = -1;
        char *line, *save = NULL, extra;
        bool first = true;

        memset(q, 0, sizeof(*q));
        q->deadline_ms = -1;
        q->deadline_at_ms = -1;
        /* Byte by byte up to the empty line, so not one byte of the token
         * lands in the header buffer. */
        while (have < HEAD_MAX) {
                if (util_read_full(STDIN_FILENO, q->head + have, 1) < 0)
                        return -1;
                have++;
                if (have >= 2 && q->head[have - 1] == '\n' && q->head[have - 2] == '\n')
                        break;
        }
        if (have >= HEAD_MAX || memchr(q->head, '\0', have))
                return -1;
        q->head[have - 1] = '\0';
        for (line = strtok_r(q->head, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
                char *sp = strchr(line, ' ');
                if (first) {
                        if (strcmp(line, HELPER_PROTOCOL))
                                return -1;
                        first = false;
                        continue;
                }
                if (!sp)
                        return -1;
                *sp++ = '\0';
                if (!strcmp(line, "config") && *sp == '/')
                        q->config = sp;
                else if (!strcmp(line, "op"))
                        q->op = sp;
                else if (!strcmp(line, "cluster") && !q->cluster)
                        q->cluster = sp;
                else if (!strcmp(line, "deadline_ms"))
                        (void)util_parse_long(sp, 1, 3600 * 1000L, &q->deadline_ms);
                else if (!strcmp(line, "deadline_at_ms"))
                        (void)util_parse_long(sp, 1, LONG_MAX, &q->deadline_at_ms);
                else if (!strcmp(line, "token"))
                        (void)util_parse_long(sp, 0, TOKEN_MAX, &tlen);
                else if (!strcmp(line, "payload") &&
                         util_parse_long(sp, 0, PAYLOAD_MAX, &q->payload_len) == 0)
                        ;
                else if (!strcmp(line, "arg") && q->n_args < ARGS_MAX && strchr(sp, ' ')) {
                        char *v = strchr(sp, ' ');
                        *v++ = '\0';
                        q->arg_key[q->n_args] = sp;
                        q->arg_value[q->n_args++] = v;
                } else
                        return -1;
        }
        if (!q->config || !q->op || q->deadline_ms < 0 || tlen < 0)
                return -1;
        q->token_len = (size_t)tlen;
        if (!(q->token = calloc(1, q->token_len + 1)) ||
            util_read_full(STDIN_FILENO, q->token, q->token_len) < 0)
                return -1;
        if (q->payload_len > 0 &&
            (!(q->payload = calloc(1, (size_t)q->payload_len + 1)) ||
             util_read_full(STDIN_FILENO, q->payload, (size_t)q->payload_len) < 0))
                return -1;
        /* Nothing may follow. */
        return read(STDIN_FILENO, &extra, 1) == 0 ? 0 : -1;
}

static void op_tokenreview(const struct config *cfg, int64_t deadline, const struct request *q,
                           struct out *o)
{
        struct token_verdict r;
        char why[K8S_ERR_MAX];
        struct token_claims c;

        memset(&r, 0, sizeof(r));
        /* The caller checked it; this process checks again what it sends. */
        if (token_parse(q->token, q->token_len, &c, why, sizeof(why)) < 0) {
                k8s_result_set(&r.res, K8S_REFUSED, "%s", why);
                out_verdict(o, &r);
                return;
        }
        token_claims_clear(&c);
        tokenreview_request(cfg, deadline, q->token, q->token_len, &r);
        out_verdict(o, &r);
        if (r.res.status == K8S_OK) {
                out_field(o, "namespace", "%s", r.id.ns);
                out_field(o, "service_account", "%s", r.id.sa);
                if (r.sa_uid[0])
                        out_field(o, "sa_uid", "%s", r.sa_uid);
                if (r.pod[0])
                        out_field(o, "pod", "%s", r.pod);
        }
}

/* The key set as fetched (the caller parses it, and caches what parses):
 * "uri", then "body N" and the text. */
static void op_jwks(const struct config *cfg, int64_t deadline, struct out *o)
{
        char why[K8S_ERR_MAX], *text = NULL, *uri = NULL;
        size_t len = 0;

        if (cfg->jwks_file) {
                out_field(o, "status", "unavail");
                out_field(o, "reason", "jwks_file is set: the key set is not fetched");
                return;
        }
        if (fetch_jwks(cfg, deadline, &text, &len, &uri, why, sizeof(why)) < 0) {
                out_field(o, "status", "unavail");
                out_field(o, "reason", "%s", why);
                return;
        }
        out_field(o, "status", "allow");
        out_field(o, "reason", "fetched");
        out_field(o, "uri", "%s", uri);
        o->body = text;
        o->body_len = len;
        free(uri);
}

/* What config-test --connect reports: whether the API server answers a
 * TokenReview from the reviewer (a token that cannot be valid is sent, so
 * a 201 refusal proves TLS, the CA and the reviewer's right to create
 * TokenReviews), and whether the key set can be fetched and parsed. */
static void op_probe(const struct config *cfg, int64_t deadline, struct out *o)
{
        static const char probe[] = "k8s-login-connect-probe";
        bool ok = true;

        if (cfg->validation != VALIDATION_JWKS) {
                struct token_verdict r;
                memset(&r, 0, sizeof(r));
                tokenreview_request(cfg, deadline, probe, sizeof(probe) - 1, &r);
                if (r.res.status == K8S_UNAVAIL) {
                        ok = false;
                        out_field(o, "api_server", "fail %s", r.res.reason);
                } else {
                        out_field(o, "api_server", "ok %s answered a TokenReview from the "
                                  "reviewer (TLS verified against %s)", cfg->api_server,
                                  cfg->ca_file ? cfg->ca_file : "the system store");
                }
        }
        if (cfg->validation != VALIDATION_TOKENREVIEW && !cfg->jwks_file) {
                char why[K8S_ERR_MAX], err[K8S_ERR_MAX], *text = NULL, *uri = NULL;
                struct jwks *set = NULL;
                size_t len = 0;
                if (fetch_jwks(cfg, deadline, &text, &len, &uri, why, sizeof(why)) < 0) {
                        ok = false;
                        out_field(o, "jwks", "fail %s", why);
                } else if (jwks_parse(text, len, uri, &set, err, sizeof(err)) < 0) {
                        ok = false;
                        out_field(o, "jwks", "fail %s: %s", uri, err);
                } else {
                        out_field(o, "jwks", "ok %zu usable key%s from %s", set->n,
                                  set->n == 1 ? "" : "s", uri);
                }
                jwks_free(set);
                free(text);
                free(uri);
        }
        out_field(o, "status", ok ? "allow" : "unavail");
        out_field(o, "reason", ok ? "every check passed" : "a check failed");
}

/* The ledger, as ledger_parse reads it, in the body. */
static void op_ledger_read(const struct config *cfg, int64_t deadline, struct out *o)
{
        char why[K8S_ERR_MAX];

        if (ledger_net_read(cfg, deadline, &o->body, &o->body_len, why, sizeof(why)) !=
            K8S_OK) {
                out_field(o, "status", "unavail");
                out_field(o, "reason", "%s", why);
                return;
        }
        out_field(o, "status", "allow");
        out_field(o, "reason", "read");
}

/* An account's and its group's numbers, allocated in the ledger when
 * missing: their entries in the body. */
static void op_ledger_allocate(const struct config *cfg, int64_t deadline,
                               const struct request *q, struct out *o)
{
        const char *ns = arg(q, "namespace"), *sa = arg(q, "service_account");
        const char *uid = arg(q, "sa_uid");
        char why[K8S_ERR_MAX];
        enum k8s_status st;

        if (!ns || !sa || !names_is_dns1123_label(ns) || strlen(ns) > NAMES_NS_MAX ||
            !names_is_dns1123_subdomain(sa) || strlen(sa) > NAMES_SA_MAX ||
            (uid && (strlen(uid) > REGISTRY_SAUID_MAX ||
                     strspn(uid, "0123456789abcdefABCDEF-") != strlen(uid)))) {
                out_field(o, "status", "deny");
                out_field(o, "reason", "malformed ledger-allocate request");
                return;
        }
        st = ledger_net_allocate(cfg, deadline, ns, sa, uid ? uid : "", &o->body, &o->body_len,
                                 why, sizeof(why));
        out_field(o, "status", "%s", st == K8S_OK ? "allow" :
                  st == K8S_REFUSED ? "deny" : "unavail");
        out_field(o, "reason", "%s", st == K8S_OK ? "allocated" : why);
}

/* Adds the payload's entries (administration). */
static void op_ledger_write(const struct config *cfg, int64_t deadline,
                            const struct request *q, struct out *o)
{
        char why[K8S_ERR_MAX] = "";
        enum k8s_status st;

        st = ledger_net_add(cfg, deadline, q->payload ? q->payload : "", &o->body, why,
                            sizeof(why));
        if (o->body)
                o->body_len = strlen(o->body);
        out_field(o, "status", "%s", st == K8S_OK ? "allow" :
                  st == K8S_REFUSED ? "deny" : "unavail");
        out_field(o, "reason", "%s", st == K8S_OK ? "written" : why);
}

int main(int argc, char **argv)
{
        struct request q;
        struct config *file = NULL;
        const struct config *cfg = NULL;
        struct out o = { 0 };
        char err[K8S_ERR_MAX];
        int64_t deadline;
        int rc = EXIT_BAD_REQUEST;

        reset_process();
        if (argc != 1 || isatty(STDIN_FILENO)) {
                fprintf(stderr, "k8s-login-helper: started by pam_k8s and k8s-login only; "
                        "see k8s-login-helper(8)\n");
                return EXIT_BAD_REQUEST;
        }
        if (read_request(&q) < 0)
                goto out;
        /* Never later than the caller's own end, whenever we started. */
        deadline = https_now_ms() + q.deadline_ms;
        if (q.deadline_at_ms > 0 && q.deadline_at_ms < deadline)
                deadline = q.deadline_at_ms;
        if (config_load(q.config, &file, err, sizeof(err)) < 0) {
                out_field(&o, "status", "unavail");
                out_field(&o, "reason", "config cannot be trusted: %s", err);
        } else if (!(cfg = q.cluster ? config_cluster_named(file, q.cluster)
                                     : file->n_clusters ? NULL : file)) {
                /* The caller and the file disagree on the sections (the
                 * file changed in between): judge nothing. */
                char safe[80];
                out_field(&o, "status", "unavail");
                out_field(&o, "reason", "config %s has no [cluster %s] section", q.config,
                          util_sanitize(safe, sizeof(safe), q.cluster ? q.cluster : "-", 64));
        } else if (!strcmp(q.op, "tokenreview") && q.token_len > 0) {
                op_tokenreview(cfg, deadline, &q, &o);
        } else if (!strcmp(q.op, "jwks")) {
                op_jwks(cfg, deadline, &o);
        } else if (!strcmp(q.op, "probe")) {
                op_probe(cfg, deadline, &o);
        } else if (!strncmp(q.op, "ledger-", 7) && cfg->uid_ledger != LEDGER_CONFIGMAP) {
                out_field(&o, "status", "unavail");
                out_field(&o, "reason", "uid_ledger is not configmap in %s", q.config);
        } else if (!strcmp(q.op, "ledger-read")) {
                op_ledger_read(cfg, deadline, &o);
        } else if (!strcmp(q.op, "ledger-allocate")) {
                op_ledger_allocate(cfg, deadline, &q, &o);
        } else if (!strcmp(q.op, "ledger-write")) {
                op_ledger_write(cfg, deadline, &q, &o);
        } else {
                goto out;
        }
        rc = out_write(&o) < 0 ? EXIT_WRITE : 0;
out:
        util_wipe_free(q.token, q.token_len + 1);
        free(q.payload);
        free(o.body);
        free(o.buf);
        config_free(file);
        return rc;
}
