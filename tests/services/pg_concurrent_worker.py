"""One of the two processes of ``test_pg_concurrent_writers``: an officer at a PC of the head
office, registering complaints and editing one stakeholder's notes against the same server.

Run as ``python pg_concurrent_worker.py URL TAG COUNT GO_FILE STAKEHOLDER_ID``: waits for
``GO_FILE`` (both processes start together), then ``COUNT`` times registers a case and adds
the line ``TAG-i`` to the stakeholder's notes, reading the form again whenever the save is
refused because the other process saved first (the optimistic lock; never an overwrite).
Prints one JSON line: the numbers it was given and how many saves were refused.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from vocdesk.db.engine import make_engine
from vocdesk.db.models import Channel, ComplaintCategory
from vocdesk.domain.messages import UserError
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService
from vocdesk.services.database import Database
from vocdesk.services.registry.edit import RegistryEditService

RECEIVED = datetime(2025, 11, 3, 2, 30, tzinfo=UTC)  # fiscal year 2569
TODAY = date(2025, 11, 14)


def main(url: str, tag: str, count: int, go_file: Path, stakeholder_id: uuid.UUID) -> None:
    db = Database(make_engine(url))
    cases = ComplaintCasesService(db)
    registry = RegistryEditService(db, today=lambda: TODAY, user=tag)
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).where(Channel.code == "phone"))
        category = session.scalar(
            select(ComplaintCategory.id).order_by(ComplaintCategory.code).limit(1)
        )
    deadline = time.monotonic() + 60
    while not go_file.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    numbers: list[str] = []
    refused = 0
    for i in range(count):
        draft = CaseDraft(
            received_at=RECEIVED, channel_id=channel, category_id=category, subject=f"{tag} {i}"
        )
        numbers.append(cases.register(draft).number)
        while True:
            form = registry.load(stakeholder_id)
            notes = f"{form.draft.notes}\n{tag}-{i}".strip()
            try:
                registry.update(
                    stakeholder_id,
                    dataclasses.replace(form.draft, notes=notes),
                    version=form.version,
                )
                break
            except UserError as refusal:
                if "changed in another VocDesk window" not in refusal.message.english():
                    raise
                refused += 1  # the other process saved the record after this form read it
    db.dispose()
    print(json.dumps({"numbers": numbers, "refused": refused}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]), uuid.UUID(sys.argv[5]))
