/* One login in a fresh process, as sshd and sudo do one: the real libpam
 * (pam_start_confdir, the service read from CONFDIR), pam_authenticate,
 * pam_end, exit. The token is the answer to every hidden prompt.
 *
 * usage: bench_login CONFDIR SERVICE USER TOKEN-FILE
 * Exits 0 when pam_authenticate succeeded, 1 otherwise (the PAM code
 * on standard error). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <security/pam_appl.h>

#include "bench_pam.h"
#include "bench_util.h"

int main(int argc, char **argv)
{
        pam_handle_t *pamh = NULL;
        struct pam_conv pc = { bench_conv, NULL };
        char *token;
        int rc;

        if (argc != 5) {
                fprintf(stderr, "usage: bench_login CONFDIR SERVICE USER TOKEN-FILE\n");
                return 2;
        }
        if (!(token = bench_read_file(argv[4]))) {
                perror(argv[4]);
                return 2;
        }
        pc.appdata_ptr = token;
        rc = pam_start_confdir(argv[2], argv[3], &pc, argv[1], &pamh);
        if (rc == PAM_SUCCESS)
                rc = pam_authenticate(pamh, 0);
        if (rc != PAM_SUCCESS)
                fprintf(stderr, "bench_login: %s\n", pam_strerror(pamh, rc));
        pam_end(pamh, rc);
        free(token);
        return rc == PAM_SUCCESS ? 0 : 1;
}
