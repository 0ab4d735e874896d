# The real programs, in a private mount namespace: sshd, ssh, sudo and
# pam-auth-update run against this build installed into a scratch prefix,
# with configs/ installed where an administrator puts them. The host's
# /etc, /run, /home and login records are never touched: each is a copy
# or an empty tmpfs mounted over the original, and the mounts go away
# with the namespace. Shared by tests/e2e/*.sh and demo.sh.
#
# Source this file first, call e2e_enter "$0" "$@" (re-executes the
# script in a new mount namespace, or says why it must skip), then
# source tests/integration/lib.sh and call e2e_setup.
#
# E2E_NET=private: a private network namespace too (only its own
# loopback), so sshd can listen on port 22 and host names in /etc/hosts
# (a copy) can point at it: the README's commands then run as written.

# e2e_enter SCRIPT ARGS...: returns inside the namespace; outside it,
# re-executes SCRIPT there, or prints a TAP skip (E2E_SKIP=exit1: fail).
e2e_enter() {
        [ -n "${K8S_E2E_NS:-}" ] && return 0
        local why=
        if [ "$(id -u)" != 0 ]; then
                why="needs root (sshd, sudo and mount namespaces; CI runs as root)"
        elif [ "${ENABLE_SANITIZERS:-no}" = yes ]; then
                why="a sanitized pam_k8s.so cannot load into the real sshd and setuid sudo (the normal build runs these)"
        elif ! err=$(unshare -m --propagation private ${E2E_NET:+-n} true 2>&1); then
                # Say what failed: in a chroot whose / is no mount point,
                # "cannot change root filesystem propagation: Invalid argument".
                why="unshare -m${E2E_NET:+ -n} failed: ${err:-no message}"
        else
                for p in /usr/sbin/sshd /usr/bin/ssh /usr/bin/sshpass /usr/bin/sudo \
                        /usr/sbin/pam-auth-update /usr/bin/setpriv; do
                        [ -x "$p" ] || { why="missing $p (Debian: openssh-server openssh-client sshpass sudo)"; break; }
                done
        fi
        if [ -n "$why" ]; then
                [ "${E2E_SKIP:-tap}" = tap ] || { echo "$why" >&2; exit 1; }
                echo "1..0 # SKIP $why"
                exit 0
        fi
        exec unshare -m --propagation private ${E2E_NET:+-n} env K8S_E2E_NS=1 bash "$@"
}

# e2e_setup: installs the build and configs/, starts the stand-in API
# server (PORT) and sshd (SSHD_PORT). Sets ROOT (scratch prefix), KL (the
# installed k8s-login), ASKPASS, SSH_OPTS. Needs lib.sh.
e2e_setup() {
        local src=$top_srcdir/configs sec=/usr/lib/$MULTIARCH/security f

        ROOT=$T/root
        if [ -n "${E2E_NET:-}" ]; then
                ip link set lo up || { echo "cannot bring up lo in the network namespace" >&2; exit 1; }
        fi
        make -s -C "$top_builddir" install DESTDIR="$ROOT" > "$T/install.log" 2>&1 ||
                { cat "$T/install.log" >&2; echo "make install failed" >&2; exit 1; }
        KL=$ROOT/usr/bin/k8s-login
        ASKPASS=$ROOT/usr/bin/k8s-login-askpass

        # /etc: a copy, so configs/ go where an administrator puts them.
        cp -a /etc "$T/etc"
        mount --bind "$T/etc" /etc
        cp -a /etc/pam.d "$T/pam.d.stock"
        install -m 0644 "$src/pam.d/sshd" /etc/pam.d/sshd
        install -m 0644 "$src/pam.d/sudo" /etc/pam.d/sudo
        install -m 0644 "$src/sshd_config.d/k8s-login.conf" /etc/ssh/sshd_config.d/k8s-login.conf
        install -m 0440 "$src/sudoers.d/k8s-login" /etc/sudoers.d/k8s-login
        # nsswitch.conf: the host's, with the example's passwd and group lines.
        { grep -vE '^(passwd|group):' /etc/nsswitch.conf
          grep -E '^(passwd|group):' "$src/nsswitch.conf.example"; } > "$T/nsswitch.conf"
        install -m 0644 "$T/nsswitch.conf" /etc/nsswitch.conf
        # The scratch prefix's libdir, for libnss_k8s.so.2 (setuid sudo
        # included, which ignores LD_LIBRARY_PATH); -X: no links changed.
        echo "$ROOT/usr/lib/$MULTIARCH" > /etc/ld.so.conf.d/zz-k8s-login-test.conf
        ldconfig -X
        # PAM modules: the system's, and the installed pam_k8s.so.
        cp -a "$sec" "$T/security"
        cp "$ROOT$sec/pam_k8s.so" "$T/security/"
        mount --bind "$T/security" "$sec"
        # pam-auth-update's profiles and its record of what is enabled.
        cp -a /usr/share/pam-configs "$T/pam-configs"
        install -m 0644 "$src/pam-configs/k8s-login" "$T/pam-configs/k8s-login"
        mount --bind "$T/pam-configs" /usr/share/pam-configs
        mkdir -p /var/lib/pam
        cp -a /var/lib/pam "$T/var-lib-pam"
        mount --bind "$T/var-lib-pam" /var/lib/pam

        # Empty /run (no host logind, dbus or sudo timestamps), /home (the
        # homes pam_mkhomedir makes), sudo's records and login records.
        mount -t tmpfs -o mode=0755 e2e-run /run
        mkdir -m 0755 /run/sshd
        install -m 0664 -g utmp /dev/null /run/utmp 2>/dev/null || : > /run/utmp
        mount -t tmpfs -o mode=0755 e2e-home /home
        # sudo's lecture records.
        [ -d /var/lib/sudo ] && mount -t tmpfs -o mode=0711 e2e-sudo /var/lib/sudo
        for f in /var/log/wtmp /var/log/btmp /var/log/lastlog; do
                [ -e "$f" ] || continue
                install -m "$(stat -c %a "$f")" -o "$(stat -c %u "$f")" -g "$(stat -c %g "$f")" \
                        /dev/null "$T/$(basename "$f")"
                mount --bind "$T/$(basename "$f")" "$f"
        done

        make_pki
        start_server e2e
        e2e_write_config "$PORT"
        e2e_start_sshd
}

# e2e_write_config PORT: /etc/k8s-login.conf is configs/k8s-login.conf
# with this test's site values: the stand-in server and its CA and
# reviewer token, namespaces demo and ops, a scratch state_dir.
e2e_write_config() {
        local conf=$top_srcdir/configs/k8s-login.conf
        sed -e "s|^api_server = .*|api_server = https://127.0.0.1:$1|" \
                -e "s|^ca_file = .*|ca_file = $PKI/ca.pem|" \
                -e "s|^reviewer_token_file = .*|reviewer_token_file = $PKI/reviewer.token|" \
                -e "s|^allow_namespaces = .*|allow_namespaces = demo, ops|" \
                -e "s|^#state_dir = .*|state_dir = $T/state|" "$conf" > "$T/k8s-login.conf"
        # Every one of the five lines must have been there to change.
        if [ "$(diff "$conf" "$T/k8s-login.conf" | grep -c '^>')" != 5 ]; then
                echo "configs/k8s-login.conf lacks a line e2e_write_config replaces" >&2
                exit 1
        fi
        # The helper as installed into the scratch prefix (the packages'
        # test, deb.sh, runs it from its default path).
        echo "helper = $ROOT/usr/libexec/k8s-login/k8s-login-helper" >> "$T/k8s-login.conf"
        install -m 0644 "$T/k8s-login.conf" /etc/k8s-login.conf
}

e2e_start_sshd() {
        local i
        ssh-keygen -q -t ed25519 -N '' -f "$T/ssh_host_ed25519_key"
        SSHD_PORT=${E2E_SSHD_PORT:-$(free_port)}
        # Debian's own sshd_config, which reads sshd_config.d/ first; the
        # syslog shim writes what pam_k8s logs to $T/syslog.
        env LD_PRELOAD="$SYSLOG_SHIM" K8S_TEST_SYSLOG="$T/syslog" \
                /usr/sbin/sshd -D -e -f /etc/ssh/sshd_config -h "$T/ssh_host_ed25519_key" \
                -o ListenAddress=127.0.0.1 -o Port="$SSHD_PORT" -o PidFile="$T/sshd.pid" \
                2>> "$T/sshd.log" &
        SERVER_PIDS+=($!)
        for i in $(seq 1 100); do
                "$PYTHON3" -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' \
                        "$SSHD_PORT" 2>/dev/null && break
                sleep 0.05
        done
        # The host key is shipped, as the README says it must be: with
        # StrictHostKeyChecking=no the host-key question never reached
        # askpass, which hid a client answering it with the token forever.
        printf '%s %s\n' "$([ "$SSHD_PORT" = 22 ] && echo 127.0.0.1 || echo "[127.0.0.1]:$SSHD_PORT")" \
                "$(cut -d' ' -f1,2 "$T/ssh_host_ed25519_key.pub")" > "$T/known_hosts"
        chmod 0644 "$T/known_hosts"
        SSH_OPTS=(-F /dev/null -p "$SSHD_PORT" -o UserKnownHostsFile="$T/known_hosts"
                -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes
                -o PubkeyAuthentication=no -o NumberOfPasswordPrompts=1
                -o ConnectTimeout=5 -o LogLevel=ERROR)
}

# e2e_ssh_askpass USER CMD: ssh as a job runs it: keyboard-interactive,
# k8s-login-askpass answering the module's prompts, no terminal; the token file
# is the caller's K8S_LOGIN_TOKEN_FILE, else the projected paths.
e2e_ssh_askpass() {
        timeout 30 setsid -w env SSH_ASKPASS="$ASKPASS" SSH_ASKPASS_REQUIRE=force \
                ssh "${SSH_OPTS[@]}" -o PreferredAuthentications=keyboard-interactive \
                "$1@127.0.0.1" "$2" < /dev/null
}

# token_file NAME [mint options...]: mints a token into $T/NAME.token
# (mode 0644: jobs and sudo's askpass read it as the account's user).
token_file() {
        local name=$1; shift
        mint "$@" > "$T/$name.token" || exit 1
        chmod 0644 "$T/$name.token"
        echo "$T/$name.token"
}
