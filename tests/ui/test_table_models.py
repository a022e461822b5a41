"""The lazy table models: valid Qt models on a real database, fetched in batches, sorted in SQL."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QModelIndex, Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from sample_data import SampleData, fill  # noqa: E402

from vocdesk.services.complaints.queues import ComplaintsService  # noqa: E402
from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.listening.log import ListeningService  # noqa: E402
from vocdesk.services.overview.figures import OverviewService  # noqa: E402
from vocdesk.services.registry.stakeholders import RegistryService  # noqa: E402
from vocdesk.services.relationships.timeline import TimelineScope, TimelineService  # noqa: E402
from vocdesk.services.surveys.rounds import SurveysService  # noqa: E402
from vocdesk.ui.complaints.cases_model import OVERDUE_COLOUR, ComplaintsModel  # noqa: E402
from vocdesk.ui.listening.log_model import ListeningModel  # noqa: E402
from vocdesk.ui.models.lazy_table import ROW_ROLE, LazyTableModel  # noqa: E402
from vocdesk.ui.models.table_export import snapshot_job, write_table  # noqa: E402
from vocdesk.ui.overview.model import BY_STAGE, FeedbackBreakdownModel  # noqa: E402
from vocdesk.ui.registry.stakeholders_model import (  # noqa: E402
    StakeholderPickerModel,
    StakeholdersModel,
)
from vocdesk.ui.relationships.timeline_model import TimelineModel  # noqa: E402
from vocdesk.ui.surveys.rounds_model import SurveysModel  # noqa: E402

BATCH = 100
TODAY = date(2025, 11, 14)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, SampleData]]:
    db, _ = open_database(tmp_path_factory.mktemp("models") / "vocdesk.sqlite")
    data = fill(db, stakeholders=230, feedback=450, complaints=420, surveys=5,
                responses_per_survey=10, activities_per_stakeholder=1, today=TODAY)  # fmt: skip
    yield db, data
    db.dispose()


def _models(db: Database, data: SampleData) -> dict[str, LazyTableModel]:
    timeline = TimelineModel(TimelineService(db), batch_size=3)
    timeline.set_scope(TimelineScope(stakeholder_id=data.stakeholder_ids[0]))
    return {
        "stakeholders": StakeholdersModel(RegistryService(db), batch_size=BATCH),
        "picker": StakeholderPickerModel(RegistryService(db), batch_size=BATCH),
        "listening": ListeningModel(ListeningService(db), batch_size=BATCH),
        "surveys": SurveysModel(SurveysService(db), batch_size=2),
        "complaints": ComplaintsModel(ComplaintsService(db, today=lambda: TODAY), batch_size=BATCH),
        "timeline": timeline,
    }


@pytest.mark.parametrize(
    "name", ["stakeholders", "picker", "listening", "surveys", "complaints", "timeline"]
)
def test_every_table_model_passes_the_qt_model_tester_through_fetches_sorts_and_searches(
    qtmodeltester, filled, name: str
) -> None:
    model = _models(*filled)[name]
    assert model.total > model.rowCount()  # more than one batch waits in the database

    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    model.set_search("ก")
    model.set_search("")
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())

    assert model.rowCount() == model.total
    assert len({model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())}) == model.total


def test_a_table_opens_with_only_its_first_batch(filled, qtbot) -> None:
    model = ListeningModel(ListeningService(filled[0]), batch_size=BATCH)

    assert model.total == 450
    assert model.rowCount() == BATCH

    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [BATCH, 2 * BATCH - 1]
    assert model.rowCount() == 2 * BATCH


def test_sorting_asks_the_database_again_with_a_single_reset(filled, qtbot) -> None:
    model = ComplaintsModel(ComplaintsService(filled[0], today=lambda: TODAY), batch_size=BATCH)
    column = model.column_of("number")

    with qtbot.waitSignal(model.modelReset):
        model.sort(column, Qt.SortOrder.AscendingOrder)

    numbers = [model.index(r, column).data() for r in range(model.rowCount())]
    assert numbers[0] == min(row.number for row in ComplaintsService(filled[0]).list_complaints(
        model.query.__class__(), 0, 1000))  # fmt: skip
    assert numbers == sorted(numbers)
    assert model.rowCount() == BATCH  # still only one batch after the new sort


def test_searching_filters_rows_in_sql(filled) -> None:
    model = StakeholdersModel(RegistryService(filled[0]), batch_size=BATCH)

    model.set_search("สมชาย")

    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names and all("สมชาย" in name for name in names)
    assert model.total == len(names) < 230


def test_overdue_complaints_are_drawn_in_red(filled) -> None:
    model = ComplaintsModel(ComplaintsService(filled[0], today=lambda: TODAY), batch_size=BATCH)
    column = model.column_of("overdue")
    model.sort(column, Qt.SortOrder.DescendingOrder)

    first = model.index(0, 0)
    assert first.data(ROW_ROLE).overdue
    assert first.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert model.index(0, column).data() != ""


def test_language_switch_retitles_headers_without_a_reset(filled, qtbot) -> None:
    model = SurveysModel(SurveysService(filled[0]))

    with qtbot.waitSignal(model.headerDataChanged) as header_changed:
        model.retranslate()

    assert header_changed.args == [Qt.Orientation.Horizontal, 0, model.columnCount() - 1]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Code"


def test_the_timeline_is_empty_until_a_stakeholder_is_chosen(filled, qtmodeltester) -> None:
    db, data = filled
    model = TimelineModel(TimelineService(db))
    qtmodeltester.check(model)
    assert model.rowCount() == 0

    model.set_scope(TimelineScope(stakeholder_id=data.stakeholder_ids[1]))

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Kind")
    kinds = {model.index(r, column).data() for r in range(model.rowCount())}
    assert model.total > 0 and any("Activity" in kind for kind in kinds)


def test_the_feedback_breakdown_is_a_valid_model_by_channel_and_by_stage(
    filled, qtmodeltester
) -> None:
    model = FeedbackBreakdownModel()
    qtmodeltester.check(model)

    model.set_summary(OverviewService(filled[0], today=lambda: TODAY).summary())
    model.set_mode(BY_STAGE)

    assert model.rowCount() == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Stage of the service"


def test_export_writes_every_row_of_the_query_as_csv_with_bom_and_as_xlsx(
    filled, tmp_path: Path
) -> None:
    model = ListeningModel(ListeningService(filled[0]), batch_size=BATCH)
    model.set_search("ที่จอดรถ")

    class _Progress:  # the worker-side object TaskRunner hands over; here run inline
        cancelled = False

        def raise_if_cancelled(self) -> None: ...
        def report(self, done: int, total: int, text: str = "") -> None: ...

    snapshot = snapshot_job(model)(_Progress())  # type: ignore[arg-type]
    csv_path = write_table(snapshot, tmp_path / "listening.csv")
    xlsx_path = write_table(snapshot, tmp_path / "listening.xlsx")

    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    from_csv = pd.read_csv(csv_path, encoding="utf-8-sig")
    from_xlsx = pd.read_excel(xlsx_path)
    assert len(from_csv) == len(from_xlsx) == model.total
    assert list(from_csv.columns)[5] == "What was said"
    assert from_xlsx.iloc[:, 5].str.contains("ที่จอดรถ").all()


def test_models_never_drain_the_interpreters_references_to_none(filled) -> None:
    # PySide6 6.12 on Python 3.11 loses a reference to None per None returned to C++;
    # without no_data() this loop would end in "Fatal Python error: none_dealloc".
    model = ComplaintsModel(ComplaintsService(filled[0], today=lambda: TODAY), batch_size=BATCH)
    index = model.index(0, 0)
    before = sys.getrefcount(None)

    for _ in range(5000):
        index.data(Qt.ItemDataRole.DecorationRole)
        model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole)

    assert sys.getrefcount(None) >= before - 50
