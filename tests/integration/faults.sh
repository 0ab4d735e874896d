#!/bin/bash
# Faults, table-driven, through the real pam_k8s.so: every way the network
# source of a decision can fail, every way its local files can be wrong.
# Each network fault must give PAM_AUTHINFO_UNAVAIL within timeout + 1 s
# with the driver's peak RSS bounded; each case prints its measured time
# as a TAP diagnostic "# <case>: <ms> ms". (What the API server *says*,
# once it answers, is tested in pam_tokenreview.sh.)
. "$(dirname "$0")/lib.sh"
stand_in
ES=$(mint --alg ES256)
answers "$T/ans" "$ES"
TIMEOUT=2 # seconds, as write_config sets it

# The network sources a login depends on. Each has a source_config that
# points it at a server on PORT. To fault another source (the jwks_uri key
# set), add its name here and a branch to source_config.
SOURCES="tokenreview jwks"
JWKS_STATES=0
source_config() { # SOURCE FILE PORT
        case $1 in
        tokenreview) write_config "$2" "$3" ;;
        # The key set from jwks_uri, with a cold cache every time (a warm
        # one would rightly be used when the source fails).
        jwks)
                JWKS_STATES=$((JWKS_STATES + 1))
                write_config "$2" "$3" \
                        "issuer = https://kubernetes.default.svc.cluster.local" \
                        "jwks_uri = https://127.0.0.1:$3/openid/v1/jwks" \
                        "state_dir = $T/jwks-state-$JWKS_STATES"
                sed -i -e 's/^validation = tokenreview$/validation = jwks/' \
                        -e '/^api_server\|^reviewer_token_file/d' "$2" ;;
        *) echo "source_config: unknown source $1" >&2; exit 1 ;;
        esac
}

# fault_login DESC CONFIG: one login with a valid token; sets ELAPSED_MS and
# RSS_KB (the driver's peak resident set).
fault_login() {
        local desc=$1 conf=$2
        write_service fault "config=$conf"
        login_logged fault demo_debugger --answers "$T/ans"
        # pam_authenticate's own time, as the driver measured it.
        ELAPSED_MS=$(sed -n 's/^auth_ms: //p' "$OUT")
        ELAPSED_MS=${ELAPSED_MS:-999999}
        RSS_KB=$(sed -n 's/^maxrss_kb: //p' "$OUT")
        echo "$desc: $ELAPSED_MS ms, peak RSS ${RSS_KB:-?} KiB" | tap_diag
}

# The baseline: a good login, and its peak RSS. A fault may cost a little
# more memory than this (error paths, TLS alerts), never the size of what a
# hostile server sends: the bound is the baseline plus 32 MiB, well under
# the 100 MiB answer below.
for src in $SOURCES; do
        source_config "$src" "$T/ok-$src.conf" "$OK_PORT"
        fault_login "$src: a working server" "$T/ok-$src.conf"
        expect "$src: a working server logs in (the twin of every fault below)" PAM_SUCCESS "$AUTH"
        case $src in
        tokenreview) reason_is "authenticated by the API server" ;;
        jwks) reason_is "signature and claims verified offline against the key set" ;;
        esac
        BASE_RSS_KB=${RSS_KB:-0}
done
RSS_BOUND_KB=$(( BASE_RSS_KB + 32768 ))

# --- the network ----------------------------------------------------------
# case | serve options ("down": nothing listens) | what the log says of the
# source (an ERE; @PORT@, @LIMIT@ and @CODE@ stand for the source's port,
# answer limit and expected HTTP status).
NET_FAULTS="refused|down|unreachable: Failed to connect to 127\.0\.0\.1 port @PORT@ after [0-9]+ ms: Couldn't connect to server
accepts and never answers (no TLS handshake)|--mode silent|did not answer within ${TIMEOUT}s
answers TLS, never HTTP|--mode slow --delay 30|did not answer within ${TIMEOUT}s
one byte a second|--mode trickle|did not answer within ${TIMEOUT}s
100 MiB answer|--mode huge|answer larger than @LIMIT@ bytes
100 MiB answer, chunked, no length|--mode huge-chunked|answer larger than @LIMIT@ bytes
closes mid-body|--mode close-midbody|unreachable: transfer closed with [0-9]+ bytes remaining to read
3xx to an http:// URL|--mode redirect|answered HTTP 302 \(expected @CODE@\)
expired certificate|--cert expired|unreachable: SSL certificate problem: certificate has expired
certificate for another name|--cert wronghost|unreachable: SSL: no alternative certificate subject name matches target host name '127\.0\.0\.1'"
# net_reason SOURCE PORT WHAT: the whole reason a login logs when SOURCE,
# at PORT, fails with WHAT (a row's last column), as an ERE.
net_reason() {
        local what=${3//@PORT@/$2}
        case $1 in
        tokenreview)
                what=${what//@LIMIT@/262144}
                echo "API server ${what//@CODE@/201}" ;;
        jwks)
                what=${what//@LIMIT@/1048576}
                echo "no key set: https://127\.0\.0\.1:$2/openid/v1/jwks ${what//@CODE@/200}; and no usable cache \($T/jwks-state-$JWKS_STATES/jwks\.cache: cannot open: No such file or directory\)" ;;
        esac
}
for src in $SOURCES; do
        while IFS='|' read -r name opts what; do
                if [ "$opts" = down ]; then
                        hold_port
                        port=$HELD_PORT
                else
                        # shellcheck disable=SC2086 # opts are words
                        start_server "fault$TAP_N" $opts
                        port=$PORT
                fi
                source_config "$src" "$T/fault.conf" "$port"
                fault_login "$src: $name" "$T/fault.conf"
                expect "$src: $name: PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL "$AUTH"
                expect "$src: $name: within timeout + 1 s ($ELAPSED_MS ms <= $HANG_BOUND_MS)" yes \
                        "$([ "$ELAPSED_MS" -le "$HANG_BOUND_MS" ] && echo yes || echo no)"
                expect "$src: $name: peak RSS bounded (${RSS_KB:-?} KiB <= $RSS_BOUND_KB)" yes \
                        "$([ -n "$RSS_KB" ] && [ "$RSS_KB" -le "$RSS_BOUND_KB" ] && echo yes || echo no)"
                reason_like "$(net_reason "$src" "$port" "$what")"
                [ "$opts" = down ] || kill "${SERVER_PIDS[-1]}" 2>/dev/null
        done <<< "$NET_FAULTS"
done

# --- the reviewer token ---------------------------------------------------
# reviewer_case DESC EXPECTED REASON: a login with reviewer_token_file
# = $T/reviewer (whatever the case made of it) returns EXPECTED and logs
# exactly REASON.
write_config "$T/rev.conf" "$OK_PORT"
sed -i "s|^reviewer_token_file = .*|reviewer_token_file = $T/reviewer|" "$T/rev.conf"
reviewer_case() {
        fault_login "reviewer token $1" "$T/rev.conf"
        expect "reviewer token $1: $2" "$2" "$AUTH"
        reason_is "$3"
}
ALLOWED="authenticated by the API server"
rm -rf "$T/reviewer"
reviewer_case "missing" PAM_AUTHINFO_UNAVAIL "reviewer_token_file $T/reviewer: cannot open: No such file or directory"
mkdir "$T/reviewer"
reviewer_case "unreadable (a directory)" PAM_AUTHINFO_UNAVAIL "reviewer_token_file $T/reviewer: not a regular file"
rmdir "$T/reviewer"; mkfifo "$T/reviewer"
reviewer_case "unreadable (a FIFO nobody writes)" PAM_AUTHINFO_UNAVAIL "reviewer_token_file $T/reviewer: not a regular file"
rm -f "$T/reviewer"; install -m 0600 -o 65534 "$PKI/reviewer.token" "$T/reviewer"
reviewer_case "owned by another user" PAM_AUTHINFO_UNAVAIL "reviewer_token_file $T/reviewer: not owned by root (owner uid 65534)"
rm -f "$T/reviewer"; install -m 0000 "$PKI/reviewer.token" "$T/reviewer"
reviewer_case "of mode 0000, owned by root (root may read it)" PAM_SUCCESS "$ALLOWED"
# Rotation the way the kubelet does it: ..data is a link swapped to a new
# directory; the token file is a link through it.
rm -f "$T/reviewer"
mkdir -p "$T/proj/v1" "$T/proj/v2"
cp "$PKI/reviewer.token" "$T/proj/v1/token"
echo "rotated-away" > "$T/proj/v2/token"
chmod 0400 "$T/proj/v2/token"  # as a projected volume with defaultMode: 0400
ln -s v1 "$T/proj/..data"; ln -s proj/..data/token "$T/reviewer"
reviewer_case "projected (a link through ..data)" PAM_SUCCESS "$ALLOWED"
ln -sfn v2 "$T/proj/..tmp" && mv -T "$T/proj/..tmp" "$T/proj/..data"
reviewer_case "rotated between two logins to one the server refuses" PAM_AUTHINFO_UNAVAIL \
        "API server answered HTTP 401 (expected 201): reviewer token refused"
ln -sfn v1 "$T/proj/..tmp" && mv -T "$T/proj/..tmp" "$T/proj/..data"
reviewer_case "rotated back" PAM_SUCCESS "$ALLOWED"
# A token others can read is every local user's credential: refused
# before it is sent (the twin of "owned by root, mode 0000" above).
rm -f "$T/reviewer"; install -m 0644 "$PKI/reviewer.token" "$T/reviewer"
reviewer_case "of mode 0644 (every local user could read it)" PAM_AUTHINFO_UNAVAIL \
        "reviewer_token_file $T/reviewer: readable by group or others (mode 0644): every local user could use this credential; make it mode 0600"

# --- the config -----------------------------------------------------------
# config_case DESC PROBLEM: a login with config=$T/cfg.conf as the case
# left it; it must fail closed and log exactly that the config cannot be
# trusted, for PROBLEM.
config_case() {
        fault_login "config $1" "$T/cfg.conf"
        expect "config $1: fails closed" PAM_AUTHINFO_UNAVAIL "$AUTH"
        reason_is "config cannot be trusted: $T/$2"
}
rm -f "$T/cfg.conf"
config_case "missing" "cfg.conf: cannot open: No such file or directory"
write_config "$T/cfg.conf" "$OK_PORT"; chmod 0666 "$T/cfg.conf"
config_case "world-writable" "cfg.conf: writable by group or others (mode 0666)"
write_config "$T/cfg.conf" "$OK_PORT"; chmod 0664 "$T/cfg.conf"
config_case "group-writable" "cfg.conf: writable by group or others (mode 0664)"
write_config "$T/cfg.conf" "$OK_PORT"; chown 65534 "$T/cfg.conf"
config_case "owned by another user" "cfg.conf: not owned by root (owner uid 65534)"
write_config "$T/cfg.conf" "$OK_PORT" "this is not a key value line"
config_case "with a syntax error" "cfg.conf:9: expected 'key = value'"
write_config "$T/cfg.conf" "$OK_PORT" "audience = k8s-login"
config_case "with an unknown key" "cfg.conf:9: unknown key 'audience'"
write_config "$T/ok.conf" "$OK_PORT"; ln -sf ok.conf "$T/cfg.conf"
config_case "a symbolic link" "cfg.conf: cannot open: is a symbolic link"
rm -f "$T/cfg.conf"; write_config "$T/cfg.conf" "$OK_PORT"
fault_login "config as it should be" "$T/cfg.conf"
expect "config as it should be: logs in (the twin of the cases above)" PAM_SUCCESS "$AUTH"
reason_is "$ALLOWED"

# Error paths log more than success does: none of it is a secret.
expect_no_grep "no slice of the token in any log line" "${ES: -20}" "$T/syslog"
expect_no_grep "... nor of its payload" "${ES:40:20}" "$T/syslog"
expect_no_grep "the reviewer token in no log line" "$(cat "$PKI/reviewer.token")" "$T/syslog"
tap_done
