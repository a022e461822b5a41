"""The Timeline tab on a real database: choosing a stakeholder, items grouped by month, filters by
kind, a segment's timeline, Enter opening the record, and the model under Qt's model tester."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from PySide6.QtCore import Qt  # noqa: E402
from sample_data import SampleData, fill  # noqa: E402

from vocdesk.services.complaints.cases import ComplaintCasesService  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.listening.entry import ListeningEntryService  # noqa: E402
from vocdesk.services.registry.stakeholders import RegistryService  # noqa: E402
from vocdesk.services.relationships.activities import ActivityService  # noqa: E402
from vocdesk.services.relationships.timeline import (  # noqa: E402
    RecordType,
    TimelineKind,
    TimelineScope,
    TimelineService,
)
from vocdesk.ui.relationships.tab import ScopeKind, TimelineServices, TimelineTab  # noqa: E402
from vocdesk.ui.relationships.timeline_model import (  # noqa: E402
    TimelineModel,
    month_key,
    month_text,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(tmp_path / "timeline.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def sample(db: Database) -> SampleData:
    return fill(db, today=date(2025, 11, 14))


@pytest.fixture
def tab(qtbot, db: Database, sample: SampleData) -> TimelineTab:  # noqa: ANN001
    widget = TimelineTab(
        TimelineServices(
            registry=RegistryService(db),
            timeline=TimelineService(db),
            complaint_cases=ComplaintCasesService(db),
            listening_entries=ListeningEntryService(db),
            activities=ActivityService(db, user="tester"),
        )
    )
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _richest(db: Database):  # noqa: ANN202
    person = TimelineService(db).richest_stakeholder()
    assert person is not None
    return person


def test_choosing_a_stakeholder_shows_their_items_grouped_by_month(
    tab: TimelineTab, db: Database
) -> None:
    person = _richest(db)

    tab.show_stakeholder(person)

    model = tab.model
    assert tab.stakeholder_id == person
    assert model.rowCount() > 1
    assert model.total == TimelineService(db).count_items(TimelineScope(stakeholder_id=person))
    headings = [
        model.data(model.index(row, TimelineModel.MONTH_COLUMN)) for row in range(model.rowCount())
    ]
    months = [month_key(model.row_at(row)) for row in range(model.rowCount())]  # type: ignore[arg-type]
    assert months == sorted(months, reverse=True)  # newest first
    for row, heading in enumerate(headings):  # a heading on each month's first item only
        first = row == 0 or months[row] != months[row - 1]
        assert bool(heading) == first
        if first:
            assert heading == month_text(months[row], "en")
    assert tab.events.view.isColumnHidden(TimelineModel.STAKEHOLDER_COLUMN)


def test_month_headings_are_buddhist_era_in_thai() -> None:
    assert month_text((2025, 10), "th") == "ตุลาคม 2568"
    assert month_text((2025, 10), "en") == "October 2025"


def test_kind_filter_and_segment_timeline(tab: TimelineTab, db: Database) -> None:
    tab.show_stakeholder(_richest(db))

    tab.set_kinds({TimelineKind.COMPLAINT})

    kinds = {tab.model.row_at(row).kind for row in range(tab.model.rowCount())}  # type: ignore[union-attr]
    assert kinds == {TimelineKind.COMPLAINT}
    assert tab.kinds_button.text() == "Kinds: 1 of 7"

    tab.set_kinds(None)
    tab.set_scope_kind(ScopeKind.SEGMENT)

    scope = tab.model.scope
    assert scope is not None and scope.segment_id is not None
    assert not tab.events.view.isColumnHidden(TimelineModel.STAKEHOLDER_COLUMN)
    assert tab.model.total == TimelineService(db).count_items(scope)


def test_organisation_timeline_of_a_person_without_one_is_their_own(
    tab: TimelineTab, db: Database
) -> None:
    person = _richest(db)
    tab.show_stakeholder(person)
    row = RegistryService(db).get_stakeholder(person)
    assert row is not None

    tab.set_scope_kind(ScopeKind.ORGANISATION)

    scope = tab.model.scope
    if row.organisation or row.party_type.value == "organisation":
        assert scope is not None and scope.organisation
        assert tab.model.total >= TimelineService(db).count_items(
            TimelineScope(stakeholder_id=person)
        )
    else:
        assert scope == TimelineScope(stakeholder_id=person)


def test_a_period_set_quietly_applies_with_the_segment_shown(
    tab: TimelineTab, db: Database
) -> None:
    """The Overview's drill-down sets the period with signals held, then shows a segment."""
    segment = RegistryService(db).segment_choices()[0].id
    tab.period_check.blockSignals(True)
    tab.period_check.setChecked(True)
    tab.period_check.blockSignals(False)

    tab.show_segment(segment)

    period = tab.period_picker.period()
    assert tab.model.filters.start == period.start and tab.model.filters.end == period.end
    assert tab.model.scope == TimelineScope(segment_id=segment)


def test_enter_opens_the_complaint_case(tab: TimelineTab, db: Database, qtbot) -> None:  # noqa: ANN001
    tab.show_stakeholder(_richest(db))
    tab.set_kinds({TimelineKind.COMPLAINT})
    assert tab.model.rowCount() > 0
    view = tab.events.view
    view.setFocus()
    view.setCurrentIndex(tab.model.index(0, 1))

    with qtbot.waitSignal(tab.record_opened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)

    dialog = opened.args[0]
    assert dialog.objectName() or dialog.windowTitle()
    assert type(dialog).__name__ == "ComplaintCaseDialog"
    dialog.close()


def test_enter_opens_the_feedback_entry(tab: TimelineTab, db: Database, qtbot) -> None:  # noqa: ANN001
    tab.show_stakeholder(_richest(db))
    tab.set_kinds({TimelineKind.FEEDBACK})
    if tab.model.rowCount() == 0:
        pytest.skip("the sample's richest stakeholder has no feedback")
    item = tab.model.row_at(0)
    assert item is not None and item.record_type == RecordType.FEEDBACK_ENTRY

    form = tab.open_item(item)

    assert form is not None and form.objectName() == "feedback_form"
    form.close()


def test_enter_opens_the_activity_and_ctrl_shift_n_starts_one(
    tab: TimelineTab,
    db: Database,
    qtbot,  # noqa: ANN001
) -> None:
    person = _richest(db)
    tab.show_stakeholder(person)
    tab.set_kinds({TimelineKind.ACTIVITY})
    item = tab.model.row_at(0)
    assert item is not None and item.record_type == RecordType.ACTIVITY

    form = tab.open_item(item)

    assert type(form).__name__ == "ActivityForm"
    form.close()
    tab.events.view.setFocus()
    with qtbot.waitSignal(tab.record_opened) as opened:
        qtbot.keyClick(
            tab.events.view,
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert type(opened.args[0]).__name__ == "ActivityForm"
    opened.args[0].close()


def test_the_model_passes_the_model_tester(tab: TimelineTab, db: Database, qtmodeltester) -> None:  # noqa: ANN001
    tab.show_stakeholder(_richest(db))
    qtmodeltester.check(tab.model)
