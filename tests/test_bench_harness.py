"""The benchmark harness never rots: ``bash scripts/bench.sh --quick`` (a scale-1 demo database,
small files) runs and prints its table with every figure. Timings are not asserted: a miss
makes the command exit 1, which is its job, not a failure of the harness."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_quick_benchmark_prints_the_table(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VOCDESK_BENCH_DIR=str(tmp_path),
               VOCDESK_DATA_DIR=str(tmp_path), VOCDESK_SETTINGS=str(tmp_path / "settings.ini"))  # fmt: skip
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "harness.py"), "--quick"],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr
    lines = done.stdout.splitlines()
    header = next(line for line in lines if line.startswith("| figure"))
    assert header.rstrip().endswith("| met |")
    rows = [line for line in lines if line.startswith("| ") and line is not header]
    rows = [row for row in rows if not row.startswith("| figure")]
    names = [row.split("|")[1].strip() for row in rows]
    for expected in ("deepest page", "first page, common word", "search 'ดี'", "search 'ร'", "search 'ษ'", "search 'a'",
                     "listening summary", "complaint KPIs", "status-bar", "stakeholder import",
                     "stakeholder export", "listening import", "listening log export",
                     "complaints export", "complaint import", "start to window shown",
                     "survey analysis", "PMQA report", "relationship activities export",
                     "contact list export", "peak memory",
                     "longest stall: import", "longest stall: export", "longest stall: report",
                     "longest stall: backup"):  # fmt: skip
        assert any(name.startswith(expected) for name in names), (expected, names)
    assert all(row.rstrip().endswith(("| yes |", "| no  |")) for row in rows)
    assert done.returncode == (1 if any(row.rstrip().endswith("| no  |") for row in rows) else 0)
    assert "figures meet their targets" in done.stdout
