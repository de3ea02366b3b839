"""The type of every PDF: the embedded TrueType fonts, the paragraph styles, and text
printed as typed (never cut inside a word or a date).

Paragraphs here keep their lines once broken for a width: reportlab measures a
paragraph again at every try of the layout, at every split of the table it stands in
and once more when it draws it, and the lines do not change while the width does not.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from dpo_desk.paths import resource_path
from dpo_desk.reports import pdf_layout

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> None:
    """Register the shipped TrueType fonts (embedded in every PDF)."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@cache
def styles() -> StyleSheet1:
    """The paragraph styles of every report."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle(  # lines break at spaces only, never inside a word or a date
        "Body",
        fontName=FONT,
        fontSize=9.5,
        leading=12.5,
        alignment=TA_LEFT,
        spaceAfter=4,
        splitLongWords=0,
    )
    sheet.add(base)
    for name, size, leading, before, after in (
        ("Title", 18, 22, 0, 10),
        ("H1", 13, 16, 10, 6),
        ("H2", 11, 14, 8, 4),
    ):
        sheet.add(
            ParagraphStyle(
                name,
                parent=base,
                fontName=FONT_BOLD,
                fontSize=size,
                leading=leading,
                spaceBefore=before,
                spaceAfter=after,
            )
        )
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=8, leading=10, spaceAfter=0))
    sheet.add(
        ParagraphStyle(
            "HeadCell", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10, spaceAfter=0
        )
    )
    sheet.add(ParagraphStyle("Label", parent=base, fontName=FONT_BOLD, spaceAfter=0))
    sheet.add(ParagraphStyle("Value", parent=base, spaceAfter=0))
    sheet.add(ParagraphStyle("Toc1", parent=base, fontSize=10, leftIndent=0))
    return sheet


@lru_cache(maxsize=256)
def smaller(style: str, size: float) -> ParagraphStyle:
    """Style `style` at type size `size` (its leading in proportion)."""
    parent = styles()[style]
    return ParagraphStyle(
        f"{style}-{size:.2f}",
        parent=parent,
        fontSize=size,
        leading=parent.leading * size / parent.fontSize,
    )


class Measured(RLParagraph):
    """A paragraph that keeps its lines for the width it was last broken for."""

    _broken_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._broken_for and "blPara" in self.__dict__:  # split() drops it
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._broken_for = availWidth
        return size  # type: ignore[no-any-return]


def text(value: str, style: str = "Body", width: float | None = None) -> RLParagraph:
    """A paragraph that prints `value` as typed (markup characters escaped). Given the
    `width` it is printed in, a word wider than that makes the type smaller: a word is
    never cut."""
    chosen = styles()[style]
    if width is not None:
        widest = pdf_layout.widest_word(value, chosen.fontName, chosen.fontSize)
        if widest > width:
            chosen = smaller(style, round(chosen.fontSize * width / widest - 0.05, 2))
    return Measured(escape(value).replace("\n", "<br/>"), chosen)


def cell(value: str, style: str | ParagraphStyle) -> RLParagraph:
    """A table cell's paragraph in `style` (a name, or a style made smaller)."""
    chosen = styles()[style] if isinstance(style, str) else style
    return Measured(escape(value).replace("\n", "<br/>"), chosen)


class PlainTable(RLTable):
    """A table whose plain-text cells (already broken into lines) are drawn as one text
    object each, not one per line: a record of 10,000 activities draws half a million
    lines."""

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:  # noqa: N802
        style = cellstyle
        plain = (
            isinstance(cellval, str)
            and style.alignment == "LEFT"
            and style.valign == "TOP"
            and not (style.href or style.destination or style.direction or style.shaping)
        )
        if not plain:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canvas = self.canv
        if self._curcellstyle is not style:  # as reportlab does: colour and font once
            canvas.setFillColor(style.color)
            canvas.setFont(style.fontname, style.fontsize, style.leading)
            self._curcellstyle = style
        if not cellval:
            return
        x = pos[0] + style.leftPadding
        y = pos[1] + size[1] - style.topPadding - style.fontsize
        lines = canvas.beginText(x, y)
        lines.setFont(style.fontname, style.fontsize, style.leading)
        for line in cellval.split("\n"):
            lines.textLine(line)
        canvas.drawText(lines)
