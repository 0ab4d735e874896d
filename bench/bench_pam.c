/* See bench_pam.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bench_pam.h"

int bench_conv(int n, const struct pam_message **msg, struct pam_response **resp, void *data)
{
        struct pam_response *r = calloc((size_t)n, sizeof(*r));

        if (!r)
                return PAM_BUF_ERR;
        for (int i = 0; i < n; i++)
                if (msg[i]->msg_style == PAM_PROMPT_ECHO_OFF && !(r[i].resp = strdup(data))) {
                        for (int k = 0; k < i; k++)
                                free(r[k].resp);
                        free(r);
                        return PAM_BUF_ERR;
                }
        *resp = r;
        return PAM_SUCCESS;
}
