"""Review of issue 19: the retention review counts what is due (a query per kind, seconds on a
large file) on the window's task runner, not on the GUI thread, when the dialog opens and when
the day changes; a reading overtaken by a newer one is dropped."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from test_pdpa_retention_dialog import ADMIN, DAY, fill_due

from vocdesk.domain.pdpa.terms import RetentionRecordType
from vocdesk.services.database import Database, open_database
from vocdesk.services.pdpa.retention import RetentionService
from vocdesk.ui.pdpa.retention_dialog import KINDS, RetentionDialog
from vocdesk.ui.tasks import TaskRunner


class ThreadNoting(RetentionService):
    """The real service, noting which threads counted."""

    threads: list[threading.Thread]

    def due_counts(self, on: date | None = None):  # type: ignore[no-untyped-def]
        self.threads.append(threading.current_thread())
        return super().due_counts(on)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "retention.sqlite")
    database.actor = ADMIN
    fill_due(database)
    yield database
    database.dispose()


def test_the_counts_are_read_off_the_gui_thread(qtbot, db: Database) -> None:  # noqa: ANN001
    service = ThreadNoting(db)
    service.threads = []
    runner = TaskRunner()
    dialog = RetentionDialog(service, may_edit=True, may_review=True, tasks=runner)
    qtbot.addWidget(dialog)
    dialog.day_edit.setDate(date(2030, 1, 1))
    dialog.day_edit.setDate(DAY)
    runner.wait_all(10_000)
    qtbot.waitUntil(
        lambda: dialog.periods.item(KINDS.index(RetentionRecordType.COMPLAINT), 4).text() == "13",
        timeout=5000,
    )
    assert service.threads and threading.main_thread() not in service.threads
    assert dialog.model.total == 13
