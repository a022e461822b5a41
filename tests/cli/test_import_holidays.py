"""``vocdesk import holidays`` end to end: a good file lands in the database, a broken one
exits 2, lists its problems in the user's language and changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from test_cli import vocdesk_command


def _holidays(path: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT day, name FROM holiday ORDER BY day").fetchall()
    finally:
        connection.close()


def test_a_good_file_is_imported_and_counted(tmp_path: Path) -> None:
    source = tmp_path / "holidays.csv"
    source.write_text(
        "วันที่,ชื่อวันหยุด\n03/03/2574,วันมาฆบูชา\n2031-05-31,วันวิสาขบูชา\n", encoding="utf-8-sig"
    )
    db = tmp_path / "office.sqlite"

    run = vocdesk_command("import", "holidays", source, "--db", db)

    assert run.code == 0, run.err
    assert (
        run.out.strip()
        == f"Public holidays: 2 rows imported (2 added, 0 updated) into {db.resolve()}"
    )
    holidays = _holidays(db)
    assert ("2031-03-03", "วันมาฆบูชา") in holidays
    assert ("2031-05-31", "วันวิสาขบูชา") in holidays

    again = vocdesk_command("import", "holidays", source, "--db", db, lang="th")
    assert again.code == 0, again.err
    assert "2" in again.out and "rows imported" not in again.out  # said in Thai


def test_a_broken_file_exits_2_lists_its_problems_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite"
    good = tmp_path / "good.csv"
    good.write_text("date,name\n2031-03-03,Makha Bucha\n", encoding="utf-8")
    assert vocdesk_command("import", "holidays", good, "--db", db).code == 0
    before = _holidays(db)
    broken = tmp_path / "broken.csv"
    broken.write_text(
        "date,name\n2031-05-31,Visakha Bucha\n31/02/2574,x\n2031-06-01,\n", encoding="utf-8"
    )

    run = vocdesk_command("import", "holidays", broken, "--db", db)

    assert run.code == 2
    assert run.out == ""
    lines = run.err.splitlines()
    assert "Nothing was imported" in lines[0]
    assert lines[1].startswith("Row 3, column A:")
    assert lines[2] == "Row 4, column B: “name” is required."
    assert _holidays(db) == before

    thai = vocdesk_command("import", "holidays", broken, "--db", db, lang="th")
    assert thai.code == 2
    assert "Nothing was imported" not in thai.err


def test_a_broken_file_does_not_even_create_the_database(tmp_path: Path) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text("when,what\n", encoding="utf-8")

    run = vocdesk_command("import", "holidays", broken, "--db", tmp_path / "new.sqlite")

    assert run.code == 2
    assert not (tmp_path / "new.sqlite").exists()
