"""The main window: a tab per register, the menus, and which database is open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QWidget,
)

from dpo_desk import APP_NAME, __version__, i18n
from dpo_desk.db import cipher
from dpo_desk.db.session import Database
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.services import organisation
from dpo_desk.services.registry import REGISTERS, RegisterSpec
from dpo_desk.ui import team_mode
from dpo_desk.ui.lazy_tabs import LazyTabs, TabsByName, tab_class
from dpo_desk.ui.soundness import SoundnessWatch
from dpo_desk.ui.tasks import BackgroundTask, Work, run_in_background
from dpo_desk.ui.window_files import DatabaseFiles

# The dialogs are imported when their action runs: the window starts without them.

# The File menu: (attribute, text, slot, shortcut); None: a separator.
# Ctrl+N is "new record" in the current tab (RecordTab.bind_keys), so a new database is
# Ctrl+Shift+N.
FILE_MENU: tuple[tuple[str, str, str, Any] | None, ...] = (
    (
        "open_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Open database…"),
        "open_database",
        QKeySequence.StandardKey.Open,
    ),
    (
        "new_action",
        QT_TRANSLATE_NOOP("MainWindow", "&New database…"),
        "new_database",
        "Ctrl+Shift+N",
    ),
    (
        "new_encrypted_action",
        QT_TRANSLATE_NOOP("MainWindow", "New encr&ypted database…"),
        "new_encrypted_database",
        None,
    ),
    (
        "restore_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Restore a backup…"),
        "restore_backup",
        None,
    ),
    (
        "passphrase_action",
        QT_TRANSLATE_NOOP("MainWindow", "Change the &passphrase…"),
        "change_passphrase",
        None,
    ),
    None,
    ("export_action", QT_TRANSLATE_NOOP("MainWindow", "&Export…"), "export", "Ctrl+E"),
    (
        "import_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Import from a spreadsheet…"),
        "import_spreadsheet",
        None,
    ),
    (
        "remarks_action",
        QT_TRANSLATE_NOOP("MainWindow", "The DPO's &annual remarks…"),
        "edit_remarks",
        None,
    ),
    None,
    (
        "settings_action",
        QT_TRANSLATE_NOOP("MainWindow", "Organisation &settings…"),
        "edit_settings",
        "Ctrl+,",
    ),
    (
        "erase_action",
        QT_TRANSLATE_NOOP("MainWindow", "Erase or anonymise what is &due…"),
        "erase_due",
        None,
    ),
)


class MainWindow(QMainWindow, DatabaseFiles):
    """DPO Desk's window on one database."""

    job: BackgroundTask | None = None  # the slow job running or last run
    soundness: SoundnessWatch | None = None  # the check of the file opened at start

    def __init__(self, db: Database, settings: QSettings) -> None:
        super().__init__()
        self.db = db
        self._settings = settings
        self.setWindowTitle(APP_NAME)
        self.tabs = LazyTabs(self._make_tab)
        self.tab_of = TabsByName(self.tabs)
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
        for entry in FILE_MENU:
            if entry is None:
                file_menu.addSeparator()
                continue
            attribute, text, slot, shortcut = entry
            action = self._action(file_menu, text, getattr(self, slot), shortcut)
            setattr(self, attribute, action)
        self.new_encrypted_action.setEnabled(cipher.available())
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
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(self.tr(text), self)
        self._texts.append((action, text))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
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

    def _make_tab(self, spec: RegisterSpec) -> QWidget:
        """The tab of `spec`, made when first shown, its signals joined to the window."""
        widget = tab_class(spec.tab)(self.db, self)
        opened = getattr(widget, "open_requested", None)
        if opened is not None:
            opened.connect(self.open_record)
        counted = getattr(widget, "counted", None)
        if counted is not None:  # the overview: how much is urgent, on its tab
            counted.connect(self._show_count)
        erase = getattr(widget, "erase_requested", None)
        if erase is not None:  # the overview's line of what is due for erasure
            erase.connect(self.erase_due)
        team_mode.apply_to_tab(self.db, widget)  # editing off for a login that only reads
        return widget

    def _build_tabs(self) -> None:
        """Every tab's title; the overview is built and read now (its title counts what
        is urgent), the others when first shown."""
        self.tabs.clear_tabs()
        for spec in REGISTERS:
            self.tabs.add(spec, self.tr(spec.title))
        overview = self.tabs.tab("overview")
        if overview is not None and not getattr(overview, "_loaded", True):
            overview.reload()  # type: ignore[attr-defined]
        self._show_clocks()
        self.database_label.setText(
            (
                self.tr("Encrypted database: %1") if self.db.encrypted else self.tr("Database: %1")
            ).replace("%1", self.db.display_name)
        )
        self.database_label.setToolTip(self.db.display_name)
        team_mode.apply(  # the login on a server; editing off for a login that only reads
            self.db, label=self.database_label, tabs=[],  # each tab when it is built
            writing=[self.settings_action, self.remarks_action, self.erase_action],
        )
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
        widget = self.tabs.built("overview")
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
        from dpo_desk.ui.welcome_dialog import WelcomeChoice, WelcomeDialog

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
                lambda: _jobs().example(db),
                loaded,
            )
        elif dialog.choice is WelcomeChoice.OWN:
            self.edit_settings()

    # -- actions -------------------------------------------------------------------
    @Slot()
    def edit_settings(self) -> None:
        """Open the organisation's settings."""
        from dpo_desk.ui.settings_dialog import SettingsDialog

        if SettingsDialog(self.db, self).exec():
            self._build_tabs()
            self.statusBar().showMessage(self.tr("Settings saved."), 4000)

    @Slot()
    def edit_remarks(self) -> None:
        """Edit the DPO's remarks for the annual report."""
        from dpo_desk.ui import remarks_dialog

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
        from dpo_desk.ui.export_dialog import ExportDialog

        ExportDialog(self.db, self).exec()  # it says "Written: …" in the status bar

    @Slot()
    def import_spreadsheet(self) -> None:
        """Import the rows of a spreadsheet into a register."""
        from dpo_desk.ui.import_dialog import ImportDialog

        if ImportDialog(self.db, self).exec():
            self._build_tabs()

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
        self.tabs.stop_reading()  # no slice read after the window and its database go
        super().closeEvent(event)


def _jobs():  # type: ignore[no-untyped-def]
    """The slow jobs (imported when one runs: the window starts without them)."""
    from dpo_desk.services import jobs

    return jobs
