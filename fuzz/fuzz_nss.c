/* libFuzzer target: libnss_k8s.so.2's entry points end to end. The input
 * is a UID registry, then (after a NUL) a name to look up; the module
 * reads the registry from a real state directory, as in a login process,
 * and packs its answers into caller buffers of several sizes (ASan sees a
 * byte written past one). Every other input also gets an index (uids.idx,
 * as a registry writer builds it), so both the index path and the whole
 * registry are exercised. Needs root, like the module's own trust checks:
 * the directory and files must be root's. */
#include "config.h"

#include <errno.h>
#include <grp.h>
#include <nss.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"
#include "../nss/nss_k8s.h"
#include "k8s/registry_index.h"

#define UID_MIN 5000u
#define UID_MAX 5100u

static char dir[64], uids[128], tmp[128];

static void setup(void)
{
        char conf[128];
        FILE *f;

        if (dir[0])
                return;
        strcpy(dir, "/tmp/k8s-fuzz-nss.XXXXXX");
        FUZZ_ASSERT(mkdtemp(dir) && chmod(dir, 0755) == 0);
        snprintf(conf, sizeof(conf), "%s/k8s-login.conf", dir);
        f = fopen(conf, "w");
        FUZZ_ASSERT(f);
        fprintf(f, "api_server = https://127.0.0.1:6443\nreviewer_token_file = /nonexistent\n"
                   "audiences = k8s-login\nallow_namespaces = demo, ci-*\n"
                   "uid_min = %u\nuid_max = %u\nstate_dir = %s/state\n", UID_MIN, UID_MAX, dir);
        FUZZ_ASSERT(fclose(f) == 0 && chmod(conf, 0644) == 0);
        snprintf(uids, sizeof(uids), "%s/state/uids", dir);
        snprintf(tmp, sizeof(tmp), "%s/state/uids.new", dir);
        snprintf(conf + strlen(dir), sizeof(conf) - strlen(dir), "/state");
        FUZZ_ASSERT(mkdir(conf, 0755) == 0);
        snprintf(conf, sizeof(conf), "%s/k8s-login.conf", dir);
        FUZZ_ASSERT(setenv("K8S_LOGIN_CONF", conf, 1) == 0);
}

static void check_pw(enum nss_status st, const struct passwd *pw, int err)
{
        if (st == NSS_STATUS_SUCCESS) {
                FUZZ_ASSERT(pw->pw_uid > UID_MIN && pw->pw_uid <= UID_MAX);
                FUZZ_ASSERT(pw->pw_gid > UID_MIN && pw->pw_gid <= UID_MAX);
                FUZZ_ASSERT(!strcmp(pw->pw_passwd, "*"));
        } else if (st == NSS_STATUS_TRYAGAIN) {
                FUZZ_ASSERT(err == ERANGE);
        }
}

static void check_gr(enum nss_status st, const struct group *gr, int err)
{
        if (st == NSS_STATUS_SUCCESS) {
                FUZZ_ASSERT(gr->gr_gid >= UID_MIN && gr->gr_gid <= UID_MAX);
                for (char **m = gr->gr_mem; *m; m++)
                        FUZZ_ASSERT(strlen(*m) <= 255);
        } else if (st == NSS_STATUS_TRYAGAIN) {
                FUZZ_ASSERT(err == ERANGE);
        }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
        static const size_t sizes[] = { 1, 40, 200, 4096 };
        const char *name;
        struct passwd pw;
        struct group gr;
        FILE *f;
        int err;

        setup();
        f = fopen(tmp, "w");
        FUZZ_ASSERT(f);
        fwrite(data, 1, strnlen((const char *)data, size), f);
        FUZZ_ASSERT(fclose(f) == 0 && chmod(tmp, 0644) == 0 && rename(tmp, uids) == 0);
        if (size && data[0] % 2 == 0) {
                char state[128], why[256];
                struct stat st;
                snprintf(state, sizeof(state), "%s/state", dir);
                if (stat(uids, &st) == 0)
                        (void)registry_index_write(state, (const char *)data,
                                                   strnlen((const char *)data, size), &st, why,
                                                   sizeof(why));
        }
        name = memchr(data, '\0', size) ? (const char *)data + strlen((const char *)data) + 1 : "";
        {
                char *n = strndup(name, size - (size_t)(name - (const char *)data));
                FUZZ_ASSERT(n);
                for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
                        char *buf = malloc(sizes[i]);
                        gid_t *groups = malloc(sizeof(*groups));
                        long start = 1, cap = 1;
                        FUZZ_ASSERT(buf && groups);
                        groups[0] = 0;
                        check_pw(_nss_k8s_getpwnam_r(n, &pw, buf, sizes[i], &err), &pw, err);
                        check_gr(_nss_k8s_getgrnam_r(n, &gr, buf, sizes[i], &err), &gr, err);
                        if (_nss_k8s_initgroups_dyn(n, 0, &start, &cap, &groups, 8, &err) ==
                            NSS_STATUS_SUCCESS)
                                FUZZ_ASSERT(start <= cap && cap <= 8);
                        free(groups);
                        free(buf);
                }
                free(n);
        }
        for (uid_t u = UID_MIN; u <= UID_MAX; u += 7) {
                char buf[4096];
                check_pw(_nss_k8s_getpwuid_r(u, &pw, buf, sizeof(buf), &err), &pw, err);
                check_gr(_nss_k8s_getgrgid_r(u, &gr, buf, sizeof(buf), &err), &gr, err);
        }
        /* Enumeration ends, and lists only allocated, in-range accounts. */
        _nss_k8s_setpwent(0);
        for (int i = 0; i < 200; i++) {
                char buf[4096];
                enum nss_status st = _nss_k8s_getpwent_r(&pw, buf, sizeof(buf), &err);
                check_pw(st, &pw, err);
                if (st != NSS_STATUS_SUCCESS)
                        break;
                FUZZ_ASSERT(i < 150);
        }
        _nss_k8s_endpwent();
        _nss_k8s_setgrent(0);
        for (int i = 0; i < 200; i++) {
                char buf[8192];
                enum nss_status st = _nss_k8s_getgrent_r(&gr, buf, sizeof(buf), &err);
                check_gr(st, &gr, err);
                if (st != NSS_STATUS_SUCCESS)
                        break;
                FUZZ_ASSERT(i < 150);
        }
        _nss_k8s_endgrent();
        return 0;
}
