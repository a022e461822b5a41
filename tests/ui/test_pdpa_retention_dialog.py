"""Personal data › Retention review… (issue 19): the periods with the counts due on a day, the
list of one kind with its ticks, the confirmation, the review and its log; in Thai too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from vocdesk.db.models import Channel, Complaint, ComplaintCategory, FeedbackEntry
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import ComplaintStatus, FeedbackType, LifecycleStage
from vocdesk.domain.pdpa.terms import RetentionAction, RetentionRecordType
from vocdesk.services.database import Database, open_database
from vocdesk.services.pdpa.retention import RetentionService
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.pdpa.retention_dialog import KINDS, RetentionDialog

ADMIN = Principal(
    login="admin",
    role=Role.ADMINISTRATOR,
    grants=frozenset({Permission.PERSONAL_DATA, Permission.CONFIDENTIAL}),
)
DAY = date(2026, 1, 15)


def fill_due(db: Database) -> None:
    """Closed cases and feedback from 2015 to 2025: some past their period on DAY."""
    with db.session_scope() as session:
        channel = session.scalars(select(Channel.id)).first()
        categories = session.scalars(select(ComplaintCategory)).all()
        for n in range(24):
            closed = datetime(2015 + n // 2, 1 + n % 12, 10, 3, tzinfo=UTC)
            session.add(Complaint(fiscal_year=2558 + n // 2, sequence=n + 1,
                                  number=f"{2558 + n // 2}/{n + 1:06d}",
                                  received_at=closed - timedelta(days=20), channel_id=channel,
                                  subject="ไฟฟ้าดับบ่อย", category_id=categories[n % len(categories)].id,
                                  status=ComplaintStatus.CLOSED, closed_at=closed))  # fmt: skip
        for n in range(30):
            session.add(FeedbackEntry(received_at=datetime(2022, 1, 1, tzinfo=UTC) + timedelta(days=40 * n),
                                      channel_id=channel, stage=LifecycleStage.AFTER,
                                      type=FeedbackType.COMPLIMENT, text="บริการดี"))  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "retention.sqlite")
    database.actor = ADMIN
    fill_due(database)
    yield database
    database.dispose()


def _dialog(qtbot, db: Database, **kwargs: bool) -> RetentionDialog:  # noqa: ANN001
    dialog = RetentionDialog(
        RetentionService(db), **({"may_edit": True, "may_review": True} | kwargs)
    )
    qtbot.addWidget(dialog)
    dialog.day_edit.setDate(DAY)
    return dialog


def test_the_due_list_passes_the_model_tester(qtbot, qtmodeltester, db: Database) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, db)
    qtmodeltester.check(dialog.model)


def test_the_periods_show_the_counts_due_and_the_list_of_the_kind_selected(
    qtbot, db: Database
) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, db)
    complaints = KINDS.index(RetentionRecordType.COMPLAINT)
    assert dialog.years[RetentionRecordType.COMPLAINT].value() == 5
    # closed before 15 January 2021 (Thai day): 2015-2020, two a year, and 10 January 2021
    assert dialog.periods.item(complaints, 4).text() == "13"
    assert dialog.model.total == 13
    assert dialog.model.data(dialog.model.index(0, 0)) == "2558/000001"
    assert dialog.anonymise_button.isEnabled()
    dialog.periods.selectRow(KINDS.index(RetentionRecordType.FEEDBACK))
    assert dialog.model.record_type == RetentionRecordType.FEEDBACK
    assert dialog.model.total == 19  # received before 15 January 2024, every 40 days
    dialog.periods.selectRow(KINDS.index(RetentionRecordType.ACTIVITY))
    assert not dialog.delete_button.isEnabled()  # no period set
    assert dialog.periods.item(KINDS.index(RetentionRecordType.ACTIVITY), 4).text() == "—"


def test_a_review_asks_then_anonymises_the_ticked_records_and_logs_the_run(
    qtbot, db: Database
) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, db)
    model = dialog.model
    model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    text = dialog.confirmation_text(RetentionAction.ANONYMISE, 12)
    assert text == (
        "12 complaints will be anonymised: their personal data replaced for good. This cannot be undone."
    )

    dialog.review(RetentionAction.ANONYMISE)

    with db.session_scope() as session:
        done = session.scalar(
            select(func.count()).select_from(Complaint).where(Complaint.anonymised_at.is_not(None))
        )
    assert done == 12
    assert dialog.model.total == 1  # the one left out
    assert dialog.log.rowCount() == 1
    assert dialog.log.item(0, 5).text() == "12"
    assert "12 complaints anonymised" in dialog.status.text()


def test_periods_are_saved_by_catalogue_keepers_and_read_only_for_others(
    qtbot, db: Database
) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, db)
    dialog.years[RetentionRecordType.ACTIVITY].setValue(3)
    combo = dialog.then_combos[RetentionRecordType.ACTIVITY]
    combo.setCurrentIndex(combo.findData(RetentionAction.DELETE.value))
    dialog.save_periods()
    policies = {p.record_type: p for p in RetentionService(db).policies()}
    assert (
        policies[RetentionRecordType.ACTIVITY].keep_years,
        policies[RetentionRecordType.ACTIVITY].action,
    ) == (
        3,
        RetentionAction.DELETE,
    )
    db.actor = Principal(login="staff", role=Role.STAFF)
    reader = _dialog(qtbot, db, may_edit=False, may_review=False)
    assert not reader.years[RetentionRecordType.COMPLAINT].isEnabled()
    assert reader.save_button.isHidden()
    assert reader.anonymise_button.isHidden()
    assert reader.model.total == 13  # reading the list is open to staff


def test_the_review_speaks_thai(qtbot, qapp, db: Database, compiled_translations) -> None:  # noqa: ANN001
    languages = LanguageManager(qapp, compiled_translations)
    dialog = _dialog(qtbot, db)
    dialog.show()
    try:
        languages.set_language("th")
        qapp.processEvents()
        assert dialog.windowTitle() == "ทบทวนระยะเวลาการเก็บรักษาข้อมูล"
        assert dialog.model.data(dialog.model.index(0, 1)).endswith("58")  # B.E. 2558
        assert "ย้อนกลับไม่ได้" in dialog.confirmation_text(RetentionAction.DELETE, 3)
    finally:
        languages.set_language("en")


def test_the_personal_data_menu_opens_the_retention_review(
    qtbot, db: Database, tmp_path: Path
) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from vocdesk.app import build_main_window
    from vocdesk.ui.settings import Settings
    from vocdesk.ui.tasks import TaskRunner

    languages = LanguageManager(QApplication.instance(), tmp_path)
    runner = TaskRunner()
    window = build_main_window(db, Settings(tmp_path / "settings.ini"), languages, runner)
    qtbot.addWidget(window)
    assert window.retention_action in window.personal_data_menu.actions()
    assert window.retention_action.text() == "Re&tention review…"
    dialog = window.show_retention_review()
    assert not dialog.save_button.isHidden() and not dialog.delete_button.isHidden()
    dialog.close()
    db.actor = Principal(login="somchai", role=Role.STAFF)
    staff = window.show_retention_review()  # read-only for staff: no saving, no review
    assert staff.save_button.isHidden() and staff.anonymise_button.isHidden()
    staff.close()
    runner.wait_all(5000)


def test_a_review_runs_off_the_gui_thread_and_the_dialog_follows(qtbot, db: Database) -> None:  # noqa: ANN001
    from vocdesk.ui.tasks import TaskRunner

    runner = TaskRunner()
    dialog = RetentionDialog(RetentionService(db), may_edit=True, may_review=True, tasks=runner)
    qtbot.addWidget(dialog)
    dialog.day_edit.setDate(DAY)
    runner.wait_all(10_000)
    dialog.periods.selectRow(KINDS.index(RetentionRecordType.FEEDBACK))
    runner.wait_all(10_000)
    assert dialog.model.total == 19

    dialog.review(RetentionAction.DELETE)
    runner.wait_all(30_000)
    qtbot.waitUntil(lambda: dialog.log.rowCount() == 1, timeout=10_000)
    runner.wait_all(10_000)

    assert dialog.model.total == 0
    assert dialog.status.text() == "Done: 19 feedback items deleted."
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(FeedbackEntry)) == 11
