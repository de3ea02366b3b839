"""The main window: a tab per register, the menus, and which database is open."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from dpo_desk import APP_NAME, __version__, i18n
from dpo_desk.db import cipher
from dpo_desk.db.session import Database
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.services import jobs, organisation
from dpo_desk.services.registry import REGISTERS
from dpo_desk.ui import remarks_dialog
from dpo_desk.ui.export_dialog import ExportDialog
from dpo_desk.ui.open_database import ChangePassphraseDialog, open_database
from dpo_desk.ui.restore_dialog import RestoreDialog
from dpo_desk.ui.settings_dialog import SettingsDialog
from dpo_desk.ui.tasks import BackgroundTask, Work, run_in_background
from dpo_desk.ui.welcome_dialog import WelcomeChoice, WelcomeDialog

TabFactory = Callable[[Database, QWidget], QWidget]


def tab_factory(path: str) -> TabFactory:
    """The tab class a register names in the registry ("module:Class")."""
    module, name = path.split(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


class MainWindow(QMainWindow):
    """DPO Desk's window on one database."""

    job: BackgroundTask | None = None  # the slow job running or last run

    def __init__(self, db: Database, settings: QSettings) -> None:
        super().__init__()
        self.db = db
        self._settings = settings
        self.setWindowTitle(APP_NAME)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.database_label = QLabel()
        self.clock_label = QLabel()
        self.statusBar().addPermanentWidget(self.clock_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._build_tabs()
        self._restore_geometry()
        self.tabs.setCurrentIndex(int(self._settings.value("window/tab", 0) or 0))
        self.tabs.currentChanged.connect(self._remember_tab)

    @property
    def settings(self) -> QSettings:
        """The program's settings, which dialogs opened from the window use too."""
        return self._settings

    # -- building ------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The menus; their texts are English sources that `_retranslate` translates."""
        self._texts: list[tuple[QAction | QMenu, str]] = []
        file_menu = self._menu(self.menuBar(), QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self.open_action = self._action(
            file_menu,
            QT_TRANSLATE_NOOP("MainWindow", "&Open database…"),
            self.open_database,
            QKeySequence.StandardKey.Open,
        )
        self.new_action = self._action(
            # Ctrl+N is "new record" in the current tab (RecordTab.bind_keys).
            file_menu,
            QT_TRANSLATE_NOOP("MainWindow", "&New database…"),
            self.new_database,
            QKeySequence("Ctrl+Shift+N"),
        )
        self.new_encrypted_action = self._action(
            file_menu,
            QT_TRANSLATE_NOOP("MainWindow", "New encr&ypted database…"),
            self.new_encrypted_database,
        )
        self.new_encrypted_action.setEnabled(cipher.available())
        self.restore_action = self._action(
            file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Restore a backup…"), self.restore_backup
        )
        self.passphrase_action = self._action(
            file_menu,
            QT_TRANSLATE_NOOP("MainWindow", "Change the &passphrase…"),
            self.change_passphrase,
        )
        file_menu.addSeparator()
        self.export_action = self._action(
            file_menu,
            QT_TRANSLATE_NOOP("MainWindow", "&Export…"),
            self.export,
            QKeySequence("Ctrl+E"),
        )
        self.remarks_action = self._action(
            file_menu, QT_TRANSLATE_NOOP("MainWindow", "The DPO's &annual remarks…"),
            self.edit_remarks,
        )
        file_menu.addSeparator()
        self.settings_action = self._action(
            file_menu,
            QT_TRANSLATE_NOOP("MainWindow", "Organisation &settings…"),
            self.edit_settings,
            QKeySequence("Ctrl+,"),
        )
        self.erase_action = self._action(
            file_menu,
            QT_TRANSLATE_NOOP("MainWindow", "Erase or anonymise what is &due…"),
            self.erase_due,
        )
        language_menu = self._menu(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Language"))
        group = QActionGroup(self)
        current = self._settings.value("language", "da")
        for code, label in (("da", "Dansk"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            language_menu.addAction(action)
        group.triggered.connect(self._choose_language)
        file_menu.addSeparator()
        # Ctrl+Q everywhere: the platform's standard Quit key is empty on Windows.
        self._action(
            file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, QKeySequence("Ctrl+Q")
        )
        help_menu = self._menu(self.menuBar(), QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        self._action(help_menu, QT_TRANSLATE_NOOP("MainWindow", "&About DPO Desk"), self.about)

    def _menu(self, parent: QMenuBar | QMenu, title: str) -> QMenu:
        menu = parent.addMenu(self.tr(title))
        self._texts.append((menu, title))
        return menu

    def _action(
        self,
        menu: object,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(self.tr(text), self)
        self._texts.append((action, text))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _retranslate(self) -> None:
        """Put the menus in the language now installed."""
        for item, source in self._texts:
            if isinstance(item, QMenu):
                item.setTitle(self.tr(source))
            else:
                item.setText(self.tr(source))

    def _build_tabs(self) -> None:
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        self.tab_of: dict[str, QWidget] = {}
        for spec in REGISTERS:
            widget = tab_factory(spec.tab)(self.db, self)
            self.tab_of[spec.name] = widget
            self.tabs.addTab(widget, self.tr(spec.title))
            opened = getattr(widget, "open_requested", None)
            if opened is not None:
                opened.connect(self.open_record)
            counted = getattr(widget, "counted", None)
            if counted is not None:  # the overview: how much is urgent, on its tab
                counted.connect(self._show_count)
            erase = getattr(widget, "erase_requested", None)
            if erase is not None:  # the overview's line of what is due for erasure
                erase.connect(self.erase_due)
        self._show_clocks()
        self.database_label.setText(
            (
                self.tr("Encrypted database: %1") if self.db.encrypted else self.tr("Database: %1")
            ).replace("%1", self.db.display_name)
        )
        self.database_label.setToolTip(self.db.display_name)
        self.passphrase_action.setEnabled(self.db.encrypted)
        name = organisation.load(self.db).name
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)

    @Slot(str, object)
    def open_record(self, register: str, row_id: object) -> None:
        """Show the tab of `register` and, when given, select its row `row_id`."""
        widget = self.tab_of.get(register)
        if widget is None:
            return
        self.tabs.setCurrentWidget(widget)
        if row_id is not None and hasattr(widget, "select"):
            widget.select(row_id)  # a tab reads its rows first when it has not yet

    @Slot(int)
    def _show_count(self, urgent: int) -> None:
        """The overview's tab says how many things are overdue or due this week."""
        widget = self.tab_of.get("overview")
        if widget is not None:
            title = self.tr("Overview")
            self.tabs.setTabText(
                self.tabs.indexOf(widget), f"{title} ({urgent})" if urgent else title
            )

    def _show_clocks(self) -> None:
        """Breaches inside their 72 hours, in the status bar (every start and rebuild)."""
        from dpo_desk.services import breaches

        running = breaches.running_clocks(self.db)
        self.clock_label.setText(
            self.tr("%n breach(es) inside the 72 hours", "", running) if running else ""
        )
        self.clock_label.setStyleSheet("color: #b3261e; font-weight: bold;")

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(geometry):
            return
        self.resize(1200, 760)

    @Slot(int)
    def _remember_tab(self, index: int) -> None:
        self._settings.setValue("window/tab", index)

    # -- the first start -----------------------------------------------------------
    def welcome_if_empty(self) -> None:
        """On an empty database, offer the example organisation or one's own."""
        if organisation.is_configured(self.db):
            return
        dialog = WelcomeDialog(self)
        dialog.exec()
        if dialog.choice is WelcomeChoice.EXAMPLE:
            db = self.db

            def loaded(task: BackgroundTask) -> None:
                self._build_tabs()
                if not task.ok:
                    QMessageBox.warning(self, APP_NAME, task.message)

            self._run_job(
                self.tr("Loading the example organisation…"),
                lambda: jobs.example(db),
                loaded,
            )
        elif dialog.choice is WelcomeChoice.OWN:
            self.edit_settings()

    # -- actions -------------------------------------------------------------------
    @Slot()
    def edit_settings(self) -> None:
        """Open the organisation's settings."""
        if SettingsDialog(self.db, self).exec():
            self._build_tabs()
            self.statusBar().showMessage(self.tr("Settings saved."), 4000)

    @Slot()
    def edit_remarks(self) -> None:
        """Edit the DPO's remarks for the annual report."""
        remarks_dialog.RemarksDialog(self.db, self).exec()

    @Slot()
    def erase_due(self) -> None:
        """The program's own storage limitation: what is due, erased after a confirmation."""
        import datetime as dt

        from dpo_desk.ui.erase_dialog import EraseDueDialog

        EraseDueDialog(self.db, dt.date.today(), self).exec()
        self._build_tabs()

    @Slot()
    def export(self) -> None:
        """Write a report."""
        ExportDialog(self.db, self).exec()  # it says "Written: …" in the status bar

    @Slot()
    def open_database(self) -> None:
        """Open another database file."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(self._start_folder()),
            self.tr("DPO Desk databases (*.sqlite *.db);;All files (*)"),
        )
        if chosen:
            self.switch_to(chosen, must_exist=True)

    @Slot()
    def new_encrypted_database(self) -> None:
        """Create a new database encrypted with a passphrase (SQLCipher) and open it."""
        self.new_database(encrypted=True)

    @Slot()
    def new_database(self, *, encrypted: bool = False) -> None:
        """Create a new, empty database file and open it."""
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(self._start_folder() / "dpo-desk.sqlite"),
            self.tr("DPO Desk databases (*.sqlite *.db)"),
        )
        if not chosen:
            return
        if Path(chosen).exists():
            QMessageBox.warning(
                self,
                self.tr("New database"),
                self.tr("A file of that name exists already. Use File → Open database to open it."),
            )
            return
        target = f"sqlite+{cipher.DRIVER}:///{Path(chosen).resolve()}" if encrypted else chosen
        self.switch_to(target, must_exist=False)

    def switch_to(self, target: str, *, must_exist: bool, passphrase: str | None = None) -> bool:
        """Close the open database and open `target` in its place."""
        try:
            db = open_database(self, target, must_exist=must_exist, passphrase=passphrase)
        except Exception as error:  # noqa: BLE001 - a file that is no database
            QMessageBox.critical(
                self,
                self.tr("Open database"),
                self.tr("The file could not be opened as a DPO Desk database.")
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

    @Slot()
    def restore_backup(self) -> None:
        """Replace the open database with one of its backups, after asking."""
        path = self.db.path
        if path is None:
            QMessageBox.information(
                self,
                self.tr("Restore a backup"),
                self.tr("A server database is restored with the server's own tools."),
            )
            return
        dialog = RestoreDialog(path, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        key, chosen = self.db.key, dialog.chosen
        self.db.close()

        def restored(task: BackgroundTask) -> None:
            self.switch_to(str(path), must_exist=True, passphrase=key)
            if task.ok:
                self.statusBar().showMessage(self.tr("The backup is restored."), 8000)
            else:
                QMessageBox.warning(self, self.tr("Restore a backup"), task.message)

        self._run_job(
            self.tr("Restoring the backup…"),
            lambda: jobs.restore(path, chosen, key=key),
            restored,
        )

    @Slot()
    def change_passphrase(self) -> None:
        """Encrypt the open database and its backups with a new passphrase."""
        path, old = self.db.path, self.db.key
        if path is None or old is None:
            return
        dialog = ChangePassphraseDialog(path, current=old, parent=self)
        if not dialog.exec():
            return
        new = dialog.passphrase.text()
        self.db.close()

        def changed(task: BackgroundTask) -> None:
            if not task.ok:  # the old passphrase holds; the error is in the log
                self.switch_to(str(path), must_exist=True, passphrase=old)
                QMessageBox.warning(self, self.tr("Change the passphrase"), task.message)
                return
            self.switch_to(str(path), must_exist=True, passphrase=new)
            self.statusBar().showMessage(
                self.tr("The passphrase is changed: the database and %1 backups.").replace(
                    "%1", str(task.result)
                ),
                8000,
            )

        self._run_job(
            self.tr("Encrypting the database and its backups again…"),
            lambda: jobs.change_passphrase(path, old, new),
            changed,
        )

    def _run_job(
        self, label: str, work: Work, done: Callable[[BackgroundTask], object]
    ) -> BackgroundTask:
        """Run `work` in the background, not to be cancelled half-way, with the window's
        tabs and menus held still (the database may be closed meanwhile); `done(task)`
        runs when it ends."""
        held = [(a, a.isEnabled()) for a in self.findChildren(QAction)]  # and their keys
        for action, _enabled in held:
            action.setEnabled(False)
        self.centralWidget().setEnabled(False)

        def finished(task: BackgroundTask) -> None:
            for action, enabled in held:
                action.setEnabled(enabled)
            self.centralWidget().setEnabled(True)
            done(task)

        self.job = run_in_background(self, label, work, finished, cancellable=False)
        return self.job

    def _start_folder(self) -> Path:
        return self.db.path.parent if self.db.path else Path.home()

    @Slot(QAction)
    def _choose_language(self, action: QAction) -> None:
        """Switch the language at once: the menus are translated again and the tabs are
        built anew (the database stays open, the current tab stays current)."""
        language = str(action.data())
        self._settings.setValue("language", language)
        i18n.install(language)
        self._retranslate()
        current = self.tabs.currentIndex()
        self._build_tabs()
        self.tabs.setCurrentIndex(current)

    @Slot()
    def about(self) -> None:
        """Help → About."""
        from dpo_desk.services import audit_log

        QMessageBox.about(
            self,
            self.tr("About DPO Desk"),
            self.tr(
                "<h3>DPO Desk %1</h3><p>The workbench of a data protection officer: the record "
                "of processing activities, processor agreements, data subject requests and "
                "health-data consents, in one local database.</p>"
            ).replace("%1", __version__)
            + self.tr("<p>Audit chain: %1</p>").replace("%1", audit_log.anchor(self.db)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's geometry; wait while a slow job runs."""
        if any(task.is_running() for task in self.findChildren(BackgroundTask)):
            event.ignore()  # a letter, a list or a restore is being written
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
