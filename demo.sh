#!/bin/bash
# The whole thing in one command on a fresh Debian 12 machine, as root:
# installs the dependencies, builds, starts a stand-in Kubernetes API
# server on 127.0.0.1, mints a service-account token for demo:debugger,
# shows `k8s-login check` deciding it, and logs demo_debugger in through
# the real pam_k8s.so (under pam_wrapper: nothing on this host changes),
# with the account answered by libnss_k8s.so.2 (under nss_wrapper). Last,
# a real ssh login with a token into a throwaway sshd on 127.0.0.1, in a
# private mount namespace, so the host's /etc stays as it is.
set -euo pipefail
cd "$(dirname "$0")"
. tests/bootstrap.sh
# Say what is coming before apt-get does: on a minimal Debian 12 the
# packages below and their dependencies are about 335 packages, 225 MB
# to download and 1 GB installed (compilers, clang and LLVM for the
# fuzzing phase of run-tests.sh, valgrind, lintian).
missing=$(for p in $K8S_DEB_PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || echo "$p"; done | xargs)
if [ -n "$missing" ]; then
        echo "demo.sh installs the Debian packages the build and the tests need (on a minimal"
        echo "Debian 12: about 225 MB to download, 1 GB installed). Missing here: $missing"
fi
k8s_install_deps
k8s_build > _build.log 2>&1 || { tail -50 _build.log; echo "build failed (full log: _build.log)"; exit 1; }
top_srcdir=$(pwd); top_builddir=$(pwd)/_build
. tests/integration/lib.sh
require_runtime() { :; }

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
step "A stand-in Kubernetes API server (TokenReview over HTTPS) on 127.0.0.1"
make_pki
start_server demo
write_config "$T/k8s-login.conf" "$PORT"
sed 's/^/    /' "$T/k8s-login.conf"

step "A projected service-account token for demo:debugger (audience k8s-login, 10 minutes)"
TOKEN=$(mint --ns demo --sa debugger --alg ES256 --exp-in 600)
echo "    minted: ${#TOKEN} bytes, ES256 (the token itself is never printed)"

# Accounts come from libnss_k8s.so.2, loaded by nss_wrapper (so this
# host's /etc/nsswitch.conf stays as it is); the local files hold only root.
printf 'root:x:0:0:root:/root:/bin/bash\n' > "$T/passwd"
printf 'root:x:0:\n' > "$T/group"
export NSS_WRAPPER_MODULE_SO_PATH="$top_builddir/nss/.libs/libnss_k8s.so.2" NSS_WRAPPER_MODULE_FN_PREFIX=k8s
export K8S_LOGIN_CONF="$T/k8s-login.conf"
nssw() { env LD_PRELOAD="$NSS_WRAPPER_SO" NSS_WRAPPER_PASSWD="$T/passwd" NSS_WRAPPER_GROUP="$T/group" "$@"; }

step "The NSS module answers for demo_debugger before its first login (as sshd needs)"
echo "    \$ getent passwd demo_debugger"
nssw getent passwd demo_debugger | sed 's/^/    /'
UID_DBG=$(nssw getent passwd demo_debugger | cut -d: -f3)
echo "    \$ getent passwd $UID_DBG    (nothing yet: no UID is allocated before a login)"
nssw getent passwd "$UID_DBG" | sed 's/^/    /' || true

step "k8s-login check: what the PAM module would decide"
nssw "$K8S_LOGIN" check <<< "$TOKEN" | sed 's/^/    /'
[ "${PIPESTATUS[0]}" = 0 ] || { echo "k8s-login check did not allow the token"; exit 1; }

step "A PAM login of demo_debugger with that token as the password (pam_k8s.so)"
write_service demo "config=$T/k8s-login.conf"
answers "$T/ans" "$TOKEN"
login demo demo_debugger --answers "$T/ans" --acct --session
sed 's/^/    /' "$OUT"
[ "$AUTH" = PAM_SUCCESS ] || { echo "unexpected result: $AUTH"; exit 1; }
step "What pam_k8s logged (LOG_AUTHPRIV)"
grep 'pam_k8s' "$T/syslog" | sed 's/^/    /'

step "The first login allocated the UID for good: the UID registry and NSS agree"
echo "    \$ k8s-login users"
"$K8S_LOGIN" users | sed 's/^/    /'
for cmd in "getent passwd $UID_DBG" "getent group k8s_demo" "id demo_debugger"; do
        echo "    \$ $cmd"
        nssw $cmd | sed 's/^/    /'
done

step "The same login with an expired token is refused"
answers "$T/ans" "$(mint --ns demo --sa debugger --exp-in -300)"
login demo demo_debugger --answers "$T/ans"
sed 's/^/    /' "$OUT"
grep 'pam_k8s' "$T/syslog" | tail -1 | sed 's/^/    /'
[ "$AUTH" = PAM_AUTH_ERR ] || { echo "unexpected result: $AUTH"; exit 1; }

# The real thing: sshd, ssh and k8s-login askpass (tests/e2e/demo_ssh.sh).
top_srcdir=$top_srcdir top_builddir=$top_builddir bash tests/e2e/demo_ssh.sh
echo
echo "Demo done. Run ./run-tests.sh for the whole test suite."
