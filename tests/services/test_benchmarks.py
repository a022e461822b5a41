"""Comparators' results beside ours: entering, checking, comparing, importing and exporting."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from vocdesk.db.models import Survey, SurveyAnswer, SurveyBenchmark, SurveyQuestion, SurveyResponse
from vocdesk.domain.enums import BenchmarkScale, QuestionType, SurveyKind
from vocdesk.domain.messages import UserError
from vocdesk.domain.surveys.benchmark import BenchmarkLevel, InvalidBenchmark
from vocdesk.services.database import Database
from vocdesk.services.surveys.benchmarks import (
    BenchmarkDraft,
    BenchmarkExporter,
    BenchmarkImporter,
    BenchmarkService,
)
from vocdesk.services.transfer import export_file, exporter_for, import_file, importer_for

FIVE, FOUR, PERCENT = BenchmarkScale.FIVE_POINT, BenchmarkScale.FOUR_POINT, BenchmarkScale.PERCENT
PEER = "สำนักงานเขตบางรัก"
OTHER = "ศูนย์บริการร่วมจังหวัดเชียงใหม่"

# (Q1 process, Q2 process, Q3 staff) per form; None: "no opinion". By hand:
# Q1 5,4,3 -> 4.0 (80%); Q2 4,2 -> 3.0 (60%); Q3 3,5,4 -> 4.0 (80%);
# process pools 5,4,3,4,2 -> 3.6 (72%); overall pools all eight answers -> 30/8 = 3.75 (75%).
FORMS = [(5, 4, 3), (4, None, 5), (3, 2, 4)]


def _survey(db: Database, code: str = "SAT-2568") -> uuid.UUID:
    with db.session_scope() as session:
        survey = Survey(code=code, title_th="ความพึงพอใจ", kind=SurveyKind.SATISFACTION,
                        fiscal_year=2568, scale_points=5)  # fmt: skip
        survey.questions = [
            SurveyQuestion(code="Q1", number="1.1", position=1, text_th="ขั้นตอนไม่ยุ่งยาก",
                           dimension="process", points=5, offers_no_opinion=True),
            SurveyQuestion(code="Q2", number="1.2", position=2, text_th="ความรวดเร็ว",
                           dimension="process", points=5, offers_no_opinion=True),
            SurveyQuestion(code="Q3", number="2.1", position=3, text_th="ความสุภาพของเจ้าหน้าที่",
                           dimension="staff", points=5),
            SurveyQuestion(code="NOTE", position=4, text_th="ข้อเสนอแนะ", type=QuestionType.TEXT),
        ]  # fmt: skip
        session.add(survey)
        session.flush()
        for entry_pass, forms in ((1, FORMS), (2, [(1, 1, 1)])):  # the second pass is not counted
            for values in forms:
                response = SurveyResponse(survey_id=survey.id, submitted_on=date(2025, 3, 1),
                                          entry_pass=entry_pass)  # fmt: skip
                response.answers = [
                    SurveyAnswer(question_id=q.id, value=v, no_opinion=v is None)
                    for q, v in zip(survey.questions, values, strict=False)
                ]
                session.add(response)
        return survey.id


def _draft(**changes: object) -> BenchmarkDraft:
    values: dict[str, object] = {"organisation": PEER, "fiscal_year": 2568, "value": 80.0,
                                 "scale": PERCENT}  # fmt: skip
    values.update(changes)
    return BenchmarkDraft(**values)  # type: ignore[arg-type]


def _count(db: Database) -> int:
    with db.session_scope() as session:
        return len(session.query(SurveyBenchmark.id).all())


# --- entering one row ------------------------------------------------------------------------
def test_a_row_is_added_read_edited_and_deleted(empty_db: Database) -> None:
    survey_id = _survey(empty_db)
    service = BenchmarkService(empty_db)

    added = service.add_benchmark(survey_id, _draft(dimension="process", value=4.21, scale=FIVE,
                                                    source="รายงานประจำปี 2568"))  # fmt: skip

    assert added.level is BenchmarkLevel.DIMENSION and added.dimension == "process"
    assert added.percent == pytest.approx(84.2)
    assert added.level_name.en == "Process and procedure"
    assert service.list_benchmarks(survey_id) == [added]

    edited = service.update_benchmark(added.id, _draft(question_code="q2", value=3.4, scale=FOUR))

    assert edited.id == added.id and edited.level is BenchmarkLevel.ITEM
    assert edited.question_code == "Q2"  # the survey's own spelling of the code
    assert edited.percent == pytest.approx(85.0)
    assert edited.level_name.th == "1.2 ความรวดเร็ว"
    service.delete_benchmark(added.id)
    assert service.list_benchmarks(survey_id) == []


def test_a_dimension_is_found_by_its_thai_name(empty_db: Database) -> None:
    survey_id = _survey(empty_db)

    row = BenchmarkService(empty_db).add_benchmark(
        survey_id, _draft(dimension="ด้านเจ้าหน้าที่/บุคลากรผู้ให้บริการ", value=4.0, scale=FIVE)
    )

    assert row.dimension == "staff"


def test_an_item_given_with_its_own_dimension_is_stored_as_the_item(empty_db: Database) -> None:
    survey_id = _survey(empty_db)

    row = BenchmarkService(empty_db).add_benchmark(
        survey_id, _draft(dimension="process", question_code="Q1", value=4.0, scale=FIVE)
    )

    assert (row.level, row.dimension, row.question_code) == (BenchmarkLevel.ITEM, "", "Q1")


def test_every_problem_of_a_row_is_listed_and_nothing_is_saved(empty_db: Database) -> None:
    survey_id = _survey(empty_db)
    service = BenchmarkService(empty_db)

    with pytest.raises(InvalidBenchmark) as refused:
        service.add_benchmark(survey_id, _draft(organisation=" ", fiscal_year=2025, value=5.5,
                                                scale=FIVE, dimension="ไม่มีด้านนี้"))  # fmt: skip

    assert set(refused.value.problems) == {"organisation", "fiscal_year", "value", "dimension"}
    assert "The comparator's result was not saved" in str(refused.value)
    assert _count(empty_db) == 0


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (_draft(question_code="Q9"), "question", "no rating item"),
        (_draft(question_code="NOTE"), "question", "no rating item"),  # free text is not scored
        (_draft(question_code="Q3", dimension="process"), "dimension", "is not in dimension"),
        (_draft(value=101.0), "value", "between 0 and 100"),
        (_draft(value=4.5, scale=FOUR), "value", "between 1 and 4"),
    ],
)
def test_a_wrong_level_or_value_is_refused(
    empty_db: Database, draft: BenchmarkDraft, field: str, words: str
) -> None:
    survey_id = _survey(empty_db)

    with pytest.raises(InvalidBenchmark) as refused:
        BenchmarkService(empty_db).add_benchmark(survey_id, draft)

    assert words in refused.value.problems[field].english()


def test_the_same_organisation_year_and_level_cannot_be_entered_twice(empty_db: Database) -> None:
    survey_id = _survey(empty_db)
    service = BenchmarkService(empty_db)
    first = service.add_benchmark(survey_id, _draft())
    other = service.add_benchmark(survey_id, _draft(fiscal_year=2567))

    with pytest.raises(InvalidBenchmark, match="already has a result for 2568"):
        service.add_benchmark(survey_id, _draft(organisation=f"  {PEER} ", value=70.0))
    with pytest.raises(InvalidBenchmark):
        service.update_benchmark(other.id, _draft())
    assert service.update_benchmark(first.id, _draft(value=81.0)).value == 81.0  # itself is fine


def test_a_deleted_row_or_survey_gives_a_clear_message(empty_db: Database) -> None:
    survey_id = _survey(empty_db)
    service = BenchmarkService(empty_db)
    row = service.add_benchmark(survey_id, _draft())
    service.delete_benchmark(row.id)

    with pytest.raises(UserError, match="no longer in the database"):
        service.update_benchmark(row.id, _draft())
    with pytest.raises(UserError, match="no longer in the database"):
        service.add_benchmark(uuid.uuid4(), _draft())


def test_the_form_is_offered_the_survey_s_levels_and_known_organisations(
    empty_db: Database,
) -> None:
    survey_id = _survey(empty_db)
    service = BenchmarkService(empty_db)
    service.add_benchmark(survey_id, _draft())

    targets = service.targets(survey_id)

    assert [t.code for t in targets.dimensions] == ["process", "staff"]
    assert [t.code for t in targets.items] == ["Q1", "Q2", "Q3"]  # not the free-text question
    assert targets.organisations == (PEER,)
    assert (targets.survey_code, targets.survey_fiscal_year) == ("SAT-2568", 2568)


# --- the comparison ---------------------------------------------------------------------------
def test_ours_and_theirs_stand_side_by_side_per_level(empty_db: Database) -> None:
    survey_id = _survey(empty_db)
    service = BenchmarkService(empty_db)
    service.add_benchmark(survey_id, _draft(value=78.5))
    service.add_benchmark(survey_id, _draft(dimension="process", value=3.8, scale=FIVE))
    service.add_benchmark(survey_id, _draft(question_code="Q2", value=3.0, scale=FOUR))
    service.add_benchmark(survey_id, _draft(organisation=OTHER, value=4.0, scale=FIVE))

    comparison = service.comparison(survey_id)

    assert [(c.organisation, c.fiscal_year) for c in comparison.comparators] == [
        (OTHER, 2568), (PEER, 2568)]  # fmt: skip
    levels = {(level.level, level.code): level for level in comparison.levels}
    assert list(levels) == [(BenchmarkLevel.OVERALL, ""), (BenchmarkLevel.DIMENSION, "process"),
                            (BenchmarkLevel.DIMENSION, "staff"), (BenchmarkLevel.ITEM, "Q2")]  # fmt: skip
    overall = levels[(BenchmarkLevel.OVERALL, "")]
    assert overall.ours == pytest.approx(75.0) and overall.n == 8
    other, peer = overall.values
    assert other is not None and other.percent == pytest.approx(80.0)
    assert other.difference == pytest.approx(-5.0)
    assert peer is not None and peer.difference == pytest.approx(75.0 - 78.5)
    process = levels[(BenchmarkLevel.DIMENSION, "process")]
    assert process.ours == pytest.approx(72.0) and process.n == 5
    assert process.values[0] is None
    assert process.values[1] is not None and process.values[1].difference == pytest.approx(-4.0)
    staff = levels[(BenchmarkLevel.DIMENSION, "staff")]  # ours alone: no comparator reports it
    assert staff.ours == pytest.approx(80.0) and staff.values == (None, None)
    item = levels[(BenchmarkLevel.ITEM, "Q2")]
    assert item.ours == pytest.approx(60.0) and item.n == 2
    assert item.values[1] is not None and item.values[1].percent == pytest.approx(75.0)
    assert item.values[1].difference == pytest.approx(-15.0)


def test_a_survey_without_answers_compares_nothing_of_ours(empty_db: Database) -> None:
    with empty_db.session_scope() as session:
        survey = Survey(code="NEW", title_th="ใหม่", kind=SurveyKind.SATISFACTION, fiscal_year=2569)
        session.add(survey)
        session.flush()
        survey_id = survey.id
    service = BenchmarkService(empty_db)
    service.add_benchmark(survey_id, _draft())

    (overall,) = service.comparison(survey_id).levels

    assert overall.ours is None and overall.n == 0
    assert overall.values[0] is not None and overall.values[0].difference is None


# --- the file ---------------------------------------------------------------------------------
HEADER = "survey,organisation,fiscal_year,dimension,question,value,scale,source\n"


def _write(tmp_path: Path, body: str, name: str = "peers.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_a_file_is_imported_with_the_words_agencies_use(empty_db: Database, tmp_path: Path) -> None:
    survey_id = _survey(empty_db)
    path = _write(tmp_path, f"SAT-2568,{PEER},2568,,,84.2%,%,รายงาน\n"
                            f"sat-2568,{PEER},2025,ด้านกระบวนการ/ขั้นตอนการให้บริการ,,๔.๒๑,5 ระดับ,\n"
                            f"SAT-2568,{OTHER},2568,,Q1,3.4,4,\n")  # fmt: skip

    summary = import_file(importer_for("benchmarks", empty_db), path)

    assert (summary.added, summary.updated) == (3, 0)
    rows = BenchmarkService(empty_db).list_benchmarks(survey_id)
    assert [(r.organisation, r.fiscal_year, r.dimension, r.question_code, r.value, r.scale)
            for r in rows] == [
        (OTHER, 2568, "", "Q1", 3.4, FOUR),
        (PEER, 2568, "", "", 84.2, PERCENT),
        (PEER, 2568, "process", "", 4.21, FIVE),
    ]  # fmt: skip


def test_a_file_with_any_problem_imports_nothing_and_names_row_and_column(
    empty_db: Database, tmp_path: Path
) -> None:
    _survey(empty_db)
    path = _write(tmp_path, f"SAT-2568,{PEER},2568,,,82.0,percent,\n"
                            f"SAT-2568,{PEER},2568,,,6.0,five_point,\n"
                            f"SAT-2567,{PEER},2568,,,80,percent,\n"
                            f"SAT-2568,{PEER},2568,,Q9,4.1,5,\n"
                            f"SAT-2568,{PEER},2568,,,81.0,percent,\n")  # fmt: skip

    with pytest.raises(UserError) as refused:
        import_file(importer_for("benchmarks", empty_db), path)

    assert str(refused.value).splitlines() == [
        f"Nothing was imported: {path} has 4 problems. Correct them and import the whole file again.",
        "Row 3, column F: A mean on a 5-point scale must lie between 1 and 5; 6 does not.",
        "Row 4, column A: There is no survey with the code “SAT-2567”.",
        "Row 5, column E: The survey has no rating item with the code “Q9”.",
        "Row 6, column B: the same organisation, year and level as row 2.",
    ]
    assert _count(empty_db) == 0


def test_cells_that_cannot_be_read_are_listed_before_anything_else(
    empty_db: Database, tmp_path: Path
) -> None:
    _survey(empty_db)
    path = _write(tmp_path, f"SAT-2568,{PEER},2568,staff,,4.1,7 ระดับ,\n"
                            f"SAT-2568,{PEER},25x8,,,สูง,percent,\n"
                            f"SAT-2568,,2568,,,80,,\n")  # fmt: skip

    with pytest.raises(UserError) as refused:
        import_file(importer_for("benchmarks", empty_db), path)

    assert str(refused.value).splitlines()[1:] == [
        "Row 2, column G: “7 ระดับ” is not one of: four_point, five_point, percent.",
        "Row 3, column C: “25x8” is not a whole number.",
        "Row 3, column F: “สูง” is not a number.",
        "Row 4, column B: “organisation” is required.",
        "Row 4, column G: “scale” is required.",
    ]
    assert _count(empty_db) == 0


def test_an_export_imports_again_as_updates_not_duplicates(
    empty_db: Database, tmp_path: Path
) -> None:
    survey_id = _survey(empty_db)
    service = BenchmarkService(empty_db)
    service.add_benchmark(survey_id, _draft(value=82.37, source="รายงาน, ฉบับที่ 2"))
    service.add_benchmark(survey_id, _draft(dimension="staff", value=4.1, scale=FIVE))
    service.add_benchmark(survey_id, _draft(organisation=OTHER, question_code="Q3", value=3.25,
                                            scale=FOUR))  # fmt: skip
    before = service.list_benchmarks(survey_id)

    for name in ("peers.csv", "peers.xlsx"):
        path = tmp_path / name
        assert export_file(exporter_for("benchmarks", empty_db), path) == 3
        summary = import_file(importer_for("benchmarks", empty_db), path)

        assert (summary.added, summary.updated) == (0, 3)
        assert service.list_benchmarks(survey_id) == before


def test_an_export_can_be_narrowed_by_a_search(empty_db: Database, tmp_path: Path) -> None:
    survey_id = _survey(empty_db)
    service = BenchmarkService(empty_db)
    service.add_benchmark(survey_id, _draft())
    service.add_benchmark(survey_id, _draft(organisation=OTHER))

    count = BenchmarkExporter(empty_db).export(tmp_path / "one.csv", search="เชียงใหม่")

    assert count == 1
    lines = (tmp_path / "one.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == HEADER.strip()
    assert lines[1] == f"SAT-2568,{OTHER},2568,,,80,percent,"


def test_the_file_s_own_words_for_a_scale_can_be_mapped(empty_db: Database, tmp_path: Path) -> None:
    _survey(empty_db)
    path = _write(tmp_path, f"SAT-2568,{PEER},2568,,,4.3,คะแนนเฉลี่ย (เต็ม 5),\n")

    importer = BenchmarkImporter(
        empty_db, value_maps={"scale": {"คะแนนเฉลี่ย (เต็ม 5)": "five_point"}}
    )

    assert import_file(importer, path).added == 1
