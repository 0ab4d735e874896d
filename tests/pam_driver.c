/* A PAM application for tests and the demo: runs one service for one user
 * and prints every prompt and every return code by name, answering prompts
 * from a file (one answer a line), so tests can assert exact results. */
#define _GNU_SOURCE
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <security/pam_appl.h>

struct answers {
        FILE *f;
        int asked;
};

static const char *code_name(int rc)
{
#define C(x) case x: return #x
        switch (rc) {
        C(PAM_SUCCESS); C(PAM_OPEN_ERR); C(PAM_SYMBOL_ERR); C(PAM_SERVICE_ERR);
        C(PAM_SYSTEM_ERR); C(PAM_BUF_ERR); C(PAM_PERM_DENIED); C(PAM_AUTH_ERR);
        C(PAM_CRED_INSUFFICIENT); C(PAM_AUTHINFO_UNAVAIL); C(PAM_USER_UNKNOWN);
        C(PAM_MAXTRIES); C(PAM_NEW_AUTHTOK_REQD); C(PAM_ACCT_EXPIRED);
        C(PAM_SESSION_ERR); C(PAM_CRED_UNAVAIL); C(PAM_CRED_EXPIRED); C(PAM_CRED_ERR);
        C(PAM_CONV_ERR); C(PAM_AUTHTOK_ERR); C(PAM_ABORT); C(PAM_IGNORE);
        C(PAM_MODULE_UNKNOWN); C(PAM_BAD_ITEM); C(PAM_CONV_AGAIN); C(PAM_INCOMPLETE);
        default: return "PAM_UNKNOWN_CODE";
        }
#undef C
}

/* One answer, a final newline dropped, in a buffer of its exact size:
 * read a byte at a time from an unbuffered stream into a fixed buffer
 * that is wiped, so that no copy of an answer (a token) is left behind
 * by stdio or a growing buffer (tests/integration/token_memory.sh looks). */
static char *read_answer(FILE *f)
{
        const size_t cap = 65536;
        char *buf = calloc(1, cap), *line = NULL;
        size_t len = 0;
        int c = EOF;

        if (!buf)
                return NULL;
        while (len < cap - 1 && (c = getc(f)) != EOF && c != '\n')
                buf[len++] = (char)c;
        if (len > 0 || c == '\n')
                line = strndup(buf, len);
        explicit_bzero(buf, cap);
        free(buf);
        return line;
}

static int conv(int n, const struct pam_message **msg, struct pam_response **resp, void *data)
{
        struct answers *a = data;
        struct pam_response *r = calloc((size_t)n, sizeof(*r));

        if (!r)
                return PAM_BUF_ERR;
        for (int i = 0; i < n; i++) {
                const struct pam_message *m = msg[i];
                char *line = NULL;

                switch (m->msg_style) {
                case PAM_PROMPT_ECHO_OFF:
                case PAM_PROMPT_ECHO_ON:
                        printf("prompt(%s): %s\n", m->msg_style == PAM_PROMPT_ECHO_OFF ? "hidden" : "echo",
                               m->msg);
                        a->asked++;
                        line = a->f ? read_answer(a->f) : NULL;
                        if (!line) {
                                for (int j = 0; j < i; j++)
                                        free(r[j].resp);
                                free(r);
                                printf("conversation: no more answers\n");
                                return PAM_CONV_ERR;
                        }
                        r[i].resp = line;
                        break;
                case PAM_ERROR_MSG:
                        printf("error: %s\n", m->msg);
                        break;
                default:
                        printf("info: %s\n", m->msg);
                        break;
                }
        }
        *resp = r;
        return PAM_SUCCESS;
}

/* Prints the PAM environment, one "env: NAME=VALUE" a line. */
static void print_env(pam_handle_t *pamh)
{
        char **env = pam_getenvlist(pamh);

        for (char **e = env; e && *e; e++) {
                printf("env: %s\n", *e);
                free(*e);
        }
        free(env);
}

static int run_session(pam_handle_t *pamh)
{
        int rc = pam_open_session(pamh, 0);

        printf("session: %s\n", code_name(rc));
        if (rc == PAM_SUCCESS) {
                print_env(pamh);
                rc = pam_close_session(pamh, 0);
                printf("close: %s\n", code_name(rc));
        }
        return rc;
}

int main(int argc, char **argv)
{
        struct answers a = { NULL, 0 };
        struct pam_conv pc = { conv, &a };
        pam_handle_t *pamh = NULL;
        bool acct = false, session = false, auth = true;
        const char *steps = NULL, *confdir = NULL;
        unsigned linger = 0;
        struct rusage ru;
        int rc, i;

        /* Every line reaches the file even if a sanitizer ends us at exit. */
        setvbuf(stdout, NULL, _IOLBF, 0);
        if (argc < 3) {
                fprintf(stderr, "usage: pam_driver SERVICE USER [--answers FILE] [--acct] "
                        "[--session] [--no-auth] [--steps auth,acct,session,env,new,run:CMD,...] [--confdir DIR] "
                        "[--linger SECONDS]\n");
                return 2;
        }
        for (i = 3; i < argc; i++) {
                if (!strcmp(argv[i], "--answers") && i + 1 < argc) {
                        a.f = fopen(argv[++i], "r");
                        if (!a.f) {
                                perror(argv[i]);
                                return 2;
                        }
                        setvbuf(a.f, NULL, _IONBF, 0);
                } else if (!strcmp(argv[i], "--acct")) {
                        acct = true;
                } else if (!strcmp(argv[i], "--session")) {
                        session = true;
                } else if (!strcmp(argv[i], "--no-auth")) {
                        auth = false;
                } else if (!strcmp(argv[i], "--steps") && i + 1 < argc) {
                        steps = argv[++i];
                } else if (!strcmp(argv[i], "--linger") && i + 1 < argc) {
                        /* Stay alive after pam_end, as a host process does. */
                        linger = (unsigned)atoi(argv[++i]);
                } else if (!strcmp(argv[i], "--confdir") && i + 1 < argc) {
                        /* Linux-PAM >= 1.4 reads the service from DIR: the
                         * real libpam, without pam_wrapper (whose
                         * RTLD_DEEPBIND AddressSanitizer refuses). */
                        confdir = argv[++i];
                } else {
                        fprintf(stderr, "pam_driver: unknown option %s\n", argv[i]);
                        return 2;
                }
        }
        rc = confdir ? pam_start_confdir(argv[1], argv[2], &pc, confdir, &pamh)
                     : pam_start(argv[1], argv[2], &pc, &pamh);
        if (rc != PAM_SUCCESS) {
                printf("start: %s\n", code_name(rc));
                return 1;
        }
        if (steps) {
                /* Every step runs whatever the one before gave, as an
                 * application that retries on one handle would. */
                char *list = strdup(steps), *save = NULL;
                for (char *st = strtok_r(list, ",", &save); st; st = strtok_r(NULL, ",", &save)) {
                        if (!strcmp(st, "auth"))
                                printf("auth: %s\n", code_name(rc = pam_authenticate(pamh, 0)));
                        else if (!strcmp(st, "acct"))
                                printf("acct: %s\n", code_name(rc = pam_acct_mgmt(pamh, 0)));
                        else if (!strcmp(st, "session"))
                                rc = run_session(pamh);
                        else if (!strcmp(st, "env"))
                                print_env(pamh);
                        else if (!strcmp(st, "new")) {
                                /* The next login, in this same process (the
                                 * module stays loaded, as in a PAM host). */
                                printf("end: %s\n", code_name(pam_end(pamh, rc)));
                                pamh = NULL;
                                rc = confdir ? pam_start_confdir(argv[1], argv[2], &pc, confdir, &pamh)
                                             : pam_start(argv[1], argv[2], &pc, &pamh);
                                printf("start: %s\n", code_name(rc));
                                if (rc != PAM_SUCCESS)
                                        break;
                        } else if (!strncmp(st, "run:", 4)) {
                                /* A command between two logins (a test
                                 * changing a file the module reads). */
                                int status = system(st + 4);
                                printf("run: %d\n", status);
                        }
                        else
                                printf("unknown step: %s\n", st);
                }
                free(list);
        } else {
                if (auth) {
                        /* How long the module took, apart from this
                         * process's own start and exit (which a sanitizer
                         * or a loaded machine can stretch). */
                        struct timespec t0, t1;
                        clock_gettime(CLOCK_MONOTONIC, &t0);
                        rc = pam_authenticate(pamh, 0);
                        clock_gettime(CLOCK_MONOTONIC, &t1);
                        printf("auth: %s\n", code_name(rc));
                        printf("auth_ms: %ld\n", (long)((t1.tv_sec - t0.tv_sec) * 1000 +
                                                        (t1.tv_nsec - t0.tv_nsec) / 1000000));
                }
                if (rc == PAM_SUCCESS && acct) {
                        rc = pam_acct_mgmt(pamh, 0);
                        printf("acct: %s\n", code_name(rc));
                }
                if (rc == PAM_SUCCESS && session)
                        rc = run_session(pamh);
        }
        pam_end(pamh, rc);
        printf("end\n");
        if (a.f)
                fclose(a.f);
        while (linger > 0)
                linger = sleep(linger);
        /* Peak memory of the whole login, for the fault tests' bound. */
        if (getrusage(RUSAGE_SELF, &ru) == 0)
                printf("maxrss_kb: %ld\n", ru.ru_maxrss);
        return 0;
}
