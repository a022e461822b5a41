"""PDPA notices and consents (issue 19) on a real SQLite file: notice versions published only when
the text changes and shown to a person with the place; consents given and withdrawn per purpose
with the history kept and the stakeholder's follow-up columns mirroring them; the form's tick and
the import go through the same path; a withdrawn consent stops follow-up calls and contacts."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from vocdesk.db.models import (
    AuditEntry,
    Channel,
    Complaint,
    ComplaintCategory,
    Consent,
    PrivacyNoticeShown,
    Reminder,
    Stakeholder,
)
from vocdesk.domain.clock import THAI_TIME
from vocdesk.domain.enums import ComplaintStatus
from vocdesk.domain.messages import UserError
from vocdesk.domain.pdpa.terms import ConsentPurpose, NoticePlace
from vocdesk.domain.registry import StakeholderDraft
from vocdesk.services.database import Database
from vocdesk.services.pdpa.consents import ConsentsService, contactable
from vocdesk.services.pdpa.notices import PrivacyNoticeService
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.services.relationships.reminders import RemindersService
from vocdesk.services.settings import AgencySettings, SettingsService

TODAY = date(2026, 12, 4)
FOLLOW_UP = ConsentPurpose.FOLLOW_UP_SURVEY


@pytest.fixture
def edit(empty_db: Database) -> RegistryEditService:
    return RegistryEditService(empty_db, today=lambda: TODAY)


@pytest.fixture
def consents(empty_db: Database) -> ConsentsService:
    return ConsentsService(empty_db, today=lambda: TODAY)


def _person(
    edit: RegistryEditService, name: str = "นางสาว สมศรี ใจดี", **values: object
) -> uuid.UUID:
    return edit.create(StakeholderDraft(name=name, **values)).id  # type: ignore[arg-type]


def _columns(db: Database, person: uuid.UUID) -> tuple[bool, date | None]:
    with db.session_scope() as session:
        row = session.get(Stakeholder, person)
        assert row is not None
        return row.consent_follow_up, row.consent_date


def test_a_notice_is_published_as_a_new_version_only_when_its_text_changes(
    empty_db: Database,
) -> None:
    notices = PrivacyNoticeService(empty_db)
    assert notices.current() is None
    assert notices.publish("", "") is None  # nothing to publish
    first = notices.publish("ประกาศความเป็นส่วนตัว\nข้อ 1", "Privacy notice\nItem 1  ")
    assert first is not None and first.version == 1
    assert first.text_en == "Privacy notice\nItem 1"
    assert notices.publish("ประกาศความเป็นส่วนตัว\nข้อ 1", "Privacy notice\nItem 1") == first
    second = notices.publish("ประกาศความเป็นส่วนตัว\nข้อ 2", "Privacy notice\nItem 1")
    assert second is not None and second.version == 2
    assert [v.version for v in notices.versions()] == [2, 1]
    assert notices.current() == second
    assert second.first_line("th") == "ประกาศความเป็นส่วนตัว"
    assert second.text("en").endswith("Item 1")
    with empty_db.session_scope() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "privacy_notice")
        ).all()
        assert sorted(e.changes["version"] for e in entries) == [1, 2]


def test_the_settings_save_publishes_the_notice_and_reads_it_back(empty_db: Database) -> None:
    settings = SettingsService(empty_db)
    settings.save(AgencySettings(name_th="เทศบาล", privacy_notice_th="ประกาศ ฉบับแรก"))
    settings.save(AgencySettings(name_th="เทศบาลนคร", privacy_notice_th="ประกาศ ฉบับแรก"))
    assert [v.version for v in PrivacyNoticeService(empty_db).versions()] == [1]
    settings.set("privacy_notice_en", "Notice, second")
    agency = settings.agency()
    assert (agency.privacy_notice_th, agency.privacy_notice_en) == (
        "ประกาศ ฉบับแรก",
        "Notice, second",
    )
    assert agency.privacy_notice_version == 2
    with empty_db.session_scope() as session:
        from vocdesk.db.models import AppSetting

        assert session.get(AppSetting, "privacy_notice_th") is None  # kept as versions only


def test_showing_the_notice_records_the_version_and_the_place(
    empty_db: Database, edit: RegistryEditService
) -> None:
    notices = PrivacyNoticeService(empty_db)
    person = _person(edit)
    assert notices.record_shown(person, NoticePlace.STAKEHOLDER_FORM) is None  # none published
    notices.publish("ประกาศ", "Notice")
    notices.record_shown(person, NoticePlace.QUICK_ENTRY)
    notices.publish("ประกาศ ฉบับใหม่", "Notice, new")
    notices.record_shown(person, NoticePlace.COMPLAINT_FORM)
    shown = notices.shown_to(person)
    assert [(s.version, s.place) for s in shown] == [
        (2, NoticePlace.COMPLAINT_FORM),
        (1, NoticePlace.QUICK_ENTRY),
    ]
    with empty_db.session_scope() as session:
        assert len(session.scalars(select(PrivacyNoticeShown)).all()) == 2


def test_consents_are_given_and_withdrawn_per_purpose_with_their_history(
    empty_db: Database, edit: RegistryEditService, consents: ConsentsService
) -> None:
    notice = PrivacyNoticeService(empty_db).publish("ประกาศ", "Notice")
    assert notice is not None
    person = _person(edit)
    with empty_db.session_scope() as session:
        channel = session.scalar(select(Channel.id).limit(1))
    consents.give(person, FOLLOW_UP, date(2026, 11, 1), channel, notice.id)
    consents.give(person, ConsentPurpose.NEWS, date(2026, 11, 2))
    assert _columns(empty_db, person) == (True, date(2026, 11, 1))
    with pytest.raises(UserError):
        consents.give(person, FOLLOW_UP)  # already in force
    with pytest.raises(UserError):
        consents.withdraw(person, ConsentPurpose.SERVICE)  # never given
    with pytest.raises(UserError):
        consents.withdraw(person, FOLLOW_UP, date(2026, 10, 1))  # before it was given
    with pytest.raises(UserError):
        consents.give(person, ConsentPurpose.SERVICE, date(2026, 12, 5))  # in the future
    consents.withdraw(person, FOLLOW_UP, date(2026, 12, 1), channel, note="โทรแจ้ง")
    assert _columns(empty_db, person) == (False, date(2026, 11, 1))  # no longer in force
    consents.give(person, FOLLOW_UP, date(2026, 12, 3))  # given again: a new row
    states = {s.purpose: s for s in consents.states(person)}
    assert states[FOLLOW_UP].given and states[FOLLOW_UP].latest is not None
    assert states[FOLLOW_UP].latest.given_on == date(2026, 12, 3)
    assert states[ConsentPurpose.NEWS].given
    assert states[ConsentPurpose.SERVICE].latest is None
    history = [(r.purpose, r.given_on, r.withdrawn_on) for r in consents.history(person)]
    assert history == [
        (FOLLOW_UP, date(2026, 12, 3), None),
        (FOLLOW_UP, date(2026, 11, 1), date(2026, 12, 1)),
        (ConsentPurpose.NEWS, date(2026, 11, 2), None),
    ] or sorted(history, key=str) == sorted(
        [
            (FOLLOW_UP, date(2026, 12, 3), None),
            (FOLLOW_UP, date(2026, 11, 1), date(2026, 12, 1)),
            (ConsentPurpose.NEWS, date(2026, 11, 2), None),
        ],
        key=str,
    )
    withdrawn = next(r for r in consents.history(person) if r.withdrawn_on)
    assert withdrawn.notice_version == 1 and withdrawn.given_channel is not None
    assert withdrawn.withdrawn_channel is not None and "โทรแจ้ง" in withdrawn.note
    with empty_db.session_scope() as session:
        changes = [
            e.changes
            for e in session.scalars(select(AuditEntry).where(AuditEntry.entity_id == person))
        ]
    assert sum("consent_given" in c for c in changes) == 3
    assert sum("consent_withdrawn" in c for c in changes) == 1


def test_the_forms_tick_gives_and_withdraws_the_follow_up_consent(
    empty_db: Database, edit: RegistryEditService, consents: ConsentsService
) -> None:
    person = _person(edit, consent_follow_up=True, consent_date=date(2026, 10, 1))
    [row] = consents.history(person)
    assert (row.purpose, row.given_on, row.withdrawn_on) == (FOLLOW_UP, date(2026, 10, 1), None)
    draft = edit.load(person).draft
    from dataclasses import replace

    edit.update(person, replace(draft, consent_date=date(2026, 10, 2)))  # a day put right
    assert [r.given_on for r in consents.history(person)] == [date(2026, 10, 2)]
    edit.update(person, replace(draft, consent_follow_up=False, consent_date=None))
    [row] = consents.history(person)
    assert row.withdrawn_on == TODAY
    assert _columns(empty_db, person) == (False, None)


def test_an_import_that_sets_consent_gives_it_through_the_same_path(
    empty_db: Database, tmp_path: object, consents: ConsentsService
) -> None:
    from pathlib import Path

    from vocdesk.services.registry.transfer import StakeholderImporter
    from vocdesk.services.transfer import import_file

    path = Path(str(tmp_path)) / "people.csv"
    path.write_text(
        "name,consent to follow-up,consent date\nนาย ก ไก่,yes,2026-11-20\nนาง ข ไข่,no,\n",
        encoding="utf-8",
    )
    assert import_file(StakeholderImporter(empty_db, today=lambda: TODAY), path).added == 2
    with empty_db.session_scope() as session:
        rows = session.execute(select(Consent.purpose, Consent.given_on, Stakeholder.name)
                               .join(Stakeholder, Stakeholder.id == Consent.stakeholder_id)).all()  # fmt: skip
    assert [tuple(r) for r in rows] == [(FOLLOW_UP, date(2026, 11, 20), "นาย ก ไก่")]


def _resolved_case(db: Database, person: uuid.UUID | None, number: int) -> uuid.UUID:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel.id).limit(1))
        assert channel is not None
        category = ComplaintCategory(code=f"P{number}", name_th="ล่าช้า", name_en="Slow")
        session.add(category)
        session.flush()
        case = Complaint(fiscal_year=2570, sequence=number, number=f"2570/{number}",
                         received_at=datetime(2026, 11, 1, 9, 0, tzinfo=THAI_TIME), channel_id=channel,
                         stakeholder_id=person, subject="รอนาน", category_id=category.id,
                         status=ComplaintStatus.RESOLVED,
                         notified_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC))  # fmt: skip
        session.add(case)
        session.flush()
        return case.id


def test_a_complainant_who_withdrew_survey_consent_is_not_queued_for_a_follow_up(
    empty_db: Database, edit: RegistryEditService, consents: ConsentsService
) -> None:
    reminders = RemindersService(empty_db, today=lambda: TODAY)
    agreed = _person(edit, "นาย ยินยอม ดี", consent_follow_up=True, consent_date=date(2026, 1, 5))
    withdrew = _person(
        edit, "นาย ถอน ความยินยอม", consent_follow_up=True, consent_date=date(2026, 1, 5)
    )
    never = _person(edit, "นาง ไม่เคย ยินยอม")
    consents.withdraw(withdrew, FOLLOW_UP, date(2026, 11, 1))
    cases = [
        _resolved_case(empty_db, p, n) for n, p in enumerate((agreed, withdrew, never, None), 1)
    ]
    # Asking about one's own case needs no consent of its own (the complaint's public task):
    # only the person who withdrew is left out, and a complainant typed on the case is called.
    assert reminders.add_complaint_follow_ups() == 3
    with empty_db.session_scope() as session:
        queued = set(session.scalars(select(Reminder.complaint_id)).all())
    assert queued == {cases[0], cases[2], cases[3]}
    # Withdrawing later drops the call already queued.
    consents.withdraw(agreed, FOLLOW_UP, TODAY)
    with empty_db.session_scope() as session:
        assert set(session.scalars(select(Reminder.complaint_id)).all()) == {cases[2], cases[3]}
    assert reminders.add_complaint_follow_ups() == 0


def test_contactable_needs_consent_in_force_no_restriction_and_no_anonymisation(
    empty_db: Database, edit: RegistryEditService, consents: ConsentsService
) -> None:
    people = {
        name: _person(edit, name, consent_follow_up=True, consent_date=date(2026, 1, 5))
        for name in ("นาย หนึ่ง ดี", "นาย สอง ดี", "นาย สาม ดี", "นาย สี่ ดี")
    }
    consents.withdraw(people["นาย สอง ดี"], FOLLOW_UP, TODAY)
    with empty_db.session_scope() as session:
        restricted = session.get(Stakeholder, people["นาย สาม ดี"])
        gone = session.get(Stakeholder, people["นาย สี่ ดี"])
        assert restricted is not None and gone is not None
        restricted.restricted = True
        gone.anonymised_at = datetime(2026, 12, 1, tzinfo=UTC)
    with empty_db.session_scope() as session:
        names = session.scalars(select(Stakeholder.name).where(contactable(FOLLOW_UP))).all()
    assert names == ["นาย หนึ่ง ดี"]


def test_a_withdrawn_service_consent_leaves_the_person_out_of_contacts_due(
    empty_db: Database, edit: RegistryEditService, consents: ConsentsService
) -> None:
    reminders = RemindersService(empty_db, today=lambda: date(2030, 1, 1))
    kept = _person(edit, "นาย ติดต่อ ได้", contact_every_months=3)
    left = _person(edit, "นาย ขอ ไม่ติดต่อ", contact_every_months=3)
    consents.give(left, ConsentPurpose.SERVICE, date(2026, 11, 1))
    consents.withdraw(left, ConsentPurpose.SERVICE, date(2026, 11, 2))
    due = reminders.next_contacts_due()
    assert [r.name for r in due.rows] == ["นาย ติดต่อ ได้"]
    assert kept != left


def test_the_contact_list_for_a_purpose_leaves_out_who_withdrew_and_masks_unless_asked(
    empty_db: Database, edit: RegistryEditService, consents: ConsentsService, tmp_path: object
) -> None:
    from pathlib import Path

    from vocdesk.services.transfer import export_file, exporter_for

    kept = _person(edit, "นาย ยังยินยอม อยู่", phone="081 234 5678",
                   consent_follow_up=True, consent_date=date(2026, 1, 5))  # fmt: skip
    withdrew = _person(edit, "นาง ถอนแล้ว", phone="089 999 0000",
                       consent_follow_up=True, consent_date=date(2026, 1, 5))  # fmt: skip
    news_only = _person(edit, "นาย ข่าวสาร เท่านั้น")
    consents.give(news_only, ConsentPurpose.NEWS, date(2026, 2, 1))
    consents.withdraw(withdrew, FOLLOW_UP, date(2026, 11, 30))
    exporter = exporter_for("contacts", empty_db, unmasked=True)
    rows = list(exporter.rows(purpose="follow_up_survey"))  # type: ignore[attr-defined]
    assert [(r[0], r[1], r[3], r[10], r[11]) for r in rows] == [
        (str(kept), "นาย ยังยินยอม อยู่", "081 234 5678", "follow_up_survey", "2026-01-05")
    ]
    anyone = {r[1] for r in exporter.rows()}  # type: ignore[attr-defined]
    assert anyone == {"นาย ยังยินยอม อยู่", "นาย ข่าวสาร เท่านั้น"}
    out = Path(str(tmp_path)) / "contacts.csv"
    masked = exporter_for("contacts", empty_db)
    assert export_file(masked, out, purpose=FOLLOW_UP) == 1
    text = out.read_text(encoding="utf-8-sig")
    assert "081 234 5678" not in text and "5678" in text and "089" not in text
    with empty_db.session_scope() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "export").order_by(AuditEntry.at.desc())
        ).first()
    assert entry is not None
    assert (entry.changes["kind"], entry.changes["filters"], entry.changes["unmasked"]) == (
        "contacts", ["purpose"], False,
    )  # fmt: skip


def test_a_withdrawal_after_a_merge_ends_every_consent_the_two_records_brought(
    empty_db: Database, edit: RegistryEditService, consents: ConsentsService
) -> None:
    one = _person(edit, "นาย สมชาย ใจดี", phone="081 234 5678",
                  consent_follow_up=True, consent_date=date(2026, 1, 5))  # fmt: skip
    other = edit.create(
        StakeholderDraft(name="สมชาย ใจดี", phone="081 234 5678", consent_follow_up=True,
                         consent_date=date(2026, 3, 1)),
        allow_duplicates=True,
    ).id  # fmt: skip
    edit.merge(one, other)
    assert sum(r.in_force for r in consents.history(one)) == 2
    consents.withdraw(one, FOLLOW_UP, TODAY)
    assert not any(r.in_force for r in consents.history(one))
    with empty_db.session_scope() as session:
        assert session.scalar(select(Stakeholder.id).where(contactable(FOLLOW_UP))) is None


def test_an_import_gives_withdraws_and_corrects_consents_as_the_form_does(
    empty_db: Database, consents: ConsentsService, tmp_path: object
) -> None:
    from pathlib import Path

    from vocdesk.services.registry.transfer import StakeholderImporter
    from vocdesk.services.transfer import import_file

    folder = Path(str(tmp_path))
    first, second = folder / "first.csv", folder / "second.csv"
    first.write_text(
        "reference,name,consent to follow-up,consent date\n"
        "A1,นาย หนึ่ง,yes,2026-11-20\nA2,นาง สอง,yes,2026-11-21\nA3,นาย สาม,no,\n",
        encoding="utf-8",
    )
    importer = StakeholderImporter(empty_db, today=lambda: TODAY)
    assert import_file(importer, first).added == 3
    # Again: one withdraws, one's day is put right, the third gives it.
    second.write_text(
        "reference,name,consent to follow-up,consent date\n"
        "A1,นาย หนึ่ง,no,\nA2,นาง สอง,yes,2026-11-22\nA3,นาย สาม,yes,2026-12-01\n",
        encoding="utf-8",
    )
    assert import_file(StakeholderImporter(empty_db, today=lambda: TODAY), second).updated == 3
    with empty_db.session_scope() as session:
        people = dict(session.execute(select(Stakeholder.external_ref, Stakeholder.id)).all())
        given = session.scalars(select(AuditEntry).where(AuditEntry.entity == "stakeholder")).all()
    history = {ref: [(r.given_on, r.withdrawn_on) for r in consents.history(people[ref])]
               for ref in ("A1", "A2", "A3")}  # fmt: skip
    assert history == {
        "A1": [(date(2026, 11, 20), TODAY)],
        "A2": [(date(2026, 11, 22), None)],
        "A3": [(date(2026, 12, 1), None)],
    }
    assert sum("consent_given" in e.changes for e in given) == 3
    assert sum("consent_withdrawn" in e.changes for e in given) == 1
    assert sum("consent_corrected" in e.changes for e in given) == 1
    assert [_columns(empty_db, people[ref]) for ref in ("A1", "A2", "A3")] == [
        (False, None), (True, date(2026, 11, 22)), (True, date(2026, 12, 1)),
    ]  # fmt: skip
