"""Relationship indicators of one stakeholder, shown beside the timeline (PMQA 3.2 b (9)).

The engagement level in large type with the rule that gave it in words, the figures (interactions
in 12 months, open complaints, last contact, last satisfaction and its trend) and a bar chart of
the interactions by kind or by channel. Read off the GUI thread; a reading for a stakeholder no
longer shown is dropped.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from vocdesk.domain.relationships_engagement import EngagementLevel, levels, rule_line
from vocdesk.domain.thai_dates import format_date
from vocdesk.services.relationships.indicators import (
    GroupIndicators,
    IndicatorsService,
    InteractionSource,
    KindCount,
    StakeholderIndicators,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import error_text
from vocdesk.ui.i18n import counted, current_language, translate_message
from vocdesk.ui.labels import enum_label
from vocdesk.ui.models.display import number_text
from vocdesk.ui.tasks import Progress, TaskRunner
from vocdesk.ui.widgets.charts import ChartKind, ChartWidget, Series, scrolling
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

LEVEL_CONTEXT = "EngagementLevel"
LEVEL_LABELS: dict[EngagementLevel, str] = {
    EngagementLevel.HIGH: QT_TRANSLATE_NOOP("EngagementLevel", "High"),
    EngagementLevel.MEDIUM: QT_TRANSLATE_NOOP("EngagementLevel", "Medium"),
    EngagementLevel.LOW: QT_TRANSLATE_NOOP("EngagementLevel", "Low"),
    EngagementLevel.NONE: QT_TRANSLATE_NOOP("EngagementLevel", "None"),
}
# The level's colour: dark enough to read on white, told apart without colour by the word.
LEVEL_COLOURS: dict[EngagementLevel, str] = {
    EngagementLevel.HIGH: "#007A5A",
    EngagementLevel.MEDIUM: "#0072B2",
    EngagementLevel.LOW: "#B35900",
    EngagementLevel.NONE: "#666666",
}
SOURCE_CONTEXT = "InteractionSource"
SOURCE_LABELS: dict[InteractionSource, str] = {
    InteractionSource.ACTIVITY: QT_TRANSLATE_NOOP("InteractionSource", "Activity"),
    InteractionSource.FEEDBACK: QT_TRANSLATE_NOOP("InteractionSource", "Feedback"),
    InteractionSource.COMPLAINT: QT_TRANSLATE_NOOP("InteractionSource", "Complaint"),
    InteractionSource.SURVEY_RESPONSE: QT_TRANSLATE_NOOP("InteractionSource", "Survey response"),
}
LEVEL_FONT_SCALE = 2.4
GROUP_FONT_SCALE = 1.4  # a segment's members per level: four figures on one or two lines
BY_KIND, BY_CHANNEL = "kind", "channel"
_STAKEHOLDER, _SEGMENT, _ORGANISATION = "stakeholder", "segment", "organisation"


def level_label(level: EngagementLevel) -> str:
    """The level's name in the UI language ("High" / "สูง")."""
    return QCoreApplication.translate(LEVEL_CONTEXT, LEVEL_LABELS[level])


def kind_label(count: KindCount) -> str:
    """An interaction kind's name: the activity kind's, or the source's."""
    if count.activity_kind is not None:
        return enum_label(count.activity_kind)
    return QCoreApplication.translate(SOURCE_CONTEXT, SOURCE_LABELS[count.source])


class IndicatorsPanel(QWidget):
    def __init__(
        self, indicators: IndicatorsService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = indicators
        self._tasks = tasks
        # Whose indicators: ("stakeholder", id), ("segment", id), ("organisation", name).
        self._scope: tuple[str, uuid.UUID | str] | None = None
        self._generation = 0
        self.indicators: StakeholderIndicators | GroupIndicators | None = None  # the one shown
        self._error = ""

        self.level_caption = QLabel(self)
        self.level_value = QLabel("–", self)
        self.level_value.setObjectName("engagement_level")
        self._level_font = self.level_value.font()
        self._level_font.setPointSizeF(self._level_font.pointSizeF() * LEVEL_FONT_SCALE)
        self._level_font.setBold(True)
        self._group_font = self.level_value.font()
        self._group_font.setPointSizeF(self._group_font.pointSizeF() * GROUP_FONT_SCALE)
        self._group_font.setBold(True)
        self.level_value.setFont(self._level_font)
        self.level_value.setWordWrap(True)
        self.rule_caption = QLabel(self)
        caption_font = self.rule_caption.font()
        caption_font.setBold(True)
        self.rule_caption.setFont(caption_font)
        self.rule_label = WrappingLabel("", self)
        self.rule_label.setObjectName("engagement_rule")
        self.rule_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_label = WrappingLabel("", self)
        self.next_label.setObjectName("engagement_next")

        self.figure_captions: dict[str, QLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        self.figures = figures = QFormLayout()
        figures.setSpacing(layout.FORM_SPACING)
        for name in ("interactions", "open_complaints", "last_contact", "satisfaction", "trend"):
            caption, value = QLabel(self), WrappingLabel("–", self)
            value.setObjectName(f"indicator_{name}")
            figures.addRow(caption, value)
            self.figure_captions[name], self.figure_values[name] = caption, value

        self.chart_label = QLabel(self)
        self.chart_box = QComboBox(self)
        self.chart_box.setObjectName("indicators_chart_by")
        self.chart_box.addItem("", BY_KIND)
        self.chart_box.addItem("", BY_CHANNEL)
        self.chart_label.setBuddy(self.chart_box)
        self.chart = ChartWidget(self, kind=ChartKind.HORIZONTAL_BARS)
        self.chart.setObjectName("indicators_chart")

        chart_row = QHBoxLayout()
        chart_row.setSpacing(layout.SPACING)
        chart_row.addWidget(self.chart_label)
        chart_row.addWidget(self.chart_box, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(layout.SPACING)
        box.addWidget(self.level_caption)
        box.addWidget(self.level_value)
        box.addWidget(self.next_label)
        box.addSpacing(layout.SPACING)
        box.addWidget(self.rule_caption)
        box.addWidget(self.rule_label)
        box.addSpacing(layout.SECTION_SPACING)
        box.addLayout(figures)
        box.addSpacing(layout.SECTION_SPACING)
        box.addLayout(chart_row)
        box.addWidget(scrolling(self.chart), 1)

        self.chart_box.currentIndexChanged.connect(self._draw_chart)
        self.retranslate()

    # --- reading ---------------------------------------------------------------------------
    @property
    def stakeholder_id(self) -> uuid.UUID | None:
        """The stakeholder shown (None: nobody, or a segment or organisation)."""
        if self._scope is not None and self._scope[0] == _STAKEHOLDER:
            return uuid.UUID(str(self._scope[1]))
        return None

    def set_stakeholder(self, stakeholder_id: uuid.UUID | None) -> None:
        """Show the indicators of ``stakeholder_id`` (None: nobody; the panel empties)."""
        self._scope = None if stakeholder_id is None else (_STAKEHOLDER, stakeholder_id)
        self.refresh()

    def set_segment(self, segment_id: uuid.UUID) -> None:
        """Show the indicators of every member of the segment together."""
        self._scope = (_SEGMENT, segment_id)
        self.refresh()

    def set_organisation(self, organisation: str) -> None:
        """Show the indicators of an organisation: its record and its people."""
        self._scope = (_ORGANISATION, organisation)
        self.refresh()

    def refresh(self) -> None:
        """Read the indicators shown again (after a change to the records)."""
        self._generation += 1
        generation, scope, service = self._generation, self._scope, self._service
        self._error = ""
        if scope is None:
            self.indicators = None
            self._draw()
            return
        kind, key = scope

        def read(_progress: Progress) -> StakeholderIndicators | GroupIndicators:
            if kind == _SEGMENT:
                return service.for_segment(uuid.UUID(str(key)))
            if kind == _ORGANISATION:
                return service.for_organisation(str(key))
            return service.for_stakeholder(uuid.UUID(str(key)))

        self._tasks.run(
            read,
            on_done=lambda found: self._show(generation, found),
            on_error=lambda error: self._failed(generation, error),
            receiver=self,
        )

    def _show(self, generation: int, found: StakeholderIndicators | GroupIndicators) -> None:
        if generation != self._generation:
            return  # a reading for a stakeholder no longer shown
        self.indicators = found
        self._draw()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.indicators = None
        self._error = error_text(error)
        self._draw()

    # --- drawing ---------------------------------------------------------------------------
    def _draw(self) -> None:
        found, lang = self.indicators, current_language()
        group = isinstance(found, GroupIndicators)
        self.level_caption.setText(
            self.tr("Members by engagement level") if group else self.tr("Engagement level")
        )
        self.level_value.setFont(self._group_font if group else self._level_font)
        self.figures.setRowVisible(self.figure_values["trend"], not group)
        self._draw_rule()
        if found is None:
            self.level_value.setText("–")
            self.level_value.setStyleSheet("")
            self.next_label.setText(self._error)
            for value in self.figure_values.values():
                value.setText("–")
            self._draw_chart()
            return
        values = self.figure_values
        values["interactions"].setText(
            self.tr("{count} (since {since})").format(
                count=number_text(found.interactions, lang),
                since=format_date(found.since, lang, "short"),
            )
        )
        values["open_complaints"].setText(number_text(found.open_complaints, lang))
        values["last_contact"].setText(self._last_contact_text(found, lang))
        if isinstance(found, GroupIndicators):
            self._draw_group(found)
        else:
            self._draw_stakeholder(found, lang)
        self._draw_chart()

    def _last_contact_text(self, found: StakeholderIndicators | GroupIndicators, lang: str) -> str:
        if found.last_contact is None or found.days_since_contact is None:
            return self.tr("No contact recorded")
        days, on = found.days_since_contact, format_date(found.last_contact, lang, "short")
        if days == 0:
            return self.tr("Today ({date})").format(date=on)
        if days == 1:
            return self.tr("Yesterday ({date})").format(date=on)
        return counted(self.tr("%n day(s) ago ({date})", "", days), days).format(date=on)

    def _draw_stakeholder(self, found: StakeholderIndicators, lang: str) -> None:
        level = found.engagement.level
        self.level_value.setText(level_label(level))
        self.level_value.setStyleSheet(f"color: {LEVEL_COLOURS[level]};")
        if found.engagement.unmet:
            self.next_label.setText(
                self.tr("To reach the next level: {conditions}").format(
                    conditions=self.tr(", ").join(
                        translate_message(m) for m in found.engagement.unmet
                    )
                )
            )
        else:
            self.next_label.setText("")
        values = self.figure_values
        score = found.satisfaction
        if score is None:
            values["satisfaction"].setText(self.tr("No rated survey response"))
        else:
            values["satisfaction"].setText(
                self.tr("{percent}% ({survey}, {date})").format(
                    percent=f"{score.percent:.1f}",
                    survey=score.survey_code,
                    date=format_date(score.submitted_on, lang, "short"),
                )
            )
        change = found.satisfaction_change
        if change is None:
            values["trend"].setText(self.tr("Not enough responses"))
        else:
            steps = " → ".join(f"{p.percent:.1f}%" for p in found.satisfaction_trend)
            values["trend"].setText(
                self.tr("{steps} ({change} points)").format(steps=steps, change=f"{change:+.1f}")
            )

    def _draw_group(self, found: GroupIndicators) -> None:
        self.level_value.setText(
            " · ".join(
                f"{level_label(level)} {number_text(count, current_language())}"
                for level, count in found.levels
            )
        )
        self.level_value.setStyleSheet("")
        self.next_label.setText(
            counted(
                self.tr("{in_touch} of %Ln member(s) in touch in 12 months", "", found.members),
                found.members,
            ).format(in_touch=number_text(found.members_in_touch, current_language()))
        )
        if found.satisfaction is None:
            text = self.tr("No rated survey response")
        else:
            scored = found.members_scored
            text = counted(
                self.tr("{percent}% (mean of the last scores of %Ln member(s))", "", scored), scored
            ).format(percent=number_text(found.satisfaction, current_language(), 1))
        self.figure_values["satisfaction"].setText(text)
        self.figure_values["trend"].setText("–")

    def _draw_rule(self) -> None:
        """Every level's rule, one line each; a stakeholder's level in bold."""
        found = self.indicators
        reached = found.engagement.level if isinstance(found, StakeholderIndicators) else None
        lines = []
        for level, words in _rule(found):
            text = _escaped(translate_message(words))
            lines.append(f"<b>{text}</b>" if level is reached else text)
        self.rule_label.setText("<br>".join(lines))

    def _draw_chart(self) -> None:
        found, lang = self.indicators, current_language()
        self.chart.set_language(lang)
        if found is None:
            self.chart.set_data([], [])
            return
        if self.chart_box.currentData() == BY_CHANNEL:
            none = self.tr("No channel recorded")
            names = [c.channel.in_language(lang) if c.channel else none for c in found.by_channel]
            counts = [c.count for c in found.by_channel]
            title = self.tr("Interactions in 12 months by channel")
        else:
            names = [kind_label(k) for k in found.by_kind]
            counts = [k.count for k in found.by_kind]
            title = self.tr("Interactions in 12 months by kind")
        self.chart.set_data(names, [Series(self.tr("Interactions"), counts)], title=title)

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.rule_caption.setText(self.tr("How the level is set"))
        captions = {
            "interactions": self.tr("Interactions in 12 months"),
            "open_complaints": self.tr("Open complaints"),
            "last_contact": self.tr("Last contact"),
            "satisfaction": self.tr("Last satisfaction score"),
            "trend": self.tr("Satisfaction trend"),
        }
        for name, caption in captions.items():
            self.figure_captions[name].setText(caption)
        self.chart_label.setText(self.tr("Chart by"))
        self.chart_box.setItemText(0, self.tr("Kind"))
        self.chart_box.setItemText(1, self.tr("Channel"))
        self._draw()


def _rule(
    found: StakeholderIndicators | GroupIndicators | None,
) -> list[tuple[EngagementLevel, Message]]:
    if found is not None:
        return list(found.rule)
    return [(level, rule_line(level)) for level in levels()]


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
