"""Layout numbers for every window, tab and dialog, kept in one place (like git-cola's defs.py).

Widgets take their margins, spacing and sizes from here so that the whole program changes
together. Thai needs more vertical room than Latin text: vowels and tone marks stack above and
below the line, so row heights and the UI font size are a little larger than Qt's defaults.
"""

from __future__ import annotations

# Space around and between widgets, in device-independent pixels.
NO_MARGIN = 0
MARGIN = 8
DIALOG_MARGIN = 12
SPACING = 6
FORM_SPACING = 8
BUTTON_SPACING = 4
SECTION_SPACING = 16

# Fonts. The UI uses Sarabun (bundled); official documents use 16 pt, the screen less.
UI_FONT_FAMILY = "Sarabun"
UI_FONT_POINT_SIZE = 10.5

# Tables. A Thai row needs room for marks above and below the base line.
DEFAULT_ROW_HEIGHT = 28
MAX_WRAPPED_ROW_LINES = 4  # a wrapped cell grows at most this many lines before eliding
TABLE_BATCH_SIZE = 200  # rows fetched per fetchMore() of a lazy table model
TEXT_COLUMN_WIDTH = 240  # default width of a free-text column (descriptions, notes)
DATE_COLUMN_WIDTH = 110
COLUMN_MAX_WIDTH = 300  # a column sized from its content grows at most this wide (then elides)
WRAP_COLUMN_MAX_WIDTH = 360  # a word-wrapped text column: wider content wraps instead
STRETCH_COLUMN_MIN_WIDTH = 200  # a column that takes the room left keeps at least this much
WRAP_COLUMN_MIN_WIDTH = 110  # a wrapped column gives up room to that one down to this
COLUMN_PADDING = 12  # beside the widest text of a column sized from its content

# Editors and buttons.
DATE_EDIT_MIN_WIDTH = 120
ICON_SIZE = 16
TOOLBAR_ICON_SIZE = 24

# Windows and dialogs.
MAIN_WINDOW_SIZE = (1200, 800)
DIALOG_MIN_WIDTH = 420
MESSAGE_MAX_WIDTH = 520  # error and question boxes wrap their text at this width

# Background work: show a progress dialog only for work that lasts longer than this,
# and send progress to the GUI thread at most this often.
PROGRESS_DIALOG_DELAY_MS = 400
PROGRESS_REPORT_INTERVAL_S = 0.05
