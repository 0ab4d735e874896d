/* Unit tests for lib/auth/registry_write.c: every way an allocation can
 * go (bind, pin, rebind, release), what the readers then see, and the
 * companion index, in scratch state directories. The registry only
 * trusts root-owned directories, so these tests skip (and say so) when
 * not run as root; CI runs as root. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "unit.h"
#include "registry_fixture.h"

#include "k8s/config.h"
#include "k8s/registry.h"
#include "k8s/registry_index.h"
#include "k8s/util.h"

/* ---- writing, in a scratch state directory ------------------------------ */

struct scratch {
        char dir[64];
        char state[96];
};

static int scratch_setup(void **state)
{
        struct scratch *s = calloc(1, sizeof(*s));

        if (!s)
                return -1;
        strcpy(s->dir, "/tmp/k8s-registry-test.XXXXXX");
        if (!mkdtemp(s->dir) || chmod(s->dir, 0755) < 0)
                return -1;
        snprintf(s->state, sizeof(s->state), "%s/state", s->dir);
        *state = s;
        return 0;
}

static int scratch_teardown(void **state)
{
        struct scratch *s = *state;
        char cmd[128];

        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", s->dir);
        if (system(cmd) != 0)
                return -1;
        free(s);
        return 0;
}

#define NEED_ROOT()                                                           \
        do {                                                                  \
                if (geteuid() != 0) {                                         \
                        print_message("needs root: the registry trusts only " \
                                      "root-owned directories\n");            \
                        skip();                                               \
                }                                                             \
        } while (0)

static struct registry *load_ok(const char *dir)
{
        struct registry *reg = NULL;
        char err[K8S_ERR_MAX];

        if (registry_load(dir, &reg, NULL, err, sizeof(err)) < 0)
                fail_msg("registry_load: %s", err);
        return reg;
}

/* Two clusters in one registry: the same namespace/account is two
 * identities with two numbers, entries of the first section carry no
 * cluster (an old registry keeps every number), the others name theirs. */
static void test_bind_per_cluster(void **state)
{
        struct scratch *s = *state;
        struct config *file = NULL;
        const struct config *prod, *stg;
        struct names_identity id = { "demo", "debugger" };
        struct registry *reg;
        char text[2048], err[K8S_ERR_MAX], why[K8S_ERR_MAX], path[160], *body = NULL;
        uint32_t up, us, n;
        FILE *f;

        NEED_ROOT();
        /* A registry from before sections: demo/debugger at prod's first choice. */
        snprintf(text, sizeof(text),
                 "audiences = a\nallow_namespaces = *\nvalidation = jwks\njwks_file = /j\n"
                 "state_dir = %s\n[cluster prod]\nissuer = https://p.test\nuser_format = p-%%n_%%s\n"
                 "group_format = p-%%n\nall_group = p\nuid_min = 3000000\nuid_max = 3999999\n"
                 "[cluster staging]\nissuer = https://s.test\nuser_format = s-%%n_%%s\n"
                 "group_format = s-%%n\nall_group = s\nuid_min = 4000000\nuid_max = 4999999\n",
                 s->state);
        if (config_parse("/test.conf", text, &file, err, sizeof(err)) < 0)
                fail_msg("config: %s", err);
        prod = config_cluster(file, 0);
        stg = config_cluster(file, 1);
        up = registry_first_choice(prod, "demo", "debugger");
        assert_int_equal(mkdir(s->state, 0755), 0);
        snprintf(path, sizeof(path), "%s/uids", s->state);
        assert_non_null(f = fopen(path, "w"));
        fprintf(f, "u %u demo debugger - 1\n", up);
        fclose(f);
        /* prod's login finds the old line; staging's is a new identity. */
        assert_int_equal(registry_bind(prod, &id, "k8s-p", 0, true, &n, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(n, up);
        assert_int_equal(registry_bind(stg, &id, "k8s-s", 0, true, &us, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(us, registry_first_choice(stg, "demo", "debugger"));
        assert_true(us >= 4000000 && us <= 4999999);
        reg = load_ok(s->state);
        assert_int_equal(reg->n, 4);
        assert_int_equal(registry_user_uid(prod, reg, &id, &n), 1);
        assert_int_equal(n, up);
        assert_int_equal(registry_user_uid(stg, reg, &id, &n), 1);
        assert_int_equal(n, us);
        assert_string_equal(registry_find_user_in(reg, "staging", &id)->sa_uid, "k8s-s");
        assert_string_equal(registry_find_user(reg, &id)->sa_uid, "k8s-p");
        assert_string_equal(registry_find_group_in(reg, "staging", "demo")->cluster, "staging");
        assert_null(registry_find_user_in(reg, "prod", &id));
        registry_free(reg);
        /* An identity already bound is answered through the index without
         * the registry's lock, in either cluster: with the lock held
         * elsewhere, both answer at once and with their own numbers. */
        {
                int lk;
                snprintf(path, sizeof(path), "%s/uids.lock", s->state);
                assert_true((lk = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) >= 0);
                assert_int_equal(flock(lk, LOCK_EX), 0);
                assert_int_equal(registry_bind(stg, &id, "k8s-s", 0, true, &n, why,
                                               sizeof(why)), REGISTRY_OK);
                assert_int_equal(n, us);
                assert_int_equal(registry_bind(prod, &id, "k8s-p", 0, true, &n, why,
                                               sizeof(why)), REGISTRY_OK);
                assert_int_equal(n, up);
                /* Its negative twin: a new identity needs the lock. */
                struct names_identity other = { "demo", "newcomer" };
                ((struct config *)stg)->timeout = 1;
                assert_int_equal(registry_bind(stg, &other, "k8s-n", 0, true, &n, why,
                                               sizeof(why)), REGISTRY_ERROR);
                close(lk);
        }
        snprintf(path, sizeof(path), "%s/uids", s->state);
        /* On disk: prod's lines as before, staging's with the 7th field. */
        assert_non_null(f = fopen(path, "r"));
        body = calloc(1, 4096);
        assert_true(fread(body, 1, 4095, f) > 0);
        fclose(f);
        snprintf(text, sizeof(text), "\nu %u demo debugger k8s-p 1\n", up);
        assert_non_null(strstr(body, text));
        snprintf(text, sizeof(text), "\nu %u demo debugger k8s-s ", us);
        assert_non_null(strstr(body, text));
        assert_non_null(strstr(strstr(body, text), " staging\n"));
        free(body);
        /* Pins and releases stay in their cluster. */
        assert_int_equal(registry_release(stg, &id, &n, why, sizeof(why)), REGISTRY_OK);
        assert_true(n >= 4000000 && n <= 4999999 && n != us);
        reg = load_ok(s->state);
        assert_int_equal(registry_user_uid(prod, reg, &id, &n), 1);
        assert_int_equal(n, up);
        assert_int_equal(registry_find_id(reg, us)->kind, REGISTRY_RETIRED);
        assert_string_equal(registry_find_id(reg, us)->cluster, "staging");
        registry_free(reg);
        config_free(file);
}

static void test_bind_first_login(void **state)
{
        struct scratch *s = *state;
        struct config *cfg;
        struct names_identity id = { "demo", "debugger" };
        struct registry *reg;
        char why[K8S_ERR_MAX];
        uint32_t uid = 1, gid;

        NEED_ROOT();
        cfg = cfg_range(CONFIG_DEFAULT_UID_MIN, CONFIG_DEFAULT_UID_MAX, s->state);
        /* A fresh host: no directory, nothing allocated, first choices. */
        reg = load_ok(s->state);
        assert_int_equal(reg->n, 0);
        assert_int_equal(registry_user_uid(cfg, reg, &id, &uid), 0);
        assert_int_equal(uid, 2115140347u);
        assert_int_equal(registry_group_gid(cfg, reg, "demo", &gid), 0);
        assert_int_equal(gid, 2122556937u);
        registry_free(reg);
        /* A dry run decides, and writes nothing. */
        assert_int_equal(registry_bind(cfg, &id, "k8s-uid-1", 0, false, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(uid, 2115140347u);
        assert_int_equal(access(s->state, F_OK), -1);
        /* The first login allocates the account and its namespace group. */
        assert_int_equal(registry_bind(cfg, &id, "k8s-uid-1", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(uid, 2115140347u);
        reg = load_ok(s->state);
        assert_int_equal(reg->n, 2);
        assert_int_equal(registry_user_uid(cfg, reg, &id, &uid), 1);
        assert_int_equal(uid, 2115140347u);
        assert_string_equal(registry_find_user(reg, &id)->sa_uid, "k8s-uid-1");
        assert_int_equal(registry_group_gid(cfg, reg, "demo", &gid), 1);
        assert_int_equal(gid, 2122556937u);
        registry_free(reg);
        /* The next login finds it; the file is root's, 0644. */
        assert_int_equal(registry_bind(cfg, &id, "k8s-uid-1", 2115140347u, true, &uid, why,
                                       sizeof(why)), REGISTRY_OK);
        {
                char path[128];
                struct stat st;
                snprintf(path, sizeof(path), "%s/uids", s->state);
                assert_int_equal(stat(path, &st), 0);
                assert_int_equal(st.st_mode & 07777, 0644);
                assert_int_equal(st.st_uid, 0);
                /* and the temporary file it was written as is gone */
                char cmd[256];
                snprintf(cmd, sizeof(cmd), "ls -a '%s' | grep -q '^\\.uids\\.'", s->state);
                assert_int_equal(system(cmd), 256);
        }
        config_free(cfg);
}

static void test_bind_adopts_what_the_host_sees(void **state)
{
        struct scratch *s = *state;
        struct config *cfg;
        struct names_identity id = { "demo", "debugger" }, other = { "demo", "other" };
        char why[K8S_ERR_MAX];
        uint32_t uid;

        NEED_ROOT();
        cfg = cfg_range(CONFIG_DEFAULT_UID_MIN, CONFIG_DEFAULT_UID_MAX, s->state);
        /* An account the host already has (say, from files) keeps its UID. */
        assert_int_equal(registry_bind(cfg, &id, NULL, 1879048200u, true, &uid, why,
                                       sizeof(why)), REGISTRY_OK);
        assert_int_equal(uid, 1879048200u);
        /* A later login where the host sees another UID is refused. */
        assert_int_equal(registry_bind(cfg, &id, NULL, 1879048201u, true, &uid, why,
                                       sizeof(why)), REGISTRY_COLLISION);
        assert_int_equal(uid, 0);
        assert_non_null(strstr(why, "the host sees demo_debugger as UID 1879048201, but the "
                                    "registry gave it 1879048200"));
        /* Nobody else gets a number that is taken. */
        assert_int_equal(registry_bind(cfg, &other, NULL, 1879048200u, true, &uid, why,
                                       sizeof(why)), REGISTRY_COLLISION);
        assert_non_null(strstr(why, "UID 1879048200, which this host shows for demo_other, is "
                                    "held by demo/debugger; they cannot share it"));
        config_free(cfg);
}

/* Two identities whose first choices collide in a tiny range. */
static void colliding_pair(const struct config *cfg, struct names_identity *a,
                           struct names_identity *b)
{
        uint32_t group = registry_first_choice(cfg, "demo", NULL);

        strcpy(a->ns, "demo");
        strcpy(b->ns, "demo");
        for (int i = 0;; i++) {
                snprintf(a->sa, sizeof(a->sa), "a%d", i);
                if (registry_first_choice(cfg, a->ns, a->sa) != group)
                        break;
        }
        for (int i = 0;; i++) {
                snprintf(b->sa, sizeof(b->sa), "b%d", i);
                if (registry_first_choice(cfg, b->ns, b->sa) ==
                    registry_first_choice(cfg, a->ns, a->sa))
                        break;
        }
}

static void test_bind_collision(void **state)
{
        struct scratch *s = *state;
        struct config *cfg;
        struct names_identity a, b;
        struct registry *reg;
        char why[K8S_ERR_MAX];
        uint32_t ua, ub, pinned;

        NEED_ROOT();
        cfg = cfg_range(5000, 5010, s->state);
        colliding_pair(cfg, &a, &b);
        assert_int_equal(registry_bind(cfg, &a, NULL, 0, true, &ua, why, sizeof(why)),
                         REGISTRY_OK);
        /* Before its first login, b would get a's number: it is refused
         * (its login is), rather than silently given another one. */
        reg = load_ok(s->state);
        assert_int_equal(registry_user_uid(cfg, reg, &b, &ub), -1);
        registry_free(reg);
        assert_int_equal(registry_bind(cfg, &b, NULL, 0, true, &ub, why, sizeof(why)),
                         REGISTRY_COLLISION);
        assert_int_equal(ub, 0);
        assert_non_null(strstr(why, "is held by demo/a"));
        assert_non_null(strstr(why, "'k8s-login pin demo_b"));
        /* An administrator resolves it: pin picks the next free number. */
        assert_int_equal(registry_pin(cfg, "demo", b.sa, 0, &pinned, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_not_equal(pinned, ua);
        assert_true(pinned > 5000 && pinned <= 5010);
        assert_int_equal(registry_bind(cfg, &b, NULL, 0, true, &ub, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(ub, pinned);
        /* Pinning again keeps the number; another number is refused. */
        assert_int_equal(registry_pin(cfg, "demo", b.sa, 0, &pinned, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(pinned, ub);
        assert_int_equal(registry_pin(cfg, "demo", b.sa, ua, &pinned, why, sizeof(why)),
                         REGISTRY_COLLISION);
        /* A namespace whose group's first choice is a's UID: the fix named
         * is pin --group with the local group's name, which pin takes. */
        {
                struct names_identity c = { .ns = "", .sa = "x" };
                uint32_t uc;
                for (int i = 0;; i++) {
                        snprintf(c.ns, sizeof(c.ns), "g-%d", i);
                        if (registry_first_choice(cfg, c.ns, NULL) == ua &&
                            registry_first_choice(cfg, c.ns, "x") != ua &&
                            registry_first_choice(cfg, c.ns, "x") != ub)
                                break;
                }
                assert_int_equal(registry_bind(cfg, &c, NULL, 0, true, &uc, why, sizeof(why)),
                                 REGISTRY_COLLISION);
                if (!strstr(why, "the first choice of namespace g-") ||
                    !strstr(why, "'k8s-login pin --group k8s_g-"))
                        fail_msg("why: %s", why);
        }
        config_free(cfg);
}

/* An account of namespace ns whose first choice is n, in sa. */
static bool aim(const struct config *cfg, const char *ns, uint32_t n, char *sa, size_t len)
{
        for (int i = 0; i < 100000; i++) {
                snprintf(sa, len, "sa-%d", i);
                if (registry_first_choice(cfg, ns, sa) == n)
                        return true;
        }
        return false;
}

/* A number another NSS source holds is never recorded: nobody (65534) and
 * nogroup (65534), which /etc/passwd and /etc/group have on every Debian
 * host, stand for alice and linux-admins. Real glibc, the host's NSS. */
static void test_bind_refuses_numbers_held_elsewhere(void **state)
{
        struct scratch *s = *state;
        struct config *cfg;
        struct names_identity aimed = { "demo", "" }, twin = { "demo", "" }, grp = { "", "x" };
        struct registry *reg;
        char why[K8S_ERR_MAX], holder[64], ns[32], uids[160];
        uint32_t uid = 1, got, pinned;
        int i;

        NEED_ROOT();
        if (!getpwuid(65534) || strcmp(getpwuid(65534)->pw_name, "nobody") != 0 ||
            !getgrgid(65534) || strcmp(getgrgid(65534)->gr_name, "nogroup") != 0 ||
            getpwuid(65535) || getgrgid(65535) || getpwuid(65533))
                skip(); /* needs Debian's nobody/nogroup and 65533, 65535 free */
        cfg = cfg_range(65500, 65560, s->state);
        snprintf(uids, sizeof(uids), "%s/uids", s->state);
        assert_int_equal(registry_held_elsewhere(false, 65534, NULL, holder, sizeof(holder)), 1);
        assert_string_equal(holder, "nobody");
        assert_int_equal(registry_held_elsewhere(true, 65534, NULL, holder, sizeof(holder)), 1);
        assert_string_equal(holder, "nogroup");
        assert_int_equal(registry_held_elsewhere(false, 65533, NULL, holder, sizeof(holder)), 0);
        assert_string_equal(holder, "");
        /* An entry of the very name the number is for is that account. */
        assert_int_equal(registry_held_elsewhere(false, 65534, "nobody", holder,
                                                 sizeof(holder)), 0);
        assert_int_equal(registry_held_elsewhere(false, 65534, "nobodz", holder,
                                                 sizeof(holder)), 1);
        assert_int_equal(registry_held_elsewhere(true, 65534, "nogroup", holder,
                                                 sizeof(holder)), 0);

        /* An account whose first choice is nobody's UID: refused, dry run or
         * not, naming the holder and the fix; nothing is written. */
        assert_true(aim(cfg, "demo", 65534, aimed.sa, sizeof(aimed.sa)));
        assert_int_not_equal(registry_first_choice(cfg, "demo", NULL), 65534);
        for (int commit = 0; commit < 2; commit++) {
                assert_int_equal(registry_bind(cfg, &aimed, "uid-1", 0, commit, &uid, why,
                                               sizeof(why)), REGISTRY_COLLISION);
                assert_int_equal(uid, 0);
                if (!strstr(why, "UID 65534 is held by user nobody of another NSS source") ||
                    !strstr(why, "'k8s-login pin demo_") || !strstr(why, " NUMBER'"))
                        fail_msg("why: %s", why);
                assert_int_equal(access(uids, F_OK), -1);
        }
        /* The host saw the name at nobody's UID (a files user in range of
         * the same name): the same refusal. */
        snprintf(twin.sa, sizeof(twin.sa), "other");
        assert_int_equal(registry_bind(cfg, &twin, NULL, 65534, true, &uid, why, sizeof(why)),
                         REGISTRY_COLLISION);
        assert_non_null(strstr(why, "held by user nobody"));
        assert_int_equal(access(uids, F_OK), -1);
        /* The twin: a name whose first choice nobody holds logs in. */
        for (i = 0;; i++) {
                snprintf(twin.sa, sizeof(twin.sa), "twin-%d", i);
                got = registry_first_choice(cfg, "demo", twin.sa);
                if (got != 65534 && got != registry_first_choice(cfg, "demo", NULL))
                        break;
        }
        assert_int_equal(registry_bind(cfg, &twin, "uid-2", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(uid, got);
        reg = load_ok(s->state);
        assert_int_equal(reg->n, 2);
        assert_null(registry_find_user(reg, &aimed));
        assert_null(registry_find_id(reg, 65534));
        registry_free(reg);

        /* A namespace whose group's first choice is nogroup's GID. */
        for (i = 0;; i++) {
                snprintf(ns, sizeof(ns), "ns-%d", i);
                if (registry_first_choice(cfg, ns, NULL) == 65534 &&
                    registry_first_choice(cfg, ns, "x") != 65534)
                        break;
        }
        snprintf(grp.ns, sizeof(grp.ns), "%s", ns);
        assert_int_equal(registry_bind(cfg, &grp, "uid-3", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_COLLISION);
        if (!strstr(why, "GID 65534 is held by group nogroup of another NSS source") ||
            !strstr(why, "'k8s-login pin --group k8s_ns-"))
                fail_msg("why: %s", why);
        reg = load_ok(s->state);
        assert_int_equal(reg->n, 2); /* neither the account nor the group */
        registry_free(reg);

        /* pin refuses a number held elsewhere, and its probe walks past it. */
        assert_int_equal(registry_pin(cfg, "demo", aimed.sa, 65534, &got, why, sizeof(why)),
                         REGISTRY_COLLISION);
        assert_non_null(strstr(why, "UID 65534 is held by user nobody of another NSS source"));
        assert_int_equal(registry_pin(cfg, ns, NULL, 65534, &got, why, sizeof(why)),
                         REGISTRY_COLLISION);
        assert_non_null(strstr(why, "GID 65534 is held by group nogroup"));
        reg = load_ok(s->state);
        for (uid = 65535; registry_find_id(reg, uid); uid++)
                ;
        registry_free(reg);
        assert_false(getpwuid(uid));
        assert_int_equal(registry_pin(cfg, "demo", aimed.sa, 0, &got, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(got, uid); /* the next free number after 65534 */
        /* and the pinned account now logs in with its pinned number */
        pinned = got;
        assert_int_equal(registry_pin(cfg, ns, NULL, 0, &got, why, sizeof(why)), REGISTRY_OK);
        assert_int_not_equal(got, 65534);
        assert_int_equal(registry_bind(cfg, &aimed, "uid-1", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(uid, pinned);
        config_free(cfg);
}

static void test_pin_explicit(void **state)
{
        struct scratch *s = *state;
        struct config *cfg;
        char why[K8S_ERR_MAX];
        uint32_t got;

        NEED_ROOT();
        cfg = cfg_range(5000, 5010, s->state);
        assert_int_equal(registry_pin(cfg, "demo", "a", 5007, &got, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(got, 5007);
        assert_int_equal(registry_pin(cfg, "demo", "b", 5007, &got, why, sizeof(why)),
                         REGISTRY_COLLISION);
        assert_string_equal(why, "5007 is held by demo/a");
        /* all_group's number and numbers outside the range are never pinned. */
        assert_int_equal(registry_pin(cfg, "demo", "b", 5000, &got, why, sizeof(why)),
                         REGISTRY_COLLISION);
        assert_string_equal(why, "5000 is outside 5001..5010 (uid_min+1..uid_max)");
        assert_int_equal(registry_pin(cfg, "demo", "b", 5011, &got, why, sizeof(why)),
                         REGISTRY_COLLISION);
        /* A group can be pinned on its own. */
        assert_int_equal(registry_pin(cfg, "ci", NULL, 5002, &got, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(got, 5002);
        config_free(cfg);
}

/* Hundreds of accounts in a range far too small: every allocation that
 * succeeds is distinct, name -> UID -> name round trips, and the rest
 * are refused, never doubled up. */
static void test_tiny_range_round_trips(void **state)
{
        struct scratch *s = *state;
        struct config *cfg;
        struct registry *reg;
        char why[K8S_ERR_MAX];
        size_t ok = 0, full = 0;

        NEED_ROOT();
        cfg = cfg_range(5000, 5200, s->state);
        for (int i = 0; i < 300; i++) {
                char sa[32];
                uint32_t got;
                enum registry_status st;
                snprintf(sa, sizeof(sa), "sa-%d", i);
                st = registry_pin(cfg, i % 3 ? "demo" : "ci", sa, 0, &got, why, sizeof(why));
                if (st == REGISTRY_OK)
                        ok++;
                else if (st == REGISTRY_COLLISION && strstr(why, "no free number left"))
                        full++;
                else
                        fail_msg("sa-%d: status %d: %s", i, st, why);
        }
        /* 200 numbers: two namespace groups and 198 accounts. */
        assert_int_equal(ok, 198);
        assert_int_equal(full, 102);
        reg = load_ok(s->state);
        assert_int_equal(reg->n, 200);
        for (size_t i = 0; i < reg->n; i++) {
                const struct registry_entry *e = reg->by_id[i];
                struct names_identity id;
                uint32_t uid;
                assert_true(e->id > 5000 && e->id <= 5200);
                if (i > 0)
                        assert_true(reg->by_id[i - 1]->id < e->id);
                if (e->kind != REGISTRY_USER)
                        continue;
                strcpy(id.ns, e->ns);
                strcpy(id.sa, e->sa);
                assert_int_equal(registry_user_uid(cfg, reg, &id, &uid), 1);
                assert_int_equal(uid, e->id);
                assert_ptr_equal(registry_find_id(reg, uid), e);
        }
        registry_free(reg);
        config_free(cfg);
}

static void test_recreated(void **state)
{
        struct scratch *s = *state;
        struct config *cfg;
        struct names_identity id = { "demo", "debugger" };
        struct registry *reg;
        char why[K8S_ERR_MAX];
        uint32_t uid, first, fresh;

        NEED_ROOT();
        cfg = cfg_range(5000, 5100, s->state);
        assert_int_equal(registry_bind(cfg, &id, "uid-1", 0, true, &first, why, sizeof(why)),
                         REGISTRY_OK);
        /* Deleted and created again: another Kubernetes UID. */
        assert_int_equal(registry_bind(cfg, &id, "uid-2", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_RECREATED);
        assert_non_null(strstr(why, "service account demo/debugger was recreated (Kubernetes "
                                    "UID uid-2, UID"));
        assert_non_null(strstr(why, "'k8s-login rebind demo_debugger'"));
        /* No Kubernetes UID at all cannot prove it is the same account. */
        assert_int_equal(registry_bind(cfg, &id, "", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_RECREATED);
        /* The original still logs in. */
        assert_int_equal(registry_bind(cfg, &id, "uid-1", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(uid, first);
        /* allow_recreated lets the newcomer in, on the old UID, and says so. */
        cfg->allow_recreated = true;
        assert_int_equal(registry_bind(cfg, &id, "uid-2", 0, false, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(uid, first);
        assert_non_null(strstr(why, "allow_recreated = yes keeps UID"));
        cfg->allow_recreated = false;
        /* rebind: the next login records its own Kubernetes UID. */
        assert_int_equal(registry_rebind(cfg, &id, why, sizeof(why)), REGISTRY_OK);
        assert_int_equal(registry_bind(cfg, &id, "uid-2", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(uid, first);
        assert_int_equal(registry_bind(cfg, &id, "uid-1", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_RECREATED);
        /* release: a fresh number; the old one is retired, never reused. */
        assert_int_equal(registry_release(cfg, &id, &fresh, why, sizeof(why)), REGISTRY_OK);
        assert_int_not_equal(fresh, first);
        assert_int_equal(registry_bind(cfg, &id, "uid-3", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(uid, fresh);
        reg = load_ok(s->state);
        assert_int_equal(registry_find_id(reg, first)->kind, REGISTRY_RETIRED);
        registry_free(reg);
        assert_int_equal(registry_pin(cfg, "demo", "someone", first, &uid, why, sizeof(why)),
                         REGISTRY_COLLISION);
        assert_non_null(strstr(why, "a retired number (was demo/debugger)"));
        /* Nothing to rebind or release for a name never allocated. */
        strcpy(id.sa, "never");
        assert_int_equal(registry_rebind(cfg, &id, why, sizeof(why)), REGISTRY_NOT_FOUND);
        assert_int_equal(registry_release(cfg, &id, &uid, why, sizeof(why)),
                         REGISTRY_NOT_FOUND);
        config_free(cfg);
}

static void write_file(const char *path, const char *text, mode_t mode)
{
        FILE *f = fopen(path, "w");

        assert_non_null(f);
        fputs(text, f);
        assert_int_equal(fclose(f), 0);
        assert_int_equal(chmod(path, mode), 0);
}

/* Any doubt about the registry is a refusal, never a fresh allocation. */
static void test_untrusted(void **state)
{
        struct scratch *s = *state;
        struct config *cfg;
        struct names_identity id = { "demo", "a" };
        struct registry *reg;
        char why[K8S_ERR_MAX], path[160];
        uint32_t uid;

        NEED_ROOT();
        cfg = cfg_range(5000, 5100, s->state);
        assert_int_equal(mkdir(s->state, 0755), 0);
        snprintf(path, sizeof(path), "%s/uids", s->state);
        /* corrupt */
        write_file(path, "u 5001 demo a - 1\ngarbage\n", 0644);
        assert_int_equal(registry_load(s->state, &reg, NULL, why, sizeof(why)), -1);
        assert_null(reg);
        assert_non_null(strstr(why, "line 2: malformed entry"));
        assert_int_equal(registry_bind(cfg, &id, NULL, 0, true, &uid, why, sizeof(why)),
                         REGISTRY_ERROR);
        assert_int_equal(registry_pin(cfg, "demo", "a", 0, &uid, why, sizeof(why)),
                         REGISTRY_ERROR);
        /* the twin: the same file made well-formed is trusted */
        write_file(path, "u 5001 demo a - 1\n", 0644);
        assert_int_equal(registry_bind(cfg, &id, NULL, 0, true, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(uid, 5001);
        /* writable by others */
        assert_int_equal(chmod(path, 0666), 0);
        assert_int_equal(registry_bind(cfg, &id, NULL, 0, false, &uid, why, sizeof(why)),
                         REGISTRY_ERROR);
        assert_non_null(strstr(why, "writable by group or others"));
        assert_int_equal(chmod(path, 0644), 0);
        /* owned by someone else */
        assert_int_equal(chown(path, 65534, 0), 0);
        assert_int_equal(registry_bind(cfg, &id, NULL, 0, false, &uid, why, sizeof(why)),
                         REGISTRY_ERROR);
        assert_non_null(strstr(why, "not owned by root"));
        assert_int_equal(chown(path, 0, 0), 0);
        /* a directory others can write to */
        assert_int_equal(chmod(s->state, 0777), 0);
        assert_int_equal(registry_bind(cfg, &id, NULL, 0, false, &uid, why, sizeof(why)),
                         REGISTRY_ERROR);
        assert_non_null(strstr(why, "writable by group or others"));
        assert_int_equal(chmod(s->state, 0755), 0);
        /* a symbolic link in place of the registry */
        assert_int_equal(rename(path, "/tmp/k8s-registry-test-moved"), 0);
        assert_int_equal(symlink("/tmp/k8s-registry-test-moved", path), 0);
        assert_int_equal(registry_bind(cfg, &id, NULL, 0, false, &uid, why, sizeof(why)),
                         REGISTRY_ERROR);
        assert_int_equal(unlink(path), 0);
        assert_int_equal(unlink("/tmp/k8s-registry-test-moved"), 0);
        /* a temporary file left by a crash is never read as the registry */
        write_file(path, "u 5001 demo a - 1\n", 0644);
        snprintf(path, sizeof(path), "%s/.uids.crash1", s->state);
        write_file(path, "half a line", 0644);
        strcpy(id.sa, "b");
        assert_int_equal(registry_bind(cfg, &id, NULL, 0, true, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        reg = load_ok(s->state);
        assert_int_equal(reg->n, 3); /* a, b and their group */
        registry_free(reg);
        config_free(cfg);
}

/* Many processes allocating at once lose nothing and share nothing. */
static void test_concurrent_pins(void **state)
{
        struct scratch *s = *state;
        struct config *cfg;
        struct registry *reg;
        enum { PROCS = 50 };
        pid_t pids[PROCS];
        size_t users = 0;

        NEED_ROOT();
        cfg = cfg_range(5000, 6000, s->state);
        for (int i = 0; i < PROCS; i++) {
                pids[i] = fork();
                assert_true(pids[i] >= 0);
                if (pids[i] == 0) {
                        char sa[32], why[K8S_ERR_MAX];
                        uint32_t got;
                        snprintf(sa, sizeof(sa), "job-%d", i);
                        _exit(registry_pin(cfg, "batch", sa, 0, &got, why, sizeof(why)) ==
                              REGISTRY_OK ? 0 : 1);
                }
        }
        for (int i = 0; i < PROCS; i++) {
                int status;
                assert_int_equal(waitpid(pids[i], &status, 0), pids[i]);
                assert_true(WIFEXITED(status));
                assert_int_equal(WEXITSTATUS(status), 0);
        }
        reg = load_ok(s->state);
        for (size_t i = 0; i < reg->n; i++)
                users += reg->e[i].kind == REGISTRY_USER;
        assert_int_equal(users, PROCS);
        assert_int_equal(reg->n, PROCS + 1); /* and the group of batch */
        registry_free(reg);
        config_free(cfg);
}

/* Readers cache the registry by stat: every rewrite, however quick and
 * whatever its size, must look different. */
static void test_rewrites_always_look_changed(void **state)
{
        struct scratch *s = *state;
        struct config *cfg;
        struct names_identity id = { "demo", "a" };
        char why[K8S_ERR_MAX], path[160];
        struct stat before, after;
        uint32_t uid;

        NEED_ROOT();
        cfg = cfg_range(5000, 5100, s->state);
        cfg->allow_recreated = true;
        snprintf(path, sizeof(path), "%s/uids", s->state);
        assert_int_equal(registry_bind(cfg, &id, "uid-0", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        for (int i = 1; i <= 20; i++) {
                char sa_uid[16];
                /* An old file stamped later than now (a clock step back, or
                 * two writes in one tick) is still followed by a later one. */
                struct timespec t[2] = { { 0, UTIME_OMIT }, { time(NULL) + 3600, 5 } };
                assert_int_equal(utimensat(AT_FDCWD, path, t, 0), 0);
                assert_int_equal(stat(path, &before), 0);
                snprintf(sa_uid, sizeof(sa_uid), "uid-%d", i % 10);
                assert_int_equal(registry_bind(cfg, &id, sa_uid, 0, true, &uid, why,
                                               sizeof(why)), REGISTRY_OK);
                assert_int_equal(stat(path, &after), 0);
                /* Same size each time; the mtime alone must tell. */
                assert_int_equal(after.st_size, before.st_size);
                if (!(after.st_mtim.tv_sec > before.st_mtim.tv_sec ||
                      (after.st_mtim.tv_sec == before.st_mtim.tv_sec &&
                       after.st_mtim.tv_nsec > before.st_mtim.tv_nsec)))
                        fail_msg("rewrite %d kept mtime %lld.%09ld", i,
                                 (long long)after.st_mtim.tv_sec, after.st_mtim.tv_nsec);
        }
        config_free(cfg);
}

/* ---- the companion index (uids.idx) ------------------------------------- */

/* A registry of 3 namespaces x 10 accounts, bound as logins bind them. */
static struct config *bound_registry(const struct scratch *s)
{
        struct config *cfg = cfg_range(5000, 6000, s->state);
        static const char *const nss[] = { "alpha", "beta", "gamma" };

        for (int n = 0; n < 3; n++)
                for (int i = 0; i < 10; i++) {
                        struct names_identity id;
                        char why[K8S_ERR_MAX], sa_uid[40];
                        uint32_t uid;
                        snprintf(id.ns, sizeof(id.ns), "%s", nss[n]);
                        snprintf(id.sa, sizeof(id.sa), "sa%d", i);
                        snprintf(sa_uid, sizeof(sa_uid), "uid-%d-%d", n, i);
                        assert_int_equal(registry_bind(cfg, &id, sa_uid, 0, true, &uid, why,
                                                       sizeof(why)), REGISTRY_OK);
                }
        return cfg;
}

static void index_path(const struct scratch *s, char *buf, size_t len)
{
        snprintf(buf, len, "%s/" REGISTRY_INDEX_FILE, s->state);
}

/* Every question about the identities and numbers of a query gets the
 * answer the whole registry gives, or (wrong) only when strict is false:
 * then an answer may be missing, but never another holder's. Returns the
 * number of rows that differed. */
static int compare_with_whole(const struct config *cfg, const struct registry_index *ix,
                              const struct registry *full, bool strict)
{
        static const char *const nss[] = { "alpha", "beta", "gamma", "delta" };
        int bad = 0, differed = 0;

        for (int n = 0; n < 4; n++)
                for (int i = 0; i < 12; i++) {
                        struct names_identity id;
                        struct registry_query q = { &id, NULL, false, 0 };
                        struct registry *part = NULL;
                        uint32_t a = 0, b = 0;
                        int ha, hb;
                        snprintf(id.ns, sizeof(id.ns), "%s", nss[n]);
                        snprintf(id.sa, sizeof(id.sa), "sa%d", i);
                        if (registry_index_query(cfg, ix, &q, &part) < 0) {
                                ROW_CHECK(bad, !strict, "%s/%s: query failed", id.ns, id.sa);
                                differed++;
                                continue;
                        }
                        ha = registry_user_uid(cfg, full, &id, &a);
                        hb = registry_user_uid(cfg, part, &id, &b);
                        if (ha != hb || a != b) {
                                differed++;
                                ROW_CHECK(bad, !strict, "%s/%s: %d/%u through the index, %d/%u "
                                          "whole", id.ns, id.sa, hb, b, ha, a);
                                /* Never another allocation's number. */
                                ROW_CHECK(bad, hb != 1 || !registry_find_id(full, b) ||
                                          registry_find_id(full, b) == registry_find_user(full, &id),
                                          "%s/%s: given another holder's number %u", id.ns, id.sa, b);
                        }
                        ha = registry_group_gid(cfg, full, id.ns, &a);
                        hb = registry_group_gid(cfg, part, id.ns, &b);
                        if (ha != hb || a != b) {
                                differed++;
                                ROW_CHECK(bad, !strict, "group %s: %d/%u through the index, %d/%u",
                                          id.ns, hb, b, ha, a);
                        }
                        registry_free(part);
                }
        for (uint32_t num = 4999; num <= 6001; num++) {
                struct registry_query q = { NULL, NULL, true, num };
                const struct registry_entry *w = registry_find_id(full, num), *p;
                struct registry *part = NULL;
                if (registry_index_query(cfg, ix, &q, &part) < 0) {
                        ROW_CHECK(bad, !strict, "number %u: query failed", num);
                        differed++;
                        continue;
                }
                p = registry_find_id(part, num);
                if (!w != !p || (w && (w->kind != p->kind || strcmp(w->ns, p->ns) ||
                                       strcmp(w->sa, p->sa)))) {
                        differed++;
                        ROW_CHECK(bad, !strict && !p, "number %u: another holder through the index",
                                  num);
                } else if (w && w->kind == REGISTRY_GROUP) {
                        size_t mw = 0, mp = 0;
                        for (size_t i = 0; i < full->n; i++)
                                mw += full->e[i].kind == REGISTRY_USER && !strcmp(full->e[i].ns, w->ns);
                        for (size_t i = 0; i < part->n; i++)
                                mp += part->e[i].kind == REGISTRY_USER && !strcmp(part->e[i].ns, w->ns);
                        if (mw != mp)
                                differed++;
                        ROW_CHECK(bad, !strict || mw == mp, "group %u: %zu members through the "
                                  "index, %zu whole", num, mp, mw);
                }
                registry_free(part);
        }
        assert_int_equal(bad, 0);
        return differed;
}

static void test_index_answers_as_the_registry(void **state)
{
        struct scratch *s = *state;
        struct registry_index ix;
        struct registry *full;
        struct config *cfg;
        char path[160], err[K8S_ERR_MAX];
        struct stat st;

        NEED_ROOT();
        cfg = bound_registry(s);
        index_path(s, path, sizeof(path));
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_mode & 07777, 0644);
        assert_int_equal(st.st_uid, 0);
        assert_int_equal(registry_index_open(s->state, &ix, err, sizeof(err)), 0);
        assert_int_equal(ix.n, 33); /* 30 accounts, 3 groups */
        full = load_ok(s->state);
        assert_int_equal(compare_with_whole(cfg, &ix, full, true), 0);
        registry_index_close(&ix);
        registry_free(full);
        config_free(cfg);
}

/* An index of another registry (edited by hand since) is not used, and
 * the next writer rebuilds it. */
static void test_index_stale_ignored_and_rebuilt(void **state)
{
        struct scratch *s = *state;
        struct names_identity id = { "alpha", "sa3" };
        struct registry_index ix;
        struct config *cfg;
        char path[160], err[K8S_ERR_MAX], why[K8S_ERR_MAX];
        uint32_t uid, want;
        FILE *f;

        NEED_ROOT();
        cfg = bound_registry(s);
        {
                struct registry *full = load_ok(s->state);
                want = registry_find_user(full, &id)->id;
                registry_free(full);
        }
        snprintf(path, sizeof(path), "%s/" REGISTRY_FILE, s->state);
        assert_non_null(f = fopen(path, "a"));
        fputs("u 5999 alpha hand-made - 1700000000\n", f);
        assert_int_equal(fclose(f), 0);
        assert_int_equal(registry_index_open(s->state, &ix, err, sizeof(err)), -1);
        /* Logins still bind (through the whole registry), and rebuild it. */
        assert_int_equal(registry_bind(cfg, &id, "uid-0-3", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(uid, want);
        assert_int_equal(registry_index_open(s->state, &ix, err, sizeof(err)), 0);
        assert_int_equal(ix.n, 34);
        {
                struct names_identity hand = { "alpha", "hand-made" };
                struct registry_query q = { &hand, NULL, false, 0 };
                struct registry *part = NULL;
                assert_int_equal(registry_index_query(cfg, &ix, &q, &part), 0);
                assert_non_null(registry_find_user(part, &hand));
                assert_int_equal(registry_find_user(part, &hand)->id, 5999);
                registry_free(part);
        }
        registry_index_close(&ix);
        config_free(cfg);
}

/* An index that points to the wrong lines (forged, or a bug) makes
 * entries look absent, never another's; logins still get their own
 * number. One that points outside the file is not used at all. */
static void test_index_wrong_offsets(void **state)
{
        struct scratch *s = *state;
        struct names_identity id = { "beta", "sa7" };
        struct registry_index ix;
        struct registry *full;
        struct config *cfg;
        char path[160], err[K8S_ERR_MAX], why[K8S_ERR_MAX];
        unsigned char *buf;
        uint32_t n, uid;
        struct stat st;
        int fd;

        NEED_ROOT();
        cfg = bound_registry(s);
        full = load_ok(s->state);
        index_path(s, path, sizeof(path));
        assert_int_equal(stat(path, &st), 0);
        buf = malloc((size_t)st.st_size);
        fd = open(path, O_RDWR);
        assert_true(fd >= 0);
        assert_int_equal(pread(fd, buf, (size_t)st.st_size, 0), st.st_size);
        memcpy(&n, buf + 56, 4);
        assert_int_equal(n, 33);
        /* Every key points to the first key's line, and each number to
         * the line of the next one. (In place: the header still matches.) */
        for (uint32_t i = 1; i < n; i++)
                memcpy(buf + REGISTRY_INDEX_HEAD + i * 4, buf + REGISTRY_INDEX_HEAD, 4);
        for (uint32_t i = 0; i + 1 < n; i += 2) {
                unsigned char *a = buf + REGISTRY_INDEX_HEAD + n * 4 + i * 8 + 4, t[4];
                memcpy(t, a, 4);
                memcpy(a, a + 8, 4);
                memcpy(a + 8, t, 4);
        }
        assert_int_equal(pwrite(fd, buf, (size_t)st.st_size, 0), st.st_size);
        assert_int_equal(registry_index_open(s->state, &ix, err, sizeof(err)), 0);
        assert_true(compare_with_whole(cfg, &ix, full, false) > 0);
        registry_index_close(&ix);
        assert_int_equal(registry_bind(cfg, &id, "uid-1-7", 0, true, &uid, why, sizeof(why)),
                         REGISTRY_OK);
        assert_int_equal(uid, registry_find_user(full, &id)->id);
        /* Offsets past the end of the registry: the query refuses. */
        memset(buf + REGISTRY_INDEX_HEAD, 0xee, (size_t)n * 12);
        assert_int_equal(pwrite(fd, buf, (size_t)st.st_size, 0), st.st_size);
        assert_int_equal(registry_index_open(s->state, &ix, err, sizeof(err)), 0);
        {
                struct registry_query q = { &id, NULL, false, 0 };
                struct registry *part = NULL;
                assert_int_equal(registry_index_query(cfg, &ix, &q, &part), -1);
                assert_null(part);
        }
        registry_index_close(&ix);
        close(fd);
        free(buf);
        registry_free(full);
        config_free(cfg);
}

/* An index that is not root's 0644 regular file is not used. */
static void test_index_untrusted(void **state)
{
        struct scratch *s = *state;
        struct registry_index ix;
        struct config *cfg;
        char path[160], moved[200], err[K8S_ERR_MAX];

        NEED_ROOT();
        cfg = bound_registry(s);
        index_path(s, path, sizeof(path));
        snprintf(moved, sizeof(moved), "%s.moved", path);
        assert_int_equal(chmod(path, 0666), 0);
        assert_int_equal(registry_index_open(s->state, &ix, err, sizeof(err)), -1);
        assert_int_equal(chmod(path, 0644), 0);
        assert_int_equal(chown(path, 65534, 0), 0);
        assert_int_equal(registry_index_open(s->state, &ix, err, sizeof(err)), -1);
        assert_int_equal(chown(path, 0, 0), 0);
        assert_int_equal(rename(path, moved), 0);
        assert_int_equal(symlink(moved, path), 0);
        assert_int_equal(registry_index_open(s->state, &ix, err, sizeof(err)), -1);
        assert_int_equal(unlink(path), 0);
        assert_int_equal(rename(moved, path), 0);
        /* The twin: as written, it is used. */
        assert_int_equal(registry_index_open(s->state, &ix, err, sizeof(err)), 0);
        registry_index_close(&ix);
        config_free(cfg);
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test_setup_teardown(test_bind_per_cluster,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_bind_first_login,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_bind_adopts_what_the_host_sees,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_bind_collision,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_pin_explicit,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_bind_refuses_numbers_held_elsewhere,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_tiny_range_round_trips,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_recreated,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_untrusted,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_concurrent_pins,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_rewrites_always_look_changed,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_index_answers_as_the_registry,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_index_stale_ignored_and_rebuilt,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_index_wrong_offsets,
                                                scratch_setup, scratch_teardown),
                cmocka_unit_test_setup_teardown(test_index_untrusted,
                                                scratch_setup, scratch_teardown),
        };

        return cmocka_run_group_tests(tests, NULL, NULL);
}
