/* The ledger from a host's side (see include/k8s/ledger_host.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "k8s/helper.h"
#include "k8s/ledger_host.h"
#include "k8s/registry.h"
#include "k8s/util.h"

/* Requests that read the ledger may take a few round trips. */
#define LEDGER_TIMEOUTS 3

static enum k8s_status reply_status(const struct helper_reply *rep, char *why, size_t whylen)
{
        struct token_verdict r;

        helper_reply_verdict(rep, &r);
        if (r.res.status != K8S_OK)
                util_fmt(why, whylen, "%s", r.res.reason);
        return r.res.status;
}

enum k8s_status ledger_host_read(const struct config *cfg, struct ledger **l, char *why,
                                    size_t whylen)
{
        struct helper_reply rep;
        enum k8s_status st;
        char err[K8S_ERR_MAX];

        *l = NULL;
        if (helper_call_ex(cfg, "ledger-read", NULL, 0, NULL, 0, NULL, 0, LEDGER_TIMEOUTS,
                           64u * 1024 * 1024, &rep, why, whylen) < 0)
                return K8S_UNAVAIL;
        if ((st = reply_status(&rep, why, whylen)) == K8S_OK &&
            ledger_parse(cfg, rep.body ? rep.body : "", l, err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "the ledger as read: %s", err);
                st = K8S_UNAVAIL;
        }
        helper_reply_clear(&rep);
        return st;
}

int ledger_host_number(const struct config *cfg, const struct names_identity *id,
                       const char *sa_uid, uint32_t *uid, enum k8s_status *st, char *why,
                       size_t whylen)
{
        const struct ledger_entry *pick;
        struct ledger *l = NULL;
        int r;

        if (ledger_host_read(cfg, &l, why, whylen) != K8S_OK) {
                *st = K8S_UNAVAIL;
                return -1;
        }
        switch (ledger_pick(l, id->ns, id->sa, sa_uid && sa_uid[0] ? sa_uid : NULL, &pick, why,
                            whylen)) {
        case LEDGER_PICK_FOUND:
                *uid = pick->n;
                r = 1;
                break;
        case LEDGER_PICK_NONE:
                r = 0;
                break;
        default:
                *st = K8S_REFUSED;
                r = -1;
                break;
        }
        ledger_free(l);
        return r;
}

bool ledger_host_held(const struct config *cfg, const struct names_identity *id)
{
        struct registry *reg = NULL;
        char err[K8S_ERR_MAX];
        bool held;

        if (registry_load(cfg->state_dir, &reg, NULL, err, sizeof(err)) < 0)
                return false;
        held = registry_find_user_in(reg, config_registry_cluster(cfg), id) &&
               registry_find_group_in(reg, config_registry_cluster(cfg), id->ns);
        registry_free(reg);
        return held;
}

enum k8s_status ledger_host_write(const struct config *cfg, const char *entries,
                                     char **report, char *why, size_t whylen)
{
        struct helper_reply rep;
        enum k8s_status st;

        *report = NULL;
        if (helper_call_ex(cfg, "ledger-write", NULL, 0, NULL, 0, entries, strlen(entries),
                           LEDGER_TIMEOUTS, 1024 * 1024, &rep, why, whylen) < 0)
                return K8S_UNAVAIL;
        st = reply_status(&rep, why, whylen);
        if (rep.body_len)
                *report = strndup(rep.body, rep.body_len);
        helper_reply_clear(&rep);
        return st;
}

int ledger_host_elsewhere(const struct config *cfg, const struct ledger_entry *e, void *ctx,
                          char *why, size_t whylen)
{
        char ours[NAMES_LOCAL_MAX + 1], holder[160];
        struct names_identity id;
        bool named;
        int r;

        (void)ctx;
        if (e->kind == REGISTRY_USER) {
                snprintf(id.ns, sizeof(id.ns), "%s", e->ns);
                snprintf(id.sa, sizeof(id.sa), "%s", e->sa);
                named = names_to_local(cfg->user_format, &id, ours, sizeof(ours));
        } else {
                named = names_expand(cfg->group_format, e->ns, NULL, NULL, ours, sizeof(ours));
        }
        r = registry_held_elsewhere(e->kind == REGISTRY_GROUP, e->n, named ? ours : NULL,
                                    holder, sizeof(holder));
        if (r > 0)
                util_fmt(why, whylen, "%s %u is held by %s %s of another NSS source: refused",
                         e->kind == REGISTRY_GROUP ? "GID" : "UID", e->n,
                         e->kind == REGISTRY_GROUP ? "group" : "user", holder);
        else if (r < 0)
                util_fmt(why, whylen, "cannot tell whether another NSS source holds %u", e->n);
        return r;
}

struct bind_ctx {
        const struct ledger *l;
        const struct ledger_entry *user, *group;
        struct registry_change c[3];
};

/* Plans the recording of one ledger entry: 1 planned into *c, 0 nothing
 * to do, -1 refused (why). */
static int plan_entry(const struct config *cfg, const struct registry *reg,
                      const struct ledger *l, const struct ledger_entry *e,
                      const struct registry_entry *mine, struct registry_change *c,
                      struct registry_change *retire, char *why, size_t whylen)
{
        const struct registry_entry *held = registry_find_id(reg, e->n);
        char who[300];

        if (!registry_in_pool(cfg, e->n)) {
                util_fmt(why, whylen, "the ledger's number %u lies outside uid_min..uid_max", e->n);
                return -1;
        }
        if (mine && mine->id == e->n)
                return 0;
        if (mine) {
                const struct ledger_entry *old = ledger_find(l, mine->id);
                /* Moving an identity is allowed only off a number the
                 * ledger itself retired (a recreated account). */
                if (mine->kind != REGISTRY_USER || !old || !old->retired ||
                    strcmp(old->ns, e->ns) || strcmp(old->sa, e->sa)) {
                        registry_describe(mine, who, sizeof(who));
                        util_fmt(why, whylen, "the ledger gives %s number %u, but this host "
                                 "holds it as %u and the ledger has not retired that: refused "
                                 "(see 'k8s-login ledger status')", who, e->n, mine->id);
                        return -1;
                }
                retire->op = 'r';
                retire->kind = REGISTRY_RETIRED;
                retire->id = mine->id;
                retire->since = old->retired_since;
        }
        if (held) {
                registry_describe(held, who, sizeof(who));
                util_fmt(why, whylen, "the ledger's number %u is held on this host by %s: "
                         "refused (see 'k8s-login ledger status')", e->n, who);
                return -1;
        }
        if (ledger_host_elsewhere(cfg, e, NULL, why, whylen) != 0)
                return -1;
        c->op = 'a';
        c->kind = e->kind;
        c->id = e->n;
        c->ns = e->ns;
        c->sa = e->sa;
        c->sa_uid = e->sa_uid;
        c->since = e->since;
        return 1;
}

static int plan_bind(const struct config *cfg, const struct registry *reg, void *vctx,
                     const struct registry_change **changes, size_t *n, char *why,
                     size_t whylen)
{
        struct bind_ctx *x = vctx;
        struct names_identity id;
        struct registry_change retire;
        int r;

        *n = 0;
        memset(x->c, 0, sizeof(x->c));
        memset(&retire, 0, sizeof(retire));
        snprintf(id.ns, sizeof(id.ns), "%s", x->user->ns);
        snprintf(id.sa, sizeof(id.sa), "%s", x->user->sa);
        r = plan_entry(cfg, reg, x->l, x->user, registry_find_user_in(reg, config_registry_cluster(cfg), &id), &x->c[*n], &retire,
                       why, whylen);
        if (r < 0)
                return -1;
        *n += (size_t)r;
        if (retire.op)
                x->c[(*n)++] = retire;
        r = plan_entry(cfg, reg, x->l, x->group, registry_find_group_in(reg, config_registry_cluster(cfg), id.ns), &x->c[*n],
                       &retire, why, whylen);
        if (r < 0)
                return -1;
        *n += (size_t)r;
        *changes = x->c;
        return 0;
}

enum k8s_status ledger_host_bind(const struct config *cfg, const struct names_identity *id,
                                    const char *sa_uid, char *why, size_t whylen)
{
        const struct registry_entry *e, *g;
        struct registry *reg = NULL;
        struct helper_reply rep;
        struct ledger *l = NULL;
        struct bind_ctx x;
        enum k8s_status st;
        char uidarg[REGISTRY_SAUID_MAX + 16], nsarg[NAMES_NS_MAX + 16];
        char saarg[NAMES_SA_MAX + 24], err[K8S_ERR_MAX];
        const char *args[3] = { nsarg, saarg, uidarg };

        why[0] = '\0';
        if (registry_load(cfg->state_dir, &reg, NULL, why, whylen) < 0)
                return K8S_UNAVAIL;
        e = registry_find_user_in(reg, config_registry_cluster(cfg), id);
        g = registry_find_group_in(reg, config_registry_cluster(cfg), id->ns);
        if (e && g && (!sa_uid || !sa_uid[0] || !e->sa_uid[0] || !strcmp(e->sa_uid, sa_uid))) {
                registry_free(reg);
                return K8S_OK; /* held here: no network */
        }
        registry_free(reg);
        snprintf(nsarg, sizeof(nsarg), "namespace %s", id->ns);
        snprintf(saarg, sizeof(saarg), "service_account %s", id->sa);
        snprintf(uidarg, sizeof(uidarg), "sa_uid %s", sa_uid && sa_uid[0] ? sa_uid : "");
        /* One timeout, as for every request of a login: it must give up
         * within timeout seconds (and a little). */
        if (helper_call_ex(cfg, "ledger-allocate", args, sa_uid && sa_uid[0] ? 3 : 2, NULL, 0,
                           NULL, 0, 1, 1024 * 1024, &rep, err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "the UID ledger is unreachable for a first login here "
                         "(%s): a number taken offline could clash later", err);
                return K8S_UNAVAIL;
        }
        if ((st = reply_status(&rep, err, sizeof(err))) != K8S_OK) {
                util_fmt(why, whylen, st == K8S_REFUSED ? "UID ledger: %s" :
                         "the UID ledger is unavailable for a first login here (%s): a number "
                         "taken offline could clash later", err);
                helper_reply_clear(&rep);
                return st;
        }
        if (ledger_parse(cfg, rep.body ? rep.body : "", &l, err, sizeof(err)) < 0) {
                util_fmt(why, whylen, "UID ledger answer: %s", err);
                helper_reply_clear(&rep);
                return K8S_UNAVAIL;
        }
        helper_reply_clear(&rep);
        memset(&x, 0, sizeof(x));
        x.l = l;
        st = K8S_REFUSED;
        if (ledger_pick(l, id->ns, id->sa, sa_uid, &x.user, err, sizeof(err)) !=
            LEDGER_PICK_FOUND ||
            ledger_pick(l, id->ns, NULL, NULL, &x.group, err, sizeof(err)) !=
            LEDGER_PICK_FOUND) {
                util_fmt(why, whylen, "UID ledger: %s", err[0] ? err :
                         "no entry for the account after allocating it");
                goto out;
        }
        switch (registry_apply(cfg, plan_bind, &x, err, sizeof(err))) {
        case REGISTRY_OK:
                st = K8S_OK;
                break;
        case REGISTRY_COLLISION:
                util_fmt(why, whylen, "%s", err);
                break;
        default:
                util_fmt(why, whylen, "%s", err);
                st = K8S_UNAVAIL;
                break;
        }
out:
        ledger_free(l);
        return st;
}
