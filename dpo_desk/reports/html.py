"""A report as one self-contained HTML page (to publish on a website): the style inline,
no script, no image, no link to anything outside the file; text printed as typed."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from pathlib import Path

from dpo_desk import APP_NAME, i18n
from dpo_desk.i18n import translate
from dpo_desk.reports.cells import as_text
from dpo_desk.reports.model import Fields, Heading, Kind, Paragraph, Report, Table

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif;
  max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1b1f24; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.3rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem;
  border-bottom: 1px solid #d0d7de; }
thead th { background: #e8edf3; }
dl.fields { display: grid; grid-template-columns: minmax(10rem, 30%) 1fr; gap: 0.2rem 1rem; }
dl.fields dt { font-weight: bold; } dl.fields dd { margin: 0; }
p.stamp { color: #57606a; font-size: 0.9rem; }
"""


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def _fields(block: Fields) -> str:
    yes, no = translate("Report", "Yes"), translate("Report", "No")
    items = "".join(
        f"<dt>{_text(label)}</dt><dd>"
        f"{_text(as_text(value, Kind.YES_NO if isinstance(value, bool) else Kind.TEXT, yes, no))}"
        "</dd>"
        for label, value in block.pairs
    )
    return f'<dl class="fields">{items}</dl>' if items else ""


def _table(block: Table) -> str:
    yes, no = translate("Report", "Yes"), translate("Report", "No")
    if not block.rows:
        none = translate("Report", "(none)")
        return f"<p>{_text(none)}</p>"
    head = "".join(f'<th scope="col">{_text(c.header)}</th>' for c in block.columns)
    kinds = [c.kind for c in block.columns]
    body = "".join(
        "<tr>"
        + "".join(f"<td>{_text(as_text(v, kinds[i], yes, no))}</td>" for i, v in enumerate(row))
        + "</tr>"
        for row in block.rows
    )
    caption = f"<caption>{_text(block.title)}</caption>" if block.title else ""
    return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render(report: Report) -> str:
    """The report as an HTML document."""
    language = i18n.language()
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{escape(APP_NAME)}">',
        f"<title>{_text(report.title)} – {_text(report.organisation)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{_text(report.title)} – {_text(report.organisation)}</h1>",
    ]
    fuller = {b.title for b in report.blocks if isinstance(b, Table) and not b.in_pdf}
    for block in report.blocks:
        if isinstance(block, Table) and not block.sheet and block.title in fuller:
            continue  # the print's form of a table the workbook has with more columns
        if isinstance(block, Heading):
            tag = "h2" if block.level <= 1 else "h3"
            parts.append(f"<{tag}>{_text(block.text)}</{tag}>")
        elif isinstance(block, Paragraph):
            parts.append(f"<p>{_text(block.text)}</p>")
        elif isinstance(block, Fields):
            parts.append(_fields(block))
        elif isinstance(block, Table):
            parts.append(_table(block))
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def write_html(report: Report, path: Path) -> Iterator[tuple[int, int]]:
    """Write the report as one HTML file; yields (rows done, rows in all)."""
    total = report.row_count()
    yield 0, total
    path.write_text(render(report), encoding="utf-8")
    yield total, total
