# Shared by the scripts in this folder (sourced, never run on its own).
# Where the repository and its virtual environment are, and small helpers.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VOCDESK_VENV:-$ROOT/.venv}"
VENV_BIN="$VENV/bin"
VPY="$VENV_BIN/python"

say() { printf '[vocdesk] %s\n' "$*"; }
warn() { printf '[vocdesk] WARNING: %s\n' "$*" >&2; }
die() { printf '[vocdesk] ERROR: %s\n' "$*" >&2; exit 1; }

# Compile every translations/*.ts whose .qm is missing or older (lrelease comes with PySide6).
compile_translations() {
    local lrelease="$VENV_BIN/pyside6-lrelease" ts qm found=0
    [ -x "$lrelease" ] || die "pyside6-lrelease is missing from $VENV_BIN; run scripts/setup.sh"
    for ts in "$ROOT"/translations/*.ts; do
        [ -e "$ts" ] || continue
        found=1
        qm="${ts%.ts}.qm"
        if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
            "$lrelease" -silent "$ts" -qm "$qm" || die "lrelease failed on $ts"
            say "compiled $(basename "$ts") -> $(basename "$qm")"
        fi
    done
    [ "$found" = 1 ] || say "no translations/*.ts yet: the window will show English only"
}
