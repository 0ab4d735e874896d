#!/bin/bash
# The Debian packages. dpkg-buildpackage builds libpam-k8s,
# libnss-k8s and k8s-login from a copy of the tree (the tree and its _build
# directories are never touched), lintian finds no error or warning, and
# the packages install with the real dpkg and their maintainer scripts into
# a throw-away copy of this machine: an overlay of / in a private mount
# namespace whose writes all land in a tmpfs that disappears with it, so
# the host's /etc, /usr and dpkg database never change. There the packaged
# k8s-login, config, NSS module, PAM module, man pages and pam-auth-update
# profile are checked, then removal and purge.
. "$(dirname "$0")/lib.sh"
[ "$(id -u)" = 0 ] || tap_skip_all "needs root (dpkg -i into an overlay in a private mount namespace)"
# The packages come from the source tree with their own build, the same in
# every phase: the normal phase builds and checks them.
[ "${ENABLE_SANITIZERS:-no}" = yes ] && tap_skip_all "the packages are built from source, not from this sanitized build (the normal phase runs this)"
for c in dpkg-buildpackage dh lintian unshare chroot; do
        command -v "$c" > /dev/null ||
                tap_skip_all "$c missing (Debian: dpkg-dev debhelper lintian fakeroot)"
done
MA=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
ARCH=$(dpkg-architecture -qDEB_HOST_ARCH)

# --- build from a copy ------------------------------------------------------------
SRC="$T/src/k8s-login"
mkdir -p "$SRC"
if git -C "$top_srcdir" rev-parse --is-inside-work-tree > /dev/null 2>&1; then
        # What git would commit, uncommitted edits included, nothing ignored
        # (no _build*, no generated autotools files).
        (cd "$top_srcdir" && git ls-files -z --cached --others --exclude-standard |
                while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
                tar --null -cf - -T -) | tar -C "$SRC" -xf -
else
        tar -C "$top_srcdir" --exclude='./_build*' --exclude=./autom4te.cache -cf - . |
                tar -C "$SRC" -xf -
fi
V=$(dpkg-parsechangelog -l "$SRC/debian/changelog" -S Version)
expect "debian/changelog has the version of configure.ac" \
        "$(sed -n 's/^AC_INIT(\[k8s-login\], \[\([^]]*\)\].*/\1/p' "$top_srcdir/configure.ac")" "$V"
start=$(now_ms)
# A clean environment: nothing of the calling make (MAKEFLAGS, TESTS=...)
# reaches debian/rules.
(cd "$SRC" && env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$T" LC_ALL=C.UTF-8 \
        DEB_BUILD_OPTIONS="parallel=$(nproc)" dpkg-buildpackage -us -uc -b) > "$T/build.log" 2>&1
rc=$?
echo "dpkg-buildpackage: $(( ($(now_ms) - start) / 1000 )) s" | tap_diag
if [ $rc -ne 0 ]; then tail -40 "$T/build.log" | tap_diag; fi
expect "dpkg-buildpackage -us -uc -b succeeds" 0 "$rc"
expect "... and runs the unit tests (dh_auto_test)" yes \
        "$(grep -qE '^# PASS: +[1-9]' "$T/build.log" && ! grep -qE '^# FAIL: +[1-9]' "$T/build.log" && echo yes || echo no)"
DEB_PAM="$T/src/libpam-k8s_${V}_$ARCH.deb"
DEB_NSS="$T/src/libnss-k8s_${V}_$ARCH.deb"
DEB_CMD="$T/src/k8s-login_${V}_$ARCH.deb"
for d in "$DEB_PAM" "$DEB_NSS" "$DEB_CMD"; do
        [ -f "$d" ] || { tap_fail "built $(basename "$d")"; tap_done; exit 0; }
done
tap_ok "the three packages are built: libpam-k8s, libnss-k8s, k8s-login"

# --- lintian ----------------------------------------------------------------------
lintian --no-tag-display-limit "$T/src/k8s-login_${V}_$ARCH.changes" > "$T/lintian.out" 2>&1
grep -E '^[EWIX]:' "$T/lintian.out" | tap_diag
expect "lintian: no error" "" "$(grep '^E:' "$T/lintian.out")"
expect "lintian: no warning (overrides say why in debian/*.lintian-overrides)" "" \
        "$(grep '^W:' "$T/lintian.out")"
# The twin: the same lintian does report an error (a package without
# its copyright file).
mkdir -p "$T/bad/DEBIAN" "$T/bad/usr/share/k8s-bad"
printf 'Package: k8s-bad\nVersion: 1\nArchitecture: all\nMaintainer: x <x@example.invalid>\nDescription: a canary\n a package that lintian must fail\n' \
        > "$T/bad/DEBIAN/control"
echo x > "$T/bad/usr/share/k8s-bad/x"
dpkg-deb -Zgzip -b "$T/bad" "$T/bad.deb" > /dev/null 2>&1
lintian "$T/bad.deb" > "$T/lintian.bad" 2>&1
expect_grep "... and lintian does flag a broken package with E:" '^E: k8s-bad: no-copyright-file' "$T/lintian.bad"

# --- what each package holds --------------------------------------------------
files() { dpkg-deb -c "$1" | awk '$1 !~ /^d/ { print $6 }' | sort | xargs; }
expect "libpam-k8s holds the module, its profile and pam_k8s(8)" \
        "./usr/lib/$MA/security/pam_k8s.so ./usr/share/doc/libpam-k8s/README.Debian ./usr/share/doc/libpam-k8s/changelog.gz ./usr/share/doc/libpam-k8s/copyright ./usr/share/man/man8/pam_k8s.8.gz ./usr/share/pam-configs/k8s-login" \
        "$(files "$DEB_PAM")"
expect "libnss-k8s holds libnss_k8s.so.2 and nss_k8s(8), libnss_k8s(8) a link to it" \
        "./usr/lib/$MA/libnss_k8s.so.2 ./usr/lib/$MA/libnss_k8s.so.2.0.0 ./usr/share/doc/libnss-k8s/README.Debian ./usr/share/doc/libnss-k8s/changelog.gz ./usr/share/doc/libnss-k8s/copyright ./usr/share/lintian/overrides/libnss-k8s ./usr/share/man/man8/libnss_k8s.8.gz ./usr/share/man/man8/nss_k8s.8.gz" \
        "$(files "$DEB_NSS")"
CMD_FILES=$(files "$DEB_CMD")
for f in ./etc/k8s-login.conf ./usr/bin/k8s-login ./usr/bin/k8s-login-askpass \
         ./usr/libexec/k8s-login/k8s-login-helper ./usr/share/man/man8/k8s-login-helper.8.gz \
         ./usr/share/man/man1/k8s-login.1.gz ./usr/share/man/man1/k8s-login-askpass.1.gz \
         ./usr/share/man/man5/k8s-login.conf.5.gz ./usr/share/doc/k8s-login/copyright; do
        expect "k8s-login holds $f" yes "$(case " $CMD_FILES " in *" $f "*) echo yes ;; *) echo no ;; esac)"
done
expect "k8s-login holds every file of configs/ as an example" \
        "$(cd "$SRC/configs" && find . -type f | sed 's|^\.|./usr/share/doc/k8s-login/examples|' | sort | xargs)" \
        "$(printf '%s\n' $CMD_FILES | grep /examples/ | sed 's/\.gz$//' | sort | xargs)"
expect "/etc/k8s-login.conf is a conffile" /etc/k8s-login.conf \
        "$(dpkg-deb --ctrl-tarfile "$DEB_CMD" | tar -xOf - ./conffiles)"
expect "... shipped as root:root 0644, as the module requires (not group or other writable)" \
        "-rw-r--r-- root/root" "$(dpkg-deb -c "$DEB_CMD" | awk '$6 == "./etc/k8s-login.conf" { print $1, $2 }')"
expect "... and is the config of configs/k8s-login.conf" "$(md5sum < "$SRC/configs/k8s-login.conf")" \
        "$(dpkg-deb --fsys-tarfile "$DEB_CMD" | tar -xOf - ./etc/k8s-login.conf | md5sum)"
expect "... the helper as root root 0755, as pam_k8s.so requires before it runs it" \
        "-rwxr-xr-x root/root" "$(dpkg-deb -c "$DEB_CMD" | awk '$6 == "./usr/libexec/k8s-login/k8s-login-helper" { print $1, $2 }')"
expect "libpam-k8s does not need libcurl: no network code in a login process" no \
        "$(dpkg-deb -f "$DEB_PAM" Depends | grep -q libcurl && echo yes || echo no)"
expect_grep "libnss-k8s depends on libc alone" '^libc6 \(>= [0-9.]+\)$' <(dpkg-deb -f "$DEB_NSS" Depends)
expect "... which tells it from k8s-login, which needs more" no \
        "$(dpkg-deb -f "$DEB_CMD" Depends | grep -qE '^libc6 \(>= [0-9.]+\)$' && echo yes || echo no)"

# --- installed, in an overlay of / ------------------------------------------------
if ! grep -qw overlay /proc/filesystems || ! unshare -m true 2> /dev/null; then
        tap_ok "# SKIP no overlayfs or no unshare -m here: the packages were not installed"
        tap_done; exit 0
fi
RES="$T/res"
mkdir -p "$RES" "$T/ovl"
# Run inside: each step's output in $RES/NAME.out, its exit code in NAME.rc.
cat > "$T/inner.sh" <<'INNER'
set -u
RES=$1 MA=$2 DRIVER=$3; shift 3
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin
run() { local n=$1; shift; "$@" > "$RES/$n.out" 2>&1; echo $? > "$RES/$n.rc"; }
sums() { md5sum /etc/nsswitch.conf /etc/pam.d/common-* 2>&1; }
# A host without k8s-login, whatever this machine has.
rm -rf /var/lib/k8s-login /etc/k8s-login.conf /etc/k8s-login
printf 'passwd: files\ngroup: files\nshadow: files\n' > /etc/nsswitch.conf
sums > "$RES/before.sums"
run getent_unregistered getent passwd demo_debugger
run install dpkg -i "$@"
sums > "$RES/after.sums"
run status sh -c "dpkg-query -W -f '\${Package} \${Status}\n' libpam-k8s libnss-k8s k8s-login | sort"
run version k8s-login --version
run config_test k8s-login config-test
chmod 0664 /etc/k8s-login.conf
run config_test_writable k8s-login config-test
chmod 0644 /etc/k8s-login.conf
run conf_stat stat -c '%U %G %a %F' /etc/k8s-login.conf
run conffiles dpkg-query -W -f '${Conffiles}\n' k8s-login
run state_stat stat -c '%U %G %a %F' /var/lib/k8s-login
chmod 0775 /var/lib/k8s-login
run postinst_bad_dir /var/lib/dpkg/info/k8s-login.postinst configure
run state_stat_kept stat -c '%a' /var/lib/k8s-login
chmod 0755 /var/lib/k8s-login
run interface_path test -f "/lib/$MA/security/pam_k8s.so"
run nss_needed sh -c "objdump -p /usr/lib/$MA/libnss_k8s.so.2 | awk '\$1 == \"NEEDED\" {print \$2}'"
printf 'passwd: files k8s\ngroup: files k8s\nshadow: files\n' > /etc/nsswitch.conf
run getent_user getent passwd demo_debugger
run getent_group getent group k8s_demo
run getent_other_ns getent passwd ci_runner
run getent_root getent passwd root
# A token checked through the installed k8s-login and the helper at its
# default path, against the stand-in server outside (a config without a
# helper key); then the same with the helper made group-writable.
run helper_check sh -c "k8s-login check --config '$RES/helper.conf' --user demo_debugger < '$RES/token'"
run helper_stat stat -c '%U %G %a' /usr/libexec/k8s-login/k8s-login-helper
chmod 0775 /usr/libexec/k8s-login/k8s-login-helper
run helper_untrusted sh -c "k8s-login check --config '$RES/helper.conf' --user demo_debugger < '$RES/token'"
chmod 0755 /usr/libexec/k8s-login/k8s-login-helper
for p in man8/pam_k8s.8 man8/nss_k8s.8 man8/libnss_k8s.8 man1/k8s-login.1 man1/k8s-login-askpass.1 \
         man5/k8s-login.conf.5 man8/k8s-login-helper.8; do
        n=$(basename "$p")
        run "man_$n" sh -c "MANWIDTH=80 man --warnings=w -l /usr/share/man/$p.gz 2>&1 >/dev/null"
        run "mantitle_$n" sh -c "MANWIDTH=80 man -l /usr/share/man/$p.gz 2>/dev/null | head -1"
done
run man_by_name man -w 5 k8s-login.conf
# askpass through the installed link, with a 600-byte stand-in token:
# 499 bytes and a backslash, then the last 101; no part 3.
head -c 600 /dev/zero | tr '\0' a > /tmp/token
export K8S_LOGIN_TOKEN_FILE=/tmp/token
run askpass_1 sh -c 'k8s-login-askpass "Service account token: " | wc -c'
run askpass_1_end sh -c 'k8s-login-askpass "Service account token: " | tail -c 2 | od -An -tx1 | xargs'
run askpass_2 sh -c 'k8s-login-askpass "Service account token, part 2: " | wc -c'
run askpass_3 k8s-login-askpass "Service account token, part 3: "
unset K8S_LOGIN_TOKEN_FILE
run profile_default sed -n 's/^Default: *//p' /usr/share/pam-configs/k8s-login
if [ -x "$DRIVER" ]; then
        printf 'auth required pam_k8s.so\naccount required pam_k8s.so\n' > /etc/pam.d/k8s-deb-test
        echo "" > /tmp/empty.answer
        run pam_root sh -c "'$DRIVER' k8s-deb-test root --answers /tmp/empty.answer | grep '^auth:'"
        run pam_sa "$DRIVER" k8s-deb-test demo_debugger --answers /tmp/empty.answer
fi
run enable pam-auth-update --enable k8s-login
run enabled_auth grep -c pam_k8s.so /etc/pam.d/common-auth
run enabled_session grep -c pam_k8s.so /etc/pam.d/common-session
run remove dpkg -r libpam-k8s
run removed_auth grep -c pam_k8s.so /etc/pam.d/common-auth /etc/pam.d/common-session
# As if logins had happened: a registry and a cache.
printf 'u 1879048200 demo debugger - 1700000000\n' > /var/lib/k8s-login/uids
echo x > /var/lib/k8s-login/tokens.cache
run purge dpkg --purge libnss-k8s k8s-login
run purged sh -c 'ls -A /var/lib/k8s-login; test -e /etc/k8s-login.conf && echo config kept || echo config gone'
INNER
# The stand-in API server, and a config for it that names no helper.
make_pki
start_server deb
install -d -m 0755 "$RES/pki"
install -m 0644 "$PKI/ca.pem" "$RES/pki/ca.pem"
install -m 0600 "$PKI/reviewer.token" "$RES/pki/reviewer.token"
printf '%s\n' "api_server = https://127.0.0.1:$PORT" "ca_file = $RES/pki/ca.pem" \
        "reviewer_token_file = $RES/pki/reviewer.token" "audiences = k8s-login" \
        "allow_namespaces = demo" "state_dir = $RES/state" "cache_ttl = 0" > "$RES/helper.conf"
chmod 0644 "$RES/helper.conf"
mint > "$RES/token"
# The driver of the build, if there is one: a PAM login through the
# installed module, by name, with the real libpam.
DRIVER_PATH="$top_builddir/tests/pam_driver"
unshare -m bash -c '
        set -e
        O=$1; shift
        mount -t tmpfs -o mode=0755 k8s-deb-test "$O"
        mkdir "$O/upper" "$O/work" "$O/root"
        mount -t overlay overlay -o "lowerdir=/,upperdir=$O/upper,workdir=$O/work" "$O/root"
        mount --bind /proc "$O/root/proc"
        mount --bind /dev "$O/root/dev"
        mount --bind "$2" "$O/root$2"
        exec chroot "$O/root" /bin/bash "$@"
' sh "$T/ovl" "$T/inner.sh" "$RES" "$MA" "$DRIVER_PATH" "$DEB_NSS" "$DEB_CMD" "$DEB_PAM" \
        > "$T/inner.log" 2>&1
expect "the overlay root ran" 0 "$?"
# r NAME: "exit-code output" of one step.
r() { echo "$(cat "$RES/$1.rc" 2>/dev/null) $(cat "$RES/$1.out" 2>/dev/null)"; }
[ -f "$RES/install.rc" ] || tap_diag < "$T/inner.log"
expect "before, getent does not know demo_debugger (no k8s in nsswitch.conf)" 2 "$(cat "$RES/getent_unregistered.rc")"
expect "dpkg -i installs the three packages" 0 "$(cat "$RES/install.rc")"
[ "$(cat "$RES/install.rc")" = 0 ] || tap_diag < "$RES/install.out"
expect "... all three installed" "0 k8s-login install ok installed
libnss-k8s install ok installed
libpam-k8s install ok installed" "$(r status)"
expect "installing changes neither nsswitch.conf nor any PAM stack" "$(cat "$RES/before.sums")" \
        "$(cat "$RES/after.sums")"
expect "k8s-login --version" "0 k8s-login $V" "$(r version)"
# The packaged config parses, but its placeholders cannot log anyone in:
# config-test says so, one line each, until the administrator fills it in.
expect "k8s-login config-test refuses the packaged config's placeholders (exit 3)" \
        "3 k8s-login: /etc/k8s-login.conf: key 'api_server': https://kubernetes.example.internal:6443 is a placeholder (an example host): set the real one|k8s-login: /etc/k8s-login.conf: key 'ca_file': /etc/k8s-login/ca.pem: cannot open: No such file or directory|k8s-login: /etc/k8s-login.conf: key 'reviewer_token_file': /etc/k8s-login/reviewer.token: cannot open: No such file or directory|k8s-login: /etc/k8s-login.conf: 3 problems found" \
        "$(cat "$RES/config_test.rc") $(paste -sd '|' "$RES/config_test.out")"
expect "... and refuses it once group-writable (exit 3)" \
        "3 k8s-login: config cannot be trusted: /etc/k8s-login.conf: writable by group or others (mode 0664)" \
        "$(r config_test_writable)"
expect "the installed config is root root 644" "0 root root 644 regular file" "$(r conf_stat)"
expect_grep "... registered as a conffile of k8s-login" '^ /etc/k8s-login.conf [0-9a-f]{32}$' "$RES/conffiles.out"
expect "postinst created state_dir as the code requires: root-owned, 0755" \
        "0 root root 755 directory" "$(r state_stat)"
expect "postinst warns about a group-writable state_dir" \
        "0 k8s-login: warning: /var/lib/k8s-login must be a directory owned by root and not writable by group or others; until it is, every login fails closed" \
        "$(r postinst_bad_dir)"
expect "... and leaves it as it is" "0 775" "$(r state_stat_kept)"
expect "pam_k8s.so is at the path pam_k8s(8) names, /lib/$MA/security" 0 "$(cat "$RES/interface_path.rc")"
expect "the installed libnss_k8s.so.2 needs only libc" "0 libc.so.6" "$(r nss_needed)"
U=$(first_choice demo debugger); G=$(first_choice demo -)
expect "getent passwd demo_debugger through real glibc and the packaged module" \
        "0 demo_debugger:*:$U:$G:Kubernetes service account demo/debugger:/home/demo_debugger:/bin/bash" \
        "$(r getent_user)"
expect "getent group k8s_demo" "0 k8s_demo:*:$G:" "$(r getent_group)"
expect "getent passwd ci_runner: namespace ci is not allowed by the packaged config (exit 2)" \
        "2 " "$(r getent_other_ns)"
expect "getent passwd root still comes from files" "0 root:x:0:0:root:/root:/bin/bash" "$(r getent_root)"
expect "the packaged helper is root root 755" "0 root root 755" "$(r helper_stat)"
expect_grep "k8s-login check allows a valid token through the helper at its default path" \
        '^decision: allow$' "$RES/helper_check.out"
expect "... exit 0" 0 "$(cat "$RES/helper_check.rc")"
expect_grep "... the same helper made group-writable is refused, and said so" \
        '^reason: helper /usr/libexec/k8s-login/k8s-login-helper is not an executable regular file owned by root and writable by its owner alone$' \
        "$RES/helper_untrusted.out"
expect "... exit 3 (unavailable)" 3 "$(cat "$RES/helper_untrusted.rc")"
expect "k8s-login-askpass prints part 1: 499 bytes, a backslash, a newline" "0 501" "$(r askpass_1)"
expect "... ending in a backslash and a newline" "0 5c 0a" "$(r askpass_1_end)"
expect "... part 2: the last 101 bytes and a newline" "0 102" "$(r askpass_2)"
expect "... no part 3: nothing on stdout, exit 1" 1 "$(cat "$RES/askpass_3.rc")"
for p in pam_k8s.8 nss_k8s.8 libnss_k8s.8 k8s-login.1 k8s-login-askpass.1 k8s-login.conf.5 k8s-login-helper.8; do
        expect "man -l renders the installed $p without a warning" "0 " "$(r "man_$p")"
done
expect "... libnss_k8s(8) is nss_k8s(8)" "NSS_K8S(8)" "$(r mantitle_libnss_k8s.8 | awk '{print $2}')"
expect "... pam_k8s(8) has its title" "PAM_K8S(8)" "$(r mantitle_pam_k8s.8 | awk '{print $2}')"
expect "man finds k8s-login.conf(5) by name" "0 /usr/share/man/man5/k8s-login.conf.5.gz" "$(r man_by_name)"
expect "the pam-auth-update profile says Default: no" "0 no" "$(r profile_default)"
if [ -f "$RES/pam_root.rc" ]; then
        expect "real libpam loads pam_k8s.so by name: root is not ours" "0 auth: PAM_USER_UNKNOWN" "$(r pam_root)"
        expect "... demo_debugger is asked for a token, and an empty one is refused" \
                "prompt(hidden): Service account token: |auth: PAM_AUTH_ERR" \
                "$(grep -E '^(prompt[(]hidden[)]|auth):' "$RES/pam_sa.out" | paste -sd'|')"
else
        tap_ok "# SKIP no $DRIVER_PATH (build first): no PAM login through the installed module"
fi
expect "pam-auth-update --enable k8s-login puts it in common-auth" "0 1" "$(r enabled_auth)"
expect "... and common-session" "0 1" "$(r enabled_session)"
expect "dpkg -r libpam-k8s succeeds" 0 "$(cat "$RES/remove.rc")"
expect "... and takes pam_k8s.so out of every stack" "1 /etc/pam.d/common-auth:0
/etc/pam.d/common-session:0" "$(r removed_auth)"
expect "dpkg --purge removes libnss-k8s and k8s-login" 0 "$(cat "$RES/purge.rc")"
expect "... keeps the UID registry, drops the caches and the config" \
        "0 uids
config gone" "$(r purged)"
tap_done
