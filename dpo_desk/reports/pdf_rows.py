"""A long table laid out a page at a time: its header at the top of every page and
nowhere else, a row never split unless it is taller than a page, in time linear in the
rows.

reportlab splits a table by copying and measuring again all the rows still to come, at
every page: quadratic in the rows. Cutting the table into tables of a few hundred rows
kept that down, but each of them began with its header, wherever on the page it began.
Here the rows are measured once; a page takes the rows that fit below the header, found
by bisection in the running sum of their heights.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import Any

from reportlab.platypus import Flowable, TableStyle

from dpo_desk.reports.pdf_style import PlainTable


class _Rows:
    """What every part of one table shares: the cells, the widths, the style, and the
    rows' heights as a running sum."""

    def __init__(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: list[float],
        style: TableStyle,
        leading: float,
        padding: float,
    ) -> None:
        self.header, self.rows, self.widths, self.style = header, rows, widths, style
        # As reportlab measures a plain cell: its lines times the leading, and the
        # padding above and below; a row is as tall as its tallest cell.
        self.header_height = (max(c.count("\n") for c in header) + 1) * leading + padding
        heights = ((max(c.count("\n") for c in row) + 1) * leading + padding for row in rows)
        self.ends = [0.0, *accumulate(heights)]  # ends[i]: the height of rows[:i]

    def table(self, start: int, stop: int, *, split_in_row: bool = False) -> PlainTable:
        table = PlainTable(
            [self.header, *self.rows[start:stop]],
            colWidths=self.widths,
            repeatRows=1,
            splitInRow=int(split_in_row),
        )
        table.setStyle(self.style)
        return table


class PagedTable(Flowable):
    """The rows from `start` on of a table, under its header."""

    def __init__(self, rows: _Rows, start: int = 0) -> None:
        super().__init__()
        self._rows = rows
        self._start = start

    @classmethod
    def of(
        cls,
        header: list[str],
        rows: list[list[str]],
        widths: list[float],
        style: TableStyle,
        *,
        leading: float,
        padding: float,
    ) -> PagedTable:
        """The table of `rows` (plain cells, already broken into lines) under `header`,
        its cells' lines `leading` apart, `padding` above and below them in all."""
        return cls(_Rows(header, rows, widths, style, leading, padding))

    @property
    def row_count(self) -> int:
        """The rows this part holds."""
        return len(self._rows.rows) - self._start

    def _height(self) -> float:
        ends = self._rows.ends
        return self._rows.header_height + ends[-1] - ends[self._start]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = sum(self._rows.widths), self._height()
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        rows, start = self._rows, self._start
        room = availHeight - rows.header_height
        ends = rows.ends
        stop = min(bisect_right(ends, ends[start] + room + 1e-6) - 1, len(rows.rows))
        while stop > start:
            part = rows.table(start, stop)
            if part.wrapOn(self.canv, availWidth, availHeight)[1] <= availHeight + 1e-6:
                rest = [PagedTable(rows, stop)] if stop < len(rows.rows) else []
                return [part, *rest]
            stop -= 1  # measured otherwise than reportlab does: never expected
        frame = self._doctemplateAttr("frame")
        if not getattr(frame, "_atTop", False):
            return []  # the next row goes whole to the next page
        # A row taller than a page: only it is split, and it goes on under the header.
        rest: list[Flowable] = [PagedTable(rows, start + 1)] if start + 1 < len(rows.rows) else []
        tall = rows.table(start, start + 1, split_in_row=True)
        return [*tall.splitOn(self.canv, availWidth, availHeight), *rest]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        table = self._rows.table(self._start, len(self._rows.rows))
        table.wrapOn(canvas, self.width, self.height)
        table.drawOn(canvas, x, y, _sW)

    def draw(self) -> None:  # drawn by drawOn
        pass
