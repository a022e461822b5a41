"""Designing surveys: the design read back as saved, the rules a design keeps, and the refusal
of changes that would break a survey's responses."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from vocdesk.db.models import SurveyAnswer, SurveyDimension, SurveyResponse
from vocdesk.domain.enums import ProfileField, QuestionType, SurveyKind
from vocdesk.domain.messages import UserError
from vocdesk.services.database import Database
from vocdesk.services.surveys.design import (
    ChoiceDesign,
    DimensionInfo,
    InvalidSurveyDesign,
    QuestionDesign,
    SurveyDesign,
    SurveyDesignService,
)


def _design(code: str = "SAT-2569", **changes: object) -> SurveyDesign:
    questions = (
        QuestionDesign("Q1.1", "ขั้นตอนไม่ยุ่งยาก", "Simple steps", number="1.1",
                       dimension="process", points=5, offers_no_opinion=True),
        QuestionDesign("Q2.1", "ความสุภาพของเจ้าหน้าที่", "Courteous staff", number="2.1",
                       dimension="staff", points=5),
        QuestionDesign("SEX", "เพศ", "Sex", type=QuestionType.PROFILE, profile=ProfileField.SEX,
                       choices=(ChoiceDesign(1, "ชาย", "Male"), ChoiceDesign(2, "หญิง", "Female"))),
    )  # fmt: skip
    design = SurveyDesign(
        code=code, title_th="แบบสำรวจความพึงพอใจ", title_en="Satisfaction survey",
        kind=SurveyKind.SATISFACTION, fiscal_year=2569, target_percent=85.0,
        opens_on=date(2026, 6, 1), closes_on=date(2026, 8, 31), questions=questions,
    )  # fmt: skip
    return dataclasses.replace(design, **changes)  # type: ignore[arg-type]


def _problems(error: pytest.ExceptionInfo[InvalidSurveyDesign]) -> list[tuple[int | None, str]]:
    return [(p.question, p.field) for p in error.value.problems]


def _answer(db: Database, survey_id: object, values: dict[str, int | None]) -> None:
    service = SurveyDesignService(db)
    record = service.read(survey_id)  # type: ignore[arg-type]
    ids = {q.code: q.id for q in record.design.questions}
    with db.session_scope() as session:
        response = SurveyResponse(survey_id=record.id, submitted_on=date(2026, 7, 1))
        response.answers = [
            SurveyAnswer(question_id=ids[code], value=value, no_opinion=value is None)
            for code, value in values.items()
        ]
        session.add(response)


def test_a_created_survey_reads_back_with_default_level_labels(empty_db: Database) -> None:
    service = SurveyDesignService(empty_db)
    segments = service.segments()
    design = _design(segment_ids=(segments[0].id,))

    saved = service.create(design)
    record = service.read(saved.id)

    assert saved.created and record.responses == 0
    assert record.design.code == "SAT-2569" and record.design.fiscal_year == 2569
    assert [s.id for s in record.segments] == [segments[0].id]
    assert [q.code for q in record.design.questions] == ["Q1.1", "Q2.1", "SEX"]
    rating = record.design.questions[0]
    assert [(c.value, c.label_th, c.label_en) for c in rating.choices] == [
        (1, "น้อยที่สุด", "Very low"), (2, "น้อย", "Low"), (3, "ปานกลาง", "Moderate"),
        (4, "มาก", "High"), (5, "มากที่สุด", "Very high"),
    ]  # fmt: skip
    assert rating.offers_no_opinion and rating.points == 5
    assert record.design.questions[2].profile is ProfileField.SEX
    assert service.find("sat-2569") == saved.id


def test_a_design_is_refused_whole_with_every_problem_placed(empty_db: Database) -> None:
    service = SurveyDesignService(empty_db)
    service.create(_design())
    questions = (
        QuestionDesign("A", "ข้อ ก", points=6),
        QuestionDesign("a", "ข้อ ข", points=12),
        QuestionDesign("C", "ข้อ ค", type=QuestionType.SINGLE),
        QuestionDesign("D", "ข้อ ง", type=QuestionType.PROFILE,
                       choices=(ChoiceDesign(1, "x"),)),
    )  # fmt: skip

    with pytest.raises(InvalidSurveyDesign) as error:
        service.create(_design("SAT-2569", fiscal_year=2026, questions=questions))

    assert _problems(error) == [
        (None, "code"), (None, "fiscal_year"), (1, "code"), (1, "points"), (2, "choices"),
        (3, "profile"),
    ]  # fmt: skip
    assert "Question 2 (“a”), code" in error.value.message.english()
    assert len(service.dimensions()) == 8  # nothing written


def test_a_rating_scale_of_four_or_seven_points_gets_its_labels(empty_db: Database) -> None:
    service = SurveyDesignService(empty_db)
    design = _design(questions=(QuestionDesign("Q1", "ข้อ 1", points=4),
                                QuestionDesign("Q2", "ข้อ 2", points=7),
                                QuestionDesign("Q3", "ข้อ 3", points=3)))  # fmt: skip

    record = service.read(service.create(design).id)

    four, seven, three = record.design.questions
    assert [c.label_th for c in four.choices] == ["น้อย", "ปานกลาง", "มาก", "มากที่สุด"]
    assert len(seven.choices) == 7 and seven.choices[2].label_en == "Fairly low"
    assert [c.label_th for c in three.choices] == ["1", "2", "3"]


def test_unknown_dimensions_join_the_catalogue(empty_db: Database) -> None:
    service = SurveyDesignService(empty_db)
    design = _design(questions=(QuestionDesign("Q1", "ข้อ 1", dimension="digital", points=5),))

    saved = service.create(design)

    assert saved.added_dimensions == ("digital",)
    assert "digital" in {d.code for d in service.dimensions()}
    assert saved.notices()[0].params == {"code": "digital"}


def test_harmless_edits_are_allowed_once_there_are_responses(empty_db: Database) -> None:
    service = SurveyDesignService(empty_db)
    saved = service.create(_design())
    _answer(empty_db, saved.id, {"Q1.1": 4, "Q2.1": 5, "SEX": 2})
    design = service.read(saved.id).design
    first = design.questions[0]
    edited = dataclasses.replace(
        design,
        title_en="Satisfaction survey, round 1",
        questions=(
            dataclasses.replace(first, code="Q1-1", text_en="Steps are simple",
                                dimension="service_quality"),
            *design.questions[1:],
            QuestionDesign("Q9", "ข้อเสนอแนะ", type=QuestionType.TEXT),
        ),
    )  # fmt: skip

    service.update(saved.id, edited)

    record = service.read(saved.id)
    assert record.responses == 1
    assert [q.code for q in record.design.questions] == ["Q1-1", "Q2.1", "SEX", "Q9"]
    assert record.design.questions[0].id == first.id  # the same question: its answers kept


def test_breaking_changes_are_refused_naming_the_question(empty_db: Database) -> None:
    service = SurveyDesignService(empty_db)
    saved = service.create(_design())
    _answer(empty_db, saved.id, {"Q1.1": None, "Q2.1": 5, "SEX": 2})
    design = service.read(saved.id).design
    q1, q2, sex = design.questions
    broken = dataclasses.replace(
        design,
        questions=(
            dataclasses.replace(q1, offers_no_opinion=False),
            dataclasses.replace(sex, choices=(ChoiceDesign(1, "ชาย", "Male"),)),
        ),
    )

    with pytest.raises(InvalidSurveyDesign) as error:
        service.update(saved.id, broken)

    text = error.value.message.english()
    assert "Question “Q2.1”: the survey has responses, so this question cannot be removed" in text
    assert "Question 1 (“Q1.1”), no opinion" in text
    assert "Question 2 (“SEX”), choices: answers use the value(s) 2" in text

    with pytest.raises(InvalidSurveyDesign, match="scale cannot change from 5 to 4"):
        service.update(saved.id, dataclasses.replace(
            design, questions=(q1, dataclasses.replace(q2, points=4, choices=()), sex)))  # fmt: skip
    with pytest.raises(InvalidSurveyDesign, match="type cannot change"):
        service.update(saved.id, dataclasses.replace(
            design, questions=(q1, dataclasses.replace(q2, type=QuestionType.NPS), sex)))  # fmt: skip
    assert service.read(saved.id).design == design


def test_without_responses_any_change_is_allowed(empty_db: Database) -> None:
    service = SurveyDesignService(empty_db)
    saved = service.create(_design())
    design = service.read(saved.id).design
    q1, q2, sex = design.questions

    service.update(saved.id, dataclasses.replace(
        design, questions=(dataclasses.replace(q2, code="Q1.1", points=4, choices=()),
                           dataclasses.replace(q1, code="Q2.1"))))  # fmt: skip

    after = service.read(saved.id).design
    assert [(q.code, q.points, q.id) for q in after.questions] == [
        ("Q1.1", 4, q2.id), ("Q2.1", 5, q1.id),
    ]  # fmt: skip


def test_a_survey_with_responses_is_not_deleted(empty_db: Database) -> None:
    service = SurveyDesignService(empty_db)
    kept = service.create(_design())
    gone = service.create(_design("SAT-2570"))
    _answer(empty_db, kept.id, {"Q1.1": 4})

    with pytest.raises(UserError, match="has 1 response and"):
        service.delete(kept.id)
    service.delete(gone.id)

    assert service.find("SAT-2569") == kept.id and service.find("SAT-2570") is None


def test_the_dimensions_catalogue_is_edited_whole(empty_db: Database) -> None:
    service = SurveyDesignService(empty_db)
    service.create(_design())
    dimensions = service.dimensions()
    staff = next(d for d in dimensions if d.code == "staff")
    unused = next(d for d in dimensions if d.code == "loyalty")
    edited = [d for d in dimensions if d.code != "loyalty"]
    edited = [dataclasses.replace(d, code="people") if d is staff else d for d in edited]
    edited.append(DimensionInfo("digital", "ด้านดิจิทัล", "Digital", 90))

    service.save_dimensions(edited)

    after = {d.code: d for d in service.dimensions()}
    assert "loyalty" not in after and after["digital"].name_en == "Digital"
    assert after["people"].questions == 1 and unused.questions == 0
    design = service.read(service.find("SAT-2569")).design  # type: ignore[arg-type]
    assert design.questions[1].dimension == "people"

    with pytest.raises(UserError, match="used by questions"):
        service.save_dimensions([d for d in service.dimensions() if d.code != "people"])
    with empty_db.session_scope() as session:
        assert session.query(SurveyDimension).count() == len(after)


@pytest.mark.parametrize("key", ["satisfaction", "engagement", "dissatisfaction"])
def test_every_template_saves_as_a_valid_design_in_both_languages(
    empty_db: Database, key: str
) -> None:
    from vocdesk.services.surveys.templates import template_design, templates

    service = SurveyDesignService(empty_db)
    segments = service.segments()
    template = next(t for t in templates() if t.key == key)

    record = service.read(service.create(
        template_design(key, fiscal_year=2569, segments=segments)).id)  # fmt: skip

    design = record.design
    assert design.code == f"{template.code_prefix}-2569" and design.kind is template.kind
    assert len(design.questions) == template.questions and record.segments
    assert all(q.text_th and q.text_en for q in design.questions)
    assert all(c.label_th and c.label_en for q in design.questions for c in q.choices)
    profile = {q.profile for q in design.questions if q.type is QuestionType.PROFILE}
    assert {ProfileField.RESPONDENT_KIND, ProfileField.SEGMENT} <= profile
    segment_question = next(q for q in design.questions if q.profile is ProfileField.SEGMENT)
    by_id = {s.id: s.code for s in segments}
    assert by_id[segment_question.choices[0].segment_id] == "general_public"  # type: ignore[index]


def test_the_satisfaction_template_is_the_standard_thai_form(empty_db: Database) -> None:
    from vocdesk.services.surveys.templates import template_design

    design = template_design("satisfaction", fiscal_year=2569)

    rated = [q for q in design.questions if q.type is QuestionType.RATING]
    assert {q.dimension for q in rated} == {"process", "staff", "facilities", "overall"}
    assert rated[0].text_th == "ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน และมีความคล่องตัว"
    assert all(q.points == 5 and q.offers_no_opinion for q in rated)
    assert {q.profile for q in design.questions if q.profile} == set(ProfileField)
    engagement = template_design("engagement", fiscal_year=2569)
    assert [q.type for q in engagement.questions].count(QuestionType.NPS) == 1
