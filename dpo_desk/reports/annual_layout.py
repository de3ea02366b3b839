"""The page layout of the annual report: a cover page without header or page number,
then pages with the organisation and the title above and "Side X af Y" below."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from dpo_desk import APP_NAME
from dpo_desk.reports.pdf_contents import MARGIN, NumberedCanvas
from dpo_desk.reports.pdf_style import FONT, FONT_BOLD, register_fonts, text

if TYPE_CHECKING:
    from pathlib import Path

    from dpo_desk.domain.annual import AnnualData


class CoverCanvas(NumberedCanvas):
    """Page numbers on every page but the cover."""

    first_numbered = 2


class AnnualDocument(BaseDocTemplate):
    def __init__(self, path: Path, data: AnnualData, title: str) -> None:
        register_fonts()
        super().__init__(
            str(path),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN,
            title=title,
            author=data.organisation,
            subject=title,
            creator=APP_NAME,
            initialFontName=FONT,
        )
        self._data, self._title = data, title
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [PageTemplate("cover", [frame]), PageTemplate("page", [frame], onPage=self._header)]
        )

    def _header(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(MARGIN, A4[1] - 12 * mm, self._data.organisation)
        canvas.setFont(FONT, 9)
        canvas.drawRightString(A4[0] - MARGIN, A4[1] - 12 * mm, self._title)
        canvas.setStrokeColor(colors.lightgrey)
        canvas.line(MARGIN, A4[1] - 14 * mm, A4[0] - MARGIN, A4[1] - 14 * mm)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))


def section_heading(value: str) -> Flowable:
    """A level-1 heading that enters the table of contents."""
    paragraph = text(value, "H1")
    paragraph.toc_level = 0  # type: ignore[attr-defined]
    return paragraph
