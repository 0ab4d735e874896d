#!/bin/bash
# A UID or GID another NSS source holds is never an identity's: with a
# user planted in /etc/passwd at one identity's first choice and a group
# planted in /etc/group at a namespace group's, through real glibc NSS
# (passwd: files k8s, group: files k8s) in a private mount namespace, the
# real libnss_k8s.so.2 answers neither name at that number, the real
# pam_k8s.so refuses the login and logs the holder and the fix, nothing
# is recorded, and k8s-login says the same. The twins without a planted
# entry resolve and log in. Root only (mounts); skipped, and said so,
# elsewhere.
. "$(dirname "$0")/lib.sh"
require_runtime
require_glibc_nss

make_pki
start_server ok
CONF="$T/k8s-login.conf"
write_config "$CONF" "$PORT"
export K8S_LOGIN_CONF="$CONF"
write_service k8s "config=$CONF"

MIN=1879048192
U_AIM=$(first_choice demo target)   # alice's UID
G_AIM=$(first_choice ci -)          # linux-admins' GID
U_CIJOB=$(first_choice ci job)
U_TWIN=$(first_choice demo twin)
G_DEMO=$(first_choice demo -)
expect "the five first choices are five numbers" 5 \
        "$(printf '%s\n' "$U_AIM" "$G_AIM" "$U_CIJOB" "$U_TWIN" "$G_DEMO" | sort -u | wc -l)"

# The host's files, and the same with the planted entries.
cp /etc/passwd "$T/passwd.host"
cp /etc/group "$T/group.host"
{ cat /etc/passwd; echo "alice:x:$U_AIM:100:planted by the test:/home/alice:/bin/sh"; } > "$T/passwd.planted"
{ cat /etc/group; echo "linux-admins:x:$G_AIM:alice"; } > "$T/group.planted"
{ cat "$T/group.planted"; echo "admins2:x:$MIN:"; } > "$T/group.allgroup"
printf 'passwd: files k8s\ngroup: files k8s\nshadow: files\n' > "$T/nsswitch.conf"
chmod 0644 "$T"/passwd.* "$T"/group.* "$T/nsswitch.conf"

# inns PASSWD GROUP CMD...: CMD with real glibc reading these files (files,
# then k8s); a lookup that deadlocks fails, bounded (lib.sh's with_files).
inns() { with_files "$T/nsswitch.conf" "$@"; }
clean() { inns "$T/passwd.host" "$T/group.host" "$@"; }
planted() { inns "$T/passwd.planted" "$T/group.planted" "$@"; }
# GOT and RC of getent (stderr apart).
get() { GOT=$("$@" 2>>"$T/getent.err"); RC=$?; }

# plogin FILES USER TOKEN: auth and account through the real pam_k8s.so,
# glibc (not nss_wrapper) answering the names from FILES (clean or
# planted). MEMCHECK=1 or a sanitized build: each login also counts as a
# test that valgrind, or ASan and UBSan, found nothing (lib.sh's login); a
# refused login must be as clean as a good one.
plogin() { glibc_logins "$1"; type_token k8s "$2" "$3" --acct; }
registry() { "$K8S_LOGIN" users --all 2>&1 | grep -v '^KIND UID NAME IDENTITY'; }

# --- without the planted entries: the numbers are answered (the twin) ----------
get clean getent passwd demo_target
expect "host files only: demo_target answers at its first choice" "0 $U_AIM" \
        "$RC $(echo "$GOT" | cut -d: -f3)"
get clean getent group k8s_ci
expect "host files only: k8s_ci answers at its first choice" "0 k8s_ci:*:$G_AIM:" "$RC $GOT"

# --- planted: glibc sees alice and linux-admins ---------------------------------
get planted getent passwd "$U_AIM"
expect "planted: getent passwd $U_AIM is alice, from files" \
        "0 alice:x:$U_AIM:100:planted by the test:/home/alice:/bin/sh" "$RC $GOT"
get planted getent group "$G_AIM"
expect "planted: getent group $G_AIM is linux-admins, from files" "0 linux-admins:x:$G_AIM:alice" \
        "$RC $GOT"
get planted getent passwd demo_target
expect "planted: getent passwd demo_target finds nothing (never alice's UID)" "2 " "$RC $GOT"
get planted getent group k8s_ci
expect "planted: getent group k8s_ci finds nothing (never linux-admins' GID)" "2 " "$RC $GOT"
get planted getent passwd ci_job
expect "planted: ci_job, whose primary group would be linux-admins' GID, finds nothing" "2 " \
        "$RC $GOT"
get planted id demo_target
expect "planted: id demo_target: no such user" 1 "$RC"
get planted getent passwd demo_twin
expect "planted: the twin demo_twin answers at its first choice" \
        "0 demo_twin:*:$U_TWIN:$G_DEMO:Kubernetes service account demo/twin:/home/demo_twin:/bin/bash" \
        "$RC $GOT"

# k8s before files: the nested lookup enters our module first, which must
# stand aside at once (a second lock of its own mutex would hang: bounded).
printf 'passwd: k8s files\ngroup: k8s files\nshadow: files\n' > "$T/nsswitch.k8sfirst"
k8sfirst() { with_files "$T/nsswitch.k8sfirst" "$T/passwd.planted" "$T/group.planted" "$@"; }
get k8sfirst getent passwd demo_target
expect "k8s first: getent passwd demo_target still finds nothing, and returns" "2 " "$RC $GOT"
get k8sfirst getent group k8s_ci
expect "k8s first: getent group k8s_ci still finds nothing" "2 " "$RC $GOT"
get k8sfirst getent passwd demo_twin
expect "k8s first: the twin demo_twin answers" "0 $U_TWIN" "$RC $(echo "$GOT" | cut -d: -f3)"

# --- k8s-login says what a login would meet ------------------------------------
planted "$K8S_LOGIN" uid demo_target > "$T/uid.out" 2>&1
expect "planted: k8s-login uid demo_target exits 1 (deny)" 1 "$?"
expect_grep "... naming the holder, the refusal and the fix" \
        "UID $U_AIM is held by user alice of another NSS source.*'k8s-login pin demo_target NUMBER'.*its first login would be refused" \
        "$T/uid.out"
planted "$K8S_LOGIN" uid ci_job > "$T/uid.out" 2>&1
expect "planted: k8s-login uid ci_job exits 1 (its group's GID is held)" 1 "$?"
expect_grep "... naming linux-admins" \
        "GID $G_AIM is held by group linux-admins of another NSS source.*'k8s-login pin --group k8s_ci NUMBER'" \
        "$T/uid.out"
get clean "$K8S_LOGIN" uid demo_target
expect "host files only: k8s-login uid demo_target prints its first choice" "0 $U_AIM" "$RC $GOT"
get planted "$K8S_LOGIN" uid demo_twin
expect "planted: k8s-login uid demo_twin prints its first choice" "0 $U_TWIN" "$RC $GOT"
planted "$K8S_LOGIN" check --config "$CONF" <<< "$(mint --sa target)" > "$T/check.out" 2>&1
expect "planted: k8s-login check of a demo/target token exits 1 (deny)" 1 "$?"
expect_grep "... decision: deny" "^decision: deny$" "$T/check.out"
expect_grep "... with the same reason" \
        "^reason: UID $U_AIM is held by user alice of another NSS source" "$T/check.out"

# --- logins through the real PAM module ----------------------------------------
plogin planted demo_target "$(mint --sa target)"
expect "planted: the login of demo_target is refused" PAM_AUTH_ERR "$AUTH"
reason_is "UID $U_AIM is held by user alice of another NSS source, so demo_target cannot have it; an administrator can give demo_target another number with 'k8s-login pin demo_target NUMBER' (or 'k8s-login pin demo_target' for the next free one)"
plogin planted ci_job "$(mint --ns ci --sa job)"
expect "planted: the login of ci_job is refused" PAM_AUTH_ERR "$AUTH"
reason_is "GID $G_AIM is held by group linux-admins of another NSS source, so the group of namespace ci (k8s_ci) cannot have it; an administrator can give it another number with 'k8s-login pin --group k8s_ci NUMBER' (or 'k8s-login pin --group k8s_ci' for the next free one)"
expect "... nothing was recorded" "" "$(registry)"

plogin planted demo_twin "$(mint --sa twin)"
expect "planted: the twin demo_twin logs in" "PAM_SUCCESS PAM_SUCCESS" "$AUTH $ACCT"
reason_is "authenticated by the API server"
expect "... and is recorded at its first choice, with its group" \
        "group $G_DEMO k8s_demo demo|user $U_TWIN demo_twin demo/twin" \
        "$(registry | awk '{print $1, $2, $3, $4}' | sort | paste -sd'|')"
get planted id demo_twin
expect "... and resolves" "0 uid=$U_TWIN(demo_twin) gid=$G_DEMO(k8s_demo) groups=$G_DEMO(k8s_demo),$MIN(k8s)" \
        "$RC $GOT"
expect "... alice and linux-admins were recorded nowhere" "" \
        "$(registry | awk -v u="$U_AIM" -v g="$G_AIM" '$2 == u || $2 == g')"

# --- the fix: pin another number -------------------------------------------------
P=$(planted "$K8S_LOGIN" pin demo_target)
expect "planted: k8s-login pin demo_target gives it the next free number" \
        "$((U_AIM + 1))" "$P"
plogin planted demo_target "$(mint --sa target)"
expect "... and demo_target logs in" "PAM_SUCCESS PAM_SUCCESS" "$AUTH $ACCT"
reason_is "authenticated by the API server"
get planted getent passwd demo_target
expect "... at the pinned UID" "0 $P" "$RC $(echo "$GOT" | cut -d: -f3)"
get planted getent passwd "$U_AIM"
expect "... and $U_AIM is still alice" "0 alice" "$RC $(echo "$GOT" | cut -d: -f1)"
get planted "$K8S_LOGIN" pin demo_other "$U_AIM"
expect "planted: pinning alice's UID is refused (exit 1)" 1 "$RC"

# --- all_group's GID (uid_min) held by another group ------------------------------
allg() { inns "$T/passwd.planted" "$T/group.allgroup" "$@"; }
get allg getent group k8s
expect "uid_min held by admins2: getent group k8s finds nothing" "2 " "$RC $GOT"
get allg id demo_twin
expect "... and no account gets uid_min as a supplementary group" \
        "0 uid=$U_TWIN(demo_twin) gid=$G_DEMO(k8s_demo) groups=$G_DEMO(k8s_demo)" "$RC $GOT"
get planted getent group k8s
expect "the twin: uid_min free elsewhere, getent group k8s answers with both accounts" \
        "0 k8s:*:$MIN demo_target,demo_twin" \
        "$RC $(echo "$GOT" | cut -d: -f1-3) $(echo "$GOT" | cut -d: -f4 | tr ',' '\n' | sort | paste -sd,)"

tap_done
