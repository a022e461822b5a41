"""Hostile text through every form's service (issue 17), beyond the stakeholder form
(``test_hostile_input.py``): the complaint registration and correction, the listening entry,
the activity, the survey's keyed form and the survey design. Hypothesis fills each form with
formula injection, SQL-like text, right-to-left and zero-width marks, emoji, control
characters, huge texts, odd numbers and dates at the edges of what the form's date field
offers. What must hold: no crash (only a ``UserError``), nothing half-written (every table's
row count the same after a refusal), what was saved reads back as saved, and the file passes
``integrity_check``. Few examples each, derandomised: quick and the same on every run."""

from __future__ import annotations

import dataclasses
import math
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

hypothesis = pytest.importorskip("hypothesis")  # the dev extra (pyproject.toml) brings it

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from sqlalchemy import inspect, text  # noqa: E402

from vocdesk.domain.enums import (  # noqa: E402
    ActivityKind,
    FeedbackType,
    LifecycleStage,
    Priority,
    QuestionType,
    Sentiment,
    SurveyKind,
)
from vocdesk.domain.messages import UserError  # noqa: E402
from vocdesk.domain.registry import StakeholderDraft  # noqa: E402
from vocdesk.services.complaints.cases import CaseDraft, ComplaintCasesService  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.listening.entry import FeedbackDraft, ListeningEntryService  # noqa: E402
from vocdesk.services.registry.edit import RegistryEditService  # noqa: E402
from vocdesk.services.relationships.activities import ActivityDraft, ActivityService  # noqa: E402
from vocdesk.services.surveys.design import (  # noqa: E402
    ChoiceDesign,
    QuestionDesign,
    SurveyDesign,
    SurveyDesignService,
)
from vocdesk.services.surveys.entry import EntryAnswer, FormDraft, SurveyEntryService  # noqa: E402

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

HOSTILE = st.sampled_from([
    "=cmd|' /C calc'!A0", "+SUM(1+1)*cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3", "=HYPERLINK(\"x\")",
    "'; DROP TABLE complaint; --", "\" OR 1=1 --", "Robert'); DELETE FROM survey_response;--",
    "\u202eเรื่องร้องเรียน", "\u200fمرحبا\u200e", "\u200bวัน\u200cที่\ufeff", "😀🇹🇭👩‍👩‍👧", "\x00\x01\x1b[31m",
    "สมศรี\r\nใจดี", "\t\v\f", "ก" * 5000, "x" * 200_000, "", " ", "\\", "%s%s%n", "{0}{path}",
    "กรุงเทพมหานคร", "ขอนแก่น", "\ud7ff\ue000\uffff", "<script>alert(1)</script>",
])  # fmt: skip
TEXT = st.one_of(HOSTILE, st.text(max_size=60))
# The date fields of the forms: a Buddhist Era date edit, 1 Jan 2443 (1900) to 31 Dec 2643 (2100).
DAY = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
ZONE = st.sampled_from([UTC, timezone(timedelta(hours=7)), timezone(timedelta(hours=-12))])
MOMENT = st.builds(
    lambda day, minutes, zone: datetime.combine(day, datetime.min.time(), tzinfo=zone)
    + timedelta(minutes=minutes),
    DAY, st.integers(0, 24 * 60 - 1), ZONE,
)  # fmt: skip
TODAY = date(2026, 3, 2)


def _row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        names = inspect(connection).get_table_names()
        return {
            n: connection.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names
        }


REFUSED = object()


def _holds(db: Database, action: Callable[[], Any]) -> Any:
    """Run one form's save: it saves (its result returned), or it is refused with a UserError
    and nothing changed (``REFUSED``). Anything else fails the test. The file stays sound."""
    before = _row_counts(db)
    try:
        result = action()
    except UserError as refused:
        assert refused.message.english().strip()  # a message to show
        assert _row_counts(db) == before, "a refused save wrote rows"
        result = REFUSED
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    return result


@dataclasses.dataclass
class Forms:
    db: Database
    cases: ComplaintCasesService
    listening: ListeningEntryService
    activities: ActivityService
    entry: SurveyEntryService
    designs: SurveyDesignService
    person: uuid.UUID
    channel: uuid.UUID
    category: uuid.UUID
    survey: uuid.UUID
    questions: dict[str, uuid.UUID]


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Forms]:
    db, _ = open_database(tmp_path_factory.mktemp("hostile_forms") / "forms.sqlite")
    cases = ComplaintCasesService(db, today=lambda: TODAY)
    person = RegistryEditService(db, today=lambda: TODAY).create(StakeholderDraft(name="สมศรี"))
    designs = SurveyDesignService(db)
    survey = designs.create(SurveyDesign(
        code="HOSTILE", title_th="แบบสำรวจ", kind=SurveyKind.SATISFACTION, fiscal_year=2569,
        questions=(
            QuestionDesign("R", "ความพึงพอใจ", points=5, offers_no_opinion=True),
            QuestionDesign("N", "อายุ", type=QuestionType.NUMBER),
            QuestionDesign("T", "ข้อเสนอแนะ", type=QuestionType.TEXT),
            QuestionDesign("S", "ช่องทาง", type=QuestionType.SINGLE,
                           choices=(ChoiceDesign(1, "โทร"), ChoiceDesign(2, "เว็บ"))),
            QuestionDesign("M", "บริการ", type=QuestionType.MULTIPLE,
                           choices=(ChoiceDesign(1, "ก"), ChoiceDesign(2, "ข"), ChoiceDesign(3, "ค"))),
        ),
    )).id  # fmt: skip
    layout = SurveyEntryService(db).form_layout(survey)
    yield Forms(
        db, cases, ListeningEntryService(db), ActivityService(db), SurveyEntryService(db),
        designs, person.id, cases.channels()[0].id, cases.categories()[0].id, survey,
        {q.code: q.id for q in layout.questions},
    )  # fmt: skip
    db.dispose()


def _case_draft(forms: Forms, data: st.DataObject) -> CaseDraft:
    return CaseDraft(
        received_at=data.draw(MOMENT), channel_id=forms.channel, category_id=forms.category,
        subject=data.draw(TEXT), details=data.draw(TEXT),
        stakeholder_id=data.draw(st.sampled_from([None, forms.person])),
        anonymous=data.draw(st.booleans()), complainant_name=data.draw(TEXT),
        complainant_contact=data.draw(TEXT), province=data.draw(TEXT), district=data.draw(TEXT),
        priority=data.draw(st.sampled_from(list(Priority))), confidential=data.draw(st.booleans()),
        unit=data.draw(TEXT), assigned_to=data.draw(TEXT),
    )  # fmt: skip


@SETTINGS
@given(data=st.data())
def test_a_complaint_registered_or_corrected_with_hostile_text(
    forms: Forms, data: st.DataObject
) -> None:
    draft = _case_draft(forms, data)
    link = _holds(forms.db, lambda: forms.cases.register(draft))
    if link is REFUSED:
        return
    case = forms.cases.case(link.id)
    assert case.subject == " ".join(draft.subject.split()) and case.number == link.number

    correction = dataclasses.replace(
        forms.cases.draft_of_case(link.id), subject=data.draw(TEXT), details=data.draw(TEXT),
        district=data.draw(TEXT), received_at=data.draw(MOMENT),
    )  # fmt: skip
    before = forms.cases.case(link.id)
    if _holds(forms.db, lambda: forms.cases.update_case(link.id, correction)) is REFUSED:
        after = forms.cases.case(link.id)
        assert (after.subject, after.details, after.version) == (
            before.subject, before.details, before.version,
        )  # fmt: skip


@SETTINGS
@given(data=st.data())
def test_a_listening_entry_with_hostile_text(forms: Forms, data: st.DataObject) -> None:
    draft = FeedbackDraft(
        received_at=data.draw(MOMENT), channel_id=forms.channel,
        stage=data.draw(st.sampled_from(list(LifecycleStage))),
        type=data.draw(st.sampled_from(list(FeedbackType))), text=data.draw(TEXT),
        sentiment=data.draw(st.sampled_from(list(Sentiment))),
        stakeholder_id=data.draw(st.sampled_from([None, forms.person])),
        staff=data.draw(TEXT), reference=data.draw(TEXT),
    )  # fmt: skip
    recorded = _holds(forms.db, lambda: forms.listening.record(draft))
    if recorded is REFUSED:
        return
    stored = forms.listening.get(recorded.id)
    assert stored.draft.text.strip() == draft.text.strip()
    changed = dataclasses.replace(stored.draft, text=data.draw(TEXT), staff=data.draw(TEXT))
    _holds(forms.db, lambda: forms.listening.update(recorded.id, changed, version=stored.version))


@SETTINGS
@given(data=st.data())
def test_an_activity_with_hostile_text(forms: Forms, data: st.DataObject) -> None:
    draft = ActivityDraft(
        stakeholder_id=forms.person, kind=data.draw(st.sampled_from(list(ActivityKind))),
        occurred_at=data.draw(MOMENT), summary=data.draw(TEXT), details=data.draw(TEXT),
        outcome=data.draw(TEXT), staff=data.draw(TEXT),
        follow_up_on=data.draw(st.one_of(st.none(), DAY)),
        stage=data.draw(st.one_of(st.none(), st.sampled_from(list(LifecycleStage)))),
    )  # fmt: skip
    created = _holds(forms.db, lambda: forms.activities.create(draft))
    if created is REFUSED:
        return
    record = forms.activities.load(created)
    assert record.summary.strip() == draft.summary.strip()


NUMBER = st.one_of(
    st.none(), st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0.0, -1.0, 1e308])
)
VALUE = st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1), st.integers(-2, 12))


@SETTINGS
@given(data=st.data())
def test_a_keyed_survey_form_with_hostile_answers(forms: Forms, data: st.DataObject) -> None:
    q = forms.questions
    answers = (
        EntryAnswer(q["R"], value=data.draw(VALUE), no_opinion=data.draw(st.booleans())),
        EntryAnswer(q["N"], number=data.draw(NUMBER), text=data.draw(st.one_of(st.none(), TEXT))),
        EntryAnswer(q["T"], text=data.draw(TEXT)),
        EntryAnswer(q["S"], value=data.draw(VALUE)),
        EntryAnswer(q["M"], choices=tuple(data.draw(st.lists(st.integers(-3, 5), max_size=5)))),
    )
    draft = FormDraft(
        form_number=data.draw(TEXT), submitted_on=data.draw(DAY), answers=answers,
        comment=data.draw(TEXT), entry_pass=data.draw(st.sampled_from([1, 2])),
    )  # fmt: skip
    saved = _holds(forms.db, lambda: forms.entry.save_form(forms.survey, draft))
    if saved is REFUSED:
        return
    keyed = forms.entry.keyed_form(forms.survey, draft.entry_pass, draft.form_number.strip())
    assert keyed is not None and keyed.response_id == saved
    number = keyed.answer(q["N"])
    if number is not None and number.number is not None:
        assert math.isfinite(number.number)  # NaN or infinity never stored as an answer
    assert keyed.comment == draft.comment.strip()


@SETTINGS
@given(data=st.data())
def test_a_survey_design_with_hostile_text(forms: Forms, data: st.DataObject) -> None:
    read = forms.designs.read(forms.survey)
    first = dataclasses.replace(read.design.questions[0], text_th=data.draw(TEXT),
                                text_en=data.draw(TEXT), section=data.draw(TEXT))  # fmt: skip
    design = dataclasses.replace(
        read.design, title_th=data.draw(TEXT), title_en=data.draw(TEXT), notes=data.draw(TEXT),
        questions=(first, *read.design.questions[1:]),
    )  # fmt: skip
    saved = _holds(
        forms.db, lambda: forms.designs.update(forms.survey, design, version=read.version)
    )
    if saved is not REFUSED:
        title_th, title_en = (" ".join(t.split()) for t in (design.title_th, design.title_en))
        assert forms.designs.read(forms.survey).design.title_th == (title_th or title_en)


def test_the_hostile_forms_left_a_sound_file(forms: Forms, tmp_path: Path) -> None:
    with forms.db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        assert connection.execute(text("PRAGMA foreign_key_check")).fetchall() == []
