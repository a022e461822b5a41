"""Two VocDesk windows on one file (issue 17), for keyed survey forms and the case actions that
passed no version before: a form's correction, a double-entry resolution, a duplicate link or
merge and an attachment added or removed over another window's change are refused in the
record's words, nothing of them written. Two ``Database`` objects on one real file stand for the
two windows (each its own engine)."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from survey_entry_fixtures import make_form

from vocdesk.db.models import ComplaintAttachment, SurveyResponse
from vocdesk.domain.accounts import Principal, Role
from vocdesk.domain.enums import ComplaintStatus as S
from vocdesk.domain.messages import UserError
from vocdesk.services.complaints.case_records import AttachmentFile
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService
from vocdesk.services.database import Database, open_database
from vocdesk.services.surveys.double_entry import DoubleEntryService
from vocdesk.services.surveys.entry import EntryAnswer, FormDraft, SurveyEntryService
from vocdesk.services.surveys.responses_import import ResponsesImporter
from vocdesk.services.transfer import import_file

DAY = date(2026, 6, 15)
CHANGED = "changed in another VocDesk window"


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


def _words(error: pytest.ExceptionInfo[UserError]) -> str:
    return error.value.message.english()


# --- keyed survey forms ---------------------------------------------------------------------


def test_a_keyed_form_corrected_in_another_window_refuses_the_later_correction(
    windows: tuple[Database, Database],
) -> None:
    first, second = windows
    ids = make_form(first)
    q = ids.questions["Q1.1"]
    a, b = SurveyEntryService(first), SurveyEntryService(second)
    a.save_form(ids.survey, FormDraft("7", DAY, (EntryAnswer(q, 3),)))
    shown_a, shown_b = a.keyed_form(ids.survey, 1, "7"), b.keyed_form(ids.survey, 1, "7")
    assert shown_a is not None and shown_b is not None
    assert shown_a.version == shown_b.version == 1

    # Only an answer changes: the form's own columns stay, yet its version moves on.
    a.replace_form(shown_a.response_id, FormDraft("7", DAY, (EntryAnswer(q, 5),)),
                   version=shown_a.version)  # fmt: skip
    with pytest.raises(UserError) as refused:
        b.replace_form(shown_b.response_id, FormDraft("7", DAY, (EntryAnswer(q, 1),), comment="x"),
                       version=shown_b.version)  # fmt: skip

    assert f"This keyed survey form was {CHANGED}" in _words(refused)
    kept = b.keyed_form(ids.survey, 1, "7")
    assert kept is not None
    assert (kept.answer(q), kept.comment, kept.version) == (EntryAnswer(q, 5), "", 2)
    b.replace_form(kept.response_id, FormDraft("7", DAY, (EntryAnswer(q, 1),)),
                   version=kept.version)  # fmt: skip
    again = a.keyed_form(ids.survey, 1, "7")
    assert again is not None and again.answer(q) == EntryAnswer(q, 1) and again.version == 3


def _keyed_twice(db: Database) -> tuple[object, object]:
    ids = make_form(db)
    q = ids.questions["Q1.1"]
    entry = SurveyEntryService(db)
    entry.save_form(ids.survey, FormDraft("1", DAY, (EntryAnswer(q, 5),), 1))
    entry.save_form(ids.survey, FormDraft("1", DAY, (EntryAnswer(q, 4),), 2))
    return ids.survey, q


def test_a_resolution_over_a_correction_made_since_the_comparison_is_refused(
    windows: tuple[Database, Database],
) -> None:
    first, second = windows
    survey, q = _keyed_twice(first)
    (difference,) = DoubleEntryService(second).compare(survey).differences  # type: ignore[arg-type]
    assert (difference.first_version, difference.second_version) == (1, 1)
    entry = SurveyEntryService(first)
    shown = entry.keyed_form(survey, 1, "1")  # type: ignore[arg-type]
    assert shown is not None
    entry.replace_form(shown.response_id, FormDraft("1", DAY, (EntryAnswer(q, 3),)),  # type: ignore[arg-type]
                       version=shown.version)  # fmt: skip

    service = DoubleEntryService(second)
    with pytest.raises(UserError) as refused:
        service.resolve(survey, difference, 2, versions=difference.versions)  # type: ignore[arg-type]

    assert f"This keyed survey form was {CHANGED}" in _words(refused)
    kept = entry.keyed_form(survey, 1, "1")  # type: ignore[arg-type]
    assert kept is not None and kept.answer(q) == EntryAnswer(q, 3)  # type: ignore[arg-type]
    (fresh,) = service.compare(survey).differences  # type: ignore[arg-type]
    service.resolve(survey, fresh, 2, versions=fresh.versions)  # type: ignore[arg-type]
    assert service.compare(survey).differences == ()  # type: ignore[arg-type]


def test_a_correction_opened_before_a_resolution_is_refused(
    windows: tuple[Database, Database],
) -> None:
    first, second = windows
    survey, q = _keyed_twice(first)
    entry = SurveyEntryService(first)
    shown = entry.keyed_form(survey, 1, "1")  # type: ignore[arg-type]
    assert shown is not None
    service = DoubleEntryService(second)
    (difference,) = service.compare(survey).differences  # type: ignore[arg-type]
    service.resolve(survey, difference, 2, versions=difference.versions)  # type: ignore[arg-type]

    with pytest.raises(UserError) as refused:
        entry.replace_form(shown.response_id, FormDraft("1", DAY, (EntryAnswer(q, 1),)),  # type: ignore[arg-type]
                           version=shown.version)  # fmt: skip

    assert CHANGED in _words(refused)
    kept = entry.keyed_form(survey, 1, "1")  # type: ignore[arg-type]
    assert kept is not None and kept.answer(q) == EntryAnswer(q, 4) and kept.version == 2  # type: ignore[arg-type]


def test_importing_the_responses_again_counts_the_forms_versions_up(
    windows: tuple[Database, Database], tmp_path: Path
) -> None:
    first, second = windows
    ids = make_form(first)
    path = tmp_path / "responses.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([["form_number", "Q1.1"], ["1", "5"], ["2", "3"]])
    import_file(ResponsesImporter(first, ids.survey), path)
    entry = SurveyEntryService(second)
    shown = entry.keyed_form(ids.survey, 1, "1")
    assert shown is not None and shown.version == 1

    import_file(ResponsesImporter(first, ids.survey), path)

    with first.session_scope() as session:
        assert set(session.scalars(select(SurveyResponse.version))) == {2}
    with pytest.raises(UserError) as refused:
        entry.replace_form(shown.response_id,
                           FormDraft("1", DAY, (EntryAnswer(ids.questions["Q1.1"], 1),)),
                           version=shown.version)  # fmt: skip
    assert CHANGED in _words(refused)


# --- complaint cases: duplicates and attachments --------------------------------------------


def _two_cases(db: Database) -> tuple[ComplaintCasesService, object, object]:
    cases = ComplaintCasesService(db)
    channel, category = cases.channels()[0].id, cases.categories()[0].id

    def register(subject: str) -> object:
        return cases.register(CaseDraft(received_at=datetime(2025, 11, 3, 2, tzinfo=UTC),
                                        channel_id=channel, category_id=category,
                                        subject=subject)).id  # fmt: skip

    return cases, register("ถนนพัง"), register("ถนนพังหน้าตลาด")


def test_a_duplicate_link_over_another_windows_change_is_refused(
    windows: tuple[Database, Database],
) -> None:
    first, second = windows
    mine, case_id, original_id = _two_cases(first)
    theirs = ComplaintCasesService(second)
    shown = mine.case(case_id).version  # type: ignore[arg-type]
    theirs.assign(case_id, "กองช่าง", "somsri")  # type: ignore[arg-type]

    with pytest.raises(UserError) as refused:
        mine.link_duplicate(case_id, original_id, version=shown)  # type: ignore[arg-type]

    assert f"This complaint case was {CHANGED}" in _words(refused)
    assert mine.case(case_id).duplicate_of is None  # type: ignore[arg-type]
    again = mine.case(case_id)  # type: ignore[arg-type]
    mine.link_duplicate(case_id, original_id, version=again.version)  # type: ignore[arg-type]
    after = theirs.case(case_id)  # type: ignore[arg-type]
    assert after.duplicate_of is not None and after.version == again.version + 1


def test_a_merge_over_another_windows_change_is_refused(
    windows: tuple[Database, Database],
) -> None:
    first, second = windows
    mine, case_id, original_id = _two_cases(first)
    theirs = ComplaintCasesService(second)
    shown = mine.case(case_id).version  # type: ignore[arg-type]
    theirs.transition(case_id, S.IN_PROGRESS, "รับเรื่องแล้ว")  # type: ignore[arg-type]

    with pytest.raises(UserError) as refused:
        mine.merge_duplicate(case_id, original_id, version=shown)  # type: ignore[arg-type]

    assert f"This complaint case was {CHANGED}" in _words(refused)
    assert mine.case(case_id).status is S.IN_PROGRESS  # type: ignore[arg-type]


def test_an_attachment_added_or_removed_over_another_windows_change_is_refused(
    windows: tuple[Database, Database],
) -> None:
    first, second = windows
    mine, case_id, _ = _two_cases(first)
    theirs = ComplaintCasesService(second)
    shown = mine.case(case_id).version  # type: ignore[arg-type]
    theirs.add_attachment(case_id, AttachmentFile("ภาพถนน.jpg", b"\xff\xd8photo"),  # type: ignore[arg-type]
                          version=shown)  # fmt: skip

    with pytest.raises(UserError) as refused:
        mine.add_attachment(case_id, AttachmentFile("จดหมาย.pdf", b"%PDF-1.4"), version=shown)  # type: ignore[arg-type]
    assert f"This complaint case was {CHANGED}" in _words(refused)
    (photo,) = mine.case(case_id).attachments  # type: ignore[arg-type]
    assert photo.file_name == "ภาพถนน.jpg"

    with pytest.raises(UserError) as refused_removal:
        mine.remove_attachment(photo.id, version=shown)
    assert CHANGED in _words(refused_removal)
    with first.session_scope() as session:
        assert session.scalars(select(ComplaintAttachment.file_name)).all() == ["ภาพถนน.jpg"]
    fresh = mine.case(case_id)  # type: ignore[arg-type]
    mine.remove_attachment(photo.id, version=fresh.version)
    assert theirs.case(case_id).attachments == ()  # type: ignore[arg-type]
