"""The log keeps no record's changes in memory: it reads them when shown, a block of
records at a time, and still shows and finds what each record holds."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot
from test_window_listings import _sql

from dpo_desk.db.session import Database
from dpo_desk.services import listings
from dpo_desk.ui.log_view import LogView


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of 4 records, 2 kept: the example's records span many blocks."""
    monkeypatch.setattr(listings.ChangeStore, "BLOCK", 4)
    monkeypatch.setattr(listings.ChangeStore, "KEEP", 2)


def test_every_records_changes_are_read_when_asked_for(
    demo_db: Database, small_blocks: None
) -> None:
    stored = dict(_sql(demo_db, "SELECT id, changes FROM audit_record"))
    lines = listings.log(demo_db)
    assert len(lines) == len(stored) > 20
    assert not any(isinstance(value, str) and value.startswith("{") for value in lines[0])
    for line in [*lines, *reversed(lines)]:  # blocks read, dropped and read again
        assert line.changes == json.loads(stored[line.id])
    assert len(lines[0].store._blocks) <= 2


def test_the_log_search_finds_what_the_changes_hold(
    qtbot: QtBot, demo_db: Database, small_blocks: None
) -> None:
    view = LogView(demo_db)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.total() > 0, timeout=3000)
    stored = dict(_sql(demo_db, "SELECT id, changes FROM audit_record"))
    needle = "softværket"
    holding = {i for i, raw in stored.items() if any(needle in t for t in _texts(json.loads(raw)))}
    assert holding
    view.search.setText(needle)
    shown = {view.model.row_at(r).id for r in range(view.proxy.rowCount())}
    assert holding <= shown


def _texts(value: object) -> list[str]:
    """Every text in a record's changes, folded."""
    if isinstance(value, str):
        return [value.casefold()]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def test_the_names_beside_each_line_are_those_every_records_references_name(
    demo_db: Database,
) -> None:
    from dpo_desk.services import audit_log

    records = audit_log.entries(demo_db)  # every record with its changes, as the ORM reads it
    with demo_db.reading() as session:
        expected = audit_log._linked_names(session, records)
    assert any(any(names.values()) for names in expected.values())  # some rows are named
    for line in listings.log(demo_db):
        assert line.names == expected.get(line.table_name, {}), line.table_name
