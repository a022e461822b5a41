"""File › Receive…: merge a bundle another office sent (``ExchangeService.receive``).

Choosing the file shows its clear header first (from which office, for whom, made when, how
many records), read without the passphrase, so the person can see it is the bundle they expect
before typing the passphrase. The merge runs off the GUI thread, with progress; its summary is
shown in the dialog, with the way to the conflicts left for review.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
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
from vocdesk.services.exchange.bundle_file import BundleHeader
from vocdesk.services.exchange.service import ExchangeService, ReceiveSummary
from vocdesk.ui import layout
from vocdesk.ui.errors import error_text, show_error
from vocdesk.ui.exchange.common import (
    bundle_filter,
    count_text,
    file_row,
    moment_text,
    passphrase_edit,
    problem_label,
)
from vocdesk.ui.i18n import counted
from vocdesk.ui.tasks import Progress, TaskRunner
from vocdesk.ui.widgets.thai_wrap import WrappingLabel


class ReceiveDialog(QDialog):
    """``ReceiveDialog(exchange, tasks, parent)``; ``received`` carries the summary and
    ``review_conflicts`` asks the window for the conflicts' review."""

    received = Signal(object)  # ReceiveSummary
    review_conflicts = Signal()

    def __init__(
        self, exchange: ExchangeService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receive_bundle_dialog")
        self.setMinimumWidth(layout.DIALOG_MIN_WIDTH + 160)
        self._exchange = exchange
        self._tasks = tasks
        self.header: BundleHeader | None = None
        self.summary: ReceiveSummary | None = None
        self.intro = WrappingLabel("", self)
        self.intro.setObjectName("intro")
        self.file_edit, self.choose_button, file_line = file_row(self, "bundle_file")
        self.file_edit.setReadOnly(True)
        self.choose_button.clicked.connect(self.choose_file)
        self.header_label = WrappingLabel("", self)
        self.header_label.setObjectName("bundle_header")
        self.header_label.hide()
        self.passphrase_edit = passphrase_edit(self, "passphrase")
        self.passphrase_edit.setEnabled(False)
        self.passphrase_edit.returnPressed.connect(self.receive)
        self.problem_label = problem_label(self)
        self.summary_label = WrappingLabel("", self)
        self.summary_label.setObjectName("summary")
        self.summary_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.receive_button = QPushButton(self)
        self.receive_button.setObjectName("receive")
        self.receive_button.setEnabled(False)
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setObjectName("review_conflicts")
        self.conflicts_button.hide()
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        self.buttons.addButton(self.receive_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.conflicts_button.hide()  # adding it to the box showed it: shown after a merge
        self.receive_button.clicked.connect(self.receive)
        self.conflicts_button.clicked.connect(self._review)
        self.close_button.clicked.connect(self.reject)

        self.labels = [QLabel(self), QLabel(self)]
        form = QFormLayout()
        form.setSpacing(layout.FORM_SPACING)
        form.addRow(self.labels[0], file_line)
        form.addRow("", self.header_label)
        form.addRow(self.labels[1], self.passphrase_edit)
        self.labels[0].setBuddy(self.choose_button)
        self.labels[1].setBuddy(self.passphrase_edit)
        box = QVBoxLayout(self)
        box.setContentsMargins(*(layout.DIALOG_MARGIN,) * 4)
        box.setSpacing(layout.SPACING)
        box.addWidget(self.intro)
        box.addLayout(form)
        box.addWidget(self.problem_label)
        box.addWidget(self.summary_label)
        box.addStretch(1)
        box.addWidget(self.buttons)
        self.retranslate()

    # --- the file and its header ---------------------------------------------------------
    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Receive a bundle"), self.file_edit.text(), bundle_filter()
        )
        if name:
            self.use_file(Path(name))

    def use_file(self, path: Path) -> None:
        """Read the bundle's header (in the background: its checksum reads the whole file)."""
        self.file_edit.setText(str(path))
        self.header = None
        self.header_label.hide()
        self.problem_label.hide()
        self.passphrase_edit.setEnabled(False)
        self.receive_button.setEnabled(False)
        exchange = self._exchange
        self._tasks.run(
            lambda _progress: exchange.describe(path),
            on_done=self._show_header,
            on_error=self._failed,
            title=self.tr("Reading the bundle…"),
            parent_widget=self,
            receiver=self,
        )

    def _show_header(self, header: BundleHeader) -> None:
        self.header = header
        self.header_label.setText(self.header_text(header))
        self.header_label.show()
        self.passphrase_edit.setEnabled(True)
        self.receive_button.setEnabled(True)
        self.passphrase_edit.setFocus()

    def header_text(self, header: BundleHeader) -> str:
        sender = header.from_office + (
            f" — {header.from_office_name}" if header.from_office_name else ""
        )
        records = sum(header.counts.values())
        lines = [
            self.tr("From: {office}").format(office=sender),
            self.tr("For: {office}").format(office=header.to_office or self.tr("any office")),
            self.tr("Made: {moment} (bundle no. {sequence})").format(
                moment=moment_text(header.made_at), sequence=header.sequence
            ),
            self.tr("Holds: everything the office had")
            if header.since is None
            else self.tr("Holds: what changed there since {moment}").format(
                moment=moment_text(header.since)
            ),
            counted(self.tr("%Ln record(s) and deletion(s)", "", records), records),
        ]
        return "\n".join(lines)

    # --- receiving -----------------------------------------------------------------------
    def receive(self) -> None:
        if self.header is None or not self.receive_button.isEnabled():
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.problem_label.setText(self.tr("Type the passphrase the two offices agreed on."))
            self.problem_label.show()
            return
        self.problem_label.hide()
        path, exchange = Path(self.file_edit.text()), self._exchange

        def work(progress: Progress) -> ReceiveSummary:
            def report(done: int, total: int) -> None:
                progress.raise_if_cancelled()
                progress.report(done, total)

            return exchange.receive(path, passphrase, progress=report)

        self.receive_button.setEnabled(False)
        self._tasks.run(
            work,
            on_done=self._received,
            on_error=self._failed,
            on_cancelled=lambda: self.receive_button.setEnabled(True),
            title=self.tr("Receiving the bundle…"),
            parent_widget=self,
            receiver=self,
        )

    def _failed(self, error: BaseException) -> None:
        self.receive_button.setEnabled(self.header is not None)
        if isinstance(error, UserError):
            self.problem_label.setText(error_text(error))
            self.problem_label.show()
        else:
            show_error(self, error)

    def _received(self, summary: ReceiveSummary) -> None:
        self.summary = summary
        self.passphrase_edit.clear()
        self.passphrase_edit.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.summary_label.setText(self.summary_text(summary))
        self.summary_label.show()
        self.receive_button.hide()
        self.conflicts_button.setVisible(summary.conflicts > 0)
        self.close_button.setText(self.tr("Close"))
        self.received.emit(summary)

    def summary_text(self, summary: ReceiveSummary) -> str:
        if summary.already_received:
            return self.tr(
                "This bundle (no. {sequence} from {office}) was received before: nothing changed."
            ).format(sequence=summary.sequence, office=summary.from_office)
        text = self.tr(
            "Received bundle no. {sequence} from {office}: {inserted} added, {updated} updated, "
            "{deleted} deleted, {unchanged} already the same here."
        ).format(
            sequence=summary.sequence, office=summary.from_office,
            inserted=count_text(summary.inserted), updated=count_text(summary.updated),
            deleted=count_text(summary.deleted), unchanged=count_text(summary.unchanged),
        )  # fmt: skip
        if summary.skipped:
            text += " " + counted(self.tr(
                "%Ln record(s) kept as they are here (anonymised here, or deleted or changed "
                "here after the other office's change).", "", summary.skipped), summary.skipped)  # fmt: skip
        if summary.conflicts:
            text += " " + counted(self.tr(
                "%Ln field(s) were changed in both offices: the newer change was kept, the "
                "other is left for review.", "", summary.conflicts), summary.conflicts)  # fmt: skip
        return text

    def _review(self) -> None:
        self.review_conflicts.emit()
        self.accept()

    # --- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receive from another office"))
        self.intro.setText(
            self.tr(
                "Choose the bundle another office sent. What it says about itself is shown "
                "first; then type the passphrase the two offices agreed on. Nothing is changed "
                "unless the whole bundle is read and merged; the same bundle twice changes "
                "nothing."
            )
        )
        self.labels[0].setText(self.tr("&File:"))
        self.labels[1].setText(self.tr("&Passphrase:"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.receive_button.setText(self.tr("&Receive"))
        self.conflicts_button.setText(self.tr("Review &conflicts…"))
        self.close_button.setText(self.tr("Close") if self.summary else self.tr("Cancel"))
        if self.header is not None:
            self.header_label.setText(self.header_text(self.header))
        if self.summary is not None:
            self.summary_label.setText(self.summary_text(self.summary))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
