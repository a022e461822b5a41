"""Making one report off the GUI thread and writing its PDF whole, or not at all.

``make_report`` runs on a TaskRunner thread: it touches no widget, builds the PDF through the
``ReportService`` and writes it beside its target under a temporary name, then renames it, so a
failure (or a cancel) never leaves half a file where the user expects the report.
``start_report`` hands it to the TaskRunner with a progress dialog; the caller's callbacks run
on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from vocdesk.reports.kit import Translate
from vocdesk.services.reports.catalogue import ReportService, write_pdf
from vocdesk.services.reports.request import ReportRequest
from vocdesk.ui.i18n import translator_for
from vocdesk.ui.tasks import Progress, Task, TaskRunner

Opener = Callable[[Path], None]
"""Shows a written PDF to the user (the system viewer; tests pass their own)."""


def open_in_viewer(path: Path) -> None:
    """The system's PDF viewer on ``path``."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def make_report(
    service: ReportService,
    request: ReportRequest,
    translate: Translate,
    path: Path,
    progress: Progress,
) -> Path:
    """Build ``request``'s PDF and write it to ``path`` (on a worker thread)."""

    def report(done: int, total: int) -> None:
        progress.raise_if_cancelled()
        progress.report(done, total)

    data = service.build(request, translate, report)
    progress.raise_if_cancelled()
    write_pdf(path, data)
    return path


def start_report(
    tasks: TaskRunner,
    service: ReportService,
    translations_dir: Path,
    request: ReportRequest,
    path: Path,
    *,
    on_done: Callable[[Path], None],
    on_error: Callable[[BaseException], None],
    on_cancelled: Callable[[], None],
    parent_widget: QWidget,
    receiver: QObject,
) -> Task[Path]:
    """Make ``request``'s PDF at ``path`` in the background, with a progress dialog over
    ``parent_widget``; the report speaks ``request.lang`` whatever the window's language."""
    translate = translator_for(translations_dir, request.lang)  # loaded here, on the GUI thread
    return tasks.run(
        lambda progress: make_report(service, request, translate, path, progress),
        on_done=on_done,
        on_error=on_error,
        on_cancelled=on_cancelled,
        title=QCoreApplication.translate("ReportOptionsDialog", "Making the report…"),
        parent_widget=parent_widget,
        receiver=receiver,
    )
