"""PDF reports (reportlab Platypus): A4, the organisation in the header, "Side X af Y"
and the date in the footer, an embedded TrueType font, text printed as typed."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
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
    KeepTogether,
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
from dpo_desk.reports.cells import as_text
from dpo_desk.reports.model import Fields, Heading, Kind, PageBreak, Paragraph, Report, Table

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
CHUNK_ROWS = 200  # reportlab splits long tables in quadratic time; small tables stay linear
MARGIN = 18 * mm


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
    base = ParagraphStyle(
        "Body", fontName=FONT, fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=4
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
            keepWithNext=1,
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
            keepWithNext=1,
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


def text(value: str, style: str = "Body") -> RLParagraph:
    """A paragraph that prints `value` as typed (markup characters escaped)."""
    return RLParagraph(escape(value).replace("\n", "<br/>"), styles()[style])


class _NumberedCanvas(Canvas):
    """Draws "Side X af Y" once the number of pages is known."""

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
            self.setFont(FONT, 8)
            self.setFillColor(colors.grey)
            self.drawRightString(
                A4[0] - MARGIN, 10 * mm, label.format(page=self._pageNumber, total=total)
            )
            super().showPage()
        super().save()


class _Document(BaseDocTemplate):
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
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, _doc: Any) -> None:
        report = self._report
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(MARGIN, A4[1] - 12 * mm, report.organisation)
        canvas.setFont(FONT, 9)
        canvas.drawRightString(A4[0] - MARGIN, A4[1] - 12 * mm, report.title)
        canvas.setStrokeColor(colors.lightgrey)
        canvas.line(MARGIN, A4[1] - 14 * mm, A4[0] - MARGIN, A4[1] - 14 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(
            MARGIN,
            10 * mm,
            translate("Report", "Printed {date}").format(
                date=report.generated.astimezone().strftime("%d-%m-%Y")
            ),
        )
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))


def _heading(block: Heading) -> RLParagraph:
    paragraph = text(block.text, "H1" if block.level <= 1 else "H2")
    paragraph.toc_level = block.level - 1 if block.level <= 2 else None  # type: ignore[attr-defined]
    return paragraph


def _label_column_width(labels: list[str], width: float) -> float:
    """Wide enough that no word of a label is split (Danish has long words), within
    30-42 % of the text width."""
    style = styles()["Label"]
    widest = max(
        (
            pdfmetrics.stringWidth(word, style.fontName, style.fontSize)
            for label in labels
            for word in label.split()
        ),
        default=0.0,
    )
    padding = 14  # the cell's left and right padding, and some air
    return min(max(widest + padding, width * 0.30), width * 0.42)


@lru_cache(maxsize=512)
def _wrapped_label(label: str, width: float) -> str:
    """A label broken into lines that fit `width`: labels repeat in every section, so a
    plain cell with line breaks (computed once) replaces a Paragraph wrapped each time."""
    style = styles()["Label"]
    return "\n".join(simpleSplit(label, style.fontName, style.fontSize, width))


def _fields(block: Fields, width: float) -> Flowable:
    yes, no = translate("Report", "Yes"), translate("Report", "No")
    label_width = _label_column_width([label for label, _ in block.pairs], width)
    rows = []
    for label, value in block.pairs:
        kind = Kind.YES_NO if isinstance(value, bool) else Kind.TEXT
        shown = as_text(value, kind, yes, no)
        rows.append([_wrapped_label(label, label_width - 12), text(shown, "Value")])
    if not rows:
        return Spacer(0, 0)
    label_style = styles()["Label"]
    table = RLTable(rows, colWidths=[label_width, width - label_width])
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


def _table_chunks(block: Table, width: float) -> Iterator[Flowable]:
    yes, no = translate("Report", "Yes"), translate("Report", "No")
    shares = [c.width for c in block.columns]
    col_widths = [width * s / sum(shares) for s in shares]
    header = [text(c.header, "HeadCell") for c in block.columns]
    kinds = [c.kind for c in block.columns]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT),  # else reportlab sets Helvetica per cell
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    rows = block.rows
    if not rows:
        yield text(translate("Report", "(none)"))
        return
    for start in range(0, len(rows), CHUNK_ROWS):
        body = [
            [text(as_text(v, kinds[i], yes, no), "Cell") for i, v in enumerate(row)]
            for row in rows[start : start + CHUNK_ROWS]
        ]
        table = RLTable([header, *body], colWidths=col_widths, repeatRows=1)
        table.setStyle(style)
        yield table


def write_pdf(report: Report, path: Path) -> Iterator[tuple[int, int]]:
    """Write the report as a PDF; yields (rows done, rows in all)."""
    doc = _Document(path, report)
    story: list[Flowable] = [text(report.title, "Title")]
    if report.table_of_contents:
        toc = TableOfContents()
        toc.levelStyles = [
            styles()["Toc1"],
            ParagraphStyle("Toc2", parent=styles()["Toc1"], leftIndent=12),
        ]
        story += [text(translate("Report", "Contents"), "H1"), toc, RLPageBreak()]
    tables = [b for b in report.blocks if isinstance(b, Table) and b.in_pdf]
    total = sum(len(t.rows) for t in tables) + report.section_count()
    done = 0
    for block in report.blocks:
        if isinstance(block, Heading):
            story.append(_heading(block))
            done += 1
            if done % 100 == 0:
                yield done, total
        elif isinstance(block, Paragraph):
            story.append(text(block.text))
        elif isinstance(block, Fields):
            story.append(_fields(block, doc.width))
        elif isinstance(block, PageBreak):
            story.append(RLPageBreak())
        elif isinstance(block, Table) and block.in_pdf:
            story.append(KeepTogether([text(block.title, "H2")]))
            for chunk in _table_chunks(block, doc.width):
                story.append(chunk)
                done += min(CHUNK_ROWS, len(block.rows))
                yield min(done, total), total
        story.append(Spacer(0, 2 * mm))
    if report.table_of_contents:
        # Give the contents its entries before the first pass (page numbers unknown):
        # it then has its final height at once, and two passes suffice instead of three.
        toc.addEntries(
            [
                (f.toc_level, f.getPlainText(), 0, None)
                for f in story
                if getattr(f, "toc_level", None) is not None
            ]
        )
        doc.multiBuild(story, canvasmaker=_NumberedCanvas)
    else:
        doc.build(story, canvasmaker=_NumberedCanvas)
    yield total, total
