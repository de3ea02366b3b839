"""What a report is made of. Registers describe their reports with these blocks;
`reports.xlsx` and `reports.pdf` know how to write them."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, overload


class Kind(Enum):
    """How a column's values are written."""

    TEXT = "text"
    DATE = "date"
    MOMENT = "moment"
    MONTH = "month"  # a month, given as the date of its first day
    NUMBER = "number"
    YES_NO = "yes_no"


class TooWide(Enum):
    """What the PDF does with a table whose columns do not fit the width of the page.

    A column is never narrower than its longest word or date, and words are never cut:
    the table turns its pages to landscape, or leaves out columns in their `drop_order`
    (the workbook keeps every column). When even that is not enough, the table's type
    gets smaller.
    """

    LANDSCAPE = "landscape"  # landscape first; then leave out columns
    DROP = "drop"  # leave out columns first, in portrait; then landscape


@dataclass(frozen=True)
class Column:
    """A column: its (translated) header, kind, relative width and, when the PDF may
    leave it out of a table too wide for the page, its drop order."""

    header: str
    kind: Kind = Kind.TEXT
    width: float = 1.0  # share of the PDF's spare text width; Excel fits to content
    drop_order: int | None = None  # None: always printed; 1 is left out first, then 2 …


class Stream(Sequence[Sequence[Any]]):
    """Rows read afresh from `source` each time they are gone through (a query run
    again), their number known beforehand: a writer that streams holds one row at a
    time, so its memory does not grow with the rows. Indexing reads up to the index."""

    def __init__(self, count: int, source: Callable[[], Iterable[Sequence[Any]]]) -> None:
        self._count = count
        self._source = source

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Sequence[Any]]:
        return iter(self._source())

    @overload
    def __getitem__(self, index: int) -> Sequence[Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[Sequence[Any]]: ...
    def __getitem__(self, index: int | slice) -> Sequence[Any] | list[Sequence[Any]]:
        if isinstance(index, slice):
            return list(itertools.islice(self, *index.indices(self._count)))
        at = index + self._count if index < 0 else index
        if not 0 <= at < self._count:
            raise IndexError(index)
        return next(itertools.islice(self, at, None))


@dataclass
class Table:
    """Rows under a header. In Excel a sheet named `title`; in the PDF a table. The rows
    may be a `Stream`."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]
    sheet: bool = True  # write it as a sheet in Excel
    in_pdf: bool = True  # print it in the PDF
    too_wide: TooWide = TooWide.LANDSCAPE  # the PDF's rule when the columns do not fit
    level: int = 2  # its title's level in the PDF: 1 a section, 2 a part of one (contents)


@dataclass(frozen=True)
class Heading:
    """A heading; level 1 starts a section (and an entry of the table of contents)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """Running text, printed as typed."""

    text: str


@dataclass(frozen=True)
class Fields:
    """Label-value pairs, e.g. the organisation's details."""

    pairs: Sequence[tuple[str, Any]]
    sheet_title: str = ""  # when set, Excel gets a two-column sheet of them


@dataclass(frozen=True)
class PageBreak:
    """Start a new page in the PDF."""


Block = Heading | Paragraph | Fields | Table | PageBreak


@dataclass
class Report:
    """A report: the same blocks make the workbook and the PDF."""

    title: str
    organisation: str
    blocks: list[Block] = field(default_factory=list)
    generated: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    table_of_contents: bool = False
    landscape: bool = False  # every PDF page landscape A4: a report of wide tables (the log)
    anchor: str = ""  # the audit chain's head (N:HEX16) when the report was made

    def tables(self) -> list[Table]:
        """The tables that become sheets."""
        return [b for b in self.blocks if isinstance(b, Table) and b.sheet]

    def row_count(self) -> int:
        """All table rows: the unit of progress."""
        return sum(len(b.rows) for b in self.blocks if isinstance(b, Table))

    def section_count(self) -> int:
        """Sections (level-1 and level-2 headings): the PDF's unit of progress."""
        return sum(1 for b in self.blocks if isinstance(b, Heading))
