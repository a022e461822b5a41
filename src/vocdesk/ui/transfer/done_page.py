"""The import wizard's last page: the checked rows written in one transaction, then what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QProgressBar, QVBoxLayout

from vocdesk.services.backups import automatic_backup
from vocdesk.services.transfer import ImportSummary
from vocdesk.services.transfer_columns_unmatched import unmatched_notice
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import counted, translate_message
from vocdesk.ui.tasks import Progress
from vocdesk.ui.transfer.import_page import ImportPage
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

if TYPE_CHECKING:
    from vocdesk.ui.transfer.import_wizard import ImportWizard


class ImportDonePage(ImportPage):
    """Writes the checked rows in one transaction, then says what changed."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import"))
        self.status = WrappingLabel("", self)
        self.status.setObjectName("done_status")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.notices = WrappingLabel("", self)
        self.notices.setObjectName("done_notices")
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.progress)
        box.addWidget(self.notices)
        box.addStretch(1)
        self._finished = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's virtual
        wizard = self.import_wizard()
        self._finished = False
        self.status.setText(self.tr("Importing…"))
        importer, table = wizard.importer, wizard.checked
        assert table is not None  # the check page lets the user on only with a checked table
        database_path = wizard.database.path

        def work(progress: Progress) -> ImportSummary:
            if database_path is not None:  # an automatic copy of the file before a bulk import
                automatic_backup(database_path, "import")

            def report(done: int, total: int) -> None:
                progress.raise_if_cancelled()  # raised inside the transaction: it rolls back
                progress.report(done, total)

            return importer.apply(table, report)

        wizard.run(self, work, self._done, self._failed, self.progress)

    def _done(self, summary: ImportSummary) -> None:
        wizard = self.import_wizard()
        wizard.summary = summary
        imported = counted(
            self.tr(
                "Imported %Ln row(s) from {file}: {added} added, {updated} updated.",
                "",
                summary.total,
            ),
            summary.total,
        )
        self.status.setText(imported.format(
            file=wizard.path.name, added=summary.added, updated=summary.updated
        ))  # fmt: skip
        notices = list(summary.notices)
        skipped = unmatched_notice(wizard.skipped_columns)
        if skipped is not None:  # said again once done: the user chose to leave them out
            notices.append(skipped)
        self.notices.setText("\n".join(translate_message(notice) for notice in notices))
        self._finished = True
        self.completeChanged.emit()
        wizard.imported.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Nothing was imported.") + "\n" + error_text(error))
        self._finished = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's virtual
        return self._finished
