"""What the survey pages that show figures share: reading the chosen survey's figures off the GUI
thread, only while the page is on screen, and never showing a reading that came too late.

A subclass says what to read (``_reader``: a function of the survey's id, run on a worker) and
how to show it (``_show``: on the GUI thread, with None when no survey is chosen). Choosing
another survey or calling ``refresh`` marks the page stale; it reads when it is (or next
becomes) visible. Each reading has a generation number: one that arrives after a newer one was
started (another survey chosen meanwhile) is dropped, and so is its error.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from vocdesk.ui.errors import show_error
from vocdesk.ui.tasks import TaskRunner

T = TypeVar("T")


class SurveyReadingPage(QWidget, Generic[T]):
    def __init__(self, tasks: TaskRunner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks  # None: read on the GUI thread (tests, and a window without one)
        self._survey_id: uuid.UUID | None = None
        self._generation = 0
        self._stale = True

    # --- what a subclass gives ---------------------------------------------------------------
    def _reader(self, survey_id: uuid.UUID) -> Callable[[], T]:
        """The reading of ``survey_id``'s figures; runs on a worker thread."""
        raise NotImplementedError

    def _show(self, figures: T | None) -> None:
        """Show what was read (None: no survey chosen)."""
        raise NotImplementedError

    def _reading_title(self) -> str:
        """What the window's progress says while the figures are read."""
        return ""

    def _reading_failed(self) -> None:
        """Called before the error is shown, e.g. to clear a "Computing…" line."""

    # --- the page's API ----------------------------------------------------------------------
    def survey_id(self) -> uuid.UUID | None:
        return self._survey_id

    def set_survey(self, survey_id: uuid.UUID | None) -> None:
        if survey_id == self._survey_id and not self._stale:
            return
        self._survey_id = survey_id
        self._generation += 1  # a reading still on its way is for another survey
        self.refresh()

    def refresh(self) -> None:
        """Read again now if the page is on screen, otherwise when it is next shown."""
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's virtual
        super().showEvent(event)
        if self._stale:
            self._load()

    # --- reading -----------------------------------------------------------------------------
    def _load(self) -> None:
        self._stale = False
        self._generation += 1
        generation, survey_id = self._generation, self._survey_id
        if survey_id is None:
            self._arrived(generation, None)
            return
        read = self._reader(survey_id)
        if self._tasks is None:
            try:
                figures = read()
            except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
                self._failed(generation, error)
                return
            self._arrived(generation, figures)
            return

        def work(_progress: Any) -> T:
            return read()

        self._tasks.run(
            work,
            on_done=lambda figures: self._arrived(generation, figures),
            on_error=lambda error: self._failed(generation, error),
            title=self._reading_title(),
            parent_widget=self,
            receiver=self,
        )

    def _arrived(self, generation: int, figures: T | None) -> None:
        if generation == self._generation:
            self._show(figures)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._reading_failed()
            show_error(self, error)
