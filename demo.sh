#!/bin/bash
# The whole thing in one command on a fresh Debian 12 machine, as root:
# installs the dependencies, builds, starts a stand-in Kubernetes API
# server on 127.0.0.1, mints a service-account token for demo:debugger,
# shows `k8s-login check` deciding it, and logs demo_debugger in through
# the real pam_k8s.so (under pam_wrapper: nothing on this host changes).
set -euo pipefail
cd "$(dirname "$0")"
. tests/bootstrap.sh
k8s_install_deps
k8s_build > _build.log 2>&1 || { tail -50 _build.log; echo "build failed (full log: _build.log)"; exit 1; }
top_srcdir=$(pwd); top_builddir=$(pwd)/_build
. tests/integration/lib.sh
require_runtime() { :; }

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
step "A stand-in Kubernetes API server (TokenReview over HTTPS) on 127.0.0.1"
make_pki
write_accounts
start_server demo
write_config "$T/k8s-login.conf" "$PORT"
sed 's/^/    /' "$T/k8s-login.conf"

step "A projected service-account token for demo:debugger (audience k8s-login, 10 minutes)"
TOKEN=$(mint --ns demo --sa debugger --alg ES256 --exp-in 600)
echo "    minted: ${#TOKEN} bytes, ES256 (the token itself is never printed)"

step "k8s-login check: what the PAM module would decide"
# The account comes from nss_wrapper here (the NSS module is not built yet).
env LD_PRELOAD="$NSS_WRAPPER_SO" NSS_WRAPPER_PASSWD="$T/passwd" NSS_WRAPPER_GROUP="$T/group" \
        "$K8S_LOGIN" check --config "$T/k8s-login.conf" <<< "$TOKEN" | sed 's/^/    /'
[ "${PIPESTATUS[0]}" = 0 ] || { echo "k8s-login check did not allow the token"; exit 1; }

step "A PAM login of demo_debugger with that token as the password (pam_k8s.so)"
write_service demo "config=$T/k8s-login.conf"
answers "$T/ans" "$TOKEN"
login demo demo_debugger --answers "$T/ans" --acct --session
sed 's/^/    /' "$OUT"
[ "$AUTH" = PAM_SUCCESS ] || { echo "unexpected result: $AUTH"; exit 1; }
step "What pam_k8s logged (LOG_AUTHPRIV)"
grep 'pam_k8s' "$T/syslog" | sed 's/^/    /'

step "The same login with an expired token is refused"
answers "$T/ans" "$(mint --ns demo --sa debugger --exp-in -300)"
login demo demo_debugger --answers "$T/ans"
sed 's/^/    /' "$OUT"
grep 'pam_k8s' "$T/syslog" | tail -1 | sed 's/^/    /'
[ "$AUTH" = PAM_AUTH_ERR ] || { echo "unexpected result: $AUTH"; exit 1; }
echo
echo "Demo done. Run ./run-tests.sh for the whole test suite."
