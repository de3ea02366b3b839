"""The requests tab driven as a user would (New, Edit), and the identity and confirmation
letters read back from their PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import ModalAnswerer
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.letters import LetterKind
from dpo_desk.domain.requests import RequestDraft, RequestStatus, RequestType
from dpo_desk.services import requests
from dpo_desk.ui.requests.form import RequestDialog
from dpo_desk.ui.requests.tab import RequestTab

TODAY = dt.date(2025, 9, 17)  # a Wednesday; one month on, 17-10-2025, is a Friday


def _pdf(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def _cells(tab: RequestTab) -> list[list[str]]:
    return [[tab.proxy.index(r, c).data() for c in range(tab.proxy.columnCount())]
            for r in range(tab.proxy.rowCount())]


def _save(qtbot: QtBot, dialog: QDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_request_is_logged_and_then_edited_from_the_tab(
    qtbot: QtBot, demo_db: Database, modal: ModalAnswerer
) -> None:
    tab = RequestTab(demo_db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    before = tab.model.total()

    def fill_in(dialog: RequestDialog) -> None:
        qtbot.keyClicks(dialog.requester, "Åse Bjørn")
        access = dialog.types.list.findItems("Indsigt", Qt.MatchFlag.MatchStartsWith)[0]
        access.setCheckState(Qt.CheckState.Checked)
        _save(qtbot, dialog)
        if dialog.isVisible():  # refused: say why instead of hanging
            dialog.done(0)

    seen = modal.answer(fill_in, kind=RequestDialog)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert seen == ["RequestDialog"]
    assert tab.model.total() == before + 1
    row = next(r for r in _cells(tab) if r[0] == "Åse Bjørn")
    assert row[1] == "Indsigt (art. 15)"
    assert row[3:6] == ["17-09-2025", "17-10-2025", "30"]  # received today, a month to go
    assert tab.selected() is not None and tab.selected().requester == "Åse Bjørn"

    def rename(dialog: RequestDialog) -> None:
        assert dialog.requester.text() == "Åse Bjørn"
        dialog.requester.clear()
        qtbot.keyClicks(dialog.requester, "Åse Bjørnsen")
        _save(qtbot, dialog)
        if dialog.isVisible():
            dialog.done(0)

    seen = modal.answer(rename, kind=RequestDialog)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert seen == ["RequestDialog"]
    names = [r[0] for r in _cells(tab)]
    assert "Åse Bjørnsen" in names and "Åse Bjørn" not in names
    assert tab.model.total() == before + 1
    saved = next(r for r in requests.rows(demo_db) if r.requester == "Åse Bjørnsen")
    assert saved.received == TODAY and saved.deadline == dt.date(2025, 10, 17)


def _request(db: Database, **changes: object) -> int:
    draft = RequestDraft(types=[RequestType.ERASURE], requester="Kirsten Ørum",
                         received=dt.date(2025, 9, 1))
    for key, value in changes.items():
        setattr(draft, key, value)
    return requests.save(db, draft, today=dt.date(2025, 9, 1))


def test_the_identity_letter_asks_for_what_proves_who_one_is(demo_db: Database) -> None:
    request = _request(demo_db, identity_needed=True,
                       identity_ask="en kopi af din seneste varmeregning",
                       identity_how="Notat til DPO: ringede tilbage til kendt nummer")
    requests.write_letter(demo_db, request, LetterKind.IDENTITY, today=dt.date(2025, 9, 3))
    letter = requests.letters(demo_db, request)[-1]
    text = _pdf(requests.letter_path(demo_db, letter))
    assert "Anmodning om identifikation" in text
    assert "Kære Kirsten Ørum" in text
    assert "01-09-2025" in text and "03-09-2025" in text  # received; the letter's date
    assert "en kopi af din seneste varmeregning" in text
    assert "Notat til DPO" not in text  # a note for the DPO never goes into a letter
    assert "Softværket" in text


def test_the_confirmation_letter_says_the_request_was_carried_out(demo_db: Database) -> None:
    request = _request(demo_db, decision="Dine oplysninger er slettet i kundesystemet.")
    requests.move(demo_db, request, RequestStatus.IN_PROGRESS, today=dt.date(2025, 9, 2))
    requests.move(demo_db, request, RequestStatus.ANSWERED, today=dt.date(2025, 9, 8))
    requests.write_letter(demo_db, request, LetterKind.CONFIRMATION, today=dt.date(2025, 9, 8))
    letter = requests.letters(demo_db, request)[-1]
    text = _pdf(requests.letter_path(demo_db, letter))
    assert "Bekræftelse" in text and "Kære Kirsten Ørum" in text
    assert "01-09-2025" in text and "08-09-2025" in text
    assert "gennemført" in text
    assert "Dine oplysninger er slettet i kundesystemet." in text
    assert "Anmodning om identifikation" not in text
