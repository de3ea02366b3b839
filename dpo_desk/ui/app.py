"""Starting the GUI: the Qt application, the language, the error hook, the database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from dpo_desk import APP_ID, APP_NAME, __version__, i18n
from dpo_desk.services import attachments
from dpo_desk.ui import soundness
from dpo_desk.ui.errors import configure_logging, install_excepthook
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.open_database import open_database

# Set to a file path, the program proves it started: once its main window is shown it
# writes the window's title there and quits with status 0 (tests of installed builds).
SMOKE_VAR = "DPO_DESK_SMOKE_FILE"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the program's names (used by QSettings)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    return app


def open_window(
    *, db_target: str | None, language: str | None, settings: QSettings | None = None
) -> MainWindow | None:
    """The shown window on the chosen database (None, after saying why, when it cannot be
    opened). The file's check and the daily backup go on beside it (`ui/soundness.py`)."""
    create_application()
    settings = settings if settings is not None else QSettings()
    i18n.install(language or str(settings.value("language", i18n.DEFAULT_LANGUAGE)))
    configure_logging()
    install_excepthook()
    attachments.remove_stale_copies()  # decrypted copies left by a run that did not end
    db = open_database(None, db_target, daily_backup=True, check_later=True)
    if db is None:
        return None
    try:
        window = MainWindow(db, settings)
    except Exception:
        # A damaged file can fail the window's first reads before its check has said it
        # is damaged: then it is opened again the careful way, which says what is wrong
        # and offers the latest good backup.
        db.close()  # once its check has ended
        if db.soundness is None or db.soundness.damage is None:
            raise
        db = open_database(None, db_target, daily_backup=True)
        if db is None:
            return None
        window = MainWindow(db, settings)
    window.show()
    window.soundness = soundness.watch(window)
    return window


def run_gui(*, db_target: str | None, language: str | None) -> int:
    """Open the window on the chosen database and run until it closes."""
    app = create_application()
    window = open_window(db_target=db_target, language=language)
    if window is None:
        return 2
    smoke = os.environ.get(SMOKE_VAR)
    if smoke:
        QTimer.singleShot(0, lambda: _prove_shown(window, Path(smoke)))
    else:
        window.welcome_if_empty()
    try:
        return app.exec()
    finally:
        window.db.close()


def _prove_shown(window: MainWindow, proof: Path) -> None:
    """Write the shown window's title to `proof` and quit (status 1 if it is not shown)."""
    if window.isVisible():
        proof.write_text(window.windowTitle(), encoding="utf-8")
    QApplication.exit(0 if window.isVisible() else 1)
