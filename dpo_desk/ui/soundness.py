"""What the window does when the check of its database file, run beside its start,
ends: nothing when the file is sound; the damage said, and its latest good backup
offered, when it is not (the window closes unless a backup is restored); a warning when
the daily backup after it could not be made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QMessageBox

from dpo_desk.db.errors import DatabaseDamagedError
from dpo_desk.i18n import error_text

if TYPE_CHECKING:
    from dpo_desk.db.session import Database
    from dpo_desk.ui.main_window import MainWindow

POLL_MS = 50  # the check answers in a fraction of a second; the backup may take longer


class SoundnessWatch(QObject):
    """Looks, between turns of the event loop, at the check of `window.db` until it ends.

    (A timer in the window's thread, not a callback from the check's thread: the window
    may be gone by the time the check ends.)"""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._db: Database = window.db
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)
        self._timer.start()
        self.outcome: str | None = None  # "sound", "damaged" or "backup failed", when ended

    @Slot()
    def _look(self) -> None:
        check = self._db.soundness
        if check is None or not check.future.done():
            return
        self._timer.stop()
        if self._window.db is not self._db:
            return  # another database was opened meanwhile; this one is closed
        error = check.future.exception()
        if check.damage is not None:
            self.outcome = "damaged"
            self._damaged(check.damage)
        elif error is not None:
            self.outcome = "backup failed"
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("OpenDatabase", "Daily backup"),
                QCoreApplication.translate(
                    "OpenDatabase", "Today's backup of the database could not be made."
                )
                + "\n\n"
                + error_text(error),
            )
        else:
            self.outcome = "sound"

    def _damaged(self, error: Exception) -> None:
        """Close the damaged database; offer its latest good backup, or close the window."""
        from dpo_desk.ui.open_database import offer_latest_backup

        window, db = self._window, self._db
        key = db.key
        window.tabs.stop_reading()
        db.close()
        if isinstance(error, DatabaseDamagedError):
            said = (
                QCoreApplication.translate(
                    "OpenDatabase",
                    "The check of the database %1, made while the window opened, found it "
                    "damaged (%2). It has been closed; nothing was written to it.",
                )
                .replace("%1", str(error.path))
                .replace("%2", error.problem)
            )
            if offer_latest_backup(window, error, key, said) and window.switch_to(
                str(error.path), must_exist=True, passphrase=key
            ):
                return
        else:
            QMessageBox.critical(
                window,
                QCoreApplication.translate("OpenDatabase", "Open database"),
                error_text(error),
            )
        window.close()
        QCoreApplication.exit(2)


def watch(window: MainWindow) -> SoundnessWatch | None:
    """Watch the check of the window's database, if one runs."""
    return SoundnessWatch(window) if window.db.soundness is not None else None
