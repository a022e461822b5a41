"""Two VocDesk windows on one file (issue 17), for complaint cases and survey designs: the
later save of a case or a design the other window saved meanwhile is refused with the record's
words, nothing of it written; opened again, it saves. Two ``Database`` objects on one real file
stand for the two windows (each its own engine)."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from vocdesk.db.models import Channel, ComplaintCategory
from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.enums import SurveyKind
from vocdesk.domain.messages import UserError
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService
from vocdesk.services.database import Database, open_database
from vocdesk.services.surveys.design import QuestionDesign, SurveyDesign, SurveyDesignService

TODAY = date(2025, 11, 14)
RECEIVED = datetime(2025, 11, 3, 2, 30, tzinfo=UTC)


@pytest.fixture
def windows(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    path = tmp_path / "shared.sqlite"
    first, _ = open_database(path)
    second, _ = open_database(path)
    for db, login in ((first, "somchai"), (second, "somsri")):
        db.actor = Principal(login=login, role=Role.ADMINISTRATOR)
    yield first, second
    first.dispose()
    second.dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _cases(db: Database) -> ComplaintCasesService:
    return ComplaintCasesService(db, today=lambda: TODAY, now=lambda: datetime.now(UTC))


def _registered(db: Database) -> tuple[ComplaintCasesService, object]:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        category = session.scalar(select(ComplaintCategory.id).order_by(ComplaintCategory.code))
    cases = _cases(db)
    link = cases.register(CaseDraft(received_at=RECEIVED, channel_id=channel,
                                    category_id=category, subject="ถนนชำรุด"))  # fmt: skip
    return cases, link.id


def _changed_words(error: pytest.ExceptionInfo[UserError]) -> str:
    return error.value.message.english()


def test_the_later_correction_of_a_changed_case_is_refused(
    windows: tuple[Database, Database],
) -> None:
    first, second = windows
    a, case_id = _registered(first)
    b = _cases(second)
    form_a, form_b = a.draft_of_case(case_id), b.draft_of_case(case_id)  # type: ignore[arg-type]
    assert form_a.version == form_b.version == 1

    a.update_case(case_id, dataclasses.replace(form_a, subject="ถนนชำรุดหนัก"))  # type: ignore[arg-type]
    with pytest.raises(UserError) as refused:
        b.update_case(case_id, dataclasses.replace(form_b, details="ทับ"))  # type: ignore[arg-type]

    assert "This complaint case was changed in another VocDesk window" in _changed_words(refused)
    saved = b.case(case_id)  # type: ignore[arg-type]
    assert (saved.subject, saved.details, saved.version) == ("ถนนชำรุดหนัก", "", 2)
    again = b.draft_of_case(case_id)  # type: ignore[arg-type]
    b.update_case(case_id, dataclasses.replace(again, details="แก้ต่อ"))  # type: ignore[arg-type]
    assert a.case(case_id).details == "แก้ต่อ"  # type: ignore[arg-type]


def test_a_correction_with_only_an_attachment_still_counts_as_a_save(
    windows: tuple[Database, Database],
) -> None:
    """A save that changes no column of the case itself moves its version on too, or a form
    opened before it would overwrite what the other window saw."""
    from vocdesk.services.complaints.cases import AttachmentFile

    first, _ = windows
    a, case_id = _registered(first)
    form = a.draft_of_case(case_id)  # type: ignore[arg-type]
    a.update_case(case_id, dataclasses.replace(  # type: ignore[arg-type]
        form, attachments=(AttachmentFile("a.txt", b"x", "text/plain"),)))  # fmt: skip
    assert a.case(case_id).version == 2  # type: ignore[arg-type]
    with pytest.raises(UserError):
        a.update_case(case_id, dataclasses.replace(form, subject="ทับ"))  # type: ignore[arg-type]


def test_a_move_from_a_case_view_read_before_another_windows_move_is_refused(
    windows: tuple[Database, Database],
) -> None:
    first, second = windows
    a, case_id = _registered(first)
    b = _cases(second)
    view_a, view_b = a.case(case_id), b.case(case_id)  # type: ignore[arg-type]
    a.transition(case_id, S.IN_PROGRESS, version=view_a.version)  # type: ignore[arg-type]
    for act in (
        lambda: b.transition(case_id, S.WAITING, "รอเอกสาร", version=view_b.version),  # type: ignore[arg-type]
        lambda: b.assign(case_id, "กองช่าง", "somsri", version=view_b.version),  # type: ignore[arg-type]
    ):
        with pytest.raises(UserError) as refused:
            act()
        assert "complaint case was changed in another" in _changed_words(refused)
    now = b.case(case_id)  # type: ignore[arg-type]
    assert (now.status, now.unit, len(now.history)) == (S.IN_PROGRESS, "", 2)
    b.transition(case_id, S.WAITING, "รอเอกสาร", version=now.version)  # type: ignore[arg-type]
    assert a.case(case_id).status is S.WAITING  # type: ignore[arg-type]


def _survey() -> SurveyDesign:
    return SurveyDesign(
        code="SAT-2569", title_th="แบบสำรวจ", title_en="Survey", fiscal_year=2569,
        kind=SurveyKind.SATISFACTION,
        questions=(QuestionDesign("Q1", "ขั้นตอนไม่ยุ่งยาก", "Simple steps", points=5),),
    )  # fmt: skip


def test_the_later_save_of_a_changed_survey_design_is_refused(
    windows: tuple[Database, Database],
) -> None:
    first, second = windows
    a, b = SurveyDesignService(first), SurveyDesignService(second)
    survey_id = a.create(_survey()).id
    read_a, read_b = a.read(survey_id), b.read(survey_id)
    assert read_a.version == read_b.version == 1

    # only a question changes: the survey's own row is not, yet its version moves on
    question = dataclasses.replace(read_a.design.questions[0], text_th="ขั้นตอนง่าย")
    a.update(survey_id, dataclasses.replace(read_a.design, questions=(question,)),
             version=read_a.version)  # fmt: skip
    with pytest.raises(UserError) as refused:
        b.update(survey_id, dataclasses.replace(read_b.design, title_th="ทับ"),
                 version=read_b.version)  # fmt: skip

    assert "This survey was changed in another VocDesk window" in _changed_words(refused)
    now = b.read(survey_id)
    assert (now.design.title_th, now.design.questions[0].text_th, now.version) == (
        "แบบสำรวจ", "ขั้นตอนง่าย", 2,
    )  # fmt: skip
    b.update(survey_id, dataclasses.replace(now.design, title_th="ใหม่"), version=now.version)
    assert a.read(survey_id).design.title_th == "ใหม่"
