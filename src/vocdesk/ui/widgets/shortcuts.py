"""The keyboard shortcuts of a tab, or of a page inside a tab: they answer wherever the focus is
in the window (the tab bar, the menu, the status bar) while their tab is shown.

Qt matches a window-wide shortcut only while the widget that owns it is visible, and a tab
widget hides every page but the current one: so each tab's Ctrl+Shift+N ("new …") answers for
the tab on screen, and two tabs may use the same keys without being ambiguous. (Before, the
tabs used ``WidgetWithChildrenShortcut``: nothing happened until the focus was inside the tab.)
Keys a tab uses must not be the window's own (Ctrl+N, Ctrl+O, Ctrl+E, Ctrl+F, F5, Ctrl+Q).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

TAB_SHORTCUT_CONTEXT = Qt.ShortcutContext.WindowShortcut


def tab_shortcut(keys: str, owner: QWidget, slot: Callable[[], Any]) -> QShortcut:
    """``keys`` calls ``slot`` while ``owner`` (a tab or a page of one) is on screen."""
    shortcut = QShortcut(QKeySequence(keys), owner)
    shortcut.setContext(TAB_SHORTCUT_CONTEXT)
    shortcut.activated.connect(slot)
    return shortcut


def set_tab_shortcut(action: QAction, keys: str | QKeySequence) -> None:
    """``action`` (added to a tab with ``addAction``) answers ``keys`` while the tab is shown."""
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(TAB_SHORTCUT_CONTEXT)
