"""Helpers for the PDF tests: the poppler tools that read back what a report printed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

POPPLER_TOOLS = ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm")


_MISSING = [tool for tool in POPPLER_TOOLS if shutil.which(tool) is None]

requires_poppler = pytest.mark.skipif(
    bool(_MISSING),
    reason=f"poppler-utils missing ({', '.join(_MISSING)}): apt-get install poppler-utils",
)


def run(*command: str | Path) -> str:
    return subprocess.run(
        [str(part) for part in command], check=True, capture_output=True, text=True
    ).stdout


def text_of(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return run("pdftotext", *pages, pdf, "-")


def page_count(pdf: Path) -> int:
    for line in run("pdfinfo", pdf).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo printed no page count")
