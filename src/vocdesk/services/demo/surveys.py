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


def build_surveys(
    b: DemoBuilder, per_round: int, engagement: int
) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Rows to insert, parents first: surveys, questions, responses, answers."""
    rounds = [
        (f"แบบสำรวจความพึงพอใจของผู้รับบริการ ประจำปีงบประมาณ พ.ศ. {fy}", "satisfaction", fy,
         85.0, mean, per_round, data.SATISFACTION_ITEMS, RESPONDENT_SEGMENTS)
        for fy, mean in zip(b.fiscal_years[-len(SATISFACTION_MEANS):], SATISFACTION_MEANS, strict=True)
    ]  # fmt: skip
    last = b.fiscal_years[-1]
    rounds.append((
        f"แบบสำรวจความผูกพันของผู้มีส่วนได้ส่วนเสีย ประจำปีงบประมาณ พ.ศ. {last}", "engagement", last,
        80.0, ENGAGEMENT_MEAN, engagement, data.ENGAGEMENT_ITEMS, ENGAGEMENT_SEGMENTS,
    ))  # fmt: skip
    surveys, questions, responses, answers = [], [], [], []
    for title, kind, fy, target, mean, count, items, segment_weights in rounds:
        opens = date(fy - 543, 6, 1)  # June to August, before the fiscal year ends
        closes = date(fy - 543, 8, 31)
        made = _utc(opens - timedelta(days=14))
        survey_id = b.new_id(made)
        surveys.append({
            "id": survey_id, "title": title, "kind": kind, "fiscal_year": fy, "scale_points": 5,
            "target_percent": target, "segment_id": None, "opens_on": opens, "closes_on": closes,
            "created_at": made, "updated_at": made,
        })  # fmt: skip
        question_ids = []
        for number, section, text, dimension in items:
            question_ids.append((number, b.new_id(made)))
            questions.append({
                "id": question_ids[-1][1], "survey_id": survey_id, "number": number,
                "section": section, "text": text, "dimension": dimension,
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
                "segment_id": segment_id, "submitted_on": submitted,
                "comment": b.rng.choice(data.SURVEY_COMMENTS) if b.rng.random() < 0.2 else "",
                "created_at": at, "updated_at": at,
            })  # fmt: skip
            leaning = b.rng.gauss(0, 0.45)
            for number, question_id in question_ids:
                value = None
                if b.rng.random() >= NOT_APPLICABLE:
                    score = mean + leaning + ITEM_OFFSETS.get(number, 0.0) + b.rng.gauss(0, 0.55)
                    value = min(5, max(1, round(score)))
                answers.append({
                    "id": b.new_id(at), "response_id": response_id, "question_id": question_id,
                    "value": value, "created_at": at, "updated_at": at,
                })  # fmt: skip
    return [(m.Survey, surveys), (m.SurveyQuestion, questions), (m.SurveyResponse, responses),
            (m.SurveyAnswer, answers)]  # fmt: skip


def _utc(d: date) -> datetime:
    return datetime.combine(d, time(9, 0), tzinfo=data.THAI_TIME).astimezone(UTC)
