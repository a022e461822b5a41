"""The chapters of the PMQA evidence pack: each criterion item in the award's own words, then
the evidence (tables, charts, sentences) for the period."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import Named
from vocdesk.reports.charts import BarChart, LineChart
from vocdesk.reports.kit import Heading, Wording, gap, no_data, paragraph, styles
from vocdesk.reports.pmqa_data import PmqaFigures
from vocdesk.reports.tables import thai_table

C = "PmqaReport"

STAGES = (
    QT_TRANSLATE_NOOP("PmqaReport", "Before"),
    QT_TRANSLATE_NOOP("PmqaReport", "During"),
    QT_TRANSLATE_NOOP("PmqaReport", "After"),
)
COVERAGE = {
    "covered": QT_TRANSLATE_NOOP("PmqaReport", "Planned and heard"),
    "not_heard": QT_TRANSLATE_NOOP("PmqaReport", "Planned, not heard"),
    "unplanned": QT_TRANSLATE_NOOP("PmqaReport", "Heard, not planned"),
    "gap": QT_TRANSLATE_NOOP("PmqaReport", "No plan, nothing heard"),
}
PRIORITY = {
    "high": QT_TRANSLATE_NOOP("PmqaReport", "High"),
    "medium": QT_TRANSLATE_NOOP("PmqaReport", "Medium"),
    "low": QT_TRANSLATE_NOOP("PmqaReport", "Low"),
}
SEGMENT_KIND = {
    "service_recipient": QT_TRANSLATE_NOOP("PmqaReport", "Service recipients"),
    "stakeholder": QT_TRANSLATE_NOOP("PmqaReport", "Stakeholders"),
}
ACTIVITY_KIND = {
    "meeting": QT_TRANSLATE_NOOP("PmqaReport", "Meeting"),
    "call": QT_TRANSLATE_NOOP("PmqaReport", "Call"),
    "visit": QT_TRANSLATE_NOOP("PmqaReport", "Visit"),
    "email": QT_TRANSLATE_NOOP("PmqaReport", "E-mail"),
    "event": QT_TRANSLATE_NOOP("PmqaReport", "Event"),
    "note": QT_TRANSLATE_NOOP("PmqaReport", "Note"),
    "letter": QT_TRANSLATE_NOOP("PmqaReport", "Letter"),
    "training": QT_TRANSLATE_NOOP("PmqaReport", "Training"),
    "agreement": QT_TRANSLATE_NOOP("PmqaReport", "Agreement (MOU)"),
    "social_media": QT_TRANSLATE_NOOP("PmqaReport", "Social media"),
}
ACTION_STATUS = {
    "planned": QT_TRANSLATE_NOOP("PmqaReport", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("PmqaReport", "In progress"),
    "done": QT_TRANSLATE_NOOP("PmqaReport", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("PmqaReport", "Cancelled"),
}


class Sections:
    def __init__(self, figures: PmqaFigures, words: Wording, width: float) -> None:
        self.f = figures
        self.w = words
        self.width = width
        self.kit = styles()

    # --- helpers ---------------------------------------------------------------------------
    def t(self, text: str, **params: object) -> str:
        return self.w.say(C, text, **params)

    def n(self, value: float | None, decimals: int = 0) -> str:
        return self.w.number(value, decimals)

    def pct(self, value: float | None) -> str:
        return self.w.percent(value)

    def name(self, named: Named | None, missing: str = "") -> str:
        if named is None:
            return missing or self.t(QT_TRANSLATE_NOOP("PmqaReport", "No segment"))
        return self.w.name(named.th, named.en)

    def criterion(self, text: str) -> Flowable:
        """The criterion's own points, in italics under the item's heading."""
        return paragraph(self.t(text), self.kit.caption)

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> Flowable:
        scale = self.width / sum(widths)
        return thai_table(
            header, rows, [w * scale for w in widths], self.kit.table_header, self.kit.table_body
        )

    def bars(self, bars: Sequence[tuple[str, float]], title: str) -> Flowable:
        return BarChart(bars, width=self.width, value_label=lambda v: self.n(v), title=title)

    # --- the story ---------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        t = self.t
        return [
            Heading(
                t(QT_TRANSLATE_NOOP("PmqaReport", "3.1 Customer and stakeholder information")), 0
            ),
            Heading(
                t(QT_TRANSLATE_NOOP("PmqaReport", "3.1 a Customer and stakeholder information")), 1
            ),
            *self.item_1(),
            *self.item_2(),
            *self.loop_closed(),
            Heading(
                t(QT_TRANSLATE_NOOP("PmqaReport", "3.1 b Assessing satisfaction and engagement")), 1
            ),
            *self.item_3(),
            *self.item_4(),
            *self.item_5(),
            PageBreak(),
            Heading(t(QT_TRANSLATE_NOOP("PmqaReport", "3.2 Customer engagement")), 0),
            Heading(t(QT_TRANSLATE_NOOP("PmqaReport", "3.2 a Services and customer support")), 1),
            *self.item_6(),
            *self.item_7(),
            *self.item_8(),
            Heading(
                t(QT_TRANSLATE_NOOP("PmqaReport", "3.2 b Building relationships with customers")), 1
            ),
            *self.item_9(),
            *self.item_10(),
        ]

    # --- 3.1 a ---------------------------------------------------------------------------------
    def item_1(self) -> list[Flowable]:
        t, li = self.t, self.f.listening
        out: list[Flowable] = [
            Heading(
                t(
                    QT_TRANSLATE_NOOP(
                        "PmqaReport", "(1) Current customer and stakeholder information"
                    )
                ),
                2,
            ),
            self.criterion(
                QT_TRANSLATE_NOOP(
                    "PmqaReport",
                    "How the agency listens to each group; listening through information technology and social media; listening at every stage of the service lifecycle; seeking actionable feedback.",
                )
            ),  # noqa: E501
        ]
        if li.total == 0:
            out.append(
                no_data(
                    t(
                        QT_TRANSLATE_NOOP(
                            "PmqaReport",
                            "No feedback was recorded in the listening log in this period.",
                        )
                    )
                )
            )  # noqa: E501
        else:
            digital = sum(row.total for row in li.channels if row.digital)
            out.append(paragraph(t(
                QT_TRANSLATE_NOOP("PmqaReport", "{total} feedback entries were recorded in the period through {channels} channels; {digital} of them ({share}) came through digital channels."),  # noqa: E501
                total=self.n(li.total), channels=self.n(sum(1 for r in li.channels if r.total)),
                digital=self.n(digital), share=self.pct(100 * digital / li.total),
            )))  # fmt: skip
            out.append(self.bars(
                [(self.name(r.name), r.total) for r in li.channels if r.total],
                t(QT_TRANSLATE_NOOP("PmqaReport", "Feedback by channel")),
            ))  # fmt: skip
            out.append(gap())
            header = [
                t(QT_TRANSLATE_NOOP("PmqaReport", "Channel")),
                *(t(s) for s in STAGES),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Total")),
            ]
            rows = [
                [self.name(r.name) + (" *" if r.digital else ""), *(self.n(v) for v in r.by_stage), self.n(r.total)]
                for r in li.channels
            ]  # fmt: skip
            rows.append(
                [
                    t(QT_TRANSLATE_NOOP("PmqaReport", "Total")),
                    *(self.n(v) for v in li.stage_totals),
                    self.n(li.total),
                ]
            )
            out.append(self.table(header, rows, [70, 25, 25, 25, 25]))
            out.append(
                paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "PmqaReport",
                            "* a digital channel (information technology or social media).",
                        )
                    ),
                    self.kit.small,
                )
            )  # noqa: E501
            out.append(gap())
            out.append(self.bars(
                [(t(s), v) for s, v in zip(STAGES, li.stage_totals, strict=True)],
                t(QT_TRANSLATE_NOOP("PmqaReport", "Feedback by stage of the service lifecycle")),
            ))  # fmt: skip
        out.append(
            Heading(t(QT_TRANSLATE_NOOP("PmqaReport", "Listening plan and its coverage")), 3)
        )
        if li.plan_methods == 0:
            out.append(
                no_data(t(QT_TRANSLATE_NOOP("PmqaReport", "No listening method is planned yet.")))
            )
        else:
            out.append(paragraph(t(
                QT_TRANSLATE_NOOP("PmqaReport", "The listening plan holds {methods} methods (segment × stage × channel). Of the segment–stage cells: {covered} planned and heard, {not_heard} planned but not heard, {unplanned} heard without a plan, {gaps} with neither."),  # noqa: E501
                methods=self.n(li.plan_methods), covered=self.n(li.covered),
                not_heard=self.n(li.not_heard), unplanned=self.n(li.unplanned), gaps=self.n(li.gaps),
            )))  # fmt: skip
            header = [t(QT_TRANSLATE_NOOP("PmqaReport", "Segment")), *(t(s) for s in STAGES)]
            rows = [
                [self.name(r.segment), *(f"{t(COVERAGE[s])} ({self.n(h)})" for s, h in zip(r.statuses, r.heard, strict=True))]
                for r in li.coverage
            ]  # fmt: skip
            out.append(self.table(header, rows, [40, 30, 30, 30]))
        return out

    def item_2(self) -> list[Flowable]:
        t, r = self.t, self.f.registry
        out: list[Flowable] = [
            Heading(
                t(
                    QT_TRANSLATE_NOOP(
                        "PmqaReport", "(2) Future customer and stakeholder information"
                    )
                ),
                2,
            ),
            self.criterion(
                QT_TRANSLATE_NOOP(
                    "PmqaReport",
                    "Information on former and potential customers and stakeholders, and on those of competitors and comparators.",
                )
            ),  # noqa: E501
        ]
        if r.current + r.potential + r.former == 0:
            out.append(
                no_data(
                    t(
                        QT_TRANSLATE_NOOP(
                            "PmqaReport",
                            "The registry holds no service recipients or stakeholders yet.",
                        )
                    )
                )
            )  # noqa: E501
        else:
            header = [
                t(QT_TRANSLATE_NOOP("PmqaReport", "Registry status")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Records")),
            ]
            rows = [
                [t(QT_TRANSLATE_NOOP("PmqaReport", "Current")), self.n(r.current)],
                [t(QT_TRANSLATE_NOOP("PmqaReport", "Potential")), self.n(r.potential)],
                [t(QT_TRANSLATE_NOOP("PmqaReport", "Former")), self.n(r.former)],
            ]
            out.append(self.table(header, rows, [60, 40]))
        if r.comparators:
            out.append(
                paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "PmqaReport",
                            "Comparators whose results are compared with ours: {names}.",
                        ),
                        names=", ".join(r.comparators),
                    )
                )
            )  # noqa: E501
        else:
            out.append(
                no_data(
                    t(
                        QT_TRANSLATE_NOOP(
                            "PmqaReport", "No comparator organisation has been entered."
                        )
                    )
                )
            )
        return out

    def loop_closed(self) -> list[Flowable]:
        t, im = self.t, self.f.improvement
        out: list[Flowable] = [
            Heading(
                t(
                    QT_TRANSLATE_NOOP(
                        "PmqaReport", "Information used to improve services and processes"
                    )
                ),
                2,
            ),
            self.criterion(
                QT_TRANSLATE_NOOP(
                    "PmqaReport",
                    "Satisfaction, dissatisfaction and preference information turned into improvements of services and processes.",
                )
            ),  # noqa: E501
        ]
        acted = sum(n for _s, n in im.by_status)
        if acted == 0:
            out.append(
                no_data(
                    t(
                        QT_TRANSLATE_NOOP(
                            "PmqaReport",
                            "No improvement action is linked to what was heard in this period.",
                        )
                    )
                )
            )  # noqa: E501
        else:
            out.append(paragraph(t(
                QT_TRANSLATE_NOOP("PmqaReport", "Of {entries} feedback entries, {entries_acted} led to an improvement action; of {complaints} complaints, {complaints_acted}. {actions} actions are linked to what was heard in the period; {outcome} are done with a recorded outcome."),  # noqa: E501
                entries=self.n(im.entries_heard), entries_acted=self.n(im.entries_acted_on),
                complaints=self.n(im.complaints_received), complaints_acted=self.n(im.complaints_acted_on),
                actions=self.n(acted), outcome=self.n(im.done_with_outcome),
            )))  # fmt: skip
            header = [
                t(QT_TRANSLATE_NOOP("PmqaReport", "Status")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Actions")),
            ]
            out.append(
                self.table(
                    header, [[t(ACTION_STATUS[s]), self.n(n)] for s, n in im.by_status], [60, 40]
                )
            )  # noqa: E501
        if im.done:
            out.append(gap())
            header = [
                t(QT_TRANSLATE_NOOP("PmqaReport", "Improvement done in the period")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Completed")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Sources linked")),
            ]  # noqa: E501
            rows = [
                [a.title, self.w.date(a.completed_on, "short"), self.n(a.sources)] for a in im.done
            ]
            out.append(self.table(header, rows, [100, 30, 25]))
        out.append(
            paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "PmqaReport",
                        "Today {open} actions are open, {overdue} of them past their due date.",
                    ),
                    open=self.n(im.open_now),
                    overdue=self.n(im.overdue_now),
                )
            )
        )  # noqa: E501
        return out

    # --- 3.1 b ---------------------------------------------------------------------------------
    def item_3(self) -> list[Flowable]:
        t, s = self.t, self.f.survey
        out: list[Flowable] = [
            Heading(t(QT_TRANSLATE_NOOP("PmqaReport", "(3) Satisfaction and engagement")), 2),
            self.criterion(
                QT_TRANSLATE_NOOP(
                    "PmqaReport",
                    "How satisfaction and engagement are assessed; how methods differ between groups; information that shows how to exceed expectations.",
                )
            ),  # noqa: E501
        ]
        if s is None:
            out.append(
                no_data(
                    t(
                        QT_TRANSLATE_NOOP(
                            "PmqaReport",
                            "No satisfaction survey has been recorded up to this fiscal year.",
                        )
                    )
                )
            )  # noqa: E501
            return out
        out.append(paragraph(t(
            QT_TRANSLATE_NOOP("PmqaReport", "Survey {code} “{title}”, fiscal year {year}: {responses} forms. Overall mean {mean} (S.D. {sd}) on a {points}-point scale, {percent} ({band}); satisfied (top two answers) {satisfied}; target {target}."),  # noqa: E501
            code=s.code, title=self.name(s.title), year=self.w.year(s.fiscal_year),
            responses=self.n(s.responses), mean=self.n(s.mean, 2), sd=self.n(s.sd, 2),
            points=self.n(s.points), percent=self.pct(s.percent),
            band=self.name(s.band, "–"), satisfied=self.pct(s.satisfied_pct), target=self.pct(s.target),
        )))  # fmt: skip
        if s.target_met is not None:
            out.append(
                paragraph(
                    t(QT_TRANSLATE_NOOP("PmqaReport", "The target was met."))
                    if s.target_met
                    else t(QT_TRANSLATE_NOOP("PmqaReport", "The target was not met."))
                )
            )  # noqa: E501
        if s.engagement is not None:
            out.append(
                paragraph(
                    t(
                        QT_TRANSLATE_NOOP("PmqaReport", "Engagement index: {index}."),
                        index=self.pct(s.engagement),
                    )
                )
            )  # noqa: E501
        if s.segments:
            header = [
                t(QT_TRANSLATE_NOOP("PmqaReport", "Segment")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Forms")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Mean")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Percent")),
            ]  # noqa: E501
            rows = [
                [self.name(g.name), self.n(g.responses), self.n(g.mean, 2), self.pct(g.percent)]
                for g in s.segments
            ]  # noqa: E501
            out.append(self.table(header, rows, [70, 25, 25, 25]))
        if s.gaps:
            out.append(gap())
            header = [
                t(
                    QT_TRANSLATE_NOOP(
                        "PmqaReport", "Item (largest importance–satisfaction gap first)"
                    )
                ),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Importance")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Satisfaction")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Gap")),
            ]  # noqa: E501
            rows = [
                [
                    self.name(g.title),
                    self.n(g.importance, 2),
                    self.n(g.satisfaction, 2),
                    self.n(g.gap, 2),
                ]
                for g in s.gaps
            ]  # noqa: E501
            out.append(self.table(header, rows, [85, 22, 22, 18]))
        out.append(Heading(t(QT_TRANSLATE_NOOP("PmqaReport", "Three-year trend")), 3))
        trend = s.trend[-3:]
        if len(trend) < 2:
            out.append(
                no_data(
                    t(
                        QT_TRANSLATE_NOOP(
                            "PmqaReport", "Fewer than two rounds of this survey: no trend yet."
                        )
                    )
                )
            )  # noqa: E501
        else:
            labels = [
                self.w.year(r.fiscal_year) + (f"/{self.n(r.round)}" if r.round > 1 else "")
                for r in trend
            ]  # noqa: E501
            series = [
                (
                    t(QT_TRANSLATE_NOOP("PmqaReport", "Satisfaction (percent)")),
                    [r.percent for r in trend],
                )
            ]
            if any(r.target is not None for r in trend):
                series.append(
                    (t(QT_TRANSLATE_NOOP("PmqaReport", "Target")), [r.target for r in trend])
                )
            out.append(
                LineChart(
                    labels,
                    series,
                    width=self.width,
                    height=150,
                    value_label=lambda v: self.n(v, 1),
                    minimum=0,
                    maximum=100,
                )
            )  # noqa: E501
            header = [
                t(QT_TRANSLATE_NOOP("PmqaReport", "Fiscal year")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Forms")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Mean")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Percent")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Target")),
            ]  # noqa: E501
            rows = [
                [
                    label,
                    self.n(r.responses),
                    self.n(r.mean, 2),
                    self.pct(r.percent),
                    self.pct(r.target),
                ]
                for label, r in zip(labels, trend, strict=True)
            ]  # noqa: E501
            out.append(self.table(header, rows, [30, 25, 25, 25, 25]))
        return out

    def item_4(self) -> list[Flowable]:
        t, s = self.t, self.f.survey
        out: list[Flowable] = [
            Heading(
                t(
                    QT_TRANSLATE_NOOP(
                        "PmqaReport", "(4) Satisfaction compared with competitors and comparators"
                    )
                ),
                2,
            ),  # noqa: E501
            self.criterion(
                QT_TRANSLATE_NOOP(
                    "PmqaReport",
                    "Satisfaction compared with competitors and with agencies offering similar services.",
                )
            ),  # noqa: E501
        ]
        if s is None or not s.benchmarks:
            out.append(
                no_data(
                    t(
                        QT_TRANSLATE_NOOP(
                            "PmqaReport",
                            "No comparator's result has been entered for the latest survey.",
                        )
                    )
                )
            )  # noqa: E501
            return out
        header = [
            t(QT_TRANSLATE_NOOP("PmqaReport", "Level")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Ours")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Comparator")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Theirs")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Difference (points)")),
        ]  # noqa: E501
        rows = [
            [
                self.name(b.level),
                self.pct(b.ours),
                f"{b.organisation} ({self.w.year(b.fiscal_year)})",
                self.pct(b.theirs),
                self.w.digits(f"{b.difference:+.1f}") if b.difference is not None else "–",
            ]  # noqa: E501
            for b in s.benchmarks
        ]
        out.append(self.table(header, rows, [55, 20, 50, 20, 25]))
        return out

    def item_5(self) -> list[Flowable]:
        t, s, k = self.t, self.f.survey, self.f.complaints.kpis
        out: list[Flowable] = [
            Heading(t(QT_TRANSLATE_NOOP("PmqaReport", "(5) Dissatisfaction")), 2),
            self.criterion(
                QT_TRANSLATE_NOOP(
                    "PmqaReport", "How dissatisfaction is assessed and what is learned from it."
                )
            ),  # noqa: E501
        ]
        if s is None:
            out.append(
                no_data(
                    t(
                        QT_TRANSLATE_NOOP(
                            "PmqaReport",
                            "No survey: dissatisfaction is not measured by survey yet.",
                        )
                    )
                )
            )  # noqa: E501
        else:
            out.append(paragraph(t(
                QT_TRANSLATE_NOOP("PmqaReport", "In survey {code}, {respondents} of respondents gave at least one answer in the bottom two levels; {answers} of all answers were in them."),  # noqa: E501
                code=s.code, respondents=self.pct(s.dissatisfied_respondents_pct), answers=self.pct(s.low_answer_pct),
            )))  # fmt: skip
            if s.weakest:
                header = [
                    t(QT_TRANSLATE_NOOP("PmqaReport", "Weakest items")),
                    t(QT_TRANSLATE_NOOP("PmqaReport", "Percent")),
                    t(QT_TRANSLATE_NOOP("PmqaReport", "Dissatisfied")),
                ]  # noqa: E501
                rows = [
                    [self.name(i.title), self.pct(i.percent), self.pct(i.dissatisfied_pct)]
                    for i in s.weakest
                ]  # noqa: E501
                out.append(self.table(header, rows, [100, 25, 25]))
        received = [st for st in self.f.complaints.standards if st.received]
        if k.received == 0:
            out.append(
                no_data(
                    t(QT_TRANSLATE_NOOP("PmqaReport", "No complaint was received in this period."))
                )
            )
        else:
            out.append(gap())
            out.append(self.bars(
                [(self.name(st.category), st.received) for st in sorted(received, key=lambda x: -x.received)],  # noqa: E501
                t(QT_TRANSLATE_NOOP("PmqaReport", "Complaints received by category")),
            ))  # fmt: skip
        return out

    # --- 3.2 a ---------------------------------------------------------------------------------
    def item_6(self) -> list[Flowable]:
        t = self.t
        out: list[Flowable] = [
            Heading(t(QT_TRANSLATE_NOOP("PmqaReport", "(6) Services")), 2),
            self.criterion(
                QT_TRANSLATE_NOOP(
                    "PmqaReport",
                    "The requirements of each group; services designed and adapted to meet them and to attract new groups.",
                )
            ),  # noqa: E501
        ]
        if not self.f.segments:
            out.append(no_data(t(QT_TRANSLATE_NOOP("PmqaReport", "No segment is defined yet."))))
            return out
        header = [
            t(QT_TRANSLATE_NOOP("PmqaReport", "Segment")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Needs")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Expectations")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Services")),
        ]  # noqa: E501
        none = t(QT_TRANSLATE_NOOP("PmqaReport", "not recorded"))
        rows = [
            [self.name(g.name), "; ".join(g.requirements) or none, "; ".join(g.expectations) or none,
             "; ".join(self.name(x) for x in g.services) or none]
            for g in self.f.segments
        ]  # fmt: skip
        out.append(self.table(header, rows, [30, 45, 45, 35]))
        return out

    def item_7(self) -> list[Flowable]:
        t, c = self.t, self.f.complaints
        out: list[Flowable] = [
            Heading(t(QT_TRANSLATE_NOOP("PmqaReport", "(7) Customer support")), 2),
            self.criterion(
                QT_TRANSLATE_NOOP(
                    "PmqaReport",
                    "How services are given and feedback received; the key communication channels; the key requirements (service standards) and how they are deployed.",
                )
            ),  # noqa: E501
        ]
        channels = self.f.listening.channels
        if channels:
            names = [self.name(r.name) for r in channels]
            digital = [self.name(r.name) for r in channels if r.digital]
            out.append(
                paragraph(
                    t(
                        QT_TRANSLATE_NOOP("PmqaReport", "Channels in use: {channels}."),
                        channels=", ".join(names),
                    )
                )
            )  # noqa: E501
            if digital:
                out.append(
                    paragraph(
                        t(
                            QT_TRANSLATE_NOOP("PmqaReport", "Digital channels: {channels}."),
                            channels=", ".join(digital),
                        )
                    )
                )  # noqa: E501
        out.append(
            Heading(
                t(QT_TRANSLATE_NOOP("PmqaReport", "Service standards and their achievement")), 3
            )
        )
        if not c.standards:
            out.append(
                no_data(t(QT_TRANSLATE_NOOP("PmqaReport", "No service standard is defined yet.")))
            )
            return out
        header = [
            t(QT_TRANSLATE_NOOP("PmqaReport", "Complaint category")), t(QT_TRANSLATE_NOOP("PmqaReport", "Acknowledge")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "First response")), t(QT_TRANSLATE_NOOP("PmqaReport", "Resolve")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Notify result")), t(QT_TRANSLATE_NOOP("PmqaReport", "Cases")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Resolved within standard")), t(QT_TRANSLATE_NOOP("PmqaReport", "Notified within standard")),
        ]  # fmt: skip
        rows = [
            [self.name(s.category), self.n(s.acknowledge_days), self.n(s.first_response_days), self.n(s.resolve_days),
             self.n(s.notify_days), self.n(s.received), self.pct(s.resolved_pct), self.pct(s.notified_pct)]
            for s in c.standards
        ]  # fmt: skip
        out.append(self.table(header, rows, [44, 18, 18, 18, 18, 16, 22, 22]))
        out.append(
            paragraph(
                t(QT_TRANSLATE_NOOP("PmqaReport", "Targets in working days.")), self.kit.small
            )
        )
        return out

    def item_8(self) -> list[Flowable]:
        t = self.t
        out: list[Flowable] = [
            Heading(t(QT_TRANSLATE_NOOP("PmqaReport", "(8) Customer segmentation")), 2),
            self.criterion(
                QT_TRANSLATE_NOOP(
                    "PmqaReport",
                    "The groups of customers and stakeholders, and their priority levels.",
                )
            ),  # noqa: E501
        ]
        if not self.f.segments:
            out.append(no_data(t(QT_TRANSLATE_NOOP("PmqaReport", "No segment is defined yet."))))
            return out
        header = [
            t(QT_TRANSLATE_NOOP("PmqaReport", "Segment")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Kind")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Priority")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Records")),
        ]  # noqa: E501
        rows = [
            [
                self.name(g.name),
                t(SEGMENT_KIND.get(g.kind, g.kind)),
                t(PRIORITY.get(g.priority, g.priority)),
                self.n(g.members),
            ]  # noqa: E501
            for g in self.f.segments
        ]
        out.append(self.table(header, rows, [60, 35, 25, 25]))
        return out

    # --- 3.2 b ---------------------------------------------------------------------------------
    def item_9(self) -> list[Flowable]:
        t, r = self.t, self.f.relationships
        out: list[Flowable] = [
            Heading(t(QT_TRANSLATE_NOOP("PmqaReport", "(9) Relationship management")), 2),
            self.criterion(
                QT_TRANSLATE_NOOP(
                    "PmqaReport",
                    "Building and managing relationships across the service lifecycle; using information technology and social media to strengthen them.",
                )
            ),  # noqa: E501
        ]
        if r.total == 0:
            out.append(
                no_data(
                    t(
                        QT_TRANSLATE_NOOP(
                            "PmqaReport", "No relationship activity was recorded in this period."
                        )
                    )
                )
            )  # noqa: E501
            return out
        out.append(paragraph(t(
            QT_TRANSLATE_NOOP("PmqaReport", "{total} relationship activities were recorded in the period; {digital} of them through digital channels or social media."),  # noqa: E501
            total=self.n(r.total), digital=self.n(r.digital),
        )))  # fmt: skip
        header = [
            t(QT_TRANSLATE_NOOP("PmqaReport", "Segment")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Activities")),
        ]
        rows = [[self.name(x.name), self.n(x.count)] for x in r.by_segment]
        out.append(self.table(header, rows, [70, 30]))
        if r.by_kind:
            out.append(gap())
            header = [
                t(QT_TRANSLATE_NOOP("PmqaReport", "Kind of activity")),
                t(QT_TRANSLATE_NOOP("PmqaReport", "Activities")),
            ]
            rows = [[t(ACTIVITY_KIND.get(k, k)), self.n(v)] for k, v in r.by_kind]
            out.append(self.table(header, rows, [70, 30]))
        return out

    def item_10(self) -> list[Flowable]:
        t, c = self.t, self.f.complaints
        k = c.kpis
        out: list[Flowable] = [
            Heading(t(QT_TRANSLATE_NOOP("PmqaReport", "(10) Complaint management")), 2),
            self.criterion(
                QT_TRANSLATE_NOOP(
                    "PmqaReport",
                    "Resolving complaints promptly and effectively; winning back trust and building satisfaction and engagement.",
                )
            ),  # noqa: E501
        ]
        if k.received == 0:
            out.append(
                no_data(
                    t(QT_TRANSLATE_NOOP("PmqaReport", "No complaint was received in this period."))
                )
            )
            return out
        header = [
            t(QT_TRANSLATE_NOOP("PmqaReport", "Indicator")),
            t(QT_TRANSLATE_NOOP("PmqaReport", "Value")),
        ]
        rows = [
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Complaints received")), self.n(k.received)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Acknowledged within standard")), self.pct(k.acknowledged_pct)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "First response within standard")), self.pct(k.first_response_pct)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Resolved within standard")), self.pct(k.resolved_pct)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Result notified within standard")), self.pct(k.notified_pct)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Resolved")), self.n(k.resolved)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Mean working days to resolve")), self.n(k.mean_days, 1)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Median working days to resolve")), self.n(k.median_days, 1)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Still open (received in the period)")), self.n(k.open)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Overdue (received in the period)")), self.n(k.overdue)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Reopen rate")), self.pct(k.reopen_rate)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Follow-ups answered")), self.n(k.follow_ups)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Satisfaction with the handling (mean of 5)")), self.n(k.satisfaction_mean, 2)],  # noqa: E501
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Satisfied with the handling")), self.pct(k.satisfied_pct)],
            [t(QT_TRANSLATE_NOOP("PmqaReport", "Trust restored")), self.pct(k.trust_restored_pct)],
        ]  # fmt: skip
        out.append(self.table(header, rows, [75, 25]))
        out.append(
            paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "PmqaReport",
                        "Today {open} cases are open in all, {overdue} of them overdue.",
                    ),
                    open=self.n(c.open_now),
                    overdue=self.n(c.overdue_now),
                )
            )
        )  # noqa: E501
        return out
