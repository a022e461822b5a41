"""The Surveys tab: satisfaction, engagement and dissatisfaction survey rounds."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vocdesk.services.surveys.rounds import SurveysService
from vocdesk.ui.surveys.rounds_model import SurveysModel
from vocdesk.ui.widgets.list_tab import ListTab


class SurveysTab(ListTab[SurveysModel]):
    EXPORT_NAME = "surveys"

    def __init__(self, surveys: SurveysService, parent: QWidget | None = None) -> None:
        super().__init__(SurveysModel(surveys), parent)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Surveys")

    def retranslate(self) -> None:
        self.table.set_placeholder(self.tr("Search by code or title"))
