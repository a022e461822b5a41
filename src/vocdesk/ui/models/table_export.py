"""Saving the table on screen to a file: every row of its query, as the user sees them.

The rows are read again from the service (not only those scrolled into view), on a worker
thread through the TaskRunner; ``vocdesk.io.table_file`` writes them (reached through services).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vocdesk.services.transfer import TableSnapshot, write_table
from vocdesk.ui.models.lazy_table import LazyTableModel
from vocdesk.ui.tasks import Progress

__all__ = ["TableSnapshot", "snapshot_job", "write_table"]


def snapshot_job(model: LazyTableModel[Any]) -> Callable[[Progress], TableSnapshot]:
    """Work for ``TaskRunner.run``: the model's current query and language are fixed now."""
    read_all = model.all_rows_job()
    columns = list(model.COLUMNS)
    language = model.language
    headers = [model.column_title(i) for i in range(len(columns))]

    def work(progress: Progress) -> TableSnapshot:
        def report(done: int, total: int) -> None:
            progress.raise_if_cancelled()
            progress.report(done, total)

        rows = read_all(report)
        return TableSnapshot(
            headers,
            [[c.number(r) if c.number else c.text(r, language) for c in columns] for r in rows],
        )

    return work
