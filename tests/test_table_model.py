"""The table pattern: the model passes Qt's model tester, sorts Danish, filters Danish."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from dpo_desk.ui.table_model import (
    ROW_ROLE,
    SORT_ROLE,
    RecordFilterProxy,
    RecordTableModel,
    TableColumn,
)


@dataclass
class Town:
    name: str
    founded: dt.date


COLUMNS = [
    TableColumn("Name", lambda t: t.name),
    TableColumn("Founded", lambda t: t.founded.strftime("%d-%m-%Y"), sort=lambda t: t.founded),
]
TOWNS = [
    Town("Ærøskøbing", dt.date(1300, 1, 1)),
    Town("Zealand", dt.date(1200, 5, 1)),
    Town("Aalborg", dt.date(1342, 1, 1)),
    Town("Odense", dt.date(988, 3, 18)),
    Town("Ølstykke", dt.date(1400, 1, 1)),
    Town("alborg", dt.date(2000, 1, 1)),
    Town("Åbenrå", dt.date(1335, 1, 1)),
]
SEARCHABLE = [*TOWNS, Town("Ålborg", dt.date(1342, 1, 1))]


def _pipeline() -> tuple[RecordTableModel[Town], RecordFilterProxy]:
    model: RecordTableModel[Town] = RecordTableModel(COLUMNS, context="Test")
    model.set_rows(TOWNS)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _names(proxy: RecordFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_the_model_passes_qts_model_tester(qtmodeltester: ModelTester) -> None:
    model, proxy = _pipeline()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_text_sorts_in_danish_order(qapp: object) -> None:
    _, proxy = _pipeline()
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    # "Aa" is Å, so Aalborg sorts with the Å words, after Åbenrå (b before l)
    assert _names(proxy) == [
        "alborg",
        "Odense",
        "Zealand",
        "Ærøskøbing",
        "Ølstykke",
        "Åbenrå",
        "Aalborg",
    ]


def test_dates_sort_as_dates(qapp: object) -> None:
    _, proxy = _pipeline()
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert _names(proxy)[0] == "Odense"  # 988 sorts before 1200 although "18-03-0988" > "01-05"
    assert proxy.index(0, 1).data(SORT_ROLE) == dt.date(988, 3, 18)


def test_search_folds_danish_case_without_folding_letters(qapp: object) -> None:
    model, proxy = _pipeline()
    model.set_rows(SEARCHABLE)
    proxy.set_search("ærø")
    assert _names(proxy) == ["Ærøskøbing"]
    proxy.set_search("ÆRØ")
    assert _names(proxy) == ["Ærøskøbing"]
    proxy.set_search("ALBORG")
    assert sorted(_names(proxy)) == ["Aalborg", "alborg"]  # never "Ålborg"
    proxy.set_search("ålborg")
    assert _names(proxy) == ["Ålborg"]
    proxy.set_search("")
    assert proxy.rowCount() == len(SEARCHABLE)


def test_a_predicate_filters_rows_and_the_row_role_gives_the_object(qapp: object) -> None:
    _, proxy = _pipeline()
    proxy.set_predicate(lambda t: t.founded.year > 1330)
    assert set(_names(proxy)) == {"Aalborg", "Ølstykke", "alborg", "Åbenrå"}
    assert isinstance(proxy.index(0, 0).data(ROW_ROLE), Town)


def test_typing_on_narrows_to_the_same_rows_as_a_fresh_search(qapp: object) -> None:
    model, proxy = _pipeline()
    model.set_rows(SEARCHABLE)
    for typed in ("a", "al", "alb", "al", "", "ø", "øl", "ølx", "øl"):
        proxy.set_search(typed)
        fresh_model, fresh = _pipeline()
        fresh_model.set_rows(SEARCHABLE)
        fresh.set_search(typed)
        assert sorted(_names(proxy)) == sorted(_names(fresh)), typed
