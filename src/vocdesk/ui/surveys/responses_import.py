"""Importing a chosen survey's responses in the window: the import wizard every area uses
(preview, columns, every problem by row and column, all or nothing), driving the survey's own
``ResponsesImporter`` (its columns are the survey's questions)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QWidget

from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.surveys.responses_import import ResponsesImporter
from vocdesk.ui.errors import show_error
from vocdesk.ui.tasks import TaskRunner
from vocdesk.ui.transfer.import_wizard import ImportWizard

__all__ = ["open_responses_import", "responses_import_wizard"]


def responses_import_wizard(
    parent: QWidget | None, database: Database, tasks: TaskRunner, survey_id: uuid.UUID,
    path: Path | None = None,
) -> ImportWizard:  # fmt: skip
    """The wizard for ``survey_id``'s responses, not yet shown; ``UserError`` if the survey has
    gone. Its ``imported`` signal carries the ``ImportSummary`` once rows are written."""
    importer = ResponsesImporter(database, survey_id)
    wizard = ImportWizard("responses", database, tasks, parent, path, importer=importer)
    code = importer.layout.code
    wizard.setWindowTitle(f"{wizard.windowTitle()} — {code}")
    return wizard


def open_responses_import(
    parent: QWidget | None, database: Database, tasks: TaskRunner, survey_id: uuid.UUID
) -> ImportWizard | None:
    """Open (window-modal, not blocking) the wizard for ``survey_id``'s responses and return it,
    so the caller can connect ``imported`` to reload its pages; None, with the message shown,
    if it cannot open. The wizard deletes itself once closed."""
    try:
        wizard = responses_import_wizard(parent, database, tasks, survey_id)
    except UserError as error:
        show_error(parent, error)
        return None
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard
