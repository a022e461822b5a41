"""The main window's status bar: where the open database is, what it holds, passing messages.

Its texts belong to the main window: they are translated in the context "MainWindow" (with
``QCoreApplication.translate``, since this class's own name would be another context).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from vocdesk.ui.models.display import number_text
from vocdesk.ui.window_services import WindowServices

STATUS_MESSAGE_MS = 10_000


class WindowStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location_label = QLabel(self)
        self.location_label.setObjectName("database_location")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("record_counts")
        self.addWidget(self.location_label, 1)
        self.addPermanentWidget(self.counts_label)

    def show_database(self, services: WindowServices, lang: str) -> None:
        """The database's location and its records counted, in ``lang``."""
        self.location_label.setText(
            QCoreApplication.translate("MainWindow", "Database: {location}").format(
                location=services.database.location
            )
        )
        counts = services.overview.record_counts()
        self.counts_label.setText(
            QCoreApplication.translate(
                "MainWindow",
                "Stakeholders: {stakeholders}  ·  Feedback: {feedback}  ·  Surveys: {surveys}"
                "  ·  Complaints: {complaints}",
            ).format(
                stakeholders=number_text(counts.stakeholders, lang),
                feedback=number_text(counts.feedback, lang),
                surveys=number_text(counts.surveys, lang),
                complaints=number_text(counts.complaints, lang),
            )
        )

    def say(self, text: str) -> None:
        """Show ``text`` for a while (after an export, a backup, an import, an upgrade)."""
        self.showMessage(text, STATUS_MESSAGE_MS)
