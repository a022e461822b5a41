"""The Listening tab: a container of pages whose first page is the log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy import select

from vocdesk.db.models import Channel, FeedbackEntry
from vocdesk.domain.enums import FeedbackType, LifecycleStage
from vocdesk.domain.fiscal import PeriodKind
from vocdesk.domain.listening.log import FeedbackStatus
from vocdesk.services.database import Database, open_database
from vocdesk.services.listening.channels import ChannelsService
from vocdesk.services.listening.entry import FeedbackDraft, ListeningEntryService
from vocdesk.services.listening.log import FeedbackFilters, ListeningService
from vocdesk.ui.listening.feedback_log import LogServices
from vocdesk.ui.listening.log_model import ListeningModel
from vocdesk.ui.listening.tab import ListeningTab
from vocdesk.ui.settings import Settings


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    with database.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        for day, text in enumerate(
            ["ขอให้เพิ่มที่จอดรถ", "เจ้าหน้าที่บริการดีมาก", "อยากให้มีบริการออนไลน์"], start=1
        ):
            session.add(FeedbackEntry(
                received_at=datetime(2025, 11, day, 3, 0, tzinfo=UTC), channel_id=channel,
                stage=LifecycleStage.DURING, type=FeedbackType.SUGGESTION, text=text,
            ))  # fmt: skip
    yield database
    database.dispose()


class NotesPage(QWidget):
    """A page as another area adds one: a title and a refresh."""

    def __init__(self) -> None:
        super().__init__()
        self.refreshed = 0
        QVBoxLayout(self).addWidget(QLabel("notes"))

    def title(self) -> str:
        return "Notes"

    def refresh(self) -> None:
        self.refreshed += 1


def test_the_log_is_the_first_page_and_other_pages_can_be_added(qtbot, db: Database) -> None:
    tab = ListeningTab(ListeningService(db))
    qtbot.addWidget(tab)
    page = NotesPage()

    tab.add_page(page)
    tab.refresh()

    assert tab.page_titles() == ["Listening log", "Notes"]
    assert tab.pages.widget(0) is tab.log
    assert page.refreshed == 1
    assert tab.model.rowCount() == 3


def test_the_selected_entry_id_is_the_row_selected_in_the_log(qtbot, db: Database) -> None:
    tab = ListeningTab(ListeningService(db))
    qtbot.addWidget(tab)
    assert tab.selected_entry_id() is None

    tab.table.view.selectRow(1)

    assert tab.selected_entry_id() == tab.model.row_at(1).id
    assert tab.model.row_at(1).text == "เจ้าหน้าที่บริการดีมาก"


def test_focus_search_shows_the_log_page(qtbot, db: Database) -> None:
    tab = ListeningTab(ListeningService(db))
    qtbot.addWidget(tab)
    tab.add_page(NotesPage())
    tab.pages.setCurrentIndex(1)

    tab.focus_search()

    assert tab.pages.currentWidget() is tab.log


def _writable_tab(qtbot, db: Database, tmp_path: Path) -> ListeningTab:
    services = LogServices(entries=ListeningEntryService(db), channels=ChannelsService(db),
                           settings=Settings(tmp_path / "settings.ini"))  # fmt: skip
    tab = ListeningTab(ListeningService(db), services=services)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_the_filters_narrow_the_log_together_with_the_search(
    qtbot, db: Database, tmp_path: Path
) -> None:
    tab = _writable_tab(qtbot, db, tmp_path)
    bar = tab.log.filter_bar
    with db.session_scope() as session:
        line = session.scalar(select(Channel.id).where(Channel.code == "line_oa"))
    ListeningEntryService(db).record(FeedbackDraft(
        received_at=datetime(2024, 5, 1, 3, 0, tzinfo=UTC), channel_id=line, stage=LifecycleStage.AFTER,
        type=FeedbackType.COMPLIMENT, text="ขอบคุณสำหรับบริการออนไลน์",
    ))  # fmt: skip
    tab.refresh()
    assert tab.model.rowCount() == 4

    bar.boxes["channel"].setCurrentIndex(bar.boxes["channel"].findData(line.hex))
    assert tab.model.rowCount() == 1 and tab.model.filters.channel_id == line
    bar.clear()
    bar.period_check.setChecked(True)
    bar.period_picker.set_period(PeriodKind.FISCAL_YEAR, 2569)  # Oct 2025 - Sep 2026
    assert tab.model.rowCount() == 3
    bar.boxes["stage"].setCurrentIndex(bar.boxes["stage"].findData("during"))
    tab.table.search_box.setText("ออนไลน์")
    tab.table.apply_search()
    assert [row.text for row in tab.model._rows] == ["อยากให้มีบริการออนไลน์"]
    bar.clear()
    assert tab.model.filters == FeedbackFilters() and tab.model.rowCount() == 2  # the search stays


def test_new_entry_opens_the_form_and_a_saved_entry_shows_in_the_log(
    qtbot, db: Database, tmp_path: Path
) -> None:
    tab = _writable_tab(qtbot, db, tmp_path)

    form = tab.log.new_entry()
    form.text_edit.setPlainText("ลิฟต์เสียบ่อย")
    form.save_and_next()

    assert tab.model.rowCount() == 4
    assert "ลิฟต์เสียบ่อย" in [tab.model.row_at(r).text for r in range(4)]
    form.close()


def test_double_clicking_an_entry_opens_it_for_editing(qtbot, db: Database, tmp_path: Path) -> None:
    tab = _writable_tab(qtbot, db, tmp_path)
    row = tab.model.row_at(0)

    tab.table.row_activated.emit(row)
    form = tab.log.form
    form.text_edit.setPlainText(row.text + "ทุกวัน")
    form.save_and_close()

    assert tab.model.row_at(0).text == row.text + "ทุกวัน"


def test_the_channels_dialog_adds_marks_digital_and_deletes_unused_channels(
    qtbot, db: Database, tmp_path
) -> None:
    tab = _writable_tab(qtbot, db, tmp_path)
    dialog = tab.log.edit_channels()
    count = dialog.table.rowCount()

    dialog.table.clearSelection()
    dialog.name_th_edit.setText("ติ๊กต็อก")
    dialog.name_en_edit.setText("TikTok")
    dialog.digital_check.setChecked(True)
    assert dialog.add_channel()
    assert dialog.table.rowCount() == count + 1 and dialog.selected().is_digital
    assert not dialog.add_channel()  # the same name again
    assert "already a channel named" in dialog.message_label.text()
    assert dialog.delete_channel()
    assert dialog.table.rowCount() == count
    walk_in = next(i for i, c in enumerate(dialog._rows) if c.code == "walk_in")
    dialog.table.selectRow(walk_in)
    assert not dialog.buttons["delete"].isEnabled()  # three entries came through it
    dialog.accept()
    assert tab.log.filter_bar.boxes["channel"].count() == count + 1  # "All channels" and each one


def test_the_log_model_with_filters_passes_the_model_tester(qtmodeltester, db: Database) -> None:
    model = ListeningModel(ListeningService(db), batch_size=2)
    model.set_filters(FeedbackFilters(stage=LifecycleStage.DURING))

    qtmodeltester.check(model)
    model.set_search("บริการ")
    qtmodeltester.check(model)


def test_selected_entries_are_given_a_status_at_once(qtbot, db: Database, tmp_path: Path) -> None:
    tab = _writable_tab(qtbot, db, tmp_path)
    view = tab.table.view
    view.setSelectionMode(view.SelectionMode.ExtendedSelection)
    view.selectRow(0)
    view.selectionModel().select(tab.model.index(2, 0), view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)  # fmt: skip

    assert tab.log.mark_selected(FeedbackStatus.REVIEWED) == 2

    assert sorted(tab.model.row_at(r).status for r in range(3)) == ["new", "reviewed", "reviewed"]
    tab.log.filter_bar.boxes["status"].setCurrentIndex(
        tab.log.filter_bar.boxes["status"].findData("reviewed")
    )
    assert tab.model.rowCount() == 2
