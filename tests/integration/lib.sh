# Shared by the integration tests: TAP output, a scratch directory, the
# stand-in API server, and a PAM login through the real pam_k8s.so under
# pam_wrapper and nss_wrapper. Source it; it needs top_srcdir/top_builddir
# (set by `make check`, or found relative to this file).

set -u
: "${top_srcdir:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir/_build}"
: "${PYTHON3:=/usr/bin/python3}"
MULTIARCH=$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
FIXTURE="$top_srcdir/tests/fixtures/k8sfake.py"
PAM_SO="$top_builddir/pam/.libs/pam_k8s.so"
DRIVER="$top_builddir/tests/pam_driver"
K8S_LOGIN="$top_builddir/tools/k8s-login"
# The HTTPS helper of this build (an installed config uses the installed one).
HELPER="$top_builddir/tools/k8s-login-helper"
SYSLOG_SHIM="$top_builddir/tests/.libs/libsyslog_capture.so"
PAM_WRAPPER_SO=/usr/lib/$MULTIARCH/libpam_wrapper.so
NSS_WRAPPER_SO=/usr/lib/$MULTIARCH/libnss_wrapper.so

# --- TAP --------------------------------------------------------------
TAP_N=0
tap_ok() { TAP_N=$((TAP_N + 1)); echo "ok $TAP_N - $*"; }
tap_fail() { TAP_N=$((TAP_N + 1)); echo "not ok $TAP_N - $*"; }
tap_diag() { sed 's/^/# /'; }
tap_done() { echo "1..$TAP_N"; }
tap_skip_all() { echo "1..0 # SKIP $*"; exit 0; }

# expect DESC EXPECTED ACTUAL
expect() {
        if [ "$2" = "$3" ]; then
                tap_ok "$1"
        else
                tap_fail "$1"
                printf 'expected: %s\n     got: %s\n' "$2" "$3" | tap_diag
                [ -n "${OUT:-}" ] && [ -f "$OUT" ] && tap_diag < "$OUT"
        fi
}
# expect_grep DESC PATTERN FILE: the file has a line matching PATTERN
expect_grep() {
        if grep -qE -- "$2" "$3"; then tap_ok "$1"; else
                tap_fail "$1"; echo "no line matches: $2" | tap_diag; tap_diag < "$3"; fi
}
# expect_no_grep DESC FIXED-STRING FILE: the file never contains it
expect_no_grep() {
        if grep -qF -- "$2" "$3"; then
                tap_fail "$1"; echo "found where it must not be" | tap_diag
        else tap_ok "$1"; fi
}

require_runtime() {
        [ "$(id -u)" = 0 ] || tap_skip_all "needs root: the config and key files must be root-owned (CI runs as root)"
        for f in "$PAM_SO" "$DRIVER" "$SYSLOG_SHIM" "$PAM_WRAPPER_SO" "$NSS_WRAPPER_SO" "$FIXTURE"; do
                [ -e "$f" ] || tap_skip_all "missing $f (build first; Debian: libpam-wrapper libnss-wrapper)"
        done
        "$PYTHON3" -c 'import cryptography' 2>/dev/null ||
                tap_skip_all "python3-cryptography missing"
}

# --- scratch directory and stand-in API server -------------------------
T=$(mktemp -d /tmp/k8s-login-test.XXXXXX)
chmod 0755 "$T"
SERVER_PIDS=()
cleanup() {
        for p in "${SERVER_PIDS[@]}"; do kill "$p" 2>/dev/null; done
        wait 2>/dev/null
        [ -n "${KEEP_TEST_DIR:-}" ] || rm -rf "$T"
}
trap cleanup EXIT

PKI="$T/pki"
make_pki() { "$PYTHON3" "$FIXTURE" pki "$PKI" >/dev/null; }

# prepare: the start every login script shares: root and a built tree
# (require_runtime), a PKI, the nss_wrapper accounts.
prepare() {
        require_runtime
        make_pki
        write_accounts
}
# stand_in [serve options...]: prepare, and the stand-in API server "ok"
# (its port in OK_PORT and PORT).
stand_in() {
        prepare
        start_server ok "$@"
        OK_PORT=$PORT
}

# start_server NAME [serve options...]: starts the stand-in, sets PORT.
start_server() {
        local name=$1; shift
        rm -f "$T/$name.port"
        "$PYTHON3" "$FIXTURE" serve --pki "$PKI" --port-file "$T/$name.port" \
                --log "$T/$name.requests" "$@" 2>>"$T/$name.stderr" &
        SERVER_PIDS+=($!)
        for _ in $(seq 1 100); do
                [ -s "$T/$name.port" ] && break
                sleep 0.05
        done
        PORT=$(cat "$T/$name.port" 2>/dev/null) || { echo "server $name did not start" >&2; cat "$T/$name.stderr" >&2; exit 1; }
}

# A port nothing listens on (bound, then released): only for a server
# that must bind it itself (sshd). Another process may take it meanwhile.
free_port() {
        "$PYTHON3" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
# hold_port [PORT]: sets HELD_PORT to a port of 127.0.0.1 that refuses
# every connection for the rest of the test: a process holds it bound
# without listening, so no other server (another test's) can take it.
# With PORT (that of a server just stopped), holds that one (its closed
# connections may still be in TIME_WAIT: SO_REUSEADDR, which binds over
# those but never over a listening socket); fails the script if another
# process took it meanwhile.
hold_port() {
        local file="$T/held.$((${#SERVER_PIDS[@]} + 1))"
        "$PYTHON3" -c 'import os, signal, socket, sys
s = socket.socket()
if sys.argv[2] != "0":  # connections of the stopped server may be in TIME_WAIT
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[2])))
open(sys.argv[1] + ".tmp", "w").write("%d\n" % s.getsockname()[1])
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
signal.pause()' "$file" "${1:-0}" 2>>"$T/held.stderr" &
        SERVER_PIDS+=($!)
        for _ in $(seq 1 100); do
                [ -s "$file" ] && break
                kill -0 "${SERVER_PIDS[-1]}" 2>/dev/null || break
                sleep 0.05
        done
        HELD_PORT=$(cat "$file" 2>/dev/null) ||
                { echo "Bail out! cannot hold port ${1:-0}"; cat "$T/held.stderr"; exit 1; }
}
# stop_server PID PORT: stops the stand-in server PID and holds its PORT
# (hold_port), so that what a login meets there is a refused connection.
stop_server() {
        kill "$1"; wait "$1" 2>/dev/null
        hold_port "$2"
}

mint() { "$PYTHON3" "$FIXTURE" mint --pki "$PKI" "$@"; }
# kid_of MINT-OPTIONS...: the kid a token minted so names (the RFC 7638
# thumbprint of its key: a PKI made for this run has kids of its own).
kid_of() {
        mint "$@" | "$PYTHON3" -c 'import sys, json, base64
h = sys.stdin.read().split(".")[0]
print(json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4)))["kid"])'
}

# first_choice NS SA|- [MIN MAX] (default range unless given): the
# documented first choice, computed independently of the C code by
# tests/fixtures/first_choice.py (SipHash-2-4 under the fixed key).
first_choice() {
        "$PYTHON3" "$top_srcdir/tests/fixtures/first_choice.py" "$@"
}

# write_config FILE PORT [extra lines...]: a tokenreview config.
write_config() {
        local file=$1 port=$2; shift 2
        rm -f "$file"
        {
                echo "# written by $(basename "$0")"
                echo "validation = tokenreview"
                echo "api_server = https://127.0.0.1:$port"
                echo "ca_file = $PKI/ca.pem"
                echo "reviewer_token_file = $PKI/reviewer.token"
                echo "audiences = k8s-login"
                echo "allow_namespaces = demo, ci"
                echo "timeout = 2"
                for line in "$@"; do echo "$line"; done
                # Last, so the extra lines keep their line numbers, and only
                # when they do not set these: caches stay in the scratch
                # directory, and the suites that test the review itself run
                # uncached (CONFIG_CACHE_TTL overrides).
                printf '%s\n' "$@" | grep -q '^state_dir *=' || echo "state_dir = $T/state"
                printf '%s\n' "$@" | grep -q '^cache_ttl *=' || echo "cache_ttl = ${CONFIG_CACHE_TTL:-0}"
                printf '%s\n' "$@" | grep -q '^helper *=' || echo "helper = $HELPER"
        } > "$file"
        chmod 0644 "$file"
}

# jwks_config FILE [extra lines...]: a jwks config for the stand-in's
# issuer (mint's default), its key-set cache in $T/jstate.
jwks_config() {
        local file=$1; shift
        rm -f "$file"
        {
                echo "# written by $(basename "$0")"
                echo "validation = jwks"
                echo "issuer = https://kubernetes.default.svc.cluster.local"
                echo "audiences = k8s-login"
                echo "allow_namespaces = demo, ci"
                echo "timeout = 2"
                echo "state_dir = $T/jstate"
                echo "helper = $HELPER"
                for line in "$@"; do echo "$line"; done
        } > "$file"
        chmod 0644 "$file"
}

# Local accounts as nss_wrapper shows them: one k8s-login account in range
# and a pre-existing local ci_runner outside it.
write_accounts() {
        cat > "$T/passwd" <<PW
root:x:0:0:root:/root:/bin/bash
demo_debugger:x:1879048200:1879048200:Kubernetes service account demo/debugger:/home/demo_debugger:/bin/bash
demo_other:x:1879048201:1879048200:Kubernetes service account demo/other:/home/demo_other:/bin/bash
ci_runner:x:1001:1001:a local account that predates k8s-login:/home/ci_runner:/bin/bash
demo_big:x:1879048202:1879048200:$(head -c 6000 /dev/zero | tr '\0' 'g'):/home/demo_big:/bin/bash
PW
        cat > "$T/group" <<GR
root:x:0:
k8s_demo:x:1879048200:demo_debugger,demo_other
ci_runner:x:1001:
GR
}

# write_service NAME "module args" [stack lines...]: a PAM service file.
write_service() {
        local name=$1 args=$2
        mkdir -p "$T/pam.d"
        {
                echo "auth     required $PAM_SO $args"
                echo "account  required $PAM_SO $args"
                echo "session  required $PAM_SO $args"
                echo "password required $PAM_SO $args"
        } > "$T/pam.d/$name"
}

# answers FILE LINE...: what the "user" types, one answer a line.
answers() { local f=$1; shift; printf '%s\n' "$@" > "$f"; }

# With MEMCHECK=1 every login runs under valgrind memcheck and adds one
# test: no invalid access and no definite or indirect leak. libcurl's and
# OpenSSL's global state stays reachable on purpose (a module never cleans
# it up in its host process), so "still reachable" is not counted.
VALGRIND=${VALGRIND:-$(command -v valgrind || true)}
MEMCHECK_WRAP="$VALGRIND --quiet --error-exitcode=99 --leak-check=full \
--errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect"
if [ -n "${MEMCHECK:-}" ]; then
        [ -n "$VALGRIND" ] || tap_skip_all "valgrind not installed (Debian: valgrind)"
        WRAP=$MEMCHECK_WRAP
fi
# leak_canary.sh judges the exit code itself: CLEAN_CHECK=0.
CLEAN_CHECK=${CLEAN_CHECK:-1}
# A sanitized build (./configure --enable-sanitizers) runs every login
# under ASan and UBSan, and adds one test per login that they reported
# nothing. pam_wrapper dlopens libpam with RTLD_DEEPBIND, which ASan
# refuses, so there the driver loads the real libpam and reads the
# services from $T/pam.d itself (pam_start_confdir); the ASan runtime is
# preloaded first, then nss_wrapper (without its own RTLD_DEEPBIND).
LOGIN_PRELOAD="$PAM_WRAPPER_SO:$NSS_WRAPPER_SO:$SYSLOG_SHIM"
# What a program of ours needs preloaded to see the test's accounts.
NSS_PRELOAD="$NSS_WRAPPER_SO"
DRIVER_ARGS=()
if [ "${ENABLE_SANITIZERS:-no}" = yes ]; then
        [ -z "${MEMCHECK:-}" ] || tap_skip_all "valgrind cannot run a sanitized build (the normal build runs it)"
        [ -n "${ASAN_RUNTIME:-}" ] && [ -e "$ASAN_RUNTIME" ] || tap_skip_all "ASan runtime not found: '${ASAN_RUNTIME:-}'"
        LOGIN_PRELOAD="$ASAN_RUNTIME:$NSS_WRAPPER_SO:$SYSLOG_SHIM"
        NSS_PRELOAD="$ASAN_RUNTIME:$NSS_WRAPPER_SO"
        DRIVER_ARGS=(--confdir "$T/pam.d")
        export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:exitcode=97}
        # use_tls=0: LeakSanitizer (gcc 12) crashes walking glibc 2.36's
        # dynamic TLS once pam_end has unloaded a module ("DTLS at 0x285",
        # "Tracer caught signal 11"). Not scanning TLS can only report more
        # leaks, never hide one.
        # tests/lsan.supp: harness libraries only (nss_wrapper).
        # print_suppressions=0: a program of ours that asks the host's NSS
        # (k8s-login pin checks other sources) dlopens its modules, whose
        # TLS LeakSanitizer's built-in *tls_get_addr* rule suppresses; the
        # report of that rule must not end up in the program's output.
        export LSAN_OPTIONS=${LSAN_OPTIONS:-use_tls=0:exitcode=97:print_suppressions=0:suppressions=$top_srcdir/tests/lsan.supp}
        export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
        export NSS_WRAPPER_DISABLE_DEEPBIND=1
fi
# --- real glibc NSS instead of nss_wrapper ------------------------------
# with_files NSSWITCH PASSWD GROUP CMD...: CMD in a private mount namespace
# (root) where glibc reads these three files as /etc/nsswitch.conf,
# /etc/passwd and /etc/group and finds libnss_k8s.so.2 in the build tree;
# bounded, so that a lookup that deadlocks fails instead of hanging.
NSS_SO="$top_builddir/nss/.libs/libnss_k8s.so.2"
GLIBC_PRELOAD=
[ "${ENABLE_SANITIZERS:-no}" = yes ] && GLIBC_PRELOAD=${ASAN_RUNTIME:-}
with_files() {
        unshare -m sh -c 'mount --bind "$1" /etc/nsswitch.conf && mount --bind "$2" /etc/passwd &&
                mount --bind "$3" /etc/group && shift 3 && exec "$@"' \
                sh "$1" "$2" "$3" env LD_LIBRARY_PATH="$(dirname "$NSS_SO")" \
                LD_PRELOAD="$GLIBC_PRELOAD" timeout 60 "${@:4}"
}
# require_glibc_nss: skips the script unless with_files can work here.
require_glibc_nss() {
        [ -e "$NSS_SO" ] || tap_skip_all "build first"
        unshare -m true 2>/dev/null ||
                tap_skip_all "real glibc NSS needs unshare -m (root) to bind-mount /etc/passwd, /etc/group and /etc/nsswitch.conf; CI runs it"
}
# glibc_logins WRAPPER: from now on login runs under WRAPPER (a command
# that calls with_files) and preloads no nss_wrapper: glibc answers.
glibc_logins() {
        LOGIN_WITH=("$1")
        LOGIN_PRELOAD="$PAM_WRAPPER_SO:$SYSLOG_SHIM"
        [ "${ENABLE_SANITIZERS:-no}" = yes ] && LOGIN_PRELOAD="$ASAN_RUNTIME:$SYSLOG_SHIM"
        return 0
}

# A login must give up within the configured timeout plus a second; under
# valgrind, start-up alone takes seconds, so the bound is looser there.
HANG_BOUND_MS=${HANG_BOUND_MS:-3000}

# login SERVICE USER [driver options...]: runs the real module, output in
# $OUT, the step results in AUTH, ACCT, SESSION.
# LOGIN_WITH: words put before the whole command, such as a private mount
# namespace where real glibc NSS answers (clusters.sh, held_elsewhere.sh;
# they also set LOGIN_PRELOAD without nss_wrapper).
OUT="$T/out"
LOGIN_WITH=()
login() {
        local service=$1 user=$2; shift 2
        "${LOGIN_WITH[@]}" env LD_PRELOAD="$LOGIN_PRELOAD" \
                PAM_WRAPPER=1 PAM_WRAPPER_SERVICE_DIR="$T/pam.d" PAM_WRAPPER_USE_SYSLOG=1 \
                PAM_WRAPPER_DISABLE_DEEPBIND=1 \
                NSS_WRAPPER_PASSWD="$T/passwd" NSS_WRAPPER_GROUP="$T/group" \
                K8S_TEST_SYSLOG="$T/syslog" \
                ${WRAP:-} "$DRIVER" "$service" "$user" "${DRIVER_ARGS[@]}" "$@" > "$OUT" 2>&1
        LOGIN_RC=$?
        if [ "$CLEAN_CHECK" != 1 ]; then
                :
        elif [ -n "${MEMCHECK:-}" ]; then
                expect "memcheck clean: $service $user" 0 "$LOGIN_RC"
        elif [ "${ENABLE_SANITIZERS:-no}" = yes ]; then
                expect "ASan and UBSan clean: $service $user" 0 "$LOGIN_RC"
        fi
        AUTH=$(sed -n 's/^auth: //p' "$OUT")
        ACCT=$(sed -n 's/^acct: //p' "$OUT")
        SESSION=$(sed -n 's/^session: //p' "$OUT")
}

# The syslog lines written since the last call.
LOG_MARK=0
new_log() {
        touch "$T/syslog"
        tail -n +$((LOG_MARK + 1)) "$T/syslog" > "$T/syslog.new"
        LOG_MARK=$(wc -l < "$T/syslog")
}

# --- one login with a token, and what it logged ------------------------
# Every script that types tokens records them in $TOKENS, one a line, so
# that it can check at the end that no slice of one reached a log.
TOKENS="$T/tokens-used"
: > "$TOKENS"
# type_token SERVICE USER TOKEN [driver options...]: one login of USER
# through SERVICE with TOKEN typed at the prompt. Results as login sets
# them; the lines this login logged (and only those) in $T/syslog.new.
type_token() {
        local service=$1 user=$2 token=$3; shift 3
        printf '%s\n' "$token" >> "$TOKENS"
        answers "$T/ans" "$token"
        login_logged "$service" "$user" --answers "$T/ans" "$@"
}
# login_logged SERVICE USER [driver options...]: login, with the lines it
# logged (and only those) in $T/syslog.new.
login_logged() { new_log; login "$@"; new_log; }
# try DESC EXPECTED USER TOKEN [SERVICE]: type_token, and one test: the
# auth step returned EXPECTED. SERVICE defaults to $TRY_SERVICE.
try() {
        local desc=$1 expected=$2 user=$3 token=$4 service=${5:-${TRY_SERVICE:-}}
        type_token "$service" "$user" "$token"
        expect "$desc" "$expected" "$AUTH"
}

# reason [STEP]: the reason of the last decision of STEP (auth unless
# named) in $T/syslog.new (or in $REASON_LOG, a login's own log), as
# pam_k8s logs every decision:
#   STEP VERDICT user=U [cluster=C] identity=I token=LABEL reason=REASON
# (LABEL is jti=..., sha256=... or "not a JWT, N bytes").
reason() {
        sed -n -E "s/^[^ ]+ pam_k8s\([^)]*\): ${1:-auth} [a-z-]+ user=[^ ]* (cluster=[^ ]* )?identity=[^ ]* token=(not a JWT, [0-9]+ bytes|[^ ]*) reason=//p" \
                "${REASON_LOG:-$T/syslog.new}" | tail -1
}
# reason_is TEXT [STEP]: one test: that reason is exactly TEXT.
reason_is() { expect "... the log says: $1" "$1" "$(reason "${2:-auth}")"; }
# says REASON [FILE]: one test: the "reason:" line that k8s-login check
# printed in FILE ($OUT unless named) is exactly REASON.
says() { expect "... the reason: $1" "$1" "$(sed -n 's/^reason: //p' "${2:-$OUT}")"; }
# reason_like ERE [STEP]: one test: the whole reason matches ERE (for a
# reason holding a number, a key id, a time or a path of the run).
reason_like() {
        local got; got=$(reason "${2:-auth}")
        if printf '%s\n' "$got" | grep -qxE -- "$1"; then tap_ok "... the log says: $1"; else
                tap_fail "... the log says: $1"
                printf 'expected: %s\n     got: %s\n' "$1" "$got" | tap_diag; fi
}

now_ms() { date +%s%3N; }
