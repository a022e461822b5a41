"""The Surveys tab: the list of rounds above, the pages of the chosen round below."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from sample_data import SampleData, fill  # noqa: E402

from vocdesk.services.database import Database, open_database  # noqa: E402
from vocdesk.services.surveys.rounds import SurveysService  # noqa: E402
from vocdesk.ui.surveys.tab import SurveysTab  # noqa: E402


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, SampleData]]:
    db, _ = open_database(tmp_path_factory.mktemp("surveys") / "vocdesk.sqlite")
    data = fill(db, stakeholders=10, feedback=5, complaints=5, surveys=3, responses_per_survey=4,
                activities_per_stakeholder=0)  # fmt: skip
    yield db, data
    db.dispose()


class _Page(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.surveys: list[object] = []
        self.setObjectName("probe")

    def title(self) -> str:
        return "Probe"

    def refresh(self) -> None:
        pass

    def set_survey(self, survey_id: object) -> None:
        self.surveys.append(survey_id)


def test_the_first_round_is_chosen_and_a_click_hands_another_to_the_pages(qtbot, filled) -> None:
    db, _ = filled
    page = _Page()
    tab = SurveysTab(SurveysService(db), pages=[page])
    qtbot.addWidget(tab)

    first = tab.model.row_at(0)
    assert first is not None and tab.survey_id() == first.id
    assert page.surveys[-1] == first.id
    assert first.code in tab.heading.text()
    second = tab.model.row_at(1)
    assert second is not None
    tab.list.view.setCurrentIndex(tab.model.index(1, 0))
    assert tab.survey_id() == second.id and page.surveys[-1] == second.id
    assert tab.page_names() == ["probe"]


def test_a_search_that_hides_the_round_chooses_another_and_nothing_when_empty(
    qtbot, filled
) -> None:
    db, _ = filled
    page = _Page()
    tab = SurveysTab(SurveysService(db), pages=[page])
    qtbot.addWidget(tab)

    tab.model.set_search("no such survey at all")
    assert tab.survey_id() is None and page.surveys[-1] is None
    assert tab.heading.text() == "Choose a survey in the list above."
    tab.model.set_search("")
    assert tab.survey_id() is not None
