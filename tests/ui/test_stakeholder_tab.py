"""The Stakeholders tab on a real database: filters and counts, keyboard opening of the form,
the form's inline validation and duplicate warning, archive/delete, merge and segments, and the
table model under Qt's model tester."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from PySide6.QtCore import QModelIndex, Qt  # noqa: E402
from sample_data import SampleData, fill  # noqa: E402
from sqlalchemy import select  # noqa: E402

from vocdesk.db.models import Stakeholder  # noqa: E402
from vocdesk.domain.enums import StakeholderStatus  # noqa: E402
from vocdesk.domain.registry import StakeholderDraft  # noqa: E402
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.registry.edit import RegistryEditService  # noqa: E402
from vocdesk.services.registry.segments import SegmentsService  # noqa: E402
from vocdesk.services.registry.stakeholders import RegistryFilter, RegistryService  # noqa: E402
from vocdesk.ui.registry.merge_dialog import MergeDialog  # noqa: E402
from vocdesk.ui.registry.segments_dialog import SegmentsDialog  # noqa: E402
from vocdesk.ui.registry.stakeholder_form import StakeholderForm  # noqa: E402
from vocdesk.ui.registry.stakeholders_model import StakeholdersModel  # noqa: E402
from vocdesk.ui.registry.tab import ARCHIVED, StakeholdersTab  # noqa: E402

TODAY = date(2026, 11, 28)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "tab.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def sample(db: Database) -> SampleData:
    return fill(db, today=date(2025, 11, 14))


@pytest.fixture
def tab(qtbot, db: Database, sample: SampleData) -> StakeholdersTab:
    widget = StakeholdersTab(
        RegistryService(db),
        RegistryEditService(db, today=lambda: TODAY, user="t"),
        SegmentsService(db),
    )
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _ids_with_status(db: Database, status: StakeholderStatus) -> set[uuid.UUID]:
    """The records in use with ``status``, read apart from the service and the model under test."""
    with db.session_scope() as session:
        return set(
            session.scalars(
                select(Stakeholder.id).where(
                    Stakeholder.status == status, Stakeholder.archived.is_(False)
                )
            )
        )


def _all_ids(model: StakeholdersModel) -> set[uuid.UUID]:
    """The ids of every row the model gives, fetching the batches not loaded yet."""
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    ids = [model.row_at(i).id for i in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == model.total
    return set(ids)


def test_the_model_passes_the_model_tester_with_filters(
    qtmodeltester, db: Database, sample: SampleData
) -> None:
    model = StakeholdersModel(RegistryService(db), batch_size=7)
    qtmodeltester.check(model)
    model.set_filters(RegistryFilter(status=StakeholderStatus.CURRENT))
    qtmodeltester.check(model)
    current = _ids_with_status(db, StakeholderStatus.CURRENT)
    assert current and len(current) < len(sample.stakeholder_ids)  # the filter has work to do
    assert _all_ids(model) == current


def test_filters_narrow_the_table_and_the_counts_follow(tab: StakeholdersTab, db: Database) -> None:
    everyone = tab.model.total
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(StakeholderStatus.FORMER))
    former = tab.model.total
    expected = _ids_with_status(db, StakeholderStatus.FORMER)
    assert expected and former == len(expected) < everyone
    assert _all_ids(tab.model) == expected
    assert f"{former}" in tab.counts_label.text()
    tab.clear_filters()
    assert tab.model.total == everyone
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(ARCHIVED))
    assert tab.model.filters.archived
    assert tab.archive_action.text().replace("&", "") in ("Restore", "กู้คืน")


def test_enter_opens_the_record_in_the_form(qtbot, tab: StakeholdersTab) -> None:
    tab.table.view.setFocus()
    tab.table.view.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.table.view, Qt.Key.Key_Return)
    form = tab.dialog
    assert isinstance(form, StakeholderForm)
    assert form.record_id == tab.model.row_at(0).id
    assert form.name_edit.text() == tab.model.row_at(0).name
    form.reject()


def test_the_form_shows_problems_inline_and_saves_nothing_invalid(qtbot, db: Database) -> None:
    edit = RegistryEditService(db, today=lambda: TODAY)
    form = StakeholderForm(edit, RegistryService(db))
    qtbot.addWidget(form)
    form.show()
    form.national_id_edit.setText("1101700230709")
    form.national_id_edit.editingFinished.emit()
    error = form.findChild(type(form.warning_label), "national_id_error")
    assert error.isVisible() and "8" in error.text()
    assert not form.findChild(type(form.warning_label), "name_error").isVisible()  # not touched yet
    assert form.save() is False
    assert form.findChild(type(form.warning_label), "name_error").isVisible()
    assert RegistryService(db).count_stakeholders(TableQuery()) == 0
    form.name_edit.setText("นางสาวสมศรี ใจดี")
    form.national_id_edit.setText("1-1017-00230-70-8")
    form.phone_edit.setText("081 234 5678")
    form.province_combo.setCurrentIndex(form.province_combo.findData("ลำปาง"))
    with qtbot.waitSignal(form.saved):
        assert form.save() is True
    saved = edit.load(form.record_id).draft
    assert (saved.national_id, saved.phone, saved.province) == (
        "1101700230708",
        "+66812345678",
        "ลำปาง",
    )


def test_a_duplicate_is_shown_and_the_existing_record_can_be_opened(qtbot, db: Database) -> None:
    edit = RegistryEditService(db, today=lambda: TODAY)
    existing = edit.create(StakeholderDraft(name="สมชาย ใจดี", phone="0812345678")).id
    form = StakeholderForm(edit, RegistryService(db))
    qtbot.addWidget(form)
    form.show()
    form.name_edit.setText("นายสมชาย ใจดี")
    assert form.save() is False
    assert form.duplicates_frame.isVisible()
    assert form.duplicates_list.count() == 1
    with qtbot.waitSignal(form.open_requested) as opened:
        form.open_existing_button.click()
    assert opened.args == [existing]


def test_archive_then_restore_and_delete_only_without_history(
    qtbot, tab: StakeholdersTab, db: Database
) -> None:
    edit = RegistryEditService(db, today=lambda: TODAY)
    lonely = edit.create(StakeholderDraft(name="กขค ไม่มีประวัติ")).id
    tab.refresh()
    tab.table.search_box.setText("ไม่มีประวัติ")
    tab.table.apply_search()
    assert tab.model.total == 1
    tab.table.view.setCurrentIndex(tab.model.index(0, 0))
    tab.toggle_archived()
    assert tab.model.total == 0
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(ARCHIVED))
    assert tab.model.total == 1
    tab.table.view.setCurrentIndex(tab.model.index(0, 0))
    tab.toggle_archived()  # restore
    tab.clear_filters()
    tab.table.view.setCurrentIndex(tab.model.index(0, 0))
    tab.delete_current(confirm=False)
    assert RegistryService(db).get_stakeholder(lonely) is None


def test_the_merge_dialog_moves_history_to_the_kept_record(
    qtbot, db: Database, sample: SampleData
) -> None:
    edit = RegistryEditService(db, today=lambda: TODAY)
    first, second = sample.stakeholder_ids[:2]
    before = sum(edit.load(first).history.values()) + sum(edit.load(second).history.values())
    dialog = MergeDialog(edit, RegistryService(db), first)
    qtbot.addWidget(dialog)
    dialog.select_other(second)
    dialog.keep_second.setChecked(True)
    with qtbot.waitSignal(dialog.merged) as merged:
        dialog.merge_button.click()
    assert merged.args == [second]
    assert sum(edit.load(second).history.values()) == before


def test_the_segments_dialog_saves_requirements_and_priority(qtbot, db: Database) -> None:
    service = SegmentsService(db)
    dialog = SegmentsDialog(service)
    qtbot.addWidget(dialog)
    dialog.new_segment()
    dialog.name_th_edit.setText("ผู้สูงอายุ")
    dialog.name_en_edit.setText("Older people")
    dialog.requirements_edit.setPlainText("ที่นั่งรอ\n\nป้ายตัวใหญ่")
    with qtbot.waitSignal(dialog.changed):
        assert dialog.save()
    saved = next(s for s in service.list_segments() if s.data.name_en == "Older people")
    assert saved.data.requirements == ("ที่นั่งรอ", "ป้ายตัวใหญ่")
    dialog.new_segment()
    assert not dialog.save()
    assert dialog.error_label.text()


def test_keyboard_shortcuts_work_inside_the_tab(qtbot, tab: StakeholdersTab) -> None:
    tab.table.view.setFocus()
    qtbot.keyClick(
        tab.table.view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert isinstance(tab.dialog, StakeholderForm) and tab.dialog.record_id is None
    tab.dialog.reject()
    tab.table.view.setCurrentIndex(tab.model.index(1, 0))
    qtbot.keyClick(tab.table.view, Qt.Key.Key_F2)
    assert (
        isinstance(tab.dialog, StakeholderForm) and tab.dialog.record_id == tab.model.row_at(1).id
    )
    tab.dialog.reject()
    qtbot.keyClick(tab.table.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(tab.dialog, MergeDialog)
    tab.dialog.reject()
    qtbot.keyClick(tab.table.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(tab.dialog, SegmentsDialog)
    tab.dialog.reject()
    with qtbot.waitSignal(tab.timeline_requested):
        qtbot.keyClick(tab.table.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)


def test_exporting_the_filtered_view_writes_a_file_that_imports_again(
    tab: StakeholdersTab, db: Database, tmp_path: Path
) -> None:
    from vocdesk.services.registry.transfer import StakeholderImporter
    from vocdesk.services.transfer import import_file
    from vocdesk.ui.models.table_export import write_table

    tab.status_filter.setCurrentIndex(tab.status_filter.findData(StakeholderStatus.CURRENT))
    shown = tab.model.total
    # Identifiers whole while the list shows personal data (PDPA, issue 19): the file imports
    tab.personal_box.setChecked(True)
    stem, work = tab.export_job()
    from vocdesk.ui.tasks import TaskRunner

    runner = TaskRunner()
    written: list[Path] = []
    runner.run(
        lambda progress: write_table(work(progress), tmp_path / f"{stem}.csv"),
        on_done=written.append,
    )
    assert runner.wait_all(30_000)
    summary = import_file(StakeholderImporter(db, today=lambda: TODAY), written[0])
    assert (summary.added, summary.updated) == (0, shown)
