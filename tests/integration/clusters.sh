#!/bin/bash
# One host, two clusters: two stand-in API servers with their own CA,
# issuer and signing key, the same namespace/account names in both. Each
# cluster's token logs in as its own user with its own UID; a token never
# acts for the other cluster's user, never reaches the other cluster's API
# server, and an issuer no section names is refused before any network.
# Real pam_k8s.so under pam_wrapper, real glibc NSS (files k8s) in a
# private mount namespace, the real helper.
. "$(dirname "$0")/lib.sh"
require_runtime
require_glibc_nss

PROD_ISS=https://prod.clusters.test
STG_ISS=https://staging.clusters.test
PKI="$T/pki-prod"; make_pki
PKI="$T/pki-stg"; make_pki
PKI="$T/pki-prod"; start_server prod --issuer "$PROD_ISS"; P_PORT=$PORT
PKI="$T/pki-stg"; start_server stg --issuer "$STG_ISS"; S_PORT=$PORT
# Tokens of each cluster: its signing key, its issuer (a later --iss wins).
mintp() { "$PYTHON3" "$FIXTURE" mint --pki "$T/pki-prod" --iss "$PROD_ISS" "$@"; }
mints() { "$PYTHON3" "$FIXTURE" mint --pki "$T/pki-stg" --iss "$STG_ISS" "$@"; }
# TokenReview requests a server has seen (its log starts at the first).
posts() { cat "$T/$1.requests" 2>/dev/null | grep -c '^POST'; }

CONF="$T/k8s-login.conf"
# two_clusters FILE [lines for the staging section...]
two_clusters() {
        local file=$1; shift
        {
                echo "# written by $(basename "$0")"
                echo "validation = tokenreview"
                echo "audiences = k8s-login"
                echo "allow_namespaces = demo, ci"
                echo "timeout = 2"
                echo "state_dir = $T/state"
                echo "cache_ttl = 0"
                echo "helper = $HELPER"
                echo ""
                echo "[cluster prod]"
                echo "api_server = https://127.0.0.1:$P_PORT"
                echo "ca_file = $T/pki-prod/ca.pem"
                echo "reviewer_token_file = $T/pki-prod/reviewer.token"
                echo "issuer = $PROD_ISS"
                echo "user_format = prod-%n_%s"
                echo "group_format = prod-%n"
                echo "all_group = prod"
                echo "uid_min = 3000000"
                echo "uid_max = 3999999"
                echo ""
                echo "[cluster staging]"
                echo "api_server = https://127.0.0.1:$S_PORT"
                echo "ca_file = $T/pki-stg/ca.pem"
                echo "reviewer_token_file = $T/pki-stg/reviewer.token"
                for line in "$@"; do echo "$line"; done
        } > "$file"
        chmod 0644 "$file"
}
STG=("issuer = $STG_ISS" "user_format = stg-%n_%s" "group_format = stg-%n" "all_group = stg"
     "uid_min = 4000000" "uid_max = 4999999")
two_clusters "$CONF" "${STG[@]}"
export K8S_LOGIN_CONF="$CONF"
write_service k8s "config=$CONF"

# --- config-test: the two-cluster file is good; each rule refuses -----------
"$K8S_LOGIN" config-test --config "$CONF" > "$T/ct.out" 2>&1
expect "config-test accepts two clusters kept apart" 0 $?
expect "config-test reports each cluster and what keeps them apart" \
"$CONF: OK (2 clusters, apart: one issuer each, user and group names that differ in literal text, UID ranges that do not overlap)
cluster prod: validation = tokenreview, issuer $PROD_ISS, users prod-%n_%s, groups prod-%n and prod, UIDs 3000000..3999999, registry lines without a cluster
cluster staging: validation = tokenreview, issuer $STG_ISS, users stg-%n_%s, groups stg-%n and stg, UIDs 4000000..4999999" \
        "$(cat "$T/ct.out")"
# refused CONF-LINES... EXPECTED-MESSAGE: config-test exits 3 with exactly it
refused() {
        local desc=$1 msg=$2; shift 2
        two_clusters "$T/bad.conf" "$@"
        "$K8S_LOGIN" config-test --config "$T/bad.conf" > "$T/bad.out" 2>&1
        expect "config-test refuses $desc" "3 k8s-login: config cannot be trusted: $T/bad.conf$msg" \
                "$? $(cat "$T/bad.out")"
}
refused "user names that could meet" \
        ": [cluster prod] and [cluster staging]: user_format 'prod-%n_%s' and '%n_%s' could make the same user name: give each a literal prefix (or suffix) that differs from the other's, such as 'staging-%n_%s'" \
        "issuer = $STG_ISS" "user_format = %n_%s" "group_format = stg-%n" "all_group = stg" "uid_min = 4000000" "uid_max = 4999999"
refused "group names that could meet (a prefix of the other's)" \
        ": [cluster prod] and [cluster staging]: group_format 'prod-%n' and group_format 'prod%n' could make the same group name: give each a literal prefix (or suffix) that differs from the other's" \
        "issuer = $STG_ISS" "user_format = stg-%n_%s" "group_format = prod%n" "all_group = stg" "uid_min = 4000000" "uid_max = 4999999"
refused "an all_group one cluster's group_format makes" \
        ": [cluster prod] and [cluster staging]: group_format 'prod-%n' and all_group 'prod-all' could make the same group name: give each a literal prefix (or suffix) that differs from the other's" \
        "issuer = $STG_ISS" "user_format = stg-%n_%s" "group_format = stg-%n" "all_group = prod-all" "uid_min = 4000000" "uid_max = 4999999"
refused "overlapping UID ranges" \
        ": [cluster prod] and [cluster staging]: UID ranges 3000000..3999999 and 3999999..4999999 overlap: give each cluster its own uid_min..uid_max" \
        "issuer = $STG_ISS" "user_format = stg-%n_%s" "group_format = stg-%n" "all_group = stg" "uid_min = 3999999" "uid_max = 4999999"
refused "a UID range inside the other's" \
        ": [cluster prod] and [cluster staging]: UID ranges 3000000..3999999 and 3100000..3200000 overlap: give each cluster its own uid_min..uid_max" \
        "issuer = $STG_ISS" "user_format = stg-%n_%s" "group_format = stg-%n" "all_group = stg" "uid_min = 3100000" "uid_max = 3200000"
refused "two sections with one issuer" \
        ": [cluster prod] and [cluster staging] have the same issuer '$PROD_ISS': a token's iss must name one cluster" \
        "issuer = $PROD_ISS" "user_format = stg-%n_%s" "group_format = stg-%n" "all_group = stg" "uid_min = 4000000" "uid_max = 4999999"
refused "a section without an issuer" \
        ":21: [cluster staging]: key 'issuer': required in a file with [cluster] sections: a token is matched to its cluster by its iss" \
        "user_format = stg-%n_%s" "group_format = stg-%n" "all_group = stg" "uid_min = 4000000" "uid_max = 4999999"
T_BAD="$T/bad.conf"
refused "a host-wide key inside a section" \
        ":31: key 'state_dir': belongs before the first [cluster] section (it is one setting for the whole host)" \
        "${STG[@]}" "state_dir = $T/other"
refused "a section given twice" \
        ":31: [cluster prod] given twice" "${STG[@]}" "[cluster prod]"
refused "a NAME that is no DNS-1123 label" \
        ":31: the cluster NAME must be a DNS-1123 label (a-z, 0-9, '-', at most 63, starting and ending with a letter or digit)" \
        "${STG[@]}" "[cluster Dev_1]"
# The login path refuses what config-test refuses.
two_clusters "$T/bad.conf" "issuer = $STG_ISS" "user_format = %n_%s" "group_format = stg-%n" \
        "all_group = stg" "uid_min = 4000000" "uid_max = 4999999"
write_service badconf "config=$T/bad.conf"
type_token badconf prod-demo_debugger "$(mintp)"
expect "a login under a config whose names could meet: PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL "$AUTH"
reason_is "config cannot be trusted: $T/bad.conf: [cluster prod] and [cluster staging]: user_format 'prod-%n_%s' and '%n_%s' could make the same user name: give each a literal prefix (or suffix) that differs from the other's, such as 'staging-%n_%s'"

# --- real glibc: files, then k8s ---------------------------------------------
cp /etc/passwd "$T/passwd.host"; cp /etc/group "$T/group.host"
printf 'passwd: files k8s\ngroup: files k8s\nshadow: files\n' > "$T/nsswitch.conf"
chmod 0644 "$T/passwd.host" "$T/group.host" "$T/nsswitch.conf"
# inns CMD...: CMD with real glibc NSS reading the host's files, then k8s.
inns() { with_files "$T/nsswitch.conf" "$T/passwd.host" "$T/group.host" "$@"; }
get() { GOT=$(inns getent "$@" 2>>"$T/getent.err"); RC=$?; }
glibc_logins inns
# plogin USER TOKEN: auth, account and session through glibc's NSS (lib.sh's
# login: under MEMCHECK=1 or a sanitized build each login is also a test
# that valgrind, or ASan and UBSan, found nothing, refusals included).
plogin() { type_token k8s "$1" "$2" --acct --session; }

U_PROD=$(first_choice demo debugger 3000000 3999999)
G_PROD=$(first_choice demo - 3000000 3999999)
U_STG=$(first_choice demo debugger 4000000 4999999)
G_STG=$(first_choice demo - 4000000 4999999)

# --- before any login: each cluster's name from its own range ---------------
get passwd prod-demo_debugger
expect "before any login, prod-demo_debugger is answered with prod's would-be UID" \
        "0 prod-demo_debugger:*:$U_PROD:$G_PROD:Kubernetes service account demo/debugger:/home/prod-demo_debugger:/bin/bash" "$RC $GOT"
get passwd stg-demo_debugger
expect "... and stg-demo_debugger with staging's" \
        "0 stg-demo_debugger:*:$U_STG:$G_STG:Kubernetes service account demo/debugger:/home/stg-demo_debugger:/bin/bash" "$RC $GOT"
get passwd demo_debugger
expect "a name without a cluster's prefix is nobody's" "2" "$RC"

# --- each cluster's token logs in as its own user -----------------------------
P0=$(posts prod) S0=$(posts stg)
plogin prod-demo_debugger "$(mintp)"
expect "prod's token logs in prod-demo_debugger" "PAM_SUCCESS PAM_SUCCESS PAM_SUCCESS" "$AUTH $ACCT $SESSION"
reason_is "authenticated by the API server"
expect_grep "the session has K8S_CLUSTER=prod" '^env: K8S_CLUSTER=prod$' "$OUT"
expect "prod's API server reviewed it, staging's saw nothing" "$((P0 + 1)) $S0" "$(posts prod) $(posts stg)"
plogin stg-demo_debugger "$(mints)"
expect "staging's token logs in stg-demo_debugger" "PAM_SUCCESS PAM_SUCCESS PAM_SUCCESS" "$AUTH $ACCT $SESSION"
reason_is "authenticated by the API server"
expect_grep "the session has K8S_CLUSTER=staging" '^env: K8S_CLUSTER=staging$' "$OUT"
expect "staging's API server reviewed it, prod's saw nothing more" "$((P0 + 1)) $((S0 + 1))" "$(posts prod) $(posts stg)"
expect "each cluster counts its own TokenReview budget" "reviews.rate.prod reviews.rate.staging" \
        "$(cd "$T/state" && ls reviews.rate* | xargs)"
expect_grep "the decision names the cluster" "auth allow user=stg-demo_debugger cluster=staging identity=system:serviceaccount:demo:debugger" "$T/syslog.new"

get passwd prod-demo_debugger
expect "after the logins prod-demo_debugger has prod's UID" "0 $U_PROD" "$RC $(echo "$GOT" | cut -d: -f3)"
get passwd stg-demo_debugger
expect "... and stg-demo_debugger staging's: two identities, two numbers" "0 $U_STG" "$RC $(echo "$GOT" | cut -d: -f3)"
get passwd "$U_STG"
expect "getpwuid of staging's UID names staging's user" "0 stg-demo_debugger" "$RC $(echo "$GOT" | cut -d: -f1)"
get group prod-demo
expect "prod's namespace group holds only prod's user" "0 prod-demo:*:$G_PROD:prod-demo_debugger" "$RC $GOT"
get group stg
expect "staging's all_group holds only staging's user" "0 stg:*:4000000:stg-demo_debugger" "$RC $GOT"
get group 3000000
expect "getgrgid of prod's uid_min is prod's all_group" "0 prod" "$RC $(echo "$GOT" | cut -d: -f1)"
GOT=$(inns getent passwd 2>>"$T/getent.err" | grep -E '^(prod|stg)-' | cut -d: -f1,3 | paste -sd' ')
expect "enumeration lists each cluster's account with its own UID" \
        "prod-demo_debugger:$U_PROD stg-demo_debugger:$U_STG" "$GOT"
GOT=$(inns getent group 2>>"$T/getent.err" | grep -E '^(prod|stg)' | cut -d: -f1,3,4 | paste -sd' ')
expect "... and each cluster's groups, members from that cluster only" \
        "prod:3000000:prod-demo_debugger stg:4000000:stg-demo_debugger prod-demo:$G_PROD:prod-demo_debugger stg-demo:$G_STG:stg-demo_debugger" \
        "$GOT"
GOT=$(inns id -G stg-demo_debugger 2>&1); RC=$?
expect "initgroups of staging's user: staging's groups only" "0 $G_STG 4000000" "$RC $GOT"
expect "the registry: prod's entries carry no cluster (first section), staging's say so" \
        "u $U_PROD demo debugger|u $U_STG demo debugger staging" \
        "$(awk '$1 == "u" {print $1, $2, $3, $4, ($7 ? $7 : "")}' "$T/state/uids" | sed 's/ $//' | sort | paste -sd'|')"

# --- tokens that must not cross ------------------------------------------------
P0=$(posts prod) S0=$(posts stg)
plogin stg-demo_debugger "$(mintp)"
expect "prod's token for staging's user is refused" PAM_AUTH_ERR "$AUTH"
reason_is "token of cluster prod (issuer '$PROD_ISS') presented for user stg-demo_debugger of cluster staging: refused before any network"
plogin prod-demo_debugger "$(mintp --iss https://elsewhere.clusters.test)"
expect "a token whose iss no section names is refused" PAM_AUTH_ERR "$AUTH"
reason_is "token issuer 'https://elsewhere.clusters.test' is no [cluster] section's issuer: refused before any network"
expect "neither API server saw either token" "$P0 $S0" "$(posts prod) $(posts stg)"
plogin stg-demo_debugger "$(mintp --iss "$STG_ISS")"
expect "prod's key signing a token that claims staging's issuer is refused" PAM_AUTH_ERR "$AUTH"
reason_is "API server refused the token: invalid bearer token, square/go-jose: error in cryptographic primitive"
expect "... by staging's API server; prod's never saw it" "$P0 $((S0 + 1))" "$(posts prod) $(posts stg)"

plogin prod-demo_debugger "$(mintp --legacy --iss kubernetes/serviceaccount)"
expect "a secret-based token (issuer kubernetes/serviceaccount) names no cluster: refused" PAM_AUTH_ERR "$AUTH"
reason_is "token issuer 'kubernetes/serviceaccount' is no [cluster] section's issuer: refused before any network"
expect "... neither API server saw it" "$P0 $((S0 + 1))" "$(posts prod) $(posts stg)"

# --- the helper is told the cluster, and uses that section alone ----------------
STUB="$top_builddir/tests/helper_stub"
install -m 0755 "$STUB" "$T/stub-report"
sed "s#^helper = .*#helper = $T/stub-report#" "$CONF" > "$T/stub.conf"
chmod 0644 "$T/stub.conf"
write_service stub "config=$T/stub.conf"
type_token stub stg-demo_debugger "$(mints)"
expect "the helper's request names staging's section" \
        "k8s-login-helper 1|config $T/stub.conf|cluster staging|op tokenreview" \
        "$(grep -vE '^(argc|argv|env|fd) |^$' "$T/stub-report.report" | head -4 | paste -sd'|')"
reason_is "the stub says no"
# helper_req CONFIG [cluster line]: the real helper asked to probe.
helper_req() {
        { printf 'k8s-login-helper 1\nconfig %s\n' "$1"; [ -n "${2:-}" ] && printf '%s\n' "$2"
          printf 'op probe\ndeadline_ms 1500\ntoken 0\n\n'; } | "$HELPER" 2>&1 | head -2 | paste -sd'|'
}
expect "the helper refuses a section the file does not have" \
        "status unavail|reason config $CONF has no [cluster nosuch] section" "$(helper_req "$CONF" "cluster nosuch")"
expect "... and a file with sections but no cluster line" \
        "status unavail|reason config $CONF has no [cluster -] section" "$(helper_req "$CONF")"
write_config "$T/one.conf" "$P_PORT"
expect "... and a cluster line for a file without sections" \
        "status unavail|reason config $T/one.conf has no [cluster prod] section" "$(helper_req "$T/one.conf" "cluster prod")"
P0=$(posts prod) S0=$(posts stg)
helper_req "$CONF" "cluster staging" > "$T/probe.out"
expect "the twin: with staging's line, the helper probes staging's API server alone" \
        "$P0 $((S0 + 1))" "$(posts prod) $(posts stg)"

# --- k8s-login check names the cluster -----------------------------------------
mints | inns "$K8S_LOGIN" check --config "$CONF" --user stg-demo_debugger > "$T/check.out" 2>&1
expect "check allows staging's token for staging's user" 0 $?
expect_grep "check prints the cluster" '^cluster: staging$' "$T/check.out"
mintp | inns "$K8S_LOGIN" check --config "$CONF" --user stg-demo_debugger > "$T/check.out" 2>&1
expect "check refuses prod's token for staging's user (exit 1)" 1 $?
mintp --iss https://elsewhere.clusters.test | inns "$K8S_LOGIN" check --config "$CONF" > "$T/check.out" 2>&1
expect "check refuses a token whose issuer no section names (exit 1)" 1 $?
expect "... says so, names no cluster and maps to no user" \
        "decision: deny|reason: token issuer 'https://elsewhere.clusters.test' is no [cluster] section's issuer: refused before any network|cluster: none|user: -" \
        "$(grep -E '^(decision|reason|cluster|user):' "$T/check.out" | paste -sd'|')"
mintp | inns "$K8S_LOGIN" check --config "$CONF" > "$T/check.out" 2>&1
expect "check without --user routes prod's token to prod's user" "0 cluster: prod|user: prod-demo_debugger|uid: $U_PROD" \
        "$? $(grep -E '^(cluster|user|uid):' "$T/check.out" | paste -sd'|')"

# --- k8s-login users groups by cluster; uid and name route by name and number
"$K8S_LOGIN" users --config "$CONF" > "$T/users.out" 2>&1
expect "users exits 0" 0 $?
expect "users lists each cluster's accounts under its own heading" \
        "cluster prod|UID NAME IDENTITY|$U_PROD prod-demo_debugger demo/debugger||cluster staging|UID NAME IDENTITY|$U_STG stg-demo_debugger demo/debugger" \
        "$(cut -d' ' -f1-3 "$T/users.out" | paste -sd'|')"
GOT=$(inns "$K8S_LOGIN" name --config "$CONF" "$U_STG" 2>&1)
expect "name of staging's UID is staging's user" "stg-demo_debugger" "$GOT"
GOT=$(inns "$K8S_LOGIN" uid --config "$CONF" stg-demo_debugger 2>&1 | head -1)
expect "uid of staging's user is staging's UID" "$U_STG" "$(echo "$GOT" | grep -o '^[0-9]*')"

# --- offline validation: each cluster's own key set ---------------------------
# offline_conf FILE STATE-DIR PROD-KEYS STAGING-KEYS: $CONF with validation
# = jwks, its own state_dir, and each section's key set given by a line.
offline_conf() {
        sed -e 's/^validation = tokenreview$/validation = jwks/' -e "s#^state_dir = .*#state_dir = $2#" \
                -e "s#^issuer = $PROD_ISS\$#&\n$3#" "$CONF" > "$1"
        echo "$4" >> "$1"
        chmod 0644 "$1"
}
JCONF="$T/jwks.conf"
offline_conf "$JCONF" "$T/jstate" "jwks_file = $T/pki-prod/jwks.json" "jwks_file = $T/pki-stg/jwks.json"
write_service k8s "config=$JCONF"
"$K8S_LOGIN" config-test --config "$JCONF" > "$T/jct.out" 2>&1
expect "config-test accepts two jwks clusters" 0 $?
P0=$(posts prod) S0=$(posts stg)
plogin prod-demo_debugger "$(mintp)"
expect "jwks: prod's token logs in prod-demo_debugger" "PAM_SUCCESS PAM_SUCCESS" "$AUTH $ACCT"
reason_is "signature and claims verified offline against the key set"
plogin stg-demo_debugger "$(mints)"
expect "jwks: staging's token logs in stg-demo_debugger" "PAM_SUCCESS PAM_SUCCESS" "$AUTH $ACCT"
reason_is "signature and claims verified offline against the key set"
# ec_kid PKI: the kid of that cluster's EC key (mint's default key).
ec_kid() { "$PYTHON3" -c 'import json,sys; print([k["kid"] for k in json.load(open(sys.argv[1]))["keys"] if k["kty"] == "EC"][0])' "$1/jwks.json"; }
PROD_KID=$(ec_kid "$T/pki-prod") STG_KID=$(ec_kid "$T/pki-stg")
plogin stg-demo_debugger "$(mintp --iss "$STG_ISS")"
expect "jwks: prod's key signing a token that claims staging's issuer is refused" PAM_AUTH_ERR "$AUTH"
expect "... by staging's key set, which has no such key" "staging no key with kid $PROD_KID in the key set" \
        "$(sed -n 's/.* auth deny user=stg-demo_debugger cluster=\([^ ]*\) .*reason=/\1 /p' "$T/syslog.new")"
# The same, under the kid of staging's own EC key: the signature fails.
plogin stg-demo_debugger "$(mintp --iss "$STG_ISS" --kid="$STG_KID")"
expect "jwks: ... also under the kid of staging's key" PAM_AUTH_ERR "$AUTH"
reason_is "bad signature (key $STG_KID, ES256)"
plogin prod-demo_debugger "$(mints)"
expect "jwks: staging's token for prod's user is refused" PAM_AUTH_ERR "$AUTH"
reason_is "token of cluster staging (issuer '$STG_ISS') presented for user prod-demo_debugger of cluster prod: refused before any network"
expect "jwks: no API server saw any of it" "$P0 $S0" "$(posts prod) $(posts stg)"

# Key sets fetched from each cluster (jwks_uri): each cluster its own cache
# and its own fetch time, so one cluster's fetch neither replaces the
# other's nor holds it back (at most one fetch per 10 s, per cluster).
UCONF="$T/jwks_uri.conf"
offline_conf "$UCONF" "$T/ustate" "jwks_uri = https://127.0.0.1:$P_PORT/openid/v1/jwks" \
        "jwks_uri = https://127.0.0.1:$S_PORT/openid/v1/jwks"
write_service k8s "config=$UCONF"
jgets() { grep -c '^GET /openid/v1/jwks' "$T/$1.requests" 2>/dev/null; }
JP0=$(jgets prod) JS0=$(jgets stg)
plogin prod-demo_debugger "$(mintp)"
expect "jwks_uri: prod's token logs in, prod's key set fetched" "PAM_SUCCESS $((JP0 + 1)) $JS0" \
        "$AUTH $(jgets prod) $(jgets stg)"
reason_is "signature and claims verified offline against the key set"
plogin stg-demo_debugger "$(mints)"
expect "jwks_uri: staging's token right after logs in, staging's key set fetched" \
        "PAM_SUCCESS $((JP0 + 1)) $((JS0 + 1))" "$AUTH $(jgets prod) $(jgets stg)"
reason_is "signature and claims verified offline against the key set"
plogin prod-demo_debugger "$(mintp)"
expect "jwks_uri: prod again: from prod's own cache, nothing fetched" \
        "PAM_SUCCESS $((JP0 + 1)) $((JS0 + 1))" "$AUTH $(jgets prod) $(jgets stg)"
reason_is "signature and claims verified offline against the key set"
expect "jwks_uri: one cache file per cluster" "jwks.cache.prod jwks.cache.staging" \
        "$(cd "$T/ustate" && ls jwks.cache* | paste -sd' ')"
write_service k8s "config=$CONF"

# --- k8s-login pin gives a name of its own cluster a number of its range ---------
GOT=$(inns "$K8S_LOGIN" pin --config "$CONF" stg-demo_pinned 2>&1); RC=$?
N=$(echo "$GOT" | grep -o '[0-9]\{7,\}' | head -1)
expect "pin of a staging name exits 0 with a number of staging's range" "0 yes" \
        "$RC $([ "${N:-0}" -ge 4000001 ] && [ "${N:-0}" -le 4999999 ] && echo yes)"
expect "... recorded for staging" "u $N demo pinned staging" \
        "$(awk -v n="$N" '$1 == "u" && $2 == n {print $1, $2, $3, $4, $7}' "$T/state/uids")"

# --- one cluster down ----------------------------------------------------------
stop_server "${SERVER_PIDS[1]}" "$S_PORT"
plogin prod-demo_debugger "$(mintp)"
expect "with staging's API server down, prod still logs in" PAM_SUCCESS "$AUTH"
reason_is "authenticated by the API server"
plogin stg-demo_debugger "$(mints)"
expect "... and staging's login is unavailable, not refused" PAM_AUTHINFO_UNAVAIL "$AUTH"
reason_like "API server unreachable: Failed to connect to 127\.0\.0\.1 port $S_PORT after [0-9]+ ms: Couldn't connect to server"

# --- a one-cluster file keeps its registry: entries without a cluster -----------
tap_done
