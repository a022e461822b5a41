"""Review of issue 19: a survey's responses file imported again after a respondent was
anonymised does not write their comment and open answers back: the row whose form number
replaces the anonymised form is a problem of the file, named by its row, and nothing is
written; the rest of the file imports once the row is taken out."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select
from survey_entry_fixtures import make_form

from vocdesk.db.models import Stakeholder, SurveyAnswer, SurveyResponse
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.pdpa.anonymise import AnonymiseService
from vocdesk.services.surveys.responses_import import ResponsesImporter
from vocdesk.services.transfer import check_file, import_file

ADMIN = Principal(login="admin", role=Role.ADMINISTRATOR,
                  grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip
ROWS = [
    ["form_number", "Q1.1", "SUGGEST", "comment"],
    ["1", "5", "มาลี ทดสอบ อยากให้มีที่จอดรถ", "มาลี ทดสอบ โทร 081-234-5678"],
    ["2", "4", "เปิดบริการวันเสาร์", ""],
]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _forms(db: Database) -> dict[str, tuple[str, int, tuple[str | None, ...]]]:
    """{form number: (comment, version, its answers' texts)}."""
    with db.session_scope() as session:
        return {
            r.form_number: (r.comment, r.version, tuple(session.scalars(
                select(SurveyAnswer.text).where(SurveyAnswer.response_id == r.id)
                .order_by(SurveyAnswer.question_id))))
            for r in session.scalars(select(SurveyResponse))
        }  # fmt: skip


def test_an_old_responses_file_does_not_bring_the_respondent_back(
    empty_db: Database, tmp_path: Path
) -> None:
    ids = make_form(empty_db)
    empty_db.actor = ADMIN
    before = _csv(tmp_path / "before.csv", ROWS)
    assert import_file(ResponsesImporter(empty_db, ids.survey), before).added == 2
    person = uuid.uuid4()
    with empty_db.session_scope() as session:
        session.add(Stakeholder(id=person, name="มาลี ทดสอบ", phone="+66812345678"))
        session.flush()
        form = session.scalars(select(SurveyResponse).where(SurveyResponse.form_number == "1"))
        form.one().stakeholder_id = person
    AnonymiseService(empty_db).anonymise_person(person)
    scrubbed = _forms(empty_db)
    comment, _, texts = scrubbed["1"]
    assert "มาลี" not in comment + "".join(t or "" for t in texts) and "5678" not in comment

    problems = check_file(ResponsesImporter(empty_db, ids.survey), before).problems
    assert [(p.row, p.column) for p in problems] == [(2, None)]  # form 1's row
    assert "anonymised" in problems[0].as_message().english()
    with pytest.raises(UserError, match="anonymised"):
        import_file(ResponsesImporter(empty_db, ids.survey), before)
    assert _forms(empty_db) == scrubbed  # nothing written, form 2 neither

    # Taken out, the rest imports
    rest = _csv(tmp_path / "rest.csv", [ROWS[0], ROWS[2]])
    summary = import_file(ResponsesImporter(empty_db, ids.survey), rest)
    assert (summary.added, summary.updated) == (0, 1)
    assert _forms(empty_db)["1"] == scrubbed["1"]
