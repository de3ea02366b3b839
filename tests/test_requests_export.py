"""The request log's workbook, streamed from the database and written with XlsxWriter:
the same cells as the database holds, read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dpo_desk.db.session import Database
from dpo_desk.domain.requests import (
    STATUS_LABELS,
    TYPE_LABELS,
    Forwarding,
    RefusalGround,
    RequestDraft,
    RequestStatus,
    RequestType,
)
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Column, Kind, Report, Table
from dpo_desk.reports.xlsx import write_xlsx
from dpo_desk.services import request_export, requests
from dpo_desk.services.export import write_built

TODAY = dt.date(2026, 11, 25)
HEADERS = [
    "Anmoder", "Type", "Relation", "Modtaget", "Frist", "Forlænget", "Besvaret",
    "Dage brugt", "Status", "Rettidigt", "Videresendt til den dataansvarlige",
]  # fmt: skip
# the workbook's log alone carries what a request needs to be imported back
SHEET_ONLY = ["Afslagsgrund", "Begrundelse for forlængelsen", "Anmoder underrettet om forlængelsen"]
CLOSED = {"answered", "refused", "withdrawn"}
FORMULA_LIKE = ['=HYPERLINK("http://x.dk","klik")', "+45 12 34 56 78", "-Ærø", "@SUM(A1)"]


def _fill(db: Database) -> None:
    """Requests of every kind: formula-like names, text like the writer's own markup,
    extended, refused, answered late, forwarded to two controllers, open and overdue."""
    save = requests.save
    for i, name in enumerate(FORMULA_LIKE):
        save(db, RequestDraft(types=[RequestType.ACCESS], requester=name,
                              received=dt.date(2026, 1, 10 + i)), today=TODAY)
    save(db, RequestDraft(types=[RequestType.ERASURE, RequestType.RECTIFICATION],
                          requester="<r><t>Søren</t></r>", relation="Varmeforbruger",
                          received=dt.date(2026, 1, 31), status=RequestStatus.ANSWERED,
                          answered=dt.date(2026, 3, 3)), today=TODAY)  # one day late
    save(db, RequestDraft(types=[RequestType.OBJECTION], requester="Åse Østergaard",
                          received=dt.date(2026, 3, 9), extended=True,
                          extension_reason="Mange anmodninger",
                          extension_told=dt.date(2026, 3, 20)), today=TODAY)
    save(db, RequestDraft(types=[RequestType.PORTABILITY], requester="Bjørn Kjær",
                          received=dt.date(2026, 3, 9), extended=True,
                          extension_reason="Kompleks", extension_told=dt.date(2026, 3, 20),
                          status=RequestStatus.REFUSED, refusal_ground=next(iter(RefusalGround)),
                          answered=dt.date(2026, 4, 30)), today=TODAY)
    save(db, RequestDraft(types=[RequestType.ACCESS], requester="Lærke Frølund",
                          received=dt.date(2026, 11, 20),
                          forwardings=[Forwarding("Kolding Fjernvarme", dt.date(2026, 11, 21),
                                                  dt.date(2026, 11, 24)),
                                       Forwarding("Egtved Varmeværk", dt.date(2026, 11, 22))]),
         today=TODAY)


def _expected(db_path: Path) -> tuple[list[list[object]], list[list[object]], list[list[object]]]:
    """The three sheets' rows, worked out from the database file with plain SQL."""
    with sqlite3.connect(db_path) as con:
        found = con.execute(
            "SELECT id, requester, types, relation, received, deadline, extended, answered,"
            " status FROM subject_request ORDER BY received, id"
        ).fetchall()
        passed: dict[int, list[str]] = {}
        for request, controller, forwarded, answered in con.execute(
            "SELECT request_id, controller, forwarded, answered FROM request_forwarding"
            " ORDER BY id"
        ):
            on = dt.date.fromisoformat(forwarded).strftime("%d-%m-%Y")
            passed.setdefault(request, []).append(
                f"{controller}: videresendt {on}, besvaret "
                f"{dt.date.fromisoformat(answered).strftime('%d-%m-%Y')}"
                if answered
                else f"{controller}: videresendt {on}, endnu ikke besvaret"
            )
    rows, overdue, months = [], [], Counter[tuple[str, str]]()
    for id_, requester, types, relation, received, deadline, extended, answered, status in found:
        received, deadline = dt.date.fromisoformat(received), dt.date.fromisoformat(deadline)
        answered = dt.date.fromisoformat(answered) if answered else None
        kinds = [translate("Requests", TYPE_LABELS[RequestType(t)]) for t in json.loads(types)]
        row = [
            requester,
            ", ".join(kinds),
            relation or None,
            dt.datetime.combine(received, dt.time()),
            dt.datetime.combine(deadline, dt.time()),
            "Ja" if extended else "Nej",
            dt.datetime.combine(answered, dt.time()) if answered else None,
            ((answered or TODAY) - received).days,
            translate("Requests", STATUS_LABELS[RequestStatus(status)]),
            None if answered is None else ("Ja" if answered <= deadline else "Nej"),
            "; ".join(passed.get(id_, [])) or None,
        ]
        rows.append(row)
        if status not in CLOSED and deadline < TODAY:
            overdue.append(row)
        for kind in kinds:
            months[dt.datetime(received.year, received.month, 1), kind] += 1
    per_month = [[m, k, n] for (m, k), n in months.items()]
    return rows, per_month, overdue


def _values(sheet: object) -> list[list[object]]:
    rows = []
    for row in sheet.iter_rows(min_row=2, max_col=len(HEADERS), values_only=True):  # type: ignore[attr-defined]
        rows.append(list(row))
    return rows


def _sheet_only(sheet: object) -> list[list[object]]:
    first = len(HEADERS) + 1
    return [
        list(row)
        for row in sheet.iter_rows(min_row=2, min_col=first, values_only=True)  # type: ignore[attr-defined]
    ]


def _expected_sheet_only(db_path: Path) -> list[list[object]]:
    grounds = {"art12_5": "Åbenbart grundløs eller overdreven (art. 12, stk. 5)"}
    with sqlite3.connect(db_path) as con:
        found = con.execute(
            "SELECT refusal_ground, extension_reason, extension_told FROM subject_request"
            " ORDER BY received, id"
        ).fetchall()
    return [
        [
            grounds[ground] if ground else None,
            reason or None,
            dt.datetime.fromisoformat(told) if told else None,
        ]
        for ground, reason, told in found
    ]


def test_the_workbook_has_the_cells_the_database_holds(db: Database, db_path: Path,
                                                       tmp_path: Path) -> None:
    _fill(db)
    path = tmp_path / "log.xlsx"
    list(write_built(request_export.build(db, today=TODAY), "xlsx", path))
    book = load_workbook(path)
    assert book.sheetnames == ["Anmodninger", "Pr. måned og type", "Overskredne"]
    rows, per_month, overdue = _expected(db_path)
    log, late = book["Anmodninger"], book["Overskredne"]
    assert [c.value for c in log[1]] == HEADERS + SHEET_ONLY
    assert [c.value for c in late[1]] == HEADERS
    for sheet in (log, late):
        assert all(c.font.bold for c in sheet[1])
        assert sheet.freeze_panes == "A2"
    assert _values(log) == rows
    assert _values(late) == overdue
    assert [r[0] for r in overdue] == [*FORMULA_LIKE, "Åse Østergaard"]
    month_rows = [list(r) for r in book["Pr. måned og type"].iter_rows(min_row=2,
                                                                       values_only=True)]
    assert sorted(month_rows, key=str) == sorted(per_month, key=str)
    assert log.auto_filter.ref == f"A1:N{len(rows) + 1}"
    assert _sheet_only(log) == _expected_sheet_only(db_path)
    for column in "DEG":  # dates are dates, shown dd-mm-åååå
        dated = [c for c in log[column][1:] if c.value is not None]
        assert dated and all(c.is_date and c.number_format == "dd-mm-yyyy" for c in dated)
    for cell in log["A"][1:]:  # formula-like text stays text, marked so when edited
        assert cell.data_type == "s"
        assert cell.quotePrefix == cell.value.startswith(("=", "+", "-", "@"))
    deadlines = {r[0]: r[4].date() for r in rows}  # a refusal is due in a month even when
    assert deadlines["Bjørn Kjær"] == dt.date(2026, 4, 9)  # extended (Art. 12(4))
    assert deadlines["Åse Østergaard"] == dt.date(2026, 6, 9)


def test_the_months_are_dates_excel_sorts_shown_mm_aaaa(db: Database, tmp_path: Path) -> None:
    """Each month of "Pr. måned og type" is a real date, its first day, shown mm-åååå:
    Excel sorts, filters and charts it as a date (openpyxl reads it; no office suite)."""
    _fill(db)
    path = tmp_path / "log.xlsx"
    list(write_built(request_export.build(db, today=TODAY), "xlsx", path))
    sheet = load_workbook(path)["Pr. måned og type"]
    assert [c.value for c in sheet[1]] == ["Måned", "Type", "Antal"]
    rows = list(sheet.iter_rows(min_row=2))
    assert sorted((r[0].value, r[1].value, r[2].value) for r in rows) == sorted([
        (dt.datetime(2026, 1, 1), "Indsigt (art. 15)", 4),
        (dt.datetime(2026, 1, 1), "Berigtigelse (art. 16)", 1),
        (dt.datetime(2026, 1, 1), "Sletning (art. 17)", 1),
        (dt.datetime(2026, 3, 1), "Indsigelse (art. 21)", 1),
        (dt.datetime(2026, 3, 1), "Dataportabilitet (art. 20)", 1),
        (dt.datetime(2026, 11, 1), "Indsigt (art. 15)", 1),
    ])
    cells = [r[0] for r in rows]
    assert [c.value for c in cells] == sorted(c.value for c in cells)  # oldest month first
    for cell in cells:
        assert cell.is_date and isinstance(cell.value, dt.datetime), cell.coordinate
        assert cell.number_format == "mm-yyyy", cell.coordinate


def test_a_selection_streams_only_its_requests(db: Database, db_path: Path,
                                               tmp_path: Path) -> None:
    _fill(db)
    chosen = [r.id for r in requests.rows(db) if r.requester in ("Bjørn Kjær", "-Ærø")]
    report = request_export.build(db, chosen, today=TODAY)
    assert [len(t.rows) for t in report.tables()] == [2, 2, 1]
    path = tmp_path / "selection.xlsx"
    list(write_built(report, "xlsx", path))
    names = [r[0] for r in _values(load_workbook(path)["Anmodninger"])]
    assert names == ["-Ærø", "Bjørn Kjær"]
    assert list(report.tables()[0].rows) == list(report.tables()[0].rows)  # read afresh


def test_a_cancelled_workbook_leaves_no_file_and_no_scratch(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    table = Table("T", [Column("A"), Column("B", Kind.DATE)],
                  [(f"r{i}", dt.date(2026, 1, 1)) for i in range(2500)])
    path = tmp_path / "cancelled.xlsx"
    writing = write_xlsx(Report("R", "O", blocks=[table]), path)
    assert next(writing) == (1000, 2500)
    assert list(scratch.iterdir())  # the rows so far wait in a scratch file
    writing.close()
    assert not path.exists()
    assert list(scratch.iterdir()) == []


def test_the_html_log_shows_the_requests_once(db: Database, tmp_path: Path) -> None:
    _fill(db)
    path = tmp_path / "log.html"
    list(write_built(request_export.build(db, today=TODAY), "html", path))
    page = path.read_text(encoding="utf-8")
    assert page.count("<caption>Anmodninger</caption>") == 1
    assert "Afslagsgrund" in page  # the fuller form of the table, the workbook's
