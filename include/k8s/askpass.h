/* The token in parts, for askpass helpers: the PAM module takes a token
 * longer than one answer as parts, each but the last ending in a
 * backslash, and asks for part N with a prompt containing "part N"
 * (INTERFACE.md). libc only. */
#ifndef K8S_ASKPASS_H
#define K8S_ASKPASS_H

#include <stdbool.h>
#include <stddef.h>

/* At most this many bytes an answer, a trailing backslash included: under
 * sudo's 512 (Linux-PAM's PAM_MAX_RESP_SIZE, misc_conv) and the OpenSSH
 * client's 1023. */
#define ASKPASS_PART_MAX 500

/* The part a prompt asks for: the number after the last "part " that
 * starts a word ("Service account token, part 2: " asks for 2), else 1.
 * Returns 0 when that number is 0, has a sign, or is absurdly large. */
int askpass_wanted(const char *prompt);

/* How many parts a token of len bytes (len >= 1) is answered in. */
size_t askpass_parts(size_t len);

/* Where part n (1-based) of a token of len bytes lies: *off and *plen
 * bytes of the token, followed by a backslash when *more. Every part but
 * the last carries ASKPASS_PART_MAX - 1 bytes, the last 1 to
 * ASKPASS_PART_MAX. Returns false when there is no part n. */
bool askpass_part(size_t len, int n, size_t *off, size_t *plen, bool *more);

/* True when s (len bytes) could be a compact JWS: base64url letters and
 * dots only, nothing else (no whitespace, no backslash, no NUL). */
bool askpass_token_chars(const char *s, size_t len);

#endif
