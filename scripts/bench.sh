#!/usr/bin/env bash
# Performance at agency scale: one table of figures against baselines measured in the same run,
# targets and a last column "met"; exits non-zero when a figure misses its target.
#   bash scripts/bench.sh            the large demo database (scale 200), built once and cached in
#                                    $VOCDESK_BENCH_DIR or ~/.cache/vocdesk-bench/ (~10 minutes)
#   bash scripts/bench.sh --quick    scale 1 in a temporary folder: seconds (the test suite runs it)
#   bash scripts/bench.sh --db PATH  seed the cache with a copy of an existing scale-200 database
# See docs/performance.md and benchmarks/harness.py.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

[ -x "$VPY" ] || die "no virtual environment at $VENV: run scripts/setup.sh first"
cd "$ROOT"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec "$VPY" benchmarks/harness.py "$@"
