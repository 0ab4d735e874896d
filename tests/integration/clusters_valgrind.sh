#!/bin/bash
# clusters.sh again, every PAM login under valgrind memcheck: a token
# refused for its cluster (an unknown issuer, another cluster's user) is
# as clean as one that logs in (see MEMCHECK in lib.sh).
export MEMCHECK=1
exec bash "$(dirname "$0")/clusters.sh"
