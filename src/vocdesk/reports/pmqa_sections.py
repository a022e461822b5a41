"""The chapters of the PMQA evidence pack in the award's order: 3.1 (pmqa_information) and 3.2
(pmqa_engagement), each item in the award's own words, then the evidence for the period."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.reports.kit import Heading
from vocdesk.reports.pmqa_engagement import Engagement
from vocdesk.reports.pmqa_information import Information


class Sections(Information, Engagement):
    """The whole pack's chapters, sections and items, in order."""

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
