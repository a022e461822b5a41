"""The readable copy of a person's data (issue 19): Thai with B.E. dates and the window's words,
English with C.E.; a table with no title of its own is still printed, under its name."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from vocdesk.domain.pdpa.terms import RequestKind
from vocdesk.reports.document import PageFurniture, PdfMetadata
from vocdesk.reports.kit import Wording
from vocdesk.reports.pdpa_access import AccessReport, AccessSection, build_access_report

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def _report() -> AccessReport:
    return AccessReport(
        name="มาลี ทดสอบ",
        national_id="1101700203451",
        made_on=date(2026, 12, 5),
        sections=(
            AccessSection(
                "stakeholder",
                (
                    (
                        ("name", "มาลี ทดสอบ"),
                        ("restricted", True),
                        ("created_at", datetime(2026, 1, 2, 3, 4, tzinfo=UTC)),
                        ("lawful_basis", "consent"),
                    ),
                ),
            ),  # fmt: skip
            AccessSection(
                "data_subject_request",
                ((("kind", RequestKind.ACCESS), ("received_on", date(2026, 11, 30))),),
            ),  # fmt: skip
            AccessSection("a_new_table", ((("some_field", "ค่า"),),)),
        ),
    )


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "access.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def _furniture() -> PageFurniture:
    return PageFurniture("agency", "title", "period", "printed", lambda p, c: f"{p}/{c}")


def test_thai_copy_says_be_dates_and_the_windows_words(compiled_translations: Path, tmp_path):
    from vocdesk.ui.i18n import translator_for

    words = Wording("th", translator_for(compiled_translations, "th"))
    pdf = build_access_report(_report(), words, _furniture(), PdfMetadata("t", "a", "th-TH"))
    text = _text(pdf, tmp_path)
    assert "ข้อมูลส่วนบุคคลของ มาลี ทดสอบ" in text
    assert "30 พฤศจิกายน 2569" in text and "2569" in text
    assert "ระงับการใช้ข้อมูล" in text and "ความยินยอม" in text
    assert "a new table" in text and "some field" in text


def test_english_copy_says_ce_dates(tmp_path: Path) -> None:
    pdf = build_access_report(
        _report(), Wording("en"), _furniture(), PdfMetadata("t", "a", "en-GB")
    )
    text = _text(pdf, tmp_path)
    assert "Personal data held about" in text and "30 November 2026" in text
    assert "Access" in text and "Processing restricted" in text and "Yes" in text
