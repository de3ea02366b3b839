"""Every advertised key acts, on every tab, and no two shortcuts claim one key at once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.record_tab import RecordTab

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
FORMS = ["ActivityDialog", "PartyDialog", "RequestDialog", "ConsumerDialog", "BreachDialog"]


class Seen:
    """What the keys opened: dialogs (not run), file choosers, questions."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
        self.events: list[str] = []
        monkeypatch.setenv("HOME", str(home))  # the export dialog makes ~/Documents
        monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
        monkeypatch.setattr(QDialog, "exec", lambda dialog: self._note(type(dialog).__name__, 0))
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *a, **k: self._note("open file", ("", ""))
        )
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, **k: self._note("save file", ("", ""))
        )
        monkeypatch.setattr(
            QMessageBox,
            "question",
            lambda *a, **k: self._note("question", QMessageBox.StandardButton.Cancel),
        )

    def _note(self, what: str, result: object) -> object:
        self.events.append(what)
        return result

    def take(self) -> list[str]:
        """The events since the last call."""
        events, self.events = self.events, []
        return events


def _window(qtbot: QtBot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def _press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def _focus_table(qtbot: QtBot, tab: RecordTab) -> None:
    tab.table.setFocus()
    qtbot.waitUntil(lambda: tab.table.hasFocus(), timeout=3000)


def test_every_advertised_key_acts_on_every_tab(
    qtbot: QtBot,
    demo_db: Database,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    seen = Seen(monkeypatch, tmp_path)
    window = _window(qtbot, demo_db, settings)
    record_tabs = [window.tabs.widget(i) for i in range(window.tabs.count())]
    record_tabs = [t for t in record_tabs if isinstance(t, RecordTab) and hasattr(t, "search")]
    assert [type(t).__name__ for t in record_tabs] == [
        "RegisterTab", "ProcessorTab", "RequestTab", "ConsentTab", "BreachTab"
    ]
    for tab, form in zip(record_tabs, FORMS, strict=True):
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda tab=tab: tab.model.rowCount() > 0, timeout=3000)
        _focus_table(qtbot, tab)

        _press(qtbot, Qt.Key.Key_N, CTRL)
        assert seen.take() == [form], f"Ctrl+N on {type(tab).__name__}"

        tab.table.selectRow(0)
        _focus_table(qtbot, tab)
        _press(qtbot, Qt.Key.Key_Return)
        assert seen.take() == [form], f"Enter on {type(tab).__name__}"

        _press(qtbot, Qt.Key.Key_F, CTRL)
        qtbot.waitUntil(lambda tab=tab: tab.search.hasFocus(), timeout=3000)

        # The menu's keys work from inside a tab, too.
        _focus_table(qtbot, tab)
        _press(qtbot, Qt.Key.Key_E, CTRL)
        assert seen.take() == ["ExportDialog"], f"Ctrl+E on {type(tab).__name__}"
        _press(qtbot, Qt.Key.Key_Comma, CTRL)
        assert seen.take() == ["SettingsDialog"], f"Ctrl+, on {type(tab).__name__}"
        _press(qtbot, Qt.Key.Key_O, CTRL)
        assert seen.take() == ["open file"], f"Ctrl+O on {type(tab).__name__}"
        _press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
        assert seen.take() == ["save file"], f"Ctrl+Shift+N on {type(tab).__name__}"

    log = window.tabs.widget(window.tabs.count() - 1)
    window.tabs.setCurrentWidget(log)
    log.table.setFocus()
    qtbot.waitUntil(lambda: log.table.hasFocus(), timeout=3000)
    for key, modifiers, event in (
        (Qt.Key.Key_E, CTRL, "ExportDialog"),
        (Qt.Key.Key_Comma, CTRL, "SettingsDialog"),
        (Qt.Key.Key_O, CTRL, "open file"),
        (Qt.Key.Key_N, CTRL | SHIFT, "save file"),
    ):
        _press(qtbot, key, modifiers)
        assert seen.take() == [event], f"{event} from the log"

    register = record_tabs[0]
    window.tabs.setCurrentWidget(register)
    register.table.selectRow(0)
    _focus_table(qtbot, register)
    _press(qtbot, Qt.Key.Key_Delete)
    assert seen.take() == ["question"]  # "Retire …?" asked, and answered Cancel

    _press(qtbot, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def test_the_new_database_key_is_advertised_in_the_menu(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    assert window.new_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    tab = window.tab_of["register"]
    assert tab.new_button.toolTip() == "Ctrl+N"


def _keys_active(window: MainWindow, focus: QWidget) -> Counter[str]:
    """Every key sequence a shortcut or action of `window` answers while `focus` has the
    focus (Qt's rules for the shortcut contexts)."""
    found: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        if not action.isEnabled():
            continue
        for keys in action.shortcuts():
            found[keys.toString()] += 1
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        assert isinstance(parent, QWidget)
        if not shortcut.isEnabled() or not parent.isVisible():
            continue
        context = shortcut.context()
        active = (
            context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
            or (context == Qt.ShortcutContext.WidgetShortcut and parent is focus)
            or (
                context == Qt.ShortcutContext.WidgetWithChildrenShortcut
                and (parent is focus or parent.isAncestorOf(focus))
            )
        )
        if active:
            for keys in shortcut.keys():  # noqa: SIM118 - QShortcut.keys(), no dict
                found[keys.toString()] += 1
    return found


def test_no_two_shortcuts_claim_the_same_key_on_any_tab(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = _window(qtbot, demo_db, settings)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        focusables = [tab] + [w for w in tab.findChildren(QWidget) if w.isVisible()]
        for focus in focusables:
            doubles = {k: n for k, n in _keys_active(window, focus).items() if n > 1}
            assert not doubles, (window.tabs.tabText(index), type(focus).__name__, doubles)


def test_no_key_press_is_ambiguous(
    qtbot: QtBot, demo_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch,
    qtlog: object, tmp_path: Path,
) -> None:
    """Press every Ctrl+letter on every tab: Qt never reports an ambiguous shortcut."""
    Seen(monkeypatch, tmp_path)
    window = _window(qtbot, demo_db, settings)
    ambiguous: list[str] = []
    for shortcut in window.findChildren(QShortcut):
        shortcut.activatedAmbiguously.connect(
            lambda s=shortcut: ambiguous.append(s.key().toString())
        )
    for index in range(window.tabs.count() - 1):  # the log tab last: Ctrl+Q closes
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        _focus_table(qtbot, tab)
        for letter in "ABCDEFGHIJKLMNOPRSTUVWXYZ":  # not Q: that closes the window
            key = getattr(Qt.Key, f"Key_{letter}")
            _press(qtbot, key, CTRL)
            _press(qtbot, key, CTRL | SHIFT)
            QApplication.processEvents()
            if QApplication.activeWindow() is not window:
                window.activateWindow()
            _focus_table(qtbot, tab)
    messages = [r.message for r in qtlog.records]  # type: ignore[attr-defined]
    assert not [m for m in messages if "mbiguous" in m], messages
    assert ambiguous == []
