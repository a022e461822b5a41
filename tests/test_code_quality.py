"""The habits that keep a growing codebase honest, held by the test command so CI holds them:
ruff's rules and formatting, and mypy (strict for domain/ and services/), as set in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
CHECKED = ["src", "tests", "benchmarks", "scripts", "build.spec"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", *CHECKED)
    assert result.returncode == 0, "ruff check found problems:\n" + result.stdout + result.stderr


def test_the_code_is_formatted_as_ruff_formats_it() -> None:
    result = _run("ruff", "format", "--check", "--no-cache", *CHECKED)
    assert result.returncode == 0, (
        "files ruff format would change (run .venv/bin/ruff format):\n" + result.stdout
    )


@pytest.mark.slow
def test_mypy_finds_no_type_error() -> None:
    # The files and the strictness per package are in pyproject.toml's [tool.mypy].
    result = _run("mypy")
    assert result.returncode == 0, "mypy found type errors:\n" + result.stdout + result.stderr
