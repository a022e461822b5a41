"""The SQL behind a survey's results: one pass over the answers, and small look-ups.

What counts: the first entry pass of each form (``entry_pass == 1``), answers with a value that
are not "no opinion" (no row is no answer). Keys are read as their stored text (32 hex digits):
hundreds of thousands of rows need no UUID objects built.

**One pass** (``answer_pass``) reads each counted form once, without the answers table: its
segment and its answers kept ready as two short strings (``SurveyResponse.scores`` and
``importances``, one character per question, ``chr(48 + value)`` or ``.``; kept equal to the
answers by ``answer_scores.py``). numpy turns the strings into a response x question table of
values in a few vectorised steps and counts it (``np.bincount``) into the frequency tables the
analytics take, and into each respondent's sum, count and low answers. Measured on 100,000
responses x 30 questions (benchmarks/bench_survey_analysis.py): about 0.5 s for every figure,
where joining the 3 million answers took about 1.9 s.

Values outside 0..79 (no scale has them) are left out: their character would not be ASCII.

On PostgreSQL the keys come back as ``uuid`` objects and are taken as the same hex (``_hex``);
SQLite's planner hints (``NOT INDEXED``, ``+column``) and its ``rowid`` are left out there.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import String, func, select, text, type_coerce
from sqlalchemy.orm import Session

from vocdesk.analytics.surveys.statistics import AnswerCount
from vocdesk.db.models import Segment, SurveyDimension, SurveyQuestion, SurveyResponse
from vocdesk.domain.enums import QuestionType
from vocdesk.domain.tables import Named
from vocdesk.services.surveys.answer_scores import MAX_VALUE, NO_ANSWER, ZERO, stored_hex

if TYPE_CHECKING:  # numpy itself is imported where it is used: ~0.25 s at every start else
    import numpy as np
    import numpy.typing as npt

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
    column: int = 0  # its character in the responses' ``scores`` (answer_scores.py)
    importance_column: int | None = None  # its character in ``importances`` (importance only)

    @property
    def scored(self) -> bool:
        """A rating, or an importance question's satisfaction, on a scale of 2 or more."""
        return self.type in SCORED_TYPES and (self.points or 0) >= 2


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
    importances: dict[uuid.UUID, int] = defaultdict(int)
    for r in rows:
        kind = QuestionType(r[7])
        weight = None
        if kind is QuestionType.IMPORTANCE:
            weight = importances[r[0]]
            importances[r[0]] += 1
        found[r[0]].append(
            QuestionInfo(
                stored_hex(r[1]),
                r[2],
                r[3],
                Named(r[4], r[5]),
                r[6],
                kind,
                r[8],
                len(found[r[0]]),
                weight,
            )
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
        codes[stored_hex(segment_id)] = code
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
        found[segment_codes.get(stored_hex(segment_id), "")] += count
    return dict(found)


def _in_list(name: str, values: Iterable[str]) -> tuple[str, dict[str, str]]:
    """``name IN (:p0, :p1, ...)`` with its parameters."""
    params = {f"{name}_{i}": value for i, value in enumerate(values)}
    return "(" + ", ".join(f":{key}" for key in params) + ")", params


@dataclass(frozen=True)
class Respondents:
    """The counted responses with a scored answer, as parallel arrays (one entry each)."""

    ids: list[str]  # hex
    segments: list[str]  # the segment's code, "" for none
    n: npt.NDArray[np.float64]  # scored answers
    mean: npt.NDArray[np.float64]  # mean rating on the survey's scale
    low: npt.NDArray[np.float64]  # bottom-two answers

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class AnswerPass:
    values: list[AnswerCount]  # (segment code, question code, value, n); "" for no segment
    importance: list[AnswerCount]  # the same for importance answers
    respondents: Respondents


def answer_pass(
    session: Session,
    survey_id: uuid.UUID,
    questions: Sequence[QuestionInfo],
    points: int,
    segment_codes: dict[str, str],
) -> AnswerPass:
    """Every counted answer of ``questions`` (values and importance), and per respondent the
    sum, count and low answers of the scored ones, their mean mapped onto the survey's scale."""
    import numpy as np

    if not questions:
        empty = np.zeros(0)
        return AnswerPass([], [], Respondents([], [], empty, empty, empty))
    order = "id" if _on_postgres(session) else "rowid"  # the order they were written in
    rows = [
        (stored_hex(key), stored_hex(segment), scores, importances)
        for key, segment, scores, importances in session.execute(
            text(
                "SELECT id, segment_id, scores, importances FROM survey_response"
                f" WHERE survey_id = :survey AND entry_pass = 1 ORDER BY {order}"
            ),
            {"survey": survey_id.hex},
        )
    ]
    segment_list = sorted(set(segment_codes.values())) + [""]
    segment_index = {code: i for i, code in enumerate(segment_list)}
    response_segment = np.fromiter(
        (segment_index[segment_codes.get(row[1] or "", "")] for row in rows),
        dtype=np.int64, count=len(rows),
    )  # fmt: skip
    codes = [q.code for q in questions]
    values = _decoded([row[2] for row in rows], [q.column for q in questions])
    weights = _decoded(
        [row[3] for row in rows],
        [-1 if q.importance_column is None else q.importance_column for q in questions],
    )

    def counted(table: npt.NDArray[np.int64]) -> list[AnswerCount]:
        width = MAX_VALUE + 1
        response, question = np.nonzero(table >= 0)
        key = (response_segment[response] * len(codes) + question) * width + table[
            response, question
        ]
        tally = np.bincount(key, minlength=0)
        found = []
        for k in np.flatnonzero(tally).tolist():
            rest, v = divmod(k, width)
            s, q = divmod(rest, len(codes))
            found.append(AnswerCount(segment_list[s], codes[q], v, int(tally[k])))
        return found

    # Respondents: scored answers only, mapped onto the survey's scale (1 + (v - 1) x factor),
    # added up in the order of the questions' keys, as a pass over the answer table would.
    n = np.zeros(len(rows))
    total = np.zeros(len(rows))
    low = np.zeros(len(rows))
    scored = [j for j, q in enumerate(questions) if q.scored]
    for j in sorted(scored, key=lambda j: questions[j].id):
        value = values[:, j]
        answered = value >= 0
        factor = (points - 1) / ((questions[j].points or points) - 1)
        n += answered
        total += np.where(answered, 1 + (value - 1) * factor, 0.0)
        low += answered & (value <= 2)
    keep = np.flatnonzero(n > 0)
    respondents = Respondents(
        [rows[i][0] for i in keep.tolist()],
        [segment_list[response_segment[i]] for i in keep.tolist()],
        n[keep], total[keep] / n[keep], low[keep],
    )  # fmt: skip
    return AnswerPass(counted(values), counted(weights), respondents)


def _decoded(packed: list[str], columns: Sequence[int]) -> npt.NDArray[np.int64]:
    """The responses' strings -> a (response, question) table of values, -1 for none; column
    -1 is no character (a question that has none in these strings)."""
    import numpy as np

    width = max(columns, default=-1) + 2  # one more character: always "." (column -1)
    dots = NO_ANSWER * width
    joined = "".join((p[: width - 1] + dots)[:width] for p in packed)
    chars = np.frombuffer(joined.encode("ascii"), dtype=np.uint8).reshape(len(packed), width)
    picked = chars[:, [c if c >= 0 else width - 1 for c in columns]].astype(np.int64)
    return np.where(picked == ord(NO_ANSWER), -1, picked - ZERO)


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
            code = segment_codes.get(stored_hex(segment_id), "")
            found.append(FreeText(stored_hex(response_id), form, code, "comment", comment.strip()))
    if text_questions:
        codes = {q.id: q.code for q in text_questions}
        ids, params = _in_list("q", codes)
        rows = session.execute(
            text(
                "SELECT r.id, r.form_number, r.segment_id, a.question_id, a.text"
                f" FROM survey_response AS r {'' if _on_postgres(session) else 'NOT INDEXED'}"
                " JOIN survey_answer AS a ON a.response_id = r.id"
                f" WHERE r.survey_id = :survey AND r.entry_pass = 1 AND a.question_id IN {ids}"
                " AND a.text IS NOT NULL AND a.text != ''"
            ),
            {"survey": survey_id.hex, **params},
        )
        for response_id, form, segment_id, question_id, answer in rows:
            if answer.strip():
                code = segment_codes.get(stored_hex(segment_id), "")
                found.append(FreeText(stored_hex(response_id), form, code,
                                      codes[stored_hex(question_id)], answer.strip()))  # fmt: skip
    return found


def low_items(
    session: Session, response_ids: Iterable[str], scored: Sequence[QuestionInfo]
) -> dict[str, list[str]]:
    """The scored items each of the responses answered in the bottom two levels."""
    codes = {q.id: q.code for q in scored}
    found: dict[str, list[str]] = defaultdict(list)
    ids = sorted(set(response_ids))
    question_ids, question_params = _in_list("q", codes)
    # SQLite: "+" keeps the question index out (the response's rows are few); 0 is false.
    question, no_opinion = (
        ("question_id", "false") if _on_postgres(session) else ("+question_id", "0")
    )
    for start in range(0, len(ids), _CHUNK):
        chunk, params = _in_list("r", ids[start : start + _CHUNK])
        rows = session.execute(
            text(
                "SELECT response_id, question_id FROM survey_answer"
                f" WHERE response_id IN {chunk} AND {question} IN {question_ids}"
                f" AND value <= 2 AND no_opinion = {no_opinion}"
            ),
            {**params, **question_params},
        )
        for response_id, question_id in rows:
            found[stored_hex(response_id)].append(codes[stored_hex(question_id)])
    return dict(found)


def _on_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"
