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

cat > "$T/two.conf" <<CONF
# Two clusters on one host
validation = tokenreview
audiences = k8s-login
allow_namespaces = demo
max_token_lifetime = 3600
timeout = 5
state_dir = $T/state
helper = $ROOT/usr/libexec/k8s-login/k8s-login-helper

[cluster prod]
api_server = https://127.0.0.1:$PROD_PORT
ca_file = $PROD_PKI/ca.pem
reviewer_token_file = $PROD_PKI/reviewer.token
issuer = $PROD_ISS
user_format = prod-%n_%s
group_format = prod-%n
all_group = prod
uid_min = 3000000
uid_max = 3999999

[cluster staging]
api_server = https://127.0.0.1:$STG_PORT
ca_file = $STG_PKI/ca.pem
reviewer_token_file = $STG_PKI/reviewer.token
issuer = $STG_ISS
user_format = stg-%n_%s
group_format = stg-%n
all_group = stg
uid_min = 4000000
uid_max = 4999999
CONF
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

ssh_pw prod-demo_debugger "$PROD_TOK"
expect "ssh: prod's token logs in prod-demo_debugger" 0 "$SSH_RC"
expect "... as prod's UID, in prod's groups" \
        "uid=$U_PROD(prod-demo_debugger) gid=$G_PROD(prod-demo) groups=$G_PROD(prod-demo),3000000(prod)" "$(line 1)"
expect "... with the cluster in the session's environment" \
        "K8S_CLUSTER=prod K8S_NAMESPACE=demo K8S_SERVICE_ACCOUNT=debugger" "$(line 2)"
expect "... in its own home" /home/prod-demo_debugger "$(line 3)"

ssh_pw stg-demo_debugger "$STG_TOK"
expect "ssh: staging's token logs in stg-demo_debugger" 0 "$SSH_RC"
expect "... as staging's UID, in staging's groups" \
        "uid=$U_STG(stg-demo_debugger) gid=$G_STG(stg-demo) groups=$G_STG(stg-demo),4000000(stg)" "$(line 1)"
expect "... with the cluster in the session's environment" \
        "K8S_CLUSTER=staging K8S_NAMESPACE=demo K8S_SERVICE_ACCOUNT=debugger" "$(line 2)"
expect "the two homes belong to two UIDs" "$U_PROD $U_STG" \
        "$(stat -c %u /home/prod-demo_debugger) $(stat -c %u /home/stg-demo_debugger)"

P0=$(posts e2e) S0=$(posts stg)
new_log
ssh_pw stg-demo_debugger "$PROD_TOK"
expect "ssh: prod's token for staging's user is refused" 255 "$SSH_RC"
expect "... and no session ran" "" "$(cat "$T/ssh.out")"
new_log
expect_grep "... logged with both clusters" \
        "auth deny user=stg-demo_debugger cluster=staging .*token of cluster prod \(issuer '$PROD_ISS'\) presented for user stg-demo_debugger of cluster staging" "$T/syslog.new"
ssh_pw prod-demo_debugger "$STG_TOK"
expect "ssh: staging's token for prod's user is refused" 255 "$SSH_RC"
expect "neither API server saw the crossed tokens" "$P0 $S0" "$(posts e2e) $(posts stg)"

"$KL" users > "$T/users.out" 2>&1
expect "k8s-login users lists each cluster apart" \
        "cluster prod|UID NAME IDENTITY|$U_PROD prod-demo_debugger demo/debugger||cluster staging|UID NAME IDENTITY|$U_STG stg-demo_debugger demo/debugger" \
        "$(cut -d' ' -f1-3 "$T/users.out" | paste -sd'|')"
tap_done
