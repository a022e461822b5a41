"""Reading the survey rounds with their headline result: responses, mean score and percent.

The percent score is the mean over the scale's top value (mean x 20 on a 5-point scale, x 25 on
a 4-point one), from the unrounded mean, as DESIGN.md §4 asks. "Not applicable" answers (NULL)
count in neither.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Float, Select, SQLColumnExpression, cast, func, select

from vocdesk.db.models import (
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from vocdesk.db.repositories.query import (
    Sorting,
    enum_order,
    localised,
    ordered_page,
    search_filter,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import QuestionType, SurveyKind
from vocdesk.domain.tables import Named, TableQuery
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database

__all__ = ["Named", "SurveyRow", "SurveysService", "TableQuery"]


@dataclass(frozen=True)
class SurveyRow:
    id: uuid.UUID
    code: str
    title: Named
    kind: SurveyKind
    fiscal_year: int  # Buddhist Era
    round: int
    questions: int
    responses: int
    mean: float | None  # None: no answers yet
    percent: float | None
    scale_points: int
    target_percent: float | None


class SurveysService:
    SORT_KEYS = (
        "code",
        "title",
        "kind",
        "fiscal_year",
        "questions",
        "responses",
        "mean",
        "percent",
        "target",
    )

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _statement(columns: tuple[Any, ...], query: TableQuery) -> Select[*tuple[Any, ...]]:
        stmt = select(*columns)
        condition = search_filter(query, [Survey.code, Survey.title_th, Survey.title_en])
        return stmt if condition is None else stmt.where(condition)

    @requires(Permission.READ)
    def list_surveys(self, query: TableQuery, offset: int = 0, limit: int = 200) -> list[SurveyRow]:
        questions = (
            select(SurveyQuestion.survey_id, func.count(SurveyQuestion.id).label("n"))
            .group_by(SurveyQuestion.survey_id)
            .subquery("questions")
        )
        responses = (
            select(SurveyResponse.survey_id, func.count(SurveyResponse.id).label("n"))
            .where(SurveyResponse.entry_pass == 1)
            .group_by(SurveyResponse.survey_id)
            .subquery("responses")
        )
        scores = (
            select(
                SurveyResponse.survey_id, func.avg(cast(SurveyAnswer.value, Float)).label("mean")
            )
            .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
            .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
            .where(
                SurveyResponse.entry_pass == 1,
                SurveyQuestion.type.in_([QuestionType.RATING, QuestionType.IMPORTANCE]),
                SurveyAnswer.value.is_not(None),
                SurveyAnswer.no_opinion.is_(False),
            )
            .group_by(SurveyResponse.survey_id)
            .subquery("scores")
        )
        percent = scores.c.mean * 100.0 / Survey.scale_points
        columns = (
            Survey.id, Survey.code, Survey.title_th, Survey.title_en, Survey.kind,
            Survey.fiscal_year, Survey.round,
            func.coalesce(questions.c.n, 0).label("questions"),
            func.coalesce(responses.c.n, 0).label("responses"),
            scores.c.mean, percent.label("percent"), Survey.scale_points, Survey.target_percent,
        )  # fmt: skip
        stmt = (
            self._statement(columns, query)
            .outerjoin(questions, questions.c.survey_id == Survey.id)
            .outerjoin(responses, responses.c.survey_id == Survey.id)
            .outerjoin(scores, scores.c.survey_id == Survey.id)
        )
        sort_columns: dict[str, SQLColumnExpression[Any]] = {
            "code": Survey.code,
            "title": localised(query, Survey.title_th, Survey.title_en),
            "kind": enum_order(Survey.kind, SurveyKind),
            "fiscal_year": Survey.fiscal_year,
            "questions": func.coalesce(questions.c.n, 0),
            "responses": func.coalesce(responses.c.n, 0),
            "mean": scores.c.mean,
            "percent": percent,
            "target": Survey.target_percent,
        }
        sorting = Sorting(
            sort_columns, "fiscal_year", Survey.id, default_descending=True,
            nullable_keys=frozenset({"mean", "percent", "target"}),
        )  # fmt: skip
        stmt = ordered_page(stmt, query, sorting, offset, limit)
        with self._db.session_scope() as session:
            return [
                SurveyRow(
                    id=r.id,
                    code=r.code,
                    title=Named(r.title_th, r.title_en),
                    kind=r.kind,
                    fiscal_year=r.fiscal_year,
                    round=r.round,
                    questions=r.questions,
                    responses=r.responses,
                    mean=r.mean,
                    percent=r.percent,
                    scale_points=r.scale_points,
                    target_percent=r.target_percent,
                )
                for r in session.execute(stmt)
            ]

    @requires(Permission.READ)
    def count_surveys(self, query: TableQuery) -> int:
        stmt = self._statement((func.count(Survey.id),), query)
        with self._db.session_scope() as session:
            return session.scalar(stmt) or 0
