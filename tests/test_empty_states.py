"""An empty register says what it is for and offers the next step instead of an empty
table."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.ui.consents.tab import ConsentTab
from dpo_desk.ui.processors.tab import ProcessorTab
from dpo_desk.ui.register.form import ActivityDialog
from dpo_desk.ui.register.tab import RegisterTab
from dpo_desk.ui.requests.tab import RequestTab

TODAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (RegisterTab, "Fortegnelsen over behandlingsaktiviteter"),
        (ProcessorTab, "Databehandlerregistret"),
        (RequestTab, "Loggen over anmodninger"),
        (ConsentTab, "Samtykkeregistret"),
    ],
)
def test_an_empty_register_says_what_it_is_for(
    qtbot: QtBot, db: Database, kind: type[RegisterTab], words: str
) -> None:
    tab = kind(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.empty_label.isVisible(), timeout=3000)
    assert not tab.table.isVisible()
    assert words in tab.empty_label.text()
    assert "eksempelorganisationen" in tab.empty_label.text()
    assert "Ctrl+N" in tab._empty_new.text()
    label = tab.empty_label  # the whole text shows: not cut at the bottom
    assert label.height() >= label.heightForWidth(label.width())


def test_the_empty_state_offers_new_and_leaves_when_rows_come(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(ActivityDialog, "exec", lambda self: opened.append(self) or 0)
    tab = RegisterTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab._empty_new.isVisible(), timeout=3000)
    tab._empty_new.click()
    assert len(opened) == 1

    from dpo_desk.services import demo

    demo.load_example(db)
    tab.reload()
    qtbot.waitUntil(lambda: tab.table.isVisible(), timeout=3000)
    assert not tab.empty_label.isVisible()
