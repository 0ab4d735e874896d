#!/bin/bash
# `make bench`, the ledger's rows: a ledger of 100,000 accounts (and 100
# namespace groups) in the stand-in API server's ConfigMaps, spread over
# the 256 slices of the default range as hosts would allocate them; then
# `k8s-login sync` into an empty registry (wall time, and the largest
# resident set of k8s-login and its helper), a second sync with nothing
# to record, and NSS getpwnam_r/getpwuid_r through libnss_k8s.so.2 with
# all 100,000 in the registry (microseconds per lookup, averaged over
# 2,000 names). Root (root-owned config and state_dir); scratch under
# /var/tmp. K8S_BENCH_QUICK=1: 2,000 accounts.
#
# usage: bench/ledger_bench.sh TOP_SRCDIR TOP_BUILDDIR
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_start "ledger bench" k8s-login-ledger-bench ledger_bench.sh "$@"
N=${K8S_LEDGER_BENCH_ACCOUNTS:-100000}
[ "${K8S_BENCH_QUICK:-}" = 1 ] && N=2000

"$PYTHON3" "$FIXTURE" pki "$T/pki" >/dev/null
# The ledger as hosts would have written it: each account at its first
# choice, or the next free number of that slice.
"$PYTHON3" - "$top_srcdir/tests/fixtures" "$N" "$T/cm.json" > "$T/names" <<'PY'
import json, sys, uuid
sys.path.insert(0, sys.argv[1])
from first_choice import fc, DEFAULT
n, out = int(sys.argv[2]), sys.argv[3]
lo, hi = DEFAULT
room = hi - lo
count = min(256, max(1, room // 1024)); size = room // count
def slice_of(x):
    i = min((x - lo - 1) // size, count - 1)
    a = lo + 1 + i * size
    return a, hi if i == count - 1 else a + size - 1
data = {}
def put(first, value):
    a, b = slice_of(first)
    name = "k8s-login-uids-%d-%d" % (a, b)
    d = data.setdefault(name, {})
    x = first
    while str(x) in d:
        x = a + (x - a + 1) % (b - a + 1)
    d[str(x)] = value
    return x
for g in range(100):
    put(fc("ns%d" % g), "group ns%d since=1700000000" % g)
for i in range(n):
    ns, sa = "ns%d" % (i % 100), "sa%d" % i
    x = put(fc(ns, sa), "user %s/%s uid=%s since=1700000000" % (ns, sa, uuid.uuid5(uuid.NAMESPACE_DNS, sa)))
    print("%s_%s %d" % (ns, sa, x))
items = [{"kind": "ConfigMap", "apiVersion": "v1",
          "metadata": {"name": k, "namespace": "k8s-login", "uid": str(uuid.uuid4()),
                       "resourceVersion": str(2000 + j),
                       "creationTimestamp": "2026-01-01T00:00:00Z"},
          "data": v} for j, (k, v) in enumerate(sorted(data.items()))]
json.dump({"rv": 5000, "items": items}, open(out, "w"))
big = max(len(json.dumps(o["data"])) for o in items)
print("# %d ConfigMaps, the largest %d bytes of data" % (len(items), big), file=sys.stderr)
PY
"$PYTHON3" "$FIXTURE" serve --pki "$T/pki" --port-file "$T/port" --configmaps "$T/cm.json" \
        2>"$T/server.stderr" &
SERVER_PID=$!
for _ in $(seq 1 200); do [ -s "$T/port" ] && break; sleep 0.05; done
PORT=$(cat "$T/port")
cat > "$T/k8s-login.conf" <<CONF
validation = jwks
issuer = https://kubernetes.default.svc.cluster.local
jwks_file = $T/pki/jwks.json
audiences = k8s-login
allow_namespaces = *
api_server = https://127.0.0.1:$PORT
ca_file = $T/pki/ca.pem
reviewer_token_file = $T/pki/reviewer.token
uid_ledger = configmap
timeout = 30
state_dir = $T/state
helper = $top_builddir/tools/k8s-login-helper
CONF
chmod 0644 "$T/k8s-login.conf"
chmod 0600 "$T/pki/reviewer.token"

# sync: wall seconds and the largest resident set (k8s-login or its helper).
/usr/bin/time -f "%e %M" -o "$T/time1" "$K8S_LOGIN" sync --config "$T/k8s-login.conf" > "$T/sync1"
/usr/bin/time -f "%e %M" -o "$T/time2" "$K8S_LOGIN" sync --config "$T/k8s-login.conf" > "$T/sync2"
read -r s1 m1 < "$T/time1"; read -r s2 m2 < "$T/time2"
# Rows in the columns of k8s_bench's table (one measurement each: n 1, no
# baseline, no target).
row() { printf '%-52s %-8s %6s %12s %12s  %-36s %12s %8s  %-12s %s\n' "$1" "$2" "$3" "$4" - - - - - -; }
echo "# ledger: $N accounts; first sync: $(cat "$T/sync1")"
row "ledger sync, empty registry: wall time" s 1 "$s1"
row "ledger sync, empty registry: max RSS" KiB 1 "$m1"
row "ledger sync, nothing new: wall time" s 1 "$s2"
row "ledger sync, nothing new: max RSS" KiB 1 "$m2"

# NSS lookups with every account in the registry.
K8S_LOGIN_CONF=$T/k8s-login.conf "$PYTHON3" - "$NSS_SO" "$T/names" <<'PY'
import ctypes, random, sys, time
lib = ctypes.CDLL(sys.argv[1])
names = [l.split() for l in open(sys.argv[2])]
random.seed(1)
pick = random.sample(names, min(2000, len(names)))
class pw(ctypes.Structure):
    _fields_ = [("n", ctypes.c_char_p), ("p", ctypes.c_char_p), ("u", ctypes.c_uint),
                ("g", ctypes.c_uint), ("gecos", ctypes.c_char_p), ("d", ctypes.c_char_p),
                ("s", ctypes.c_char_p)]
buf = ctypes.create_string_buffer(4096); err = ctypes.c_int(); p = pw()
byname, byuid = lib._nss_k8s_getpwnam_r, lib._nss_k8s_getpwuid_r
bad = 0
t = time.perf_counter()
for name, uid in pick:
    if byname(name.encode(), ctypes.byref(p), buf, 4096, ctypes.byref(err)) != 1 or p.u != int(uid):
        bad += 1
t1 = time.perf_counter()
for name, uid in pick:
    if byuid(int(uid), ctypes.byref(p), buf, 4096, ctypes.byref(err)) != 1 or p.n.decode() != name:
        bad += 1
t2 = time.perf_counter()
n = len(pick)
fmt = "%-52s %-8s %6d %12.2f %12s  %-36s %12s %8s  %-12s %s"
print(fmt % ("ledger getpwnam_r, all accounts in the registry", "us", n, (t1 - t) / n * 1e6,
             "-", "-", "-", "-", "-", "-"))
print(fmt % ("ledger getpwuid_r, all accounts in the registry", "us", n, (t2 - t1) / n * 1e6,
             "-", "-", "-", "-", "-", "-"))
print("# ledger: NSS lookups are the mean over %d names (%d in the registry), through ctypes"
      % (n, len(names)))
if bad:
    print("# ledger: %d WRONG ANSWERS" % bad)
    sys.exit(1)
PY
