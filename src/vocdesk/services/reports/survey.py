"""The survey report (``vocdesk report survey --id CODE``): a survey's results as the Surveys
tab's Results, Benchmarks and Dissatisfaction pages show them.

Every figure comes from the tab's own services: ``SurveyAnalysisService.results`` and ``trend``,
and ``BenchmarkService.comparison`` (which reads the same results); nothing is counted again here.
The report's period is the survey's own fiscal year and round, not the request's.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select

from vocdesk.db.models import Stakeholder, SurveyResponse
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.tables import Named
from vocdesk.reports.survey_report import (
    CommentLine,
    ComparisonLine,
    NpsLine,
    ScoreLine,
    SegmentScores,
    SegmentTestLine,
    SurveyReportData,
    TrendPoint,
    survey_report,
)
from vocdesk.services.database import Database
from vocdesk.services.reports.context import Progress, ReportContext
from vocdesk.services.surveys.analysis import (
    ScoreRow,
    SurveyAnalysisService,
    SurveyResults,
    TrendRound,
)
from vocdesk.services.surveys.benchmark_comparison import BenchmarkComparison
from vocdesk.services.surveys.benchmarks import BenchmarkService
from vocdesk.services.surveys.design import SurveyDesignService

STEPS = 4


def build(db: Database, context: ReportContext, progress: Progress) -> bytes:
    progress(0, STEPS)
    survey_id = find_survey(db, context.request.subject)
    analysis = SurveyAnalysisService(db)
    results = analysis.results(survey_id)
    if not context.request.reveal_personal:
        results = without_sensitive_comments(db, results)
    progress(1, STEPS)
    trend = analysis.trend(survey_id)
    comparison = BenchmarkService(db).comparison(survey_id, results)
    progress(2, STEPS)
    data = report_data(results, trend.rounds, comparison)
    words = context.wording
    title = words.say(
        "SurveyReport",
        QT_TRANSLATE_NOOP("SurveyReport", "Survey results: {code}"),
        code=results.survey.code,
    )
    period = words.say(
        "SurveyReport",
        QT_TRANSLATE_NOOP("SurveyReport", "Fiscal year {year}, round {round}"),
        year=words.year(results.survey.fiscal_year),
        round=words.number(results.survey.round),
    )
    pdf = survey_report(
        data,
        words,
        context.furniture(title, period_label=period),
        context.metadata(title, words.name(data.title.th, data.title.en)),
    )
    progress(STEPS, STEPS)
    return pdf


def find_survey(db: Database, code: str) -> uuid.UUID:
    """The id of the survey whose code is ``code``; a ``UserError`` naming it when none is."""
    found = SurveyDesignService(db).find(code.strip())
    if found is None:
        raise user_error(
            "Reports",
            QT_TRANSLATE_NOOP("Reports", "There is no survey with the code {code}."),
            code=code.strip(),
        )
    return found


def without_sensitive_comments(db: Database, results: SurveyResults) -> SurveyResults:
    """``results`` without the comments of respondents marked sensitive in the registry (PDPA
    s.26): a report prints their words only with personal data shown. The figures stay."""
    comments = results.dissatisfaction.comments
    if not comments:
        return results
    ids = [c.response_id for c in comments]
    with db.session_scope() as session:
        sensitive = set(
            session.scalars(
                select(SurveyResponse.id)
                .join(Stakeholder, SurveyResponse.stakeholder_id == Stakeholder.id)
                .where(SurveyResponse.id.in_(ids), Stakeholder.sensitive)
            )
        )
    if not sensitive:
        return results
    kept = tuple(c for c in comments if c.response_id not in sensitive)
    return replace(results, dissatisfaction=replace(results.dissatisfaction, comments=kept))


def _line(row: ScoreRow) -> ScoreLine:
    return ScoreLine(
        row.level, row.number, row.title, row.n, row.mean, row.sd, row.percent, row.band_name
    )


def report_data(
    results: SurveyResults, rounds: Sequence[TrendRound], comparison: BenchmarkComparison
) -> SurveyReportData:
    """The report's plain data from the tab's results, trend rounds and comparison."""
    survey = results.survey
    names = {segment.code: segment.name for segment in results.segments}
    test = results.segment_test
    dissatisfaction = results.dissatisfaction
    return SurveyReportData(
        code=survey.code,
        title=survey.title,
        fiscal_year=survey.fiscal_year,
        round=survey.round,
        points=survey.points,
        convention=survey.band_convention,
        responses=survey.responses,
        target_percent=survey.target_percent,
        target_met=results.target_met,
        lines=tuple(_line(row) for row in results.rows),
        segments=tuple(
            SegmentScores(s.name, s.responses, tuple(_line(row) for row in s.rows))
            for s in results.segments
        ),
        segment_test=None
        if test is None
        else SegmentTestLine(test.test, test.statistic, test.df, test.p_value, test.groups, test.n),
        comparators=tuple((c.organisation, c.fiscal_year) for c in comparison.comparators),
        comparison=tuple(
            ComparisonLine(
                level.level,
                level.name,
                level.ours,
                tuple(None if v is None else (v.percent, v.difference) for v in level.values),
            )
            for level in comparison.levels
        ),
        trend=tuple(
            TrendPoint(
                r.fiscal_year, r.round, r.responses, r.mean, r.percent, r.target_met, r.current
            )  # fmt: skip
            for r in rounds
        ),
        nps=tuple(
            NpsLine(
                row.title,
                names.get(row.segment, Named(row.segment, row.segment)) if row.segment else None,
                row.n,
                row.promoters_pct,
                row.passives_pct,
                row.detractors_pct,
                row.nps,
            )
            for row in results.nps
        ),
        engagement=results.engagement.value if results.engagement is not None else None,
        low_answer_pct=dissatisfaction.low_answer_pct,
        respondents=dissatisfaction.respondents,
        dissatisfied_respondents=dissatisfaction.dissatisfied_respondents,
        dissatisfied_pct=dissatisfaction.dissatisfied_pct,
        comments=tuple(
            CommentLine(c.form_number, c.segment_name, c.mean, c.text)
            for c in dissatisfaction.comments
        ),
    )
