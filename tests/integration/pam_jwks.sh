#!/bin/bash
# The real pam_k8s.so with validation = jwks and jwks+tokenreview, against
# the stand-in server's key set (/openid/v1/jwks, discovery) on 127.0.0.1:
# valid RS256/ES256 tokens, every hostile token, key rotation, the issuer
# down with a warm and a cold cache, and the verified-token cache, counting
# the requests the stand-in server saw.
. "$(dirname "$0")/lib.sh"
prepare
ISS=https://kubernetes.default.svc.cluster.local
SERVED="$T/served.jwks"
cp "$PKI/jwks.json" "$SERVED"
start_server ok --jwks "$SERVED"
OK_PORT=$PORT
STATE="$T/jstate"

URI="jwks_uri = https://127.0.0.1:$OK_PORT/openid/v1/jwks"
CA="ca_file = $PKI/ca.pem"
jwks_config "$T/jwks.conf" "$URI" "$CA" "cache_ttl = 0"
write_service jwks "config=$T/jwks.conf debug"

# try (lib.sh): one login with a token typed at the prompt, through jwks.
TRY_SERVICE=jwks
gets() { grep -c "^GET $1" "$T/ok.requests" 2>/dev/null || true; }
posts() { grep -c '^POST' "$T/ok.requests" 2>/dev/null || true; }
# The key set's fetch time stamp, moved: the rate limit is one fetch per
# 10 s, so tests move the clock of the stamp rather than waiting.
attempt_old() { touch -d '-1 hour' "$STATE/jwks.attempt"; }
attempt_now() { touch -d '+30 seconds' "$STATE/jwks.attempt"; }
cache_stale() { touch -d '-1 hour' "$STATE/jwks.cache"; }
# The kids of the stand-in's keys (kid_of, lib.sh), as refusals name them.
RS_KID=$(kid_of --alg RS256)
ES_KID=$(kid_of --alg ES256)
RS2_KID=$(kid_of --key rsa2)
OFFLINE="signature and claims verified offline against the key set"
AUDIENCE="token audience is not one of the configured audiences"

# --- valid tokens, key set fetched once then cached ----------------------
ES=$(mint --alg ES256)
RS=$(mint --alg RS256)
type_token jwks demo_debugger "$ES" --acct --session
expect "jwks: ES256 token logs in demo_debugger" PAM_SUCCESS "$AUTH"
expect "jwks: the session opens" PAM_SUCCESS "$SESSION"
expect_grep "jwks: K8S_POD_NAME comes from the token's kubernetes.io.pod claim" '^env: K8S_POD_NAME=debug-pod$' "$OUT"
expect "jwks: the cold cache fetched the key set once" 1 "$(gets /openid/v1/jwks)"
expect "jwks: the key set is cached 0600 in state_dir" 600 "$(stat -c %a "$STATE/jwks.cache")"
expect_grep "jwks: the decision is logged with the reason" \
        'auth allow user=demo_debugger identity=system:serviceaccount:demo:debugger token=jti=.* reason=signature and claims verified offline' "$T/syslog.new"
# The account step of the same handle and config reuses what the auth
# step found (no second config read or user lookup) ...
expect_grep "jwks: the account step reuses the auth step's identity and config" \
        'account allow user=demo_debugger .*reason=account of demo/debugger, UID [0-9]* \(as authenticated\)' "$T/syslog.new"
# ... and with another config on its line, it loads that one and looks again.
cp "$T/jwks.conf" "$T/jwks-account.conf"
{
        echo "auth     required $PAM_SO config=$T/jwks.conf debug"
        echo "account  required $PAM_SO config=$T/jwks-account.conf debug"
} > "$T/pam.d/jwks-two-configs"
type_token jwks-two-configs demo_debugger "$ES" --acct
expect "jwks: another config on the account line: auth succeeds" PAM_SUCCESS "$AUTH"
expect "jwks: ... and so does the account step" PAM_SUCCESS "$ACCT"
expect_grep "jwks: ... which looked the account up itself" \
        'account allow user=demo_debugger .*reason=account maps to demo/debugger' "$T/syslog.new"
expect_no_grep "jwks: ... not reusing the auth step's config" 'as authenticated' "$T/syslog.new"
try "jwks: RS256 token logs in demo_debugger" PAM_SUCCESS demo_debugger "$RS"
reason_is "$OFFLINE"
try "jwks: an RS256 token without kid logs in (tries the RSA keys)" PAM_SUCCESS demo_debugger "$(mint --alg RS256 --no-kid)"
reason_is "$OFFLINE"
try "jwks: an ES256 token without kid logs in (tries the EC keys)" PAM_SUCCESS demo_debugger "$(mint --alg ES256 --no-kid)"
reason_is "$OFFLINE"
expect "jwks: with the key set cached, logins contact nothing" 1 "$(gets /)"
expect "jwks: ... and nothing ever asked TokenReview" 0 "$(posts)"

# --- hostile tokens, each refused (its valid twin is above) ---------------
try "jwks: alg none, empty signature" PAM_AUTH_ERR demo_debugger "$(mint --alg none)"
reason_is "malformed token: an empty part (unsigned tokens are refused)"
try "jwks: alg none with a signature part" PAM_AUTH_ERR demo_debugger "$(mint --alg none)c2ln"
reason_is "refused algorithm none (expected RS256/384/512 or ES256/384/512)"
try "jwks: HS256 signed with the RSA public key as the secret" PAM_AUTH_ERR demo_debugger "$(mint --alg HS256)"
reason_is "refused algorithm HS256 (expected RS256/384/512 or ES256/384/512)"
expect_grep "... refused for its algorithm before any key is used" 'refused algorithm HS256' "$T/syslog.new"
try "jwks: alg rs256 (libjwt would match it case-insensitively)" PAM_AUTH_ERR demo_debugger \
        "$(mint --alg RS256 --header-extra '{"alg":"rs256"}')"
reason_is "refused algorithm rs256 (expected RS256/384/512 or ES256/384/512)"
try "jwks: a crit header" PAM_AUTH_ERR demo_debugger "$(mint --header-extra '{"crit":["exp"]}')"
reason_is "refused header parameter crit"
try "jwks: a jku header (never fetched)" PAM_AUTH_ERR demo_debugger "$(mint --header-extra '{"jku":"https://127.0.0.1:1/k"}')"
reason_is "refused header parameter jku"
try "jwks: an embedded jwk header" PAM_AUTH_ERR demo_debugger "$(mint --header-extra '{"jwk":{"kty":"EC"}}')"
reason_is "refused header parameter jwk"
try "jwks: typ jwt (not JWT)" PAM_AUTH_ERR demo_debugger "$(mint --header-extra '{"typ":"jwt"}')"
reason_is "malformed token: typ is not JWT"
try "jwks: ... typ JWT is fine" PAM_SUCCESS demo_debugger "$(mint --header-extra '{"typ":"JWT"}')"
reason_is "$OFFLINE"
try "jwks: an ES256 token naming the RSA key's kid" PAM_AUTH_ERR demo_debugger \
        "$(mint --alg ES256 --kid="$(kid_of --alg RS256)")"
reason_is "key $RS_KID is an RSA key that does not allow ES256"
expect_grep "... refused as the wrong key type" 'is an RSA key that does not allow ES256' "$T/syslog.new"
attempt_now
try "jwks: unknown kid (a key the issuer never published)" PAM_AUTH_ERR demo_debugger "$(mint --key rsa2)"
reason_is "no key with kid $RS2_KID in the key set"
expect_grep "... refused for its kid" 'no key with kid' "$T/syslog.new"
try "jwks: unknown kid without kid (untrusted RSA key)" PAM_AUTH_ERR demo_debugger "$(mint --key rsa2 --no-kid)"
reason_is "bad signature (no kid; tried 1 RS256 key)"
try "jwks: wrong iss" PAM_AUTH_ERR demo_debugger "$(mint --iss https://evil.example)"
reason_is "token issuer is not the configured issuer"
try "jwks: tampered payload (jti changed after signing)" PAM_AUTH_ERR demo_debugger "$(mint --tamper '{"jti":"tampered"}')"
reason_is "bad signature (key $ES_KID, ES256)"
try "jwks: tampered payload (lifetime stretched after signing)" PAM_AUTH_ERR demo_debugger \
        "$(mint --alg RS256 --tamper "{\"exp\":$(( $(date +%s) + 3000 ))}")"
reason_is "bad signature (key $RS_KID, RS256)"
try "jwks: bad ES256 signature" PAM_AUTH_ERR demo_debugger "$(mint --alg ES256 --corrupt-sig)"
reason_is "bad signature (key $ES_KID, ES256)"
try "jwks: bad RS256 signature" PAM_AUTH_ERR demo_debugger "$(mint --alg RS256 --corrupt-sig)"
reason_is "bad signature (key $RS_KID, RS256)"
try "jwks: expired 2 minutes ago" PAM_AUTH_ERR demo_debugger "$(mint --exp-in -120)"
reason_like "token expired 1[2-9][0-9]s ago"
try "jwks: ... expired 10 s ago is within the 60 s leeway" PAM_SUCCESS demo_debugger "$(mint --exp-in -10)"
reason_is "$OFFLINE"
try "jwks: nbf 5 minutes in the future" PAM_AUTH_ERR demo_debugger "$(mint --nbf-in 300)"
reason_like "token not valid before (29[0-9]|300)s from now \(nbf\)"
# nbf now: mint's --iat-offset moves nbf too, and the nbf check would
# refuse the token before the iat check is reached.
try "jwks: iat 5 minutes in the future" PAM_AUTH_ERR demo_debugger "$(mint --iat-offset 300 --nbf-in 0 --exp-in 600)"
reason_like "token issued (29[0-9]|300)s in the future \(iat\)"
try "jwks: lifetime 7200 s over max_token_lifetime 3600" PAM_AUTH_ERR demo_debugger "$(mint --exp-in 7200)"
reason_is "token lifetime 7200s exceeds max_token_lifetime 3600s (use a projected token with a short expirationSeconds)"
try "jwks: ... lifetime 3600 s is allowed" PAM_SUCCESS demo_debugger "$(mint --exp-in 3600)"
reason_is "$OFFLINE"
try "jwks: no kubernetes.io claim" PAM_AUTH_ERR demo_debugger "$(mint --extra '{"kubernetes.io":null}')"
reason_is "not a service-account token: no kubernetes.io claim"
try "jwks: kubernetes.io without the service account's uid" PAM_AUTH_ERR demo_debugger \
        "$(mint --extra '{"kubernetes.io":{"namespace":"demo","serviceaccount":{"name":"debugger"}}}')"
reason_is "malformed token: no plain kubernetes.io.serviceaccount.uid claim"
# The account's own Kubernetes UID (the stand-in's default): the UID
# registry refuses another one as a recreated account.
SA_UID=$("$PYTHON3" -c 'import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, "k8sfake:serviceaccount:demo/debugger"))')
try "jwks: ... and with it (the same claim otherwise) logs in" PAM_SUCCESS demo_debugger \
        "$(mint --extra '{"kubernetes.io":{"namespace":"demo","serviceaccount":{"name":"debugger","uid":"'"$SA_UID"'"}}}')"
reason_is "$OFFLINE"
try "jwks: sub disagrees with kubernetes.io" PAM_AUTH_ERR demo_other "$(mint --sub system:serviceaccount:demo:other)"
reason_is "malformed token: namespace and service account claims disagree with sub"
try "jwks: aud as a string holding our audience" PAM_SUCCESS demo_debugger "$(mint --aud-string k8s-login)"
reason_is "$OFFLINE"
try "jwks: aud as a string holding another audience" PAM_AUTH_ERR demo_debugger "$(mint --aud-string other)"
reason_is "$AUDIENCE"
try "jwks: aud as an array holding our audience second" PAM_SUCCESS demo_debugger "$(mint --aud other --aud k8s-login)"
reason_is "$OFFLINE"
try "jwks: aud as an array without our audience" PAM_AUTH_ERR demo_debugger "$(mint --aud other --aud api)"
reason_is "$AUDIENCE"
try "jwks: no aud" PAM_AUTH_ERR demo_debugger "$(mint --no-aud)"
reason_is "$AUDIENCE"
try "jwks: a token for another user" PAM_AUTH_ERR demo_other "$ES"
reason_is "token is for demo/debugger, not for user demo_other"
jwks_config "$T/legacy.conf" "$URI" "$CA" "cache_ttl = 0" "allow_legacy_tokens = yes"
write_service legacy "config=$T/legacy.conf debug"
try "jwks: legacy token refused offline even with allow_legacy_tokens" PAM_AUTH_ERR demo_debugger "$(mint --legacy)" legacy
reason_is "legacy secret-based token refused offline: it never expires and only the API server can tell it was revoked (use validation = jwks+tokenreview)"
expect_grep "jwks: ... saying which mode takes them" 'reason=legacy secret-based token refused offline: .*\(use validation = jwks\+tokenreview\)' "$T/syslog.new"
expect "jwks: no hostile token caused a fetch (the stamp holds the rate)" 1 "$(gets /openid/v1/jwks)"

# --- key rotation through jwks_uri ------------------------------------------
# The issuer publishes rsa2 and drops rsa: a token signed by rsa2 names a
# kid we lack, which triggers one refresh.
"$PYTHON3" "$FIXTURE" jwks --pki "$PKI" --keys rsa2,ec > "$SERVED.new" && mv "$SERVED.new" "$SERVED"
attempt_old
ROT=$(mint --key rsa2)
try "rotation: a token signed by the new key logs in at once" PAM_SUCCESS demo_debugger "$ROT"
reason_is "$OFFLINE"
expect "rotation: ... after exactly one more fetch (unknown kid, fresh cache)" 2 "$(gets /openid/v1/jwks)"
attempt_now
try "rotation: a token of the dropped key is refused" PAM_AUTH_ERR demo_debugger "$RS"
reason_is "no key with kid $RS_KID in the key set"
try "rotation: ES256 (kept key) still logs in" PAM_SUCCESS demo_debugger "$ES"
reason_is "$OFFLINE"
for i in 1 2 3; do
        try "rotation: bogus kid $i refused" PAM_AUTH_ERR demo_debugger "$(mint --alg ES256 --kid "bogus-$i")"
        reason_is "no key with kid bogus-$i in the key set"
done
expect "rotation: bogus kids right after a fetch fetch nothing (rate limit)" 2 "$(gets /openid/v1/jwks)"
attempt_old
try "rotation: a bogus kid once the rate allows" PAM_AUTH_ERR demo_debugger "$(mint --alg ES256 --kid bogus-4)"
reason_is "no key with kid bogus-4 in the key set"
expect "rotation: ... costs exactly one fetch" 3 "$(gets /openid/v1/jwks)"

# --- k8s-login jwks refresh ---------------------------------------------------
"$K8S_LOGIN" jwks refresh --config "$T/jwks.conf" > "$T/refresh.out" 2>&1
expect "jwks refresh exits 0" 0 $?
expect_grep "jwks refresh lists the usable keys" '^key set: 2 usable keys, fetched and cached' "$T/refresh.out"
expect "jwks refresh fetched once" 4 "$(gets /openid/v1/jwks)"

# --- the issuer down ------------------------------------------------------------
# A stand-in that serves only the key set here, stopped after one fetch.
start_server jw
JW_PORT=$PORT
JW_PID=${SERVER_PIDS[-1]}
jwks_config "$T/down.conf" "jwks_uri = https://127.0.0.1:$JW_PORT/openid/v1/jwks" "$CA" "cache_ttl = 0"
write_service down "config=$T/down.conf debug"
attempt_old
try "down: a login while the issuer is up warms the cache" PAM_SUCCESS demo_debugger "$ES" down
reason_is "$OFFLINE"
stop_server "$JW_PID" "$JW_PORT"
attempt_old
cache_stale
START=$(now_ms)
try "down: the issuer stopped, a warm (stale) cache still logs in" PAM_SUCCESS demo_debugger "$ES" down
reason_is "$OFFLINE"
ELAPSED=$(( $(now_ms) - START ))
expect_grep "down: ... and the log says the cache was used" 'cannot fetch the key set, using the cached one' "$T/syslog.new"
[ "$ELAPSED" -le "$HANG_BOUND_MS" ] && tap_ok "down: warm login within timeout + 1 s (${ELAPSED} ms)" ||
        tap_fail "down: warm login took ${ELAPSED} ms"
try "down: ... its corrupted twin is still refused" PAM_AUTH_ERR demo_debugger "$(mint --corrupt-sig)" down
reason_is "bad signature (key $ES_KID, ES256)"
# The same warm cache under another jwks_uri is not used.
hold_port
DOWN=$HELD_PORT
jwks_config "$T/other.conf" "jwks_uri = https://127.0.0.1:$DOWN/openid/v1/jwks" "$CA" "cache_ttl = 0"
write_service elsewhere "config=$T/other.conf debug"
attempt_old
try "down: a cache fetched from another jwks_uri is not used (PAM_AUTHINFO_UNAVAIL)" \
        PAM_AUTHINFO_UNAVAIL demo_debugger "$ES" elsewhere
reason_like "no key set: https://127\.0\.0\.1:$DOWN/openid/v1/jwks unreachable: Failed to connect to 127\.0\.0\.1 port $DOWN after [0-9]+ ms: Couldn't connect to server; and no usable cache \($STATE/jwks\.cache: cached from another jwks_uri or issuer, or not a key set cache\)"
rm -rf "$STATE"
START=$(now_ms)
try "down: a cold cache is PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL demo_debugger "$ES" down
reason_like "no key set: https://127\.0\.0\.1:$JW_PORT/openid/v1/jwks unreachable: Failed to connect to 127\.0\.0\.1 port $JW_PORT after [0-9]+ ms: Couldn't connect to server; and no usable cache \($STATE/jwks\.cache: cannot open: No such file or directory\)"
ELAPSED=$(( $(now_ms) - START ))
[ "$ELAPSED" -le "$HANG_BOUND_MS" ] && tap_ok "down: cold failure within timeout + 1 s (${ELAPSED} ms)" ||
        tap_fail "down: cold failure took ${ELAPSED} ms"
try "down: ... and again at once, rate-limited, still PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL demo_debugger "$ES" down
reason_like "no key set: the key set was last fetched [0-9]s ago \(at most one fetch per 10s\); and no usable cache \($STATE/jwks\.cache: cannot open: No such file or directory\)"
"$K8S_LOGIN" jwks refresh --config "$T/down.conf" > "$T/refresh.out" 2>&1
expect "down: jwks refresh exits 3 (unavailable)" 3 $?
expect_grep "down: ... and says why" 'cannot fetch the key set: .* unreachable' "$T/refresh.out"

# --- discovery through <issuer>/.well-known/openid-configuration --------------
start_server self --issuer self
SELF=$PORT
SELF_ISS="https://127.0.0.1:$SELF"
jwks_config "$T/disc.conf" "$CA" "cache_ttl = 0"
sed -i "s|^issuer = .*|issuer = $SELF_ISS|" "$T/disc.conf"
write_service disc "config=$T/disc.conf debug"
rm -rf "$STATE"
try "discovery: a token of the discovered issuer logs in" PAM_SUCCESS demo_debugger "$(mint --iss "$SELF_ISS")" disc
reason_is "$OFFLINE"
expect "discovery: one discovery request" 1 "$(grep -c '^GET /.well-known/openid-configuration' "$T/self.requests")"
expect "discovery: one key set request" 1 "$(grep -c '^GET /openid/v1/jwks' "$T/self.requests")"
try "discovery: the default issuer's token is refused (wrong iss)" PAM_AUTH_ERR demo_debugger "$ES" disc
reason_is "token issuer is not the configured issuer"

# --- jwks_file -------------------------------------------------------------------
jwks_config "$T/file.conf" "jwks_file = $PKI/jwks.json" "cache_ttl = 0"
write_service file "config=$T/file.conf debug"
try "jwks_file: ES256 logs in" PAM_SUCCESS demo_debugger "$ES" file
reason_is "$OFFLINE"
chmod 0664 "$PKI/jwks.json"
try "jwks_file: a group-writable key set is PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL demo_debugger "$ES" file
reason_is "jwks_file $PKI/jwks.json: writable by group or others (mode 0664)"
chmod 0644 "$PKI/jwks.json"
echo '{"keys":[{"kty":"oct","k":"c2VjcmV0"}]}' > "$T/oct.jwks"
jwks_config "$T/oct.conf" "jwks_file = $T/oct.jwks" "cache_ttl = 0"
write_service oct "config=$T/oct.conf debug"
try "jwks_file: a set of only unusable keys is PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL demo_debugger "$ES" oct
reason_is "jwks_file $T/oct.jwks: key set holds no usable key (last skipped: key 0: unsupported kty oct (expected RSA or EC))"
expect_grep "jwks_file: ... and the skipped key is logged" 'skipping key 0: unsupported kty oct' "$T/syslog.new"

# --- jwks+tokenreview: forgeries never reach the API server ------------------------
BOTH_CONF="$T/both.conf"
write_config "$BOTH_CONF" "$OK_PORT" "issuer = $ISS" "$URI"
sed -i 's/^validation = tokenreview$/validation = jwks+tokenreview/' "$BOTH_CONF"
write_service both "config=$BOTH_CONF debug"
# The issuer publishes rsa and ec again: rsa2 is unknown to it.
cp "$PKI/jwks.json" "$SERVED"
P0=$(posts)
try "jwks+tokenreview: a valid token is reviewed and logs in" PAM_SUCCESS demo_debugger "$ES" both
reason_is "authenticated by the API server"
expect "jwks+tokenreview: ... with exactly one TokenReview" $((P0 + 1)) "$(posts)"
try "jwks+tokenreview: a token of an unpublished key is refused" PAM_AUTH_ERR demo_debugger "$(mint --key rsa2)" both
reason_is "no key with kid $RS2_KID in the key set"
try "jwks+tokenreview: a bad signature is refused" PAM_AUTH_ERR demo_debugger "$(mint --corrupt-sig)" both
reason_is "bad signature (key $ES_KID, ES256)"
try "jwks+tokenreview: HS256 key confusion is refused" PAM_AUTH_ERR demo_debugger "$(mint --alg HS256)" both
reason_is "refused algorithm HS256 (expected RS256/384/512 or ES256/384/512)"
try "jwks+tokenreview: garbage is refused" PAM_AUTH_ERR demo_debugger "not.a.token" both
reason_is "malformed token: header is not base64url"
expect "jwks+tokenreview: none of them reached the API server" $((P0 + 1)) "$(posts)"

# Legacy tokens with jwks+tokenreview and allow_legacy_tokens: the
# signature is checked offline, then the API server decides and gives the
# UID. kube-apiserver takes a legacy token only for its own audiences
# (the stand-in's: the issuer), so one of those must be configured.
legacy_both() {
        local file=$1; shift
        write_config "$file" "$OK_PORT" "issuer = $ISS" "$URI" "$@"
        sed -i 's/^validation = tokenreview$/validation = jwks+tokenreview/' "$file"
}
legacy_both "$T/both-legacy.conf" "allow_legacy_tokens = yes"
sed -i "s|^audiences = k8s-login\$|audiences = k8s-login, $ISS|" "$T/both-legacy.conf"
write_service bothlegacy "config=$T/both-legacy.conf debug"
L=$(mint --legacy)
P0=$(posts)
try "jwks+tokenreview, allow_legacy_tokens: a legacy token logs in" PAM_SUCCESS demo_debugger "$L" bothlegacy
expect "jwks+tokenreview, allow_legacy_tokens: ... after one TokenReview" $((P0 + 1)) "$(posts)"
expect_grep "jwks+tokenreview, allow_legacy_tokens: ... the API server's yes" \
        'auth allow user=demo_debugger .* reason=authenticated by the API server' "$T/syslog.new"
try "jwks+tokenreview, allow_legacy_tokens: its forged twin is refused" PAM_AUTH_ERR demo_debugger "$(mint --legacy --corrupt-sig)" bothlegacy
reason_is "bad signature (key $RS_KID, RS256)"
try "jwks+tokenreview, allow_legacy_tokens: a legacy token of an unpublished key is refused" PAM_AUTH_ERR demo_debugger "$(mint --legacy --key rsa2)" bothlegacy
reason_is "no key with kid $RS2_KID in the key set"
expect "jwks+tokenreview, allow_legacy_tokens: ... neither reached the API server" $((P0 + 1)) "$(posts)"
sed -i 's/^allow_legacy_tokens = yes$/allow_legacy_tokens = no/' "$T/both-legacy.conf"
try "jwks+tokenreview without allow_legacy_tokens: the legacy token is refused" PAM_AUTH_ERR demo_debugger "$L" bothlegacy
expect_grep "jwks+tokenreview without allow_legacy_tokens: ... by the policy" \
        'reason=legacy secret-based token refused \(allow_legacy_tokens = no\)' "$T/syslog.new"
expect "jwks+tokenreview without allow_legacy_tokens: ... without a TokenReview" $((P0 + 1)) "$(posts)"
legacy_both "$T/both-legacy2.conf" "allow_legacy_tokens = yes"
write_service bothlegacy2 "config=$T/both-legacy2.conf debug"
try "jwks+tokenreview, allow_legacy_tokens, only our audience: the API server says no" PAM_AUTH_ERR demo_debugger "$L" bothlegacy2
reason_is 'API server refused the token: token audiences ["https://kubernetes.default.svc.cluster.local"] is invalid for the target audiences ["k8s-login"]'
expect "jwks+tokenreview, allow_legacy_tokens, only our audience: ... after one TokenReview" $((P0 + 2)) "$(posts)"

# --- the verified-token cache --------------------------------------------------------
CONFIG_CACHE_TTL=60 write_config "$T/cached.conf" "$OK_PORT"
write_service cached "config=$T/cached.conf debug"
C=$(mint --alg RS256)
P0=$(posts)
try "cache: first login is reviewed" PAM_SUCCESS demo_debugger "$C" cached
reason_is "authenticated by the API server"
try "cache: the same token again logs in" PAM_SUCCESS demo_debugger "$C" cached
expect "cache: ... without a second TokenReview" $((P0 + 1)) "$(posts)"
expect_grep "cache: ... and the log says it came from the cache" 'auth allow .* reason=verified earlier \(token cache' "$T/syslog.new"
try "cache: a different token is reviewed" PAM_SUCCESS demo_debugger "$(mint --alg RS256)" cached
reason_is "authenticated by the API server"
expect "cache: ... with its own TokenReview" $((P0 + 2)) "$(posts)"
try "cache: a cached token for another user is still refused" PAM_AUTH_ERR demo_other "$C" cached
reason_is "token is for demo/debugger, not for user demo_other"
expect "cache: cache file is 0600" 600 "$(stat -c %a "$T/state/tokens.cache")"
expect "cache: cache key is 0600" 600 "$(stat -c %a "$T/state/cache.key")"
if grep -qF -- "${C: -24}" "$T/state/tokens.cache"; then tap_fail "cache: the file holds no part of the token"
else tap_ok "cache: the file holds no part of the token"; fi
# Policy is applied to a cached identity: a lower max_token_lifetime refuses it.
CONFIG_CACHE_TTL=60 write_config "$T/cached.conf" "$OK_PORT" "max_token_lifetime = 60"
try "cache: the current policy still applies to a cached token" PAM_AUTH_ERR demo_debugger "$C" cached
reason_is "token lifetime 600s exceeds max_token_lifetime 60s (use a projected token with a short expirationSeconds)"
CONFIG_CACHE_TTL=60 write_config "$T/cached.conf" "$OK_PORT"
chmod 0666 "$T/cached.conf"
try "cache: an untrusted config fails before the cache is read" PAM_AUTHINFO_UNAVAIL demo_debugger "$C" cached
reason_is "config cannot be trusted: $T/cached.conf: writable by group or others (mode 0666)"
chmod 0644 "$T/cached.conf"
try "cache: ... and with the config trusted again the cache answers" PAM_SUCCESS demo_debugger "$C" cached
reason_like "verified earlier \(token cache, [0-9]+s left\)"
expect "cache: ... still without a new TokenReview" $((P0 + 2)) "$(posts)"
# A refused token is remembered briefly: a replay loop costs one review.
BAD=$(mint --key rsa2)
try "cache: a token the API server refuses" PAM_AUTH_ERR demo_debugger "$BAD" cached
reason_is "API server refused the token: invalid bearer token, square/go-jose: error in cryptographic primitive"
try "cache: ... replayed at once, is refused again" PAM_AUTH_ERR demo_debugger "$BAD" cached
expect "cache: ... after a single TokenReview" $((P0 + 3)) "$(posts)"
expect_grep "cache: ... and the log says it was remembered" 'the same token was refused [0-9]+s ago' "$T/syslog.new"
# jwks mode with the cache: a hit needs no key set at all.
jwks_config "$T/jcached.conf" "jwks_file = $T/moving.jwks" "cache_ttl = 60"
cp "$PKI/jwks.json" "$T/moving.jwks"
write_service jcached "config=$T/jcached.conf debug"
J=$(mint --alg ES256)
try "cache+jwks: first login verifies the signature" PAM_SUCCESS demo_debugger "$J" jcached
reason_is "$OFFLINE"
rm -f "$T/moving.jwks"
try "cache+jwks: the same token needs no key set (the file is gone)" PAM_SUCCESS demo_debugger "$J" jcached
reason_like "verified earlier \(token cache, [0-9]+s left\)"
try "cache+jwks: ... while a new token needs one (PAM_AUTHINFO_UNAVAIL)" PAM_AUTHINFO_UNAVAIL demo_debugger "$(mint --alg ES256)" jcached
reason_is "jwks_file $T/moving.jwks: cannot open: No such file or directory"

# --- k8s-login check in every mode ----------------------------------------------------
k8scheck() {
        local desc=$1 expected=$2 conf=$3 token=$4
        echo "$token" >> "$TOKENS"
        env LD_PRELOAD="$NSS_PRELOAD" NSS_WRAPPER_PASSWD="$T/passwd" NSS_WRAPPER_GROUP="$T/group" \
                "$K8S_LOGIN" check --config "$conf" <<< "$token" > "$T/check.out" 2>&1
        expect "$desc (exit $expected)" "$expected" "$?"
}
P0=$(posts)
K=$(mint --alg RS256)
k8scheck "check, jwks: a valid RS256 token is allowed" 0 "$T/file.conf" "$K"
says "$OFFLINE" "$T/check.out"
k8scheck "check, jwks: its corrupted twin is denied" 1 "$T/file.conf" "$(mint --alg RS256 --corrupt-sig)"
says "bad signature (key $RS_KID, RS256)" "$T/check.out"
k8scheck "check, jwks+tokenreview: a valid token is allowed" 0 "$BOTH_CONF" "$K"
says "authenticated by the API server" "$T/check.out"
expect "check, jwks+tokenreview: ... after one TokenReview" $((P0 + 1)) "$(posts)"
k8scheck "check, jwks+tokenreview: a forged token is denied" 1 "$BOTH_CONF" "$(mint --alg HS256)"
says "refused algorithm HS256 (expected RS256/384/512 or ES256/384/512)" "$T/check.out"
expect "check, jwks+tokenreview: ... without a TokenReview" $((P0 + 1)) "$(posts)"
k8scheck "check, tokenreview with the cache: a valid token is allowed" 0 "$T/cached.conf" "$K"
says "authenticated by the API server" "$T/check.out"
k8scheck "check, tokenreview with the cache: ... again" 0 "$T/cached.conf" "$K"
expect_grep "... from the cache" '^reason: verified earlier \(token cache, [0-9]+s left\)$' "$T/check.out"
expect "check, tokenreview with the cache: ... after one TokenReview for both" $((P0 + 2)) "$(posts)"

# --- nothing secret anywhere -------------------------------------------------------
leak=0
while read -r tok; do
        [ ${#tok} -ge 40 ] || continue
        for f in "$T/syslog" "$T"/*.requests "$T"/*.stderr; do
                grep -qF -- "${tok: -30}" "$f" 2>/dev/null && leak=1
        done
done < "$TOKENS"
expect "no token (or its signature) appears in any log" 0 "$leak"
tap_done
