#!/bin/bash
# k8s-login check and config-test: the same decisions as the PAM module,
# with documented exit codes and never the token in their output.
. "$(dirname "$0")/lib.sh"
stand_in
write_config "$T/k8s-login.conf" "$PORT"
CONF="$T/k8s-login.conf"

# k8s-login with the test's accounts (nss_wrapper), as a login would see them.
k8slogin() {
        env LD_PRELOAD="$NSS_PRELOAD" NSS_WRAPPER_PASSWD="$T/passwd" \
                NSS_WRAPPER_GROUP="$T/group" "$K8S_LOGIN" "$@"
}
# check DESC EXPECTED_EXIT TOKEN [args...]
check() {
        local desc=$1 expected=$2 token=$3; shift 3
        k8slogin check --config "$CONF" "$@" <<< "$token" > "$OUT" 2>&1
        expect "$desc (exit $expected)" "$expected" "$?"
}
# says (lib.sh): the reason check printed in $OUT.
MALFORMED="malformed token: not three dot-separated parts"
ES=$(mint)
check "a valid token is allowed" 0 "$ES"
says "authenticated by the API server"
expect_grep "... prints the identity" '^identity: system:serviceaccount:demo:debugger$' "$OUT"
expect_grep "... and the local account" '^user: demo_debugger$' "$OUT"
expect_grep "... and the decision" '^decision: allow$' "$OUT"
expect_no_grep "... but never the token" "${ES: -24}" "$OUT"
check "the same token for --user demo_debugger" 0 "$ES" --user demo_debugger
says "authenticated by the API server"
expect_grep "... naming the user asked for on its own line" '^requested user: demo_debugger$' "$OUT"
check "the same token for --user demo_other is denied" 1 "$ES" --user demo_other
expect_grep "... saying whose token it is" '^reason: token is for demo/debugger, not for user demo_other$' "$OUT"
# The identity shown is the token's, never the one --user asked for.
expect_grep "... showing the token's identity" '^identity: system:serviceaccount:demo:debugger$' "$OUT"
expect_grep "... and the user it maps to" '^user: demo_debugger$' "$OUT"
expect_grep "... and the user asked for on its own line" '^requested user: demo_other$' "$OUT"
expect_no_grep "... and never demo_other as the identity" "serviceaccount:demo:other" "$OUT"
expect_no_grep "... nor demo_other's UID" "uid: 1879048201" "$OUT"
check "a token for demo/ci with --user demo_debugger is denied" 1 "$(mint --sa ci)" --user demo_debugger
expect "... showing demo/ci, the token's identity, next to the reason" \
        "reason: token is for demo/ci, not for user demo_debugger|identity: system:serviceaccount:demo:ci|namespace: demo|service account: ci|user: demo_ci|requested user: demo_debugger" \
        "$(grep -E '^(reason|identity|namespace|service account|user|requested user):' "$OUT" | paste -sd '|')"
check "garbage with --user demo_debugger is denied" 1 garbage --user demo_debugger
says "$MALFORMED"
expect_grep "... with identity: none (the token did not parse)" '^identity: none$' "$OUT"
expect_no_grep "... not the identity of --user" "serviceaccount:demo:debugger" "$OUT"
expect_grep "... the user asked for on its own line" '^requested user: demo_debugger$' "$OUT"

# The command holds a token: it makes no core file. Seen while it waits
# for the token on standard input (a FIFO that this shell holds open),
# with core files allowed to its parent.
ulimit -S -c unlimited 2>/dev/null || ulimit -S -c "$(ulimit -H -c)"
expect "the test shell may write core files (the twin)" yes "$([ "$(ulimit -c)" != 0 ] && echo yes)"
mkfifo "$T/stdin"
exec 7<> "$T/stdin"
env LD_PRELOAD="$NSS_PRELOAD" NSS_WRAPPER_PASSWD="$T/passwd" NSS_WRAPPER_GROUP="$T/group" \
        "$K8S_LOGIN" check --config "$CONF" < "$T/stdin" > /dev/null 2>&1 &
pid=$!
# Until it waits in read(2) for the token (wchan: pipe_read, or
# anon_pipe_read on newer kernels); at most 5 s.
for _ in $(seq 1 100); do
        case $(cat "/proc/$pid/wchan" 2>/dev/null) in *pipe_read*) break ;; esac
        sleep 0.05
done
expect "k8s-login check, waiting for its token, has a core file size limit of 0" "0 0" \
        "$(awk '/^Max core file size/ {print $5, $6}' "/proc/$pid/limits" 2>&1)"
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
exec 7>&-

check "--user of a namespace that is not allowed" 2 "$ES" --user prod_x
says "user prod_x maps to prod/x, which is not allowed by allow_namespaces/allow_service_accounts"
check "a token for a pre-existing local account outside the range" 2 "$(mint --ns ci --sa runner)"
says "user ci_runner exists with UID 1001, outside uid_min..uid_max (1879048192..2147483647): not a k8s-login account"
check "a valid token whose account does not exist (no NSS module)" 2 "$(mint --sa nobody)"
says "user demo_nobody has no account (is the k8s NSS module configured?)"
check "an expired token is denied" 1 "$(mint --exp-in -100)"
expect_grep "... with the reason" '^reason: token expired 1[0-9][0-9]s ago$' "$OUT"
check "garbage is denied" 1 garbage
says "$MALFORMED"
expect_grep "... with identity: none" '^identity: none$' "$OUT"
check "a namespace that is not allowed is denied" 1 "$(mint --ns prod)"
says "service account prod/debugger is not allowed by allow_namespaces/allow_service_accounts"
K8S_LOGIN_CONF="$CONF" k8slogin check <<< "$ES" > "$OUT" 2>&1
expect "K8S_LOGIN_CONF names the config" 0 "$?"
says "authenticated by the API server"
hold_port
write_config "$T/down.conf" "$HELD_PORT"
k8slogin check --config "$T/down.conf" <<< "$ES" > "$OUT" 2>&1
expect "an unreachable API server is 'unavailable' (exit 3)" 3 "$?"
expect_grep "... and says why" '^reason: API server unreachable' "$OUT"
expect_grep "... in words: libcurl's error with its spaces, never \\x20" \
        '^reason: API server unreachable: Failed to connect to 127\.0\.0\.1 port [0-9]+ ' "$OUT"

"$K8S_LOGIN" config-test --config "$CONF" > "$OUT" 2>&1
expect "config-test accepts a good config" 0 "$?"
expect_grep "... and says OK" ': OK \(validation = tokenreview' "$OUT"
write_config "$T/bad.conf" "$PORT" "max_token_lifetime = 10s"
"$K8S_LOGIN" config-test --config "$T/bad.conf" > "$OUT" 2>&1
expect "config-test refuses a bad value" 3 "$?"
expect_grep "... naming file, line and key" "bad.conf:9: key 'max_token_lifetime': expected a whole number from 60 to 86400" "$OUT"
write_config "$T/bad.conf" "$PORT"; chmod 0664 "$T/bad.conf"
"$K8S_LOGIN" config-test --config "$T/bad.conf" > "$OUT" 2>&1
expect "config-test refuses a group-writable config" 3 "$?"
install -m 0644 "$top_srcdir/configs/k8s-login.conf" "$T/shipped.conf"
"$K8S_LOGIN" config-test --config "$T/shipped.conf" > "$OUT" 2>&1
expect "the shipped configs/k8s-login.conf parses, but config-test refuses its placeholders (exit 3)" 3 "$?"
expect_grep "... naming the placeholder api_server" \
        "^k8s-login: $T/shipped.conf: key 'api_server': https://kubernetes.example.internal:6443 is a placeholder" "$OUT"
expect_no_grep "... and no OK line" ": OK (" "$OUT"
if [ ! -e /etc/k8s-login/ca.pem ] && [ ! -e /etc/k8s-login/reviewer.token ]; then
        expect_grep "... and its missing CA file" \
                "^k8s-login: $T/shipped.conf: key 'ca_file': /etc/k8s-login/ca.pem: cannot open: No such file" "$OUT"
        expect_grep "... and its missing reviewer token" \
                "^k8s-login: $T/shipped.conf: key 'reviewer_token_file': /etc/k8s-login/reviewer.token: cannot open: No such file" "$OUT"
else
        tap_ok "# SKIP this host has /etc/k8s-login/ca.pem or reviewer.token"
        tap_ok "# SKIP this host has /etc/k8s-login/ca.pem or reviewer.token"
fi

# config-test checks what a login needs, one line a problem naming the
# key and the file, each paired with the good config it broke.
# config_problem DESC CONFIG LINE-REGEX: exit 3, exactly one problem line
# (and the count), no OK.
config_problem() {
        "$K8S_LOGIN" config-test --config "$2" > "$OUT" 2>&1
        expect "config-test: $1 (exit 3, one problem)" "3 1" \
                "$? $(grep -c "^k8s-login: $2: key\|^k8s-login: $2: [a-z]" "$OUT" | head -1)"
        expect_grep "... naming key and file" "$3" "$OUT"
        expect_grep "... and counting it" "^k8s-login: $2: 1 problem found$" "$OUT"
}
write_config "$T/c.conf" "$PORT" "ca_file = $T/no-ca.pem"
sed -i "\|^ca_file = $PKI/ca.pem|d" "$T/c.conf"
config_problem "a missing ca_file" "$T/c.conf" "^k8s-login: $T/c.conf: key 'ca_file': $T/no-ca.pem: cannot open: No such file"
cp "$PKI/reviewer.token" "$T/reviewer.token"; chmod 0600 "$T/reviewer.token"
write_config "$T/c.conf" "$PORT"
sed -i "s|^reviewer_token_file = .*|reviewer_token_file = $T/reviewer.token|" "$T/c.conf"
"$K8S_LOGIN" config-test --config "$T/c.conf" > "$OUT" 2>&1
expect "config-test: a reviewer token of mode 0600 is fine (the twin)" 0 "$?"
chmod 0644 "$T/reviewer.token"
config_problem "a reviewer token of mode 0644 (every local user could use it)" "$T/c.conf" \
        "^k8s-login: $T/c.conf: key 'reviewer_token_file': $T/reviewer.token: readable by group or others \(mode 0644\)"
chmod 0640 "$T/reviewer.token"
config_problem "a reviewer token of mode 0640" "$T/c.conf" "readable by group or others \(mode 0640\)"
rm -f "$T/reviewer.token"
config_problem "a missing reviewer token" "$T/c.conf" \
        "^k8s-login: $T/c.conf: key 'reviewer_token_file': $T/reviewer.token: cannot open: No such file"
write_config "$T/c.conf" "$PORT"; chmod 0600 "$T/c.conf"
config_problem "a config of mode 0600 (NSS cannot read it in non-root processes)" "$T/c.conf" \
        "^k8s-login: $T/c.conf: not readable by others \(mode 0600\): the NSS module cannot read it"
write_config "$T/c.conf" "$PORT"
sed -i "s|^api_server = .*|api_server = https://api.example.com:6443|" "$T/c.conf"
config_problem "an example.com api_server" "$T/c.conf" \
        "^k8s-login: $T/c.conf: key 'api_server': https://api.example.com:6443 is a placeholder"
"$K8S_LOGIN" frobnicate > "$OUT" 2>&1
expect "an unknown command is a usage error" 64 "$?"

# A token given as an argument (where standard input was meant) is never
# printed back, neither by check nor by any other command.
for cmd in "check --user demo_debugger" "check" "config-test" "users" "uid" "name" "pin" \
        "status" "jwks refresh" "version" ""; do
        k8slogin $cmd "$ES" --config "$CONF" < /dev/null > "$OUT" 2>&1
        rc=$?
        expect_no_grep "k8s-login $cmd TOKEN: the token is not printed" "${ES:0:40}" "$OUT"
        expect_no_grep "... nor its end" "${ES: -24}" "$OUT"
        expect "... a usage error or a refusal (exit 64, or 2 for a name)" yes \
                "$( { [ $rc = 64 ] || { [ $rc = 2 ] && [[ $cmd = uid || $cmd = pin ]]; }; } && echo yes || echo "no ($rc)")"
done
k8slogin check --user demo_debugger "$ES" < /dev/null > "$OUT" 2>&1
expect_grep "check TOKEN says the token goes on standard input, with its size" \
        "^k8s-login check: unexpected argument 3 \(${#ES} bytes; the token goes on standard input\)$" "$OUT"
"$K8S_LOGIN" check --frobnicate > "$OUT" 2>&1
expect "an unknown option is a usage error" 64 "$?"
expect_grep "... and named, as it cannot be a token" "^k8s-login check: unknown option '--frobnicate'$" "$OUT"

# --- the registry commands: usage, and who may change it --------------------
for args in "uid" "name" "name abc" "name -5" "name 4294967295" "pin" "pin a b c" \
        "rebind" "release a b" "users extra" "uid a --group"; do
        "$K8S_LOGIN" $args --config "$CONF" > "$OUT" 2>&1
        expect "k8s-login $args is a usage error" 64 "$?"
done
"$K8S_LOGIN" uid ci_runner --config "$CONF" > "$OUT" 2> "$T/err"
expect "uid of a name in an allowed namespace answers its first choice" \
        "0 $(first_choice ci runner)" "$? $(cat "$OUT")"
expect_grep "... and says on stderr it is not allocated yet" "ci_runner is not allocated yet" "$T/err"
"$K8S_LOGIN" uid kube-system_default --config "$CONF" > "$OUT" 2>&1
expect "uid of a disallowed namespace: not ours" 2 "$?"
"$K8S_LOGIN" uid Demo_x --config "$CONF" > "$OUT" 2>&1
expect "uid of a malformed name: not ours" 2 "$?"
"$K8S_LOGIN" name 1879048192 --config "$CONF" > "$OUT" 2>&1
expect "name of all_group's number: not an account" 2 "$?"
if command -v setpriv > /dev/null; then
        setpriv --reuid=65534 --regid=65534 --clear-groups "$K8S_LOGIN" pin demo_x --config "$CONF" > "$OUT" 2>&1
        expect "pin as another user than root is refused (exit 3)" 3 "$?"
        expect_grep "... saying root is needed" "run it as root" "$OUT"
        "$K8S_LOGIN" pin demo_x --config "$CONF" > "$OUT" 2>&1
        expect "... its twin, as root, pins" 0 "$?"
else
        tap_ok "# SKIP setpriv (util-linux) not installed"
fi
"$K8S_LOGIN" rebind demo_never --config "$CONF" > "$OUT" 2>&1
expect "rebind of a name never allocated: exit 2" 2 "$?"
"$K8S_LOGIN" users --config "$CONF" > "$OUT" 2>&1
expect "users starts with a header line" "UID NAME IDENTITY K8S-UID ALLOCATED" "$(head -n 1 "$OUT")"
expect "... then lists exactly the pinned account" "demo_x demo/x -" "$(tail -n +2 "$OUT" | awk '{print $2, $3, $4}')"
"$K8S_LOGIN" users --all --config "$CONF" > "$OUT" 2>&1
expect "users --all: a header with the kind" "KIND UID NAME IDENTITY K8S-UID ALLOCATED" "$(head -n 1 "$OUT")"
expect "... then the pinned account and its namespace group" "group k8s_demo|user demo_x" \
        "$(tail -n +2 "$OUT" | awk '{print $1, $3}' | sort | paste -sd '|')"
tap_done
