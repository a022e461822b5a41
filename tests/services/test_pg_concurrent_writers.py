"""Two processes working at once against one PostgreSQL server (issue 20): complaint numbers
stay unique and gap-free within the fiscal year, and no save of a stakeholder overwrites
another's unseen (the optimistic lock of issue 17, on the server)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, select

from vocdesk.db.models import Channel, Complaint, ComplaintCategory
from vocdesk.domain.registry import StakeholderDraft
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService
from vocdesk.services.database import Database, open_database
from vocdesk.services.registry.edit import RegistryEditService

WORKER = Path(__file__).with_name("pg_concurrent_worker.py")
PER_PROCESS = 50
RECEIVED = datetime(2025, 11, 3, 2, 30, tzinfo=UTC)  # fiscal year 2569

pytestmark = pytest.mark.postgresql


def test_two_processes_registering_and_editing_at_once_lose_nothing(
    pg_url: str, tmp_path: Path
) -> None:
    db, _ = open_database(pg_url)
    try:
        person = RegistryEditService(db, user="setup").create(StakeholderDraft(name="สมศรี ใจดี"))
    finally:
        db.dispose()
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), pg_url, tag, str(PER_PROCESS), str(go), str(person.id)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("a", "b")
    ]
    go.touch()
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))

    db, _ = open_database(pg_url)
    try:
        with db.session_scope() as session:
            stored = sorted(session.scalars(select(Complaint.sequence)))
            numbers = set(session.scalars(select(Complaint.number)))
        form = RegistryEditService(db, user="check").load(person.id)
    finally:
        db.dispose()
    given = [n for r in results for n in r["numbers"]]
    # No duplicate, none missing: 1..100 of fiscal year 2569, each given to exactly one case.
    assert stored == list(range(1, 2 * PER_PROCESS + 1))
    assert sorted(given) == sorted(numbers) == [f"2569/{n:06d}" for n in stored]
    # No lost update: every one of the 2 x 50 edits is in the notes, each saved once.
    lines = form.draft.notes.splitlines()
    assert sorted(lines) == sorted(f"{t}-{i}" for t in "ab" for i in range(PER_PROCESS))
    assert form.version == 1 + 2 * PER_PROCESS


def test_a_number_taken_meanwhile_on_the_server_is_retried_with_the_next(pg_url: str) -> None:
    """The server's refusal of a taken number (its unique constraint's message) is recognised,
    the failed transaction rolled back, and the case saved with the next number."""
    first, _ = open_database(pg_url)
    second, _ = open_database(pg_url)
    try:
        here, there = ComplaintCasesService(first), ComplaintCasesService(second)
        taken: list[str] = []

        def before_insert(_conn, _cursor, statement: str, *_args) -> None:  # noqa: ANN001
            if statement.lstrip().upper().startswith("INSERT INTO COMPLAINT ") and not taken:
                taken.append(there.register(_draft(second, "ไฟดับ")).number)

        event.listen(first.engine, "before_cursor_execute", before_insert)
        mine = here.register(_draft(first, "ถนนชำรุด"))
        with first.session_scope() as session:
            numbers = sorted(session.scalars(select(Complaint.number)))
    finally:
        first.dispose()
        second.dispose()
    assert taken == ["2569/000001"]
    assert mine.number == "2569/000002"
    assert numbers == ["2569/000001", "2569/000002"]


def _draft(db: Database, subject: str) -> CaseDraft:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        category = session.scalar(
            select(ComplaintCategory.id).order_by(ComplaintCategory.code).limit(1)
        )
    return CaseDraft(
        received_at=RECEIVED, channel_id=channel, category_id=category, subject=subject
    )
