"""PDF reports (reportlab Platypus): A4, the organisation in the header, "Side X af Y"
and the date in the footer, an embedded TrueType font, text printed as typed. Lines break
only at white space (never inside a word or a date), and a heading always stands on the
same page as the start of what follows it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tableofcontents import TableOfContents

from dpo_desk import APP_NAME
from dpo_desk.i18n import translate
from dpo_desk.paths import resource_path
from dpo_desk.reports import pdf_layout
from dpo_desk.reports.cells import as_text
from dpo_desk.reports.model import Fields, Heading, Kind, PageBreak, Paragraph, Report, Table
from dpo_desk.reports.pdf_layout import LANDSCAPE, PORTRAIT, Story, WithStart
from dpo_desk.reports.pdf_progress import pages_laid_out

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
CHUNK_ROWS = 200  # reportlab splits long tables in quadratic time; small tables stay linear
MARGIN = 18 * mm
FRAME_PADDING = 6  # reportlab's frames keep text this far inside the margins; tables reach them


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
    sheet.add(
        ParagraphStyle(
            "Title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=10
        )
    )
    sheet.add(
        ParagraphStyle(
            "H1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=6,
        )
    )
    sheet.add(
        ParagraphStyle(
            "H2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
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
def _smaller(style: str, size: float) -> ParagraphStyle:
    parent = styles()[style]
    return ParagraphStyle(
        f"{style}-{size:.2f}",
        parent=parent,
        fontSize=size,
        leading=parent.leading * size / parent.fontSize,
    )


def text(value: str, style: str = "Body", width: float | None = None) -> RLParagraph:
    """A paragraph that prints `value` as typed (markup characters escaped). Given the
    `width` it is printed in, a word wider than that makes the type smaller: a word is
    never cut."""
    chosen = styles()[style]
    if width is not None:
        widest = pdf_layout.widest_word(value, chosen.fontName, chosen.fontSize)
        if widest > width:
            chosen = _smaller(style, round(chosen.fontSize * width / widest - 0.05, 2))
    return RLParagraph(escape(value).replace("\n", "<br/>"), chosen)


class NumberedCanvas(Canvas):
    """Draws "Side X af Y" once the number of pages is known (from page
    `first_numbered` on: a report with a cover page starts at 2)."""

    first_numbered = 1

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        label = translate("Report", "Page {page} of {total}")
        for state in self._saved_pages:
            self.__dict__.update(state)
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


class _Document(BaseDocTemplate):
    page_done: Callable[[], None] | None = None  # called at each page end of the layout

    def __init__(self, path: Path, report: Report) -> None:
        register_fonts()
        super().__init__(
            str(path),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN,
            title=report.title,
            author=report.organisation,
            subject=report.title,
            creator=APP_NAME,
            initialFontName=FONT,
            initialFontSize=9.5,
        )
        self._report = report
        templates = []
        for name, size in ((PORTRAIT, A4), (LANDSCAPE, landscape(A4))):
            width = size[0] - self.leftMargin - self.rightMargin
            height = size[1] - self.topMargin - self.bottomMargin
            frame = Frame(self.leftMargin, self.bottomMargin, width, height, id=name)
            templates.append(PageTemplate(name, [frame], onPage=self._decorate, pagesize=size))
        self.addPageTemplates(templates)
        self.widths = {
            PORTRAIT: A4[0] - 2 * MARGIN,
            LANDSCAPE: landscape(A4)[0] - 2 * MARGIN,
        }

    def _decorate(self, canvas: Canvas, _doc: Any) -> None:
        report = self._report
        width, height = canvas._pagesize
        canvas.saveState()
        room = width - 2 * MARGIN - pdfmetrics.stringWidth(report.title, FONT, 9) - 6 * mm
        organisation = pdf_layout.shortened(report.organisation, FONT_BOLD, 9, room)
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(MARGIN, height - 12 * mm, organisation)
        canvas.setFont(FONT, 9)
        canvas.drawRightString(width - MARGIN, height - 12 * mm, report.title)
        canvas.setStrokeColor(colors.lightgrey)
        canvas.line(MARGIN, height - 14 * mm, width - MARGIN, height - 14 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(
            MARGIN,
            10 * mm,
            translate("Report", "Printed {date}").format(
                date=report.generated.astimezone().strftime("%d-%m-%Y")
            ),
        )
        if report.anchor:
            canvas.drawCentredString(
                width / 2,
                10 * mm,
                translate("Report", "Audit chain {anchor}").format(anchor=report.anchor),
            )
        canvas.restoreState()

    def afterPage(self) -> None:
        """Report the page laid out (and stop there when the work is cancelled)."""
        if self.page_done is not None:
            self.page_done()

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))


def _heading(block: Heading, width: float) -> RLParagraph:
    paragraph = text(block.text, "H1" if block.level <= 1 else "H2", width)
    level = block.level - 1 if block.level <= 2 else None
    paragraph.toc_level = level  # type: ignore[attr-defined]
    return paragraph


@lru_cache(maxsize=512)
def _wrapped_label(label: str, width: float) -> str:
    """A label broken into lines that fit `width`: labels repeat in every section, so a
    plain cell with line breaks (computed once) replaces a Paragraph wrapped each time."""
    style = styles()["Label"]
    return "\n".join(simpleSplit(label, style.fontName, style.fontSize, width))


def _fields(block: Fields, width: float) -> Flowable:
    yes, no = translate("Report", "Yes"), translate("Report", "No")
    label_style = styles()["Label"]
    label_width = pdf_layout.label_width(
        [label for label, _ in block.pairs], label_style.fontName, label_style.fontSize, width
    )
    value_width = width - label_width
    rows = []
    for label, value in block.pairs:
        kind = Kind.YES_NO if isinstance(value, bool) else Kind.TEXT
        shown = as_text(value, kind, yes, no)
        rows.append(
            [
                _wrapped_label(label, label_width - 12),
                text(shown, "Value", value_width - 2 * pdf_layout.PADDING),
            ]
        )
    if not rows:
        return Spacer(0, 0)
    table = RLTable(rows, colWidths=[label_width, value_width], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), FONT_BOLD, label_style.fontSize, label_style.leading),
                ("FONT", (1, 0), (1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _table(block: Table, doc: _Document, now: str = PORTRAIT) -> tuple[str, list[Flowable]]:
    """The page orientation a table needs (the pages are `now` in this orientation), and
    the table: its note of the columns left out, then its parts of CHUNK_ROWS rows."""
    yes, no = translate("Report", "Yes"), translate("Report", "No")
    cell = styles()["Cell"]
    cells = [[as_text(v, c.kind, yes, no) for v, c in zip(row, block.columns, strict=True)]
             for row in block.rows]
    measures = [
        pdf_layout.measure(
            c.header, [row[i] for row in cells], font=FONT, bold=FONT_BOLD, size=cell.fontSize
        )
        for i, c in enumerate(block.columns)
    ]
    plan = pdf_layout.plan(
        block, measures, portrait=doc.widths[now], landscape=doc.widths[LANDSCAPE]
    )
    size = cell.fontSize * plan.scale
    cell_style = _smaller("Cell", size) if plan.scale < 1 else "Cell"
    head_style = _smaller("HeadCell", size) if plan.scale < 1 else "HeadCell"
    parts: list[Flowable] = []
    if plan.left_out:
        parts.append(
            text(
                translate(
                    "Report", "Left out of this print for want of room (the workbook has them): "
                ) + ", ".join(block.columns[i].header for i in plan.left_out) + ".",
                "Cell",
            )
        )
    orientation = LANDSCAPE if plan.landscape else PORTRAIT
    if not cells:
        return orientation, [*parts, text(translate("Report", "(none)"))]
    header = [_cell(block.columns[i].header, head_style) for i in plan.columns]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT),  # else reportlab sets Helvetica per cell
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), pdf_layout.PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), pdf_layout.PADDING),
        ]
    )
    for start in range(0, len(cells), CHUNK_ROWS):
        body = [[_cell(row[i], cell_style) for i in plan.columns]
                for row in cells[start : start + CHUNK_ROWS]]
        # splitInRow: a cell taller than a page (a long change in the log) continues on
        # the next page instead of failing the layout.
        table = RLTable([header, *body], colWidths=plan.widths, repeatRows=1, splitInRow=1)
        table.setStyle(style)
        parts.append(table)
    return orientation, parts


def _cell(value: str, style: str | ParagraphStyle) -> RLParagraph:
    chosen = styles()[style] if isinstance(style, str) else style
    return RLParagraph(escape(value).replace("\n", "<br/>"), chosen)


def write_pdf(report: Report, path: Path) -> Iterator[tuple[int, int]]:
    """Write the report as a PDF; yields (steps done, steps in all): a step for each row
    and section as the story is made, then as many again over the pages of the layout
    (which can be cancelled at each page end by closing this generator)."""
    doc = _Document(path, report)
    tables = [b for b in report.blocks if isinstance(b, Table) and b.in_pdf]
    laid_out: dict[int, tuple[str, list[Flowable]]] = {}  # tables laid out before their turn
    story = Story(_first_orientation(report, doc, laid_out))
    story.head(text(report.title, "Title", doc.widths[story.orientation] - 2 * FRAME_PADDING))
    toc = None
    if report.table_of_contents:
        toc = TableOfContents(
            tableStyle=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT),  # else an unembedded Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        toc.levelStyles = [
            styles()["Toc1"],
            ParagraphStyle("Toc2", parent=styles()["Toc1"], leftIndent=12),
        ]
        story.head(text(translate("Report", "Contents"), "H1"))
        story.end()  # the contents stand on the first page as they are: never moved
        story.add(toc)
        story.add(RLPageBreak())
    total = sum(len(t.rows) for t in tables) + report.section_count()
    done = 0
    for block in report.blocks:
        width = doc.widths[story.orientation]  # text goes on in the table's orientation
        line = width - 2 * FRAME_PADDING
        if isinstance(block, Heading):
            story.head(_heading(block, line), Spacer(0, 2 * mm))
            done += 1
            if done % 100 == 0:
                yield done, 2 * total
            continue
        if isinstance(block, Paragraph):
            story.add(text(block.text, "Body", line))
        elif isinstance(block, Fields):
            story.add(_fields(block, width))
        elif isinstance(block, PageBreak):
            story.add(RLPageBreak(nextTemplate=PORTRAIT))
            story.orientation = PORTRAIT
            continue
        elif isinstance(block, Table) and block.in_pdf:
            orientation, parts = laid_out.pop(id(block), None) or _table(
                block, doc, story.orientation
            )
            if orientation == LANDSCAPE:
                story.turn(LANDSCAPE)
            story.head(text(block.title, "H2", doc.widths[orientation] - 2 * FRAME_PADDING))
            for part in parts:
                story.add(part)
                if isinstance(part, RLTable):
                    done += min(CHUNK_ROWS, len(block.rows))
                    yield min(done, total), 2 * total
        else:
            continue
        story.add(Spacer(0, 2 * mm))
    flowables = story.end()
    if toc is not None:
        # Give the contents its entries before the first pass (page numbers unknown):
        # it then has its final height at once, and two passes suffice instead of three.
        toc.addEntries(
            [
                (f.toc_level, f.getPlainText(), 0, None)
                for f in _headings(flowables)
                if getattr(f, "toc_level", None) is not None
            ]
        )
    # The layout reports each page and stops at a cancel: the total counts the rows and
    # sections above, then as many again for the pages (a guess, as pages are not known).
    passes = 2 if toc is not None else 1
    pages_guessed = max(1, passes * (total // 25 + 1))

    def build(page_done: Callable[[], None]) -> None:
        doc.page_done = page_done
        if toc is not None:
            doc.multiBuild(flowables, canvasmaker=NumberedCanvas)
        else:
            doc.build(flowables, canvasmaker=NumberedCanvas)

    for page in pages_laid_out(build):
        yield total + min(total, page * total // pages_guessed), 2 * total
    yield 2 * total, 2 * total


def _first_orientation(
    report: Report, doc: _Document, laid_out: dict[int, tuple[str, list[Flowable]]]
) -> str:
    """Landscape from the first page when the first table needs it and little comes
    before it (a call sheet's few details), rather than a first page nearly empty."""
    before = 0
    for block in report.blocks:
        if isinstance(block, Table) and block.in_pdf:
            laid_out[id(block)] = _table(block, doc)
            return laid_out[id(block)][0]
        if isinstance(block, PageBreak) or report.table_of_contents:
            break
        before += isinstance(block, Fields | Paragraph)
        if before > 2:
            break
    return PORTRAIT


def _headings(flowables: list[Flowable]) -> Iterator[Flowable]:
    for f in flowables:
        if isinstance(f, WithStart):
            yield from f._heads
        else:
            yield f
