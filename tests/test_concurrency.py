"""Two windows (or processes) on one database: a stale save is caught and resolved with
nothing typed lost; a second writer waits for the first instead of failing."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
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

    assert "owner: DPO" in QGuiApplication.clipboard().text()
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
