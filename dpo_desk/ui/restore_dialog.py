"""File → Restore: choose a backup (date and size shown) and replace the database with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.db import backup
from dpo_desk.db.backup import BackupFile
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.ui.table_model import (
    ROW_ROLE,
    RecordFilterProxy,
    RecordTableModel,
    TableColumn,
    make_table_view,
)

REASONS = {  # why a backup was made (db/backup.py make(reason=…))
    "start": QT_TRANSLATE_NOOP("RestoreDialog", "at start"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "before restoring"),
    "before-migration": QT_TRANSLATE_NOOP("RestoreDialog", "before updating the database"),
}
_STAMP_LENGTH = len("20261125-204700-")


def occasion(database: Path, made: BackupFile) -> str:
    """Why the backup was made, in the user's language ('' when the name does not say)."""
    reason = made.path.stem.removeprefix(f"{database.stem}-")[_STAMP_LENGTH:]
    title = REASONS.get(reason)
    return QCoreApplication.translate("RestoreDialog", title) if title else reason


def columns(database: Path) -> list[TableColumn[BackupFile]]:
    """The columns of the backups of `database`."""
    return [
        TableColumn(
            QT_TRANSLATE_NOOP("RestoreDialog", "Made"),
            lambda b: b.made.strftime("%d-%m-%Y %H:%M"),
            sort=lambda b: b.made,
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("RestoreDialog", "Occasion"), lambda b: occasion(database, b)
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("RestoreDialog", "Size"),
            lambda b: f"{b.size / 1024:,.0f} kB".replace(",", "."),
            sort=lambda b: b.size,
            align_right=True,
        ),
    ]


class RestoreDialog(QDialog):
    """Lists the backups of a database; `chosen` is the one to restore."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(560, 400)
        self.chosen: Path | None = None
        self.model: RecordTableModel[BackupFile] = RecordTableModel(
            columns(database), context="RestoreDialog", parent=self
        )
        self.model.set_rows(backup.generations(database))
        proxy = RecordFilterProxy(self)
        proxy.setSourceModel(self.model)
        self.table = make_table_view(proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.resizeColumnsToContents()  # the moment whole, not cut to "01-11-2026 0…"
        if proxy.rowCount():
            self.table.selectRow(0)
        note = QLabel(
            self.tr(
                "The database is replaced by the backup you choose. The current "
                "database is backed up first, so nothing is lost."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(proxy.rowCount() > 0)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)

    @Slot()
    def confirm(self) -> None:
        """Ask before replacing."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        chosen: BackupFile = rows[0].data(ROW_ROLE)
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Replace the database with the backup of %1?").replace(
                "%1", chosen.made.strftime("%d-%m-%Y %H:%M")
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = chosen.path
            self.accept()
