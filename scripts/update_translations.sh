#!/usr/bin/env bash
# Collect every translatable string of src/vocdesk (self.tr, QCoreApplication.translate,
# QT_TRANSLATE_NOOP) into translations/vocdesk_th.ts with lupdate, dropping strings that no longer
# exist, then compile the .qm. New strings arrive as type="unfinished": translate them in
# Qt Linguist (.venv/bin/pyside6-linguist translations/vocdesk_th.ts) or any editor.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$ROOT/scripts/setup.sh" >/dev/null

cd "$ROOT"
# lupdate does not find .py files when given a folder, so it gets the list of files.
mapfile -t sources < <(find src/vocdesk -name '*.py' -not -path '*/migrations/*' | LC_ALL=C sort)
# Under the lock scripts/fill_translations.py takes, so two people in one tree never interleave.
flock translations/.vocdesk_th.lock "$VENV_BIN/pyside6-lupdate" "${sources[@]}" -no-obsolete -locations relative \
    -source-language en -target-language th -ts translations/vocdesk_th.ts
# English is the source language, but "%n row(s)" needs its two plural forms ("1 row", "3 rows"):
# vocdesk_en.ts holds only those (-pluralonly); fill them with scripts/fill_translations.py --en.
flock translations/.vocdesk_th.lock "$VENV_BIN/pyside6-lupdate" "${sources[@]}" -no-obsolete -locations relative \
    -source-language en -target-language en -pluralonly -ts translations/vocdesk_en.ts
compile_translations
