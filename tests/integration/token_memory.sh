#!/bin/bash
# No login leaves a copy of the token in freed heap, nor anywhere in the
# heap at exit: every login path runs under tests/free_scan.c, an
# LD_PRELOAD shim that searches every block given to free() (and every
# block realloc() moves) for 16 consecutive bytes of the token's
# signature (as text, or as the bytes it decodes to), and at exit the
# heap and the anonymous writable mappings. First, the shim is shown to
# find the copies a careless program leaves.
. "$(dirname "$0")/lib.sh"
[ "${ENABLE_SANITIZERS:-no}" = yes ] &&
        tap_skip_all "ASan owns malloc and free in the sanitizer build (ENABLE_SANITIZERS=yes): the free() shim cannot run there"
[ -n "${MEMCHECK:-}" ] && tap_skip_all "valgrind replaces malloc and free: the free() shim cannot run under it"
require_runtime
FREE_SCAN="$top_builddir/tests/.libs/libfree_scan.so"
PROBE="$top_builddir/tests/free_scan_probe"
for f in "$FREE_SCAN" "$PROBE"; do
        [ -e "$f" ] || tap_skip_all "missing $f (make check builds it)"
done
make_pki
write_accounts
ISS=https://kubernetes.default.svc.cluster.local
start_server ok --jwks "$PKI/jwks.json"
OK_PORT=$PORT
BASE_PRELOAD=$LOGIN_PRELOAD
SCANS=0

# judge DESC FILE SIG: the shim was armed with SIG, scanned frees and the
# heap, and found nothing.
judge() {
        local desc=$1 file=$2 sig=$3 summary
        summary=$(grep '^summary: ' "$file" 2>/dev/null)
        if ! grep -q "^armed: signature text ${#sig} bytes" "$file" 2>/dev/null; then
                tap_fail "$desc (the shim was not armed)"
                tap_diag < "$file" 2>/dev/null
        elif ! [[ $summary =~ frees=[1-9][0-9]*\ bytes=[1-9][0-9]*\ exit_bytes=[1-9][0-9]* ]]; then
                tap_fail "$desc (the shim scanned nothing: '$summary')"
        elif [[ $summary != *" findings=0" ]]; then
                tap_fail "$desc"
                # The summary, then each finding with the first frames
                # past the shim and libc's free (which library freed it).
                { echo "$summary"; awk '/^finding/ { print; n = 0; next }
                        /libfree_scan/ { next }
                        /^\// { if (n++ < 4) print "    " $0 }' "$file"; } | tap_diag
        else
                tap_ok "$desc"
        fi
}

# scan_login DESC EXPECTED REASON SERVICE USER TOKEN [answers...]: one
# login with the shim, which returns EXPECTED and logs exactly REASON (the
# caller checks it when REASON is empty); the answers default to the token.
scan_login() {
        local desc=$1 expected=$2 why=$3 service=$4 user=$5 token=$6; shift 6
        local sig=${token##*.}
        SCANS=$((SCANS + 1))
        SCAN_OUT="$T/scan.$SCANS"
        if [ $# -gt 0 ]; then answers "$T/ans" "$@"; else answers "$T/ans" "$token"; fi
        LOGIN_PRELOAD="$BASE_PRELOAD:$FREE_SCAN" K8S_FREE_SCAN_SECRET=$sig \
                K8S_FREE_SCAN_OUT="$SCAN_OUT" login_logged "$service" "$user" --answers "$T/ans"
        LOGIN_PRELOAD=$BASE_PRELOAD
        expect "$desc: $expected" "$expected" "$AUTH"
        [ -z "$why" ] || reason_is "$why"
        judge "$desc: no copy of the token in freed heap or at exit" "$SCAN_OUT" "$sig"
}

# scan_check DESC EXPECTED_EXIT REASON CONFIG TOKEN: k8s-login check with
# the shim, which exits EXPECTED_EXIT and prints exactly REASON.
scan_check() {
        local desc=$1 expected=$2 why=$3 conf=$4 token=$5 rc
        local sig=${token##*.}
        SCANS=$((SCANS + 1))
        SCAN_OUT="$T/scan.$SCANS"
        env LD_PRELOAD="$NSS_PRELOAD:$FREE_SCAN" NSS_WRAPPER_PASSWD="$T/passwd" \
                NSS_WRAPPER_GROUP="$T/group" K8S_FREE_SCAN_SECRET="$sig" \
                K8S_FREE_SCAN_OUT="$SCAN_OUT" "$K8S_LOGIN" check --config "$conf" \
                <<< "$token" > "$T/check.out" 2>&1
        rc=$?
        expect "$desc (exit $expected)" "$expected" "$rc"
        says "$why" "$T/check.out"
        judge "$desc: no copy of the token in freed heap or at exit" "$SCAN_OUT" "$sig"
}

# --- the shim finds what it must (and only that) ---------------------------------
SIG=$(mint --alg RS256); SIG=${SIG##*.}
probe() {
        local mode=$1
        rm -f "$T/probe.scan"
        env LD_PRELOAD="$FREE_SCAN" K8S_FREE_SCAN_SECRET="$SIG" K8S_FREE_SCAN_OUT="$T/probe.scan" \
                "$PROBE" "$mode" > "$T/probe.out" 2>&1
        PROBE_RC=$?
        PROBE_FINDINGS=$(sed -n 's/^summary: .* findings=\([0-9]*\)$/\1/p' "$T/probe.scan" 2>/dev/null)
}
probe free
expect "probe free: the program ran" 0 "$PROBE_RC"
expect "probe free: a copy freed without wiping is found (at free, and in the heap at exit)" 2 "$PROBE_FINDINGS"
expect_grep "probe free: ... in a freed block, the whole signature text" \
        "^finding: free 0x[0-9a-f]+ of [0-9]+ bytes holds ${#SIG} bytes of the signature text \(block offset 0, signature offset 0\)" "$T/probe.scan"
expect_grep "probe free: ... with the backtrace of the free" 'free_scan_probe' "$T/probe.scan"
probe wiped
expect "probe wiped: a copy wiped before free is not (the twin)" 0 "$PROBE_FINDINGS"
probe realloc
expect "probe realloc: a copy left behind by a moving realloc is found" yes "$([ "${PROBE_FINDINGS:-0}" -ge 1 ] && echo yes)"
expect_grep "probe realloc: ... as realloc's" "^finding: realloc .* holds 20 bytes of the signature text \(block offset 0, signature offset 3\)" "$T/probe.scan"
probe live
expect "probe live: a copy still in the heap at exit is found" 1 "$PROBE_FINDINGS"
expect_grep "probe live: ... by the exit scan" "^finding: exit heap .* holds ${#SIG} bytes of the signature text" "$T/probe.scan"
probe bytes
expect "probe bytes: 16 decoded signature bytes are found" yes "$([ "${PROBE_FINDINGS:-0}" -ge 1 ] && echo yes)"
expect_grep "probe bytes: ... as signature bytes" "^finding: free .* holds 16 bytes of the signature bytes \(block offset 7, signature offset 5\)" "$T/probe.scan"
probe short
expect "probe short: 15 bytes (below the window) are not (the twin)" 0 "$PROBE_FINDINGS"
expect_grep "probe short: ... though the shim scanned" '^summary: frees=[1-9]' "$T/probe.scan"
rm -f "$T/probe.scan"
env LD_PRELOAD="$FREE_SCAN" K8S_FREE_SCAN_SECRET="not base64url!!!!!" K8S_FREE_SCAN_OUT="$T/probe.scan" \
        "$PROBE" wiped > /dev/null 2>&1
expect_grep "a secret that is not base64url leaves the shim unarmed, and says so" '^not armed: ' "$T/probe.scan"
expect "... and no summary (so judge fails)" 0 "$(grep -c '^summary' "$T/probe.scan")"

# --- offline: jwks_file, jwks_uri, the cache, parts, check --------------------------
jwks_config "$T/file.conf" "jwks_file = $PKI/jwks.json" "cache_ttl = 0"
write_service file "config=$T/file.conf"
jwks_config "$T/uri.conf" "jwks_uri = https://127.0.0.1:$OK_PORT/openid/v1/jwks" \
        "ca_file = $PKI/ca.pem" "cache_ttl = 0"
write_service uri "config=$T/uri.conf"
jwks_config "$T/cached.conf" "jwks_file = $PKI/jwks.json" "cache_ttl = 60"
write_service cached "config=$T/cached.conf"

ES=$(mint --alg ES256)
RS=$(mint --alg RS256)
OFFLINE="signature and claims verified offline against the key set"
REVIEWED="authenticated by the API server"
scan_login "jwks_file, ES256 allowed" PAM_SUCCESS "$OFFLINE" file demo_debugger "$ES"
scan_login "jwks_file, RS256 allowed" PAM_SUCCESS "$OFFLINE" file demo_debugger "$RS"
scan_login "jwks_file, a bad RS256 signature refused" PAM_AUTH_ERR \
        "bad signature (key $(kid_of --alg RS256), RS256)" file demo_debugger "$(mint --alg RS256 --corrupt-sig)"
scan_login "jwks_file, another account's token refused" PAM_AUTH_ERR \
        "token is for demo/debugger, not for user demo_other" file demo_other "$ES"
scan_login "jwks_uri (key set fetched), ES256 allowed" PAM_SUCCESS "$OFFLINE" uri demo_debugger "$(mint --alg ES256)"

C=$(mint --alg RS256)
type_token cached demo_debugger "$C"
expect "cache: the first login verifies the token" PAM_SUCCESS "$AUTH"
reason_is "$OFFLINE"
scan_login "cache hit" PAM_SUCCESS "" cached demo_debugger "$C"
reason_like "verified earlier \(token cache, [0-9]+s left\)"

P=$(mint --alg RS256)
scan_login "a token in three parts" PAM_SUCCESS "$OFFLINE" file demo_debugger "$P" \
        "${P:0:400}\\" "${P:400:400}\\" "${P:800}"
expect "a token in three parts: ... asked three times" 3 "$(grep -c '^prompt(hidden)' "$OUT")"

scan_check "check, jwks_file: allowed" 0 "$OFFLINE" "$T/file.conf" "$(mint --alg RS256)"
scan_check "check, jwks_file: a bad signature denied" 1 "bad signature (key $(kid_of --alg ES256), ES256)" \
        "$T/file.conf" "$(mint --alg ES256 --corrupt-sig)"

# --- TokenReview ------------------------------------------------------------------------
# The token goes into libcurl's request and TLS buffers, and comes back in
# the answer (kube-apiserver echoes spec.token) into libcurl's and
# jansson's: these pass only once no network code runs in the login
# process.
write_config "$T/tr.conf" "$OK_PORT"
write_service tr "config=$T/tr.conf"
write_config "$T/both.conf" "$OK_PORT" "issuer = $ISS" "jwks_file = $PKI/jwks.json"
sed -i 's/^validation = tokenreview$/validation = jwks+tokenreview/' "$T/both.conf"
write_service both "config=$T/both.conf"
scan_login "tokenreview, allowed" PAM_SUCCESS "$REVIEWED" tr demo_debugger "$(mint --alg RS256)"
scan_login "tokenreview, refused by the API server" PAM_AUTH_ERR \
        "API server refused the token: invalid bearer token, square/go-jose: error in cryptographic primitive" \
        tr demo_debugger "$(mint --alg RS256 --key rsa2)"
scan_login "jwks+tokenreview, allowed" PAM_SUCCESS "$REVIEWED" both demo_debugger "$(mint --alg ES256)"
scan_check "check, tokenreview: allowed" 0 "$REVIEWED" "$T/tr.conf" "$(mint --alg RS256)"

tap_done
