"""What the main window works on: the services of one open database, and how to open another.

``app.py`` builds a ``WindowServices`` for each database it opens and hands the window a
``DatabaseConnector`` that builds the next one; the window builds no service itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vocdesk.services.accounts import AccountsService
from vocdesk.services.audit import AuditTrailService
from vocdesk.services.complaints.cases import ComplaintCasesService
from vocdesk.services.complaints.categories import ComplaintCategoriesService
from vocdesk.services.complaints.kpis import ComplaintKpisService
from vocdesk.services.complaints.queues import ComplaintsService
from vocdesk.services.database import Database
from vocdesk.services.holidays import HolidaysService
from vocdesk.services.listening.channels import ChannelsService
from vocdesk.services.listening.entry import ListeningEntryService
from vocdesk.services.listening.improvement import ImprovementActionsService
from vocdesk.services.listening.log import ListeningService
from vocdesk.services.listening.plan import ListeningPlanService
from vocdesk.services.listening.summary import ListeningSummaryService
from vocdesk.services.overview.figures import OverviewService
from vocdesk.services.pdpa.access_export import AccessExportService
from vocdesk.services.pdpa.consents import ConsentsService
from vocdesk.services.pdpa.notices import PrivacyNoticeService
from vocdesk.services.pdpa.requests import DataSubjectRequestsService
from vocdesk.services.registry.edit import RegistryEditService
from vocdesk.services.registry.segments import SegmentsService
from vocdesk.services.registry.stakeholders import RegistryService
from vocdesk.services.relationships.activities import ActivityService
from vocdesk.services.relationships.indicators import IndicatorsService
from vocdesk.services.relationships.reminders import RemindersService
from vocdesk.services.relationships.timeline import TimelineService
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.settings import SettingsService
from vocdesk.services.surveys.analysis import SurveyAnalysisService
from vocdesk.services.surveys.benchmarks import BenchmarkService
from vocdesk.services.surveys.design import SurveyDesignService
from vocdesk.services.surveys.double_entry import DoubleEntryService
from vocdesk.services.surveys.entry import SurveyEntryService
from vocdesk.services.surveys.rounds import SurveysService


@dataclass(frozen=True)
class WindowServices:
    """Everything the tabs read, for one open database (built by ``app.py``)."""

    database: Database
    registry: RegistryService
    listening: ListeningService
    surveys: SurveysService
    complaints: ComplaintsService
    timeline: TimelineService
    overview: OverviewService
    holidays: HolidaysService
    listening_plan: ListeningPlanService
    improvements: ImprovementActionsService
    listening_summary: ListeningSummaryService
    backup_before_upgrade: Path | None = None  # the copy made when an older file was upgraded
    listening_entries: ListeningEntryService | None = None  # None: the listening log only reads
    channels: ChannelsService | None = None
    registry_edit: RegistryEditService | None = None  # None: the Stakeholders tab only reads
    segments: SegmentsService | None = None
    complaint_cases: ComplaintCasesService | None = None  # registering and working cases
    complaint_categories: ComplaintCategoriesService | None = None
    complaint_kpis: ComplaintKpisService | None = None
    survey_analysis: SurveyAnalysisService | None = None  # results, dissatisfaction, trend
    survey_design: SurveyDesignService | None = None  # None: surveys cannot be designed here
    survey_entry: SurveyEntryService | None = None  # keying paper forms
    survey_double_entry: DoubleEntryService | None = None
    survey_benchmarks: BenchmarkService | None = None
    activities: ActivityService | None = None  # None: activities cannot be recorded here
    indicators: IndicatorsService | None = None  # the relationship indicators beside a timeline
    reminders: RemindersService | None = None  # reminders to get in touch, contacts due
    agency_settings: SettingsService | None = None  # None: File > Settings… is disabled
    reports: ReportService | None = None  # None: the Reports menu is disabled
    accounts: AccountsService | None = None  # None: no Account menu (sign-out, users and roles)
    audit: AuditTrailService | None = None  # None: no Account > Audit trail…
    pdpa_requests: DataSubjectRequestsService | None = None  # None: no Personal data › Requests…
    access_export: AccessExportService | None = None  # None: no Export for the person…
    consents: ConsentsService | None = None  # None: the registry form's follow-up tick only
    privacy_notices: PrivacyNoticeService | None = None  # None: no notice line on the forms


# Opens (create=True: creates) the database at a location, with an encrypted file's passphrase
# (or None), and builds its services.
DatabaseConnector = Callable[[str, bool, str | None], WindowServices]
