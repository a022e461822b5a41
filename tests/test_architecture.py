"""The layer rules of DESIGN.md §5 hold: import-linter checks the contracts in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def test_every_import_linter_contract_is_kept() -> None:
    # A separate interpreter: import-linter must see the package as it is on disk, not the
    # modules this test session has already imported.
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command; "
            "sys.exit(lint_imports_command())",
            "--no-logo",
            "--no-cache",
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, "an import-linter contract is broken:\n" + report
    assert "Contracts: " in report and " broken" in report, report
