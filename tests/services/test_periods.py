"""A period of Thai days as stored UTC moments: the bounds every service's period query uses."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    Table,
    create_engine,
    insert,
    select,
)

from vocdesk.domain.fiscal import Period
from vocdesk.services.periods import in_period, period_bounds


def test_the_bounds_are_thai_midnights_in_utc() -> None:
    start, end = period_bounds(Period(date(2025, 10, 1), date(2025, 10, 31)))
    assert start == datetime(2025, 9, 30, 17, 0, tzinfo=UTC)
    assert end == datetime(2025, 10, 31, 17, 0, tzinfo=UTC)  # the start of 1 November, Thai time


def test_in_period_keeps_the_moments_of_its_thai_days(tmp_path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'periods.sqlite'}")
    metadata = MetaData()
    moments = Table(
        "moments", metadata, Column("id", Integer, primary_key=True), Column("at", DateTime)
    )
    metadata.create_all(engine)
    stored = {
        1: datetime(2025, 9, 30, 16, 59),  # 23:59 on 30 September in Thailand: before
        2: datetime(2025, 9, 30, 17, 0),  # midnight of 1 October in Thailand: in
        3: datetime(2025, 10, 31, 16, 59),  # 23:59 on 31 October: in
        4: datetime(2025, 10, 31, 17, 0),  # midnight of 1 November: after
    }
    with engine.begin() as connection:
        connection.execute(insert(moments), [{"id": key, "at": at} for key, at in stored.items()])
        found = connection.scalars(
            select(moments.c.id).where(
                in_period(moments.c.at, Period(date(2025, 10, 1), date(2025, 10, 31)))
            )
        ).all()
    engine.dispose()
    assert sorted(found) == [2, 3]
