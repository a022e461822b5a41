"""Review of issue 19: the retention review's confirmation counts what the review will do. A
confidential case the reviewer may not read is listed unticked and left by the service, so the
question ("N complaints will be anonymised…") leaves it out too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update
from test_pdpa_retention_dialog import _dialog, fill_due

from vocdesk.db.models import Complaint
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.pdpa.terms import RetentionAction, RetentionRecordType
from vocdesk.services.database import Database, open_database
from vocdesk.ui.pdpa.retention_dialog import KINDS

REVIEWER = Principal(login="admin", role=Role.ADMINISTRATOR,
                     grants=frozenset({Permission.PERSONAL_DATA}))  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "retention.sqlite")
    database.actor = REVIEWER
    fill_due(database)
    with database.session_scope() as session:
        first = session.scalars(select(Complaint.id).order_by(Complaint.closed_at).limit(3)).all()
        session.execute(update(Complaint).where(Complaint.id.in_(first)).values(confidential=True))
    yield database
    database.dispose()


def test_the_question_counts_only_the_cases_the_review_will_take(qtbot, db: Database) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, db)
    dialog.periods.selectRow(KINDS.index(RetentionRecordType.COMPLAINT))
    assert dialog.model.total == 13  # all listed, three of them "(confidential)"
    assert (
        "3 confidential"
        in dialog.periods.item(KINDS.index(RetentionRecordType.COMPLAINT), 4).text()
    )
    assert dialog.review_count() == 10
    assert dialog.confirmation_text(RetentionAction.ANONYMISE, dialog.review_count()).startswith(
        "10 complaints"
    )
    dialog.review(RetentionAction.ANONYMISE)
    assert dialog.status.text() == "Done: 10 complaints anonymised."
