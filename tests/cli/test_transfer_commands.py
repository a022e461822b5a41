"""``vocdesk import KIND FILE`` and ``vocdesk export KIND FILE`` for every registered kind, end to
end in subprocesses: exit codes, problems by row and column, nothing written on any problem.
An export imported into a fresh database, and again: test_transfer_round_trip.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_cli import DEMO_TODAY, demo_token, vocdesk_command

from vocdesk.services.transfer import IMPORTERS, available_kinds


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    run = vocdesk_command("demo", "--db", path, "--scale", "1", "--today", DEMO_TODAY)
    assert run.code == 0, run.err
    return path


def test_an_unknown_kind_exits_2_and_names_the_known_ones(tmp_path: Path) -> None:
    source = tmp_path / "x.csv"
    source.write_text("a\n1\n", encoding="utf-8")

    for command in ("import", "export"):
        run = vocdesk_command(command, "parcels", source, "--db", tmp_path / "db.sqlite")
        assert run.code == 2
        assert "“parcels” cannot be imported or exported" in run.err
        assert "holidays" in run.err
    assert not (tmp_path / "db.sqlite").exists()


def test_a_kind_whose_code_is_not_here_yet_says_so_and_is_left_out_of_the_lists(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vocdesk.domain.messages import UserError
    from vocdesk.services import transfer

    monkeypatch.setitem(
        transfer.IMPORTERS, "parcels", "vocdesk.services.parcels_transfer:ParcelImporter"
    )
    monkeypatch.setitem(transfer.IMPORTERS, "typo", "vocdesk.services.holidays:NoSuchImporter")

    for kind in ("parcels", "typo"):
        with pytest.raises(
            UserError,
            match=f"Importing and exporting “{kind}” is not available in this version yet",
        ):
            transfer.importer_class(kind)
        assert not transfer.kind_present(transfer.IMPORTERS, kind) or kind == "typo"
    assert "parcels" not in available_kinds(transfer.IMPORTERS)
    assert "typo" not in available_kinds(transfer.IMPORTERS)
    assert "holidays" in available_kinds(transfer.IMPORTERS)


def test_a_bad_map_option_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text("date,name\n2031-03-03,x\n", encoding="utf-8")

    malformed = vocdesk_command(
        "import", "holidays", source, "--db", tmp_path / "db.sqlite", "--map", "status"
    )
    no_vocabulary = vocdesk_command("import", "holidays", source, "--db", tmp_path / "db.sqlite",
                                    "--map", "name:x=y")  # fmt: skip

    assert malformed.code == 2 and "COLUMN:TEXT=VALUE" in malformed.err
    assert no_vocabulary.code == 2 and "“name” takes no value mapping" in no_vocabulary.err
    assert not (tmp_path / "db.sqlite").exists()


def test_a_refused_import_prints_every_problem_translated_and_writes_nothing(
    tmp_path: Path,
) -> None:
    db = tmp_path / "office.sqlite"
    good = tmp_path / "good.csv"
    good.write_text("date,name\n2031-03-03,Makha Bucha\n", encoding="utf-8")
    assert vocdesk_command("import", "holidays", good, "--db", db).code == 0
    before = _count(db, "holiday")
    broken = tmp_path / "broken.csv"
    broken.write_text("date,name\n" + "".join(f"2032-01-{d:02d},ok\n" for d in range(1, 20))
                      + "".join(f"bad {i},x\n" for i in range(40)), encoding="utf-8")  # fmt: skip

    english = vocdesk_command("import", "holidays", broken, "--db", db)
    thai = vocdesk_command("import", "holidays", broken, "--db", db, lang="th")

    assert english.code == thai.code == 2
    lines = english.err.splitlines()
    assert "40 problems" in lines[0]
    assert len(lines) == 41  # every problem, not only the first ones
    assert lines[1].startswith("Row 21, column A:") and lines[-1].startswith("Row 60, column A:")
    assert thai.err.splitlines()[1].startswith("แถว 21 คอลัมน์ A")
    assert _count(db, "holiday") == before


def test_export_of_a_missing_database_exits_2_and_creates_nothing(tmp_path: Path) -> None:
    run = vocdesk_command(
        "export", "holidays", tmp_path / "out.csv", "--db", tmp_path / "absent.sqlite"
    )

    assert run.code == 2
    assert "no database file" in run.err
    assert not (tmp_path / "absent.sqlite").exists() and not (tmp_path / "out.csv").exists()


def test_export_into_a_missing_folder_exits_2_and_leaves_no_partial_file(
    demo_db: Path, tmp_path: Path
) -> None:
    run = vocdesk_command(
        "export",
        "holidays",
        tmp_path / "no" / "such" / "out.csv",
        "--db",
        demo_db,
        "--token-file",
        demo_token(demo_db),
    )

    assert run.code == 2
    assert "could not be written" in run.err
    assert not list(tmp_path.rglob("*.partial*"))


def test_export_search_keeps_only_matching_records(demo_db: Path, tmp_path: Path) -> None:
    # The holidays export holds the agency's own days (the national ones are not stored); the
    # demo adds a day the Cabinet announced late.
    out = tmp_path / "cabinet.csv"

    run = vocdesk_command("export", "holidays", out, "--db", demo_db, "--search", "คณะรัฐมนตรี",
                          "--token-file", demo_token(demo_db))  # fmt: skip

    assert run.code == 0, run.err
    rows = out.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert rows and all("คณะรัฐมนตรี" in row for row in rows)


PLATFORM_EXPORT = (
    "เลขที่เรื่อง,วันที่รับเรื่อง,เรื่อง,สถานะ\n"
    "T-0001,2026-10-03T02:15:00Z,ไฟฟ้าส่องสว่างดับ,รอรับเรื่อง\n"
    "T-0002,2026-10-04T08:40:00+07,น้ำประปาไม่ไหล,เสร็จสิ้น\n"
)


@pytest.mark.skipif(
    "complaints" not in available_kinds(IMPORTERS), reason="the complaints import is not here yet"
)
def test_map_reads_a_platforms_own_status_words(tmp_path: Path) -> None:
    source = tmp_path / "platform.csv"
    source.write_text(PLATFORM_EXPORT, encoding="utf-8-sig")
    db = tmp_path / "office.sqlite"

    refused = vocdesk_command("import", "complaints", source, "--db", db)
    wrong_value = vocdesk_command(
        "import", "complaints", source, "--db", db, "--map", "status:เสร็จสิ้น=done"
    )
    mapped = vocdesk_command("import", "complaints", source, "--db", db,
                             "--map", "status:รอรับเรื่อง=received", "--map", "status:เสร็จสิ้น=resolved")  # fmt: skip

    assert refused.code == 2 and "Row 2, column D: “รอรับเรื่อง” is not one of" in refused.err
    assert wrong_value.code == 2 and "“เสร็จสิ้น” cannot become “done” in “status”" in wrong_value.err
    assert mapped.code == 0, mapped.err
    assert "2 rows imported (2 added, 0 updated)" in mapped.out
    connection = sqlite3.connect(db)
    try:
        statuses = sorted(row[0] for row in connection.execute("SELECT status FROM complaint"))
    finally:
        connection.close()
    assert statuses == ["received", "resolved"]


class _Terminal:
    """What sys.stderr is when a person runs the command in a console."""

    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_progress_lines_go_to_a_terminal_every_few_seconds_and_never_to_a_pipe(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import sys

    from vocdesk.cli import progress
    from vocdesk.cli.messages import Messages

    messages = Messages("en")
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert (
        progress.progress_lines(messages, progress.CHECKED_ROWS) is None
    )  # a pipe or a file: no progress lines

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    clock = iter([100.0, 101.0, 104.5, 105.0, 108.0])
    monkeypatch.setattr(progress.time, "monotonic", lambda: next(clock))
    show = progress.progress_lines(messages, progress.CHECKED_ROWS)
    for done in (1000, 2000, 3000, 4000):
        show(done, 100_000)

    assert terminal.text.splitlines() == [
        "Checked 2,000 of 100,000 rows…",
        "Checked 4,000 of 100,000 rows…",
    ]


def test_a_missing_file_exits_2_and_leaves_no_new_database(tmp_path: Path) -> None:
    run = vocdesk_command(
        "import", "holidays", tmp_path / "absent.csv", "--db", tmp_path / "new.sqlite"
    )

    assert run.code == 2
    assert "could not be read" in run.err
    assert not list(tmp_path.glob("new.sqlite*"))


def test_an_export_says_how_many_confidential_cases_went_out_without_their_contents(
    demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "complaints.csv"
    # A supervisor of the demo (may export, not granted confidential cases), not its administrator.
    supervisor_token = tmp_path / "supervisor.token"
    with sqlite3.connect(demo_db) as connection:
        (supervisor,) = connection.execute(
            "SELECT login FROM user_account WHERE role = 'supervisor'"
            " AND NOT may_read_confidential ORDER BY login"
        ).fetchone()
    issued = vocdesk_command("users", "token", supervisor, "--out", supervisor_token,
                             "--db", demo_db, "--token-file", demo_token(demo_db))  # fmt: skip
    assert issued.code == 0, issued.err

    run = vocdesk_command("export", "complaints", out, "--db", demo_db,
                          "--token-file", supervisor_token)  # fmt: skip

    assert run.code == 0, run.err
    first, notice = run.out.splitlines()
    assert first.startswith("Complaints: ") and " rows exported to " in first
    assert "confidential cases you may not read" in notice
