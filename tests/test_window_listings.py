"""The window's large tables read by column queries: the same rows, the same order and
the same search results as the database holds, computed here with plain SQL; the
filter narrowing as one types; tabs built when first shown."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.requests import RequestDraft, RequestType
from dpo_desk.services import audit_log, breaches, requests
from dpo_desk.ui.consents.tab import ConsentTab
from dpo_desk.ui.log_view import LogView
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.requests.tab import RequestTab
from dpo_desk.ui.table_model import RecordTableModel, TableColumn

TODAY = dt.date(2026, 11, 25)
CLOSED = ("answered", "refused", "withdrawn")  # the statuses that end a request


def _sql(db: Database, query: str) -> list[tuple[Any, ...]]:
    assert db.path is not None
    with sqlite3.connect(db.path) as con:
        return con.execute(query).fetchall()


def _requests(db: Database) -> list[dict[str, Any]]:
    """Every request as plain SQL reads it, with its days left on TODAY."""
    found = []
    for row in _sql(
        db,
        "SELECT id, requester, status, received, deadline, contact, identity_how, decision,"
        " extension_reason, notes, relation, utility FROM subject_request ORDER BY id",
    ):
        (rid, requester, status, received, deadline, *others, relation, utility) = row
        is_open = status not in CLOSED
        due = dt.date.fromisoformat(deadline)
        found.append(
            {
                "id": rid,
                "open": is_open,
                "days": (due - TODAY).days if is_open else None,
                "texts": [
                    requester,
                    relation,
                    utility or "",
                    dt.date.fromisoformat(received).strftime("%d-%m-%Y"),
                    due.strftime("%d-%m-%Y"),
                    *(t or "" for t in others),
                ],
            }
        )
    return found


def _in_table_order(found: list[dict[str, Any]]) -> list[int]:
    """Open requests by days left (then as stored), the closed ones after them."""
    opened = sorted((r for r in found if r["open"]), key=lambda r: (r["days"], r["id"]))
    return [r["id"] for r in opened] + [r["id"] for r in found if not r["open"]]


@pytest.fixture
def busy_db(demo_db: Database) -> Database:
    """The example organisation with requests whose texts the search must find."""
    for n, (requester, contact, notes) in enumerate(
        [
            ("Søren Ærbøl", "soren@aerbol.dk", "Nøglekort afleveret på Ålborg-kontoret"),
            ("Åse Østergård", "Strandvejen 4, Ærøskøbing", ""),
            ("Bo Nøglegaard", "", "Ringede om adgangskortet"),
        ]
    ):
        requests.save(
            demo_db,
            RequestDraft(
                types=[RequestType.ACCESS],
                requester=requester,
                contact=contact,
                notes=notes,
                received=dt.date(2026, 11, 2 + n),
            ),
            today=dt.date(2026, 11, 20),
        )
    return demo_db


def _tab(qtbot: QtBot, db: Database) -> RequestTab:
    tab = RequestTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() > 0, timeout=3000)
    return tab


def test_the_requests_tab_shows_every_request_in_deadline_order(
    qtbot: QtBot, busy_db: Database
) -> None:
    found = _requests(busy_db)
    tab = _tab(qtbot, busy_db)
    opened = [r for r in found if r["open"]]
    assert tab.visible_ids() == _in_table_order(opened)  # the default filter: open ones
    days = {r["id"]: r["days"] for r in found}
    shown = [tab.proxy.index(row, 5).data() for row in range(tab.proxy.rowCount())]
    assert shown == [str(days[i]) for i in tab.visible_ids()]
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(None))
    assert tab.visible_ids() == _in_table_order(found)
    assert tab.model.total() == len(found)


@pytest.mark.parametrize("needle", ["ærbøl", "NØGLEKORT", "ærøskøbing", "03-11-2026"])
def test_the_search_finds_what_the_fields_hold(
    qtbot: QtBot, busy_db: Database, needle: str
) -> None:
    found = _requests(busy_db)
    tab = _tab(qtbot, busy_db)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(None))
    tab.search.setText(needle)
    wanted = needle.casefold()
    expected = [
        i
        for i in _in_table_order(found)
        if any(wanted in t.casefold() for t in next(r for r in found if r["id"] == i)["texts"])
    ]
    assert expected  # the needle is in the data
    assert tab.visible_ids() == expected


def test_typing_narrows_to_what_the_whole_word_finds(qtbot: QtBot, busy_db: Database) -> None:
    tab = _tab(qtbot, busy_db)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(None))
    every = {i: _cell_texts(tab, row) for row, i in enumerate(tab.visible_ids())}
    others = {r["id"]: r["texts"] for r in _requests(busy_db)}
    word = "nøglekort"
    for end in [*range(1, len(word) + 1), *range(len(word) - 1, 0, -1)]:
        typed = word[:end]
        tab.search.setText(typed)
        expected = [
            i for i in every if any(typed in t.casefold() for t in every[i] + others[i])
        ]
        assert tab.visible_ids() == expected, typed
    tab.search.setText("")
    assert tab.visible_ids() == list(every)


def _cell_texts(tab: RequestTab, row: int) -> list[str]:
    return [tab.proxy.index(row, c).data() or "" for c in range(tab.proxy.columnCount())]


def test_the_filters_test_each_row_once_per_change_not_per_keystroke(qapp: object) -> None:
    model: RecordTableModel[str] = RecordTableModel(
        [TableColumn("Name", lambda s: s)], context="Test"
    )
    model.set_rows([f"række {n} æble" for n in range(50)])
    asked: list[str] = []

    def accepts(row: str) -> bool:
        asked.append(row)
        return not row.endswith("0 æble")

    model.set_filter("", accepts)
    for typed in ("æ", "æb", "æbl", "æb", "1", ""):
        model.set_filter(typed, accepts)
    assert len(asked) == 50
    model.set_filter("1", accepts)
    assert [r.split()[1] for r in model.rows()] == ["1", "11", "12", "13", "14", "15", "16",
                                                     "17", "18", "19", "21", "31", "41"]


def test_the_consents_tab_shows_what_the_database_holds(qtbot: QtBot, demo_db: Database) -> None:
    tab = ConsentTab(demo_db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() > 0, timeout=3000)
    stored = {
        i: (name, postal, withdrawn)
        for i, name, postal, withdrawn in _sql(
            demo_db, "SELECT id, name, postal_code, withdrawn FROM consumer"
        )
    }
    assert sorted(tab.visible_ids()) == sorted(stored)
    for row in range(tab.proxy.rowCount()):
        line = tab.model.row_at(row)
        name, postal, withdrawn = stored[line.id]
        assert tab.proxy.index(row, 0).data() == name
        assert postal in tab.proxy.index(row, 1).data()
        assert (tab.proxy.index(row, 5).data() == "Trukket tilbage") == (withdrawn is not None)
    some = next(iter(stored.values()))[0]
    tab.search.setText(some.upper())
    assert {tab.model.row_at(r).id for r in range(tab.proxy.rowCount())} >= {
        i for i, (name, _p, _w) in stored.items() if name == some
    }


def test_the_log_shows_every_record_newest_first_with_its_changes(
    qtbot: QtBot, demo_db: Database
) -> None:
    view = LogView(demo_db)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.total() > 0, timeout=3000)
    ids = [i for (i,) in _sql(demo_db, "SELECT id FROM audit_record ORDER BY id DESC")]
    shown = [view.model.row_at(r).id for r in range(view.proxy.rowCount())]
    assert shown == ids
    stored = dict(_sql(demo_db, "SELECT id, changes FROM audit_record"))
    entries = {e.id: e for e in audit_log.entries(demo_db)}  # the records as ORM objects
    for row in range(view.proxy.rowCount()):
        line = view.model.row_at(row)
        assert line.changes == json.loads(stored[line.id])
        described = audit_log.describe_changes(entries[line.id], audit_log_translate())
        assert view.proxy.index(row, 5).data() == described


def audit_log_translate() -> Any:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate


def test_tabs_are_built_when_first_shown(
    qtbot: QtBot, busy_db: Database, settings: QSettings
) -> None:
    window = MainWindow(busy_db, settings)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[1:] == [
        "Behandlingsaktiviteter", "Databehandlere", "Anmodninger", "Helbredssamtykker",
        "Brud", "Log",
    ]
    assert re.fullmatch(r"Overblik \(\d+\)", titles[0])  # counted at start
    assert [n for n in window.tabs.names() if window.tabs.built(n)] == ["overview"]
    running = breaches.running_clocks(busy_db)
    assert (str(running) in window.clock_label.text()) if running else not window.clock_label.text()
    window.show()
    qtbot.waitExposed(window)
    assert [n for n in window.tabs.names() if window.tabs.built(n)] == ["overview"]
    window.tabs.setCurrentIndex(titles.index("Log"))
    log = window.tabs.built("log")
    assert isinstance(log, LogView)
    qtbot.waitUntil(lambda: log.model.total() > 0, timeout=3000)


def test_the_overview_opens_a_record_in_a_tab_not_yet_built(
    qtbot: QtBot, busy_db: Database, settings: QSettings
) -> None:
    window = MainWindow(busy_db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    overdue = next(r["id"] for r in _requests(busy_db) if r["open"])
    assert window.tabs.built("requests") is None
    window.open_record("requests", overdue)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, RequestTab)
    assert window.tabs.built("requests") is tab
    qtbot.waitUntil(lambda: tab.selected_id() == overdue, timeout=3000)


def test_a_tab_built_after_a_change_of_language_speaks_it(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    from dpo_desk import i18n

    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        file_menu = window.menuBar().actions()[0].menu()
        language = next(a.menu() for a in file_menu.actions() if a.menu() is not None)
        next(a for a in language.actions() if a.data() == "en").trigger()
        assert window.tabs.built("requests") is None
        window.tabs.setCurrentIndex(window.tabs.names().index("requests"))
        tab = window.tabs.currentWidget()
        assert isinstance(tab, RequestTab)
        assert tab.new_button.text() == "New"
        assert window.tabs.tabText(window.tabs.currentIndex()) == "Requests"
    finally:
        i18n.install("da")


def test_a_rebuild_of_the_tabs_builds_no_tab_that_is_not_shown(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(window.tabs.names().index("log"))
    made: list[str] = []
    monkey = window.tabs._make

    def counted(spec: Any) -> Any:
        made.append(spec.name)
        return monkey(spec)

    window.tabs._make = counted
    window._build_tabs()  # as after the settings are saved
    assert made == ["overview"]
    window.tabs.setCurrentIndex(window.tabs.names().index("log"))
    assert made == ["overview", "log"]
