"""Ctrl+S saves a record form; Esc cancels it, asking first when something was typed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft
from dpo_desk.services import register
from dpo_desk.ui.register.form import ActivityDialog

TODAY = dt.date(2026, 11, 25)


def _dialog(qtbot: QtBot, db: Database) -> ActivityDialog:
    dialog = ActivityDialog(db, ActivityDraft(), None, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    return dialog


def test_ctrl_s_saves(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    qtbot.keyClicks(dialog.name, "Løn og personale")
    qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=3000)
    assert [r.name for r in register.rows(db)] == ["Løn og personale"]
    assert not dialog.isVisible()


def test_esc_asks_before_throwing_typing_away(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def keep(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", keep)
    dialog = _dialog(qtbot, db)
    qtbot.keyClicks(dialog.name, "Løn")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert dialog.isVisible() and dialog.name.text() == "Løn"  # nothing typed is lost
    assert register.rows(db) == []
