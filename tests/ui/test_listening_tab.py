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
from vocdesk.services.database import Database, open_database
from vocdesk.services.listening import ListeningService
from vocdesk.ui.tabs.listening_tab import ListeningTab


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "vocdesk.sqlite")
    with database.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        for day, text in enumerate(["ขอให้เพิ่มที่จอดรถ", "เจ้าหน้าที่บริการดีมาก", "อยากให้มีบริการออนไลน์"], start=1):
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
