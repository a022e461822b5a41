"""File › Conflicts between offices…: the fields two offices changed without seeing each
other's change (``ExchangeService.conflicts``). The merge kept the newer value; here a person
keeps it or takes the other one (``ExchangeService.resolve``), which is then written as a new
edit made here and travels on with the next bundles.

The list is short (what bundles left for review), read whole into a plain table.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import UserError
from vocdesk.services.exchange.service import ConflictRow, ExchangeService
from vocdesk.ui import layout
from vocdesk.ui.audit.audit_model import entity_text
from vocdesk.ui.errors import error_text, show_error
from vocdesk.ui.exchange.common import moment_text, problem_label
from vocdesk.ui.exchange.field_labels import field_label
from vocdesk.ui.i18n import current_language
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

DIALOG_SIZE = (1040, 460)
RECORD, FIELD, KEPT, KEPT_FROM, OTHER, OTHER_FROM = range(6)
# Pixels: a record's name, the field, each value, and an office with a B.E. moment on two lines.
COLUMN_WIDTHS = {RECORD: 230, FIELD: 110, KEPT: 200, KEPT_FROM: 160, OTHER: 200}


def kept_and_other(row: ConflictRow) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """(value, office, moment) of the value the record holds, then of the other one."""
    local = (row.local_value, row.local_office, moment_text(row.local_updated_at))
    incoming = (row.incoming_value, row.incoming_office, moment_text(row.incoming_updated_at))
    return (local, incoming) if row.kept == "local" else (incoming, local)


class ConflictsDialog(QDialog):
    """``ConflictsDialog(exchange, own_code, parent)``; ``settled`` after each decision."""

    settled = Signal()

    def __init__(
        self, exchange: ExchangeService, own_code: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.resize(*DIALOG_SIZE)
        self._exchange = exchange
        self._own = own_code
        self.rows: list[ConflictRow] = []
        self.intro = WrappingLabel("", self)
        self.intro.setObjectName("intro")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("conflicts")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("no_conflicts")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem_label = problem_label(self)
        self.take_button = QPushButton(self)
        self.take_button.setObjectName("take_other")
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("keep")
        self.take_button.clicked.connect(lambda: self.settle(take_other=True))
        self.keep_button.clicked.connect(lambda: self.settle(take_other=False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        decisions = QHBoxLayout()
        decisions.setSpacing(layout.BUTTON_SPACING)
        decisions.addWidget(self.take_button)
        decisions.addWidget(self.keep_button)
        decisions.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.setSpacing(layout.SPACING)
        box.addWidget(self.intro)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty_label)
        box.addLayout(decisions)
        box.addWidget(self.problem_label)
        box.addWidget(self.buttons)
        self.reload()
        self.retranslate()

    # --- the list ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the open conflicts again."""
        self.rows = self._exchange.conflicts()
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            for column, text in enumerate(self._cells(row)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        has_rows = bool(self.rows)
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if has_rows:
            self.table.selectRow(0)
        self._selection_changed()
        self._show_count()

    def _office(self, code: str) -> str:
        return code or self._own or self.tr("this office")

    def _cells(self, row: ConflictRow) -> list[str]:
        (kept, kept_office, kept_at), (other, other_office, other_at) = kept_and_other(row)
        record = entity_text(row.table)
        if row.record:
            record = f"{record}: {row.record}"
        return [
            record, field_label(row.table, row.field, current_language()), kept, f"{self._office(kept_office)}\n{kept_at}",
            other, f"{self._office(other_office)}\n{other_at}",
        ]  # fmt: skip

    def selected(self) -> ConflictRow | None:
        index = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.rows[index] if selected and 0 <= index < len(self.rows) else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.take_button.setEnabled(chosen)
        self.keep_button.setEnabled(chosen)

    # --- deciding ------------------------------------------------------------------------
    def settle(self, *, take_other: bool) -> None:
        """Keep the value the record holds, or take the other one, for the selected row."""
        row = self.selected()
        if row is None:
            return
        take_incoming = (row.kept == "local") == take_other
        self.problem_label.hide()
        try:
            self._exchange.resolve(row.id, take_incoming)
        except UserError as refusal:
            self.problem_label.setText(error_text(refusal))
            self.problem_label.show()
            return
        except Exception as error:  # noqa: BLE001 - the box and the log
            show_error(self, error)
            return
        self.reload()
        self.settled.emit()

    # --- language ------------------------------------------------------------------------
    def _show_count(self) -> None:
        self.setWindowTitle(
            self.tr("Conflicts between offices ({count} open)").format(count=len(self.rows))
        )

    def retranslate(self) -> None:
        self._show_count()
        self.intro.setText(
            self.tr(
                "Each line is a field two offices changed without seeing each other's change. "
                "The newer change was kept and the record holds it; the other value is here. "
                "Keep the value, or take the other one: it is then saved as a change made here "
                "and goes to the other offices with the next bundles."
            )
        )
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Field"), self.tr("Value kept"), self.tr("Kept from"),
            self.tr("Other value"), self.tr("Other from"),
        ])  # fmt: skip
        self.empty_label.setText(self.tr("No conflicts are waiting for review."))
        self.take_button.setText(self.tr("&Take the other value"))
        self.keep_button.setText(self.tr("&Keep"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        if self.rows:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
