#!/bin/bash
# k8s-login's own surface: --help and -h after every command, help and
# version, and status, whose lines and exit code (0 fine, 1 a warning,
# 3 config unusable) a monitoring check reads. status looks at the real
# /etc/nsswitch.conf and /etc/pam.d: here they are test files bound over
# them in a private mount namespace (root only).
. "$(dirname "$0")/lib.sh"
[ -x "$K8S_LOGIN" ] || tap_skip_all "build first"
[ "$(id -u)" = 0 ] || tap_skip_all "needs root: config and state_dir must be root's, and status runs in a private mount namespace (CI runs as root)"
command -v unshare > /dev/null || tap_skip_all "unshare (util-linux) missing"
unshare -m true 2> /dev/null || tap_skip_all "cannot make a mount namespace here"

# --- help and version ---------------------------------------------------------
for cmd in check config-test status users uid name pin rebind release "jwks refresh" jwks \
        askpass; do
        for opt in --help -h; do
                "$K8S_LOGIN" $cmd $opt > "$T/out" 2> "$T/err" < /dev/null
                expect "k8s-login $cmd $opt: usage on stdout, nothing on stderr, exit 0" "0 yes 0" \
                        "$? $(grep -q '^usage: k8s-login check' "$T/out" && echo yes) $(wc -c < "$T/err")"
        done
done
"$K8S_LOGIN" check --config /nonexistent --help > "$T/out" 2>&1 < /dev/null
expect "--help after other options still helps" "0 yes" "$? $(grep -q '^usage:' "$T/out" && echo yes)"
for cmd in help --help -h; do
        "$K8S_LOGIN" $cmd > "$T/out" 2> "$T/err"
        expect "k8s-login $cmd: usage on stdout, exit 0" "0 yes 0" \
                "$? $(grep -q '^usage: k8s-login' "$T/out" && echo yes) $(wc -c < "$T/err")"
done
expect "... naming every command, status and help and version too" 13 \
        "$(grep -oE 'k8s-login (check|config-test|status|users|uid|name|pin|rebind|release|jwks refresh|askpass|help|version)' "$T/out" | sort -u | wc -l)"
VERSION=$(sed -n 's/^#define PACKAGE_STRING "\(.*\)"$/\1/p' "$top_builddir/config.h")
for cmd in version --version; do
        "$K8S_LOGIN" $cmd > "$T/out" 2>&1
        expect "k8s-login $cmd: the package and version, exit 0" "0 $VERSION" "$? $(cat "$T/out")"
done
"$K8S_LOGIN" version extra > "$T/out" 2> "$T/err"
expect "k8s-login version with an argument: usage error" 64 "$?"
expect "... named, the usage after it on stderr, nothing on stdout" \
        "k8s-login version: unexpected argument 'extra'|usage: k8s-login check [--config PATH] [--user NAME] < token|0" \
        "$(head -n 2 "$T/err" | paste -sd'|')|$(wc -c < "$T/out")"
"$K8S_LOGIN" > "$T/out" 2> "$T/err"
expect "no command: usage on stderr, exit 64" "64 0 yes" \
        "$? $(wc -c < "$T/out") $(grep -q '^usage:' "$T/err" && echo yes)"

# Words that cannot be a token are named; anything else by size only.
"$K8S_LOGIN" chekc > "$T/out" 2> "$T/err"
expect "a misspelt command: usage error, named" "64 k8s-login: unknown command 'chekc'" "$? $(head -n 1 "$T/err")"
"$K8S_LOGIN" eyJhbGciOiJSUzI1NiJ9.e30.c2ln > "$T/out" 2> "$T/err"
expect "a token as the command: usage error, by size only" "64 k8s-login: unknown command (29 bytes)" \
        "$? $(head -n 1 "$T/err")"
"$K8S_LOGIN" users extra > "$T/out" 2> "$T/err"
expect "a stray word: named" "64 k8s-login users: unexpected argument 'extra'" "$? $(head -n 1 "$T/err")"
"$K8S_LOGIN" jwks refresh extra > "$T/out" 2> "$T/err"
expect "... named after the whole command" "64 k8s-login jwks refresh: unexpected argument 'extra'" \
        "$? $(head -n 1 "$T/err")"
"$K8S_LOGIN" users Extra.Word > "$T/out" 2> "$T/err"
expect "... its twin with capitals and a dot (token-like): by position and size" \
        "64 k8s-login users: unexpected argument 1 (10 bytes)" "$? $(head -n 1 "$T/err")"

# --- status -----------------------------------------------------------------------
make_pki
STATE=$T/state
mkdir -p "$STATE"; chmod 0755 "$STATE"
write_config "$T/k8s.conf" 6443 "state_dir = $STATE" "cache_ttl = 60"
CONF=$T/k8s.conf
printf 'passwd:         files k8s\ngroup:          files [NOTFOUND=return] k8s # test\nshadow:         files\n' \
        > "$T/nss-on"
printf 'passwd:         files\ngroup:          files\n# passwd: files k8s\n' > "$T/nss-off"
printf 'passwd:         files k8s\ngroup:          files\n' > "$T/nss-half"
mkdir -p "$T/pam-on" "$T/pam-off" "$T/pam-sshd"
printf 'auth\t[success=1 default=ignore]\tpam_localuser.so\nauth\t[success=end user_unknown=ignore default=die]\tpam_k8s.so\n' \
        > "$T/pam-on/common-auth"
printf 'auth\trequired\tpam_unix.so\n# auth required pam_k8s.so\n' > "$T/pam-off/common-auth"
cp "$T/pam-off/common-auth" "$T/pam-sshd/common-auth"
printf 'auth required pam_k8s.so\n' > "$T/pam-sshd/sshd"
printf 'auth required pam_k8s.so\n' > "$T/pam-sshd/sudo"

# status NSSWITCH PAMDIR [args...]: k8s-login status with those as
# /etc/nsswitch.conf and /etc/pam.d; output in $OUT, exit in ST_RC.
status() {
        local nss=$1 pam=$2; shift 2
        unshare -m sh -c 'mount --bind "$1" /etc/nsswitch.conf && mount --bind "$2" /etc/pam.d &&
                shift 2 && exec "$@"' sh "$nss" "$pam" "$K8S_LOGIN" status "$@" > "$OUT" 2>&1
        ST_RC=$?
}
line() { sed -n "s/^$1: //p" "$OUT"; }

status "$T/nss-on" "$T/pam-on" --config "$CONF"
expect "status, all in place: exit 0" 0 "$ST_RC"
expect "... config OK" "OK ($CONF)" "$(line config)"
expect "... validation" tokenreview "$(line validation)"
expect "... no key set with tokenreview" "not used (validation = tokenreview)" "$(line 'key set')"
expect "... an empty registry" "0 accounts, 0 groups, 0 retired ($STATE/uids)" "$(line registry)"
expect "... no token cache yet" "empty (cache_ttl = 60 s)" "$(line 'token cache')"
expect "... nsswitch names k8s" "k8s named for passwd and group" "$(line nsswitch)"
expect "... PAM enabled through pam-auth-update" "enabled in /etc/pam.d/common-auth (pam-auth-update)" "$(line pam)"
expect "... seven lines, one each" 7 "$(wc -l < "$OUT")"

"$K8S_LOGIN" pin demo_x --config "$CONF" > /dev/null 2>&1
printf 'x' > "$STATE/tokens.cache"; chmod 0600 "$STATE/tokens.cache"
status "$T/nss-on" "$T/pam-on" --config "$CONF"
expect "after a pin: the registry counts one account and its group" "0 1 account, 1 group, 0 retired ($STATE/uids)" \
        "$ST_RC $(line registry)"
expect "... and the token cache its size" "1 bytes ($STATE/tokens.cache, cache_ttl = 60 s)" "$(line 'token cache')"

status "$T/nss-off" "$T/pam-on" --config "$CONF"
expect "nsswitch without k8s (a commented line does not count): exit 1" 1 "$ST_RC"
expect "... with a warning" "warning: /etc/nsswitch.conf does not name k8s for passwd and group" "$(line nsswitch)"
status "$T/nss-half" "$T/pam-on" --config "$CONF"
expect "nsswitch with k8s for passwd only: exit 1, naming group" "1 warning: /etc/nsswitch.conf does not name k8s for group" \
        "$ST_RC $(line nsswitch)"
status "$T/nss-on" "$T/pam-off" --config "$CONF"
expect "PAM not enabled (a commented line does not count): exit 1" 1 "$ST_RC"
expect_grep "... with a warning naming pam-auth-update" "^pam: warning: pam_k8s.so is in neither /etc/pam.d/common-auth .*pam-auth-update --enable k8s-login" "$OUT"
status "$T/nss-on" "$T/pam-sshd" --config "$CONF"
expect "PAM enabled in the sshd and sudo services: exit 0" "0 enabled in /etc/pam.d for sshd, sudo" \
        "$ST_RC $(line pam)"

write_config "$T/c0600.conf" 6443 "state_dir = $STATE"; chmod 0600 "$T/c0600.conf"
status "$T/nss-on" "$T/pam-on" --config "$T/c0600.conf"
expect "a config that config-test refuses: exit 3" 3 "$ST_RC"
expect "... config unusable, with the count" "unusable: 1 problem in $T/c0600.conf (k8s-login config-test says which)" \
        "$(line config)"
expect "... and still the other lines" tokenreview "$(line validation)"
write_config "$T/bad.conf" 6443 "timeout = forever"
status "$T/nss-on" "$T/pam-on" --config "$T/bad.conf"
expect "a config that does not load: exit 3" "3 unusable: $T/bad.conf does not load (k8s-login config-test says why)" \
        "$ST_RC $(line config)"
expect "... and nsswitch and pam still reported" "k8s named for passwd and group|enabled in /etc/pam.d/common-auth (pam-auth-update)" \
        "$(line nsswitch)|$(line pam)"

# The key set of jwks_uri: its cache's age, a warning until it is fetched.
{
        echo "validation = jwks"
        echo "issuer = https://127.0.0.1:6443"
        echo "jwks_uri = https://127.0.0.1:6443/openid/v1/jwks"
        echo "ca_file = $PKI/ca.pem"
        echo "audiences = k8s-login"
        echo "allow_namespaces = demo"
        echo "state_dir = $STATE"
} > "$T/jwks.conf"
chmod 0644 "$T/jwks.conf"
status "$T/nss-on" "$T/pam-on" --config "$T/jwks.conf"
expect "jwks_uri never fetched: exit 1, a warning" \
        "1 warning: not fetched yet (no $STATE/jwks.cache; k8s-login jwks refresh)" "$ST_RC $(line 'key set')"
printf '{}' > "$STATE/jwks.cache"; chmod 0600 "$STATE/jwks.cache"
touch -d '-120 seconds' "$STATE/jwks.cache"
status "$T/nss-on" "$T/pam-on" --config "$T/jwks.conf"
expect "jwks_uri fetched two minutes ago: exit 0, its age" "0 yes" \
        "$ST_RC $(line 'key set' | grep -qE "^fetched 1[2-9][0-9] s ago \($STATE/jwks.cache\)$" && echo yes)"
touch -d '-2 days' "$STATE/jwks.cache"
status "$T/nss-on" "$T/pam-on" --config "$T/jwks.conf"
expect "jwks_uri fetched two days ago: exit 1, a warning" "1 yes" \
        "$ST_RC $(line 'key set' | grep -qE '^warning: fetched 17[0-9]{4} s ago' && echo yes)"
status "$T/nss-on" "$T/pam-on" --config "$T/jwks.conf" --frobnicate
expect "status with an unknown option: usage error" 64 "$ST_RC"
expect "... the option named, then the usage" \
        "k8s-login status: unknown option '--frobnicate'|usage: k8s-login check [--config PATH] [--user NAME] < token" \
        "$(head -n 2 "$OUT" | paste -sd'|')"
tap_done
