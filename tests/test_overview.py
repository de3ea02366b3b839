"""The overview across the registers, on a database whose dates are written out."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database
from dpo_desk.domain.overview import Duty, Item, Urgency, ordered, urgency
from dpo_desk.domain.requests import RequestDraft, RequestStatus, RequestType
from dpo_desk.services import overview, overview_activities, requests
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


def test_a_kind_beyond_the_pick_lists_the_most_urgent_and_counts_the_rest(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.services import overview as service
    from dpo_desk.services import overview_activities, overview_sql

    for module in (service, overview_sql, overview_activities):  # each picks
        monkeypatch.setattr(module, "PICK", 2)
    # Due 05-11, 12-11 and 19-11 (overdue), and 30-11 (this week); 24-12 (within 30 days).
    for name, received in (("Anna", dt.date(2026, 10, 5)), ("Bo", dt.date(2026, 10, 12)),
                           ("Cai", dt.date(2026, 10, 19)), ("Dan", dt.date(2026, 10, 30)),
                           ("Eva", dt.date(2026, 11, 24))):
        _request(db, name, received)
    got = [i for i in overview.request_items(db, TODAY) if i.duty is Duty.REQUEST_DEADLINE]
    assert [(i.who, i.more, i.more_urgent) for i in got] == [
        ("Anna", 0, 0), ("Bo", 0, 0), ("", 3, 2)]
    tab = OverviewTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    counts: list[int] = []
    tab.counted.connect(counts.append)
    tab.show()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 3, timeout=5000)
    assert tab.proxy.index(2, 3).data() == "… og 3 mere"
    assert tab.count_label.text() == (
        "5 opgaver er forfaldne eller har frist inden for 30 dage; "
        "4 af dem er forfaldne eller har frist denne uge"
    )
    assert counts[-1] == 4  # Anna, Bo, and of the rest Cai and Dan
    tab.table.selectRow(2)
    with qtbot.waitSignal(tab.open_requested, timeout=2000) as opened:
        tab.table.activated.emit(tab.proxy.index(2, 3))
    assert opened.args == ["requests", None]  # the register's tab, no one row


def test_incomplete_activities_in_sql_agree_with_the_registers_rule(db: Database) -> None:
    from dpo_desk.domain.register import ActivityDraft, ControllerParty, Role
    from dpo_desk.services import register

    drafts = {
        "Intet formål": ActivityDraft(name="Intet formål"),
        "Behandler uden kontakt": ActivityDraft(
            name="Behandler uden kontakt", role=Role.PROCESSOR, measures_text="Kryptering",
            controllers=[ControllerParty(name="Egtved Varmeværk", contact="",
                                         processing="Måleraflæsning")]),
        "Behandler komplet": ActivityDraft(
            name="Behandler komplet", role=Role.PROCESSOR, measures_text="Kryptering",
            controllers=[ControllerParty(name="Egtved Varmeværk", contact="post@egtved.dk",
                                         processing="Måleraflæsning")]),
        "Behandler uden behandlinger": ActivityDraft(
            name="Behandler uden behandlinger", role=Role.PROCESSOR,
            controllers=[ControllerParty(name="Almind Fjernvarme", contact="post@almind.dk",
                                         processing="")]),
    }
    for draft in drafts.values():
        register.save(db, draft, today=TODAY)
    expected = {r.name: ",".join(r.missing) for r in register.rows(db) if r.missing}
    got = {i.who: i.detail for i in overview_activities.incomplete_items(db, TODAY)}
    assert got == expected
    assert got["Behandler uden kontakt"] == "controllers"
    assert "Behandler komplet" not in got
    assert got["Behandler uden behandlinger"] == "processing,measures"


def test_processor_lines_beyond_the_pick_are_counted(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.domain.processors import PartyDraft
    from dpo_desk.services import overview as service
    from dpo_desk.services import overview_activities, overview_sql, processors

    for module in (service, overview_sql, overview_activities):  # each picks
        monkeypatch.setattr(module, "PICK", 1)
    for name in ("Bogholderiet ApS", "Aarhus Hosting", "Cloudlager A/S"):
        processors.save(db, PartyDraft(name=name))  # no agreement, never supervised
    got = [i for i in overview.processor_items(db, TODAY) if i.duty is Duty.AGREEMENT_MISSING]
    assert [(i.who, i.more, i.more_urgent) for i in got] == [
        ("Aarhus Hosting", 0, 0), ("", 2, 2)]
