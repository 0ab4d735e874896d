#!/bin/bash
# `make bench` builds and runs: the bench programs are built (make
# bench-build: `make check` does not build them otherwise) and bench/run.sh
# runs with K8S_BENCH_QUICK=1 (a few iterations). Asserts that it exits 0
# and prints every row with numbers where numbers belong; never a timing.
. "$(dirname "$0")/lib.sh"
[ "$(id -u)" = 0 ] || tap_skip_all "needs root: the bench takes a private mount namespace"
"$PYTHON3" -c 'import cryptography' 2>/dev/null || tap_skip_all "python3-cryptography missing"
[ "${ENABLE_SANITIZERS:-no}" = yes ] && tap_skip_all "the bench measures the normal build"

${MAKE:-make} -s -C "$top_builddir" bench-build > "$T/build.out" 2>&1
expect "make bench-build builds the bench programs" 0 "$?"
[ -x "$top_builddir/bench/k8s_bench" ] || { tap_diag < "$T/build.out"; tap_done; exit 0; }

scratch() { ls -d /var/tmp/k8s-login-bench.* 2>/dev/null | sort; }
scratch > "$T/scratch.before"
K8S_BENCH_QUICK=1 PYTHON3="$PYTHON3" bash "$top_srcdir/bench/run.sh" "$top_srcdir" "$top_builddir" \
        > "$T/bench.out" 2> "$T/bench.err"
RC=$?
expect "bench/run.sh with K8S_BENCH_QUICK=1 exits 0" 0 "$RC"
[ "$RC" = 0 ] || tap_diag < "$T/bench.err"

ROWS=(
        "nss getpwnam_r files 50" "nss getpwnam_r files 5000" "nss getpwnam_r k8s (vs files 5000)"
        "nss getpwnam_r k8s (vs files 50)" "nss getpwnam_r files 50 + k8s"
        "nss getpwuid_r files 50" "nss getpwuid_r files 5000" "nss getpwuid_r k8s (vs files 5000)"
        "nss getpwuid_r k8s (vs files 50)" "nss getpwuid_r files 50 + k8s"
        "nss getgrnam_r files 50" "nss getgrnam_r files 5000" "nss getgrnam_r k8s (vs files 5000)"
        "nss getgrnam_r k8s (vs files 50)" "nss getgrnam_r files 50 + k8s"
        "nss initgroups files 50" "nss initgroups files 5000" "nss initgroups k8s (vs files 5000)"
        "nss initgroups k8s (vs files 50)" "nss initgroups files 50 + k8s"
        "nss module dlopen (fresh process)" "nss module RSS added by dlopen"
        "nss module private dirty added by dlopen"
        "nss module RSS added, 1st lookup, registry 50" "nss module private dirty, 1st lookup, registry 50"
        "nss module RSS added, 1st lookup, registry 5000"
        "nss module private dirty, 1st lookup, registry 5000"
        "nss module RSS added, 1st lookup, registry 100k"
        "nss module private dirty, 1st lookup, registry 100k"
        "openssl RS256 verify (floor)" "openssl ES256 verify (floor)"
        "pam_authenticate jwks RS256" "pam_authenticate jwks ES256"
        "pam start+authenticate+end jwks RS256" "pam_authenticate jwks RS256, registry 5000"
        "pam_authenticate jwks cache hit" "pam_authenticate pam_permit (libpam alone)"
        "libcurl TokenReview POST (bare)" "pam_authenticate tokenreview"
        "pam_authenticate tokenreview cache hit"
        "fresh process: verify RS256 (floor)" "fresh process: login jwks RS256"
        "fresh process: verify ES256 (floor)" "fresh process: login jwks ES256"
        "fresh process: login via pam_permit only"
        "openssl RS256 verify, same run" "jwks new token RS256 login, net of pam_permit"
        "openssl ES256 verify, same run" "jwks new token ES256 login, net of pam_permit"
        "openssl RS256 verify, cache-hit run" "jwks cache hit, net of pam_permit"
        "fresh process: curl TokenReview POST" "pam_authenticate tokenreview (vs fresh POST)"
        "nss getpwnam 1st lookup, files 50" "nss getpwnam 1st lookup, k8s, registry 50"
        "nss getpwnam 1st lookup, k8s, registry 5000" "nss getpwnam 1st lookup, k8s, registry 100000"
        "nss getpwnam_r files 50, same run" "nss getpwnam_r k8s, registry 50"
        "nss getpwnam_r k8s, registry 100000" "nss getpwuid_r k8s, registry 100000"
        "nss getgrnam_r k8s, registry 100000" "nss initgroups k8s, registry 100000"
        "ledger sync, empty registry: wall time" "ledger sync, empty registry: max RSS"
        "ledger sync, nothing new: wall time" "ledger sync, nothing new: max RSS"
        "ledger getpwnam_r, all accounts in the registry"
        "ledger getpwuid_r, all accounts in the registry"
)
for c in 1 2 8 32; do
        ROWS+=("load jwks new tokens x$c: rate")
done
for mode in "jwks RS256" "tokenreview" "tokenreview cache hit"; do
        for c in 2 8 32; do
                ROWS+=("load $mode x$c: latency" "load $mode x$c: rate" "load $mode x$c: our CPU per login")
                [ "$mode" = tokenreview ] && ROWS+=("load $mode x$c: server busy")
        done
done

# The table, in fixed columns: operation (52), unit (8), n (6), median
# (12), p99 (12), baseline (36), base_median (12), ratio (8), target (12),
# result.
# The fleet ledger's rows (bench/ledger_bench.sh) follow in the same
# columns.
table() { grep -v '^#' "$T/bench.out" | tail -n +2; }
field() { local v=${line:$1:$2}; echo $v; }
expect "the table has a header line naming its columns" \
        "operation unit n median p99 baseline base_median ratio target result" \
        "$(grep -v '^#' "$T/bench.out" | head -1 | xargs)"
missing=0 malformed=0
num='^[0-9]+(\.[0-9]+)?$'
for r in "${ROWS[@]}"; do
        line=$(table | awk -v op="$r" 'substr($0, 1, 52) == sprintf("%-52s", op)')
        if [ -z "$line" ]; then
                missing=$((missing + 1)); echo "missing row: $r" | tap_diag; continue
        fi
        unit=$(field 53 8) n=$(field 62 6) median=$(field 69 12) p99=$(field 82 12)
        base=$(field 96 36) bm=$(field 133 12) ratio=$(field 146 8) target=$(field 156 12)
        result=$(field 169 8)
        if ! [[ -n "$unit" && "$n" =~ ^[1-9][0-9]*$ && "$median" =~ $num &&
                ( "$p99" =~ $num || "$p99" = - ) && -n "$base" && -n "$target" &&
                ( ( "$base" = - && "$bm" = - && "$ratio" = - ) ||
                  ( "$base" != - && "$bm" =~ $num && "$ratio" =~ $num ) ) &&
                "$result" =~ ^(MET|MISSED|-)$ ]]; then
                malformed=$((malformed + 1)); echo "malformed row: $line" | tap_diag
        fi
done
expect "all ${#ROWS[@]} expected rows are printed" 0 "$missing"
expect "... each with a count, numbers where numbers belong and a result" 0 "$malformed"
expect "no row that was not expected" "${#ROWS[@]}" "$(table | wc -l)"
expect_grep "a summary line counts the targets met and missed" \
        '^# targets: [0-9]+ met, [0-9]+ missed' "$T/bench.out"
expect "26 rows have a target (NSS 7, memory 8, in-process jwks 5, TokenReview 3, fresh 2, load 1)" 26 \
        "$(sed -n 's/^# targets: \([0-9]*\) met, \([0-9]*\) missed.*/\1 \2/p' "$T/bench.out" |
           awk '{print $1 + $2}')"
expect_grep "the machine is described" '^# machine: .*cores online, kernel ' "$T/bench.out"
scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tap_done
