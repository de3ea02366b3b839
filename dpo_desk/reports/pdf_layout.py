"""How a report is laid out on PDF pages: column widths that never cut a word or a date,
what happens when the columns do not fit (the table's `TooWide` rule), headings kept with
what follows them, and the turn to landscape and back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, FrameBreak, PageBreakIfNotEmpty

from dpo_desk.reports.model import Table, TooWide

PORTRAIT, LANDSCAPE = "portrait", "landscape"  # the names of the page templates
PADDING = 6.0  # reportlab's left and right padding of a table cell


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def widest_word(text: str, font: str, size: float) -> float:
    """The width of the longest run of text that may not be broken (words and dates:
    lines break only at white space)."""
    return max((_width(w, font, size) for w in text.split()), default=0.0)


def widest_line(text: str, font: str, size: float) -> float:
    """The width of the text unwrapped (each of its own lines on one line)."""
    return max((_width(" ".join(line.split()), font, size) for line in text.splitlines()),
               default=0.0)


def wrapped(text: str, font: str, size: float, width: float) -> str:
    """`text` broken into lines of at most `width` at white space, as a paragraph breaks
    it (a word wider than that keeps a line of its own: it is never cut), for a plain
    table cell: drawn line by line, it costs a fraction of a paragraph."""
    space = _width(" ", font, size)
    lines = []
    for line in text.split("\n"):
        words = line.split()
        if not words:
            lines.append("")
            continue
        current, used = [words[0]], _width(words[0], font, size)
        for word in words[1:]:
            wide = _width(word, font, size)
            if used + space + wide <= width:
                current.append(word)
                used += space + wide
            else:
                lines.append(" ".join(current))
                current, used = [word], wide
        lines.append(" ".join(current))
    return "\n".join(lines)


def fitted_size(text: str, font: str, size: float, width: float) -> float:
    """`size`, or the smaller size at which the widest word of `text` fits `width`."""
    widest = widest_word(text, font, size)
    return size if widest <= width else round(size * width / widest - 0.05, 2)


def shortened(value: str, font: str, size: float, width: float) -> str:
    """`value`, shortened by whole words with an ellipsis, to fit `width`."""
    if _width(value, font, size) <= width:
        return value
    words = value.split()
    while words and _width(" ".join(words) + " …", font, size) > width:
        words.pop()
    return " ".join(words) + " …"


def label_width(labels: list[str], font: str, size: float, width: float) -> float:
    """The width of the labels' column beside their values: wide enough that no word of
    a label is split (Danish has long words), and 30-42 % of `width` when they allow."""
    widest = max((widest_word(label, font, size) for label in labels), default=0.0) + 14
    return max(widest, min(max(widest, width * 0.30), width * 0.42))


@dataclass(frozen=True)
class Measure:
    """What a column needs at the table's type size."""

    least: float  # its longest word or date, with the cell's padding
    most: float  # its longest value or header on one line, with the padding
    body: float = 0.0  # its longest value on one line (the header left aside), padded


def measure(
    header: str, cells: Sequence[str], *, font: str, bold: str, size: float
) -> Measure:
    """The least and the most width a column of these texts needs."""
    values = set(cells)
    least = max(
        [widest_word(header, bold, size), *(widest_word(v, font, size) for v in values)]
    )
    body = max((widest_line(v, font, size) for v in values), default=0.0)
    most = max(widest_line(header, bold, size), body)
    return Measure(
        least + 2 * PADDING, max(most, least) + 2 * PADDING, max(body, least) + 2 * PADDING
    )


@dataclass(frozen=True)
class Plan:
    """How a table is printed."""

    columns: list[int]  # the indexes of the columns printed
    widths: list[float]  # their widths
    landscape: bool
    scale: float  # 1.0, or less when the type must shrink to keep every word whole
    left_out: list[int]  # the columns left out


def _tries(table: Table) -> list[tuple[bool, list[int]]]:
    """(landscape, columns) in the order the table's rule tries them."""
    all_columns = list(range(len(table.columns)))
    droppable = sorted(
        (i for i, c in enumerate(table.columns) if c.drop_order is not None),
        key=lambda i: (table.columns[i].drop_order, -i),
    )
    fewer = []
    kept = all_columns
    for i in droppable:
        kept = [k for k in kept if k != i]
        fewer.append(kept)
    if table.too_wide is TooWide.DROP:
        return [(False, all_columns), *((False, k) for k in fewer),
                (True, all_columns), *((True, k) for k in fewer)]
    return [(False, all_columns), (True, all_columns), *((True, k) for k in fewer)]


def share_out(
    space: float,
    least: list[float],
    most: list[float],
    shares: list[float],
    *,
    rest: bool = True,
) -> list[float]:
    """Widths for columns that need at least `least` (which fits in `space`): the spare
    room goes by share to the columns whose values would otherwise wrap, then (`rest`)
    to all."""
    widths = list(least)
    open_ = [i for i in range(len(widths)) if widths[i] < most[i]]
    spare = space - sum(widths)
    while spare > 0.01 and open_:
        total = sum(shares[i] for i in open_)
        for i in open_:
            widths[i] = min(most[i], widths[i] + spare * shares[i] / total)
        spare = space - sum(widths)
        open_ = [i for i in open_ if widths[i] < most[i] - 0.01]
    if rest and spare > 0.01:
        total = sum(shares)
        widths = [w + spare * s / total for w, s in zip(widths, shares, strict=True)]
    return widths


def fill_cheapest(space: float, least: list[float], most: list[float]) -> list[float]:
    """`least`, with the columns that need the least room more to print every value on
    one line given it, the cheapest first, while the room lasts: more rows on one line
    than sharing the room out, where a column of long texts would take its share."""
    widths = list(least)
    spare = space - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: most[i] - least[i]):
        need = most[i] - widths[i]
        if need > spare:
            break
        widths[i] = most[i]
        spare -= need
    return widths


def plan(
    table: Table, measures: list[Measure], *, portrait: float, landscape: float
) -> Plan:
    """Where and how wide the columns of `table` are printed, by the table's rule."""
    tries = _tries(table)
    for turned, kept in tries:
        space = landscape if turned else portrait
        if sum(measures[i].least for i in kept) <= space:
            break
    else:
        turned, kept = tries[-1]
        space = landscape if turned else portrait
    least = [measures[i].least for i in kept]
    scale = 1.0
    if sum(least) > space:  # even the last try is too wide: smaller type, whole words
        padding = 2 * PADDING * len(kept)
        scale = (space - padding) / (sum(least) - padding)
        least = [(w - 2 * PADDING) * scale + 2 * PADDING for w in least]
    def scaled(need: float, at_least: float) -> float:
        return max(at_least, (need - 2 * PADDING) * scale + 2 * PADDING)

    most = [scaled(measures[i].most, w) for w, i in zip(least, kept, strict=True)]
    body = [scaled(measures[i].body, w) for w, i in zip(least, kept, strict=True)]
    shares = [table.columns[i].width for i in kept]
    # The values first (a name kept on one line), then the headers (one a word a line
    # reads well enough), then whatever is left.
    widths = fill_cheapest(space, least, body)
    widths = share_out(space, widths, body, shares, rest=False)
    widths = share_out(space, widths, most, shares)
    left_out = [i for i in range(len(table.columns)) if i not in kept]
    return Plan(kept, widths, turned, scale, left_out)


class WithStart(Flowable):
    """Headings kept on the same page as the start of what follows them (at least
    `START` points of it: three lines of text, or a table's first rows): when that does
    not fit below them, they move to the next page with it. Unlike KeepTogether, a long
    table or text that follows is not moved whole."""

    START = 38.0

    def __init__(self, heads: list[Flowable], follower: Flowable) -> None:
        super().__init__()
        self._heads = heads
        self._follower = follower

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, 0xFFFFFF  # always split: split() decides

    def _starts(self, width: float, height: float) -> bool:
        follower = self._follower
        room = height - follower.getSpaceBefore()
        if room <= 0:
            return False
        if follower.wrapOn(self.canv, width, room)[1] <= room:
            return True
        parts = follower.splitOn(self.canv, width, room)
        return len(parts) > 1 and parts[0].wrapOn(self.canv, width, room)[1] >= self.START

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        used = 0.0
        for i, head in enumerate(self._heads):
            used += head.wrapOn(self.canv, availWidth, availHeight)[1]
            used += head.getSpaceAfter() + (head.getSpaceBefore() if i else 0)
        content = [*self._heads, self._follower]
        frame = self._doctemplateAttr("frame")
        if getattr(frame, "_atTop", False) or self._starts(availWidth, availHeight - used):
            return content
        return [FrameBreak(), *content]


class Story:
    """The flowables of the document: headings kept with what follows them, and a new
    page where the orientation changes."""

    def __init__(self, orientation: str = PORTRAIT) -> None:
        self.flowables: list[Flowable] = []
        self._heads: list[Flowable] = []
        self.orientation = PORTRAIT
        self.turn(orientation)

    def head(self, *flowables: Flowable) -> None:
        self._heads += flowables

    def turn(self, orientation: str) -> None:
        """Go on in `orientation`: on a new page when it changes (the headings that wait
        for what follows them go with it)."""
        if orientation != self.orientation:
            self.flowables.append(PageBreakIfNotEmpty(nextTemplate=orientation))
            self.orientation = orientation

    def add(self, flowable: Flowable) -> None:
        if self._heads:
            self.flowables.append(WithStart(self._heads, flowable))
            self._heads = []
        else:
            self.flowables.append(flowable)

    def end(self) -> list[Flowable]:
        self.flowables += self._heads
        self._heads = []
        return self.flowables
