"""The window's File menu actions on database files: open, create, restore a backup,
change the passphrase (a part of MainWindow, kept here to keep each module short)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dpo_desk.db import cipher
from dpo_desk.db.session import Database

if TYPE_CHECKING:
    from dpo_desk.ui.tasks import BackgroundTask, Work


class DatabaseFiles:
    """MainWindow's actions on the database file; its texts are in MainWindow's
    context."""

    db: Database
    _settings: QSettings

    if TYPE_CHECKING:

        def _build_tabs(self) -> None: ...
        def welcome_if_empty(self) -> None: ...
        def statusBar(self) -> Any: ...
        def _run_job(
            self, label: str, work: Work, done: Callable[[BackgroundTask], object]
        ) -> BackgroundTask: ...

    def open_database(self) -> None:
        """Open another database file."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("MainWindow", "Open database"),
            str(self._start_folder()),
            QCoreApplication.translate(
                "MainWindow", "DPO Desk databases (*.sqlite *.db);;All files (*)"
            ),
        )
        if chosen:
            self.switch_to(chosen, must_exist=True)

    def new_encrypted_database(self) -> None:
        """Create a new database encrypted with a passphrase (SQLCipher) and open it."""
        self.new_database(encrypted=True)

    def new_database(self, *, encrypted: bool = False) -> None:
        """Create a new, empty database file and open it."""
        chosen, _ = QFileDialog.getSaveFileName(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("MainWindow", "New database"),
            str(self._start_folder() / "dpo-desk.sqlite"),
            QCoreApplication.translate("MainWindow", "DPO Desk databases (*.sqlite *.db)"),
        )
        if not chosen:
            return
        if Path(chosen).exists():
            QMessageBox.warning(
                self,  # type: ignore[arg-type]
                QCoreApplication.translate("MainWindow", "New database"),
                QCoreApplication.translate(
                    "MainWindow",
                    "A file of that name exists already. Use File → Open database to open it.",
                ),
            )
            return
        target = f"sqlite+{cipher.DRIVER}:///{Path(chosen).resolve()}" if encrypted else chosen
        self.switch_to(target, must_exist=False)

    def switch_to(self, target: str, *, must_exist: bool, passphrase: str | None = None) -> bool:
        """Close the open database and open `target` in its place."""
        from dpo_desk.ui.open_database import open_database

        try:
            db = open_database(self, target, must_exist=must_exist, passphrase=passphrase)
        except Exception as error:  # noqa: BLE001 - a file that is no database
            QMessageBox.critical(
                self,  # type: ignore[arg-type]
                QCoreApplication.translate("MainWindow", "Open database"),
                QCoreApplication.translate(
                    "MainWindow", "The file could not be opened as a DPO Desk database."
                )
                + f"\n\n{type(error).__name__}",
            )
            return False
        if db is None:
            return False
        self.db.close()
        self.db = db
        self._settings.setValue("database/last", target)
        self._build_tabs()
        self.welcome_if_empty()
        return True

    def restore_backup(self) -> None:
        """Replace the open database with one of its backups, after asking."""
        path = self.db.path
        if path is None:
            QMessageBox.information(
                self,  # type: ignore[arg-type]
                QCoreApplication.translate("MainWindow", "Restore a backup"),
                QCoreApplication.translate(
                    "MainWindow", "A server database is restored with the server's own tools."
                ),
            )
            return
        from dpo_desk.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(path, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        key, chosen = self.db.key, dialog.chosen
        self.db.close()

        def restored(task: BackgroundTask) -> None:
            self.switch_to(str(path), must_exist=True, passphrase=key)
            if task.ok:
                self.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "The backup is restored."), 8000
                )
            else:
                QMessageBox.warning(
                    self, QCoreApplication.translate("MainWindow", "Restore a backup"), task.message
                )

        self._run_job(
            QCoreApplication.translate("MainWindow", "Restoring the backup…"),
            lambda: _jobs().restore(path, chosen, key=key),
            restored,
        )

    def change_passphrase(self) -> None:
        """Encrypt the open database and its backups with a new passphrase."""
        path, old = self.db.path, self.db.key
        if path is None or old is None:
            return
        from dpo_desk.ui.open_database import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(path, current=old, parent=self)
        if not dialog.exec():
            return
        new = dialog.passphrase.text()
        self.db.close()

        def changed(task: BackgroundTask) -> None:
            if not task.ok:  # the old passphrase holds; the error is in the log
                self.switch_to(str(path), must_exist=True, passphrase=old)
                QMessageBox.warning(
                    self,
                    QCoreApplication.translate("MainWindow", "Change the passphrase"),
                    task.message,
                )
                return
            self.switch_to(str(path), must_exist=True, passphrase=new)
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "The passphrase is changed: the database and %1 backups."
                ).replace("%1", str(task.result)),
                8000,
            )

        self._run_job(
            QCoreApplication.translate(
                "MainWindow", "Encrypting the database and its backups again…"
            ),
            lambda: _jobs().change_passphrase(path, old, new),
            changed,
        )

    def _start_folder(self) -> Path:
        return self.db.path.parent if self.db.path else Path.home()


def _jobs():  # type: ignore[no-untyped-def]
    """The slow jobs (imported when one runs: the window starts without them)."""
    from dpo_desk.services import jobs

    return jobs
