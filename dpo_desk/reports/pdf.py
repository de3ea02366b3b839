"""PDF reports (reportlab Platypus): A4, the organisation in the header, "Side X af Y"
and the date in the footer, an embedded TrueType font, text printed as typed. Lines break
only at white space (never inside a word or a date), and a heading always stands on the
same page as the start of what follows it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
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

from dpo_desk import APP_NAME
from dpo_desk.i18n import translate
from dpo_desk.reports import pdf_layout
from dpo_desk.reports.cells import as_text
from dpo_desk.reports.model import (
    Fields,
    Heading,
    Kind,
    PageBreak,
    Paragraph,
    Report,
    Stream,
    Table,
)
from dpo_desk.reports.pdf_contents import MARGIN, NumberedCanvas, contents_lines, heading_key
from dpo_desk.reports.pdf_layout import LANDSCAPE, PORTRAIT, Story
from dpo_desk.reports.pdf_progress import pages_laid_out
from dpo_desk.reports.pdf_rows import PagedTable
from dpo_desk.reports.pdf_style import (
    FONT,
    FONT_BOLD,
    PlainTable,
    register_fonts,
    styles,
    text,
)

# The names other reports take from here.
__all__ = [
    "FONT",
    "FONT_BOLD",
    "MARGIN",
    "NumberedCanvas",
    "register_fonts",
    "styles",
    "text",
    "write_pdf",
]

FRAME_PADDING = 6  # reportlab's frames keep text this far inside the margins; tables reach them


class ReportDocument(BaseDocTemplate):
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
        key = heading_key(flowable)
        if key is not None and isinstance(self.canv, NumberedCanvas):
            self.canv.mark_heading(key)


def heading_flowable(block: Heading, width: float, entries: list[tuple[int, str]]) -> RLParagraph:
    """The heading; a level-1 or level-2 heading gets its line in `entries` (the table
    of contents: its level and text), and the key of that line."""
    paragraph = text(block.text, "H1" if block.level <= 1 else "H2", width)
    if block.level <= 2:
        paragraph.contents_key = len(entries)  # type: ignore[attr-defined]
        entries.append((block.level - 1, block.text))
    return paragraph


def _contents(entries: list[tuple[int, str]]) -> list[Flowable]:
    """The table of contents: a line per heading, its page written at the end."""
    return list(contents_lines(entries))


@lru_cache(maxsize=512)
def _wrapped_label(label: str, width: float) -> str:
    """A label broken into lines that fit `width`: labels repeat in every section, so a
    plain cell with line breaks (computed once) replaces a Paragraph wrapped each time."""
    style = styles()["Label"]
    return "\n".join(simpleSplit(label, style.fontName, style.fontSize, width))


FIELD_LINES = 12  # a value's lines that stay together on a page, beside their label


def fields_flowable(block: Fields, width: float) -> Flowable:
    """Label-value rows. A row is never split across pages (its label would be cut, or
    the end of its value would stand on the next page without it): a value longer than
    FIELD_LINES lines is printed as rows of that many lines, the label beside the first,
    with no rule between them; only there may the page turn."""
    yes, no = translate("Report", "Yes"), translate("Report", "No")
    label_style = styles()["Label"]
    label_width = pdf_layout.label_width(
        [label for label, _ in block.pairs], label_style.fontName, label_style.fontSize, width
    )
    value_width = width - label_width
    value = styles()["Value"]
    room = value_width - 2 * pdf_layout.PADDING
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (0, -1), FONT_BOLD, label_style.fontSize, label_style.leading),
        ("FONT", (1, 0), (1, -1), FONT, value.fontSize, value.leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    rows: list[list[str]] = []
    for label, shown in block.pairs:
        kind = Kind.YES_NO if isinstance(shown, bool) else Kind.TEXT
        shown = as_text(shown, kind, yes, no)
        size = pdf_layout.fitted_size(shown, FONT, value.fontSize, room)
        # Plain cells broken into lines here: a paragraph per value would be parsed,
        # measured at every split of the table and drawn word by word.
        lines = pdf_layout.wrapped(shown, FONT, size, room).split("\n")
        first = len(rows)
        for start in range(0, len(lines), FIELD_LINES):
            part = "\n".join(lines[start : start + FIELD_LINES])
            rows.append([_wrapped_label(label, label_width - 12) if start == 0 else "", part])
        last = len(rows) - 1
        if size < value.fontSize:  # a word wider than the column: smaller type, never cut
            leading = value.leading * size / value.fontSize
            commands.append(("FONT", (1, first), (1, last), FONT, size, leading))
        if last > first:  # one value over several rows: no gap or rule inside it
            commands += [
                ("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
                ("TOPPADDING", (0, first + 1), (-1, last), 0),
            ]
        commands.append(("LINEBELOW", (0, last), (-1, last), 0.25, colors.lightgrey))
    if not rows:
        return Spacer(0, 0)
    table = PlainTable(rows, colWidths=[label_width, value_width])
    table.setStyle(TableStyle(commands))
    return table


def table_flowables(
    block: Table, doc: ReportDocument, now: str = PORTRAIT
) -> tuple[str, list[Flowable]]:
    """The page orientation a table needs (the pages are `now` in this orientation, and
    a table that fits them stays in it), and the table: its note of the columns left
    out, then the table."""
    yes, no = translate("Report", "Yes"), translate("Report", "No")
    body_style = styles()["Cell"]
    cells = [[as_text(v, c.kind, yes, no) for v, c in zip(row, block.columns, strict=True)]
             for row in block.rows]
    measures = [
        pdf_layout.measure(
            c.header, [row[i] for row in cells], font=FONT, bold=FONT_BOLD, size=body_style.fontSize
        )
        for i, c in enumerate(block.columns)
    ]
    plan = pdf_layout.plan(
        block, measures, portrait=doc.widths[now], landscape=doc.widths[LANDSCAPE]
    )
    size = body_style.fontSize * plan.scale
    leading = body_style.leading * plan.scale
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
    orientation = LANDSCAPE if plan.landscape else now
    if not cells:
        return orientation, [*parts, text(translate("Report", "(none)"))]
    # Plain cells broken into lines here (each column is as wide as its widest word):
    # a paragraph per cell would be parsed, measured at every split and drawn word by word.
    rooms = [(w - 2 * pdf_layout.PADDING) for w in plan.widths]
    header = [
        pdf_layout.wrapped(block.columns[i].header, FONT_BOLD, size, room)
        for i, room in zip(plan.columns, rooms, strict=True)
    ]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, size, leading),
            ("FONT", (0, 1), (-1, -1), FONT, size, leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), pdf_layout.PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), pdf_layout.PADDING),
        ]
    )
    for place, i in enumerate(plan.columns):  # numbers line up on their last digit
        if block.columns[i].kind is Kind.NUMBER:
            style.add("ALIGN", (place, 0), (place, -1), "RIGHT")
    body = [
        [pdf_layout.wrapped(row[i], FONT, size, room)
         for i, room in zip(plan.columns, rooms, strict=True)]
        for row in cells
    ]
    # Laid out a page at a time: the header atop each page, a row split only when it is
    # taller than a page (a long change in the log), in time linear in the rows.
    parts.append(PagedTable.of(header, body, plan.widths, style, leading=leading, padding=4))
    return orientation, parts


def write_pdf(report: Report, path: Path) -> Iterator[tuple[int, int]]:
    """Write the report as a PDF; yields (steps done, steps in all): a step for each row
    and section as the story is made, then as many again over the pages of the layout
    (which can be cancelled at each page end by closing this generator)."""
    doc = ReportDocument(path, report)
    tables = [b for b in report.blocks if isinstance(b, Table) and b.in_pdf]
    for table in tables:  # a PDF lays every row out at once: a stream is read once, and
        if isinstance(table.rows, Stream):  # the report keeps the rows it printed
            table.rows = list(table.rows)
    laid_out: dict[int, tuple[str, list[Flowable]]] = {}  # tables laid out before their turn
    pages = LANDSCAPE if report.landscape else PORTRAIT  # the report's own orientation
    story = Story(_first_orientation(report, doc, laid_out))
    story.head(text(report.title, "Title", doc.widths[story.orientation] - 2 * FRAME_PADDING))
    entries: list[tuple[int, str]] = []  # the table of contents' lines
    contents_at = None
    if report.table_of_contents:
        story.head(text(translate("Report", "Contents"), "H1"))
        story.end()  # the contents stand on the first page as they are: never moved
        contents_at = len(story.flowables)  # its lines go here once the headings are known
    total = sum(len(t.rows) for t in tables) + report.section_count()
    done = 0
    for block in report.blocks:
        width = doc.widths[story.orientation]  # text goes on in the table's orientation
        line = width - 2 * FRAME_PADDING
        if isinstance(block, Heading):
            story.head(heading_flowable(block, line, entries), Spacer(0, 2 * mm))
            done += 1
            if done % 100 == 0:
                yield done, 2 * total
            continue
        if isinstance(block, Paragraph):
            story.add(text(block.text, "Body", line))
        elif isinstance(block, Fields):
            story.add(fields_flowable(block, width))
        elif isinstance(block, PageBreak):
            story.add(RLPageBreak(nextTemplate=pages))
            story.orientation = pages
            continue
        elif isinstance(block, Table) and block.in_pdf:
            orientation, parts = laid_out.pop(id(block), None) or table_flowables(
                block, doc, story.orientation
            )
            if orientation == LANDSCAPE:
                story.turn(LANDSCAPE)
            # The table's title is a heading of its own: a line of the contents too.
            title = Heading(block.title, level=block.level)
            room = doc.widths[orientation] - 2 * FRAME_PADDING  # the table's pages
            story.head(heading_flowable(title, room, entries))
            for part in parts:
                story.add(part)
                if isinstance(part, PagedTable):
                    done += part.row_count
                    yield min(done, total), 2 * total
        else:
            continue
        story.add(Spacer(0, 2 * mm))
    flowables = story.end()
    if contents_at is not None:
        flowables[contents_at:contents_at] = [*_contents(entries), RLPageBreak()]
    # The layout reports each page and stops at a cancel: the total counts the rows and
    # sections above, then as many again for the pages (a guess, as pages are not known).
    # One pass: the contents' page numbers are written when the document is saved.
    pages_guessed = max(1, total // 25 + 1 + len(entries) // 45)

    def build(page_done: Callable[[], None]) -> None:
        doc.page_done = page_done
        doc.build(flowables, canvasmaker=NumberedCanvas)

    for page in pages_laid_out(build):
        yield total + min(total, page * total // pages_guessed), 2 * total
    yield 2 * total, 2 * total


def _first_orientation(
    report: Report, doc: ReportDocument, laid_out: dict[int, tuple[str, list[Flowable]]]
) -> str:
    """Landscape from the first page when the report is landscape, or when the first
    table needs it and little comes before it (a call sheet's few details), rather than a
    first page nearly empty."""
    if report.landscape:
        return LANDSCAPE
    before = 0
    for block in report.blocks:
        if isinstance(block, Table) and block.in_pdf:
            laid_out[id(block)] = table_flowables(block, doc)
            return laid_out[id(block)][0]
        if isinstance(block, PageBreak) or report.table_of_contents:
            break
        before += isinstance(block, Fields | Paragraph)
        if before > 2:
            break
    return PORTRAIT
