"""Report 4: one stakeholder's profile with its relationship indicators and timeline.

``--id`` names the stakeholder by VocDesk's id (the UUID the exports write in their ``id``
column, with or without dashes) or by national ID (13 digits, dashes and spaces allowed).

The figures are the Timeline tab's own: the indicators from ``IndicatorsService`` and the items
from ``TimelineService`` (an organisation's record shows its people's items and their indicators
together, as the tab does for an organisation). The timeline is the **whole history**, not just
the report's period: a profile is read to know the relationship, and a year's slice would hide
how it began; the period is noted with the number of its items (the service's count for it).

Personal identifiers are masked unless the request asks for them (``reveal_personal``): the
national ID as the registry's lists show it, phones, e-mail and LINE ID with only their first
and last characters, and the address left out. Confidential complaints (and their status changes
and follow-up reminders) show only their case number, whoever prints.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select

from vocdesk.db.models import Activity, Channel, Complaint, FeedbackEntry, Segment, Stakeholder
from vocdesk.db.models.timeline import ContactInterval
from vocdesk.domain.clock import thai_date
from vocdesk.domain.enums import ActivityKind, PartyType
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.pdpa import masking
from vocdesk.domain.registry import LawfulBasis
from vocdesk.domain.relationships import contact_interval
from vocdesk.domain.tables import Named, TableQuery
from vocdesk.domain.thai_id import ID_LENGTH, format_national_id, mask_national_id
from vocdesk.domain.thai_id import normalise_national_id as normalise_id
from vocdesk.reports.stakeholder_profile import (
    CONTEXT,
    Indicators,
    Profile,
    StakeholderProfile,
    TimelineRow,
    TimelineSpan,
    build_stakeholder_profile,
)
from vocdesk.services.database import Database
from vocdesk.services.registry.stakeholders import phone_display
from vocdesk.services.relationships.indicators import (
    GroupIndicators,
    IndicatorsService,
    KindCount,
    StakeholderIndicators,
)
from vocdesk.services.relationships.timeline import (
    RecordType,
    TimelineFilter,
    TimelineItem,
    TimelineKind,
    TimelineScope,
    TimelineService,
)
from vocdesk.services.reports.context import Progress, ReportContext

MAX_ROWS = 2000
"""Timeline items printed at most (the newest); a longer history says so (about 60 pages)."""
_PAGE = 500


# --- masking: the rules of domain/pdpa/masking.py, under the names this report's tests use ---

mask_phone = masking.mask_phone
mask_email = masking.mask_email
mask_text = masking.mask_line_id


# --- finding the stakeholder -------------------------------------------------------------------


def find_stakeholder(db: Database, subject: str) -> uuid.UUID:
    """The id of the stakeholder ``subject`` names (id or national ID); ``UserError`` if none."""
    typed = subject.strip()
    with db.session_scope() as session:
        try:
            wanted = uuid.UUID(typed)
        except ValueError:
            wanted = None
        if wanted is not None and session.get(Stakeholder, wanted) is not None:
            return wanted
        number = normalise_id(typed)
        if len(number) == ID_LENGTH and number.isdigit():
            found = session.scalar(
                select(Stakeholder.id)
                .where(Stakeholder.national_id == number)
                .order_by(Stakeholder.archived, Stakeholder.updated_at.desc())
                .limit(1)
            )
            if found is not None:
                return found
    raise user_error(
        "Reports",
        QT_TRANSLATE_NOOP("Reports", "No stakeholder has the id or national ID “{id}”."),
        id=typed,
    )


# --- the report ----------------------------------------------------------------------------------


def build(db: Database, context: ReportContext, progress: Progress) -> bytes:
    steps = 4
    progress(0, steps)
    stakeholder_id = find_stakeholder(db, context.request.subject)
    profile = read_profile(db, stakeholder_id, reveal=context.request.reveal_personal)
    progress(1, steps)
    organisation = profile.party_type is PartyType.ORGANISATION
    scope = (
        TimelineScope(organisation=profile.name)
        if organisation
        else TimelineScope(stakeholder_id=stakeholder_id)
    )
    service = IndicatorsService(db, today=lambda: context.today)
    indicators = (
        group_indicators(service.for_organisation(profile.name))
        if organisation
        else stakeholder_indicators(service.for_stakeholder(stakeholder_id))
    )
    if organisation:
        profile = replace(profile, members=indicators.members)
    progress(2, steps)
    span = read_timeline(db, scope, context)
    progress(3, steps)
    words = context.wording
    title = words.say(CONTEXT, QT_TRANSLATE_NOOP("StakeholderProfile", "Stakeholder profile"))
    period = words.say(
        CONTEXT,
        QT_TRANSLATE_NOOP("StakeholderProfile", "Whole history to {date}"),
        date=words.date(context.today, "short"),
    )
    pdf = build_stakeholder_profile(
        StakeholderProfile(profile, indicators, span),
        words,
        context.furniture(title, period),
        context.metadata(title, profile.name),
    )
    progress(steps, steps)
    return pdf


def read_profile(db: Database, stakeholder_id: uuid.UUID, *, reveal: bool) -> Profile:
    with db.session_scope() as session:
        row = session.get(Stakeholder, stakeholder_id)
        if row is None:  # pragma: no cover - found a moment ago
            raise user_error("Reports", QT_TRANSLATE_NOOP("Reports",
                             "No stakeholder has the id or national ID “{id}”."), id=str(stakeholder_id))  # fmt: skip
        segment: Segment | None = row.segment
        priority_months = None
        if segment is not None:
            priority_months = session.scalar(
                select(ContactInterval.months).where(ContactInterval.priority == segment.priority)
            )
        channel = None
        if row.preferred_channel_id is not None:
            found = session.get(Channel, row.preferred_channel_id)
            channel = Named(found.name_th, found.name_en) if found is not None else None
        phones = tuple(phone_display(p) for p in (row.phone, row.phone2) if p)
        national_id = row.national_id or ""
        try:
            basis = LawfulBasis(row.lawful_basis) if row.lawful_basis else None
        except ValueError:
            basis = None
        return Profile(
            name=row.name,
            party_type=row.party_type,
            kind=row.kind,
            status=row.status,
            archived=row.archived,
            segment=Named(segment.name_th, segment.name_en) if segment else None,
            priority=segment.priority if segment else None,
            requirements=tuple(segment.requirements or ()) if segment else (),
            expectations=tuple(segment.expectations or ()) if segment else (),
            organisation=row.organisation,
            province=row.province,
            address=row.address if reveal else "",
            national_id=(
                (format_national_id(national_id) if reveal else mask_national_id(national_id))
                if national_id
                else ""
            ),
            phones=phones if reveal else tuple(mask_phone(p) for p in phones),
            email=row.email if reveal else mask_email(row.email) if row.email else "",
            line_id=row.line_id if reveal else mask_text(row.line_id),
            preferred_channel=channel,
            relationship_officer=row.relationship_officer,
            contact_months=contact_interval(row.contact_every_months, priority_months),
            contact_own=row.contact_every_months is not None,
            lawful_basis=basis,
            consent_follow_up=row.consent_follow_up,
            consent_date=row.consent_date,
            retention_until=row.retention_until,
            masked=not reveal,
        )


def _kinds(by_kind: Iterable[KindCount]) -> tuple[tuple[ActivityKind | str, int], ...]:
    """An activity kind, or the source's name for feedback, complaints and responses."""
    return tuple((k.activity_kind or k.source.value, k.count) for k in by_kind)


def stakeholder_indicators(found: StakeholderIndicators) -> Indicators:
    return Indicators(
        today=found.today,
        since=found.since,
        interactions=found.interactions,
        by_kind=_kinds(found.by_kind),
        by_channel=tuple((c.channel, c.count) for c in found.by_channel),
        open_complaints=found.open_complaints,
        last_contact=found.last_contact,
        days_since_contact=found.days_since_contact,
        satisfaction=found.satisfaction.percent if found.satisfaction else None,
        satisfaction_trend=tuple((p.submitted_on, p.percent) for p in found.satisfaction_trend),
        level=found.engagement.level,
        unmet=found.engagement.unmet,
        rule=found.rule,
    )


def group_indicators(found: GroupIndicators) -> Indicators:
    return Indicators(
        today=found.today,
        since=found.since,
        interactions=found.interactions,
        by_kind=_kinds(found.by_kind),
        by_channel=tuple((c.channel, c.count) for c in found.by_channel),
        open_complaints=found.open_complaints,
        last_contact=found.last_contact,
        days_since_contact=found.days_since_contact,
        satisfaction=found.satisfaction,
        rule=found.rule,
        group=True,
        members=found.members,
        members_in_touch=found.members_in_touch,
        members_scored=found.members_scored,
        levels=found.levels,
    )


# --- the timeline ----------------------------------------------------------------------------------


def read_timeline(db: Database, scope: TimelineScope, context: ReportContext) -> TimelineSpan:
    """The whole history, newest first (at most ``MAX_ROWS``), and how much of it falls in the
    report's period: both counts are the Timeline service's."""
    timeline = TimelineService(db)
    newest = TableQuery(language=context.wording.lang)  # survey titles in the report's language
    total = timeline.count_items(scope)
    period = TimelineFilter(start=context.period.start, end=context.period.end)
    in_period = timeline.count_items(scope, filters=period)
    items: list[TimelineItem] = []
    while len(items) < min(total, MAX_ROWS):
        page = timeline.list_items(
            scope, newest, offset=len(items), limit=min(_PAGE, MAX_ROWS - len(items))
        )
        if not page:
            break
        items.extend(page)
    oldest = timeline.list_items(scope, TableQuery(sort_key="when"), limit=1) if total else []
    first = _day(oldest[0].moment) if oldest else None
    if not context.request.reveal_personal:
        items = _sensitive_withheld(db, items)
    details = _details(db, items)
    return TimelineSpan(
        rows=tuple(_timeline_row(item, details) for item in items),
        total=total,
        in_period=in_period,
        period_label=context.period_label(),
        first=first,
        limit_reached=total > len(items),
    )


def _sensitive_withheld(db: Database, items: list[TimelineItem]) -> list[TimelineItem]:
    """``items`` with the words of a person whose record holds sensitive data (PDPA s.26) left
    out: a report prints them only with personal data shown."""
    wanted = {item.stakeholder_id for item in items}
    if not wanted:
        return items
    with db.session_scope() as session:
        sensitive = set(
            session.scalars(
                select(Stakeholder.id).where(Stakeholder.sensitive, Stakeholder.id.in_(wanted))
            )
        )
    return [
        replace(item, summary="")
        if item.stakeholder_id in sensitive and item.kind is not TimelineKind.REGISTRY
        else item
        for item in items
    ]


def _day(moment: datetime | date) -> date:
    return thai_date(moment) if isinstance(moment, datetime) else moment


class _Details:
    """What the timeline's items do not carry: each record's channel, and which complaints are
    confidential (with their numbers)."""

    def __init__(self) -> None:
        self.channels: dict[uuid.UUID, Named] = {}
        self.complaints: dict[uuid.UUID, tuple[bool, str]] = {}


def _chunks(ids: Sequence[uuid.UUID], size: int = 500) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _details(db: Database, items: Sequence[TimelineItem]) -> _Details:
    found = _Details()
    wanted: dict[RecordType, list[uuid.UUID]] = {}
    for item in items:
        wanted.setdefault(item.record_type, []).append(item.record_id)
    with db.session_scope() as session:
        names = {
            c.id: Named(c.name_th, c.name_en)
            for c in session.execute(select(Channel.id, Channel.name_th, Channel.name_en))
        }
        for record, table in (
            (RecordType.FEEDBACK_ENTRY, FeedbackEntry),
            (RecordType.ACTIVITY, Activity),
        ):
            for ids in _chunks(sorted(set(wanted.get(record, [])))):
                for record_id, channel_id in session.execute(
                    select(table.id, table.channel_id).where(table.id.in_(ids))
                ):
                    if channel_id in names:
                        found.channels[record_id] = names[channel_id]
        for ids in _chunks(sorted(set(wanted.get(RecordType.COMPLAINT, [])))):
            for record_id, channel_id, confidential, number in session.execute(
                select(Complaint.id, Complaint.channel_id, Complaint.confidential, Complaint.number)
                .where(Complaint.id.in_(ids))
            ):  # fmt: skip
                found.complaints[record_id] = (bool(confidential), number)
                if channel_id in names:
                    found.channels[record_id] = names[channel_id]
    return found


def _timeline_row(item: TimelineItem, details: _Details) -> TimelineRow:
    confidential, number = details.complaints.get(item.record_id, (False, ""))
    confidential = confidential and item.record_type is RecordType.COMPLAINT
    channel = details.channels.get(item.record_id)
    if item.kind is TimelineKind.REMINDER:
        channel = None  # a reminder's record is what it follows up, not a contact
    return TimelineRow(
        moment=item.moment,
        kind=item.kind.value,
        sub_kind=item.sub_kind.value if item.kind is TimelineKind.REGISTRY and item.sub_kind
        else item.sub_kind,
        channel=channel,
        summary="" if confidential else item.summary,
        state=item.state,
        reference=number if confidential else item.reference,
        stakeholder_name=item.stakeholder_name,
        confidential=confidential,
        as_participant=item.as_participant,
        segment_change=item.segment_change,
    )  # fmt: skip
