"""``vocdesk report KIND --db PATH --out FILE.pdf --lang th|en [--fiscal-year] [--period] [--id]``
end to end: a real PDF from a real database; a mistake exits 2 with a message and writes nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from test_cli import vocdesk_command

from vocdesk.services.database import open_database
from vocdesk.services.demo import generate_demo

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils missing: apt-get install poppler-utils"
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-cli") / "demo.sqlite"
    db, _ = open_database(path)
    generate_demo(db)
    db.dispose()
    return path


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


@needs_poppler
def test_the_pmqa_pack_of_a_buddhist_era_year_in_thai(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "pmqa.pdf"

    run = vocdesk_command(
        "report", "pmqa", "--db", demo_file, "--out", out, "--lang", "th", "--fiscal-year", "2569",
        lang="th",
    )  # fmt: skip

    assert run.code == 0, run.err
    assert "บันทึกรายงานที่" in run.out
    assert out.read_bytes().startswith(b"%PDF")
    assert "ปีงบประมาณ 2569" in _text(out)
    assert [p.name for p in tmp_path.iterdir()] == ["pmqa.pdf"]  # no partial file left


@needs_poppler
def test_a_common_era_year_and_a_half_in_english(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "pmqa-h1.pdf"

    run = vocdesk_command(
        "report", "pmqa", "--db", demo_file, "--out", out, "--lang", "en",
        "--fiscal-year", "2026", "--period", "h1",
    )  # fmt: skip

    assert run.code == 0, run.err
    text = _text(out)
    assert "1 Oct 2025 – 31 Mar 2026" in text
    assert "ปีงบประมาณ" not in text


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["pmqa", "--period", "q3"], "q3"),
        (["pmqa", "--fiscal-year", "25"], "25"),
        (["stakeholder"], "--id"),
    ],
)
def test_a_mistake_exits_2_naming_it_and_writes_nothing(
    demo_file: Path, tmp_path: Path, args: list[str], named: str
) -> None:
    out = tmp_path / "report.pdf"

    run = vocdesk_command("report", *args, "--db", demo_file, "--out", out)

    assert run.code == 2
    assert named in run.err
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_report_is_refused_by_the_parser(demo_file: Path, tmp_path: Path) -> None:
    run = vocdesk_command("report", "budget", "--db", demo_file, "--out", tmp_path / "x.pdf")

    assert run.code == 2
    assert "pmqa" in run.err
