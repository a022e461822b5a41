"""One display helper per kind of value: numbers that identify are never grouped, phones look
as the registry shows them, in every screen that shows them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService
from vocdesk.services.database import Database, open_database
from vocdesk.ui.complaints.case_dialog import ComplaintCaseDialog
from vocdesk.ui.listening.log_model import ListeningModel
from vocdesk.ui.models.display import contact_text, id_text, number_text, phone_text


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    yield database
    database.dispose()


def test_a_number_that_identifies_is_never_grouped_but_a_count_is():
    assert id_text(5001) == "5001"
    assert id_text(2569) == "2569"
    assert number_text(5001, "th") == "5,001"


def test_the_listening_log_shows_entry_numbers_without_separators():
    column = next(c for c in ListeningModel.COLUMNS if c.key == "number")
    row = type("Row", (), {"number": 5001})()
    assert column.text(row, "th") == "5001"
    assert column.text(row, "en") == "5001"


def test_phones_look_as_the_registry_shows_them_and_other_contacts_stay_as_typed():
    assert phone_text("0898765432") == "089 876 5432"
    assert contact_text(" 0898765432 ") == "089 876 5432"
    assert contact_text("somchai@example.go.th") == "somchai@example.go.th"
    assert contact_text("") == ""


def test_the_complaint_case_shows_the_complainants_phone_as_the_registry_does(qtbot, db):
    cases = ComplaintCasesService(db)
    case = cases.register(CaseDraft(received_at=datetime.now(UTC), channel_id=cases.channels()[0].id,
                                    category_id=cases.categories()[0].id, subject="น้ำประปาไม่ไหล",
                                    complainant_name="สมชาย ใจดี", complainant_contact="0898765432"))  # fmt: skip
    dialog = ComplaintCaseDialog(cases, case.id)
    qtbot.addWidget(dialog)

    # Masked as the registry's list masks it (issue 19), whole once personal data is shown.
    assert dialog.details_labels["complainant"][1].text() == "สมชาย ใจดี · 08x-xxx-5432"
    dialog.personal_box.setChecked(True)
    assert dialog.details_labels["complainant"][1].text() == "สมชาย ใจดี · 089 876 5432"
    assert isinstance(case.id, uuid.UUID)
