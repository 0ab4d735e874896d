#!/bin/bash
# libnss_k8s.so.2 through nss_wrapper and through real glibc NSS (in a
# private mount namespace with a test /etc/nsswitch.conf), the UID
# registry it reads, and the first logins through the real pam_k8s.so
# that write it: names, UIDs and groups agree everywhere, nothing is
# answered that should not be, and no two identities share a number.
. "$(dirname "$0")/lib.sh"
NSS_SO="$top_builddir/nss/.libs/libnss_k8s.so.2"
STRESS="$top_builddir/tests/nss_stress"
TWICE="$top_builddir/tests/nss_twice"
require_runtime
[ -e "$NSS_SO" ] && [ -x "$STRESS" ] && [ -x "$TWICE" ] || tap_skip_all "build first"

# --- the module links only libc ---------------------------------------------
if [ "${ENABLE_SANITIZERS:-no}" = yes ]; then
        # A sanitized build adds the sanitizer runtimes, and they pull in
        # libstdc++ and more: the normal build checks ldd.
        expect "libnss_k8s.so.2 needs libc and, in this sanitized build, the sanitizer runtimes only" \
                "libc.so.6" "$(objdump -p "$NSS_SO" | awk '$1 == "NEEDED" {print $2}' |
                               grep -vE '^lib(asan|ubsan)\.so' | xargs)"
        tap_ok "# SKIP ldd in a sanitized build lists the sanitizer runtimes' dependencies"
else
        expect "libnss_k8s.so.2 needs libc and nothing else" "libc.so.6" \
                "$(objdump -p "$NSS_SO" | awk '$1 == "NEEDED" {print $2}' | xargs)"
        expect "ldd shows no library but libc (and the loader)" "" \
                "$(ldd "$NSS_SO" | grep -vE '^\s*(linux-vdso|libc\.so\.6|/lib64/ld-linux)' )"
fi
expect "libnss_k8s.so.2 exports exactly the _nss_k8s_ entry points" \
        "_nss_k8s_endgrent _nss_k8s_endpwent _nss_k8s_getgrent_r _nss_k8s_getgrgid_r _nss_k8s_getgrnam_r _nss_k8s_getpwent_r _nss_k8s_getpwnam_r _nss_k8s_getpwuid_r _nss_k8s_initgroups_dyn _nss_k8s_setgrent _nss_k8s_setpwent" \
        "$(nm -D --defined-only "$NSS_SO" | awk '$2 == "T" {print $3}' | sort | xargs)"
expect "the soname is libnss_k8s.so.2" "libnss_k8s.so.2" \
        "$(objdump -p "$NSS_SO" | awk '$1 == "SONAME" {print $2}')"

make_pki
start_server ok
write_config "$T/k8s-login.conf" "$PORT"
CONF="$T/k8s-login.conf"
STATE="$T/state"
export K8S_LOGIN_CONF="$CONF"

MIN=1879048192 MAX=2147483647
U_DBG=$(first_choice demo debugger $MIN $MAX)
G_DEMO=$(first_choice demo - $MIN $MAX)
PW_DBG="demo_debugger:*:$U_DBG:$G_DEMO:Kubernetes service account demo/debugger:/home/demo_debugger:/bin/bash"

# Only root in the files the wrapper reads: every other answer is ours.
printf 'root:x:0:0:root:/root:/bin/bash\n' > "$T/passwd.min"
printf 'root:x:0:\n' > "$T/group.min"
# nssw CMD...: CMD with nss_wrapper in front of libnss_k8s.so.2.
nssw() {
        env LD_PRELOAD="$NSS_PRELOAD" NSS_WRAPPER_PASSWD="$T/passwd.min" \
                NSS_WRAPPER_GROUP="$T/group.min" NSS_WRAPPER_MODULE_SO_PATH="$NSS_SO" \
                NSS_WRAPPER_MODULE_FN_PREFIX=k8s "$@"
}
# get DB KEY: getent through nss_wrapper; output in GOT, exit code in RC.
# (stderr apart: a sanitized build's leak checker reports there at exit)
get() { GOT=$(nssw getent "$@" 2>>"$T/getent.err"); RC=$?; }

# --- before any login: name-only answers --------------------------------------
get passwd demo_debugger
expect "before any login, getent passwd demo_debugger answers with its first choice" \
        "0 $PW_DBG" "$RC $GOT"
get passwd "$U_DBG"
expect "... but getpwuid answers only allocated UIDs" 2 "$RC"
get group k8s_demo
expect "the namespace group answers with its would-be GID and no members" \
        "0 k8s_demo:*:$G_DEMO:" "$RC $GOT"
get group k8s
expect "all_group is uid_min, with no members yet" "0 k8s:*:$MIN:" "$RC $GOT"
get group "$MIN"
expect "all_group by GID" "0 k8s:*:$MIN:" "$RC $GOT"
expect "nothing allocated: the module wrote nothing" "no" "$([ -e "$STATE/uids" ] && echo yes || echo no)"
get passwd
expect "enumeration lists no account that was never allocated" "root" \
        "$(echo "$GOT" | cut -d: -f1 | xargs)"

# --- names that are not ours --------------------------------------------------
L63=$(printf 'a%.0s' $(seq 63)); L64=$(printf 'a%.0s' $(seq 64))
S250=$(printf 'b%.0s' $(seq 250)); S251=$(printf 'b%.0s' $(seq 251))
S254=$(printf 'b%.0s' $(seq 254))
n=0
for name in Demo_debugger demo_Debugger demo_ _debugger demo__x "demo_a/b" "demo_.." \
        "demo_a:b" "demo_a b" "demo_debugger " " demo_debugger" "kube-system_default" \
        "k8s_demo" "demo" "demo_-x" "demo_x-" "demo_x..y" "$L64"_x "demo_$S254" \
        "demo_$S251" "demo_debugger@x" "démo_debugger" "dеmo_debugger" "demo_debugger%" "../demo_x" \
        "ci_runner/.." "demo_x_y" $'demo_a\nb'; do
        get passwd "$name"
        [ "$RC" = 2 ] && n=$((n + 1)) || echo "answered: '$name' -> $RC $GOT" | tap_diag
done
expect "28 malformed, disallowed, look-alike or over-long names: all NSS_STATUS_NOTFOUND" 28 "$n"
get passwd "demo_$S250"
expect "... and the twin at the limit, a local name of 255 characters, is answered" \
        "0 $(first_choice demo "$S250" $MIN $MAX)" "$RC $(echo "$GOT" | cut -d: -f3)"
get group "k8s_$L63"
expect "the group of a well-formed namespace that is not allowed is not answered" 2 "$RC"
n=0
for g in k8s_ k8s_Demo k8s_demo_x k8s_kube-system k8s_demo. "k8s_demo " K8s; do
        get group "$g"
        [ "$RC" = 2 ] && n=$((n + 1)) || echo "answered: '$g' -> $RC $GOT" | tap_diag
done
expect "7 malformed or disallowed group names: NOTFOUND" 7 "$n"
n=0
for uid in 1 1000 65534 $((MIN - 1)) $((MAX + 1)) 4294967294 "$U_DBG"; do
        get passwd "$uid"
        [ "$RC" = 2 ] && n=$((n + 1)) || echo "answered: $uid -> $RC $GOT" | tap_diag
done
expect "UIDs outside the range, uid_min itself, and unallocated UIDs: NOTFOUND" 7 "$n"

# --- the registry: allocated accounts ------------------------------------------
"$K8S_LOGIN" pin demo_debugger > "$T/pin.out" 2>&1
expect "k8s-login pin allocates the first choice" "$U_DBG" "$(cat "$T/pin.out")"
get passwd "$U_DBG"
expect "getent passwd UID answers once allocated" "0 $PW_DBG" "$RC $GOT"
get passwd demo_debugger
expect "... and by name the same line" "0 $PW_DBG" "$RC $GOT"
get group k8s_demo
expect "the namespace group lists its allocated account" "0 k8s_demo:*:$G_DEMO:demo_debugger" "$RC $GOT"
get group "$G_DEMO"
expect "... by GID too" "0 k8s_demo:*:$G_DEMO:demo_debugger" "$RC $GOT"
get group k8s
expect "all_group lists every allocated account" "0 k8s:*:$MIN:demo_debugger" "$RC $GOT"
GOT=$(nssw id demo_debugger 2>>"$T/getent.err")
expect "id shows the UID, the primary namespace group and all_group" \
        "uid=$U_DBG(demo_debugger) gid=$G_DEMO(k8s_demo) groups=$G_DEMO(k8s_demo),$MIN(k8s)" "$GOT"
"$K8S_LOGIN" pin demo_other 1879048300 >/dev/null 2>&1
"$K8S_LOGIN" pin ci_runner >/dev/null 2>&1
"$K8S_LOGIN" pin demo_gone >/dev/null 2>&1
"$K8S_LOGIN" release demo_gone > /dev/null 2>&1
expect "k8s-login users lists four accounts, in UID order" \
        "4 $(printf '%s\n' 1879048300 "$U_DBG" "$("$K8S_LOGIN" uid ci_runner)" "$("$K8S_LOGIN" uid demo_gone)" | sort -n | xargs)" \
        "$("$K8S_LOGIN" users | tail -n +2 | wc -l) $("$K8S_LOGIN" users | tail -n +2 | awk '{print $1}' | xargs)"
expect "... and the released number as retired" "retired demo/gone" \
        "$("$K8S_LOGIN" users --all | awk '$1 == "retired" {print $1, $4}')"
ALLOCATED=$("$K8S_LOGIN" users | tail -n +2 | awk '{print $2}')
get passwd
expect "enumeration lists exactly the allocated accounts, in UID order" \
        "root $(echo $ALLOCATED)" "$(echo "$GOT" | cut -d: -f1 | xargs)"
get group k8s
expect "all_group has every allocated account, in UID order" \
        "0 k8s:*:$MIN:$(echo "$ALLOCATED" | paste -sd,)" "$RC $GOT"
get group
expect "group enumeration: root, all_group, and each allocated namespace group" \
        "k8s k8s_ci k8s_demo root" "$(echo "$GOT" | cut -d: -f1 | sort | xargs)"
get passwd 1879048300
expect "a pinned UID answers" "0 demo_other" "$RC $(echo "$GOT" | cut -d: -f1)"

# Round trips for all of them, through the command and through NSS.
bad=0
while read -r uid name _; do
        [ "$(nssw getent passwd "$name" | cut -d: -f3)" = "$uid" ] || bad=$((bad + 1))
        [ "$(nssw getent passwd "$uid" | cut -d: -f1)" = "$name" ] || bad=$((bad + 1))
        [ "$("$K8S_LOGIN" name "$uid")" = "$name" ] || bad=$((bad + 1))
done < <("$K8S_LOGIN" users | tail -n +2)
expect "name -> UID -> name agrees for every allocated account (NSS and k8s-login)" 0 "$bad"

# --- the config and registry are re-read when they change ------------------------
chmod 0666 "$CONF"
get passwd demo_debugger
expect "a world-writable config: nothing answered" 2 "$RC"
chmod 0644 "$CONF"
get passwd demo_debugger
expect "... its twin, restored: answered again" 0 "$RC"
cp "$STATE/uids" "$T/uids.good"
echo "garbage" >> "$STATE/uids"
get passwd demo_debugger
expect "a corrupt registry: nothing answered (a taken number could hide in it)" 2 "$RC"
cp "$T/uids.good" "$STATE/uids"
get passwd demo_debugger
expect "... restored: answered again" 0 "$RC"
chmod 0664 "$STATE/uids"
get passwd demo_debugger
expect "a group-writable registry: nothing answered" 2 "$RC"
chmod 0644 "$STATE/uids"
# In one long-running process (as sshd is): a registry refused for its
# directory's mode is trusted again once the directory is fixed, though
# the registry file itself did not change.
chmod 0777 "$STATE"
rm -f "$T/go"
"$TWICE" "$NSS_SO" demo_debugger "$T/go" > "$T/twice.out" 2>&1 &
TWICE_PID=$!
for _ in $(seq 1 100); do grep -q '^first:' "$T/twice.out" && break; sleep 0.05; done
chmod 0755 "$STATE"
touch "$T/go"
wait "$TWICE_PID"
expect "one process: refused while state_dir is world-writable, answered once it is fixed" \
        "first: UNAVAIL second: SUCCESS" "$(grep -E '^(first|second):' "$T/twice.out" | xargs)"

# --- eight threads, buffers from 1 byte up ----------------------------------------
"$STRESS" "$NSS_SO" 8 3 demo_debugger demo_other ci_runner demo_never demo_Bad > "$T/stress.out" 2> "$T/stress.err"
expect "8 threads, every buffer size: no crash, consistent answers, ERANGE when small, errno kept, no fd left" \
        0 "$?"
tail -1 "$T/stress.out" | tap_diag
tap_diag < "$T/stress.err"
VALGRIND=${VALGRIND:-$(command -v valgrind || true)}
if [ "${ENABLE_SANITIZERS:-no}" = yes ]; then
        tap_ok "# SKIP valgrind cannot run a sanitized build (ASan checked the stress above)"
elif [ -n "$VALGRIND" ]; then
        "$VALGRIND" -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
                --show-leak-kinds=definite,indirect "$STRESS" "$NSS_SO" 2 1 demo_debugger ci_runner demo_never \
                > "$T/stress-vg.out" 2> "$T/stress-vg.err"
        expect "the same under valgrind memcheck (buffers of exact size): no invalid access, no leak" 0 "$?"
        tap_diag < "$T/stress-vg.err"
else
        tap_ok "# SKIP valgrind not installed (Debian: valgrind)"
fi
expect_grep "... the stress saw demo_debugger as getent does" "^demo_debugger pwnam 1 $(printf '%s' "$PW_DBG" | sed 's/[*.]/\\&/g') need=" "$T/stress.out"
expect_grep "... initgroups gives the namespace group and all_group" "^demo_debugger initgroups 1:$G_DEMO,$MIN$" "$T/stress.out"
expect_grep "... a would-be account has no UID entry yet" "^demo_never pwuid 0 " "$T/stress.out"
expect_grep "... a malformed name is NOTFOUND" "^demo_Bad pwnam 0 " "$T/stress.out"

# --- real glibc NSS, in a private mount namespace -----------------------------------
if unshare -m true 2>/dev/null; then
        printf 'passwd: files k8s\ngroup: files k8s\nshadow: files\n' > "$T/nsswitch.conf"
        # A sanitized module needs the ASan runtime loaded first.
        GLIBC_PRELOAD=
        [ "${ENABLE_SANITIZERS:-no}" = yes ] && GLIBC_PRELOAD=$ASAN_RUNTIME
        glibc() {
                unshare -m sh -c 'mount --bind "$1" /etc/nsswitch.conf && shift && exec "$@"' \
                        sh "$T/nsswitch.conf" env LD_LIBRARY_PATH="$(dirname "$NSS_SO")" \
                        LD_PRELOAD="$GLIBC_PRELOAD" "$@"
        }
        expect "glibc: getent passwd demo_debugger" "$PW_DBG" "$(glibc getent passwd demo_debugger)"
        expect "glibc: getent passwd $U_DBG" "$PW_DBG" "$(glibc getent passwd "$U_DBG")"
        expect "glibc: getent group k8s_demo" \
                "k8s_demo:*:$G_DEMO:$("$K8S_LOGIN" users | awk '$3 ~ /^demo\// {print $2}' | paste -sd,)" \
                "$(glibc getent group k8s_demo)"
        expect "glibc: id demo_debugger" \
                "uid=$U_DBG(demo_debugger) gid=$G_DEMO(k8s_demo) groups=$G_DEMO(k8s_demo),$MIN(k8s)" \
                "$(glibc id demo_debugger)"
        expect "glibc: a never-seen name in an allowed namespace answers before its first login" \
                "$(first_choice ci newjob $MIN $MAX)" "$(glibc getent passwd ci_newjob | cut -d: -f3)"
        # coreutils' id asks getpwuid() for the UID, which is not allocated
        # yet, and passes (gid_t)-1 as the primary group to getgrouplist().
        U_JOB=$(first_choice ci newjob $MIN $MAX); G_CI=$(first_choice ci - $MIN $MAX)
        expect "glibc: id of a name before its first login shows its groups, no 4294967295" \
                "uid=$U_JOB gid=$G_CI(k8s_ci) groups=$G_CI(k8s_ci),$MIN(k8s)" "$(glibc id ci_newjob)"
        expect "glibc: getent initgroups of that name" "ci_newjob $G_CI $MIN" \
                "$(glibc getent initgroups ci_newjob | xargs)"
        expect "glibc: id -G of that name" "$G_CI $MIN" "$(glibc id -G ci_newjob)"
        glibc getent passwd kube-system_default > /dev/null
        expect "glibc: a disallowed namespace is not found" 2 "$?"
        expect "glibc: the host's own accounts still come from files" "root:x:0:0:root:/root:/bin/bash" \
                "$(glibc getent passwd root)"
        expect "glibc and nss_wrapper print the same passwd database" \
                "$(nssw getent passwd | sort)" "$(glibc getent passwd | grep -E '^root:|:Kubernetes service account ' | sort)"
else
        tap_ok "# SKIP real glibc NSS: unshare -m is not permitted here (needs root; CI runs it)"
fi

# --- first logins through the real PAM module -----------------------------------------
write_service k8s "config=$CONF"
TOKENS="$T/tokens-used"
# plogin USER TOKEN: a login to service $SVC (k8s) with nss_wrapper
# answering through our module, config $K8S_LOGIN_CONF. What the module
# logged for this login (and only that) is in $OUT.syslog, then appended
# to the shared $T/syslog (some logins run at once).
plogin() {
        local ans=${ANS:-$T/ans}
        answers "$ans" "$2"
        rm -f "$OUT.syslog"
        env LD_PRELOAD="$LOGIN_PRELOAD" \
                PAM_WRAPPER=1 PAM_WRAPPER_SERVICE_DIR="$T/pam.d" PAM_WRAPPER_USE_SYSLOG=1 \
                PAM_WRAPPER_DISABLE_DEEPBIND=1 \
                NSS_WRAPPER_PASSWD="$T/passwd.min" NSS_WRAPPER_GROUP="$T/group.min" \
                NSS_WRAPPER_MODULE_SO_PATH="$NSS_SO" NSS_WRAPPER_MODULE_FN_PREFIX=k8s \
                K8S_TEST_SYSLOG="$OUT.syslog" \
                "$DRIVER" "${SVC:-k8s}" "$1" "${DRIVER_ARGS[@]}" --answers "$ans" --acct > "$OUT" 2>&1
        touch "$OUT.syslog"
        cat "$OUT.syslog" >> "$T/syslog"
        AUTH=$(sed -n 's/^auth: //p' "$OUT")
        ACCT=$(sed -n 's/^acct: //p' "$OUT")
}
# plogged USER STEP: the decision lines of STEP the last plogin logged
# for USER ("VERDICT" each, one a line), none for anyone else.
plogged() {
        sed -n -E "s/^[^ ]+ pam_k8s\([^)]*\): $2 ([a-z-]+) user=([^ ]*) .*/\1 \2/p" "$OUT.syslog" |
                awk -v u="$1" '$2 == u { print $1; next } { print "other-user:" $2 }'
}
# pdecided USER AUTH-TEXT [ACCT-TEXT]: the last plogin logged exactly one
# auth decision for USER with reason AUTH-TEXT and, given ACCT-TEXT, one
# account decision with that reason (tests, each).
pdecided() {
        expect "... one auth decision logged, for $1 (and none for another)" "1 0" \
                "$(plogged "$1" auth | grep -c '^[a-z-]*$') $(plogged "$1" auth | grep -c ':')"
        REASON_LOG="$OUT.syslog" reason_is "$2" auth
        if [ $# -ge 3 ]; then
                expect "... one account decision logged, for $1 (and none for another)" "1 0" \
                "$(plogged "$1" account | grep -c '^[a-z-]*$') $(plogged "$1" account | grep -c ':')"
                REASON_LOG="$OUT.syslog" reason_is "$3" account
        fi
}
# pallowed USER [AUTH-TEXT]: pdecided with the reviewer's allow, and no
# account decision logged (an allowed account step logs only with debug).
REVIEWED="authenticated by the API server"
pallowed() {
        pdecided "$1" "${2:-$REVIEWED}"
        expect "... no account decision logged (allowed, no debug)" "" "$(plogged "$1" account)"
}
U_NEW=$(first_choice demo newcomer $MIN $MAX)
expect "before its first login, demo_newcomer has its would-be UID" "$U_NEW" \
        "$(nssw getent passwd demo_newcomer | cut -d: -f3)"
plogin demo_newcomer "$(mint --sa newcomer --sa-uid 11111111-1111-1111-1111-111111111111)"
expect "first login of demo_newcomer" "PAM_SUCCESS PAM_SUCCESS" "$AUTH $ACCT"
pallowed demo_newcomer
expect "... allocated exactly the UID NSS had answered" \
        "$U_NEW demo_newcomer demo/newcomer 11111111-1111-1111-1111-111111111111" \
        "$("$K8S_LOGIN" users | awk '$2 == "demo_newcomer" {print $1, $2, $3, $4}')"
expect "... and getpwuid answers it now" "demo_newcomer" "$(nssw getent passwd "$U_NEW" | cut -d: -f1)"
plogin demo_newcomer "$(mint --sa newcomer --sa-uid 11111111-1111-1111-1111-111111111111)"
expect "the same account logs in again" PAM_SUCCESS "$AUTH"
pallowed demo_newcomer

# The service account is deleted and created again under the same name.
new_log
plogin demo_newcomer "$(mint --sa newcomer --sa-uid 22222222-2222-2222-2222-222222222222)"
expect "a recreated service account is refused" PAM_AUTH_ERR "$AUTH"
new_log
expect_grep "... and the log says why and what to run" \
        "auth deny user=demo_newcomer .*reason=service account demo/newcomer was recreated .*k8s-login rebind demo_newcomer" \
        "$T/syslog.new"
pdecided demo_newcomer "service account demo/newcomer was recreated (Kubernetes UID 22222222-2222-2222-2222-222222222222, UID $U_NEW was given to 11111111-1111-1111-1111-111111111111); an administrator must run 'k8s-login rebind demo_newcomer' (keep UID and files) or 'k8s-login release demo_newcomer' (new UID)"
expect "... and no account step ran after the refusal" "" "$ACCT"
expect "... the registry still holds the old Kubernetes UID" "11111111-1111-1111-1111-111111111111" \
        "$("$K8S_LOGIN" users | awk '$2 == "demo_newcomer" {print $4}')"
"$K8S_LOGIN" rebind demo_newcomer
expect "k8s-login rebind succeeds" 0 "$?"
plogin demo_newcomer "$(mint --sa newcomer --sa-uid 22222222-2222-2222-2222-222222222222)"
expect "after rebind the new account logs in, on the same UID" "PAM_SUCCESS $U_NEW" \
        "$AUTH $(nssw getent passwd demo_newcomer | cut -d: -f3)"
pallowed demo_newcomer
"$K8S_LOGIN" release demo_newcomer > "$T/rel.out"
U_REL=$(cat "$T/rel.out")
plogin demo_newcomer "$(mint --sa newcomer --sa-uid 33333333-3333-3333-3333-333333333333)"
expect "after release, the next login gets a fresh UID" "PAM_SUCCESS $U_REL" \
        "$AUTH $(nssw getent passwd demo_newcomer | cut -d: -f3)"
pallowed demo_newcomer
expect "... and the old UID belongs to nobody" 2 "$(nssw getent passwd "$U_NEW" >/dev/null; echo $?)"
printf 'allow_recreated = yes\n' >> "$CONF"
plogin demo_newcomer "$(mint --sa newcomer --sa-uid 44444444-4444-4444-4444-444444444444)"
expect "allow_recreated = yes lets a recreated account in" PAM_SUCCESS "$AUTH"
new_log
expect_grep "... and logs that it did" "auth allow user=demo_newcomer .*was recreated .*allow_recreated = yes keeps UID $U_REL" "$T/syslog.new"
pallowed demo_newcomer "$REVIEWED; service account demo/newcomer was recreated (Kubernetes UID 44444444-4444-4444-4444-444444444444, was 33333333-3333-3333-3333-333333333333): allow_recreated = yes keeps UID $U_REL"
sed -i '/^allow_recreated/d' "$CONF"

# --- an account step after another module authenticated (an ssh key, say) ----------
mkdir -p "$T/pam.d"
printf 'auth required pam_permit.so\naccount required %s config=%s\n' "$PAM_SO" "$CONF" \
        > "$T/pam.d/keyonly"
U_KEY=$(first_choice demo keyuser)
expect "before any login, demo_keyuser has no allocation" "" \
        "$("$K8S_LOGIN" users | awk '$2 == "demo_keyuser"')"
SVC=keyonly plogin demo_keyuser "not a token: pam_permit asks nothing"
expect "the account step after another module's auth succeeds" "PAM_SUCCESS PAM_SUCCESS" "$AUTH $ACCT"
expect "... and our module logged no decision (pam_permit authenticated; an allowed account step logs only with debug)" \
        "" "$(plogged demo_keyuser auth; plogged demo_keyuser account)"
expect "... and records the UID the session will run under (no Kubernetes UID known)" \
        "$U_KEY demo_keyuser demo/keyuser -" \
        "$("$K8S_LOGIN" users | awk '$2 == "demo_keyuser" {print $1, $2, $3, $4}')"
plogin demo_keyuser "$(mint --sa keyuser)"
expect "a later token login of the same account succeeds on the same UID" \
        "PAM_SUCCESS $U_KEY" "$AUTH $(nssw getent passwd demo_keyuser | cut -d: -f3)"
pallowed demo_keyuser
# The host shows an account with a UID another identity holds (say, sshd
# looked it up just before that identity's first login): refused.
cp "$T/passwd.min" "$T/passwd.min.orig"
echo "demo_racer:x:$U_KEY:$U_KEY::/home/demo_racer:/bin/bash" >> "$T/passwd.min"
new_log
SVC=keyonly plogin demo_racer "-"
expect "an account step for a UID held by another identity: PAM_PERM_DENIED" PAM_PERM_DENIED "$ACCT"
new_log
expect_grep "... and the log names the holder" \
        "account deny user=demo_racer .*is held by demo/keyuser" "$T/syslog.new"
expect "... one account decision logged, for demo_racer, and no auth one" "deny" \
        "$(plogged demo_racer auth; plogged demo_racer account)"
REASON_LOG="$OUT.syslog" reason_is "UID $U_KEY, which this host shows for demo_racer, is held by demo/keyuser; they cannot share it: an administrator must change the entry that shows demo_racer with that number, or move demo/keyuser with 'k8s-login pin'" account
mv "$T/passwd.min.orig" "$T/passwd.min"

# --- a collision between two never-seen names ---------------------------------------
# A range of 40 numbers, so two names share a first choice.
write_config "$T/tiny.conf" "$PORT" "uid_min = 1879048192" "uid_max = 1879048232" \
        "state_dir = $T/tiny-state"
write_service tiny "config=$T/tiny.conf"
read -r A B < <(PYTHONPATH="$top_srcdir/tests/fixtures" "$PYTHON3" - <<'PY'
from first_choice import fc as fc_
def fc(ns, sa=None):
    return fc_(ns, sa, 1879048192, 1879048232)
seen = {}
g = fc("demo")
for i in range(1000):
    sa = "job-%d" % i
    n = fc("demo", sa)
    if n == g:
        continue
    if n in seen:
        print(seen[n], sa)
        break
    seen[n] = sa
PY
)
tlogin() { K8S_LOGIN_CONF="$T/tiny.conf" SVC=tiny plogin "$@"; }
U_A=$(K8S_LOGIN_CONF="$T/tiny.conf" nssw getent passwd "demo_$A" | cut -d: -f3)
U_B=$(K8S_LOGIN_CONF="$T/tiny.conf" nssw getent passwd "demo_$B" | cut -d: -f3)
expect "two never-seen names ($A, $B) share a would-be UID" "$U_A" "$U_B"
tlogin "demo_$A" "$(mint --sa "$A")"
expect "the first of them to log in gets it" "PAM_SUCCESS $U_A" \
        "$AUTH $(K8S_LOGIN_CONF="$T/tiny.conf" nssw getent passwd "demo_$A" | cut -d: -f3)"
pallowed "demo_$A"
K8S_LOGIN_CONF="$T/tiny.conf" nssw getent passwd "demo_$B" > /dev/null
expect "the other is no longer answered (its login would be refused)" 2 "$?"
new_log
tlogin "demo_$B" "$(mint --sa "$B")"
expect "... and its login is refused, not given another UID silently" PAM_AUTH_ERR "$AUTH"
new_log
expect_grep "... the log names the holder and the fix" \
        "auth deny user=demo_$B .*reason=UID $U_A, the first choice of demo_$B, is held by demo/$A; an administrator can give demo_$B another with 'k8s-login pin demo_$B'" \
        "$T/syslog.new"
pdecided "demo_$B" "UID $U_A, the first choice of demo_$B, is held by demo/$A; an administrator can give demo_$B another with 'k8s-login pin demo_$B'"
U_B2=$("$K8S_LOGIN" pin "demo_$B" --config "$T/tiny.conf")
tlogin "demo_$B" "$(mint --sa "$B")"
expect "after k8s-login pin, it logs in on its own UID" "PAM_SUCCESS $U_B2" \
        "$AUTH $(K8S_LOGIN_CONF="$T/tiny.conf" nssw getent passwd "demo_$B" | cut -d: -f3)"
pallowed "demo_$B"
expect "... which is not the first one's" 1 "$([ "$U_B2" != "$U_A" ] && echo 1 || echo 0)"

# --- a wedged registry lock: the login gives up within timeout, then works --------
# One process holding the lock (killing it releases it).
"$PYTHON3" -c 'import fcntl, sys, time
f = open(sys.argv[1], "a"); fcntl.flock(f, fcntl.LOCK_EX); print("held", flush=True); time.sleep(60)' \
        "$STATE/uids.lock" > "$T/holder.out" &
HOLDER=$!
for _ in $(seq 1 100); do [ -s "$T/holder.out" ] && break; sleep 0.05; done
new_log
plogin demo_locked "$(mint --sa locked)"
ELAPSED=$(sed -n 's/^auth_ms: //p' "$OUT")
ELAPSED=${ELAPSED:-999999}
expect "a login while another process holds the registry lock: PAM_AUTHINFO_UNAVAIL" \
        PAM_AUTHINFO_UNAVAIL "$AUTH"
expect "... within timeout (2 s) + 1 s" 1 "$([ "$ELAPSED" -lt "$HANG_BOUND_MS" ] && echo 1 || echo 0)"
echo "gave up after $ELAPSED ms" | tap_diag
new_log
expect_grep "... and the log says the registry is locked" \
        "auth unavailable user=demo_locked .*uids.lock: still locked by another process after 2 s" "$T/syslog.new"
pdecided demo_locked "$STATE/uids.lock: still locked by another process after 2 s"
kill "$HOLDER"; wait "$HOLDER" 2>/dev/null
plogin demo_locked "$(mint --sa locked)"
expect "... its twin, once the holder is gone, logs in" PAM_SUCCESS "$AUTH"
pallowed demo_locked

# --- hundreds of accounts in a tiny range: all distinct, all round trips ------------
write_config "$T/small.conf" "$PORT" "uid_min = 1879048192" "uid_max = 1879048492" \
        "state_dir = $T/small-state"
ok=0
for i in $(seq 1 250); do
        "$K8S_LOGIN" pin "ci_sa-$i" --config "$T/small.conf" > /dev/null 2>&1 && ok=$((ok + 1))
done
expect "250 accounts pinned in a range of 300 numbers" 250 "$ok"
export K8S_LOGIN_CONF="$T/small.conf"
nssw getent passwd | grep -v '^root:' > "$T/small.passwd"
expect "enumeration shows all 250" 250 "$(wc -l < "$T/small.passwd")"
expect "... with 250 distinct UIDs" 250 "$(cut -d: -f3 "$T/small.passwd" | sort -u | wc -l)"
bad=0
while IFS=: read -r name _ uid _; do
        [ "$(nssw getent passwd "$uid" | cut -d: -f1)" = "$name" ] || bad=$((bad + 1))
        [ "$(nssw getent passwd "$name" | cut -d: -f3)" = "$uid" ] || bad=$((bad + 1))
done < "$T/small.passwd"
expect "name -> UID -> name round trips through NSS for all 250" 0 "$bad"
expect "their namespace group lists all 250" 250 \
        "$(nssw getent group k8s_ci | cut -d: -f4 | tr ',' '\n' | grep -c .)"
export K8S_LOGIN_CONF="$CONF"

# --- 30 first logins at once --------------------------------------------------------
# pam_wrapper 1.1.4 gives each process one of 36 directories /tmp/pam.?, so
# 30 is as many PAM processes as it can run at once; 50 processes
# allocating at once are tested on the registry itself (test_registry).
N=30
# pam_wrapper reuses the directory of a dead process, but two processes
# may race for the same one; clear those of dead processes first (what
# pam_wrapper itself would do), so only the 30 logins compete.
for d in /tmp/pam.?; do
        [ -f "$d/pid" ] && ! kill -0 "$(cat "$d/pid")" 2>/dev/null && rm -rf "$d"
done
JOBS=()
for i in $(seq 1 $N); do mint --ns ci --sa "job-$i" > "$T/job-$i.token"; done
for i in $(seq 1 $N); do
        (
                OUT="$T/job-$i.out" ANS="$T/job-$i.ans"
                plogin "ci_job-$i" "$(cat "$T/job-$i.token")"
                echo "$AUTH" > "$T/job-$i.rc"
        ) &
        JOBS+=($!)
done
wait "${JOBS[@]}"
expect "$N concurrent first logins all succeed" $N "$(cat "$T"/job-*.rc | grep -c '^PAM_SUCCESS$')"
# Each login's own log: one auth decision, allowed by the reviewer, for its
# own user; no account decision (allowed, no debug).
n=0
for i in $(seq 1 $N); do
        [ "$(OUT="$T/job-$i.out" plogged "ci_job-$i" auth)" = allow ] &&
                [ -z "$(OUT="$T/job-$i.out" plogged "ci_job-$i" account)" ] &&
                [ "$(REASON_LOG="$T/job-$i.out.syslog" reason)" = "$REVIEWED" ] && n=$((n + 1))
done
expect "... each logged one decision for its own user: auth allow, $REVIEWED" $N "$n"
for i in $(seq 1 $N); do
        grep -q '^PAM_SUCCESS$' "$T/job-$i.rc" || { echo "job $i:"; cat "$T/job-$i.out"; } | tap_diag
done
expect "... and the registry holds all $N, each on its own UID" "$N $N" \
        "$("$K8S_LOGIN" users | awk '$3 ~ /^ci\/job-/' | wc -l) $("$K8S_LOGIN" users | awk '$3 ~ /^ci\/job-/ {print $1}' | sort -u | wc -l)"
expect "no number is held twice anywhere in the registry" "" \
        "$(grep -v '^#' "$STATE/uids" | awk '{print $2}' | sort | uniq -d)"
expect "no registry temporary file is left behind" "" "$(ls -a "$STATE" | grep '^\.uids\.')"
bad=0
for i in $(seq 1 $N); do
        uid=$(nssw getent passwd "ci_job-$i" | cut -d: -f3)
        [ "$uid" = "$(first_choice ci "job-$i" $MIN $MAX)" ] || bad=$((bad + 1))
done
expect "each got its first choice, as every other host would give it" 0 "$bad"
tap_done
