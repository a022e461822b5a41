"""The main window's entries for the offices' exchange: File › Send…, File › Receive… and File ›
Conflicts between offices… (with the open count), the office in the status bar, and the
first-start question for the office. The main window builds one ``ExchangeActions`` and calls
it when it translates, applies permissions and shows its status; everything else is here.

Its texts are the main window's menu entries: translated in the context "MainWindow".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QStatusBar, QWidget

from vocdesk.domain.accounts import Permission
from vocdesk.domain.messages import UserError
from vocdesk.services.authorization import may
from vocdesk.services.database import Database
from vocdesk.services.exchange.office import InstallationOffice
from vocdesk.services.exchange.service import ExchangeService
from vocdesk.ui.exchange.conflicts_dialog import ConflictsDialog
from vocdesk.ui.exchange.office_dialog import OfficeDialog, ask_office
from vocdesk.ui.exchange.receive_dialog import ReceiveDialog
from vocdesk.ui.exchange.send_dialog import SendDialog
from vocdesk.ui.tasks import TaskRunner


class ExchangeActions(QObject):
    """``ExchangeActions(window, tasks, database)``: ``database()`` gives the open database."""

    def __init__(
        self, window: QWidget, tasks: TaskRunner, database: Callable[[], Database]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._database = database
        self.send_action = self._action("send_bundle", self.show_send)
        self.receive_action = self._action("receive_bundle", self.show_receive)
        self.conflicts_action = self._action("office_conflicts", self.show_conflicts)
        self.office_label = QLabel(window)
        self.office_label.setObjectName("office")
        self.office_label.hide()
        self.open_conflicts = 0
        self.office_question: OfficeDialog | None = None  # the first-start question (tests)

    def _action(self, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- what the window calls -----------------------------------------------------------
    def add_to(self, menu: QMenu, status_bar: QStatusBar) -> None:
        """The three entries at the end of ``menu``'s part they are added to; the office in
        the status bar."""
        menu.addActions([self.send_action, self.receive_action, self.conflicts_action])
        status_bar.addPermanentWidget(self.office_label)

    def apply_permissions(self) -> None:
        database = self._database()
        self.send_action.setVisible(may(database, Permission.EXPORT))
        self.receive_action.setVisible(may(database, Permission.IMPORT))
        self.conflicts_action.setVisible(may(database, Permission.READ))

    def show_status(self) -> None:
        """The office in the status bar and the count of conflicts in the menu, read again."""
        database = self._database()
        try:
            office = InstallationOffice(database)
            code, name = office.code(), office.name()
            self.open_conflicts = ExchangeService(database).open_conflict_count()
        except UserError:  # nobody signed in (the window is closing for a sign-out)
            self.office_label.hide()
            return
        # Shown once the office has its code (an administrator without one was asked at sign-in
        # and finds it in File › Settings…): the status bar stays as wide as the window.
        if code:
            self.office_label.setText(
                QCoreApplication.translate("MainWindow", "Office: {code}").format(code=code)
            )
            self.office_label.setToolTip(name)
            self.office_label.show()
        else:
            self.office_label.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.send_action.setText(
            QCoreApplication.translate("MainWindow", "Sen&d to another office…")
        )
        self.receive_action.setText(
            QCoreApplication.translate("MainWindow", "Recei&ve from another office…")
        )
        self.conflicts_action.setText(
            QCoreApplication.translate("MainWindow", "Conflicts between offices ({count})…").format(
                count=self.open_conflicts
            )
        )

    def office(self) -> InstallationOffice:
        """The open database's office (File › Settings… shows and changes it)."""
        return InstallationOffice(self._database())

    def after_sign_in(self) -> OfficeDialog | None:
        """Ask an administrator for the office once, when it has no code yet."""
        self.office_question = ask_office(self._database(), self._window)
        if self.office_question is not None:
            self.office_question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.office_question.accepted.connect(self.show_status)
            self.office_question.destroyed.connect(self._question_gone)
        return self.office_question

    def _question_gone(self) -> None:
        self.office_question = None

    # --- the dialogs ---------------------------------------------------------------------
    def show_send(self) -> SendDialog:
        database = self._database()
        dialog = SendDialog(
            ExchangeService(database), InstallationOffice(database).code(), self._tasks,
            self._window,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_receive(self) -> ReceiveDialog:
        dialog = ReceiveDialog(ExchangeService(self._database()), self._tasks, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.received.connect(lambda _summary: self._after_receive())
        dialog.review_conflicts.connect(self.show_conflicts)
        dialog.open()
        return dialog

    def _after_receive(self) -> None:
        refresh = getattr(self._window, "refresh", None)  # the tabs show what came in
        if callable(refresh):
            refresh()
        else:
            self.show_status()

    def show_conflicts(self) -> ConflictsDialog:
        database = self._database()
        dialog = ConflictsDialog(
            ExchangeService(database), InstallationOffice(database).code(), self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settled.connect(self._after_receive)
        dialog.open()
        return dialog
