"""Page numbers known only at the end: "Side X af Y" in every footer, and the page of
each heading in the table of contents, in one pass of the layout.

reportlab writes nothing before the document is saved: each page's content is kept, as
the stream the page is drawn with. The layout notes where each heading landed and where
each line of the contents wants its number; `save` then adds the numbers at the end of
each page's stream. A page is kept compressed from its end on, never as the canvas'
state (its drawing operators as Python strings): a long report holds its compressed
pages. The contents' lines are known before the layout (the headings
are), and a number never changes a line's height, so nothing has to be laid out twice.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

from dpo_desk.i18n import translate
from dpo_desk.reports.pdf_style import FONT, Measured, styles

MARGIN = 18 * mm
NUMBER_ROOM = 36.0  # the contents' column of page numbers, in points


class NumberedCanvas(Canvas):
    """Draws "Side X af Y" once the number of pages is known (from page
    `first_numbered` on: a report with a cover page starts at 2), and the contents'
    page numbers once every heading's page is."""

    first_numbered = 1

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
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
        super().showPage()
        # The page as reportlab keeps it to the end, but compressed now: its stream is
        # written as it would be at the save.
        page = self._doc.Pages.pages[-1]
        if self._pageCompression:
            page.Contents = _PageStream(page.stream)
            page.stream = None

    def _numbers(self, number: int, width: float, total: int, label: str) -> str:
        """The operators that draw page `number`'s contents numbers and footer."""
        self._code = []
        marks = self.number_marks.get(number, ())
        if marks:
            self.setFont(FONT, 10)
            self.setFillColor(colors.black)
            for right, baseline, key in marks:
                page = self.heading_pages.get(key)
                if page is not None:
                    self.drawRightString(right, baseline, str(page))
        if number >= self.first_numbered:
            self.setFont(FONT, 8)
            self.setFillColor(colors.grey)
            self.drawRightString(
                width - MARGIN, 10 * mm, label.format(page=number, total=total)
            )
        code, self._code = self._code, []
        return "\n".join(code) + "\n" if code else ""

    def save(self) -> None:
        if self._code:
            self.showPage()
        pages = self._doc.Pages.pages
        total = len(pages)
        label = translate("Report", "Page {page} of {total}")
        for number, page in enumerate(pages, start=1):
            extra = self._numbers(number, page.pagewidth, total, label)
            if not extra:
                continue
            if page.stream is None:  # drawn last on the page, uncompressed a page at a time
                stream = page.Contents
                stream.content = zlib.compress(zlib.decompress(stream.content) + extra.encode())
            else:
                page.stream += extra
        self._code = []
        super().save()


class _PageStream(PDFStream):
    """A page's stream, compressed as reportlab compresses it at the save (its filter
    named, so that reportlab does not compress it again), and let go once written into
    the file (reportlab assembles the whole file in memory before it writes it)."""

    def __init__(self, stream: str) -> None:
        super().__init__(content=zlib.compress(stream.encode("utf8")))
        self.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
        self.__Comment__ = "page stream"

    def format(self, document: Any) -> bytes:
        formatted: bytes = super().format(document)
        self.content = b""
        return formatted


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


def contents_lines(entries: Iterable[tuple[int, str]]) -> Iterator[ContentsLine]:
    """The table of contents, a line per (level, text) of `entries`, made as they are
    asked for (the key of a line is its place), as `reports.pdf` makes them."""
    first = styles()["Toc1"]
    levels = [
        ParagraphStyle("Toc1-line", parent=first, spaceAfter=1),
        ParagraphStyle("Toc2-line", parent=first, spaceAfter=1, leftIndent=12),
    ]
    for key, (level, value) in enumerate(entries):
        yield ContentsLine(key, Measured(escape(value), levels[min(level, 1)]))


def heading_key(flowable: Flowable) -> int | None:
    """The contents' key of a heading (None for any other flowable)."""
    return getattr(flowable, "contents_key", None)
