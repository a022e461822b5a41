"""``vocdesk export surveys FILE``: the list of surveys (code, titles, kind, fiscal year, round
and the number of responses: forms of the first entry pass, the ones analysed)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, or_, select

from vocdesk.db.models import Survey, SurveyResponse
from vocdesk.domain.accounts import Permission
from vocdesk.io.cells import int_parser, parse_int, text_parser
from vocdesk.io.table_file import write_rows
from vocdesk.io.table_spec import Column, TableSpec
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database
from vocdesk.services.transfer import ProgressCallback

__all__ = ["SURVEY_LIST_SPEC", "SurveyListExporter"]

SURVEY_LIST_SPEC = TableSpec("surveys", (
    Column("code", "code", "รหัสแบบสำรวจ", "The survey's code, e.g. SAT-2569.", text_parser(40)),
    Column("title_th", "title_th", "ชื่อภาษาไทย", "The title in Thai."),
    Column("title_en", "title_en", "ชื่อภาษาอังกฤษ", "The title in English."),
    Column("kind", "kind", "ประเภท", "satisfaction, engagement, dissatisfaction or other."),
    Column("fiscal_year", "fiscal_year", "ปีงบประมาณ", "The fiscal year in B.E.", int_parser(2400, 2800)),
    Column("round", "round", "รอบ", "The round within the fiscal year.", parse_int),
    Column("responses", "responses", "จำนวนผู้ตอบ", "Forms of the first entry pass (the ones analysed).", parse_int),
))  # fmt: skip


class SurveyListExporter:
    spec = SURVEY_LIST_SPEC

    def __init__(self, db: Database) -> None:
        self._db = db

    @requires(Permission.EXPORT)
    def export(
        self, path: Path, *, search: str = "", progress: ProgressCallback | None = None
    ) -> int:
        responses = (
            select(SurveyResponse.survey_id, func.count(SurveyResponse.id).label("n"))
            .where(SurveyResponse.entry_pass == 1)
            .group_by(SurveyResponse.survey_id)
            .subquery()
        )
        stmt = (
            select(Survey.code, Survey.title_th, Survey.title_en, Survey.kind, Survey.fiscal_year,
                   Survey.round, func.coalesce(responses.c.n, 0))
            .outerjoin(responses, responses.c.survey_id == Survey.id)
            .order_by(Survey.fiscal_year.desc(), Survey.round, Survey.code)
        )  # fmt: skip
        for word in search.split():
            pattern = f"%{word}%"
            stmt = stmt.where(or_(Survey.code.ilike(pattern), Survey.title_th.ilike(pattern),
                                  Survey.title_en.ilike(pattern)))  # fmt: skip
        with self._db.session_scope() as session:
            rows = [
                [code, title_th, title_en, kind.value, year, round_, n]
                for code, title_th, title_en, kind, year, round_, n in session.execute(stmt)
            ]
        count = write_rows(self.spec.headers, rows, path)
        if progress is not None:
            progress(count, count)
        return count
