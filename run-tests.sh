#!/bin/bash
# Runs every test of k8s-login on a Debian 12 machine: installs what is
# missing (as root), builds, runs `make check`, and ends with one line
# "N passed, N failed". Tests that need root say so and are counted as
# skipped, never as passed.
set -uo pipefail
cd "$(dirname "$0")"
. tests/bootstrap.sh
k8s_install_deps || exit 1
k8s_build > _build.log 2>&1 || { tail -50 _build.log; echo "build failed (full log: _build.log)"; echo "0 passed, 1 failed"; exit 1; }

make -C _build -k check 2>&1 | tee _build/check.out
status=${PIPESTATUS[0]}
count() { sed -n "s/^# $1: *\([0-9]*\)$/\1/p" _build/check.out | tail -1; }
pass=$(count PASS); fail=$(count FAIL); err=$(count ERROR); xpass=$(count XPASS); skip=$(count SKIP)
pass=${pass:-0}; failed=$(( ${fail:-0} + ${err:-0} + ${xpass:-0} ))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
        failed=1 # make itself failed: count it, never hide it
fi
[ "$pass" -gt 0 ] || failed=$((failed + 1))
[ "$failed" -eq 0 ] || echo "failures are listed in _build/test-suite.log and the tests' .log files"
if [ "${skip:-0}" -gt 0 ]; then
        echo "$pass passed, $failed failed, $skip skipped"
else
        echo "$pass passed, $failed failed"
fi
[ "$failed" -eq 0 ]
