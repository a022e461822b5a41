"""The SQL behind a survey's results: two passes over the answers, and small look-ups.

What counts: the first entry pass of each form (``entry_pass == 1``), answers with a value that
are not "no opinion" (no row is no answer). Keys are read as their stored text (32 hex digits):
hundreds of thousands of rows need no UUID objects built.

The two passes over a survey's answers (docs/survey-analysis.md, "Speed"):

- **counts**: ``GROUP BY segment, question, value, importance`` over the answers joined to
  their response: every item's, importance pair's and NPS question's frequency table per
  segment, a few hundred rows; all respondents are their sum.
- **respondents**: one row per response (sum, count and low answers of its scored items), read
  in the responses' rowid order so that SQLite groups without sorting; Python turns 100,000 of
  them into the segments' test and the dissatisfied respondents.

Both scan the survey's responses in rowid order (``NOT INDEXED``: VocDesk's keys are
time-ordered, so the answers are then read in the order they were written) and reach each
response's answers through the answer table's primary key. The question filter is written
``+question_id IN (...)`` so that SQLite does not seek once per question and response.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import String, func, select, text, type_coerce
from sqlalchemy.orm import Session

from vocdesk.analytics.surveys.statistics import AnswerCount
from vocdesk.db.models import Segment, SurveyDimension, SurveyQuestion, SurveyResponse
from vocdesk.domain.enums import QuestionType
from vocdesk.domain.tables import Named

SCORED_TYPES = (QuestionType.RATING, QuestionType.IMPORTANCE)
_CHUNK = 500  # keys per IN (...) list: well under SQLite's limit of bound parameters


@dataclass(frozen=True)
class QuestionInfo:
    id: str  # hex, as stored
    code: str
    number: str
    title: Named
    dimension: str
    type: QuestionType
    points: int | None

    @property
    def scored(self) -> bool:
        """A rating, or an importance question's satisfaction, on a scale of 2 or more."""
        return self.type in SCORED_TYPES and (self.points or 0) >= 2


@dataclass(frozen=True)
class Respondent:
    response_id: str  # hex
    segment: str  # the segment's code, "" for none
    n: int  # scored answers
    mean: float  # on the survey's scale
    low: int  # bottom-two answers


def questions_of(
    session: Session, survey_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[QuestionInfo]]:
    """Each survey's questions in form order."""
    q = SurveyQuestion
    rows = session.execute(
        select(
            q.survey_id, type_coerce(q.id, String()), q.code, q.number, q.text_th, q.text_en,
            q.dimension, q.type, q.points,
        )
        .where(q.survey_id.in_(survey_ids))
        .order_by(q.survey_id, q.position, q.code)
    )  # fmt: skip
    found: dict[uuid.UUID, list[QuestionInfo]] = defaultdict(list)
    for r in rows:
        found[r[0]].append(
            QuestionInfo(r[1], r[2], r[3], Named(r[4], r[5]), r[6], QuestionType(r[7]), r[8])
        )
    return found


def dimension_names(session: Session) -> dict[str, Named]:
    """The dimensions catalogue, in its order."""
    d = SurveyDimension
    rows = session.execute(select(d.code, d.name_th, d.name_en).order_by(d.sort_order, d.code))
    return {code: Named(th, en) for code, th, en in rows}


def segments(session: Session) -> tuple[dict[str, Named], dict[str, str]]:
    """The registry's segments: names by code in the registry's order, and codes by id (hex)."""
    rows = session.execute(
        select(type_coerce(Segment.id, String()), Segment.code, Segment.name_th, Segment.name_en)
        .order_by(Segment.sort_order, Segment.code)
    )  # fmt: skip
    names: dict[str, Named] = {}
    codes: dict[str, str] = {}
    for segment_id, code, th, en in rows:
        names[code] = Named(th, en)
        codes[segment_id] = code
    return names, codes


def response_counts(
    session: Session, survey_id: uuid.UUID, segment_codes: dict[str, str]
) -> dict[str, int]:
    """Counted forms per segment code ("" for none)."""
    r = SurveyResponse
    rows = session.execute(
        select(type_coerce(r.segment_id, String()), func.count())
        .where(r.survey_id == survey_id, r.entry_pass == 1)
        .group_by(r.segment_id)
    )
    found: dict[str, int] = defaultdict(int)
    for segment_id, count in rows:
        found[segment_codes.get(segment_id or "", "")] += count
    return dict(found)


def _in_list(name: str, values: Iterable[str]) -> tuple[str, dict[str, str]]:
    """``name IN (:p0, :p1, ...)`` with its parameters."""
    params = {f"{name}_{i}": value for i, value in enumerate(values)}
    return "(" + ", ".join(f":{key}" for key in params) + ")", params


def answer_counts(
    session: Session,
    survey_id: uuid.UUID,
    questions: Sequence[QuestionInfo],
    segment_codes: dict[str, str],
) -> tuple[list[AnswerCount], list[AnswerCount]]:
    """The counts pass: (segment code, question code, value, n) of the questions' values, and
    of their importance answers; "" for responses in no segment."""
    if not questions:
        return [], []
    codes = {q.id: q.code for q in questions}
    ids, params = _in_list("q", codes)
    rows = session.execute(
        text(
            "SELECT r.segment_id, a.question_id, a.value, a.importance, count(*)"
            " FROM survey_response AS r NOT INDEXED"
            " JOIN survey_answer AS a ON a.response_id = r.id"
            " WHERE r.survey_id = :survey AND r.entry_pass = 1 AND a.no_opinion = 0"
            f" AND +a.question_id IN {ids}"
            " AND (a.value IS NOT NULL OR a.importance IS NOT NULL)"
            " GROUP BY r.segment_id, a.question_id, a.value, a.importance"
        ),
        {"survey": survey_id.hex, **params},
    )
    values: dict[tuple[str, str, int], int] = defaultdict(int)
    importance: dict[tuple[str, str, int], int] = defaultdict(int)
    for segment_id, question_id, value, weight, count in rows:
        key = segment_codes.get(segment_id or "", "")
        if value is not None:
            values[key, codes[question_id], int(value)] += count
        if weight is not None:
            importance[key, codes[question_id], int(weight)] += count
    return (
        [AnswerCount(s, q, v, n) for (s, q, v), n in values.items()],
        [AnswerCount(s, q, v, n) for (s, q, v), n in importance.items()],
    )


def respondents(
    session: Session,
    survey_id: uuid.UUID,
    scored: Sequence[QuestionInfo],
    points: int,
    segment_codes: dict[str, str],
) -> list[Respondent]:
    """The respondents pass: each counted response with a scored answer, its mean rating on the
    survey's scale (items on other scales mapped linearly: the map is affine, so a sum of mapped
    values is n + (sum - n) x (points - 1) / (p - 1)) and its bottom-two answers."""
    if not scored:
        return []
    ids, params = _in_list("q", (q.id for q in scored))
    others = sorted({q.points or points for q in scored} - {points})
    extra = []
    for p in others:
        subset, subset_params = _in_list(f"p{p}", (q.id for q in scored if q.points == p))
        params.update(subset_params)
        extra.append(
            f", sum(CASE WHEN +a.question_id IN {subset} THEN a.value END)"
            f", count(CASE WHEN +a.question_id IN {subset} THEN a.value END)"
        )
    rows = session.execute(
        text(
            "SELECT r.id, r.segment_id, count(a.value), sum(a.value), sum(a.value <= 2)"
            + "".join(extra)
            + " FROM survey_response AS r NOT INDEXED"
            " JOIN survey_answer AS a ON a.response_id = r.id"
            " WHERE r.survey_id = :survey AND r.entry_pass = 1 AND a.no_opinion = 0"
            f" AND +a.question_id IN {ids} AND a.value IS NOT NULL"
            " GROUP BY r.rowid"  # the scan's order: no sorting
        ),
        {"survey": survey_id.hex, **params},
    )
    found = []
    for row in rows:
        response_id, segment_id, n, total, low = row[:5]
        mapped = float(total)
        for i, p in enumerate(others):
            subtotal, count = row[5 + 2 * i] or 0, row[6 + 2 * i]
            mapped += count + (subtotal - count) * (points - 1) / (p - 1) - subtotal
        mean = total / n if not others else mapped / n
        found.append(Respondent(response_id, segment_codes.get(segment_id or "", ""), n, mean, low))
    return found


@dataclass(frozen=True)
class FreeText:
    response_id: str  # hex
    form_number: str
    segment: str  # code, "" for none
    source: str  # "comment" or the text question's code
    text: str


def free_texts(
    session: Session, survey_id: uuid.UUID, text_questions: Sequence[QuestionInfo],
    segment_codes: dict[str, str],
) -> list[FreeText]:  # fmt: skip
    """Every counted form's comment and answers to text questions, stripped, empty ones left out."""
    found: list[FreeText] = []
    rows = session.execute(
        text(
            "SELECT id, form_number, segment_id, comment FROM survey_response"
            " WHERE survey_id = :survey AND entry_pass = 1 AND comment != ''"
        ),
        {"survey": survey_id.hex},
    )
    for response_id, form, segment_id, comment in rows:
        if comment.strip():
            code = segment_codes.get(segment_id or "", "")
            found.append(FreeText(response_id, form, code, "comment", comment.strip()))
    if text_questions:
        codes = {q.id: q.code for q in text_questions}
        ids, params = _in_list("q", codes)
        rows = session.execute(
            text(
                "SELECT r.id, r.form_number, r.segment_id, a.question_id, a.text"
                " FROM survey_response AS r NOT INDEXED"
                " JOIN survey_answer AS a ON a.response_id = r.id"
                f" WHERE r.survey_id = :survey AND r.entry_pass = 1 AND a.question_id IN {ids}"
                " AND a.text IS NOT NULL AND a.text != ''"
            ),
            {"survey": survey_id.hex, **params},
        )
        for response_id, form, segment_id, question_id, answer in rows:
            if answer.strip():
                code = segment_codes.get(segment_id or "", "")
                found.append(FreeText(response_id, form, code, codes[question_id], answer.strip()))
    return found


def low_items(
    session: Session, response_ids: Iterable[str], scored: Sequence[QuestionInfo]
) -> dict[str, list[str]]:
    """The scored items each of the responses answered in the bottom two levels."""
    codes = {q.id: q.code for q in scored}
    found: dict[str, list[str]] = defaultdict(list)
    ids = sorted(set(response_ids))
    question_ids, question_params = _in_list("q", codes)
    for start in range(0, len(ids), _CHUNK):
        chunk, params = _in_list("r", ids[start : start + _CHUNK])
        rows = session.execute(
            text(
                "SELECT response_id, question_id FROM survey_answer"
                f" WHERE response_id IN {chunk} AND +question_id IN {question_ids}"
                " AND value <= 2 AND no_opinion = 0"
            ),
            {**params, **question_params},
        )
        for response_id, question_id in rows:
            found[response_id].append(codes[question_id])
    return dict(found)
