#!/bin/bash
# A person who types a password at the token prompt (or pipes one into
# k8s-login check) leaves no fingerprint of it: the log and the output
# say only "not a JWT, N bytes", with no hash of it (SHA-256, SHA-1, MD5,
# in hex or base64), no slice of it and no offset into it. The twin: a
# real token that is refused still gets its usual label.
. "$(dirname "$0")/lib.sh"
prepare
ISS=https://kubernetes.default.svc.cluster.local
CONF="$T/jwks.conf"
{
        echo "validation = jwks"
        echo "issuer = $ISS"
        echo "jwks_file = $PKI/jwks.json"
        echo "audiences = k8s-login"
        echo "allow_namespaces = demo, ci"
        echo "state_dir = $T/state"
        echo "cache_ttl = 0"
} > "$CONF"
chmod 0644 "$CONF"
write_service jwks "config=$CONF debug"

k8slogin() {
        env LD_PRELOAD="$NSS_PRELOAD" NSS_WRAPPER_PASSWD="$T/passwd" \
                NSS_WRAPPER_GROUP="$T/group" "$K8S_LOGIN" "$@"
}

# fingerprints PASSWORD: every 10-character slice of its SHA-256, SHA-1
# and MD5 in hex and base64, and every 6-byte slice of the password.
fingerprints() {
        "$PYTHON3" - "$1" <<'PY'
import base64, hashlib, sys
pw = sys.argv[1].encode()
out = set()
for h in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    d = h(pw).digest()
    for text in (d.hex(), base64.b64encode(d).decode(), base64.urlsafe_b64encode(d).decode()):
        for i in range(len(text) - 9):
            out.add(text[i:i + 10])
for i in range(len(pw) - 5):
    out.add(pw[i:i + 6].decode())
print("\n".join(sorted(out)))
PY
}

# no_fingerprint DESC PASSWORD FILE...: none of them holds a fingerprint.
no_fingerprint() {
        local desc=$1 pw=$2; shift 2
        fingerprints "$pw" > "$T/fp"
        if [ "$(wc -l < "$T/fp")" -lt 100 ]; then
                tap_fail "$desc (too few fingerprints computed)"
        elif cat "$@" | grep -qiF -f "$T/fp"; then
                tap_fail "$desc"
                cat "$@" | grep -iF -f "$T/fp" | tap_diag
        else
                tap_ok "$desc"
        fi
}

# Passwords of every shape: with spaces, base64url-only, three dotted
# parts; and the reason each is refused for.
declare -A WHY=(
        ['correct horse battery staple']="malformed token: a byte outside base64url and '.'"
        ['Sommer2026Passwort']="malformed token: not three dot-separated parts"
        ['Pass.word.Secret1']="malformed token: header is not JSON without duplicate keys"
        ['eyJhbGciOiJSUzI1NiJ9.hunter2hunter2.c2lnbmF0dXJl']="malformed token: payload is not base64url"
)
for pw in 'correct horse battery staple' 'Sommer2026Passwort' 'Pass.word.Secret1' \
        'eyJhbGciOiJSUzI1NiJ9.hunter2hunter2.c2lnbmF0dXJl'; do
        n=${#pw}
        type_token jwks demo_debugger "$pw"
        expect "pam: '${pw:0:4}...' typed at the prompt is refused" PAM_AUTH_ERR "$AUTH"
        reason_is "${WHY[$pw]}"
        expect_grep "pam: ... logged as not a JWT, $n bytes" \
                "auth deny user=demo_debugger identity=system:serviceaccount:demo:debugger token=not a JWT, $n bytes reason=malformed token" \
                "$T/syslog.new"
        expect_no_grep "pam: ... with no sha256= label" "sha256=" "$T/syslog.new"
        expect_no_grep "pam: ... and no offset" "offset" "$T/syslog.new"
        no_fingerprint "pam: ... and no hash or slice of it in the log or the output" "$pw" \
                "$T/syslog.new" "$OUT"

        printf '%s\n' "$pw" | k8slogin check --config "$CONF" > "$T/check.out" 2>&1
        expect "check: '${pw:0:4}...' on standard input is denied (exit 1)" 1 "$?"
        says "${WHY[$pw]}" "$T/check.out"
        expect_grep "check: ... token: not a JWT, $n bytes" "^token: not a JWT, $n bytes\$" "$T/check.out"
        no_fingerprint "check: ... and no hash or slice of it in the output" "$pw" "$T/check.out"
done

# The twin: a token that is a JWT keeps its label (and the check above
# would see its hash: a fingerprint of the token itself is found).
ES=$(mint --alg ES256 --exp-in 7200)
printf '%s\n' "$ES" | k8slogin check --config "$CONF" > "$T/check.out" 2>&1
expect "check: a JWT refused for its lifetime is denied (exit 1)" 1 "$?"
says "token lifetime 7200s exceeds max_token_lifetime 3600s (use a projected token with a short expirationSeconds)" "$T/check.out"
expect_grep "check: ... and keeps its jti label" '^token: jti=[0-9a-f-]+$' "$T/check.out"
NOJTI=$(mint --alg ES256 --legacy)
printf '%s\n' "$NOJTI" | k8slogin check --config "$CONF" > "$T/check.out" 2>&1
expect "check: a legacy token (no jti) is denied offline (exit 1)" 1 "$?"
says "legacy secret-based token refused (allow_legacy_tokens = no)" "$T/check.out"
expect_grep "check: ... labelled by its hash" '^token: sha256=[0-9a-f]{12}$' "$T/check.out"
hash=$(printf '%s' "$NOJTI" | sha256sum | cut -c1-12)
expect_grep "check: ... the hash the man page documents" "^token: sha256=$hash\$" "$T/check.out"
if grep -qiF -f <(fingerprints "$NOJTI") "$T/check.out"; then
        tap_ok "the fingerprint check finds the hash of a labelled token (it can fail)"
else
        tap_fail "the fingerprint check finds the hash of a labelled token (it can fail)"
fi

tap_done
