/* The token in parts, for askpass helpers: the PAM module takes a token
 * longer than one answer as parts, each but the last ending in a
 * backslash, and asks for part N with a prompt containing "part N"
 * (see pam_k8s(8)). libc only. */
#ifndef K8S_ASKPASS_H
#define K8S_ASKPASS_H

#include <stdbool.h>
#include <stddef.h>

/* At most this many bytes an answer, a trailing backslash included: under
 * sudo's 512 (Linux-PAM's PAM_MAX_RESP_SIZE, misc_conv) and the OpenSSH
 * client's 1023. */
#define ASKPASS_PART_MAX 500

/* The words every prompt of the PAM module contains ("Service account
 * token: ", "Service account token, part N: "), matched in any case. */
#define ASKPASS_PROMPT_WORDS "service account token"

/* What askpass_wanted returns for a prompt that is not the module's. */
#define ASKPASS_NOT_OURS (-1)

/* Whether prompt is one askpass may answer: NULL (no prompt at all), or
 * one that contains ASKPASS_PROMPT_WORDS in any case. Anything else (a
 * host-key question, another host's "password:", a key passphrase) must
 * get no part of the token. */
bool askpass_prompt_ours(const char *prompt);

/* The part a prompt asks for: ASKPASS_NOT_OURS when !askpass_prompt_ours;
 * else the number after the last "part " (any case) that starts a word
 * ("Service account token, part 2: " asks for 2), else 1. Returns 0 when
 * that number is 0, has a sign, or is absurdly large. */
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
