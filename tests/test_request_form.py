"""The request form and tab driven as the DPO drives them (offscreen Qt, real database)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.letters import LetterKind
from dpo_desk.domain.requests import MAX_LENGTHS, RequestDraft, RequestStatus, RequestType
from dpo_desk.services import requests
from dpo_desk.ui.requests.form import RequestDialog
from dpo_desk.ui.requests.tab import RequestTab

RECEIVED = dt.date(2026, 3, 9)  # first month ends 09-04-2026
CPR = "070761-4285"


def _dialog(qtbot: QtBot, db: Database, draft: RequestDraft, today: dt.date) -> RequestDialog:
    dialog = RequestDialog(db, draft, today=lambda: today)
    qtbot.addWidget(dialog)
    return dialog


def _new(**changes: object) -> RequestDraft:
    d = RequestDraft(types=[RequestType.ACCESS], requester="Ib Ærø", received=RECEIVED)
    for name, value in changes.items():
        setattr(d, name, value)
    return d


@pytest.mark.parametrize("field", ["identity_how", "contact", "extension_reason", "identity_ask"])
def test_a_cpr_number_is_refused_at_the_field_and_kept_as_typed(
        qtbot: QtBot, db: Database, field: str) -> None:
    dialog = _dialog(qtbot, db, _new(), RECEIVED)
    dialog.extended.setChecked(True)
    dialog.extension_reason.setText("mange anmodninger")
    widget = dialog.messages.widget(field)
    edit = widget if isinstance(widget, QLineEdit) else widget.lineEdit()  # type: ignore

    edit.clear()
    qtbot.keyClicks(edit, f"Tjekket {CPR} mod sygesikringskort")
    dialog.save()
    assert "CPR-nummer" in dialog.messages.message(field)
    assert edit.text() == f"Tjekket {CPR} mod sygesikringskort"
    assert requests.rows(db) == []


def test_the_line_fields_take_no_more_than_their_limit(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db, _new(), RECEIVED)
    for name in ("requester", "contact", "utility", "identity_how", "extension_reason"):
        widget = dialog.messages.widget(name)
        assert widget.maxLength() == MAX_LENGTHS[name]  # type: ignore[attr-defined]
    assert dialog.identity_ask.lineEdit().maxLength() == MAX_LENGTHS["identity_ask"]


def test_a_future_date_is_refused_at_its_field(qtbot: QtBot, db: Database) -> None:
    today = dt.date(2026, 3, 20)
    dialog = _dialog(qtbot, db, _new(identity_needed=True), today)
    dialog.identity_checked.set_value(dt.date(2027, 1, 1))
    dialog.save()
    assert dialog.messages.message("identity_checked") == "Datoen kan ikke ligge i fremtiden."
    assert requests.rows(db) == []


def test_answered_without_the_required_identity_check_is_refused(
        qtbot: QtBot, db: Database) -> None:
    request_id = requests.save(db, _new(identity_needed=True), today=RECEIVED)
    dialog = _dialog(qtbot, db, requests.draft(db, request_id), RECEIVED)
    dialog.status.setCurrentIndex(dialog.status.findData(RequestStatus.ANSWERED))
    dialog.answered.set_value(RECEIVED)
    dialog.save()
    assert "Identiteten skal være kontrolleret" in dialog.messages.message("identity_checked")
    assert requests.draft(db, request_id).status is RequestStatus.RECEIVED


def test_the_form_asks_for_what_to_send_apart_from_the_dpos_note(
        qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db, _new(identity_needed=True), RECEIVED)
    assert dialog.identity_ask.count() >= 3  # Danish suggestions
    assert dialog.identity_ask.itemText(0).startswith("en kopi af din seneste varmeregning")
    dialog.identity_ask.setCurrentText("en kopi af dit sygesikringskort")
    qtbot.keyClicks(dialog.identity_how, "ringet op")
    dialog.save()
    d = requests.draft(db, requests.rows(db)[0].id)
    assert (d.identity_ask, d.identity_how) == ("en kopi af dit sygesikringskort", "ringet op")


def test_a_late_extension_never_shows_an_extended_deadline(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db, _new(), dt.date(2026, 4, 20))
    dialog.extended.setChecked(True)
    assert "09-06-2026" not in dialog.deadline_label.text()
    assert "09-04-2026" in dialog.deadline_label.text()
    dialog.extension_reason.setText("kompleks")
    dialog.save()
    assert "09-04-2026" in dialog.messages.message("extended")
    in_time = _dialog(qtbot, db, _new(), dt.date(2026, 4, 9))
    in_time.extended.setChecked(True)
    assert "09-06-2026" in in_time.deadline_label.text()


def test_an_extension_is_saved_before_the_requester_is_told(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db, _new(), dt.date(2026, 3, 20))
    dialog.extended.setChecked(True)
    dialog.extension_reason.setText("mange anmodninger")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    d = requests.draft(db, requests.rows(db)[0].id)
    assert d.extended and d.extension_told is None and d.deadline == dt.date(2026, 6, 9)


def test_the_controllers_answer_is_recorded_in_the_form(qtbot: QtBot, demo_db: Database) -> None:
    today = dt.date.today()
    row = next(r for r in requests.rows(demo_db) if r.requester == "Birthe Sørensen")
    requests.write_letter(demo_db, row.id, LetterKind.FORWARDED, today=today)
    dialog = _dialog(qtbot, demo_db, requests.draft(demo_db, row.id), today)
    _, edit = dialog.forwarded["Egtved Varmeværk A.m.b.a."]
    edit.set_value(today)
    dialog.save()
    assert requests.draft(demo_db, row.id).forwardings[0].answered == today


@pytest.fixture
def tab(qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> RequestTab:
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *args: True)
    widget = RequestTab(demo_db)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.status_filter.setCurrentIndex(widget.status_filter.findData(None))
    return widget


def _select(tab: RequestTab, requester: str) -> None:
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 0).data() == requester:
            tab.table.selectRow(row)
            return
    raise AssertionError(requester)


def test_status_and_letter_are_off_without_a_selection(qtbot: QtBot, tab: RequestTab) -> None:
    tab.table.clearSelection()
    qtbot.waitUntil(lambda: not tab.status_button.isEnabled(), timeout=2000)
    assert not tab.letter_button.isEnabled()
    _select(tab, "Lone Frølund")
    qtbot.waitUntil(tab.status_button.isEnabled, timeout=2000)
    assert tab.letter_button.isEnabled()
    tab.reload()
    assert tab.status_button.isEnabled() == (tab.selected() is not None)


def test_the_letter_menu_offers_only_what_fits(qtbot: QtBot, tab: RequestTab) -> None:
    def offered() -> set[LetterKind]:
        tab._fill_letter_menu()
        return {a.data() for a in tab.letter_menu.actions() if a.data() is not None}

    _select(tab, "Lone Frølund")  # in progress, not refused, not extended
    assert LetterKind.REFUSAL not in offered() and LetterKind.EXTENSION not in offered()
    _select(tab, "Mogens Thøgersen")
    assert LetterKind.REFUSAL in offered()
    _select(tab, "Sara Kjær")
    assert offered() >= {LetterKind.IDENTITY} and LetterKind.ACCESS not in offered()


def test_a_letter_that_does_not_fit_is_refused_with_a_message(
        qtbot: QtBot, tab: RequestTab, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    _select(tab, "Sara Kjær")
    for kind in (LetterKind.ACCESS, LetterKind.IDENTITY):
        task = tab.write_letter(kind)  # written in the background
        assert task is not None
        qtbot.waitUntil(lambda task=task: task.ok is not None, timeout=20000)
        if kind is LetterKind.ACCESS:
            assert tab.refusal is not None and "Identiteten" in tab.refusal
    assert tab.refusal is None
    kept = requests.letters(tab._db, tab.selected().id)  # type: ignore[union-attr]
    assert [x.kind for x in kept] == ["identity"]
    assert tab.table.selectionModel().selectedRows()[0].data(Qt.ItemDataRole.DisplayRole) == \
        "Sara Kjær"
