"""A person marked sensitive (PDPA s.26, issue 19): their words reach only holders of the
personal-data grant on screen (timeline, case view) and are printed only when a report is
asked for with personal data shown (complaint register, acknowledgement letter, profile)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from vocdesk.db.models import Channel, Complaint, ComplaintCategory, FeedbackEntry, Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import ComplaintStatus, FeedbackType, LifecycleStage
from vocdesk.domain.ids import new_id
from vocdesk.reports.kit import untranslated
from vocdesk.services.complaints.cases import ComplaintCasesService
from vocdesk.services.database import Database
from vocdesk.services.relationships.timeline import TimelineScope, TimelineService
from vocdesk.services.reports.complaints import case_register
from vocdesk.services.reports.context import ReportContext
from vocdesk.services.reports.receipt import receipt_data
from vocdesk.services.reports.request import ReportKind, ReportRequest
from vocdesk.services.reports.stakeholder import read_timeline

GRANTED = Principal(
    login="admin", role=Role.ADMINISTRATOR, grants=frozenset({Permission.PERSONAL_DATA})
)
SUPERVISOR = Principal(login="wipa", role=Role.SUPERVISOR)
SUBJECT = "ถูกปฏิเสธการรักษาเพราะเป็นผู้ติดเชื้อ"
FEEDBACK = "ขอให้มีห้องตรวจแยกสำหรับผู้ป่วยโรคซึมเศร้า"


@pytest.fixture
def person(empty_db: Database) -> object:
    with empty_db.session_scope() as session:
        channel = session.scalars(select(Channel.id)).first()
        category = session.scalars(select(ComplaintCategory.id)).first()
        person = Stakeholder(name="นายสมชาย รักไทย", phone="+66812345678", sensitive=True)
        session.add(person)
        session.flush()
        session.add(
            Complaint(
                id=new_id(), number="2569/000001", fiscal_year=2569, sequence=1,
                received_at=datetime(2026, 1, 5, 3, tzinfo=UTC), channel_id=channel,
                category_id=category, subject=SUBJECT, details=SUBJECT,
                status=ComplaintStatus.RECEIVED, stakeholder_id=person.id,
                complainant_contact="0812345678",
            )
        )  # fmt: skip
        session.add(
            FeedbackEntry(
                id=new_id(), received_at=datetime(2026, 1, 6, 3, tzinfo=UTC), channel_id=channel,
                stakeholder_id=person.id, text=FEEDBACK, stage=LifecycleStage.DURING,
                type=FeedbackType.SUGGESTION,
            )
        )  # fmt: skip
        return person.id


def _context(db: Database, kind: ReportKind, reveal: bool, subject: str = "") -> ReportContext:
    request = ReportRequest(kind, "th", 2569, subject=subject, reveal_personal=reveal)
    return ReportContext.open(db, request, untranslated)


def test_the_timeline_withholds_their_words_from_readers_without_the_grant(
    empty_db: Database, person: object
) -> None:
    scope = TimelineScope(stakeholder_id=person)  # type: ignore[arg-type]
    empty_db.actor = SUPERVISOR
    items = TimelineService(empty_db).list_items(scope)
    assert items and all(FEEDBACK not in i.summary and SUBJECT not in i.summary for i in items)
    assert any(i.withheld for i in items)
    empty_db.actor = GRANTED
    shown = " ".join(i.summary for i in TimelineService(empty_db).list_items(scope))
    assert FEEDBACK in shown and SUBJECT in shown


def test_the_case_view_withholds_them_and_masks_the_contact(
    empty_db: Database, person: object
) -> None:
    with empty_db.session_scope() as session:
        case_id = session.scalar(select(Complaint.id))
    empty_db.actor = SUPERVISOR
    case = ComplaintCasesService(empty_db).case(case_id)
    assert case.sensitive_withheld and case.details == "" and case.subject == SUBJECT
    assert case.complainant_contact == "08x-xxx-5678"
    empty_db.actor = GRANTED
    case = ComplaintCasesService(empty_db).case(case_id, reveal_personal=True)
    assert not case.sensitive_withheld and case.details == SUBJECT
    assert case.complainant_contact == "0812345678"


@pytest.mark.parametrize("reveal", [False, True])
def test_reports_print_their_words_only_when_revealed(
    empty_db: Database, person: object, reveal: bool
) -> None:
    empty_db.actor = GRANTED  # even the grant's holder: a report without personal data hides them
    context = _context(empty_db, ReportKind.COMPLAINTS, reveal)
    (row,), _total = case_register(empty_db, context.period, context.today, reveal_personal=reveal)
    assert (row.subject == SUBJECT) is reveal
    letter = receipt_data(
        empty_db, "2569/000001", _context(empty_db, ReportKind.RECEIPT, reveal, "2569/000001")
    )
    assert (letter.subject == SUBJECT) is reveal
    assert letter.complainant == "นายสมชาย รักไทย"  # the letter goes to them: name whole
    profile = _context(empty_db, ReportKind.STAKEHOLDER, reveal, str(person))
    span = read_timeline(empty_db, TimelineScope(stakeholder_id=person), profile)  # type: ignore[arg-type]
    printed = " ".join(row.summary for row in span.rows)
    assert (FEEDBACK in printed) is reveal


def test_the_listening_log_withholds_their_words_in_the_list_and_the_export(
    empty_db: Database, person: object, tmp_path
) -> None:
    from vocdesk.domain.tables import TableQuery
    from vocdesk.services.listening.log import ListeningService
    from vocdesk.services.transfer import export_file, exporter_for

    empty_db.actor = SUPERVISOR
    (row,) = ListeningService(empty_db).list_feedback(TableQuery())
    assert row.withheld and row.text == ""
    export_file(exporter_for("feedback", empty_db), tmp_path / "log.csv")
    assert FEEDBACK not in (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    empty_db.actor = GRANTED
    (row,) = ListeningService(empty_db).list_feedback(TableQuery())
    assert not row.withheld and row.text == FEEDBACK
    export_file(exporter_for("feedback", empty_db), tmp_path / "whole.csv")
    assert FEEDBACK in (tmp_path / "whole.csv").read_text(encoding="utf-8-sig")


def test_a_correction_by_a_reader_without_the_grant_keeps_the_withheld_details(
    empty_db: Database, person: object
) -> None:
    from dataclasses import replace

    with empty_db.session_scope() as session:
        case_id = session.scalar(select(Complaint.id))
    empty_db.actor = SUPERVISOR
    cases = ComplaintCasesService(empty_db)
    draft = cases.draft_of_case(case_id)
    assert draft.details == ""  # not shown in the correction form either
    cases.update_case(case_id, replace(draft, subject="ร้องเรียนการให้บริการ"))
    with empty_db.session_scope() as session:
        case = session.get(Complaint, case_id)
        assert (case.subject, case.details) == ("ร้องเรียนการให้บริการ", SUBJECT)
    empty_db.actor = GRANTED
    assert ComplaintCasesService(empty_db).draft_of_case(case_id).details == SUBJECT


def test_an_activitys_details_are_withheld_and_kept_by_a_save(
    empty_db: Database, person: object
) -> None:
    from vocdesk.domain.enums import ActivityKind
    from vocdesk.services.relationships.activities import ActivityDraft, ActivityService

    empty_db.actor = GRANTED
    activity = ActivityService(empty_db).create(
        ActivityDraft(
            stakeholder_id=person,  # type: ignore[arg-type]
            kind=ActivityKind.CALL,
            occurred_at=datetime(2026, 1, 7, 3, tzinfo=UTC),
            summary="โทรติดตาม",
            details=FEEDBACK,
            outcome="นัดพบแพทย์",
        )
    )
    empty_db.actor = SUPERVISOR
    service = ActivityService(empty_db)
    record = service.load(activity)
    assert (record.summary, record.details, record.outcome) == ("โทรติดตาม", "", "")
    service.update(activity, record.draft, version=record.version)
    empty_db.actor = GRANTED
    record = ActivityService(empty_db).load(activity)
    assert (record.details, record.outcome) == (FEEDBACK, "นัดพบแพทย์")


def test_the_activities_export_leaves_their_details_out_without_the_grant(
    empty_db: Database, person: object, tmp_path
) -> None:
    from vocdesk.domain.enums import ActivityKind
    from vocdesk.services.relationships.activities import ActivityDraft, ActivityService
    from vocdesk.services.transfer import export_file, exporter_for

    empty_db.actor = GRANTED
    ActivityService(empty_db).create(
        ActivityDraft(
            stakeholder_id=person,  # type: ignore[arg-type]
            kind=ActivityKind.CALL,
            occurred_at=datetime(2026, 1, 7, 3, tzinfo=UTC),
            summary="โทรติดตาม",
            details=FEEDBACK,
        )
    )
    export_file(exporter_for("activities", empty_db), tmp_path / "whole.csv")
    assert FEEDBACK in (tmp_path / "whole.csv").read_text(encoding="utf-8-sig")
    empty_db.actor = SUPERVISOR
    export_file(exporter_for("activities", empty_db), tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert FEEDBACK not in text and "โทรติดตาม" in text
