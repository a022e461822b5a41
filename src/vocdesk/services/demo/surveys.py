"""Demonstration survey rounds: satisfaction in the last three fiscal years (2567-2569 with the
default "today") and one engagement round in the last of them.

The items are real Thai government satisfaction-form items (``data.SATISFACTION_ITEMS``).
Answers come from a per-round mean, a per-respondent leaning and a per-item offset, so the
rounds show a trend, waiting time scores lowest and staff courtesy highest, as real ones do.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from vocdesk.db import models as m
from vocdesk.services.demo import data
from vocdesk.services.surveys import template_items
from vocdesk.services.surveys.answer_scores import NO_ANSWER, ZERO

# The demo's items are the templates' real ones: their English comes from there.
ENGLISH = {
    thai: english
    for items in (template_items.SATISFACTION_ITEMS, template_items.ENGAGEMENT_ITEMS)
    for _code, _section, _dimension, thai, english in items
}

if TYPE_CHECKING:
    from vocdesk.services.demo.generate import DemoBuilder

SATISFACTION_MEANS = (3.85, 4.05, 4.22)  # oldest year first: satisfaction improves
ENGAGEMENT_MEAN = 4.0
ITEM_OFFSETS = {"1.2": -0.35, "1.6": -0.3, "3.1": -0.2, "3.3": -0.25, "2.1": 0.15, "2.2": 0.2}
RESPONDENT_SEGMENTS = {
    "general_public": 60,
    "business": 20,
    "government": 8,
    "community": 8,
    "partners": 4,
}
ENGAGEMENT_SEGMENTS = {"business": 35, "government": 25, "community": 20, "partners": 20}
NOT_APPLICABLE = 0.02
FIVE_LEVELS = (
    ("น้อยที่สุด", "Very low"), ("น้อย", "Low"), ("ปานกลาง", "Moderate"), ("มาก", "High"),
    ("มากที่สุด", "Very high"),
)  # fmt: skip


def build_surveys(
    b: DemoBuilder, per_round: int, engagement: int
) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Rows to insert, parents first: surveys, questions, responses, answers."""
    rounds = [
        (f"SAT-{fy}", f"แบบสำรวจความพึงพอใจของผู้รับบริการ ประจำปีงบประมาณ พ.ศ. {fy}",
         f"Service recipient satisfaction survey, fiscal year {fy - 543}", "satisfaction", fy,
         85.0, mean, per_round, data.SATISFACTION_ITEMS, RESPONDENT_SEGMENTS)
        for fy, mean in zip(b.fiscal_years[-len(SATISFACTION_MEANS):], SATISFACTION_MEANS, strict=True)
    ]  # fmt: skip
    last = b.fiscal_years[-1]
    rounds.append((
        f"ENG-{last}", f"แบบสำรวจความผูกพันของผู้มีส่วนได้ส่วนเสีย ประจำปีงบประมาณ พ.ศ. {last}",
        f"Stakeholder engagement survey, fiscal year {last - 543}", "engagement", last,
        80.0, ENGAGEMENT_MEAN, engagement, data.ENGAGEMENT_ITEMS, ENGAGEMENT_SEGMENTS,
    ))  # fmt: skip
    surveys, questions, choices, responses, answers = [], [], [], [], []
    targets, benchmarks = [], []
    for code, title_th, title_en, kind, fy, target, mean, count, items, segment_weights in rounds:
        opens = date(fy - 543, 6, 1)  # June to August, before the fiscal year ends
        closes = date(fy - 543, 8, 31)
        made = _utc(opens - timedelta(days=14))
        survey_id = b.new_id(made)
        surveys.append({
            "id": survey_id, "code": code, "title_th": title_th, "title_en": title_en,
            "kind": kind, "fiscal_year": fy, "round": 1, "method": "paper", "scale_points": 5,
            "band_convention": "equal_width", "target_sample": count, "target_percent": target,
            "opens_on": opens, "closes_on": closes, "notes": "", "created_at": made,
            "updated_at": made,
        })  # fmt: skip
        targets += [
            {"survey_id": survey_id, "segment_id": b.segments[code].id}
            for code in segment_weights if code in b.segments
        ]  # fmt: skip
        if kind == "satisfaction":
            benchmarks += _benchmarks(b, survey_id, fy, made)
        question_ids = []
        for position, (number, section, text, dimension) in enumerate(items, start=1):
            question_id = b.new_id(made)
            question_ids.append((number, question_id))
            questions.append({
                "id": question_id, "survey_id": survey_id, "position": position,
                "code": f"Q{number}", "number": number, "section": section, "text_th": text,
                "text_en": ENGLISH.get(text, ""), "dimension": dimension, "type": "rating", "points": 5,
                "offers_no_opinion": True, "profile": None, "created_at": made, "updated_at": made,
            })  # fmt: skip
            for level, (label_th, label_en) in enumerate(FIVE_LEVELS, start=1):
                choices.append({
                    "id": b.new_id(made), "question_id": question_id, "value": level,
                    "label_th": label_th, "label_en": label_en, "segment_id": None,
                    "created_at": made, "updated_at": made,
                })  # fmt: skip
        weights = {code: w for code, w in segment_weights.items() if code in b.segments}
        for _ in range(count):
            submitted = opens + timedelta(days=b.rng.randint(0, (closes - opens).days))
            at = b.moment(submitted)
            who = b.stakeholder_before(at) if b.rng.random() < 0.25 else None
            segment_id = (
                who["segment_id"] if who else b.segments[b.pick(weights)].id if weights else None
            )
            response_id = b.new_id(at)
            responses.append({
                "id": response_id, "survey_id": survey_id, "stakeholder_id": who["id"] if who else None,
                "segment_id": segment_id, "submitted_on": submitted, "form_number": "",
                "entry_pass": 1,
                "comment": b.rng.choice(data.SURVEY_COMMENTS) if b.rng.random() < 0.2 else "",
                "created_at": at, "updated_at": at,
            })  # fmt: skip
            leaning = b.rng.gauss(0, 0.45)
            scores = []  # the response's answers kept ready for the analysis (answer_scores.py)
            for number, question_id in question_ids:
                value = None
                if b.rng.random() >= NOT_APPLICABLE:
                    score = mean + leaning + ITEM_OFFSETS.get(number, 0.0) + b.rng.gauss(0, 0.55)
                    value = min(5, max(1, round(score)))
                answers.append({
                    "response_id": response_id, "question_id": question_id, "seq": 0,
                    "value": value, "importance": None, "number": None, "text": None,
                    "no_opinion": value is None,
                })  # fmt: skip
                scores.append(NO_ANSWER if value is None else chr(ZERO + value))
            responses[-1]["scores"] = "".join(scores).rstrip(NO_ANSWER)
            responses[-1]["importances"] = ""  # no importance questions
    return [(m.Survey, surveys), (m.SurveyQuestion, questions), (m.SurveyChoice, choices),
            (m.SurveyResponse, responses), (m.SurveyAnswer, answers),
            (m.survey_target_segment, targets), (m.SurveyBenchmark, benchmarks)]  # fmt: skip


def _benchmarks(
    b: DemoBuilder, survey_id: Any, fiscal_year: int, made: datetime
) -> list[dict[str, Any]]:
    """Two peer agencies' published results for the round: a percent overall and a 5-point mean
    per dimension, near ours, as a peer's report would give them."""
    rows = []
    for organisation, lean in zip(data.COMPARATORS[:2], (0.08, -0.06), strict=True):
        source = f"รายงานผลการสำรวจความพึงพอใจ ปีงบประมาณ พ.ศ. {fiscal_year}"
        rows.append({
            "id": b.new_id(made), "survey_id": survey_id, "organisation": organisation,
            "fiscal_year": fiscal_year, "dimension": "", "question_code": "",
            "value": round(82.0 + lean * 40 + b.rng.uniform(-1.5, 1.5), 2), "scale": "percent",
            "source": source, "created_at": made, "updated_at": made,
        })  # fmt: skip
        for dimension in ("process", "staff", "facilities"):
            rows.append({
                "id": b.new_id(made), "survey_id": survey_id, "organisation": organisation,
                "fiscal_year": fiscal_year, "dimension": dimension, "question_code": "",
                "value": round(4.1 + lean + b.rng.uniform(-0.15, 0.15), 2), "scale": "five_point",
                "source": source, "created_at": made, "updated_at": made,
            })  # fmt: skip
    return rows


def _utc(d: date) -> datetime:
    return datetime.combine(d, time(9, 0), tzinfo=data.THAI_TIME).astimezone(UTC)
