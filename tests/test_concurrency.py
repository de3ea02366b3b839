"""Two windows (or processes) on one database: a stale save is caught and resolved with
nothing typed lost; a second writer waits for the first instead of failing."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.services import register
from dpo_desk.ui.conflict_dialog import Choice, ConflictDialog, differences
from dpo_desk.ui.register.form import ActivityDialog


@pytest.fixture
def two_windows(demo_db: Database, db_path: Path) -> tuple[Database, Database, int]:
    other = Database.open(db_path)  # a second window, with its own connections
    activity = next(r.id for r in register.rows(demo_db) if r.name == "Nyhedsbrev")
    yield demo_db, other, activity
    other.close()


def _other_saves_first(other: Database, activity: int) -> None:
    theirs = register.draft(other, activity)
    theirs.owner = "Marketingchefen"
    theirs.notes = "Gennemgået af marketing"
    register.save(other, theirs)


def _answer(monkeypatch: pytest.MonkeyPatch, choice: Choice, seen: list[list[tuple]]) -> None:
    def exec_(self: ConflictDialog) -> int:
        seen.append(self.rows)
        self.choice = choice
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", exec_)


def test_keep_mine_saves_over_the_other_knowingly(qtbot: QtBot, two_windows: tuple,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    mine_db, other, activity = two_windows
    dialog = ActivityDialog(mine_db, register.draft(mine_db, activity))
    qtbot.addWidget(dialog)
    _other_saves_first(other, activity)
    dialog.owner.setText("DPO")
    seen: list[list[tuple]] = []
    _answer(monkeypatch, Choice.KEEP_MINE, seen)
    dialog.save()
    assert ("owner", "DPO", "Marketingchefen") in seen[0]
    assert ("notes", "—", "Gennemgået af marketing") in seen[0]
    saved = register.draft(mine_db, activity)
    assert saved.owner == "DPO" and saved.version == 3


def test_take_theirs_shows_the_saved_version(qtbot: QtBot, two_windows: tuple,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    mine_db, other, activity = two_windows
    dialog = ActivityDialog(mine_db, register.draft(mine_db, activity))
    qtbot.addWidget(dialog)
    _other_saves_first(other, activity)
    dialog.owner.setText("DPO")
    _answer(monkeypatch, Choice.TAKE_THEIRS, [])
    dialog.save()
    assert dialog.owner.text() == "Marketingchefen"
    assert dialog.notes.toPlainText() == "Gennemgået af marketing"
    assert register.draft(mine_db, activity).owner == "Marketingchefen"


def test_copy_my_text_and_cancel_keep_what_was_typed(qtbot: QtBot, two_windows: tuple,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    mine_db, other, activity = two_windows
    dialog = ActivityDialog(mine_db, register.draft(mine_db, activity))
    qtbot.addWidget(dialog)
    _other_saves_first(other, activity)
    dialog.owner.setText("DPO")
    theirs = register.draft(mine_db, activity)
    conflict = ConflictDialog(dialog.draft(), theirs, {})
    qtbot.addWidget(conflict)
    conflict.copy_mine()
    from PySide6.QtGui import QGuiApplication

    assert "Ansvarlig: DPO" in QGuiApplication.clipboard().text()  # the title, not "owner"
    _answer(monkeypatch, Choice.NONE, [])
    dialog.save()
    assert dialog.owner.text() == "DPO"  # nothing typed is lost
    assert register.draft(mine_db, activity).owner == "Marketingchefen"  # nor overwritten


def test_differences_compare_every_field() -> None:
    from dpo_desk.domain.register import ActivityDraft

    a, b = ActivityDraft(name="A", owner="x"), ActivityDraft(name="B", owner="x")
    assert differences(a, b) == [("name", "A", "B")]


def test_a_second_writer_waits_for_the_first(demo_db: Database) -> None:
    path = demo_db.path
    assert path is not None
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock …
    release = threading.Timer(1.0, lambda: holder.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    draft = register.draft(demo_db, register.rows(demo_db)[0].id)
    draft.owner = "Venter på lås"
    register.save(demo_db, draft)  # … and this waits (busy timeout) instead of failing
    assert time.monotonic() - started >= 0.9
    release.join()
    holder.close()
    assert register.draft(demo_db, draft.id).owner == "Venter på lås"  # type: ignore[arg-type]


# -- every register's form settles a conflict the same way ---------------------------


def _two(db_path: Path) -> Database:
    return Database.open(db_path)


def test_a_party_form_shows_both_values_and_keeps_mine(
    qtbot: QtBot, demo_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.services import processors
    from dpo_desk.ui.processors.form import PartyDialog

    today = dt.date(2026, 11, 25)
    party = processors.rows(demo_db, today=today)[0].id
    dialog = PartyDialog(demo_db, processors.draft(demo_db, party), today=lambda: today)
    qtbot.addWidget(dialog)
    other = _two(db_path)
    theirs = processors.draft(other, party)
    theirs.contact_person = "Den anden DPO"
    theirs.activity_ids = []
    processors.save(other, theirs)
    other.close()
    dialog.contact_person.setText("Min kontakt")
    seen: list[list[tuple]] = []
    _answer(monkeypatch, Choice.KEEP_MINE, seen)
    dialog.save()
    rows = {field: (m, t) for field, m, t in seen[0]}
    assert rows["contact_person"] == ("Min kontakt", "Den anden DPO")
    mine_names, their_names = rows["activity_ids"]
    assert their_names == "—" and mine_names and not mine_names[0].isdigit()  # names, not ids
    saved = processors.draft(demo_db, party)
    assert saved.contact_person == "Min kontakt" and saved.activity_ids


def test_a_request_form_takes_theirs(
    qtbot: QtBot, demo_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.services import requests
    from dpo_desk.ui.requests.form import RequestDialog

    today = dt.date(2026, 11, 25)
    request = requests.rows(demo_db)[0].id
    dialog = RequestDialog(demo_db, requests.draft(demo_db, request), today=lambda: today)
    qtbot.addWidget(dialog)
    other = _two(db_path)
    theirs = requests.draft(other, request)
    theirs.notes = "Ringet op af kollega"
    requests.save(other, theirs, today=today)
    other.close()
    dialog.notes.setPlainText("Mit notat")
    seen: list[list[tuple]] = []
    _answer(monkeypatch, Choice.TAKE_THEIRS, seen)
    dialog.save()
    assert ("notes", "Mit notat", "Ringet op af kollega") in seen[0]
    assert dialog.notes.toPlainText() == "Ringet op af kollega"
    dialog.notes.setPlainText("Mit notat, igen")
    dialog.save()  # the form now holds the saved version: no second conflict
    assert requests.draft(demo_db, request).notes == "Mit notat, igen"


def test_a_consumer_form_never_shows_or_copies_the_hidden_note(
    qtbot: QtBot, demo_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    from dpo_desk.services import consents
    from dpo_desk.ui.consents.dialogs import ConsumerDialog

    today = dt.date.today()
    consumer = next(r.id for r in consents.rows(demo_db, today=today) if r.name == "Else Ærbø")
    dialog = ConsumerDialog(demo_db, consents.draft(demo_db, consumer), today=lambda: today)
    qtbot.addWidget(dialog)
    dialog.reveal()
    other = _two(db_path)
    theirs = consents.draft(other, consumer)
    theirs.free_text = "Ny hjemmedialyse"
    theirs.phone = "20 30 40 50"
    consents.save(other, theirs, today=today)
    other.close()
    dialog.free_text.setPlainText("Iltkoncentrator døgnet rundt")
    seen: list[list[tuple]] = []

    def exec_(self: ConflictDialog) -> int:
        seen.append(self.rows)
        self.copy_mine()
        self.choice = Choice.NONE
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    dialog.save()
    rows = {field: (m, t) for field, m, t in seen[0]}
    assert rows["phone"] == ("70 93 16 19", "20 30 40 50")
    shown = " ".join(m + t for m, t in rows.values())
    assert "dialyse" not in shown and "Iltkoncentrator" not in shown
    assert "free_text" in rows  # it differs, and says so without the values
    assert "Iltkoncentrator" not in QGuiApplication.clipboard().text()
    assert dialog.free_text.toPlainText() == "Iltkoncentrator døgnet rundt"  # kept as typed


def test_a_record_deleted_by_the_other_is_reported_and_the_form_kept(
    qtbot: QtBot, demo_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.services import processors
    from dpo_desk.ui.processors.form import PartyDialog

    today = dt.date(2026, 11, 25)
    new = processors.save(demo_db, processors.PartyDraft(name="Slettes snart ApS"))
    dialog = PartyDialog(demo_db, processors.draft(demo_db, new), today=lambda: today)
    qtbot.addWidget(dialog)
    processors.delete(demo_db, new)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    dialog.notes.setPlainText("Skrevet efter sletningen")
    dialog.save()
    from PySide6.QtCore import QCoreApplication

    from dpo_desk.services.errors import MSG_GONE

    assert warned == [QCoreApplication.translate("Domain", MSG_GONE)]
    assert dialog.notes.toPlainText() == "Skrevet efter sletningen"


@pytest.mark.parametrize(
    ("module", "draft"),
    [
        ("dpo_desk.ui.register.form", "dpo_desk.domain.register:ActivityDraft"),
        ("dpo_desk.ui.processors.form", "dpo_desk.domain.processors:PartyDraft"),
        ("dpo_desk.ui.requests.form", "dpo_desk.domain.requests:RequestDraft"),
        ("dpo_desk.ui.consents.dialogs", "dpo_desk.domain.consents:ConsumerDraft"),
    ],
)
def test_every_field_of_every_form_has_a_label_for_the_conflict_dialog(
    module: str, draft: str
) -> None:
    import dataclasses
    import importlib

    labels = importlib.import_module(module).FIELD_LABELS
    draft_module, name = draft.split(":")
    draft_class = getattr(importlib.import_module(draft_module), name)
    fields = {f.name for f in dataclasses.fields(draft_class)}
    assert fields - {"id", "version"} <= labels.keys()


# -- the conflict dialog itself, its own buttons clicked ------------------------------

@pytest.mark.parametrize(
    ("button", "owner_shown", "owner_saved", "version"),
    [
        ("Behold mine", "DPO", "DPO", 3),  # Keep mine: saved over the other, knowingly
        # Take theirs: the form shows the saved version
        ("Tag den andens", "Marketingchefen", "Marketingchefen", 2),
        ("Annuller", "DPO", "Marketingchefen", 2),  # Cancel: nothing typed lost, nothing saved
    ],
)
def test_the_conflict_dialogs_own_buttons(
    qtbot: QtBot, two_windows: tuple, modal: object, button: str, owner_shown: str,
    owner_saved: str, version: int,
) -> None:
    mine_db, other, activity = two_windows
    dialog = ActivityDialog(mine_db, register.draft(mine_db, activity))
    qtbot.addWidget(dialog)
    dialog.show()
    _other_saves_first(other, activity)
    dialog.owner.setText("DPO")
    shown: list[str] = []

    def read_then_click(conflict: ConflictDialog) -> None:
        shown.append(conflict.view.toPlainText())
        buttons = [b for b in conflict.findChildren(QPushButton)
                   if b.text().replace("&", "") == button]
        if len(buttons) != 1:
            conflict.reject()  # never leave the dialog open: the test fails below
            return
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    seen = modal.answer(read_then_click, kind=ConflictDialog)  # type: ignore[attr-defined]
    dialog.save()
    assert seen == ["ConflictDialog"]
    assert dialog.owner.text() == owner_shown
    assert "Marketingchefen" in shown[0] and "DPO" in shown[0]
    assert dialog.owner.text() == owner_shown
    saved = register.draft(mine_db, activity)
    assert (saved.owner, saved.version) == (owner_saved, version)
    if button == "Behold mine":
        assert not dialog.isVisible()  # saved and closed
    else:
        assert dialog.isVisible()
