#!/bin/bash
# Process hygiene of the real pam_k8s.so in a host process (tests/hygiene.c):
# no fd, thread or signal handler left behind over 1000 logins, threads,
# the host's own libcurl, its SIGCHLD handling, fork. Real libpam (pam_start_confdir), so it runs
# the same in the normal and the sanitized build.
. "$(dirname "$0")/lib.sh"
require_runtime
HYGIENE="$top_builddir/tests/hygiene"
[ -x "$HYGIENE" ] || tap_skip_all "missing $HYGIENE (build first)"
stand_in
# A state_dir each: the module allows 50 TokenReviews a second per
# state_dir, and tests/hygiene.c paces each service's reviews under that.
write_config "$T/good.conf" "$PORT" "state_dir = $T/state-good"
hold_port
write_config "$T/down.conf" "$HELD_PORT" "state_dir = $T/state-down"
write_config "$T/named.conf" "$PORT" "state_dir = $T/state-named"
sed -i "s|^api_server = .*|api_server = https://api.k8s-login.test:$PORT|" "$T/named.conf"
echo "127.0.0.1 api.k8s-login.test" > "$T/hosts"
# The helper runs with an empty environment (nss_wrapper's variables do not
# reach it): it resolves the name through the real /etc/hosts, bound over
# in a private mount namespace.
command -v unshare >/dev/null && unshare -m true 2>/dev/null ||
        tap_skip_all "needs unshare -m (a private mount namespace)"
cat /etc/hosts "$T/hosts" > "$T/etc-hosts"
mkdir -p "$T/pam.d"
for s in good down named; do
        echo "auth required $PAM_SO config=$T/$s.conf" > "$T/pam.d/$s"
done
mint --alg ES256 > "$T/token"
unshare -m sh -c 'mount --bind "$0" /etc/hosts && exec "$@"' "$T/etc-hosts" \
env LD_PRELOAD="$NSS_PRELOAD:$SYSLOG_SHIM" NSS_WRAPPER_PASSWD="$T/passwd" \
        NSS_WRAPPER_GROUP="$T/group" NSS_WRAPPER_HOSTS="$T/hosts" K8S_TEST_SYSLOG="$T/syslog" \
        "$HYGIENE" "$T/pam.d" "$T/token" "https://127.0.0.1:$PORT/healthz" "$PKI/ca.pem" \
        "${HYGIENE_LOGINS:-1000}"
rc=$?
# The program prints its own plan; a crash before it would lose the plan,
# which the TAP driver reports as an error.
exit $rc
