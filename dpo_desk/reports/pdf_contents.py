"""Page numbers known only at the end: "Side X af Y" in every footer, and the page of
each heading in the table of contents, in one pass of the layout.

The canvas keeps every page until the document is saved (reportlab writes nothing
before); the layout notes where each heading landed and where each line of the
contents wants its number; `save` then writes the numbers onto the kept pages. The
contents' lines are known before the layout (the headings are), and a number never
changes a line's height, so nothing has to be laid out twice.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

from dpo_desk.i18n import translate
from dpo_desk.reports.pdf_style import FONT

MARGIN = 18 * mm
NUMBER_ROOM = 36.0  # the contents' column of page numbers, in points


class NumberedCanvas(Canvas):
    """Draws "Side X af Y" once the number of pages is known (from page
    `first_numbered` on: a report with a cover page starts at 2), and the contents'
    page numbers once every heading's page is."""

    first_numbered = 1

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self.heading_pages: dict[int, int] = {}  # a heading's key -> its page
        # page -> where its contents' lines want their numbers: (right x, baseline y, key)
        self.number_marks: dict[int, list[tuple[float, float, int]]] = {}

    def mark_heading(self, key: int) -> None:
        """Heading `key` is on the page being laid out."""
        self.heading_pages.setdefault(key, self._pageNumber)

    def mark_number(self, right: float, baseline: float, key: int) -> None:
        """Write heading `key`'s page here (on this page) when it is known."""
        self.number_marks.setdefault(self._pageNumber, []).append((right, baseline, key))

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        label = translate("Report", "Page {page} of {total}")
        for state in self._saved_pages:
            self.__dict__.update(state)
            marks = self.number_marks.get(self._pageNumber, ())
            if marks:
                self.setFont(FONT, 10)
                self.setFillColor(colors.black)
                for right, baseline, key in marks:
                    page = self.heading_pages.get(key)
                    if page is not None:
                        self.drawRightString(right, baseline, str(page))
            if self._pageNumber >= self.first_numbered:
                self.setFont(FONT, 8)
                self.setFillColor(colors.grey)
                self.drawRightString(
                    self._pagesize[0] - MARGIN,
                    10 * mm,
                    label.format(page=self._pageNumber, total=total),
                )
            super().showPage()
        super().save()


class ContentsLine(Flowable):
    """A line of the table of contents: the heading's text, and at the right margin the
    page the heading `key` lands on (written by NumberedCanvas at the end)."""

    def __init__(self, key: int, text: RLParagraph) -> None:
        super().__init__()
        self.key = key
        self._text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _, height = self._text.wrapOn(self.canv, availWidth - NUMBER_ROOM, availHeight)
        self.width, self.height = availWidth, height
        return availWidth, height

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self._text.getSpaceAfter())

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        self._text.drawOn(canvas, x, y)
        style = self._text.style
        baseline = y + style.leading - style.fontSize  # of the last line
        mark = getattr(canvas, "mark_number", None)
        if mark is not None:
            mark(x + self.width, baseline, self.key)

    def draw(self) -> None:  # drawn by drawOn
        pass


def heading_key(flowable: Flowable) -> int | None:
    """The contents' key of a heading (None for any other flowable)."""
    return getattr(flowable, "contents_key", None)
