"""The window and its pictures: ``vocdesk`` (or ``vocdesk gui``) and ``vocdesk screenshot``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from vocdesk.cli.common import EXIT_OK, LANGUAGES, database_arg
from vocdesk.cli.messages import Messages, env_language
from vocdesk.cli.sign_in import token_file_of
from vocdesk.domain.messages import QT_TRANSLATE_NOOP

TABS = ("overview", "stakeholders", "listening", "surveys", "complaints", "timeline")


def run_gui(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.app import run_gui

    explicit = args.lang or env_language()  # None: the language the window was left in
    database = args.db or args.top_db
    return run_gui(
        str(database_arg(args)) if database else None,  # a server's URL kept whole
        language=explicit,
        token_file=token_file_of(args),
    )


def run_screenshot(args: argparse.Namespace, messages: Messages) -> int:
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from vocdesk.app import render_screenshot

    tabs = TABS if args.tab == "all" else (args.tab,)
    languages = LANGUAGES if args.shot_lang == "all" else (args.shot_lang or messages.language,)
    out = Path(args.out).expanduser()
    several = len(tabs) * len(languages) > 1
    database = str(database_arg(args))
    token_file = token_file_of(args)
    from vocdesk.ui.qt_messages import qt_messages_to_log

    with qt_messages_to_log():
        written = [
            render_screenshot(
                database,
                tab,
                lang,
                out / f"{tab}-{lang}.png" if several else out,
                survey=args.survey,
                page=args.page,
                token_file=token_file,
            )  # fmt: skip
            for tab in tabs
            for lang in languages
        ]
    # Printed only now: our translator must not be installed while the pictures are drawn.
    for path in written:
        print(messages.tr(QT_TRANSLATE_NOOP("Cli", "Screenshot written: {path}"), path=str(path)))
    return EXIT_OK
