"""The permission matrix at work in the services (issue 16): what a staff member, a supervisor
and an administrator may do, refused with a ``UserError`` and nothing written; who acts is
stamped on the audit trail; exports and reports leave an audit entry.

Each test acts as a principal set on the database (``db.actor``), as the window and the command
line do after signing in, on a real SQLite file filled with sample rows.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sample_data import SampleData
from sqlalchemy import func, select

from vocdesk.db.models import AuditEntry, Channel, FeedbackEntry, Holiday, Segment, Stakeholder
from vocdesk.domain.accounts import Permission, Principal, Role
from vocdesk.domain.enums import AuditAction
from vocdesk.domain.messages import UserError
from vocdesk.domain.registry import StakeholderDraft
from vocdesk.domain.tables import TableQuery
from vocdesk.reports.kit import untranslated
from vocdesk.services.database import Database
from vocdesk.services.holidays import HolidaysService
from vocdesk.services.listening.channels import ChannelDraft, ChannelsService
from vocdesk.services.listening.log import ListeningService
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.services.registry.segments import SegmentData, SegmentsService
from vocdesk.services.registry.stakeholders import RegistryService
from vocdesk.services.registry.transfer import StakeholderExporter
from vocdesk.services.relationships.reminders import ReminderDraft, RemindersService
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.reports.request import ReportKind, ReportRequest
from vocdesk.services.settings import SettingsService
from vocdesk.services.transfer import export_file, exporter_for, import_file, importer_for

STAFF = Principal(login="somchai", role=Role.STAFF, display_name="สมชาย ใจดี")
SUPERVISOR = Principal(login="wipa", role=Role.SUPERVISOR, display_name="วิภา")
ADMINISTRATOR = Principal(
    login="admin",
    role=Role.ADMINISTRATOR,
    grants=frozenset({Permission.PERSONAL_DATA, Permission.CONFIDENTIAL}),
    display_name="ผู้ดูแลระบบ",
)


def _count(db: Database, model: type) -> int:
    with db.session_scope() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _audit(db: Database, action: AuditAction) -> list[AuditEntry]:
    with db.session_scope() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))
        session.expunge_all()
    return entries


@pytest.fixture
def db(sample: SampleData, empty_db: Database) -> Database:
    return empty_db


# --- staff -----------------------------------------------------------------------------------


def test_staff_cannot_export_the_registry_by_any_path(db: Database, tmp_path: Path) -> None:
    # Given a staff member signed in
    db.actor = STAFF
    target = tmp_path / "registry.csv"
    # When they export the registry: the export menu, the exporter itself, the tab's "export view"
    with pytest.raises(UserError, match="export files"):
        exporter_for("stakeholders", db)
    with pytest.raises(UserError):
        StakeholderExporter(db).export(target)
    with pytest.raises(UserError):
        RegistryEditService(db).view_export()
    # Then nothing is written and nothing is recorded as exported
    assert not target.exists()
    assert not [path for path in tmp_path.iterdir() if "registry" in path.name]
    assert _audit(db, AuditAction.EXPORT) == []


def test_staff_cannot_import_even_with_an_importer_prepared_by_someone_else(
    db: Database, tmp_path: Path
) -> None:
    # Given a listening log exported by a supervisor, and an importer they prepared
    db.actor = SUPERVISOR
    exported = tmp_path / "feedback.csv"
    export_file(exporter_for("feedback", db), exported)
    importer = importer_for("feedback", db)
    before = _count(db, FeedbackEntry)
    # When a staff member is signed in instead, and imports
    db.actor = STAFF
    with pytest.raises(UserError, match="import files"):
        importer_for("feedback", db)
    with pytest.raises(UserError, match="import files"):
        import_file(importer, exported)
    # Then no entry was added or changed
    assert _count(db, FeedbackEntry) == before


def test_staff_cannot_print_reports(db: Database, tmp_path: Path) -> None:
    # Given a staff member signed in
    db.actor = STAFF
    pdf = tmp_path / "pmqa.pdf"
    # When they print the PMQA report
    with pytest.raises(UserError, match="print reports"):
        ReportService(db).write(ReportRequest(ReportKind.PMQA, "en"), untranslated, pdf)
    # Then no file is written and no print is on the audit trail
    assert not pdf.exists()
    assert _audit(db, AuditAction.PRINT) == []


def test_staff_cannot_change_catalogues_holidays_or_settings(db: Database) -> None:
    # Given a staff member signed in, and the catalogues as they are
    db.actor = STAFF
    channels, segments, holidays = _count(db, Channel), _count(db, Segment), _count(db, Holiday)
    agency = SettingsService(db).agency()
    some_channel = ChannelsService(db).list_channels()[0]
    # When they change channels, segments, holidays and the agency settings
    attempts = [
        lambda: ChannelsService(db).add(ChannelDraft(name_th="ติ๊กต็อก")),
        lambda: ChannelsService(db).delete(some_channel.id),
        lambda: SegmentsService(db).create(SegmentData(name_th="กลุ่มใหม่", name_en="New")),
        lambda: HolidaysService(db).set_day(date(2031, 3, 3), "วันหยุดพิเศษ"),
        lambda: SettingsService(db).set("agency_name_en", "Someone else"),
        lambda: RemindersService(db).save_contact_intervals({}),
    ]
    for attempt in attempts:
        with pytest.raises(UserError, match="manage catalogues and settings"):
            attempt()
    # Then every one was refused and nothing changed
    assert (_count(db, Channel), _count(db, Segment), _count(db, Holiday)) == (
        channels, segments, holidays,
    )  # fmt: skip
    assert SettingsService(db).agency() == agency


def test_staff_cannot_merge_or_delete_stakeholders(db: Database) -> None:
    # Given two stakeholders recorded by a staff member
    db.actor = STAFF
    edit = RegistryEditService(db)
    first = edit.create(StakeholderDraft(name="นายทดสอบ หนึ่ง")).id
    second = edit.create(StakeholderDraft(name="นายทดสอบ สอง"), allow_duplicates=True).id
    before = _count(db, Stakeholder)
    # When they merge them, or delete one
    with pytest.raises(UserError, match="assign, close and delete"):
        edit.merge(first, second)
    with pytest.raises(UserError, match="assign, close and delete"):
        edit.delete(second)
    # Then both are still there
    assert _count(db, Stakeholder) == before
    assert edit.load(first).draft.name == "นายทดสอบ หนึ่ง"
    assert edit.load(second).draft.name == "นายทดสอบ สอง"


def test_staff_reads_and_records(db: Database) -> None:
    # Given a staff member signed in
    db.actor = STAFF
    # Then they read the registry and the listening log, and record a reminder
    assert RegistryService(db).count_stakeholders(TableQuery()) > 0
    assert ListeningService(db).count_feedback(TableQuery()) > 0
    reminders = RemindersService(db)
    someone = RegistryService(db).list_stakeholders(TableQuery(), 0, 1)[0].id
    reminder_id = reminders.add_reminder(ReminderDraft(someone, date(2099, 12, 1), note="โทรหา"))
    assert reminder_id is not None


# --- supervisor ------------------------------------------------------------------------------


def test_a_supervisor_without_the_personal_data_grant_cannot_export_the_registry_unmasked(
    db: Database, tmp_path: Path
) -> None:
    # Given a supervisor without the personal-data grant
    db.actor = SUPERVISOR
    target = tmp_path / "registry.xlsx"
    # When they export the registry with personal data whole (issue 19: masked needs EXPORT only)
    with pytest.raises(UserError, match="personal data"):
        export_file(exporter_for("stakeholders", db, unmasked=True), target)
    with pytest.raises(UserError, match="personal data"):
        RegistryEditService(db).view_export(unmasked=True)
    # Then no file is written, no export recorded
    assert not target.exists()
    assert _audit(db, AuditAction.EXPORT) == []


def test_a_supervisor_exports_the_listening_log_and_the_export_is_audited(
    db: Database, tmp_path: Path
) -> None:
    # Given a supervisor without the personal-data grant
    db.actor = SUPERVISOR
    target = tmp_path / "feedback.csv"
    # When they export the listening log narrowed by a search
    count = export_file(exporter_for("feedback", db), target, search="ห้องน้ำ")
    # Then the file holds the rows
    with target.open(encoding="utf-8-sig") as file:
        assert len(list(csv.reader(file))) == count + 1
    # And the audit trail says who exported what, without the search's words
    (entry,) = _audit(db, AuditAction.EXPORT)
    assert entry.user == "wipa"
    assert entry.entity == "export"
    assert entry.changes == {
        "kind": "feedback", "file": "feedback.csv", "rows": count, "filters": ["search"],
    }  # fmt: skip
    assert "ห้องน้ำ" not in str(entry.changes)


def test_a_report_with_names_unmasked_needs_the_personal_data_grant(
    db: Database, tmp_path: Path
) -> None:
    # Given a supervisor without the personal-data grant
    db.actor = SUPERVISOR
    unmasked = ReportRequest(ReportKind.PMQA, "en", reveal_personal=True)
    # When they ask for a report with names and IDs unmasked, it is refused
    with pytest.raises(UserError, match="personal data"):
        ReportService(db).write(unmasked, untranslated, tmp_path / "unmasked.pdf")
    assert not (tmp_path / "unmasked.pdf").exists()
    # But the masked report is printed, stamped with their name, and audited
    ReportService(db).write(
        ReportRequest(ReportKind.PMQA, "th", 2569, "h1"), untranslated, tmp_path / "pmqa.pdf"
    )
    assert (tmp_path / "pmqa.pdf").stat().st_size > 0
    (entry,) = _audit(db, AuditAction.PRINT)
    assert (entry.user, entry.entity) == ("wipa", "report")
    assert entry.changes == {
        "kind": "pmqa", "period": "2569/h1", "language": "th", "show_personal": False,
        "subject": False,
    }  # fmt: skip


# --- administrator ---------------------------------------------------------------------------


def test_an_administrator_with_the_grant_exports_the_registry(db: Database, tmp_path: Path) -> None:
    # Given an administrator holding the personal-data grant
    db.actor = ADMINISTRATOR
    target = tmp_path / "registry.csv"
    # When they export the registry
    count = export_file(exporter_for("stakeholders", db), target)
    # Then every stakeholder is in the file, and the export is on the audit trail
    assert count == _count(db, Stakeholder)
    (entry,) = _audit(db, AuditAction.EXPORT)
    assert (entry.user, entry.changes["kind"], entry.changes["rows"]) == (
        "admin", "stakeholders", count,
    )  # fmt: skip
    assert entry.changes["file"] == "registry.csv"


def test_an_administrator_changes_catalogues(db: Database) -> None:
    db.actor = ADMINISTRATOR
    channels = _count(db, Channel)
    ChannelsService(db).add(ChannelDraft(name_th="ติ๊กต็อก", name_en="TikTok"))
    SettingsService(db).set("agency_name_en", "Test Office")
    assert _count(db, Channel) == channels + 1
    assert SettingsService(db).agency().name_en == "Test Office"


# --- who acts is stamped ---------------------------------------------------------------------


def test_the_person_signed_in_is_stamped_on_changes_read_at_each_call(db: Database) -> None:
    # Given one service object, used by two people in turn (the window keeps its services)
    edit = RegistryEditService(db)
    db.actor = STAFF
    first = edit.create(StakeholderDraft(name="นางสาวผู้ทดสอบ หนึ่ง")).id
    db.actor = SUPERVISOR
    edit.update(first, StakeholderDraft(name="นางสาวผู้ทดสอบ หนึ่ง", notes="โทรแล้ว"))
    # Then each change carries who made it
    with db.session_scope() as session:
        users = list(
            session.scalars(
                select(AuditEntry.user).where(AuditEntry.entity_id == first).order_by(AuditEntry.at)
            )
        )
    assert users == ["somchai", "wipa"]


def test_nobody_signed_in_on_a_database_with_an_administrator_is_refused(db: Database) -> None:
    # Given a database whose first administrator exists, and nobody signed in
    from vocdesk.services.accounts import AccountsService

    AccountsService(db).create_first_administrator("admin", "a long enough password")
    AccountsService(db).sign_out()
    db.actor = None
    # Then even reading is refused
    with pytest.raises(UserError, match="Nobody is signed in"):
        RegistryService(db).count_stakeholders(TableQuery())


# --- survey files and the complaints kind ----------------------------------------------------


def test_survey_files_need_export_and_import_and_an_export_is_audited(
    db: Database, tmp_path: Path
) -> None:
    from vocdesk.services.surveys.analysis_export import export_results
    from vocdesk.services.surveys.structure_file import export_structure, import_structure

    code = "SAT-2569"  # the sample's latest round (TODAY is in fiscal year 2569)
    # Given a staff member: survey results and questionnaires stay in the database
    db.actor = STAFF
    with pytest.raises(UserError, match="export files"):
        export_results(db, code, tmp_path / "results.csv")
    with pytest.raises(UserError, match="export files"):
        export_structure(db, code, tmp_path / "survey.xlsx")
    assert not (tmp_path / "results.csv").exists()
    assert not (tmp_path / "survey.xlsx").exists()
    # Given a supervisor: they export both, and each export is on the audit trail
    db.actor = SUPERVISOR
    rows = export_results(db, code, tmp_path / "results.csv")
    questions = export_structure(db, code, tmp_path / "survey.xlsx")
    exports = sorted((e.changes["kind"], e.changes["file"], e.changes["rows"], e.user)
                     for e in _audit(db, AuditAction.EXPORT))  # fmt: skip
    assert exports == [
        ("survey", "survey.xlsx", questions, "wipa"),
        ("survey-results", "results.csv", rows, "wipa"),
    ]
    # And a staff member cannot bring a questionnaire workbook back in
    db.actor = STAFF
    with pytest.raises(UserError, match="import files"):
        import_structure(db, tmp_path / "survey.xlsx")


def test_complaints_files_carry_personal_data(db: Database, tmp_path: Path) -> None:
    # Given a supervisor without the personal-data grant
    db.actor = SUPERVISOR
    # Then complaints are neither exported unmasked nor imported (complainants' contacts are in
    # the file); a masked export needs EXPORT only (issue 19)
    with pytest.raises(UserError, match="personal data"):
        exporter_for("complaints", db, unmasked=True)
    with pytest.raises(UserError, match="personal data"):
        importer_for("complaints", db)
    with pytest.raises(UserError, match="personal data"):
        importer_for("stakeholders", db)


def test_a_report_footer_names_the_person_signed_in(db: Database) -> None:
    from vocdesk.services.reports.context import ReportContext

    # Given a supervisor signed in
    db.actor = SUPERVISOR
    # Then the report they print says it was printed by them, by their display name
    context = ReportContext.open(db, ReportRequest(ReportKind.PMQA, "th"), untranslated)
    assert context.printed_by == "วิภา"


def test_export_current_table_is_gated_and_audited(db: Database, tmp_path: Path) -> None:
    from vocdesk.services.transfer import TableSnapshot, export_table

    read: list[str] = []

    def snapshot() -> TableSnapshot:
        read.append("read")
        return TableSnapshot(["name"], [["สมชาย"], ["สมหญิง"]])

    # Given a staff member: the tab's rows are not even read, no file written
    db.actor = STAFF
    with pytest.raises(UserError, match="export files"):
        export_table(db, "listening-log", tmp_path / "log.csv", snapshot)
    assert read == [] and not (tmp_path / "log.csv").exists()
    # Given a supervisor without the grant: the registry's view unmasked stays in, the log's
    # goes out
    db.actor = SUPERVISOR
    with pytest.raises(UserError, match="personal data"):
        export_table(db, "stakeholders", tmp_path / "registry.csv", snapshot, unmasked=True)
    written = export_table(db, "listening-log", tmp_path / "log.csv", snapshot)
    assert written.exists()
    (entry,) = _audit(db, AuditAction.EXPORT)
    assert entry.changes == {
        "kind": "listening-log",
        "file": "log.csv",
        "rows": 2,
        "filters": ["view"],
    }
