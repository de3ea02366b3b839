"""Starting the GUI: the Qt application, the language, the error hook, the database."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from dpo_desk import APP_ID, APP_NAME, __version__, i18n
from dpo_desk.db.migrate import DatabaseTooNewError
from dpo_desk.db.session import Database, DatabaseDamagedError
from dpo_desk.ui.errors import configure_logging, install_excepthook
from dpo_desk.ui.main_window import MainWindow


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


def run_gui(*, db_target: str | None, language: str | None) -> int:
    """Open the window on the chosen database and run until it closes."""
    app = create_application()
    settings = QSettings()
    i18n.install(language or str(settings.value("language", i18n.DEFAULT_LANGUAGE)))
    configure_logging()
    install_excepthook()
    try:
        db = Database.open(db_target, daily_backup=True)
    except (DatabaseTooNewError, DatabaseDamagedError) as error:
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate("Domain", str(error)))
        return 2
    window = MainWindow(db, settings)
    window.show()
    window.welcome_if_empty()
    try:
        return app.exec()
    finally:
        window.db.close()
