#!/bin/bash
# `make install` puts each artifact where the man pages say, and the
# --with-pam-dir override is honoured by configure.
. "$(dirname "$0")/lib.sh"
[ -e "$top_builddir/Makefile" ] || tap_skip_all "build first"
DEST="$T/root"
make -s -C "$top_builddir" install DESTDIR="$DEST" > "$T/install.log" 2>&1
expect "make install succeeds" 0 "$?"
# The install directories as configure resolved them.
dirs() { make -s -C "$top_builddir" --no-print-directory -f Makefile -f - print-dirs <<'MK'
print-dirs:
	@echo "libdir=$(libdir) bindir=$(bindir) pamdir=$(pamdir) mandir=$(mandir)"
MK
}
eval "$(dirs)"
expect "pamdir defaults to \$(libdir)/security" "$libdir/security" "$pamdir"
expect "pam_k8s.so installed in \$(libdir)/security" yes "$([ -f "$DEST$pamdir/pam_k8s.so" ] && echo yes)"
expect "no libtool archive left beside the module" no "$([ -e "$DEST$pamdir/pam_k8s.la" ] && echo yes || echo no)"
expect "k8s-login installed in \$(bindir)" yes "$([ -x "$DEST$bindir/k8s-login" ] && echo yes)"
expect "k8s-login-askpass, the name ssh and sudo run, is a link to k8s-login in \$(bindir)" k8s-login \
        "$(readlink "$DEST$bindir/k8s-login-askpass")"
expect "libnss_k8s.so.2 installed in \$(libdir)" yes "$([ -f "$DEST$libdir/libnss_k8s.so.2" ] && echo yes)"
expect "... and nothing else of it: no .la, no development symlink" "libnss_k8s.so.2 libnss_k8s.so.2.0.0" \
        "$(cd "$DEST$libdir" && ls libnss_k8s* | xargs)"
expect "the installed NSS module loads" 0 "$("$top_builddir/tests/dlcheck" "$DEST$libdir/libnss_k8s.so.2" _nss_k8s_getpwnam_r >/dev/null; echo $?)"
expect "make install writes nothing under /etc (no nsswitch.conf edit)" "" \
        "$(cd "$DEST" && find . -path './etc*' -type f)"
expect "configs/nsswitch.conf.example names the k8s service for passwd and group" \
        "group: files k8s passwd: files k8s" \
        "$(grep -E '^(passwd|group):' "$top_srcdir/configs/nsswitch.conf.example" | sed 's/  */ /g' | sort | xargs)"
for page in man8/pam_k8s.8 man8/nss_k8s.8 man8/libnss_k8s.8 man1/k8s-login.1 man5/k8s-login.conf.5; do
        expect "man page $page installed" yes "$([ -f "$DEST$mandir/$page" ] && echo yes)"
done
expect "the installed module loads" 0 "$("$top_builddir/tests/dlcheck" "$DEST$pamdir/pam_k8s.so" pam_sm_authenticate >/dev/null; echo $?)"
expect "configure offers --with-pam-dir" yes \
        "$( ("$top_srcdir/configure" --help 2>/dev/null || true) | grep -q -- '--with-pam-dir' && echo yes)"
tap_done
