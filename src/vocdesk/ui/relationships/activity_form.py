"""Recording a relationship activity: a meeting, a call, a visit, an agreement signed, ...

Keyboard first, like the listening log's entry form: Tab walks the fields, Ctrl+Enter saves and
starts the next activity with the time set to now, keeping the kind, the channel and the staff
(for the rest of this run too) and the stakeholder the form was opened for. A follow-up date
makes a reminder to get in touch again, for the staff or else the stakeholder's relationship
officer. Errors show in the form itself. Opened with an activity's id it edits that activity and
closes on saving.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.clock import THAI_TIME, thai_time
from vocdesk.domain.enums import ActivityKind, LifecycleStage
from vocdesk.domain.messages import UserError
from vocdesk.services.relationships.activities import (
    ActivityDraft,
    ActivityService,
    Party,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_choices
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.choices import current_uuid, item_data, select_data
from vocdesk.ui.widgets.forms import make_form
from vocdesk.ui.widgets.quick_entry import QuickEntryDialog, is_ctrl_enter, is_enter

FOLLOW_UP_DAYS = 30  # the day offered when the follow-up box is ticked


@dataclass
class StickyChoices:
    """What quick entry keeps from one activity to the next (and for the rest of the run)."""

    kind: ActivityKind = ActivityKind.MEETING
    channel_id: uuid.UUID | None = None
    staff: str = ""


STICKY = StickyChoices()  # shared by the forms of this run


class ActivityForm(QuickEntryDialog):
    saved = Signal(object)  # the activity's id

    def __init__(
        self,
        service: ActivityService,
        stakeholder_id: uuid.UUID | None,
        activity_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activity_form")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 320)
        self._service = service
        self._given: Party | None = (
            service.stakeholder(stakeholder_id) if stakeholder_id is not None else None
        )
        self._activity_id = activity_id
        self.saved_count = 0
        self._kept_channel: uuid.UUID | None = None  # an edited activity's retired channel
        self._version: int | None = None  # the edited activity's saved version (migration 0012)
        self._searched = ""  # the participant search's words last looked up

        self.stakeholder_search = self._line("stakeholder_search")
        self.stakeholder_search.setClearButtonEnabled(True)
        self.stakeholder_box = self._combo("stakeholder")
        self.kind_box = self._combo("kind")
        self.date_edit = BuddhistDateEdit(self)
        self.date_edit.setObjectName("activity_date")
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("activity_time")
        self.time_edit.setDisplayFormat("HH:mm")
        self.channel_box = self._combo("channel")
        self.stage_box = self._combo("stage")
        self.summary_edit = self._line("summary")
        self.details_edit = self._text("details", 80)
        self.outcome_edit = self._text("outcome", 48)
        self.staff_edit = self._line("staff")
        self.participant_search = self._line("participant_search")
        self.participant_search.setClearButtonEnabled(True)
        self.participant_box = self._combo("participant_matches")
        self.add_participant_button = QPushButton(self)
        self.add_participant_button.setObjectName("add_participant")
        self.add_participant_button.setAutoDefault(False)
        self.remove_participant_button = QPushButton(self)
        self.remove_participant_button.setObjectName("remove_participant")
        self.remove_participant_button.setAutoDefault(False)
        self.participant_list = QListWidget(self)
        self.participant_list.setObjectName("participants")
        self.participant_list.setMaximumHeight(72)
        self.follow_up_check = QCheckBox(self)
        self.follow_up_check.setObjectName("follow_up")
        self.follow_up_edit = BuddhistDateEdit(self)
        self.follow_up_edit.setObjectName("follow_up_on")
        self.follow_up_hint = QLabel(self)
        self.follow_up_hint.setObjectName("follow_up_hint")

        who = self._row(self.stakeholder_search, self.stakeholder_box)
        when = self._row(self.date_edit, self.time_edit)
        add_row = self._row(self.participant_search, self.participant_box)
        add_row.addWidget(self.add_participant_button)
        people = QVBoxLayout()
        people.setSpacing(layout.SPACING)
        people.addLayout(add_row)
        listed = self._row(self.participant_list)
        listed.addWidget(self.remove_participant_button, 0, Qt.AlignmentFlag.AlignTop)
        people.addLayout(listed)
        follow = self._row(self.follow_up_check)
        follow.addWidget(self.follow_up_edit, 1)
        follow.addWidget(self.follow_up_hint, 2)
        self.form = make_form()  # the house style of forms (widgets/forms.py)
        fields: list[QWidget | QHBoxLayout | QVBoxLayout] = [
            who, self.kind_box, when, self.channel_box, self.stage_box, self.summary_edit,
            self.details_edit, self.outcome_edit, self.staff_edit, people, follow,
        ]  # fmt: skip
        self._labels = [QLabel(self) for _ in fields]
        for label, field in zip(self._labels, fields, strict=True):
            self.form.addRow(label, field)
        self._lay_out(self.form, self.details_edit, self.outcome_edit)

        self.stakeholder_box.currentIndexChanged.connect(lambda _i: self._show_follow_up_hint())
        self.add_participant_button.clicked.connect(self.add_participant)
        self.remove_participant_button.clicked.connect(self.remove_participant)
        self.follow_up_check.toggled.connect(self._follow_up_toggled)
        self.staff_edit.editingFinished.connect(self._show_follow_up_hint)
        # Enter in a search looks people up (Ctrl+Enter in the text boxes: _lay_out).
        for watched in (self.stakeholder_search, self.participant_search):
            watched.installEventFilter(self)

        self.retranslate()
        self._set_editing(activity_id is not None)
        if activity_id is None:
            self._start_new()
        else:
            self._load(activity_id)

    # --- building ------------------------------------------------------------------------
    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        return box

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        return edit

    def _text(self, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)  # Tab walks on, as in every other field
        edit.setMinimumHeight(height)
        return edit

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(layout.SPACING)
        for widget in widgets:
            row.addWidget(widget, 1)
        return row

    # --- filling -------------------------------------------------------------------------
    def _fill_boxes(self) -> None:
        lang = current_language()
        for box, items in (
            (self.kind_box, [(text, kind.value) for text, kind in enum_choices(ActivityKind)]),
            (self.stage_box, [(self.tr("(none)"), None)]
             + [(text, stage.value) for text, stage in enum_choices(LifecycleStage)]),
            (self.channel_box, [(self.tr("(none)"), None)]
             + [(name.in_language(lang), str(cid)) for cid, name in self._service.channel_choices(self._kept_channel)]),
        ):  # fmt: skip
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for text, value in items:
                box.addItem(text, value)
            box.blockSignals(False)
            if box.count():
                box.setCurrentIndex(0)
            select_data(box, current)
        if self.stakeholder_box.count() == 0:
            self.stakeholder_box.addItem("", None)
        self.stakeholder_box.setItemText(0, self.tr("(choose: type a name and press Enter)"))
        if self.participant_box.count() == 0:
            self.participant_box.addItem("", None)
        self.participant_box.setItemText(0, self.tr("(type a name and press Enter)"))

    def _start_new(self) -> None:
        now = thai_time(datetime.now(THAI_TIME))
        self.date_edit.setDate(now.date())
        self.time_edit.setTime(QTime(now.hour, now.minute))
        select_data(self.kind_box, STICKY.kind)
        if not select_data(self.channel_box, STICKY.channel_id):
            self.channel_box.setCurrentIndex(0)
        self.staff_edit.setText(STICKY.staff)
        self.stage_box.setCurrentIndex(0)
        for edit in (self.summary_edit, self.details_edit, self.outcome_edit):
            edit.clear()
        self.participant_list.clear()
        self._set_matches(self.participant_box, [])
        self.participant_search.clear()
        self.follow_up_check.setChecked(False)
        self._follow_up_toggled(False)
        self.stakeholder_search.clear()
        self._set_matches(self.stakeholder_box, [self._given] if self._given else [])
        if self._given is not None:
            self.stakeholder_box.setCurrentIndex(1)
            self.kind_box.setFocus()
        else:
            self.stakeholder_search.setFocus()

    def _load(self, activity_id: uuid.UUID) -> None:
        record = self._service.load(activity_id)
        self._kept_channel = record.channel_id
        self._version = record.version
        self._fill_boxes()
        self._set_matches(self.stakeholder_box, [record.stakeholder])
        self.stakeholder_box.setCurrentIndex(1)
        select_data(self.kind_box, record.kind)
        self.date_edit.setDate(record.occurred_at.date())
        self.time_edit.setTime(QTime(record.occurred_at.hour, record.occurred_at.minute))
        select_data(self.channel_box, record.channel_id)
        select_data(self.stage_box, record.stage)
        self.summary_edit.setText(record.summary)
        self.details_edit.setPlainText(record.details)
        self.outcome_edit.setPlainText(record.outcome)
        self.staff_edit.setText(record.staff)
        for person in record.participants:
            self._add_listed(person)
        self.follow_up_check.setChecked(record.follow_up_on is not None)
        if record.follow_up_on is not None:
            self.follow_up_edit.setDate(record.follow_up_on)
        self._follow_up_toggled(record.follow_up_on is not None)
        self.setWindowTitle(self.tr("Activity: {summary}").format(summary=record.summary))

    # --- people --------------------------------------------------------------------------
    def _set_matches(self, box: QComboBox, people: list[Party]) -> None:
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for person in people:
            box.addItem(person.text, item_data(person.id))
        box.setCurrentIndex(1 if people else 0)
        box.blockSignals(False)
        if box is self.stakeholder_box:
            self._show_follow_up_hint()

    def search_stakeholders(self) -> None:
        self._search(self.stakeholder_search, self.stakeholder_box)

    def search_participants(self) -> None:
        """Enter in the participant search: look up the words, or, when they were just looked
        up, add the match chosen (so Enter, Enter adds the best match)."""
        words = self.participant_search.text().strip()
        if words and words == self._searched and current_uuid(self.participant_box) is not None:
            self.add_participant()
            return
        self._search(self.participant_search, self.participant_box)
        self._searched = words

    def _search(self, line: QLineEdit, box: QComboBox) -> None:
        try:
            found = self._service.find_stakeholders(line.text())
        except UserError as error:
            self.show_message(error_text(error), problem=True)
            return
        self._set_matches(box, found)
        if line.text().strip() and not found:
            self.show_message(
                self.tr("No stakeholder matches “{words}”.").format(words=line.text().strip())
            )

    def add_participant(self) -> None:
        person_id = current_uuid(self.participant_box)
        if person_id is None:
            return
        self._add_listed(Party(person_id, self.participant_box.currentText()))
        self.participant_search.clear()
        self._searched = ""
        self._set_matches(self.participant_box, [])
        self.participant_search.setFocus()

    def _add_listed(self, person: Party) -> None:
        if person.id in self.participant_ids():
            return
        item = QListWidgetItem(person.text if person.name else "", self.participant_list)
        item.setData(Qt.ItemDataRole.UserRole, str(person.id))

    def remove_participant(self) -> None:
        for item in self.participant_list.selectedItems() or [self.participant_list.currentItem()]:
            if item is not None:
                self.participant_list.takeItem(self.participant_list.row(item))

    def participant_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(
            uuid.UUID(self.participant_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.participant_list.count())
        )

    # --- the follow-up -------------------------------------------------------------------
    def _follow_up_toggled(self, on: bool) -> None:
        self.follow_up_edit.setEnabled(on)
        if on and self.follow_up_edit.date() <= self.date_edit.date():
            self.follow_up_edit.setDate(self.date_edit.date() + timedelta(days=FOLLOW_UP_DAYS))
        self._show_follow_up_hint()

    def _show_follow_up_hint(self) -> None:
        person = current_uuid(self.stakeholder_box)
        if not self.follow_up_check.isChecked() or person is None:
            self.follow_up_hint.setText(self.tr("A reminder is made for the follow-up date."))
            return
        try:
            officer = self._service.follow_up_officer(person, self.staff_edit.text())
        except UserError:
            officer = ""
        self.follow_up_hint.setText(
            self.tr("Reminder for {officer}").format(officer=officer)
            if officer
            else self.tr("Reminder for no one yet: give the staff or the relationship officer.")
        )

    # --- saving --------------------------------------------------------------------------
    def draft(self) -> ActivityDraft:
        day, clock = self.date_edit.date(), self.time_edit.time()
        moment = datetime.combine(day, time(clock.hour(), clock.minute()), tzinfo=THAI_TIME)
        stage = self.stage_box.currentData()
        follow_up: date | None = (
            self.follow_up_edit.date() if self.follow_up_check.isChecked() else None
        )
        return ActivityDraft(
            stakeholder_id=current_uuid(self.stakeholder_box), kind=ActivityKind(self.kind_box.currentData()),
            occurred_at=moment, summary=self.summary_edit.text(), details=self.details_edit.toPlainText(),
            channel_id=current_uuid(self.channel_box), stage=LifecycleStage(stage) if stage else None,
            outcome=self.outcome_edit.toPlainText(), staff=self.staff_edit.text(), follow_up_on=follow_up,
            participant_ids=self.participant_ids(),
        )  # fmt: skip

    def _save(self) -> uuid.UUID | None:
        draft = self.draft()
        try:
            if self._activity_id is None:
                activity_id = self._service.create(draft)
                self.show_message(
                    self.tr("Saved: {summary}").format(summary=" ".join(draft.summary.split()))
                )
            else:
                self._version = self._service.update(
                    self._activity_id, draft, version=self._version
                )
                activity_id = self._activity_id
        except UserError as error:
            self.show_message(error_text(error), problem=True)
            return None
        STICKY.kind, STICKY.channel_id, STICKY.staff = (
            draft.kind,
            draft.channel_id,
            draft.staff.strip(),
        )
        self.saved_count += 1
        self.saved.emit(activity_id)
        return activity_id

    def _editing(self) -> bool:
        return self._activity_id is not None

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self._activity_id is None:
            self.setWindowTitle(self.tr("Record an activity"))
        texts = [self.tr("Stake&holder:"), self.tr("&Kind:"), self.tr("&When:"), self.tr("&Channel:"),
                 self.tr("S&tage:"), self.tr("S&ummary:"), self.tr("&Details:"), self.tr("&Outcome:"),
                 self.tr("St&aff:"), self.tr("&Participants:"), self.tr("&Follow-up:")]  # fmt: skip
        buddies: list[QWidget] = [self.stakeholder_search, self.kind_box, self.date_edit, self.channel_box,
                                  self.stage_box, self.summary_edit, self.details_edit, self.outcome_edit,
                                  self.staff_edit, self.participant_search, self.follow_up_check]  # fmt: skip
        for label, text, buddy in zip(self._labels, texts, buddies, strict=True):
            label.setText(text)
            label.setBuddy(buddy)
        self.stakeholder_search.setPlaceholderText(self.tr("Find by name, phone or ID; Enter"))
        self.participant_search.setPlaceholderText(
            self.tr("Another stakeholder taking part; Enter")
        )
        self.summary_edit.setPlaceholderText(self.tr("One line: what the activity was"))
        self.details_edit.setPlaceholderText(self.tr("What was said and done"))
        self.outcome_edit.setPlaceholderText(self.tr("What came of it"))
        self.staff_edit.setPlaceholderText(self.tr("The agency's people who took part"))
        self.add_participant_button.setText(self.tr("Add"))
        self.remove_participant_button.setText(self.tr("Remove"))
        self.follow_up_check.setText(self.tr("Get in touch again on"))
        self._retranslate_buttons()
        self._fill_boxes()
        self._show_follow_up_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's virtual
        # Enter in a search looks people up; it must not save the activity.
        if (
            watched in (self.stakeholder_search, self.participant_search)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and is_enter(event)
            and not is_ctrl_enter(event)
        ):
            if watched is self.stakeholder_search:
                self.search_stakeholders()
            else:
                self.search_participants()
            return True
        return super().eventFilter(watched, event)
