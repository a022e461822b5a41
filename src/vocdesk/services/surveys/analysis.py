"""A survey's results: item, dimension and overall scores for all respondents and per segment,
the test of the segments' differences, importance–satisfaction gaps, NPS, the engagement index,
dissatisfaction, and the trend over the rounds of the same kind (docs/survey-analysis.md).

The database counts (``GROUP BY``), pandas-free Python turns the few hundred counts into figures
(``vocdesk.analytics.surveys``). What counts:

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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Float, String, and_, cast, func, select, type_coerce
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
from vocdesk.db.models import (
    Segment,
    Survey,
    SurveyAnswer,
    SurveyDimension,
    SurveyQuestion,
    SurveyResponse,
)
from vocdesk.domain.enums import BandConvention, QuestionType, SurveyKind
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.surveys.scales import band_label
from vocdesk.domain.tables import Named
from vocdesk.services.database import Database

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
SCORED_TYPES = (QuestionType.RATING, QuestionType.IMPORTANCE)


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


@dataclass(frozen=True)
class _Question:
    id: str  # hex, as stored
    code: str
    number: str
    title: Named
    dimension: str
    type: QuestionType
    points: int | None


class SurveyAnalysisService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def find_survey(self, code: str) -> uuid.UUID:
        with self._db.session_scope() as session:
            found = session.scalar(select(Survey.id).where(Survey.code == code.strip()))
        if found is None:
            raise user_error(
                "SurveyAnalysis",
                QT_TRANSLATE_NOOP("SurveyAnalysis", "There is no survey with the code {code}."),
                code=code,
            )
        return found

    def results(self, survey_id: uuid.UUID) -> SurveyResults:
        with self._db.session_scope() as session:
            return _Analysis(session, self._survey(session, survey_id)).results()

    def trend(self, survey_id: uuid.UUID) -> SurveyTrend:
        with self._db.session_scope() as session:
            survey = self._survey(session, survey_id)
            return _trend(session, survey)

    @staticmethod
    def _survey(session: Session, survey_id: uuid.UUID) -> Survey:
        survey = session.get(Survey, survey_id)
        if survey is None:
            raise user_error(
                "SurveyAnalysis",
                QT_TRANSLATE_NOOP("SurveyAnalysis", "The survey no longer exists."),
            )
        return survey


def _hex(column: Any) -> Any:
    """A key read as its stored text: no UUID objects built for thousands of rows."""
    return type_coerce(column, String())


def _questions(
    session: Session, survey_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[_Question]]:
    q = SurveyQuestion
    rows = session.execute(
        select(
            q.survey_id, _hex(q.id), q.code, q.number, q.text_th, q.text_en, q.dimension, q.type,
            q.points,
        )
        .where(q.survey_id.in_(survey_ids))
        .order_by(q.survey_id, q.position, q.code)
    )  # fmt: skip
    found: dict[uuid.UUID, list[_Question]] = defaultdict(list)
    for r in rows:
        found[r[0]].append(
            _Question(r[1], r[2], r[3], Named(r[4], r[5]), r[6], QuestionType(r[7]), r[8])
        )
    return found


def _scored(questions: Iterable[_Question]) -> list[_Question]:
    return [q for q in questions if q.type in SCORED_TYPES and q.points and q.points >= 2]


def _dimension_names(session: Session) -> dict[str, Named]:
    rows = session.execute(
        select(SurveyDimension.code, SurveyDimension.name_th, SurveyDimension.name_en).order_by(
            SurveyDimension.sort_order, SurveyDimension.code
        )
    )
    return {code: Named(th, en) for code, th, en in rows}


def _counted_answers(survey_id: uuid.UUID, column: Any = None) -> Any:
    """The answers that count, joined to their response: first pass, a value, an opinion."""
    column = SurveyAnswer.value if column is None else column
    return and_(
        SurveyResponse.survey_id == survey_id,
        SurveyResponse.entry_pass == 1,
        column.is_not(None),
        SurveyAnswer.no_opinion.is_(False),
    )


def _answer_counts(
    session: Session, survey_id: uuid.UUID, questions: Sequence[_Question], column: Any = None
) -> list[AnswerCount]:
    """(segment id hex or "", question code, value, count) of the questions' answers."""
    if not questions:
        return []
    column = SurveyAnswer.value if column is None else column
    codes = {q.id: q.code for q in questions}
    stmt = (
        select(
            _hex(SurveyResponse.segment_id), _hex(SurveyAnswer.question_id), column, func.count()
        )
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(
            _counted_answers(survey_id, column),
            _hex(SurveyAnswer.question_id).in_(list(codes)),
        )
        .group_by(SurveyResponse.segment_id, SurveyAnswer.question_id, column)
    )
    return [
        AnswerCount(segment or "", codes[question], int(value), count)
        for segment, question, value, count in session.execute(stmt)
    ]


class _Analysis:
    """One survey's results, gathered in one session."""

    def __init__(self, session: Session, survey: Survey) -> None:
        self.session = session
        self.survey = survey
        self.points = survey.scale_points
        self.convention = BandConvention(survey.band_convention)
        self.questions = _questions(session, [survey.id]).get(survey.id, [])
        self.scored = _scored(self.questions)
        self.by_code = {q.code: q for q in self.questions}
        self.dimensions = _dimension_names(session)
        self.segment_names, self.segment_codes = self._segments()

    def _segments(self) -> tuple[dict[str, Named], dict[str, str]]:
        """Names by code, and codes by id (hex), in the registry's order."""
        rows = self.session.execute(
            select(_hex(Segment.id), Segment.code, Segment.name_th, Segment.name_en).order_by(
                Segment.sort_order, Segment.code
            )
        )
        names: dict[str, Named] = {}
        codes: dict[str, str] = {}
        for segment_id, code, th, en in rows:
            names[code] = Named(th, en)
            codes[segment_id] = code
        return names, codes

    def _by_segment_code(self, counts: list[AnswerCount]) -> list[AnswerCount]:
        return [c._replace(segment=self.segment_codes.get(c.segment, "")) for c in counts]

    def results(self) -> SurveyResults:
        survey = self.survey
        responses = self._responses()
        total = sum(responses.values())
        segments = [code for code in self.segment_names if responses.get(code)]
        counts = self._by_segment_code(_answer_counts(self.session, survey.id, self.scored))
        items = [Item(q.code, q.dimension, q.points or self.points) for q in self.scored]
        known = {code: i for i, code in enumerate(self.dimensions)}
        order = sorted(
            {q.dimension for q in self.scored if q.dimension},
            key=lambda d: (known.get(d, len(known)), d),
        )
        lines = score_lines(
            counts, items, self.points, self.convention, dimensions=order, segments=segments
        )
        rows = [self._row(line) for line in lines]
        all_rows = tuple(r for r in rows if not r.segment)
        header = SurveyHeader(
            survey.id, survey.code, Named(survey.title_th, survey.title_en), SurveyKind(survey.kind),
            survey.fiscal_year, survey.round, self.points, self.convention, survey.target_percent,
            total,
        )  # fmt: skip
        segment_results = tuple(
            SegmentResult(
                code,
                self.segment_names[code],
                responses[code],
                tuple(r for r in rows if r.segment == code),
            )
            for code in segments
        )
        item_lines = [line for line in lines if line.level is ResultLevel.ITEM]
        return SurveyResults(
            survey=header,
            rows=all_rows,
            segments=segment_results,
            segment_test=self._segment_test(),
            gaps=self._gaps(item_lines),
            nps=self._nps(segments),
            engagement=self._engagement(item_lines, segments),
            dissatisfaction=self._dissatisfaction(all_rows, counts),
            target_met=target_met(all_rows[-1].percent, survey.target_percent),
        )

    def _row(self, line: ScoreLine) -> ScoreRow:
        stats = line.stats
        number, dimension = "", ""
        if line.level is ResultLevel.ITEM:
            question = self.by_code[line.code]
            title, number, dimension = question.title, question.number, question.dimension
        elif line.level is ResultLevel.DIMENSION:
            title, dimension = (
                self.dimensions.get(line.code, Named(line.code, line.code)),
                line.code,
            )
        else:
            title = OVERALL_NAME
        band_name = None
        if stats.band is not None:
            band_name = Named(*band_label(stats.band, line.points))
        return ScoreRow(
            line.level, line.code, number, title, dimension, line.segment, line.points, stats.n,
            stats.mean, stats.sd, stats.percent, stats.band, band_name, stats.satisfied_pct,
            stats.dissatisfied_pct,
        )  # fmt: skip

    def _responses(self) -> dict[str, int]:
        """Counted forms per segment code ("" for none)."""
        r = SurveyResponse
        rows = self.session.execute(
            select(_hex(r.segment_id), func.count())
            .where(r.survey_id == self.survey.id, r.entry_pass == 1)
            .group_by(r.segment_id)
        )
        found: dict[str, int] = defaultdict(int)
        for segment_id, count in rows:
            found[self.segment_codes.get(segment_id or "", "")] += count
        return found

    # -- the segment test ----------------------------------------------------------------------

    def _respondent_mean(self) -> Any:
        """A scored answer's value on the survey's scale (linear map for other scales)."""
        points = SurveyQuestion.points
        value = cast(SurveyAnswer.value, Float)
        return func.iif(
            points == self.points, value, 1.0 + (value - 1.0) * (self.points - 1) / (points - 1.0)
        )

    def _respondent_means(self) -> Any:
        """A subquery: each counted response's segment and mean rating (survey's scale)."""
        ids = [q.id for q in self.scored]
        return (
            select(
                SurveyAnswer.response_id.label("response_id"),
                SurveyResponse.segment_id.label("segment_id"),
                func.avg(self._respondent_mean()).label("mean"),
            )
            .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
            .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
            .where(_counted_answers(self.survey.id), _hex(SurveyAnswer.question_id).in_(ids))
            .group_by(SurveyAnswer.response_id)
            .subquery("respondent")
        )

    def _segment_test(self) -> SegmentTest | None:
        if not self.scored:
            return None
        means = self._respondent_means()
        rows = self.session.execute(
            select(_hex(means.c.segment_id), means.c.mean, func.count())
            .where(means.c.segment_id.is_not(None))
            .group_by(means.c.segment_id, means.c.mean)
        )
        groups: dict[str, dict[float, int]] = defaultdict(dict)
        for segment_id, mean, count in rows:
            groups[self.segment_codes.get(segment_id, segment_id)][float(mean)] = count
        test = kruskal_wallis(groups)
        if test is None:
            return None
        return SegmentTest(test.test, test.statistic, test.df, test.p_value, test.groups, test.n)

    # -- gaps, NPS, engagement -----------------------------------------------------------------

    def _gaps(self, item_lines: list[ScoreLine]) -> tuple[GapRow, ...]:
        questions = [q for q in self.scored if q.type is QuestionType.IMPORTANCE]
        if not questions:
            return ()
        counts = _answer_counts(self.session, self.survey.id, questions, SurveyAnswer.importance)
        items = [Item(q.code, "", q.points or self.points) for q in questions]
        importance = {
            line.code: line
            for line in score_lines(counts, items, self.points, self.convention)
            if line.level is ResultLevel.ITEM
        }
        satisfaction = {line.code: line for line in item_lines if not line.segment}
        gaps = importance_gaps(
            [(q.code, importance.get(q.code), satisfaction.get(q.code)) for q in questions]
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

    def _nps(self, segments: list[str]) -> tuple[NpsRow, ...]:
        questions = [q for q in self.questions if q.type is QuestionType.NPS]
        counts = self._by_segment_code(_answer_counts(self.session, self.survey.id, questions))
        rows = []
        for question in questions:
            per_segment: dict[str, dict[int, int]] = defaultdict(dict)
            for c in counts:
                if c.question != question.code:
                    continue
                everyone = per_segment[""]
                everyone[c.value] = everyone.get(c.value, 0) + c.n
                if c.segment:
                    own = per_segment[c.segment]
                    own[c.value] = own.get(c.value, 0) + c.n
            for segment in ["", *segments]:
                f = nps_figures(per_segment.get(segment, {}))
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

        return EngagementIndex(
            index(""), tuple(codes), tuple((segment, index(segment)) for segment in segments)
        )

    # -- dissatisfaction -----------------------------------------------------------------------

    def _dissatisfaction(
        self, rows: tuple[ScoreRow, ...], counts: list[AnswerCount]
    ) -> Dissatisfaction:
        points = {q.code: q.points or self.points for q in self.scored}
        answers = sum(c.n for c in counts)
        low = sum(c.n for c in counts if c.value <= 2 and c.question in points)
        by_code = {row.code: row for row in rows if row.level is ResultLevel.ITEM}
        item_lines = [
            ScoreLine(r.level, r.code, r.segment, r.points, _stats_of(r))
            for r in rows
            if r.level is ResultLevel.ITEM
        ]
        respondents, dissatisfied = self._respondent_counts()
        return Dissatisfaction(
            weakest=tuple(by_code[line.code] for line in weakest(item_lines)),
            most_dissatisfied=tuple(by_code[line.code] for line in most_dissatisfied(item_lines)),
            answers=answers,
            low_answers=low,
            low_answer_pct=low / answers * 100 if answers else None,
            respondents=respondents,
            dissatisfied_respondents=dissatisfied,
            dissatisfied_pct=dissatisfied / respondents * 100 if respondents else None,
            comments=self._comments(),
        )

    def _low_answers(self) -> Any:
        ids = [q.id for q in self.scored]
        return (
            select(SurveyAnswer.response_id, SurveyAnswer.question_id)
            .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
            .where(
                _counted_answers(self.survey.id),
                SurveyAnswer.value <= 2,
                _hex(SurveyAnswer.question_id).in_(ids),
            )
        )

    def _respondent_counts(self) -> tuple[int, int]:
        if not self.scored:
            return 0, 0
        means = self._respondent_means()
        respondents = self.session.scalar(select(func.count()).select_from(means)) or 0
        low = self._low_answers().subquery("low")
        dissatisfied = (
            self.session.scalar(select(func.count(func.distinct(low.c.response_id)))) or 0
        )
        return respondents, dissatisfied

    def _comments(self) -> tuple[DissatisfiedComment, ...]:
        if not self.scored:
            return ()
        low_rows = self.session.execute(
            self._low_answers().with_only_columns(
                _hex(SurveyAnswer.response_id), _hex(SurveyAnswer.question_id)
            )
        )
        code_of = {q.id: q.code for q in self.scored}
        order = {q.code: i for i, q in enumerate(self.questions)}
        low: dict[str, list[str]] = defaultdict(list)
        for response_id, question_id in low_rows:
            low[response_id].append(code_of[question_id])
        if not low:
            return ()
        r = SurveyResponse
        texts: list[tuple[str, str, str, str, str]] = []  # response, form, segment, source, text
        for response_id, form, segment_id, comment in self.session.execute(
            select(_hex(r.id), r.form_number, _hex(r.segment_id), r.comment).where(
                r.survey_id == self.survey.id, r.entry_pass == 1, r.comment != ""
            )
        ):
            if response_id in low and comment.strip():
                texts.append((response_id, form, segment_id or "", "comment", comment.strip()))
        text_questions = {q.id: q.code for q in self.questions if q.type is QuestionType.TEXT}
        if text_questions:
            for response_id, form, segment_id, question_id, text in self.session.execute(
                select(
                    _hex(r.id), r.form_number, _hex(r.segment_id), _hex(SurveyAnswer.question_id),
                    SurveyAnswer.text,
                )
                .join(SurveyAnswer, SurveyAnswer.response_id == r.id)
                .where(
                    r.survey_id == self.survey.id, r.entry_pass == 1,
                    _hex(SurveyAnswer.question_id).in_(list(text_questions)),
                    SurveyAnswer.text.is_not(None), SurveyAnswer.text != "",
                )
            ):  # fmt: skip
                if response_id in low and text.strip():
                    texts.append(
                        (
                            response_id,
                            form,
                            segment_id or "",
                            text_questions[question_id],
                            text.strip(),
                        )
                    )
        means = self._means_of({t[0] for t in texts})
        comments = []
        for response_id, form, segment_id, source, text in texts:
            code = self.segment_codes.get(segment_id, "")
            comments.append(
                DissatisfiedComment(
                    uuid.UUID(response_id),
                    form,
                    code,
                    self.segment_names.get(code),
                    means.get(response_id),
                    tuple(sorted(low[response_id], key=order.__getitem__)),
                    source,
                    text,
                )  # fmt: skip
            )
        comments.sort(
            key=lambda c: (
                c.mean if c.mean is not None else 0.0,
                c.form_number,
                str(c.response_id),
                c.source,
            )
        )
        return tuple(comments)

    def _means_of(self, response_ids: set[str]) -> dict[str, float]:
        if not response_ids:
            return {}
        means = self._respondent_means()
        found: dict[str, float] = {}
        ids = sorted(response_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for response_id, mean in self.session.execute(
                select(_hex(means.c.response_id), means.c.mean).where(
                    _hex(means.c.response_id).in_(chunk)
                )
            ):
                found[response_id] = float(mean)
        return found


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
    questions = _questions(session, [s.id for s in rounds])
    names = _dimension_names(session)
    known = {code: i for i, code in enumerate(names)}
    found: list[TrendRound] = []
    used: set[str] = set()
    per_round: list[tuple[Survey, dict[str, float | None], ScoreLine, int]] = []
    for s in rounds:
        scored = _scored(questions.get(s.id, []))
        counts = _answer_counts(session, s.id, scored)
        items = [Item(q.code, q.dimension, q.points or s.scale_points) for q in scored]
        lines = score_lines(counts, items, s.scale_points, BandConvention(s.band_convention))
        dims = {
            line.code: line.stats.percent for line in lines if line.level is ResultLevel.DIMENSION
        }
        used.update(dims)
        responses = (
            session.scalar(
                select(func.count()).where(
                    SurveyResponse.survey_id == s.id, SurveyResponse.entry_pass == 1
                )
            )
            or 0
        )
        per_round.append((s, dims, lines[-1], responses))
    order = sorted(used, key=lambda d: (known.get(d, len(known)), d))
    for s, dims, overall, responses in per_round:
        found.append(
            TrendRound(
                s.id,
                s.code,
                s.fiscal_year,
                s.round,
                responses,
                overall.stats.mean,
                overall.stats.percent,
                s.target_percent,
                target_met(overall.stats.percent, s.target_percent),
                tuple((code, dims.get(code)) for code in order),
                s.id == survey.id,
            )  # fmt: skip
        )
    return SurveyTrend(
        SurveyKind(survey.kind),
        tuple((code, names.get(code, Named(code, code))) for code in order),
        tuple(found),
    )
