"""The PDPA's vocabulary as VocDesk keeps it (issue 19): what a consent is for, where the privacy
notice was shown, what a data subject may ask and how long the agency has to answer, and which
records a retention period applies to."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

# PDPA section 30: the controller answers an access request "without delay, within thirty days
# of the request"; the agency holds itself to the same for every kind of request. Calendar
# days, not working days: the Act counts days.
REQUEST_DAYS = 30


class ConsentPurpose(StrEnum):
    """What a person may agree to, each given and withdrawn on its own (section 19)."""

    SERVICE = "service"  # being contacted about the service they asked for
    FOLLOW_UP_SURVEY = "follow_up_survey"  # follow-up and satisfaction surveys
    NEWS = "news"  # the agency's news and announcements


class NoticePlace(StrEnum):
    """Where a person was shown the privacy notice when their data was collected."""

    STAKEHOLDER_FORM = "stakeholder_form"
    QUICK_ENTRY = "quick_entry"
    COMPLAINT_FORM = "complaint_form"
    QUESTIONNAIRE = "questionnaire"  # printed on the paper questionnaire


class RequestKind(StrEnum):
    """What a data subject may ask of the agency (sections 30–36)."""

    ACCESS = "access"  # a copy of everything about them (s. 30)
    PORTABILITY = "portability"  # the same in a machine-readable file (s. 31)
    CORRECTION = "correction"  # put right what is wrong (s. 35)
    OBJECTION = "objection"  # object to the processing (s. 32)
    RESTRICTION = "restriction"  # keep the data but stop using it (s. 34)
    ERASURE = "erasure"  # erase or anonymise (s. 33)
    WITHDRAW_CONSENT = "withdraw_consent"  # withdraw a consent given (s. 19)


class RequestStatus(StrEnum):
    OPEN = "open"
    DONE = "done"  # answered as asked
    REFUSED = "refused"  # refused, with the legal reason in the outcome


class RetentionRecordType(StrEnum):
    """The kinds of record a retention period is set for, each counted from its own moment."""

    STAKEHOLDER = "stakeholder"  # from the last contact (or the record's creation)
    FEEDBACK = "feedback"  # from when it was received
    COMPLAINT = "complaint"  # from when it was closed (or resolved)
    SURVEY_RESPONSE = "survey_response"  # from when it was submitted
    ACTIVITY = "activity"  # from when it took place


class RetentionAction(StrEnum):
    """What happens to a record past its period: its personal data replaced, or the record gone."""

    ANONYMISE = "anonymise"
    DELETE = "delete"


def request_due_on(received_on: date) -> date:
    """The last day to answer a request received on ``received_on``."""
    return received_on + timedelta(days=REQUEST_DAYS)
