#!/bin/bash
# The HTTPS helper from the login process's side (lib/auth/helper.c), through
# the real pam_k8s.so:
#   - what the helper is given: a fixed argv, an empty environment, no
#     descriptor but its socket and /dev/null, the token never in argv;
#   - a helper that hangs is killed at the deadline, one that floods,
#     answers garbage, exits non-zero after "allow", or names a bad
#     namespace makes the login PAM_AUTHINFO_UNAVAIL, never a success;
#   - a helper that is missing, a link, group-writable or someone else's
#     is never run;
#   - a jwks login with a cached key set, and a cache hit, start no
#     process at all (the helper configured does not even exist);
#   - with ca_file (or jwks_ca_file) set, a CA added to the system store
#     (bind-mounted in a private mount namespace) vouches for nothing;
#   - a key set older than jwks_max_stale is not used once the source is
#     down.
. "$(dirname "$0")/lib.sh"
STUB="$top_builddir/tests/helper_stub"
[ -x "$STUB" ] && [ -x "$HELPER" ] || tap_skip_all "build first (tests/helper_stub, tools/k8s-login-helper)"
stand_in
for m in hang flood garbage exit3 badns report; do
        install -m 0755 "$STUB" "$T/stub-$m"
done

# conf NAME [lines...]: a tokenreview config for the stand-in, as service NAME.
conf() {
        local name=$1; shift
        write_config "$T/$name.conf" "$OK_PORT" "$@"
        write_service "$name" "config=$T/$name.conf"
}

# --- what the helper is given ------------------------------------------------
conf report "helper = $T/stub-report"
TOK=$(mint)
try "a helper that says deny: PAM_AUTH_ERR" PAM_AUTH_ERR demo_debugger "$TOK" report
expect "... with its reason" "the stub says no" "$(reason)"
R="$T/stub-report.report"
expect "the helper's argv is exactly 'k8s-login-helper'" "argc 1|argv k8s-login-helper" \
        "$(grep -E '^(argc|argv) ' "$R" | paste -sd'|')"
expect "... its environment is empty (the driver's LD_PRELOAD, NSS_WRAPPER_* and PAM_WRAPPER* stay behind)" \
        "" "$(grep '^env ' "$R")"
expect "... it holds descriptors 0, 1 and 2 and nothing else of the host" "fd 0|fd 1|fd 2" \
        "$(grep '^fd ' "$R" | sort | paste -sd'|')"
expect "... the request names the protocol, the config, the op, the deadline (also on the monotonic clock) and the token's length" \
        "k8s-login-helper 1|config $T/report.conf|op tokenreview|deadline_ms 1700|deadline_at_ms N|token ${#TOK}" \
        "$(grep -vE '^(argc|argv|env|fd) |^$' "$R" | sed -E 's/^deadline_at_ms [1-9][0-9]*$/deadline_at_ms N/' | paste -sd'|')"
expect_no_grep "... and the token is not in what the helper was given outside its socket" "${TOK:20:40}" "$R"

# --- a helper that hangs --------------------------------------------------------------
conf hang "helper = $T/stub-hang"
type_token hang demo_debugger "$(mint)"
ms=$(sed -n 's/^auth_ms: //p' "$OUT")
expect "a helper that hangs: PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL "$AUTH"
expect "... within the timeout (2 s) plus a second ($ms ms)" yes \
        "$([ "${ms:-99999}" -le "$HANG_BOUND_MS" ] && echo yes || echo no)"
expect "... the log says it was killed at the deadline" \
        "helper $T/stub-hang did not finish within 2s (killed)" "$(reason)"
# The module kills the helper's process group and reaps the helper; one
# of its children may take a moment to end after SIGKILL: at most 5 s,
# rather than a fixed sleep that a loaded machine could outlast.
for _ in $(seq 1 100); do
        left=$(pgrep -f "$T/stub-hang" | xargs)
        [ -z "$left" ] && break
        sleep 0.05
done
expect "... and no process of it is left" "" "$left"

# --- misbehaving helpers, and helpers that are never run ----------------------------
UNTRUSTED="is not an executable regular file owned by root and writable by its owner alone"
install -m 0775 "$HELPER" "$T/helper-groupw"
install -m 0755 -o nobody "$HELPER" "$T/helper-nobody"
ln -s "$HELPER" "$T/helper-link"
# NAME|HELPER|what the log must say: each login is PAM_AUTHINFO_UNAVAIL.
for c in "flood|$T/stub-flood|helper $T/stub-flood: answer larger than 65536 bytes" \
         "garbage|$T/stub-garbage|helper $T/stub-garbage: malformed answer" \
         "exit3|$T/stub-exit3|helper $T/stub-exit3: exited with status 3" \
         "badns|$T/stub-badns|helper answered allow without a valid service account" \
         "groupw|$T/helper-groupw|helper $T/helper-groupw $UNTRUSTED" \
         "nobody|$T/helper-nobody|helper $T/helper-nobody $UNTRUSTED" \
         "link|$T/helper-link|helper $T/helper-link: Too many levels of symbolic links" \
         "missing|$T/helper-missing|helper $T/helper-missing: No such file or directory"; do
        IFS='|' read -r m path want <<< "$c"
        conf "$m" "helper = $path"
        try "helper '$m': PAM_AUTHINFO_UNAVAIL, never a success" PAM_AUTHINFO_UNAVAIL demo_debugger "$(mint)" "$m"
        expect "... and the log says why" "$want" "$(reason)"
done
conf real
try "the twin: the real helper of this build logs the token in" PAM_SUCCESS demo_debugger "$(mint)" real
reason_is "authenticated by the API server"

# --- no process at all when nothing needs the network ------------------------------
NOHELPER="helper = $T/no-such-helper"
jconf() { # NAME STATE [lines...]
        local name=$1 state=$2; shift 2
        write_config "$T/$name.conf" "$OK_PORT" "state_dir = $state" \
                "issuer = https://kubernetes.default.svc.cluster.local" "$@"
        sed -i -e 's/^validation = tokenreview$/validation = jwks/' \
                -e '/^api_server\|^reviewer_token_file/d' "$T/$name.conf"
        write_service "$name" "config=$T/$name.conf"
}
JURI="jwks_uri = https://127.0.0.1:$OK_PORT/openid/v1/jwks"
jconf jwarm "$T/jstate" "$JURI"
try "jwks_uri: a first login fetches the key set through the helper" PAM_SUCCESS demo_debugger "$(mint)" jwarm
reason_is "signature and claims verified offline against the key set"
jconf jcold "$T/jstate" "$JURI" "$NOHELPER"
try "jwks_uri with the key set cached: a new token logs in with no helper to run" PAM_SUCCESS demo_debugger "$(mint)" jcold
reason_is "signature and claims verified offline against the key set"
jconf jempty "$T/jstate-empty" "$JURI" "$NOHELPER"
try "... the twin, with nothing cached: PAM_AUTHINFO_UNAVAIL, the helper was needed" \
        PAM_AUTHINFO_UNAVAIL demo_debugger "$(mint)" jempty
expect_grep "... and the log names it" "no-such-helper: No such file or directory" "$T/syslog.new"
jconf jfile "$T/jstate-file" "jwks_file = $PKI/jwks.json" "$NOHELPER"
try "jwks_file: logs in with no helper to run" PAM_SUCCESS demo_debugger "$(mint)" jfile
reason_is "signature and claims verified offline against the key set"
conf cwarm "state_dir = $T/cstate" "cache_ttl = 60"
CACHED=$(mint)
try "tokenreview: a first login asks the API server" PAM_SUCCESS demo_debugger "$CACHED" cwarm
reason_is "authenticated by the API server"
conf chit "state_dir = $T/cstate" "cache_ttl = 60" "$NOHELPER"
try "... the same token again is a cache hit, with no helper to run" PAM_SUCCESS demo_debugger "$CACHED" chit
reason_like "verified earlier \(token cache, [0-9]+s left\)"
try "... the twin, a new token: PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL demo_debugger "$(mint)" chit
reason_is "helper $T/no-such-helper: No such file or directory"

# --- only the configured CA ----------------------------------------------------------
if unshare -m true 2>/dev/null && command -v openssl > /dev/null; then
        # A stand-in whose certificate comes from another CA (the PKI's
        # "k8sfake other CA", a name of its own, as any other CA has).
        start_server other --cert otherca
        OTHER_PORT=$PORT
        # The system store as it is, plus that CA, bound over /etc/ssl/certs.
        mkdir -p "$T/store"
        cp -a /etc/ssl/certs/. "$T/store/"
        cp "$PKI/otherca.pem" "$T/store/k8s-login-test-other.pem"
        cat "$PKI/otherca.pem" >> "$T/store/ca-certificates.crt"
        openssl rehash "$T/store" > /dev/null 2>&1
        printf '#!/bin/sh\nmount --bind %s /etc/ssl/certs && exec "$@"\n' "$T/store" > "$T/with-store"
        chmod 0755 "$T/with-store"
        oconf() { # NAME [lines...]: a tokenreview config for that stand-in
                local name=$1; shift
                write_config "$T/$name.conf" "$OTHER_PORT" "$@"
                write_service "$name" "config=$T/$name.conf"
        }
        oconf store-only
        sed -i '/^ca_file/d' "$T/store-only.conf"
        WRAP="unshare -m $T/with-store" try "without ca_file, a CA of the (bind-mounted) system store is trusted" PAM_SUCCESS demo_debugger "$(mint)" store-only
        reason_is "authenticated by the API server"
        oconf pinned
        WRAP="unshare -m $T/with-store" try "with ca_file, the same server, same store: PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL demo_debugger "$(mint)" pinned
        expect_grep "... because its certificate does not chain to ca_file" \
                "reason=API server unreachable: .*certificate" "$T/syslog.new"
        # The key set: jwks_ca_file, the same way.
        OJURI="jwks_uri = https://127.0.0.1:$OTHER_PORT/openid/v1/jwks"
        jconf jstore "$T/jstore" "$OJURI"
        sed -i '/^ca_file/d' "$T/jstore.conf"
        WRAP="unshare -m $T/with-store" try "jwks_uri without jwks_ca_file or ca_file: the system store's CA is trusted" PAM_SUCCESS demo_debugger "$(mint)" jstore
        reason_is "signature and claims verified offline against the key set"
        jconf jpinned "$T/jpinned" "$OJURI" "jwks_ca_file = $PKI/ca.pem"
        WRAP="unshare -m $T/with-store" try "with jwks_ca_file: PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL demo_debugger "$(mint)" jpinned
        expect_grep "... because the key set's certificate does not chain to it" \
                "unreachable: .*certificate" "$T/syslog.new"
else
        tap_ok "# SKIP needs unshare -m and openssl: the trust-anchor cases did not run"
fi

# --- the reviewer's credential must be private ---------------------------------------
install -m 0640 "$PKI/reviewer.token" "$T/reviewer-0640.token"
conf readable
sed -i "s|^reviewer_token_file = .*|reviewer_token_file = $T/reviewer-0640.token|" "$T/readable.conf"
try "a reviewer token readable by its group: PAM_AUTHINFO_UNAVAIL, never sent" PAM_AUTHINFO_UNAVAIL demo_debugger "$(mint)" readable
expect_grep "... and the log says why" \
        "reason=reviewer_token_file $T/reviewer-0640.token: readable by group or others \(mode 0640\)" \
        "$T/syslog.new"

# --- k8s-login config-test --connect and status --connect, through the helper ---------
connect() { # CONFIG COMMAND...: runs k8s-login; CRC, $T/c.out, $T/c.err
        "$K8S_LOGIN" "${@:2}" --config "$1" > "$T/c.out" 2> "$T/c.err"
        CRC=$?
}
connect "$T/real.conf" config-test --connect
expect "config-test --connect: the API server answers the reviewer (exit 0)" 0 "$CRC"
expect "... and says so" \
        "api server: https://127.0.0.1:$OK_PORT answered a TokenReview from the reviewer (TLS verified against $PKI/ca.pem)" \
        "$(head -1 "$T/c.out")"
connect "$T/real.conf" config-test
expect "... without --connect, nothing is asked of the network" \
        "$T/real.conf: OK (validation = tokenreview, 1 audience, 2 allowed namespace patterns)" "$(cat "$T/c.out")"
hold_port
write_config "$T/down.conf" "$HELD_PORT"
connect "$T/down.conf" config-test --connect
expect "config-test --connect, nothing listening: exit 3" 3 "$CRC"
expect_grep "... and names the failure" '^k8s-login: api server: API server unreachable: ' "$T/c.err"
expect_grep "... counted as a problem" "^k8s-login: $T/down.conf: 1 problem found" "$T/c.err"
connect "$T/down.conf" config-test
expect "... the twin without --connect: exit 0 (the file alone is sound)" 0 "$CRC"
printf 'not-the-reviewer-token\n' > "$T/wrong.token"
chmod 0600 "$T/wrong.token"
write_config "$T/wrong.conf" "$OK_PORT"
sed -i "s|^reviewer_token_file = .*|reviewer_token_file = $T/wrong.token|" "$T/wrong.conf"
connect "$T/wrong.conf" config-test --connect
expect "config-test --connect, a reviewer token the API server refuses: exit 3" 3 "$CRC"
expect_grep "... and says so" '^k8s-login: api server: API server answered HTTP 401 \(expected 201\): reviewer token refused$' "$T/c.err"
jconf jconnect "$T/jconnect" "$JURI"
connect "$T/jconnect.conf" config-test --connect
expect "config-test --connect, jwks_uri: exit 0" 0 "$CRC"
expect "... the key set is fetched and parsed" \
        "key set: 2 usable keys from https://127.0.0.1:$OK_PORT/openid/v1/jwks" "$(head -1 "$T/c.out")"
connect "$T/real.conf" status --connect
expect_grep "status --connect: the API server is reachable" \
        "^api server: reachable: https://127.0.0.1:$OK_PORT answered a TokenReview" "$T/c.out"
connect "$T/down.conf" status --connect
expect_grep "status --connect, nothing listening: FAILED" '^api server: FAILED: API server unreachable: ' "$T/c.out"
expect "... a warning (exit 1), not an unusable config" 1 "$CRC"
connect "$T/down.conf" status
expect "... the twin without --connect has no such line" "" "$(grep '^api server' "$T/c.out")"

# --- jwks_max_stale -----------------------------------------------------------------
start_server stale
STALE_PID=${SERVER_PIDS[-1]}
SURI="jwks_uri = https://127.0.0.1:$PORT/openid/v1/jwks"
jconf swarm "$T/sstate" "$SURI"
try "a key set fetched from jwks_uri" PAM_SUCCESS demo_debugger "$(mint)" swarm
reason_is "signature and claims verified offline against the key set"
stop_server "$STALE_PID" "$PORT"
touch -d '-2 hours' "$T/sstate/jwks.cache"
rm -f "$T/sstate/jwks.attempt"
jconf sday "$T/sstate" "$SURI"
try "the source down, the cache 2 hours old: used (jwks_max_stale is a day)" PAM_SUCCESS demo_debugger "$(mint)" sday
reason_is "signature and claims verified offline against the key set"
jconf shour "$T/sstate" "$SURI" "jwks_max_stale = 3600"
rm -f "$T/sstate/jwks.attempt"
try "... with jwks_max_stale = 3600: not used, PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL demo_debugger "$(mint)" shour
expect_grep "... and the log gives its age" \
        "the cached one was fetched 72[0-9][0-9]s ago, more than jwks_max_stale \(3600s\)" "$T/syslog.new"
# --- the caller's end, on the clock both processes read -----------------------------
# The helper counts deadline_ms from when it starts, so a slow start (a
# loaded host, a debugger) would move its end past the caller's, and the
# caller's kill would arrive before the helper's own reason. With
# deadline_at_ms the earlier end wins: asked about a server that never
# answers, with 10 s by deadline_ms but an end 900 ms away on the
# monotonic clock, it gives up at that end and says how long it had.
start_server silent --mode silent
write_config "$T/silent.conf" "$PORT"
mono_ms() { "$PYTHON3" -c 'import time; print(int(time.monotonic() * 1000))'; }
# ask_silent DESC DEADLINE_MS AT_IN_MS SAYS BOUND_MS: the helper asked to
# probe the silent server with deadline_ms DEADLINE_MS and deadline_at_ms
# AT_IN_MS from now answers SAYS (its first two lines), within BOUND_MS.
ask_silent() {
        local start got elapsed
        start=$(now_ms)
        got=$({ printf 'k8s-login-helper 1\nconfig %s\nop probe\ndeadline_ms %s\n' \
                       "$T/silent.conf" "$2"
                printf 'deadline_at_ms %s\ntoken 0\n\n' "$(( $(mono_ms) + $3 ))"; } |
              "$HELPER" 2>&1 | head -2 | paste -sd'|')
        elapsed=$(( $(now_ms) - start ))
        expect "$1" "$4" "$got"
        expect "... within $5 ms ($elapsed ms)" yes "$([ "$elapsed" -le "$5" ] && echo yes || echo no)"
}
ask_silent "deadline_at_ms ends the request when it comes first, not deadline_ms's 10 s" \
        10000 900 "api_server fail API server did not answer within 1s|status unavail" 1800
ask_silent "... the twin: deadline_ms ends it when it comes first, not a minute" \
        1200 60000 "api_server fail API server did not answer within 2s|status unavail" 2200

tap_done
