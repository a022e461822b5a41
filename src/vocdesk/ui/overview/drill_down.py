"""Opening the list behind an Overview figure: switch the window to the tab that shows it and
narrow that tab to the same period, office, channel, stage, queue, survey or segment.

The Overview tab emits ``open_list(target, filters)``; the main window connects it to
``open_list(window, target, filters)`` here. ``filters`` holds plain values only:

``period_kind`` (a ``PeriodKind`` value), ``fiscal_year`` (B.E.), ``part`` (the half, quarter or
month of the year) — the Overview's period; ``office_id`` (a UUID or None for every office);
``channel_id``, ``stage`` (a ``LifecycleStage`` value), ``segment_id`` (a UUID, or None for
"no segment"), ``queue`` (a complaints ``Queue`` value), ``survey_code``, ``show`` (an
improvement ``ActionFilter`` value).

Targets (``TARGETS``): ``listening_log`` (the Listening tab's log, filtered), ``coverage`` (the
listening plan page's coverage matrix for the period, the cell selected), ``complaint_kpis`` (the
Complaints tab's KPI page for the period, by office when one is chosen), ``complaint_queue`` (the
cases page's queue), ``survey`` (the Surveys tab, that round selected, its results page),
``improvements`` (the improvement actions page, filtered), ``reminders`` (the Timeline tab's
reminders page), ``activities`` (the Timeline tab for a segment's activities in the period).

Each tab is reached through its own public widgets and methods; a page another part has not
built (no reminders page, say) leaves the window on that tab's first page.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QWidget

from vocdesk.domain.complaints.kpis import Dimension
from vocdesk.domain.enums import LifecycleStage
from vocdesk.domain.fiscal import PeriodKind
from vocdesk.services.complaints.queues import Queue
from vocdesk.services.listening.improvement import ActionFilter
from vocdesk.services.relationships.timeline import TimelineKind

TARGETS = (
    "listening_log",
    "coverage",
    "complaint_kpis",
    "complaint_queue",
    "survey",
    "improvements",
    "reminders",
    "activities",
)

# Which window tab each target lives on.
TAB_OF = {
    "listening_log": "listening",
    "coverage": "listening",
    "complaint_kpis": "complaints",
    "complaint_queue": "complaints",
    "survey": "surveys",
    "improvements": "listening",
    "reminders": "timeline",
    "activities": "timeline",
}


def open_list(window: Any, target: str, filters: Mapping[str, Any]) -> bool:
    """Show ``target``'s list in ``window`` (a ``MainWindow``: ``tab(name)`` and
    ``select_tab(name)``), narrowed by ``filters``. False when the target's page is missing."""
    if target not in TAB_OF:
        raise ValueError(f"unknown Overview target {target!r}; expected one of {TARGETS}")
    tab = window.tab(TAB_OF[target])
    if tab is None:
        return False
    window.select_tab(TAB_OF[target])
    opener = {
        "listening_log": _listening_log,
        "coverage": _coverage,
        "complaint_kpis": _complaint_kpis,
        "complaint_queue": _complaint_queue,
        "survey": _survey,
        "improvements": _improvements,
        "reminders": _reminders,
        "activities": _activities,
    }[target]
    return opener(tab, filters)


# --- helpers -----------------------------------------------------------------------------------
def _set_period(picker: Any, filters: Mapping[str, Any]) -> None:
    """Put the Overview's period on another tab's ``PeriodPicker`` (which then emits once)."""
    if "fiscal_year" in filters:
        picker.set_period(
            PeriodKind(filters.get("period_kind", PeriodKind.FISCAL_YEAR)),
            int(filters["fiscal_year"]),
            int(filters.get("part", 1)),
        )


def _choose(box: QComboBox, data: Any) -> None:
    """Select the item whose data is ``data`` (the first item, "all", when none is)."""
    box.setCurrentIndex(max(0, box.findData(data)))


@contextmanager
def _held(*objects: QObject) -> Iterator[None]:
    """Signals of ``objects`` held (and given back as they were) while the block runs."""
    before = [item.blockSignals(True) for item in objects]
    try:
        yield
    finally:
        for item, was in zip(objects, before, strict=True):
            item.blockSignals(was)


def _page(tab: Any, name: str) -> QWidget | None:
    found: QWidget | None = tab.findChild(QWidget, name)
    return found


def _show_page(tab: Any, page: QWidget | None) -> bool:
    pages = getattr(tab, "pages", None)
    if page is None or pages is None or pages.indexOf(page) < 0:
        return False
    pages.setCurrentWidget(page)
    return True


def _hex(value: Any) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value or "")


# --- the targets -------------------------------------------------------------------------------
def _listening_log(tab: Any, filters: Mapping[str, Any]) -> bool:
    _show_page(tab, tab.log)
    bar = tab.log.filter_bar
    # Every box set with its signals held, then one filters_changed: one reload of the log.
    with _held(bar.period_check, bar.period_picker, *bar.boxes.values()):
        with_period = "fiscal_year" in filters
        bar.period_check.setChecked(with_period)
        bar.period_picker.setEnabled(with_period)
        _set_period(bar.period_picker, filters)
        wanted = {
            "channel": _hex(filters.get("channel_id")),
            "stage": str(filters.get("stage") or ""),
            "office": _hex(filters.get("office_id")),
            "segment": _hex(filters.get("segment_id")),
        }
        for name, box in bar.boxes.items():
            _choose(box, wanted.get(name, ""))
    bar.filters_changed.emit(bar.filters())
    return True


def _coverage(tab: Any, filters: Mapping[str, Any]) -> bool:
    page = _page(tab, "listening_plan_page")
    if not _show_page(tab, page):
        return False
    assert page is not None
    model = page.coverage_model  # type: ignore[attr-defined]
    view = page.coverage_view  # type: ignore[attr-defined]
    stage = filters.get("stage")
    if "segment_id" in filters and stage is not None:
        segment, stage = filters["segment_id"], LifecycleStage(stage)

        def select_cell() -> bool:
            report = model.report
            if report is None:
                return False
            for row, line in enumerate(report.matrix.rows):
                if line.segment == segment:
                    column = report.matrix.stages.index(stage)
                    view.setCurrentIndex(model.index(row, column))
                    return True
            return False

        def when_loaded() -> None:
            if select_cell():
                model.modelReset.disconnect(when_loaded)

        model.modelReset.connect(when_loaded)  # the coverage may be read on a worker
    _set_period(page.period_picker, filters)  # type: ignore[attr-defined]
    if "segment_id" in filters and stage is not None and model.report is not None:
        select_cell()  # read already (the same period, or read synchronously)
    return True


def _complaint_kpis(tab: Any, filters: Mapping[str, Any]) -> bool:
    pages: Any = getattr(tab, "pages", None)
    page: Any = None
    for index in range(pages.count() if pages is not None else 0):
        widget = pages.widget(index)
        if hasattr(widget, "period_picker") and hasattr(widget, "set_dimension"):
            page = widget
    if not _show_page(tab, page):
        return False
    assert page is not None
    if filters.get("office_id") is not None:
        page.set_dimension(Dimension.OFFICE)
    _set_period(page.period_picker, filters)
    return True


def _complaint_queue(tab: Any, filters: Mapping[str, Any]) -> bool:
    _show_page(tab, tab.cases_page)
    tab.cases_page.set_queue(Queue(filters.get("queue", Queue.OPEN)))
    return True


def _survey(tab: Any, filters: Mapping[str, Any]) -> bool:
    found = bool(tab.select_survey(str(filters.get("survey_code", ""))))
    if found and hasattr(tab, "show_page"):
        tab.show_page("results")
    return found


def _improvements(tab: Any, filters: Mapping[str, Any]) -> bool:
    page = _page(tab, "improvement_actions_page")
    if not _show_page(tab, page):
        return False
    assert page is not None
    _choose(page.show_box, ActionFilter(filters.get("show", ActionFilter.ALL)).value)  # type: ignore[attr-defined]
    return True


def _reminders(tab: Any, _filters: Mapping[str, Any]) -> bool:
    return _show_page(tab, getattr(tab, "reminders", None))


def _activities(tab: Any, filters: Mapping[str, Any]) -> bool:
    pages = getattr(tab, "pages", None)
    if pages is not None and pages.count():
        pages.setCurrentIndex(0)  # the timeline itself
    if hasattr(tab, "set_kinds"):
        tab.set_kinds({TimelineKind.ACTIVITY})
    period_check = getattr(tab, "period_check", None)
    picker = getattr(tab, "period_picker", None)
    if period_check is not None and picker is not None and "fiscal_year" in filters:
        with _held(period_check, picker):
            period_check.setChecked(True)
            picker.setEnabled(True)
            _set_period(picker, filters)
    segment = filters.get("segment_id")
    if segment is None or not hasattr(tab, "show_segment"):
        if hasattr(tab, "apply_filters"):  # every segment: the timeline shown, its filters set
            tab.apply_filters()
        return False
    tab.show_segment(segment)
    return True
