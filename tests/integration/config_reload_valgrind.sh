#!/bin/bash
# The config memo suite again, every process of two logins under valgrind
# memcheck (see MEMCHECK in lib.sh): the kept config's references, a
# changed file's new config and the memo's own, freed at exit.
export MEMCHECK=1
export HANG_BOUND_MS=10000
exec bash "$(dirname "$0")/config_reload.sh"
