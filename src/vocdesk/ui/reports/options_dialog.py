"""One dialog for every report's options: language, fiscal year and period, the subject of a
report about one thing, whether personal data prints in full, and where the PDF goes.

The fields shown depend on the report (``ReportKind``). The lists it offers (fiscal years that
hold data, the surveys, stakeholders matching a search) are read off the GUI thread. "Make PDF"
runs the report through the TaskRunner (``run.start_report``) with a progress dialog; the
dialog stays open while it runs, closes and opens the PDF when it is written, and says what to
fix when the request is refused, so it can be tried again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.fiscal import fiscal_month_periods
from vocdesk.domain.messages import UserError
from vocdesk.domain.tables import TableQuery
from vocdesk.domain.thai_dates import BE_OFFSET, ENGLISH_MONTHS, THAI_MONTHS
from vocdesk.services.registry.stakeholders import StakeholderRow
from vocdesk.services.reports.request import SUBJECT_REPORTS, ReportKind, ReportRequest
from vocdesk.services.surveys.rounds import SurveyRow
from vocdesk.ui import layout
from vocdesk.ui.errors import error_text, show_error
from vocdesk.ui.fiscal_years import fiscal_year_text
from vocdesk.ui.i18n import current_language
from vocdesk.ui.reports.kinds import (
    PERIOD_REPORTS,
    PERSONAL_REPORTS,
    ReportSources,
    default_file_name,
    report_name,
)
from vocdesk.ui.reports.run import Opener, open_in_viewer, start_report
from vocdesk.ui.tasks import Task, TaskRunner
from vocdesk.ui.widgets.forms import PROBLEM_COLOUR
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

SURVEY_LIMIT = 500  # surveys offered in the combo, newest fiscal year first
MATCH_LIMIT = 20  # stakeholders listed for a search
SEARCH_DELAY_MS = 300  # typing pauses this long before the registry is searched
WARNING_COLOUR = "#8A4B00"
LANGUAGE_NAMES = {"th": "ไทย", "en": "English"}  # each language in its own words


class ReportOptionsDialog(QDialog):
    """``ReportOptionsDialog(kind, sources, tasks, translations_dir, ...)``: the options of one
    report; "Make PDF" writes it and opens it with ``opener``."""

    def __init__(
        self,
        kind: ReportKind,
        sources: ReportSources,
        tasks: TaskRunner,
        translations_dir: Path,
        *,
        language: str = "th",
        folder: Path | None = None,
        subject: str = "",
        opener: Opener = open_in_viewer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"report_options_{kind.value}")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 200)
        self.kind = kind
        self._sources = sources
        self._tasks = tasks
        self._translations_dir = translations_dir
        self._opener = opener
        self._folder = folder or Path.home()
        self._ui_language = language
        self._path_chosen = False  # the user picked the file: stop renaming it
        self._surveys_read = False  # the survey combo is filled off the GUI thread
        self.task: Task[Path] | None = None  # the running (or last) report
        self.written: Path | None = None

        self.language_box = QComboBox(self)
        self.language_box.setObjectName("report_language")
        for lang, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, lang)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("fiscal_year")
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("period")
        self.survey_box = QComboBox(self)
        self.survey_box.setObjectName("survey")
        self.survey_box.setMinimumContentsLength(40)
        self.subject_edit = QLineEdit(subject if kind is ReportKind.RECEIPT else "", self)
        self.subject_edit.setObjectName("subject")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("stakeholder_search")
        self.search_edit.setClearButtonEnabled(True)
        self.matches = QListWidget(self)
        self.matches.setObjectName("stakeholder_matches")
        self.matches.setMaximumHeight(layout.DEFAULT_ROW_HEIGHT * 6)
        self.reveal_box = QCheckBox(self)
        self.reveal_box.setObjectName("reveal_personal")
        self.reveal_warning = WrappingLabel("", self)
        self.reveal_warning.setObjectName("reveal_warning")
        self.reveal_warning.setStyleSheet(f"color: {WARNING_COLOUR}")
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path")
        self.path_edit.textEdited.connect(self._path_typed)
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("save_as")
        self.browse_button.clicked.connect(self.choose_path)
        self.problem_label = WrappingLabel("", self)
        self.problem_label.setObjectName("problem")
        self.problem_label.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())

        path_row = QHBoxLayout()
        path_row.setSpacing(layout.SPACING)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        search_box = QVBoxLayout()
        search_box.setSpacing(layout.BUTTON_SPACING)
        search_box.addWidget(self.search_edit)
        search_box.addWidget(self.matches)
        self.form = QFormLayout()
        self.form.setSpacing(layout.FORM_SPACING)
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget | QHBoxLayout | QVBoxLayout, bool]] = [
            ("language", self.language_box, True),
            ("survey", self.survey_box, kind in (ReportKind.SURVEY, ReportKind.QUESTIONNAIRE)),
            ("stakeholder", search_box, kind is ReportKind.STAKEHOLDER),
            ("case", self.subject_edit, kind is ReportKind.RECEIPT),
            ("year", self.year_box, kind in PERIOD_REPORTS),
            ("period", self.period_box, kind in PERIOD_REPORTS),
            ("path", path_row, True),
        ]
        for key, field, shown in rows:
            if not shown:
                if isinstance(field, QWidget):
                    field.hide()
                else:
                    for index in range(field.count()):
                        item = field.itemAt(index)
                        widget = item.widget() if item is not None else None
                        if widget is not None:
                            widget.hide()
                continue
            label = QLabel(self)
            label.setObjectName(f"{key}_label")
            self.labels[key] = label
            self.form.addRow(label, field)
        if kind in PERSONAL_REPORTS:
            self.form.addRow("", self.reveal_box)
            self.form.addRow("", self.reveal_warning)
        else:
            self.reveal_box.hide()
            self.reveal_warning.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.setSpacing(layout.SPACING)
        box.addLayout(self.form)
        box.addWidget(self.problem_label)
        box.addStretch(1)
        box.addWidget(self.buttons)

        for widget in (self.year_box, self.period_box, self.survey_box):
            widget.currentIndexChanged.connect(self._suggest_path)
        self.subject_edit.textChanged.connect(self._suggest_path)
        self.matches.currentItemChanged.connect(self._suggest_path)
        self.year_box.currentIndexChanged.connect(self._fill_periods)
        self._fill_years(sources.overview.fiscal_years())
        self.retranslate()
        if kind in (ReportKind.SURVEY, ReportKind.QUESTIONNAIRE):
            self._load_surveys()
        self._suggest_path()

    # --- the choices -------------------------------------------------------------------
    def _fill_years(self, years: list[int]) -> None:
        self.year_box.clear()
        for year in years:  # B.E., newest (the current one) first
            self.year_box.addItem("", year)
        self._label_years()
        self._fill_periods()

    def _label_years(self) -> None:
        """Years in B.E. in a Thai window, in C.E. in an English one; months likewise."""
        for index in range(self.year_box.count()):
            year = int(self.year_box.itemData(index))
            self.year_box.setItemText(index, fiscal_year_text(year, self._ui_language))
        for index in range(self.period_box.count()):
            key = str(self.period_box.itemData(index))
            if key not in ("full", "h1", "h2"):
                first = date(int(key[:4]), int(key[5:]), 1)
                self.period_box.setItemText(index, self._month_label(first))

    def _fill_periods(self) -> None:
        chosen = self.period_box.currentData()
        year = self.year_box.currentData()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        self.period_box.addItem("", "full")
        self.period_box.addItem("", "h1")
        self.period_box.addItem("", "h2")
        if year is not None:
            for month in fiscal_month_periods(int(year)):
                first = month.start
                self.period_box.addItem(self._month_label(first), f"{first.year}-{first.month:02d}")
        self._name_periods()
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(chosen)))
        self.period_box.blockSignals(False)
        self._suggest_path()

    def _month_label(self, first: date) -> str:
        if self._ui_language == "th":
            return f"{THAI_MONTHS[first.month - 1]} {first.year + BE_OFFSET}"
        return f"{ENGLISH_MONTHS[first.month - 1]} {first.year}"

    def _name_periods(self) -> None:
        names = {
            "full": self.tr("Whole fiscal year (12-month round)"),
            "h1": self.tr("First half, October–March (6-month round)"),
            "h2": self.tr("Second half, April–September"),
        }
        for index in range(self.period_box.count()):
            key = self.period_box.itemData(index)
            if key in names:
                self.period_box.setItemText(index, names[key])

    def _load_surveys(self) -> None:
        surveys = self._sources.surveys
        query = TableQuery(sort_key="fiscal_year", descending=True, language=self._ui_language)
        self._tasks.run(
            lambda _progress: surveys.list_surveys(query, limit=SURVEY_LIMIT),
            on_done=self._show_surveys,
            on_error=lambda error: show_error(self, error),
            receiver=self,
        )

    def _show_surveys(self, rows: list[SurveyRow]) -> None:
        self._surveys_read = True
        self.survey_box.clear()
        self._name_survey_placeholder()
        for row in rows:
            title = row.title.in_language(self._ui_language)
            self.survey_box.addItem(f"{row.code} — {title}", row.code)
        if rows:  # with a placeholder set, Qt selects nothing by itself: the newest round
            self.survey_box.setCurrentIndex(0)
        self._suggest_path()

    def _search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self.matches.clear()
            return
        registry = self._sources.registry
        query = TableQuery(search=text, language=self._ui_language)
        self._tasks.run(
            lambda _progress: registry.list_stakeholders(query, limit=MATCH_LIMIT),
            on_done=lambda rows: self._show_matches(text, rows),
            on_error=lambda error: show_error(self, error),
            receiver=self,
        )

    def _show_matches(self, text: str, rows: list[StakeholderRow]) -> None:
        if text != self.search_edit.text().strip():
            return  # an older search answered late: the newer one is on its way
        self.matches.clear()
        for row in rows:
            parts = [row.name, row.organisation if row.organisation != row.name else "",
                     row.national_id, row.province]  # fmt: skip
            item = QListWidgetItem(" · ".join(part for part in parts if part))
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            self.matches.addItem(item)
        if rows:
            self.matches.setCurrentRow(0)
        else:  # said in the list itself, as an entry that cannot be chosen
            item = QListWidgetItem(
                self.tr("No person or organisation matches “{text}”.").format(text=text)
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.matches.addItem(item)

    # --- the file ----------------------------------------------------------------------
    def _path_typed(self, _text: str) -> None:
        self._path_chosen = True

    def _suggest_path(self) -> None:
        if self._path_chosen:
            return
        name = default_file_name(
            self.kind, int(self.year_box.currentData() or 0), self._period(), self._subject()
        )
        self.path_edit.setText(str(self._folder / name))

    def choose_path(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.path_edit.text(), self.tr("PDF (*.pdf)")
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        self._path_chosen = True
        self.path_edit.setText(str(path))

    # --- the request -------------------------------------------------------------------
    def _period(self) -> str:
        return str(self.period_box.currentData() or "full")

    def _subject(self) -> str:
        if self.kind in (ReportKind.SURVEY, ReportKind.QUESTIONNAIRE):
            return str(self.survey_box.currentData() or "")
        if self.kind is ReportKind.STAKEHOLDER:
            item = self.matches.currentItem()
            return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
        if self.kind is ReportKind.RECEIPT:
            return self.subject_edit.text().strip()
        return ""

    def request(self) -> ReportRequest:
        year = self.year_box.currentData()
        return ReportRequest(
            kind=self.kind,
            lang=str(self.language_box.currentData()),
            fiscal_year=int(year) if year is not None and self.kind in PERIOD_REPORTS else None,
            period=self._period() if self.kind in PERIOD_REPORTS else "full",
            subject=self._subject(),
            reveal_personal=self.kind in PERSONAL_REPORTS and self.reveal_box.isChecked(),
        )

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _missing(self) -> str:
        """What must be filled in before the report can be made ("" when nothing)."""
        if self.kind in SUBJECT_REPORTS and not self._subject():
            return {
                ReportKind.SURVEY: self.tr("Choose the survey."),
                ReportKind.QUESTIONNAIRE: self.tr("Choose the survey."),
                ReportKind.STAKEHOLDER: self.tr(
                    "Search for the person or organisation and choose one of the matches."
                ),
                ReportKind.RECEIPT: self.tr("Type the complaint's case number."),
            }[self.kind]
        if self.path() is None:
            return self.tr("Choose where to save the PDF.")
        return ""

    # --- making it ---------------------------------------------------------------------
    def make(self) -> Task[Path] | None:
        """Start making the PDF (the dialog stays open until it is written)."""
        missing = self._missing()
        if missing:
            self._say(missing)
            return None
        path = self.path()
        assert path is not None
        self.problem_label.hide()
        self._set_running(True)
        self.task = start_report(
            self._tasks, self._sources.reports, self._translations_dir, self.request(), path,
            on_done=self._written, on_error=self._failed,
            on_cancelled=lambda: self._set_running(False),
            parent_widget=self, receiver=self,
        )  # fmt: skip
        return self.task

    def _set_running(self, running: bool) -> None:
        self.buttons.setEnabled(not running)
        for child in self.findChildren(QWidget):
            if isinstance(child, QComboBox | QLineEdit | QCheckBox | QListWidget | QPushButton):
                child.setEnabled(not running)

    def _written(self, path: Path) -> None:
        self._set_running(False)
        self.written = path
        self._opener(path)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, UserError):
            self._say(error_text(error))
        else:
            show_error(self, error)

    def _say(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(report_name(self.kind))
        texts = {
            "language": self.tr("Report language:"),
            "survey": self.tr("Survey:"),
            "stakeholder": self.tr("Person or organisation:"),
            "case": self.tr("Case number:"),
            "year": self.tr("Fiscal year:"),
            "period": self.tr("Period:"),
            "path": self.tr("Save as:"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.search_edit.setPlaceholderText(self.tr("Name or national ID"))
        self.subject_edit.setPlaceholderText(self.tr("As printed on the case"))
        self.reveal_box.setText(self.tr("Show names and identifiers in full"))
        self.reveal_warning.setText(
            self.tr(
                "Personal data: print it in full only when the reader is entitled to it, and"
                " keep the paper safe. Unchecked, names and ID numbers are masked."
            )
        )
        self.browse_button.setText(self.tr("Save As…"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Make PDF"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))
        self._name_periods()
        self._name_survey_placeholder()

    def _name_survey_placeholder(self) -> None:
        self.survey_box.setPlaceholderText(
            self.tr("No survey in this database")
            if self._surveys_read
            else self.tr("Reading the surveys…")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self._ui_language = current_language()
            self._label_years()
            self.retranslate()
        super().changeEvent(event)
