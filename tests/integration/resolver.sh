#!/bin/bash
# The API server named by a host name whose DNS never answers: libcurl's
# threaded resolver is still blocked in getaddrinfo when the login's
# deadline passes. That thread lives in k8s-login-helper, which the module
# kills and reaps at the deadline: the login ends within timeout + 1 s,
# and the host (the driver) lives on after pam_end with no thread of ours.
# DNS goes to a sink on 127.0.0.1:53, in a private mount namespace whose
# /etc/resolv.conf points there.
# Sanitized build: full stacks for every allocation (slower, one login),
# so that tests/lsan.supp can recognise nss_wrapper's own dlopen in the
# resolver thread.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:exitcode=97:fast_unwind_on_malloc=0}
. "$(dirname "$0")/lib.sh"
require_runtime
[ -n "${MEMCHECK:-}" ] && tap_skip_all "not under memcheck"
command -v unshare >/dev/null && unshare -m true 2>/dev/null ||
        tap_skip_all "needs unshare -m (a private mount namespace)"
"$PYTHON3" - <<'PY' 2>/dev/null || tap_skip_all "127.0.0.1:53/udp is in use"
import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 53))
PY
make_pki
write_accounts
# A DNS server that reads every query and answers none.
"$PYTHON3" -c '
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 53))
open(sys.argv[1], "w").write("ready\n")
while True:
    s.recv(4096)
' "$T/dns.ready" &
SERVER_PIDS+=($!)
for _ in $(seq 1 100); do [ -s "$T/dns.ready" ] && break; sleep 0.05; done
printf 'nameserver 127.0.0.1\noptions timeout:4 attempts:1\n' > "$T/resolv.conf"
cat > "$T/with-resolv" <<SH
#!/bin/sh
mount --bind "$T/resolv.conf" /etc/resolv.conf && exec "\$@"
SH
chmod 0755 "$T/with-resolv"

write_config "$T/k8s-login.conf" 443
sed -i "s|^api_server = .*|api_server = https://api.unanswered.k8s-login.test|" "$T/k8s-login.conf"
write_service named "config=$T/k8s-login.conf"
answers "$T/ans" "$(mint --alg ES256)"
LINGER=4
WRAP="unshare -m $T/with-resolv"
login named demo_debugger --answers "$T/ans" --linger "$LINGER"
# The time pam_authenticate took, as the driver measured it: process start
# and exit (a sanitizer's leak scan, a loaded CI machine) do not count.
elapsed=$(sed -n 's/^auth_ms: //p' "$OUT")
elapsed=${elapsed:-999999}
expect "an API server name that never resolves: PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL "$AUTH"
expect "dns_hang_bounded: ... within timeout + 1 s, not the resolver's 4 s (about $elapsed ms)" yes \
        "$([ "$elapsed" -le "$HANG_BOUND_MS" ] && echo yes || echo no)"
expect "the host lives on after pam_end while the resolver thread finishes (exit 0)" 0 "$LOGIN_RC"
expect_grep "... to its own end" '^maxrss_kb: ' "$OUT"
new_log
expect_grep "the log says the API server did not answer in time" \
        'auth unavailable .*reason=API server (did not answer within 2s|unreachable)' "$T/syslog.new"
tap_done
