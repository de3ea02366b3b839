"""The overview across the registers, on a database whose dates are written out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.overview import Duty, Item, Urgency, ordered, urgency
from dpo_desk.domain.requests import RequestDraft, RequestStatus, RequestType
from dpo_desk.services import overview, requests
from dpo_desk.ui.overview import OverviewTab

TODAY = dt.date(2026, 11, 25)


def test_urgency_bands() -> None:
    assert urgency(dt.date(2026, 11, 24), TODAY) is Urgency.OVERDUE
    assert urgency(TODAY, TODAY) is Urgency.THIS_WEEK
    assert urgency(dt.date(2026, 12, 2), TODAY) is Urgency.THIS_WEEK
    assert urgency(dt.date(2026, 12, 3), TODAY) is Urgency.SOON
    assert urgency(dt.date(2026, 12, 25), TODAY) is Urgency.SOON
    assert urgency(dt.date(2026, 12, 26), TODAY) is None


def test_most_urgent_and_earliest_first() -> None:
    def item(who: str, due: dt.date) -> Item:
        return Item(Duty.REQUEST_DEADLINE, who, due, "requests", 1)

    got = ordered(
        [item("c", dt.date(2026, 12, 20)), item("a", dt.date(2026, 11, 1)),
         item("b", dt.date(2026, 11, 27)), item("x", dt.date(2027, 3, 1))],
        TODAY,
    )
    assert [(u, i.who) for u, i in got] == [
        (Urgency.OVERDUE, "a"), (Urgency.THIS_WEEK, "b"), (Urgency.SOON, "c"),
    ]


def _request(db: Database, name: str, received: dt.date, **kw: object) -> int:
    d = RequestDraft(requester=name, received=received, types=[RequestType.ACCESS])
    for key, value in kw.items():
        setattr(d, key, value)
    return requests.save(db, d, today=received)


def test_requests_due_extensions_untold_and_identity_waiting(db: Database) -> None:
    overdue = _request(db, "Lone Frølund", dt.date(2026, 10, 5))  # due 05-11-2026
    _request(db, "Ikke endnu", dt.date(2026, 11, 24))  # due 24-12-2026: inside 30 days
    _request(db, "Langt ude", dt.date(2026, 11, 26))  # due 28-12-2026 (26-12 is a holiday)
    answered = _request(db, "Besvaret", dt.date(2026, 10, 1))
    requests.move(db, answered, RequestStatus.IN_PROGRESS, today=dt.date(2026, 10, 2))
    requests.move(db, answered, RequestStatus.ANSWERED, today=dt.date(2026, 10, 20))
    waiting = _request(db, "Sara Kjær", dt.date(2026, 11, 20), identity_needed=True)
    got = {(i.duty, i.who): i for i in overview.request_items(db, TODAY)}
    assert got[(Duty.REQUEST_DEADLINE, "Lone Frølund")].due == dt.date(2026, 11, 5)
    assert got[(Duty.REQUEST_DEADLINE, "Lone Frølund")].row_id == overdue
    assert (Duty.REQUEST_DEADLINE, "Besvaret") not in got
    assert got[(Duty.IDENTITY_CHECK, "Sara Kjær")].row_id == waiting
    assert (Duty.REQUEST_DEADLINE, "Langt ude") not in got
    assert (Duty.REQUEST_DEADLINE, "Ikke endnu") in got
    figures = overview.figures(db, TODAY)
    assert figures.open_requests == 4
    assert (figures.answered_this_year, figures.answered_in_time_this_year) == (1, 1)


def test_the_tab_shows_the_items_and_opens_a_row_in_its_tab(db: Database, qtbot: QtBot) -> None:
    row_id = _request(db, "Lone Frølund", dt.date(2026, 10, 5))
    tab = OverviewTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1, timeout=5000)
    assert tab.proxy.index(0, 0).data() == "Overskredet"
    assert tab.proxy.index(0, 1).data() == "05-11-2026"
    assert tab.proxy.index(0, 2).data() == "Besvar anmodningen"
    assert tab.proxy.index(0, 3).data() == "Lone Frølund"
    assert "1 åben anmodning" in tab.figures.text()
    tab.table.selectRow(0)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=2000)
    with qtbot.waitSignal(tab.open_requested, timeout=2000) as opened:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened.args == ["requests", row_id]
    with qtbot.waitSignal(tab.open_requested, timeout=2000) as opened:
        tab.table.activated.emit(tab.proxy.index(0, 3))  # what a double-click does
    assert opened.args == ["requests", row_id]


def test_an_incomplete_activity_is_listed_with_what_it_lacks(db: Database, qtbot: QtBot) -> None:
    from dpo_desk.domain.register import ActivityDraft
    from dpo_desk.services import register

    register.save(db, ActivityDraft(name="Løn", purposes="Lønudbetaling"), today=TODAY)
    [item] = [i for i in overview.items(db, TODAY) if i.duty is Duty.ACTIVITY_INCOMPLETE]
    assert item.who == "Løn"
    tab = OverviewTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    counts: list[int] = []
    tab.counted.connect(counts.append)
    tab.show()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1, timeout=5000)
    what = tab.proxy.index(0, 2).data()
    assert what.startswith("Udfyld fortegnelsen")
    assert "kategorier af registrerede" in what and "tidsfrist for sletning" in what
    assert counts and counts[-1] == 1  # due today: urgent, and the window's tab says so
