"""Pages of a tab bar: the window's tabs, and the pages inside the Listening and Complaints tabs.

A page is a QWidget with two more methods, ``title()`` (its tab's text in the current language)
and ``refresh()`` (read again what it shows). ``QTabWidget`` hands pages back as plain
``QWidget``s; ``page_at`` checks that one is a page and gives it back as both.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QTabWidget, QWidget


@runtime_checkable
class Page(Protocol):
    def title(self) -> str: ...

    def refresh(self) -> None: ...


def as_page(widget: QWidget | None) -> Page:
    """``widget`` as a page; a widget without ``title()`` and ``refresh()`` is a programming
    error, reported as such."""
    if not isinstance(widget, Page):
        raise TypeError(f"{widget!r} is not a page: it needs title() and refresh()")
    return widget


def page_at(tabs: QTabWidget, index: int) -> Page:
    """The page shown at ``index`` of ``tabs``."""
    return as_page(tabs.widget(index))
