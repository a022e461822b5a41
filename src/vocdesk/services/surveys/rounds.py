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

SCORED_TYPES = (QuestionType.RATING, QuestionType.IMPORTANCE)


def _mean_scores() -> Any:
    """Each survey's mean over its counted rating and importance answers (first entry pass).

    Read from the covering index ``ix_survey_answer_question_value`` (question, value) alone: the
    sum and count of every answer with a value, less those of second-pass forms (a few, found
    through their responses). Joining each answer to its response instead read every answer row
    of every survey: 4.8 s for the Surveys tab's first page at 2,620,000 answers, on the GUI
    thread at start-up, against ~0.3 s. A "no opinion" answer has no value (``entry`` and the
    imports write it so), so ``value IS NOT NULL`` leaves it out without reading the row.
    """

    def summed(name: str, *where: Any) -> Any:
        """Each survey's sum and count of the counted answers that also meet ``where``."""
        return (
            select(
                SurveyQuestion.survey_id,
                func.sum(SurveyAnswer.value).label("total"),
                func.count(SurveyAnswer.value).label("n"),
            )
            .join(SurveyAnswer, SurveyAnswer.question_id == SurveyQuestion.id)
            .where(SurveyAnswer.value.is_not(None), SurveyQuestion.type.in_(SCORED_TYPES), *where)
            .group_by(SurveyQuestion.survey_id)
            .subquery(name)
        )

    every_pass = summed("every_pass")
    # IN, not a join: SQLite would otherwise scan every answer for the few second-pass forms.
    second_forms = select(SurveyResponse.id).where(SurveyResponse.entry_pass != 1)
    second_pass = summed("second_pass", SurveyAnswer.response_id.in_(second_forms))
    n = every_pass.c.n - func.coalesce(second_pass.c.n, 0)
    total = every_pass.c.total - func.coalesce(second_pass.c.total, 0)
    return (
        select(
            every_pass.c.survey_id,
            (cast(total, Float) / func.nullif(n, 0)).label("mean"),
        )
        .outerjoin(second_pass, second_pass.c.survey_id == every_pass.c.survey_id)
        .subquery("scores")
    )


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
        scores = _mean_scores()
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
