"""File > Settings…: the agency's settings that reports print, kept in the open database.

The agency's names and logo head every report page, the privacy notice is printed on paper
questionnaires, and Thai reports may print Thai digits. Everything is saved at once through
``SettingsService.save``; a chosen logo is read (checked, scaled, made PNG) by the service too,
so the dialog and ``vocdesk settings set logo FILE`` accept the same files. Given the office
(``services.exchange.office``), it shows this installation's office code and name, and Change…
opens their own dialog (``ui.exchange.office_dialog``: saved there, on its own).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vocdesk.services.exchange.office import InstallationOffice
from vocdesk.services.settings import (
    NAME_MAX_LENGTH,
    AgencySettings,
    SettingsService,
    logo_size,
    with_logo,
)
from vocdesk.ui import layout
from vocdesk.ui.errors import stored
from vocdesk.ui.exchange.office_dialog import OfficeDialog
from vocdesk.ui.widgets.forms import PROBLEM_COLOUR
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

LOGO_PREVIEW_SIZE = (160, 96)  # pixels: the logo as large as it prints in a page header, or so
NOTICE_LINES = 7  # the privacy notices' editors show this many lines before scrolling
IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp"


class AgencySettingsDialog(QDialog):
    """``AgencySettingsDialog(service)``: shows the stored settings; OK saves all of them and
    closes, a refusal keeps the dialog open and says what to fix."""

    def __init__(
        self,
        service: SettingsService,
        parent: QWidget | None = None,
        *,
        office: InstallationOffice | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agency_settings_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 260)
        self._service = service
        self._settings = service.agency()
        self._office = office
        self.office_label = QLabel(self)
        self.office_label.setObjectName("office")
        self.office_button = QPushButton(self)
        self.office_button.setObjectName("change_office")
        self.office_button.clicked.connect(self.change_office)
        self.office_dialog: OfficeDialog | None = None

        self.name_th_edit = self._line_edit("name_th", self._settings.name_th)
        self.name_en_edit = self._line_edit("name_en", self._settings.name_en)
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(*LOGO_PREVIEW_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_info = QLabel(self)
        self.logo_info.setObjectName("logo_info")
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("choose_logo")
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_logo")
        self.remove_button.clicked.connect(self.remove_logo)
        self.notice_th_edit = self._notice_edit(
            "privacy_notice_th", self._settings.privacy_notice_th
        )
        self.notice_en_edit = self._notice_edit(
            "privacy_notice_en", self._settings.privacy_notice_en
        )
        self.thai_digits_box = QCheckBox(self)
        self.thai_digits_box.setObjectName("thai_digits")
        self.thai_digits_box.setChecked(self._settings.thai_digits)
        self.intro = WrappingLabel("", self)
        self.intro.setObjectName("intro")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        logo_buttons = QVBoxLayout()
        logo_buttons.setSpacing(layout.BUTTON_SPACING)
        logo_buttons.addWidget(self.logo_info)
        logo_buttons.addWidget(self.choose_button)
        logo_buttons.addWidget(self.remove_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.setSpacing(layout.SPACING)
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        self.form = QFormLayout()
        self.form.setSpacing(layout.FORM_SPACING)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        # The two notices share one place, a tab each, so that the dialog fits a 768-pixel
        # laptop screen with room for several lines of each.
        self.notice_tabs = QTabWidget(self)
        self.notice_tabs.setObjectName("privacy_notice_tabs")
        self.notice_tabs.addTab(self.notice_th_edit, "")
        self.notice_tabs.addTab(self.notice_en_edit, "")
        # Each changed text is a new version (issue 19): which one a person was shown stays.
        self.notice_version_label = QLabel(self)
        self.notice_version_label.setObjectName("privacy_notice_version")
        self.notice_version_label.setWordWrap(True)
        notice_column = QVBoxLayout()
        notice_column.setSpacing(layout.BUTTON_SPACING)
        notice_column.addWidget(self.notice_tabs)
        notice_column.addWidget(self.notice_version_label)
        self.labels = [QLabel(self) for _ in range(4)]
        self.office_caption = QLabel(self)
        if office is not None:
            office_row = QHBoxLayout()
            office_row.setSpacing(layout.SPACING)
            office_row.addWidget(self.office_label, 1)
            office_row.addWidget(self.office_button)
            self.form.addRow(self.office_caption, office_row)
            self.office_caption.setBuddy(self.office_button)
        else:
            self.office_caption.hide()
            self.office_label.hide()
            self.office_button.hide()
        self.form.addRow(self.labels[0], self.name_th_edit)
        self.form.addRow(self.labels[1], self.name_en_edit)
        self.form.addRow(self.labels[2], logo_row)
        self.form.addRow(self.labels[3], notice_column)
        buddies: list[QWidget] = [
            self.name_th_edit, self.name_en_edit, self.choose_button, self.notice_th_edit,
        ]  # fmt: skip
        for label, buddy in zip(self.labels, buddies, strict=True):
            label.setBuddy(buddy)
        for label in self.labels[2:]:
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.addRow(self.thai_digits_box)
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.setSpacing(layout.SPACING)
        box.addWidget(self.intro)
        box.addLayout(self.form)
        box.addWidget(self.problem_label)
        box.addWidget(self.buttons)
        self.retranslate()

    def _line_edit(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setMaxLength(NAME_MAX_LENGTH)
        return edit

    def _notice_edit(self, name: str, text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setObjectName(name)
        # Without libthai (Windows) Qt finds no break inside Thai: wrap anywhere rather than
        # run off the edge; the text itself is kept exactly as typed.
        edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        edit.setTabChangesFocus(True)
        lines = edit.fontMetrics().lineSpacing() * NOTICE_LINES
        edit.setMinimumHeight(lines + 2 * edit.frameWidth() + 8)
        return edit

    # --- the logo ------------------------------------------------------------------------
    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the agency's logo"), "",
            self.tr("Images ({patterns})").format(patterns=IMAGE_FILTER),
        )  # fmt: skip
        if path:
            self.use_logo_file(Path(path))

    def use_logo_file(self, path: Path) -> bool:
        """Read the image at ``path`` as the logo (through the service); False, with the
        problem shown, when it cannot be read."""

        def read() -> None:
            self._settings = with_logo(self._settings, path)

        if not stored(self, self.problem_label, read):
            return False
        self.problem_label.hide()
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self._settings = replace(self._settings, logo=None, logo_name="")
        self._show_logo()

    def _show_logo(self) -> None:
        logo = self._settings.logo
        self.remove_button.setEnabled(bool(logo))
        if not logo:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_info.setText("")
            return
        pixmap = QPixmap()
        pixmap.loadFromData(logo, "PNG")
        width, height = LOGO_PREVIEW_SIZE
        self.logo_preview.setPixmap(
            pixmap.scaled(
                width - 8, height - 8, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )  # fmt: skip
        pixels_wide, pixels_high = logo_size(logo)
        self.logo_info.setText(
            self.tr("{name}\n{width} × {height} pixels").format(
                name=self._settings.logo_name, width=pixels_wide, height=pixels_high
            )
        )

    # --- this installation's office -------------------------------------------------------
    def change_office(self) -> OfficeDialog | None:
        """The office's own dialog (opened, not run); saved there, shown here when it is."""
        if self._office is None:
            return None
        self.office_dialog = OfficeDialog(self._office, self)
        self.office_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.office_dialog.accepted.connect(self._show_office)
        self.office_dialog.open()
        return self.office_dialog

    def _show_office(self) -> None:
        if self._office is None:
            return
        code, name = self._office.code(), self._office.name()
        self.office_label.setText(
            f"{code} — {name}" if code else self.tr("Not given yet: bundles cannot be sent")
        )

    # --- saving --------------------------------------------------------------------------
    def settings(self) -> AgencySettings:
        """What the dialog shows now."""
        return replace(
            self._settings,
            name_th=self.name_th_edit.text(),
            name_en=self.name_en_edit.text(),
            privacy_notice_th=self.notice_th_edit.toPlainText(),
            privacy_notice_en=self.notice_en_edit.toPlainText(),
            thai_digits=self.thai_digits_box.isChecked(),
        )

    def save(self) -> None:
        """Store every setting; on a refusal, say what to fix and keep the dialog open."""
        if stored(self, self.problem_label, lambda: self._service.save(self.settings())):
            self.accept()

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.intro.setText(
            self.tr(
                "The agency's name and logo head every page of the reports; the privacy notice "
                "is shown on the forms that collect personal data and printed on paper "
                "questionnaires. They are kept in this database, so every computer that opens it "
                "prints the same."
            )
        )
        texts = [
            self.tr("Agency name (&Thai):"), self.tr("Agency name (&English):"),
            self.tr("&Logo:"), self.tr("&Privacy notice:"),
        ]  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        version = self._settings.privacy_notice_version
        self.notice_version_label.setText(
            self.tr("Version {version} is in force. A changed text is published as version "
                    "{next} when you press OK; the earlier versions are kept.").format(
                version=version, next=version + 1)
            if version is not None
            else self.tr("No version is published yet; the text is published as version 1 when "
                         "you press OK.")
        )  # fmt: skip
        self.notice_tabs.setTabText(0, self.tr("Thai"))
        self.notice_tabs.setTabText(1, self.tr("English"))
        self.notice_th_edit.setPlaceholderText(
            self.tr("Why the answers are collected, how long they are kept, whom to contact")
        )
        self.notice_en_edit.setPlaceholderText(
            self.tr("Why the answers are collected, how long they are kept, whom to contact")
        )
        self.choose_button.setText(self.tr("&Choose…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.logo_preview.setToolTip(
            self.tr("PNG or JPEG; a larger image is scaled down to 600 pixels")
        )
        self.thai_digits_box.setText(self.tr("Print Thai &digits (๐–๙) in Thai reports"))
        self.office_caption.setText(self.tr("This o&ffice:"))
        self.office_button.setText(self.tr("C&hange…"))
        self._show_office()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_logo()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
