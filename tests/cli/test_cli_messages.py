"""How ``vocdesk.cli.main`` speaks: through Qt's translator, and never with a traceback.

These run ``main`` in the test process (beside pytest-qt's application) to reach what a
subprocess cannot: a translator installed for the test, and a failure injected where no real
input can cause one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

import vocdesk.services.database as database_service
from vocdesk import cli
from vocdesk.db.migrate import head_revision
from vocdesk.paths import user_data_dir
from vocdesk.services.database import open_database


class TableTranslator(QTranslator):
    """A translator from a table, as a compiled .qm file would give."""

    def __init__(self, texts: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.texts = texts

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ANN001, D102
        return self.texts.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's virtual
        return False


@pytest.fixture
def app(qapp):
    """The test's Qt application; the default locale is put back after ``main`` changed it."""
    locale = QLocale()
    yield qapp
    QLocale.setDefault(locale)


def test_messages_are_translated_before_their_values_are_filled_in(
    app, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ok.sqlite"
    database, _ = open_database(path)
    database.dispose()
    thai = TableTranslator(
        {("Cli", "ok: schema {revision} (head {head})"): "ปกติ: โครงสร้าง {revision} (ล่าสุด {head})"}
    )
    QCoreApplication.installTranslator(thai)
    try:
        code = cli.main(["--lang", "en", "check", "--db", str(path)])
    finally:
        QCoreApplication.removeTranslator(thai)

    assert code == 0
    assert capsys.readouterr().out == f"ปกติ: โครงสร้าง {head_revision()} (ล่าสุด {head_revision()})\n"


def test_an_unhealthy_database_reason_is_translated_in_its_own_context(
    app, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.sqlite"
    thai = TableTranslator({
        ("Cli", "not ok: {reason}"): "ผิดปกติ: {reason}",
        ("Database", "no database file at {path}"): "ไม่พบไฟล์ฐานข้อมูลที่ {path}",
    })  # fmt: skip
    QCoreApplication.installTranslator(thai)
    try:
        code = cli.main(["--lang", "en", "check", "--db", str(missing)])
    finally:
        QCoreApplication.removeTranslator(thai)

    assert code == 1
    assert capsys.readouterr().out == f"ผิดปกติ: ไม่พบไฟล์ฐานข้อมูลที่ {missing}\n"


def test_an_unexpected_failure_prints_one_line_naming_the_log_and_exits_3(
    app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def failing_check(location: object) -> None:
        raise RuntimeError("the disk went away\nin the middle")

    monkeypatch.setattr(database_service, "check_database", failing_check)

    code = cli.main(["--lang", "en", "check", "--db", str(tmp_path / "x.sqlite")])

    err = capsys.readouterr().err
    log = user_data_dir() / "logs" / "vocdesk.log"
    assert code == 3
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "RuntimeError: the disk went away in the middle" in err
    assert str(log) in err
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "failing_check" in logged


def test_argument_errors_return_argparse_code_instead_of_exiting(app, capsys) -> None:
    assert cli.main(["--lang", "en", "demo", "--scale", "many"]) == 2
    assert (
        "argument --scale: must be a whole number of 1 or more, not 'many'"
        in capsys.readouterr().err
    )


def test_version_returns_0(app, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == "vocdesk 0.1.0\n"
