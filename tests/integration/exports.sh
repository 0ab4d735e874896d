#!/bin/bash
# The PAM module exports its entry points and nothing else: a module in
# every login process must not shadow symbols of its host.
. "$(dirname "$0")/lib.sh"
DLCHECK="$top_builddir/tests/dlcheck"
[ -x "$DLCHECK" ] && [ -e "$PAM_SO" ] || tap_skip_all "build first"

"$DLCHECK" "$PAM_SO" pam_sm_authenticate pam_sm_setcred pam_sm_acct_mgmt \
        pam_sm_open_session pam_sm_close_session pam_sm_chauthtok \
        verify_token config_load token_parse names_from_local > "$T/syms"
expect "dlopen of pam_k8s.so succeeds" 0 "$?"
for s in pam_sm_authenticate pam_sm_setcred pam_sm_acct_mgmt pam_sm_open_session \
         pam_sm_close_session pam_sm_chauthtok; do
        expect "pam_k8s.so exports $s" "$s yes" "$(grep "^$s " "$T/syms")"
done
for s in verify_token config_load token_parse names_from_local; do
        expect "pam_k8s.so hides internal $s" "$s no" "$(grep "^$s " "$T/syms")"
done
expect "pam_k8s.so exports exactly six functions" \
        "pam_sm_acct_mgmt pam_sm_authenticate pam_sm_chauthtok pam_sm_close_session pam_sm_open_session pam_sm_setcred" \
        "$(nm -D --defined-only "$PAM_SO" | awk '$2 == "T" {print $3}' | sort | xargs)"
# No network or TLS code in a login process: the module needs neither
# libcurl nor libssl (libcrypto verifies signatures offline); the helper,
# which makes every request, is the one that needs them.
# (A sanitized build adds its runtimes: not counted.)
needed() { objdump -p "$1" | awk '$1 == "NEEDED" && $2 !~ /^lib(asan|ubsan)/ { print $2 }' | sort | xargs; }
expect "pam_k8s.so needs no libcurl and no libssl (objdump -p)" \
        "libc.so.6 libcrypto.so.3 libjansson.so.4 libpam.so.0" "$(needed "$PAM_SO")"
expect "... nor does k8s-login" "libc.so.6 libcrypto.so.3 libjansson.so.4" "$(needed "$K8S_LOGIN")"
expect "... k8s-login-helper is the program that links libcurl" yes \
        "$(needed "$HELPER" | grep -qw 'libcurl.so.4' && echo yes || echo no)"
NSS_SO="$top_builddir/nss/.libs/libnss_k8s.so.2"
"$DLCHECK" "$NSS_SO" _nss_k8s_getpwnam_r _nss_k8s_initgroups_dyn config_load registry_load \
        names_from_local util_read_trusted_file > "$T/nsyms"
expect "dlopen of libnss_k8s.so.2 succeeds" 0 "$?"
for s in _nss_k8s_getpwnam_r _nss_k8s_initgroups_dyn; do
        expect "libnss_k8s.so.2 exports $s" "$s yes" "$(grep "^$s " "$T/nsyms")"
done
for s in config_load registry_load names_from_local util_read_trusted_file; do
        expect "libnss_k8s.so.2 hides internal $s" "$s no" "$(grep "^$s " "$T/nsyms")"
done

# The NSS module runs in every process that looks a name up and never
# writes: it links only the base tier (lib/base), which has no writer.
# Checked on the module itself, both ways: no writing code of ours in it,
# and no libc call that changes a file. pam_k8s.so, which does write, is
# the twin that shows both checks can fail.
WRITERS='^(registry_(bind|pin|rebind|release|apply|index_write)|statefile_.*|askpass_.*|cache_(store|lookup)|ledger_.*|jwks_.*|verify_.*|token_.*|helper_.*)$'
LIBC_WRITES='^(write|pwrite|pwrite64|writev|rename|renameat|renameat2|unlink|unlinkat|mkdir|mkdirat|mkstemp|mkostemp|rmdir|link|linkat|symlink|symlinkat|fsync|fdatasync|fchmod|chmod|fchown|chown|lchown|futimens|utimensat|utimes|ftruncate|truncate|flock|creat|fopen|fopen64)$'
ours() { nm "$1" | awk '$2 ~ /^[TtDdBbRr]$/ { sub(/\..*/, "", $3); print $3 }' | grep -E "$WRITERS" | sort -u | xargs; }
imports() { nm -D --undefined-only "$1" | awk '{ sub(/@.*/, "", $2); print $2 }' | grep -E "$LIBC_WRITES" | sort -u | xargs; }
expect "libnss_k8s.so.2 holds no writer of ours (nm)" "" "$(ours "$NSS_SO")"
expect "libnss_k8s.so.2 imports no libc call that changes a file (nm -D)" "" "$(imports "$NSS_SO")"
expect "... the twin: pam_k8s.so holds registry_bind and statefile_write" yes \
        "$(ours "$PAM_SO" | grep -qw registry_bind && ours "$PAM_SO" | grep -qw statefile_write && echo yes || echo no)"
expect "... and imports rename and write" yes \
        "$(imports "$PAM_SO" | grep -qw rename && imports "$PAM_SO" | grep -qw write && echo yes || echo no)"
tap_done
