#!/usr/bin/env bash
# Set everything up (scripts/setup.sh), then run the whole test suite, import-linter contracts
# included (tests/test_architecture.py), without a screen (Qt's offscreen platform).
# Extra arguments go to pytest, e.g.  bash scripts/test.sh tests/unit -q
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$ROOT/scripts/setup.sh"

cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$VPY" -m pytest "$@"
