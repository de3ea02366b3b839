"""A PDF report too long to hold, made as its pages are laid out.

`reports.pdf.write_pdf` makes every flowable of a report before the layout begins: for
the record of 10,000 processing activities, tables and paragraphs for 10,000 sections
held at once. Here the blocks come from an iterator (an activity read from the
database a slice at a time, say) and become flowables only when reportlab's layout
reaches them; reportlab lets a flowable go once it is drawn, so the layout holds a few
sections, whatever their number (and reportlab its pages, compressed, to the save).

The table of contents stands before the sections, so its lines are given beforehand
(the headings are known from a light query); each heading made later is checked
against its line, and its page is written in by `NumberedCanvas` as in every report.
The blocks are printed as `write_pdf` prints them, with the same pieces.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus import PageBreak as RLPageBreak

from dpo_desk.i18n import translate
from dpo_desk.reports.model import Block, Fields, Heading, PageBreak, Paragraph, Report, Table
from dpo_desk.reports.pdf import (
    FRAME_PADDING,
    ReportDocument,
    fields_flowable,
    heading_flowable,
    table_flowables,
)
from dpo_desk.reports.pdf_contents import NumberedCanvas, contents_lines
from dpo_desk.reports.pdf_layout import LANDSCAPE, PORTRAIT, Story
from dpo_desk.reports.pdf_progress import pages_laid_out
from dpo_desk.reports.pdf_rows import PagedTable
from dpo_desk.reports.pdf_style import text


class FedStory(list[Flowable]):
    """The story handed to reportlab's layout, fed from `source` as the layout takes
    from its front: never more than `AHEAD` flowables made and not yet laid out.
    (reportlab takes a flowable from the front, and puts back in front what it
    splits; everything it does with the story asks for its length or its first items.)
    """

    AHEAD = 48

    def __init__(self, source: Iterable[Flowable]) -> None:
        super().__init__()
        self._source: Iterator[Flowable] | None = iter(source)

    def _feed(self) -> None:
        source = self._source
        while source is not None and list.__len__(self) < self.AHEAD:
            made = next(source, None)
            if made is None:
                self._source = source = None
            else:
                self.append(made)

    def __len__(self) -> int:
        self._feed()
        return list.__len__(self)

    def __getitem__(self, index: Any) -> Any:
        self._feed()
        return list.__getitem__(self, index)


class _Made:
    """What the story has made so far, for the progress: the contents' lines, the
    sections and the tables' rows."""

    def __init__(self) -> None:
        self.count = 0


def _story(
    doc: ReportDocument,
    report: Report,
    contents: Sequence[tuple[int, str]],
    blocks: Iterable[Block],
    made: _Made,
) -> Iterator[Flowable]:
    """The flowables of the report, made one block at a time."""
    story = Story(PORTRAIT)

    def taken() -> list[Flowable]:
        out, story.flowables = story.flowables, []
        return out

    story.head(text(report.title, "Title", doc.widths[PORTRAIT] - 2 * FRAME_PADDING))
    story.head(text(translate("Report", "Contents"), "H1"))
    story.end()  # the contents stand on the first page as they are: never moved
    yield from taken()
    for line in contents_lines(contents):
        made.count += 1
        yield line
    yield RLPageBreak()
    entries: list[tuple[int, str]] = []  # the contents' lines of the headings made

    def heading(block: Heading, width: float) -> Flowable:
        paragraph = heading_flowable(block, width, entries)
        if block.level <= 2 and (
            len(entries) > len(contents) or entries[-1] != tuple(contents[len(entries) - 1])
        ):
            raise ValueError(f"a heading not in the contents given beforehand: {block.text}")
        made.count += 1
        return paragraph

    for block in blocks:
        width = doc.widths[story.orientation]  # text goes on in the table's orientation
        line = width - 2 * FRAME_PADDING
        if isinstance(block, Heading):
            story.head(heading(block, line), Spacer(0, 2 * mm))
            continue
        if isinstance(block, Paragraph):
            story.add(text(block.text, "Body", line))
        elif isinstance(block, Fields):
            story.add(fields_flowable(block, width))
        elif isinstance(block, PageBreak):
            story.add(RLPageBreak(nextTemplate=PORTRAIT))
            story.orientation = PORTRAIT
            yield from taken()
            continue
        elif isinstance(block, Table) and block.in_pdf:
            orientation, parts = table_flowables(block, doc, story.orientation)
            if orientation == LANDSCAPE:
                story.turn(LANDSCAPE)
            # The table's title is a heading of its own: a line of the contents too.
            title = Heading(block.title, level=block.level)
            story.head(heading(title, doc.widths[orientation] - 2 * FRAME_PADDING))
            for part in parts:
                story.add(part)
                if isinstance(part, PagedTable):
                    made.count += part.row_count
        else:
            continue
        story.add(Spacer(0, 2 * mm))
        yield from taken()
    story.end()
    yield from taken()
    if len(entries) != len(contents):
        raise ValueError("the contents given beforehand name headings that never came")


def write_pdf(
    report: Report,
    path: Path,
    *,
    contents: Sequence[tuple[int, str]],
    blocks: Iterable[Block],
    rows: int = 0,
) -> Iterator[tuple[int, int]]:
    """Write `report` (its title, organisation, date and anchor; its own blocks are not
    printed) with `blocks` as its content, made as the layout reaches them; `contents`
    are the (level, text) of its headings of level 1 and 2, in order, as `blocks`
    will bring them; `rows`: the rows of its tables, if known (for the progress).
    Yields (steps done, steps in all) after each page; closing it cancels the layout
    at the next page end. The report has a table of contents (a report of so many
    sections needs one)."""
    if not report.table_of_contents:
        raise ValueError("a report printed as it is laid out has a table of contents")
    doc = ReportDocument(path, report)
    made = _Made()
    total = 2 * len(contents) + rows  # the contents' lines, the sections, the rows

    def build(page_done: Callable[[], None]) -> None:
        doc.page_done = page_done
        doc.build(FedStory(_story(doc, report, contents, blocks, made)), canvasmaker=NumberedCanvas)

    for _ in pages_laid_out(build):
        yield min(made.count, total), total + 1
    yield total + 1, total + 1
