"""One reading rule, everywhere (issue 16): every service that hands out complaint text keeps a
confidential case's words from those the rule does not allow (services.confidentiality).

A database holds a confidential case whose subject, details, resolution, corrective action,
follow-up comment and history note carry a unique marker word. Each service method that returns
complaint text is called (lists, searches with the marker word, one case, the Timeline, the
improvement action, the listening entry's cases, the Overview, the export to a file, the PDF
reports read back as text): as a person the rule does not allow, the marker appears nowhere in
what comes back (a call the gate refuses counts as nothing shown); as a person it allows, the
calls that show complaint text do show it, which proves the walk can see it.

So that a future screen cannot forget: every module under src/vocdesk/services that reads a
complaint's text must be in ``WALKED`` (or in ``WRITES_ONLY`` with its reason).
"""

from __future__ import annotations

import re
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from vocdesk.db.models import (
    Channel,
    Complaint,
    ComplaintAccess,
    ComplaintCategory,
    ComplaintStatusChange,
    FeedbackEntry,
    ImprovementAction,
    Stakeholder,
    improvement_complaint,
)
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import ComplaintStatus, FeedbackType, LifecycleStage
from vocdesk.domain.fiscal import fiscal_year_period
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.reports.kit import untranslated
from vocdesk.services.complaints.cases import ComplaintCasesService
from vocdesk.services.complaints.exporter import ComplaintExporter
from vocdesk.services.complaints.queues import ComplaintsService, Queue
from vocdesk.services.database import Database, open_database
from vocdesk.services.listening.improvement import ImprovementActionsService
from vocdesk.services.overview.figures import OverviewService
from vocdesk.services.relationships.timeline import TimelineScope, TimelineService
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.reports.request import ReportKind, ReportRequest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from pdf_tools import requires_poppler, text_of  # noqa: E402

MARKER = "Zqxmarkerword"
TODAY = date(2025, 11, 20)
SRC = Path(__file__).resolve().parents[2] / "src"

# Every module of src/vocdesk/services that reads complaint text, and the calls below that walk it.
WALKED: dict[str, tuple[str, ...]] = {
    "vocdesk/services/complaints/queues.py": ("queue", "queue search", "overdue list"),
    "vocdesk/services/complaints/cases.py": ("case", "cases of the entry", "draft", "duplicates"),
    "vocdesk/services/complaints/details.py": ("case",),
    "vocdesk/services/complaints/workflow.py": ("cases of the entry", "draft"),
    "vocdesk/services/complaints/duplicates.py": ("duplicates",),
    "vocdesk/services/complaints/exporter.py": ("export", "export search"),
    "vocdesk/services/listening/improvement_links.py": ("improvement action",),
    "vocdesk/services/relationships/timeline.py": ("timeline", "timeline search"),
    "vocdesk/services/overview/figures.py": ("overview overdue", "overview figures"),
    "vocdesk/services/reports/complaints.py": ("complaint report",),
    "vocdesk/services/reports/receipt.py": ("receipt letter",),
    "vocdesk/services/reports/stakeholder.py": ("stakeholder profile",),
}
WRITES_ONLY = {
    # Reads a stored case only to keep what its person may not read; hands no text out.
    "vocdesk/services/complaints/importer.py": "writes cases; returns counts and notices",
    # Reads every text of a person's records only to overwrite their identifiers (issue 19).
    "vocdesk/services/pdpa/scrubbing.py": "scrubs texts in place; returns counts",
}
# Calls that never show a confidential case's words, whoever reads: the published complaint
# register and the stakeholder profile print its number only, the receipt letter leaves its
# subject out (an envelope is opened by others), possible duplicates leave confidential cases out;
# the Overview's figures are counts.
NEVER_SHOWN = {
    "duplicates", "complaint report", "receipt letter", "stakeholder profile", "overview figures",
}  # fmt: skip
# Text fields of a complaint: a module reading one of them from a Complaint reads complaint text.
_TEXT = re.compile(
    r"\.(subject|details|resolution|corrective_action|follow_up_comment|complainant_contact)\b"
)


@dataclass(frozen=True)
class World:
    db: Database
    secret: uuid.UUID
    entry: uuid.UUID
    stakeholder: uuid.UUID
    action: uuid.UUID
    category: uuid.UUID
    number: str


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    db, _ = open_database(tmp_path_factory.mktemp("everywhere") / "vocdesk.sqlite")
    received = datetime(2025, 10, 6, 2, tzinfo=UTC)
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "walk_in"))
        category = session.scalar(select(ComplaintCategory.id).order_by(ComplaintCategory.code))
        person = Stakeholder(name="นายทดสอบ ระบบ")
        session.add(person)
        session.flush()
        entry = FeedbackEntry(received_at=received, channel_id=channel, stage=LifecycleStage.DURING,
                              type=FeedbackType.COMPLAINT, text="ร้องเรียนเจ้าหน้าที่",
                              stakeholder_id=person.id)  # fmt: skip
        session.add(entry)
        session.flush()
        secret = Complaint(
            fiscal_year=2569, sequence=1, number="2569/000001", received_at=received,
            channel_id=channel, category_id=category, status=ComplaintStatus.IN_PROGRESS,
            confidential=True, assigned_to="officer", due_on=date(2025, 10, 20),
            stakeholder_id=person.id, feedback_entry_id=entry.id,
            subject=f"เจ้าหน้าที่เรียกรับเงิน {MARKER}", details=f"รายละเอียด {MARKER} ที่จุดบริการ",
            resolution=f"ผล {MARKER}", corrective_action=f"แก้ไข {MARKER}",
            follow_up_comment=f"ความเห็น {MARKER}", complainant_name="นายทดสอบ ระบบ",
        )  # fmt: skip
        plain = Complaint(
            fiscal_year=2569, sequence=2, number="2569/000002", received_at=received,
            channel_id=channel, category_id=category, status=ComplaintStatus.IN_PROGRESS,
            due_on=date(2025, 10, 20), stakeholder_id=person.id, subject="ถนนชำรุด",
        )  # fmt: skip
        session.add_all([secret, plain])
        session.flush()
        session.add_all([
            ComplaintStatusChange(complaint_id=secret.id, changed_at=received, from_status=None,
                                  to_status=ComplaintStatus.RECEIVED, note=""),
            ComplaintStatusChange(complaint_id=secret.id, changed_at=datetime(2025, 10, 7, 3, tzinfo=UTC),
                                  from_status=ComplaintStatus.RECEIVED,
                                  to_status=ComplaintStatus.IN_PROGRESS, note=f"บันทึก {MARKER}"),
            ComplaintStatusChange(complaint_id=plain.id, changed_at=received, from_status=None,
                                  to_status=ComplaintStatus.RECEIVED, note=""),
            ComplaintAccess(complaint_id=secret.id, user_name="listed"),
        ])  # fmt: skip
        action = ImprovementAction(title="ทบทวนจุดบริการ")
        session.add(action)
        session.flush()
        session.execute(
            insert(improvement_complaint), [{"action_id": action.id, "complaint_id": secret.id}]
        )
        found = World(db, secret.id, entry.id, person.id, action.id, category, secret.number)
    yield found
    db.dispose()


def _calls(world: World, folder: Path) -> dict[str, Callable[[], Any]]:
    """Each service call that returns complaint text, by name (see ``WALKED``)."""
    db = world.db
    queues = ComplaintsService(db, today=lambda: TODAY)
    cases = ComplaintCasesService(db, today=lambda: TODAY)
    timeline = TimelineService(db)
    overview = OverviewService(db, today=lambda: TODAY)
    scope = TimelineScope(stakeholder_id=world.stakeholder)
    reports = ReportService(db, now=lambda: datetime(2025, 11, 20, 9, tzinfo=UTC))

    def export(search: str = "") -> str:
        path = folder / f"export-{uuid.uuid4().hex}.csv"
        exporter = ComplaintExporter(db, today=lambda: TODAY)
        exporter.export(path, search=search)
        return path.read_text(encoding="utf-8-sig") + repr(exporter.notices)

    def report(kind: ReportKind, subject: str = "") -> str:
        request = ReportRequest(kind, "en", fiscal_year=2569, subject=subject, printed_by="t")
        path = folder / f"{kind.value}-{uuid.uuid4().hex}.pdf"
        path.write_bytes(reports.build(request, untranslated))
        return text_of(path)

    return {
        "queue": lambda: [queues.list_complaints(TableQuery(), queue=q) for q in Queue],
        "queue search": lambda: queues.list_complaints(TableQuery(search=MARKER)),
        "overdue list": lambda: queues.list_overdue(),
        "case": lambda: cases.case(world.secret),
        "cases of the entry": lambda: cases.cases_of_feedback(world.entry),
        "draft": lambda: cases.draft_of_case(world.secret),
        "duplicates": lambda: cases.possible_duplicates(world.category, "", "", MARKER),
        "export": export,
        "export search": lambda: export(MARKER),
        "improvement action": lambda: ImprovementActionsService(db).get_action(world.action),
        "timeline": lambda: timeline.list_items(scope),
        "timeline search": lambda: timeline.list_items(scope, TableQuery(search=MARKER)),
        "overview overdue": lambda: overview.overdue_cases(),
        "overview figures": lambda: overview.figures(fiscal_year_period(2569)),
        "complaint report": lambda: report(ReportKind.COMPLAINTS),
        "receipt letter": lambda: report(ReportKind.RECEIPT, world.number),
        "stakeholder profile": lambda: report(ReportKind.STAKEHOLDER, str(world.stakeholder)),
    }


def _shown(call: Callable[[], Any]) -> str:
    """What a call hands out, as text; a refusal hands out its message only."""
    try:
        return repr(call())
    except UserError as refused:
        return "refused: " + refused.message.english()


def _act(db: Database, login: str, role: Role, *grants: Permission) -> None:
    db.actor = Principal(
        login=login, role=role, grants=frozenset({Permission.PERSONAL_DATA, *grants})
    )


NOT_ALLOWED = [("clerk", Role.STAFF, ()), ("clerk", Role.SUPERVISOR, ()),
               ("clerk", Role.ADMINISTRATOR, ())]  # fmt: skip
ALLOWED = [
    ("reader", Role.SUPERVISOR, (Permission.CONFIDENTIAL,)),  # granted
    ("officer", Role.SUPERVISOR, ()),  # the case is assigned to them
    ("listed", Role.SUPERVISOR, ()),  # on the case's access list
]


@requires_poppler
@pytest.mark.parametrize(("login", "role", "grants"), NOT_ALLOWED)
def test_no_service_shows_a_confidential_case_to_those_not_allowed(
    world: World, tmp_path: Path, login: str, role: Role, grants: tuple[Permission, ...]
) -> None:
    _act(world.db, login, role, *grants)
    calls = _calls(world, tmp_path)

    shown = {name: _shown(call) for name, call in calls.items()}
    leaks = [name for name, text in shown.items() if MARKER.casefold() in text.casefold()]

    assert leaks == []
    refused = {name for name, text in shown.items() if text.startswith("refused: ")}
    # The walk reached the data: only what the rule or the role refuses was refused.
    expected = {"draft", "receipt letter"}  # one confidential case, not readable: refused
    if role is Role.STAFF:  # no export, no reports
        expected |= {"export", "export search", "complaint report", "stakeholder profile"}
    assert refused == expected
    queues = ComplaintsService(world.db, today=lambda: TODAY)
    assert queues.count_complaints(TableQuery(search=MARKER)) == 0  # its words do not find it
    scope = TimelineScope(stakeholder_id=world.stakeholder)
    assert TimelineService(world.db).count_items(scope, TableQuery(search=MARKER)) == 0
    if role is not Role.STAFF:  # a staff member may not export at all
        exporter = ComplaintExporter(world.db, today=lambda: TODAY)
        exporter.export(tmp_path / "counted.csv")
        assert exporter.left_out == 1


@requires_poppler
@pytest.mark.parametrize(("login", "role", "grants"), ALLOWED)
def test_those_allowed_see_it_through_every_call_that_shows_complaint_text(
    world: World, tmp_path: Path, login: str, role: Role, grants: tuple[Permission, ...]
) -> None:
    _act(world.db, login, role, *grants)
    calls = _calls(world, tmp_path)

    shown = {name for name, call in calls.items() if MARKER.casefold() in _shown(call).casefold()}

    assert shown == set(calls) - NEVER_SHOWN
    assert ComplaintsService(world.db).count_complaints(TableQuery(search=MARKER)) == 1
    scope = TimelineScope(stakeholder_id=world.stakeholder)
    assert TimelineService(world.db).count_items(scope, TableQuery(search=MARKER)) == 2


def test_every_service_module_reading_complaint_text_is_walked(world: World) -> None:
    names = set(_calls(world, Path(".")))
    readers = set()
    for path in sorted((SRC / "vocdesk" / "services").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bComplaint\b", text) and _TEXT.search(text):
            readers.add(path.relative_to(SRC).as_posix())
    readers.discard("vocdesk/services/demo/complaints.py")  # writes the demo's cases

    assert readers - set(WALKED) - set(WRITES_ONLY) == set(), "walk the new module's calls here"
    assert {call for calls in WALKED.values() for call in calls} <= names
