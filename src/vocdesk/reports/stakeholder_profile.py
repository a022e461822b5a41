"""The stakeholder profile: one person's or organisation's record, how the relationship stands,
and the whole history on one table, newest first.

Plain data in (``StakeholderProfile``), PDF bytes out. Identifiers arrive already masked (or
whole, when the request asked for them): this module never sees what it must not print.
Vocabulary labels (activity kinds, complaint statuses, ...) are the window's own, translated in
the enum's context, so the report uses the same words as the Stakeholders and Timeline tabs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from vocdesk.domain.clock import thai_time
from vocdesk.domain.enums import (
    ActivityKind,
    ComplaintStatus,
    FeedbackType,
    PartyType,
    Priority,
    ReminderSource,
    ReminderStatus,
    StakeholderKind,
    StakeholderStatus,
    SurveyKind,
)
from vocdesk.domain.listening.log import FeedbackStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from vocdesk.domain.registry import LawfulBasis
from vocdesk.domain.relationships_engagement import EngagementLevel
from vocdesk.domain.tables import Named
from vocdesk.reports.document import PageFurniture, PdfMetadata, build_pdf
from vocdesk.reports.kit import DASH, Heading, Wording, gap, no_data, paragraph, styles
from vocdesk.reports.tables import thai_table

CONTEXT = "StakeholderProfile"

# The window's labels (ui/labels.py, ui/relationships/*), in their own contexts: the .ts already
# translates them, and tests/reports/test_stakeholder_profile.py checks they are the same texts.
# fmt: off
LABELLED_VALUES: list[tuple[StrEnum, tuple[str, str]]] = [
    (PartyType.PERSON, ("PartyType", QT_TRANSLATE_NOOP("PartyType", "Person"))),
    (PartyType.ORGANISATION, ("PartyType", QT_TRANSLATE_NOOP("PartyType", "Organisation"))),
    (StakeholderKind.SERVICE_RECIPIENT, ("StakeholderKind", QT_TRANSLATE_NOOP("StakeholderKind", "Service recipient"))),
    (StakeholderKind.STAKEHOLDER, ("StakeholderKind", QT_TRANSLATE_NOOP("StakeholderKind", "Stakeholder"))),
    (StakeholderKind.PARTNER, ("StakeholderKind", QT_TRANSLATE_NOOP("StakeholderKind", "Partner"))),
    (StakeholderKind.COMPARATOR, ("StakeholderKind", QT_TRANSLATE_NOOP("StakeholderKind", "Comparator"))),
    (StakeholderStatus.CURRENT, ("StakeholderStatus", QT_TRANSLATE_NOOP("StakeholderStatus", "Current"))),
    (StakeholderStatus.POTENTIAL, ("StakeholderStatus", QT_TRANSLATE_NOOP("StakeholderStatus", "Potential"))),
    (StakeholderStatus.FORMER, ("StakeholderStatus", QT_TRANSLATE_NOOP("StakeholderStatus", "Former"))),
    (Priority.HIGH, ("Priority", QT_TRANSLATE_NOOP("Priority", "High"))),
    (Priority.MEDIUM, ("Priority", QT_TRANSLATE_NOOP("Priority", "Medium"))),
    (Priority.LOW, ("Priority", QT_TRANSLATE_NOOP("Priority", "Low"))),
    (FeedbackType.NEED, ("FeedbackType", QT_TRANSLATE_NOOP("FeedbackType", "Need"))),
    (FeedbackType.EXPECTATION, ("FeedbackType", QT_TRANSLATE_NOOP("FeedbackType", "Expectation"))),
    (FeedbackType.SUGGESTION, ("FeedbackType", QT_TRANSLATE_NOOP("FeedbackType", "Suggestion"))),
    (FeedbackType.COMPLIMENT, ("FeedbackType", QT_TRANSLATE_NOOP("FeedbackType", "Compliment"))),
    (FeedbackType.INQUIRY, ("FeedbackType", QT_TRANSLATE_NOOP("FeedbackType", "Inquiry"))),
    (FeedbackType.COMPLAINT, ("FeedbackType", QT_TRANSLATE_NOOP("FeedbackType", "Complaint"))),
    (FeedbackType.OTHER, ("FeedbackType", QT_TRANSLATE_NOOP("FeedbackType", "Other"))),
    (FeedbackStatus.NEW, ("FeedbackStatus", QT_TRANSLATE_NOOP("FeedbackStatus", "New"))),
    (FeedbackStatus.REVIEWED, ("FeedbackStatus", QT_TRANSLATE_NOOP("FeedbackStatus", "Reviewed"))),
    (FeedbackStatus.ACTED_ON, ("FeedbackStatus", QT_TRANSLATE_NOOP("FeedbackStatus", "Acted on"))),
    (FeedbackStatus.CLOSED, ("FeedbackStatus", QT_TRANSLATE_NOOP("FeedbackStatus", "Closed"))),
    (SurveyKind.SATISFACTION, ("SurveyKind", QT_TRANSLATE_NOOP("SurveyKind", "Satisfaction"))),
    (SurveyKind.ENGAGEMENT, ("SurveyKind", QT_TRANSLATE_NOOP("SurveyKind", "Engagement"))),
    (SurveyKind.DISSATISFACTION, ("SurveyKind", QT_TRANSLATE_NOOP("SurveyKind", "Dissatisfaction"))),
    (SurveyKind.OTHER, ("SurveyKind", QT_TRANSLATE_NOOP("SurveyKind", "Other"))),
    (ComplaintStatus.RECEIVED, ("ComplaintStatus", QT_TRANSLATE_NOOP("ComplaintStatus", "Received"))),
    (ComplaintStatus.SCREENING, ("ComplaintStatus", QT_TRANSLATE_NOOP("ComplaintStatus", "Screening"))),
    (ComplaintStatus.IN_PROGRESS, ("ComplaintStatus", QT_TRANSLATE_NOOP("ComplaintStatus", "In progress"))),
    (ComplaintStatus.FORWARDED, ("ComplaintStatus", QT_TRANSLATE_NOOP("ComplaintStatus", "Forwarded"))),
    (ComplaintStatus.CO_HANDLED, ("ComplaintStatus", QT_TRANSLATE_NOOP("ComplaintStatus", "Co-handled"))),
    (ComplaintStatus.WAITING, ("ComplaintStatus", QT_TRANSLATE_NOOP("ComplaintStatus", "Waiting for the complainant"))),
    (ComplaintStatus.RESOLVED, ("ComplaintStatus", QT_TRANSLATE_NOOP("ComplaintStatus", "Resolved, result notified"))),
    (ComplaintStatus.CLOSED, ("ComplaintStatus", QT_TRANSLATE_NOOP("ComplaintStatus", "Closed"))),
    (ComplaintStatus.REJECTED, ("ComplaintStatus", QT_TRANSLATE_NOOP("ComplaintStatus", "Rejected / not relevant"))),
    (ComplaintStatus.WITHDRAWN, ("ComplaintStatus", QT_TRANSLATE_NOOP("ComplaintStatus", "Withdrawn"))),
    (ComplaintStatus.REOPENED, ("ComplaintStatus", QT_TRANSLATE_NOOP("ComplaintStatus", "Reopened"))),
    (ActivityKind.MEETING, ("ActivityKind", QT_TRANSLATE_NOOP("ActivityKind", "Meeting"))),
    (ActivityKind.CALL, ("ActivityKind", QT_TRANSLATE_NOOP("ActivityKind", "Phone call"))),
    (ActivityKind.VISIT, ("ActivityKind", QT_TRANSLATE_NOOP("ActivityKind", "Visit"))),
    (ActivityKind.EMAIL, ("ActivityKind", QT_TRANSLATE_NOOP("ActivityKind", "E-mail"))),
    (ActivityKind.EVENT, ("ActivityKind", QT_TRANSLATE_NOOP("ActivityKind", "Event"))),
    (ActivityKind.NOTE, ("ActivityKind", QT_TRANSLATE_NOOP("ActivityKind", "Note"))),
    (ActivityKind.LETTER, ("ActivityKind", QT_TRANSLATE_NOOP("ActivityKind", "Letter"))),
    (ActivityKind.TRAINING, ("ActivityKind", QT_TRANSLATE_NOOP("ActivityKind", "Training"))),
    (ActivityKind.AGREEMENT, ("ActivityKind", QT_TRANSLATE_NOOP("ActivityKind", "Agreement (MOU)"))),
    (ActivityKind.SOCIAL_MEDIA, ("ActivityKind", QT_TRANSLATE_NOOP("ActivityKind", "Social media contact"))),
    (ReminderSource.ACTIVITY, ("ReminderSource", QT_TRANSLATE_NOOP("ReminderSource", "Activity follow-up"))),
    (ReminderSource.COMPLAINT, ("ReminderSource", QT_TRANSLATE_NOOP("ReminderSource", "Complaint follow-up"))),
    (ReminderSource.CONTACT_INTERVAL, ("ReminderSource", QT_TRANSLATE_NOOP("ReminderSource", "Contact due"))),
    (ReminderSource.MANUAL, ("ReminderSource", QT_TRANSLATE_NOOP("ReminderSource", "Set by hand"))),
    (ReminderStatus.OPEN, ("ReminderStatus", QT_TRANSLATE_NOOP("ReminderStatus", "Open"))),
    (ReminderStatus.DONE, ("ReminderStatus", QT_TRANSLATE_NOOP("ReminderStatus", "Done"))),
    (EngagementLevel.HIGH, ("EngagementLevel", QT_TRANSLATE_NOOP("EngagementLevel", "High"))),
    (EngagementLevel.MEDIUM, ("EngagementLevel", QT_TRANSLATE_NOOP("EngagementLevel", "Medium"))),
    (EngagementLevel.LOW, ("EngagementLevel", QT_TRANSLATE_NOOP("EngagementLevel", "Low"))),
    (EngagementLevel.NONE, ("EngagementLevel", QT_TRANSLATE_NOOP("EngagementLevel", "None"))),
]
# Keyed by type and value: StrEnum members of different enums with one value are equal.
ENUM_LABELS: dict[tuple[type, str], tuple[str, str]] = {
    (type(value), value.value): texts for value, texts in LABELLED_VALUES
}
# The timeline's kinds (services.relationships.timeline.TimelineKind values) and registry changes,
# as the Timeline tab names them.
KIND_LABELS: dict[str, str] = {
    "registry": QT_TRANSLATE_NOOP("TimelineModel", "Registry"),
    "feedback": QT_TRANSLATE_NOOP("TimelineModel", "Feedback"),
    "complaint": QT_TRANSLATE_NOOP("TimelineModel", "Complaint"),
    "complaint_status": QT_TRANSLATE_NOOP("TimelineModel", "Complaint status"),
    "survey_response": QT_TRANSLATE_NOOP("TimelineModel", "Survey response"),
    "activity": QT_TRANSLATE_NOOP("TimelineModel", "Activity"),
    "reminder": QT_TRANSLATE_NOOP("TimelineModel", "Reminder"),
}
REGISTRY_LABELS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("TimelineModel", "Record created"),
    "merged": QT_TRANSLATE_NOOP("TimelineModel", "Records merged"),
    "archived": QT_TRANSLATE_NOOP("TimelineModel", "Archived"),
    "restored": QT_TRANSLATE_NOOP("TimelineModel", "Restored from the archive"),
    "segment_changed": QT_TRANSLATE_NOOP("TimelineModel", "Segment changed"),
}
LAWFUL_BASIS_LABELS: dict[LawfulBasis, str] = {  # as the stakeholder form says them
    LawfulBasis.CONSENT: QT_TRANSLATE_NOOP("StakeholderForm", "Consent"),
    LawfulBasis.CONTRACT: QT_TRANSLATE_NOOP("StakeholderForm", "Contract"),
    LawfulBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("StakeholderForm", "Legal obligation"),
    LawfulBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("StakeholderForm", "Public task"),
    LawfulBasis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP("StakeholderForm", "Legitimate interest"),
    LawfulBasis.VITAL_INTEREST: QT_TRANSLATE_NOOP("StakeholderForm", "Vital interest"),
}
SOURCE_LABELS: dict[str, str] = {  # interactions other than activities, by source
    "feedback": QT_TRANSLATE_NOOP("StakeholderProfile", "Feedback entries"),
    "complaint": QT_TRANSLATE_NOOP("StakeholderProfile", "Complaints"),
    "survey_response": QT_TRANSLATE_NOOP("StakeholderProfile", "Survey responses"),
}
# fmt: on


@dataclass(frozen=True)
class Profile:
    """The registry's record, identifiers already masked unless ``masked`` is False."""

    name: str
    party_type: PartyType
    kind: StakeholderKind
    status: StakeholderStatus
    archived: bool
    segment: Named | None
    priority: Priority | None
    requirements: tuple[str, ...]
    expectations: tuple[str, ...]
    organisation: str
    province: str
    address: str  # empty when masked
    national_id: str  # masked ("1-1017-xxxxx-70-8") or whole, grouped; "" unknown
    phones: tuple[str, ...]
    email: str
    line_id: str
    preferred_channel: Named | None
    relationship_officer: str
    contact_months: int | None
    contact_own: bool  # the record's own interval, not its segment priority's
    lawful_basis: LawfulBasis | None
    consent_follow_up: bool
    consent_date: date | None
    retention_until: date | None
    masked: bool
    members: int = 0  # an organisation: its record(s) and the people recorded under its name


@dataclass(frozen=True)
class Indicators:
    """How the relationship stands today (services/relationships/indicators.py): one
    stakeholder's, or an organisation's members' together (``group``)."""

    today: date
    since: date
    interactions: int
    by_kind: tuple[tuple[ActivityKind | str, int], ...]  # an activity kind, or a source name
    by_channel: tuple[tuple[Named | None, int], ...]  # None: no channel recorded
    open_complaints: int
    last_contact: date | None
    days_since_contact: int | None
    satisfaction: float | None  # percent: the last score, or the members' mean
    satisfaction_trend: tuple[tuple[date, float], ...] = ()
    level: EngagementLevel | None = None  # one stakeholder's engagement level
    unmet: tuple[Message, ...] = ()  # what the next level up still needs
    rule: tuple[tuple[EngagementLevel, Message], ...] = ()
    group: bool = False
    members: int = 0
    members_in_touch: int = 0
    members_scored: int = 0
    levels: tuple[tuple[EngagementLevel, int], ...] = ()


@dataclass(frozen=True)
class TimelineRow:
    moment: datetime | date  # a datetime is UTC (shown in Thai time); a date is a Thai day
    kind: str  # TimelineKind value
    sub_kind: StrEnum | str | None  # registry changes come as their value
    channel: Named | None
    summary: str
    state: StrEnum | None
    reference: str = ""  # a complaint's number
    stakeholder_name: str = ""  # filled on an organisation's timeline
    confidential: bool = False  # a confidential complaint: its number only
    as_participant: bool = False
    segment_change: tuple[Named | None, Named | None] | None = None


@dataclass(frozen=True)
class TimelineSpan:
    rows: tuple[TimelineRow, ...]  # newest first
    total: int  # every item of the whole history
    in_period: int  # of which in the report's period
    period_label: str  # the report's period, already in words
    first: date | None = None  # the oldest item's day
    limit_reached: bool = False  # only the newest ``len(rows)`` of ``total`` are printed


@dataclass(frozen=True)
class StakeholderProfile:
    profile: Profile
    indicators: Indicators
    timeline: TimelineSpan


def build_stakeholder_profile(
    data: StakeholderProfile, words: Wording, furniture: PageFurniture, metadata: PdfMetadata
) -> bytes:
    return build_pdf(lambda: _story(data, words), furniture, metadata)


# --- the story -----------------------------------------------------------------------------


def _t(words: Wording, text: str, **params: Any) -> str:
    return words.say(CONTEXT, text, **params)


def label(words: Wording, value: StrEnum | None) -> str:
    if value is None:
        return ""
    found = ENUM_LABELS.get((type(value), value.value))
    if found is None:
        return value.value.replace("_", " ")
    return words.say(found[0], found[1])


def message(words: Wording, msg: Message) -> str:
    """A domain ``Message`` in the report's language, nested messages too."""
    params = {
        key: message(words, value) if isinstance(value, Message) else value
        for key, value in msg.params.items()
    }
    return words.say(msg.context, msg.text, **params)


def _story(data: StakeholderProfile, words: Wording) -> list[Flowable]:
    kit = styles()
    story: list[Flowable] = [paragraph(data.profile.name, kit.title)]
    story += _profile(data.profile, words)
    story += _indicators(data.indicators, words)
    story += _timeline(data.timeline, data.profile, words)
    return story


def _pairs(rows: Sequence[tuple[str, str]], words: Wording) -> Flowable:
    kit = styles()
    header = (_t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Item")),
              _t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Detail")))  # fmt: skip
    table = thai_table(header, rows, (55 * mm, 119 * mm), kit.table_header, kit.table_body)
    table.hAlign = "LEFT"
    return table


def _profile(p: Profile, words: Wording) -> list[Flowable]:
    t = _t
    out: list[Flowable] = [Heading(t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Profile")), 0)]
    segment = words.name(p.segment.th, p.segment.en) if p.segment else DASH
    if p.priority is not None:
        segment = t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "{segment} (priority: {priority})"),
                    segment=segment, priority=label(words, p.priority))  # fmt: skip
    kind = f"{label(words, p.party_type)} · {label(words, p.kind)}"
    status = label(words, p.status)
    if p.archived:
        status = t(
            words, QT_TRANSLATE_NOOP("StakeholderProfile", "{status} (archived)"), status=status
        )
    if p.contact_months is None:
        interval = t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "None set"))
    elif p.contact_own:
        interval = t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Every {months} months (set for this record)"),
                     months=words.number(p.contact_months))  # fmt: skip
    else:
        interval = t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Every {months} months (the segment priority's)"),
                     months=words.number(p.contact_months))  # fmt: skip
    channel = (
        words.name(p.preferred_channel.th, p.preferred_channel.en) if p.preferred_channel else ""
    )
    rows: list[tuple[str, str]] = [
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Name")), p.name),
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Type")), kind),
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Status")), status),
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Segment")), segment),
    ]
    if p.party_type is PartyType.ORGANISATION:
        rows.append((t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Records of the organisation and its people")),
                     words.number(p.members)))  # fmt: skip
    else:
        rows.append(
            (
                t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Organisation")),
                p.organisation or DASH,
            )
        )
    rows += [
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Province")), p.province or DASH),
        (
            t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "National ID")),
            words.digits(p.national_id) or DASH,
        ),
        (
            t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Phone")),
            words.digits(", ".join(p.phones)) or DASH,
        ),
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "E-mail")), p.email or DASH),
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "LINE ID")), p.line_id or DASH),
    ]
    if not p.masked:
        rows.append(
            (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Address")), p.address or DASH)
        )
    rows += [
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Preferred channel")), channel or DASH),
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Relationship officer")), p.relationship_officer or DASH),
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Contact interval")), interval),
    ]  # fmt: skip
    basis = (
        words.say("StakeholderForm", LAWFUL_BASIS_LABELS[p.lawful_basis]) if p.lawful_basis else ""
    )
    rows.append(
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Lawful basis (PDPA)")), basis or DASH)
    )
    if p.consent_follow_up:
        consent = t(
            words,
            QT_TRANSLATE_NOOP("StakeholderProfile", "Given on {date}"),
            date=words.date(p.consent_date),
        )
    else:
        consent = t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Not given"))
    rows.append(
        (
            t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Consent to follow-up contacts")),
            consent,
        )
    )
    rows.append(
        (
            t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Data kept until")),
            words.date(p.retention_until),
        )
    )
    out += [_pairs(rows, words), gap(4)]  # fmt: skip
    if p.masked:
        out.append(no_data(t(words, QT_TRANSLATE_NOOP("StakeholderProfile",
            "Identifiers are masked and the address is left out, as the PDPA asks of printed "
            "lists; a report printed with personal data shown gives them whole."))))  # fmt: skip

    out.append(
        Heading(
            t(
                words,
                QT_TRANSLATE_NOOP("StakeholderProfile", "Needs and expectations of the segment"),
            ),
            1,
        )
    )
    if not p.requirements and not p.expectations:
        out.append(no_data(t(words, QT_TRANSLATE_NOOP("StakeholderProfile",
            "The segment records no requirements or expectations."))))  # fmt: skip
    for title, lines in (
        (QT_TRANSLATE_NOOP("StakeholderProfile", "Requirements"), p.requirements),
        (QT_TRANSLATE_NOOP("StakeholderProfile", "Expectations"), p.expectations),
    ):
        if lines:
            out.append(paragraph(_t(words, title), styles().bold))
            out += [paragraph(f"• {line}") for line in lines]
    return out


def _indicators(i: Indicators, words: Wording) -> list[Flowable]:
    t = _t
    out: list[Flowable] = [
        Heading(t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Relationship indicators")), 0)
    ]
    out.append(paragraph(t(words, QT_TRANSLATE_NOOP("StakeholderProfile",
        "As they stand on {today}; interactions counted over the 12 months from {since}."),
        today=words.date(i.today), since=words.date(i.since))))  # fmt: skip
    rows: list[tuple[str, str]] = []
    if i.group:
        rows.append((t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Members in touch in 12 months")),
                     t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "{count} of {members}"),
                       count=words.number(i.members_in_touch), members=words.number(i.members))))  # fmt: skip
    elif i.level is not None:
        rows.append(
            (
                t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Engagement level")),
                label(words, i.level),
            )
        )
    rows += [
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Interactions in 12 months")), words.number(i.interactions)),
        (t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Open complaints")), words.number(i.open_complaints)),
    ]  # fmt: skip
    if i.last_contact is None:
        last = t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Never"))
    else:
        last = t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "{date} ({days} days ago)"),
                 date=words.date(i.last_contact), days=words.number(i.days_since_contact))  # fmt: skip
    rows.append((t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Last contact")), last))
    if i.group:
        score = DASH if i.satisfaction is None else t(words, QT_TRANSLATE_NOOP("StakeholderProfile",
            "{percent} (mean of {count} members' last scores)"),
            percent=words.percent(i.satisfaction), count=words.number(i.members_scored))  # fmt: skip
        rows.append((t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Satisfaction")), score))
        levels = ", ".join(f"{label(words, level)} {words.number(n)}" for level, n in i.levels)
        rows.append(
            (
                t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Members by engagement level")),
                levels or DASH,
            )
        )
    else:
        rows.append((t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Last satisfaction score")),
                     words.percent(i.satisfaction)))  # fmt: skip
        if i.satisfaction_trend:
            trend = ", ".join(f"{words.date(day, 'short')} {words.percent(value)}"
                              for day, value in i.satisfaction_trend)  # fmt: skip
            rows.append(
                (
                    t(
                        words,
                        QT_TRANSLATE_NOOP(
                            "StakeholderProfile", "Satisfaction trend (oldest first)"
                        ),
                    ),
                    trend,
                )
            )
    out.append(_pairs(rows, words))
    if not i.group and i.level is not None and i.unmet:
        needs = ", ".join(message(words, m) for m in i.unmet)
        out.append(paragraph(t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "To reach the next level: {needs}."),
                               needs=needs)))  # fmt: skip
    if i.rule:
        out.append(
            paragraph(
                t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "How the level is judged")),
                styles().bold,
            )
        )
        out += [paragraph(message(words, line), styles().small) for _, line in i.rule]

    out.append(
        Heading(
            t(
                words,
                QT_TRANSLATE_NOOP(
                    "StakeholderProfile", "Interactions in 12 months by kind and channel"
                ),
            ),
            1,
        )
    )
    if not i.interactions:
        out.append(
            no_data(
                t(
                    words,
                    QT_TRANSLATE_NOOP(
                        "StakeholderProfile", "No interaction in the last 12 months."
                    ),
                )
            )
        )
        return out
    kit = styles()
    kinds = [(_kind_label(words, kind), words.number(n)) for kind, n in i.by_kind]
    channels = [(words.name(c.th, c.en) if c else t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "No channel recorded")),
                 words.number(n)) for c, n in i.by_channel]  # fmt: skip
    number = t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Number"))
    for first, rows in (
        (QT_TRANSLATE_NOOP("StakeholderProfile", "Kind"), kinds),
        (QT_TRANSLATE_NOOP("StakeholderProfile", "Channel"), channels),
    ):
        table = thai_table(
            (t(words, first), number), rows, (70 * mm, 25 * mm), kit.table_header, kit.table_body
        )
        table.hAlign = "LEFT"
        out += [table, gap()]  # fmt: skip
    return out


def _kind_label(words: Wording, kind: ActivityKind | str) -> str:
    if isinstance(kind, ActivityKind):
        return label(words, kind)
    return _t(words, SOURCE_LABELS.get(kind, kind))


def _timeline(span: TimelineSpan, p: Profile, words: Wording) -> list[Flowable]:
    t = _t
    out: list[Flowable] = [
        Heading(t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Timeline")), 0)
    ]
    if p.party_type is PartyType.ORGANISATION:
        out.append(paragraph(t(words, QT_TRANSLATE_NOOP("StakeholderProfile",
            "The organisation's own record and the people recorded under its name, as the "
            "Timeline tab shows an organisation."))))  # fmt: skip
    if not span.total:
        out.append(
            no_data(
                t(
                    words,
                    QT_TRANSLATE_NOOP(
                        "StakeholderProfile", "Nothing is recorded for this stakeholder yet."
                    ),
                )
            )
        )
        return out
    out.append(paragraph(t(words, QT_TRANSLATE_NOOP("StakeholderProfile",
        "The whole history, newest first: {total} items since {first}; {in_period} of them in "
        "the report's period ({period})."),
        total=words.number(span.total), first=words.date(span.first),
        in_period=words.number(span.in_period), period=span.period_label)))  # fmt: skip
    if span.limit_reached:
        out.append(no_data(t(words, QT_TRANSLATE_NOOP("StakeholderProfile",
            "Only the newest {shown} items are printed; the Timeline tab shows every one."),
            shown=words.number(len(span.rows)))))  # fmt: skip
    group = any(r.stakeholder_name for r in span.rows)
    header = [
        t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Date")),
        t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Kind")),
        t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Channel")),
        t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Summary")),
        t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Status")),
    ]
    widths = [24 * mm, 30 * mm, 27 * mm, 69 * mm, 24 * mm]
    if group:
        header.insert(3, t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Stakeholder")))
        widths = [22 * mm, 26 * mm, 24 * mm, 34 * mm, 46 * mm, 22 * mm]
    rows = []
    for row in span.rows:
        cells = [_when(row.moment, words), _kind(row, words),
                 words.name(row.channel.th, row.channel.en) if row.channel else "",
                 _summary(row, words), _status(row, words)]  # fmt: skip
        if group:
            cells.insert(3, row.stakeholder_name)
        rows.append(cells)
    kit = styles()
    out.append(thai_table(header, rows, widths, kit.table_header, kit.table_body))
    return out


def _when(moment: datetime | date, words: Wording) -> str:
    if isinstance(moment, datetime):
        return words.moment(thai_time(moment), "short")
    return words.date(moment, "short")


def _kind(row: TimelineRow, words: Wording) -> str:
    kind = words.say("TimelineModel", KIND_LABELS.get(row.kind, row.kind))
    if row.kind == "registry" and isinstance(row.sub_kind, str):
        sub = words.say("TimelineModel", REGISTRY_LABELS.get(str(row.sub_kind), str(row.sub_kind)))
    elif row.kind in ("complaint", "complaint_status"):
        sub = ""  # the status column says it
    else:
        sub = label(words, row.sub_kind) if isinstance(row.sub_kind, StrEnum) else ""
    return f"{kind}: {sub}" if sub else kind


def _summary(row: TimelineRow, words: Wording) -> str:
    if row.confidential:
        return _t(words, QT_TRANSLATE_NOOP("StakeholderProfile", "Confidential complaint {number}"),
                  number=row.reference)  # fmt: skip
    if row.kind == "registry":
        if row.segment_change is not None:
            none = words.say("TimelineModel", QT_TRANSLATE_NOOP("TimelineModel", "no segment"))
            before, after = row.segment_change
            return words.say("TimelineModel", QT_TRANSLATE_NOOP("TimelineModel", "{before} → {after}"),
                            before=words.name(before.th, before.en) if before else none,
                            after=words.name(after.th, after.en) if after else none)  # fmt: skip
        if row.sub_kind == "merged" and row.summary:
            return words.say("TimelineModel", QT_TRANSLATE_NOOP("TimelineModel", "Merged with {name}"),
                            name=row.summary)  # fmt: skip
        return row.summary
    if row.kind == "activity" and row.as_participant:
        return words.say("TimelineModel", QT_TRANSLATE_NOOP("TimelineModel", "{summary} (taking part)"),
                        summary=row.summary)  # fmt: skip
    if row.reference and row.kind in ("complaint", "complaint_status"):
        return f"{row.reference} {row.summary}"
    return row.summary


def _status(row: TimelineRow, words: Wording) -> str:
    if row.kind == "complaint_status":
        return label(words, row.sub_kind) if isinstance(row.sub_kind, StrEnum) else ""
    return label(words, row.state)
