"""``vocdesk export survey-results CODE FILE``: a survey's results, one row per item, dimension
and overall, for all respondents and then per segment (docs/survey-analysis.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from vocdesk.cli.common import EXIT_OK
from vocdesk.cli.messages import Messages
from vocdesk.cli.sign_in import signed_in_database
from vocdesk.domain.messages import QT_TRANSLATE_NOOP


def run_export_results(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.surveys.analysis_export import export_results

    target = Path(args.file).expanduser().resolve()
    with signed_in_database(args, messages) as db:
        count = export_results(db, args.code, target)
    print(messages.tr(
        QT_TRANSLATE_NOOP("Cli", "Survey {code}: %Ln result row(s) exported to {path}", None, count),
        count, code=args.code, path=str(target),
    ))  # fmt: skip
    return EXIT_OK
