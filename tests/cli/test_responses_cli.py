"""``vocdesk import responses FILE --survey CODE --db PATH`` end to end, in subprocesses."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from test_cli import vocdesk_command

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from survey_entry_fixtures import make_form  # noqa: E402

from vocdesk.services.database import open_database  # noqa: E402


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def survey_db(tmp_path: Path) -> Path:
    path = tmp_path / "vocdesk.sqlite"
    db, _ = open_database(path)
    make_form(db)
    db.dispose()
    return path


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "responses.csv"
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_responses_are_imported_and_other_columns_named(survey_db: Path, tmp_path: Path) -> None:
    source = _file(tmp_path, "Timestamp,Email,1.1 ความสะดวกในการติดต่อขอรับบริการ,Q1.2,submitted_on\n"
                             "2026-06-01 10:00,a@b.th,มากที่สุด,4,2026-06-01\n"
                             "2026-06-01 11:00,c@d.th,ไม่มีความคิดเห็น,,01/06/2569\n")  # fmt: skip

    run = vocdesk_command("import", "responses", source, "--survey", "SAT-2569", "--db", survey_db)

    assert run.code == 0, run.err
    assert "Survey SAT-2569: 2 responses imported (2 added, 0 updated)" in run.out
    assert "Columns left out (no question of the survey): Timestamp, Email" in run.out
    assert _count(survey_db, "survey_response") == 2 and _count(survey_db, "survey_answer") == 3


def test_every_problem_is_printed_and_nothing_written(survey_db: Path, tmp_path: Path) -> None:
    source = _file(tmp_path, "Q1.1,Q1.2\n5,7\nดีมาก,3\n4,ไม่มีความคิดเห็น\n")

    run = vocdesk_command("import", "responses", source, "--survey", "SAT-2569", "--db", survey_db)

    assert run.code == 2
    assert "Nothing was imported" in run.err
    assert "Row 2, column B: 7 is outside 1–5, the scale of item 1.2." in run.err
    assert "Row 3, column A: “ดีมาก” is not an answer of item 1.1 (1–5)." in run.err
    assert "Row 4, column B: item 1.2 has no “no opinion” answer" in run.err
    assert _count(survey_db, "survey_response") == 0


def test_a_value_map_reads_the_files_own_words(survey_db: Path, tmp_path: Path) -> None:
    source = _file(tmp_path, "Q1.1\nดีมาก\n")

    run = vocdesk_command("import", "responses", source, "--survey", "SAT-2569", "--db", survey_db,
                          "--map", "Q1.1:ดีมาก=5")  # fmt: skip

    assert run.code == 0, run.err
    assert _count(survey_db, "survey_answer") == 1


def test_the_survey_must_be_named_and_known(survey_db: Path, tmp_path: Path) -> None:
    source = _file(tmp_path, "Q1.1\n5\n")

    missing = vocdesk_command("import", "responses", source, "--db", survey_db)
    unknown = vocdesk_command("import", "responses", source, "--survey", "X-1", "--db", survey_db)
    fresh = vocdesk_command("import", "responses", source, "--survey", "SAT-2569",
                            "--db", tmp_path / "new.sqlite")  # fmt: skip

    assert missing.code == 2 and "--survey CODE" in missing.err
    assert unknown.code == 2 and "There is no survey “X-1”. Surveys: SAT-2569." in unknown.err
    assert fresh.code == 2 and "There is no survey “SAT-2569”" in fresh.err
    assert not (tmp_path / "new.sqlite").exists()  # a refused import leaves no new file


def test_thai_messages(survey_db: Path, tmp_path: Path) -> None:
    source = _file(tmp_path, "Q1.1\n9\n")

    run = vocdesk_command("import", "responses", source, "--survey", "SAT-2569", "--db", survey_db,
                          lang="th")  # fmt: skip

    assert run.code == 2
    assert "แถว 2 คอลัมน์ A: 9 อยู่นอกช่วง 1–5 ซึ่งเป็นระดับคะแนนของข้อ 1.1" in run.err
