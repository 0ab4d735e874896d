#!/bin/bash
# The config of a process that logs in many times is parsed once and kept
# (config_load_shared); every step of every login stats the file again and
# applies the trust checks. Two logins in ONE process (the driver's "new"
# step), with a change to the file between them (its "run:" step): a new
# content, a mode or owner that is not trusted, a replacement by rename;
# each paired with the same run that leaves the file as it was. The file's
# mtime is put back an hour each time, so only what the memo compares
# (inode, size, owner, mode, mtime, ctime) can tell the change.
. "$(dirname "$0")/lib.sh"
prepare
CONF="$T/reload.conf"
OLD=$(( $(date +%s) - 3600 ))
# The same length, so the size never tells the two apart.
ALLOW="allow_service_accounts = demo:d*"
DENY="allow_service_accounts = demo:x*"
write_conf() { # FILE ALLOW-LINE
        jwks_config "$1" "jwks_file = $PKI/jwks.json" "$2" "cache_ttl = 0"
        touch -m -d "@$OLD" "$1"
}
write_conf "$CONF" "$ALLOW"
write_conf "$T/deny.conf" "$DENY"
write_conf "$T/allow.conf" "$ALLOW"
write_service reload "config=$CONF"
TOKEN=$(mint --alg RS256)

# two_logins NAME SCRIPT-BODY: auth, then the script, then auth again in
# a new handle of the same process. Results in FIRST and SECOND.
two_logins() {
        local script="$T/between-$1.sh"
        printf '#!/bin/sh\nset -e\n%s\n' "$2" > "$script"
        chmod 0755 "$script"
        answers "$T/ans" "$TOKEN" "$TOKEN"
        write_conf "$CONF" "$ALLOW"
        login reload demo_debugger --answers "$T/ans" --steps "auth,run:$script,new,auth"
        FIRST=$(sed -n 's/^auth: //p' "$OUT" | sed -n 1p)
        SECOND=$(sed -n 's/^auth: //p' "$OUT" | sed -n 2p)
        RUN=$(sed -n 's/^run: //p' "$OUT")
        new_log
}
OFFLINE="signature and claims verified offline against the key set"
check() { # NAME EXPECTED-SECOND REASON-OF-SECOND
        expect "$1: the first login succeeds" PAM_SUCCESS "$FIRST"
        expect "$1: the change between them ran" 0 "$RUN"
        expect "$1: the second login, in the same process" "$2" "$SECOND"
        expect "$1: ... the reasons logged, first and second" "$OFFLINE|$3" \
                "$(sed -n -E 's/^[^ ]+ pam_k8s\([^)]*\): auth [a-z-]+ user=.* reason=//p' "$T/syslog.new" | paste -sd'|')"
}
NOT_ALLOWED="user demo_debugger maps to demo/debugger, which is not allowed by allow_namespaces/allow_service_accounts"

# --- content ---------------------------------------------------------
# Written in place: the same inode, size, owner, mode and mtime.
two_logins content "cat '$T/deny.conf' > '$CONF'; touch -m -d @$OLD '$CONF'"
check "content changed to refuse the service account" PAM_USER_UNKNOWN \
        "$NOT_ALLOWED"
        'auth not-ours user=demo_debugger .*which is not allowed by allow_namespaces/allow_service_accounts' "$T/syslog.new"
two_logins content-same "cat '$T/allow.conf' > '$CONF'; touch -m -d @$OLD '$CONF'"
check "content rewritten as it was" PAM_SUCCESS \
        "$OFFLINE"

# --- mode and owner --------------------------------------------------
two_logins mode "chmod 0664 '$CONF'"
check "made group-writable" PAM_AUTHINFO_UNAVAIL \
        "config cannot be trusted: $CONF: writable by group or others (mode 0664)"
two_logins mode-same "chmod 0644 '$CONF'"
check "chmod to the mode it had" PAM_SUCCESS \
        "$OFFLINE"
two_logins owner "chown 1000 '$CONF'"
check "given to another owner" PAM_AUTHINFO_UNAVAIL \
        "config cannot be trusted: $CONF: not owned by root (owner uid 1000)"
two_logins owner-same "chown 0 '$CONF'"
check "chown to the owner it had" PAM_SUCCESS \
        "$OFFLINE"

# --- replaced by rename ----------------------------------------------
two_logins rename "cp -p '$T/deny.conf' '$CONF.new'; mv '$CONF.new' '$CONF'"
check "replaced by rename with a refusing config" PAM_USER_UNKNOWN \
        "$NOT_ALLOWED"
two_logins rename-same "cp -p '$T/allow.conf' '$CONF.new'; mv '$CONF.new' '$CONF'"
check "replaced by rename with the same config" PAM_SUCCESS \
        "$OFFLINE"
two_logins rename-link "ln -s '$T/allow.conf' '$CONF.new'; mv '$CONF.new' '$CONF'"
check "replaced by a symbolic link" PAM_AUTHINFO_UNAVAIL \
        "config cannot be trusted: $CONF: cannot open: is a symbolic link"

# --- left alone, read once -------------------------------------------
# Three steps of two logins read the file once: the memo, not the file,
# answers the others (each still stats it).
if [ "${ENABLE_SANITIZERS:-no}" = yes ]; then
        # LeakSanitizer cannot run under ptrace, and strace is ptrace; the
        # normal build counts the reads.
        for n in 1 2 3 4 5; do
                tap_ok "# SKIP strace (ptrace) and LeakSanitizer exclude each other: the normal build counts the reads"
        done
elif command -v strace >/dev/null; then
        # traced_logins SYSCALLS: two logins in one process under strace
        # (not valgrind: what is counted is the module's own calls), the
        # trace of SYSCALLS in $T/strace.
        traced_logins() {
                answers "$T/ans" "$TOKEN" "$TOKEN"
                LOGIN_WITH=(strace -f -qq -e "trace=$1" -o "$T/strace")
                WRAP='' CLEAN_CHECK=0 login_logged reload demo_debugger --answers "$T/ans" \
                        --steps "auth,acct,new,auth,acct"
                LOGIN_WITH=()
        }
        write_conf "$CONF" "$ALLOW"
        traced_logins openat,newfstatat,lstat
        expect "left alone: both logins succeed" "PAM_SUCCESS PAM_SUCCESS" \
                "$(sed -n 's/^auth: //p' "$OUT" | xargs)"
        expect "left alone: the file is opened once in two logins" 1 \
                "$(grep -c "openat(.*\"$CONF\"" "$T/strace")"
        expect "left alone: ... and stat'ed at each of them" 2 \
                "$(grep -Ec "(newfstatat|lstat)\\(.*\"$CONF\"" "$T/strace")"
        # Its negative twin: a file written just now is read at each login.
        jwks_config "$CONF" "jwks_file = $PKI/jwks.json" "$ALLOW" "cache_ttl = 0"
        traced_logins openat
        expect "just written: both logins succeed" "PAM_SUCCESS PAM_SUCCESS" \
                "$(sed -n 's/^auth: //p' "$OUT" | xargs)"
        expect "just written: the file is opened at each login" 2 \
                "$(grep -c "openat(.*\"$CONF\"" "$T/strace")"
else
        tap_fail "strace not installed (Debian: strace): cannot count the reads"
fi
tap_done
