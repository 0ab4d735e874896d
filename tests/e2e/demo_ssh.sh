#!/bin/bash
# The end of demo.sh: a real ssh login with a service-account token into
# a throwaway sshd on 127.0.0.1, in a private mount namespace (nothing on
# the host changes; see tests/e2e/sandbox.sh). Needs root and a build.
E2E_SKIP=exit1
. "$(dirname "$0")/sandbox.sh"
e2e_enter "$0" "$@"
. "$(dirname "$0")/../integration/lib.sh"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "A throwaway sshd on 127.0.0.1, with configs/ installed as an administrator would"
e2e_setup
echo "    sshd on port $SSHD_PORT; /etc/pam.d/sshd, sshd_config.d/k8s-login.conf, nsswitch.conf"
echo "    and k8s-login.conf from configs/ (in a private mount namespace: the host's /etc is untouched)"

step "A job in pod demo/debugger: its projected token, and ssh with k8s-login askpass"
mkdir -p /var/run/secrets/tokens
mint --alg RS256 --ns demo --sa debugger --pod debugger --aud k8s-login --exp-in 600 \
        > /var/run/secrets/tokens/k8s-login
echo "    token at /var/run/secrets/tokens/k8s-login: $(wc -c < /var/run/secrets/tokens/k8s-login) bytes, RS256 (never printed)"
echo "    (sshd's host key is in known_hosts, as the README says it must be)"
echo "    \$ SSH_ASKPASS=k8s-login-askpass SSH_ASKPASS_REQUIRE=force ssh -o PreferredAuthentications=keyboard-interactive \\"
echo "          -o NumberOfPasswordPrompts=1 -o StrictHostKeyChecking=yes demo_debugger@127.0.0.1 'id; env | grep ^K8S_'"
e2e_ssh_askpass demo_debugger 'id; env | grep ^K8S_ | sort; echo "home: $(pwd)"' |
        sed 's/^/    /'
rc=${PIPESTATUS[0]}
[ "$rc" = 0 ] || { echo "the ssh login failed ($rc)"; tail -5 "$T/sshd.log"; exit 1; }

step "What pam_k8s logged for that login"
grep 'pam_k8s' "$T/syslog" | cut -c1-200 | sed 's/^/    /'

step "The same ssh with an expired token is refused"
mint --alg RS256 --ns demo --sa debugger --exp-in -300 > /var/run/secrets/tokens/k8s-login
e2e_ssh_askpass demo_debugger id 2>&1 | sed 's/^/    /'
[ "${PIPESTATUS[0]}" = 255 ] || { echo "the expired token was not refused"; exit 1; }
grep 'pam_k8s' "$T/syslog" | tail -1 | cut -c1-200 | sed 's/^/    /'
