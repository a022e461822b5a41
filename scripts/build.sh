#!/usr/bin/env bash
# Set everything up with PyInstaller too, compile the translations, and build the one-folder
# bundle dist/VocDesk/ (VocDesk = the window, vocdesk-cli = the same program with a console).
# The bundle is for the system it is built on: PyInstaller cannot cross-compile. On Linux,
# build.spec links small copies of the two ICU data libraries (scripts/slim_icu.py) with the C
# compiler `cc` when there is one (Debian: build-essential); without it the bundle is 52 MB bigger.
# The same build.spec makes the Windows .exe (.github/workflows/build.yml, installer/vocdesk.iss).
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

VOCDESK_EXTRAS=dev,build bash "$ROOT/scripts/setup.sh"

cd "$ROOT"
compile_translations
"$VENV_BIN/pyinstaller" --noconfirm --clean \
    --workpath "$ROOT/build/pyinstaller" --distpath "$ROOT/dist" build.spec
say "built $ROOT/dist/VocDesk ($(du -sh "$ROOT/dist/VocDesk" | cut -f1))"
"$ROOT/dist/VocDesk/vocdesk-cli" --version
