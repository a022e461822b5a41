"""The privacy notice at the point of collection (issue 19, PDPA section 23): one short line
naming the version in force and its first line, "Show notice…" for the whole text (in the
language of the window, the other one a click away), and a tick "Notice shown to the person".
A form that saves a person calls ``record(stakeholder_id)`` after its save: with the tick, the
version is recorded as shown there (``PrivacyNoticeService.record_shown``)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.clock import thai_date
from vocdesk.domain.messages import UserError
from vocdesk.domain.pdpa.terms import NoticePlace
from vocdesk.services.pdpa.notices import NoticeShown, NoticeVersion, PrivacyNoticeService
from vocdesk.ui import layout
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_label
from vocdesk.ui.models.display import date_text

SHORT_LINE_LENGTH = 90  # characters of the notice's first line shown on the form
LAST_STYLE = "color: #555555;"


class NoticeTextDialog(QDialog):
    """The whole text of one notice version, read only, Thai and English."""

    def __init__(self, notice: NoticeVersion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_text_dialog")
        self._notice = notice
        self._lang = current_language()
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("notice_text")
        self.text_edit.setReadOnly(True)
        self.other_button = QPushButton(self)
        self.other_button.setObjectName("notice_other_language")
        self.other_button.clicked.connect(self._other_language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        column = QVBoxLayout(self)
        column.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        column.addWidget(self.text_edit)
        column.addLayout(row)
        self.resize(560, 420)
        self.retranslate()

    def _other_language(self) -> None:
        self._lang = "en" if self._lang == "th" else "th"
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Privacy notice, version {version}").format(version=self._notice.version)
        )
        self.text_edit.setPlainText(self._notice.text(self._lang))
        other = self._notice.text_en if self._lang == "th" else self._notice.text_th
        self.other_button.setText(self.tr("English") if self._lang == "th" else self.tr("Thai"))
        self.other_button.setVisible(bool(other))


class NoticeLine(QWidget):
    def __init__(
        self,
        notices: PrivacyNoticeService,
        place: NoticePlace,
        parent: QWidget | None = None,
        stakeholder_id: uuid.UUID | None = None,  # a saved person: when they were last shown it
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notice_line")
        self._notices = notices
        self._place = place
        self.dialog: NoticeTextDialog | None = None
        self._last: NoticeShown | None = None
        try:
            self._notice = notices.current()
            if stakeholder_id is not None:
                self._last = next(iter(notices.shown_to(stakeholder_id)), None)
        except UserError as error:
            self._notice = None
            show_error(self, error)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("notice_summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("show_notice")
        self.show_button.clicked.connect(self.show_notice)
        self.shown_check = QCheckBox(self)
        self.shown_check.setObjectName("notice_shown")
        self.last_label = QLabel(self)
        self.last_label.setObjectName("notice_last_shown")
        self.last_label.setStyleSheet(LAST_STYLE)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(layout.BUTTON_SPACING)
        column.addLayout(top)
        shown = QHBoxLayout()
        shown.setContentsMargins(0, 0, 0, 0)
        shown.addWidget(self.shown_check)
        shown.addWidget(self.last_label, 1)
        column.addLayout(shown)
        self.show_button.setEnabled(self._notice is not None)
        self.shown_check.setEnabled(self._notice is not None)
        self.retranslate()

    @property
    def notice(self) -> NoticeVersion | None:
        """The version this form shows (the one in force when it opened)."""
        return self._notice

    def show_notice(self) -> None:
        if self._notice is None:
            return
        self.dialog = NoticeTextDialog(self._notice, self)
        self.dialog.open()

    def record(self, stakeholder_id: uuid.UUID | None) -> bool:
        """With the tick, record the version as shown to the person; False when it could not be
        (the reason shown). Nothing to do without a tick, a person or a notice: True."""
        if stakeholder_id is None or self._notice is None or not self.shown_check.isChecked():
            return True
        try:
            self._notices.record_shown(stakeholder_id, self._place, self._notice.id)
        except UserError as error:
            show_error(self, error)
            return False
        self.shown_check.setChecked(False)  # shown once; the next person is asked again
        return True

    def retranslate(self) -> None:
        notice = self._notice
        if notice is None:
            self.summary_label.setText(
                self.tr("No privacy notice has been published (File › Settings…).")
            )
        else:
            line = notice.first_line(current_language())
            if len(line) > SHORT_LINE_LENGTH:
                line = line[: SHORT_LINE_LENGTH - 1].rstrip() + "…"
            self.summary_label.setText(
                self.tr("Privacy notice v{version}: {line}").format(
                    version=notice.version, line=line
                )
            )
        self.show_button.setText(self.tr("Show notice…"))
        self.shown_check.setText(self.tr("Notice shown to the person"))
        last = self._last
        self.last_label.setText(
            self.tr("(last shown: version {version}, {date}, {place})").format(
                version=last.version,
                date=date_text(thai_date(last.shown_at), current_language()),
                place=enum_label(last.place),
            )
            if last is not None
            else ""
        )
        self.last_label.setVisible(last is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["NoticeLine", "NoticeTextDialog"]
