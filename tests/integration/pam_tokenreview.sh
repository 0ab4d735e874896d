#!/bin/bash
# The real pam_k8s.so, loaded by a PAM application under pam_wrapper,
# deciding logins through a stand-in Kubernetes API server over HTTPS on
# 127.0.0.1: valid tokens, hostile tokens, and every answer of the server
# (the faults of the network and of local files are in faults.sh).
. "$(dirname "$0")/lib.sh"
stand_in
write_config "$T/k8s-login.conf" "$OK_PORT"
# debug everywhere: the no-token-in-the-log check below covers debug lines.
write_service k8s "config=$T/k8s-login.conf debug"
write_service k8sdebug "config=$T/k8s-login.conf debug"

# try (lib.sh): one login with a token typed at the prompt, through k8s.
TRY_SERVICE=k8s
requests() { grep -c '^POST' "$T/$1.requests" 2>/dev/null || true; }

# --- valid tokens --------------------------------------------------------
ES=$(mint --alg ES256)
RS=$(mint --alg RS256)
type_token k8sdebug demo_debugger "$ES" --acct --session
expect "ES256 token logs in demo_debugger" PAM_SUCCESS "$AUTH"
expect "account step accepts the mapped account" PAM_SUCCESS "$ACCT"
expect "session opens" PAM_SUCCESS "$SESSION"
expect_grep "session has K8S_NAMESPACE=demo" '^env: K8S_NAMESPACE=demo$' "$OUT"
expect_grep "session has K8S_SERVICE_ACCOUNT=debugger" '^env: K8S_SERVICE_ACCOUNT=debugger$' "$OUT"
expect_grep "session has K8S_POD_NAME from the API server" '^env: K8S_POD_NAME=debug-pod$' "$OUT"
expect_grep "the prompt is hidden and names the token" '^prompt\(hidden\): Service account token: $' "$OUT"
expect "the PAM environment holds exactly the three K8S_ variables" \
        "K8S_NAMESPACE K8S_POD_NAME K8S_SERVICE_ACCOUNT" "$(sed -n 's/^env: \([^=]*\)=.*/\1/p' "$OUT" | sort | xargs)"
expect_no_grep "... and no part of the token" "${ES: -20}" "$OUT"
expect_grep "the decision is logged to authpriv with identity and jti" \
        '^authpriv\.info pam_k8s\(k8sdebug:auth\): auth allow user=demo_debugger identity=system:serviceaccount:demo:debugger token=jti=[0-9a-f-]{36} reason=' "$T/syslog.new"
reason_is "authenticated by the API server"
reason_is "account of demo/debugger, UID 1879048200 (as authenticated)" account
try "RS256 token logs in demo_debugger" PAM_SUCCESS demo_debugger "$RS"
reason_is "authenticated by the API server"

# --- a token in parts ------------------------------------------------------
# RS256 in three parts, each ending in a backslash but the last.
P1=${RS:0:400}; P2=${RS:400:400}; P3=${RS:800}
answers "$T/ans" "$P1\\" "$P2\\" "$P3"
login_logged k8s demo_debugger --answers "$T/ans"
expect "a token sent in three parts logs in" PAM_SUCCESS "$AUTH"
reason_is "authenticated by the API server"
expect "the module asked for exactly three parts" 3 "$(grep -c '^prompt(hidden)' "$OUT")"
expect_grep "the second prompt says part 2" '^prompt\(hidden\): .*part 2' "$OUT"
expect_grep "the third prompt says part 3" '^prompt\(hidden\): .*part 3' "$OUT"
answers "$T/ans" "$P1" "$P2\\" "$P3"
login_logged k8s demo_debugger --answers "$T/ans"
expect "the same parts without the backslash are refused (token cut)" PAM_AUTH_ERR "$AUTH"
expect "without a backslash the module asks only once" 1 "$(grep -c '^prompt(hidden)' "$OUT")"
reason_is "malformed token: not three dot-separated parts"
answers "$T/ans" "$P1\\" "$P2\\" "$P3\\" ""
login_logged k8s demo_debugger --answers "$T/ans"
expect "an empty last part is refused" PAM_AUTH_ERR "$AUTH"
reason_is "part 4 is empty (Authentication failure)"
BIG=$(head -c 9000 /dev/zero | tr '\0' 'A')
# Each part differs from the one before: a repeat is refused as such.
answers "$T/ans" "$BIG\\" "${BIG//A/B}\\" "$BIG\\" "$BIG"
login_logged k8s demo_debugger --answers "$T/ans"
expect "parts adding up past 16 KiB are refused" PAM_AUTH_ERR "$AUTH"
expect "... without waiting for more parts" 2 "$(grep -c '^prompt(hidden)' "$OUT")"
reason_is "token longer than 16384 bytes at part 2 (Authentication failure)"

# ssh's fallback to password authentication: sshd answers every prompt
# with the one password, here part 1 of a token. Refused at the first
# repeat, and the log names the likely cause, not "longer than 16384".
REP=()
for n in $(seq 1 40); do REP+=("$P1\\"); done
answers "$T/ans" "${REP[@]}"
login_logged k8s demo_debugger --answers "$T/ans"
expect "a client repeating part 1 to every prompt is refused" PAM_AUTH_ERR "$AUTH"
expect "... at the first repeat" 2 "$(grep -c '^prompt(hidden)' "$OUT")"
expect_grep "... and the log says why, and how to avoid it" \
        "auth deny user=demo_debugger .*reason=part 2 repeats part 1 byte for byte: a client answering every prompt with one password \\(ssh's fallback to password authentication\\?\\); use keyboard-interactive" \
        "$T/syslog.new"
expect_no_grep "... never that the token was too long" "longer than 16384" "$T/syslog.new"
answers "$T/ans" "$P1\\" "$P1"
login_logged k8s demo_debugger --answers "$T/ans"
expect "a last part repeating the part before is refused too" PAM_AUTH_ERR "$AUTH"
expect_grep "... as a repeat" 'reason=part 2 repeats part 1 byte for byte' "$T/syslog.new"
# The twin: the same part again, but not right after itself, is a part.
answers "$T/ans" "$P1\\" "$P2\\" "$P1\\" "$P3"
login_logged k8s demo_debugger --answers "$T/ans"
expect "... the same part later, not right after itself, is read on (and the token refused)" \
        "PAM_AUTH_ERR 4" "$AUTH $(grep -c '^prompt(hidden)' "$OUT")"
reason_is "malformed token: not three dot-separated parts"
expect_no_grep "... not as a repeat" 'repeats part' "$T/syslog.new"

# sudo refuses an answer of 512 bytes or more with a conversation error
# and nothing else; the log names that likely cause.
: > "$T/ans"
login_logged k8s demo_debugger --answers "$T/ans"
expect "a conversation that fails at part 1 is a conversation error" PAM_CONV_ERR "$AUTH"
expect_grep "... and the log names sudo's limit as the likely cause" \
        "auth deny user=demo_debugger .*reason=conversation failed at part 1: .*refuse answers of 512 bytes or more: send the token in parts ending in '\\\\'" \
        "$T/syslog.new"
answers "$T/ans" "$P1\\"
login_logged k8s demo_debugger --answers "$T/ans"
expect "... and at part 2, its number" PAM_CONV_ERR "$AUTH"
expect_grep "... in the log" 'reason=conversation failed at part 2: ' "$T/syslog.new"
# A last part of 511 or 512 bytes after others: cut at sudo's limit.
RS2=$(mint --alg RS256 --pad-to 1500)
for cut in 511 512 510; do
        answers "$T/ans" "${RS2:0:499}\\" "${RS2:499:$cut}"
        login_logged k8s demo_debugger --answers "$T/ans"
        if [ "$cut" = 510 ]; then
                expect "a token whose last part has 510 bytes is refused" PAM_AUTH_ERR "$AUTH"
                expect_no_grep "... with no word of sudo's limit (the twin)" "sudo's limit" "$T/syslog.new"
                reason_is "malformed token: not three dot-separated parts"
        else
                expect "a token whose last part has $cut bytes is refused" PAM_AUTH_ERR "$AUTH"
                expect_grep "... and the log says part 2 was probably cut at sudo's limit" \
                        "auth deny user=demo_debugger .*; its last part \\(part 2\\) has 511 or 512 bytes, sudo's limit: it was probably cut off" \
                        "$T/syslog.new"
        fi
done
LONG=$(mint --alg RS256 --pad-to 1500)
CUT=${LONG:0:1023}
try "a token cut at 1023 bytes is refused" PAM_AUTH_ERR demo_debugger "$CUT"
reason_is "malformed token: not three dot-separated parts; its length 1023 is a known client limit: the token was probably cut off (send it in parts ending in '\\')"

# --- retries on one handle ------------------------------------------------
# sudo asks up to three times on one handle: a failed retry must not keep
# the identity of an earlier success for the session step.
answers "$T/ans" "$ES" "garbage"
login_logged k8s demo_debugger --answers "$T/ans" --steps auth,auth,session
expect "retry on one handle: first auth succeeds, the second fails" \
        "PAM_SUCCESS PAM_AUTH_ERR" "$(sed -n 's/^auth: //p' "$OUT" | xargs)"
expect "... each with its reason logged" \
        "authenticated by the API server|malformed token: not three dot-separated parts" \
        "$(sed -n 's/.*: auth [a-z-]* user=.* reason=//p' "$T/syslog.new" | paste -sd'|')"
expect_no_grep "... and the session no longer has the pod of the first success" \
        "K8S_POD_NAME" "$OUT"
answers "$T/ans" "garbage" "$ES"
login_logged k8s demo_debugger --answers "$T/ans" --steps auth,auth,session
expect_grep "its twin: a failure, then a success, gives the pod to the session" \
        '^env: K8S_POD_NAME=debug-pod$' "$OUT"

# sshd authenticates keyboard-interactive in a child process and keeps
# only its PAM environment: the identity is there after auth alone.
answers "$T/ans" "$ES"
login_logged k8s demo_debugger --answers "$T/ans" --steps auth,env
expect "after auth alone, the PAM environment holds the identity and the pod" \
        "K8S_NAMESPACE=demo|K8S_SERVICE_ACCOUNT=debugger|K8S_POD_NAME=debug-pod" \
        "$(sed -n 's/^env: //p' "$OUT" | paste -sd'|')"
answers "$T/ans" "$ES" "garbage"
login_logged k8s demo_debugger --answers "$T/ans" --steps auth,auth,env
expect "... and a failed retry on the handle takes all of it away" "" "$(sed -n 's/^env: //p' "$OUT")"
expect_no_grep "... without libpam complaining of a variable that was not there" \
        "delete non-existent entry" "$T/syslog"

# --- first-pass options ----------------------------------------------------
# pam_wrapper's pam_set_items stands for an earlier module: it sets
# PAM_AUTHTOK from the environment.
write_service k8sfirst "config=$T/k8s-login.conf use_first_pass"
sed -i "1i auth optional /usr/lib/$MULTIARCH/pam_wrapper/pam_set_items.so" "$T/pam.d/k8sfirst"
PAM_AUTHTOK=$ES login_logged k8sfirst demo_debugger
expect "use_first_pass takes PAM_AUTHTOK" PAM_SUCCESS "$AUTH"
reason_is "authenticated by the API server"
expect "use_first_pass never prompts" 0 "$(grep -c '^prompt' "$OUT")"
login_logged k8sfirst demo_debugger
expect "use_first_pass without PAM_AUTHTOK is refused" PAM_AUTH_ERR "$AUTH"
reason_is "use_first_pass given but no token from an earlier module (Authentication failure)"
write_service k8stry "config=$T/k8s-login.conf try_first_pass"
type_token k8stry demo_debugger "$ES"
expect "try_first_pass without PAM_AUTHTOK prompts" PAM_SUCCESS "$AUTH"
reason_is "authenticated by the API server"
write_service k8sbadarg "config=$T/k8s-login.conf no_such_option"
type_token k8sbadarg demo_debugger "$ES"
expect "an unknown module argument fails closed" PAM_AUTHINFO_UNAVAIL "$AUTH"
expect_grep "... and the log names it and what is expected" \
        "refusing: unknown module argument 'no_such_option' \(expected config=/PATH, use_first_pass, try_first_pass, debug\)$" "$T/syslog.new"

# --- hostile and wrong tokens --------------------------------------------
before=$(requests ok)
try "a token for demo:debugger does not log in demo_other" PAM_AUTH_ERR demo_other "$ES"
reason_is "token is for demo/debugger, not for user demo_other"
try "expired token" PAM_AUTH_ERR demo_debugger "$(mint --exp-in -120)"
reason_like "token expired 1[2-9][0-9]s ago"
try "token for another audience" PAM_AUTH_ERR demo_debugger "$(mint --aud someone-else)"
reason_is "token audience is not one of the configured audiences"
try "token for the API server's own audience" PAM_AUTH_ERR demo_debugger \
        "$(mint --aud https://kubernetes.default.svc.cluster.local)"
reason_is "token audience is not one of the configured audiences"
try "token of a namespace that is not allowed, for an allowed user" PAM_AUTH_ERR demo_debugger \
        "$(mint --ns prod --sa debugger)"
reason_is "token is for prod/debugger, not for user demo_debugger"
try "legacy secret-based token" PAM_AUTH_ERR demo_debugger "$(mint --legacy --alg RS256)"
reason_is "legacy secret-based token refused (allow_legacy_tokens = no)"
try "lifetime over max_token_lifetime" PAM_AUTH_ERR demo_debugger "$(mint --exp-in 7200)"
reason_is "token lifetime 7200s exceeds max_token_lifetime 3600s (use a projected token with a short expirationSeconds)"
try "garbage" PAM_AUTH_ERR demo_debugger "hello"
reason_is "malformed token: not three dot-separated parts"
try "empty answer" PAM_AUTH_ERR demo_debugger ""
reason_is "empty token (Authentication failure)"
try "alg none" PAM_AUTH_ERR demo_debugger \
        "$(mint --header-extra '{"alg":"none"}' | cut -d. -f1-2)."
reason_is "malformed token: an empty part (unsigned tokens are refused)"
expect "none of the tokens refused so far reached the API server" "$before" "$(requests ok)"
try "token signed by a key the cluster does not trust" PAM_AUTH_ERR demo_debugger "$(mint --key rsa2 --alg RS256)"
reason_is "API server refused the token: invalid bearer token, square/go-jose: error in cryptographic primitive"

# --- users the module does not own ----------------------------------------
try "user of a namespace that is not allowed" PAM_USER_UNKNOWN prod_debugger "$(mint --ns prod)"
reason_is "user prod_debugger maps to prod/debugger, which is not allowed by allow_namespaces/allow_service_accounts"
try "a name that does not map back" PAM_USER_UNKNOWN alice "$ES"
reason_is "user alice does not map to a service account through user_format"
type_token k8s ci_runner "$(mint --ns ci --sa runner)" --acct
expect "a pre-existing local ci_runner is not opened by the ci:runner token" PAM_USER_UNKNOWN "$AUTH"
OUTSIDE="user ci_runner exists with UID 1001, outside uid_min..uid_max (1879048192..2147483647): not a k8s-login account"
reason_is "$OUTSIDE"
expect "... and the module asked for no token" 0 "$(grep -c '^prompt' "$OUT")"
# account_case DESC EXPECTED USER REASON: the account step alone, for USER.
account_case() {
        login_logged k8s "$3" --no-auth --acct
        expect "$1" "$2" "$ACCT"
        reason_is "$4" account
}
account_case "account step refuses the pre-existing ci_runner" PAM_USER_UNKNOWN ci_runner "$OUTSIDE"
account_case "account step accepts demo_debugger (its twin, in range)" PAM_SUCCESS demo_debugger \
        "account of demo/debugger"
account_case "account step reads a passwd entry larger than 4 KiB" PAM_SUCCESS demo_big "account of demo/big"
account_case "account step refuses a mapped name with no account" PAM_USER_UNKNOWN demo_nobody \
        "user demo_nobody has no account (is the k8s NSS module configured?)"

# --- what the API server answers ------------------------------------------
# api_case DESC EXPECTED REASON MODE...: a server in MODE, a valid token;
# the login returns EXPECTED and logs exactly REASON.
api_case() {
        local desc=$1 expected=$2 why=$3; shift 3
        start_server "$1" --mode "$1" "${@:2}"
        write_config "$T/fault.conf" "$PORT"
        write_service fault "config=$T/fault.conf"
        try "$desc" "$expected" demo_debugger "$ES" fault
        reason_is "$why"
        kill "${SERVER_PIDS[-1]}" 2>/dev/null
}
api_case "API server answers 401 (reviewer token refused)" PAM_AUTHINFO_UNAVAIL \
        "API server answered HTTP 401 (expected 201): reviewer token refused" http401
api_case "API server answers 403" PAM_AUTHINFO_UNAVAIL \
        "API server answered HTTP 403 (expected 201): reviewer lacks system:auth-delegator" http403
api_case "API server answers 500" PAM_AUTHINFO_UNAVAIL \
        "API server answered HTTP 500 (expected 201)" http500
api_case "API server answers 200 instead of 201" PAM_AUTHINFO_UNAVAIL \
        "API server answered HTTP 200 (expected 201)" http200
api_case "API server answers HTML" PAM_AUTHINFO_UNAVAIL \
        "API server answer is not JSON without duplicate keys" notjson
api_case "API server answers a JSON array" PAM_AUTHINFO_UNAVAIL \
        "API server answer is not an authentication.k8s.io/v1 TokenReview" array-root
api_case "API server answers nothing" PAM_AUTHINFO_UNAVAIL \
        "API server answer is not JSON without duplicate keys" empty
api_case "API server answers 4 MiB" PAM_AUTHINFO_UNAVAIL \
        "API server answer larger than 262144 bytes" oversize
api_case "authenticated is a string" PAM_AUTHINFO_UNAVAIL \
        "API server answer has a malformed status" auth-string
api_case "authenticated without a user" PAM_AUTHINFO_UNAVAIL \
        "API server answer has no status.user.username" no-user
api_case "duplicate keys in the answer" PAM_AUTHINFO_UNAVAIL \
        "API server answer is not JSON without duplicate keys" duplicate-keys
api_case "answer names a human user" PAM_AUTH_ERR \
        "API server identifies the token as alice, not a service account" human
api_case "answer names a node" PAM_AUTH_ERR \
        "API server identifies the token as system:node:worker-1, not a service account" node
api_case "answer names another service account" PAM_AUTH_ERR \
        "API server identifies the token as demo/someone-else, not demo/debugger" other-identity
api_case "answer confirms another audience" PAM_AUTH_ERR \
        "API server confirmed none of the configured audiences" wrong-audiences
api_case "answer confirms no audience" PAM_AUTH_ERR \
        "API server did not confirm an audience (a token for the API server itself?)" no-audiences
api_case "answer authenticated with an error set" PAM_AUTH_ERR \
        "API server refused the token: k8sfake: an error alongside success" error-set
api_case "certificate from another CA" PAM_AUTHINFO_UNAVAIL \
        "API server unreachable: SSL certificate problem: unable to get local issuer certificate" ok --cert otherca
# Transport faults (down, silent, slow, trickle, huge, cut, redirected,
# bad certificates) and broken config or reviewer token files, each timed:
# faults.sh.

# --- nothing secret in the log --------------------------------------------
leaked=0
while IFS= read -r tok; do
        [ ${#tok} -ge 20 ] || continue
        # Any 20-byte slice of the signature or payload would be a leak.
        for slice in "${tok: -20}" "${tok:40:20}"; do
                grep -qF -- "$slice" "$T/syslog" && leaked=$((leaked + 1))
        done
done < "$TOKENS"
expect "no token (or a slice of one) appears in any log line, debug included" 0 "$leaked"
expect_no_grep "the reviewer token appears in no log line" "$(cat "$PKI/reviewer.token")" "$T/syslog"
expect "every log line went to authpriv" 0 "$(grep -vc '^authpriv\.' "$T/syslog")"
tap_done
