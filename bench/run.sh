#!/bin/bash
# `make bench`: prepares what bench/k8s_bench measures (a test PKI and
# tokens, the stand-in API server on 127.0.0.1, configs, PAM services,
# UID registries, passwd and group files of 50 and 5,000 entries), prints
# the machine, and runs it. Needs root (root-owned configs and state
# directories, a private mount namespace); changes nothing outside its
# scratch directory under /var/tmp (the file system of /var/lib, where
# state_dir lives on a real host).
#
# usage: bench/run.sh TOP_SRCDIR TOP_BUILDDIR
# environment: K8S_BENCH_QUICK=1 (a few iterations: proves it runs),
#   KEEP_BENCH_DIR=1 (keep the scratch directory), PYTHON3.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_start bench k8s-login-bench run.sh "$@"
PAM_SO=$top_builddir/pam/.libs/pam_k8s.so
BENCH=$top_builddir/bench/k8s_bench

for f in "$K8S_LOGIN" "$PAM_SO" "$NSS_SO" "$BENCH" "$top_builddir/bench/bench_login" \
        "$top_builddir/bench/bench_verify" "$top_builddir/bench/bench_nssload"; do
        [ -e "$f" ] || { echo "bench: missing $f (make bench builds it)" >&2; exit 1; }
done
mkdir -p "$T/conf" "$T/pam.d" "$T/nss" "$T/tokens"

# --- the machine ----------------------------------------------------------
ver() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo unknown; }
echo "# k8s-login bench$([ "${K8S_BENCH_QUICK:-}" = 1 ] && echo ' (K8S_BENCH_QUICK=1)')"
echo "# machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores online," \
        "kernel $(uname -r), Debian $(cat /etc/debian_version 2>/dev/null || echo '?')"
echo "# libraries: glibc $(ver libc6), Linux-PAM $(ver libpam0g), libcurl $(ver libcurl4)," \
        "OpenSSL $(ver libssl3), jansson $(ver libjansson4), python3 $(ver python3)"
echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- PKI, keys, tokens, the stand-in API server ------------------------------
"$PYTHON3" "$FIXTURE" pki "$T/pki" >/dev/null
"$PYTHON3" - "$T/pki" <<'PY'
import sys
from cryptography.hazmat.primitives import serialization
d = sys.argv[1]
for name in ("sa-rsa", "sa-ec"):
    with open("%s/%s.key" % (d, name), "rb") as f:
        key = serialization.load_pem_private_key(f.read(), password=None)
    with open("%s/%s.pub.pem" % (d, name), "wb") as f:
        f.write(key.public_key().public_bytes(serialization.Encoding.PEM,
                serialization.PublicFormat.SubjectPublicKeyInfo))
PY
# Valid for 50 minutes (max_token_lifetime is an hour by default).
"$PYTHON3" "$FIXTURE" mint --pki "$T/pki" --alg RS256 --exp-in 3000 > "$T/tokens/rs256"
"$PYTHON3" "$FIXTURE" mint --pki "$T/pki" --alg ES256 --exp-in 3000 > "$T/tokens/es256"
chmod 0600 "$T/tokens/"*
# New tokens, one per login (hot-path rows): in one process, and for the
# concurrent logins.
MANY=2000 LOAD_MANY=1400
[ "${K8S_BENCH_QUICK:-}" = 1 ] && MANY=20 LOAD_MANY=100
"$PYTHON3" "$FIXTURE" mint-many --pki "$T/pki" --alg RS256 --count "$MANY" "$T/tokens/rs-many"
"$PYTHON3" "$FIXTURE" mint-many --pki "$T/pki" --alg ES256 --count "$MANY" "$T/tokens/es-many"
"$PYTHON3" "$FIXTURE" mint-many --pki "$T/pki" --alg RS256 --count "$LOAD_MANY" "$T/tokens/rs-load"

"$PYTHON3" "$FIXTURE" serve --pki "$T/pki" --port-file "$T/port" 2>"$T/server.stderr" &
SERVER_PID=$!
for _ in $(seq 1 100); do [ -s "$T/port" ] && break; sleep 0.05; done
PORT=$(cat "$T/port" 2>/dev/null) || { echo "bench: the stand-in server did not start" >&2;
                                       cat "$T/server.stderr" >&2; exit 1; }

# --- configs and PAM services --------------------------------------------------
# conf NAME STATE_DIR CACHE_TTL MODE: one config, root-owned 0644.
conf() {
        {
                echo "# k8s-login bench: $1"
                if [ "$4" = jwks ]; then
                        echo "validation = jwks"
                        echo "issuer = https://kubernetes.default.svc.cluster.local"
                        echo "jwks_file = $T/pki/jwks.json"
                else
                        echo "validation = tokenreview"
                        echo "api_server = https://127.0.0.1:$PORT"
                        echo "ca_file = $T/pki/ca.pem"
                        echo "reviewer_token_file = $T/pki/reviewer.token"
                fi
                echo "audiences = k8s-login"
                echo "allow_namespaces = demo, ns*"
                echo "timeout = 5"
                echo "state_dir = $2"
                echo "cache_ttl = $3"
                echo "helper = $top_builddir/tools/k8s-login-helper"
        } > "$T/conf/$1.conf"
        chmod 0644 "$T/conf/$1.conf"
}
# service NAME CONFIG: a PAM service with pam_k8s.so's auth only.
service() { echo "auth required $PAM_SO config=$T/conf/$2.conf" > "$T/pam.d/$1"; }

conf jwks "$T/state" 0 jwks
conf jwks-cached "$T/state" 300 jwks
conf jwks-5000 "$T/state5000" 0 jwks
conf nss "$T/state5000" 0 jwks
conf tr "$T/state" 0 tokenreview
conf tr-cached "$T/state" 300 tokenreview
service jwks-rs jwks
service jwks-es jwks
service jwks-cached jwks-cached
service jwks-rs-5000 jwks-5000
service tr tr
# Hot paths: the token cache on, a new token each login.
conf jwks-new "$T/state" 300 jwks
service jwks-new-rs jwks-new
service jwks-new-es jwks-new
conf nss50 "$T/state" 0 jwks
conf nss100k "$T/state100k" 0 jwks
service tr-cached tr-cached
echo "auth required pam_permit.so" > "$T/pam.d/permit"
# A state_dir per concurrent TokenReview worker: see k8s_bench's notes.
for w in $(seq 0 31); do
        conf "tr-w$w" "$T/state-w$w" 0 tokenreview
        conf "tr-cached-w$w" "$T/state-w$w" 300 tokenreview
        service "tr-w$w" "tr-w$w"
        service "tr-cached-w$w" "tr-cached-w$w"
done

# --- UID registries -------------------------------------------------------------
# demo_debugger (the account every login uses) and its namespace group at
# their first choices, so NSS and every state_dir agree on its UID.
pin() {
        "$K8S_LOGIN" pin demo_debugger --config "$T/conf/$1.conf" >/dev/null
        "$K8S_LOGIN" pin --group k8s_demo --config "$T/conf/$1.conf" >/dev/null
}
pin jwks
pin nss
pin nss100k
for w in $(seq 0 31); do pin "tr-w$w"; done
# registry FILE TOTAL: adds accounts up to TOTAL: 49 more in demo (so
# k8s_demo has 50 members), the rest 50 a namespace in ns000, ns001...
registry() {
        "$PYTHON3" - "$1" "$2" <<'PY'
import sys, time
path, total = sys.argv[1], int(sys.argv[2])
lines = open(path).read().splitlines()
taken = {int(l.split()[1]) for l in lines if l and not l.startswith("#")}
since, nxt, out = int(time.time()), 1879048192 + 1000000, []
def number():
    global nxt
    while nxt in taken:
        nxt += 1
    taken.add(nxt)
    return nxt
users = sum(1 for l in lines if l.startswith("u "))
for i in range(1, 50):
    if users >= total:
        break
    out.append("u %d demo sa%02d - %d" % (number(), i, since)); users += 1
ns = 0
while users < total:
    out.append("g %d ns%03d - - %d" % (number(), ns, since))
    for i in range(50):
        if users >= total:
            break
        out.append("u %d ns%03d sa%02d - %d" % (number(), ns, i, since)); users += 1
    ns += 1
with open(path, "a") as f:
    f.write("".join(l + "\n" for l in out))
PY
}
registry "$T/state/uids" 50
registry "$T/state5000/uids" 5000
registry "$T/state100k/uids" 100000
# The registries were appended to by hand: a pin (a registry writer)
# rebuilds their index (uids.idx), as any writer does for a stale one.
pin jwks
pin nss
pin nss100k
# (users prints a header line first)
n50=$("$K8S_LOGIN" users --config "$T/conf/jwks.conf" | sed 1d | wc -l)
n5k=$("$K8S_LOGIN" users --config "$T/conf/nss.conf" | sed 1d | wc -l)
[ "$n50" = 50 ] && [ "$n5k" = 5000 ] ||
        { echo "bench: registries hold $n50 and $n5k accounts, not 50 and 5000" >&2; exit 1; }

# --- passwd and group files, nsswitch.conf variants -------------------------------
# files N: N entries each; the middle user belongs to the middle group
# (50 members, as k8s_demo) and one more, as a k8s account does.
files() {
        "$PYTHON3" - "$T/nss" "$1" <<'PY'
import sys
d, n = sys.argv[1], int(sys.argv[2])
mid = n // 2
with open("%s/passwd.%d" % (d, n), "w") as f:
    f.write("root:x:0:0:root:/root:/bin/bash\n")
    for i in range(1, n):
        f.write("user%05d:x:%d:%d:User %d,,,:/home/user%05d:/bin/bash\n" % (i, 10000 + i, 10000 + i, i, i))
def others(i):
    # two members, never the middle user (whose groups are counted)
    return ["user%05d" % u for u in (((i * 7) % (n - 1)) + 1, ((i * 13) % (n - 1)) + 1) if u != mid]
with open("%s/group.%d" % (d, n), "w") as f:
    f.write("root:x:0:\n")
    for i in range(1, n):
        if i == mid:
            mem = ["user%05d" % ((mid - 1 + k) % (n - 1) + 1) for k in range(min(50, n - 1))]
        elif i == n - 1:
            mem = ["user%05d" % mid]
        else:
            mem = others(i)
        f.write("grp%05d:x:%d:%s\n" % (i, 10000 + i, ",".join(mem)))
PY
}
files 50
files 5000
chmod 0644 "$T/nss/"*
printf 'passwd: files\ngroup: files\nshadow: files\n' > "$T/nss/nsswitch.files"
printf 'passwd: k8s\ngroup: k8s\nshadow: files\n' > "$T/nss/nsswitch.k8s"
printf 'passwd: files k8s\ngroup: files k8s\nshadow: files\n' > "$T/nss/nsswitch.files-k8s"

mid50=25 mid5k=2500
export BENCH_F50_USER=$(printf 'user%05d' $mid50) BENCH_F50_UID=$((10000 + mid50))
export BENCH_F50_GROUP=$(printf 'grp%05d' $mid50) BENCH_F50_GID=$((10000 + mid50))
export BENCH_F5K_USER=$(printf 'user%05d' $mid5k) BENCH_F5K_UID=$((10000 + mid5k))
export BENCH_F5K_GROUP=$(printf 'grp%05d' $mid5k) BENCH_F5K_GID=$((10000 + mid5k))
export BENCH_K8S_USER=demo_debugger
export BENCH_K8S_UID=$("$K8S_LOGIN" uid demo_debugger --config "$T/conf/nss.conf")
export BENCH_K8S_GROUP=k8s_demo
export BENCH_K8S_GID=$("$K8S_LOGIN" users --all --config "$T/conf/nss.conf" |
        awk '$1 == "group" && $3 == "k8s_demo" {print $2}')
[ "$BENCH_K8S_UID" = "$("$K8S_LOGIN" uid demo_debugger --config "$T/conf/jwks.conf")" ] ||
        { echo "bench: demo_debugger has different UIDs in the two registries" >&2; exit 1; }
export BENCH_PORT=$PORT BENCH_SERVER_PID=$SERVER_PID BENCH_MANY=$MANY BENCH_LOAD_MANY=$LOAD_MANY
export BENCH_LOGIN=$top_builddir/bench/bench_login BENCH_VERIFY=$top_builddir/bench/bench_verify
export BENCH_NSSLOAD=$top_builddir/bench/bench_nssload BENCH_NSS_SO=$NSS_SO
# glibc finds libnss_k8s.so.2 here (it is not installed); logins resolve
# users through it with the 50-account registry.
export LD_LIBRARY_PATH=$(dirname "$NSS_SO")
export K8S_LOGIN_CONF=$T/conf/jwks.conf
"$BENCH" "$T"
# The ledger of 100,000 accounts: sync and NSS lookups (bench/ledger_bench.sh).
env -u K8S_LOGIN_CONF -u LD_LIBRARY_PATH "$top_srcdir/bench/ledger_bench.sh" "$top_srcdir" "$top_builddir"
