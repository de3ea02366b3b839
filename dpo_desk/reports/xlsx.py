"""Excel workbooks: one sheet per table, bold frozen header, autofilter, fitted widths,
real dates, and the organisation and generation time in the document properties."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from dpo_desk import APP_NAME
from dpo_desk.i18n import translate
from dpo_desk.reports.cells import as_excel, is_formula_like
from dpo_desk.reports.model import Column, Fields, Kind, Report, Table

_BOLD = Font(bold=True)
_MAX_WIDTH = 60
_WIDTH_SAMPLE = 500
_INVALID_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_title(title: str, used: set[str]) -> str:
    base = title.translate(_INVALID_SHEET_CHARS).strip()[:31] or "Ark"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def _widths(table: Table, formats: list[str]) -> list[float]:
    widths = [len(c.header) + 4 for c in table.columns]  # room for the filter button
    for row in table.rows[:_WIDTH_SAMPLE]:
        for i, value in enumerate(row):
            size = 11 if formats[i] else len(str(value or "").split("\n")[0])
            widths[i] = max(widths[i], size)
    return [min(w + 2, _MAX_WIDTH) for w in widths]


def _number_format(column: Column) -> str:
    return {Kind.DATE: "dd-mm-yyyy", Kind.MOMENT: "dd-mm-yyyy hh:mm"}.get(column.kind, "")


def _cell(sheet: Any, value: Any, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and is_formula_like(value):
        cell.data_type = "s"  # text, never a formula
        cell.quotePrefix = True
    elif number_format and value is not None:
        cell.number_format = number_format
    return cell


def write_xlsx(report: Report, path: Path) -> Iterator[tuple[int, int]]:
    """Write the report's tables as a workbook; yields (rows done, rows in all)."""
    yes, no = translate("Report", "Yes"), translate("Report", "No")
    workbook = Workbook(write_only=True)
    workbook.properties.title = report.title
    workbook.properties.subject = report.organisation
    workbook.properties.creator = APP_NAME
    workbook.properties.company = report.organisation  # type: ignore[attr-defined]
    workbook.properties.created = report.generated.replace(tzinfo=None)
    workbook.properties.description = translate("Report", "Generated {moment}").format(
        moment=report.generated.astimezone().strftime("%d-%m-%Y %H:%M")
    )
    if report.anchor:  # the audit chain's head, to hold the database against later
        workbook.properties.keywords = f"audit-chain:{report.anchor}"
        workbook.properties.identifier = report.anchor
    total, done, used = report.row_count(), 0, set[str]()
    for block in report.blocks:
        if isinstance(block, Fields) and block.sheet_title:
            block = Table(
                block.sheet_title,
                [Column(translate("Report", "Field")), Column(translate("Report", "Value"))],
                [(label, value) for label, value in block.pairs],
            )
        if not isinstance(block, Table) or not block.sheet:
            continue
        sheet = workbook.create_sheet(_sheet_title(block.title, used))
        formats = [_number_format(c) for c in block.columns]
        for i, width in enumerate(_widths(block, formats), start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.freeze_panes = "A2"
        last = get_column_letter(max(len(block.columns), 1))
        sheet.auto_filter.ref = f"A1:{last}{len(block.rows) + 1}"
        header = []
        for column in block.columns:
            cell = _cell(sheet, column.header, "")
            cell.font = _BOLD
            header.append(cell)
        sheet.append(header)
        kinds = [c.kind for c in block.columns]
        for row in block.rows:
            sheet.append(
                [
                    _cell(sheet, as_excel(value, kinds[i], yes, no), formats[i])
                    for i, value in enumerate(row)
                ]
            )
            done += 1
            if done % 1000 == 0:
                yield done, total
    if not workbook.worksheets:
        workbook.create_sheet(_sheet_title(report.title, used))
    workbook.save(str(path))
    yield total, total
