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


def outline(pdf: Path) -> list[tuple[int, int, str]]:
    """The PDF's bookmarks as (depth, page, title), in order (read with ``pdftohtml -xml``)."""
    import re
    from html import unescape

    xml = run("pdftohtml", "-xml", "-stdout", "-i", "-q", pdf)
    start = xml.find("<outline>")
    items: list[tuple[int, int, str]] = []
    depth = -1
    for tag in re.finditer(r'<outline>|</outline>|<item page="(\d+)">(.*?)</item>', xml[start:]):
        if tag.group(0) == "<outline>":
            depth += 1
        elif tag.group(0) == "</outline>":
            depth -= 1
        else:
            items.append((depth, int(tag.group(1)), unescape(tag.group(2))))
    return items if start >= 0 else []
