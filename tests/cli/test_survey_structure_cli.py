"""``vocdesk export survey CODE FILE``, ``vocdesk import survey FILE`` and ``vocdesk export
surveys FILE`` end to end, as a user runs them."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook
from test_cli import vocdesk_command

from vocdesk.services.database import open_database
from vocdesk.services.surveys.design import SurveyDesignService
from vocdesk.services.surveys.templates import template_design


def _database_with_a_survey(path: Path) -> None:
    db, _ = open_database(path)
    try:
        service = SurveyDesignService(db)
        service.create(template_design("engagement", fiscal_year=2569, segments=service.segments()))
    finally:
        db.dispose()


def test_a_survey_goes_out_and_into_another_database(tmp_path: Path) -> None:
    source, target = tmp_path / "source.sqlite", tmp_path / "target.sqlite"
    _database_with_a_survey(source)
    workbook = tmp_path / "eng.xlsx"

    exported = vocdesk_command("export", "survey", "ENG-2569", workbook, "--db", source)
    imported = vocdesk_command("import", "survey", workbook, "--db", target)
    listed = vocdesk_command("export", "surveys", tmp_path / "list.csv", "--db", target)

    assert exported.code == 0, exported.err
    assert exported.out.strip() == f"Survey ENG-2569: 10 questions exported to {workbook.resolve()}"
    assert imported.code == 0, imported.err
    assert (
        imported.out.strip() == f"Survey ENG-2569: created with 10 questions in {target.resolve()}"
    )
    assert listed.code == 0, listed.err
    with (tmp_path / "list.csv").open(encoding="utf-8-sig") as rows:
        assert list(csv.reader(rows)) == [
            ["code", "title_th", "title_en", "kind", "fiscal_year", "round", "responses"],
            ["ENG-2569", "แบบสำรวจความผูกพันของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย ประจำปีงบประมาณ พ.ศ. 2569",
             "Customer and stakeholder engagement survey, fiscal year 2026", "engagement", "2569", "1", "0"],
        ]  # fmt: skip

    again = vocdesk_command("import", "survey", workbook, "--db", target, lang="th")
    assert again.code == 0, again.err and "ENG-2569" in again.out


def test_a_broken_workbook_exits_2_and_leaves_no_new_database(tmp_path: Path) -> None:
    source = tmp_path / "source.sqlite"
    _database_with_a_survey(source)
    workbook = tmp_path / "eng.xlsx"
    assert vocdesk_command("export", "survey", "ENG-2569", workbook, "--db", source).code == 0
    book = load_workbook(workbook)
    book["questions"]["E2"] = "scale"
    book["choices"]["B3"] = "two"
    book.save(workbook)
    target = tmp_path / "new.sqlite"

    run = vocdesk_command("import", "survey", workbook, "--db", target)

    assert run.code == 2
    lines = run.err.strip().splitlines()
    assert lines[0].startswith("Nothing was imported:") and "2 problems" in lines[0]
    assert lines[1].startswith("Sheet “questions”, row 2, column E: “scale” is not one of")
    assert lines[2] == "Sheet “choices”, row 3, column B: “two” is not a whole number."
    assert not target.exists()


def test_an_unknown_code_is_told(tmp_path: Path) -> None:
    source = tmp_path / "source.sqlite"
    _database_with_a_survey(source)

    run = vocdesk_command("export", "survey", "NOPE", tmp_path / "x.xlsx", "--db", source)

    assert run.code == 2 and "There is no survey with the code “NOPE”." in run.err
