"""The pages of the import wizard that say what the file means: which column is which, and
which of the file's own words stands for which value of a closed vocabulary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vocdesk.services.transfer import (
    ValueMaps,
    column_letter,
    importer_for,
    match_columns,
    rejected_values,
)
from vocdesk.services.transfer_columns_unmatched import UnmatchedColumn, unmatched_columns
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import counted, current_language
from vocdesk.ui.labels import enum_choices
from vocdesk.ui.transfer.import_page import NOT_IN_FILE, PAGE_CHECK, PAGE_VALUES, ImportPage
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

if TYPE_CHECKING:
    from vocdesk.ui.transfer.import_wizard import ImportWizard


SKIP_COLUMN = "__skip__"  # an unknown column's combo: "skip it", chosen knowingly


class ImportColumnsPage(ImportPage):
    """One combo per column of the kind, pre-filled from the file's headings; below them, one
    per column of the file that no heading matched (a misspelt "phnoe", a form's "Timestamp"),
    which the user maps to a column or skips: the page is not done until each is decided."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Which column is which"))
        self.setSubTitle(
            self.tr("Columns marked * are required. Headings in English or Thai are recognised.")
        )
        self.combos: dict[str, QComboBox] = {}
        self.unknown: list[tuple[UnmatchedColumn, QComboBox]] = []
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
        wizard = self.import_wizard()
        assert wizard.sheet is not None
        headers = wizard.sheet.headers
        if headers == self._headers:
            return  # coming back: keep the user's choices
        self._headers = headers
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self.unknown.clear()
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
        self._add_unknown_columns(unmatched_columns(wizard.importer.spec, headers, matched))
        self._changed()

    def _add_unknown_columns(self, unknown: list[UnmatchedColumn]) -> None:
        """A combo per column of the file that VocDesk does not know: skip it, or use it as one
        of the import's columns (which sets that column's combo above)."""
        if not unknown:
            return
        heading = QLabel(
            self.tr("Columns of the file that VocDesk does not know"), self.form_holder
        )
        heading.setObjectName("unknown_columns_heading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.form.addRow(heading)
        spec = self.import_wizard().importer.spec
        for column in unknown:
            combo = QComboBox(self.form_holder)
            combo.setObjectName(f"unknown_{column.index}")
            combo.addItem(self.tr("— choose: use it or skip it —"), None)
            combo.addItem(self.tr("Skip this column (it is not imported)"), SKIP_COLUMN)
            for target in spec.columns:
                name = target.header_th if current_language() == "th" else target.header
                combo.addItem(self.tr("Use it as: {column}").format(column=name), target.key)
            if column.expected:  # an online form's time stamp or e-mail: skipped on purpose
                combo.setCurrentIndex(combo.findData(SKIP_COLUMN))
                combo.setToolTip(
                    self.tr("Online forms add this column to every export; it is usually skipped.")
                )
            combo.currentIndexChanged.connect(
                lambda _i, c=column, box=combo: self._unknown_chosen(c, box)
            )  # fmt: skip
            self.form.addRow(f"{column.letter}: {column.heading}", combo)
            self.unknown.append((column, combo))

    def _unknown_chosen(self, column: UnmatchedColumn, combo: QComboBox) -> None:
        key = combo.currentData()
        if key in self.combos:
            target = self.combos[key]
            target.setCurrentIndex(target.findData(column.index))
        self._changed()

    def undecided_columns(self) -> list[UnmatchedColumn]:
        """Unknown columns of the file neither skipped nor used by a column of the import."""
        used = set(self.mapping().values())
        return [
            column
            for column, combo in self.unknown
            if column.index not in used and combo.currentData() != SKIP_COLUMN
        ]

    def skipped_columns(self) -> list[UnmatchedColumn]:
        used = set(self.mapping().values())
        return [column for column, _combo in self.unknown if column.index not in used]

    def mapping(self) -> dict[str, int]:
        return {
            key: combo.currentData()
            for key, combo in self.combos.items()
            if combo.currentData() != NOT_IN_FILE
        }

    def _changed(self) -> None:
        wizard = self.import_wizard()
        mapping = self.mapping()
        thai = current_language() == "th"
        missing = [
            c.header_th if thai else c.header
            for c in wizard.importer.spec.columns
            if c.required and c.key not in mapping
        ]
        twice = len(set(mapping.values())) != len(mapping)
        undecided = self.undecided_columns()
        if missing:
            self.warning.setText(
                self.tr("Choose the file's column for: {columns}.").format(
                    columns=", ".join(missing)
                )
            )
        elif twice:
            self.warning.setText(self.tr("One column of the file is chosen for two columns."))
        elif undecided:
            self.warning.setText(counted(self.tr(
                "VocDesk does not know %n column(s) of the file: choose, for each, the column it "
                "stands for, or skip it: {columns}.", "", len(undecided),
            ), len(undecided)).format(columns=", ".join(f"{c.letter} “{c.heading}”" for c in undecided)))  # fmt: skip
        else:
            self.warning.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's virtual
        return bool(self.combos) and not self.warning.text()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's virtual
        wizard = self.import_wizard()
        wizard.mapping = self.mapping()
        wizard.skipped_columns = self.skipped_columns()
        return True

    def nextId(self) -> int:  # noqa: N802 - Qt's virtual
        wizard = self.import_wizard()
        return PAGE_VALUES if wizard.importer.value_columns else PAGE_CHECK


class ImportValuesPage(ImportPage):
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
        wizard = self.import_wizard()
        self._ready = False
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self.status.setText(self.tr("Looking for words to map…"))
        self.completeChanged.emit()
        importer = importer_for(wizard.kind, wizard.database)  # without maps: every unknown word
        sheet, mapping = wizard.sheet, dict(wizard.mapping)
        assert sheet is not None  # the preview page is complete only with a sheet read
        wizard.run(self, lambda _p: rejected_values(importer, sheet, mapping), self._show,
                   self._failed, self.progress)  # fmt: skip

    def _show(self, refused: dict[str, list[str]]) -> None:
        wizard = self.import_wizard()
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
            counted(self.tr("%n word(s) of the file need a meaning.", "", len(self.combos)), len(self.combos))
            if self.combos else self.tr("Every word of the file is understood; nothing to map.")
        )  # fmt: skip
        self._ready = True
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's virtual
        return self._ready

    def validatePage(self) -> bool:  # noqa: N802 - Qt's virtual
        wizard = self.import_wizard()
        maps: ValueMaps = {}
        for (key, text), combo in self.combos.items():
            if combo.currentData():
                maps.setdefault(key, {})[text] = combo.currentData()
        wizard.value_maps = maps
        return True
