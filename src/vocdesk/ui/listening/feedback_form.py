"""Quick entry of what was heard, keyboard first: at a counter or on the phone, a run of entries
takes seconds each.

The fields follow the order people say things in; Tab walks them. Ctrl+Enter (or Enter outside
the text box) saves and starts the next entry with the time set to now, keeping the channel, the
office and the staff member (remembered in the settings for next time, too). Errors show in the
form itself, so typing goes on without a box to close. Opened with an entry's id it edits that
entry and closes on saving.
"""

from __future__ import annotations

import uuid
from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QEvent, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from vocdesk.domain.clock import THAI_TIME, thai_time
from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment
from vocdesk.domain.listening.log import FeedbackStatus
from vocdesk.domain.messages import UserError
from vocdesk.domain.pdpa.terms import NoticePlace
from vocdesk.domain.tables import TableQuery
from vocdesk.services.listening.entry import FeedbackDraft, ListeningEntryService
from vocdesk.services.listening.log import Choice
from vocdesk.ui import layout
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import current_language
from vocdesk.ui.labels import enum_choices
from vocdesk.ui.models.display import id_text
from vocdesk.ui.pdpa.notice_line import NoticeLine
from vocdesk.ui.settings import Option, SettingsStore
from vocdesk.ui.widgets.be_date_edit import BuddhistDateEdit
from vocdesk.ui.widgets.choices import (
    current_uuid,
    fill_combo,
    item_data,
    select_data,
    uuid_or_none,
)
from vocdesk.ui.widgets.forms import make_form
from vocdesk.ui.widgets.quick_entry import QuickEntryDialog, is_ctrl_enter, is_enter

STAKEHOLDER_SEARCH_DELAY_MS = 200
STAKEHOLDER_MATCHES = 20


class FormDefaults:
    """The sticky choices of the entry form, kept in the settings file between runs."""

    channel = Option("listening/last_channel", "", str)
    office = Option("listening/last_office", "", str)
    staff = Option("listening/last_staff", "", str)

    def __init__(self, settings: Any | None) -> None:
        # Without a settings file (a test, a read-only window) the defaults live for this run only.
        self.qsettings: SettingsStore = (
            settings.qsettings if settings is not None else _MemorySettings()
        )


class _MemorySettings(dict[str, Any]):
    def value(self, key: str) -> Any:
        return self.get(key)

    def setValue(self, key: str, value: Any) -> None:  # noqa: N802 - QSettings' name
        self[key] = value


class FeedbackForm(QuickEntryDialog):
    saved = Signal(object)  # the entry's id

    def __init__(
        self,
        entries: ListeningEntryService,
        registry: Any = None,  # services.registry.RegistryService: the stakeholder search
        settings: Any = None,
        entry_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        notices: Any = None,  # services.pdpa.notices.PrivacyNoticeService: None, no notice line
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_form")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 200)
        self._entries = entries
        self._registry = registry
        self._defaults = FormDefaults(settings)
        self._entry_id = entry_id
        self._choices = entries.choices()
        self.saved_count = 0
        self._segments_of: dict[uuid.UUID, Any] = {}  # the segment of each stakeholder listed
        self._reference = ""  # kept as it is when an entry is edited
        self._version: int | None = None  # the edited entry's saved version (migration 0012)

        self.date_edit = BuddhistDateEdit(self)
        self.date_edit.setObjectName("received_date")
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("received_time")
        self.time_edit.setDisplayFormat("HH:mm")
        self.channel_box = self._combo("channel")
        self.stage_box = self._combo("stage")
        self.type_box = self._combo("type")
        self.service_box = self._combo("service")
        self.sentiment_box = self._combo("sentiment")
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("text")
        self.text_edit.setTabChangesFocus(True)  # Tab walks on, as in every other field
        self.text_edit.setMinimumHeight(90)
        self.stakeholder_search = QLineEdit(self)
        self.stakeholder_search.setObjectName("stakeholder_search")
        self.stakeholder_search.setClearButtonEnabled(True)
        self.stakeholder_box = self._combo("stakeholder")
        self.segment_box = self._combo("segment")
        self.office_box = self._combo("office")
        self.staff_edit = QLineEdit(self)
        self.staff_edit.setObjectName("staff")
        self.status_box = self._combo("status")

        when = QHBoxLayout()
        when.setSpacing(layout.SPACING)
        when.addWidget(self.date_edit, 1)
        when.addWidget(self.time_edit)
        who = QHBoxLayout()
        who.setSpacing(layout.SPACING)
        who.addWidget(self.stakeholder_search, 1)
        who.addWidget(self.stakeholder_box, 1)
        self.form = make_form()  # the house style of forms (widgets/forms.py)
        self._labels = [QLabel(self) for _ in range(12)]
        fields: list[Any] = [when, self.channel_box, self.stage_box, self.type_box, self.service_box,
                             self.sentiment_box, self.text_edit, who, self.segment_box, self.office_box,
                             self.staff_edit, self.status_box]  # fmt: skip
        for label, field in zip(self._labels, fields, strict=True):
            self.form.addRow(label, field)
        # The privacy notice for the person named (issue 19): shown, ticked, recorded on save.
        self.notice_line: NoticeLine | None = None
        if notices is not None:
            self.notice_line = NoticeLine(notices, NoticePlace.QUICK_ENTRY, self)
            self.form.insertRow(8, self.notice_line)  # under "From:", the person it is for
        self._lay_out(self.form, self.text_edit)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(STAKEHOLDER_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_stakeholders)
        self.stakeholder_search.textChanged.connect(self._search_timer.start)
        self.stakeholder_search.returnPressed.connect(self.search_stakeholders)
        self.stakeholder_box.currentIndexChanged.connect(self._show_segment_hint)
        self.stakeholder_search.setEnabled(registry is not None)

        self.retranslate()
        self._set_editing(entry_id is not None)
        if entry_id is None:
            self._start_new()
        else:
            self._load(entry_id)

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        return box

    # --- filling -----------------------------------------------------------------------------
    def _fill(self, box: QComboBox, items: list[tuple[str, Any]], keep: bool = True) -> None:
        current = box.currentData() if keep else None
        box.blockSignals(True)
        fill_combo(box, ((text, item_data(value)) for text, value in items))
        box.blockSignals(False)
        select_data(box, current)

    def _names(self, choices: list[Choice], none_text: str | None) -> list[tuple[str, Any]]:
        lang = current_language()
        items: list[tuple[str, Any]] = [(none_text, None)] if none_text is not None else []
        return items + [(choice.name.in_language(lang), choice.id) for choice in choices]

    def _fill_boxes(self) -> None:
        self._fill(self.channel_box, self._names(self._choices.channels, None))
        self._fill(self.stage_box, enum_choices(LifecycleStage))
        self._fill(self.type_box, enum_choices(FeedbackType))
        self._fill(self.sentiment_box, enum_choices(Sentiment))
        self._fill(self.status_box, enum_choices(FeedbackStatus))
        self._fill(self.service_box, self._names(self._choices.services, self.tr("(none)")))
        self._fill(self.office_box, self._names(self._choices.offices, self.tr("(none)")))
        self._fill(
            self.segment_box,
            self._names(self._choices.segments, self.tr("(the stakeholder's segment)")),
        )
        if self.stakeholder_box.count() == 0:
            self.stakeholder_box.addItem("", None)
        self.stakeholder_box.setItemText(0, self.tr("Anonymous"))

    def _start_new(self) -> None:
        now = thai_time(datetime.now(THAI_TIME))
        self.date_edit.setDate(now.date())
        self.time_edit.setTime(QTime(now.hour, now.minute))
        select_data(self.channel_box, uuid_or_none(self._defaults.channel))
        select_data(self.office_box, uuid_or_none(self._defaults.office))
        self.staff_edit.setText(self._defaults.staff)
        self.stage_box.setCurrentIndex(1)  # during the service: what a counter hears most
        self.type_box.setCurrentIndex(0)
        select_data(self.sentiment_box, Sentiment.NEUTRAL)
        select_data(self.status_box, FeedbackStatus.NEW)
        self.service_box.setCurrentIndex(0)
        self.segment_box.setCurrentIndex(0)
        self.text_edit.clear()
        self.stakeholder_search.blockSignals(True)
        self.stakeholder_search.clear()
        self.stakeholder_search.blockSignals(False)
        self._set_stakeholders([])
        self.stage_box.setFocus()

    def _load(self, entry_id: uuid.UUID) -> None:
        stored = self._entries.get(entry_id)
        self._version = stored.version
        d = stored.draft
        moment = thai_time(d.received_at)
        self.date_edit.setDate(moment.date())
        self.time_edit.setTime(QTime(moment.hour, moment.minute))
        if all(choice.id != d.channel_id for choice in self._choices.channels):  # a retired channel
            self.channel_box.addItem(self.tr("(retired channel)"), item_data(d.channel_id))
        for box, value in ((self.channel_box, d.channel_id), (self.stage_box, d.stage), (self.type_box, d.type),
                           (self.sentiment_box, d.sentiment), (self.service_box, d.service_id),
                           (self.office_box, d.office_id), (self.segment_box, d.segment_id),
                           (self.status_box, d.status)):  # fmt: skip
            select_data(box, value)
        self.text_edit.setPlainText(d.text)
        self.staff_edit.setText(d.staff)
        self._reference = d.reference
        if d.stakeholder_id is not None:
            self._set_stakeholders([(stored.stakeholder_name or "", d.stakeholder_id, None)])
            self.stakeholder_box.setCurrentIndex(1)
        self.setWindowTitle(self.tr("Listening log entry No. {number}").format(
            number=id_text(stored.number)))  # fmt: skip

    # --- the stakeholder ---------------------------------------------------------------------
    def search_stakeholders(self) -> None:
        self._search_timer.stop()
        words = self.stakeholder_search.text().strip()
        if self._registry is None or not words:
            self._set_stakeholders([])
            return
        found = self._registry.list_stakeholders(TableQuery(search=words, language=current_language()), 0,
                                                 STAKEHOLDER_MATCHES)  # fmt: skip
        self._set_stakeholders([(_person_text(row), row.id, row.segment) for row in found])
        if found:
            self.stakeholder_box.setCurrentIndex(1)  # the best match, ready to keep with Tab

    def _set_stakeholders(self, people: list[tuple[str, uuid.UUID, Any]]) -> None:
        self.stakeholder_box.blockSignals(True)
        while self.stakeholder_box.count() > 1:
            self.stakeholder_box.removeItem(1)
        self._segments_of = {}
        for text, person_id, segment in people:
            self.stakeholder_box.addItem(text, item_data(person_id))
            self._segments_of[person_id] = segment
        self.stakeholder_box.setCurrentIndex(0)
        self.stakeholder_box.blockSignals(False)
        self._show_segment_hint()

    def _show_segment_hint(self) -> None:
        person = current_uuid(self.stakeholder_box)
        segment = self._segments_of.get(person) if person is not None else None
        text = (self.tr("(the stakeholder's segment: {segment})").format(segment=segment.in_language(current_language()))
                if segment is not None else self.tr("(the stakeholder's segment)"))  # fmt: skip
        self.segment_box.setItemText(0, text)

    # --- saving ------------------------------------------------------------------------------
    def draft(self) -> FeedbackDraft:
        day, clock = self.date_edit.date(), self.time_edit.time()
        moment = datetime.combine(day, time(clock.hour(), clock.minute()), tzinfo=THAI_TIME)
        return FeedbackDraft(
            received_at=moment, channel_id=current_uuid(self.channel_box), stage=LifecycleStage(self.stage_box.currentData()),
            type=FeedbackType(self.type_box.currentData()), text=self.text_edit.toPlainText(),
            sentiment=Sentiment(self.sentiment_box.currentData()), stakeholder_id=current_uuid(self.stakeholder_box),
            segment_id=current_uuid(self.segment_box), service_id=current_uuid(self.service_box),
            office_id=current_uuid(self.office_box), staff=self.staff_edit.text(),
            status=FeedbackStatus(self.status_box.currentData()), reference=self._reference,
        )  # fmt: skip

    def _save(self) -> uuid.UUID | None:
        try:
            if self._entry_id is None:
                recorded = self._entries.record(self.draft())
                entry_id = recorded.id
                self.show_message(self.tr("Saved as entry No. {number}.").format(
                    number=id_text(recorded.number)))  # fmt: skip
            else:
                self._version = self._entries.update(
                    self._entry_id, self.draft(), version=self._version
                )
                entry_id = self._entry_id
        except UserError as error:
            self.show_message(error_text(error), problem=True)
            return None
        self._defaults.channel = self.channel_box.currentData() or ""
        self._defaults.office = self.office_box.currentData() or ""
        self._defaults.staff = self.staff_edit.text().strip()
        if self.notice_line is not None:
            self.notice_line.record(current_uuid(self.stakeholder_box))
        self.saved_count += 1
        self.saved.emit(entry_id)
        return entry_id

    def _editing(self) -> bool:
        return self._entry_id is not None

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self._entry_id is None:
            self.setWindowTitle(self.tr("New listening log entry"))
        texts = [self.tr("When &heard:"), self.tr("&Channel:"), self.tr("S&tage:"), self.tr("T&ype:"),
                 self.tr("Ser&vice:"), self.tr("Senti&ment:"), self.tr("&What was said:"), self.tr("&From:"),
                 self.tr("Se&gment:"), self.tr("&Office:"), self.tr("St&aff:"), self.tr("Stat&us:")]  # fmt: skip
        buddies = [self.date_edit, self.channel_box, self.stage_box, self.type_box, self.service_box,
                   self.sentiment_box, self.text_edit, self.stakeholder_search, self.segment_box, self.office_box,
                   self.staff_edit, self.status_box]  # fmt: skip
        for label, text, buddy in zip(self._labels, texts, buddies, strict=True):
            label.setText(text)
            label.setBuddy(buddy)
        self.stakeholder_search.setPlaceholderText(
            self.tr("Type a name, phone or ID to find the stakeholder")
        )
        self.text_edit.setPlaceholderText(self.tr("The words heard, as said"))
        self._retranslate_buttons()
        self._fill_boxes()
        self._show_segment_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's virtual
        # Enter in the stakeholder search looks people up; it must not save the entry.
        if self.stakeholder_search.hasFocus() and is_enter(event) and not is_ctrl_enter(event):
            self.search_stakeholders()
            return
        super().keyPressEvent(event)


def _person_text(row: Any) -> str:
    return f"{row.name} ({row.organisation})" if getattr(row, "organisation", "") else row.name
