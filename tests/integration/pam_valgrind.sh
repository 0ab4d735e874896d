#!/bin/bash
# The whole PAM integration suite again, every login under valgrind
# memcheck: each login adds a test that it made no invalid access and
# leaked nothing (see MEMCHECK in lib.sh).
export MEMCHECK=1
# Valgrind's start-up counts against the hang bound: timeout 2 s + 8 s.
export HANG_BOUND_MS=10000
exec bash "$(dirname "$0")/pam_tokenreview.sh"
