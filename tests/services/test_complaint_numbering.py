"""Two PCs registering a complaint at the same moment on one database file: the one that saves
second gets the next number instead of an error."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, select

from vocdesk.db.models import Channel, Complaint, ComplaintCategory
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService
from vocdesk.services.database import Database, open_database

RECEIVED = datetime(2025, 11, 3, 2, 30, tzinfo=UTC)


@pytest.fixture
def two_pcs(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """Two connections to one file, as two PCs of an office sharing it."""
    first, _ = open_database(tmp_path / "office.sqlite")
    second, _ = open_database(tmp_path / "office.sqlite")
    yield first, second
    first.dispose()
    second.dispose()


def _draft(db: Database, subject: str) -> CaseDraft:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        category = session.scalar(
            select(ComplaintCategory.id).order_by(ComplaintCategory.code).limit(1)
        )
    return CaseDraft(
        received_at=RECEIVED, channel_id=channel, category_id=category, subject=subject
    )


def _other_pc_saves_first(
    db: Database, other: ComplaintCasesService, draft: CaseDraft, times: int
) -> list[str]:
    """Just before ``db`` inserts a case (its number already picked), the other PC saves one."""
    taken: list[str] = []

    def before_insert(_conn, _cursor, statement: str, *_args) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("INSERT INTO COMPLAINT ") and len(taken) < times:
            taken.append(other.register(draft).number)

    event.listen(db.engine, "before_cursor_execute", before_insert)
    return taken


def test_the_second_pc_to_save_gets_the_next_number(two_pcs: tuple[Database, Database]) -> None:
    first, second = two_pcs
    here = ComplaintCasesService(first)
    there = ComplaintCasesService(second)
    taken = _other_pc_saves_first(first, there, _draft(second, "ไฟดับ (เครื่องที่สอง)"), times=2)

    mine = here.register(_draft(first, "ถนนชำรุด"))

    assert taken == ["2569/000001", "2569/000002"]  # the other PC won twice
    assert mine.number == "2569/000003"
    with first.session_scope() as session:
        numbers = sorted(session.scalars(select(Complaint.number)))
        histories = {c.number: len(c.history) for c in session.scalars(select(Complaint))}
    assert numbers == ["2569/000001", "2569/000002", "2569/000003"]
    assert histories == dict.fromkeys(numbers, 1)  # nothing half-saved by the attempts that lost


def test_when_other_pcs_keep_taking_the_number_the_user_is_asked_to_save_again(
    two_pcs: tuple[Database, Database],
) -> None:
    from vocdesk.domain.messages import UserError
    from vocdesk.services.complaints.numbering import NUMBERING_ATTEMPTS

    first, second = two_pcs
    there = ComplaintCasesService(second)
    _other_pc_saves_first(first, there, _draft(second, "ไฟดับ"), times=NUMBERING_ATTEMPTS)

    with pytest.raises(UserError) as raised:
        ComplaintCasesService(first).register(_draft(first, "ถนนชำรุด"))

    assert (
        raised.value.message.english()
        == "Other PCs took the next case numbers at the same moment; save again."
    )
    with first.session_scope() as session:
        subjects = set(session.scalars(select(Complaint.subject)))
    assert subjects == {"ไฟดับ"}  # only the other PC's cases
