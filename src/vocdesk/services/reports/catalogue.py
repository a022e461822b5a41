"""Making any report: the one entry point the command line and the window call.

Each report is a module of this package named after its kind (``pmqa``, ``complaints``,
``survey``, ``stakeholder``, ``receipt``, ``questionnaire``) with a ``build(db, context,
progress) -> bytes``; the module is imported only when its report is asked for, so opening the
window does not load every report's code.

Building a report needs the permission REPORTS, and showing names and national IDs unmasked
(``reveal_personal``) also PERSONAL_DATA; each report built is put on the audit trail (PRINT:
kind, period, language, whether unmasked; ``services.audit_exports``).
"""

from __future__ import annotations

import importlib
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import THAI_TIME
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.reports.kit import Translate
from vocdesk.services.audit_exports import record_print
from vocdesk.services.authorization import require, requires
from vocdesk.services.database import Database
from vocdesk.services.reports.context import Progress, ReportContext, no_progress
from vocdesk.services.reports.request import SUBJECT_REPORTS, ReportKind, ReportRequest

ReportBuilder = Callable[[Database, ReportContext, Progress], bytes]


class ReportService:
    def __init__(
        self, db: Database, now: Callable[[], datetime] = lambda: datetime.now(THAI_TIME)
    ) -> None:
        self._db = db
        self._now = now

    @requires(Permission.REPORTS)
    def build(
        self, request: ReportRequest, translate: Translate, progress: Progress = no_progress
    ) -> bytes:
        """The PDF of ``request``; a ``UserError`` names what is wrong with the request (an
        unknown period, a subject that does not exist)."""
        if request.kind in SUBJECT_REPORTS and not request.subject.strip():
            raise user_error(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "The {kind} report needs --id: say which one."),
                kind=request.kind.value,
            )
        if request.reveal_personal:  # unmasked names and national IDs
            require(self._db, Permission.PERSONAL_DATA)
        context = ReportContext.open(self._db, request, translate, self._now)
        pdf = builder(request.kind)(self._db, context, progress)
        record_print(
            self._db, request.kind.value, f"{context.fiscal_year}/{request.period}", request.lang,
            request.reveal_personal, subject=bool(request.subject.strip()),
        )  # fmt: skip
        return pdf

    @requires(Permission.REPORTS)
    def write(
        self,
        request: ReportRequest,
        translate: Translate,
        path: Path,
        progress: Progress = no_progress,
    ) -> int:
        """Build the report and write it to ``path`` whole (``write_pdf``); returns its size in
        bytes."""
        pdf = self.build(request, translate, progress)
        write_pdf(path, pdf)
        return len(pdf)


def write_pdf(path: Path, pdf: bytes) -> None:
    """``pdf`` written to ``path`` through a temporary file beside it, flushed to disk, then
    renamed: ``path`` holds either its old contents or the whole new PDF, never half of one."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".partial", dir=path.parent
        )
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(pdf)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise user_error(
            "Reports",
            QT_TRANSLATE_NOOP("Reports", "The file {path} could not be written: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def builder(kind: ReportKind) -> ReportBuilder:
    module = importlib.import_module(f"vocdesk.services.reports.{kind.value}")
    built: ReportBuilder = module.build
    return built
