#!/bin/bash
# The fleet's UID ledger (uid_ledger = configmap) against the stand-in API
# server's ConfigMaps: three hosts with their own state_dir and config log
# 60 accounts in at once (names whose first choices collide among them,
# and a server that loses the first races on purpose) and end with the
# same numbers, none shared; a fourth host answers those numbers in NSS
# after one sync, before any login; a recreated account; a tampered
# ledger; the API server down; an import that conflicts; a credential
# without the role. Logins through the real pam_k8s.so under pam_wrapper
# and nss_wrapper (jwks validation: only the ledger needs the server);
# the NSS answers through real glibc in a private mount namespace. Root
# only.
. "$(dirname "$0")/lib.sh"
require_runtime
unshare -m true 2>/dev/null ||
        tap_skip_all "real glibc NSS needs unshare -m (root) to bind-mount /etc/nsswitch.conf"
command -v curl >/dev/null || tap_skip_all "curl missing (it plays the compromised host)"
NSS_SO="$top_builddir/nss/.libs/libnss_k8s.so.2"
[ -e "$NSS_SO" ] || tap_skip_all "missing $NSS_SO (build first)"

make_pki
LTOK="$T/ledger.token"
"$PYTHON3" -c 'import secrets; print(secrets.token_urlsafe(32))' > "$LTOK"
chmod 0600 "$LTOK"
CM="$T/configmaps.json"
# The first five writes answer 409 Conflict: every host must re-read and retry.
start_server api --configmaps "$CM" --ledger-token "$LTOK" --ledger-conflicts 5
API_PORT=$PORT
MIN=70000
MAX=72100   # 2100 numbers: two slices (ConfigMaps) of 1050

# host_config NAME [extra lines]: a jwks host whose ledger is the stand-in's.
host_config() {
        local h=$1; shift
        local tok="ledger_token_file = $LTOK"
        printf '%s\n' "$@" | grep -q '^ledger_token_file' && tok="# own ledger_token_file"
        jwks_config "$T/$h.conf" "jwks_file = $PKI/jwks.json" "api_server = https://127.0.0.1:$API_PORT" \
                "ca_file = $PKI/ca.pem" "uid_ledger = configmap" "$tok" \
                "uid_min = $MIN" "uid_max = $MAX" "cache_ttl = 0" "timeout = 5" "$@"
        sed -i -e "s|^state_dir = .*|state_dir = $T/state-$h|" -e "/^timeout = 2$/d" "$T/$h.conf"
        write_service "$h" "config=$T/$h.conf"
}
for h in a b c d; do host_config $h; done
printf 'root:x:0:0:root:/root:/bin/bash\n' > "$T/passwd"
printf 'root:x:0:\n' > "$T/group"

# hlogin HOST USER TOKENFILE OUT: one login, on its own files (they run at once):
# its output in OUT, what the module logged for it (and only that) in
# OUT.syslog, then appended to the shared $T/syslog.
# pam_start itself failing under load (pam_wrapper copying the service
# files; our module has not run yet) is tried once more, and said so.
hlogin() {
        rm -f "$4.syslog"
        printf '%s\n' "$2" > "$4.user"
        hlogin_once "$@"
        if grep -q '^start: ' "$4"; then
                echo "$2: pam_start failed ($(head -1 "$4")), tried again" >> "$T/restarts"
                hlogin_once "$@"
        fi
        touch "$4.syslog"
        cat "$4.syslog" >> "$T/syslog"
        grep -q '^auth: ' "$4" && sed -n 's/^auth: //p' "$4" ||
                echo "no-result $(head -c 300 "$4" | tr '\n' '|')"
}
hlogin_once() {
        printf '%s\n' "$(cat "$3")" > "$4.ans"
        env LD_PRELOAD="$LOGIN_PRELOAD" PAM_WRAPPER=1 PAM_WRAPPER_SERVICE_DIR="$T/pam.d" \
                PAM_WRAPPER_USE_SYSLOG=1 PAM_WRAPPER_DISABLE_DEEPBIND=1 \
                NSS_WRAPPER_PASSWD="${PASSWD_FILE:-$T/passwd}" NSS_WRAPPER_GROUP="$T/group" \
                K8S_TEST_SYSLOG="$4.syslog" \
                "$DRIVER" "$1" "$2" "${DRIVER_ARGS[@]}" --answers "$4.ans" > "$4" 2>&1
}
# hdecisions OUT STEP: "N M": N decisions of STEP logged for the login's
# user, M for anyone else.
hdecisions() {
        local u; u=$(cat "$1.user")
        sed -n -E "s/^[^ ]+ pam_k8s\([^)]*\): $2 [a-z-]+ user=([^ ]*) .*/\1/p" "$1.syslog" |
                awk -v u="$u" '$1 == u { m++; next } { o++ } END { print m + 0, o + 0 }'
}
# hreason_is OUT TEXT [STEP]: one test: the login of hlogin ... OUT logged
# exactly one decision of STEP (auth unless named), for its own user, and
# its reason is exactly TEXT. hreason_like OUT ERE [STEP]: the same, the
# whole reason matching ERE.
hreason_is() {
        expect "... one ${3:-auth} decision logged, for its user" "1 0" "$(hdecisions "$1" "${3:-auth}")"
        REASON_LOG="$1.syslog" reason_is "$2" "${3:-auth}"
}
hreason_like() {
        expect "... one ${3:-auth} decision logged, for its user" "1 0" "$(hdecisions "$1" "${3:-auth}")"
        REASON_LOG="$1.syslog" reason_like "$2" "${3:-auth}"
}
# users HOST: "name uid" of every account the host's registry holds.
users() { "$K8S_LOGIN" users --config "$T/$1.conf" | awk 'NR > 1 { print $2, $1 }' | sort; }
groups() { "$K8S_LOGIN" users --all --config "$T/$1.conf" | awk '$1 == "group" { print $3, $2 }' | sort; }
# kl HOST ARGS...: k8s-login under nss_wrapper, seeing the test's accounts.
kl() {
        local h=$1; shift
        env LD_PRELOAD="$NSS_PRELOAD:$SYSLOG_SHIM" NSS_WRAPPER_PASSWD="${PASSWD_FILE:-$T/passwd}" \
                NSS_WRAPPER_GROUP="$T/group" K8S_TEST_SYSLOG="$T/syslog" \
                "$K8S_LOGIN" "$@" --config "$T/$h.conf"
}
ledger_data() { "$PYTHON3" -c 'import json,sys
d = json.load(open(sys.argv[1]))
for o in sorted(d["items"], key=lambda o: o["metadata"]["name"]):
    for k, v in sorted((o.get("data") or {}).items()):
        print(o["metadata"]["name"], k, v)' "$CM"; }

# --- 60 accounts, five pairs colliding at their first choice ------------------
"$PYTHON3" - "$top_srcdir/tests/fixtures" "$MIN" "$MAX" > "$T/names" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from first_choice import fc
lo, hi = int(sys.argv[2]), int(sys.argv[3])
seen, pairs = {}, []
for i in range(100000):
    n = "twin%d" % i
    f = fc("demo", n, lo, hi)
    if f in seen and len(pairs) < 5:
        pairs.append((seen.pop(f), n))
    else:
        seen[f] = n
    if len(pairs) == 5:
        break
for a, b in pairs:
    print("demo", a, "pair")
    print("demo", b, "pair")
for i in range(25):
    print("demo", "acct%02d" % i, "-")
    print("ci", "job%02d" % i, "-")
PY
expect "60 account names" 60 "$(wc -l < "$T/names")"
PAIRS=$(awk '$3 == "pair" { print $2 }' "$T/names" | xargs)
FC1=$(first_choice demo "$(echo "$PAIRS" | cut -d' ' -f1)" $MIN $MAX)
FC2=$(first_choice demo "$(echo "$PAIRS" | cut -d' ' -f2)" $MIN $MAX)
expect "the first pair shares its first choice" "$FC1" "$FC2"
mkdir -p "$T/tok" "$T/out"
# The reason of every allowed login here (jwks validation).
OFFLINE="signature and claims verified offline against the key set"
while read -r ns sa _; do
        mint --ns "$ns" --sa "$sa" --exp-in 3000 > "$T/tok/${ns}_$sa"
done < "$T/names"

# Every host logs every account in, hosts at once, four logins at a time each.
cat > "$T/one.sh" <<ONE
#!/bin/bash
# one.sh HOST USER: one login, its result on standard output.
$(declare -f hlogin hlogin_once)
T='$T' LOGIN_PRELOAD='$LOGIN_PRELOAD' DRIVER='$DRIVER'
DRIVER_ARGS=(${DRIVER_ARGS[*]:-})
echo "\$2 \$(hlogin "\$1" "\$2" "\$T/tok/\$2" "\$T/out/\$1.\$2")"
ONE
chmod 0755 "$T/one.sh"
PIDS=()
for h in a b c; do
        awk '{ print $1 "_" $2 }' "$T/names" | shuf | xargs -P 4 -n 1 "$T/one.sh" "$h" \
                > "$T/results.$h" &
        PIDS+=($!)
done
wait "${PIDS[@]}"
[ -s "$T/restarts" ] && tap_diag < "$T/restarts"
for h in a b c; do
        expect "host $h: all 60 first logins succeed" 60 "$(grep -c ' PAM_SUCCESS$' "$T/results.$h")"
        grep -v ' PAM_SUCCESS$' "$T/results.$h" | head -3 | tap_diag
        # Each login's own log: one auth decision, for its own user, allowed
        # after the offline check (the ledger adds no reason of its own).
        n=0
        for u in $(awk '{ print $1 "_" $2 }' "$T/names"); do
                [ "$(hdecisions "$T/out/$h.$u" auth)" = "1 0" ] &&
                        [ "$(REASON_LOG="$T/out/$h.$u.syslog" reason)" = "$OFFLINE" ] &&
                        grep -q " auth allow user=$u identity=" "$T/out/$h.$u.syslog" && n=$((n + 1))
        done
        expect "... each logged one auth decision for its user: allow, $OFFLINE" 60 "$n"
done
users a > "$T/users.a"; users b > "$T/users.b"; users c > "$T/users.c"
expect "host a holds 60 accounts" 60 "$(wc -l < "$T/users.a")"
expect "host b has exactly host a's numbers" "" "$(diff "$T/users.a" "$T/users.b")"
expect "host c has exactly host a's numbers" "" "$(diff "$T/users.a" "$T/users.c")"
expect "no number is shared by two accounts" 60 "$(awk '{ print $2 }' "$T/users.a" | sort -u | wc -l)"
groups a > "$T/groups.a"
expect "the two namespace groups are the same on b" "" "$(diff "$T/groups.a" <(groups b))"
expect "... and on c" "" "$(diff "$T/groups.a" <(groups c))"
expect "no group shares a number with an account" 62 \
        "$(cat "$T/users.a" "$T/groups.a" | awk '{ print $2 }' | sort -u | wc -l)"
P1=$(echo "$PAIRS" | cut -d' ' -f1); P2=$(echo "$PAIRS" | cut -d' ' -f2)
U1=$(awk -v n="demo_$P1" '$1 == n { print $2 }' "$T/users.a")
U2=$(awk -v n="demo_$P2" '$1 == n { print $2 }' "$T/users.a")
expect "the colliding pair got two numbers, one of them the shared first choice" "yes" \
        "$([ "$U1" != "$U2" ] && { [ "$U1" = "$FC1" ] || [ "$U2" = "$FC1" ]; } && echo yes)"
expect "the stand-in lost at least its five races on purpose, and every login retried" yes \
        "$([ "$(grep -c 'result=status=409' "$T/api.requests")" -ge 5 ] && echo yes)"
expect "the ledger holds 62 entries in two ConfigMaps" "62 2" \
        "$(ledger_data | wc -l) $(ledger_data | awk '{ print $1 }' | sort -u | wc -l)"
expect_grep "a ledger entry reads as documented" \
        "^k8s-login-uids-[0-9]+-[0-9]+ $U1 user demo/$P1 uid=[0-9a-f-]{36} since=[0-9]+$" <(ledger_data)
for h in a b c; do
        kl $h ledger status > "$T/status.$h" 2>&1
        expect "host $h: ledger status says in step" "0 in step" "$? $(tail -1 "$T/status.$h")"
        expect "... nothing to record, refused or missing" \
                "this host: 62 entries; 0 to record or retire at the next sync; 0 refused; 0 held here but missing from the ledger" \
                "$(sed -n 's/^this host: /&/p' "$T/status.$h")"
done

# --- a fourth host: NSS answers the fleet's number after one sync -------------
# The one of the first pair that lost its first choice to the other.
SHOW=demo_$P2; [ "$U2" = "$FC1" ] && SHOW=demo_$P1
printf 'passwd: files k8s\ngroup: files k8s\nshadow: files\n' > "$T/nsswitch.conf"
chmod 0644 "$T/nsswitch.conf"
GLIBC_PRELOAD=
[ "${ENABLE_SANITIZERS:-no}" = yes ] && GLIBC_PRELOAD=$ASAN_RUNTIME
# dget HOST ARGS: getent through real glibc with host's config.
dget() {
        local h=$1; shift
        unshare -m sh -c 'mount --bind "$1" /etc/nsswitch.conf && shift && exec "$@"' \
                sh "$T/nsswitch.conf" env LD_LIBRARY_PATH="$(dirname "$NSS_SO")" \
                LD_PRELOAD="$GLIBC_PRELOAD" K8S_LOGIN_CONF="$T/$h.conf" timeout 30 getent "$@" \
                2>/dev/null
}
WANT=$(awk -v n="$SHOW" '$1 == n { print $2 }' "$T/users.a")
BEFORE=$(dget d passwd "$SHOW" | cut -d: -f3)
expect "before sync, host d does not answer $SHOW with the fleet's number" yes \
        "$([ "$BEFORE" != "$WANT" ] && echo yes)"
# k8s-login check and uid on host d before its sync: the ledger's numbers,
# as a login there would take them (real glibc NSS answers the name).
dcheck() {
        local h=$1 user=$2
        unshare -m sh -c 'mount --bind "$1" /etc/nsswitch.conf && shift && exec "$@"' \
                sh "$T/nsswitch.conf" env LD_LIBRARY_PATH="$(dirname "$NSS_SO")" \
                LD_PRELOAD="$GLIBC_PRELOAD" K8S_LOGIN_CONF="$T/$h.conf" timeout 30 \
                "$K8S_LOGIN" check --config "$T/$h.conf" --user "$user" < "$T/tok/$user" 2>&1
}
WIN=demo_$P1; [ "$SHOW" = "demo_$P1" ] && WIN=demo_$P2
WIN_N=$(awk -v n="$WIN" '$1 == n { print $2 }' "$T/users.a")
OUT=$(dcheck d "$WIN"); RC=$?
expect "check on host d before sync, $WIN (the ledger gave it its first choice): exit 0, that UID" \
        "0 $WIN_N" "$RC $(echo "$OUT" | sed -n 's/^uid: //p')"
expect_grep "... the reason says the UID comes from the ledger" \
        "^reason: .*its UID comes from the ledger at its first login here$" <(echo "$OUT")
OUT=$(dcheck d "$SHOW"); RC=$?
expect "check on host d before sync, $SHOW (NSS shows its first choice, the ledger another): exit 1" \
        1 "$RC"
expect_grep "... a login now would be refused, and why" \
        "^reason: the host sees $SHOW as UID $BEFORE, but the ledger gives it $WANT: a login before 'k8s-login sync' records that number is refused$" \
        <(echo "$OUT")
kl d uid "$SHOW" > "$T/uid.d" 2>"$T/uid.d.err"
expect "uid $SHOW on host d before sync: the ledger's number" "0 $WANT" "$? $(cat "$T/uid.d")"
expect "... and says on stderr that it is not recorded here yet" \
        "k8s-login: $SHOW is not recorded here yet: $WANT is its number in the ledger ('k8s-login sync' records it)" \
        "$(cat "$T/uid.d.err")"
kl d uid demo_nobody > "$T/uid.d" 2>"$T/uid.d.err"
expect "uid of a name the ledger does not hold: exit 2, and why" \
        "2 k8s-login: demo_nobody has no number in the ledger yet: its first login allocates one there" \
        "$? $(cat "$T/uid.d.err")"
kl d sync > "$T/sync.d" 2>&1
expect "host d: sync exits 0" 0 $?
expect "sync says what it recorded, and nothing else" 'sync: 62 entries in the ledger, 62 recorded or retired here, 0 refused' "$(cat "$T/sync.d")"
expect "host d holds exactly host a's numbers" "" "$(diff "$T/users.a" <(users d))"
expect "after sync, getent passwd $SHOW answers the fleet's number" "$WANT" \
        "$(dget d passwd "$SHOW" | cut -d: -f3)"
expect "... and getent passwd by that number answers $SHOW" "$SHOW" \
        "$(dget d passwd "$WANT" | cut -d: -f1)"
expect "$SHOW logs in on host d" PAM_SUCCESS "$(hlogin d "$SHOW" "$T/tok/$SHOW" "$T/out/d1")"
hreason_is "$T/out/d1" "$OFFLINE"
expect "... with the number NSS answered before" "$WANT" \
        "$(users d | awk -v n="$SHOW" '$1 == n { print $2 }')"
kl d sync > "$T/sync.d2" 2>&1
expect "a second sync records nothing" "0 sync: 62 entries in the ledger, 0 recorded or retired here, 0 refused" \
        "$? $(cat "$T/sync.d2")"

# --- a recreated account: a new number everywhere, the old one retired --------
OLD=$(awk '$1 == "demo_acct01" { print $2 }' "$T/users.a")
mint --ns demo --sa acct01 --sa-uid 0b0e0e0e-0000-4000-8000-000000000001 > "$T/tok/new01"
expect "the recreated demo/acct01 logs in on host a" PAM_SUCCESS \
        "$(hlogin a demo_acct01 "$T/tok/new01" "$T/out/new01a")"
hreason_is "$T/out/new01a" "$OFFLINE"
NEW=$(users a | awk '$1 == "demo_acct01" { print $2 }')
expect "... with a new number" yes "$([ -n "$NEW" ] && [ "$NEW" != "$OLD" ] && echo yes)"
expect_grep "the ledger retires the old number" "^k8s-login-uids-[0-9-]+ $OLD.retired retired since=[0-9]+ reason=recreated$" <(ledger_data)
expect_grep "... keeps its entry for the old Kubernetes UID" "^k8s-login-uids-[0-9-]+ $OLD user demo/acct01 uid=" <(ledger_data)
kl b sync > "$T/sync.b" 2>&1
expect "host b: sync after the recreation exits 0" 0 $?
expect "... recording the new number and retiring the old" \
        "sync: 63 entries in the ledger, 2 recorded or retired here, 0 refused" "$(cat "$T/sync.b")"
expect "host b: demo_acct01 has the new number" "$NEW" "$(users b | awk '$1 == "demo_acct01" { print $2 }')"
expect_grep "host b: the old number is retired" "^retired $OLD demo_acct01 " <("$K8S_LOGIN" users --all --config "$T/b.conf")
expect "the recreated account logs in on host b" PAM_SUCCESS \
        "$(hlogin b demo_acct01 "$T/tok/new01" "$T/out/new01b")"
hreason_is "$T/out/new01b" "$OFFLINE"
expect "the old incarnation's token is refused on host b (its number is retired)" PAM_AUTH_ERR \
        "$(hlogin b demo_acct01 "$T/tok/demo_acct01" "$T/out/old01b")"
hreason_like "$T/out/old01b" "UID ledger: account demo/acct01 with Kubernetes UID [0-9a-f-]{36} was recreated since \\(its number $OLD is retired\\): refused"
expect "... and host b never moved anyone" "$NEW" "$(users b | awk '$1 == "demo_acct01" { print $2 }')"

# --- a tampered ledger: only the identity concerned is refused ---------------
# cm_edit NAME-OF-SHARD PYTHON: the compromised host's own GET and PUT.
cm_put() {
        local name=$1 code=$2
        curl -s --cacert "$PKI/ca.pem" -H "Authorization: Bearer $(cat "$LTOK")" \
                "https://127.0.0.1:$API_PORT/api/v1/namespaces/k8s-login/configmaps/$name" > "$T/cm.get"
        "$PYTHON3" -c "import json,sys
o = json.load(open('$T/cm.get'))
d = o.setdefault('data', {})
$code
json.dump(o, open('$T/cm.put', 'w'))"
        curl -s -o /dev/null -w '%{http_code}' -X PUT --cacert "$PKI/ca.pem" \
                -H "Authorization: Bearer $(cat "$LTOK")" -H 'Content-Type: application/json' \
                --data-binary @"$T/cm.put" \
                "https://127.0.0.1:$API_PORT/api/v1/namespaces/k8s-login/configmaps/$name"
}
shard_of() { ledger_data | awk -v k="$1" '$2 == k { print $1 }'; }
# slice_of N: the ConfigMap whose slice holds number N.
slice_of() { ledger_data | awk -v n="$1" '{ split($1, r, "-"); if (r[4] <= n && n <= r[5]) { print $1; exit } }'; }
SHARDS=$(ledger_data | awk '{ print $1 }' | sort -u | xargs)
U02=$(awk '$1 == "demo_acct02" { print $2 }' "$T/users.a")
U03=$(awk '$1 == "demo_acct03" { print $2 }' "$T/users.a")
S02=$(shard_of "$U02"); S03=$(shard_of "$U03")
OTHER=$(for s in $SHARDS; do [ "$s" != "$S03" ] && echo "$s"; done | head -1)
expect "a changed entry is written (a compromised host can write)" 200 \
        "$(cm_put "$S02" "d['$U02'] = 'user demo/evil uid=- since=1'")"
expect "a number copied into the other slice is written" 200 \
        "$(cm_put "$OTHER" "d['$U03'] = 'user demo/dup uid=- since=1'")"
cp "$T/state-a/uids" "$T/uids.a.before"
new_log
kl a sync > "$T/sync.a" 2>&1
expect "host a: sync of a tampered ledger exits 1" 1 $?
expect "... counting both refusals" "sync: 63 entries in the ledger, 0 recorded or retired here, 2 refused" \
        "$(tail -1 "$T/sync.a")"
expect_grep "... and names the changed entry" "number $U02: the ledger changed it to account demo/evil \(uid=-\); this host keeps demo/acct02" "$T/sync.a"
expect_grep "... and the copied number" "key $U03: number $U03 lies outside this slice" "$T/sync.a"
new_log
expect_grep "the refusal is in the log" "UID ledger: number $U02: the ledger changed it" "$T/syslog.new"
expect "host a's registry did not change" "" "$(diff "$T/uids.a.before" "$T/state-a/uids")"
expect "demo_acct02 still logs in on host a with its own number" PAM_SUCCESS \
        "$(hlogin a demo_acct02 "$T/tok/demo_acct02" "$T/out/t02")"
hreason_is "$T/out/t02" "$OFFLINE"
expect "... which is still $U02" "$U02" "$(users a | awk '$1 == "demo_acct02" { print $2 }')"
mint --ns demo --sa evil > "$T/tok/evil"
new_log
expect "demo_evil, given acct02's number by the tamperer, is refused on host a" PAM_AUTH_ERR \
        "$(hlogin a demo_evil "$T/tok/evil" "$T/out/evil")"
new_log
expect_grep "... the log saying which entry" "number $U02 is held on this host by demo/acct02" "$T/syslog.new"
hreason_is "$T/out/evil" "the ledger's number $U02 is held on this host by demo/acct02: refused (see 'k8s-login ledger status')"
mint --ns demo --sa dup > "$T/tok/dup"
expect "demo_dup, whom the tamperer planted at a copied number, logs in on host a" PAM_SUCCESS \
        "$(hlogin a demo_dup "$T/tok/dup" "$T/out/dup")"
hreason_is "$T/out/dup" "$OFFLINE"
expect "demo_dup, planted at a copied number, gets a number of its own" yes \
        "$(users a | awk -v u="$U03" '$1 == "demo_dup" && $2 != u { print "yes" }')"
expect "demo_acct03 keeps its number on host a" "$U03" "$(users a | awk '$1 == "demo_acct03" { print $2 }')"

# A number a local /etc/passwd user owns: host c refuses, host b records.
PLANT=$(( $(awk '{ print $2 }' "$T/users.a" "$T/groups.a" | sort -n | tail -1) + 1 ))
while ledger_data | awk -v k="$PLANT" '$2 == k { f = 1 } END { exit !f }'; do PLANT=$((PLANT + 1)); done
expect "an entry for demo/shadow is added at $PLANT" 200 \
        "$(cm_put "$(slice_of "$PLANT")" \
           "d['$PLANT'] = 'user demo/shadow uid=- since=1'")"
cp "$T/passwd" "$T/passwd.c"
echo "localbob:x:$PLANT:100:local user:/home/localbob:/bin/sh" >> "$T/passwd.c"
PASSWD_FILE="$T/passwd.c" kl c sync > "$T/sync.c" 2>&1
expect "host c: sync exits 1" 1 $?
expect "... counting the three refusals" "sync: 65 entries in the ledger, 3 recorded or retired here, 3 refused" \
        "$(tail -1 "$T/sync.c")"
expect_grep "... naming the local holder" "number $PLANT for account demo/shadow \(uid=-\): UID $PLANT is held by user localbob of another NSS source" "$T/sync.c"
expect "host c did not record demo/shadow" "" "$(users c | awk '$1 == "demo_shadow"')"
mint --ns demo --sa shadow > "$T/tok/shadow"
new_log
expect "demo_shadow's login is refused on host c" PAM_AUTH_ERR \
        "$(PASSWD_FILE="$T/passwd.c" hlogin c demo_shadow "$T/tok/shadow" "$T/out/shadowc")"
new_log
expect_grep "... the log saying who holds the number" "UID $PLANT is held by user localbob" "$T/syslog.new"
hreason_is "$T/out/shadowc" "UID $PLANT is held by user localbob of another NSS source: refused"
expect "but demo_acct05 still logs in on host c" PAM_SUCCESS \
        "$(PASSWD_FILE="$T/passwd.c" hlogin c demo_acct05 "$T/tok/demo_acct05" "$T/out/c05")"
hreason_is "$T/out/c05" "$OFFLINE"
expect "host b (no local holder) logs demo_shadow in at $PLANT" "PAM_SUCCESS $PLANT" \
        "$(hlogin b demo_shadow "$T/tok/shadow" "$T/out/shadowb") $(users b | awk '$1 == "demo_shadow" { print $2 }')"
hreason_is "$T/out/shadowb" "$OFFLINE"

# One account given a second live number (same Kubernetes UID): a host that
# holds neither refuses it, a host that holds one keeps it.
U04=$(awk '$1 == "demo_acct04" { print $2 }' "$T/users.a")
UID04=$(ledger_data | awk -v k="$U04" '$2 == k { sub("uid=", "", $5); print $5 }')
TWIN=$((PLANT + 1))
while ledger_data | awk -v k="$TWIN" '$2 == k { f = 1 } END { exit !f }'; do TWIN=$((TWIN + 1)); done
expect "a second entry for demo/acct04 is added at $TWIN" 200 \
        "$(cm_put "$(slice_of "$TWIN")" "d['$TWIN'] = 'user demo/acct04 uid=$UID04 since=1'")"
host_config h
kl h sync > "$T/sync.h" 2>&1
expect "host h (fresh): sync exits 1" 1 $?
expect "... counting the three refusals (both numbers, the copied key)" \
        "sync: 66 entries in the ledger, 64 recorded or retired here, 3 refused" "$(tail -1 "$T/sync.h")"
expect_grep "... naming the account given two numbers" "the ledger gives account demo/acct04 more than one active number" "$T/sync.h"
expect "host h recorded neither number for demo/acct04" "" "$(users h | awk '$1 == "demo_acct04"')"
expect "host h recorded the rest (demo_acct05)" "$(awk '$1 == "demo_acct05"' "$T/users.a")" \
        "$(users h | awk '$1 == "demo_acct05"')"
expect "demo_acct04's login is refused on host h" PAM_AUTH_ERR \
        "$(hlogin h demo_acct04 "$T/tok/demo_acct04" "$T/out/twin04h")"
hreason_is "$T/out/twin04h" "UID ledger: the ledger gives account demo/acct04 more than one active number ($U04 and others): refused until an administrator retires all but one with 'k8s-login ledger retire'"
expect "... but goes on at its own number on host a, which holds it" "PAM_SUCCESS $U04" \
        "$(hlogin a demo_acct04 "$T/tok/demo_acct04" "$T/out/twin04a") $(users a | awk '$1 == "demo_acct04" { print $2 }')"
hreason_is "$T/out/twin04a" "$OFFLINE"

# --- the API server down -----------------------------------------------------
kill "${SERVER_PIDS[0]}"; wait "${SERVER_PIDS[0]}" 2>/dev/null
cp "$T/state-b/uids" "$T/uids.b.before"
expect "server down: demo_acct07, held on host b, logs in (jwks)" PAM_SUCCESS \
        "$(hlogin b demo_acct07 "$T/tok/demo_acct07" "$T/out/down07")"
hreason_is "$T/out/down07" "$OFFLINE"
mint --ns demo --sa newcomer > "$T/tok/newcomer"
t0=$(now_ms)
R=$(hlogin b demo_newcomer "$T/tok/newcomer" "$T/out/newcomer")
t1=$(now_ms)
expect "server down: a new identity is PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL "$R"
expect "... within timeout + 1 s" yes "$([ $((t1 - t0)) -lt 6000 ] && echo yes)"
new_log
expect_grep "... the log saying why" "a number taken offline could clash later" "$T/syslog.new"
hreason_like "$T/out/newcomer" "the UID ledger is unavailable for a first login here \\(API server unreachable: Failed to connect to 127\\.0\\.0\\.1 port $API_PORT after [0-9]+ ms: Couldn't connect to server\\): a number taken offline could clash later"
# A server that accepts and never answers: the login gives up in time.
start_server silent --mode silent
SILENT_PORT=$PORT
host_config s "timeout = 1"
sed -i -e "s|127.0.0.1:$API_PORT|127.0.0.1:$SILENT_PORT|" -e "/^timeout = 5$/d" "$T/s.conf"
t0=$(now_ms)
R=$(hlogin s demo_newcomer "$T/tok/newcomer" "$T/out/silent")
t1=$(now_ms)
expect "server silent: a new identity is PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL "$R"
expect "... within timeout (1 s) + 1 s" yes "$([ $((t1 - t0)) -lt 2000 ] && echo yes)"
hreason_is "$T/out/silent" "the UID ledger is unavailable for a first login here (API server did not answer within 1s): a number taken offline could clash later"
kl b sync > "$T/sync.down" 2>&1
expect "server down: sync exits 3" 3 $?
expect_grep "... and says the registry is unchanged" "the local registry is unchanged \(the next run tries again\)" "$T/sync.down"
expect_grep "... and why, in one line" \
        "^k8s-login: sync: API server unreachable: Failed to connect to 127\.0\.0\.1 port $API_PORT after [0-9]+ ms: Couldn't connect to server; the local registry is unchanged \(the next run tries again\)$" \
        "$T/sync.down"
expect "... and nothing else" 1 "$(wc -l < "$T/sync.down")"
expect "host b's registry is unchanged" "" "$(diff "$T/uids.b.before" "$T/state-b/uids")"
start_server api --port "$API_PORT" --configmaps "$CM" --ledger-token "$LTOK"
mint --ns ci --sa late > "$T/tok/late"
expect "server back: a new identity logs in on host a" PAM_SUCCESS \
        "$(hlogin a ci_late "$T/tok/late" "$T/out/late")"
hreason_is "$T/out/late" "$OFFLINE"
kl b sync > "$T/sync.back" 2>&1
expect "server back: sync on host b exits 1 (the tampered entries), recording two" \
        "1 sync: 67 entries in the ledger, 2 recorded or retired here, 3 refused" "$? $(tail -1 "$T/sync.back")"
expect "server back: the next sync on host b records it" \
        "$(users a | awk '$1 == "ci_late"')" "$(users b | awk '$1 == "ci_late"')"

# --- import: two hosts' registries that disagree ------------------------------
IMP=$((MAX - 5))
for h in e f; do host_config $h; mkdir -p "$T/state-$h"; done
printf 'u %s demo impa - 1\ng %s impns - - 1\n' "$IMP" "$((IMP + 1))" > "$T/state-e/uids"
printf 'u %s demo lone - 1\nu %s demo impb - 1\n' "$((IMP + 2))" "$IMP" > "$T/state-f/uids"
chmod 0644 "$T"/state-[ef]/uids
kl e ledger import > "$T/import.e" 2>&1
expect "import of host e: exit 0, two entries" "0 import: 2 entries added" "$? $(tail -1 "$T/import.e")"
expect "... into the second slice, and nothing else said" "wrote k8s-login-uids-71051-72100|import: 2 entries added" \
        "$(paste -sd'|' "$T/import.e")"
expect_grep "... now in the ledger" "^k8s-login-uids-[0-9-]+ $IMP user demo/impa uid=- since=1$" <(ledger_data)
ledger_data > "$T/ledger.before"
kl f ledger import > "$T/import.f" 2>&1
expect "import of host f, which gives $IMP to another account: exit 1" 1 $?
expect "... in one message" \
        "k8s-login: import stopped: number $IMP is demo/impb here, but the ledger already gives it to another identity; nothing was written. Resolve it on this host: give demo/impb a new number with 'k8s-login release' (accounts) or 'k8s-login pin' after retiring it, then import again" \
        "$(cat "$T/import.f")"
expect_grep "... the conflict named, with the way out" "import stopped: number $IMP is demo/impb here, but the ledger already gives it to another identity; nothing was written. Resolve it" "$T/import.f"
expect "... and nothing was written (not even host f's other entry)" "" \
        "$(diff "$T/ledger.before" <(ledger_data))"
kl e ledger import > "$T/import.e2" 2>&1
expect "importing host e again adds nothing" "0 import: nothing to add; the ledger holds every entry of this host" \
        "$? $(cat "$T/import.e2")"

# --- administration: retire, pin ----------------------------------------------
kl a ledger retire demo_acct09 > "$T/retire" 2>&1
U09=$(awk '$1 == "demo_acct09" { print $2 }' "$T/users.a")
expect "ledger retire demo_acct09: exit 0" "0 retiring $U09" "$? $(head -1 "$T/retire")"
expect "... writing its slice, nothing else said" "retiring $U09|wrote k8s-login-uids-71051-72100" \
        "$(paste -sd'|' "$T/retire")"
expect_grep "... an added entry" "^k8s-login-uids-[0-9-]+ $U09.retired retired since=" <(ledger_data)
kl a ledger retire demo_acct09 > "$T/retire2" 2>&1
expect "retiring it again: exit 2 (no active number)" 2 $?
expect "... and why" "k8s-login: demo_acct09 has no active number in the ledger" "$(cat "$T/retire2")"
PIN=$((MAX - 10))
kl a ledger pin demo_pinned $PIN > "$T/pin" 2>&1
expect "ledger pin demo_pinned $PIN: exit 0" "0 $PIN" "$? $(tail -1 "$T/pin")"
expect "... writing its slice, nothing else said" "wrote k8s-login-uids-71051-72100|$PIN" "$(paste -sd'|' "$T/pin")"
kl a ledger pin demo_other $PIN > "$T/pin2" 2>&1
expect "pinning a number the ledger holds: exit 1" "1" "$?"
expect_grep "... never given twice" "already holds $PIN" "$T/pin2"
expect "... the whole message" "k8s-login: the ledger already holds $PIN (numbers are never given twice)" "$(cat "$T/pin2")"
mint --ns demo --sa pinned > "$T/tok/pinned"
expect "demo_pinned logs in on host c at its pinned number" "PAM_SUCCESS $PIN" \
        "$(hlogin c demo_pinned "$T/tok/pinned" "$T/out/pinned") $(users c | awk '$1 == "demo_pinned" { print $2 }')"
hreason_is "$T/out/pinned" "$OFFLINE"

# --- a host with two clusters, the ledger in its second section ------------------
# The second section's entries carry the cluster in the registry; sync and
# a login there get the fleet's numbers; the first section has no ledger.
jwks_config "$T/s.conf" "timeout = 5" "cache_ttl = 0"
sed -i -e "s|^state_dir = .*|state_dir = $T/state-s|" -e "/^timeout = 2$/d" "$T/s.conf"
cat >> "$T/s.conf" <<CONF
[cluster other]
issuer = https://oidc.other-cluster.internal
jwks_file = $PKI/jwks.json
user_format = o-%n_%s
group_format = o-%n
all_group = o-all
uid_min = 80000
uid_max = 90000
[cluster main]
jwks_file = $PKI/jwks.json
api_server = https://127.0.0.1:$API_PORT
ca_file = $PKI/ca.pem
uid_ledger = configmap
ledger_token_file = $LTOK
user_format = m-%n_%s
group_format = m-%n
all_group = m-all
uid_min = $MIN
uid_max = $MAX
CONF
write_service s "config=$T/s.conf"
"$K8S_LOGIN" config-test --config "$T/s.conf" > "$T/ctest.s" 2>&1
expect "a two-cluster host with a ledger in one section: config-test exit 0" 0 $?
expect "... saying OK, the sections apart" \
        "$T/s.conf: OK (2 clusters, apart: one issuer each, user and group names that differ in literal text, UID ranges that do not overlap)" \
        "$(head -1 "$T/ctest.s")"
# (exit 1: the entries the tampering above left in the ledger are refused)
kl s sync > "$T/sync.s" 2>"$T/sync.s.err"
expect "... sync exit 1, under the cluster's heading" "1 [cluster main]" "$? $(head -1 "$T/sync.s")"
expect "... counting the three refused entries" "sync: 70 entries in the ledger, 68 recorded or retired here, 3 refused" \
        "$(tail -1 "$T/sync.s")"
expect_grep "... naming the account given two numbers on stderr" \
        "^k8s-login: number $TWIN: the ledger gives account demo/acct04 more than one active number \($U04 and others\): refused until an administrator retires all but one with 'k8s-login ledger retire'$" \
        "$T/sync.s.err"
A05=$(awk '$1 == "u" && $3 == "demo" && $4 == "acct05" { print $2 }' "$T/state-a/uids")
expect_grep "... the registry records demo/acct05 at host a's number, in cluster main" \
        "^u $A05 demo acct05 [^ ]+ [0-9]+ main\$" "$T/state-s/uids"
expect "... and no entry without its cluster" "" "$(awk 'NF < 7 && !/^#/' "$T/state-s/uids")"
mint --ns demo --sa sectioned > "$T/tok/sectioned"
expect "a new identity logs in on the two-cluster host" PAM_SUCCESS \
        "$(hlogin s m-demo_sectioned "$T/tok/sectioned" "$T/out/sectioned")"
hreason_is "$T/out/sectioned" "$OFFLINE"
expect_grep "... its decision naming the cluster" " auth allow user=m-demo_sectioned cluster=main identity=" "$T/out/sectioned.syslog"
kl a sync > "$T/sync.a2" 2>&1
SEC=$(awk '$1 == "u" && $4 == "sectioned" { print $2 }' "$T/state-s/uids")
expect "... and host a gets the same number for it after a sync" \
        "demo $SEC" "$(awk '$1 == "u" && $4 == "sectioned" { print $3, $2 }' "$T/state-a/uids")"
kl s ledger status > "$T/status.s" 2>/dev/null
expect "ledger status on the two-cluster host: per cluster, the tampered entries named" \
        "1 [cluster main] not in step" "$? $(head -1 "$T/status.s") $(tail -1 "$T/status.s")"
kl s ledger retire o-demo_acct01 > "$T/retire.s" 2>&1
expect "ledger retire of a name of the section without a ledger: exit 3" \
        "3 k8s-login: uid_ledger is not configmap for o-demo_acct01 in [cluster other]" \
        "$? $(cat "$T/retire.s")"

# --- a credential without the ledger's role: 403 -------------------------------
host_config g "ledger_token_file = $PKI/reviewer.token"
mint --ns demo --sa norole > "$T/tok/norole"
new_log
expect "a host whose credential lacks the role: first login PAM_AUTHINFO_UNAVAIL" PAM_AUTHINFO_UNAVAIL \
        "$(hlogin g demo_norole "$T/tok/norole" "$T/out/norole")"
new_log
expect_grep "... the log saying so" "HTTP 403 .*lacks the k8s-login-ledger role" "$T/syslog.new"
NOROLE="API server answered HTTP 403 to the ledger's LIST (the ledger's credential lacks the k8s-login-ledger role): configmaps is forbidden: User \"system:serviceaccount:kube-system:k8s-login\" cannot list resource \"configmaps\" in API group \"\" in the namespace \"k8s-login\""
hreason_is "$T/out/norole" "the UID ledger is unavailable for a first login here ($NOROLE): a number taken offline could clash later"
kl g sync > "$T/sync.g" 2>&1
expect "... and its sync exits 3" 3 $?
expect "... saying why" "k8s-login: sync: $NOROLE; the local registry is unchanged (the next run tries again)" "$(cat "$T/sync.g")"

expect_no_grep "no token in the log" "$(cut -c1-40 "$T/tok/newcomer")" "$T/syslog"
# Every login's and command's output: no finding of valgrind, ASan or
# UBSan (a sanitized build), and no crash.
expect "no sanitizer finding in any login or command" "" \
        "$(grep -lE 'ERROR: (Address|Leak)Sanitizer|runtime error:|no-result' \
           "$T"/out/* "$T"/sync.* "$T"/import.* "$T"/status.* "$T"/retire* "$T"/pin* 2>/dev/null)"
tap_done
