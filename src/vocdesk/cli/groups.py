"""A command with actions of its own (``vocdesk users add``, ``vocdesk settings set``): the
group's parser, and one sub-parser per action with the options every action that opens a
database takes (``--db``, the sign-in options, ``--passphrase-file``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from vocdesk.cli.encryption import add_passphrase_option
from vocdesk.cli.help_format import ThaiHelpFormatter
from vocdesk.cli.sign_in import add_sign_in_options
from vocdesk.domain.messages import QT_TRANSLATE_NOOP

ActionMaker = Callable[[str, str, Callable[..., int]], argparse.ArgumentParser]


def command_group(
    commands: Any, name: str, help_text: str, dest: str, tr: Callable[[str], str]
) -> ActionMaker:
    """Add the group ``name`` to ``commands``; returns ``action(name, help_text, run)``, which
    adds one of its actions (``help_text`` marked with QT_TRANSLATE_NOOP by the caller)."""
    group = commands.add_parser(
        name, help=tr(help_text), description=tr(help_text), formatter_class=ThaiHelpFormatter
    )
    actions = group.add_subparsers(dest=dest, metavar="ACTION", required=True)

    def action(name: str, help_text: str, run: Callable[..., int]) -> argparse.ArgumentParser:
        sub = actions.add_parser(
            name, help=tr(help_text), description=tr(help_text), formatter_class=ThaiHelpFormatter
        )
        sub.add_argument("--db", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
            "Cli", "the database file (default: the default database)"
        )))  # fmt: skip
        add_sign_in_options(sub, tr)
        add_passphrase_option(sub, tr)
        sub.set_defaults(run=run)
        return sub

    return action
