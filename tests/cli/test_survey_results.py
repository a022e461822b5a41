"""``vocdesk export survey-results CODE FILE --db PATH`` end to end: one row per item, dimension
and overall, for all respondents and then per segment, in CSV (UTF-8 with BOM) and XLSX."""

from __future__ import annotations

import csv
import math
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from test_cli import vocdesk_command

from vocdesk.db.models import Segment, Survey, SurveyAnswer, SurveyQuestion, SurveyResponse
from vocdesk.domain.enums import SurveyKind
from vocdesk.services.database import open_database

# segment, Q1, Q2 (None: "no opinion")
FORMS = [
    ("general_public", 5, 4),
    ("general_public", 4, None),
    ("business", 3, 2),
    ("business", 4, 5),
]
COLUMNS = ["level", "code", "segment", "n", "mean", "sd", "percent", "band", "satisfied_pct",
           "dissatisfied_pct"]  # fmt: skip


@pytest.fixture(scope="module")
def survey_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("results") / "surveys.sqlite"
    db, _ = open_database(path)
    with db.session_scope() as session:
        segments = {s.code: s.id for s in session.scalars(select(Segment))}
        survey = Survey(
            code="SAT-2569", title_th="ความพึงพอใจ", kind=SurveyKind.SATISFACTION,
            fiscal_year=2569, scale_points=5,
        )  # fmt: skip
        survey.questions = [
            SurveyQuestion(code="Q1", position=1, text_th="ขั้นตอน", dimension="process", points=5),
            SurveyQuestion(code="Q2", position=2, text_th="เจ้าหน้าที่", dimension="staff", points=5),
        ]
        session.add(survey)
        session.flush()
        q1, q2 = survey.questions
        for segment, first, second in FORMS:
            response = SurveyResponse(
                survey_id=survey.id, segment_id=segments[segment], submitted_on=date(2026, 6, 1)
            )
            response.answers = [
                SurveyAnswer(question_id=q1.id, value=first, no_opinion=False),
                SurveyAnswer(question_id=q2.id, value=second, no_opinion=second is None),
            ]
            session.add(response)
    db.dispose()
    return path


def _csv_rows(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel on Thai Windows reads Thai
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_has_a_row_per_item_dimension_and_overall_then_per_segment(
    survey_db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "results.csv"

    run = vocdesk_command("export", "survey-results", "SAT-2569", target, "--db", survey_db)

    assert run.code == 0, run.err
    assert "SAT-2569: 15 result rows exported" in run.out
    rows = _csv_rows(target)
    assert list(rows[0])[: len(COLUMNS)] == COLUMNS
    assert [(r["level"], r["code"], r["segment"]) for r in rows] == [
        (level, code, segment)
        for segment in ("", "general_public", "business")
        for level, code in (("item", "Q1"), ("item", "Q2"), ("dimension", "process"),
                            ("dimension", "staff"), ("overall", "overall"))
    ]  # fmt: skip
    q1 = rows[0]  # 5 4 3 4: mean 4, S.D. sqrt(2/3)
    assert q1["n"] == "4" and float(q1["mean"]) == pytest.approx(4.0)
    assert float(q1["sd"]) == pytest.approx(math.sqrt(2 / 3))
    assert float(q1["percent"]) == pytest.approx(80.0)
    assert q1["band"] == "มาก" and q1["band_en"] == "High" and q1["band_level"] == "4"
    assert float(q1["satisfied_pct"]) == pytest.approx(75.0)
    assert float(q1["dissatisfied_pct"]) == pytest.approx(0.0)
    q2 = rows[1]  # 4 5 2, "no opinion" left out
    assert q2["n"] == "3" and float(q2["mean"]) == pytest.approx(11 / 3)
    overall = rows[4]  # 16 + 11 over 7 answers
    assert overall["n"] == "7" and float(overall["mean"]) == pytest.approx(27 / 7)
    assert overall["title_en"] == "Overall"
    public_q2 = rows[6]  # one answer: no S.D.
    assert public_q2["n"] == "1" and public_q2["sd"] == ""


def test_xlsx_holds_the_same_rows_as_numbers(survey_db: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "results.xlsx"

    run = vocdesk_command("export", "survey-results", "SAT-2569", target, "--db", survey_db)

    assert run.code == 0, run.err
    sheet = load_workbook(target, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0][: len(COLUMNS)]) == COLUMNS
    assert len(rows) == 16
    assert rows[1][:5] == ("item", "Q1", None, 4, pytest.approx(4.0))


def test_an_unknown_code_exits_2_and_writes_nothing(survey_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "results.csv"

    run = vocdesk_command("export", "survey-results", "NOPE", target, "--db", survey_db)

    assert run.code == 2
    assert "There is no survey with the code NOPE" in run.err
    assert list(tmp_path.iterdir()) == []
