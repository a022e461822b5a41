"""The one style of VocDesk's forms (the complaint, stakeholder, feedback and activity forms and
the dialogs): set here once so the forms cannot drift apart.

- Every field's label ends with a colon ("เรื่อง:", "Subject:"), as most forms always had;
  ``form_label`` adds it to a label text that has none, so a label text reused in messages
  ("Name is required") can stay without one.
- An empty choice reads "(none)", "(not given)", in brackets, never "— none —".
- Labels sit left of their fields, aligned left and at the top of a tall field; fields take the
  width; rows are ``layout.FORM_SPACING`` apart (``make_form``).
- What is wrong with what was typed is said in one line in ``PROBLEM_COLOUR`` under the fields,
  hidden until there is something to say (``problem_label``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from vocdesk.ui import layout

COLONS = (":", "：")
PROBLEM_COLOUR = "#B00020"


def form_label(text: str) -> str:
    """``text`` as a form's label: with its colon (one is added when it has none)."""
    stripped = text.rstrip()
    return stripped if not stripped or stripped.endswith(COLONS) else stripped + ":"


def make_form(parent: QWidget | None = None) -> QFormLayout:
    """A form layout in the house style (on ``parent`` if given)."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setSpacing(layout.FORM_SPACING)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def problem_label(parent: QWidget) -> QLabel:
    """A dialog's line saying what to fix, hidden until it has something to say."""
    label = QLabel(parent)
    label.setObjectName("problem")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR}")
    label.hide()
    return label


__all__ = ["PROBLEM_COLOUR", "form_label", "make_form", "problem_label"]
