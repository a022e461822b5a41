"""Runs the ``vocdesk`` command asked for, and is the last line of defence: every failure
becomes a translated message and an exit code, never a traceback."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from vocdesk.cli.common import (
    EXIT_OK,
    EXIT_UNEXPECTED,
    EXIT_USER_ERROR,
    LANGUAGES,
    print_error,
)
from vocdesk.cli.messages import Messages
from vocdesk.cli.parser import build_parser
from vocdesk.cli.sign_in import print_notices
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from vocdesk.domain.os_errors import file_problem
from vocdesk.paths import make_private_dir, make_private_file, user_data_dir

HEADLESS = (
    "demo", "check", "backup", "import", "export", "settings", "report", "users", "database",
    "bundle",
)  # fmt: skip
FILE_PROBLEM = QT_TRANSLATE_NOOP(
    "Cli", "The file {path} could not be used: {reason}. The system's own words are in {log}."
)
LOG_FILE_NAME = "vocdesk.log"  # the window's log file too (app.run_gui): one place to look


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``vocdesk`` command; returns the exit code (0 ok, 1 unhealthy database, 2 the
    user's error, 3 an unexpected one)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    language, command = _early_options(argv)
    messages = Messages(language)
    try:
        if command in HEADLESS or {"-h", "--help"} & set(argv):
            messages.install()  # so that the help and every message come out translated
        args = build_parser(messages if messages.installed else None).parse_args(argv)
        code: int = args.run(args, messages)
        if code == EXIT_OK:
            print_notices()  # "this database has no administrator yet", after the output
        return code
    except SystemExit as done:  # argparse's --help, --version and argument errors
        return done.code if isinstance(done.code, int) else EXIT_USER_ERROR
    except UserError as error:
        print_error(messages.error(error))
        return EXIT_USER_ERROR
    except BrokenPipeError:  # the reader stopped early (vocdesk demo | head): not a failure
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print_error(messages.tr(QT_TRANSLATE_NOOP("Cli", "Interrupted.")))
        return EXIT_USER_ERROR
    except Exception as error:  # noqa: BLE001 - the last line of defence: log it, say where
        log_path = _log_unexpected(error)
        problem = file_problem(error)  # a missing file, no permission: in the user's language
        if problem is not None:
            where = getattr(error, "filename", None)
            print_error(messages.error(UserError(Message("Cli", FILE_PROBLEM, {
                "path": str(where) if where is not None else "?", "reason": problem,
                "log": str(log_path),
            }))))  # fmt: skip
            return EXIT_USER_ERROR
        summary = " ".join(f"{type(error).__name__}: {error}".split())[:300]
        print_error(messages.tr(
            QT_TRANSLATE_NOOP("Cli", "Unexpected error ({summary}). The details are in {log}."),
            summary=summary, log=str(log_path),
        ))  # fmt: skip
        return EXIT_UNEXPECTED


# Options that take a value, so that the value is not taken for the command's name.
_VALUE_OPTIONS = {
    "--lang",
    "--db",
    "--scale",
    "--seed",
    "--today",
    "--out",
    "--tab",
    "--map",
    "--search",
    "--fiscal-year",
    "--period",
    "--id",
    "--user",
    "--token-file",
    "--role",
    "--name",
    "--label",
    "--passphrase-file",
    "--new-passphrase-file",
}


def _early_options(argv: list[str]) -> tuple[str | None, str | None]:
    """(--lang, the command's name), read before the real parser exists, since its help is
    translated; anything odd is left for the real parser to report."""
    language = command = None
    tokens = iter(argv)
    for token in tokens:
        option, has_value, value = token.partition("=")
        if option in _VALUE_OPTIONS and not has_value:
            value = next(tokens, "")
        if option == "--lang" and value in LANGUAGES and language is None:
            language = value
        elif not token.startswith("-") and command is None:
            command = token
    return language, command


def _tolerant_output() -> None:
    """Never fail on printing Thai to a console or pipe whose encoding lacks it."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _silence_stdout() -> None:
    """Send what is still buffered to nowhere, so that exiting raises no second broken pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass


def _log_unexpected(error: BaseException) -> Path:
    """Write the traceback to the log file (or, if its folder is not writable, a temporary one)."""
    for folder in (user_data_dir() / "logs", Path(tempfile.gettempdir())):
        path = folder / LOG_FILE_NAME
        try:
            make_private_dir(folder)  # owner-only: a traceback may name files and records
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            continue
        make_private_file(path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger = logging.getLogger("vocdesk.cli")
        logger.addHandler(handler)
        try:
            logger.error("Unexpected error in: vocdesk %s", " ".join(sys.argv[1:]), exc_info=error)
        finally:
            logger.removeHandler(handler)
            handler.close()
        return path
    return Path(tempfile.gettempdir()) / LOG_FILE_NAME
