"""The overview of the example organisation: a line of every kind, and each line opens
its record in the record's own tab (checked against the database with plain SQL)."""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.overview import Duty
from dpo_desk.services import demo
from dpo_desk.ui import main_window
from dpo_desk.ui.erase_dialog import EraseDueDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.overview import OverviewTab

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)

# The "What" column's Danish text of each kind, the tab it opens, and the table
# (and its name column) that holds the record the line names.
KINDS = {
    Duty.REQUEST_DEADLINE: ("Besvar anmodningen", "requests", "subject_request", "requester"),
    Duty.EXTENSION_NOTICE: (
        "Giv besked om forlængelsen", "requests", "subject_request", "requester"
    ),
    Duty.IDENTITY_CHECK: ("Kontrollér anmoderens identitet", "requests", "subject_request",
                          "requester"),
    Duty.BREACH_CLOCK: (
        "Anmeld til Datatilsynet inden for 72 timer", "breaches", "breach", "title"
    ),
    Duty.BREACH_ART34: ("Beslut, om de berørte skal underrettes", "breaches", "breach", "title"),
    Duty.SUPERVISION: ("Før tilsyn med databehandleren", "processors", "processor", "name"),
    Duty.FOLLOW_UP: ("Følg op på tilsynet", "processors", "processor", "name"),
    Duty.AGREEMENT_MISSING: ("Indgå en databehandleraftale", "processors", "processor", "name"),
    Duty.AGREEMENT_RENEWAL: ("Forny databehandleraftalen", "processors", "processor", "name"),
    Duty.ACTIVITY_REVIEW: ("Gennemgå behandlingsaktiviteten", "register", "activity", "name"),
    Duty.ACTIVITY_INCOMPLETE: ("Udfyld fortegnelsen", "register", "activity", "name"),
    Duty.CONSENT_RECONFIRM: ("Få samtykket bekræftet igen", "consents", "consumer", "name"),
    Duty.CONSUMER_MOVED: ("Forbrugeren er flyttet", "consents", "consumer", "name"),
}
ERASURE = "Slet eller anonymisér det, der er forfaldent"


@pytest.fixture
def window(
    qtbot: QtBot, db_path: Path, db: Database, settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    """The window on the example organisation, loaded and overviewed on TODAY."""
    demo.load_example(db, now=NOW)
    real = main_window.tab_class

    def factory(path: str) -> Callable[..., QWidget]:
        made = real(path)
        return functools.partial(OverviewTab, today=lambda: TODAY) if made is OverviewTab else made

    monkeypatch.setattr(main_window, "tab_class", factory)
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentWidget(win.tab_of["overview"])
    return win


def _sql(db_path: Path, query: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(query, args).fetchall()


def _lines(tab: OverviewTab) -> list[tuple[int, str, str]]:
    """(row, what, for) of every line of the overview."""
    proxy = tab.proxy
    return [
        (row, proxy.index(row, 2).data(), proxy.index(row, 3).data())
        for row in range(proxy.rowCount())
    ]


def test_the_example_overview_has_a_line_of_every_kind(window: MainWindow) -> None:
    tab = window.tab_of["overview"]
    assert isinstance(tab, OverviewTab)
    whats = [what for _row, what, _who in _lines(tab)]
    for duty, (text, *_rest) in KINDS.items():
        assert any(what.startswith(text) for what in whats), duty
    assert any(what.startswith(ERASURE) for what in whats)
    assert set(KINDS) | {Duty.ERASURE_DUE} == set(Duty)  # a new kind gets a line here too


@pytest.mark.parametrize("how", ["enter", "double-click"])
def test_each_line_opens_its_record_selected_in_its_tab(
    window: MainWindow, db_path: Path, qtbot: QtBot, how: str
) -> None:
    tab = window.tab_of["overview"]
    assert isinstance(tab, OverviewTab)
    lines = _lines(tab)
    for duty, (text, register, table, column) in KINDS.items():
        row, _what, who = next(line for line in lines if line[1].startswith(text))
        [(expected,)] = _sql(db_path, f"SELECT id FROM {table} WHERE {column} = ?", who)
        window.tabs.setCurrentWidget(tab)
        tab.table.setFocus()
        tab.table.selectRow(row)
        tab.table.scrollTo(tab.proxy.index(row, 0))
        if how == "enter":
            qtbot.keyClick(tab.table, Qt.Key.Key_Return)
        else:
            # A double-click is a press and release, then a second press (Qt opens the
            # row only when the second press lands on the row the first one pressed).
            tab.table.scrollTo(tab.proxy.index(row, 3))
            centre = tab.table.visualRect(tab.proxy.index(row, 3)).center()
            viewport = tab.table.viewport()
            qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
            qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        opened = window.tab_of[register]
        qtbot.waitUntil(lambda opened=opened: window.tabs.currentWidget() is opened,
                        timeout=3000)
        assert opened.selected_id() == expected, (duty, who)  # type: ignore[attr-defined]


def test_the_erasure_line_opens_the_erasure_with_what_is_due(
    window: MainWindow, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[dict[str, str]] = []

    def record(dialog: EraseDueDialog) -> int:
        shown.append({name: label.text() for name, label in dialog.numbers.items()})
        return 0

    monkeypatch.setattr(EraseDueDialog, "exec", record)
    tab = window.tab_of["overview"]
    assert isinstance(tab, OverviewTab)
    row, who = next((row, who) for row, what, who in _lines(tab) if what.startswith(ERASURE))
    assert who == "1 post"  # how many records, in words
    tab.table.setFocus()
    tab.table.selectRow(row)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    # The example's one request closed more than three years ago is due for anonymising.
    three_years_ago = TODAY.replace(year=TODAY.year - 3).isoformat()
    closed = _sql(
        db_path,
        "SELECT id FROM subject_request WHERE status IN ('answered', 'refused', 'withdrawn')"
        " AND answered < ?",
        three_years_ago,
    )
    assert len(closed) == 1
    assert shown[0]["requests"] == "1"
