#!/bin/bash
# The fault table again, every login under valgrind memcheck: error paths
# (timeouts, cut answers, bad certificates, broken files) leak nothing and
# touch no invalid memory (see MEMCHECK in lib.sh).
export MEMCHECK=1
# Valgrind's start-up counts against the hang bound: timeout 2 s + 8 s.
export HANG_BOUND_MS=10000
exec bash "$(dirname "$0")/faults.sh"
