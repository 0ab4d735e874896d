#!/bin/bash
# The hostile-input table (rows made by hostile_tokens.py), through the real
# pam_k8s.so in every validation mode: each row's exact PAM code and the
# exact reason logged, and PAM_SUCCESS for exactly the rows that are valid
# tokens for their user.
. "$(dirname "$0")/lib.sh"
stand_in

ROWS="$T/rows"
mkdir -p "$T/hostile"
"$PYTHON3" "$(dirname "$0")/hostile_tokens.py" "$PKI" "$T/hostile" > "$ROWS" ||
        { echo "Bail out! hostile_tokens.py failed"; exit 1; }
NS63=$(printf 'n%.0s' $(seq 1 63))

# The validation modes every row runs under. To add one, add its name
# here, a branch to mode_config that writes its config, and its line of
# the rows' reasons (hostile_tokens.py's <id>.why).
MODES="tokenreview jwks"
mode_config() { # MODE FILE
        case $1 in
        tokenreview) write_config "$2" "$OK_PORT" ;;
        # Offline, against the stand-in's key set on disk: nothing to reach.
        jwks)
                write_config "$2" "$OK_PORT" "issuer = https://kubernetes.default.svc.cluster.local" \
                        "jwks_file = $PKI/jwks.json"
                sed -i -e 's/^validation = tokenreview$/validation = jwks/' \
                        -e '/^api_server\|^reviewer_token_file/d' "$2" ;;
        *) echo "mode_config: unknown mode $1" >&2; exit 1 ;;
        esac
        # The table's namespaces: demo, ci, and one at the 63-byte limit.
        sed -i "s|^allow_namespaces = .*|allow_namespaces = demo, ci, $NS63|" "$2"
}

rows=$(wc -l < "$ROWS")
valid=$(grep -c '^[0-9]*|PAM_SUCCESS|' "$ROWS")
expect "the table has at least 40 rows ($rows)" yes "$([ "$rows" -ge 40 ] && echo yes || echo no)"
expect "... and both valid and refused rows ($valid valid)" yes \
        "$([ "$valid" -gt 0 ] && [ "$valid" -lt "$rows" ] && echo yes || echo no)"
for mode in $MODES; do
        mode_config "$mode" "$T/$mode.conf"
        write_service "hostile-$mode" "config=$T/$mode.conf"
        succeeded=0
        case $mode in tokenreview) why_line=1 ;; jwks) why_line=2 ;; esac
        while IFS='|' read -r id expected user desc; do
                printf -v user '%b' "$user"
                login_logged "hostile-$mode" "$user" --answers "$T/hostile/$id.ans" < /dev/null
                expect "$mode: $id $desc: $expected" "$expected" "$AUTH"
                # <id>.why: the reason logged, a line a mode (tokenreview, jwks).
                reason_is "$(sed -n "${why_line}p" "$T/hostile/$id.why")"
                [ "$AUTH" = PAM_SUCCESS ] && succeeded=$((succeeded + 1))
        done < "$ROWS"
        expect "$mode: PAM_SUCCESS for exactly the $valid valid rows" "$valid" "$succeeded"
done
expect_no_grep "no slice of a row's token in the log" \
        "$(head -c 600 "$T/hostile/001.ans" | tail -c 20)" "$T/syslog"
tap_done
