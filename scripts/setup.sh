#!/usr/bin/env bash
# Set up everything VocDesk needs to run and be tested, and do nothing that is already done:
#   1. a Python >= 3.11 (override with PYTHON=/path/to/python3.x),
#   2. the Debian libraries Qt's xcb (window) and offscreen (tests) platforms load,
#      and poppler-utils for the PDF tests,
#   3. .venv with the pinned versions from constraints.txt (VOCDESK_EXTRAS=dev,build adds PyInstaller),
#   4. translations/*.ts compiled to .qm.
# As root, missing Debian packages are installed with apt-get; otherwise the exact command is printed.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

EXTRAS="${VOCDESK_EXTRAS:-dev}"

# Debian package : a library it ships. Found with `ldd` on PySide6's Qt libraries and on the
# plugins platforms/libqxcb.so and platforms/libqoffscreen.so. A package counts as present when
# dpkg knows it, or when its library is already there under another package name (Debian 13
# renamed some, e.g. libglib2.0-0t64).
QT_SYSTEM_PACKAGES=(
    libglib2.0-0:libglib-2.0.so.0
    libdbus-1-3:libdbus-1.so.3
    libfontconfig1:libfontconfig.so.1
    libfreetype6:libfreetype.so.6
    libegl1:libEGL.so.1
    libgl1:libGL.so.1
    libx11-6:libX11.so.6
    libx11-xcb1:libX11-xcb.so.1
    libxkbcommon0:libxkbcommon.so.0
    libxkbcommon-x11-0:libxkbcommon-x11.so.0
    libxcb1:libxcb.so.1
    libxcb-cursor0:libxcb-cursor.so.0
    libxcb-icccm4:libxcb-icccm.so.4
    libxcb-image0:libxcb-image.so.0
    libxcb-keysyms1:libxcb-keysyms.so.1
    libxcb-randr0:libxcb-randr.so.0
    libxcb-render0:libxcb-render.so.0
    libxcb-render-util0:libxcb-render-util.so.0
    libxcb-shape0:libxcb-shape.so.0
    libxcb-shm0:libxcb-shm.so.0
    libxcb-sync1:libxcb-sync.so.1
    libxcb-util1:libxcb-util.so.1
    libxcb-xfixes0:libxcb-xfixes.so.0
    libxcb-xkb1:libxcb-xkb.so.1
    # Qt breaks Thai lines through a libthai it loads at run time (not a link dependency).
    libthai0:libthai.so.0
    # The PDF report tests read their output back with pdftotext, pdffonts, pdfinfo (skipped
    # without them); pdftoppm renders sample pages. No library of its own to look for.
    poppler-utils:pdftotext
)

is_root() { [ "$(id -u)" = 0 ]; }

ldconfig_cmd() { command -v ldconfig 2>/dev/null || echo /sbin/ldconfig; }

package_present() {  # $1 = package, $2 = soname
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ] && return 0
    "$(ldconfig_cmd)" -p 2>/dev/null | awk -v so="$2" '$1 == so {found = 1} END {exit !found}' && return 0
    return 1
}

APT_UPDATED=0
apt_install() {  # installs "$@" as root, or prints the command and returns 1
    if is_root && command -v apt-get >/dev/null; then
        if [ "$APT_UPDATED" = 0 ]; then
            say "apt-get update"
            apt-get update -qq
            APT_UPDATED=1
        fi
        say "apt-get install $*"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    else
        warn "missing Debian packages: $*"
        warn "install them with:  sudo apt-get install -y --no-install-recommends $*"
        return 1
    fi
}

find_python() {
    local candidate="${PYTHON:-python3}"
    if ! command -v "$candidate" >/dev/null; then
        if [ -z "${PYTHON:-}" ] && command -v dpkg-query >/dev/null && is_root; then
            apt_install python3 python3-venv
        else
            die "no '$candidate' found. VocDesk needs Python 3.11 or newer: on Debian 12 run
    sudo apt-get install -y python3 python3-venv
or point PYTHON at one, e.g. PYTHON=/usr/bin/python3.11 bash scripts/setup.sh"
        fi
    fi
    PY="$(command -v "$candidate")"
    if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        die "$PY is Python $("$PY" -c 'import platform; print(platform.python_version())'); VocDesk needs 3.11 or newer.
Install one (Debian 12: sudo apt-get install -y python3 python3-venv) or run with PYTHON=/path/to/python3.11"
    fi
}

check_system_packages() {
    if ! command -v dpkg-query >/dev/null; then
        say "not a Debian system: make sure Qt's X11/xcb libraries are installed (see README.md)"
        return 0
    fi
    local entry missing=()
    for entry in "${QT_SYSTEM_PACKAGES[@]}"; do
        package_present "${entry%%:*}" "${entry#*:}" || missing+=("${entry%%:*}")
    done
    # Debian's own python3 has no ensurepip (so no venv) until python3-venv is installed.
    if [ ! -x "$VPY" ] && ! "$PY" -c 'import ensurepip, venv' 2>/dev/null; then
        missing+=("python3-venv")
    fi
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    apt_install "${missing[@]}" || warn "continuing: tests may pass offscreen, but the window needs them"
}

make_venv() {
    if [ -x "$VPY" ] && "$VPY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        return 0
    fi
    if [ -e "$VENV" ]; then
        say "$VENV is broken or too old: making it again"
        rm -rf "$VENV"
    fi
    say "creating $VENV with $("$PY" --version)"
    "$PY" -m venv "$VENV" || die "could not create $VENV (on Debian: sudo apt-get install -y python3-venv)"
}

install_packages() {
    local stamp="$VENV/.vocdesk-installed-${EXTRAS//,/-}"
    if [ -e "$stamp" ] && [ "$stamp" -nt "$ROOT/pyproject.toml" ] && [ "$stamp" -nt "$ROOT/constraints.txt" ]; then
        return 0
    fi
    say "installing VocDesk and its pinned dependencies into $VENV (extras: $EXTRAS)"
    local pip=("$VPY" -m pip --disable-pip-version-check --no-input -q)
    # pip and setuptools first, at their pinned versions, so the editable build is reproducible
    # without an isolated build environment.
    "${pip[@]}" install -c "$ROOT/constraints.txt" pip setuptools
    "${pip[@]}" install -c "$ROOT/constraints.txt" --no-build-isolation -e "$ROOT[$EXTRAS]"
    touch "$stamp"
}

verify_qt_libraries() {  # after the install: would Qt's platform plugins load?
    local plugin missing
    command -v ldd >/dev/null || return 0
    for plugin in "$VENV"/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/lib{qxcb,qoffscreen}.so; do
        [ -e "$plugin" ] || continue
        missing="$(ldd "$plugin" 2>/dev/null | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')"
        [ -z "$missing" ] || warn "$(basename "$plugin") cannot load: missing $missing"
    done
}

find_python
check_system_packages
make_venv
install_packages
verify_qt_libraries
compile_translations
say "setup done ($VENV, $("$VPY" --version))"
