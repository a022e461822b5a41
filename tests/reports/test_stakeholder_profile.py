"""Report 4, the stakeholder profile: built from the demo database in Thai and English and read
back with poppler."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from pdf_tools import requires_poppler, run, text_of
from report_clock import PRINTED_AT
from sqlalchemy import func, select
from test_thai_lines import word_boundaries

from vocdesk.db.models import Activity, Stakeholder
from vocdesk.domain.enums import PartyType
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.reports.kit import Translate
from vocdesk.reports.kit import styles as kit_styles
from vocdesk.reports.stakeholder_profile import KIND_LABELS, LABELLED_VALUES, REGISTRY_LABELS
from vocdesk.reports.thai_lines import break_lines
from vocdesk.services.database import Database
from vocdesk.services.relationships.timeline import TimelineKind, TimelineScope, TimelineService
from vocdesk.services.reports.catalogue import ReportService
from vocdesk.services.reports.request import ReportKind, ReportRequest
from vocdesk.services.reports.stakeholder import MAX_ROWS, mask_email, mask_phone

pytestmark = requires_poppler

MM = 72 / 25.4
SUMMARY_WIDTH = {"person": 69 * MM, "organisation": 46 * MM}  # the layout's summary column
PADDING = 12  # ReportLab's cells: 6 points each side
# A timeline row's date cell, its first line ("14 ส.ค. 69", "14 Aug 2026"; long dates elsewhere).
SHORT_DATE = re.compile(r"^\d{1,2} (\S+\.|[A-Z][a-z]{2}) \d{2,4}$")


def _most_active(db: Database, party: PartyType, with_id: bool = False) -> Stakeholder:
    """The demo stakeholder of ``party`` type who leads the most activities."""
    stmt = (
        select(Stakeholder)
        .join(Activity, Activity.stakeholder_id == Stakeholder.id)
        .where(Stakeholder.party_type == party)
        .group_by(Stakeholder.id)
        .order_by(func.count().desc(), Stakeholder.id)
        .limit(1)
    )
    if with_id:
        stmt = stmt.where(Stakeholder.national_id.is_not(None))
    with db.session_scope() as session:
        found = session.scalars(stmt).one()
        session.expunge(found)
        return found


def _build(
    db: Database, translate: Translate, lang: str, subject: str, reveal: bool = False
) -> bytes:
    request = ReportRequest(
        ReportKind.STAKEHOLDER, lang, 2569, subject=subject, reveal_personal=reveal
    )
    return ReportService(db, now=lambda: PRINTED_AT).build(request, translate)


@pytest.fixture(scope="module")
def organisation(report_demo: Database) -> Stakeholder:
    return _most_active(report_demo, PartyType.ORGANISATION)


@pytest.fixture(scope="module")
def person(report_demo: Database) -> Stakeholder:
    return _most_active(report_demo, PartyType.PERSON, with_id=True)


@pytest.fixture(scope="module")
def pdfs(
    report_demo: Database,
    translations: dict[str, Translate],
    organisation: Stakeholder,
    person: Stakeholder,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("stakeholder-profile")
    nid = person.national_id or ""
    dashed = f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"
    made = {
        "org-th": _build(report_demo, translations["th"], "th", str(organisation.id)),
        "org-en": _build(report_demo, translations["en"], "en", str(organisation.id)),
        "person-th": _build(report_demo, translations["th"], "th", dashed),
        "person-en": _build(report_demo, translations["en"], "en", str(person.id)),
        "person-th-revealed": _build(report_demo, translations["th"], "th", nid, reveal=True),
    }
    paths = {}
    for name, pdf in made.items():
        paths[name] = folder / f"{name}.pdf"
        paths[name].write_bytes(pdf)
    return paths


def _scope(who: Stakeholder) -> TimelineScope:
    if who.party_type is PartyType.ORGANISATION:
        return TimelineScope(organisation=who.name)
    return TimelineScope(stakeholder_id=who.id)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_name_and_thai_summaries_come_back_exactly_and_break_between_words(
    report_demo: Database, pdfs: dict[str, Path], organisation: Stakeholder, lang: str
) -> None:
    text = text_of(pdfs[f"org-{lang}"])
    lines = set(text.splitlines())
    assert organisation.name in lines
    items = TimelineService(report_demo).list_items(
        _scope(organisation), TableQuery(language=lang), limit=MAX_ROWS
    )
    feedback = [i for i in items if i.kind is TimelineKind.FEEDBACK and i.summary]
    assert len(feedback) >= 3
    body = kit_styles().table_body
    for item in feedback:
        expected = break_lines(
            item.summary, body.fontName, body.fontSize, SUMMARY_WIDTH["organisation"] - PADDING
        )
        assert set(expected) <= lines, item.summary
        allowed = word_boundaries(item.summary)
        end = 0
        for line in expected:
            end += len(line.replace(" ", ""))
            assert end in allowed, (item.summary, line)


@pytest.mark.parametrize(
    ("name", "who", "lang"),
    [
        ("org-th", "organisation", "th"),
        ("person-en", "person", "en"),
        ("person-th", "person", "th"),
    ],
)
def test_the_timeline_has_a_row_for_every_item_the_service_counts(
    report_demo: Database,
    pdfs: dict[str, Path],
    organisation: Stakeholder,
    person: Stakeholder,
    name: str,
    who: str,
    lang: str,
) -> None:
    subject = organisation if who == "organisation" else person
    count = TimelineService(report_demo).count_items(_scope(subject))
    assert 0 < count <= MAX_ROWS
    text = text_of(pdfs[name])
    dates = [line for line in text.splitlines() if SHORT_DATE.match(line)]
    assert len(dates) == count
    # The page itself says how many there are, and how many fall in the report's period.
    assert f" {count:,} " in text.replace("\n", " ")


def test_the_national_id_is_masked_unless_personal_data_is_revealed(
    pdfs: dict[str, Path], person: Stakeholder
) -> None:
    nid = person.national_id or ""
    grouped = f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"
    for name in ("person-th", "person-en", "org-th"):
        flat = text_of(pdfs[name]).replace("-", "").replace(" ", "")
        assert nid not in flat
    masked = text_of(pdfs["person-th"])
    assert f"{nid[0]}-{nid[1:5]}-xxxxx-{nid[10:12]}-{nid[12]}" in masked
    assert person.email == "" or person.email not in masked
    revealed = text_of(pdfs["person-th-revealed"])
    assert grouped in revealed
    assert person.name in revealed.splitlines()


def test_phones_and_email_are_masked_to_their_ends() -> None:
    assert mask_phone("081 234 5678") == "08x-xxx-5678"
    assert mask_phone("02 123 4567") == "02-xxx-4567"
    assert mask_phone("1111") == "1111"
    assert mask_email("somchai@example.com") == "s***@example.com"


def test_an_unknown_id_is_refused_naming_it(
    report_demo: Database, translations: dict[str, Translate]
) -> None:
    for unknown in (str(uuid.uuid4()), "1-1017-00000-00-1", "nobody"):
        with pytest.raises(UserError) as raised:
            _build(report_demo, translations["en"], "en", unknown)
        assert unknown in raised.value.message.english()


@pytest.mark.parametrize("name", ["org-th", "person-en", "person-th-revealed"])
def test_only_embedded_sarabun_and_no_private_use_characters(
    pdfs: dict[str, Path], name: str
) -> None:
    fonts = run("pdffonts", pdfs[name]).splitlines()[2:]
    assert fonts
    assert all("Sarabun" in line and " yes " in line for line in fonts), fonts
    text = text_of(pdfs[name])
    assert not re.search("[\ue000-\uf8ff\ufffd]", text)


def test_the_labels_are_the_windows_own() -> None:
    from vocdesk.ui.labels import LABELS
    from vocdesk.ui.relationships.indicators_panel import LEVEL_LABELS
    from vocdesk.ui.relationships.timeline_model import KIND_LABELS as TAB_KINDS
    from vocdesk.ui.relationships.timeline_model import REGISTRY_LABELS as TAB_REGISTRY

    for value, (context, text) in LABELLED_VALUES:
        window = LABELS[type(value)][value] if type(value) in LABELS else LEVEL_LABELS[value]
        assert (context, text) == (type(value).__name__, window)
    assert {k.value: v for k, v in TAB_KINDS.items()} == KIND_LABELS
    assert {k.value: v for k, v in TAB_REGISTRY.items()} == REGISTRY_LABELS
