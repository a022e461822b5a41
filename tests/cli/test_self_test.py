"""``vocdesk --self-test`` end to end, as the bundle's ``vocdesk-cli --self-test`` runs: every
step on real files in a temporary folder, printed with ok and its time, exit code 0."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from test_cli import vocdesk_command

from vocdesk.cli.self_test import pdf_problem

STEPS = 11


def test_the_self_test_passes_every_step_in_english() -> None:
    run = vocdesk_command("--self-test")

    assert run.code == 0, run.out + run.err
    lines = run.out.splitlines()
    assert lines[0].startswith("VocDesk ") and "self-test in" in lines[0]
    steps = [line.split() for line in lines[1:-1]]
    assert len(steps) == STEPS and all(step[0] == "ok" for step in steps), run.out
    assert "Sarabun embedded" in run.out and "954 stakeholders there and back" in run.out
    assert lines[-1].startswith(f"Self-test passed: all {STEPS} steps in ")
    assert run.seconds < 60


def test_in_thai_and_leaving_nothing_behind(tmp_path: Path) -> None:
    run = vocdesk_command("--self-test", "--lang", "th")

    assert run.code == 0, run.out + run.err
    assert run.out.count("  ผ่าน ") == STEPS
    assert f"การทดสอบตนเองผ่านครบทั้ง {STEPS} ขั้นตอน" in run.out
    folder = Path(run.out.splitlines()[0].rsplit(" ", 1)[1])
    assert folder.name.startswith("vocdesk-self-test-") and not folder.exists()


def test_a_pdf_without_the_thai_font_is_caught(tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    canvas = Canvas(str(plain))
    canvas.drawString(72, 720, "Helvetica only")
    canvas.save()

    assert pdf_problem(plain.read_bytes()) == "the Thai font (Sarabun) is not embedded"
    assert pdf_problem(b"<html>") == "the file is not a PDF"
    assert pdf_problem(plain.read_bytes()[:-200]) is not None  # cut short
