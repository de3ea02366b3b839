"""Reading a spreadsheet to import: an xlsx workbook (formulas as their saved results,
never evaluated) or a CSV file (; or , separated, UTF-8 or Windows-1252).

Hostile files are refused with a message before they cost much: a file that is not a
workbook, a zip whose declared uncompressed size passes the cap (a zip bomb).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dpo_desk.domain.import_checks import Formula
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, UserError

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # bytes a workbook may unpack to
MAX_CSV = 200 * 1024 * 1024
HEADER_SEARCH = 10  # rows looked at for the header row

MSG_NOT_WORKBOOK = QT_TRANSLATE_NOOP(
    "Domain", "{file} is not an Excel workbook (.xlsx) or a CSV file, and cannot be imported."
)
MSG_OLD_EXCEL = QT_TRANSLATE_NOOP(
    "Domain",
    "{file} is an old Excel file (.xls). Open it in Excel and save it as an Excel workbook "
    "(.xlsx), then import that.",
)
MSG_TOO_BIG = QT_TRANSLATE_NOOP(
    "Domain",
    "{file} would unpack to {size} MB, more than the {limit} MB an import may hold; it is "
    "refused. Split it into smaller workbooks.",
)
MSG_EMPTY = QT_TRANSLATE_NOOP("Domain", "{file} holds no rows to import.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("Domain", "{file} cannot be read: {reason}")


@dataclass
class SheetTable:
    """The rows of one sheet: its header row and the rows below it, each with the row
    number the spreadsheet shows."""

    file_name: str
    sheet: str
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[object]]] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)


# How well a header row suits the register: the number of headings it recognises.
Scorer = Callable[[Sequence[object]], int]


def read_table(path: Path, score: Scorer, *, sheet: str | None = None) -> SheetTable:
    """The sheet (the one named, or the one whose headers `score` best) of an xlsx or csv
    file, from its header row (of the first rows, the best scored) down."""
    head = _head_bytes(path)
    if head.startswith(b"PK"):
        return _read_xlsx(path, score, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(MSG_OLD_EXCEL, file=path.name)
    if b"\x00" in head or path.suffix.lower() not in (".csv", ".txt", ".tsv"):
        raise UserError(MSG_NOT_WORKBOOK, file=path.name)
    return _read_csv(path, score)


def _head_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(4096)
    except OSError as error:
        raise UserError(MSG_UNREADABLE, file=path.name, reason=error.strerror or "") from error


def check_zip(path: Path, *, limit: int = MAX_UNCOMPRESSED) -> None:
    """Refuse a zip that is not one, or whose members declare more than `limit` bytes."""
    try:
        with zipfile.ZipFile(path) as z:
            total = sum(i.file_size for i in z.infolist())
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise UserError(MSG_NOT_WORKBOOK, file=path.name) from error
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise UserError(MSG_NOT_WORKBOOK, file=path.name)
    if total > limit:
        raise UserError(MSG_TOO_BIG, file=path.name, size=total // 2**20, limit=limit // 2**20)


def _best_header(rows: list[list[object]], score: Scorer) -> int:
    """The index of the header row among the first rows: the best scored, else the first
    row that is not empty."""
    best, best_score = -1, 0
    for i, row in enumerate(rows[:HEADER_SEARCH]):
        s = score(row)
        if s > best_score:
            best, best_score = i, s
    if best >= 0:
        return best
    return next((i for i, row in enumerate(rows) if any(_filled(c) for c in row)), 0)


def _filled(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def _table(
    file_name: str, sheet: str, raw: list[list[object]], score: Scorer, sheets: list[str]
) -> SheetTable:
    at = _best_header(raw, score)
    header = raw[at] if raw else []
    width = max((i + 1 for i, c in enumerate(header) if _filled(c)), default=0)
    headers = [str(c).strip() if _filled(c) else "" for c in header[:width]]
    table = SheetTable(file_name, sheet, at + 1, headers, sheets=sheets)
    for number, row in enumerate(raw[at + 1 :], start=at + 2):
        cells = list(row[:width]) + [None] * (width - len(row))
        if any(_filled(c) for c in cells):
            table.rows.append((number, cells))
    if not headers:
        raise UserError(MSG_EMPTY, file=file_name)
    return table


def _read_xlsx(path: Path, score: Scorer, chosen: str | None) -> SheetTable:
    check_zip(path)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise UserError(MSG_NOT_WORKBOOK, file=path.name) from error
    try:
        names = list(book.sheetnames)
        if chosen is None:
            heads = {
                n: [list(r) for r in book[n].iter_rows(max_row=HEADER_SEARCH, values_only=True)]
                for n in names
            }
            chosen = max(names, key=lambda n: max((score(r) for r in heads[n]), default=0))
        sheet = book[chosen]
        raw = [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    _mark_formulas(path, chosen, raw)
    return _table(path.name, chosen, raw, score, names)


def _mark_formulas(path: Path, sheet: str, raw: list[list[object]]) -> None:
    """Mark the cells whose formula has no saved result (they read as empty): only when
    the workbook holds formulas at all, read a second time for them."""
    with zipfile.ZipFile(path) as z:
        if not any(
            n.startswith("xl/worksheets/") and b"<f" in z.read(n)
            for n in z.namelist()
            if n.endswith(".xml")
        ):
            return
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=False)
    try:
        for r, row in enumerate(book[sheet].iter_rows(values_only=True)):
            for c, value in enumerate(row):
                if (
                    isinstance(value, str)
                    and value.startswith("=")
                    and r < len(raw)
                    and c < len(raw[r])
                    and raw[r][c] is None
                ):
                    raw[r][c] = Formula(value)
    finally:
        book.close()


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _read_csv(path: Path, score: Scorer) -> SheetTable:
    size = path.stat().st_size
    if size > MAX_CSV:
        raise UserError(MSG_TOO_BIG, file=path.name, size=size // 2**20, limit=MAX_CSV // 2**20)
    text = _decode(path.read_bytes())
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    if "\t" in first and first.count("\t") > first.count(delimiter):
        delimiter = "\t"
    try:
        raw: list[list[object]] = [
            [c if c != "" else None for c in row]
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error as error:
        raise UserError(MSG_UNREADABLE, file=path.name, reason=str(error)) from error
    return _table(path.name, "", raw, score, [])
