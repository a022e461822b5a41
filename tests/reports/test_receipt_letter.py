"""The acknowledgement letter carries the case number, the complainant's full name and the due
date the case keeps (B.E. in Thai), in embedded Sarabun, copyable, broken between Thai words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdf_tools import requires_poppler, run, text_of
from report_clock import PRINTED_AT
from sqlalchemy import select
from test_thai_lines import word_boundaries

from vocdesk.db.models import Complaint, Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.domain.thai_dates import format_date
from vocdesk.services.database import Database
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.reports.request import ReportKind, ReportRequest

pytestmark = requires_poppler

PRIVATE_OR_REPLACEMENT = re.compile("[\ue000-\uf8ff\ufffd]")
THAI = re.compile("[\u0e01-\u0e4e]")


def _case(db: Database, confidential: bool):  # type: ignore[no-untyped-def]
    with db.session_scope() as session:
        return session.execute(
            select(Complaint.number, Complaint.subject, Complaint.due_on, Stakeholder.name)
            .join(Stakeholder, Complaint.stakeholder_id == Stakeholder.id)
            .where(Complaint.fiscal_year == 2569, Complaint.confidential.is_(confidential),
                   Complaint.anonymous.is_(False))
            .order_by(Complaint.number).limit(1)
        ).one()  # fmt: skip


@pytest.fixture(scope="module")
def letters(
    report_demo: Database, translations: dict, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, bool], Path]:
    folder = tmp_path_factory.mktemp("receipt")
    service = ReportService(report_demo, now=lambda: PRINTED_AT)
    made = {}
    before, report_demo.actor = report_demo.actor, _GRANTED  # a confidential case's letter too
    try:
        _print(service, report_demo, translations, folder, made)
    finally:
        report_demo.actor = before
    return made


_GRANTED = Principal(login="tester", role=Role.SUPERVISOR,
                     grants=frozenset({Permission.CONFIDENTIAL, Permission.PERSONAL_DATA}))  # fmt: skip


def _print(service: ReportService, report_demo: Database, translations: dict, folder: Path,
           made: dict[tuple[str, bool], Path]) -> None:  # fmt: skip
    for lang in ("th", "en"):
        for confidential in (False, True):
            case = _case(report_demo, confidential)
            request = ReportRequest(
                ReportKind.RECEIPT, lang, subject=case.number, printed_by="tester"
            )
            path = folder / f"receipt-{lang}-{confidential}.pdf"
            path.write_bytes(service.build(request, translations[lang]))
            made[(lang, confidential)] = path


def _flat(pdf: Path) -> str:
    return re.sub(r"\s+", " ", text_of(pdf))


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("confidential", [False, True])
def test_the_letter_names_the_case_its_due_date_and_the_complainant(
    letters: dict, report_demo: Database, lang: str, confidential: bool
) -> None:
    case = _case(report_demo, confidential)
    text = _flat(letters[(lang, confidential)])
    assert case.number in text
    assert format_date(case.due_on, lang) in text  # "28 ตุลาคม 2568": B.E. in Thai
    assert case.name in text  # the letter is addressed to the complainant, in full
    if lang == "th":
        assert str(case.due_on.year + 543) in format_date(case.due_on, "th")
        for part in ("ที่ ", "เรื่อง ตอบรับเรื่องร้องเรียน", "เรียน ", "ขอแสดงความนับถือ"):
            assert part in text
    if confidential:
        assert case.subject not in text
    else:
        assert case.subject in text


@pytest.mark.parametrize("lang", ["th", "en"])
def test_fonts_embedded_no_private_use_and_lines_end_between_words(
    letters: dict, lang: str
) -> None:
    pdf = letters[(lang, False)]
    fonts = run("pdffonts", pdf).splitlines()[2:]
    assert fonts
    for font in fonts:
        assert "Sarabun" in font and " yes yes " in font, font
    text = text_of(pdf)
    assert not PRIVATE_OR_REPLACEMENT.search(text)
    if lang != "th":
        return
    # The body's paragraphs: from the salutation to the closing, each wrapped Thai line must end
    # where ICU allows a break in the line and the one after it.
    lines = [line for line in text.splitlines() if line.strip()]
    body = lines[[i for i, line in enumerate(lines) if line.startswith("เรียน ")][0] + 1 :
                 lines.index("ขอแสดงความนับถือ")]  # fmt: skip
    assert len(body) >= 5
    for first, second in zip(body, body[1:], strict=False):
        if THAI.search(first[-1]) and THAI.match(second):
            joined = first + second
            assert len(first.replace(" ", "")) in word_boundaries(joined), (first, second)


def test_an_unknown_case_number_is_named(report_demo: Database, translations: dict) -> None:
    request = ReportRequest(ReportKind.RECEIPT, "en", subject="2569/999999", printed_by="tester")
    with pytest.raises(UserError, match="2569/999999"):
        ReportService(report_demo, now=lambda: PRINTED_AT).build(request, translations["en"])


def test_the_letter_of_a_case_one_may_not_read_is_refused(
    report_demo: Database, translations: dict
) -> None:
    case = _case(report_demo, True)
    request = ReportRequest(ReportKind.RECEIPT, "en", subject=case.number, printed_by="tester")
    before, report_demo.actor = report_demo.actor, Principal(login="tester", role=Role.SUPERVISOR)
    try:
        with pytest.raises(UserError, match="is confidential"):
            ReportService(report_demo, now=lambda: PRINTED_AT).build(request, translations["en"])
    finally:
        report_demo.actor = before
