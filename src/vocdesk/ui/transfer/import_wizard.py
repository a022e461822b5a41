"""The import wizard, the same for every kind of file (stakeholders, feedback, complaints, holidays).

Choose a file → see its first rows → say which column is which (pre-filled from the headings, in
English or Thai) → map the file's own words for a closed vocabulary (only for kinds that allow it,
e.g. a complaint platform's status names) → check the whole file (every problem by row and column,
to copy or save as CSV) → import. Reading, checking and importing run off the GUI thread through
the ``TaskRunner``; nothing is written before the last step, and nothing at all when the file has
any problem. The wizard drives an ``Importer`` of ``services.transfer`` and knows no kind itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QProgressBar, QWidget, QWizard, QWizardPage

from vocdesk.services.database import Database
from vocdesk.services.transfer import (
    KIND_LABELS,
    CheckedTable,
    Importer,
    ImportSummary,
    Sheet,
    ValueMaps,
    importer_for,
)
from vocdesk.services.transfer_columns_unmatched import UnmatchedColumn
from vocdesk.ui.i18n import translate
from vocdesk.ui.tasks import Progress, Task, TaskRunner
from vocdesk.ui.transfer.check_page import ImportCheckPage
from vocdesk.ui.transfer.done_page import ImportDonePage
from vocdesk.ui.transfer.file_pages import ImportFilePage, ImportPreviewPage
from vocdesk.ui.transfer.import_page import (
    MAX_SHOWN_PROBLEMS,
    NOT_IN_FILE,
    PAGE_CHECK,
    PAGE_COLUMNS,
    PAGE_DONE,
    PAGE_FILE,
    PAGE_PREVIEW,
    PAGE_VALUES,
    PREVIEW_ROWS,
)
from vocdesk.ui.transfer.mapping_pages import ImportColumnsPage, ImportValuesPage

__all__ = [
    "MAX_SHOWN_PROBLEMS", "NOT_IN_FILE", "PAGE_CHECK", "PAGE_COLUMNS", "PAGE_DONE", "PAGE_FILE", "PAGE_PREVIEW",
    "PAGE_VALUES", "PREVIEW_ROWS", "ImportWizard",
]  # fmt: skip

T = TypeVar("T")


class ImportWizard(QWizard):
    """``ImportWizard(kind, database, tasks)``; ``imported`` is emitted with the ``ImportSummary``.

    ``importer``, if given, is used instead of the registry's importer of ``kind`` (which then
    only names the file's kind in the title): for files whose columns depend on a record, such
    as one survey's responses. Such an importer's file words are not mapped in the wizard.
    """

    imported = Signal(object)

    def __init__(
        self, kind: str, database: Database, tasks: TaskRunner, parent: QWidget | None = None,
        path: Path | None = None, importer: Importer | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.kind = kind
        self.database = database
        self.tasks = tasks
        self._given_importer = importer
        # UserError for a kind not here
        self.importer: Importer = importer if importer is not None else importer_for(kind, database)
        self.sheet: Sheet | None = None
        self.mapping: dict[str, int] = {}
        self.skipped_columns: list[UnmatchedColumn] = []  # the file's, skipped knowingly
        self.value_maps: ValueMaps = {}
        self.checked: CheckedTable | None = None
        self.summary: ImportSummary | None = None
        # Each page's latest background task: only it may call the page back (see ``run``).
        self._latest: dict[QWizardPage, Task[Any]] = {}
        self.setWindowTitle(
            self.tr("Import: {kind}").format(
                kind=translate("Transfer", KIND_LABELS.get(kind, kind))
            )
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.file_page = ImportFilePage(self)
        self.setPage(PAGE_FILE, self.file_page)
        self.preview_page = ImportPreviewPage(self)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.columns_page = ImportColumnsPage(self)
        self.setPage(PAGE_COLUMNS, self.columns_page)
        self.values_page = ImportValuesPage(self)
        self.setPage(PAGE_VALUES, self.values_page)
        self.check_page = ImportCheckPage(self)
        self.setPage(PAGE_CHECK, self.check_page)
        self.done_page = ImportDonePage(self)
        self.setPage(PAGE_DONE, self.done_page)
        self.resize(760, 560)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    @property
    def path(self) -> Path:
        return Path(self.file_page.path_edit.text().strip()).expanduser()

    def rebuild_importer(self) -> None:
        """A fresh importer that reads the file's own words as the user mapped them."""
        if self._given_importer is not None:
            self.importer = self._given_importer
            return
        self.importer = importer_for(self.kind, self.database, self.value_maps or None)

    def reject(self) -> None:
        """Cancel, close or Esc: the running work is asked to stop. An import cancelled mid-way
        rolls back and nothing is written; one that had already been written still reports
        (``imported``), so the window shows the new rows."""
        for task in self._latest.values():
            if task.is_running:
                task.cancel()
        super().reject()

    def run(
        self,
        page: QWizardPage,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        progress_bar: QProgressBar,
    ) -> None:
        """``work(progress)`` on a worker thread; ``page`` hears back on the GUI thread.

        Only the page's latest work calls it back: starting another (the user went back and
        chose another file) cancels the one before. The callbacks are tied to the page: none
        reaches a page (or wizard) that has been deleted, whose deletion also cancels the work;
        and they hold neither the wizard nor its runner alive.
        """
        latest = self._latest
        previous = latest.get(page)
        if previous is not None and previous.is_running:
            previous.cancel()

        def if_latest(callback: Callable[..., None]) -> Callable[..., None]:
            def call(*args: Any) -> None:
                if latest.get(page) is task:
                    callback(*args)

            return call

        def show(done: int, total: int, _text: str) -> None:
            progress_bar.setRange(0, max(total, 0))
            progress_bar.setValue(min(done, total) if total > 0 else 0)

        def ended(callback: Callable[..., None]) -> Callable[..., None]:
            def call(*args: Any) -> None:
                progress_bar.hide()
                callback(*args)

            return if_latest(call)

        progress_bar.setRange(0, 0)
        progress_bar.show()
        task = self.tasks.run(
            work,
            on_done=ended(on_done),
            on_error=ended(on_error),
            on_cancelled=ended(lambda: None),
            on_progress=if_latest(show),
            receiver=page,
        )
        latest[page] = task
