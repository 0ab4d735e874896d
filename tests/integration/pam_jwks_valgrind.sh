#!/bin/bash
# The jwks and token-cache PAM suite again, every login under valgrind
# memcheck (see MEMCHECK in lib.sh).
export MEMCHECK=1
export HANG_BOUND_MS=10000
exec bash "$(dirname "$0")/pam_jwks.sh"
