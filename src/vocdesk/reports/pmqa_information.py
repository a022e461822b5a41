"""PMQA 3.1, customer and stakeholder information: items (1)–(5) and how the information was
used, each in the award's own words, then the evidence for the period."""

from __future__ import annotations

from reportlab.platypus import Flowable

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.reports.charts import LineChart
from vocdesk.reports.kit import Heading, gap, no_data, paragraph
from vocdesk.reports.pmqa_section_kit import ACTION_STATUS, COVERAGE, STAGES, SectionKit


class Information(SectionKit):
    # --- 3.1 a ---------------------------------------------------------------------------------
    def item_1(self) -> list[Flowable]:
        t, li = self.t, self.f.listening
        out: list[Flowable] = self.item(
            QT_TRANSLATE_NOOP("PmqaReport", "(1) Current customer and stakeholder information"),
            QT_TRANSLATE_NOOP(
                "PmqaReport",
                "How the agency listens to each group; listening through information technology and social media; listening at every stage of the service lifecycle; seeking actionable feedback.",
            ),
        )
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
        out: list[Flowable] = self.item(
            QT_TRANSLATE_NOOP("PmqaReport", "(2) Future customer and stakeholder information"),
            QT_TRANSLATE_NOOP(
                "PmqaReport",
                "Information on former and potential customers and stakeholders, and on those of competitors and comparators.",
            ),
        )
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
        out: list[Flowable] = self.item(
            QT_TRANSLATE_NOOP("PmqaReport", "Information used to improve services and processes"),
            QT_TRANSLATE_NOOP(
                "PmqaReport",
                "Satisfaction, dissatisfaction and preference information turned into improvements of services and processes.",
            ),
        )
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
        out: list[Flowable] = self.item(
            QT_TRANSLATE_NOOP("PmqaReport", "(3) Satisfaction and engagement"),
            QT_TRANSLATE_NOOP(
                "PmqaReport",
                "How satisfaction and engagement are assessed; how methods differ between groups; information that shows how to exceed expectations.",
            ),
        )
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
        out: list[Flowable] = self.item(
            QT_TRANSLATE_NOOP("PmqaReport", "(5) Dissatisfaction"),
            QT_TRANSLATE_NOOP(
                "PmqaReport", "How dissatisfaction is assessed and what is learned from it."
            ),
        )
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
