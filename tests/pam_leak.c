/* A PAM module that leaks 64 bytes on every auth, on purpose: the canary
 * of leak_canary.sh, which proves that the memcheck and LeakSanitizer runs
 * fail on a leak in a module loaded the way pam_k8s.so is. */
#include <stdlib.h>
#include <string.h>

#define PAM_SM_AUTH
#include <security/pam_modules.h>

/* Volatile: the compiler must not drop the allocation. */
void *volatile pam_leak_sink;

PAM_EXTERN int pam_sm_authenticate(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
        char *p = malloc(64);

        if (p)
                memset(p, 'x', 64);
        pam_leak_sink = p;
        pam_leak_sink = NULL; /* the only pointer, gone: definitely lost */
        return PAM_IGNORE;
}

PAM_EXTERN int pam_sm_setcred(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
        return PAM_IGNORE;
}
