"""The window's tables keep less in memory and show the same: the same rows, the same
order, the same sort and the same search results, checked against values written out
here from the data each test creates."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dpo_desk.db.consent_models import Consumer
from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft
from dpo_desk.services import consents, register
from dpo_desk.ui.consents.tab import ConsentTab
from dpo_desk.ui.register.tab import RegisterTab
from dpo_desk.ui.table_model import RecordTableModel, TableColumn

TODAY = dt.date(2026, 11, 25)

# name, street, number, postal code, city, meter, phone, other contact, collected by
CONSUMERS = [
    ("Zacharias Ørn", "Kirkevej", "3", "5970", "Ærøskøbing", "M-1001", "20304050", "", "Vibe"),
    ("Æble Andersen", "Kirkevej", "5", "5970", "Ærøskøbing", "M-1002", "", "Søn Ib", "Vibe"),
    ("Aage Holm", "Havnegade", "1", "6000", "Kolding", "M-1003", "", "", "Vibe"),
    ("Bent Ås", "Havnegade", "1", "6000", "Kolding", "MÅLER-4711", "", "Datteren Åse", "Vibe"),
]


@pytest.fixture
def consumers_db(demo_db: Database) -> Database:
    """The example organisation with four consumers whose texts the search must find,
    all collected by "Vibe" (a word in no other consumer's fields)."""
    with demo_db.transaction() as session:
        for name, street, number, postal, city, meter, phone, other, by in CONSUMERS:
            session.add(
                Consumer(
                    name=name,
                    street=street,
                    house_number=number,
                    postal_code=postal,
                    city=city,
                    utility="Ærø Fjernvarme",
                    meter_number=meter,
                    phone=phone,
                    alternative_contact=other,
                    collected_by=by,
                    free_text=None,
                )
            )
    return demo_db


def test_consumers_share_equal_names_and_address_parts_and_keep_their_own_lines(
    consumers_db: Database,
) -> None:
    with consumers_db.transaction() as session:
        session.add(
            Consumer(
                name="Bent Ås",
                street="Åvej",
                house_number="2",
                postal_code="7100",
                city="Vejle",
                utility="",
                free_text=None,
            )
        )
    lines = [line for line in consents.rows(consumers_db, today=TODAY) if line.name == "Bent Ås"]
    assert sorted(line.address for line in lines) == [
        "Havnegade 1, 6000 Kolding",
        "Åvej 2, 7100 Vejle",
    ]
    assert lines[0].name is lines[1].name  # one string for the two
    kirkevej = [
        line for line in consents.rows(consumers_db, today=TODAY) if line.street == "Kirkevej"
    ]
    assert [(line.name, line.address) for line in kirkevej] == [
        ("Zacharias Ørn", "Kirkevej 3, 5970 Ærøskøbing"),
        ("Æble Andersen", "Kirkevej 5, 5970 Ærøskøbing"),
    ]
    assert kirkevej[0].street is kirkevej[1].street and kirkevej[0].city is kirkevej[1].city


def test_the_consent_pane_reads_the_one_consumer_it_shows(
    qtbot: QtBot, consumers_db: Database
) -> None:
    tab = _consents(qtbot, consumers_db)
    tab.search.setText("måler-4711")
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail.title == "Bent Ås", timeout=3000)
    shown = tab.detail.toPlainText()
    assert "Havnegade 1, 6000 Kolding" in shown and "Ærø Fjernvarme" in shown
    bent = consents.line(consumers_db, tab.selected_id() or 0, today=TODAY)
    assert bent is not None and (bent.name, bent.address) == (
        "Bent Ås",
        "Havnegade 1, 6000 Kolding",
    )
    assert consents.line(consumers_db, 10**9, today=TODAY) is None


def _consents(qtbot: QtBot, db: Database) -> ConsentTab:
    tab = ConsentTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() > 0, timeout=3000)
    return tab


def _names(tab: ConsentTab | RegisterTab) -> list[str]:
    return [tab.proxy.index(row, 0).data() for row in range(tab.proxy.rowCount())]


def test_the_consents_search_texts_are_made_on_the_first_search_and_find_the_same(
    qtbot: QtBot, consumers_db: Database
) -> None:
    tab = _consents(qtbot, consumers_db)
    assert tab.model._search_texts is None  # nothing kept for the search until one searches
    # The contact fields are read when the search first needs them; in Danish order
    # (… Z, Æ, Ø, Å with "Aa" as Å): Bent, Zacharias, Æble, Aage.
    tab.search.setText("vibe")
    assert _names(tab) == ["Bent Ås", "Zacharias Ørn", "Æble Andersen", "Aage Holm"]
    assert tab.model._search_texts is not None
    for needle, expected in [
        ("måler-47", ["Bent Ås"]),  # meter number
        ("20304050", ["Zacharias Ørn"]),  # phone
        ("SØN IB", ["Æble Andersen"]),  # other contact
        ("kirkevej 5, 5970", ["Æble Andersen"]),  # the address column
        ("havnegade 1, 6000 kolding", ["Bent Ås", "Aage Holm"]),
        ("ærø fjernvarme", ["Bent Ås", "Zacharias Ørn", "Æble Andersen", "Aage Holm"]),
    ]:
        tab.search.setText(needle)
        assert _names(tab) == expected, needle
    tab.search.setText("vibe")
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(tab) == ["Aage Holm", "Æble Andersen", "Zacharias Ørn", "Bent Ås"]
    tab.search.setText("")
    assert len(_names(tab)) == tab.model.total()


# name, purposes, legal bases, owner, notes
ACTIVITIES = [
    ("Zonekort", "Varmeplan", ["6.1.e"], "Teknisk chef", "Kvartalsvis gennemgang med Zeuthen"),
    ("Ærøruten", "Varmeplan", ["6.1.b", "6.1.c"], "Teknisk chef", "Zeuthen godkender"),
    ("Aabenraa-målere", "Aflæsning", ["6.1.b", "6.1.c"], "Driftsleder", "Ingen noter"),
]


@pytest.fixture
def activities_db(demo_db: Database) -> Database:
    """The example organisation with three more activities (as drafts)."""
    for name, purposes, bases, owner, notes in ACTIVITIES:
        register.save(
            demo_db,
            ActivityDraft(
                name=name, purposes=purposes, legal_bases=bases, owner=owner, notes=notes
            ),
        )
    return demo_db


def test_the_register_rows_share_equal_values_and_hold_no_dict(activities_db: Database) -> None:
    rows = {r.name: r for r in register.rows(activities_db)}
    zone, aero, aabenraa = rows["Zonekort"], rows["Ærøruten"], rows["Aabenraa-målere"]
    assert (zone.purposes, zone.legal_bases, zone.owner) == (
        "Varmeplan",
        ("6.1.e",),
        "Teknisk chef",
    )
    assert (aero.purposes, aero.legal_bases) == ("Varmeplan", ("6.1.b", "6.1.c"))
    assert (aabenraa.purposes, aabenraa.legal_bases) == ("Aflæsning", ("6.1.b", "6.1.c"))
    assert aero.legal_bases is aabenraa.legal_bases  # one tuple for equal bases
    assert zone.purposes is aero.purposes and zone.owner is aero.owner
    assert zone.kinds is aero.kinds and zone.kinds == frozenset()
    assert not hasattr(zone, "__dict__")


def test_the_register_search_texts_are_made_on_the_first_search_and_find_the_same(
    qtbot: QtBot, activities_db: Database
) -> None:
    tab = RegisterTab(activities_db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.total() > 0, timeout=3000)
    assert tab.model._search_texts is None  # nothing kept for the search until one searches
    tab.search.setText("zeuthen")  # the notes, read on this first search
    assert _names(tab) == ["Zonekort", "Ærøruten"]
    for needle, expected in [
        ("teknisk chef", ["Zonekort", "Ærøruten"]),  # the owner
        ("varmeplan", ["Zonekort", "Ærøruten"]),  # the purpose column
        ("ingen noter", ["Aabenraa-målere"]),
        ("kvartalsvis gennemgang", ["Zonekort"]),
    ]:
        tab.search.setText(needle)
        assert _names(tab) == expected, needle
    tab.search.setText("zeuthen")
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(tab) == ["Ærøruten", "Zonekort"]
    tab.search.setText("6.1.c")  # descending Danish order: Aa (as Å) before Æ
    shown = _names(tab)
    assert shown.index("Aabenraa-målere") < shown.index("Ærøruten")


def test_the_table_model_sorts_and_filters_300_rows_as_before(qapp: object) -> None:
    """Row numbers kept as arrays: the same order, sorts and filters, written out here
    from the rows made here (id, "Name id", number: id % 10, none when id % 7 == 0)."""
    names = ["Åse", "Bo", "Ærbøl", "Zeuthen", "Aage"]
    rows = [Item(i, f"{names[i % 5]} {i}", None if i % 7 == 0 else i % 10) for i in range(300)]
    model: RecordTableModel[Item] = RecordTableModel(
        [
            TableColumn("Name", lambda r: r.name),
            TableColumn("Number", lambda r: str(r.number or ""), sort=lambda r: r.number),
        ],
        context="Test",
    )
    model.set_rows(rows)
    assert [r.id for r in model.rows()] == list(range(300))
    model.sort(1, Qt.SortOrder.AscendingOrder)
    ids = [r.id for r in model.rows()]
    assert ids[:6] == [10, 20, 30, 40, 50, 60] and ids[-3:] == [280, 287, 294]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    ids = [r.id for r in model.rows()]
    assert ids[:3] == [9, 19, 29] and ids[-3:] == [280, 287, 294]
    model.set_filter("zeuthen 13", None)
    assert [r.id for r in model.rows()] == [138, 13, 133]

    def even(row: Item) -> bool:
        return row.id % 2 == 0

    model.set_filter("zeuthen 13", even)
    assert [r.id for r in model.rows()] == [138]
    model.set_filter("zeuthen 1", even)  # a shorter text: every row is looked at again
    expected = [18, 108, 118, 128, 138, 148, 158, 178, 188, 198, 168]
    assert [r.id for r in model.rows()] == expected
    model.set_filter("zeuthen 1", even)
    model.set_filter("zeuthen 17", even)  # narrowing from the rows just shown
    assert [r.id for r in model.rows()] == [178]
    model.set_rows(rows)  # read again: the sort and filters stay
    assert [r.id for r in model.rows()] == [178]
    model.set_filter("", None)
    assert model.rowCount() == 300 and model.position(294) == 299
    assert model.find(168) is rows[168] and model.find(300) is None


class Item(NamedTuple):
    id: int
    name: str
    number: int | None
