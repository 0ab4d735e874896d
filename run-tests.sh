#!/bin/bash
# Runs every test of k8s-login on a Debian 12 machine: installs what is
# missing (as root), then
#   1. builds in _build/ and runs `make check` (unit, integration, memcheck);
#   2. builds in _build-asan/ with ASan + UBSan and runs `make check` again;
#   3. builds the fuzz targets in _build-fuzz/ (clang) and runs
#      `make fuzz-smoke` (FUZZ_SECONDS each, default 60);
# and ends with one line "N passed, N failed" over all three. Tests that
# need root say so and are counted as skipped, never as passed.
# K8S_TEST_PHASES="normal sanitized fuzz" picks phases (default: all).
set -uo pipefail
cd "$(dirname "$0")"
. tests/bootstrap.sh
k8s_install_deps || exit 1
phases=${K8S_TEST_PHASES:-normal sanitized fuzz}
pass=0 failed=0 skip=0

# tally FILE [PREFIX]: adds the "# PASS:" (etc.) counts of FILE.
tally() {
        count() { sed -n "s/^# $1: *\([0-9]*\)$/\1/p" "$2" | tail -1; }
        local p f e x s
        p=$(count "${2:-}PASS" "$1"); f=$(count "${2:-}FAIL" "$1"); e=$(count "${2:-}ERROR" "$1")
        x=$(count "${2:-}XPASS" "$1"); s=$(count "${2:-}SKIP" "$1")
        pass=$((pass + ${p:-0})); skip=$((skip + ${s:-0}))
        failed=$((failed + ${f:-0} + ${e:-0} + ${x:-0}))
        # make itself failed, or nothing passed: count it, never hide it.
        if { [ "$3" -ne 0 ] && [ $(( ${f:-0} + ${e:-0} + ${x:-0} )) -eq 0 ]; } || [ "${p:-0}" -eq 0 ]; then
                failed=$((failed + 1))
        fi
}
build_failed() { tail -50 "$1"; echo "build failed (full log: $1)"; failed=$((failed + 1)); }

for phase in $phases; do
        case $phase in
        normal)
                echo "== 1. the suite"
                if k8s_build > _build.log 2>&1; then
                        make -C _build -k check 2>&1 | tee _build/check.out
                        tally _build/check.out "" "${PIPESTATUS[0]}"
                else build_failed _build.log; fi ;;
        sanitized)
                echo "== 2. the suite under ASan and UBSan"
                if k8s_build_variant _build-asan --enable-sanitizers > _build-asan.log 2>&1; then
                        make -C _build-asan -k check 2>&1 | tee _build-asan/check.out
                        tally _build-asan/check.out "" "${PIPESTATUS[0]}"
                else build_failed _build-asan.log; fi ;;
        fuzz)
                echo "== 3. fuzz smoke (${FUZZ_SECONDS:-60} s a target)"
                if k8s_build_variant _build-fuzz CC=clang --enable-fuzzing > _build-fuzz.log 2>&1; then
                        make -C _build-fuzz fuzz-smoke FUZZ_SECONDS="${FUZZ_SECONDS:-60}" 2>&1 |
                                tee _build-fuzz/fuzz.out
                        tally _build-fuzz/fuzz.out "fuzz " "${PIPESTATUS[0]}"
                else build_failed _build-fuzz.log; fi ;;
        *) echo "unknown phase $phase (normal, sanitized, fuzz)"; failed=$((failed + 1)) ;;
        esac
done
[ "$failed" -eq 0 ] || echo "failures are listed in _build*/test-suite.log, the tests' .log files and _build-fuzz/fuzz.out"
# The last line is exactly "N passed, N failed" (CI reads it); skips, which
# never count as passed, are said on the line before.
[ "$skip" -eq 0 ] || echo "$skip skipped (not counted as passed; see the SKIP lines above)"
echo "$pass passed, $failed failed"
[ "$failed" -eq 0 ]
