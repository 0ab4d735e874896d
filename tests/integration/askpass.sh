#!/bin/bash
# k8s-login askpass, the helper ssh and sudo run with the prompt as its
# argument: exact parts, exact refusals, nothing on standard output when
# it refuses. Needs no root: the token file is the caller's own.
. "$(dirname "$0")/lib.sh"
[ -x "$K8S_LOGIN" ] || tap_skip_all "build first"

# askpass FILE [PROMPT...]: stdout in $T/ap.out, stderr in $T/ap.err, exit in AP_RC.
askpass() {
        local file=$1; shift
        K8S_LOGIN_TOKEN_FILE=$file "$K8S_LOGIN" askpass "$@" > "$T/ap.out" 2> "$T/ap.err"
        AP_RC=$?
}
# A token-shaped string of N bytes (base64url letters and dots).
token_of() {
        "$PYTHON3" -c 'import sys; n=int(sys.argv[1]); a="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"; s="".join(a[i % 64] for i in range(n)); print(s[:10] + "." + s[11:20] + "." + s[21:] if n > 21 else s, end="")' "$1"
}

token_of 1500 > "$T/t1500"
T1500=$(cat "$T/t1500")
for row in "|1|${T1500:0:499}\\" "Service account token: |1|${T1500:0:499}\\" \
        "Service account token, part 2: |2|${T1500:499:499}\\" \
        "(demo_ci@batch) Service account token, part 3: |3|${T1500:998:499}\\" \
        "Service account token, part 4: |4|${T1500:1497}"; do
        IFS='|' read -r prompt n want <<< "$row"
        if [ -z "$prompt" ]; then askpass "$T/t1500"; else askpass "$T/t1500" "$prompt"; fi
        expect "1,500 bytes, prompt '${prompt:-(none)}': part $n, exit 0" "0 $want" "$AP_RC $(cat "$T/ap.out")"
done
expect "... each part a line of its own" 1 "$(wc -l < "$T/ap.out")"
askpass "$T/t1500" "Service account token, part 5: "
expect "1,500 bytes, part 5 (past the last): exit 1, nothing on stdout" "1 0" "$AP_RC $(wc -c < "$T/ap.out")"
expect "... and says why, in one line" "k8s-login askpass: the prompt asks for part 5 of a token of 4 parts" \
        "$(cat "$T/ap.err")"

# The joined parts are the token, whatever its length.
for len in 22 499 500 501 998 999 1000 16384; do
        token_of "$len" > "$T/tok"
        joined=
        for n in $(seq 1 40); do
                K8S_LOGIN_TOKEN_FILE=$T/tok "$K8S_LOGIN" askpass "Service account token, part $n: " \
                        > "$T/part" 2>/dev/null || break
                [ "$(head -c -1 "$T/part" | wc -c)" -le 500 ] || joined=TOO-LONG
                joined+=$(cat "$T/part")
        done
        expect "$len bytes: $((n - 1)) parts of at most 500 bytes, joined again exactly" \
                "$(cat "$T/tok")" "$(printf '%s' "$joined" | sed 's/\\$//; s/\\//g')"
done

# What a token file may hold: one line, white space around it trimmed.
printf '%s\r\n' "$T1500" > "$T/crlf"
askpass "$T/crlf" "Service account token, part 4: "
expect "a trailing CRLF is not part of the token" "0 ${T1500:1497}" "$AP_RC $(cat "$T/ap.out")"
printf '%s' "$(token_of 500)" > "$T/t500"
askpass "$T/t500"
expect "500 bytes fit one answer, with no backslash" "0 $(token_of 500)" "$AP_RC $(cat "$T/ap.out")"
askpass "$T/t500" "Service account token, part 2: "
expect "... and there is no part 2" "1 0" "$AP_RC $(wc -c < "$T/ap.out")"
expect "... says so" "k8s-login askpass: the prompt asks for part 2 of a token of 1 part" "$(cat "$T/ap.err")"
token_of 16384 > "$T/t16k"; token_of 16385 > "$T/t16k1"
askpass "$T/t16k" "Service account token, part 33: "
expect "16 KiB is answered (part 33)" 0 "$AP_RC"
askpass "$T/t16k1"
expect "16 KiB and one byte is refused, nothing on stdout" "1 0" "$AP_RC $(wc -c < "$T/ap.out")"
expect "... as no token" "k8s-login askpass: $T/t16k1 holds more than 16384 bytes: not a token" "$(cat "$T/ap.err")"

refuse() { # DESC FILE REASON: REASON is all askpass prints on stderr, after its name
        askpass "$2"
        expect "$1: exit 1, nothing on stdout" "1 0" "$AP_RC $(wc -c < "$T/ap.out")"
        expect "... and says why" "k8s-login askpass: $3" "$(cat "$T/ap.err")"
}
BAD="holds bytes a token never has"
: > "$T/empty"
refuse "an empty file" "$T/empty" "$T/empty is empty"
printf 'abc def\n' > "$T/space"
refuse "a space inside" "$T/space" "$T/space $BAD"
printf '%s\nsecond line\n' "$T1500" > "$T/twolines"
refuse "two lines" "$T/twolines" "$T/twolines $BAD"
printf 'abc\\\n' > "$T/backslash"
refuse "a backslash (it would end a part)" "$T/backslash" "$T/backslash $BAD"
printf 'abc\0' > "$T/nul"
refuse "a NUL byte at the end" "$T/nul" "$T/nul $BAD"
printf 'abc\0def' > "$T/nulmid"
refuse "a NUL byte inside" "$T/nulmid" "$T/nulmid $BAD"
refuse "a missing file" "$T/nothing-here" "cannot open $T/nothing-here: No such file or directory"
mkdir "$T/dir"
refuse "a directory" "$T/dir" "$T/dir is not a regular file"
mkfifo "$T/fifo"
t0=$(now_ms)
refuse "a FIFO (never waits for a writer)" "$T/fifo" "$T/fifo is not a regular file"
expect "... at once" yes "$([ $(( $(now_ms) - t0 )) -lt 5000 ] && echo yes)"
ln -s "$T/t1500" "$T/link"
askpass "$T/link" "Service account token, part 4: "
expect "a symbolic link is followed (projected tokens are links)" "0 ${T1500:1497}" "$AP_RC $(cat "$T/ap.out")"

for prompt in "Service account token, part 0: " "Service account token, part 100: " \
        "Service account token, part -1"; do
        askpass "$T/t1500" "$prompt"
        expect "prompt '$prompt' asks for no part: exit 1, nothing on stdout" "1 0" "$AP_RC $(wc -c < "$T/ap.out")"
        expect "... and says why" "k8s-login askpass: the prompt asks for a part that cannot exist" "$(cat "$T/ap.err")"
done
# Only the module's prompts get a part. ssh also runs askpass for a
# host-key question (answering it with the token made ssh ask again,
# forever), for another host's password and for a key passphrase: none
# of them may see the token. The refusal names what was asked, on one
# line of standard error.
not_ours() { # DESC PROMPT SHOWN-REGEX
        askpass "$T/t1500" "$2"
        expect "$1: exit 1, nothing on stdout" "1 0" "$AP_RC $(wc -c < "$T/ap.out")"
        expect "... one line on stderr" 1 "$(wc -l < "$T/ap.err")"
        expect_grep "... naming what was asked" "^k8s-login askpass: not a k8s-login prompt \(no 'service account token'\), not answered: $3\$" "$T/ap.err"
        expect_no_grep "... and no part of the token there" "${T1500:0:20}" "$T/ap.err"
}
# The prompt is shown with its spaces (or, escaped, as \x20).
SP='( |\\x20)'
# (a prompt is shown cut at 120 bytes, "..." marking the cut)
not_ours "ssh's host-key question" \
        "The authenticity of host '10.0.0.7 (10.0.0.7)' can't be established. Are you sure you want to continue connecting (yes/no/[fingerprint])? " \
        "The${SP}authenticity${SP}of${SP}host${SP}'10\.0\.0\.7${SP}\(10\.0\.0\.7\)'${SP}can't${SP}be${SP}established\.${SP}Are${SP}you${SP}sure${SP}you${SP}want${SP}to${SP}continue${SP}connecting${SP}\(yes/n\.\.\."
not_ours "another host's password prompt" "alice@host's password: " "alice@host's${SP}password:${SP}"
not_ours "a key passphrase" "Enter passphrase for key '/root/.ssh/id_ed25519': " \
        "Enter${SP}passphrase${SP}for${SP}key${SP}'/root/\.ssh/id_ed25519':${SP}"
not_ours "'part 2' alone (no module prompt)" "part 2" "part${SP}2"
not_ours "an empty prompt" "" ""
# A hostile prompt cannot write to the terminal through the refusal:
# control bytes come out escaped, and a long prompt is cut.
askpass "$T/t1500" "$(printf 'Password\033[2J\nfor you: ')$(head -c 5000 /dev/zero | tr '\0' x)"
expect "a prompt with escape bytes and a newline: one line, exit 1, nothing on stdout" "1 1 0" \
        "$AP_RC $(wc -l < "$T/ap.err") $(wc -c < "$T/ap.out")"
expect "... no raw escape byte on stderr" 0 "$(tr -cd '\033' < "$T/ap.err" | wc -c)"
expect "... and bounded (under 1,000 bytes)" yes "$([ "$(wc -c < "$T/ap.err")" -lt 1000 ] && echo yes)"
# The twins: the module's prompts in another case, and "part 3".
askpass "$T/t1500" "SERVICE ACCOUNT TOKEN: "
expect "the module's prompt in upper case: part 1" "0 ${T1500:0:499}\\" "$AP_RC $(cat "$T/ap.out")"
askpass "$T/t1500" "service account token, part 3: "
expect "... in lower case, part 3" "0 ${T1500:998:499}\\" "$AP_RC $(cat "$T/ap.out")"
askpass "$T/t1500" "(demo_ci@host) Service Account Token, Part 3: "
expect "... in mixed case after ssh's (user@host), part 3" "0 ${T1500:998:499}\\" "$AP_RC $(cat "$T/ap.out")"
# A short token is refused to another host's password prompt too.
printf 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln' > "$T/short"
askpass "$T/short" "bob@elsewhere's password: "
expect "a short (one-part) token to another host's password prompt: exit 1, nothing on stdout" \
        "1 0" "$AP_RC $(wc -c < "$T/ap.out")"
expect "... and says why" "k8s-login askpass: not a k8s-login prompt (no 'service account token'), not answered: bob@elsewhere's password: " \
        "$(cat "$T/ap.err")"
askpass "$T/short" "Service account token: "
expect "... its twin, the module's prompt: the whole token" "0 eyJhbGciOiJSUzI1NiJ9.e30.c2ln" \
        "$AP_RC $(cat "$T/ap.out")"

"$K8S_LOGIN" askpass one two > "$T/ap.out" 2> "$T/ap.err"
expect "two arguments: usage, exit 64" "64 0" "$? $(wc -c < "$T/ap.out")"
expect "... the usage on stderr (no line says which argument is too many)" \
        "usage: k8s-login check [--config PATH] [--user NAME] < token" "$(head -n 1 "$T/ap.err")"

# No K8S_LOGIN_TOKEN_FILE: the projected paths (absent on a test host).
if [ -e /var/run/secrets/tokens/k8s-login ] || [ -e /var/run/secrets/kubernetes.io/serviceaccount/token ]; then
        tap_ok "# SKIP default paths: this host has a projected token"
else
        env -u K8S_LOGIN_TOKEN_FILE "$K8S_LOGIN" askpass > "$T/ap.out" 2> "$T/ap.err"
        expect "no K8S_LOGIN_TOKEN_FILE and no projected token: exit 1, nothing on stdout" "1 0" \
                "$? $(wc -c < "$T/ap.out")"
        expect "... naming the path it looked at first" \
                "k8s-login askpass: no token file: set K8S_LOGIN_TOKEN_FILE, or project one to /var/run/secrets/tokens/k8s-login" \
                "$(cat "$T/ap.err")"
fi
# Under the name ssh and sudo run (a link to k8s-login).
ln -s "$K8S_LOGIN" "$T/k8s-login-askpass"
K8S_LOGIN_TOKEN_FILE=$T/t1500 "$T/k8s-login-askpass" "Service account token, part 2: " > "$T/ap.out" 2>&1
expect "as k8s-login-askpass PROMPT: the same part" "0 ${T1500:499:499}\\" "$? $(cat "$T/ap.out")"
K8S_LOGIN_TOKEN_FILE=$T/t1500 "$T/k8s-login-askpass" "alice@host's password: " > "$T/ap.out" 2> "$T/ap.err"
expect "... and the same refusal of another host's prompt" "1 0" "$? $(wc -c < "$T/ap.out")"
expect "... the same message" "k8s-login askpass: not a k8s-login prompt (no 'service account token'), not answered: alice@host's password: " \
        "$(cat "$T/ap.err")"
# As k8s-login-askpass every argument is a prompt: --help is one, and
# gets neither help text nor token on standard output.
K8S_LOGIN_TOKEN_FILE=$T/t1500 "$T/k8s-login-askpass" --help > "$T/ap.out" 2> "$T/ap.err"
expect "k8s-login-askpass --help: a prompt not ours, exit 1, nothing on stdout" "1 0" \
        "$? $(wc -c < "$T/ap.out")"
expect "... said so" "k8s-login askpass: not a k8s-login prompt (no 'service account token'), not answered: --help" \
        "$(cat "$T/ap.err")"
"$K8S_LOGIN" askpass --help > "$T/ap.out" 2> "$T/ap.err"
expect "k8s-login askpass --help: usage on stdout, exit 0" "0 yes" \
        "$? $(grep -q '^usage: k8s-login' "$T/ap.out" && echo yes)"
tap_done
