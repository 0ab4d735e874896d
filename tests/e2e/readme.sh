#!/bin/bash
# The README's commands, run as written, in order, by the users they are
# written for: installing on a host (nsswitch, pam-auth-update with
# mkhomedir), the stand-in server by hand, and the three uses against the
# real sshd on port 22 and sudo. A private mount and network namespace
# (tests/e2e/sandbox.sh, E2E_NET=private) lets `debug-host` and
# `batch-host` be names in a copied /etc/hosts for 127.0.0.1, gives root
# an empty home (so an empty ~/.ssh/known_hosts), and puts the built
# k8s-login in /usr/bin through an overlay. `kubectl` is a stand-in that
# mints with tests/fixtures/k8sfake.py. Every step is bounded by timeout.
E2E_NET=private
. "$(dirname "$0")/sandbox.sh"
e2e_enter "$0" "$@"
. "$(dirname "$0")/../integration/lib.sh"
README=$top_srcdir/README.md
cp /etc/nsswitch.conf "$T/nsswitch.stock"
E2E_SSHD_PORT=22
e2e_setup

# block NAME: the fenced block after "<!-- test: NAME -->" in README.md.
block() {
        awk -v name="$1" '$0 == "<!-- test: " name " -->" { f = 1; next }
                f == 1 && /^```/ { f = 2; next } f == 2 && /^```/ { exit } f == 2 { print }' "$README"
}
for b in quickstart install-nss id-output install-pam install-sshd-sudo byhand-server byhand-check ssh-hostkey \
        ssh-token sudo job; do
        [ -n "$(block "$b")" ] || { tap_fail "README.md has the block '$b'"; tap_done; exit 1; }
done
# run_block NAME [USER [HOME]]: runs the block with bash as USER (default
# root) in the checkout, output in $T/NAME.out and .err; RC its status.
run_block() {
        local name=$1 user=${2:-root} home=${3:-/root}
        block "$name" > "$T/$name.sh"
        chmod 0644 "$T/$name.sh"
        (cd "$top_srcdir" && timeout 60 setsid -w setpriv --reuid="$user" --regid="$(id -g "$user")" \
                --init-groups env -i PATH="$T/bin:/usr/sbin:/usr/bin:/sbin:/bin" HOME="$home" \
                USER="$user" LOGNAME="$user" bash -e "$T/$name.sh") \
                < "${STDIN:-/dev/null}" > "$T/$name.out" 2> "$T/$name.err"
        RC=$?
        OUT=$T/$name.err
}

# --- the quick start is exactly two commands ----------------------------------
expect "the quick start is two commands: ./demo.sh and ./run-tests.sh" "./demo.sh ./run-tests.sh" \
        "$(block quickstart | awk '{print $1}' | xargs)"
expect "... both executable" yes "$([ -x "$top_srcdir/demo.sh" ] && [ -x "$top_srcdir/run-tests.sh" ] && echo yes)"

# The demo's ssh part, where unshare -m fails (a chroot whose / is not a
# mount point): it stops and prints unshare's own error, not a guess.
mkdir -p "$T/croot"
for d in usr etc dev proc tmp "$(echo "$top_srcdir" | cut -d/ -f2)" "$(echo "$top_builddir" | cut -d/ -f2)"; do
        mkdir -p "$T/croot/$d"
        mountpoint -q "$T/croot/$d" || mount --rbind "/$d" "$T/croot/$d"
done
for l in bin sbin lib lib64; do [ -e "$T/croot/$l" ] || ln -s "usr/$l" "$T/croot/$l"; done
timeout 60 chroot "$T/croot" env -u K8S_E2E_NS top_srcdir="$top_srcdir" top_builddir="$top_builddir" \
        bash "$top_srcdir/tests/e2e/demo_ssh.sh" > "$T/demo.out" 2> "$T/demo.err"
expect "the demo's ssh part in a chroot, where unshare -m fails, stops (exit 1)" 1 "$?"
expect_grep "... printing unshare's own error" \
        "unshare -m failed: unshare: cannot change root filesystem propagation: Invalid argument" "$T/demo.err"
for d in "$T"/croot/*; do [ -L "$d" ] || umount -l "$d" 2>/dev/null; done

# --- the host: the installed programs in /usr/bin, Debian's own PAM files ------
mkdir -p "$T/usrbin" "$T/bin" "$T/overlay-work" "$T/overlay-upper"
cp -a "$ROOT/usr/bin/." "$T/usrbin/"
mount -t overlay e2e-usrbin -o "lowerdir=$T/usrbin:/usr/bin" /usr/bin ||
        { tap_fail "overlay of /usr/bin"; tap_done; exit 1; }
expect "k8s-login-askpass is at /usr/bin, where the README says, a link to this build's k8s-login" \
        "k8s-login same" "$(readlink /usr/bin/k8s-login-askpass) $(cmp -s /usr/bin/k8s-login "$KL" && echo same)"
cp "$T/pam.d.stock/sshd" /etc/pam.d/sshd
cp "$T/pam.d.stock/sudo" /etc/pam.d/sudo
install -m 0644 "$T/nsswitch.stock" /etc/nsswitch.conf
printf '127.0.0.1 debug-host batch-host\n' >> /etc/hosts
mount -t tmpfs -o mode=0700 e2e-root /root
# kubectl: `kubectl -n NS create token SA --audience A --duration Nm`, minted
# by the stand-in server's keys (the PKI is root's: the token is minted here).
cat > "$T/bin/kubectl" <<KUBECTL
#!/bin/bash
[ "\$1 \$3 \$4 \$6 \$8" = "-n create token --audience --duration" ] && [ \$# = 9 ] || exit 64
exec "$PYTHON3" "$FIXTURE" mint --pki "$PKI" --alg RS256 --ns "\$2" --sa "\$5" --no-pod \\
        --aud "\$7" --exp-in \$(( \${9%m} * 60 ))
KUBECTL
chmod 0755 "$T/bin/kubectl"

# --- NSS, and id before the first login ------------------------------------
getent passwd demo_debugger > /dev/null
expect "before the README's nsswitch step, demo_debugger is no user" 2 "$?"
run_block install-nss
expect "README: the nsswitch.conf step" 0 "$RC"
expect "... adds k8s to the passwd and group lines" "passwd: files systemd k8s|group: files systemd k8s" \
        "$(grep -E '^(passwd|group):' /etc/nsswitch.conf | tr -s ' \t' ' ' | paste -sd'|')"
run_block install-nss
expect "... and only once, run twice" 2 "$(grep -cE '^(passwd|group):.* k8s$' /etc/nsswitch.conf)"
MIN=1879048192
UID_DBG=$(first_choice demo debugger); GID_DEMO=$(first_choice demo -)
expect "id demo_debugger before its first login: its groups, no 4294967295" \
        "uid=$UID_DBG gid=$GID_DEMO groups=$GID_DEMO,$MIN(k8s)" "$(timeout 10 id demo_debugger 2>&1)"

# --- PAM: without mkhomedir, no home; the README's step makes it ------------------
mkdir -p /var/run/secrets/tokens
pod_token() { # NS SA: the pod's projected token, for the job
        mint --alg RS256 --ns "$1" --sa "$2" --pod "$2" --exp-in 600 > /var/run/secrets/tokens/k8s-login
}
OPS=$(token_file ops --alg RS256 --ns ops --sa admin --exp-in 600)
pam-auth-update --package --enable k8s-login > "$T/pau.out" 2>&1
K8S_LOGIN_TOKEN_FILE=$OPS e2e_ssh_askpass ops_admin 'pwd' > "$T/ops.out" 2> "$T/ops.err"
expect "the twin: with the k8s-login profile alone, ssh logs in" "0 /" "$? $(cat "$T/ops.out")"
expect_grep "... but without a home directory" "Could not chdir to home directory /home/ops_admin" "$T/ops.err"
run_block install-pam
expect "README: pam-auth-update --enable k8s-login mkhomedir" 0 "$RC"
expect_grep "... pam_mkhomedir is in common-session" "pam_mkhomedir\.so" /etc/pam.d/common-session

# sshd and sudo: the package's examples are configs/ (debian/rules). sshd
# was started with the drop-in already; the block must put back the same files.
mkdir -p "$T/doc/k8s-login"
cp -a "$top_srcdir/configs" "$T/doc/k8s-login/examples"
mount -t overlay e2e-doc -o "lowerdir=$T/doc:/usr/share/doc" /usr/share/doc
rm -f /etc/ssh/sshd_config.d/k8s-login.conf /etc/sudoers.d/k8s-login
run_block install-sshd-sudo
expect "README: the sshd drop-in and the sudoers file, visudo -c" 0 "$RC"
expect "... are the files of configs/, the sudoers one mode 0440" "same same 440" \
        "$(cmp -s /etc/ssh/sshd_config.d/k8s-login.conf "$top_srcdir/configs/sshd_config.d/k8s-login.conf" && echo same) $(cmp -s /etc/sudoers.d/k8s-login "$top_srcdir/configs/sudoers.d/k8s-login" && echo same) $(stat -c %a /etc/sudoers.d/k8s-login)"

# --- ssh: the host key, then the token ---------------------------------------------
# First with ~/.ssh/known_hosts empty: the command ends at once, and sends nothing.
mkdir -m 0700 /root/.ssh && : > /root/.ssh/known_hosts
new_log
STDIN=/dev/null run_block ssh-token
expect "README ssh, known_hosts empty: refused at once, no loop" 255 "$RC"
expect_grep "... because the host key is unknown" "Host key verification failed" "$T/ssh-token.err"
new_log
expect_no_grep "... and no token reached sshd" "pam_k8s" "$T/syslog.new"
run_block ssh-hostkey
expect "README: ssh-keyscan and ssh-keygen -lF" 0 "$RC"
expect "... prints debug-host's fingerprint" \
        "debug-host ED25519 $(ssh-keygen -lf "$T/ssh_host_ed25519_key.pub" | awk '{print $2}')" \
        "$(grep '^debug-host ' "$T/ssh-hostkey.out" | sed 's/ *$//')"
printf 'echo "ID $(id)"\necho "PWD $(pwd)"\n' > "$T/session.in"
STDIN=$T/session.in run_block ssh-token
expect "README ssh with the token: demo_debugger logs in" 0 "$RC"
expect "... the session's id is the README's" "$(block id-output | sed -n 2p)" "$(sed -n 's/^ID //p' "$T/ssh-token.out")"
expect "... in the home directory mkhomedir made" /home/demo_debugger "$(sed -n 's/^PWD //p' "$T/ssh-token.out")"
expect_no_grep "... without 'Could not chdir'" "Could not chdir" "$T/ssh-token.err"
expect "... id demo_debugger on the host now shows the README's output" \
        "$(block id-output | sed -n 2p)" "$(timeout 10 id demo_debugger)"
# BatchMode=yes, which jobs often set, turns keyboard-interactive off.
K8S_LOGIN_TOKEN_FILE=/root/.k8s-token SSH_ASKPASS=/usr/bin/k8s-login-askpass SSH_ASKPASS_REQUIRE=force \
        timeout 30 ssh -o BatchMode=yes -o PreferredAuthentications=keyboard-interactive \
        -o StrictHostKeyChecking=yes demo_debugger@debug-host id < /dev/null > "$T/batch.out" 2>&1
expect "as the README says, with BatchMode=yes no token is asked for" "255" "$?"

# --- sudo: both of the README's lines, as demo_debugger ----------------------------
install -m 0600 -o demo_debugger -g k8s_demo /root/.k8s-token /home/demo_debugger/.k8s-token
expect "the token needs parts for sudo (512 bytes or more)" yes \
        "$([ "$(tr -d '\n' < /home/demo_debugger/.k8s-token | wc -c)" -ge 512 ] && echo yes)"
block sudo > "$T/sudo.lines"
n=0
while IFS= read -r line; do
        n=$((n + 1))
        printf '%s\n' "$line" > "$T/sudo$n.block"
        timeout 10 setpriv --reuid=demo_debugger --regid=k8s_demo --init-groups sudo -k
        (cd /home/demo_debugger && timeout 30 setsid -w setpriv --reuid=demo_debugger --regid=k8s_demo \
                --init-groups env -i PATH=/usr/bin:/bin HOME=/home/demo_debugger bash -e "$T/sudo$n.block") \
                < /dev/null > "$T/sudo.out" 2> "$T/sudo.err"
        expect "README sudo line $n ($(echo "$line" | grep -o 'sudo -[AS]')): runs id -u as root, and only that" \
                "0 0" "$? $(cat "$T/sudo.out")"
        OUT=$T/sudo.err
        expect_no_grep "... with no error from a part past the last" "k8s-login askpass:" "$T/sudo.err"
done < "$T/sudo.lines"
expect "the README has two sudo lines" 2 "$n"
# The twin: the whole token on one line, which sudo refuses to pass on,
# saying only "Conversation error". (setuid sudo ignores the syslog shim;
# tests/integration/pam_tokenreview.sh checks the reason pam_k8s logs.)
timeout 10 setpriv --reuid=demo_debugger --regid=k8s_demo --init-groups sudo -k
timeout 30 setsid -w setpriv --reuid=demo_debugger --regid=k8s_demo --init-groups \
        sudo -S id -u < /home/demo_debugger/.k8s-token > "$T/sudo.out" 2> "$T/sudo.err"
expect "sudo -S with the token on one line is refused" "1 " "$? $(cat "$T/sudo.out")"
expect_grep "... with only a conversation error from sudo" "Conversation error" "$T/sudo.err"

# --- the job: its projected token, batch-host's key shipped ---------------------------
pod_token demo ci
chown nobody /var/run/secrets/tokens/k8s-login
job() {
        (cd / && timeout 30 setsid -w setpriv --reuid=nobody --regid=nogroup --clear-groups \
                env -i PATH=/usr/bin:/bin HOME=/nonexistent bash -e "$T/job.block") \
                < /dev/null > "$T/job.out" 2> "$T/job.err"
        JOB_RC=$?
}
block job > "$T/job.block"
chmod 0644 "$T/job.block"
job
expect "README job, batch-host's key not shipped: refused at once" 255 "$JOB_RC"
expect_grep "... because the host key is unknown" "Host key verification failed" "$T/job.err"
printf 'batch-host %s\n' "$(cut -d' ' -f1,2 "$T/ssh_host_ed25519_key.pub")" > /etc/ssh/ssh_known_hosts
job
expect "README job, key in /etc/ssh/ssh_known_hosts: logs in as demo_ci and runs its command" \
        "0 demo_ci" "$JOB_RC $(cat "$T/job.out")"

# --- by hand: the stand-in server on port 6443, a token checked ----------------------
timeout 30 "$PYTHON3" "$FIXTURE" serve --pki "$PKI" > "$T/serve.out" 2>&1
expect "k8sfake serve with neither --port nor --port-file is a usage error" 2 "$?"
timeout 30 "$PYTHON3" "$FIXTURE" serve --pki "$PKI" --port 65536 > "$T/serve.out" 2>&1
expect "... and so is a port past 65535" 2 "$?"
run_block byhand-server
# The README's & leaves the server running: wait for it, stop it at the end.
for _ in $(seq 1 100); do
        [ -e /etc/k8s-login/fake/ca.pem ] && "$PYTHON3" -c 'import socket; socket.create_connection(("127.0.0.1", 6443), 1)' 2>/dev/null && break
        sleep 0.1
done
BYHAND_PID=$(ss -Htlnp 'sport = :6443' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$BYHAND_PID" ] && SERVER_PIDS+=("$BYHAND_PID")
expect "README by hand: k8sfake serve --port 6443 listens" yes "$([ -n "$BYHAND_PID" ] && echo yes)"
run_block byhand-check
expect "README by hand: config-test, mint and check allow the token" 0 "$RC"
expect_grep "... config-test --connect reached the stand-in as a login would" \
        "^api server: https://127.0.0.1:6443 answered a TokenReview from the reviewer \(TLS verified against /etc/k8s-login/fake/ca.pem\)$" \
        "$T/byhand-check.out"
expect_grep "... and check prints the identity" "system:serviceaccount:demo:debugger" "$T/byhand-check.out"
expect_grep "... and its reason in words" "authenticated by the API server" "$T/byhand-check.out"
kill "$BYHAND_PID" 2>/dev/null
for _ in $(seq 1 50); do
        [ -z "$(ss -Htln 'sport = :6443')" ] && break
        sleep 0.1
done
# A new token: the one above is remembered (cache_ttl).
"$PYTHON3" "$FIXTURE" mint --pki /etc/k8s-login/fake --ns demo --sa debugger --alg RS256 |
        timeout 30 k8s-login check --user demo_debugger > "$T/down.out" 2>&1
expect "the twin: the same check with the stand-in server stopped is 'unavailable'" 3 "${PIPESTATUS[1]}"
expect_grep "... saying why, in words (no \\x20)" "API server unreachable: Failed to connect to 127.0.0.1 port 6443" "$T/down.out"
tap_done
