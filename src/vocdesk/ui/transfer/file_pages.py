"""The first two pages of the import wizard: choose the file, then see its first rows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from vocdesk.services.transfer import Sheet, column_letter, read_sheet
from vocdesk.ui import layout
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import counted
from vocdesk.ui.transfer.import_page import PREVIEW_ROWS, ImportPage, read_only_table
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

if TYPE_CHECKING:
    from vocdesk.ui.transfer.import_wizard import ImportWizard


class ImportFilePage(ImportPage):
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


class ImportPreviewPage(ImportPage):
    """Reads the whole file in the background, then shows its first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check that this is the right file"))
        self.status = WrappingLabel("", self)
        self.status.setObjectName("preview_status")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.table = read_only_table(self, "preview_table")
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.progress)
        box.addWidget(self.table, 1)
        self._loaded_path: Path | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt's virtual
        wizard = self.import_wizard()
        path = wizard.path
        if wizard.sheet is not None and self._loaded_path == path:
            return
        wizard.sheet = None
        self._loaded_path = None
        self.table.clear()
        self.table.setRowCount(0)
        self.status.setText(self.tr("Reading {file}…").format(file=path.name))
        self.completeChanged.emit()
        wizard.run(self, lambda _progress: read_sheet(path), lambda sheet: self._show(sheet, path),
                   self._failed, self.progress)  # fmt: skip

    def _show(self, sheet: Sheet, path: Path) -> None:
        wizard = self.import_wizard()
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
        self.status.setText(counted(self.tr(
            "{file} ({kind}): %Ln data row(s). The first {shown} are shown.", "", len(sheet)
        ), len(sheet)).format(file=path.name, kind=kind, shown=len(rows)))  # fmt: skip
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's virtual
        return self.import_wizard().sheet is not None
