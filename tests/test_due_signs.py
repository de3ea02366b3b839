"""A date or a count coloured as due also carries a sign and a word: red and amber are
never the only signal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.ui.processors.tab import ProcessorTab
from dpo_desk.ui.requests.tab import RequestTab
from dpo_desk.ui.table_model import AMBER, RED

TODAY = dt.date(2026, 11, 25)  # example.json: Global Connect overdue, Logiva due 01-12


def _signs(tab: ProcessorTab | RequestTab, column: int) -> dict[str, tuple[str, bool, object]]:
    found = {}
    for row in range(tab.proxy.rowCount()):
        cell = tab.proxy.index(row, column)
        brush = cell.data(Qt.ItemDataRole.ForegroundRole)
        icon = cell.data(Qt.ItemDataRole.DecorationRole)
        found[tab.proxy.index(row, 0).data()] = (
            cell.data(Qt.ItemDataRole.ToolTipRole) or "",
            icon is not None and not icon.isNull(),
            brush.color() if brush is not None else None,
        )
    return found


def _shown(qtbot: QtBot, tab: ProcessorTab | RequestTab) -> None:
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() > 0, timeout=3000)


def test_next_supervision_says_overdue_and_soon(qtbot: QtBot, demo_db: Database) -> None:
    tab = ProcessorTab(demo_db, today=lambda: TODAY)
    _shown(qtbot, tab)
    signs = _signs(tab, 5)
    assert signs["Global Connect"] == ("Overskredet", True, RED)
    assert signs["Logiva"] == ("Forfalder snart", True, AMBER)
    assert signs["Zitcom"] == ("", False, None)


def test_days_left_says_overdue_and_soon(qtbot: QtBot, demo_db: Database) -> None:
    tab = RequestTab(demo_db, today=lambda: TODAY)
    _shown(qtbot, tab)
    column = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)].index(
        "Dage tilbage"
    )
    for tooltip, signed, colour in _signs(tab, column).values():
        assert signed == (colour is not None)
        name = colour.name() if colour is not None else None
        words = {RED.name(): "Overskredet", AMBER.name(): "Forfalder snart", None: ""}
        assert tooltip == words[name]
    assert any(colour == RED for _t, _s, colour in _signs(tab, column).values())


def test_an_overdue_review_has_its_sign(qtbot: QtBot, demo_db: Database) -> None:
    from dpo_desk.ui.register.tab import RegisterTab

    tab = RegisterTab(demo_db, today=lambda: TODAY)
    _shown(qtbot, tab)
    signs = _signs(tab, 6)  # example.json: two reviews due before 25-11-2026
    overdue = {name for name, (_tip, _signed, colour) in signs.items() if colour == RED}
    assert len(overdue) == 2
    for name, (tooltip, signed, _colour) in signs.items():
        assert signed == (name in overdue)
        assert (tooltip == "Gennemgangen er overskredet") == (name in overdue)
