"""Exporting complaint cases to CSV/XLSX; the file's columns are in ``transfer_columns``.

An export writes every column with its English heading, values as the import reads them
(times ISO with their offset, statuses by value, yes/no), plus the working days a case took and
whether it met its standard (computed; ignored by the import), so an export imports unchanged.

Confidential cases follow the one reading rule (``services.confidentiality``): a
case the person exporting (the signed-in account) may not read is left out of the file
altogether, and ``notices`` (and ``left_out``) say how many were. Exporting needs
``Permission.EXPORT``. Unless built ``unmasked`` (which needs PERSONAL_DATA too), the
complainant's contact is masked (the columns ``transfer_columns`` marks personal) and the free
texts of a case whose complainant is marked sensitive (PDPA s.26: ``SENSITIVE_TEXTS`` and the
history's notes) are left out.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, select
from sqlalchemy import case as sql_case

from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintStatusChange,
    Office,
    Stakeholder,
)
from vocdesk.domain.accounts import Permission
from vocdesk.domain.clock import thai_date, thai_today
from vocdesk.domain.complaints.kpis import milestone_in_time
from vocdesk.domain.complaints.service_standard import working_days_taken
from vocdesk.domain.complaints.workflow import OPEN_STATUSES
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, Message
from vocdesk.domain.tables import TableQuery
from vocdesk.domain.working_days import WorkingCalendar
from vocdesk.io.cells import format_bool, format_date, format_datetime
from vocdesk.io.table_file import write_rows
from vocdesk.services.authorization import acting, require, requires
from vocdesk.services.complaints.due import case_pauses, working_calendar
from vocdesk.services.complaints.queues import search_condition
from vocdesk.services.complaints.transfer_columns import (
    BATCH,
    CONTEXT,
    HISTORY_SEPARATOR,
    PROTECTED,
    complaint_spec,
)
from vocdesk.services.confidentiality import readable_condition
from vocdesk.services.database import Database
from vocdesk.services.transfer import ProgressCallback, mask_rows

# A sensitive complainant's free texts (PDPA s.26: health, religion, criminal record), left out
# of a masked export; the subject stays, as the lists show it.
SENSITIVE_TEXTS = ("details", "resolution", "corrective_action", "follow_up_comment")


class ComplaintExporter:
    """Exports what the person signed in may read; see the module's note on confidential cases.
    After an export, ``left_out`` is how many confidential cases were left out and ``notices``
    says so."""

    def __init__(
        self, db: Database, today: Callable[[], date] = thai_today, *, unmasked: bool = False
    ) -> None:
        self._db = db
        self._today = today
        self.unmasked = unmasked
        self.spec = complaint_spec()
        self.notices: list[Message] = []
        self.left_out = 0

    @requires(Permission.EXPORT)
    def export(
        self, path: Path, *, search: str = "", progress: ProgressCallback | None = None
    ) -> int:
        if self.unmasked:
            require(self._db, Permission.PERSONAL_DATA)
        self.notices = []
        self.left_out = 0
        rows = self._rows(search, progress)
        return write_rows(
            self.spec.headers, rows if self.unmasked else mask_rows(self.spec, rows), Path(path)
        )

    def _rows(self, search: str, progress: ProgressCallback | None) -> Iterator[list[Any]]:
        today = self._today()
        with self._db.session_scope() as session:
            calendar = working_calendar(session)
            names = _Catalogues(
                channels={
                    key: code for key, code in session.execute(select(Channel.id, Channel.code))
                },
                offices={
                    key: code for key, code in session.execute(select(Office.id, Office.code))
                },
                categories={
                    category_id: _Category(code, resolve_days, notify_days)
                    for category_id, code, resolve_days, notify_days in session.execute(
                        select(
                            ComplaintCategory.id,
                            ComplaintCategory.code,
                            ComplaintCategory.resolve_days,
                            ComplaintCategory.notify_days,
                        )
                    )
                },
            )
            sensitive: set[uuid.UUID] = (
                set()
                if self.unmasked
                else set(session.scalars(select(Stakeholder.id).where(Stakeholder.sensitive)))
            )
            readable = readable_condition(acting(self._db))
            found = search_condition(TableQuery(search=search), readable)
            listed = session.execute(
                select(Complaint.id, sql_case((readable, False), else_=True))
                .where(*([] if found is None else [found]))
                .order_by(Complaint.fiscal_year, Complaint.sequence)
            ).all()  # fmt: skip
            ids = [case_id for case_id, is_hidden in listed if not is_hidden]
            hidden: set[uuid.UUID] = set()  # left out: nothing of them is written
            self.left_out = len(listed) - len(ids)
            if self.left_out:
                left_out = QT_TRANSLATE_NOOP("ComplaintTransfer",
                    "%Ln confidential case(s) you may not read were left out of the file.",
                    None, self.left_out)  # fmt: skip
                self.notices.append(Message(CONTEXT, left_out, {}, self.left_out))
            total = len(ids)
            done = 0
            for start in range(0, len(ids), BATCH):
                chunk = ids[start : start + BATCH]
                # Core rows (every column, as the ORM read them: the same plan, the same order of
                # equal moments), not ORM objects: 35,000 of them per 6,000 cases (issue 18).
                cases = {
                    c.id: c
                    for c in session.execute(select(*_CASES.c).where(_CASES.c.id.in_(chunk)))
                }
                history: dict[uuid.UUID, list[Any]] = {}
                for change in session.execute(select(*_CHANGES.c).where(
                        _CHANGES.c.complaint_id.in_(chunk)).order_by(_CHANGES.c.changed_at)):  # fmt: skip
                    history.setdefault(change.complaint_id, []).append(change)
                for case_id in chunk:
                    case = cases[case_id]
                    yield self._row(
                        case,
                        history.get(case_id, []),
                        names,
                        calendar,
                        today,
                        hidden=case_id in hidden,
                        sensitive=case.stakeholder_id in sensitive,
                    )
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
                session.expunge_all()  # keep memory flat over 200,000 cases

    def _row(self, case: Any, changes: list[Any], names: _Catalogues,
             calendar: WorkingCalendar, today: date, *, hidden: bool, sensitive: bool = False) -> list[Any]:  # fmt: skip
        received_on = thai_date(case.received_at)
        pauses = case_pauses([(c.changed_at, c.to_status) for c in changes], today)
        resolved_on = thai_date(case.resolved_at) if case.resolved_at else None
        category = names.categories[case.category_id]
        met = milestone_in_time(calendar, received_on, resolved_on, category.resolve_days, today,
                                still_open=case.status in OPEN_STATUSES, pauses=pauses)  # fmt: skip
        notified = milestone_in_time(calendar, received_on, thai_date(case.notified_at) if case.notified_at else None,
                                     category.notify_days, today, still_open=case.status in OPEN_STATUSES,
                                     pauses=pauses)  # fmt: skip
        office = names.offices.get(case.office_id) if case.office_id else None
        values: dict[str, Any] = {
            "number": case.number,
            "received_at": format_datetime(case.received_at),
            "channel": names.channels[case.channel_id],
            "subject": case.subject,
            "details": case.details,
            "category": category.code,
            "status": case.status.value,
            "priority": case.priority.value,
            "province": case.province, "district": case.district, "unit": case.unit,
            "office": office or "",
            "assigned_to": case.assigned_to,
            "complainant_name": case.complainant_name, "complainant_contact": case.complainant_contact,
            "anonymous": format_bool(case.anonymous), "confidential": format_bool(case.confidential),
            "acknowledged_at": format_datetime(case.acknowledged_at),
            "first_response_at": format_datetime(case.first_response_at),
            "resolved_at": format_datetime(case.resolved_at), "notified_at": format_datetime(case.notified_at),
            "closed_at": format_datetime(case.closed_at),
            "due_on": format_date(case.due_on),
            "forwarded_agency": case.forwarded_agency,
            "forwarded_on": format_date(case.forwarded_on),
            "forwarded_reference": case.forwarded_reference,
            "resolution": case.resolution, "corrective_action": case.corrective_action,
            "follow_up_score": case.follow_up_score if case.follow_up_score is not None else "",
            "follow_up_comment": case.follow_up_comment,
            "trust_restored": format_bool(case.trust_restored),
            "reopen_count": case.reopen_count,
            "history": "\n".join(
                HISTORY_SEPARATOR.join(filter(None, (format_datetime(c.changed_at), c.to_status.value,
                                                     "" if hidden or sensitive else c.note.replace("\n", " "))))  # fmt: skip
                for c in changes
            ),
            "working_days": "" if resolved_on is None else working_days_taken(calendar, received_on, resolved_on, pauses),
            "met_standard": format_bool(met),
            "notified_in_time": format_bool(notified),
        }  # fmt: skip
        if hidden:
            values.update(dict.fromkeys(PROTECTED, ""))
        if sensitive:
            values.update(dict.fromkeys(SENSITIVE_TEXTS, ""))
        return [values[column.key] for column in self.spec.columns]


_CASES = cast(Table, Complaint.__table__)
_CHANGES = cast(Table, ComplaintStatusChange.__table__)


@dataclass(frozen=True)
class _Catalogues:
    """What an exported row names from the catalogues, by id: channel and office codes, and each
    category's code and standards."""

    channels: dict[uuid.UUID, str]
    offices: dict[uuid.UUID, str]
    categories: dict[uuid.UUID, _Category]


class _Category(NamedTuple):
    code: str
    resolve_days: int
    notify_days: int
