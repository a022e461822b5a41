"""Review of issue 19: Correct the record… from the requests opens the person's record in the
stakeholder form as the Stakeholders tab opens it, with its PDPA box: the privacy notice line and
the consents panel (a correction request is often about a consent, and the form's follow-up
tick alone would move the consent without the panel's day and channel)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from vocdesk.db.models import Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.clock import thai_today
from vocdesk.domain.pdpa.terms import RequestKind
from vocdesk.services.database import Database, open_database
from vocdesk.services.pdpa.requests import DataSubjectRequestsService, RequestDraft
from vocdesk.ui.i18n import LanguageManager


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "office.sqlite")
    with database.session_scope() as session:
        session.add(Stakeholder(name="มาลี ทดสอบ", national_id="1101700203451"))
    database.actor = Principal(login="somchai", role=Role.ADMINISTRATOR,
                               grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip
    yield database
    database.dispose()


def test_correct_the_record_shows_the_forms_pdpa_box(qtbot, db: Database, tmp_path: Path):  # noqa: ANN001
    from vocdesk.app import build_main_window
    from vocdesk.ui.settings import Settings
    from vocdesk.ui.tasks import TaskRunner

    DataSubjectRequestsService(db).log(
        RequestDraft("1101700203451", RequestKind.CORRECTION, thai_today())
    )
    languages = LanguageManager(QApplication.instance(), tmp_path)
    runner = TaskRunner()
    window = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
    qtbot.addWidget(window)
    dialog = window.show_requests()
    assert dialog is not None
    dialog.select_row(0)
    form = dialog.correct_record(run=False)
    assert form is not None
    qtbot.addWidget(form)
    assert form.consents_panel is not None and form.notice_line is not None
    form.close()
    dialog.close()
    runner.wait_all(5000)
