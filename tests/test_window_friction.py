"""What the DPO meets daily in the window: the status bar confirms a save and an export,
a new record is selected once saved, and the export proposes a folder that exists."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.requests import RequestType
from dpo_desk.ui.export_dialog import ExportDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.record_tab import RecordTab


@pytest.fixture(autouse=True)
def _warnings_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """A warning box nobody answers would hang the test: make it fail instead."""

    def fail(_parent: object, title: str, text: str, *args: object) -> None:
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", fail)


def _window(qtbot: QtBot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _tab(qtbot: QtBot, window: MainWindow, name: str) -> RecordTab:
    for index in range(window.tabs.count()):
        tab = window.tabs.widget(index)
        if type(tab).__name__ == name:
            window.tabs.setCurrentWidget(tab)
            qtbot.waitUntil(lambda tab=tab: tab.model.total() > 0, timeout=3000)
            return tab
    raise AssertionError(name)


NEW_NAMES = {
    "ActivityDialog": {"name": "Ældrepleje af kundeforhold"},
    "PartyDialog": {"name": "Ærø Hosting ApS", "country": "SE"},
    "ConsumerDialog": {"name": "Åge Nyborg", "postal_code": "6000"},
    "RequestDialog": {"requester": "Åse Østergaard"},
}


@pytest.mark.parametrize(
    ("tab_name", "dialog_name"),
    [
        ("RegisterTab", "ActivityDialog"),
        ("ProcessorTab", "PartyDialog"),
        ("ConsentTab", "ConsumerDialog"),
        ("RequestTab", "RequestDialog"),
    ],
)
def test_a_new_record_is_selected_and_the_status_bar_says_saved(
    qtbot: QtBot,
    demo_db: Database,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    tab_name: str,
    dialog_name: str,
) -> None:
    opened: list[str] = []

    def fill_and_save(dialog: QDialog) -> int:
        opened.append(type(dialog).__name__)
        for field, text in NEW_NAMES[dialog_name].items():
            dialog.messages.widget(field).setText(text)  # type: ignore[attr-defined]
        if dialog_name == "RequestDialog":
            dialog.types.set_checked(RequestType.ACCESS)  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", fill_and_save)
    window = _window(qtbot, demo_db, settings)
    tab = _tab(qtbot, window, tab_name)
    tab.new_button.click()  # type: ignore[attr-defined]
    assert opened == [dialog_name]
    selected = tab.selected()
    assert selected is not None
    label = selected.requester if dialog_name == "RequestDialog" else selected.name
    assert label == next(iter(NEW_NAMES[dialog_name].values()))
    assert window.statusBar().currentMessage() == "Gemt."


def _export_once(
    qtbot: QtBot, tab: RecordTab, monkeypatch: pytest.MonkeyPatch, *, to: Path | None = None
) -> str:
    """Press the tab's Export… and save where the dialog proposes (or `to`); returns the
    proposed path."""
    proposed: list[str] = []

    def save(dialog: QDialog) -> int:
        assert isinstance(dialog, ExportDialog)
        proposed.append(dialog.path.text())
        if to is not None:
            dialog.path.setText(str(to))
        dialog.start()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", save)
    tab.export_button.click()  # type: ignore[attr-defined]
    assert len(proposed) == 1
    return proposed[0]


def test_an_export_proposes_an_existing_folder_and_the_status_bar_names_the_file(
    qtbot: QtBot,
    demo_db: Database,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # a home without a Documents folder
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    window = _window(qtbot, demo_db, settings)
    tab = _tab(qtbot, window, "ConsentTab")

    first = Path(_export_once(qtbot, tab, monkeypatch))
    assert first.parent == home / "Documents"
    assert first.is_file()  # the folder was made, the report written into it
    assert window.statusBar().currentMessage() == f"Skrevet: {first}"

    elsewhere = tmp_path / "rapporter"
    elsewhere.mkdir()
    chosen = elsewhere / "samtykker.xlsx"
    _export_once(qtbot, tab, monkeypatch, to=chosen)
    assert chosen.is_file()
    assert window.statusBar().currentMessage() == f"Skrevet: {chosen}"

    # The next export proposes the last folder used, also after a restart.
    again = _window(qtbot, demo_db, settings)
    assert isinstance(again, QMainWindow)
    proposed = Path(_export_once(qtbot, _tab(qtbot, again, "RegisterTab"), monkeypatch))
    assert proposed.parent == elsewhere


def test_a_file_menu_export_names_the_file_too(
    qtbot: QtBot,
    demo_db: Database,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = _window(qtbot, demo_db, settings)
    target = tmp_path / "organisation.pdf"

    def save(dialog: QDialog) -> int:
        assert isinstance(dialog, ExportDialog)
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.path.setText(str(target))
        dialog.start()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", save)
    window.export_action.trigger()
    assert target.is_file()
    assert window.statusBar().currentMessage() == f"Skrevet: {target}"
