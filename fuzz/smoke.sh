#!/bin/bash
# make fuzz-smoke: runs each libFuzzer target given as an argument for
# FUZZ_SECONDS (default 60) from its seed corpus in fuzz/corpus/<target>/
# (read only: new inputs go to a scratch directory), and prints TAP: one
# test per target, with its executions. A crash, leak, sanitizer report or
# broken property fails the target and leaves the input in
# fuzz-artifacts/ under the build directory.
set -u
srcdir=$(cd "$(dirname "$0")/.." && pwd)
secs=${FUZZ_SECONDS:-60}
scratch=$(mktemp -d /tmp/k8s-login-fuzz.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -p fuzz-artifacts
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
n=0 failed=0
for target in "$@"; do
        name=$(basename "$target")
        n=$((n + 1))
        # Tokens go up to 16 KiB; the other inputs are small.
        case $name in
        fuzz_token) max_len=17000 ;;
        fuzz_names) max_len=1024 ;;
        *) max_len=8192 ;;
        esac
        mkdir -p "$scratch/$name"
        "$target" -max_total_time="$secs" -print_final_stats=1 -max_len="$max_len" \
                -timeout=10 -rss_limit_mb=2048 -artifact_prefix="fuzz-artifacts/$name-" \
                "$scratch/$name" "$srcdir/fuzz/corpus/$name" > "$scratch/$name.log" 2>&1
        rc=$?
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$scratch/$name.log" | tail -1)
        seeds=$(find "$srcdir/fuzz/corpus/$name" -type f 2>/dev/null | wc -l)
        if [ "$rc" -eq 0 ] && [ -n "$execs" ] && [ "$seeds" -gt 0 ]; then
                echo "ok $n - $name: ${execs} executions in ${secs} s from $seeds seeds, no finding"
        else
                failed=$((failed + 1))
                echo "not ok $n - $name: exit $rc, ${execs:-?} executions, $seeds seeds"
                tail -40 "$scratch/$name.log" | sed 's/^/# /'
        fi
        echo "# $name executions: ${execs:-0}"
done
echo "1..$n"
echo "# fuzz PASS: $((n - failed))"
echo "# fuzz FAIL: $failed"
[ "$failed" -eq 0 ]
