"""A plain ``pip install`` gives the whole program, Thai included: a wheel built from a clean
clone (no project script run) and installed into a fresh venv speaks Thai, writes Thai PDF
reports with Sarabun embedded, and passes its self-test.

Marked ``wheel`` (about two minutes: a build environment with PySide6 for lrelease, then a venv
with every dependency, from pip's cache when it has them)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = "Scripts" if sys.platform == "win32" else "bin"
THAI = re.compile("[\u0e01-\u0e4e]")

pytestmark = pytest.mark.wheel


def _run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the fresh venv it is installed in)."""
    work = tmp_path_factory.mktemp("wheel")
    clone = work / "clone"
    _run("git", "clone", "--quiet", "--no-hardlinks", REPO_ROOT, clone, cwd=work)
    assert not list(clone.glob("translations/*.qm"))  # a clean clone: nothing compiled
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", work / "dist", clone,
         cwd=work)  # fmt: skip
    (wheel,) = (work / "dist").glob("vocdesk-*.whl")
    _run(sys.executable, "-m", "venv", work / "venv", cwd=work)
    python = work / "venv" / SCRIPTS / "python"
    _run(python, "-m", "pip", "install", "--quiet", "-c", clone / "constraints.txt", wheel,
         cwd=work)  # fmt: skip
    return wheel, work / "venv"


def _env(home: Path) -> dict[str, str]:
    env = {
        key: value for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "VOCDESK_LANG", "VOCDESK_DB")
    }  # fmt: skip
    return {
        **env, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
        "VOCDESK_DATA_DIR": str(home / "data"), "VOCDESK_SETTINGS": str(home / "settings.ini"),
    }  # fmt: skip


def test_the_wheel_carries_the_fonts_and_the_compiled_translations(
    installed: tuple[Path, Path],
) -> None:
    wheel, _venv = installed
    names = set(zipfile.ZipFile(wheel).namelist())

    fonts = {"Regular", "Bold", "Italic", "BoldItalic"}
    assert {f"vocdesk/resources/fonts/Sarabun-{style}.ttf" for style in fonts} <= names
    assert "vocdesk/resources/fonts/OFL.txt" in names
    assert "vocdesk/translations/vocdesk_th.qm" in names
    assert any(name.startswith("vocdesk/db/migrations/versions/0001") for name in names)


def test_the_installed_program_speaks_thai_and_writes_thai_reports(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _wheel, venv = installed
    vocdesk = venv / SCRIPTS / "vocdesk"
    env = _env(tmp_path)
    where = _run(venv / SCRIPTS / "python", "-c",
                 "from vocdesk import paths; print(paths.translations_dir())",
                 cwd=tmp_path, env=env)  # fmt: skip
    assert Path(where.strip()).is_relative_to(venv) and "site-packages" in where

    assert _run(vocdesk, "--lang", "th", "--version", cwd=tmp_path, env=env).startswith("vocdesk ")
    demo = tmp_path / "demo.sqlite"
    said = _run(vocdesk, "--lang", "th", "demo", "--db", demo, "--today", "2026-11-29",
                cwd=tmp_path, env=env)  # fmt: skip
    first = said.splitlines()[0]
    assert str(demo) in first and THAI.search(first) and "Demo data" not in first, said

    with sqlite3.connect(demo) as connection:
        (number,) = connection.execute("SELECT number FROM complaint ORDER BY number").fetchone()
    receipt = tmp_path / "receipt.pdf"
    token = demo.with_suffix(".token")  # the demo's administrator, written beside it
    said = _run(vocdesk, "report", "receipt", "--db", demo, "--id", number, "--out", receipt,
                "--lang", "th", "--token-file", token, cwd=tmp_path,
                env={**env, "VOCDESK_LANG": "th"})  # fmt: skip
    assert "บันทึกรายงาน" in said, said
    pdf = receipt.read_bytes()
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf and b"Sarabun" in pdf
    if shutil.which("pdffonts"):
        fonts = _run("pdffonts", receipt, cwd=tmp_path)
        sarabun = [line for line in fonts.splitlines() if "Sarabun" in line]
        assert sarabun and all(" yes " in line for line in sarabun), fonts
    if shutil.which("pdftotext"):
        text = _run("pdftotext", receipt, "-", cwd=tmp_path)
        assert number in text and "ขอแสดงความนับถือ" in text, text


def test_the_installed_program_passes_its_self_test_in_thai(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _wheel, venv = installed
    said = _run(venv / SCRIPTS / "vocdesk", "--self-test", "--lang", "th", cwd=tmp_path,
                env=_env(tmp_path))  # fmt: skip
    assert "การทดสอบตนเองผ่านครบทั้ง 11 ขั้นตอน" in said, said
    assert "site-packages" in said  # the translation and fonts found in the installed package
