"""The audit trail browser (issue 16): filters, a lazy table newest first, the selected entry's
changes before and after, Export…, Thai with Buddhist Era dates; read-only."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from vocdesk.db.models import AuditEntry, Channel, Complaint, ComplaintCategory
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.tables import TableQuery
from vocdesk.services.audit import AuditFilter, AuditTrailService
from vocdesk.services.database import Database, open_database
from vocdesk.ui.audit.audit_dialog import AuditTrailDialog
from vocdesk.ui.audit.audit_model import AuditTrailModel
from vocdesk.ui.i18n import LanguageManager

ADMIN = Principal(
    login="admin", role=Role.ADMINISTRATOR, grants=frozenset({Permission.CONFIDENTIAL})
)
START = datetime(2026, 1, 5, 3, 0, tzinfo=UTC)  # 10:00 in Thailand


def fill_trail(db: Database, start: datetime = START) -> dict[str, uuid.UUID]:
    """A few dozen entries of several kinds over three days (also used for the screenshots)."""
    with db.session_scope() as session:
        channel = session.scalars(select(Channel.id)).first()
        category = session.scalars(select(ComplaintCategory.id)).first()
        if category is None:
            row = ComplaintCategory(code="general", name_th="ทั่วไป", name_en="General")
            session.add(row)
            session.flush()
            category = row.id
        secret = Complaint(fiscal_year=2569, sequence=1, number="2569/000001", received_at=start,
                           channel_id=channel, subject="ร้องเรียนเจ้าหน้าที่เรียกรับเงิน",
                           category_id=category, confidential=True)  # fmt: skip
        session.add(secret)
        session.flush()
        people = [uuid.uuid4() for _ in range(8)]
        names = ["สมชาย ใจดี", "มาลี ศรีสุข", "ประยุทธ์ มั่นคง", "วิไล แสงทอง", "Somsak K.",
                 "อรุณี พรหมมา", "ธนา วงศ์ใหญ่", "กมล ทองดี"]  # fmt: skip

        def add(minutes: int, user: str, action: AuditAction, entity: str, entity_id: uuid.UUID,
                changes: dict[str, object]) -> None:  # fmt: skip
            session.add(AuditEntry(at=start + timedelta(minutes=minutes), user=user, action=action,
                                   entity=entity, entity_id=entity_id, changes=changes))  # fmt: skip

        admin_id, malee_id = uuid.uuid4(), uuid.uuid4()
        add(0, "admin", AuditAction.CREATE, "user_account", malee_id,
            {"login": "malee", "role": "staff"})  # fmt: skip
        add(1, "admin", AuditAction.PERMISSION, "user_account", malee_id,
            {"role": ["staff", "supervisor"]})  # fmt: skip
        for i, (person, name) in enumerate(zip(people, names, strict=True)):
            add(30 + i, "malee", AuditAction.CREATE, "stakeholder", person, {"name": name})
            add(90 + i * 7, "malee", AuditAction.UPDATE, "stakeholder", person,
                {"phone": ["081 234 567" + str(i), "089 876 543" + str(i)], "province": ["", "ขอนแก่น"]})  # fmt: skip
        add(200, "malee", AuditAction.MERGE, "stakeholder", people[7], {"into": people[6].hex})
        add(1440, "somchai", AuditAction.UPDATE, "complaint", secret.id,
            {"before": {"subject": "ร้องเรียนเจ้าหน้าที่เรียกรับเงิน", "assigned_to": ""},
             "after": {"subject": "ร้องเรียนเจ้าหน้าที่เรียกรับเงินค่าดำเนินการ", "assigned_to": "somchai"}})  # fmt: skip
        add(1500, "somchai", AuditAction.PRINT, "complaint", secret.id, {"report": "case summary"})
        add(1501, "admin", AuditAction.EXPORT, "stakeholder", uuid.UUID(int=0),
            {"file": "stakeholders.xlsx", "rows": 8})  # fmt: skip
        for i in range(6):
            add(2880 + i * 45, ["admin", "malee", "somchai"][i % 3], AuditAction.SIGN_IN,
                "user_account", [admin_id, malee_id, uuid.uuid4()][i % 3], {})  # fmt: skip
        add(2900, "", AuditAction.SIGN_IN_FAILED, "user_account", uuid.uuid4(), {"login": "boss"})
        add(3000, "admin", AuditAction.TOKEN, "user_account", admin_id, {"token": "backup script"})
        add(3200, "admin", AuditAction.RESTORE, "database", uuid.UUID(int=0),
            {"backup": "vocdesk-20260107-080000-daily.sqlite"})  # fmt: skip
    return {"secret": secret.id, "person": people[0]}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "audit.sqlite")
    database.actor = ADMIN
    yield database
    database.dispose()


@pytest.fixture
def trail(db: Database) -> dict[str, uuid.UUID]:
    return fill_trail(db)


def _dialog(qtbot, db: Database) -> AuditTrailDialog:  # noqa: ANN001
    dialog = AuditTrailDialog(AuditTrailService(db))
    qtbot.addWidget(dialog)
    return dialog


def test_the_model_passes_the_model_tester(qtmodeltester, db: Database, trail: dict) -> None:  # noqa: ANN001
    model = AuditTrailModel(AuditTrailService(db), batch_size=10)
    qtmodeltester.check(model)
    model.set_filters(AuditFilter(entity="stakeholder"))
    qtmodeltester.check(model)


def test_entries_are_shown_newest_first_and_filters_narrow_them(
    qtbot, db: Database, trail: dict
) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, db)

    assert dialog.model.total == 31
    assert dialog.model.row_at(0).action == AuditAction.RESTORE  # type: ignore[union-attr]
    assert dialog.model.data(dialog.model.index(0, 3)) == "Database"

    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData(AuditAction.SIGN_IN.value))
    assert dialog.model.total == 6
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData("malee"))
    assert dialog.model.total == 2
    dialog.action_combo.setCurrentIndex(0)
    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("stakeholder"))
    assert dialog.model.total == 17
    dialog.table.search_box.setText("ขอนแก่น")
    dialog.table.apply_search()
    assert dialog.model.total == 8


def test_the_period_narrows_to_the_days_chosen(qtbot, db: Database, trail: dict) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, db)
    dialog.start_edit.setDate(datetime(2026, 1, 6).date())
    dialog.end_edit.setDate(datetime(2026, 1, 6).date())
    assert dialog.model.total == 31  # the period is off until ticked

    dialog.period_check.setChecked(True)

    assert dialog.model.total == 3  # the case's change and print, the export


def test_the_selected_entry_shows_its_changes_before_and_after(
    qtbot, db: Database, trail: dict
) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, db)
    dialog.table.search_box.setText(trail["person"].hex[:8])
    dialog.table.apply_search()
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData(AuditAction.UPDATE.value))

    dialog.table.view.setCurrentIndex(dialog.model.index(0, 0))

    cells = [
        [dialog.details.item(r, c).text() for c in range(3)]
        for r in range(dialog.details.rowCount())
    ]
    assert cells == [["phone", "081 234 5670", "089 876 5430"], ["province", "—", "ขอนแก่น"]]
    assert "malee" in dialog.details_title.text() and "Changed" in dialog.details_title.text()


def test_confidential_case_text_is_hidden_from_an_administrator_without_the_grant(
    qtbot, db: Database, trail: dict
) -> None:  # noqa: ANN001
    db.actor = Principal(login="it", role=Role.ADMINISTRATOR)
    dialog = _dialog(qtbot, db)
    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("complaint"))
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData(AuditAction.UPDATE.value))

    dialog.table.view.setCurrentIndex(dialog.model.index(0, 0))

    texts = [dialog.details.item(0, c).text() for c in range(3)]
    assert texts == ["subject", "(confidential)", "(confidential)"]
    assert "เรียกรับเงิน" not in dialog.model.data(dialog.model.index(0, 5))


def test_export_writes_the_entries_shown_and_is_itself_recorded(
    qtbot, db: Database, trail: dict, tmp_path: Path
) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, db)
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData("somchai"))

    dialog.export_to(tmp_path / "trail.csv")

    with (tmp_path / "trail.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1 + 4 and all(row[1] == "somchai" for row in rows[1:])
    assert "4 entries exported" in dialog.status.text()
    exports = AuditTrailService(db).entries(
        TableQuery(), 0, 1, AuditFilter(action=AuditAction.EXPORT)
    )
    assert exports[0].user == "admin" and "trail.csv" in exports[0].summary()


def test_nothing_in_the_dialog_edits_an_entry(qtbot, db: Database, trail: dict) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, db)
    index = dialog.model.index(0, 5)
    assert not dialog.model.flags(index) & dialog.model.flags(index).ItemIsEditable
    assert dialog.details.editTriggers() == dialog.details.EditTrigger.NoEditTriggers
    names = sorted(button.text().replace("&", "") for button in dialog.buttons.buttons())
    assert names == ["Close", "Export…"]


def test_staff_are_told_they_may_not_and_see_nothing(qtbot, db: Database, trail: dict) -> None:  # noqa: ANN001
    db.actor = Principal(login="somchai", role=Role.STAFF)

    dialog = _dialog(qtbot, db)

    assert dialog.model.total == 0
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert any("view the audit trail" in box.text() for box in boxes)
    for box in boxes:
        box.close()


def test_the_dialog_speaks_thai_with_buddhist_era_dates(
    qtbot, qapp, db: Database, trail: dict, compiled_translations
) -> None:  # noqa: ANN001
    languages = LanguageManager(qapp, compiled_translations)
    dialog = _dialog(qtbot, db)
    dialog.show()
    try:
        languages.set_language("th")
        qapp.processEvents()

        assert dialog.windowTitle() == "ประวัติการใช้งาน"
        assert dialog.model.data(dialog.model.index(0, 0)).startswith("7 ม.ค. 69 ")  # B.E. 2569
        assert dialog.model.data(dialog.model.index(0, 2)) == "กู้คืน"
        assert dialog.action_combo.itemText(0) == "ทุกการกระทำ"
        assert dialog.export_button.text() == "ส่งออก…"
        assert str(dialog.start_edit.date().year + 543) in dialog.start_edit.line_edit.text()
    finally:
        languages.set_language("en")
