#!/bin/bash
# The real setuid su, with the pam-auth-update profile enabled, run by an
# unprivileged user (nobody, umask 000) whose environment asks every HTTPS
# library for something: a TLS key log in /etc/profile.d (a root-owned
# file there is a root shell at the next login), another CA bundle and
# directory, another OpenSSL config, and a proxy that records every
# connection. No such variable may change anything: a forged token is
# refused, a valid one logs in, no file is created and the proxy is never
# reached, in tokenreview mode and when a token's unknown kid makes the
# module fetch the key set. (libcurl used to run inside su and created
# that file as root.) Runs in the e2e sandbox (root; skipped elsewhere).
. "$(dirname "$0")/sandbox.sh"
e2e_enter "$0" "$@"
. "$(dirname "$0")/../integration/lib.sh"
e2e_setup

pam-auth-update --package --enable k8s-login > "$T/pam-auth-update.out" 2>&1
expect "pam-auth-update --enable k8s-login (su uses common-auth)" 0 "$?"
expect "... pam_k8s is in common-auth" 1 "$(grep -c pam_k8s.so /etc/pam.d/common-auth)"

# A proxy that only counts: any connection to it is a failure.
"$PYTHON3" -c '
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 0)); s.listen(16)
open(sys.argv[1], "w").write("%d\n" % s.getsockname()[1])
while True:
    c, _ = s.accept()
    open(sys.argv[2], "a").write("connection\n")
    c.close()
' "$T/proxy.port" "$T/proxy.log" &
SERVER_PIDS+=($!)
for _ in $(seq 1 100); do [ -s "$T/proxy.port" ] && break; sleep 0.05; done
PROXY="http://127.0.0.1:$(cat "$T/proxy.port")"
: > "$T/proxy.log"

# What the attacker points the libraries at: a CA of their own (any CA,
# were it honoured, could vouch for a lying server), a config, a key log.
mkdir -p "$T/evil"
"$PYTHON3" "$FIXTURE" pki "$T/evil" > /dev/null
printf 'openssl_conf = evil\n[evil]\n' > "$T/evil/openssl.cnf"
chmod -R a+rX "$T/evil"
KEYLOG=/etc/profile.d/zz-k8s-login-keylog.sh
rm -f "$KEYLOG"
HOSTILE=(SSLKEYLOGFILE="$KEYLOG" CURL_CA_BUNDLE="$T/evil/ca.pem" SSL_CERT_FILE="$T/evil/ca.pem"
        SSL_CERT_DIR="$T/evil" OPENSSL_CONF="$T/evil/openssl.cnf" OPENSSL_ENGINES="$T/evil"
        https_proxy="$PROXY" HTTPS_PROXY="$PROXY" http_proxy="$PROXY" HTTP_PROXY="$PROXY"
        all_proxy="$PROXY" ALL_PROXY="$PROXY" no_proxy= NO_PROXY= CURL_HOME="$T/evil"
        HOME="$T/evil")

# su_as_nobody TOKEN-FILE: nobody runs "su demo_debugger -c 'id -un'" with
# the hostile environment and umask 000, typing the token in parts of at
# most 499 bytes and a backslash (Linux-PAM's prompt takes 511). Sets
# SU_RC and $T/su.out.
su_as_nobody() {
        local tok parts=() i
        tok=$(tr -d '\n' < "$1")
        for ((i = 0; i < ${#tok}; i += 499)); do
                if [ $((i + 499)) -lt ${#tok} ]; then parts+=("${tok:i:499}\\"); else parts+=("${tok:i}"); fi
        done
        printf '%s\n' "${parts[@]}" | timeout 20 setsid -w setpriv --reuid=nobody --regid=nogroup \
                --clear-groups env -i PATH=/usr/bin:/bin "${HOSTILE[@]}" \
                sh -c 'umask 000; exec su demo_debugger -c "id -un"' > "$T/su.out" 2> "$T/su.err"
        SU_RC=$?
}

# nothing_leaked WHEN: no key log file anywhere it was asked for, and no
# connection to the proxy.
nothing_leaked() {
        expect "$1: no file at SSLKEYLOGFILE ($KEYLOG)" no "$([ -e "$KEYLOG" ] && echo yes || echo no)"
        expect "$1: nothing was created under /etc/profile.d by root since the test began" "" \
                "$(find /etc/profile.d -newer "$T/proxy.port" -user root 2>/dev/null)"
        expect "$1: the proxy saw no connection" 0 "$(wc -l < "$T/proxy.log")"
}

FORGED=$(token_file forged --key rsa2 --alg RS256 --ns demo --sa debugger --pod debugger)
VALID=$(token_file valid --ns demo --sa debugger --pod debugger)

# --- tokenreview: the token goes to the API server -------------------------------
su_as_nobody "$FORGED"
expect "tokenreview: setuid su refuses a forged token of the right shape (exit 1)" 1 "$SU_RC"
expect "... and runs nothing" "" "$(cat "$T/su.out")"
nothing_leaked "tokenreview, forged token"
su_as_nobody "$VALID"
expect "tokenreview: the valid token's twin logs in through setuid su" "0 demo_debugger" \
        "$SU_RC $(cat "$T/su.out")"
[ "$SU_RC" = 0 ] || tap_diag < "$T/su.err"
nothing_leaked "tokenreview, valid token"

# The same environment cannot change what k8s-login check decides either.
FORGED2=$(token_file forged2 --key rsa2 --alg RS256 --ns demo --sa debugger --pod debugger)
env -i PATH=/usr/bin:/bin "${HOSTILE[@]}" "$KL" check --user demo_debugger < "$FORGED2" > "$T/check.out"
expect "k8s-login check in that environment: the forged token is refused (exit 1)" 1 "$?"
expect_grep "... by the API server, reached directly" '^reason: API server (refused|did not authenticate)' "$T/check.out"
nothing_leaked "k8s-login check"

# --- jwks: an unknown kid makes the module fetch the key set ---------------------
cp /etc/k8s-login.conf "$T/k8s-login.conf.tokenreview"
sed -i -e 's/^validation = .*/validation = jwks/' -e '/^api_server\|^reviewer_token_file/d' \
        /etc/k8s-login.conf
{ echo "issuer = https://kubernetes.default.svc.cluster.local"
  echo "jwks_uri = https://127.0.0.1:$PORT/openid/v1/jwks"; } >> /etc/k8s-login.conf
grep -q '^issuer\|^jwks_uri' "$T/k8s-login.conf.tokenreview" &&
        { echo "configs/k8s-login.conf already sets issuer or jwks_uri: adapt this test" >&2; exit 1; }
UNKNOWN=$(token_file unknown-kid --key rsa2 --alg RS256 --kid "k$(date +%s%N)" --ns demo --sa debugger --pod debugger)
su_as_nobody "$UNKNOWN"
expect "jwks: setuid su refuses a token whose kid no key has (exit 1)" 1 "$SU_RC"
expect_grep "... after fetching the key set (the cache now holds it)" '^k8s-login key set from jwks_uri ' \
        "$(sed -n 's/^state_dir = //p' /etc/k8s-login.conf)/jwks.cache"
nothing_leaked "jwks, unknown kid"
su_as_nobody "$VALID"
expect "jwks: the valid token's twin logs in through setuid su" "0 demo_debugger" "$SU_RC $(cat "$T/su.out")"
nothing_leaked "jwks, valid token"
tap_done
