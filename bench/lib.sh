# bench/lib.sh: sourced by bench/run.sh and bench/ledger_bench.sh, which
# start alike: the same arguments and paths, root only, and a scratch
# directory under /var/tmp (the file system of /var/lib, where state_dir
# lives on a real host) that goes away with the stand-in API server.
#
# bench_start NAME PREFIX USAGE TOP_SRCDIR TOP_BUILDDIR: sets top_srcdir,
# top_builddir, PYTHON3, FIXTURE, K8S_LOGIN and NSS_SO; exits 77 unless
# root; makes the scratch directory T (/var/tmp/PREFIX.XXXXXX, mode
# 0755) and an EXIT trap that stops the server whose pid is in
# SERVER_PID and removes T (KEEP_BENCH_DIR=1 keeps it, and says so).
# NAME starts its messages; USAGE is the script's name in its usage line.
bench_start() {
        local usage="usage: $3 TOP_SRCDIR TOP_BUILDDIR"
        bench_name=$1
        top_srcdir=$(cd "${4:?$usage}" && pwd)
        top_builddir=$(cd "${5:?$usage}" && pwd)
        PYTHON3=${PYTHON3:-/usr/bin/python3}
        FIXTURE=$top_srcdir/tests/fixtures/k8sfake.py
        K8S_LOGIN=$top_builddir/tools/k8s-login
        NSS_SO=$top_builddir/nss/.libs/libnss_k8s.so.2
        if [ "$(id -u)" != 0 ]; then
                echo "$bench_name: needs root (root-owned configs and state_dir)" >&2
                exit 77
        fi
        T=$(mktemp -d "/var/tmp/$2.XXXXXX")
        chmod 0755 "$T"
        SERVER_PID=
        trap bench_cleanup EXIT
}

bench_cleanup() {
        [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
        [ -n "${KEEP_BENCH_DIR:-}" ] && echo "$bench_name: kept $T" >&2 || rm -rf "$T"
}
