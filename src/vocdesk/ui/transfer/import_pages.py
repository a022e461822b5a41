"""The pages of the import wizard (``import_wizard.ImportWizard``), one class each.

Each page reads and writes the wizard's shared state (``sheet``, ``mapping``, ``value_maps``,
``checked``, ``summary``) and starts its slow work through ``ImportWizard.run``, which runs it on
the ``TaskRunner`` and brings the result back to the page on the GUI thread.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vocdesk.services.transfer import (
    CheckedTable,
    ImportSummary,
    Problem,
    Sheet,
    ValueMaps,
    check_table,
    column_letter,
    importer_for,
    match_columns,
    problem_order,
    read_sheet,
    rejected_values,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import current_language, translate_message
from vocdesk.ui.labels import enum_choices
from vocdesk.ui.tasks import Progress
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

if TYPE_CHECKING:
    from vocdesk.ui.transfer.import_wizard import ImportWizard

PREVIEW_ROWS = 20
MAX_SHOWN_PROBLEMS = 1000
NOT_IN_FILE = -1  # the mapping combo's "not in the file"
PAGE_FILE, PAGE_PREVIEW, PAGE_COLUMNS, PAGE_VALUES, PAGE_CHECK, PAGE_DONE = range(6)


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
    return table


class ImportFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the file"))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("import_path")
        self.path_edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("import_browse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        spec = wizard.importer.spec
        required = ", ".join(f"{c.header} ({c.header_th})" for c in spec.columns if c.required)
        about = WrappingLabel(self.tr(
            "A CSV file (UTF-8, or Thai Windows text) or an Excel workbook (.xlsx), with the column "
            "headings in row 1, in English or Thai. Required columns: {columns}. Nothing is imported "
            "until every row has been checked, and nothing at all if the file has any problem."
        ).format(columns=required), self)  # fmt: skip
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addSpacing(layout.SECTION_SPACING)
        box.addWidget(about)
        box.addStretch(1)

    def _browse(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(self, self.title(), folder or str(Path.home()), ";;".join([
            self.tr("CSV or Excel (*.csv *.xlsx *.xlsm *.txt)"), self.tr("All files (*)"),
        ]))  # fmt: skip
        if name:
            self.path_edit.setText(name)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's virtual
        return bool(self.path_edit.text().strip())


class ImportPreviewPage(QWizardPage):
    """Reads the whole file in the background, then shows its first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check that this is the right file"))
        self.status = WrappingLabel("", self)
        self.status.setObjectName("preview_status")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.table = _table(self, "preview_table")
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.progress)
        box.addWidget(self.table, 1)
        self._loaded_path: Path | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt's virtual
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        path = wizard.path
        if wizard.sheet is not None and self._loaded_path == path:
            return
        wizard.sheet = None
        self._loaded_path = None
        self.table.clear()
        self.table.setRowCount(0)
        self.status.setText(self.tr("Reading {file}…").format(file=path.name))
        self.completeChanged.emit()
        wizard.run(lambda _progress: read_sheet(path), lambda sheet: self._show(sheet, path),
                   self._failed, self.progress)  # fmt: skip

    def _show(self, sheet: Sheet, path: Path) -> None:
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        wizard.sheet, self._loaded_path = sheet, path
        rows = sheet.preview(PREVIEW_ROWS)
        width = max([len(sheet.headers), *(len(row.cells) for row in rows)])
        self.table.setColumnCount(width)
        self.table.setHorizontalHeaderLabels([
            f"{column_letter(i)}: {sheet.headers[i] if i < len(sheet.headers) else ''}" for i in range(width)
        ])  # fmt: skip
        self.table.setRowCount(len(rows))
        self.table.setVerticalHeaderLabels([str(row.number) for row in rows])
        for r, row in enumerate(rows):
            for c in range(width):
                value = row.cell(c)
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.table.resizeColumnsToContents()
        for c in range(width):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), layout.TEXT_COLUMN_WIDTH))
        kind = {None: self.tr("Excel workbook"), "cp874": self.tr("Thai Windows text (cp874)")}.get(
            sheet.encoding, self.tr("UTF-8 text")
        )
        self.status.setText(self.tr("{file} ({kind}): {count} data rows. The first {shown} are shown.").format(
            file=path.name, kind=kind, count=len(sheet), shown=len(rows)
        ))  # fmt: skip
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's virtual
        return self.wizard().sheet is not None  # type: ignore[attr-defined]


class ImportColumnsPage(QWizardPage):
    """One combo per column of the kind, pre-filled from the file's headings."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Which column is which"))
        self.setSubTitle(
            self.tr("Columns marked * are required. Headings in English or Thai are recognised.")
        )
        self.combos: dict[str, QComboBox] = {}
        self.form_holder = QWidget(self)
        self.form = QFormLayout(self.form_holder)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_holder)
        self.warning = WrappingLabel("", self)
        self.warning.setObjectName("columns_warning")
        box = QVBoxLayout(self)
        box.addWidget(scroll, 1)
        box.addWidget(self.warning)
        self._headers: list[str] | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt's virtual
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        assert wizard.sheet is not None
        headers = wizard.sheet.headers
        if headers == self._headers:
            return  # coming back: keep the user's choices
        self._headers = headers
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        matched = match_columns(wizard.importer.spec, headers)
        for column in wizard.importer.spec.columns:
            combo = QComboBox(self.form_holder)
            combo.setObjectName(f"column_{column.key}")
            combo.addItem(self.tr("— not in the file —"), NOT_IN_FILE)
            for index, heading in enumerate(headers):
                combo.addItem(f"{column_letter(index)}: {heading}", index)
            combo.setCurrentIndex(combo.findData(matched.get(column.key, NOT_IN_FILE)))
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            combo.setToolTip(column.description)
            first, second = (
                (column.header_th, column.header)
                if current_language() == "th"
                else (column.header, column.header_th)
            )
            label = f"{first} ({second}){' *' if column.required else ''}"
            self.form.addRow(label, combo)
            self.combos[column.key] = combo
        self._changed()

    def mapping(self) -> dict[str, int]:
        return {
            key: combo.currentData()
            for key, combo in self.combos.items()
            if combo.currentData() != NOT_IN_FILE
        }

    def _changed(self) -> None:
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        mapping = self.mapping()
        missing = [
            c.header for c in wizard.importer.spec.columns if c.required and c.key not in mapping
        ]
        twice = len(set(mapping.values())) != len(mapping)
        if missing:
            self.warning.setText(
                self.tr("Choose the file's column for: {columns}.").format(
                    columns=", ".join(missing)
                )
            )
        elif twice:
            self.warning.setText(self.tr("One column of the file is chosen for two columns."))
        else:
            self.warning.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's virtual
        return bool(self.combos) and not self.warning.text()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's virtual
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        wizard.mapping = self.mapping()
        return True

    def nextId(self) -> int:  # noqa: N802 - Qt's virtual
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        return PAGE_VALUES if wizard.importer.value_columns else PAGE_CHECK


class ImportValuesPage(QWizardPage):
    """The file's words that a closed vocabulary does not know, each with the value to store."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("What the file's words mean"))
        self.setSubTitle(
            self.tr(
                "Choose, for each word of the file that VocDesk does not know, the value it stands for."
            )
        )
        self.status = WrappingLabel("", self)
        self.status.setObjectName("values_status")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.form_holder = QWidget(self)
        self.form = QFormLayout(self.form_holder)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_holder)
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.progress)
        box.addWidget(scroll, 1)
        self.combos: dict[tuple[str, str], QComboBox] = {}
        self._ready = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's virtual
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        self._ready = False
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self.status.setText(self.tr("Looking for words to map…"))
        self.completeChanged.emit()
        importer = importer_for(wizard.kind, wizard.database)  # without maps: every unknown word
        sheet, mapping = wizard.sheet, dict(wizard.mapping)
        wizard.run(lambda _p: rejected_values(importer, sheet, mapping), self._show,  # type: ignore[arg-type]
                   self._failed, self.progress)  # fmt: skip

    def _show(self, refused: dict[str, list[str]]) -> None:
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        for key, texts in refused.items():
            enum_cls = wizard.importer.value_columns[key]
            column = wizard.importer.spec.column(key)
            first, second = (
                (column.header_th, column.header)
                if current_language() == "th"
                else (column.header, column.header_th)
            )
            self.form.addRow(QLabel(f"<b>{first} ({second})</b>", self.form_holder))
            for text in texts:
                combo = QComboBox(self.form_holder)
                combo.setObjectName(f"value_{key}_{len(self.combos)}")
                combo.addItem(self.tr("— leave it: a problem —"), "")
                for label, member in enum_choices(enum_cls):
                    combo.addItem(label, member.value)
                chosen = wizard.value_maps.get(key, {}).get(text)
                if chosen:
                    combo.setCurrentIndex(max(0, combo.findData(chosen)))
                self.form.addRow(text, combo)
                self.combos[(key, text)] = combo
        self.status.setText(
            self.tr("{count} words of the file need a meaning.").format(count=len(self.combos))
            if self.combos else self.tr("Every word of the file is understood; nothing to map.")
        )  # fmt: skip
        self._ready = True
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's virtual
        return self._ready

    def validatePage(self) -> bool:  # noqa: N802 - Qt's virtual
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        maps: ValueMaps = {}
        for (key, text), combo in self.combos.items():
            if combo.currentData():
                maps.setdefault(key, {})[text] = combo.currentData()
        wizard.value_maps = maps
        return True


class ImportCheckPage(QWizardPage):
    """Checks every row in the background; lists the problems; "Import" only when there are none."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check the whole file"))
        self.setCommitPage(True)
        self.status = WrappingLabel("", self)
        self.status.setObjectName("check_status")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.problems = _table(self, "problems_table")
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
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        wizard.checked = None
        self._show_problems([])
        self.problems.hide()
        self.copy_button.hide()
        self.save_button.hide()
        self.status.setText(self.tr("Checking every row…"))
        self.completeChanged.emit()
        wizard.rebuild_importer()
        importer, sheet, mapping = wizard.importer, wizard.sheet, dict(wizard.mapping)

        def work(progress: Progress) -> CheckedTable:
            def report(done: int, total: int) -> None:
                progress.raise_if_cancelled()
                progress.report(done, total)

            return check_table(importer, sheet, mapping, report)  # type: ignore[arg-type]

        wizard.run(work, self._checked, self._failed, self.progress)

    def _checked(self, table: CheckedTable) -> None:
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        wizard.checked = table
        # Whole sentences for one and for several (English needs the singular).
        if table.ok and len(table.rows) == 1:
            self.status.setText(self.tr("No problems: one row is ready. Press Import to write it."))
        elif table.ok:
            self.status.setText(self.tr("No problems: {count} rows are ready. Press Import to write them.").format(
                count=len(table.rows)
            ))  # fmt: skip
        else:
            self.status.setText(self.tr(
                "One problem. Nothing will be imported: correct the file and import it again."
            ) if len(table.problems) == 1 else self.tr(
                "{count} problems. Nothing will be imported: correct the file and import it again."
            ).format(count=len(table.problems)))  # fmt: skip
            self._show_problems(sorted(table.problems, key=problem_order))
            if len(table.problems) > MAX_SHOWN_PROBLEMS:
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
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
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
        checked = self.wizard().checked  # type: ignore[attr-defined]
        return checked is not None and checked.ok


class ImportDonePage(QWizardPage):
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
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        self._finished = False
        self.status.setText(self.tr("Importing…"))
        importer, table = wizard.importer, wizard.checked

        def work(progress: Progress) -> ImportSummary:
            def report(done: int, total: int) -> None:
                progress.raise_if_cancelled()  # raised inside the transaction: it rolls back
                progress.report(done, total)

            return importer.apply(table, report)

        wizard.run(work, self._done, self._failed, self.progress)

    def _done(self, summary: ImportSummary) -> None:
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        wizard.summary = summary
        imported = (
            self.tr("Imported one row from {file}: {added} added, {updated} updated.")
            if summary.total == 1
            else self.tr("Imported {count} rows from {file}: {added} added, {updated} updated.")
        )
        self.status.setText(imported.format(
            count=summary.total, file=wizard.path.name, added=summary.added, updated=summary.updated
        ))  # fmt: skip
        self.notices.setText("\n".join(translate_message(notice) for notice in summary.notices))
        self._finished = True
        self.completeChanged.emit()
        wizard.imported.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Nothing was imported.") + "\n" + error_text(error))
        self._finished = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's virtual
        return self._finished
