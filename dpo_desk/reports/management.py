"""The management workbook: a summary sheet of key figures with charts, the charts'
figures, then one sheet per register. Every sheet is a real Excel table (filters and
banding), with a frozen header, real dates and fitted widths; written in openpyxl's
write-only mode so that a large database stays fast and small in memory."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table as XlTable
from openpyxl.worksheet.table import TableColumn, TableStyleInfo

from dpo_desk import APP_NAME
from dpo_desk.i18n import translate
from dpo_desk.reports.cells import as_excel, is_formula_like, sheet_title
from dpo_desk.reports.model import Column, Kind, Table

TABLE_STYLE = "TableStyleMedium2"
_MAX_WIDTH = 60
_BOLD = Font(bold=True)
_WIDTH_SAMPLE = 500
_FORMATS = {Kind.DATE: "dd-mm-yyyy", Kind.MOMENT: "dd-mm-yyyy hh:mm"}


@dataclass(frozen=True)
class Chart:
    """A bar chart on the summary sheet of a block on the figures sheet."""

    title: str
    block: int  # index of the figures table it draws
    y_title: str
    stacked: bool = False


@dataclass
class ManagementBook:
    """What the workbook holds."""

    title: str
    organisation: str
    generated: dt.datetime
    summary: Table  # label, value
    figures: list[Table]  # the charts' figures, first column the category
    charts: list[Chart]
    registers: list[Table]

    def row_count(self) -> int:
        """The unit of progress: every row written."""
        return sum(len(t.rows) for t in [self.summary, *self.figures, *self.registers])


def _widths(table: Table) -> list[float]:
    widths = [len(c.header) + 4.0 for c in table.columns]  # room for the filter button
    for row in table.rows[:_WIDTH_SAMPLE]:
        for i, value in enumerate(row):
            kind = table.columns[i].kind
            if kind in _FORMATS:
                size = 16 if kind is Kind.MOMENT else 11
            else:
                size = len(str(value if value is not None else "").split("\n")[0])
            widths[i] = max(widths[i], size)
    return [min(w + 2, _MAX_WIDTH) for w in widths]


def _cell(sheet: Any, value: Any, kind: Kind, yes: str, no: str, bold: bool = False) -> Any:
    """A cell's value; a styled cell only where the value needs one (a date's format,
    text a spreadsheet would run as a formula, a bold header)."""
    value = as_excel(value, kind, yes, no)
    formula_like = isinstance(value, str) and is_formula_like(value)
    dated = kind in _FORMATS and value is not None
    if not (formula_like or dated or bold):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    if formula_like:
        cell.data_type = "s"
        cell.quotePrefix = True
    elif dated:
        cell.number_format = _FORMATS[kind]
    if bold:
        cell.font = _BOLD
    return cell


def _table_name(title: str, used: set[str]) -> str:
    base = "".join(c for c in title.title() if c.isalnum() and c.isascii()) or "Table"
    base = base if base[0].isalpha() else f"T{base}"
    name, n = base, 2
    while name.lower() in used:
        name, n = f"{base}{n}", n + 1
    used.add(name.lower())
    return name


def _header_names(columns: Sequence[Column]) -> list[str]:
    """Table headers must be unique text."""
    seen: set[str] = set()
    names = []
    for c in columns:
        name, n = c.header or "-", 2
        while name.lower() in seen:
            name, n = f"{c.header} {n}", n + 1
        seen.add(name.lower())
        names.append(name)
    return names


class _Writer:
    def __init__(self, book: ManagementBook) -> None:
        self.book = book
        self.wb = Workbook(write_only=True)
        self.yes, self.no = translate("Report", "Yes"), translate("Report", "No")
        self.tables: set[str] = set()
        self.sheets: set[str] = set()
        self.done, self.total = 0, book.row_count()

    def table_rows(self, sheet: Any, table: Table, first_row: int) -> Iterator[int]:
        """Append the table's header and rows from `first_row`; add the Excel table."""
        names = _header_names(table.columns)
        sheet.append([_cell(sheet, n, Kind.TEXT, self.yes, self.no, bold=True) for n in names])
        kinds = [c.kind for c in table.columns]
        for row in table.rows:
            sheet.append([_cell(sheet, v, kinds[i], self.yes, self.no) for i, v in enumerate(row)])
            self.done += 1
            if self.done % 2000 == 0:
                yield self.done
        if not table.rows:
            sheet.append([None] * len(names))
        last = first_row + max(len(table.rows), 1)
        ref = f"A{first_row}:{get_column_letter(len(names))}{last}"
        xl = XlTable(displayName=_table_name(table.title, self.tables), ref=ref)
        xl.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
        xl.autoFilter = AutoFilter(ref=ref)  # the filter buttons
        xl.tableColumns = [TableColumn(id=i + 1, name=n) for i, n in enumerate(names)]
        with warnings.catch_warnings():  # the columns are given above
            warnings.simplefilter("ignore", UserWarning)
            sheet.add_table(xl)

    def register_sheet(self, table: Table) -> Iterator[int]:
        sheet = self.wb.create_sheet(sheet_title(table.title, self.sheets))
        for i, width in enumerate(_widths(table), start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.freeze_panes = "A2"
        yield from self.table_rows(sheet, table, 1)

    def figures_sheet(self) -> tuple[Any, list[int], Iterator[int]]:
        """The charts' figures, one table under the other; returns the sheet, the first
        row of each table, and the work."""
        sheet = self.wb.create_sheet(
            sheet_title(translate("ManagementReport", "Chart figures"), self.sheets)
        )
        starts, row = [], 1
        for table in self.book.figures:
            starts.append(row)
            row += max(len(table.rows), 1) + 3
        widest = max((len(t.columns) for t in self.book.figures), default=1)
        for i in range(1, widest + 1):
            sheet.column_dimensions[get_column_letter(i)].width = 18
        sheet.freeze_panes = "A2"

        def work() -> Iterator[int]:
            for n, table in enumerate(self.book.figures):
                yield from self.table_rows(sheet, table, starts[n])
                sheet.append([])
                sheet.append([])

        return sheet, starts, work()

    def chart(self, sheet: Any, chart: Chart, start: int) -> BarChart:
        table = self.book.figures[chart.block]
        bar = BarChart()
        bar.type = "col"
        bar.title = chart.title
        bar.y_axis.title = chart.y_title
        bar.height, bar.width = 7.5, 16
        if chart.stacked:
            bar.grouping, bar.overlap = "stacked", 100
        rows = max(len(table.rows), 1)
        data = Reference(
            sheet,
            min_col=2,
            max_col=len(table.columns),
            min_row=start,
            max_row=start + rows,
        )
        labels = Reference(sheet, min_col=1, min_row=start + 1, max_row=start + rows)
        bar.add_data(data, titles_from_data=True)
        bar.set_categories(labels)
        return bar


def write_workbook(book: ManagementBook, path: Path) -> Iterator[tuple[int, int]]:
    """Write the workbook; yields (rows done, rows in all)."""
    w = _Writer(book)
    props = w.wb.properties
    props.title, props.subject, props.creator = book.title, book.organisation, APP_NAME
    props.created = book.generated.replace(tzinfo=None)
    summary = w.wb.create_sheet(sheet_title(book.summary.title, w.sheets))
    for i, width in enumerate(_widths(book.summary), start=1):
        summary.column_dimensions[get_column_letter(i)].width = width
    summary.freeze_panes = "A2"
    figures, starts, figures_work = w.figures_sheet()
    for n, chart in enumerate(book.charts):
        summary.add_chart(w.chart(figures, chart, starts[chart.block]), f"D{2 + 16 * n}")
    for done in w.table_rows(summary, book.summary, 1):
        yield done, w.total
    for done in figures_work:
        yield done, w.total
    for table in book.registers:
        for done in w.register_sheet(table):
            yield done, w.total
    w.wb.save(str(path))
    yield w.total, w.total
