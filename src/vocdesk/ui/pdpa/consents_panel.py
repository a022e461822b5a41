"""The consents of one person, per purpose (issue 19): each purpose with its state (given on a
day through a channel, with the notice version shown; withdrawn on a day; never given) and a
Give… or Withdraw… button that opens ``ConsentDialog``. Each change is saved at once by
``ConsentsService`` (one transaction, audited); ``changed`` tells the form, which reads the
record again (its follow-up columns and its version moved)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vocdesk.domain.messages import UserError
from vocdesk.domain.pdpa.terms import ConsentPurpose
from vocdesk.services.pdpa.consents import ConsentsService, PurposeState
from vocdesk.services.pdpa.notices import NoticeVersion
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_label
from vocdesk.ui.models.display import date_text
from vocdesk.ui.pdpa.consent_dialog import ConsentDialog
from vocdesk.ui.widgets.forms import PROBLEM_COLOUR

PURPOSE_STYLE = "font-weight: bold;"
GIVEN_STYLE = "color: #1b5e20;"
WITHDRAWN_STYLE = f"color: {PROBLEM_COLOUR};"


class ConsentsPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        consents: ConsentsService,
        stakeholder_id: uuid.UUID | None = None,
        notice: Callable[[], NoticeVersion | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consents_panel")
        self._consents = consents
        self._id = stakeholder_id
        self._notice = notice  # the version in force, asked when a consent is given
        self._states: dict[ConsentPurpose, PurposeState] = {}
        self.dialog: ConsentDialog | None = None  # the dialog opened last (tests look at it)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(layout.SPACING)
        grid.setVerticalSpacing(layout.SPACING)
        self.purpose_labels: dict[ConsentPurpose, QLabel] = {}
        self.state_labels: dict[ConsentPurpose, QLabel] = {}
        self.buttons: dict[ConsentPurpose, QPushButton] = {}
        for row, purpose in enumerate(ConsentPurpose):
            # The purpose above its state, the button beside both: long Thai states (a channel
            # such as "ไลน์ทางการของหน่วยงาน (LINE OA)") wrap under their purpose instead of being
            # cut off or squeezing a column; the labels ask their height for the width they get.
            name, state, button = QLabel(self), QLabel(self), QPushButton(self)
            name.setStyleSheet(PURPOSE_STYLE)
            name.setWordWrap(True)
            state.setObjectName(f"consent_state_{purpose.value}")
            state.setWordWrap(True)
            button.setObjectName(f"consent_button_{purpose.value}")
            button.clicked.connect(lambda _c=False, p=purpose: self.open_dialog(p))
            texts = QVBoxLayout()
            texts.setSpacing(0)
            texts.addWidget(name)
            texts.addWidget(state)
            texts.addStretch(1)  # room to spare goes below the state, not between the lines
            grid.addLayout(texts, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.purpose_labels[purpose], self.state_labels[purpose] = name, state
            self.buttons[purpose] = button
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("consents_hint")
        self.hint_label.setWordWrap(True)
        grid.addWidget(self.hint_label, len(ConsentPurpose), 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.refresh()

    def set_stakeholder(self, stakeholder_id: uuid.UUID | None) -> None:
        self._id = stakeholder_id
        self.refresh()

    def refresh(self) -> None:
        self._states = {}
        if self._id is not None:
            try:
                self._states = {s.purpose: s for s in self._consents.states(self._id)}
            except UserError as error:
                show_error(self, error)
        self.retranslate()

    def state(self, purpose: ConsentPurpose) -> PurposeState | None:
        return self._states.get(purpose)

    def open_dialog(self, purpose: ConsentPurpose) -> ConsentDialog | None:
        if self._id is None:
            return None
        state = self._states.get(purpose)
        withdraw = state is not None and state.given
        dialog = ConsentDialog(self._consents, self._id, purpose, withdraw=withdraw,
                               notice=None if withdraw else self._notice(), parent=self)  # fmt: skip
        dialog.accepted.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()

    # --- texts ---------------------------------------------------------------------------
    def _state_text(self, state: PurposeState | None) -> tuple[str, str]:
        lang = current_language()
        latest = state.latest if state is not None else None
        if latest is None:
            return self.tr("Not given"), ""
        channel = latest.given_channel.in_language(lang) if latest.given_channel else ""
        if latest.in_force:
            text = self.tr("Given {date}").format(date=date_text(latest.given_on, lang))
            details = [channel] if channel else []
            if latest.notice_version is not None:
                details.append(self.tr("notice v{version}").format(version=latest.notice_version))
            if details:
                text += " (" + ", ".join(details) + ")"
            return text, GIVEN_STYLE
        text = self.tr("Withdrawn {date}").format(date=date_text(latest.withdrawn_on, lang))
        if latest.withdrawn_channel is not None:
            text += " (" + latest.withdrawn_channel.in_language(lang) + ")"
        return text, WITHDRAWN_STYLE

    def retranslate(self) -> None:
        for purpose in ConsentPurpose:
            state = self._states.get(purpose)
            self.purpose_labels[purpose].setText(enum_label(purpose))
            text, style = self._state_text(state)
            self.state_labels[purpose].setText(text)
            self.state_labels[purpose].setStyleSheet(style)
            given = state is not None and state.given
            self.buttons[purpose].setText(self.tr("Withdraw…") if given else self.tr("Give…"))
            self.buttons[purpose].setEnabled(self._id is not None)
        self.hint_label.setText(
            self.tr("Save the record first; then each consent is given or withdrawn here.")
        )
        self.hint_label.setVisible(self._id is None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["ConsentsPanel"]
