/* The PAM conversation of the bench's logins. */
#ifndef K8S_BENCH_PAM_H
#define K8S_BENCH_PAM_H

#include <security/pam_appl.h>

/* Answers every hidden prompt with the token in data (a string). */
int bench_conv(int n, const struct pam_message **msg, struct pam_response **resp, void *data);

#endif
