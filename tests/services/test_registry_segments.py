"""The segments catalogue: the default set, creating and editing with requirements, expectations
and services."""

from __future__ import annotations

import pytest

from vocdesk.domain.enums import Priority, SegmentKind
from vocdesk.services.database import Database
from vocdesk.services.registry.segments import (
    InvalidSegment,
    SegmentData,
    SegmentsService,
)


def test_a_new_database_has_the_default_segments(empty_db: Database) -> None:
    names = [s.data.name_en for s in SegmentsService(empty_db).list_segments()]
    assert names[:3] == ["General public", "Businesses", "Other government agencies"]
    assert len(names) >= 5


def test_a_segment_is_created_and_edited_with_its_lists_and_services(
    sample, empty_db: Database
) -> None:
    service = SegmentsService(empty_db)
    services = service.service_choices()
    new_id = service.create(
        SegmentData(
            "  ผู้สูงอายุ ",
            "Older people",
            SegmentKind.SERVICE_RECIPIENT,
            Priority.HIGH,
            "อายุ 60 ปีขึ้นไป",
            requirements=("ที่นั่งรอ", " ", "ที่นั่งรอ", "ป้ายตัวใหญ่"),
            expectations=("บริการถึงบ้าน",),
            service_ids=frozenset({services[0].id}),
        )
    )
    info = next(s for s in service.list_segments() if s.id == new_id)
    assert info.data.name_th == "ผู้สูงอายุ" and info.code == "older_people"
    assert info.data.requirements == ("ที่นั่งรอ", "ป้ายตัวใหญ่")
    assert info.data.service_ids == frozenset({services[0].id})
    service.update(
        new_id, SegmentData("ผู้สูงอายุ", "Older people", priority=Priority.LOW, active=False)
    )
    info = next(s for s in service.list_segments() if s.id == new_id)
    assert (info.data.priority, info.data.active, info.data.service_ids) == (
        Priority.LOW,
        False,
        frozenset(),
    )
    assert new_id not in {s.id for s in service.list_segments(include_inactive=False)}


def test_a_segment_without_a_name_is_refused(empty_db: Database) -> None:
    with pytest.raises(InvalidSegment) as caught:
        SegmentsService(empty_db).create(SegmentData(" ", ""))
    assert "name_th" in caught.value.problems
