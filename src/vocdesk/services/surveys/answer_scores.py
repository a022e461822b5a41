"""Each response's answers kept ready for the analysis: ``SurveyResponse.scores`` and
``SurveyResponse.importances`` (docs/survey-analysis.md, "Speed").

``scores`` has one character per question of the survey, in the order the analysis reads the
questions (``position``, then ``code``): ``chr(48 + value)`` when the question's answer (its
``seq`` 0 row) has a value in 0..79 and is not "no opinion", else ``.`` (no answer, no opinion,
or a type without one value: multiple choice, number, text). ``importances`` is the same for the
importance column, with one character per *importance* question of the survey (in the same
order). Trailing ``.`` are left out: a position beyond the string's end is no answer, and a
survey without importance questions has ``''`` everywhere.

The strings are a copy of the answers table and must never disagree with it: every writer of
answers, or of a survey's question order or types, calls ``refresh_scores`` or
``rebuild_scores`` in its own transaction. Answers written through the ORM (objects added to a
session) are caught at each flush by a session hook registered here, so tests and small writers
cannot forget; bulk ``insert()`` statements and raw SQL bypass it and call ``refresh_scores``.

The strings are computed in SQL: per response, the survey's questions (a ``VALUES`` list, scanned
in order as the outer side of a ``LEFT JOIN``) each look up their answer by the answer table's
primary key, and ``group_concat`` joins the characters in that order (SQLite 3.40 has no
``ORDER BY`` inside an aggregate; tests/services/test_answer_scores.py checks the order against
a recomputation in Python). Measured: about 2 s per 100,000 responses of 30 questions, 0.4 s
per 100,000 of 3 (benchmarks/bench_survey_analysis.py; docs/survey-analysis.md).

On PostgreSQL the same statement in its SQL: ``string_agg`` ordered by the questions' place in
the ``VALUES`` list (PostgreSQL keeps no order of a join's rows without one), ``chr``, keys as
``uuid`` literals; the keys it returns (``uuid`` objects) are taken as the same hex.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import String, event, select, text, type_coerce
from sqlalchemy.orm import Session

from vocdesk.db.bulk import driver_placeholders
from vocdesk.db.models import SurveyAnswer, SurveyQuestion
from vocdesk.domain.enums import QuestionType

NO_ANSWER = "."  # the character of a question with no counted value
ZERO = 48  # chr(ZERO + value): value 0 is "0", 5 is "5", 10 is ":"
MAX_VALUE = 79  # ZERO + 79 = 127: the highest value that is one ASCII character
# The types whose answer is one value (multiple choice has several; number and text none).
SINGLE_VALUE_TYPES = frozenset({
    QuestionType.RATING, QuestionType.IMPORTANCE, QuestionType.NPS, QuestionType.SINGLE,
    QuestionType.PROFILE,
})  # fmt: skip
_CHUNK = 500  # response keys per IN (...) list
_HEX = re.compile("[0-9a-f]{32}")


def stored_hex(key: Any) -> str:
    """A key as SQLite stores it (32 hex digits), from SQLite's text or PostgreSQL's uuid;
    "" for none."""
    if key is None:
        return ""
    return key.hex if isinstance(key, uuid.UUID) else str(key)


def question_order(session: Session, survey_id: uuid.UUID) -> list[tuple[str, QuestionType]]:
    """The survey's questions (key as stored hex, type) in the order the strings follow."""
    q = SurveyQuestion
    rows = session.execute(
        select(type_coerce(q.id, String()), q.type)
        .where(q.survey_id == survey_id)
        .order_by(q.position, q.code)
    )
    return [(stored_hex(key), QuestionType(kind)) for key, kind in rows]


def _literal(key: str | None, postgres: bool = False) -> str:
    """A stored key (32 hex digits) as an SQL literal; None as NULL (a look-up finding nothing)."""
    if key is None:
        return "NULL::uuid" if postgres else "NULL"
    if not _HEX.fullmatch(key):
        raise ValueError(f"not a stored key: {key!r}")
    return f"'{key}'::uuid" if postgres else f"'{key}'"


def _packed(column: str, keys: Sequence[str | None], postgres: bool = False) -> str:
    """A scalar subquery giving the response's characters for ``keys``, in their order."""
    if not keys:
        return "''"
    if postgres:
        listed = ", ".join(f"({_literal(key, True)}, {n})" for n, key in enumerate(keys))
        return (
            f"coalesce((SELECT rtrim(string_agg(CASE WHEN NOT a.no_opinion"
            f" AND a.{column} BETWEEN 0 AND {MAX_VALUE} THEN chr({ZERO} + a.{column})"
            f" ELSE '{NO_ANSWER}' END, '' ORDER BY q.n), '{NO_ANSWER}')"
            f" FROM (VALUES {listed}) AS q (column1, n)"
            " LEFT JOIN survey_answer AS a ON a.response_id = survey_response.id"
            " AND a.question_id = q.column1 AND a.seq = 0), '')"
        )
    values = ", ".join(f"({_literal(key)})" for key in keys)
    return (
        f"coalesce((SELECT rtrim(group_concat(CASE WHEN a.no_opinion = 0"
        f" AND a.{column} BETWEEN 0 AND {MAX_VALUE} THEN char({ZERO} + a.{column})"
        f" ELSE '{NO_ANSWER}' END, ''), '{NO_ANSWER}')"
        f" FROM (VALUES {values}) AS q"  # read in order, as the outer side of the join
        " LEFT JOIN survey_answer AS a ON a.response_id = survey_response.id"
        " AND a.question_id = q.column1 AND a.seq = 0), '')"
    )


def _assignments(questions: Sequence[tuple[str, QuestionType]], postgres: bool = False) -> str:
    """``scores = ..., importances = ...`` for a survey with ``questions``: the keys are
    written into the statement (hex digits only), so that one statement serves every form."""
    # A question without one value gets NULL for a key: its look-up finds nothing.
    scores = _packed(
        "value", [key if kind in SINGLE_VALUE_TYPES else None for key, kind in questions], postgres
    )
    importances = _packed(
        "importance",
        [key for key, kind in questions if kind is QuestionType.IMPORTANCE],
        postgres,
    )
    return f"scores = {scores}, importances = {importances}"


def refresh_scores(session: Session, response_ids: Iterable[uuid.UUID]) -> None:
    """Recompute the strings of ``response_ids`` from their answers (in the session's
    transaction; pending ORM changes are flushed first)."""
    ids = sorted({key.hex for key in response_ids})
    if not ids:
        return
    session.flush()
    _refresh(session.connection(), ids)


def rebuild_scores(session: Session, survey_id: uuid.UUID) -> None:
    """Recompute the strings of every response of the survey (its questions changed order)."""
    session.flush()
    postgres = session.get_bind().dialect.name == "postgresql"
    assignments = _assignments(question_order(session, survey_id), postgres)
    session.execute(
        text(f"UPDATE survey_response SET {assignments} WHERE survey_id = :survey"),
        {"survey": survey_id.hex},
    )


def _refresh(connection: Any, ids: list[str]) -> None:
    """``refresh_scores`` on a connection (also used inside a flush), keys as stored hex."""
    postgres = connection.dialect.name == "postgresql"
    mark = driver_placeholders(connection.dialect, 1)
    by_survey: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = connection.exec_driver_sql(
            "SELECT survey_id, id FROM survey_response WHERE id IN ("
            + driver_placeholders(connection.dialect, len(chunk))
            + ")",
            tuple(chunk),
        )
        for survey_id, response_id in rows:
            by_survey[stored_hex(survey_id)].append(stored_hex(response_id))
    for survey_id, responses in by_survey.items():
        questions = [
            (stored_hex(key), QuestionType(kind))
            for key, kind in connection.execute(
                text(
                    "SELECT id, type FROM survey_question WHERE survey_id = :survey"
                    " ORDER BY position, code"
                ),
                {"survey": survey_id},
            )
        ]
        assignments = _assignments(questions, postgres)
        forms = connection.exec_driver_sql(
            f"SELECT count(*) FROM survey_response WHERE survey_id = {mark}", (survey_id,)
        ).scalar()
        if forms == len(responses):  # all of them (a first import): one pass over the survey
            connection.exec_driver_sql(
                f"UPDATE survey_response SET {assignments} WHERE survey_id = {mark}", (survey_id,)
            )
            continue
        # One statement for all the forms, run by the driver's executemany: each form is one
        # primary-key look-up.
        connection.exec_driver_sql(
            f"UPDATE survey_response SET {assignments} WHERE id = {mark}",
            [(key,) for key in responses],
        )


@event.listens_for(Session, "after_flush")
def _answers_flushed(session: Session, _context: Any) -> None:
    """Refresh the responses whose answers the flush wrote as ORM objects."""
    touched: set[uuid.UUID] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, SurveyAnswer) and obj.response_id is not None:
            touched.add(obj.response_id)
    if touched:
        _refresh(session.connection(), sorted(key.hex for key in touched))


__all__ = [
    "MAX_VALUE",
    "NO_ANSWER",
    "SINGLE_VALUE_TYPES",
    "ZERO",
    "question_order",
    "stored_hex",
    "rebuild_scores",
    "refresh_scores",
]
