"""The contact intervals: how often a stakeholder of a high, medium or low priority segment is
to be contacted, in months (1 to 60). A stakeholder's own interval, set in the registry,
overrides its segment's."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.enums import Priority
from vocdesk.domain.relationships import MAX_INTERVAL_MONTHS, MIN_INTERVAL_MONTHS
from vocdesk.services.relationships.reminders import RemindersService
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.labels import enum_label
from vocdesk.ui.widgets.thai_wrap import WrappingLabel


class IntervalsDialog(QDialog):
    def __init__(self, service: RemindersService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_intervals_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 100)
        self._service = service
        self.setWindowTitle(self.tr("Contact intervals"))
        intro = WrappingLabel(
            self.tr(
                "How often to contact a stakeholder, by its segment's priority. A stakeholder's "
                "own interval, set in the registry, overrides these. A due day that is not a "
                "working day moves to the next working day."
            ),
            self,
        )
        self.spins: dict[Priority, QSpinBox] = {}
        form = QFormLayout()
        form.setSpacing(layout.FORM_SPACING)
        for row in service.contact_intervals():
            spin = QSpinBox(self)
            spin.setObjectName(f"interval_{row.priority.value}")
            spin.setRange(MIN_INTERVAL_MONTHS, MAX_INTERVAL_MONTHS)
            spin.setValue(row.months)
            spin.setSuffix(" " + self.tr("months"))
            self.spins[row.priority] = spin
            form.addRow(
                self.tr("{priority} priority:").format(priority=enum_label(row.priority)), spin
            )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.buttons)

    def months(self) -> dict[Priority, int]:
        return {priority: spin.value() for priority, spin in self.spins.items()}

    def accept(self) -> None:
        try:
            self._service.save_contact_intervals(self.months())
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            show_error(self, error)
            return
        super().accept()
