"""File › Backups…: the automatic copies of the open database with their dates and sizes, and
restoring one (or another file); and the offer of the latest copy when a file will not open.

The copies and the restore are ``vocdesk.services.backups``'; a restore runs on the window's
TaskRunner and the window then opens the restored file again (``MainWindow.restore_from``).
Given the open database's ``BackupsService``, an administrator also sets the schedule of the
automatic copies there (off, daily, weekly) and how many daily, weekly and monthly copies are
kept; everyone reads them in the text at the top.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocdesk.domain.messages import QT_TRANSLATE_NOOP, UserError
from vocdesk.domain.thai_dates import format_datetime
from vocdesk.services.backup_policy import KEEP_LIMITS, BackupPolicy
from vocdesk.services.backups import (
    BackupFile,
    BackupsService,
    backup_policy_of,
    backups_folder,
    latest_backup,
    list_backups,
)
from vocdesk.ui.errors import show_error
from vocdesk.ui.i18n import current_language
from vocdesk.ui.widgets.choices import select_data
from vocdesk.ui.widgets.forms import form_label, make_form
from vocdesk.ui.widgets.thai_wrap import WrappingLabel

REASON_LABELS = {
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "daily (first start of the day)"),
    "weekly": QT_TRANSLATE_NOOP("BackupsDialog", "weekly (first start after seven days)"),
    "exit": QT_TRANSLATE_NOOP("BackupsDialog", "when the window closed"),
    "import": QT_TRANSLATE_NOOP("BackupsDialog", "before an import"),
    "restore": QT_TRANSLATE_NOOP("BackupsDialog", "before a restore"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "by hand"),
}


SCHEDULE_LABELS = {
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "Daily"),
    "weekly": QT_TRANSLATE_NOOP("BackupsDialog", "Weekly"),
    "off": QT_TRANSLATE_NOOP("BackupsDialog", "Off"),
}
SCHEDULE_WHEN = {
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "once a day at the first start of the day"),
    "weekly": QT_TRANSLATE_NOOP(
        "BackupsDialog", "once a week, at the first start seven days after the latest copy"
    ),
    "off": QT_TRANSLATE_NOOP("BackupsDialog", "not on a schedule (turned off)"),
}


def size_text(size: int) -> str:
    return f"{size / 1e6:,.1f} MB" if size >= 100_000 else f"{size / 1e3:,.0f} KB"


def taken_text(backup: BackupFile) -> str:
    return format_datetime(backup.taken, current_language(), "long")


class BackupsDialog(QDialog):
    """The copies of ``database``, newest first; Restore asks ``restore_requested`` to put the
    selected copy (or a file chosen on disk) back. ``may_restore`` False (the person signed in
    lacks ``Permission.MANAGE_BACKUPS``; ``BackupsService.restore`` would refuse anyway) leaves
    the list to read and the Restore buttons disabled."""

    restore_requested = Signal(Path)

    def __init__(
        self,
        database: Path,
        parent: QWidget | None = None,
        *,
        may_restore: bool = True,
        backups: BackupsService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self._database = database
        self._backups = backups
        manages = backups.may_manage() if backups is not None else may_restore
        self._may_restore = may_restore and manages
        self.setWindowTitle(self.tr("Backups of the database"))
        self.resize(720, 540)
        layout = QVBoxLayout(self)
        self.intro = WrappingLabel("", self)
        layout.addWidget(self.intro)
        # The schedule, for whoever may manage backups (BackupsService.set_policy).
        self.schedule_box = ScheduleBox(self)
        self.schedule_box.setVisible(backups is not None and manages)
        self.schedule_box.save_button.clicked.connect(self.save_schedule)
        layout.addWidget(self.schedule_box)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("There is no automatic copy of this database yet."))
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore this copy…"), self)
        self.restore_button.setObjectName("restore_selected")
        self.other_button = QPushButton(self.tr("Restore from another file…"), self)
        self.other_button.setObjectName("restore_other")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self._restore_other)
        self.table.itemSelectionChanged.connect(self._enable)
        self.other_button.setEnabled(self._may_restore)
        if not self._may_restore:
            for button in (self.restore_button, self.other_button):
                button.setToolTip(self.tr("Only an administrator may restore a backup."))
        layout.addWidget(buttons)
        self.backups: list[BackupFile] = []
        self.reload()

    def policy(self) -> BackupPolicy:
        """The schedule as kept in the database (read through the service when given)."""
        if self._backups is not None:
            try:
                return self._backups.policy()
            except UserError:
                pass
        return backup_policy_of(self._database)

    def _show_policy(self) -> None:
        policy = self.policy()
        when = QCoreApplication.translate("BackupsDialog", SCHEDULE_WHEN[policy.schedule])
        self.intro.setText(
            self.tr(
                "VocDesk copies this database by itself: {when}; and when the window closes, "
                "before every import and before a restore. It keeps the newest copy of each "
                "day, week and month, for the latest days: {daily}, weeks: {weekly}, months: "
                "{monthly}. The copies are in {folder}."
            ).format(
                when=when,
                daily=policy.keep_daily,
                weekly=policy.keep_weekly,
                monthly=policy.keep_monthly,
                folder=str(backups_folder(self._database)),
            )  # fmt: skip
        )
        self.schedule_box.show_policy(policy)

    def save_schedule(self) -> bool:
        """Keep the schedule and counts chosen (administrators); a refusal is said."""
        if self._backups is None:
            return False
        try:
            self._backups.set_policy(self.schedule_box.chosen())
        except UserError as error:
            show_error(self, error)
            return False
        self._show_policy()
        self.schedule_box.saved_label.setText(self.tr("The schedule was saved."))
        return True

    def reload(self) -> None:
        self._show_policy()
        self.backups = list_backups(self._database)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            reason = REASON_LABELS.get(backup.reason, backup.reason)
            for column, text in enumerate([
                taken_text(backup), QCoreApplication.translate("BackupsDialog", reason),
                size_text(backup.size),
            ]):  # fmt: skip
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.backups)
        if self.backups:
            self.table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setEnabled(self._may_restore and bool(self.table.selectedItems()))

    def selected(self) -> BackupFile | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.backups[min(rows)] if rows else None

    def _restore_selected(self) -> None:
        backup = self.selected()
        if backup is not None and confirm_restore(self, backup.path, taken_text(backup)):
            self.restore_requested.emit(backup.path)
            self.accept()

    def _restore_other(self) -> None:
        path = choose_restore_file(self, self._database)
        if path is not None and confirm_restore(self, path, str(path)):
            self.restore_requested.emit(path)
            self.accept()


class ScheduleBox(QGroupBox):
    """The automatic copies' schedule and kept counts, with Save (``BackupsDialog``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_schedule")
        self.setTitle(self.tr("Automatic copies"))
        form = make_form(self)
        self.schedule = QComboBox(self)
        self.schedule.setObjectName("backup_schedule_choice")
        for key in ("daily", "weekly", "off"):
            self.schedule.addItem(
                QCoreApplication.translate("BackupsDialog", SCHEDULE_LABELS[key]), key
            )
        form.addRow(form_label(self.tr("Copy on a schedule")), self.schedule)
        self.keep: dict[str, QSpinBox] = {}
        labels = {
            "keep_daily": self.tr("Days to keep a copy of"),
            "keep_weekly": self.tr("Weeks to keep a copy of"),
            "keep_monthly": self.tr("Months to keep a copy of"),
        }
        for name, (least, most) in KEEP_LIMITS.items():
            spin = QSpinBox(self)
            spin.setObjectName(f"backup_{name}")
            spin.setRange(least, most)
            self.keep[name] = spin
            form.addRow(form_label(labels[name]), spin)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the schedule"), self)
        self.save_button.setObjectName("save_backup_schedule")
        self.saved_label = QLabel("", self)
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        form.addRow(row)
        self.schedule.currentIndexChanged.connect(lambda _i: self.saved_label.clear())
        for spin in self.keep.values():
            spin.valueChanged.connect(lambda _v: self.saved_label.clear())

    def show_policy(self, policy: BackupPolicy) -> None:
        select_data(self.schedule, policy.schedule)
        for name, spin in self.keep.items():
            spin.setValue(getattr(policy, name))

    def chosen(self) -> BackupPolicy:
        return BackupPolicy(str(self.schedule.currentData()),
                            **{name: spin.value() for name, spin in self.keep.items()})  # fmt: skip


def choose_restore_file(parent: QWidget | None, database: Path) -> Path | None:
    """Ask for the copy to restore, starting in the database's backups folder."""
    folder = backups_folder(database)
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("BackupsDialog", "Restore the database from"),
        str(folder if folder.is_dir() else database.parent),
        ";;".join([
            QCoreApplication.translate("BackupsDialog", "VocDesk databases (*.sqlite *.db *.bak)"),
            QCoreApplication.translate("BackupsDialog", "All files (*)"),
        ]),
    )  # fmt: skip
    return Path(name) if name else None


def confirm_restore(parent: QWidget | None, source: Path, which: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BackupsDialog", "Restore the database"),
        QCoreApplication.translate(
            "BackupsDialog",
            "Replace the open database by the copy {which}? The copy is checked first; the "
            "database as it is now is kept in the backups folder.",
        ).format(which=which),
    )
    return answer == QMessageBox.StandardButton.Yes


def offer_latest_backup(parent: QWidget | None, database: Path) -> Path | None:
    """For a database that will not open: the latest copy, if there is one and the user wants
    it restored; None otherwise."""
    latest = latest_backup(database)
    if latest is None:
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BackupsDialog", "Restore the latest backup?"),
        QCoreApplication.translate(
            "BackupsDialog",
            "The database {path} could not be opened. Restore its latest backup, taken "
            "{taken}? The file as it is now is kept in the backups folder.",
        ).format(path=str(database), taken=taken_text(latest)),
    )
    return latest.path if answer == QMessageBox.StandardButton.Yes else None
