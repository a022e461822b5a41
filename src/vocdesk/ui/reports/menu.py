"""The window's Reports menu: one action per report, each opening its options dialog.

The menu builds no service: it reads the open database's ``WindowServices`` when an action is
chosen (the window may have opened another database since), and the window's language as the
report's default language.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from vocdesk import paths
from vocdesk.services.reports.request import ReportKind
from vocdesk.ui.i18n import LanguageManager
from vocdesk.ui.reports.kinds import ReportSources, report_name
from vocdesk.ui.reports.options_dialog import ReportOptionsDialog
from vocdesk.ui.reports.run import Opener, open_in_viewer
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.window_services import WindowServices


def documents_folder() -> Path:
    """Where a report is saved unless the user says otherwise: their Documents folder, or
    VocDesk's data folder when the system has none."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else paths.user_data_dir()


class ReportsMenu(QMenu):
    """``ReportsMenu(window, services=..., tasks=..., languages=...)``: the menu to add to the
    menu bar; ``open_options(kind)`` is what each action does."""

    def __init__(
        self,
        parent: QWidget,
        *,
        services: Callable[[], WindowServices],
        tasks: TaskRunner,
        languages: LanguageManager,
        selected_case: Callable[[], str] = lambda: "",
        opener: Opener = open_in_viewer,
        folder: Callable[[], Path] = documents_folder,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reports_menu")
        self._window = parent
        self._services = services
        self._tasks = tasks
        self._languages = languages
        self._selected_case = selected_case
        self._folder = folder
        self.opener = opener
        self.dialog: ReportOptionsDialog | None = None  # the last one opened
        self.report_actions: dict[ReportKind, QAction] = {}
        for kind in ReportKind:
            action = QAction(self)
            action.setObjectName(f"report_{kind.value}")
            action.triggered.connect(partial(self._triggered, kind))
            self.addAction(action)
            self.report_actions[kind] = action
        self.enable_for(services())
        self.retranslate()

    def enable_for(self, services: WindowServices) -> None:
        """Reports can be made from a database whose services include the reports'."""
        for action in self.report_actions.values():
            action.setEnabled(services.reports is not None)

    def _triggered(self, kind: ReportKind, _checked: bool = False) -> None:
        self.open_options(kind)

    def open_options(self, kind: ReportKind) -> ReportOptionsDialog | None:
        """The options dialog of ``kind``, opened (window-modal) and not yet run."""
        services = self._services()
        if services.reports is None:
            return None
        sources = ReportSources(
            reports=services.reports,
            overview=services.overview,
            surveys=services.surveys,
            registry=services.registry,
        )
        subject = self._selected_case() if kind is ReportKind.RECEIPT else ""
        dialog = ReportOptionsDialog(
            kind, sources, self._tasks, self._languages.translations_dir,
            language=self._languages.language, folder=self._folder(), subject=subject,
            opener=self.opener, parent=self._window,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Reports"))
        for kind, action in self.report_actions.items():
            action.setText(self.tr("{report}…").format(report=report_name(kind)))
