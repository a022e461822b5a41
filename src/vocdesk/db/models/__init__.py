"""The typed data model, one module per area. Importing this package registers every table."""

from vocdesk.db.models.accounts import AccessToken, UserAccount
from vocdesk.db.models.audit import AuditEntry
from vocdesk.db.models.catalogues import Channel, Holiday, Office, Service
from vocdesk.db.models.complaints import (
    Complaint,
    ComplaintAccess,
    ComplaintAttachment,
    ComplaintCategory,
    ComplaintOfficer,
    ComplaintRootCause,
    ComplaintSetting,
    ComplaintStatusChange,
)
from vocdesk.db.models.exchange import (
    SyncAlias,
    SyncBundle,
    SyncConflict,
    SyncPeer,
    SyncTombstone,
)
from vocdesk.db.models.listening.entries import FeedbackEntry
from vocdesk.db.models.listening.improvement import (
    ImprovementAction,
    ImprovementSurveyFinding,
    improvement_complaint,
    improvement_feedback,
)
from vocdesk.db.models.listening.plan import ListeningPlanItem
from vocdesk.db.models.pdpa import (
    Consent,
    DataSubjectRequest,
    PrivacyNotice,
    PrivacyNoticeShown,
    RetentionPolicy,
    RetentionRun,
)
from vocdesk.db.models.registry import Segment, Stakeholder, segment_services
from vocdesk.db.models.settings import AppSetting
from vocdesk.db.models.surveys import (
    Survey,
    SurveyAnswer,
    SurveyBenchmark,
    SurveyChoice,
    SurveyDimension,
    SurveyQuestion,
    SurveyResponse,
    survey_target_segment,
)
from vocdesk.db.models.timeline import (
    Activity,
    ContactInterval,
    Reminder,
    activity_participant,
)

__all__ = [
    "AccessToken",
    "Activity",
    "AppSetting",
    "AuditEntry",
    "Channel",
    "Complaint",
    "ComplaintAccess",
    "ComplaintAttachment",
    "ComplaintCategory",
    "ComplaintOfficer",
    "ComplaintRootCause",
    "ComplaintSetting",
    "ComplaintStatusChange",
    "Consent",
    "ContactInterval",
    "DataSubjectRequest",
    "FeedbackEntry",
    "Holiday",
    "ImprovementAction",
    "ImprovementSurveyFinding",
    "ListeningPlanItem",
    "Office",
    "PrivacyNotice",
    "PrivacyNoticeShown",
    "Reminder",
    "RetentionPolicy",
    "RetentionRun",
    "Segment",
    "Service",
    "Stakeholder",
    "Survey",
    "SurveyAnswer",
    "SurveyBenchmark",
    "SurveyChoice",
    "SurveyDimension",
    "SurveyQuestion",
    "SurveyResponse",
    "SyncAlias",
    "SyncBundle",
    "SyncConflict",
    "SyncPeer",
    "SyncTombstone",
    "UserAccount",
    "activity_participant",
    "improvement_complaint",
    "improvement_feedback",
    "segment_services",
    "survey_target_segment",
]
