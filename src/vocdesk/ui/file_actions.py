"""The main window's File menu at work on files: new and open (asking for the file), back up,
export the current table or a whole area, import.

Files are written and read through the TaskRunner, so the window stays responsive and shows
progress; errors go to ``show_error``. File › Import opens the import wizard for each kind of
``services.transfer`` (stakeholders, listening log, complaints, public holidays); File › Export
writes a whole area in the file that imports. The dialogs and messages are the main window's:
their texts are translated in the context "MainWindow" (with ``QCoreApplication.translate``,
since this class's own name would be another context).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QInputDialog, QMessageBox, QWidget

from vocdesk.domain.accounts import Permission
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError, user_error
from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.services.authorization import may
from vocdesk.services.transfer import (
    KIND_LABELS,
    PERSONAL_KINDS,
    ImportSummary,
    export_file,
    export_notices,
    export_table,
    exporter_for,
)
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import counted, translate, translate_message
from vocdesk.ui.labels import enum_label
from vocdesk.ui.models.table_export import TableSnapshot
from vocdesk.ui.tasks import Progress, TaskRunner
from vocdesk.ui.transfer.import_wizard import ImportWizard
from vocdesk.ui.widgets.list_tab import ExportJob
from vocdesk.ui.window_services import WindowServices
from vocdesk.ui.window_status import WindowStatusBar


class FileActions:
    def __init__(
        self,
        window: QWidget,
        tasks: TaskRunner,
        status: WindowStatusBar,
        services: Callable[[], WindowServices],
        open_location: Callable[[str, bool], None],
        after_import: Callable[[], None],
    ) -> None:
        """``services`` gives the open database's services, ``open_location(location, create)``
        opens another database, ``after_import`` refreshes what the window shows."""
        self._window = window
        self._tasks = tasks
        self._status = status
        self._services = services
        self._open_location = open_location
        self._after_import = after_import
        self.import_wizard: ImportWizard | None = None
        self.personal_question: QMessageBox | None = None  # File › Export's tick (tests look)

    # --- asking for a database ---------------------------------------------------------
    def _database_filter(self) -> str:
        return ";;".join([
            QCoreApplication.translate("MainWindow", "VocDesk databases (*.sqlite *.db)"),
            QCoreApplication.translate("MainWindow", "All files (*)"),
        ])  # fmt: skip

    def _start_folder(self) -> str:
        path = self._services().database.path
        return str(path.parent) if path else str(Path.home())

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._window, QCoreApplication.translate("MainWindow", "New database"),
            str(Path(self._start_folder()) / "vocdesk.sqlite"),
            self._database_filter(), options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".sqlite")
        if path.exists():
            show_error(self._window, user_error(
                "MainWindow",
                QT_TRANSLATE_NOOP("MainWindow", "{path} already exists. Use Open database to open it."),
                path=str(path),
            ))  # fmt: skip
            return
        self._open_location(str(path), True)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window, QCoreApplication.translate("MainWindow", "Open database"),
            self._start_folder(), self._database_filter(),
        )  # fmt: skip
        if name:
            self._open_location(name, False)

    # --- export the current table ------------------------------------------------------
    def export_current_table(self, job: ExportJob | None) -> None:
        """Ask where to write the table of ``job`` (the current tab's), then write it."""
        if job is None:
            return
        stem, work = job
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        xlsx = QCoreApplication.translate("MainWindow", "Excel workbook (*.xlsx)")
        csv = QCoreApplication.translate("MainWindow", "CSV, UTF-8 (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self._window, QCoreApplication.translate("MainWindow", "Export current table"),
            str(Path(folder or Path.home()) / f"{stem}.xlsx"), ";;".join([xlsx, csv]),
        )  # fmt: skip
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_suffix(".csv" if chosen == csv else ".xlsx")
            self.export_to(path, work, stem)

    def export_to(
        self, path: Path, work: Callable[[Progress], TableSnapshot], kind: str = "table"
    ) -> None:
        database = self._services().database  # the gate and the audit trail: services.transfer
        self._tasks.run(
            lambda progress: export_table(database, kind, path, lambda: work(progress)),
            on_done=lambda written: self._status.say(
                QCoreApplication.translate("MainWindow", "Exported to {path}").format(
                    path=str(written)
                )
            ),
            on_error=lambda error: show_error(self._window, error),
            title=QCoreApplication.translate("MainWindow", "Exporting the table…"),
            parent_widget=self._window,
        )

    # --- back up -----------------------------------------------------------------------
    def backup_database(self) -> None:
        source = self._services().database.path
        if source is None:
            return
        suggested = source.with_name(f"{source.stem}-backup-{datetime.now():%Y%m%d-%H%M}.sqlite")
        name, _ = QFileDialog.getSaveFileName(
            self._window, QCoreApplication.translate("MainWindow", "Back up database"),
            str(suggested), self._database_filter(),
        )  # fmt: skip
        if name:
            self.backup_to(Path(name))

    def backup_to(self, target: Path) -> None:
        database = self._services().database
        self._tasks.run(
            lambda _progress: database.backup_to(target),
            on_done=lambda written: self._status.say(
                QCoreApplication.translate("MainWindow", "Backed up to {path}").format(
                    path=str(written)
                )
            ),
            on_error=lambda error: show_error(self._window, error),
            title=QCoreApplication.translate("MainWindow", "Backing up the database…"),
            parent_widget=self._window,
        )

    # --- import and export a whole area ------------------------------------------------
    def open_import_wizard(self, kind: str, path: Path | None = None) -> ImportWizard | None:
        """The import wizard for ``kind`` (file → preview → columns → values → check → import)."""
        try:
            wizard = ImportWizard(kind, self._services().database, self._tasks, self._window, path)
        except UserError as error:  # a kind whose code is not in this version
            show_error(self._window, error)
            return None
        if self.import_wizard is not None:
            self.import_wizard.deleteLater()
        self.import_wizard = wizard
        wizard.imported.connect(lambda summary: self._imported(summary, wizard.path))
        wizard.open()
        return wizard

    def _imported(self, summary: ImportSummary, path: Path) -> None:
        self._after_import()  # new records, and due dates that count the holidays
        self._status.say(
            counted(
                QCoreApplication.translate(
                    "MainWindow",
                    "Imported %Ln row(s) from {file} ({added} added, {updated} updated)",
                    None,
                    summary.total,
                ),
                summary.total,
            ).format(file=path.name, added=summary.added, updated=summary.updated)
        )

    def export_kind(self, kind: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        xlsx = QCoreApplication.translate("MainWindow", "Excel workbook (*.xlsx)")
        csv = QCoreApplication.translate("MainWindow", "CSV, UTF-8 (*.csv)")
        label = translate("Transfer", KIND_LABELS.get(kind, kind))
        name, chosen = QFileDialog.getSaveFileName(
            self._window, QCoreApplication.translate("MainWindow", "Export: {kind}").format(kind=label),
            str(Path(folder or Path.home()) / f"{kind}.xlsx"), ";;".join([xlsx, csv]),
        )  # fmt: skip
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_suffix(".csv" if chosen == csv else ".xlsx")
            options: dict[str, Any] = {}
            if kind == "contacts":  # the people who may be contacted for which purpose (PDPA)
                purpose = self.ask_purpose()
                if purpose is None:
                    return
                options["purpose"] = purpose
            unmasked = self.ask_unmasked(kind)
            if unmasked is not None:
                self.export_kind_to(kind, path, unmasked=unmasked, **options)

    def ask_purpose(self) -> str | None:
        """The consent purpose a contact list is for ("" for any; None: cancelled)."""
        choices = [("", QCoreApplication.translate("MainWindow", "Any purpose"))]
        choices += [(p.value, enum_label(p)) for p in ConsentPurpose]
        text, ok = QInputDialog.getItem(
            self._window, QCoreApplication.translate("MainWindow", "Contact list"),
            QCoreApplication.translate(
                "MainWindow", "The people with a consent in force for (not restricted, not anonymised):"
            ),
            [label for _value, label in choices], 0, False,
        )  # fmt: skip
        if not ok:
            return None
        return next(value for value, label in choices if label == text)

    def ask_unmasked(self, kind: str) -> bool | None:
        """For a kind whose files carry personal data, exported by a holder of the personal-data
        grant: whether to write it whole (a tick, off by default; None: cancelled). Anyone else
        exports it masked without being asked (PDPA)."""
        database = self._services().database
        if kind not in PERSONAL_KINDS or not may(database, Permission.PERSONAL_DATA):
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question, QCoreApplication.translate("MainWindow", "Export"),
            QCoreApplication.translate("MainWindow",
                "National IDs, phones, e-mails and addresses are written masked. A file that "
                "imports again needs them whole: tick the box below. An export with personal "
                "data whole is written to the audit trail."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self._window,
        )  # fmt: skip
        box.setObjectName("export_personal_data")
        tick = QCheckBox(QCoreApplication.translate("MainWindow", "Write personal data unmasked"))
        tick.setObjectName("export_unmasked")
        box.setCheckBox(tick)
        self.personal_question = box
        if box.exec() != QMessageBox.StandardButton.Ok:
            return None
        return tick.isChecked()

    def export_kind_to(
        self, kind: str, path: Path, *, unmasked: bool = False, **options: Any
    ) -> None:
        """Write every record of ``kind`` to ``path`` in the background (a file that imports
        again when ``unmasked``: a kind of personal data is otherwise masked)."""
        database = self._services().database

        def work(progress: Progress) -> tuple[int, list[Message]]:
            def report(done: int, total: int) -> None:
                progress.raise_if_cancelled()
                progress.report(done, total)

            exporter = exporter_for(kind, database, unmasked=unmasked)
            count = export_file(exporter, path, progress=report, **options)
            return count, export_notices(exporter)

        def done(outcome: tuple[int, list[Message]]) -> None:
            count, notices = outcome
            self._status.say(
                counted(
                    QCoreApplication.translate(
                        "MainWindow", "Exported %Ln row(s) to {path}", None, count
                    ),
                    count,
                ).format(path=str(path))
            )
            if notices:  # e.g. confidential cases written without their contents: say so plainly
                box = QMessageBox(
                    QMessageBox.Icon.Information, QCoreApplication.translate("MainWindow", "Export"),
                    "\n".join(translate_message(notice) for notice in notices), parent=self._window,
                )  # fmt: skip
                box.setObjectName("export_notices")
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()

        self._tasks.run(
            work,
            on_done=done,
            on_error=lambda error: show_error(self._window, error),
            title=QCoreApplication.translate("MainWindow", "Exporting…"),
            parent_widget=self._window,
        )
