/* Unit tests for lib/auth/ledger.c: slices, the entry grammar, parsing what
 * the helper hands over, picking an identity's number, and the trust
 * rules a sync applies against the local registry. No network, no files. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "unit.h"
#include "ledger_fixture.h"

#include "k8s/config.h"
#include "k8s/ledger.h"
#include "k8s/registry.h"
#include "k8s/util.h"

static struct config *make_cfg(uint32_t min, uint32_t max)
{
        char text[512];
        struct config *cfg = NULL;
        char err[K8S_ERR_MAX];

        snprintf(text, sizeof(text), "validation = tokenreview\napi_server = https://k\n"
                 "reviewer_token_file = /t\naudiences = a\nallow_namespaces = *\n"
                 "uid_min = %u\nuid_max = %u\nuid_ledger = configmap\n", min, max);
        if (config_parse("/test.conf", text, &cfg, err, sizeof(err)) < 0)
                fail_msg("config: %s", err);
        return cfg;
}

/* ---- slices --------------------------------------------------------------- */

static void test_shards(void **state)
{
        struct config *cfg = make_cfg(CONFIG_DEFAULT_UID_MIN, CONFIG_DEFAULT_UID_MAX);
        struct ledger_shard s, t;
        unsigned n;
        (void)state;

        n = ledger_shard_count(cfg);
        assert_int_equal(n, LEDGER_SHARDS_MAX);
        ledger_shard_get(cfg, 0, &s);
        assert_int_equal(s.lo, CONFIG_DEFAULT_UID_MIN + 1);
        ledger_shard_get(cfg, n - 1, &t);
        assert_int_equal(t.hi, CONFIG_DEFAULT_UID_MAX);
        /* Slices tile the pool: each starts where the last ended. */
        for (unsigned i = 1; i < n; i++) {
                struct ledger_shard a, b;
                ledger_shard_get(cfg, i - 1, &a);
                ledger_shard_get(cfg, i, &b);
                assert_int_equal(a.hi + 1, b.lo);
        }
        /* Every number's slice holds it, and its name finds it back. */
        for (uint32_t x = CONFIG_DEFAULT_UID_MIN + 1; x < CONFIG_DEFAULT_UID_MAX - 7919;
             x += 1048573) {
                ledger_shard_of(cfg, x, &s);
                assert_true(s.lo <= x && x <= s.hi);
                assert_int_equal(ledger_shard_by_name(cfg, s.name, &t), 0);
                assert_int_equal(t.index, s.index);
        }
        ledger_shard_of(cfg, CONFIG_DEFAULT_UID_MAX, &s);
        assert_int_equal(s.index, n - 1);
        /* Names of another pool, or near misses, are not ours. */
        assert_int_equal(ledger_shard_by_name(cfg, "k8s-login-uids-5-6", &t), -1);
        ledger_shard_get(cfg, 3, &s);
        {
                char name[80];
                snprintf(name, sizeof(name), "%s0", s.name);
                assert_int_equal(ledger_shard_by_name(cfg, name, &t), -1);
                snprintf(name, sizeof(name), LEDGER_SHARD_PREFIX "0%u-%u", s.lo, s.hi);
                assert_int_equal(ledger_shard_by_name(cfg, name, &t), -1);
                snprintf(name, sizeof(name), "other-%u-%u", s.lo, s.hi);
                assert_int_equal(ledger_shard_by_name(cfg, name, &t), -1);
        }
        config_free(cfg);

        /* A small pool is one slice, never slices of a few numbers. */
        cfg = make_cfg(70000, 70100);
        assert_int_equal(ledger_shard_count(cfg), 1);
        ledger_shard_get(cfg, 0, &s);
        assert_int_equal(s.lo, 70001);
        assert_int_equal(s.hi, 70100);
        assert_string_equal(s.name, "k8s-login-uids-70001-70100");
        config_free(cfg);
        cfg = make_cfg(70000, 70000 + 4 * LEDGER_SHARD_MIN + 5);
        assert_int_equal(ledger_shard_count(cfg), 4);
        config_free(cfg);
}

/* ---- the grammar ------------------------------------------------------------ */

struct value_row {
        const char *value;
        char kind;            /* 0: refused */
        const char *ns, *sa, *uid;
};

static void test_values(void **state)
{
        static const struct value_row rows[] = {
                { "user demo/debugger uid=3f1c-9a since=1700000000", 'u', "demo", "debugger", "3f1c-9a" },
                { "user demo/a.b-c uid=- since=0", 'u', "demo", "a.b-c", "" },
                { "group demo since=1", 'g', "demo", "", "" },
                { "user demo/debugger uid=- since=1 extra", 0, 0, 0, 0 },
                { "user demo/debugger uid=-  since=1", 0, 0, 0, 0 },
                { " user demo/debugger uid=- since=1", 0, 0, 0, 0 },
                { "user demo/debugger uid=- since=1 ", 0, 0, 0, 0 },
                { "user demo debugger uid=- since=1", 0, 0, 0, 0 },
                { "user Demo/debugger uid=- since=1", 0, 0, 0, 0 },
                { "user demo/Debugger uid=- since=1", 0, 0, 0, 0 },
                { "user demo/debugger uid=x!y since=1", 0, 0, 0, 0 },
                { "user demo/debugger uid= since=1", 0, 0, 0, 0 },
                { "user demo/debugger uid=- since=01", 0, 0, 0, 0 },
                { "user demo/debugger uid=- since=-1", 0, 0, 0, 0 },
                { "user demo/debugger since=1", 0, 0, 0, 0 },
                { "group demo uid=- since=1", 0, 0, 0, 0 },
                { "group demo/x since=1", 0, 0, 0, 0 },
                { "retired since=1", 0, 0, 0, 0 },
                { "retired since=1 reason=admin", 0, 0, 0, 0 },
                { "USER demo/debugger uid=- since=1", 0, 0, 0, 0 },
                { "", 0, 0, 0, 0 },
        };
        int bad = 0;
        (void)state;

        for (size_t i = 0; i < N(rows); i++) {
                struct ledger_entry e;
                char why[K8S_ERR_MAX], back[LEDGER_VALUE_MAX + 1];
                int r;
                memset(&e, 0, sizeof(e));
                r = ledger_parse_value(rows[i].value, &e, why, sizeof(why));
                ROW_CHECK(bad, (r == 0) == (rows[i].kind != 0), "row %zu '%s': got %d (%s)", i,
                          rows[i].value, r, why);
                if (r != 0 || !rows[i].kind)
                        continue;
                ROW_CHECK(bad, e.kind == rows[i].kind && !strcmp(e.ns, rows[i].ns) &&
                          !strcmp(e.sa, rows[i].sa) && !strcmp(e.sa_uid, rows[i].uid),
                          "row %zu: fields", i);
                /* What is parsed formats back to the very same text. */
                ROW_CHECK(bad, ledger_format_value(&e, back, sizeof(back)) == 0 &&
                          !strcmp(back, rows[i].value), "row %zu: formats as '%s'", i, back);
        }
        assert_int_equal(bad, 0);
}

static void test_retired_values(void **state)
{
        static const struct { const char *v; int r; bool rec; } rows[] = {
                { "retired since=5 reason=admin", 0, false },
                { "retired since=5 reason=recreated", 0, true },
                { "retired since=5", -1, false },
                { "retired since=5 reason=other", -1, false },
                { "retired since=05 reason=admin", -1, false },
                { "retired  since=5 reason=admin", -1, false },
                { "retired since=5 reason=admin ", -1, false },
                { "retired reason=admin since=5", -1, false },
        };
        int bad = 0;
        (void)state;

        for (size_t i = 0; i < N(rows); i++) {
                long long since;
                bool rec;
                int r = ledger_parse_retired(rows[i].v, &since, &rec);
                ROW_CHECK(bad, r == rows[i].r && (r < 0 || (since == 5 && rec == rows[i].rec)),
                          "row %zu '%s': got %d", i, rows[i].v, r);
        }
        assert_int_equal(bad, 0);
}

/* ---- parsing the helper's text ------------------------------------------------ */

static struct ledger *parse(const struct config *cfg, const char *text)
{
        struct ledger *l = NULL;
        char err[K8S_ERR_MAX];

        if (ledger_parse(cfg, text, &l, err, sizeof(err)) < 0)
                fail_msg("ledger_parse: %s", err);
        return l;
}

static bool has_problem(const struct ledger *l, const char *part)
{
        for (size_t i = 0; i < l->n_problems; i++)
                if (strstr(l->problems[i], part))
                        return true;
        return false;
}

static void test_parse(void **state)
{
        struct config *cfg = make_cfg(70000, 70100);
        struct ledger *l;
        const struct ledger_entry *e;
        char err[K8S_ERR_MAX];
        (void)state;

        l = parse(cfg, LEDGER_MIXED_HEAD
                       "70006.retired retired since=5\n"
                       LEDGER_MIXED_TAIL
                       "shard unrelated-configmap 3\n"
                       "foo bar\n");
        assert_int_equal(l->n, 4);
        e = ledger_find(l, 70005);
        assert_non_null(e);
        assert_string_equal(e->sa, "a");
        assert_false(e->retired);
        e = ledger_find(l, 70007);
        assert_true(e && e->retired && e->retired_since == 5);
        /* Malformed: refused, but its number stays taken. */
        e = ledger_find(l, 70008);
        assert_true(e && e->malformed);
        assert_true(has_problem(l, "key 70008: malformed"));
        /* Outside its slice: ignored, said so. */
        assert_null(ledger_find(l, 70200));
        assert_true(has_problem(l, "70200 lies outside this slice"));
        assert_true(has_problem(l, "70009.retired: retires a number that has no entry"));
        assert_true(has_problem(l, "key hello: not a number"));
        /* A malformed retirement still retires: never given again. */
        assert_true(ledger_find(l, 70006)->retired);
        assert_true(has_problem(l, "key 70006.retired: malformed"));
        assert_true(has_problem(l, "k8s-login-uids-1-99 is not a slice"));
        /* An unrelated ConfigMap of the namespace is no problem at all. */
        assert_false(has_problem(l, "unrelated"));
        assert_int_equal(l->n_problems, 6);
        ledger_free(l);

        /* The framing itself is all or nothing. */
        assert_int_equal(ledger_parse(cfg, "70005 user demo/a uid=- since=1\n", &l, err,
                                      sizeof(err)), -1);
        assert_non_null(strstr(err, "before any shard"));
        assert_int_equal(ledger_parse(cfg, "shard k8s-login-uids-70001-70100 1\n70005", &l,
                                      err, sizeof(err)), -1);
        assert_int_equal(ledger_parse(cfg, "shard k8s-login-uids-70001-70100 1\n"
                                      "70005 group demo since=1\n"
                                      "shard k8s-login-uids-70001-70100 1\n"
                                      "70005 group ci since=1\n", &l, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "70005 given twice"));
        l = parse(cfg, "");
        assert_int_equal(l->n, 0);
        ledger_free(l);
        config_free(cfg);
}

/* ---- picking an identity's number --------------------------------------------- */

static void test_pick(void **state)
{
        struct config *cfg = make_cfg(70000, 70100);
        const struct ledger_entry *e;
        char why[K8S_ERR_MAX];
        struct ledger *l;
        (void)state;

        l = parse(cfg, "shard k8s-login-uids-70001-70100 1\n"
                       "70010 user demo/a uid=0dd since=1\n"
                       "70010.retired retired since=2 reason=recreated\n"
                       "70011 user demo/a uid=bbb since=2\n"
                       "70012 user demo/b uid=- since=1\n"
                       "70013 user demo/c uid=c1 since=1\n"
                       "70014 user demo/c uid=c2 since=1\n"
                       "70015 group demo since=1\n"
                       "70016 group ci since=1\n"
                       "70017 group ci since=2\n"
                       "70018 user demo/d uid=d1 since=1\n"
                       "70019 user demo/e uid=ee since=1\n"
                       "70019.retired retired since=2 reason=admin\n");
        /* A recreated account: the retired number never counts. */
        assert_int_equal(ledger_pick(l, "demo", "a", "bbb", &e, why, sizeof(why)),
                         LEDGER_PICK_FOUND);
        assert_int_equal(e->n, 70011);
        assert_int_equal(ledger_pick(l, "demo", "a", NULL, &e, why, sizeof(why)),
                         LEDGER_PICK_FOUND);
        assert_int_equal(e->n, 70011);
        /* ... and yet another incarnation needs a new number. */
        assert_int_equal(ledger_pick(l, "demo", "a", "ccc", &e, why, sizeof(why)),
                         LEDGER_PICK_NONE);
        /* The old incarnation's token (a key set still verifies it) never
         * takes a number again ... */
        assert_int_equal(ledger_pick(l, "demo", "a", "0dd", &e, why, sizeof(why)),
                         LEDGER_PICK_CONFLICT);
        assert_non_null(strstr(why, "was recreated since (its number 70010 is retired)"));
        /* ... while a number an administrator retired leaves the same
         * account free to take a new one. */
        assert_int_equal(ledger_pick(l, "demo", "e", "ee", &e, why, sizeof(why)),
                         LEDGER_PICK_NONE);
        /* An entry without a Kubernetes UID (pinned, imported) fits any. */
        assert_int_equal(ledger_pick(l, "demo", "b", "fff", &e, why, sizeof(why)),
                         LEDGER_PICK_FOUND);
        assert_int_equal(e->n, 70012);
        /* Two live numbers told apart by their UIDs: the login's wins ... */
        assert_int_equal(ledger_pick(l, "demo", "c", "c2", &e, why, sizeof(why)),
                         LEDGER_PICK_FOUND);
        assert_int_equal(e->n, 70014);
        /* ... without one, never guessed between. */
        assert_int_equal(ledger_pick(l, "demo", "c", NULL, &e, why, sizeof(why)),
                         LEDGER_PICK_CONFLICT);
        assert_null(e);
        assert_non_null(strstr(why, "more than one active number"));
        assert_int_equal(ledger_pick(l, "ci", NULL, NULL, &e, why, sizeof(why)),
                         LEDGER_PICK_CONFLICT);
        assert_int_equal(ledger_pick(l, "demo", NULL, NULL, &e, why, sizeof(why)),
                         LEDGER_PICK_FOUND);
        assert_int_equal(e->n, 70015);
        /* A recreated account whose old number is not retired yet: new. */
        assert_int_equal(ledger_pick(l, "demo", "d", "d2", &e, why, sizeof(why)),
                         LEDGER_PICK_NONE);
        assert_int_equal(ledger_pick(l, "demo", "nobody", "x", &e, why, sizeof(why)),
                         LEDGER_PICK_NONE);
        /* A group of the same namespace is not the account, and back. */
        assert_int_equal(ledger_pick(l, "ci", "x", NULL, &e, why, sizeof(why)),
                         LEDGER_PICK_NONE);
        ledger_free(l);
        config_free(cfg);
}

/* ---- the trust rules of a sync ---------------------------------------------- */

static struct registry *reg_of(const char *text)
{
        struct registry *reg = NULL;
        char err[K8S_ERR_MAX];

        if (registry_parse(strdup(text), &reg, err, sizeof(err)) < 0)
                fail_msg("registry_parse: %s", err);
        return reg;
}

/* Another NSS source holds 70030 (a files user) and 70031 (a group). */
static int fake_elsewhere(const struct config *cfg, const struct ledger_entry *e, void *ctx,
                          char *why, size_t whylen)
{
        (void)cfg;
        (void)ctx;
        if (e->n == 70030 || (e->n == 70031 && e->kind == REGISTRY_GROUP)) {
                util_fmt(why, whylen, "%u is held by local of another NSS source", e->n);
                return 1;
        }
        if (e->n == 70032) {
                util_fmt(why, whylen, "cannot tell");
                return -1;
        }
        return 0;
}

static const struct registry_change *change_for(const struct ledger_plan *p, uint32_t n,
                                                char op)
{
        for (size_t i = 0; i < p->n; i++)
                if (p->c[i].id == n && p->c[i].op == op)
                        return &p->c[i];
        return NULL;
}

static bool has_conflict(const struct ledger_plan *p, const char *part)
{
        for (size_t i = 0; i < p->n_conflicts; i++)
                if (strstr(p->conflicts[i], part))
                        return true;
        return false;
}

static void test_plan(void **state)
{
        struct config *cfg = make_cfg(70000, 70100);
        struct registry *reg;
        struct ledger *l;
        struct ledger_plan p;
        (void)state;

        reg = reg_of("u 70010 demo held 11 1\n"      /* agrees */
                     "g 70011 demo - - 1\n"          /* agrees */
                     "u 70012 demo changed 12 1\n"   /* ledger gives it to another */
                     "u 70013 demo gone - 1\n"       /* ledger lacks it */
                     "u 70014 demo newuid aa 1\n"    /* ledger has another UID */
                     "u 70015 demo bad - 1\n"        /* ledger's entry is malformed */
                     "u 70016 demo old 0a1 1\n"       /* retired there: retire here */
                     "u 70017 demo moved - 1\n"      /* ledger gives it another number */
                     "u 90000 demo outside - 1\n");  /* outside the pool: not judged */
        l = parse(cfg, "shard k8s-login-uids-70001-70100 1\n"
                       "70010 user demo/held uid=11 since=1\n"
                       "70011 group demo since=1\n"
                       "70012 user demo/thief uid=- since=1\n"
                       "70014 user demo/newuid uid=bb since=1\n"
                       "70015 user demo/bad since=1\n"
                       "70016 user demo/old uid=0a1 since=1\n"
                       "70016.retired retired since=9 reason=recreated\n"
                       "70018 user demo/old uid=0a2 since=9\n"
                       "70019 user demo/moved uid=- since=1\n"
                       "70020 user demo/fresh uid=f since=1\n"
                       "70021 user demo/gone2 uid=- since=1\n"
                       "70021.retired retired since=3 reason=admin\n"
                       "70022 group ci since=1\n"
                       "70023 user ci/twin uid=e1 since=1\n"
                       "70024 user ci/twin uid=e2 since=1\n"
                       "70030 user ci/shadowed uid=- since=1\n"
                       "70031 group shadowns since=1\n"
                       "70032 user ci/unsure uid=- since=1\n"
                       "70033 user ci/tampered uid=- since=1 x\n");
        assert_int_equal(ledger_plan_sync(cfg, l, reg, fake_elsewhere, NULL, &p), 0);
        /* Held here and unchanged: nothing to do. */
        assert_null(change_for(&p, 70010, 'a'));
        assert_null(change_for(&p, 70011, 'a'));
        /* Changed, lacking, another UID, malformed: the host keeps its own
         * and says so, naming the number. */
        assert_true(has_conflict(&p, "number 70012: the ledger changed it to account demo/thief"));
        assert_true(has_conflict(&p, "number 70013: held here by demo/gone, missing from the ledger"));
        assert_true(has_conflict(&p, "number 70014: the ledger changed it"));
        assert_true(has_conflict(&p, "number 70015: the ledger changed it to a malformed entry"));
        assert_int_equal(p.n_missing, 2); /* 70013, and 70017 below */
        /* Retired there: retired here, and the new incarnation recorded. */
        assert_non_null(change_for(&p, 70016, 'r'));
        assert_non_null(change_for(&p, 70018, 'a'));
        assert_int_equal(change_for(&p, 70018, 'a')->kind, REGISTRY_USER);
        /* Another number for an identity held here: refused, never moved. */
        assert_true(has_conflict(&p, "number 70019: the ledger gives it to account demo/moved"));
        assert_null(change_for(&p, 70019, 'a'));
        /* New identities are recorded; retired numbers too, as retired. */
        assert_non_null(change_for(&p, 70020, 'a'));
        assert_int_equal(change_for(&p, 70021, 'a')->kind, REGISTRY_RETIRED);
        assert_int_equal(change_for(&p, 70022, 'a')->kind, REGISTRY_GROUP);
        /* Two live numbers for one account: neither recorded. */
        assert_null(change_for(&p, 70023, 'a'));
        assert_null(change_for(&p, 70024, 'a'));
        assert_true(has_conflict(&p, "more than one active number"));
        /* Held by another NSS source, or cannot tell: refused. */
        assert_null(change_for(&p, 70030, 'a'));
        assert_true(has_conflict(&p, "number 70030 for account ci/shadowed (uid=-): 70030 is held by"));
        assert_null(change_for(&p, 70031, 'a'));
        assert_true(has_conflict(&p, "number 70031 for the group of namespace shadowns"));
        assert_null(change_for(&p, 70032, 'a'));
        assert_true(has_conflict(&p, "cannot tell"));
        /* Malformed and not held here: its problem is the parser's. */
        assert_null(change_for(&p, 70033, 'a'));
        assert_true(has_problem(l, "key 70033: malformed"));
        /* Nothing else. */
        assert_int_equal(p.n, 5);
        assert_int_equal(p.n_conflicts, 11);
        ledger_plan_clear(&p);

        /* The negative twin: a ledger that agrees plans nothing. */
        ledger_free(l);
        registry_free(reg);
        reg = reg_of("u 70010 demo held 11 1\ng 70011 demo - - 1\n");
        l = parse(cfg, "shard k8s-login-uids-70001-70100 1\n"
                       "70010 user demo/held uid=11 since=1\n"
                       "70011 group demo since=1\n");
        assert_int_equal(ledger_plan_sync(cfg, l, reg, fake_elsewhere, NULL, &p), 0);
        assert_int_equal(p.n, 0);
        assert_int_equal(p.n_conflicts, 0);
        ledger_plan_clear(&p);
        ledger_free(l);
        registry_free(reg);
        config_free(cfg);
}

int main(void)
{
        const struct CMUnitTest tests[] = {
                cmocka_unit_test(test_shards),
                cmocka_unit_test(test_values),
                cmocka_unit_test(test_retired_values),
                cmocka_unit_test(test_parse),
                cmocka_unit_test(test_pick),
                cmocka_unit_test(test_plan),
        };
        return cmocka_run_group_tests(tests, NULL, NULL);
}
