"""The questionnaire workbook: export, import and export again give the same cells; a broken
workbook is refused whole, each problem placed by sheet, row and column."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from vocdesk.db.models import SurveyAnswer, SurveyResponse
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database, open_database
from vocdesk.services.surveys.design import SurveyDesignService
from vocdesk.services.surveys.structure_file import export_structure, import_structure
from vocdesk.services.surveys.templates import template_design


def _cells(path: Path) -> dict[str, list[list[Any]]]:
    book = load_workbook(path, read_only=True)
    try:
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book}
    finally:
        book.close()


def _edit(path: Path, sheet: str, cell: str, value: Any) -> None:
    book = load_workbook(path)
    book[sheet][cell] = value
    book.save(path)


def _satisfaction(db: Database) -> str:
    service = SurveyDesignService(db)
    design = template_design("satisfaction", fiscal_year=2569, segments=service.segments())
    service.create(design)
    return design.code


def test_export_import_export_gives_the_same_cells(empty_db: Database, tmp_path: Path) -> None:
    code = _satisfaction(empty_db)
    first = tmp_path / "first.xlsx"
    assert export_structure(empty_db, code, first) == 22

    fresh, _ = open_database(tmp_path / "fresh.sqlite")
    try:
        imported = import_structure(fresh, first)
        assert imported.saved.created and imported.code == "SAT-2569" and imported.questions == 22
        second = tmp_path / "second.xlsx"
        export_structure(fresh, code, second)
    finally:
        fresh.dispose()

    cells = _cells(first)
    assert list(cells) == ["survey", "questions", "choices"]
    assert cells["survey"][0][:4] == ["code", "title_th", "title_en", "fiscal_year"]
    assert cells["survey"][1][3] == 2569
    assert cells == _cells(second)


def test_importing_an_existing_code_updates_its_design(empty_db: Database, tmp_path: Path) -> None:
    code = _satisfaction(empty_db)
    path = tmp_path / "sat.xlsx"
    export_structure(empty_db, code, path)
    _edit(path, "survey", "C2", "Satisfaction, renamed")
    _edit(path, "questions", "D8", "digital")  # the first rated item's dimension: a new one

    imported = import_structure(empty_db, path)

    assert not imported.saved.created and imported.saved.added_dimensions == ("digital",)
    record = SurveyDesignService(empty_db).read(imported.saved.id)
    assert record.design.title_en == "Satisfaction, renamed"
    assert record.design.questions[6].dimension == "digital"


def test_a_broken_workbook_is_refused_whole_with_every_problem_placed(
    empty_db: Database, tmp_path: Path
) -> None:
    code = _satisfaction(empty_db)
    path = tmp_path / "sat.xlsx"
    export_structure(empty_db, code, path)
    _edit(path, "survey", "A2", "SAT-2570")  # a new survey: nothing of it may be written
    _edit(path, "survey", "L2", "general_public; nobody")  # target_segments
    _edit(path, "questions", "E3", "scale")  # type
    _edit(path, "questions", "F8", 12)  # points
    _edit(path, "questions", "A23", "Q2.4")  # the code of the row above
    _edit(path, "choices", "A2", "NOPE")  # question

    with pytest.raises(UserError) as error:
        import_structure(empty_db, path)

    text = error.value.message.english()
    assert "Nothing was imported" in text
    assert "Sheet “survey”, row 2, column L: there is no segment with the code “nobody”" in text
    assert "Sheet “questions”, row 3, column E: “scale” is not one of" in text
    assert "Sheet “choices”, row 2, column A: there is no question “NOPE”" in text
    assert SurveyDesignService(empty_db).find("SAT-2570") is None

    _edit(path, "survey", "L2", "general_public")
    _edit(path, "questions", "E3", "profile")
    _edit(path, "choices", "A2", "P1")
    with pytest.raises(UserError) as error:
        import_structure(empty_db, path)
    text = error.value.message.english()
    assert "Sheet “questions”, row 8, column F: a rating scale has 2 to 11 points" in text
    assert "Sheet “questions”, row 23, column A: question 21 has the same code." in text
    assert SurveyDesignService(empty_db).find("SAT-2570") is None


def test_a_breaking_change_is_refused_naming_the_question(
    empty_db: Database, tmp_path: Path
) -> None:
    code = _satisfaction(empty_db)
    service = SurveyDesignService(empty_db)
    record = service.read(service.find(code))  # type: ignore[arg-type]
    with empty_db.session_scope() as session:
        response = SurveyResponse(survey_id=record.id, submitted_on=date(2026, 7, 1))
        response.answers = [SurveyAnswer(question_id=record.design.questions[6].id, value=5)]
        session.add(response)
    path = tmp_path / "sat.xlsx"
    export_structure(empty_db, code, path)
    _edit(path, "questions", "F8", 4)

    with pytest.raises(UserError, match=r"row 8, column F: the survey has responses, so the scale"):
        import_structure(empty_db, path)


def test_missing_sheets_and_headings_are_told(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bare.xlsx"
    book = Workbook()
    book.active.title = "survey"  # type: ignore[union-attr]
    book.active.append(["code", "title_th", "fiscal_year"])  # type: ignore[union-attr]
    book.active.append(["X-1", "ทดสอบ", 2569])  # type: ignore[union-attr]
    book.save(path)

    with pytest.raises(UserError) as error:
        import_structure(empty_db, path)

    text = error.value.message.english()
    assert "Sheet “survey”, row 1: there is no column “title_en”" in text
    assert "Sheet “questions”: the workbook has no sheet “questions”." in text


def test_an_unknown_code_is_not_exported(empty_db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no survey with the code “NONE”"):
        export_structure(empty_db, "NONE", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
