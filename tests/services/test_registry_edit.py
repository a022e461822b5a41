"""Changing the registry on a real SQLite file: create with duplicate warnings, update, archive,
delete only without history, and merge moving all history to the survivor."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sample_data import SampleData
from sqlalchemy import func, select

from vocdesk.db.models import Activity, AuditEntry, Stakeholder, activity_participant
from vocdesk.domain.enums import (
    ActivityKind,
    AuditAction,
    Priority,
    StakeholderKind,
    StakeholderStatus,
)
from vocdesk.domain.messages import UserError
from vocdesk.domain.registry import (
    DuplicateReason,
    InvalidStakeholder,
    StakeholderDraft,
)
from vocdesk.domain.tables import TableQuery
from vocdesk.services.database import Database
from vocdesk.services.registry.edit import (
    DuplicatesFound,
    RegistryEditService,
    stakeholder_references,
)
from vocdesk.services.registry.stakeholders import RegistryFilter, RegistryService

TODAY = date(2026, 11, 28)


@pytest.fixture
def edit(empty_db: Database) -> RegistryEditService:
    return RegistryEditService(empty_db, today=lambda: TODAY, user="tester")


def _audit(db: Database, entity_id: uuid.UUID) -> list[AuditEntry]:
    with db.session_scope() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.entity_id == entity_id).order_by(AuditEntry.at)
            )
        )


def test_a_new_stakeholder_is_saved_normalised_and_audited(
    empty_db: Database, edit: RegistryEditService
) -> None:
    saved = edit.create(
        StakeholderDraft(
            name="นางสาว สมศรี ใจดี",
            phone="081 234 5678",
            email="A@B.go.th",
            province="เชียงใหม่",
            tags=("อาสา",),
        )
    )
    record = edit.load(saved.id)
    assert record.draft.phone == "+66812345678"
    assert record.draft.province == "เชียงใหม่"
    assert (
        record.history == {"activity": 0, "complaint": 0, "feedback_entry": 0, "survey_response": 0}
        or not record.has_history
    )
    [entry] = _audit(empty_db, saved.id)
    assert entry.action is AuditAction.CREATE and entry.user == "tester"


def test_an_invalid_stakeholder_writes_nothing(
    empty_db: Database, edit: RegistryEditService
) -> None:
    with pytest.raises(InvalidStakeholder):
        edit.create(StakeholderDraft(name="ก ข", national_id="1234"))
    with empty_db.session_scope() as session:
        assert session.scalar(select(func.count(Stakeholder.id))) == 0


def test_duplicates_are_refused_until_the_user_saves_anyway(edit: RegistryEditService) -> None:
    first = edit.create(StakeholderDraft(name="นายสมชาย ใจดี", phone="0812345678", email="s@x.th"))
    with pytest.raises(DuplicatesFound) as caught:
        edit.create(StakeholderDraft(name="สมชาย ใจดี", phone="+66 81 234 5678"))
    [match] = caught.value.matches
    assert match.id == first.id
    assert set(match.reasons) == {DuplicateReason.PHONE, DuplicateReason.NAME}
    by_email = edit.find_duplicates(edit.check(StakeholderDraft(name="Other", email=" S@X.TH ")))
    assert [m.reasons for m in by_email] == [(DuplicateReason.EMAIL,)]
    second = edit.create(StakeholderDraft(name="สมชาย ใจดี"), allow_duplicates=True)
    assert second.id != first.id


def test_a_duplicate_national_id_is_found(edit: RegistryEditService) -> None:
    first = edit.create(StakeholderDraft(name="ก ข", national_id="1101700230708"))
    matches = edit.find_duplicates(
        edit.check(StakeholderDraft(name="ค ง", national_id="1-1017-00230-70-8"))
    )
    assert [(m.id, m.reasons) for m in matches] == [(first.id, (DuplicateReason.NATIONAL_ID,))]
    assert (
        edit.find_duplicates(
            edit.check(StakeholderDraft(name="ก ข", national_id="1101700230708")), exclude=first.id
        )
        == []
    )


def test_an_update_is_audited_with_before_and_after(
    empty_db: Database, edit: RegistryEditService
) -> None:
    saved = edit.create(StakeholderDraft(name="ก ข"))
    edit.update(
        saved.id,
        StakeholderDraft(name="ก ข", status=StakeholderStatus.FORMER, external_ref="EXT-1"),
    )
    update = _audit(empty_db, saved.id)[-1]
    assert update.action is AuditAction.UPDATE
    assert update.changes["status"] == ["current", "former"]
    other = edit.create(StakeholderDraft(name="ค ง"))
    with pytest.raises(InvalidStakeholder) as caught:
        edit.update(other.id, StakeholderDraft(name="ค ง", external_ref="EXT-1"))
    assert "external_ref" in caught.value.problems


def test_records_with_history_are_archived_not_deleted(
    sample: SampleData, empty_db: Database
) -> None:
    edit = RegistryEditService(empty_db, today=lambda: TODAY)
    with_history = next(i for i in sample.stakeholder_ids if edit.load(i).has_history)
    with pytest.raises(UserError, match="cannot be deleted"):
        edit.delete(with_history)
    edit.set_archived(with_history)
    registry = RegistryService(empty_db)
    assert with_history not in {r.id for r in registry.list_stakeholders(TableQuery(), 0, 10_000)}
    archived = registry.list_stakeholders(TableQuery(), 0, 10_000, RegistryFilter(archived=True))
    assert with_history in {r.id for r in archived}
    assert edit.load(with_history).archived_at is not None
    lonely = edit.create(StakeholderDraft(name="ไม่มี ประวัติ")).id
    edit.delete(lonely)
    assert registry.get_stakeholder(lonely) is None
    assert _audit(empty_db, lonely)[-1].action is AuditAction.DELETE


def test_a_merge_moves_every_history_row_to_the_survivor(
    sample: SampleData, empty_db: Database
) -> None:
    edit = RegistryEditService(empty_db, today=lambda: TODAY)
    tables = {column.table.name for column in stakeholder_references()}
    # Every table that refers to a stakeholder must be covered by the sample data, so that a new
    # one added later fails here until its rows are shown to move too.
    # Issue 19's consents and notices shown move too (test_pdpa_consents_notices.py merges two
    # people's consents); a data subject's requests likewise.
    assert tables == {
        "activity", "activity_participant", "complaint", "feedback_entry", "reminder",
        "survey_response", "consent", "privacy_notice_shown", "data_subject_request",
    }, tables  # fmt: skip
    records = sorted(
        (edit.load(i) for i in sample.stakeholder_ids), key=lambda r: -sum(r.history.values())
    )
    survivor, other = records[0], records[1]
    expected = {t: survivor.history.get(t, 0) + other.history.get(t, 0) for t in tables}
    total_before = {t: _table_count(empty_db, t) for t in tables}

    summary = edit.merge(survivor.id, other.id)

    assert summary.moved == {t: other.history.get(t, 0) for t in tables}
    assert edit.load(survivor.id).history == expected
    assert {t: _table_count(empty_db, t) for t in tables} == total_before  # nothing lost
    with pytest.raises(UserError):
        edit.load(other.id)
    entry = _audit(empty_db, survivor.id)[-1]
    assert entry.action is AuditAction.MERGE and entry.changes["merged_from"] == str(other.id)
    assert entry.changes["other"]["name"] == other.draft.name
    assert _audit(empty_db, other.id)[-1].changes["merged_into"] == str(survivor.id)


def test_a_merge_of_two_people_at_one_meeting_keeps_the_meeting_once(
    edit: RegistryEditService, empty_db: Database
) -> None:
    host = edit.create(StakeholderDraft(name="เทศบาลตำบลหนองบัว")).id
    survivor = edit.create(StakeholderDraft(name="สมศรี ใจดี")).id
    other = edit.create(StakeholderDraft(name="นางสาวสมศรี ใจดี"), allow_duplicates=True).id
    with empty_db.session_scope() as session:
        meeting = Activity(
            stakeholder_id=host, occurred_at=datetime(2026, 1, 5, 3, tzinfo=UTC),
            kind=ActivityKind.MEETING, subject="ประชุมภาคีเครือข่าย",
        )  # fmt: skip
        meeting.participants = [session.get(Stakeholder, survivor), session.get(Stakeholder, other)]
        session.add(meeting)

    edit.merge(survivor, other)

    with empty_db.session_scope() as session:
        rows = session.execute(select(activity_participant.c.stakeholder_id)).scalars().all()
    assert rows == [survivor]


def test_a_merge_fills_the_survivors_empty_fields(edit: RegistryEditService) -> None:
    survivor = edit.create(StakeholderDraft(name="สมศรี ใจดี", phone="0812345678")).id
    other = edit.create(
        StakeholderDraft(
            name="นางสาวสมศรี ใจดี", phone="0899999999", email="s@x.th", external_ref="R-9"
        ),
        allow_duplicates=True,
    ).id
    edit.merge(survivor, other)
    merged = edit.load(survivor).draft
    assert (merged.phone, merged.phone2, merged.email, merged.external_ref) == (
        "+66812345678",
        "+66899999999",
        "s@x.th",
        "R-9",
    )
    with pytest.raises(UserError):
        edit.merge(survivor, survivor)


def _table_count(db: Database, table: str) -> int:
    from sqlalchemy import text

    with db.session_scope() as session:
        return session.scalar(text(f"SELECT count(*) FROM {table}"))  # noqa: S608 - a known table name


def _registry_rows(db: Database) -> list[tuple[uuid.UUID, StakeholderKind, str, uuid.UUID | None]]:
    """Every record in use with what the filters look at, read apart from the service under test."""
    with db.session_scope() as session:
        return [
            (row.id, row.kind, row.province, row.segment_id)
            for row in session.execute(
                select(
                    Stakeholder.id, Stakeholder.kind, Stakeholder.province, Stakeholder.segment_id
                ).where(Stakeholder.archived.is_(False))
            )
        ]


def test_filters_and_status_counts(sample: SampleData, empty_db: Database) -> None:
    registry = RegistryService(empty_db)
    query = TableQuery()
    everyone = registry.list_stakeholders(query, 0, 10_000)
    counts = registry.status_counts(query)
    assert len(everyone) == len(sample.stakeholder_ids) == 30
    assert sum(counts.values()) == len(everyone) == registry.count_stakeholders(query)
    for status in StakeholderStatus:
        rows = registry.list_stakeholders(query, 0, 10_000, RegistryFilter(status=status))
        assert {r.status for r in rows} <= {status} and len(rows) == counts[status]
    # Each filter gives exactly the records it names (the sample has some of each): a filter
    # that matched nothing, or everything, would fail here.
    records = _registry_rows(empty_db)
    segments = registry.segment_choices()
    priority_of = {s.id: s.priority for s in segments}

    def ids(filters: RegistryFilter) -> set[uuid.UUID]:
        found = registry.list_stakeholders(query, 0, 10_000, filters)
        assert registry.count_stakeholders(query, filters) == len(found)
        return {r.id for r in found}

    partners = {i for i, kind, _, _ in records if kind is StakeholderKind.PARTNER}
    assert partners and len(partners) < len(records)
    assert ids(RegistryFilter(kind=StakeholderKind.PARTNER)) == partners
    province = everyone[0].province
    in_province = {i for i, _, where, _ in records if where == province}
    assert in_province and len(in_province) < len(records)
    assert ids(RegistryFilter(province=province)) == in_province
    high = {i for i, _, _, segment in records if priority_of.get(segment) is Priority.HIGH}
    assert high and len(high) < len(records)
    assert ids(RegistryFilter(priority=Priority.HIGH)) == high
    first = segments[0].id
    in_first = {i for i, _, _, segment in records if segment == first}
    assert in_first and len(in_first) < len(records)
    assert ids(RegistryFilter(segment_id=first)) == in_first


def test_the_relationship_officer_and_own_contact_interval_are_kept_and_checked(
    edit: RegistryEditService,
) -> None:
    saved = edit.create(
        StakeholderDraft(
            name="เทศบาลตำบลหนองบัว", relationship_officer=" สมหญิง  รักงาน ", contact_every_months=2
        )
    ).id
    with pytest.raises(InvalidStakeholder) as refused:
        edit.create(StakeholderDraft(name="องค์การบริหารส่วนตำบลบ้านใหม่", contact_every_months=61))

    draft = edit.load(saved).draft
    assert (draft.relationship_officer, draft.contact_every_months) == ("สมหญิง รักงาน", 2)
    assert set(refused.value.problems) == {"contact_every_months"}
