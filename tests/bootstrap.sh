# Sourced by demo.sh, run-tests.sh and .ci/run: installs what a fresh
# Debian 12 machine lacks (as root), and builds the tree in _build/.

K8S_DEB_PACKAGES="build-essential autoconf automake libtool pkg-config
        libpam0g-dev libcurl4-openssl-dev libjansson-dev libssl-dev libcmocka-dev
        libpam-wrapper libnss-wrapper python3 python3-cryptography valgrind
        ca-certificates clang libclang-rt-14-dev
        mandoc man-db groff-base dpkg-dev debhelper lintian
        openssh-server openssh-client sshpass sudo"

k8s_install_deps() {
        local missing=()
        for p in $K8S_DEB_PACKAGES; do
                dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
                        missing+=("$p")
        done
        [ ${#missing[@]} -eq 0 ] && return 0
        if [ "$(id -u)" != 0 ]; then
                echo "missing Debian packages (run as root to install): ${missing[*]}" >&2
                return 1
        fi
        echo "== installing: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        # openssh-server would start sshd on port 22 as it installs: the
        # tests start their own on 127.0.0.1, so no service starts here.
        local policy=/usr/sbin/policy-rc.d made=
        if [ ! -e "$policy" ]; then
                printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod 755 "$policy" && made=1
        fi
        apt-get install -y -q --no-install-recommends "${missing[@]}"
        local rc=$?
        [ -z "$made" ] || rm -f "$policy"
        return $rc
}

k8s_build() {
        local top; top=$(pwd)
        echo "== building in $top/_build"
        [ -x configure ] && [ configure -nt configure.ac ] && [ -e Makefile.in ] || ./autogen.sh
        mkdir -p _build
        (cd _build &&
                { [ -e Makefile ] && [ Makefile -nt ../configure ] ||
                  ../configure --prefix=/usr --sysconfdir=/etc --libdir=/usr/lib/"$(gcc -print-multiarch)"; } &&
                make -j"$(nproc)" && make -j"$(nproc)" check TESTS=)
}

# k8s_build_variant DIR CONFIGURE-ARGS...: another build of the tree in DIR
# (_build-asan: --enable-sanitizers; _build-fuzz: CC=clang --enable-fuzzing),
# configured once, then brought up to date. Builds everything `make check`
# needs; the fuzz build needs only its targets (make fuzz-smoke builds them).
k8s_build_variant() {
        local dir=$1; shift
        echo "== building in $(pwd)/$dir ($*)"
        [ -x configure ] && [ configure -nt configure.ac ] && [ -e Makefile.in ] || ./autogen.sh
        mkdir -p "$dir"
        (cd "$dir" &&
                { [ -e Makefile ] && [ Makefile -nt ../configure ] ||
                  ../configure --prefix=/usr --sysconfdir=/etc \
                        --libdir=/usr/lib/"$(gcc -print-multiarch)" "$@"; } &&
                case " $* " in
                *" --enable-fuzzing "*) make -j"$(nproc)" fuzz-build ;;
                *) make -j"$(nproc)" && make -j"$(nproc)" check TESTS= ;;
                esac)
}
