"""The command line: the window by default, and headless commands for IT staff and scripts.

``vocdesk`` opens the window; ``demo``, ``check``, ``backup``, ``import``, ``export`` and
``screenshot`` work without a screen. ``import KIND FILE`` and ``export KIND FILE`` drive any kind
registered in ``services.transfer`` (docs/import-export.md). Messages are translated with Qt's translation system in the language of ``--lang``
(else ``VOCDESK_LANG``, else the system's). A ``UserError`` prints its message and exits 2; any
other failure prints one line saying where the log is and exits 3. No traceback is printed.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import vocdesk
from vocdesk.domain.clock import thai_today
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, user_error
from vocdesk.paths import default_database_path, translations_dir, user_data_dir

LANGUAGES = ("th", "en")
TABS = ("overview", "stakeholders", "listening", "surveys", "complaints", "timeline")
HEADLESS = ("demo", "check", "backup", "import", "export")
PROGRESS_LINE_SECONDS = 3.0  # a progress line on a terminal at most this often
LOG_FILE_NAME = "vocdesk.log"  # the window's log file too (app.run_gui): one place to look
EXIT_OK, EXIT_UNHEALTHY, EXIT_USER_ERROR, EXIT_UNEXPECTED = 0, 1, 2, 3

# Labels of the rows a demo run reports, by table.
TABLE_LABELS = {
    "stakeholder": QT_TRANSLATE_NOOP("Cli", "stakeholders"),
    "feedback_entry": QT_TRANSLATE_NOOP("Cli", "listening entries"),
    "survey": QT_TRANSLATE_NOOP("Cli", "survey rounds"),
    "survey_question": QT_TRANSLATE_NOOP("Cli", "survey questions"),
    "survey_response": QT_TRANSLATE_NOOP("Cli", "survey responses"),
    "survey_answer": QT_TRANSLATE_NOOP("Cli", "survey answers"),
    "complaint": QT_TRANSLATE_NOOP("Cli", "complaints"),
    "complaint_status_change": QT_TRANSLATE_NOOP("Cli", "complaint status changes"),
    "activity": QT_TRANSLATE_NOOP("Cli", "timeline activities"),
    "audit_entry": QT_TRANSLATE_NOOP("Cli", "audit entries"),
    "service": QT_TRANSLATE_NOOP("Cli", "services"),
    "segment_service": QT_TRANSLATE_NOOP("Cli", "segment-service links"),
    "office": QT_TRANSLATE_NOOP("Cli", "offices"),
    "holiday": QT_TRANSLATE_NOOP("Cli", "public holidays"),
}


class Messages:
    """Translates the command line's texts once a Qt application exists to hold the translator.

    Headless commands get a ``QCoreApplication`` (no display needed) at the start. The window
    and the screenshots build their own ``QApplication``, which must be the first application,
    so for them the translator is only installed when something is printed afterwards.
    """

    def __init__(self, language: str | None) -> None:
        self._language = language  # None: VOCDESK_LANG, else the system's language
        self._app: Any = None
        self._languages: Any = None
        self._broken = False  # Qt could not be loaded: speak English rather than fail

    @property
    def language(self) -> str:
        if self._language is None:
            self._language = _env_language() or _system_language()
        return self._language

    @property
    def installed(self) -> bool:
        return self._languages is not None

    def install(self) -> None:
        if self._languages is not None or self._broken:
            return
        try:
            from vocdesk.ui.i18n import install_headless_translation

            self._app, self._languages = install_headless_translation(
                translations_dir(), self.language, sys.argv[0] or "vocdesk"
            )
        except Exception:  # noqa: BLE001 - messages must still come out, in English
            logging.getLogger(__name__).exception("the translator could not be installed")
            self._broken = True

    def tr(self, text: str, **params: Any) -> str:
        """``text`` translated in context "Cli", then its ``{placeholders}`` filled in."""
        self.install()
        translated = text
        if self.installed:
            from vocdesk.ui.i18n import translate

            translated = translate("Cli", text)
        try:
            return translated.format(**params) if params else translated
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return text.format(**params)

    def error(self, error: UserError) -> str:
        self.install()
        if not self.installed:
            return error.message.english()
        from vocdesk.ui.i18n import translate_message

        return translate_message(error.message)


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
        return args.run(args, messages)
    except SystemExit as done:  # argparse's --help, --version and argument errors
        return done.code if isinstance(done.code, int) else EXIT_USER_ERROR
    except UserError as error:
        _print_error(messages.error(error))
        return EXIT_USER_ERROR
    except BrokenPipeError:  # the reader stopped early (vocdesk demo | head): not a failure
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        _print_error(messages.tr(QT_TRANSLATE_NOOP("Cli", "Interrupted.")))
        return EXIT_USER_ERROR
    except Exception as error:  # noqa: BLE001 - the last line of defence: log it, say where
        log_path = _log_unexpected(error)
        summary = " ".join(f"{type(error).__name__}: {error}".split())[:300]
        _print_error(messages.tr(
            QT_TRANSLATE_NOOP("Cli", "Unexpected error ({summary}). The details are in {log}."),
            summary=summary, log=str(log_path),
        ))  # fmt: skip
        return EXIT_UNEXPECTED


def build_parser(messages: Messages | None = None) -> argparse.ArgumentParser:
    """The argument parser; its help is translated when ``messages`` is given."""

    from vocdesk.services.transfer import EXPORTERS, IMPORTERS

    def tr(text: str) -> str:
        return messages.tr(text) if messages is not None else text

    def positive_int(text: str) -> int:
        value = int(text) if text.strip().isdigit() else 0
        if value < 1:
            raise argparse.ArgumentTypeError(tr(QT_TRANSLATE_NOOP(
                "Cli", "must be a whole number of 1 or more, not {value}"
            )).format(value=repr(text)))  # fmt: skip
        return value

    def iso_date(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(tr(QT_TRANSLATE_NOOP(
                "Cli", "not a date written YYYY-MM-DD (Common Era): {value}"
            )).format(value=text)) from None  # fmt: skip

    parser = argparse.ArgumentParser(
        prog="vocdesk",
        description=tr(QT_TRANSLATE_NOOP(
            "Cli", "VocDesk: the voice of the customer for Thai government agencies (PMQA category 3)."
        )),  # fmt: skip
    )
    parser.add_argument("--version", action="version", version=f"vocdesk {vocdesk.__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "language of the window and of messages (default: VOCDESK_LANG, else the system's)"
    )))  # fmt: skip
    parser.add_argument("--db", dest="top_db", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the database file to open (default: the last one used, else the default one)"
    )))  # fmt: skip
    parser.set_defaults(run=_run_gui, db=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, run: Callable[..., int]) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=tr(help_text), description=tr(help_text))
        sub.add_argument("--db", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
            "Cli", "the database file (default: the default database)"
        )))  # fmt: skip
        sub.set_defaults(run=run)
        return sub

    command("gui", QT_TRANSLATE_NOOP("Cli", "open the window (the default)"), _run_gui)
    demo = command("demo", QT_TRANSLATE_NOOP(
        "Cli", "create a database filled with realistic demonstration data"
    ), _run_demo)  # fmt: skip
    demo.add_argument("--scale", type=positive_int, default=1, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "how much data: 1 = about 1,000 stakeholders and 5,000 listening entries"
    )))  # fmt: skip
    demo.add_argument("--seed", type=int, default=2569, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the same seed always gives the same data"
    )))  # fmt: skip
    demo.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the data's today: its history ends the day before (default: the real date; give a date to repeat a run exactly)"
    )))  # fmt: skip
    command("check", QT_TRANSLATE_NOOP(
        "Cli", "check a database's integrity and schema version without changing it"
    ), _run_check)  # fmt: skip
    backup = command("backup", QT_TRANSLATE_NOOP(
        "Cli", "write a consistent copy of a database (safe while VocDesk is open)"
    ), _run_backup)  # fmt: skip
    backup.add_argument("target", nargs="?", metavar="TARGET", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the copy to write (or give it with --out)"
    )))  # fmt: skip
    backup.add_argument("--out", metavar="FILE", help=tr(QT_TRANSLATE_NOOP("Cli", "the copy to write")))
    importing = command("import", QT_TRANSLATE_NOOP(
        "Cli", "load a file (CSV or Excel) into a database: all of it, or nothing if it has any problem"
    ), _run_import)  # fmt: skip
    importing.add_argument("kind", metavar="KIND", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "what the file holds: {kinds}"
    )).format(kinds=", ".join(IMPORTERS)))  # fmt: skip
    importing.add_argument("file", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the CSV (UTF-8 or Thai Windows) or XLSX file"
    )))  # fmt: skip
    importing.add_argument("--map", action="append", default=[], metavar="COLUMN:TEXT=VALUE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "read TEXT in COLUMN as VALUE, for a file's own words (e.g. status:ปิดเรื่อง=closed); may be repeated"
    )))  # fmt: skip
    exporting = command("export", QT_TRANSLATE_NOOP(
        "Cli", "write the records of an area to a CSV (UTF-8 with BOM) or Excel file that imports again unchanged"
    ), _run_export)  # fmt: skip
    exporting.add_argument("kind", metavar="KIND", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "what to export: {kinds}"
    )).format(kinds=", ".join(EXPORTERS)))  # fmt: skip
    exporting.add_argument("file", metavar="FILE", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the file to write: .xlsx for Excel, otherwise CSV"
    )))  # fmt: skip
    exporting.add_argument("--search", default="", metavar="WORDS", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "only the records these words find, as the tab's search finds them"
    )))  # fmt: skip
    shot = command("screenshot", QT_TRANSLATE_NOOP(
        "Cli", "save a PNG picture of a tab of the window (no screen needed)"
    ), _run_screenshot)  # fmt: skip
    shot.add_argument("--tab", choices=(*TABS, "all"), default="all", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the tab to show, or all of them"
    )))  # fmt: skip
    shot.add_argument("--lang", dest="shot_lang", choices=(*LANGUAGES, "all"), help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the language of the window in the picture, or both (default: --lang)"
    )))  # fmt: skip
    shot.add_argument("--out", metavar="PATH", required=True, help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the PNG file; a folder when several pictures are made ({tab}-{lang}.png in it)"
    )))  # fmt: skip
    return parser


# -- the commands --------------------------------------------------------------------------


def _database_arg(args: argparse.Namespace) -> Path:
    return Path(args.db or args.top_db or default_database_path()).expanduser()


def _run_gui(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.app import run_gui

    explicit = args.lang or _env_language()  # None: the language the window was left in
    database = args.db or args.top_db
    return run_gui(str(Path(database).expanduser()) if database else None, language=explicit)


def _run_demo(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.database import open_database
    from vocdesk.services.demo import generate_demo

    path = Path(args.db or args.top_db or user_data_dir() / "demo.sqlite").expanduser()
    started = time.perf_counter()
    db, _ = open_database(path)
    try:
        summary = generate_demo(
            db, scale=args.scale, seed=args.seed, progress=_progress_printer(),
            today=args.today or thai_today(),  # recent data, so queues and overdue look real
        )  # fmt: skip
    finally:
        db.dispose()
    seconds = f"{time.perf_counter() - started:.1f}"
    print(messages.tr(
        QT_TRANSLATE_NOOP("Cli", "Demo data written to {path} in {seconds} s (scale {scale}, seed {seed}):"),
        path=str(path), seconds=seconds, scale=summary.scale, seed=summary.seed,
    ))  # fmt: skip
    for table, count in sorted(summary.counts.items(), key=lambda item: -item[1]):
        label = messages.tr(TABLE_LABELS[table]) if table in TABLE_LABELS else table
        print(f"  {count:>9,}  {label}")
    return EXIT_OK


def _run_check(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.database import check_database
    from vocdesk.ui.i18n import translate_message

    report = check_database(_database_arg(args))
    if report.healthy:
        print(messages.tr(QT_TRANSLATE_NOOP("Cli", "ok: schema {revision} (head {head})"),
                          revision=report.schema_revision, head=report.head_revision))  # fmt: skip
        return EXIT_OK
    reason = translate_message(report.reason) if report.reason else report.problem
    print(messages.tr(QT_TRANSLATE_NOOP("Cli", "not ok: {reason}"), reason=" ".join(reason.split())))
    return EXIT_UNHEALTHY


def _run_backup(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.database import open_database

    target = args.out or args.target
    if not target:
        raise user_error("Cli", QT_TRANSLATE_NOOP("Cli", "Say where to write the copy: --out FILE."))
    source, target = _database_arg(args).resolve(), Path(target).expanduser().resolve()
    if source == target:
        raise user_error(
            "Cli", QT_TRANSLATE_NOOP("Cli", "The copy must not overwrite the database itself ({path})."),
            path=str(source),
        )  # fmt: skip
    db, _ = open_database(source, create=False)
    try:
        written = db.backup_to(target)
    finally:
        db.dispose()
    print(messages.tr(QT_TRANSLATE_NOOP("Cli", "Backup written to {path} ({size} MB)."),
                      path=str(written), size=f"{written.stat().st_size / 1e6:.1f}"))  # fmt: skip
    return EXIT_OK


def _run_import(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.database import open_database
    from vocdesk.services.transfer import (
        KIND_LABELS, check_file, check_value_maps, importer_class, importer_for,
    )  # fmt: skip
    from vocdesk.ui.i18n import translate, translate_message

    kind, source = args.kind, Path(args.file).expanduser()
    value_maps = _value_maps(args.map)
    importer_class(kind)  # an unknown or missing kind is refused before any file is touched
    path = _database_arg(args).resolve()
    created = not path.exists()
    db, _ = open_database(path)
    try:
        importer = importer_for(kind, db)
        if value_maps:  # checked against the kind's vocabularies before the importer sees them
            check_value_maps(importer, value_maps)
            importer = importer_for(kind, db, value_maps)
        table = check_file(importer, source, progress=_progress_lines(messages, CHECKED_ROWS))
        if table.ok:
            summary = importer.apply(table, _progress_lines(messages, IMPORTED_ROWS))
    except BaseException:
        db.dispose()
        if created:
            _remove_database(path)  # a refused import leaves no new empty database behind
        raise
    db.dispose()
    if not table.ok:
        if created:
            _remove_database(path)
        from vocdesk.io.table_spec import problem_order, problems_error

        error = problems_error(source, table.problems)
        text = messages.error(error).splitlines()
        _print_error(text[0])
        for problem in sorted(table.problems, key=problem_order):  # every one: scripts may grep them
            _print_error(translate_message(problem.as_message()))
        return EXIT_USER_ERROR
    imported = (
        QT_TRANSLATE_NOOP("Cli", "{kind}: one row imported ({added} added, {updated} updated) into {path}")
        if summary.total == 1
        else QT_TRANSLATE_NOOP("Cli", "{kind}: {count} rows imported ({added} added, {updated} updated) into {path}")
    )
    print(messages.tr(
        imported,
        count=summary.total, kind=translate("Transfer", KIND_LABELS.get(kind, kind)),
        added=summary.added, updated=summary.updated, path=str(path),
    ))  # fmt: skip
    for notice in summary.notices:
        print("  " + translate_message(notice))
    return EXIT_OK


def _run_export(args: argparse.Namespace, messages: Messages) -> int:
    from vocdesk.services.database import open_database
    from vocdesk.services.transfer import (
        EXPORTERS, KIND_LABELS, export_file, export_notices, exporter_for, kind_class,
    )  # fmt: skip
    from vocdesk.ui.i18n import translate, translate_message

    kind, target = args.kind, Path(args.file).expanduser().resolve()
    kind_class(EXPORTERS, kind)  # an unknown or missing kind is refused before the database opens
    db, _ = open_database(_database_arg(args).resolve(), create=False)
    try:
        exporter = exporter_for(kind, db)
        count = export_file(
            exporter, target, search=args.search, progress=_progress_lines(messages, EXPORTED_ROWS),
        )  # fmt: skip
        notices = export_notices(exporter)
    finally:
        db.dispose()
    exported = (
        QT_TRANSLATE_NOOP("Cli", "{kind}: one row exported to {path}")
        if count == 1
        else QT_TRANSLATE_NOOP("Cli", "{kind}: {count} rows exported to {path}")
    )
    print(messages.tr(
        exported,
        count=count, kind=translate("Transfer", KIND_LABELS.get(kind, kind)), path=str(target),
    ))  # fmt: skip
    for notice in notices:
        print("  " + translate_message(notice))
    return EXIT_OK


def _value_maps(items: list[str]) -> dict[str, dict[str, str]]:
    """``--map status:ปิดเรื่อง=closed`` → {"status": {"ปิดเรื่อง": "closed"}}."""
    maps: dict[str, dict[str, str]] = {}
    for item in items:
        column, colon, rest = item.partition(":")
        text, equals, value = rest.rpartition("=")
        if not colon or not equals or not column.strip() or not text.strip() or not value.strip():
            raise user_error(
                "Cli", QT_TRANSLATE_NOOP("Cli", "--map {item}: write it as COLUMN:TEXT=VALUE, e.g. status:ปิดเรื่อง=closed."),
                item=item,
            )  # fmt: skip
        maps.setdefault(column.strip(), {})[text.strip()] = value.strip()
    return maps


def _remove_database(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def _run_screenshot(args: argparse.Namespace, messages: Messages) -> int:
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from vocdesk.app import render_screenshot

    tabs = TABS if args.tab == "all" else (args.tab,)
    languages = LANGUAGES if args.shot_lang == "all" else (args.shot_lang or messages.language,)
    out = Path(args.out).expanduser()
    several = len(tabs) * len(languages) > 1
    database = str(_database_arg(args))
    written = [
        render_screenshot(database, tab, lang, out / f"{tab}-{lang}.png" if several else out)
        for tab in tabs
        for lang in languages
    ]
    # Printed only now: our translator must not be installed while the pictures are drawn.
    for path in written:
        print(messages.tr(QT_TRANSLATE_NOOP("Cli", "Screenshot written: {path}"), path=str(path)))
    return EXIT_OK


# -- helpers -------------------------------------------------------------------------------


# Options that take a value, so that the value is not taken for the command's name.
_VALUE_OPTIONS = {"--lang", "--db", "--scale", "--seed", "--today", "--out", "--tab", "--map", "--search"}


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


def _env_language() -> str | None:
    wanted = os.environ.get("VOCDESK_LANG", "").strip().lower()[:2]
    return wanted if wanted in LANGUAGES else None


def _system_language() -> str:
    from vocdesk.ui.i18n import system_language

    return system_language()


def _progress_printer() -> Callable[[int, int], None] | None:
    """Percent done on one line of the terminal; nothing when the output is not a terminal."""
    stream = sys.stderr
    if stream is None or not stream.isatty():
        return None

    def show(done: int, total: int) -> None:
        stream.write(f"\r{100 * done // max(total, 1):3d} %")
        if done >= total:
            stream.write("\r")
        stream.flush()

    return show


# The progress lines of import and export: a whole sentence per step.
CHECKED_ROWS = QT_TRANSLATE_NOOP("Cli", "Checked {done} of {total} rows…")
IMPORTED_ROWS = QT_TRANSLATE_NOOP("Cli", "Imported {done} of {total} rows…")
EXPORTED_ROWS = QT_TRANSLATE_NOOP("Cli", "Exported {done} of {total} rows…")


def _progress_lines(messages: Messages, sentence: str) -> Callable[[int, int], None] | None:
    """"Checked 12,000 of 100,000 rows" on stderr every few seconds, when stderr is a terminal.

    ``sentence`` is a whole translatable text with ``{done}`` and ``{total}``, one per step, so
    that the translator orders its words (a verb translated alone cannot be)."""
    stream = sys.stderr
    if stream is None or not stream.isatty():
        return None
    last = [time.monotonic()]

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] < PROGRESS_LINE_SECONDS:
            return
        last[0] = now
        stream.write(messages.tr(sentence, done=f"{done:,}", total=f"{total:,}") + "\n")
        stream.flush()

    return show


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


def _print_error(text: str) -> None:
    print(" ".join(text.split()), file=sys.stderr)


def _log_unexpected(error: BaseException) -> Path:
    """Write the traceback to the log file (or, if its folder is not writable, a temporary one)."""
    for folder in (user_data_dir() / "logs", Path(tempfile.gettempdir())):
        path = folder / LOG_FILE_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            continue
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
