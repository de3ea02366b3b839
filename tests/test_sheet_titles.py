"""Sheet names Excel accepts, the same in every workbook we write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from dpo_desk.reports.management import ManagementBook, write_workbook
from dpo_desk.reports.model import Column, Table


def _table(title: str) -> Table:
    return Table(title, [Column("Navn")], [["Ærø"]])


def test_the_management_workbook_names_its_sheets_as_excel_accepts(tmp_path: Path) -> None:
    book = ManagementBook(
        title="Ledelsesrapport",
        organisation="Softværket",
        generated=dt.datetime(2026, 3, 9, 10, 0),
        summary=_table("Overblik"),
        figures=[],
        charts=[],
        registers=[_table("History"), _table("'Kunder'"), _table("a/b: [c]*?" + "x" * 40)],
    )
    out = tmp_path / "ledelse.xlsx"
    for _ in write_workbook(book, out):
        pass
    names = load_workbook(out, read_only=True).sheetnames
    # Excel keeps "History" for itself and refuses a name that starts or ends with '
    assert "History" not in names and "History (1)" in names
    assert "Kunder" in names
    long = next(n for n in names if n.startswith("a b"))
    assert long == ("a b   c   " + "x" * 40)[:31]  # each of /:[]*? a space, 31 at most
