#!/bin/bash
# One host, two clusters, end to end: the real sshd and ssh, this build
# installed into a scratch prefix, Debian's pam_mkhomedir, glibc with
# "files k8s", in a private mount namespace (tests/e2e/sandbox.sh). Two
# stand-in API servers with their own CA, issuer and signing key; the same
# demo/debugger in both logs in as two users, with two UIDs and two homes,
# and neither cluster's token opens the other's account.
. "$(dirname "$0")/sandbox.sh"
e2e_enter "$0" "$@"
. "$(dirname "$0")/../integration/lib.sh"
e2e_setup
# e2e_setup started prod's server (PKI, PORT, the default issuer).
PROD_PKI=$PKI PROD_PORT=$PORT PROD_ISS=https://kubernetes.default.svc.cluster.local
STG_ISS=https://staging.e2e.test
PKI=$T/pki-stg; make_pki; STG_PKI=$PKI
start_server stg --issuer "$STG_ISS"; STG_PORT=$PORT
PKI=$PROD_PKI

# section NAME PORT PKI ISSUER PREFIX UID_MIN: a [cluster] section, its
# names starting with PREFIX, its UIDs from UID_MIN (a million of them).
section() {
        printf '\n[cluster %s]\napi_server = https://127.0.0.1:%s\nca_file = %s/ca.pem\n' "$1" "$2" "$3"
        printf 'reviewer_token_file = %s/reviewer.token\nissuer = %s\n' "$3" "$4"
        printf 'user_format = %s-%%n_%%s\ngroup_format = %s-%%n\nall_group = %s\n' "$5" "$5" "$5"
        printf 'uid_min = %s\nuid_max = %s\n' "$6" "$(($6 + 999999))"
}
{
        cat <<CONF
# Two clusters on one host
validation = tokenreview
audiences = k8s-login
allow_namespaces = demo
max_token_lifetime = 3600
timeout = 5
state_dir = $T/state
helper = $ROOT/usr/libexec/k8s-login/k8s-login-helper
CONF
        section prod "$PROD_PORT" "$PROD_PKI" "$PROD_ISS" prod 3000000
        section staging "$STG_PORT" "$STG_PKI" "$STG_ISS" stg 4000000
} > "$T/two.conf"
install -m 0644 "$T/two.conf" /etc/k8s-login.conf
expect "the two-cluster config passes config-test" 0 "$("$KL" config-test > "$T/ct.out" 2>&1; echo $?)"

tok() { local name=$1 pki=$2; shift 2; "$PYTHON3" "$FIXTURE" mint --pki "$pki" "$@" > "$T/$name.token" && chmod 0644 "$T/$name.token"; echo "$T/$name.token"; }
PROD_TOK=$(tok prod "$PROD_PKI" --iss "$PROD_ISS" --ns demo --sa debugger --pod debugger)
STG_TOK=$(tok stg "$STG_PKI" --iss "$STG_ISS" --ns demo --sa debugger --pod debugger)
posts() { cat "$T/$1.requests" 2>/dev/null | grep -c '^POST'; }
SESSION_CMD='id; echo K8S_CLUSTER=$K8S_CLUSTER K8S_NAMESPACE=$K8S_NAMESPACE K8S_SERVICE_ACCOUNT=$K8S_SERVICE_ACCOUNT; pwd'
ssh_pw() {
        timeout 30 sshpass -f "$2" ssh "${SSH_OPTS[@]}" -o PreferredAuthentications=password \
                "$1@127.0.0.1" "$SESSION_CMD" > "$T/ssh.out" 2> "$T/ssh.err"
        SSH_RC=$?
}
line() { sed -n "${1}p" "$T/ssh.out"; }

U_PROD=$(first_choice demo debugger 3000000 3999999); G_PROD=$(first_choice demo - 3000000 3999999)
U_STG=$(first_choice demo debugger 4000000 4999999); G_STG=$(first_choice demo - 4000000 4999999)

# logs_in CLUSTER PREFIX TOKEN UID GID ALL_GROUP: ssh with TOKEN as PREFIX-demo_debugger
# opens a session of that cluster's account.
logs_in() {
        local cluster=$1 user=$2-demo_debugger
        ssh_pw "$user" "$3"
        expect "ssh: $cluster's token logs in $user" 0 "$SSH_RC"
        expect "... as $cluster's UID, in $cluster's groups" \
                "uid=$4($user) gid=$5($2-demo) groups=$5($2-demo),$6($2)" "$(line 1)"
        expect "... with the cluster in the session's environment" \
                "K8S_CLUSTER=$cluster K8S_NAMESPACE=demo K8S_SERVICE_ACCOUNT=debugger" "$(line 2)"
        expect "... in its own home" "/home/$user" "$(line 3)"
}
logs_in prod prod "$PROD_TOK" "$U_PROD" "$G_PROD" 3000000
logs_in staging stg "$STG_TOK" "$U_STG" "$G_STG" 4000000
expect "the two homes belong to two UIDs" "$U_PROD $U_STG" \
        "$(stat -c %u /home/prod-demo_debugger) $(stat -c %u /home/stg-demo_debugger)"

# crossed CLUSTER TOKEN USER USER-CLUSTER ISSUER: ssh with one cluster's token as
# the other's user is refused before any network, and logged so.
crossed() {
        new_log
        ssh_pw "$3" "$2"
        expect "ssh: $1's token for $4's user is refused" 255 "$SSH_RC"
        expect "... and no session ran" "" "$(cat "$T/ssh.out")"
        new_log
        reason_is "token of cluster $1 (issuer '$5') presented for user $3 of cluster $4: refused before any network"
}
P0=$(posts e2e) S0=$(posts stg)
crossed prod "$PROD_TOK" stg-demo_debugger staging "$PROD_ISS"
crossed staging "$STG_TOK" prod-demo_debugger prod "$STG_ISS"
expect "neither API server saw the crossed tokens" "$P0 $S0" "$(posts e2e) $(posts stg)"

"$KL" users > "$T/users.out" 2>&1
expect "k8s-login users lists each cluster apart" \
        "cluster prod|UID NAME IDENTITY|$U_PROD prod-demo_debugger demo/debugger||cluster staging|UID NAME IDENTITY|$U_STG stg-demo_debugger demo/debugger" \
        "$(cut -d' ' -f1-3 "$T/users.out" | paste -sd'|')"
tap_done
