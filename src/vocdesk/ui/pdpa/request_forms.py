"""The two forms of a data subject's request: logging one (who, what, when, through which
channel) and answering one (done or refused, the outcome, the day; the consents withdrawn)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.clock import thai_today
from vocdesk.domain.pdpa.terms import ConsentPurpose, RequestKind, RequestStatus
from vocdesk.services.pdpa.requests import (
    DataSubjectRequestsService,
    RequestAnswer,
    RequestDraft,
    RequestRow,
)
from vocdesk.ui import layout
from vocdesk.ui.accounts.common import attempt, problem_label
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_label
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.forms import form_label, make_form

TEXT_HEIGHT = 90


def _column(dialog: QDialog) -> QVBoxLayout:
    box = QVBoxLayout(dialog)
    box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
    box.setSpacing(layout.SPACING)
    return box


class RequestFormDialog(QDialog):
    """Log a request; ``request_id`` holds the new one's id once accepted."""

    def __init__(
        self,
        service: DataSubjectRequestsService,
        parent: QWidget | None = None,
        *,
        person: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("request_form")
        self._service = service
        self.request_id: uuid.UUID | None = None
        self.person_edit = QLineEdit(person, self)
        self.person_edit.setObjectName("person")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        for kind in RequestKind:
            self.kind_combo.addItem("", kind.value)  # Qt gives a StrEnum back as a plain str
        self.received_edit = BuddhistDateEdit(self, thai_today())
        self.received_edit.setObjectName("received_on")
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channel")
        self.channel_combo.addItem("", None)
        lang = current_language()
        for channel_id, name in service.channel_choices():
            self.channel_combo.addItem(name.in_language(lang), channel_id)
        self.requester_edit = QLineEdit(self)
        self.requester_edit.setObjectName("requester")
        self.details_edit = QPlainTextEdit(self)
        self.details_edit.setObjectName("details")
        self.details_edit.setFixedHeight(TEXT_HEIGHT)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("due")
        self.problem = problem_label(self)
        self._labels = [QLabel(self) for _ in range(6)]
        form = make_form()
        fields: list[QWidget] = [self.person_edit, self.kind_combo, self.received_edit,
                                 self.channel_combo, self.requester_edit, self.details_edit]  # fmt: skip
        for label, field in zip(self._labels, fields, strict=True):
            form.addRow(label, field)
            label.setBuddy(field)
        form.addRow("", self.due_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = _column(self)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        self.received_edit.dateChanged.connect(lambda _day: self._show_due())
        self.resize(520, 0)
        self.retranslate()

    def draft(self) -> RequestDraft:
        return RequestDraft(
            person=self.person_edit.text(),
            kind=RequestKind(self.kind_combo.currentData()),
            received_on=self.received_edit.date(),
            channel_id=self.channel_combo.currentData(),
            requester=self.requester_edit.text(),
            details=self.details_edit.toPlainText(),
        )

    def save(self) -> None:
        def log() -> None:
            self.request_id = self._service.log(self.draft())

        if attempt(self, self.problem, log):
            self.accept()

    def _show_due(self) -> None:
        from vocdesk.domain.pdpa.terms import REQUEST_DAYS, request_due_on
        from vocdesk.ui.models.display import date_text

        due = request_due_on(self.received_edit.date())
        self.due_label.setText(self.tr("To be answered by {day} ({days} calendar days).").format(
            day=date_text(due, current_language()), days=REQUEST_DAYS))  # fmt: skip

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a request of a data subject"))
        texts = [self.tr("Person (record id or national ID)"), self.tr("Request"),
                 self.tr("Received on"), self.tr("Channel"), self.tr("Requester, if not the person"),
                 self.tr("Details")]  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(form_label(text))
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(
                index, enum_label(RequestKind(self.kind_combo.itemData(index)))
            )
        self.channel_combo.setItemText(0, self.tr("(not given)"))
        self.person_edit.setPlaceholderText(self.tr("empty when the person is not in the registry"))
        self._show_due()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AnswerDialog(QDialog):
    """Answer ``row``: done as asked, or refused with its legal ground."""

    def __init__(
        self,
        service: DataSubjectRequestsService,
        row: RequestRow,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answer_dialog")
        self._service = service
        self._row = row
        self._tasks = tasks
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.done_radio = QRadioButton(self)
        self.done_radio.setObjectName("done")
        self.done_radio.setChecked(True)
        self.refused_radio = QRadioButton(self)
        self.refused_radio.setObjectName("refused")
        self.effect = QLabel(self)
        self.effect.setObjectName("effect")
        self.effect.setWordWrap(True)
        self.purpose_boxes: dict[ConsentPurpose, QCheckBox] = {}
        for purpose in ConsentPurpose:
            check = QCheckBox(self)
            check.setObjectName(f"purpose_{purpose.value}")
            check.setVisible(row.kind is RequestKind.WITHDRAW_CONSENT)
            self.purpose_boxes[purpose] = check
        self.outcome_edit = QPlainTextEdit(self)
        self.outcome_edit.setObjectName("outcome")
        self.outcome_edit.setFixedHeight(TEXT_HEIGHT)
        self.closed_edit = BuddhistDateEdit(self, thai_today())
        self.closed_edit.setObjectName("closed_on")
        self.problem = problem_label(self)
        self._outcome_label, self._closed_label = QLabel(self), QLabel(self)
        form = make_form()
        form.addRow(self.done_radio)
        form.addRow(self.refused_radio)
        form.addRow(self.effect)
        for check in self.purpose_boxes.values():
            form.addRow(check)
        form.addRow(self._outcome_label, self.outcome_edit)
        form.addRow(self._closed_label, self.closed_edit)
        self._outcome_label.setBuddy(self.outcome_edit)
        self._closed_label.setBuddy(self.closed_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = _column(self)
        box.addWidget(self.summary)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        self.done_radio.toggled.connect(lambda _on: self._show_effect())
        self.resize(560, 0)
        self.retranslate()

    def answer(self) -> RequestAnswer:
        status = RequestStatus.DONE if self.done_radio.isChecked() else RequestStatus.REFUSED
        purposes = tuple(p for p, check in self.purpose_boxes.items() if check.isChecked())
        return RequestAnswer(status, self.outcome_edit.toPlainText(), self.closed_edit.date(),
                             purposes, self._row.version)  # fmt: skip

    def save(self) -> None:
        answer = self.answer()
        erasing = self._row.kind is RequestKind.ERASURE and answer.status is RequestStatus.DONE
        if erasing and self._tasks is not None:
            # Anonymising rewrites the whole file (VACUUM, about 40 s a gigabyte): off the GUI
            # thread, with the dialog's buttons held until it is done.
            self.buttons.setEnabled(False)
            self._tasks.run(
                lambda _progress: self._service.answer(self._row.id, answer),
                on_done=lambda _result: self.accept(),
                on_error=self._erasure_failed,
                title=self.tr("Anonymising the person's data"),
                parent_widget=self,
                receiver=self,
            )
            return
        if attempt(self, self.problem, lambda: self._service.answer(self._row.id, answer)):
            self.accept()

    def _erasure_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        attempt(self, self.problem, lambda: _raise(error))

    def _show_effect(self) -> None:
        kind, done = self._row.kind, self.done_radio.isChecked()
        texts = {
            RequestKind.OBJECTION: self.tr("The person's records are marked restricted: kept and counted in statistics, left out of follow-up lists and contact exports."),
            RequestKind.RESTRICTION: self.tr("The person's records are marked restricted: kept and counted in statistics, left out of follow-up lists and contact exports."),
            RequestKind.ERASURE: self.tr("The person's data is anonymised now: names, IDs, phones and e-mail replaced everywhere, attachments removed. This cannot be undone."),
            RequestKind.WITHDRAW_CONSENT: self.tr("The consents ticked below are withdrawn on the day answered."),
            RequestKind.CORRECTION: self.tr("Correct the record in the stakeholder form (its changes are audited), then answer here."),
            RequestKind.ACCESS: self.tr("Give the person their data with Export for the person…, then answer here."),
            RequestKind.PORTABILITY: self.tr("Give the person their data with Export for the person…, then answer here."),
        }  # fmt: skip
        self.effect.setText(
            texts.get(kind, "")
            if done
            else self.tr("Nothing is changed; write the legal ground of the refusal.")
        )
        for check in self.purpose_boxes.values():
            check.setEnabled(done)

    def retranslate(self) -> None:
        from vocdesk.ui.models.display import date_text

        lang = current_language()
        self.setWindowTitle(self.tr("Answer a request"))
        who = self._row.person_name or self._row.requester
        self.summary.setText(self.tr("{kind} from {person}, received {received}, due {due}.").format(
            kind=enum_label(self._row.kind), person=who, received=date_text(self._row.received_on, lang),
            due=date_text(self._row.due_on, lang)))  # fmt: skip
        self.done_radio.setText(self.tr("Done as asked"))
        self.refused_radio.setText(self.tr("Refused"))
        self._outcome_label.setText(form_label(self.tr("Outcome")))
        self._closed_label.setText(form_label(self.tr("Answered on")))
        for purpose, check in self.purpose_boxes.items():
            check.setText(enum_label(purpose))
        self._show_effect()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["AnswerDialog", "RequestFormDialog"]


def _raise(error: BaseException) -> None:
    raise error
