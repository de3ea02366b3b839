"""The detail pane under a register's table: the selected record, read-only, laid out as
its section of the PDF, with the records it links to as links.

A register supplies a function row id -> `Detail` (see ui/details.py); the pane turns it
into simple HTML in a QTextBrowser. Following a link emits `open_requested(register,
row_id)`, which the main window answers by selecting that record in its own tab.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QUrl, Signal, Slot
from PySide6.QtWidgets import QTextBrowser, QWidget

from dpo_desk.domain.text import format_date
from dpo_desk.reports.model import Block, Fields, Heading, Paragraph, Table

SCHEME = "record"


@dataclass(frozen=True)
class Link:
    """A record in another (or the same) register: register name, row id, shown text."""

    register: str
    row_id: int
    text: str


Value = str | Sequence[Link]


@dataclass
class Section:
    """A heading (may be empty) and its label-value pairs."""

    heading: str
    pairs: list[tuple[str, Value]] = field(default_factory=list)


@dataclass
class Detail:
    """One record as the pane shows it."""

    title: str
    sections: list[Section] = field(default_factory=list)


def sections_of(blocks: Sequence[Block]) -> list[Section]:
    """A report's blocks as sections: headings start one, fields and paragraphs fill it,
    a table gives a line per row."""
    sections: list[Section] = []

    def current() -> Section:
        if not sections:
            sections.append(Section(""))
        return sections[-1]

    for block in blocks:
        if isinstance(block, Heading):
            sections.append(Section(block.text))
        elif isinstance(block, Fields):
            current().pairs += [(label, _plain(value)) for label, value in block.pairs]
        elif isinstance(block, Paragraph):
            current().pairs.append(("", block.text))
        elif isinstance(block, Table) and block.in_pdf and block.rows:
            section = Section(block.title)
            for row in block.rows:
                cells = [_plain(v) for v in row]
                section.pairs.append((cells[0], " · ".join(c for c in cells[1:] if c)))
            sections.append(section)
    return sections


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("DetailPane", "Yes")
        return QCoreApplication.translate("DetailPane", "No")
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return format_date(value)  # type: ignore[arg-type]
    return str(value)


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


def _value(value: Value) -> str:
    if isinstance(value, str):
        return _text(value)
    return ", ".join(
        f'<a href="{SCHEME}:{link.register}/{link.row_id}">{_text(link.text)}</a>' for link in value
    )


def to_html(detail: Detail) -> str:
    """The record as HTML: its name, then each section's filled fields, in one table so
    that the values line up."""
    parts = [f"<h3>{_text(detail.title)}</h3>", '<table cellspacing="0" cellpadding="2">']
    for section in detail.sections:
        pairs = [(label, value) for label, value in section.pairs if value]
        if not pairs:
            continue
        if section.heading:
            parts.append(
                '<tr><td colspan="2" style="padding-top:8px">'
                f"<b><big>{_text(section.heading)}</big></b></td></tr>"
            )
        for label, value in pairs:
            parts.append(
                '<tr><td valign="top" style="padding-right:12px">'
                f'<b>{_text(label)}</b></td><td valign="top">{_value(value)}</td></tr>'
            )
    parts.append("</table>")
    return "".join(parts)


class DetailPane(QTextBrowser):
    """The selected record, read-only; its links select the linked record."""

    open_requested = Signal(str, int)

    def __init__(
        self, describe: Callable[[int], Detail | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self.title = ""
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.follow)
        self.setAccessibleName(self.tr("Details of the selected record"))
        self.show_record(None)

    def show_record(self, row_id: int | None) -> None:
        """Show the record `row_id`, or a line saying what the pane is for."""
        detail = self._describe(row_id) if row_id is not None else None
        if detail is None:
            self.title = ""
            self.setHtml(
                "<p style='color:gray'>" + _text(self.tr("Select a row to read it here.")) + "</p>"
            )
            return
        self.title = detail.title
        self.setHtml(to_html(detail))

    @Slot(QUrl)
    def follow(self, url: QUrl) -> None:
        """A link was clicked: ask for its record."""
        if url.scheme() != SCHEME:
            return
        register, _, row_id = url.path().partition("/")
        if row_id.isdigit():
            self.open_requested.emit(register, int(row_id))
