/* Kubernetes service-account names and the local names made from them.
 * libc only: the NSS module links this. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "k8s/names.h"
#include "k8s/util.h"

static bool is_lower_alnum(char c)
{
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* The characters a Kubernetes name may contain. */
static bool is_name_char(char c)
{
        return is_lower_alnum(c) || c == '-' || c == '.';
}

/* Literal characters a format may add: safe in a user or group name. */
static bool is_literal_char(char c)
{
        return is_name_char(c) || strchr("_@+~", c) != NULL;
}

/* One DNS-1123 label of n bytes: [a-z0-9]([-a-z0-9]*[a-z0-9])? (the
 * 63-byte limit applies to a namespace; Kubernetes' subdomain check has
 * only the 253-byte total) */
static bool label_ok(const char *s, size_t n)
{
        if (n == 0 || !is_lower_alnum(s[0]) || !is_lower_alnum(s[n - 1]))
                return false;
        for (size_t i = 0; i < n; i++)
                if (!is_lower_alnum(s[i]) && s[i] != '-')
                        return false;
        return true;
}

bool names_is_dns1123_label(const char *s)
{
        return s && strlen(s) <= NAMES_NS_MAX && label_ok(s, strlen(s));
}

bool names_is_dns1123_subdomain(const char *s)
{
        size_t n;

        if (!s)
                return false;
        n = strlen(s);
        if (n == 0 || n > NAMES_SA_MAX)
                return false;
        for (const char *p = s;;) {
                const char *dot = strchr(p, '.');
                size_t len = dot ? (size_t)(dot - p) : strlen(p);
                if (!label_ok(p, len))
                        return false;
                if (!dot)
                        return true;
                p = dot + 1;
        }
}

bool names_parse_username(const char *username, struct names_identity *id)
{
        const size_t plen = sizeof(NAMES_PREFIX) - 1;
        const char *ns, *colon;
        size_t nslen;

        if (!username || strncmp(username, NAMES_PREFIX, plen) != 0)
                return false;
        ns = username + plen;
        colon = strchr(ns, ':');
        if (!colon)
                return false;
        nslen = (size_t)(colon - ns);
        if (nslen == 0 || nslen > NAMES_NS_MAX || strlen(colon + 1) > NAMES_SA_MAX)
                return false;
        memcpy(id->ns, ns, nslen);
        id->ns[nslen] = '\0';
        strcpy(id->sa, colon + 1);
        /* A second ':' fails here: it is not a name character. */
        return names_is_dns1123_label(id->ns) && names_is_dns1123_subdomain(id->sa);
}

/* Walks fmt, counting directives; the literal text must be safe and the
 * text between the two name directives must hold a character that no
 * Kubernetes name can contain. */
static bool check_format(const char *fmt, bool user, char *err, size_t errlen)
{
        int n_ns = 0, n_sa = 0, seen = 0;
        bool sep_ok = false;

        if (!fmt || !*fmt) {
                util_fmt(err, errlen, "empty format");
                return false;
        }
        /* '-' reads as an option; '+' and '-' are special in compat passwd. */
        if (fmt[0] == '-' || fmt[0] == '+') {
                util_fmt(err, errlen, "a name may not start with '%c'", fmt[0]);
                return false;
        }
        for (const char *p = fmt; *p; p++) {
                if (*p == '%') {
                        p++;
                        if (*p == 'n')
                                n_ns++;
                        else if (*p == 's' && user)
                                n_sa++;
                        else {
                                util_fmt(err, errlen, "unknown directive '%%%c' (expected %s)",
                                         *p ? *p : '?', user ? "%n and %s" : "%n");
                                return false;
                        }
                        seen++;
                        continue;
                }
                if (!is_literal_char(*p)) {
                        util_fmt(err, errlen, "character '%c' not allowed in a name "
                                 "(expected a-z, 0-9, '-', '.', '_', '@', '+', '~')",
                                 (*p >= 0x21 && *p < 0x7f) ? *p : '?');
                        return false;
                }
                if (seen == 1 && !is_name_char(*p))
                        sep_ok = true;
        }
        if (n_ns != 1 || (user && n_sa != 1)) {
                util_fmt(err, errlen, user ? "must contain %%n and %%s exactly once each"
                                           : "must contain %%n exactly once");
                return false;
        }
        if (user && !sep_ok) {
                util_fmt(err, errlen, "%%n and %%s must be separated by a character "
                         "Kubernetes names cannot contain ('_', '@', '+' or '~'), "
                         "or names would not map back");
                return false;
        }
        return true;
}

bool names_check_user_format(const char *fmt, char *err, size_t errlen)
{
        return check_format(fmt, true, err, errlen);
}

bool names_check_group_format(const char *fmt, char *err, size_t errlen)
{
        return check_format(fmt, false, err, errlen);
}

bool names_check_local(const char *name)
{
        if (!name || !*name || name[0] == '-' || name[0] == '+' || strlen(name) > NAMES_LOCAL_MAX)
                return false;
        for (const char *p = name; *p; p++)
                if (!is_literal_char(*p))
                        return false;
        return true;
}

bool names_expand(const char *fmt, const char *ns, const char *sa,
                  const char *user, char *buf, size_t len)
{
        size_t o = 0;

        if (!fmt || len == 0)
                return false;
        for (const char *p = fmt; *p; p++) {
                const char *add = NULL;
                size_t n;
                if (*p == '%') {
                        switch (p[1]) {
                        case 'n': add = ns; break;
                        case 's': add = sa; break;
                        case 'u': add = user; break;
                        case '%': add = "%"; break;
                        default: return false;
                        }
                        if (!add)
                                return false;
                        p++;
                        n = strlen(add);
                } else {
                        add = p;
                        n = 1;
                }
                if (n >= len - o)
                        return false;
                memcpy(buf + o, add, n);
                o += n;
        }
        buf[o] = '\0';
        return true;
}

bool names_to_local(const char *user_format, const struct names_identity *id,
                    char *buf, size_t len)
{
        char tmp[NAMES_LOCAL_MAX + 1];

        if (!names_expand(user_format, id->ns, id->sa, NULL, tmp, sizeof(tmp)) ||
            strlen(tmp) + 1 > len)
                return false;
        strcpy(buf, tmp);
        return true;
}

bool names_from_local(const char *user_format, const char *local,
                      struct names_identity *id)
{
        const char *pn = strstr(user_format, "%n"), *ps = strstr(user_format, "%s");
        const char *first, *second, *lit_mid;
        size_t pre, mid, suf, llen, body_len;
        const char *body;
        char *a, *b, tmp[NAMES_LOCAL_MAX + 1];
        size_t k = 0;

        if (!pn || !ps || !local)
                return false;
        llen = strlen(local);
        if (llen == 0 || llen > NAMES_LOCAL_MAX)
                return false;
        first = pn < ps ? pn : ps;
        second = pn < ps ? ps : pn;
        pre = (size_t)(first - user_format);
        lit_mid = first + 2;
        mid = (size_t)(second - lit_mid);
        suf = strlen(second + 2);
        if (llen < pre + mid + suf + 2 ||
            strncmp(local, user_format, pre) != 0 ||
            strcmp(local + llen - suf, second + 2) != 0)
                return false;
        body = local + pre;
        body_len = llen - pre - suf;
        /* The separator holds a character no name can; the first such
         * character in the body is that one, which fixes the split. */
        while (k < mid && is_name_char(lit_mid[k]))
                k++;
        for (size_t i = 0; i < body_len; i++) {
                if (is_name_char(body[i]))
                        continue;
                if (i < k || i - k + mid > body_len ||
                    strncmp(body + i - k, lit_mid, mid) != 0)
                        return false;
                a = first == pn ? id->ns : id->sa;
                b = first == pn ? id->sa : id->ns;
                if (i - k > (first == pn ? NAMES_NS_MAX : NAMES_SA_MAX) ||
                    body_len - (i - k + mid) > (first == pn ? NAMES_SA_MAX : NAMES_NS_MAX))
                        return false;
                memcpy(a, body, i - k);
                a[i - k] = '\0';
                memcpy(b, body + i - k + mid, body_len - (i - k + mid));
                b[body_len - (i - k + mid)] = '\0';
                /* Valid names and an exact round trip, or not ours. */
                return names_is_dns1123_label(id->ns) &&
                       names_is_dns1123_subdomain(id->sa) &&
                       names_to_local(user_format, id, tmp, sizeof(tmp)) &&
                       strcmp(tmp, local) == 0;
        }
        return false;
}

bool names_group_from_local(const char *group_format, const char *local, char *ns)
{
        const char *pn = strstr(group_format, "%n");
        char tmp[NAMES_LOCAL_MAX + 1];
        size_t pre, suf, llen;

        if (!pn || !local)
                return false;
        llen = strlen(local);
        pre = (size_t)(pn - group_format);
        suf = strlen(pn + 2);
        if (llen > NAMES_LOCAL_MAX || llen <= pre + suf || llen - pre - suf > NAMES_NS_MAX ||
            strncmp(local, group_format, pre) != 0 || strcmp(local + llen - suf, pn + 2) != 0)
                return false;
        memcpy(ns, local + pre, llen - pre - suf);
        ns[llen - pre - suf] = '\0';
        /* A valid namespace and an exact round trip, or not ours. */
        return names_is_dns1123_label(ns) &&
               names_expand(group_format, ns, NULL, NULL, tmp, sizeof(tmp)) &&
               strcmp(tmp, local) == 0;
}

int names_order(char kind_a, const char *cluster_a, const char *ns_a, const char *sa_a,
                char kind_b, const char *cluster_b, const char *ns_b, const char *sa_b)
{
        int c = (unsigned char)kind_a - (unsigned char)kind_b;

        if (c == 0)
                c = strcmp(cluster_a, cluster_b);
        if (c == 0)
                c = strcmp(ns_a, ns_b);
        if (c == 0)
                c = strcmp(sa_a, sa_b);
        return c;
}
