"""The stakeholder form's look-alikes panel: records like the one being saved, to open instead.

Shown when the registry refuses a new record that looks like existing ones (same ID, phone or
e-mail, very similar name). Its texts are the form's: they are translated in the context
"StakeholderForm".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import Message
from vocdesk.domain.registry import DUPLICATE_REASON_TEXTS
from vocdesk.services.registry.edit import DuplicateMatch
from vocdesk.ui.i18n import translate_message

WARNING_STYLE = "color: #8a5a00;"


class DuplicatesPanel(QFrame):
    open_requested = Signal(object)  # the chosen record's id
    save_anyway_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicates_label = QLabel(self)
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setStyleSheet(WARNING_STYLE)
        self.duplicates_list = QListWidget(self)
        self.duplicates_list.setObjectName("duplicates_list")
        self.duplicates_list.setMaximumHeight(110)
        self.open_existing_button = QPushButton(self)
        self.open_existing_button.setObjectName("open_existing")
        self.save_anyway_button = QPushButton(self)
        self.save_anyway_button.setObjectName("save_anyway")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_existing_button)
        buttons.addWidget(self.save_anyway_button)
        column = QVBoxLayout(self)
        column.addWidget(self.duplicates_label)
        column.addWidget(self.duplicates_list)
        column.addLayout(buttons)
        self.hide()
        self.open_existing_button.clicked.connect(self._open_existing)
        self.duplicates_list.itemActivated.connect(lambda _item: self._open_existing())
        self.save_anyway_button.clicked.connect(lambda: self.save_anyway_requested.emit())

    def show_matches(self, matches: list[DuplicateMatch]) -> None:
        """List ``matches`` with why each looks alike, show the panel and focus the first."""
        self.duplicates_list.clear()
        for match in matches:
            reasons = ", ".join(translate_message(Message("StakeholderCheck", DUPLICATE_REASON_TEXTS[r]))
                                for r in match.reasons)  # fmt: skip
            text = (
                match.name
                + (f" — {match.organisation}" if match.organisation else "")
                + f" ({reasons})"
            )
            if match.archived:
                text += " " + QCoreApplication.translate("StakeholderForm", "[archived]")
            item = QListWidgetItem(text, self.duplicates_list)
            item.setData(Qt.ItemDataRole.UserRole, match.id)
        self.duplicates_list.setCurrentRow(0)
        self.show()
        self.duplicates_list.setFocus()

    def _open_existing(self) -> None:
        item = self.duplicates_list.currentItem()
        if item is not None:
            self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def retranslate(self) -> None:
        self.duplicates_label.setText(QCoreApplication.translate("StakeholderForm",
            "Records like this one already exist. Open the existing record instead of creating a "
            "second one, or save anyway if this is a different person."
        ))  # fmt: skip
        self.open_existing_button.setText(
            QCoreApplication.translate("StakeholderForm", "&Open existing")
        )
        self.save_anyway_button.setText(
            QCoreApplication.translate("StakeholderForm", "Save anywa&y")
        )
