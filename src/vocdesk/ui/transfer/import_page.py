"""What the pages of the import wizard share: their ids, limits, their typed wizard, a table.

Each page reads and writes the wizard's shared state (``sheet``, ``mapping``, ``value_maps``,
``checked``, ``summary``) and starts its slow work through ``ImportWizard.run``, which runs it on
the ``TaskRunner`` and brings the result back to the page on the GUI thread, while the page is
there and only for the page's latest work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget, QWizardPage

from vocdesk.ui import layout

if TYPE_CHECKING:
    from vocdesk.ui.transfer.import_wizard import ImportWizard

PREVIEW_ROWS = 20
MAX_SHOWN_PROBLEMS = 1000
NOT_IN_FILE = -1  # the mapping combo's "not in the file"
PAGE_FILE, PAGE_PREVIEW, PAGE_COLUMNS, PAGE_VALUES, PAGE_CHECK, PAGE_DONE = range(6)


class ImportPage(QWizardPage):
    """A page of the ``ImportWizard``. (No texts here: each page translates its own, in its
    own class, which is its translation context.)"""

    def import_wizard(self) -> ImportWizard:
        """The wizard this page belongs to, with its shared state."""
        from vocdesk.ui.transfer.import_wizard import ImportWizard  # it imports the pages

        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard), "an import page outside the import wizard"
        return wizard


def read_only_table(parent: QWidget, name: str) -> QTableWidget:
    """A table of whole rows, not editable: the preview and the list of problems."""
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setDefaultSectionSize(layout.DEFAULT_ROW_HEIGHT)
    return table
