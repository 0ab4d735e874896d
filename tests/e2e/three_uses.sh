#!/bin/bash
# The three uses, end to end with the real programs: ssh into a
# debug host with a token, sudo keyed on a service account and on a
# namespace's group, and a job with a token file and no terminal logging
# in to a batch host. sshd, ssh, sshpass, sudo and pam-auth-update are
# Debian's; the build is installed into a scratch prefix and configs/ go
# where an administrator puts them, in a private mount namespace
# (tests/e2e/sandbox.sh). The stand-in API server answers TokenReview.
. "$(dirname "$0")/sandbox.sh"
e2e_enter "$0" "$@"
. "$(dirname "$0")/../integration/lib.sh"
e2e_setup

KUBE=$top_srcdir/configs/kubernetes
yaml_value() { sed -n "s#^ *$1: *##p" "$2" | head -1; }
conf_value() { sed -n "s/^$1 *= *//p" /etc/k8s-login.conf | head -1; }

# --- the Kubernetes side: the manifests agree with the host's config --------
AUD=$(yaml_value audience "$KUBE/debugger-pod.yaml")
LIFE=$(yaml_value expirationSeconds "$KUBE/debugger-pod.yaml")
expect "the pod's projected token is for the host's audience" "$(conf_value audiences)" "$AUD"
expect "... and lives no longer than max_token_lifetime allows" yes \
        "$([ "$LIFE" -le "$(conf_value max_token_lifetime)" ] && [ "$LIFE" -ge 600 ] && echo yes)"
expect "... and is projected where k8s-login askpass looks first" /var/run/secrets/tokens/k8s-login \
        "$(yaml_value mountPath "$KUBE/debugger-pod.yaml")/$(yaml_value path "$KUBE/debugger-pod.yaml")"
expect "... and the pod runs askpass as its SSH_ASKPASS, the name make install made" \
        "/usr/bin/k8s-login-askpass $(readlink "$ASKPASS")" \
        "$(grep -A1 'name: SSH_ASKPASS$' "$KUBE/debugger-pod.yaml" | yaml_value value /dev/stdin) k8s-login"
expect "the reviewer is bound to system:auth-delegator and nothing else" \
        "system:auth-delegator" "$(grep -A3 '^roleRef:' "$KUBE/reviewer-rbac.yaml" | yaml_value name /dev/stdin)"
expect "... and its token Secret names the reviewer service account" \
        "$(grep -A3 '^kind: ServiceAccount' "$KUBE/reviewer-rbac.yaml" | yaml_value name /dev/stdin)" \
        "$(yaml_value kubernetes.io/service-account.name "$KUBE/reviewer-rbac.yaml")"
expect "the installed config passes config-test" 0 "$("$KL" config-test > "$T/ct.out" 2>&1; echo $?)"
expect "sudoers with the k8s-login rules parses (visudo -c)" 0 "$(visudo -c > "$T/visudo.out" 2>&1; echo $?)"

# Tokens as the pod would present them (mint reads no YAML; the values do).
POD_ARGS=(--aud "$AUD" --exp-in "$LIFE")
UID_DBG=$(first_choice demo debugger); UID_CI=$(first_choice demo ci)
UID_OPS=$(first_choice ops admin)
GID_DEMO=$(first_choice demo -); GID_OPS=$(first_choice ops -); GID_ALL=1879048192
ID_DBG="uid=$UID_DBG(demo_debugger) gid=$GID_DEMO(k8s_demo) groups=$GID_DEMO(k8s_demo),$GID_ALL(k8s)"

# --- ssh ---------------------------------------------------------------------
SESSION_CMD='id; echo K8S_NAMESPACE=$K8S_NAMESPACE K8S_SERVICE_ACCOUNT=$K8S_SERVICE_ACCOUNT K8S_POD_NAME=$K8S_POD_NAME; pwd'
# ssh_as HOW USER TOKENFILE [CMD]: HOW is password (sshpass answers the
# password prompt), kbdint (sshpass answers the module's prompt) or
# askpass (k8s-login-askpass answers the module's prompts, no terminal).
ssh_as() {
        local how=$1 user=$2 tok=$3 cmd=${4:-$SESSION_CMD} t0
        t0=$(now_ms)
        case $how in
        password)
                timeout 30 sshpass -f "$tok" ssh "${SSH_OPTS[@]}" -o PreferredAuthentications=password \
                        "$user@127.0.0.1" "$cmd" ;;
        kbdint)
                timeout 30 sshpass -P 'Service account token' -f "$tok" ssh "${SSH_OPTS[@]}" \
                        -o PreferredAuthentications=keyboard-interactive "$user@127.0.0.1" "$cmd" ;;
        askpass)
                K8S_LOGIN_TOKEN_FILE=$tok e2e_ssh_askpass "$user" "$cmd" ;;
        esac > "$T/ssh.out" 2> "$T/ssh.err"
        SSH_RC=$?
        SSH_MS=$(( $(now_ms) - t0 ))
        OUT=$T/ssh.err
}
session_line() { sed -n "${1}p" "$T/ssh.out"; }

ES=$(token_file es-debugger --alg ES256 --ns demo --sa debugger --pod debugger "${POD_ARGS[@]}")
expect "an ES256 pod token fits one ssh answer (under 1024 bytes)" yes "$([ "$(wc -c < "$ES")" -lt 1024 ] && echo yes)"
expect "no home directory before the first login" no "$([ -e /home/demo_debugger ] && echo yes || echo no)"
ssh_as password demo_debugger "$ES"
expect "ssh, password: demo_debugger logs in with its token" 0 "$SSH_RC"
expect "... the session runs as the UID in range, in k8s_demo and k8s" "$ID_DBG" "$(session_line 1)"
expect "... with the identity in the session's environment" \
        "K8S_NAMESPACE=demo K8S_SERVICE_ACCOUNT=debugger K8S_POD_NAME=debugger" "$(session_line 2)"
expect "... in its home directory" /home/demo_debugger "$(session_line 3)"
expect "pam_mkhomedir made the home directory, owned by the account, mode 0700" \
        "$UID_DBG $GID_DEMO 700" "$(stat -c '%u %g %a' /home/demo_debugger 2>&1)"
expect_grep "pam_k8s logged the login with the identity and the token's jti" \
        "pam_k8s\(sshd:auth\): auth allow user=demo_debugger identity=system:serviceaccount:demo:debugger token=jti=[0-9a-f-]+ reason=authenticated by the API server" "$T/syslog"

ssh_as kbdint demo_debugger "$ES"
expect "ssh, keyboard-interactive: the same token logs in" 0 "$SSH_RC"
expect "... same identity and UID" "$ID_DBG" "$(session_line 1)"
expect "... with the identity in the session's environment" \
        "K8S_NAMESPACE=demo K8S_SERVICE_ACCOUNT=debugger K8S_POD_NAME=debugger" "$(session_line 2)"

LONG=$(token_file long-debugger --alg RS256 --ns demo --sa debugger --pod debugger --pad-to 1500 "${POD_ARGS[@]}")
expect "the long token has 1,500 bytes" 1500 "$(tr -d '\n' < "$LONG" | wc -c)"
ssh_as askpass demo_debugger "$LONG"
expect "ssh, keyboard-interactive, 1,500-byte token in 4 parts through k8s-login askpass" 0 "$SSH_RC"
expect "... same identity and UID" "$ID_DBG" "$(session_line 1)"
new_log
ssh_as password demo_debugger "$LONG"
expect "... the same token as a password is refused (ssh cannot send it in parts)" 255 "$SSH_RC"
new_log
expect_grep "... and pam_k8s logged that ssh cut it at its limit" \
        "auth deny user=demo_debugger .*its length 1023 is a known client limit" "$T/syslog.new"

# Refusals, each with a fresh token so nothing comes from the cache.
WRONG=$(token_file wrong --alg ES256 --ns demo --sa debugger --corrupt-sig "${POD_ARGS[@]}")
EXPIRED=$(token_file expired --alg ES256 --ns demo --sa debugger --exp-in -300)
OTHER=$(token_file other --alg ES256 --ns demo --sa ci "${POD_ARGS[@]}")
KSYS=$(token_file ksys --alg ES256 --ns kube-system --sa default "${POD_ARGS[@]}")
APIAUD=$(token_file apiaud --alg ES256 --ns demo --sa debugger --aud https://kubernetes.default.svc)
printf 'not-a-token\n' > "$T/garbage.token"
# how|what|token|the reason pam_k8s logs
for row in "password|wrong signature|$WRONG|reason=API server refused the token" \
        "kbdint|wrong signature, again|$WRONG|reason=the same token was refused [0-9]+s ago" \
        "password|garbage|$T/garbage.token|reason=malformed token" \
        "password|expired|$EXPIRED|reason=token expired [0-9]+s ago" \
        "kbdint|expired|$EXPIRED|reason=token expired [0-9]+s ago" \
        "password|another account's token|$OTHER|reason=token is for demo/ci, not for user demo_debugger" \
        "askpass|another account's token|$OTHER|reason=token is for demo/ci, not for user demo_debugger" \
        "password|the API server's audience|$APIAUD|reason=token audience is not one of"; do
        IFS='|' read -r how what tok reason <<< "$row"
        new_log
        ssh_as "$how" demo_debugger "$tok"
        expect "ssh, $how: $what is refused" 255 "$SSH_RC"
        expect "... and no session ran" "" "$(cat "$T/ssh.out")"
        new_log
        expect_grep "... and pam_k8s logged why" "pam_k8s\(sshd:auth\): auth deny user=demo_debugger .*$reason" "$T/syslog.new"
done
new_log
ssh_as password kube-system_default "$KSYS"
expect "ssh: a token of a namespace that is not allowed is refused" 255 "$SSH_RC"
new_log
reason_is "user kube-system_default maps to kube-system/default, which is not allowed by allow_namespaces/allow_service_accounts"
expect "... and no session ran" "" "$(cat "$T/ssh.out")"
expect "... and the name is no local user (NSS answers only allowed namespaces)" 2 \
        "$(getent passwd kube-system_default > /dev/null; echo $?)"

# Another namespace's account logs in too (it is allowed), with its own groups.
OPS=$(token_file ops --alg ES256 --ns ops --sa admin "${POD_ARGS[@]}")
ssh_as kbdint ops_admin "$OPS" id
expect "ssh: ops_admin (namespace ops) logs in with its token" \
        "uid=$UID_OPS(ops_admin) gid=$GID_OPS(k8s_ops) groups=$GID_OPS(k8s_ops),$GID_ALL(k8s)" \
        "$(session_line 1)"

# --- keys: a service account cannot log in with a key it planted -------------
# After a token login, demo_debugger could write its own authorized_keys;
# the Match block of configs/sshd_config.d/k8s-login.conf allows service
# accounts (group k8s) tokens only. Its twin: alice logs in with the same key.
ssh-keygen -q -t ed25519 -N '' -f "$T/planted"
plant() { # USER GROUP
        install -d -m 0700 -o "$1" -g "$2" "/home/$1/.ssh"
        install -m 0600 -o "$1" -g "$2" "$T/planted.pub" "/home/$1/.ssh/authorized_keys"
}
key_login() {
        timeout 30 ssh -F /dev/null -p "$SSHD_PORT" -o UserKnownHostsFile="$T/known_hosts" \
                -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes -o BatchMode=yes \
                -o PreferredAuthentications=publickey -o IdentitiesOnly=yes -i "$T/planted" \
                -o LogLevel=ERROR "$1@127.0.0.1" 'id -un' > "$T/ssh.out" 2> "$T/ssh.err"
        echo "$? $(cat "$T/ssh.out")"
}
plant demo_debugger k8s_demo
expect "ssh: a key demo_debugger put in its own authorized_keys is refused" "255 " "$(key_login demo_debugger)"
expect_grep "... sshd allows it tokens only" "Permission denied \(password,keyboard-interactive\)" "$T/ssh.err"

# --- batch: a job with a token file and no terminal --------------------------
# The pod's token at its projected path, no K8S_LOGIN_TOKEN_FILE, no
# terminal, running as nobody: the job needs nothing but the token.
mkdir -p /var/run/secrets/tokens
mint --alg RS256 --ns demo --sa ci --pod ci-job "${POD_ARGS[@]}" > /var/run/secrets/tokens/k8s-login
chown nobody /var/run/secrets/tokens/k8s-login
chmod 0600 /var/run/secrets/tokens/k8s-login
job() {
        timeout 30 setsid -w setpriv --reuid=nobody --regid=nogroup --clear-groups \
                env -i PATH=/usr/bin:/bin SSH_ASKPASS="$ASKPASS" SSH_ASKPASS_REQUIRE=force \
                ssh "${SSH_OPTS[@]}" -o PreferredAuthentications=keyboard-interactive \
                demo_ci@127.0.0.1 'echo "job ran as $(id -un) in $K8S_NAMESPACE"; test -t 0 || echo no terminal' \
                < /dev/null > "$T/job.out" 2> "$T/job.err"
        JOB_RC=$?
}
job
expect "batch: a job with the projected token logs in as demo_ci and runs its command" \
        "0 job ran as demo_ci in demo|no terminal" "$JOB_RC $(paste -sd'|' "$T/job.out")"
# Its negative twins: the token expired, or no token at all.
mint --alg RS256 --ns demo --sa ci --exp-in -120 > /var/run/secrets/tokens/k8s-login
new_log
job
expect "batch: the same job with an expired token is refused" "255 " "$JOB_RC $(cat "$T/job.out")"
new_log
reason_like "token expired 1[2-9][0-9]s ago"
rm -f /var/run/secrets/tokens/k8s-login
job
expect "batch: the same job with no token file is refused" "255 " "$JOB_RC $(cat "$T/job.out")"
expect_grep "... and askpass said why" "k8s-login askpass: no token file" "$T/job.err"

# --- sudo ----------------------------------------------------------------------
# sudo_as USER HOW TOKENFILE CMD...: HOW is askpass (sudo -A) or stdin
# (sudo -S, the parts one a line). -k: no cached credentials.
sudo_as() {
        local user=$1 how=$2 tok=$3; shift 3
        case $how in
        askpass)
                timeout 30 setsid -w setpriv --reuid="$user" --regid=k8s_"${user%%_*}" --init-groups \
                        env SUDO_ASKPASS="$ASKPASS" K8S_LOGIN_TOKEN_FILE="$tok" \
                        sudo -A -k "$@" < /dev/null ;;
        stdin)
                local n p parts=()
                for n in $(seq 1 40); do
                        p=$(K8S_LOGIN_TOKEN_FILE=$tok "$KL" askpass "Service account token, part $n: " 2>/dev/null) || break
                        parts+=("$p")
                done
                printf '%s\n' "${parts[@]}" | timeout 30 setsid -w setpriv --reuid="$user" \
                        --regid=k8s_"${user%%_*}" --init-groups sudo -S -k "$@" ;;
        esac > "$T/sudo.out" 2> "$T/sudo.err"
        SUDO_RC=$?
        OUT=$T/sudo.err
}
RS_DBG=$(token_file rs-debugger --alg RS256 --ns demo --sa debugger --pod debugger "${POD_ARGS[@]}")
RS_CI=$(token_file rs-ci --alg RS256 --ns demo --sa ci --pod ci "${POD_ARGS[@]}")
RS_OPS=$(token_file rs-ops --alg RS256 --ns ops --sa admin "${POD_ARGS[@]}")
expect "an RS256 pod token needs more than one sudo answer (512 bytes or more)" yes \
        "$([ "$(tr -d '\n' < "$RS_DBG" | wc -c)" -ge 512 ] && echo yes)"
sudo_tests() {
        local how=$1 stack=$2 flag
        flag=$([ "$how" = askpass ] && echo -A || echo -S)
        sudo_as demo_debugger "$how" "$RS_DBG" /usr/bin/id -u
        expect "sudo $flag ($stack): demo_debugger runs the command its rule allows" "0 0" \
                "$SUDO_RC $(cat "$T/sudo.out")"
        sudo_as demo_debugger "$how" "$RS_DBG" /usr/bin/id -g
        expect "... but not another command" "1 " "$SUDO_RC $(cat "$T/sudo.out")"
        expect_grep "... sudo says it is not allowed" "not allowed to execute" "$T/sudo.err"
        sudo_as demo_debugger "$how" "$RS_CI" /usr/bin/id -u
        expect "... nor with another account's token" "1 " "$SUDO_RC $(cat "$T/sudo.out")"
        expect_grep "... sudo counts a wrong password" "incorrect password attempt" "$T/sudo.err"
        sudo_as demo_ci "$how" "$RS_CI" /usr/bin/whoami
        expect "sudo $flag ($stack): the k8s_demo group rule lets demo_ci run whoami" "0 root" \
                "$SUDO_RC $(cat "$T/sudo.out")"
        sudo_as ops_admin "$how" "$RS_OPS" /usr/bin/whoami
        expect "sudo $flag ($stack): ops_admin, of another namespace, is refused" "1 " \
                "$SUDO_RC $(cat "$T/sudo.out")"
        expect_grep "... as not in the sudoers file" "not in the sudoers file" "$T/sudo.err"
}
sudo_tests askpass "configs/pam.d/sudo"
sudo_tests stdin "configs/pam.d/sudo"

# --- local accounts: never asked for a token, never locked out by k8s-login ---
# alice is in /etc/passwd (of this namespace's /etc) and in group sudo.
useradd -l -m -s /bin/bash -G sudo alice && echo 'alice:local-Pass-9' | chpasswd
printf 'local-Pass-9\n' > "$T/alice.pass"
chmod 0644 "$T/alice.pass"
# local_checks STACK: alice logs in and uses sudo with her password; pam_k8s
# is never consulted for her.
local_checks() {
        new_log
        ssh_as password alice "$T/alice.pass" 'id -un'
        expect "ssh ($1): local user alice logs in with her password" "0 alice" "$SSH_RC $(cat "$T/ssh.out")"
        timeout 30 setsid -w setpriv --reuid=alice --regid=alice --init-groups sudo -S -k /usr/bin/id -un \
                < "$T/alice.pass" > "$T/sudo.out" 2> "$T/sudo.err"
        expect "sudo -S ($1): alice runs a command with her password" "0 root" "$? $(cat "$T/sudo.out")"
        new_log
        expect_no_grep "... and pam_k8s never ran for her" "pam_k8s" "$T/syslog.new"
}
local_checks "configs/pam.d"
plant alice alice
expect "... while local user alice logs in with the same key (the twin)" "0 alice" "$(key_login alice)"
# A config that cannot be trusted: service accounts are refused, local
# accounts go on as before.
chmod g+w /etc/k8s-login.conf
new_log
ssh_as password demo_debugger "$ES"
expect "a group-writable k8s-login.conf: demo_debugger's valid token is refused" 255 "$SSH_RC"
new_log
reason_is "config cannot be trusted: /etc/k8s-login.conf: writable by group or others (mode 0664)"
local_checks "configs/pam.d, k8s-login.conf broken"
chmod g-w /etc/k8s-login.conf

# The pam-auth-update profile: Debian's own /etc/pam.d/sudo, with the
# profile enabled in common-auth, common-account and common-session.
cp "$T/pam.d.stock/sudo" /etc/pam.d/sudo
expect "the pam-auth-update profile is off until asked for" "" \
        "$(grep -l pam_k8s /etc/pam.d/common-* 2>/dev/null)"
pam-auth-update --package --enable k8s-login > "$T/pam-auth-update.out" 2>&1
expect "pam-auth-update --enable k8s-login" 0 "$?"
expect "... puts pam_k8s first in common-auth for non-local users, jumping past pam_unix on success" \
        "[success=1 default=ignore] pam_localuser.so|[success=2 user_unknown=ignore default=die] pam_k8s.so|[success=1 default=ignore] pam_unix.so nullok try_first_pass" \
        "$(grep -E '^auth' /etc/pam.d/common-auth | head -3 | awk '{$1=""; print}' | sed 's/^ *//; s/ *$//' | paste -sd'|')"
sudo_tests stdin "Debian's pam.d/sudo, profile enabled"
sudo_as demo_debugger askpass "$RS_DBG" /usr/bin/id -u
expect "sudo -A (Debian's pam.d/sudo, profile enabled): demo_debugger runs its command" "0 0" \
        "$SUDO_RC $(cat "$T/sudo.out")"
local_checks "profile enabled"
chmod g+w /etc/k8s-login.conf
sudo_as demo_debugger askpass "$RS_DBG" /usr/bin/id -u
expect "profile enabled, k8s-login.conf broken: demo_debugger's sudo is refused" "1 " \
        "$SUDO_RC $(cat "$T/sudo.out")"
local_checks "profile enabled, k8s-login.conf broken"
chmod g-w /etc/k8s-login.conf

# --- the API server down: refused quickly, and the log says why ------------------
kill "${SERVER_PIDS[0]}"; wait "${SERVER_PIDS[0]}" 2>/dev/null
DOWN=$(token_file down --alg ES256 --ns demo --sa debugger --pod debugger "${POD_ARGS[@]}")
new_log
ssh_as password demo_debugger "$DOWN"
expect "ssh with the API server down is refused" 255 "$SSH_RC"
expect "... within the configured timeout plus a second" yes \
        "$([ "$SSH_MS" -le $(( $(conf_value timeout) * 1000 + 1000 )) ] && echo yes || echo "no: $SSH_MS ms")"
new_log
expect_grep "... and pam_k8s logged that the API server is unreachable" \
        "pam_k8s\(sshd:auth\): auth unavailable user=demo_debugger .*reason=API server unreachable" "$T/syslog.new"

# ssh without PreferredAuthentications=keyboard-interactive: when
# keyboard-interactive fails, ssh falls back to password authentication,
# askpass may answer the password prompt with part 1, and sshd repeats
# that answer to every "part N" prompt. The log must still end with the
# truth (the API server is down), or name the repetition; it once said
# "token longer than 16384 bytes at part 33".
DOWN_LONG=$(token_file down-long --alg RS256 --ns demo --sa debugger --pad-to 1500 "${POD_ARGS[@]}")
new_log
timeout 30 setsid -w env K8S_LOGIN_TOKEN_FILE="$DOWN_LONG" SSH_ASKPASS="$ASKPASS" SSH_ASKPASS_REQUIRE=force \
        ssh "${SSH_OPTS[@]}" demo_debugger@127.0.0.1 id < /dev/null > "$T/ssh.out" 2> "$T/ssh.err"
expect "ssh with the API server down, password fallback allowed, is refused (within the timeout)" 255 "$?"
new_log
grep 'pam_k8s(sshd:auth)' "$T/syslog.new" | tail -1 > "$T/last-auth"
expect_grep "... and pam_k8s's last line names the API server or the repeated answer" \
        "auth (unavailable|deny) user=demo_debugger .*reason=(API server unreachable|part 2 repeats part 1 byte for byte: .*use keyboard-interactive)" \
        "$T/last-auth"
expect_no_grep "... never a token too long" "longer than 16384" "$T/syslog.new"

expect_no_grep "no error from libpam about pam_k8s's environment in any login" \
        "delete non-existent entry" "$T/syslog"

# --- no token anywhere it must not be ------------------------------------------
for f in "$ES" "$LONG" "$RS_DBG" "$RS_CI" "$DOWN" "$DOWN_LONG"; do
        tok=$(tr -d '\n' < "$f")
        for log in "$T/syslog" "$T/sshd.log"; do
                expect_no_grep "no slice of a token in $(basename "$log") ($(basename "$f"))" "${tok:40:40}" "$log"
        done
done
tap_done
