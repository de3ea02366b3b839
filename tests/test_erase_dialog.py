"""Erase / anonymise now in the window: counts, confirmation, the evidence report; the
periods in the settings dialog; the anchor under Help → About."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.requests import RequestDraft, RequestStatus, RequestType
from dpo_desk.services import audit_log, demo, housekeeping, requests
from dpo_desk.ui.erase_dialog import EraseDueDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.settings_dialog import SettingsDialog

NAME = "Vibeke Zinkgaard"
TODAY = dt.date(2026, 3, 11)


def _old_request(db: Database) -> int:
    received = dt.date(2023, 2, 20)
    request_id = requests.save(
        db,
        RequestDraft(types=[RequestType.ACCESS], requester=NAME, received=received),
        today=received,
    )
    requests.move(db, request_id, RequestStatus.IN_PROGRESS, today=received)
    requests.move(db, request_id, RequestStatus.ANSWERED, today=dt.date(2023, 3, 10))
    return request_id


def test_the_dialog_counts_confirms_erases_and_writes_the_evidence(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    request_id = _old_request(db)
    dialog = EraseDueDialog(db, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.numbers["requests"].text() == "1"
    assert dialog.erase_button.isEnabled()
    asked: list[str] = []

    def no(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert ": 1" in asked[0]
    assert requests.draft(db, request_id).requester == NAME  # declined: nothing happened

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.numbers["requests"].text() == "0", timeout=5000)
    assert requests.draft(db, request_id).requester != NAME
    assert not dialog.erase_button.isEnabled()

    out = dialog.write_report(tmp_path / "evidence.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert NAME not in text
    assert audit_log.anchor(db) in text
    # 14 generations by default: with a backup a day the last old one goes 14 days later
    assert "25-03-2026" in text


def test_the_settings_dialog_keeps_the_periods_with_their_reasons(
    qtbot: QtBot, db: Database
) -> None:
    demo.load_example(db)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.request_years.value() == 3 and dialog.breach_years.value() == 5
    dialog.request_years.setValue(4)
    dialog.breach_years.setValue(7)
    dialog.save()
    assert housekeeping.periods(db) == (4, 7)


def test_about_shows_the_anchor(
    qtbot: QtBot, db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _old_request(db)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.about()
    assert audit_log.anchor(db) in shown[0]
