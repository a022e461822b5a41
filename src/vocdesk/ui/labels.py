"""What the user reads for each value of the domain's closed vocabularies.

The database stores the enum values ("in_progress"); the UI shows a label in the current
language. Labels are English source texts marked with ``QT_TRANSLATE_NOOP`` in a context named
after the enum class (so "Stakeholder" can be translated differently per vocabulary) and are
translated only when ``enum_label`` is called, so a language switch shows at once. The ``#:``
comments reach the translator in the .ts file: they give the Thai word from DESIGN.md §3.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from vocdesk.domain.enums import (
    ActivityKind,
    AuditAction,
    BandConvention,
    BenchmarkScale,
    ComplaintStatus,
    FeedbackType,
    LifecycleStage,
    PartyType,
    Priority,
    ProfileField,
    QuestionType,
    ReminderSource,
    ReminderStatus,
    SegmentKind,
    Sentiment,
    StakeholderKind,
    StakeholderStatus,
    SurveyKind,
    SurveyMethod,
)
from vocdesk.domain.fiscal import PeriodKind
from vocdesk.domain.listening.coverage import CoverageStatus
from vocdesk.domain.listening.improvement import ImprovementStatus, ListeningFrequency
from vocdesk.domain.listening.log import FeedbackStatus
from vocdesk.domain.messages import QT_TRANSLATE_NOOP
from vocdesk.domain.pdpa.terms import (
    ConsentPurpose,
    NoticePlace,
    RequestKind,
    RequestStatus,
    RetentionAction,
    RetentionRecordType,
)

log = logging.getLogger(__name__)

E = TypeVar("E", bound=StrEnum)

# fmt: off
LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    SegmentKind: {
        #: ผู้รับบริการ
        SegmentKind.SERVICE_RECIPIENT: QT_TRANSLATE_NOOP("SegmentKind", "Service recipient"),
        #: ผู้มีส่วนได้ส่วนเสีย
        SegmentKind.STAKEHOLDER: QT_TRANSLATE_NOOP("SegmentKind", "Stakeholder"),
    },
    Priority: {
        #: สูง
        Priority.HIGH: QT_TRANSLATE_NOOP("Priority", "High"),
        #: ปานกลาง
        Priority.MEDIUM: QT_TRANSLATE_NOOP("Priority", "Medium"),
        #: ต่ำ
        Priority.LOW: QT_TRANSLATE_NOOP("Priority", "Low"),
    },
    StakeholderKind: {
        #: ผู้รับบริการ
        StakeholderKind.SERVICE_RECIPIENT:
            QT_TRANSLATE_NOOP("StakeholderKind", "Service recipient"),
        #: ผู้มีส่วนได้ส่วนเสีย
        StakeholderKind.STAKEHOLDER: QT_TRANSLATE_NOOP("StakeholderKind", "Stakeholder"),
        #: ภาคีเครือข่าย
        StakeholderKind.PARTNER: QT_TRANSLATE_NOOP("StakeholderKind", "Partner"),
        #: คู่เทียบ
        StakeholderKind.COMPARATOR: QT_TRANSLATE_NOOP("StakeholderKind", "Comparator"),
    },
    PartyType: {
        #: บุคคล
        PartyType.PERSON: QT_TRANSLATE_NOOP("PartyType", "Person"),
        #: หน่วยงาน/องค์กร
        PartyType.ORGANISATION: QT_TRANSLATE_NOOP("PartyType", "Organisation"),
    },
    StakeholderStatus: {
        #: ปัจจุบัน
        StakeholderStatus.CURRENT: QT_TRANSLATE_NOOP("StakeholderStatus", "Current"),
        #: ในอนาคต (ผู้ที่อาจมารับบริการ)
        StakeholderStatus.POTENTIAL: QT_TRANSLATE_NOOP("StakeholderStatus", "Potential"),
        #: ในอดีต
        StakeholderStatus.FORMER: QT_TRANSLATE_NOOP("StakeholderStatus", "Former"),
    },
    LifecycleStage: {
        #: ก่อนรับบริการ
        LifecycleStage.BEFORE: QT_TRANSLATE_NOOP("LifecycleStage", "Before the service"),
        #: ระหว่างรับบริการ
        LifecycleStage.DURING: QT_TRANSLATE_NOOP("LifecycleStage", "During the service"),
        #: หลังรับบริการ
        LifecycleStage.AFTER: QT_TRANSLATE_NOOP("LifecycleStage", "After the service"),
    },
    FeedbackType: {
        #: ความต้องการ
        FeedbackType.NEED: QT_TRANSLATE_NOOP("FeedbackType", "Need"),
        #: ความคาดหวัง
        FeedbackType.EXPECTATION: QT_TRANSLATE_NOOP("FeedbackType", "Expectation"),
        #: ข้อเสนอแนะ
        FeedbackType.SUGGESTION: QT_TRANSLATE_NOOP("FeedbackType", "Suggestion"),
        #: คำชมเชย
        FeedbackType.COMPLIMENT: QT_TRANSLATE_NOOP("FeedbackType", "Compliment"),
        #: ข้อสอบถาม
        FeedbackType.INQUIRY: QT_TRANSLATE_NOOP("FeedbackType", "Inquiry"),
        #: ข้อร้องเรียน
        FeedbackType.COMPLAINT: QT_TRANSLATE_NOOP("FeedbackType", "Complaint"),
        #: อื่น ๆ
        FeedbackType.OTHER: QT_TRANSLATE_NOOP("FeedbackType", "Other"),
    },
    Sentiment: {
        #: เชิงบวก
        Sentiment.POSITIVE: QT_TRANSLATE_NOOP("Sentiment", "Positive"),
        #: เป็นกลาง
        Sentiment.NEUTRAL: QT_TRANSLATE_NOOP("Sentiment", "Neutral"),
        #: เชิงลบ
        Sentiment.NEGATIVE: QT_TRANSLATE_NOOP("Sentiment", "Negative"),
    },
    SurveyKind: {
        #: ความพึงพอใจ
        SurveyKind.SATISFACTION: QT_TRANSLATE_NOOP("SurveyKind", "Satisfaction"),
        #: ความผูกพัน
        SurveyKind.ENGAGEMENT: QT_TRANSLATE_NOOP("SurveyKind", "Engagement"),
        #: ความไม่พึงพอใจ
        SurveyKind.DISSATISFACTION: QT_TRANSLATE_NOOP("SurveyKind", "Dissatisfaction"),
        #: อื่น ๆ
        SurveyKind.OTHER: QT_TRANSLATE_NOOP("SurveyKind", "Other"),
    },
    SurveyMethod: {
        #: แบบสอบถามกระดาษ
        SurveyMethod.PAPER: QT_TRANSLATE_NOOP("SurveyMethod", "Paper form"),
        #: สัมภาษณ์แบบพบหน้า
        SurveyMethod.FACE_TO_FACE: QT_TRANSLATE_NOOP("SurveyMethod", "Face to face"),
        #: ทางโทรศัพท์
        SurveyMethod.PHONE: QT_TRANSLATE_NOOP("SurveyMethod", "Telephone"),
        #: ออนไลน์
        SurveyMethod.ONLINE: QT_TRANSLATE_NOOP("SurveyMethod", "Online"),
    },
    QuestionType: {
        #: มาตราส่วนประมาณค่า
        QuestionType.RATING: QT_TRANSLATE_NOOP("QuestionType", "Rating scale"),
        #: ความสำคัญและความพึงพอใจ
        QuestionType.IMPORTANCE: QT_TRANSLATE_NOOP("QuestionType", "Importance and satisfaction"),
        #: โอกาสแนะนำต่อ 0–10 (NPS)
        QuestionType.NPS: QT_TRANSLATE_NOOP("QuestionType", "Recommend 0–10 (NPS)"),
        #: เลือกตอบข้อเดียว
        QuestionType.SINGLE: QT_TRANSLATE_NOOP("QuestionType", "Single choice"),
        #: เลือกตอบได้หลายข้อ
        QuestionType.MULTIPLE: QT_TRANSLATE_NOOP("QuestionType", "Multiple choice"),
        #: ตัวเลข
        QuestionType.NUMBER: QT_TRANSLATE_NOOP("QuestionType", "Number"),
        #: ข้อความ
        QuestionType.TEXT: QT_TRANSLATE_NOOP("QuestionType", "Free text"),
        #: ข้อมูลผู้ตอบ
        QuestionType.PROFILE: QT_TRANSLATE_NOOP("QuestionType", "Respondent profile"),
    },
    ProfileField: {
        #: ประเภทผู้ตอบ
        ProfileField.RESPONDENT_KIND: QT_TRANSLATE_NOOP("ProfileField", "Respondent kind"),
        #: กลุ่มผู้รับบริการ
        ProfileField.SEGMENT: QT_TRANSLATE_NOOP("ProfileField", "Segment"),
        #: เพศ
        ProfileField.SEX: QT_TRANSLATE_NOOP("ProfileField", "Sex"),
        #: ช่วงอายุ
        ProfileField.AGE_BAND: QT_TRANSLATE_NOOP("ProfileField", "Age band"),
        #: ระดับการศึกษา
        ProfileField.EDUCATION: QT_TRANSLATE_NOOP("ProfileField", "Education"),
        #: อาชีพ
        ProfileField.OCCUPATION: QT_TRANSLATE_NOOP("ProfileField", "Occupation"),
    },
    BandConvention: {
        #: ช่วงกว้างเท่ากัน (1.00–1.80 … 4.21–5.00)
        BandConvention.EQUAL_WIDTH: QT_TRANSLATE_NOOP("BandConvention", "Equal widths (1.00–1.80 … 4.21–5.00)"),
        #: ปัดเศษ (1.00–1.50 … 4.51–5.00)
        BandConvention.ROUNDING: QT_TRANSLATE_NOOP("BandConvention", "Rounding (1.00–1.50 … 4.51–5.00)"),
    },
    BenchmarkScale: {
        #: มาตราส่วน 4 ระดับ
        BenchmarkScale.FOUR_POINT: QT_TRANSLATE_NOOP("BenchmarkScale", "4-point scale"),
        #: มาตราส่วน 5 ระดับ
        BenchmarkScale.FIVE_POINT: QT_TRANSLATE_NOOP("BenchmarkScale", "5-point scale"),
        #: ร้อยละ
        BenchmarkScale.PERCENT: QT_TRANSLATE_NOOP("BenchmarkScale", "Percent"),
    },
    ComplaintStatus: {
        #: รับเรื่อง
        ComplaintStatus.RECEIVED: QT_TRANSLATE_NOOP("ComplaintStatus", "Received"),
        #: ตรวจสอบ/คัดกรอง
        ComplaintStatus.SCREENING: QT_TRANSLATE_NOOP("ComplaintStatus", "Screening"),
        #: กำลังดำเนินการ
        ComplaintStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ComplaintStatus", "In progress"),
        #: ส่งต่อหน่วยงาน
        ComplaintStatus.FORWARDED: QT_TRANSLATE_NOOP("ComplaintStatus", "Forwarded"),
        #: ร่วมดำเนินการ
        ComplaintStatus.CO_HANDLED: QT_TRANSLATE_NOOP("ComplaintStatus", "Co-handled"),
        #: รอข้อมูลจากผู้ร้อง
        ComplaintStatus.WAITING:
            QT_TRANSLATE_NOOP("ComplaintStatus", "Waiting for the complainant"),
        #: แจ้งผลผู้ร้องแล้ว
        ComplaintStatus.RESOLVED: QT_TRANSLATE_NOOP("ComplaintStatus", "Resolved, result notified"),
        #: ยุติเรื่อง
        ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("ComplaintStatus", "Closed"),
        #: ไม่รับพิจารณา/ไม่เกี่ยวข้อง
        ComplaintStatus.REJECTED: QT_TRANSLATE_NOOP("ComplaintStatus", "Rejected / not relevant"),
        #: ถอนเรื่อง
        ComplaintStatus.WITHDRAWN: QT_TRANSLATE_NOOP("ComplaintStatus", "Withdrawn"),
        #: เปิดเรื่องใหม่
        ComplaintStatus.REOPENED: QT_TRANSLATE_NOOP("ComplaintStatus", "Reopened"),
    },
    ActivityKind: {
        #: ประชุม
        ActivityKind.MEETING: QT_TRANSLATE_NOOP("ActivityKind", "Meeting"),
        #: โทรศัพท์
        ActivityKind.CALL: QT_TRANSLATE_NOOP("ActivityKind", "Phone call"),
        #: เยี่ยมเยียน
        ActivityKind.VISIT: QT_TRANSLATE_NOOP("ActivityKind", "Visit"),
        #: อีเมล
        ActivityKind.EMAIL: QT_TRANSLATE_NOOP("ActivityKind", "E-mail"),
        #: กิจกรรม
        ActivityKind.EVENT: QT_TRANSLATE_NOOP("ActivityKind", "Event"),
        #: บันทึก
        ActivityKind.NOTE: QT_TRANSLATE_NOOP("ActivityKind", "Note"),
        #: หนังสือ
        ActivityKind.LETTER: QT_TRANSLATE_NOOP("ActivityKind", "Letter"),
        #: ฝึกอบรม
        ActivityKind.TRAINING: QT_TRANSLATE_NOOP("ActivityKind", "Training"),
        #: ข้อตกลงความร่วมมือ (MOU)
        ActivityKind.AGREEMENT: QT_TRANSLATE_NOOP("ActivityKind", "Agreement (MOU)"),
        #: ติดต่อทางสื่อสังคมออนไลน์
        ActivityKind.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("ActivityKind", "Social media contact"),
    },
    ReminderSource: {
        #: ติดตามผลกิจกรรม
        ReminderSource.ACTIVITY: QT_TRANSLATE_NOOP("ReminderSource", "Activity follow-up"),
        #: ติดตามผลข้อร้องเรียน
        ReminderSource.COMPLAINT: QT_TRANSLATE_NOOP("ReminderSource", "Complaint follow-up"),
        #: ถึงรอบติดต่อ
        ReminderSource.CONTACT_INTERVAL: QT_TRANSLATE_NOOP("ReminderSource", "Contact due"),
        #: ตั้งเอง
        ReminderSource.MANUAL: QT_TRANSLATE_NOOP("ReminderSource", "Set by hand"),
    },
    ReminderStatus: {
        #: รอดำเนินการ
        ReminderStatus.OPEN: QT_TRANSLATE_NOOP("ReminderStatus", "Open"),
        #: เสร็จแล้ว
        ReminderStatus.DONE: QT_TRANSLATE_NOOP("ReminderStatus", "Done"),
    },
    AuditAction: {
        #: สร้าง
        AuditAction.CREATE: QT_TRANSLATE_NOOP("AuditAction", "Created"),
        #: แก้ไข
        AuditAction.UPDATE: QT_TRANSLATE_NOOP("AuditAction", "Changed"),
        #: ลบ
        AuditAction.DELETE: QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
        #: รวมรายการ
        AuditAction.MERGE: QT_TRANSLATE_NOOP("AuditAction", "Merged"),
        #: จัดเก็บเข้าคลัง
        AuditAction.ARCHIVE: QT_TRANSLATE_NOOP("AuditAction", "Archived"),
        #: เข้าสู่ระบบ
        AuditAction.SIGN_IN: QT_TRANSLATE_NOOP("AuditAction", "Signed in"),
        #: เข้าสู่ระบบไม่สำเร็จ
        AuditAction.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("AuditAction", "Sign-in failed"),
        #: ออกจากระบบ
        AuditAction.SIGN_OUT: QT_TRANSLATE_NOOP("AuditAction", "Signed out"),
        #: ตั้งรหัสผ่าน
        AuditAction.PASSWORD: QT_TRANSLATE_NOOP("AuditAction", "Password set"),
        #: เปลี่ยนสิทธิ์
        AuditAction.PERMISSION: QT_TRANSLATE_NOOP("AuditAction", "Permissions changed"),
        #: โทเค็นเข้าถึง
        AuditAction.TOKEN: QT_TRANSLATE_NOOP("AuditAction", "Access token"),
        #: ส่งออก
        AuditAction.EXPORT: QT_TRANSLATE_NOOP("AuditAction", "Exported"),
        #: พิมพ์
        AuditAction.PRINT: QT_TRANSLATE_NOOP("AuditAction", "Printed"),
        #: กู้คืน
        AuditAction.RESTORE: QT_TRANSLATE_NOOP("AuditAction", "Restored"),
        #: เปิดดูข้อมูลส่วนบุคคล
        AuditAction.VIEW: QT_TRANSLATE_NOOP("AuditAction", "Personal data shown"),
        #: ทำให้ไม่สามารถระบุตัวบุคคลได้
        AuditAction.ANONYMISE: QT_TRANSLATE_NOOP("AuditAction", "Anonymised"),
    },
    ConsentPurpose: {
        #: การติดต่อเรื่องบริการ
        ConsentPurpose.SERVICE: QT_TRANSLATE_NOOP("ConsentPurpose", "Contact about the service"),
        #: การสำรวจติดตามผล
        ConsentPurpose.FOLLOW_UP_SURVEY: QT_TRANSLATE_NOOP("ConsentPurpose", "Follow-up surveys"),
        #: ข่าวสารจากหน่วยงาน
        ConsentPurpose.NEWS: QT_TRANSLATE_NOOP("ConsentPurpose", "News from the agency"),
    },
    NoticePlace: {
        #: แบบฟอร์มทะเบียนผู้รับบริการ
        NoticePlace.STAKEHOLDER_FORM: QT_TRANSLATE_NOOP("NoticePlace", "Registry form"),
        #: บันทึกด่วน
        NoticePlace.QUICK_ENTRY: QT_TRANSLATE_NOOP("NoticePlace", "Quick entry"),
        #: แบบฟอร์มเรื่องร้องเรียน
        NoticePlace.COMPLAINT_FORM: QT_TRANSLATE_NOOP("NoticePlace", "Complaint form"),
        #: แบบสอบถามกระดาษ
        NoticePlace.QUESTIONNAIRE: QT_TRANSLATE_NOOP("NoticePlace", "Paper questionnaire"),
    },
    RequestKind: {
        #: ขอเข้าถึงข้อมูล
        RequestKind.ACCESS: QT_TRANSLATE_NOOP("RequestKind", "Access"),
        #: ขอรับหรือโอนย้ายข้อมูล
        RequestKind.PORTABILITY: QT_TRANSLATE_NOOP("RequestKind", "Portability"),
        #: ขอแก้ไขข้อมูล
        RequestKind.CORRECTION: QT_TRANSLATE_NOOP("RequestKind", "Correction"),
        #: คัดค้านการประมวลผล
        RequestKind.OBJECTION: QT_TRANSLATE_NOOP("RequestKind", "Objection"),
        #: ขอระงับการใช้ข้อมูล
        RequestKind.RESTRICTION: QT_TRANSLATE_NOOP("RequestKind", "Restriction"),
        #: ขอลบหรือทำให้ไม่สามารถระบุตัวบุคคลได้
        RequestKind.ERASURE: QT_TRANSLATE_NOOP("RequestKind", "Erasure"),
        #: ถอนความยินยอม
        RequestKind.WITHDRAW_CONSENT: QT_TRANSLATE_NOOP("RequestKind", "Consent withdrawn"),
    },
    RequestStatus: {
        #: รอดำเนินการ
        RequestStatus.OPEN: QT_TRANSLATE_NOOP("RequestStatus", "Open"),
        #: ดำเนินการแล้ว
        RequestStatus.DONE: QT_TRANSLATE_NOOP("RequestStatus", "Answered"),
        #: ปฏิเสธคำขอ
        RequestStatus.REFUSED: QT_TRANSLATE_NOOP("RequestStatus", "Refused"),
    },
    RetentionRecordType: {
        #: ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย
        RetentionRecordType.STAKEHOLDER: QT_TRANSLATE_NOOP("RetentionRecordType", "Stakeholders"),
        #: ข้อมูลป้อนกลับ
        RetentionRecordType.FEEDBACK: QT_TRANSLATE_NOOP("RetentionRecordType", "Feedback"),
        #: เรื่องร้องเรียน
        RetentionRecordType.COMPLAINT: QT_TRANSLATE_NOOP("RetentionRecordType", "Complaints"),
        #: การตอบแบบสำรวจ
        RetentionRecordType.SURVEY_RESPONSE: QT_TRANSLATE_NOOP(
            "RetentionRecordType", "Survey responses"
        ),
        #: กิจกรรม
        RetentionRecordType.ACTIVITY: QT_TRANSLATE_NOOP("RetentionRecordType", "Activities"),
    },
    RetentionAction: {
        #: ทำให้ไม่สามารถระบุตัวบุคคลได้
        RetentionAction.ANONYMISE: QT_TRANSLATE_NOOP("RetentionAction", "Anonymise"),
        #: ลบ
        RetentionAction.DELETE: QT_TRANSLATE_NOOP("RetentionAction", "Delete"),
    },
    PeriodKind: {
        #: ปีงบประมาณ
        PeriodKind.FISCAL_YEAR: QT_TRANSLATE_NOOP("PeriodKind", "Fiscal year"),
        #: ครึ่งปี (รอบ 6 เดือน)
        PeriodKind.HALF: QT_TRANSLATE_NOOP("PeriodKind", "Half year"),
        #: ไตรมาส
        PeriodKind.QUARTER: QT_TRANSLATE_NOOP("PeriodKind", "Quarter"),
        #: เดือน
        PeriodKind.MONTH: QT_TRANSLATE_NOOP("PeriodKind", "Month"),
    },
    ListeningFrequency: {
        #: ต่อเนื่อง
        ListeningFrequency.CONTINUOUS: QT_TRANSLATE_NOOP("ListeningFrequency", "Continuous"),
        #: ทุกวัน
        ListeningFrequency.DAILY: QT_TRANSLATE_NOOP("ListeningFrequency", "Daily"),
        #: ทุกสัปดาห์
        ListeningFrequency.WEEKLY: QT_TRANSLATE_NOOP("ListeningFrequency", "Weekly"),
        #: ทุกเดือน
        ListeningFrequency.MONTHLY: QT_TRANSLATE_NOOP("ListeningFrequency", "Monthly"),
        #: ทุกไตรมาส
        ListeningFrequency.QUARTERLY: QT_TRANSLATE_NOOP("ListeningFrequency", "Quarterly"),
        #: ทุก 6 เดือน
        ListeningFrequency.HALF_YEARLY: QT_TRANSLATE_NOOP("ListeningFrequency", "Every six months"),
        #: ปีละครั้ง
        ListeningFrequency.YEARLY: QT_TRANSLATE_NOOP("ListeningFrequency", "Yearly"),
        #: ตามโอกาส
        ListeningFrequency.AS_NEEDED: QT_TRANSLATE_NOOP("ListeningFrequency", "As needed"),
    },
    ImprovementStatus: {
        #: วางแผน
        ImprovementStatus.PLANNED: QT_TRANSLATE_NOOP("ImprovementStatus", "Planned"),
        #: กำลังดำเนินการ
        ImprovementStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ImprovementStatus", "In progress"),
        #: ดำเนินการแล้ว
        ImprovementStatus.DONE: QT_TRANSLATE_NOOP("ImprovementStatus", "Done"),
        #: ยกเลิก
        ImprovementStatus.CANCELLED: QT_TRANSLATE_NOOP("ImprovementStatus", "Cancelled"),
    },
    CoverageStatus: {
        #: มีแผนและได้รับฟังแล้ว
        CoverageStatus.COVERED: QT_TRANSLATE_NOOP("CoverageStatus", "Planned and heard"),
        #: มีแผนแต่ยังไม่ได้รับฟัง
        CoverageStatus.NOT_HEARD: QT_TRANSLATE_NOOP("CoverageStatus", "Planned, nothing heard"),
        #: ได้รับฟังแต่ไม่มีในแผน
        CoverageStatus.UNPLANNED: QT_TRANSLATE_NOOP("CoverageStatus", "Heard, not in the plan"),
        #: ไม่มีแผนและไม่ได้รับฟัง
        CoverageStatus.GAP: QT_TRANSLATE_NOOP("CoverageStatus", "No plan, nothing heard"),
    },
    FeedbackStatus: {
        #: ใหม่ (ยังไม่ได้พิจารณา)
        FeedbackStatus.NEW: QT_TRANSLATE_NOOP("FeedbackStatus", "New"),
        #: พิจารณาแล้ว
        FeedbackStatus.REVIEWED: QT_TRANSLATE_NOOP("FeedbackStatus", "Reviewed"),
        #: นำไปดำเนินการแล้ว
        FeedbackStatus.ACTED_ON: QT_TRANSLATE_NOOP("FeedbackStatus", "Acted on"),
        #: ปิดแล้ว
        FeedbackStatus.CLOSED: QT_TRANSLATE_NOOP("FeedbackStatus", "Closed"),
    },
}
# fmt: on


def enum_source_label(value: StrEnum) -> str:
    """The untranslated English label of ``value`` (for logs and as the translation key)."""
    labels = LABELS.get(type(value))
    if labels is None or value not in labels:
        log.warning("no label for %s.%s", type(value).__name__, value.name)
        return value.value.replace("_", " ").capitalize()
    return labels[value]


def enum_label(value: StrEnum) -> str:
    """``value``'s label in the current UI language, e.g. ComplaintStatus.CLOSED → "ยุติเรื่อง"."""
    return QCoreApplication.translate(type(value).__name__, enum_source_label(value))


def enum_choices(enum_type: type[E]) -> list[tuple[str, E]]:
    """(label, value) for every member, in declaration order: the items of a combo box."""
    return [(enum_label(member), member) for member in enum_type]
