#!/bin/bash
# The leak checks can fail: a login through a stack with a module that
# leaks on purpose (tests/pam_leak.c) must make the memcheck run exit 99
# (normal build) or LeakSanitizer exit 97 (sanitized build), while the same
# login without it exits 0.
CLEAN_CHECK=0
. "$(dirname "$0")/lib.sh"
require_runtime
LEAK_SO="$top_builddir/tests/.libs/pam_leak.so"
[ -e "$LEAK_SO" ] || tap_skip_all "missing $LEAK_SO (build first)"
if [ "${ENABLE_SANITIZERS:-no}" = yes ]; then
        what="LeakSanitizer" leaked=97
else
        [ -n "$VALGRIND" ] || tap_skip_all "valgrind not installed (Debian: valgrind)"
        what="memcheck" leaked=99 WRAP=$MEMCHECK_WRAP
fi
make_pki
write_accounts
start_server ok
write_config "$T/k8s-login.conf" "$PORT"
write_service clean "config=$T/k8s-login.conf"
write_service leaky "config=$T/k8s-login.conf"
sed -i "1i auth optional $LEAK_SO" "$T/pam.d/leaky"
answers "$T/ans" "$(mint --alg ES256)"
login leaky demo_debugger --answers "$T/ans"
expect "a stack with a leaking module still logs in" PAM_SUCCESS "$AUTH"
expect "... and $what fails the run (exit $leaked)" "$leaked" "$LOGIN_RC"
login clean demo_debugger --answers "$T/ans"
expect "the same login without it logs in" PAM_SUCCESS "$AUTH"
expect "... and $what passes it (exit 0)" 0 "$LOGIN_RC"
tap_done
