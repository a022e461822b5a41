"""The import wizard's check of the whole file: every problem by row and column, to copy or to
save as CSV; "Import" only when there is none."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from vocdesk.services.transfer import CheckedTable, Problem, check_table, problem_order
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import counted, translate_message
from vocdesk.ui.tasks import Progress
from vocdesk.ui.transfer.import_page import MAX_SHOWN_PROBLEMS, ImportPage, read_only_table
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

if TYPE_CHECKING:
    from vocdesk.ui.transfer.import_wizard import ImportWizard


class ImportCheckPage(ImportPage):
    """Checks every row in the background; lists the problems; "Import" only when there are none."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check the whole file"))
        self.setCommitPage(True)
        self.status = WrappingLabel("", self)
        self.status.setObjectName("check_status")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.problems = read_only_table(self, "problems_table")
        self.problems.setColumnCount(3)
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.copy_button = QPushButton(self.tr("Copy the list"), self)
        self.copy_button.setObjectName("copy_problems")
        self.copy_button.clicked.connect(self.copy_problems)
        self.save_button = QPushButton(self.tr("Save the list as CSV…"), self)
        self.save_button.setObjectName("save_problems")
        self.save_button.clicked.connect(self._save_dialog)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.progress)
        box.addWidget(self.problems, 1)
        box.addLayout(buttons)
        self._rows: list[tuple[str, str, str]] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt's virtual
        wizard = self.import_wizard()
        wizard.checked = None
        self._show_problems([])
        self.problems.hide()
        self.copy_button.hide()
        self.save_button.hide()
        self.status.setText(self.tr("Checking every row…"))
        self.completeChanged.emit()
        wizard.rebuild_importer()
        importer, sheet, mapping = wizard.importer, wizard.sheet, dict(wizard.mapping)
        assert sheet is not None  # the preview page is complete only with a sheet read

        def work(progress: Progress) -> CheckedTable:
            def report(done: int, total: int) -> None:
                progress.raise_if_cancelled()
                progress.report(done, total)

            return check_table(importer, sheet, mapping, report)

        wizard.run(self, work, self._checked, self._failed, self.progress)

    def _checked(self, table: CheckedTable) -> None:
        wizard = self.import_wizard()
        wizard.checked = table
        # Qt's plural forms: one sentence for one row and for several, in each language.
        if table.ok:
            self.status.setText(counted(self.tr(
                "No problems: %Ln row(s) ready. Press Import to write them.", "", len(table.rows)
            ), len(table.rows)))  # fmt: skip
        else:
            # A checker may keep only the first problems and count the rest (more_problems).
            found = len(table.problems) + getattr(table, "more_problems", 0)
            self.status.setText(counted(self.tr(
                "%n problem(s). Nothing will be imported: correct the file and import it again.",
                "", found,
            ), found))  # fmt: skip
            self._show_problems(sorted(table.problems, key=problem_order))
            if found > MAX_SHOWN_PROBLEMS:
                self.status.setText(self.status.text() + " " + self.tr(
                    "The first {shown} are listed; copy or save the list to have them all."
                ).format(shown=MAX_SHOWN_PROBLEMS))  # fmt: skip
        self.completeChanged.emit()

    def _show_problems(self, problems: list[Problem]) -> None:
        self._rows = [
            ("" if p.row is None else str(p.row), p.column or "", translate_message(p.message))
            for p in problems
        ]
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        shown = self._rows[:MAX_SHOWN_PROBLEMS]  # a widget row each; copy and save take them all
        self.problems.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, text in enumerate(row):
                self.problems.setItem(r, c, QTableWidgetItem(text))
        visible = bool(self._rows)
        self.problems.setVisible(visible)
        self.copy_button.setVisible(visible)
        self.save_button.setVisible(visible)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def problem_rows(self) -> list[tuple[str, str, str]]:
        return list(self._rows)

    def copy_problems(self) -> None:
        header = "\t".join([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        QGuiApplication.clipboard().setText(
            "\n".join([header, *("\t".join(row) for row in self._rows)])
        )

    def save_problems(self, path: Path) -> None:
        with Path(path).open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
            writer.writerows(self._rows)

    def _save_dialog(self) -> None:
        wizard = self.import_wizard()
        suggested = wizard.path.with_name(f"{wizard.path.stem}-problems.csv")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the list of problems"), str(suggested),
                                              self.tr("CSV, UTF-8 (*.csv)"))  # fmt: skip
        if name:
            try:
                self.save_problems(Path(name))
            except OSError as exc:
                self.status.setText(
                    self.tr("The list could not be saved: {reason}").format(
                        reason=exc.strerror or exc
                    )
                )

    def isComplete(self) -> bool:  # noqa: N802 - Qt's virtual
        checked = self.import_wizard().checked
        return checked is not None and checked.ok
