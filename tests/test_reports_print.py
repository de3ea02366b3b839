"""What a reader of the printed reports would catch, read back from the files: a label
cut from its value at the foot of a page, a section missing from the contents, a period
written as text where the workbook wants dates."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from dpo_desk.db.session import Database
from dpo_desk.reports.model import Fields, Paragraph, Report
from dpo_desk.reports.pdf import write_pdf
from dpo_desk.services.export import export

GENERATED = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC)
_WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" [^>]*>(.*?)</word>')


def _pages_of_words(pdf: Path) -> dict[str, list[int]]:
    """Each word printed, with the pages (from 1) it is printed on."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found: dict[str, list[int]] = {}
    for page, chunk in enumerate(out.split("<page ")[1:], start=1):
        for match in _WORD.finditer(chunk):
            found.setdefault(html.unescape(match.group(2)), []).append(page)
    return found


def _layout_pages(pdf: Path) -> list[list[str]]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [page.splitlines() for page in out.split("\f")]


def _fields_after(filler_lines: int, values: list[list[str]]) -> Report:
    label = "Tekniske og organisatoriske sikkerhedsforanstaltninger"
    return Report(
        title="Prøve",
        organisation="Softværket",
        generated=GENERATED,
        blocks=[
            Paragraph("\n".join(f"Fyld{i}" for i in range(filler_lines))),
            Fields([(f"{label} etiket{n}", "\n".join(v)) for n, v in enumerate(values)]),
        ],
    )


def test_a_label_and_its_value_are_never_parted_by_the_foot_of_a_page(tmp_path: Path) -> None:
    """The fields move a line at a time down the page until the foot of it falls inside
    each row in turn: a row of a few lines goes whole to the next page, its label (three
    lines) with it."""
    values = [[f"start{n}", "anden linje", "tredje linje", f"slut{n}"] for n in range(6)]
    crossed = 0
    for filler in range(44, 66):
        path = tmp_path / f"f{filler}.pdf"
        list(write_pdf(_fields_after(filler, values), path))
        pages = _pages_of_words(path)
        for n in range(len(values)):
            label_pages = pages["etiket" + str(n)] + pages["Tekniske"][n : n + 1]
            printed = {*label_pages, *pages[f"start{n}"], *pages[f"slut{n}"]}
            assert len(printed) == 1, (filler, n, printed)
        crossed += len(set(pages["Tekniske"])) > 1
    assert crossed  # the foot of the page did fall among the rows


def test_a_value_longer_than_a_page_goes_on_beside_no_label_but_keeps_every_line(
    tmp_path: Path,
) -> None:
    lines = [f"linje{i}" for i in range(90)]
    path = tmp_path / "long.pdf"
    list(write_pdf(_fields_after(30, [lines, ["kort"]]), path))
    pages = _pages_of_words(path)
    assert all(len(pages[w]) == 1 for w in lines)  # every line once
    assert pages["etiket0"] == pages["linje0"]  # the label beside the start of its value
    assert pages["linje89"][0] > pages["linje0"][0]  # the value went on to the next page
    assert pages["etiket1"] == pages["kort"]


def test_the_deletion_calendar_has_its_line_in_the_contents(
    tmp_path: Path, demo_db: Database
) -> None:
    out = tmp_path / "register.pdf"
    list(export(demo_db, report="register", fmt="pdf", out=out))
    pages = _layout_pages(out)
    entry = re.compile(r"^(\s*)(Slettekalender)\s{2,}(\d+)\s*$")
    (match,) = [m for m in map(entry.match, pages[0]) if m]
    top_level = re.compile(r"^(\s*)Organisation og databeskyttelsesrådgiver\s{2,}\d+\s*$")
    (organisation,) = [m for m in map(top_level.match, pages[0]) if m]
    assert match[1] == organisation[1]  # a section of its own, not under the processor part
    shown = [
        i + 1
        for i, lines in enumerate(pages)
        if i and any(t.strip() == "Slettekalender" for t in lines)
    ]
    assert shown == [int(match[3])]


def test_the_deletion_calendar_gives_the_workbook_its_period_as_dates(
    tmp_path: Path, demo_db: Database
) -> None:
    out = tmp_path / "register.xlsx"
    list(export(demo_db, report="register", fmt="xlsx", out=out))
    sheet = load_workbook(out)["Slettekalender"]
    header = [c.value for c in sheet[1]]
    assert header == [
        "Skal være slettet",
        "Aktivitet",
        "Omfatter oplysninger fra",
        "Omfatter oplysninger til og med",
    ]
    rows = list(sheet.iter_rows(min_row=2))
    assert rows
    for due, _activity, start, end in rows:
        for cell in (due, start, end):
            assert isinstance(cell.value, dt.datetime), cell.value
            assert cell.number_format == "dd-mm-yyyy"
        assert start.value.month == 1 and start.value.day == 1  # the financial year
        assert end.value == dt.datetime(start.value.year, 12, 31)
        assert due.value > end.value


def test_no_report_offers_a_workbook_that_holds_nothing(tmp_path: Path, demo_db: Database) -> None:
    """Every report offered as a workbook writes a sheet with a header and rows (a
    letter or a case file, made of text, is offered as a PDF only)."""
    from dpo_desk.domain.processors import Direction
    from dpo_desk.services import breach_example, breaches, processors
    from dpo_desk.services.registry import REPORT_SPECS

    breach_example.load(demo_db, now=dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC))
    controller = next(
        v.row.id
        for v in processors.views(demo_db, today=dt.date(2026, 11, 25))
        if v.draft.direction is Direction.WE_ARE_PROCESSOR
    )
    breach = breaches.rows(demo_db)[0].id
    empty = []
    for name, spec in REPORT_SPECS.items():
        if "xlsx" not in spec.formats:
            continue
        ids = ([controller] if name == "annex" else [breach]) if spec.one_record else None
        out = tmp_path / f"{name}.xlsx"
        list(export(demo_db, report=name, fmt="xlsx", out=out, ids=ids))
        book = load_workbook(out)
        if not any(sheet.max_row > 1 for sheet in book.worksheets):
            empty.append(name)
    assert empty == []


def _boxes(pdf: Path) -> list[tuple[str, float, float]]:
    """Each word printed, with its left and right edge."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        (html.unescape(m[3]), float(m[1]), float(m[2]))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" '
            r'yMax="[\d.]+">(.*?)</word>',
            out,
        )
    ]


def test_numbers_are_written_as_a_dane_writes_them_and_line_up_on_the_right(
    tmp_path: Path,
) -> None:
    from dpo_desk.reports.model import Column, Kind, Table

    report = Report(
        title="Prøve",
        organisation="Softværket",
        generated=GENERATED,
        blocks=[
            Table(
                "Underrettede",
                [
                    Column("Dataansvarlig", width=3),
                    Column("Timer efter opdagelse", Kind.NUMBER),
                    Column("Antal", Kind.NUMBER),
                ],
                [("Almind", 3.0, 5), ("Egtved", 2.5, 12345), ("Ærø", 0.25, 70)],
            )
        ],
    )
    path = tmp_path / "numbers.pdf"
    list(write_pdf(report, path))
    words = _boxes(path)
    printed = [w for w, _, _ in words]
    assert {"3", "2,5", "0,25"} <= set(printed)
    assert not {"3.0", "2.5", "0.25"} & set(printed)
    for column in (["3", "2,5", "0,25"], ["5", "12345", "70"]):
        rights = [right for w, _, right in words if w in column]
        lefts = [left for w, left, _ in words if w in column]
        assert len(rights) == 3 and max(rights) - min(rights) < 0.5, column
        assert max(lefts) - min(lefts) > 3  # they do start at different places


def _word_rows(pdf: Path) -> list[tuple[int, str, float]]:
    """Each word printed: its page (from 1), its text, its top."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        (page, html.unescape(m[2]), float(m[1]))
        for page, chunk in enumerate(out.split("<page ")[1:], start=1)
        for m in _WORD.finditer(chunk)
    ]


def test_a_long_table_has_its_header_atop_every_page_and_nowhere_else(tmp_path: Path) -> None:
    """450 rows of one to three lines (more than any part the writer lays out at once):
    the header is the first line of the table on every page and is never printed in the
    middle of one; no row is split between pages."""
    from dpo_desk.reports.model import Column, Table

    rows = [(f"r{i}start", "\n".join(["mellem"] * (i % 3)) + f"\nr{i}slut") for i in range(450)]
    report = Report(
        title="Prøve",
        organisation="Softværket",
        generated=GENERATED,
        blocks=[Table("Ændringer", [Column("Rækkehoved"), Column("Indholdshoved")], rows)],
    )
    path = tmp_path / "long.pdf"
    list(write_pdf(report, path))
    words = _word_rows(path)
    pages = max(page for page, _, _ in words)
    assert pages >= 5
    headers = [(page, top) for page, text, top in words if text == "Rækkehoved"]
    assert [page for page, _ in headers] == list(range(1, pages + 1))  # once on every page
    for page, top in headers:
        cells = [t for p, text, t in words if p == page and re.fullmatch(r"r\d+(start|slut)", text)]
        assert top < min(cells)  # above every row of its page
    where = {text: page for page, text, _ in words}
    assert all(where[f"r{i}start"] == where[f"r{i}slut"] for i in range(450))


def test_a_row_taller_than_a_page_goes_on_over_the_next_pages(tmp_path: Path) -> None:
    from dpo_desk.reports.model import Column, Table

    long = "\n".join(f"linje{i}" for i in range(150))
    report = Report(
        title="Prøve",
        organisation="Softværket",
        generated=GENERATED,
        blocks=[
            Table(
                "Log",
                [Column("Hvad"), Column("Ændring")],
                [("før", "kort"), ("lang", long), ("efter", "kort")],
            ),
        ],
    )
    path = tmp_path / "tall.pdf"
    list(write_pdf(report, path))
    where = {text: page for page, text, _ in _word_rows(path)}
    assert all(f"linje{i}" in where for i in range(150))
    assert where["linje149"] > where["linje0"]
    assert where["efter"] == where["linje149"]


def test_a_tight_table_keeps_its_short_values_on_one_line(tmp_path: Path) -> None:
    """Room is short: the names, which need little more than their longest word, get it
    before the long texts take their share; the long texts wrap instead."""
    from dpo_desk.reports.model import Column, Table

    text = "Indsigt i oplysninger om forbrug, måleraflæsninger og betalinger gennem årene"
    columns = [Column("Anmoder"), *(Column(f"Tekst{i}") for i in range(6))]
    rows = [(name, *([text] * 6)) for name in ("Henrik Lykkegård", "Mogens Thøgersen")]
    report = Report(
        title="Prøve",
        organisation="Softværket",
        generated=GENERATED,
        blocks=[Table("Anmodninger", columns, rows)],
    )
    path = tmp_path / "tight.pdf"
    list(write_pdf(report, path))
    tops = {text: top for _, text, top in _word_rows(path)}
    assert tops["Henrik"] == tops["Lykkegård"]
    assert tops["Mogens"] == tops["Thøgersen"]
    assert tops["årene"] > tops["Henrik"]  # the long texts do wrap
