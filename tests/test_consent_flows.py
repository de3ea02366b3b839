"""The consents tab driven as a user would: New, Edit, Withdraw consent…, Consent form…"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ModalAnswerer
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.services import consents
from dpo_desk.ui.consents.dialogs import ConsumerDialog, WithdrawDialog
from dpo_desk.ui.consents.tab import ConsentTab

TODAY = dt.date(2027, 1, 15)  # after every date of the example
STATUS = 5


@pytest.fixture
def tab(qtbot: QtBot, demo_db: Database) -> ConsentTab:
    widget = ConsentTab(demo_db, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _row_of(tab: ConsentTab, name: str) -> int:
    names = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    return names.index(name)


def _press(qtbot: QtBot, dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)
    if dialog.isVisible():  # refused: close it so the test fails instead of hanging
        dialog.done(0)


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_a_new_consumer_then_an_edit(qtbot: QtBot, tab: ConsentTab, demo_db: Database,
                                     modal: ModalAnswerer) -> None:
    before = tab.model.total()

    def fill_in(dialog: ConsumerDialog) -> None:
        for field, text in (("name", "Vagn Ølgod"), ("street", "Bakkevej"),
                            ("house_number", "4"), ("postal_code", "6040"), ("city", "Egtved"),
                            ("phone", "75 55 00 11")):
            _type(qtbot, dialog.edits[field], text)
        _press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    seen = modal.answer(fill_in, kind=ConsumerDialog)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert seen == ["ConsumerDialog"]
    assert tab.model.total() == before + 1
    row = _row_of(tab, "Vagn Ølgod")
    assert tab.proxy.index(row, 1).data().endswith("6040 Egtved")
    assert tab.proxy.index(row, STATUS).data() == "Intet samtykke"

    tab.table.selectRow(row)

    def new_phone(dialog: ConsumerDialog) -> None:
        assert dialog.edits["name"].text() == "Vagn Ølgod"
        _type(qtbot, dialog.edits["phone"], "20 30 40 50")
        _press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    seen = modal.answer(new_phone, kind=ConsumerDialog)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert seen == ["ConsumerDialog"]
    saved = consents.draft(demo_db, next(r.id for r in consents.rows(demo_db, today=TODAY)
                                         if r.name == "Vagn Ølgod"))
    assert saved.phone == "20 30 40 50" and saved.street == "Bakkevej"
    assert tab.model.total() == before + 1


def test_withdrawing_from_the_tab(qtbot: QtBot, tab: ConsentTab, demo_db: Database,
                                  modal: ModalAnswerer) -> None:
    row = _row_of(tab, "Else Ærbø")
    assert tab.proxy.index(row, STATUS).data() != "Trukket tilbage"
    tab.table.selectRow(row)

    def withdraw(dialog: WithdrawDialog) -> None:
        _type(qtbot, dialog.how, "Telefonisk til værket")
        _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    seen = modal.answer(withdraw, kind=WithdrawDialog)
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    assert seen == ["WithdrawDialog"]
    assert tab.proxy.index(_row_of(tab, "Else Ærbø"), STATUS).data() == "Trukket tilbage"
    consumer = next(r.id for r in consents.rows(demo_db, today=TODAY) if r.name == "Else Ærbø")
    back = consents.draft(demo_db, consumer)
    assert back.withdrawn == TODAY and back.free_text == "" and back.category_id is None


def test_the_consent_form_from_the_tab(qtbot: QtBot, tab: ConsentTab, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    out = tmp_path / "samtykke-bent.pdf"
    asked: list[str] = []
    opened: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, *_a: object) -> tuple[str, str]:
        asked.append(suggested)
        return str(out), "*.pdf"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    tab.table.selectRow(_row_of(tab, "Bent Sørensen"))
    qtbot.mouseClick(tab.form_button, Qt.MouseButton.LeftButton)
    assert asked and "Bent Sørensen" in asked[0]
    qtbot.waitUntil(lambda: opened == [str(out)], timeout=20000)  # written in the background
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Bent Sørensen" in text and "6040" in text and "Underskrift" in text
