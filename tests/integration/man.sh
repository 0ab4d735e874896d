#!/bin/bash
# The man pages: each lints without a single warning under mandoc and
# under man-db's groff (all warnings on), the libnss_k8s(8) .so link
# resolves to the page it names, and the pages name exactly the keys,
# commands, exit codes and module arguments that the code has. Each check
# is first shown to fail on a page broken on purpose.
. "$(dirname "$0")/lib.sh"
MAN_SRC="$top_srcdir/man"
PAGES=$(cd "$MAN_SRC" && ls *.[1-8])
command -v mandoc > /dev/null || tap_skip_all "mandoc missing (Debian: mandoc)"
command -v man > /dev/null && command -v groff > /dev/null ||
        tap_skip_all "man or groff missing (Debian: man-db groff-base)"

# A man tree like the installed one, so ".so man8/nss_k8s.8" resolves:
# every lint runs from its top with the page's relative path.
MT="$T/man"
place() { local dir=$1 page=$2; mkdir -p "$dir/man${page##*.}"; cp "$3" "$dir/man${page##*.}/$page"; }
for p in $PAGES; do place "$MT" "$p" "$MAN_SRC/$p"; done

# lint_mandoc TOP PAGE: mandoc's complaints, nothing when clean.
lint_mandoc() {
        (cd "$1" && mandoc -T lint -W warning "man${2##*.}/$2" 2>&1; rc=$?
         [ $rc -eq 0 ] || echo "mandoc exited $rc")
}
# lint_man TOP PAGE: man-db renders it through groff with every warning on;
# groff warns on stderr and still exits 0, so any stderr is a complaint.
lint_man() {
        (cd "$1" && LC_ALL=C.UTF-8 MANWIDTH=80 MANPAGER=cat PAGER=cat \
                man --warnings=w -l "man${2##*.}/$2" 2>&1 > /dev/null; rc=$?
         [ $rc -eq 0 ] || echo "man exited $rc")
}
# render TOP PAGE: the page as text.
render() {
        (cd "$1" && LC_ALL=C.UTF-8 MANWIDTH=80 MANPAGER=cat PAGER=cat \
                man -l "man${2##*.}/$2" 2> /dev/null)
}
# expect_clean DESC COMPLAINTS: passes when there are none.
expect_clean() {
        if [ -z "$2" ]; then tap_ok "$1"; else tap_fail "$1"; printf '%s\n' "$2" | tap_diag; fi
}
# expect_dirty DESC COMPLAINTS: the negative twin.
expect_dirty() {
        if [ -n "$2" ]; then tap_ok "$1"; else tap_fail "$1"; echo "no complaint" | tap_diag; fi
}
# so_target PAGE: the target of a one-line ".so manN/page" page, or nothing.
so_target() { sed -n '1s/^\.so \(man[1-8]\/[^ /]*\)$/\1/p' "$1"; }

# --- the linters catch a broken page -------------------------------------------
BT="$T/broken"
printf '.TH BROKEN 1 "2026-01-01" "x" "x"\n.SH NAME\nbroken \\- a canary\n.SH DESCRIPTION\nan \\*[undefined] string and\n.XY an unknown macro\n' \
        > "$T/broken.1"
place "$BT" broken.1 "$T/broken.1"
expect_dirty "mandoc flags a page with an unknown macro and string" "$(lint_mandoc "$BT" broken.1)"
expect_dirty "man --warnings flags the same page" "$(lint_man "$BT" broken.1)"
printf '.so man8/missing.8\n' > "$T/dangling.8"
place "$BT" dangling.8 "$T/dangling.8"
expect_dirty "man --warnings flags a .so link to a page that does not exist" "$(lint_man "$BT" dangling.8)"

# --- every page ----------------------------------------------------------------
for p in $PAGES; do
        target=$(so_target "$MAN_SRC/$p")
        if [ -n "$target" ]; then
                # mandoc always warns that .so is fragile; dh_installman turns
                # it into a symbolic link. What matters: it resolves.
                expect "$p is exactly one .so line" 1 "$(wc -l < "$MAN_SRC/$p")"
                expect "$p: its target $target is one of our pages" yes \
                        "$([ -f "$MAN_SRC/${target#*/}" ] && echo yes || echo no)"
                expect_clean "$p: man --warnings resolves it without a warning" "$(lint_man "$MT" "$p")"
                expect "$p renders as $target does" "$(render "$MT" "${target#*/}" | md5sum)" \
                        "$(render "$MT" "$p" | md5sum)"
                continue
        fi
        expect_clean "$p: mandoc -T lint -W warning is silent" "$(lint_mandoc "$MT" "$p")"
        expect_clean "$p: man --warnings=w is silent" "$(lint_man "$MT" "$p")"
        expect "$p renders to more than a screen of text" yes \
                "$([ "$(render "$MT" "$p" | wc -l)" -gt 50 ] && echo yes || echo no)"
done

# --- the pages say what the code does ----------------------------------------
# section TOP PAGE NAME: one section of the rendered page, margins as man
# prints them (section titles at column 0, tags at 7, text at 14).
section() {
        render "$1" "$2" | awk -v s="$3" '/^[A-Z]/ { on = ($0 == s) ; next } on'
}
# same DESC CODE-LIST PAGE-LIST: both lists hold the same words.
same() {
        local code page
        code=$(printf '%s\n' $2 | sort -u | xargs); page=$(printf '%s\n' $3 | sort -u | xargs)
        # An extraction that found nothing in the code proves nothing.
        [ -n "$code" ] || code="(nothing found in the code)"
        expect "$1" "$code" "$page"
}
CONF_KEYS=$(sed -n 's/^ *{ "\([a-z_]*\)", T_[A-Z]*,.*/\1/p' "$top_srcdir/lib/base/config.c")
# Tags of KEYS read "key = value", "uid_min = number, uid_max = number".
page_keys() {
        section "$1" k8s-login.conf.5 KEYS |
                sed -n 's/^       \([a-z_]* = .*\)/\1/p' | grep -o '\(^\|, \)[a-z_]* =' | tr -d ', ='
}
same "k8s-login.conf(5) documents exactly the keys of lib/base/config.c" "$CONF_KEYS" "$(page_keys "$MT")"

COMMANDS=$(grep -o 'strcmp(argv\[1\], "[a-z][a-z-]*")' "$top_srcdir/tools/k8s-login.c" |
           sed 's/.*"\(.*\)")/\1/')
page_commands() {
        section "$1" k8s-login.1 SYNOPSIS | grep -o 'k8s-login [a-z][a-z-]*' | cut -d' ' -f2
}
same "k8s-login(1) shows exactly the commands of tools/k8s-login.c" "$COMMANDS" "$(page_commands "$MT")"

EXITS=$(sed -n 's/^ *EXIT_[A-Z_]* = \([0-9]*\),$/\1/p' "$top_srcdir/tools/k8s-login.c")
# A tag shorter than the indent shares its line with the text ("0      check:").
page_exits() { section "$1" k8s-login.1 "EXIT STATUS" | sed -En 's/^       ([0-9]+)( {2,}.*)?$/\1/p'; }
same "k8s-login(1) documents exactly the exit codes of tools/k8s-login.c" "$EXITS" "$(page_exits "$MT")"

PAM_ARGS=$(sed -n '/^static int parse_args/,/^}/p' "$top_srcdir/pam/pam_k8s.c" |
           grep -o '"[a-z_]*=\?"' | tr -d '"' | sed 's/=$//')
page_args() { section "$1" pam_k8s.8 OPTIONS | sed -En 's/^       ([a-z_]+)(=[^ ]*)?( {2,}.*)?$/\1/p'; }
same "pam_k8s(8) documents exactly the module arguments of pam/pam_k8s.c" "$PAM_ARGS" "$(page_args "$MT")"

# The negative twins: a page that lost a key, a command, an exit code, an
# argument, or gained one that the code lacks, is told apart.
mkdir -p "$T/drift"
cp -r "$MT/." "$T/drift/"
sed -i '/^\.BR allow_recreated " = "/s/allow_recreated/allow_recreate/' "$T/drift/man5/k8s-login.conf.5"
sed -i 's/^\.B k8s\\-login users$/.B k8s\\-login userz/' "$T/drift/man1/k8s-login.1"
sed -i '/^\.SH "EXIT STATUS"/,/^\.SH/s/^\.B 64$/.B 65/' "$T/drift/man1/k8s-login.1"
sed -i '/^\.SH OPTIONS/,/^\.SH/s/^\.B try_first_pass$/.B try_first_passes/' "$T/drift/man8/pam_k8s.8"
drifted() { [ "$(printf '%s\n' $1 | sort -u | xargs)" != "$(printf '%s\n' $2 | sort -u | xargs)" ] && echo yes || echo no; }
expect "... a misspelt key is caught" yes "$(drifted "$CONF_KEYS" "$(page_keys "$T/drift")")"
expect "... a misspelt command is caught" yes "$(drifted "$COMMANDS" "$(page_commands "$T/drift")")"
expect "... a wrong exit code is caught" yes "$(drifted "$EXITS" "$(page_exits "$T/drift")")"
expect "... a misspelt module argument is caught" yes "$(drifted "$PAM_ARGS" "$(page_args "$T/drift")")"
tap_done
