"""File › Send…: a bundle of what changed here for another office (``ExchangeService.send``).

The office is chosen among those exchanged with before (``sync_peer``) or typed; the bundle
holds what changed since the last one sent there, or everything when ticked (and always for an
office never sent to). The passphrase, typed twice, is the one the two offices agreed on. The
bundle is written off the GUI thread, with progress; the summary is shown in the dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import UserError
from vocdesk.services.exchange.service import ExchangeService, SendSummary
from vocdesk.ui import layout
from vocdesk.ui.errors import error_text, show_error
from vocdesk.ui.exchange.common import (
    BUNDLE_SUFFIX,
    bundle_filter,
    count_text,
    file_row,
    passphrase_edit,
    problem_label,
)
from vocdesk.ui.i18n import counted
from vocdesk.ui.tasks import Progress, TaskRunner
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

OFFICE_SEPARATOR = " — "


class SendDialog(QDialog):
    """``SendDialog(exchange, own_code, tasks, parent)``; ``sent`` carries the summary."""

    sent = Signal(object)  # SendSummary

    def __init__(
        self,
        exchange: ExchangeService,
        own_code: str,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("send_bundle_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 160)
        self._exchange = exchange
        self._own = own_code
        self._tasks = tasks
        self.summary: SendSummary | None = None
        self.intro = WrappingLabel("", self)
        self.intro.setObjectName("intro")
        self.office_box = QComboBox(self)
        self.office_box.setObjectName("to_office")
        self.office_box.setEditable(True)
        self.office_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for peer in exchange.peers():
            shown = peer.office_code + (
                f"{OFFICE_SEPARATOR}{peer.office_name}" if peer.office_name else ""
            )
            self.office_box.addItem(shown, peer.office_code)
        self.office_box.setCurrentIndex(-1)
        self.office_box.setEditText("")
        self.office_box.currentTextChanged.connect(self._suggest_file)
        self.everything_box = QCheckBox(self)
        self.everything_box.setObjectName("everything")
        self.file_edit, self.choose_button, file_line = file_row(self, "bundle_file")
        self.choose_button.clicked.connect(self.choose_file)
        # A name the user typed stays; one suggested follows the office chosen.
        self.file_edit.textEdited.connect(lambda _t: self.file_edit.setProperty("suggested", False))
        self.passphrase_edit = passphrase_edit(self, "passphrase")
        self.repeat_edit = passphrase_edit(self, "passphrase_again")
        self.problem_label = problem_label(self)
        self.summary_label = WrappingLabel("", self)
        self.summary_label.setObjectName("summary")
        self.summary_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("send")
        self.send_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)

        self.labels = [QLabel(self) for _ in range(4)]
        self.form = QFormLayout()
        self.form.setSpacing(layout.FORM_SPACING)
        self.form.addRow(self.labels[0], self.office_box)
        self.form.addRow("", self.everything_box)
        self.form.addRow(self.labels[1], file_line)
        self.form.addRow(self.labels[2], self.passphrase_edit)
        self.form.addRow(self.labels[3], self.repeat_edit)
        for label, buddy in zip(
            self.labels, [self.office_box, self.file_edit, self.passphrase_edit, self.repeat_edit],
            strict=True,
        ):  # fmt: skip
            label.setBuddy(buddy)
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.setSpacing(layout.SPACING)
        box.addWidget(self.intro)
        box.addLayout(self.form)
        box.addWidget(self.problem_label)
        box.addWidget(self.summary_label)
        box.addStretch(1)
        box.addWidget(self.buttons)
        self.retranslate()
        self._suggest_file()

    # --- the office and the file ---------------------------------------------------------
    def to_office(self) -> str:
        """The chosen office's code ("" : none named)."""
        index = self.office_box.currentIndex()
        text = self.office_box.currentText().strip()
        if index >= 0 and text == self.office_box.itemText(index):
            return str(self.office_box.itemData(index))
        return text.split(OFFICE_SEPARATOR, 1)[0].strip().upper()

    def _default_folder(self) -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def _suggest_file(self, _text: str = "") -> None:
        """A file name that says from whom, to whom and when, while the user typed none."""
        current = self.file_edit.text().strip()
        if current and not self.file_edit.property("suggested"):
            return
        folder = Path(current).parent if current else self._default_folder()
        to = self.to_office() or "ALL"
        name = f"{self._own or 'VOCDESK'}-to-{to}-{date.today():%Y%m%d}{BUNDLE_SUFFIX}"
        self.file_edit.setText(str(folder / name))
        self.file_edit.setProperty("suggested", True)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Send a bundle to"), self.file_edit.text(), bundle_filter()
        )
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(BUNDLE_SUFFIX)
            self.file_edit.setText(str(path))
            self.file_edit.setProperty("suggested", False)

    # --- sending -------------------------------------------------------------------------
    def _refuse(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()

    def send(self) -> None:
        """Check what was given, then write the bundle in the background."""
        self.problem_label.hide()
        path_text = self.file_edit.text().strip()
        if not path_text:
            self._refuse(self.tr("Choose the file to write the bundle to."))
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self._refuse(self.tr("Type the passphrase the two offices agreed on."))
            return
        if passphrase != self.repeat_edit.text():
            self._refuse(self.tr("The two passphrases differ: type the same one twice."))
            return
        path = Path(path_text).expanduser()
        if not path.suffix:
            path = path.with_suffix(BUNDLE_SUFFIX)
        exchange, to_office, everything = (
            self._exchange,
            self.to_office(),
            self.everything_box.isChecked(),
        )

        def work(progress: Progress) -> SendSummary:
            def report(done: int, total: int) -> None:
                progress.raise_if_cancelled()
                progress.report(done, total)

            return exchange.send(
                path, passphrase, to_office=to_office, everything=everything, progress=report
            )

        self.send_button.setEnabled(False)
        self._tasks.run(
            work,
            on_done=self._sent,
            on_error=self._failed,
            on_cancelled=lambda: self.send_button.setEnabled(True),
            title=self.tr("Writing the bundle…"),
            parent_widget=self,
            receiver=self,
        )

    def _failed(self, error: BaseException) -> None:
        self.send_button.setEnabled(True)
        if isinstance(error, UserError):
            self._refuse(error_text(error))
        else:
            show_error(self, error)

    def _sent(self, summary: SendSummary) -> None:
        self.summary = summary
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.summary_label.setText(self.summary_text(summary))
        self.summary_label.show()
        self.send_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.sent.emit(summary)

    def summary_text(self, summary: SendSummary) -> str:
        records = counted(self.tr("%Ln record(s)", "", summary.records), summary.records)
        office = summary.to_office or self.tr("any office")
        scope = (
            self.tr("everything this office holds")
            if summary.since is None
            else self.tr("what changed since the last bundle to {office}").format(office=office)
        )
        megabytes = summary.size / 1_000_000
        return self.tr(
            "Bundle no. {sequence} for {office} written: {records} ({scope}), "
            "{attachments} attachment file(s), {size} MB, in {path}. Take it to the other "
            "office and give them the passphrase another way (not with the file)."
        ).format(
            sequence=summary.sequence, office=office, records=records, scope=scope,
            attachments=count_text(summary.attachments), size=f"{megabytes:.1f}",
            path=str(summary.path),
        )  # fmt: skip

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send to another office"))
        self.intro.setText(
            self.tr(
                "A bundle carries what changed in this office since the last bundle to the "
                "other office (every area, attachments and deletions), encrypted under a "
                "passphrase the two offices agreed on. Take it on a USB stick or send it by "
                "e-mail; the other office receives it with File › Receive…."
            )
        )
        texts = [self.tr("To &office:"), self.tr("&File:"), self.tr("&Passphrase:"),
                 self.tr("&Again:")]  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        typed = self.office_box.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(
                self.tr("an office's code, e.g. BKK (empty: any office, everything)")
            )
        self.everything_box.setText(
            self.tr("Send &everything, not only what changed since the last bundle")
        )
        self.choose_button.setText(self.tr("&Choose…"))
        self.passphrase_edit.setPlaceholderText(self.tr("at least 10 characters"))
        self.send_button.setText(self.tr("&Send"))
        self.close_button.setText(self.tr("Close") if self.summary else self.tr("Cancel"))
        if self.summary is not None:
            self.summary_label.setText(self.summary_text(self.summary))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
