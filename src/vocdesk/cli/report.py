"""``vocdesk report KIND --db PATH --out FILE.pdf --lang th|en [--fiscal-year YEAR] [--period
h1|h2|full|YYYY-MM] [--id ID]``: a PDF report, as the window's Reports menu makes it."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli.common import EXIT_OK
from vocdesk.cli.messages import Messages
from vocdesk.cli.progress import progress_printer
from vocdesk.cli.sign_in import signed_in_database
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.paths import translations_dir


def run_report(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.reports.catalogue import ReportService
    from vocdesk.services.reports.request import ReportKind, ReportRequest
    from vocdesk.ui.i18n import translator_for

    lang = args.report_lang or messages.language
    request = ReportRequest(
        kind=ReportKind(args.kind),
        lang=lang,
        fiscal_year=args.fiscal_year,
        period=args.period,
        subject=args.id or "",
        reveal_personal=args.show_personal,
    )
    out = Path(args.out).expanduser()
    with signed_in_database(args, messages) as db:
        size = ReportService(db).write(
            request, translator_for(translations_dir(), lang), out, progress_printer() or _quiet
        )
    print(messages.tr(
        QT_TRANSLATE_NOOP("Cli", "Report written to {path} ({size} KB)."),
        path=str(out), size=f"{max(1, size // 1024):,}",
    ))  # fmt: skip
    return EXIT_OK


def _quiet(done: int, total: int) -> None:
    pass
