#!/bin/bash
# held_elsewhere.sh again, every PAM login under valgrind memcheck: a
# login refused for a number another NSS source holds is as clean as one
# that succeeds (see MEMCHECK in lib.sh).
export MEMCHECK=1
exec bash "$(dirname "$0")/held_elsewhere.sh"
