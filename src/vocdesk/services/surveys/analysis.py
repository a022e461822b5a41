"""A survey's results: item, dimension and overall scores for all respondents and per segment,
the test of the segments' differences, importance–satisfaction gaps, NPS, the engagement index,
dissatisfaction, and the trend over the rounds of the same kind (docs/survey-analysis.md).

One pass over the answers (``analysis_queries.answer_pass``) gives every frequency table and
each respondent's mean; ``vocdesk.analytics.surveys`` turns the tables into figures. What counts:

- only the first entry pass of each form (``entry_pass == 1``; the second is for checking);
- a question's answers with a value: no answer (no row) and "no opinion" are in no n, mean or
  S.D.;
- scored items are rating questions and importance questions' satisfaction (``value``), each on
  its own scale (``points``); dimension and overall rows put them on the survey's scale;
- segments are those of the responses (``SurveyResponse.segment_id``); responses placed in no
  segment count for all respondents only.

A **dissatisfied respondent** gave at least one bottom-two answer (1 or 2) to a scored item; the
comments of dissatisfied respondents are their form's comment and their answers to text
questions, each with the items they rated low, lowest respondent mean first.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.analytics.surveys.indices import (
    engagement_index,
    engagement_items,
    importance_gaps,
    most_dissatisfied,
    nps_figures,
    target_met,
    weakest,
)
from vocdesk.analytics.surveys.significance import kruskal_wallis
from vocdesk.analytics.surveys.statistics import (
    OVERALL,
    AnswerCount,
    Item,
    ResultLevel,
    ScoreLine,
    ScoreStats,
    score_lines,
)
from vocdesk.db.models import Survey, SurveyResponse
from vocdesk.domain.accounts import Permission
from vocdesk.domain.enums import BandConvention, QuestionType, SurveyKind
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.surveys.scales import band_label
from vocdesk.domain.tables import Named
from vocdesk.services.authorization import requires
from vocdesk.services.database import Database
from vocdesk.services.surveys import analysis_queries as queries
from vocdesk.services.surveys.analysis_queries import QuestionInfo, Respondents

__all__ = [
    "Dissatisfaction",
    "DissatisfiedComment",
    "EngagementIndex",
    "GapRow",
    "Named",
    "NpsRow",
    "OVERALL",
    "ResultLevel",
    "ScoreRow",
    "SegmentResult",
    "SegmentTest",
    "SurveyAnalysisService",
    "SurveyHeader",
    "SurveyResults",
    "SurveyTrend",
    "TrendRound",
]

OVERALL_NAME = Named("ภาพรวม", "Overall")


@dataclass(frozen=True)
class SurveyHeader:
    id: uuid.UUID
    code: str
    title: Named
    kind: SurveyKind
    fiscal_year: int  # Buddhist Era
    round: int
    points: int  # the survey's scale: dimension and overall rows are on it
    band_convention: BandConvention
    target_percent: float | None
    responses: int  # forms counted (first entry pass)


@dataclass(frozen=True)
class ScoreRow:
    level: ResultLevel  # item, dimension or overall
    code: str  # the question's code, the dimension's code, or "overall"
    number: str  # items: the number as printed ("2.3"); "" otherwise
    title: Named  # the question's text, the dimension's name, or "ภาพรวม"/"Overall"
    dimension: str  # items: their dimension code; dimensions: their own; overall: ""
    segment: str  # the segment's code; "" for all respondents
    points: int  # the scale the figures are on (an item's own; the survey's otherwise)
    n: int  # answers counted (no answer and "no opinion" left out)
    mean: float | None
    sd: float | None  # sample S.D. (n - 1); None when n < 2
    percent: float | None  # mean / points x 100, unrounded mean
    band: int | None  # the level 1..points the mean reads as (the survey's convention)
    band_name: Named | None  # that level's default label
    satisfied_pct: float | None  # top two levels, % of n
    dissatisfied_pct: float | None  # bottom two levels, % of n


@dataclass(frozen=True)
class SegmentResult:
    code: str
    name: Named
    responses: int
    rows: tuple[ScoreRow, ...]  # as SurveyResults.rows, for this segment's respondents


@dataclass(frozen=True)
class SegmentTest:
    test: str  # "Kruskal–Wallis H"
    statistic: float  # H, tie-corrected
    df: int  # segments - 1
    p_value: float  # chi-square approximation
    groups: int  # segments with rated responses
    n: int  # respondents in them (each counted by their mean rating)


@dataclass(frozen=True)
class GapRow:
    code: str
    number: str
    title: Named
    importance_n: int
    importance_mean: float | None
    satisfaction_n: int
    satisfaction_mean: float | None
    gap: float | None  # importance mean - satisfaction mean
    improve_first: bool
    exceeds_expectations: bool  # satisfaction mean >= importance mean


@dataclass(frozen=True)
class NpsRow:
    code: str
    title: Named
    segment: str  # "" for all respondents
    n: int
    promoters_pct: float | None  # 9-10
    passives_pct: float | None  # 7-8
    detractors_pct: float | None  # 0-6
    nps: float | None  # % promoters - % detractors


@dataclass(frozen=True)
class EngagementIndex:
    value: float | None  # mean of the engagement items' percent scores
    items: tuple[str, ...]  # the engagement items' codes
    by_segment: tuple[tuple[str, float | None], ...]  # (segment code, index)


@dataclass(frozen=True)
class DissatisfiedComment:
    response_id: uuid.UUID
    form_number: str
    segment: str  # the segment's code, "" for none
    segment_name: Named | None
    mean: float | None  # the respondent's mean rating, on the survey's scale
    low_items: tuple[str, ...]  # codes of the items they answered in the bottom two levels
    source: str  # "comment" (the form's comment) or the text question's code
    text: str


@dataclass(frozen=True)
class Dissatisfaction:
    weakest: tuple[ScoreRow, ...]  # items, lowest percent score first
    most_dissatisfied: tuple[ScoreRow, ...]  # items, largest dissatisfied share first
    answers: int  # scored answers (all respondents)
    low_answers: int  # of them in the bottom two levels
    low_answer_pct: float | None
    respondents: int  # responses with at least one scored answer
    dissatisfied_respondents: int  # of them with a bottom-two answer
    dissatisfied_pct: float | None
    comments: tuple[DissatisfiedComment, ...]


@dataclass(frozen=True)
class SurveyResults:
    survey: SurveyHeader
    rows: tuple[ScoreRow, ...]  # all respondents: items in form order, dimensions, overall
    segments: tuple[SegmentResult, ...]  # the segments with responses, in the registry's order
    segment_test: SegmentTest | None  # None with fewer than two rated segments
    gaps: tuple[GapRow, ...]  # importance questions, largest gap first
    nps: tuple[NpsRow, ...]  # per NPS question: all respondents, then each segment
    engagement: EngagementIndex | None  # None without engagement items
    dissatisfaction: Dissatisfaction
    target_met: bool | None  # overall percent >= target; None without either

    @property
    def overall(self) -> ScoreRow:
        return self.rows[-1]


@dataclass(frozen=True)
class TrendRound:
    survey_id: uuid.UUID
    code: str
    fiscal_year: int
    round: int
    responses: int
    mean: float | None  # overall, on the round's scale
    percent: float | None
    target_percent: float | None
    target_met: bool | None
    dimensions: tuple[tuple[str, float | None], ...]  # (dimension code, percent), trend's order
    current: bool  # the survey trend() was asked for


@dataclass(frozen=True)
class SurveyTrend:
    kind: SurveyKind
    dimensions: tuple[tuple[str, Named], ...]  # every dimension any round has, catalogue order
    rounds: tuple[TrendRound, ...]  # oldest first (fiscal year, round)


class SurveyAnalysisService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @requires(Permission.READ)
    def find_survey(self, code: str) -> uuid.UUID:
        """The id of the survey with ``code``; a UserError when there is none."""
        with self._db.session_scope() as session:
            found = session.scalar(select(Survey.id).where(Survey.code == code.strip()))
        if found is None:
            raise user_error(
                "SurveyAnalysis",
                QT_TRANSLATE_NOOP("SurveyAnalysis", "There is no survey with the code {code}."),
                code=code.strip(),
            )
        return found

    @requires(Permission.READ)
    def results(self, survey_id: uuid.UUID) -> SurveyResults:
        """Every figure of one survey (docs/survey-analysis.md)."""
        with self._db.session_scope() as session:
            return _Analysis(session, _survey(session, survey_id)).results()

    @requires(Permission.READ)
    def trend(self, survey_id: uuid.UUID) -> SurveyTrend:
        """The overall and per-dimension percent of every round of the survey's kind."""
        with self._db.session_scope() as session:
            return _trend(session, _survey(session, survey_id))


def _survey(session: Session, survey_id: uuid.UUID) -> Survey:
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise user_error(
            "SurveyAnalysis", QT_TRANSLATE_NOOP("SurveyAnalysis", "The survey no longer exists.")
        )
    return survey


def _dimension_order(codes: set[str], names: dict[str, Named]) -> list[str]:
    """The catalogue's order, then dimensions it does not know, by code."""
    known = {code: i for i, code in enumerate(names)}
    return sorted(codes, key=lambda code: (known.get(code, len(known)), code))


def _items(scored: list[QuestionInfo], points: int) -> list[Item]:
    return [Item(q.code, q.dimension, q.points or points) for q in scored]


class _Analysis:
    """One survey's results, gathered in one session."""

    def __init__(self, session: Session, survey: Survey) -> None:
        self.session = session
        self.survey = survey
        self.points = survey.scale_points
        self.convention = BandConvention(survey.band_convention)
        self.questions = queries.questions_of(session, [survey.id]).get(survey.id, [])
        self.scored = [q for q in self.questions if q.scored]
        self.by_code = {q.code: q for q in self.questions}
        self.dimensions = queries.dimension_names(session)
        self.segment_names, self.segment_codes = queries.segments(session)

    def results(self) -> SurveyResults:
        survey = self.survey
        responses = queries.response_counts(self.session, survey.id, self.segment_codes)
        segments = [code for code in self.segment_names if responses.get(code)]
        nps_questions = [q for q in self.questions if q.type is QuestionType.NPS]
        answers = queries.answer_pass(
            self.session, survey.id, self.scored + nps_questions, self.points, self.segment_codes
        )
        counts, importance, people = answers.values, answers.importance, answers.respondents
        order = _dimension_order({q.dimension for q in self.scored if q.dimension}, self.dimensions)
        lines = score_lines(
            counts, _items(self.scored, self.points), self.points, self.convention,
            dimensions=order, segments=segments,
        )  # fmt: skip
        rows = [self._row(line) for line in lines]
        all_rows = tuple(r for r in rows if not r.segment)
        header = SurveyHeader(
            survey.id, survey.code, Named(survey.title_th, survey.title_en),
            SurveyKind(survey.kind), survey.fiscal_year, survey.round, self.points,
            self.convention, survey.target_percent, sum(responses.values()),
        )  # fmt: skip
        segment_results = tuple(
            SegmentResult(
                code,
                self.segment_names[code],
                responses[code],
                tuple(r for r in rows if r.segment == code),
            )  # fmt: skip
            for code in segments
        )
        item_lines = [line for line in lines if line.level is ResultLevel.ITEM]
        return SurveyResults(
            survey=header,
            rows=all_rows,
            segments=segment_results,
            segment_test=_segment_test(people),
            gaps=self._gaps(importance, item_lines),
            nps=self._nps(nps_questions, counts, segments),
            engagement=self._engagement(item_lines, segments),
            dissatisfaction=self._dissatisfaction(all_rows, people),
            target_met=target_met(all_rows[-1].percent, survey.target_percent),
        )

    def _row(self, line: ScoreLine) -> ScoreRow:
        stats = line.stats
        number, dimension = "", ""
        if line.level is ResultLevel.ITEM:
            question = self.by_code[line.code]
            title, number, dimension = question.title, question.number, question.dimension
        elif line.level is ResultLevel.DIMENSION:
            title = self.dimensions.get(line.code, Named(line.code, line.code))
            dimension = line.code
        else:
            title = OVERALL_NAME
        band_name = None if stats.band is None else Named(*band_label(stats.band, line.points))
        return ScoreRow(
            line.level, line.code, number, title, dimension, line.segment, line.points, stats.n,
            stats.mean, stats.sd, stats.percent, stats.band, band_name, stats.satisfied_pct,
            stats.dissatisfied_pct,
        )  # fmt: skip

    def _gaps(
        self, importance: list[AnswerCount], item_lines: list[ScoreLine]
    ) -> tuple[GapRow, ...]:
        questions = [q for q in self.scored if q.type is QuestionType.IMPORTANCE]
        if not questions:
            return ()
        weights = {
            line.code: line
            for line in score_lines(
                importance, _items(questions, self.points), self.points, self.convention
            )
            if line.level is ResultLevel.ITEM
        }
        satisfaction = {line.code: line for line in item_lines if not line.segment}
        gaps = importance_gaps(
            [(q.code, weights.get(q.code), satisfaction.get(q.code)) for q in questions]
        )
        return tuple(
            GapRow(
                g.code,
                self.by_code[g.code].number,
                self.by_code[g.code].title,
                g.importance_n,
                g.importance_mean,
                g.satisfaction_n,
                g.satisfaction_mean,
                g.gap,
                g.improve_first,
                g.exceeds_expectations,
            )  # fmt: skip
            for g in gaps
        )

    def _nps(
        self, questions: list[QuestionInfo], counts: list[AnswerCount], segments: list[str]
    ) -> tuple[NpsRow, ...]:
        tables: dict[tuple[str, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
        wanted = {q.code for q in questions}
        for c in counts:
            if c.question in wanted:
                tables[c.question, ""][c.value] += c.n
                if c.segment:
                    tables[c.question, c.segment][c.value] += c.n
        rows = []
        for question in questions:
            for segment in ["", *segments]:
                f = nps_figures(tables.get((question.code, segment), {}))
                rows.append(
                    NpsRow(
                        question.code,
                        question.title,
                        segment,
                        f.n,
                        f.promoters_pct,
                        f.passives_pct,
                        f.detractors_pct,
                        f.nps,
                    )  # fmt: skip
                )
        return tuple(rows)

    def _engagement(
        self, item_lines: list[ScoreLine], segments: list[str]
    ) -> EngagementIndex | None:
        codes = engagement_items(
            {q.code: q.dimension for q in self.scored},
            SurveyKind(self.survey.kind) is SurveyKind.ENGAGEMENT,
        )
        if not codes:
            return None
        chosen = set(codes)

        def index(segment: str) -> float | None:
            return engagement_index(
                line.stats.percent
                for line in item_lines
                if line.segment == segment and line.code in chosen
            )

        by_segment = tuple((segment, index(segment)) for segment in segments)
        return EngagementIndex(index(""), tuple(codes), by_segment)

    def _dissatisfaction(self, rows: tuple[ScoreRow, ...], people: Respondents) -> Dissatisfaction:
        items = [row for row in rows if row.level is ResultLevel.ITEM]
        by_code = {row.code: row for row in items}
        lines = [ScoreLine(r.level, r.code, r.segment, r.points, _stats_of(r)) for r in items]
        answers = int(people.n.sum())
        low = int(people.low.sum())
        unhappy = {
            people.ids[i]: float(people.mean[i]) for i in (people.low > 0).nonzero()[0].tolist()
        }
        return Dissatisfaction(
            weakest=tuple(by_code[line.code] for line in weakest(lines)),
            most_dissatisfied=tuple(by_code[line.code] for line in most_dissatisfied(lines)),
            answers=answers,
            low_answers=low,
            low_answer_pct=low / answers * 100 if answers else None,
            respondents=len(people),
            dissatisfied_respondents=len(unhappy),
            dissatisfied_pct=len(unhappy) / len(people) * 100 if len(people) else None,
            comments=self._comments(unhappy),
        )

    def _comments(self, unhappy: dict[str, float]) -> tuple[DissatisfiedComment, ...]:
        """The free texts of the dissatisfied (response id -> their mean rating)."""
        text_questions = [q for q in self.questions if q.type is QuestionType.TEXT]
        texts = [
            t
            for t in queries.free_texts(
                self.session, self.survey.id, text_questions, self.segment_codes
            )
            if t.response_id in unhappy
        ]
        low = queries.low_items(self.session, (t.response_id for t in texts), self.scored)
        position = {q.code: i for i, q in enumerate(self.questions)}
        comments = [
            DissatisfiedComment(
                uuid.UUID(t.response_id),
                t.form_number,
                t.segment,
                self.segment_names.get(t.segment),
                unhappy[t.response_id],
                tuple(sorted(low.get(t.response_id, []), key=position.__getitem__)),
                t.source,
                t.text,
            )  # fmt: skip
            for t in texts
        ]
        comments.sort(key=lambda c: (c.mean or 0.0, c.form_number, str(c.response_id), c.source))
        return tuple(comments)


def _segment_test(people: Respondents) -> SegmentTest | None:
    groups: dict[str, dict[float, int]] = defaultdict(lambda: defaultdict(int))
    for segment, mean in zip(people.segments, people.mean.tolist(), strict=True):
        if segment:
            groups[segment][mean] += 1
    test = kruskal_wallis(groups)
    if test is None:
        return None
    return SegmentTest(test.test, test.statistic, test.df, test.p_value, test.groups, test.n)


def _stats_of(row: ScoreRow) -> ScoreStats:
    return ScoreStats(
        row.n, row.mean, row.sd, row.percent, row.band, row.satisfied_pct, row.dissatisfied_pct
    )


def _trend(session: Session, survey: Survey) -> SurveyTrend:
    rounds = session.scalars(
        select(Survey)
        .where(Survey.kind == survey.kind)
        .order_by(Survey.fiscal_year, Survey.round, Survey.code)
    ).all()
    questions = queries.questions_of(session, [s.id for s in rounds])
    names = queries.dimension_names(session)
    responses: dict[uuid.UUID, int] = {
        survey_id: count
        for survey_id, count in session.execute(
            select(SurveyResponse.survey_id, func.count())
            .where(SurveyResponse.survey_id.in_([s.id for s in rounds]))
            .where(SurveyResponse.entry_pass == 1)
            .group_by(SurveyResponse.survey_id)
        )
    }
    gathered: list[tuple[Survey, dict[str, float | None], ScoreLine]] = []
    for s in rounds:
        scored = [q for q in questions.get(s.id, []) if q.scored]
        counts = queries.answer_pass(session, s.id, scored, s.scale_points, {}).values
        convention = BandConvention(s.band_convention)
        lines = score_lines(counts, _items(scored, s.scale_points), s.scale_points, convention)
        dimensions = {
            line.code: line.stats.percent for line in lines if line.level is ResultLevel.DIMENSION
        }
        gathered.append((s, dimensions, lines[-1]))
    answered = {
        code for _, dims, _ in gathered for code, percent in dims.items() if percent is not None
    }
    order = _dimension_order(answered, names)  # dimensions with answers in some round
    return SurveyTrend(
        SurveyKind(survey.kind),
        tuple((code, names.get(code, Named(code, code))) for code in order),
        tuple(
            TrendRound(
                s.id,
                s.code,
                s.fiscal_year,
                s.round,
                responses.get(s.id, 0),
                overall.stats.mean,
                overall.stats.percent,
                s.target_percent,
                target_met(overall.stats.percent, s.target_percent),
                tuple((code, dims.get(code)) for code in order),
                s.id == survey.id,
            )  # fmt: skip
            for s, dims, overall in gathered
        ),
    )
