"""Opening a database from the window: the passphrase of an encrypted one, and the
latest good backup offered when the file is damaged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.db import backup, cipher
from dpo_desk.db.migrate import DatabaseTooNewError
from dpo_desk.db.session import (
    Database,
    DatabaseDamagedError,
    DatabaseMissingError,
    DiskFailureError,
    PathError,
)
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.i18n import error_text

# The dialogs' field messages and the restore job are imported when a dialog is shown: a
# database that opens at once needs neither.


def _lay_out(dialog: QDialog, intro: QLabel, form: QFormLayout, check: Any) -> None:
    """A passphrase dialog's layout: the text, the fields, OK (which runs `check`) and
    Cancel; as high as its wrapped text needs."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(check)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(buttons)
    _fit(dialog, 480)


def _fit(dialog: QDialog, width: int) -> None:
    """As high as the wrapped text and the shown messages need at `width`."""
    dialog.resize(width, dialog.heightForWidth(width) if dialog.hasHeightForWidth() else 0)


MSG_NOT_CURRENT = QT_TRANSLATE_NOOP("Domain", "This is not the passphrase of the open database.")


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted database; a new one is typed twice."""

    def __init__(
        self, path: Path, *, new: bool, message: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Encrypted database"))
        intro = QLabel(
            self.tr(
                "Choose a passphrase for the new encrypted database %1. Without it the "
                "data cannot be read by anyone: keep it somewhere safe, away from this computer."
            )
            if new
            else self.tr("The database %1 is encrypted. Type its passphrase.")
        )
        intro.setText(intro.text().replace("%1", path.name))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        from dpo_desk.ui.form import FieldMessages

        self.messages = FieldMessages()
        form = QFormLayout()
        self.messages.add_row(form, self.tr("Passphrase"), "passphrase", self.passphrase)
        if new:
            self.messages.add_row(form, self.tr("Repeat it"), "repeated", self.repeated)
        else:
            self.repeated.hide()
        if message:
            self.messages.show({"passphrase": message})
        _lay_out(self, intro, form, self.check)

    @Slot()
    def check(self) -> None:
        """A new passphrase must be long enough and typed the same twice."""
        if self.new:
            problem = cipher.passphrase_problem(self.passphrase.text(), self.repeated.text())
            if problem is not None:
                field = "repeated" if problem == cipher.MSG_MISMATCH else "passphrase"
                self.messages.show({field: problem})
                _fit(self, self.width())
                return
        elif not self.passphrase.text():
            return
        self.accept()


class ChangePassphraseDialog(QDialog):
    """Asks for the current passphrase of the open database and a new one, twice."""

    def __init__(self, path: Path, *, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self.setWindowTitle(self.tr("Change the passphrase"))
        intro = QLabel(
            self.tr(
                "The database %1 and its backups are encrypted again with the new "
                "passphrase. Without it the data cannot be read by anyone: keep it "
                "somewhere safe, away from this computer."
            ).replace("%1", path.name)
        )
        intro.setWordWrap(True)
        self.current = QLineEdit()
        self.passphrase = QLineEdit()
        self.repeated = QLineEdit()
        from dpo_desk.ui.form import FieldMessages

        self.messages = FieldMessages()
        form = QFormLayout()
        for name, label, edit in (
            ("current", self.tr("Current passphrase"), self.current),
            ("passphrase", self.tr("New passphrase"), self.passphrase),
            ("repeated", self.tr("Repeat the new one"), self.repeated),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.messages.add_row(form, label, name, edit)
        _lay_out(self, intro, form, self.check)

    @Slot()
    def check(self) -> None:
        """The current passphrase must be right; the new one long enough, typed twice."""
        if self.current.text() != self._current:
            self.messages.show({"current": MSG_NOT_CURRENT})
            _fit(self, self.width())
            return
        problem = cipher.passphrase_problem(self.passphrase.text(), self.repeated.text())
        if problem is not None:
            field = "repeated" if problem == cipher.MSG_MISMATCH else "passphrase"
            self.messages.show({field: problem})
            _fit(self, self.width())
            return
        self.accept()


def ask_passphrase(parent: QWidget | None, path: Path, *, new: bool, message: str = "") -> Any:
    """The passphrase typed, or None when the user cancels."""
    dialog = PassphraseDialog(path, new=new, message=message, parent=parent)
    return dialog.passphrase.text() if dialog.exec() else None


def offer_latest_backup(
    parent: QWidget | None, error: DatabaseDamagedError, key: str | None, said: str = ""
) -> bool:
    """Say what is wrong with a damaged database (`said`, else the error's own words) and
    offer its latest good backup. True when that backup was restored (the damaged file
    is kept beside the backups)."""
    title = QCoreApplication.translate("OpenDatabase", "Damaged database")
    said = said or error_text(error)
    good = backup.latest_good(error.path, key=key)
    if good is None:
        QMessageBox.critical(
            parent,
            title,
            said
            + "\n\n"
            + QCoreApplication.translate(
                "OpenDatabase", "There is no good backup of it to restore."
            ),
        )
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, title, said, parent=parent)
    box.setInformativeText(
        QCoreApplication.translate(
            "OpenDatabase",
            "The latest good backup is from %1. Restore it? The damaged file is kept "
            "in the backups folder.",
        ).replace("%1", good.made.strftime("%d-%m-%Y %H:%M"))
    )
    restore = box.addButton(
        QCoreApplication.translate("OpenDatabase", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    from dpo_desk.services import jobs
    from dpo_desk.ui.tasks import run_and_wait

    task = run_and_wait(
        parent,
        QCoreApplication.translate("OpenDatabase", "Restoring the backup…"),
        lambda: jobs.restore(error.path, good.path, key=key),
    )
    if not task.ok:
        QMessageBox.critical(parent, title, task.message)
    return bool(task.ok)


def open_database(
    parent: QWidget | None,
    target: str | None,
    *,
    must_exist: bool = False,
    daily_backup: bool = False,
    passphrase: str | None = None,
    check_later: bool = False,
) -> Database | None:
    """Open `target`, asking for a passphrase when it is encrypted and offering the latest
    good backup when it is damaged. None (after telling the user why) when it is not
    opened."""
    title = QCoreApplication.translate("OpenDatabase", "Open database")
    message = ""
    while True:
        try:
            return Database.open(
                target,
                must_exist=must_exist,
                daily_backup=daily_backup,
                passphrase=passphrase,
                check_later=check_later,
            )
        except cipher.PassphraseRequiredError as error:
            passphrase = ask_passphrase(parent, error.path, new=error.new, message=message)
            if passphrase is None:
                return None
        except cipher.WrongPassphraseError as error:
            message = error.message
            passphrase = ask_passphrase(parent, error.path, new=False, message=message)
            if passphrase is None:
                return None
        except DatabaseDamagedError as error:
            if not offer_latest_backup(parent, error, passphrase):
                return None
        except (
            DatabaseTooNewError,
            DatabaseMissingError,
            PathError,
            DiskFailureError,
            cipher.EncryptionUnavailableError,
            cipher.NotEncryptedError,
        ) as error:
            QMessageBox.critical(parent, title, error_text(error))
            return None
