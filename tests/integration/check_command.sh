#!/bin/bash
# k8s-login check and config-test: the same decisions as the PAM module,
# with documented exit codes and never the token in their output.
. "$(dirname "$0")/lib.sh"
require_runtime
make_pki
start_server ok
write_config "$T/k8s-login.conf" "$PORT"
CONF="$T/k8s-login.conf"

write_accounts
# k8s-login with the test's accounts (nss_wrapper), as a login would see them.
k8slogin() {
        env LD_PRELOAD="$NSS_PRELOAD" NSS_WRAPPER_PASSWD="$T/passwd" \
                NSS_WRAPPER_GROUP="$T/group" "$K8S_LOGIN" "$@"
}
# check DESC EXPECTED_EXIT TOKEN [args...]
check() {
        local desc=$1 expected=$2 token=$3; shift 3
        k8slogin check --config "$CONF" "$@" <<< "$token" > "$OUT" 2>&1
        expect "$desc (exit $expected)" "$expected" "$?"
}
ES=$(mint)
check "a valid token is allowed" 0 "$ES"
expect_grep "... prints the identity" '^identity: system:serviceaccount:demo:debugger$' "$OUT"
expect_grep "... and the local account" '^user: demo_debugger$' "$OUT"
expect_grep "... and the decision" '^decision: allow$' "$OUT"
expect_no_grep "... but never the token" "${ES: -24}" "$OUT"
check "the same token for --user demo_debugger" 0 "$ES" --user demo_debugger
check "the same token for --user demo_other is denied" 1 "$ES" --user demo_other
expect_grep "... saying whose token it is" '^reason: token is for demo/debugger, not for user demo_other$' "$OUT"
check "--user of a namespace that is not allowed" 2 "$ES" --user prod_x
check "a token for a pre-existing local account outside the range" 2 "$(mint --ns ci --sa runner)"
expect_grep "... says so" '^reason: user ci_runner exists with UID 1001, outside uid_min..uid_max' "$OUT"
check "a valid token whose account does not exist (no NSS module)" 2 "$(mint --sa nobody)"
expect_grep "... says so" '^reason: user demo_nobody has no account' "$OUT"
check "an expired token is denied" 1 "$(mint --exp-in -100)"
expect_grep "... with the reason" '^reason: token expired 1[0-9][0-9]s ago$' "$OUT"
check "garbage is denied" 1 garbage
check "a namespace that is not allowed is denied" 1 "$(mint --ns prod)"
K8S_LOGIN_CONF="$CONF" k8slogin check <<< "$ES" > "$OUT" 2>&1
expect "K8S_LOGIN_CONF names the config" 0 "$?"
write_config "$T/down.conf" "$(free_port)"
k8slogin check --config "$T/down.conf" <<< "$ES" > "$OUT" 2>&1
expect "an unreachable API server is 'unavailable' (exit 3)" 3 "$?"
expect_grep "... and says why" '^reason: API server unreachable' "$OUT"

"$K8S_LOGIN" config-test --config "$CONF" > "$OUT" 2>&1
expect "config-test accepts a good config" 0 "$?"
expect_grep "... and says OK" ': OK \(validation = tokenreview' "$OUT"
write_config "$T/bad.conf" "$PORT" "max_token_lifetime = 10s"
"$K8S_LOGIN" config-test --config "$T/bad.conf" > "$OUT" 2>&1
expect "config-test refuses a bad value" 3 "$?"
expect_grep "... naming file, line and key" "bad.conf:9: key 'max_token_lifetime': expected a whole number from 60 to 86400" "$OUT"
write_config "$T/bad.conf" "$PORT"; chmod 0664 "$T/bad.conf"
"$K8S_LOGIN" config-test --config "$T/bad.conf" > "$OUT" 2>&1
expect "config-test refuses a group-writable config" 3 "$?"
install -m 0644 "$top_srcdir/configs/k8s-login.conf" "$T/shipped.conf"
"$K8S_LOGIN" config-test --config "$T/shipped.conf" > "$OUT" 2>&1
expect "the shipped configs/k8s-login.conf passes config-test" 0 "$?"
"$K8S_LOGIN" frobnicate > "$OUT" 2>&1
expect "an unknown command is a usage error" 64 "$?"
tap_done
