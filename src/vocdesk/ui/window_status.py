"""The main window's status bar: where the open database is, what it holds, passing messages.

Its texts belong to the main window: they are translated in the context "MainWindow" (with
``QCoreApplication.translate``, since this class's own name would be another context).

Beside the record counts it shows the reminders due (today and overdue) when the window's
services have a ``reminders`` (``RemindersService``): one count on an index, a millisecond or two
even with many reminders; the reminders page calls ``show_reminders_due`` after each change.

Given the window's ``TaskRunner``, the record counts are read on a worker thread: at a million
feedback entries they take about 100 ms, too long for the GUI thread. Meanwhile the last counts
stay shown (in the new language after a switch); a result older than the newest request is
dropped. ``counts_changed`` tells the window when the records counted changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from vocdesk.services.overview.figures import RecordCounts
from vocdesk.services.reminder_counts import ReminderCounts
from vocdesk.ui.models.display import number_text
from vocdesk.ui.tasks import Progress, TaskRunner
from vocdesk.ui.window_services import WindowServices

STATUS_MESSAGE_MS = 10_000


class WindowStatusBar(QStatusBar):
    counts_changed = Signal()  # the records counted changed since the counts shown before

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generation = 0  # every count request gets a number; only the newest is shown
        self.location_label = QLabel(self)
        self.location_label.setObjectName("database_location")
        # A long path must not widen the window: the label gives way and its tooltip has it whole.
        self.location_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("record_counts")
        self.reminders_label = QLabel(self)
        self.reminders_label.setObjectName("reminders_due")
        self.reminders_label.hide()
        self.user_label = QLabel(self)
        self.user_label.setObjectName("signed_in_as")
        self._reminders: ReminderCounts | None = None
        self.counts: RecordCounts | None = None  # as last shown
        self._lang = "en"
        self.addWidget(self.location_label, 1)
        self.addPermanentWidget(self.counts_label)
        self.addPermanentWidget(self.reminders_label)
        self.addPermanentWidget(self.user_label)

    def show_user(self, text: str) -> None:
        """Who works in the window ("Signed in as …"), always in sight."""
        self.user_label.setText(text)
        self.user_label.setVisible(bool(text))

    def show_database(
        self, services: WindowServices, lang: str, tasks: TaskRunner | None = None
    ) -> None:
        """The database's location and its records counted, in ``lang``; with ``tasks`` the
        counting runs on a worker thread and the counts shown so far stay meanwhile."""
        location = QCoreApplication.translate("MainWindow", "Database: {location}").format(
            location=services.database.location
        )
        if location != self.location_label.text() and self.counts is not None:
            self.counts = None  # another database: its own counts, not the last one's
            self.counts_label.clear()
        self.location_label.setText(location)
        self.location_label.setToolTip(location)
        self._lang = lang
        self._generation += 1
        generation = self._generation
        overview = services.overview
        reminders = getattr(services, "reminders", None)  # a RemindersService, once wired

        def due() -> ReminderCounts | None:
            return reminders.due_counts() if reminders is not None else None

        if tasks is None:
            self._show_counts(generation, overview.record_counts())
            self.show_reminders_due(due())
            return
        if self.counts is not None:
            self._show_counts(generation, self.counts, recounted=False)  # in ``lang`` now
        if self._reminders is not None:
            self.show_reminders_due(self._reminders)  # in ``lang`` now

        # Both counted on a worker: each reads a whole table at agency scale (the reminders due
        # took ~0.3 s at 200,000 stakeholders, on the GUI thread at start-up).
        def count(_progress: Progress) -> tuple[RecordCounts, ReminderCounts | None]:
            return overview.record_counts(), due()

        tasks.run(
            count,
            on_done=lambda counted: self._show_all(generation, *counted),
            receiver=self,
        )

    def _show_all(
        self, generation: int, counts: RecordCounts, reminders: ReminderCounts | None
    ) -> None:
        if generation == self._generation:
            self.show_reminders_due(reminders)
        self._show_counts(generation, counts)

    def _show_counts(self, generation: int, counts: RecordCounts, recounted: bool = True) -> None:
        if generation != self._generation:
            return  # a newer count was asked for (another database, a later change)
        before, self.counts = self.counts, counts
        self.counts_label.setText(
            QCoreApplication.translate(
                "MainWindow",
                "Stakeholders: {stakeholders}  ·  Feedback: {feedback}  ·  Surveys: {surveys}"
                "  ·  Complaints: {complaints}",
            ).format(
                stakeholders=number_text(counts.stakeholders, self._lang),
                feedback=number_text(counts.feedback, self._lang),
                surveys=number_text(counts.surveys, self._lang),
                complaints=number_text(counts.complaints, self._lang),
            )
        )
        if recounted and before is not None and counts != before:
            self.counts_changed.emit()

    def show_reminders_due(self, counts: ReminderCounts | None) -> None:
        """ "Reminders due: N" (due today and overdue); hidden when there is no count."""
        self._reminders = counts
        if counts is None:
            self.reminders_label.hide()
            return
        self.reminders_label.setText(
            QCoreApplication.translate("MainWindow", "Reminders due: {count}").format(
                count=number_text(counts.due, self._lang)
            )
        )
        self.reminders_label.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Due today: {today}, overdue: {overdue}"
            ).format(
                today=number_text(counts.due_today, self._lang),
                overdue=number_text(counts.overdue, self._lang),
            )
        )
        self.reminders_label.show()

    def say(self, text: str) -> None:
        """Show ``text`` for a while (after an export, a backup, an import, an upgrade)."""
        self.showMessage(text, STATUS_MESSAGE_MS)
