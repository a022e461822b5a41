"""The survey report: the standard Thai table of a survey's results (n, mean, S.D., percent and
the interpretation band per item, dimension and overall), the same for each segment, the
benchmark against comparators, the trend over the rounds of the same kind, NPS and the comments
of dissatisfied respondents.

The figures come in as plain data (``SurveyReportData``) from ``services.reports.survey``, which
takes them from the Surveys tab's own analysis; this module only lays them out. Means and S.D.s
print with two decimals, a mean rounded half up as the band was decided on it
(``domain.surveys.scales.hundredths``), so a reader who checks a mean against the band legend
always agrees with the band printed beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from vocdesk.analytics.surveys.statistics import ResultLevel
from vocdesk.domain.enums import BandConvention
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.surveys.benchmark import BenchmarkLevel
from vocdesk.domain.surveys.scales import band_ranges, hundredths, level_labels
from vocdesk.domain.tables import Named
from vocdesk.reports.charts import BarChart, LineChart
from vocdesk.reports.contents import Contents
from vocdesk.reports.document import PageFurniture, PdfMetadata, build_pdf
from vocdesk.reports.kit import DASH, Heading, Wording, gap, no_data, paragraph, styles
from vocdesk.reports.tables import thai_table

CONTEXT = "SurveyReport"
BODY_WIDTH = 174 * mm  # A4 portrait between the margins
SIGNIFICANCE = 0.05


@dataclass(frozen=True)
class ScoreLine:
    """One row of the standard table: an item, a dimension or the survey overall."""

    level: ResultLevel
    number: str  # an item's number as printed ("2.3"); "" otherwise
    title: Named
    n: int
    mean: float | None
    sd: float | None
    percent: float | None
    band: Named | None


@dataclass(frozen=True)
class SegmentScores:
    name: Named
    responses: int
    lines: tuple[ScoreLine, ...]


@dataclass(frozen=True)
class SegmentTestLine:
    test: str
    statistic: float
    df: int
    p_value: float
    groups: int
    n: int


@dataclass(frozen=True)
class ComparisonLine:
    level: BenchmarkLevel
    name: Named
    ours: float | None
    values: tuple[tuple[float, float | None] | None, ...]  # (their percent, ours − theirs)


@dataclass(frozen=True)
class TrendPoint:
    fiscal_year: int  # B.E.
    round: int
    responses: int
    mean: float | None
    percent: float | None
    target_met: bool | None
    current: bool


@dataclass(frozen=True)
class NpsLine:
    question: Named
    segment: Named | None  # None: all respondents
    n: int
    promoters: float | None
    passives: float | None
    detractors: float | None
    nps: float | None


@dataclass(frozen=True)
class CommentLine:
    form_number: str
    segment: Named | None
    mean: float | None
    text: str


@dataclass(frozen=True)
class SurveyReportData:
    code: str
    title: Named
    fiscal_year: int  # B.E.
    round: int
    points: int
    convention: BandConvention
    responses: int
    target_percent: float | None
    target_met: bool | None
    lines: tuple[ScoreLine, ...]  # all respondents: items, dimensions, overall
    segments: tuple[SegmentScores, ...]
    segment_test: SegmentTestLine | None
    comparators: tuple[tuple[str, int], ...]  # (organisation, fiscal year B.E.)
    comparison: tuple[ComparisonLine, ...]
    trend: tuple[TrendPoint, ...]
    nps: tuple[NpsLine, ...]
    engagement: float | None
    low_answer_pct: float | None
    respondents: int
    dissatisfied_respondents: int
    dissatisfied_pct: float | None
    comments: tuple[CommentLine, ...]


def survey_report(
    data: SurveyReportData, wording: Wording, furniture: PageFurniture, metadata: PdfMetadata
) -> bytes:
    """The PDF of a survey's results."""
    return build_pdf(lambda: _Story(data, wording).flowables(), furniture, metadata)


def mean_text(wording: Wording, value: float | None) -> str:
    """A mean as printed: two decimals, rounded half up (as its band was decided)."""
    return DASH if value is None else wording.number(hundredths(value) / 100, 2)


class _Story:
    def __init__(self, data: SurveyReportData, wording: Wording) -> None:
        self.data = data
        self.w = wording

    def say(self, text: str, **params: object) -> str:
        return self.w.say(CONTEXT, text, **params)

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self._summary()
        # A long report (a table per segment): its contents, with the page of each section.
        story.append(
            Contents(self.say(QT_TRANSLATE_NOOP("SurveyReport", "Contents")), self.w.number)
        )
        story += self._scores()
        story += self._segments()
        story += self._benchmark()
        story += self._trend()
        story += self._nps()
        story += self._dissatisfaction()
        return story

    # -- sections -------------------------------------------------------------------------------
    def _summary(self) -> list[Flowable]:
        d, w = self.data, self.w
        out: list[Flowable] = [
            paragraph(w.name(d.title.th, d.title.en), styles().title),
            paragraph(
                self.say(
                    QT_TRANSLATE_NOOP(
                        "SurveyReport", "Survey {code}, fiscal year {year}, round {round}."
                    ),
                    code=d.code,
                    year=w.year(d.fiscal_year),
                    round=w.number(d.round),
                )
            ),
        ]
        overall = d.lines[-1] if d.lines else None
        if d.responses == 0 or overall is None or overall.mean is None:
            out.append(
                no_data(
                    self.say(
                        QT_TRANSLATE_NOOP(
                            "SurveyReport",
                            "No forms of this survey have been keyed or imported yet.",
                        )
                    )
                )
            )
            return out
        band = w.name(overall.band.th, overall.band.en) if overall.band else DASH
        out.append(
            paragraph(
                self.say(
                    QT_TRANSLATE_NOOP(
                        "SurveyReport",
                        "{forms} forms were analysed. Overall the mean is {mean} of {points}"
                        " ({percent}), at the level “{band}”.",
                    ),
                    forms=w.number(d.responses),
                    mean=mean_text(w, overall.mean),
                    points=w.number(d.points),
                    percent=w.percent(overall.percent, 2),
                    band=band,
                )
            )
        )
        if d.target_percent is not None:
            verdict = {
                True: QT_TRANSLATE_NOOP("SurveyReport", "The target of {target} was met."),
                False: QT_TRANSLATE_NOOP("SurveyReport", "The target of {target} was not met."),
                None: QT_TRANSLATE_NOOP("SurveyReport", "The target is {target}."),
            }[d.target_met]
            out.append(paragraph(self.say(verdict, target=w.percent(d.target_percent, 2))))
        if d.engagement is not None:
            out.append(
                paragraph(
                    self.say(
                        QT_TRANSLATE_NOOP(
                            "SurveyReport",
                            "Engagement index (the mean percent score of the engagement items):"
                            " {value}.",
                        ),
                        value=w.percent(d.engagement, 2),
                    )
                )
            )
        return out

    def _legend(self) -> list[Flowable]:
        """The bands as printed ranges of the mean, highest first (a small table)."""
        w, d, kit = self.w, self.data, styles()
        labels = level_labels(d.points)
        ranges = band_ranges(d.points, d.convention)
        pairs = list(zip(ranges, labels, strict=True))[::-1]
        header = [self.say(QT_TRANSLATE_NOOP("SurveyReport", "Level"))] + [
            w.name(*label) for _, label in pairs
        ]
        row = [self.say(QT_TRANSLATE_NOOP("SurveyReport", "Mean"))] + [
            f"{w.number(low, 2)}–{w.number(high, 2)}" for (low, high), _ in pairs
        ]
        first = 24 * mm
        widths = [first] + [(BODY_WIDTH - first) / len(pairs)] * len(pairs)
        caption = self.say(
            QT_TRANSLATE_NOOP("SurveyReport", "Interpretation of the mean ({points}-point scale):"),
            points=w.number(d.points),
        )
        return [
            paragraph(caption, kit.small),
            thai_table(header, [row], widths, kit.table_header, kit.table_body),
        ]

    def _scores(self) -> list[Flowable]:
        out: list[Flowable] = [
            Heading(self.say(QT_TRANSLATE_NOOP("SurveyReport", "Results of all respondents")), 0)
        ]
        if not self.data.lines or self.data.responses == 0:
            out.append(
                no_data(self.say(QT_TRANSLATE_NOOP("SurveyReport", "There are no answers yet.")))
            )
            return out
        out += [*self._legend(), gap(6), self._score_table(self.data.lines), gap(4)]
        out.append(
            paragraph(
                self.say(
                    QT_TRANSLATE_NOOP(
                        "SurveyReport",
                        "n: answers counted (no answer and “no opinion” left out). S.D. is the"
                        " sample standard deviation (n − 1). Percent: mean ÷ points × 100.",
                    )
                ),
                styles().caption,
            )
        )
        summary = [line for line in self.data.lines if line.level is not ResultLevel.ITEM]
        bars = [
            (self.w.name(line.title.th, line.title.en), line.percent)
            for line in summary
            if line.percent is not None
        ]
        if bars:
            out.append(
                BarChart(
                    [(label, value) for label, value in bars if value is not None],
                    width=BODY_WIDTH,
                    value_label=lambda v: self.w.percent(v, 2),
                    maximum=100,
                    reference=self.data.target_percent,
                    reference_label=self.say(QT_TRANSLATE_NOOP("SurveyReport", "Target"))
                    if self.data.target_percent is not None
                    else "",
                    title=self.say(QT_TRANSLATE_NOOP("SurveyReport", "Percent score by dimension")),
                    tick_label=lambda v: self.w.number(v),
                )
            )
        return out

    def _score_table(self, lines: Sequence[ScoreLine]) -> Flowable:
        w, s = self.w, styles()
        header = [
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Item")),
            "n",
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Mean")),
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "S.D.")),
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Percent")),
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Level")),
        ]
        rows = []
        for line in lines:
            title = w.name(line.title.th, line.title.en)
            if line.level is ResultLevel.ITEM and line.number:
                title = f"{line.number} {title}"
            rows.append(
                [
                    title,
                    w.number(line.n),
                    mean_text(w, line.mean),
                    mean_text(w, line.sd),
                    w.percent(line.percent, 2),
                    w.name(line.band.th, line.band.en) if line.band else DASH,
                ]
            )
        widths = [82 * mm, 14 * mm, 18 * mm, 15 * mm, 19 * mm, 26 * mm]
        table = thai_table(header, rows, widths, s.table_header, s.table_body)
        # Dimension and overall rows stand out, as in a printed Thai report.
        for index, line in enumerate(lines, start=1):
            if line.level is not ResultLevel.ITEM:
                table.setStyle([("BACKGROUND", (0, index), (-1, index), "#F2F2F2")])
        return table

    def _segments(self) -> list[Flowable]:
        d, w = self.data, self.w
        out: list[Flowable] = [
            Heading(self.say(QT_TRANSLATE_NOOP("SurveyReport", "By segment")), 0)
        ]
        if not d.segments:
            out.append(
                no_data(
                    self.say(
                        QT_TRANSLATE_NOOP("SurveyReport", "No response is placed in a segment.")
                    )
                )
            )
            return out
        out.append(paragraph(self._test_text()))
        for segment in d.segments:
            out.append(
                Heading(
                    self.say(
                        QT_TRANSLATE_NOOP("SurveyReport", "{segment} ({forms} forms)"),
                        segment=w.name(segment.name.th, segment.name.en),
                        forms=w.number(segment.responses),
                    ),
                    1,
                )
            )
            out.append(self._score_table(segment.lines))
        return out

    def _test_text(self) -> str:
        test, w = self.data.segment_test, self.w
        if test is None:
            return self.say(
                QT_TRANSLATE_NOOP(
                    "SurveyReport",
                    "Fewer than two segments have answers: there is nothing to compare.",
                )
            )
        p = (
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "less than {p}"), p=w.number(0.001, 3))
            if test.p_value < 0.001
            else w.number(test.p_value, 3)
        )
        head = self.say(
            QT_TRANSLATE_NOOP(
                "SurveyReport",
                "{test} test of the respondents' mean ratings across {groups} segments"
                " ({n} respondents): H = {h}, df = {df}, p = {p}.",
            ),
            test=test.test,
            groups=w.number(test.groups),
            n=w.number(test.n),
            h=w.number(test.statistic, 2),
            df=w.number(test.df),
            p=p,
        )
        if test.p_value < SIGNIFICANCE:
            verdict = QT_TRANSLATE_NOOP(
                "SurveyReport",
                "The segments really differ (significant at the 0.05 level).",
            )
        else:
            verdict = QT_TRANSLATE_NOOP(
                "SurveyReport",
                "The differences between segments may well be chance (not significant at the"
                " 0.05 level).",
            )
        return f"{head} {self.say(verdict)}"

    def _benchmark(self) -> list[Flowable]:
        d, w, s = self.data, self.w, styles()
        out: list[Flowable] = [
            Heading(
                self.say(QT_TRANSLATE_NOOP("SurveyReport", "Comparison with other agencies")), 0
            )
        ]
        if not d.comparators:
            out.append(
                no_data(
                    self.say(
                        QT_TRANSLATE_NOOP(
                            "SurveyReport",
                            "No comparator's results have been entered for this survey.",
                        )
                    )
                )
            )
            return out
        out.append(
            paragraph(
                self.say(
                    QT_TRANSLATE_NOOP(
                        "SurveyReport",
                        "Percent scores; in brackets our score minus theirs, in percentage"
                        " points (positive: we score higher).",
                    )
                ),
                s.caption,
            )
        )
        header = [
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Level")),
            self.say(
                QT_TRANSLATE_NOOP("SurveyReport", "Ours ({year})"), year=w.year(d.fiscal_year)
            ),
        ] + [f"{name} ({w.year(year)})" for name, year in d.comparators]
        rows = []
        for line in d.comparison:
            name = (
                self.say(QT_TRANSLATE_NOOP("SurveyReport", "Overall"))
                if line.level is BenchmarkLevel.OVERALL
                else w.name(line.name.th, line.name.en)
            )
            cells = [name, w.percent(line.ours, 2)]
            for value in line.values:
                if value is None:
                    cells.append(DASH)
                    continue
                theirs, diff = value
                text = w.percent(theirs, 2)
                if diff is not None:
                    text += f" ({_signed(w, diff)})"
                cells.append(text)
            rows.append(cells)
        rest = BODY_WIDTH - 60 * mm - 24 * mm
        widths = [60 * mm, 24 * mm] + [rest / len(d.comparators)] * len(d.comparators)
        out.append(thai_table(header, rows, widths, s.table_header, s.table_body))
        return out

    def _trend(self) -> list[Flowable]:
        d, w, s = self.data, self.w, styles()
        out: list[Flowable] = [
            Heading(self.say(QT_TRANSLATE_NOOP("SurveyReport", "Over the rounds")), 0)
        ]
        if len(d.trend) < 2:
            out.append(
                no_data(
                    self.say(
                        QT_TRANSLATE_NOOP(
                            "SurveyReport",
                            "This is the first round of this kind of survey: no trend yet.",
                        )
                    )
                )
            )
            return out
        several = len({p.fiscal_year for p in d.trend}) < len(d.trend)

        def label(point: TrendPoint) -> str:
            year = w.year(point.fiscal_year)
            return f"{year}/{w.number(point.round)}" if several else year

        verdicts = {
            True: self.say(QT_TRANSLATE_NOOP("SurveyReport", "met")),
            False: self.say(QT_TRANSLATE_NOOP("SurveyReport", "not met")),
            None: DASH,
        }
        header = [
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Fiscal year")),
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Forms")),
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Mean")),
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Percent")),
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Target")),
        ]
        rows = [
            [
                label(p),
                w.number(p.responses),
                mean_text(w, p.mean),
                w.percent(p.percent, 2),
                verdicts[p.target_met],
            ]
            for p in d.trend
        ]
        widths = [44 * mm, 30 * mm, 30 * mm, 34 * mm, 36 * mm]
        out.append(thai_table(header, rows, widths, s.table_header, s.table_body))
        out.append(gap(8))
        out.append(
            LineChart(
                [label(p) for p in d.trend],
                [
                    (
                        self.say(QT_TRANSLATE_NOOP("SurveyReport", "Overall")),
                        [p.percent for p in d.trend],
                    )
                ],
                width=BODY_WIDTH,
                height=60 * mm,
                value_label=lambda v: w.number(v, 2),
                title=self.say(
                    QT_TRANSLATE_NOOP("SurveyReport", "Overall percent score per round")
                ),
                tick_label=lambda v: w.number(v),
            )
        )
        return out

    def _nps(self) -> list[Flowable]:
        d, w, s = self.data, self.w, styles()
        out: list[Flowable] = [
            Heading(self.say(QT_TRANSLATE_NOOP("SurveyReport", "Net Promoter Score (NPS)")), 0)
        ]
        if not d.nps:
            out.append(
                no_data(
                    self.say(
                        QT_TRANSLATE_NOOP(
                            "SurveyReport",
                            "This survey asks no 0–10 “would you recommend” question.",
                        )
                    )
                )
            )
            return out
        everyone = self.say(QT_TRANSLATE_NOOP("SurveyReport", "All respondents"))
        header = [
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Respondents")),
            "n",
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Promoters (9–10)")),
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Passives (7–8)")),
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Detractors (0–6)")),
            "NPS",
        ]
        questions = list(dict.fromkeys(line.question for line in d.nps))
        for question in questions:
            out.append(paragraph(w.name(question.th, question.en), s.bold))
            rows = [
                [
                    everyone if line.segment is None else w.name(line.segment.th, line.segment.en),
                    w.number(line.n),
                    w.percent(line.promoters, 2),
                    w.percent(line.passives, 2),
                    w.percent(line.detractors, 2),
                    w.number(line.nps, 1),
                ]
                for line in d.nps
                if line.question == question
            ]
            widths = [54 * mm, 18 * mm, 27 * mm, 27 * mm, 27 * mm, 21 * mm]
            out.append(thai_table(header, rows, widths, s.table_header, s.table_body))
        return out

    def _dissatisfaction(self) -> list[Flowable]:
        d, w, s = self.data, self.w, styles()
        out: list[Flowable] = [
            Heading(self.say(QT_TRANSLATE_NOOP("SurveyReport", "Dissatisfaction")), 0)
        ]
        if d.respondents == 0:
            out.append(
                no_data(self.say(QT_TRANSLATE_NOOP("SurveyReport", "There are no answers yet.")))
            )
            return out
        out.append(
            paragraph(
                self.say(
                    QT_TRANSLATE_NOOP(
                        "SurveyReport",
                        "{low} of the answers were in the bottom two levels. {people} of"
                        " {respondents} respondents ({share}) gave at least one such answer.",
                    ),
                    low=w.percent(d.low_answer_pct, 2),
                    people=w.number(d.dissatisfied_respondents),
                    respondents=w.number(d.respondents),
                    share=w.percent(d.dissatisfied_pct, 2),
                )
            )
        )
        out.append(
            Heading(
                self.say(QT_TRANSLATE_NOOP("SurveyReport", "Comments of dissatisfied respondents")),
                1,
            )
        )
        if not d.comments:
            out.append(
                no_data(
                    self.say(
                        QT_TRANSLATE_NOOP(
                            "SurveyReport", "No dissatisfied respondent wrote a comment."
                        )
                    )
                )
            )
            return out
        header = [
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Form")),
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Segment")),
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Their mean")),
            self.say(QT_TRANSLATE_NOOP("SurveyReport", "Comment")),
        ]
        rows = [
            [
                w.digits(c.form_number),
                w.name(c.segment.th, c.segment.en) if c.segment else DASH,
                mean_text(w, c.mean),
                c.text,
            ]
            for c in d.comments
        ]
        widths = [18 * mm, 36 * mm, 18 * mm, BODY_WIDTH - 72 * mm]
        out.append(thai_table(header, rows, widths, s.table_header, s.table_body))
        return out


def _signed(wording: Wording, value: float) -> str:
    """Percentage points with their sign: "+2.23", "−2.79"."""
    text = wording.number(abs(value), 2)
    if round(value, 2) == 0:
        return text
    return ("+" if value > 0 else "−") + text
