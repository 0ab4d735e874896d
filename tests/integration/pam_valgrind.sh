#!/bin/bash
# Valgrind memcheck over PAM logins through the real module: success,
# refusals and faults, each with no invalid access and no leak.
. "$(dirname "$0")/lib.sh"
require_runtime
VALGRIND=${VALGRIND:-$(command -v valgrind || true)}
[ -n "$VALGRIND" ] || tap_skip_all "valgrind not installed (Debian: valgrind)"
make_pki
write_accounts
start_server ok
OK_PORT=$PORT
write_config "$T/k8s-login.conf" "$OK_PORT"
write_service k8s "config=$T/k8s-login.conf debug"
# Leaks that count: definite and indirect. libcurl's and OpenSSL's global
# state stays reachable on purpose (never cleaned up in a host process).
WRAP="$VALGRIND --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect --track-fds=no --trace-children=no"

vg() {
        local desc=$1 expected=$2 user=$3; shift 3
        login "$@" > /dev/null
        expect "valgrind: $desc gives $expected" "$expected" "$AUTH"
        expect "valgrind: $desc is memcheck clean" 0 "$LOGIN_RC"
}
ES=$(mint --alg ES256)
RS=$(mint --alg RS256 --pad-to 1500)
answers "$T/es" "$ES"
vg "valid token, account and session" PAM_SUCCESS demo_debugger k8s demo_debugger --answers "$T/es" --acct --session
answers "$T/parts" "${RS:0:500}\\" "${RS:500:500}\\" "${RS:1000}"
vg "token in three parts" PAM_SUCCESS demo_debugger k8s demo_debugger --answers "$T/parts"
answers "$T/expired" "$(mint --exp-in -300)"
vg "expired token" PAM_AUTH_ERR demo_debugger k8s demo_debugger --answers "$T/expired"
answers "$T/garbage" "not.a.token"
vg "garbage" PAM_AUTH_ERR demo_debugger k8s demo_debugger --answers "$T/garbage"
answers "$T/forged" "$(mint --key rsa2 --alg RS256)"
vg "forged token refused by the API server" PAM_AUTH_ERR demo_debugger k8s demo_debugger --answers "$T/forged"
vg "user not ours" PAM_USER_UNKNOWN ci_runner k8s ci_runner --answers "$T/es"

for mode in http500 notjson oversize close-midbody duplicate-keys; do
        start_server "$mode" --mode "$mode"
        write_config "$T/$mode.conf" "$PORT"
        write_service "$mode" "config=$T/$mode.conf"
        vg "API server mode $mode" PAM_AUTHINFO_UNAVAIL demo_debugger "$mode" demo_debugger --answers "$T/es"
done
start_server wronghost --cert wronghost
write_config "$T/wh.conf" "$PORT"
write_service wh "config=$T/wh.conf"
vg "certificate for another host" PAM_AUTHINFO_UNAVAIL demo_debugger wh demo_debugger --answers "$T/es"
write_config "$T/down.conf" "$(free_port)"
write_service down "config=$T/down.conf"
vg "API server down" PAM_AUTHINFO_UNAVAIL demo_debugger down demo_debugger --answers "$T/es"
write_service missing "config=$T/no-such.conf"
vg "config missing" PAM_AUTHINFO_UNAVAIL demo_debugger missing demo_debugger --answers "$T/es"
tap_done
