"""The log and the organisation report speak of records and fields by their titles, in
Danish and in English: never a table or column name of the schema."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from dpo_desk import i18n
from dpo_desk.db.schema import metadata
from dpo_desk.db.session import Database
from dpo_desk.services import consents, export, processors
from dpo_desk.ui.log_view import COLUMNS, LogView

TODAY = dt.date(2026, 11, 25)
# Every name of the schema a person must never read (tables and columns).
SCHEMA_NAMES = {t.name for t in metadata.sorted_tables} | {
    c.name for t in metadata.sorted_tables for c in t.columns
}
# Names that are also plain words of a title or a value ("Status", "Note", "E-mail").
WORDS = {"status", "email", "country", "source", "phone", "name", "notes", "kind", "on",
         "action", "text", "label", "date", "data", "hash", "id", "city", "version",
         "channel", "contact", "role", "risk", "service", "tool", "owner", "purposes",
         "moved", "relation", "decision", "dpia", "due", "done", "changes", "utility",
         "position", "address", "at", "findings", "method", "types", "answered",
         "deadline", "received", "extended", "withdrawn", "requester", "created", "cvr",
         "website", "recipient", "documentation", "processing", "concept", "street",
         "retired", "sensitivity", "processor", "organisation", "consumer", "activity",
         "breach", "title", "description", "reference", "advice", "consequences", "kinds",
         "controller"}
RAW = sorted(SCHEMA_NAMES - WORDS, key=len, reverse=True)


@pytest.fixture
def busy_db(demo_db: Database) -> Database:
    """The example data, plus events the log records: a note opened, a withdrawal."""
    consumer = consents.rows(demo_db, today=TODAY)[0]
    consents.reveal(demo_db, consumer.id)
    consents.withdraw(demo_db, consumer.id, on=TODAY, how="Telefon", today=TODAY)
    return demo_db


@pytest.fixture(params=["da", "en"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("da")


def _raw_names_in(text: str) -> list[str]:
    found = []
    for name in RAW:
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            found.append(name)
    return found


def _log_texts(qtbot: QtBot, db: Database) -> tuple[LogView, list[str]]:
    view = LogView(db)
    qtbot.addWidget(view)
    view.reload()
    table = [c.header for c in COLUMNS].index("Table")
    changes = [c.header for c in COLUMNS].index("Changes")
    texts = [view.table_filter.itemText(i) for i in range(view.table_filter.count())]
    for row in range(view.model.rowCount()):
        texts.append(view.model.index(row, table).data())
        texts.append(view.model.index(row, changes).data())
    return view, texts


def test_the_log_shows_only_titles(qtbot: QtBot, busy_db: Database, language: str) -> None:
    view, texts = _log_texts(qtbot, busy_db)
    assert view.model.rowCount() > 100
    offending = {t: _raw_names_in(t) for t in texts if _raw_names_in(t)}
    assert offending == {}
    joined = "\n".join(texts)
    consumer, note, request, consideration, erased = {
        "da": ("Forbruger", "Note", "Anmodning", "Særligt hensyn", "[slettet]"),
        "en": ("Consumer", "Note", "Subject request", "Special consideration", "[erased]"),
    }[language]
    assert consumer in texts and request in texts
    assert f"{consideration} = " in joined
    assert {"da": "Felt = Note", "en": "Field = Note"}[language] in joined  # the note opened
    assert f"{note} = {erased}" in joined
    assert "25-11-2026" in joined and "2026-11-25" not in joined  # dates as people write them


def test_the_log_filter_lists_titles_and_filters_by_table(qtbot: QtBot,
                                                         busy_db: Database) -> None:
    view, _texts = _log_texts(qtbot, busy_db)
    view.table_filter.setCurrentIndex(view.table_filter.findText("Aftalepart"))
    assert view.model.rowCount() > 0
    table = [c.header for c in COLUMNS].index("Table")
    assert {view.model.index(r, table).data() for r in range(view.model.rowCount())} == {
        "Aftalepart"
    }


def test_a_reference_is_shown_by_the_name_of_the_row_it_names(qtbot: QtBot,
                                                             busy_db: Database) -> None:
    view, texts = _log_texts(qtbot, busy_db)
    party = processors.rows(busy_db, today=TODAY)
    named = [p.name for p in party if processors.rounds(busy_db, p.id)]
    assert any(f"Aftalepart = {name}" in t for t in texts for name in named)


def _workbook_texts(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    return [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if isinstance(value, str)
    ]


def test_the_log_export_shows_only_titles(tmp_path: Path, busy_db: Database,
                                          language: str) -> None:
    out = tmp_path / "log.xlsx"
    list(export.export(busy_db, report="log", fmt="xlsx", out=out))
    cells = _workbook_texts(out)
    assert {t: _raw_names_in(t) for t in cells if _raw_names_in(t)} == {}
    consumer, consideration = {
        "da": ("Forbruger", "Særligt hensyn"),
        "en": ("Consumer", "Special consideration"),
    }[language]
    assert consumer in cells
    assert any(f"{consideration} = " in c for c in cells)


def test_the_organisation_report_names_what_the_database_holds(
    tmp_path: Path, busy_db: Database, language: str
) -> None:
    out = tmp_path / "organisation.xlsx"
    list(export.export(busy_db, report="organisation", fmt="xlsx", out=out))
    cells = _workbook_texts(out)
    assert {t: _raw_names_in(t) for t in cells if _raw_names_in(t)} == {}
    for internal in ("attachment_content", "activity_data_subject", "app_setting"):
        assert internal not in cells
    expected = {
        "da": ("Forbruger", "Anmodning", "Aftalepart", "Helbredssamtykker"),
        "en": ("Consumer", "Subject request", "Agreement party", "Health consents"),
    }[language]
    for title in expected:
        assert title in cells
