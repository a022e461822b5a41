"""The complaint report of a period (the 6- and 12-month rounds agencies publish): its KPIs as
the Complaints tab counts them, and the register of the period's cases.

The figures come from ``ComplaintKpisService`` itself (by category, by channel, by month), so the
report prints what the KPI page shows for the same period and day. The register lists the cases
received in the period (the KPIs' cohort), each with the working days it took and whether it met
its standard, decided by the same rules the export uses (``milestone_in_time``, the history's
pauses left out). Complainants' names are masked here, before they reach the layout, unless the
request asks for them in full; a confidential case reaches the layout as its number only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocdesk.db.models import Complaint, ComplaintCategory, ComplaintStatusChange, Stakeholder
from vocdesk.domain.clock import thai_date
from vocdesk.domain.complaints.kpis import Dimension, milestone_in_time
from vocdesk.domain.complaints.service_standard import working_days_taken
from vocdesk.domain.complaints.workflow import OPEN_STATUSES, PAUSING_STATUSES
from vocdesk.domain.enums import ComplaintStatus, PartyType
from vocdesk.domain.fiscal import Period
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.tables import Named
from vocdesk.reports.complaint_report import (
    ComplaintReportData,
    GroupRow,
    MonthRow,
    RegisterRow,
    render,
)
from vocdesk.reports.thai_lines import clusters
from vocdesk.services.complaints.due import case_pauses, working_calendar
from vocdesk.services.complaints.kpis import ComplaintKpiReport, ComplaintKpisService
from vocdesk.services.database import Database
from vocdesk.services.periods import in_period, thai_month_text
from vocdesk.services.reports.context import Progress, ReportContext

REGISTER_LIMIT = 2000
"""Rows the register prints at most (about 140 landscape pages, built in about 10 s); the
complaints export holds them all."""

_MASK = "***"


def build(db: Database, context: ReportContext, progress: Progress) -> bytes:
    steps = 5
    progress(0, steps)
    kpis = ComplaintKpisService(db, today=lambda: context.today)
    by_category = kpis.report(context.period, Dimension.CATEGORY)
    progress(1, steps)
    by_channel = kpis.report(context.period, Dimension.CHANNEL)
    progress(2, steps)
    resolved = resolved_by_month(db, context.period)
    register, register_total = case_register(
        db, context.period, context.today, reveal_personal=context.request.reveal_personal
    )
    progress(3, steps)
    words = context.wording
    title = words.say("ComplaintReport", QT_TRANSLATE_NOOP("ComplaintReport", "Complaint report"))
    data = ComplaintReportData(
        period=context.period,
        today=context.today,
        total=by_category.total,
        categories=_groups(by_category),
        channels=_groups(by_channel),
        months=[
            MonthRow(
                m.month.start,
                m.figures.received,
                resolved.get(m.month.start.isoformat()[:7], 0),
                m.figures.resolved_pct,
            )
            for m in by_category.months
        ],
        register=register,
        register_total=register_total,
        names_revealed=context.request.reveal_personal,
    )
    pdf = render(data, words, context.furniture(title), context.metadata(title))
    progress(steps, steps)
    return pdf


def resolved_by_month(db: Database, period: Period) -> dict[str, int]:
    """Cases resolved in each month of ``period`` (Thai days, "YYYY-MM" → count), whenever
    they were received: the KPIs count a period's cases by the month they came in."""
    with db.session_scope() as session:
        month = thai_month_text(Complaint.resolved_at, session.get_bind().dialect.name)
        return {
            key: count
            for key, count in session.execute(
                select(month, func.count())
                .where(in_period(Complaint.resolved_at, period))
                .group_by(month)
            )
        }


def _groups(report: ComplaintKpiReport) -> list[GroupRow]:
    return [GroupRow(group.name, group.figures) for group in report.groups]


def mask_name(name: str) -> str:
    """A person's name as a published register shows it: the first word whole, every other
    word its first letter and stars ("สมชาย ใจดี" → "สมชาย ใ***"); a one-word name keeps its
    first letter only."""
    words = name.split()
    if not words:
        return ""
    if len(words) == 1:
        return _initial(words[0])
    return " ".join([words[0], *(_initial(word) for word in words[1:])])


def _initial(word: str) -> str:
    found = clusters(word)
    return (found[0] if found else word[:1]) + _MASK


def case_register(
    db: Database, period: Period, today: date, *, reveal_personal: bool = False
) -> tuple[list[RegisterRow], int]:
    """The cases received in ``period`` (at most ``REGISTER_LIMIT``, oldest first) and how many
    there are in all."""
    with db.session_scope() as session:
        received = in_period(Complaint.received_at, period)
        total = session.scalar(select(func.count()).select_from(Complaint).where(received)) or 0
        rows = session.execute(
            select(
                Complaint.id, Complaint.number, Complaint.received_at, Complaint.resolved_at,
                Complaint.status, Complaint.subject, Complaint.confidential, Complaint.anonymous,
                Complaint.complainant_name, Stakeholder.name.label("stakeholder_name"),
                Stakeholder.party_type, Stakeholder.sensitive,
                ComplaintCategory.name_th, ComplaintCategory.name_en, ComplaintCategory.resolve_days,
            )
            .join(ComplaintCategory, Complaint.category_id == ComplaintCategory.id)
            .outerjoin(Stakeholder, Complaint.stakeholder_id == Stakeholder.id)
            .where(received)
            .order_by(Complaint.received_at, Complaint.number)
            .limit(REGISTER_LIMIT)
        ).all()  # fmt: skip
        calendar = working_calendar(session)
        history = _paused_histories(session, [row.id for row in rows])
        register = []
        for row in rows:
            if row.confidential:
                register.append(RegisterRow(number=row.number, confidential=True))
                continue
            received_on = thai_date(row.received_at)
            resolved_on = thai_date(row.resolved_at) if row.resolved_at is not None else None
            pauses = case_pauses(history.get(row.id, []), today)
            met = milestone_in_time(
                calendar, received_on, resolved_on, row.resolve_days, today,
                still_open=row.status in OPEN_STATUSES, pauses=pauses,
            )  # fmt: skip
            name = "" if row.anonymous else (row.stakeholder_name or row.complainant_name or "")
            # An organisation's name is not personal data: only people's names are masked.
            person = row.party_type is None or row.party_type is not PartyType.ORGANISATION
            shown = mask_name(name) if person and not reveal_personal else name
            register.append(
                RegisterRow(
                    number=row.number,
                    received_on=received_on,
                    complainant=shown,
                    anonymous=row.anonymous or not name,
                    # PDPA s.26: a sensitive person's words are printed only when revealed
                    subject="" if row.sensitive and not reveal_personal else row.subject,
                    category=Named(row.name_th, row.name_en),
                    status=ComplaintStatus(row.status),
                    working_days=None
                    if resolved_on is None
                    else working_days_taken(calendar, received_on, resolved_on, pauses),
                    within_standard=met,
                )
            )
        return register, total


def _paused_histories(
    session: Session, case_ids: Iterable[object]
) -> dict[object, list[tuple[datetime, ComplaintStatus]]]:
    """The history of the listed cases that ever waited (only those have pauses), in order."""
    ids = list(case_ids)
    histories: dict[object, list[tuple[datetime, ComplaintStatus]]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        waited = (
            select(ComplaintStatusChange.complaint_id)
            .where(
                ComplaintStatusChange.complaint_id.in_(chunk),
                ComplaintStatusChange.to_status.in_(PAUSING_STATUSES),
            )
            .distinct()
        )
        changes = session.execute(
            select(
                ComplaintStatusChange.complaint_id,
                ComplaintStatusChange.changed_at,
                ComplaintStatusChange.to_status,
            )
            .where(ComplaintStatusChange.complaint_id.in_(waited))
            .order_by(ComplaintStatusChange.changed_at, ComplaintStatusChange.id)
        )
        for case_id, changed_at, status in changes:
            histories.setdefault(case_id, []).append((changed_at, status))
    return histories
