/* The lower layers' result (include/k8s/result.h). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>

#include "k8s/result.h"

int k8s_result_set(struct k8s_result *r, enum k8s_status s, const char *fmt, ...)
{
        va_list ap;

        r->status = s;
        va_start(ap, fmt);
        vsnprintf(r->reason, sizeof(r->reason), fmt, ap);
        va_end(ap);
        return s == K8S_OK ? 0 : -1;
}

const char *k8s_status_name(enum k8s_status s)
{
        switch (s) {
        case K8S_OK:
                return "ok";
        case K8S_REFUSED:
                return "refused";
        case K8S_UNAVAIL:
                return "unavailable";
        }
        return "?";
}
