"""The acknowledgement letter of one complaint (``--id`` = its case number): what the letter
says, read in one transaction.

The letter goes to the complainant, so their name is printed in full, confidential case or not;
a confidential case's subject is left out of the letter (an envelope is opened by others too),
and so is the subject of a complainant whose record holds sensitive data (PDPA s.26) unless the
letter is printed with personal data shown. The letter prints no national ID, phone or address
(the envelope is addressed by hand or by the mail merge of a contacts export), so there is
nothing else to mask;
and the letter of a confidential case is printed only for those the one reading rule allows
(``services.confidentiality``): anyone else is refused.
The due date is the one the case keeps (``due_on``, counted by ``services.complaints.due`` from
its category's resolve standard and its pauses), as the case view shows it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocdesk.db.models import Complaint
from vocdesk.domain.clock import thai_date
from vocdesk.domain.messages import QT_TRANSLATE_NOOP, user_error
from vocdesk.domain.tables import Named
from vocdesk.reports.receipt_letter import ReceiptData, render
from vocdesk.services.authorization import acting
from vocdesk.services.complaints.due import case_moves, resolve_due_on, working_calendar
from vocdesk.services.confidentiality import may_read, not_readable
from vocdesk.services.database import Database
from vocdesk.services.reports.context import Progress, ReportContext


def build(db: Database, context: ReportContext, progress: Progress) -> bytes:
    progress(0, 2)
    data = receipt_data(db, context.request.subject, context)
    progress(1, 2)
    words = context.wording
    title = words.say(
        "ReceiptLetter",
        QT_TRANSLATE_NOOP("ReceiptLetter", "Acknowledgement of complaint {number}"),
        number=data.number,
    )
    pdf = render(
        data,
        words,
        context.furniture(title, period_label=""),
        context.metadata(title, subject=data.number),
    )
    progress(2, 2)
    return pdf


def receipt_data(db: Database, number: str, context: ReportContext) -> ReceiptData:
    """What the letter of case ``number`` says; a ``UserError`` names a number with no case."""
    with db.session_scope() as session:
        case = _case(session, number.strip())
        if case is None:
            raise user_error(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "There is no complaint case numbered {number}."),
                number=number.strip(),
            )
        if not may_read(session, acting(db), case):
            raise not_readable(case.number)
        category = case.category
        due_on = case.due_on or resolve_due_on(
            working_calendar(session),
            case.received_at,
            category.resolve_days,
            case_moves(session, case.id),
            context.today,
        )
        sensitive = (
            case.stakeholder is not None
            and case.stakeholder.sensitive
            and not context.request.reveal_personal
        )
        if case.anonymous:
            complainant = ""
        elif case.stakeholder is not None:
            complainant = case.stakeholder.name
        else:
            complainant = case.complainant_name
        return ReceiptData(
            number=case.number,
            agency=Named(context.agency.name_th, context.agency.name_en),
            letter_date=context.today,
            complainant=complainant.strip(),
            received_on=thai_date(case.received_at),
            channel=Named(case.channel.name_th, case.channel.name_en),
            category=Named(category.name_th, category.name_en),
            subject="" if case.confidential or sensitive else case.subject,
            resolve_days=category.resolve_days,
            due_on=due_on,
        )


def _case(session: Session, number: str) -> Complaint | None:
    """The case numbered ``number``; "2569/123" finds 2569/000123 (as the case search does)."""
    found = session.scalar(select(Complaint).where(Complaint.number == number))
    if found is None and "/" in number:
        year, _, sequence = number.rpartition("/")
        if sequence.isdigit():
            found = session.scalar(
                select(Complaint).where(
                    Complaint.number.endswith(f"{year[-4:]}/{int(sequence):06d}")
                )
            )
    return found
