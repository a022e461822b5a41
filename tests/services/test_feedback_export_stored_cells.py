"""The listening export reads the stored texts by Core (issue 18) and writes the same cells as
the entries' own values formatted one by one: ids' hex, enums' values, and each moment in Thai
time with its offset (``format_datetime``), across midnight and with seconds' fractions."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from vocdesk.db.models import Channel, FeedbackEntry
from vocdesk.domain.enums import FeedbackType, LifecycleStage, Sentiment
from vocdesk.io.cells import format_datetime
from vocdesk.services.database import open_database
from vocdesk.services.listening.transfer import FeedbackExporter

MOMENTS = [
    datetime(2025, 10, 1, 16, 59, 59, 999_999, tzinfo=UTC),  # 23:59:59 Thai time
    datetime(2025, 10, 1, 17, 0, 0, tzinfo=UTC),  # midnight Thai time, the next day
    datetime(2026, 2, 28, 23, 30, 5, 123_456, tzinfo=UTC),
]


def test_every_cell_is_the_formatted_value(tmp_path: Path) -> None:
    db = open_database(tmp_path / "office.sqlite")[0]
    try:
        with db.session_scope() as session:
            channel = session.scalars(select(Channel)).first()
            assert channel is not None
            session.add_all(
                FeedbackEntry(received_at=moment, channel_id=channel.id,
                              stage=LifecycleStage.AFTER, type=FeedbackType.COMPLIMENT,
                              sentiment=Sentiment.POSITIVE, text=f"บริการดี {i}", staff="Bo")
                for i, moment in enumerate(MOMENTS)
            )  # fmt: skip
        with db.session_scope() as session:
            entries = list(
                session.scalars(select(FeedbackEntry).order_by(FeedbackEntry.received_at))
            )
            expected = [
                [e.id.hex, str(e.number), format_datetime(e.received_at), channel.name_th,
                 "after", "compliment", "positive", e.text, "", "", "", "", "", "Bo", "new", ""]
                for e in entries
            ]  # fmt: skip
        path = tmp_path / "out.csv"
        assert FeedbackExporter(db).export(path) == 3
        with path.open(encoding="utf-8-sig", newline="") as source:
            rows = list(csv.reader(source))[1:]
    finally:
        db.dispose()

    assert rows == expected
    assert rows[1][2].startswith("2025-10-02T00:00:00+07:00")
