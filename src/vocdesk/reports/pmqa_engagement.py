"""PMQA 3.2, customer engagement: items (6)–(10), each in the award's own words, then the
evidence for the period."""

from __future__ import annotations

from reportlab.platypus import Flowable

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.reports.kit import Heading, gap, no_data, paragraph
from vocdesk.reports.pmqa_section_kit import ACTIVITY_KIND, PRIORITY, SEGMENT_KIND, SectionKit


class Engagement(SectionKit):
    # --- 3.2 a ---------------------------------------------------------------------------------
    def item_6(self) -> list[Flowable]:
        t = self.t
        out: list[Flowable] = self.item(
            QT_TRANSLATE_NOOP("PmqaReport", "(6) Services"),
            QT_TRANSLATE_NOOP(
                "PmqaReport",
                "The requirements of each group; services designed and adapted to meet them and to attract new groups.",
            ),
        )
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
        out: list[Flowable] = self.item(
            QT_TRANSLATE_NOOP("PmqaReport", "(7) Customer support"),
            QT_TRANSLATE_NOOP(
                "PmqaReport",
                "How services are given and feedback received; the key communication channels; the key requirements (service standards) and how they are deployed.",
            ),
        )
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
        out: list[Flowable] = self.item(
            QT_TRANSLATE_NOOP("PmqaReport", "(8) Customer segmentation"),
            QT_TRANSLATE_NOOP(
                "PmqaReport",
                "The groups of customers and stakeholders, and their priority levels.",
            ),
        )
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
        out: list[Flowable] = self.item(
            QT_TRANSLATE_NOOP("PmqaReport", "(9) Relationship management"),
            QT_TRANSLATE_NOOP(
                "PmqaReport",
                "Building and managing relationships across the service lifecycle; using information technology and social media to strengthen them.",
            ),
        )
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
        out: list[Flowable] = self.item(
            QT_TRANSLATE_NOOP("PmqaReport", "(10) Complaint management"),
            QT_TRANSLATE_NOOP(
                "PmqaReport",
                "Resolving complaints promptly and effectively; winning back trust and building satisfaction and engagement.",
            ),
        )
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
